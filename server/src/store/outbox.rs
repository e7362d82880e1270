//! Mail waiting to go. A letter stays here until the relay has taken it, so a restart or
//! a relay that is down loses none. Letters are queued together with the mark of what
//! has been told (the place in the change log, the day of the last digest) in one
//! transaction, so each change is told once, even across a crash.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sled::transaction::{ConflictableTransactionError, Transactional};

use super::{Store, StoreError, META, OUTBOX};

/// One message for one person (each is sent alone, so no one sees another's address).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// What it is about (`pledge-published` …), for logs and metrics: never an address.
    pub about: &'static str,
}

/// A letter in the outbox, with its delivery so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queued {
    pub to: String,
    pub subject: String,
    pub body: String,
    pub about: String,
    pub queued: DateTime<Utc>,
    pub attempts: u32,
    /// Not tried again before this moment (the relay refused or could not be reached).
    pub next_try: DateTime<Utc>,
}

impl Store {
    /// Queues `letters` and writes `marks` (keys of `meta`) in one transaction, then
    /// flushes: once this returns, the letters will be sent and not queued again.
    pub fn queue_letters(
        &self,
        letters: Vec<Letter>,
        marks: &[(&str, Vec<u8>)],
    ) -> Result<(), StoreError> {
        let now = Utc::now();
        let mut rows = Vec::with_capacity(letters.len());
        for letter in letters {
            let key = self.db.generate_id()?.to_be_bytes();
            let queued = Queued {
                to: letter.to,
                subject: letter.subject,
                body: letter.body,
                about: letter.about.to_string(),
                queued: now,
                attempts: 0,
                next_try: now,
            };
            rows.push((key, serde_json::to_vec(&queued)?));
        }
        (&self.trees[OUTBOX], &self.trees[META])
            .transaction(|(outbox, meta)| {
                for (key, value) in &rows {
                    outbox.insert(&key[..], value.as_slice())?;
                }
                for (key, value) in marks {
                    meta.insert(key.as_bytes(), value.as_slice())?;
                }
                Ok::<_, ConflictableTransactionError<()>>(())
            })
            .map_err(|e| match e {
                sled::transaction::TransactionError::Storage(e) => StoreError::Sled(e),
                sled::transaction::TransactionError::Abort(()) => StoreError::Poisoned,
            })?;
        self.db.flush()?;
        Ok(())
    }

    /// A mark written by [`Store::queue_letters`].
    pub fn mail_mark(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.trees[META].get(key.as_bytes())?.map(|v| v.to_vec()))
    }

    /// Letters whose time to be tried has come, oldest first (at most `limit`).
    pub fn letters_due(
        &self,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<(u64, Queued)>, StoreError> {
        let mut due = Vec::new();
        for entry in self.trees[OUTBOX].iter() {
            let (key, value) = entry?;
            let queued: Queued = serde_json::from_slice(&value)?;
            if queued.next_try <= now {
                let key = u64::from_be_bytes(key.as_ref().try_into().unwrap_or([0; 8]));
                due.push((key, queued));
                if due.len() == limit {
                    break;
                }
            }
        }
        Ok(due)
    }

    /// How many letters wait in the outbox.
    pub fn letters_waiting(&self) -> usize {
        self.trees[OUTBOX].len()
    }

    /// The relay took the letter.
    pub fn letter_sent(&self, key: u64) -> Result<(), StoreError> {
        self.trees[OUTBOX].remove(key.to_be_bytes())?;
        self.db.flush()?;
        Ok(())
    }

    /// The relay did not take the letter: try again at `next_try`.
    pub fn letter_failed(
        &self,
        key: u64,
        queued: &Queued,
        next_try: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let again = Queued {
            attempts: queued.attempts.saturating_add(1),
            next_try,
            ..queued.clone()
        };
        self.trees[OUTBOX].insert(key.to_be_bytes(), serde_json::to_vec(&again)?)?;
        self.db.flush()?;
        Ok(())
    }
}
