//! The editors' sessions, kept in memory on the server.
//!
//! A session is made when an editor signs in with a council editor's or an admin's
//! token. The browser holds only a random session id in a cookie that is `HttpOnly`,
//! `SameSite=Strict`, limited to `/editor` and `Secure` over HTTPS; the server keeps the
//! token's hash (checked again on every request, so a revoked token ends its sessions),
//! the role, a CSRF token for the forms and the time of the last request. A session ends
//! after 8 hours without a request, when the editor signs out, or when the server stops:
//! sessions are deliberately not written to disk (an editor signs in again after a
//! restart), so no one's access outlives the process. At most [`MAX_SESSIONS`] are kept;
//! beyond that the one idle longest is dropped.
//!
//! A spreadsheet uploaded for a dry run waits in its session until it is applied or
//! replaced (one per session, all of them together at most [`MAX_STAGED_BYTES`]; beyond
//! that the oldest is dropped and its editor asked to upload again).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use atlas_shared::access::Role;
use atlas_shared::spreadsheet::Table;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A session ends after this long without a request.
pub const IDLE_LIMIT: Duration = Duration::from_secs(8 * 60 * 60);
/// Most sessions kept at once.
pub const MAX_SESSIONS: usize = 10_000;
/// Most bytes of uploaded spreadsheets kept waiting for their apply, over all sessions.
pub const MAX_STAGED_BYTES: usize = 64 * 1024 * 1024;
/// How long an uploaded spreadsheet waits for its apply.
pub const STAGED_LIMIT: Duration = Duration::from_secs(60 * 60);

/// A signed-in editor, as a request sees it.
#[derive(Debug, Clone)]
pub struct Editor {
    pub role: Role,
    /// The form token every POST must carry.
    pub csrf: String,
    /// The token's hash, to check it is still live.
    pub token_hash: String,
}

/// An uploaded spreadsheet waiting for its apply.
#[derive(Debug, Clone)]
pub struct Staged {
    /// Names this upload in the apply form (a new upload replaces it).
    pub id: String,
    pub authority: String,
    pub file_name: String,
    pub retire_missing: bool,
    pub table: Table,
    /// The dry run's plan fingerprint: the apply must do exactly what was shown.
    pub fingerprint: String,
    bytes: usize,
    at: Instant,
}

impl Staged {
    pub fn new(
        authority: String,
        file_name: String,
        retire_missing: bool,
        table: Table,
        fingerprint: String,
    ) -> Staged {
        let bytes = table
            .header
            .iter()
            .chain(table.rows.iter().flat_map(|r| r.cells.iter()))
            .map(|c| c.len() + 24)
            .sum::<usize>()
            + file_name.len();
        Staged {
            id: random_hex(16),
            authority,
            file_name,
            retire_missing,
            table,
            fingerprint,
            bytes,
            at: Instant::now(),
        }
    }
}

struct Session {
    editor: Editor,
    last_seen: Instant,
    staged: Option<Staged>,
}

/// Every live session, by the SHA-256 of its id (the id itself is never kept).
#[derive(Default)]
pub struct Sessions {
    inner: Mutex<HashMap<String, Session>>,
}

/// A fresh random value as hex (from the OS-seeded generator).
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buf);
    hex::encode(buf)
}

