//! Reference data every compare and place-filtered search needs, decoded once and kept
//! until the store changes.
//!
//! Decoding every authority and pledge from sled on each request would dominate the cost
//! of a comparison at national scale. The snapshot is derived: it remembers the change-log
//! sequence it was read at and is re-read when the store has moved on, so it can never
//! disagree with sled for longer than one request.
//!
//! It also holds every council's offers decoded and the pledges grouped by coverage
//! ([`Prepared`], shared's), so a fresh comparison reads nothing from sled.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

use atlas_shared::compare::Records;
use atlas_shared::snapshot::Prepared;
use atlas_shared::{Authority, Organisation, Partnership};

use crate::store::{Store, StoreError};

/// Authorities, partnerships, verified organisations and their published pledges (the
/// records a comparison reads: `reference.authorities` and the rest are its records'),
/// and every council's offers, prepared for comparisons.
pub struct Reference {
    pub seq: u64,
    pub prepared: Prepared,
}

impl std::ops::Deref for Reference {
    type Target = Records;

    fn deref(&self) -> &Records {
        &self.prepared.records
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
        let authorities = store.authorities()?;
        // Each council's offers as `offers_of` reads them (any status, id order).
        let mut offers = Vec::new();
        for a in &authorities {
            offers.extend(store.offers_of(&a.code)?);
        }
        let records = Records {
            authorities,
            partnerships: store.partnerships()?,
            organisations,
            pledges,
        };
        Ok(Reference {
            seq,
            prepared: Prepared::new(records, offers),
        })
    }

    pub fn authority(&self, code: &str) -> Option<&Authority> {
        atlas_shared::authority::find_by_code(&self.authorities, code)
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

    /// Whether the kept snapshot is as new as the store (a comparison would not rebuild
    /// it). A store that cannot say is not current.
    pub fn is_current(&self, store: &Store) -> bool {
        store
            .last_seq()
            .is_ok_and(|seq| self.at_least(seq).is_some())
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
    use atlas_shared::compare::{
        compare, councils_to_read, CompareError, CompareRequest, Comparison,
    };
    use atlas_shared::registry::Registry;
    use atlas_shared::{Circumstance, Tier};

    /// How the server compared before the snapshot held offers: each council's offers read
    /// from sled, and every pledge of the registry tested.
    fn read_from_the_store(
        store: &Store,
        reference: &Reference,
        req: &CompareRequest,
    ) -> Result<Comparison, CompareError> {
        let mut offers = Vec::new();
        for code in councils_to_read(&reference.authorities, req) {
            offers.extend(store.offers_of(&code).expect("offers"));
        }
        compare(&reference.compare_data(&offers, crate::law::records()), req)
    }

    /// Compares `pairs` pseudo-random requests of `registry` both ways; how many answered.
    fn both_ways_agree(registry: &Registry, pairs: usize) -> usize {
        let dir = tempfile::tempdir().expect("a folder");
        let store = Store::open(dir.path()).expect("a store");
        store.load(registry, "test").expect("load");
        let reference = Snapshot::default().get(&store).expect("snapshot");
        let codes: Vec<&str> = registry
            .authorities
            .iter()
            .map(|a| a.code.as_str())
            .collect();
        let counties: Vec<&str> = registry
            .authorities
            .iter()
            .filter(|a| a.tier == Tier::County)
            .map(|a| a.code.as_str())
            .collect();
        let mut seed: u64 = 26;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n.max(1)
        };
        let mut answered = 0;
        for i in 0..pairs {
            let from = if i % 5 == 0 && !counties.is_empty() {
                counties[next(counties.len())]
            } else {
                codes[next(codes.len())]
            };
            let district = (i % 10 == 0)
                .then(|| {
                    registry
                        .authorities
                        .iter()
                        .filter(|a| a.parent.as_deref() == Some(from))
                        .map(|a| a.code.clone())
                        .next()
                })
                .flatten();
            let circumstances = match i % 4 {
                0 => vec![Circumstance::InHigherEducation],
                1 => vec![Circumstance::YoungParent, Circumstance::InApprenticeship],
                _ => Vec::new(),
            };
            let req = CompareRequest {
                from: from.to_string(),
                to: codes[next(codes.len())].to_string(),
                age: 16 + (next(10) as u8),
                circumstances,
                district,
                group: None,
            };
            let prepared = reference.prepared.compare(
                crate::law::records(),
                &req,
                atlas_shared::words::Locale::default(),
            );
            assert_eq!(
                prepared,
                read_from_the_store(&store, &reference, &req),
                "{req:?}"
            );
            answered += usize::from(prepared.is_ok());
        }
        answered
    }

    #[test]
    fn the_prepared_comparison_answers_as_reading_the_store_did_on_the_demo_registry() {
        let demo = crate::demo::registry().expect("demo");
        assert!(both_ways_agree(&demo, 400) > 300);
    }

    #[test]
    fn the_prepared_comparison_answers_as_reading_the_store_did_on_synthetic_data() {
        let scale = crate::synth::Scale {
            counties: 4,
            districts_per_county: 5,
            unitaries: 16,
            offers_per_authority: 40,
            organisations: 1_500,
        };
        let synthetic = crate::synth::registry(scale, 26);
        assert!(both_ways_agree(&synthetic, 300) > 250);
    }

    #[test]
    fn a_snapshot_is_current_from_its_first_read_until_the_store_changes() {
        let (_dir, store) = store();
        let snapshot = Snapshot::default();
        assert!(!snapshot.is_current(&store), "nothing read yet");
        snapshot.get(&store).expect("read");
        assert!(snapshot.is_current(&store));
        store
            .create_offer("E06000054", content("a change"), "test")
            .expect("a change");
        assert!(!snapshot.is_current(&store), "the store moved on");
        snapshot.get(&store).expect("read again");
        assert!(snapshot.is_current(&store));
    }

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
