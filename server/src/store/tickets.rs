//! One-use links that replace a lost token, kept by the SHA-256 of the link's secret
//! (the secret itself goes only into the letter). A ticket names the token it replaces
//! and ends after a short time or its first use.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Store, StoreError, TICKETS};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    /// The hash of the token the ticket replaces.
    pub token_hash: String,
    pub expires: DateTime<Utc>,
}

impl Store {
    /// Keeps a ticket, on disk before its letter is queued.
    pub fn put_ticket(&self, hash: &str, ticket: &Ticket) -> Result<(), StoreError> {
        self.trees[TICKETS].insert(hash.as_bytes(), serde_json::to_vec(ticket)?)?;
        self.db.flush()?;
        Ok(())
    }

    /// A ticket, if it is known and has not ended by `now` (it stays until used).
    pub fn ticket(&self, hash: &str, now: DateTime<Utc>) -> Result<Option<Ticket>, StoreError> {
        Ok(self
            .get::<Ticket>(TICKETS, hash.as_bytes())?
            .filter(|t| t.expires > now))
    }

    /// Uses a ticket up: it is gone from the store whatever happens next, and returned
    /// only if it had not ended by `now`. Two uses at once: only one gets it.
    pub fn take_ticket(
        &self,
        hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Ticket>, StoreError> {
        let taken = self.trees[TICKETS].remove(hash.as_bytes())?;
        self.db.flush()?;
        match taken {
            Some(bytes) => {
                Ok(Some(serde_json::from_slice::<Ticket>(&bytes)?).filter(|t| t.expires > now))
            }
            None => Ok(None),
        }
    }

    /// Forgets tickets that ended before `now`.
    pub fn prune_tickets(&self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        let mut pruned = 0;
        for entry in self.trees[TICKETS].iter() {
            let (key, value) = entry?;
            let ended = serde_json::from_slice::<Ticket>(&value).map_or(true, |t| t.expires <= now);
            if ended {
                self.trees[TICKETS].remove(key)?;
                pruned += 1;
            }
        }
        Ok(pruned)
    }
}
