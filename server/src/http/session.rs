//! Staff sessions, kept in the store so that a restart keeps staff signed in.
//!
//! A session is made when someone signs in with a council editor's or an admin's token.
//! The browser holds only a random session id in a cookie that is `HttpOnly`,
//! `SameSite=Strict`, limited to `/editor` and `Secure` over HTTPS; the store keeps the
//! SHA-256 of that id (never the id), the role, the token's hash (checked again on every
//! request, so a revoked token ends its sessions), a CSRF token for the forms and the time
//! of the last request. A session ends after 8 hours without a request, when its holder
//! signs out, or when its token is revoked. At most [`MAX_SESSIONS`] are kept; beyond that
//! the one idle longest is dropped.
//!
//! A spreadsheet uploaded for a dry run waits in memory until it is applied or replaced
//! (one per session, all of them together at most [`MAX_STAGED_BYTES`]; beyond that the
//! oldest is dropped and its editor asked to upload again, as after a restart).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use atlas_shared::access::{Person, Role};
use atlas_shared::spreadsheet::Table;
use chrono::{DateTime, Utc};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::auth::Caller;
use crate::store::{SessionRecord, Store, StoreError};

/// A session ends after this long without a request.
pub const IDLE_LIMIT: Duration = Duration::from_secs(8 * 60 * 60);
/// Most sessions kept at once.
pub const MAX_SESSIONS: usize = 10_000;
/// Most bytes of uploaded spreadsheets kept waiting for their apply, over all sessions.
pub const MAX_STAGED_BYTES: usize = 64 * 1024 * 1024;
/// How long an uploaded spreadsheet waits for its apply.
pub const STAGED_LIMIT: Duration = Duration::from_secs(60 * 60);
/// A request this soon after the last one recorded is not written again (idleness is
/// counted in hours; this keeps reads from writing to disk each time).
const TOUCH_EVERY: Duration = Duration::from_secs(60);

/// A signed-in editor, as a request sees it.
#[derive(Debug, Clone)]
pub struct Editor {
    pub role: Role,
    /// Whose token signed in (a token that names no one: `None`).
    pub person: Option<Person>,
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

/// The live sessions (in the store) and their waiting uploads (in memory).
pub struct Sessions {
    store: Arc<Store>,
    /// Uploads waiting for their apply, by session key.
    staged: Mutex<HashMap<String, Staged>>,
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

fn idle_for(record: &SessionRecord, now: DateTime<Utc>) -> Duration {
    (now - record.last_seen).to_std().unwrap_or(Duration::ZERO)
}

impl Sessions {
    pub fn new(store: Arc<Store>) -> Sessions {
        Sessions {
            store,
            staged: Mutex::new(HashMap::new()),
        }
    }

    fn uploads(&self) -> std::sync::MutexGuard<'_, HashMap<String, Staged>> {
        // Every change is one insert or remove: a panic elsewhere cannot leave it torn.
        self.staged.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Starts a session for `role` and returns its id (for the cookie only). It is on disk
    /// before this returns.
    pub fn start(&self, caller: Caller, token_hash: String) -> Result<String, StoreError> {
        let now = Utc::now();
        let mut live = Vec::new();
        for (k, record) in self.store.sessions()? {
            if idle_for(&record, now) >= IDLE_LIMIT {
                self.store.remove_session(&k)?;
            } else {
                live.push((k, record.last_seen));
            }
        }
        if live.len() >= MAX_SESSIONS {
            if let Some((oldest, _)) = live.iter().min_by_key(|(_, seen)| *seen) {
                self.store.remove_session(oldest)?;
                self.uploads().remove(oldest);
            }
        }
        let id = random_hex(32);
        self.store.put_session(
            &key(&id),
            &SessionRecord {
                role: caller.role,
                person: caller.person,
                csrf: random_hex(32),
                token_hash,
                last_seen: now,
            },
        )?;
        Ok(id)
    }

    /// The editor of a live session, counting this request as activity; an idle one is
    /// ended here.
    pub fn touch(&self, id: &str) -> Result<Option<Editor>, StoreError> {
        self.touch_at(id, Utc::now())
    }

    fn touch_at(&self, id: &str, now: DateTime<Utc>) -> Result<Option<Editor>, StoreError> {
        let k = key(id);
        let Some(mut record) = self.store.session(&k)? else {
            return Ok(None);
        };
        let idle = idle_for(&record, now);
        if idle >= IDLE_LIMIT {
            self.store.remove_session(&k)?;
            self.uploads().remove(&k);
            return Ok(None);
        }
        if idle >= TOUCH_EVERY {
            record.last_seen = now;
            self.store.touch_session(&k, &record)?;
        }
        Ok(Some(Editor {
            role: record.role,
            person: record.person,
            csrf: record.csrf,
            token_hash: record.token_hash,
        }))
    }