fn key(id: &str) -> String {
    hex::encode(Sha256::digest(id.as_bytes()))
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl Sessions {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Session>> {
        // Every change is one insert or remove: a panic elsewhere cannot leave it torn.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Starts a session for `role` and returns its id (for the cookie only).
    pub fn start(&self, role: Role, token_hash: String) -> String {
        let id = random_hex(32);
        let mut sessions = self.lock();
        let now = Instant::now();
        sessions.retain(|_, s| now.duration_since(s.last_seen) < IDLE_LIMIT);
        if sessions.len() >= MAX_SESSIONS {
            if let Some(oldest) = sessions
                .iter()
                .min_by_key(|(_, s)| s.last_seen)
                .map(|(k, _)| k.clone())
            {
                sessions.remove(&oldest);
            }
        }
        sessions.insert(
            key(&id),
            Session {
                editor: Editor {
                    role,
                    csrf: random_hex(32),
                    token_hash,
                },
                last_seen: now,
                staged: None,
            },
        );
        id
    }

    /// The editor of a live session, counting this request as activity; an idle one is
    /// ended here.
    pub fn touch(&self, id: &str) -> Option<Editor> {
        self.touch_at(id, Instant::now())
    }

    fn touch_at(&self, id: &str, now: Instant) -> Option<Editor> {
        let k = key(id);
        let mut sessions = self.lock();
        let session = sessions.get_mut(&k)?;
        if now.saturating_duration_since(session.last_seen) >= IDLE_LIMIT {
            sessions.remove(&k);
            return None;
        }
        session.last_seen = now;
        Some(session.editor.clone())
    }

    /// Ends a session (sign out, or a token found revoked).
    pub fn end(&self, id: &str) {
        self.lock().remove(&key(id));
    }

    /// Keeps an upload for its apply, replacing the session's earlier one, and drops the
    /// oldest uploads of all sessions beyond [`MAX_STAGED_BYTES`].
    pub fn stage(&self, id: &str, staged: Staged) -> Option<String> {
        let mut sessions = self.lock();
        let now = Instant::now();
        for s in sessions.values_mut() {
            if s.staged
                .as_ref()
                .is_some_and(|st| now.duration_since(st.at) >= STAGED_LIMIT)
            {
                s.staged = None;
            }
        }
        let session = sessions.get_mut(&key(id))?;
        let stage_id = staged.id.clone();
        session.staged = Some(staged);
        loop {
            let total: usize = sessions
                .values()
                .filter_map(|s| s.staged.as_ref())
                .map(|s| s.bytes)
                .sum();
            if total <= MAX_STAGED_BYTES {
                break;
            }
            let oldest = sessions
                .iter()
                .filter_map(|(k, s)| s.staged.as_ref().map(|st| (k.clone(), st.at)))
                .min_by_key(|(_, at)| *at)
                .map(|(k, _)| k);
            match oldest.and_then(|k| sessions.get_mut(&k)) {
                Some(s) => s.staged = None,
                None => break,
            }
        }
        Some(stage_id)
    }

    /// The session's waiting upload if it is the one named; it stays until taken.
    pub fn staged(&self, id: &str, stage_id: &str) -> Option<Staged> {
        let sessions = self.lock();
        let staged = sessions.get(&key(id))?.staged.as_ref()?;
        (same_secret(&staged.id, stage_id)
            && Instant::now().duration_since(staged.at) < STAGED_LIMIT)
            .then(|| staged.clone())
    }

    /// Drops the session's waiting upload (after it was applied).
    pub fn unstage(&self, id: &str) {
        if let Some(s) = self.lock().get_mut(&key(id)) {
            s.staged = None;
        }
    }

    /// How many sessions are live (for tests and metrics).
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(cells: usize) -> Table {
        Table {
            header: vec!["x".repeat(cells)],
            rows: vec![],
        }
    }

    #[test]
    fn a_session_lives_while_used_and_ends_after_eight_idle_hours_or_sign_out() {
        let sessions = Sessions::default();
        let id = sessions.start(Role::Admin, "hash".into());
        let editor = sessions.touch(&id).unwrap();
        assert_eq!(editor.role, Role::Admin);
        assert_eq!(editor.csrf.len(), 64);
        assert!(sessions.touch("not-a-session").is_none());
        // Seven hours later it is still there, and that request resets the clock.
        let later = Instant::now() + Duration::from_secs(7 * 3600);
        assert!(sessions.touch_at(&id, later).is_some());
        assert!(sessions
            .touch_at(&id, later + Duration::from_secs(7 * 3600))
            .is_some());
        // Eight hours without a request ends it for good.
        assert!(sessions
            .touch_at(&id, later + Duration::from_secs(15 * 3600))
            .is_none());
        assert!(sessions.touch(&id).is_none());
        let id = sessions.start(Role::Admin, "hash".into());
        sessions.end(&id);
        assert!(sessions.touch(&id).is_none());
        assert!(sessions.is_empty());
    }

    #[test]
    fn uploads_wait_one_per_session_within_a_total_bound() {
        let sessions = Sessions::default();
        let a = sessions.start(Role::Admin, "a".into());
        let b = sessions.start(Role::Admin, "b".into());
        let big = MAX_STAGED_BYTES / 2 + 1;
        let first = sessions
            .stage(
                &a,
                Staged::new("E1".into(), "a.csv".into(), false, table(big), "f".into()),
            )
            .unwrap();
        assert!(sessions.staged(&a, &first).is_some());
        assert!(sessions.staged(&a, "guess").is_none());
        assert!(sessions.staged(&b, &first).is_none());
        let second = sessions
            .stage(
                &b,
                Staged::new("E1".into(), "b.csv".into(), false, table(big), "f".into()),
            )
            .unwrap();
        // Together they are over the bound: the older one is dropped.
        assert!(sessions.staged(&a, &first).is_none());
        assert!(sessions.staged(&b, &second).is_some());
        sessions.unstage(&b);
        assert!(sessions.staged(&b, &second).is_none());
    }

    #[test]
    fn secrets_compare_by_value() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "ab"));
    }
}
