//! Reference data every compare and place-filtered search needs, decoded once and kept
//! until the store changes.
//!
//! Decoding every authority and pledge from sled on each request would dominate the cost
//! of a comparison at national scale. The snapshot is derived: it remembers the change-log
//! sequence it was read at and is re-read when the store has moved on, so it can never
//! disagree with sled for longer than one request.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

use atlas_shared::compare::Records;
use atlas_shared::{Authority, Organisation, Partnership};

use crate::store::{Store, StoreError};

/// Authorities, partnerships, verified organisations and their published pledges (the
/// records a comparison reads: `reference.authorities` and the rest are its `records`').
pub struct Reference {
    pub seq: u64,
    pub records: Records,
}

impl std::ops::Deref for Reference {
    type Target = Records;

    fn deref(&self) -> &Records {
        &self.records
    }
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
            records: Records {
                authorities: store.authorities()?,
                partnerships: store.partnerships()?,
                organisations,
                pledges,
            },
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
    /// Held while reloading: when the store moves on, one request reads it again and the
    /// others wait for that read instead of each decoding everything at once.
    reload: Mutex<()>,
}

impl Snapshot {
    /// The reference data as of the store's latest change (or later).
    pub fn get(&self, store: &Store) -> Result<Arc<Reference>, StoreError> {
        let seq = store.last_seq()?;
        if let Some(reference) = self.at_least(seq) {
            return Ok(reference);
        }
        let _one = self.reload.lock().unwrap_or_else(|e| e.into_inner());
        // Another request may have reloaded while this one waited.
        if let Some(reference) = self.at_least(seq) {
            return Ok(reference);
        }
        let seq = store.last_seq()?;
        let fresh = Arc::new(Reference::load(store, seq)?);
        self.keep_newer(fresh.clone());
        Ok(fresh)
    }

    /// Keeps `fresh` unless the kept snapshot is newer: never back in time.
    fn keep_newer(&self, fresh: Arc<Reference>) {
        let mut guard = self.current.write().unwrap_or_else(|e| e.into_inner());
        if guard.as_ref().is_none_or(|current| current.seq < fresh.seq) {
            *guard = Some(fresh);
        }
    }

    /// The kept snapshot, if it was read at `seq` or later.
    fn at_least(&self, seq: u64) -> Option<Arc<Reference>> {
        let guard = self.current.read().unwrap_or_else(|e| e.into_inner());
        guard.as_ref().filter(|r| r.seq >= seq).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::tests::{content, store};

    #[test]
    fn readers_after_a_change_share_one_reload() {
        let (_dir, store) = store();
        let snapshot = Snapshot::default();
        let first = snapshot.get(&store).expect("first");
        assert!(Arc::ptr_eq(&first, &snapshot.get(&store).expect("again")));
        store
            .create_offer("E06000054", content("a change"), "test")
            .expect("a change");
        let loaded: Vec<Arc<Reference>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..8)
                .map(|_| scope.spawn(|| snapshot.get(&store).expect("get")))
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("thread"))
                .collect()
        });
        assert!(loaded[0].seq > first.seq);
        assert!(
            loaded.iter().all(|r| Arc::ptr_eq(r, &loaded[0])),
            "one reload"
        );
    }

    #[test]
    fn an_older_snapshot_never_replaces_a_newer_one() {
        let (_dir, store) = store();
        let snapshot = Snapshot::default();
        let old = snapshot.get(&store).expect("first");
        store
            .create_offer("E06000054", content("a change"), "test")
            .expect("a change");
        let new = snapshot.get(&store).expect("after the change");
        assert!(new.seq > old.seq);
        // A slow reload that read the store before the change finishes last.
        snapshot.keep_newer(old);
        assert!(Arc::ptr_eq(&snapshot.get(&store).expect("get"), &new));
    }
}
