//! The store's format, and the steps that bring a store written by an earlier release up
//! to it when it is opened. A store from a newer release is refused, never guessed at.
//!
//! - **1**: every store written before the format was recorded (to December 2026).
//! - **2**: the mail outbox and the token-replacement tickets (new, empty trees), and the
//!   format recorded in `meta`.
//!
//! A new format adds its number here, a step in [`Store::upgrade`], and a fixture store
//! written by the release before it, which `tests/export.rs` opens.

use super::{Store, StoreError, META};

/// The format this release writes.
pub const STORE_FORMAT: u32 = 2;
/// Key in `meta` of the format (u32, big-endian).
const FORMAT: &[u8] = b"store_format";

impl Store {
    /// The format the store is in (1 when it does not say).
    pub fn format(&self) -> Result<u32, StoreError> {
        Ok(match self.trees[META].get(FORMAT)? {
            Some(bytes) => u32::from_be_bytes(bytes.as_ref().try_into().unwrap_or([0; 4])),
            None => 1,
        })
    }

    /// Brings the store to [`STORE_FORMAT`], one step at a time, each on disk before the
    /// next; returns the format it was in. Refuses a store of a newer format.
    pub(super) fn upgrade(&self) -> Result<u32, StoreError> {
        // A new, empty store is simply written in this release's format.
        if self.trees.iter().all(|tree| tree.is_empty()) {
            self.trees[META].insert(FORMAT, &STORE_FORMAT.to_be_bytes())?;
            self.db.flush()?;
            return Ok(STORE_FORMAT);
        }
        let found = self.format()?;
        if found > STORE_FORMAT {
            return Err(StoreError::NewerFormat {
                found,
                supported: STORE_FORMAT,
            });
        }
        let mut at = found;
        while at < STORE_FORMAT {
            // 1 → 2: the new trees are opened (empty) with the others; only the format
            // needs writing.
            at += 1;
            self.trees[META].insert(FORMAT, &at.to_be_bytes())?;
            self.db.flush()?;
        }
        Ok(found)
    }
}
