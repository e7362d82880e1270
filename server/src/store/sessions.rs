//! Staff sessions, kept by the SHA-256 of their id (the id itself, which the browser holds
//! in a cookie, is never stored), so that a restart keeps staff signed in. They are not in
//! an export: like tokens, they are access, not registry data.

use atlas_shared::access::{Person, Role};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Store, StoreError, SESSIONS};

/// What the store keeps of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub role: Role,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Person>,
    /// The form token every POST of the session must carry.
    pub csrf: String,
    /// The hash of the token signed in with: a revoked token ends its sessions.
    pub token_hash: String,
    /// The last request (to the minute: see `touch_session`).
    pub last_seen: DateTime<Utc>,
}

impl Store {
    /// Keeps a new session, on disk before the sign-in is answered.
    pub fn put_session(&self, key: &str, record: &SessionRecord) -> Result<(), StoreError> {
        self.trees[SESSIONS].insert(key.as_bytes(), serde_json::to_vec(record)?)?;
        self.db.flush()?;
        Ok(())
    }

    pub fn session(&self, key: &str) -> Result<Option<SessionRecord>, StoreError> {
        self.get(SESSIONS, key.as_bytes())
    }

    /// Records a request of a session. Not flushed: a crash loses at most the last
    /// moments of idleness, which only ends a session a little sooner.
    pub fn touch_session(&self, key: &str, record: &SessionRecord) -> Result<(), StoreError> {
        self.trees[SESSIONS].insert(key.as_bytes(), serde_json::to_vec(record)?)?;
        Ok(())
    }

    /// Ends a session, on disk before the sign-out is answered.
    pub fn remove_session(&self, key: &str) -> Result<(), StoreError> {
        self.trees[SESSIONS].remove(key.as_bytes())?;
        self.db.flush()?;
        Ok(())
    }

    /// Every session, by key (for pruning: at most a few thousand).
    pub fn sessions(&self) -> Result<Vec<(String, SessionRecord)>, StoreError> {
        self.trees[SESSIONS]
            .iter()
            .map(|entry| {
                let (k, v) = entry?;
                Ok((
                    String::from_utf8_lossy(&k).into_owned(),
                    serde_json::from_slice(&v)?,
                ))
            })
            .collect()
    }

    /// Ends every session signed in with a token (it was revoked).
    pub fn remove_sessions_of(&self, token_hash: &str) -> Result<usize, StoreError> {
        let mut ended = 0;
        for (key, record) in self.sessions()? {
            if record.token_hash == token_hash {
                self.trees[SESSIONS].remove(key.as_bytes())?;
                ended += 1;
            }
        }
        self.db.flush()?;
        Ok(ended)
    }
}
