//! Reference data every compare and place-filtered search needs, decoded once and kept
//! until the store changes.
//!
//! Decoding every authority and pledge from sled on each request would dominate the cost
//! of a comparison at national scale. The snapshot is derived: it remembers the change-log
//! sequence it was read at and is re-read when the store has moved on, so it can never
//! disagree with sled for longer than one request.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use atlas_shared::{Authority, Organisation, Partnership, Pledge};

use crate::store::{Store, StoreError};

/// Authorities, partnerships, verified organisations and their published pledges.
pub struct Reference {
    pub seq: u64,
    pub authorities: Vec<Authority>,
    pub partnerships: Vec<Partnership>,
    pub organisations: Vec<Organisation>,
    pub pledges: Vec<Pledge>,
}

impl Reference {
    fn load(store: &Store, seq: u64) -> Result<Reference, StoreError> {
        // Public views only: nothing here may carry a contact address or a pending edit.
        let organisations: Vec<Organisation> = store
            .organisations()?
            .into_iter()
            .filter(Organisation::is_public)
            .map(|o| o.public_view())
            .collect();
        let by_id: HashMap<&str, &Organisation> =
            organisations.iter().map(|o| (o.id.as_str(), o)).collect();
        let pledges = store
            .pledges()?
            .into_iter()
            .filter(|p| p.is_public(by_id.get(p.organisation.as_str()).copied()))
            .map(|p| p.public_view())
            .collect();
        Ok(Reference {
            seq,
            authorities: store.authorities()?,
            partnerships: store.partnerships()?,
            organisations,
            pledges,
        })
    }

    pub fn authority(&self, code: &str) -> Option<&Authority> {
        self.authorities.iter().find(|a| a.code == code)
    }

    pub fn partnership(&self, id: &str) -> Option<&Partnership> {
        self.partnerships.iter().find(|p| p.id == id)
    }

    /// An authority's display name, or its code if it is unknown.
    pub fn name_of(&self, code: &str) -> String {
        self.authority(code)
            .map_or_else(|| code.to_string(), |a| a.name.clone())
    }
}

/// The cached snapshot.
#[derive(Default)]
pub struct Snapshot {
    current: RwLock<Option<Arc<Reference>>>,
}

impl Snapshot {
    /// The reference data as of the store's latest change.
    pub fn get(&self, store: &Store) -> Result<Arc<Reference>, StoreError> {
        let seq = store.last_seq()?;
        if let Ok(guard) = self.current.read() {
            if let Some(reference) = guard.as_ref().filter(|r| r.seq == seq) {
                return Ok(reference.clone());
            }
        }
        let fresh = Arc::new(Reference::load(store, seq)?);
        if let Ok(mut guard) = self.current.write() {
            *guard = Some(fresh.clone());
        }
        Ok(fresh)
    }
}
