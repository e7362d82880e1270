//! Councils and partnerships: reads, and a board's changes to its partnership.

use atlas_shared::api::Action;
use atlas_shared::{Authority, Partnership};
use chrono::Utc;

use super::{Kind, Store, StoreError, WriteSet, AUTHORITIES, PARTNERSHIPS};

impl Store {
    pub fn authority(&self, code: &str) -> Result<Option<Authority>, StoreError> {
        self.get(AUTHORITIES, code.as_bytes())
    }

    pub fn authorities(&self) -> Result<Vec<Authority>, StoreError> {
        self.all(AUTHORITIES)
    }

    pub fn partnership(&self, id: &str) -> Result<Option<Partnership>, StoreError> {
        self.get(PARTNERSHIPS, id.as_bytes())
    }

    pub fn partnerships(&self) -> Result<Vec<Partnership>, StoreError> {
        self.all(PARTNERSHIPS)
    }

    /// The version a partnership record is at (0 if it never existed).
    pub fn partnership_version(&self, id: &str) -> Result<u64, StoreError> {
        self.last_version(Kind::Partnership, id)
    }

    /// Changes a partnership (its guarantee or the board's notes) as a new version, if
    /// `expected_version` is still current.
    pub fn change_partnership(
        &self,
        id: &str,
        expected_version: u64,
        actor: &str,
        change: impl FnOnce(&mut Partnership),
    ) -> Result<(Partnership, u64), StoreError> {
        let _guard = self.lock()?;
        let mut partnership = self.partnership(id)?.ok_or(StoreError::NotFound)?;
        let version = self.next_version(Kind::Partnership, id, Some(expected_version))?;
        change(&mut partnership);
        let mut set = WriteSet::new(actor, Utc::now());
        set.record(
            Kind::Partnership,
            id,
            version,
            Action::Updated,
            &partnership,
        )?;
        self.commit(set)?;
        Ok((partnership, version))
    }
}