    /// Ends a session (sign out, or a token found revoked).
    pub fn end(&self, id: &str) -> Result<(), StoreError> {
        let k = key(id);
        self.uploads().remove(&k);
        self.store.remove_session(&k)
    }

    /// Keeps an upload for its apply, replacing the session's earlier one, and drops the
    /// oldest uploads of all sessions beyond [`MAX_STAGED_BYTES`]. `None` when the session
    /// is not live.
    pub fn stage(&self, id: &str, staged: Staged) -> Option<String> {
        let k = key(id);
        if !matches!(self.store.session(&k), Ok(Some(_))) {
            return None;
        }
        let mut uploads = self.uploads();
        let now = Instant::now();
        uploads.retain(|_, st| now.duration_since(st.at) < STAGED_LIMIT);
        let stage_id = staged.id.clone();
        uploads.insert(k, staged);
        while uploads.values().map(|s| s.bytes).sum::<usize>() > MAX_STAGED_BYTES {
            let oldest = uploads
                .iter()
                .min_by_key(|(_, st)| st.at)
                .map(|(k, _)| k.clone());
            match oldest {
                Some(k) => uploads.remove(&k),
                None => break,
            };
        }
        Some(stage_id)
    }

    /// The session's waiting upload if it is the one named; it stays until taken.
    pub fn staged(&self, id: &str, stage_id: &str) -> Option<Staged> {
        let uploads = self.uploads();
        let staged = uploads.get(&key(id))?;
        (same_secret(&staged.id, stage_id)
            && Instant::now().duration_since(staged.at) < STAGED_LIMIT)
            .then(|| staged.clone())
    }

    /// Drops the session's waiting upload (after it was applied).
    pub fn unstage(&self, id: &str) {
        self.uploads().remove(&key(id));
    }

    /// How many sessions the store holds.
    #[cfg(test)]
    fn count(&self) -> Result<usize, StoreError> {
        Ok(self.store.sessions()?.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn admin() -> Caller {
        Caller {
            role: Role::Admin,
            person: None,
        }
    }

    fn sessions() -> (tempfile::TempDir, Sessions) {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(Store::open(dir.path()).unwrap());
        (dir, Sessions::new(store))
    }

    fn table(cells: usize) -> Table {
        Table {
            header: vec!["x".repeat(cells)],
            rows: vec![],
        }
    }

    #[test]
    fn a_session_lives_while_used_and_ends_after_eight_idle_hours_or_sign_out() {
        let (_dir, sessions) = sessions();
        let id = sessions.start(admin(), "hash".into()).unwrap();
        let editor = sessions.touch(&id).unwrap().unwrap();
        assert_eq!(editor.role, Role::Admin);
        assert_eq!(editor.csrf.len(), 64);
        assert!(sessions.touch("not-a-session").unwrap().is_none());
        // Seven hours later it is still there, and that request resets the clock.
        let later = Utc::now() + chrono::Duration::hours(7);
        assert!(sessions.touch_at(&id, later).unwrap().is_some());
        assert!(sessions
            .touch_at(&id, later + chrono::Duration::hours(7))
            .unwrap()
            .is_some());
        // Eight hours without a request ends it for good.
        assert!(sessions
            .touch_at(&id, later + chrono::Duration::hours(15))
            .unwrap()
            .is_none());
        assert!(sessions.touch(&id).unwrap().is_none());
        let id = sessions.start(admin(), "hash".into()).unwrap();
        sessions.end(&id).unwrap();
        assert!(sessions.touch(&id).unwrap().is_none());
        assert_eq!(sessions.count().unwrap(), 0);
    }

    #[test]
    fn a_session_outlives_the_process_and_the_store_keeps_only_its_ids_hash() {
        let dir = tempfile::tempdir().unwrap();
        let id = {
            let sessions = Sessions::new(Arc::new(Store::open(dir.path()).unwrap()));
            sessions.start(admin(), "hash".into()).unwrap()
        };
        let store = Arc::new(crate::store::tests::reopen(dir.path()).unwrap());
        assert!(store
            .sessions()
            .unwrap()
            .iter()
            .all(|(k, _)| k != &id && !k.contains(&id)));
        let sessions = Sessions::new(store.clone());
        assert_eq!(
            sessions.touch(&id).unwrap().map(|e| e.role),
            Some(Role::Admin)
        );
        // Revoking the token ends its sessions in the store too.
        assert_eq!(store.remove_sessions_of("hash").unwrap(), 1);
        assert!(sessions.touch(&id).unwrap().is_none());
    }

    #[test]
    fn uploads_wait_one_per_session_within_a_total_bound() {
        let (_dir, sessions) = sessions();
        let a = sessions.start(admin(), "a".into()).unwrap();
        let b = sessions.start(admin(), "b".into()).unwrap();
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
