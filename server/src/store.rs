//! The sled store: the only source of truth.
//!
//! Every write runs under one process-wide write lock and commits in a single sled
//! transaction that holds the record, a copy of it in its version history, and an event
//! in the change log. The change log's keys are a gapless, increasing sequence number
//! that the search index follows. The store is flushed to disk before a write returns,
//! so an acknowledged write survives `kill -9`.

use std::sync::Mutex;

use atlas_shared::api::{Action, History, Version};
use atlas_shared::covenant::{organisation_id, LifecycleError, PledgeContent, Registration};
use atlas_shared::registry::Registry;
use atlas_shared::{Authority, Offer, OfferContent, Organisation, Partnership, Pledge};
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sled::transaction::{ConflictableTransactionError, TransactionError, Transactional};

use crate::auth::TokenRecord;

/// The kinds of versioned record the registry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Authority,
    Partnership,
    Organisation,
    Pledge,
    Offer,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Authority,
        Kind::Partnership,
        Kind::Organisation,
        Kind::Pledge,
        Kind::Offer,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Authority => "authority",
            Kind::Partnership => "partnership",
            Kind::Organisation => "organisation",
            Kind::Pledge => "pledge",
            Kind::Offer => "offer",
        }
    }

    /// Index of the tree holding current records of this kind.
    fn tree(self) -> usize {
        match self {
            Kind::Authority => AUTHORITIES,
            Kind::Partnership => PARTNERSHIPS,
            Kind::Organisation => ORGANISATIONS,
            Kind::Pledge => PLEDGES,
            Kind::Offer => OFFERS,
        }
    }
}

/// One entry of the change log (also the audit log): who did what to which record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub seq: u64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: Action,
    pub kind: Kind,
    pub id: String,
    pub version: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("retired")]
    Retired,
    #[error("version conflict: the current version is {current}")]
    Conflict { current: u64 },
    #[error("already exists")]
    AlreadyExists,
    #[error("the store is not empty")]
    NotEmpty,
    #[error("{0}")]
    Lifecycle(#[from] LifecycleError),
    #[error("storage failure: {0}")]
    Sled(#[from] sled::Error),
    #[error("stored record is unreadable: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error("the write lock was poisoned by an earlier panic")]
    Poisoned,
}

impl From<TransactionError<Abort>> for StoreError {
    fn from(e: TransactionError<Abort>) -> StoreError {
        match e {
            TransactionError::Abort(Abort::Exists) => StoreError::AlreadyExists,
            TransactionError::Storage(e) => StoreError::Sled(e),
        }
    }
}

// Tree indices in `Store::trees`, fixed so one transaction can span them all.
const AUTHORITIES: usize = 0;
const PARTNERSHIPS: usize = 1;
const ORGANISATIONS: usize = 2;
const PLEDGES: usize = 3;
const OFFERS: usize = 4;
const OFFERS_BY_AUTHORITY: usize = 5;
const VERSIONS: usize = 6;
const EVENTS: usize = 7;
const TOKENS: usize = 8;
const META: usize = 9;
const TREE_NAMES: [&str; 10] = [
    "authorities",
    "partnerships",
    "organisations",
    "pledges",
    "offers",
    "offers_by_authority",
    "versions",
    "events",
    "tokens",
    "meta",
];

/// Key in `meta` of the next number for a new record id (u64, big-endian). It is written
/// in the same transaction as the record that uses it, and `import` and `load` move it
/// past every number an existing id ends in.
const NEXT_ID: &[u8] = b"next_id";

/// One key written or removed as part of a write.
struct Op {
    tree: usize,
    key: Vec<u8>,
    value: Option<Vec<u8>>,
    /// The key must not exist yet: a create never overwrites a record or a version.
    must_be_new: bool,
}

/// Why a transaction gave up before writing anything.
#[derive(Debug, Clone, Copy)]
enum Abort {
    /// A key that a create needs is already there.
    Exists,
}

/// Everything one write changes, applied atomically by [`Store::commit`].
struct WriteSet {
    actor: String,
    at: DateTime<Utc>,
    ops: Vec<Op>,
    /// Events without their sequence number, which `commit` assigns.
    events: Vec<(Kind, String, u64, Action)>,
}

impl WriteSet {
    fn new(actor: &str, at: DateTime<Utc>) -> WriteSet {
        WriteSet {
            actor: actor.to_string(),
            at,
            ops: Vec::new(),
            events: Vec::new(),
        }
    }

    fn put<T: Serialize>(
        &mut self,
        tree: usize,
        key: Vec<u8>,
        value: &T,
    ) -> Result<(), StoreError> {
        self.ops.push(Op {
            tree,
            key,
            value: Some(serde_json::to_vec(value)?),
            must_be_new: false,
        });
        Ok(())
    }

    /// Like `put`, but the transaction fails with `AlreadyExists` if the key is there.
    fn put_new<T: Serialize>(
        &mut self,
        tree: usize,
        key: Vec<u8>,
        value: &T,
    ) -> Result<(), StoreError> {
        self.put(tree, key, value)?;
        if let Some(op) = self.ops.last_mut() {
            op.must_be_new = true;
        }
        Ok(())
    }

    fn put_raw(&mut self, tree: usize, key: &[u8], value: &[u8]) {
        self.ops.push(Op {
            tree,
            key: key.to_vec(),
            value: Some(value.to_vec()),
            must_be_new: false,
        });
    }

    fn remove(&mut self, tree: usize, key: Vec<u8>) {
        self.ops.push(Op {
            tree,
            key,
            value: None,
            must_be_new: false,
        });
    }

    /// Stores `record` as current, adds it to the history and logs the event.
    fn record<T: Serialize>(
        &mut self,
        kind: Kind,
        id: &str,
        version: u64,
        action: Action,
        record: &T,
    ) -> Result<(), StoreError> {
        self.record_because(kind, id, version, action, record, None)
    }

    /// Like `record`, with the reason for the step kept in the version's audit entry.
    fn record_because<T: Serialize>(
        &mut self,
        kind: Kind,
        id: &str,
        version: u64,
        action: Action,
        record: &T,
        reason: Option<&str>,
    ) -> Result<(), StoreError> {
        let entry = Version {
            version,
            action,
            actor: self.actor.clone(),
            at: self.at,
            record,
            reason: reason.map(str::to_string),
        };
        match action {
            Action::Retired => self.remove(kind.tree(), id.as_bytes().to_vec()),
            // A new record must not replace one that exists, nor reuse a retired one's
            // history.
            Action::Created => {
                self.put_new(kind.tree(), id.as_bytes().to_vec(), record)?;
                self.put_new(VERSIONS, version_key(kind, id, version), &entry)?;
                self.events.push((kind, id.to_string(), version, action));
                return Ok(());
            }
            _ => self.put(kind.tree(), id.as_bytes().to_vec(), record)?,
        }
        self.put(VERSIONS, version_key(kind, id, version), &entry)?;
        self.events.push((kind, id.to_string(), version, action));
        Ok(())
    }
}

fn version_prefix(kind: Kind, id: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(kind.name().len() + id.len() + 10);
    key.extend_from_slice(kind.name().as_bytes());
    key.push(0);
    key.extend_from_slice(id.as_bytes());
    key.push(0);
    key
}

fn version_key(kind: Kind, id: &str, version: u64) -> Vec<u8> {
    let mut key = version_prefix(kind, id);
    key.extend_from_slice(&version.to_be_bytes());
    key
}

fn by_authority_key(authority: &str, id: &str) -> Vec<u8> {
    let mut key = by_authority_prefix(authority);
    key.extend_from_slice(id.as_bytes());
    key
}

fn by_authority_prefix(authority: &str) -> Vec<u8> {
    let mut key = authority.as_bytes().to_vec();
    key.push(0);
    key
}

/// Whether an offer id is current, retired, or unknown.
pub enum OfferLookup {
    Current(Box<Offer>),
    Retired,
    Missing,
}

/// Handle to the store; cheap to share behind an `Arc`.
pub struct Store {
    db: sled::Db,
    trees: Vec<sled::Tree>,
    write_lock: Mutex<()>,
}

impl Store {
    /// Opens (or creates) the store in `dir`. Fails if another process holds it.
    pub fn open(dir: &std::path::Path) -> Result<Store, StoreError> {
        let db = sled::Config::new()
            .path(dir)
            .mode(sled::Mode::HighThroughput)
            .open()?;
        let trees = TREE_NAMES
            .iter()
            .map(|name| db.open_tree(name))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Store {
            db,
            trees,
            write_lock: Mutex::new(()),
        })
    }

    /// Flushes everything written so far to disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        Ok(())
    }

    /// True when the registry holds no authorities (tokens alone do not count).
    pub fn is_empty(&self) -> bool {
        self.trees[AUTHORITIES].is_empty()
    }

    fn get<T: DeserializeOwned>(&self, tree: usize, key: &[u8]) -> Result<Option<T>, StoreError> {
        match self.trees[tree].get(key)? {
            Some(bytes) => Ok(Some(serde_json::from_slice(&bytes)?)),
            None => Ok(None),
        }
    }

    fn all<T: DeserializeOwned>(&self, tree: usize) -> Result<Vec<T>, StoreError> {
        self.trees[tree]
            .iter()
            .values()
            .map(|bytes| Ok(serde_json::from_slice(&bytes?)?))
            .collect()
    }

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

    pub fn organisation(&self, id: &str) -> Result<Option<Organisation>, StoreError> {
        self.get(ORGANISATIONS, id.as_bytes())
    }

    pub fn organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        self.all(ORGANISATIONS)
    }

    pub fn pledge(&self, id: &str) -> Result<Option<Pledge>, StoreError> {
        self.get(PLEDGES, id.as_bytes())
    }

    pub fn pledges(&self) -> Result<Vec<Pledge>, StoreError> {
        self.all(PLEDGES)
    }

    pub fn offers(&self) -> Result<Vec<Offer>, StoreError> {
        self.all(OFFERS)
    }

    pub fn offer(&self, id: &str) -> Result<OfferLookup, StoreError> {
        if let Some(offer) = self.get(OFFERS, id.as_bytes())? {
            return Ok(OfferLookup::Current(Box::new(offer)));
        }
        let has_history = self.trees[VERSIONS]
            .scan_prefix(version_prefix(Kind::Offer, id))
            .next()
            .is_some();
        Ok(if has_history {
            OfferLookup::Retired
        } else {
            OfferLookup::Missing
        })
    }

    /// The current offers of one authority, in id order.
    pub fn offers_of(&self, authority: &str) -> Result<Vec<Offer>, StoreError> {
        let prefix = by_authority_prefix(authority);
        let mut offers = Vec::new();
        for key in self.trees[OFFERS_BY_AUTHORITY].scan_prefix(&prefix).keys() {
            let key = key?;
            if let Some(offer) = self.get(OFFERS, &key[prefix.len()..])? {
                offers.push(offer);
            }
        }
        Ok(offers)
    }

    /// Every version of a record, oldest first; `None` if it never existed.
    pub fn history<T: DeserializeOwned>(
        &self,
        kind: Kind,
        id: &str,
    ) -> Result<Option<History<T>>, StoreError> {
        let versions = self.trees[VERSIONS]
            .scan_prefix(version_prefix(kind, id))
            .values()
            .map(|bytes| Ok(serde_json::from_slice::<Version<T>>(&bytes?)?))
            .collect::<Result<Vec<_>, StoreError>>()?;
        if versions.is_empty() {
            return Ok(None);
        }
        let retired = versions.last().is_some_and(|v| v.action == Action::Retired);
        Ok(Some(History {
            id: id.to_string(),
            retired,
            versions,
        }))
    }

    /// The change log from `after` (exclusive), in sequence order.
    pub fn events_after(&self, after: u64) -> impl Iterator<Item = Result<Event, StoreError>> + '_ {
        self.trees[EVENTS]
            .range(after.saturating_add(1).to_be_bytes()..)
            .values()
            .map(|bytes| Ok(serde_json::from_slice(&bytes?)?))
    }

    /// The change log, newest first.
    pub fn events_newest_first(&self) -> impl Iterator<Item = Result<Event, StoreError>> + '_ {
        self.trees[EVENTS]
            .iter()
            .values()
            .rev()
            .map(|bytes| Ok(serde_json::from_slice(&bytes?)?))
    }

    /// One version of a record as it was written.
    pub fn version<T: DeserializeOwned>(
        &self,
        kind: Kind,
        id: &str,
        version: u64,
    ) -> Result<Option<Version<T>>, StoreError> {
        match self.trees[VERSIONS].get(version_key(kind, id, version))? {
            Some(bytes) => Ok(Some(serde_json::from_slice(&bytes)?)),
            None => Ok(None),
        }
    }

    /// The newest sequence number in the change log (0 when empty).
    pub fn last_seq(&self) -> Result<u64, StoreError> {
        Ok(match self.trees[EVENTS].last()? {
            Some((key, _)) => u64::from_be_bytes(key.as_ref().try_into().unwrap_or([0; 8])),
            None => 0,
        })
    }

    /// Applies a write set atomically, numbers its events, and flushes to disk.
    /// Must be called with the write lock held.
    fn commit(&self, set: WriteSet) -> Result<Vec<Event>, StoreError> {
        let mut seq = self.last_seq()?;
        let events: Vec<Event> = set
            .events
            .into_iter()
            .map(|(kind, id, version, action)| {
                seq += 1;
                Event {
                    seq,
                    at: set.at,
                    actor: set.actor.clone(),
                    action,
                    kind,
                    id,
                    version,
                }
            })
            .collect();
        let encoded = events
            .iter()
            .map(|e| Ok((e.seq.to_be_bytes(), serde_json::to_vec(e)?)))
            .collect::<Result<Vec<_>, StoreError>>()?;
        self.trees.as_slice().transaction(|trees| {
            for op in &set.ops {
                let tree = &trees[op.tree];
                if op.must_be_new && tree.get(op.key.as_slice())?.is_some() {
                    return Err(ConflictableTransactionError::Abort(Abort::Exists));
                }
                match &op.value {
                    Some(value) => tree.insert(op.key.as_slice(), value.as_slice())?,
                    None => tree.remove(op.key.as_slice())?,
                };
            }
            for (key, value) in &encoded {
                trees[EVENTS].insert(&key[..], value.as_slice())?;
            }
            Ok(())
        })?;
        self.db.flush()?;
        Ok(events)
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, ()>, StoreError> {
        self.write_lock.lock().map_err(|_| StoreError::Poisoned)
    }

    /// Whether a record of this kind and id exists now or ever did (retired records keep
    /// their history, and their ids are never given again).
    fn ever_existed(&self, kind: Kind, id: &str) -> Result<bool, StoreError> {
        Ok(self.trees[kind.tree()].contains_key(id.as_bytes())?
            || self.trees[VERSIONS]
                .scan_prefix(version_prefix(kind, id))
                .next()
                .is_some())
    }

    /// The next number the id counter gives (1 in a new store).
    fn next_id(&self) -> Result<u64, StoreError> {
        Ok(match self.trees[META].get(NEXT_ID)? {
            Some(bytes) => u64::from_be_bytes(bytes.as_ref().try_into().unwrap_or([0; 8])).max(1),
            None => 1,
        })
    }

    /// A new id `{prefix}-{n}` from the counter, skipping any id that exists or existed,
    /// and the counter's new value written in `set`. Call with the write lock held.
    fn allocate_id(
        &self,
        set: &mut WriteSet,
        kind: Kind,
        prefix: &str,
    ) -> Result<String, StoreError> {
        let mut n = self.next_id()?;
        loop {
            let id = format!("{prefix}-{n}");
            n = n.saturating_add(1);
            if !self.ever_existed(kind, &id)? {
                set.put_raw(META, NEXT_ID, &n.to_be_bytes());
                return Ok(id);
            }
        }
    }

    /// Creates an offer for `authority` (which must exist) as version 1.
    pub fn create_offer(
        &self,
        authority: &str,
        content: OfferContent,
        actor: &str,
    ) -> Result<Offer, StoreError> {
        let _guard = self.lock()?;
        if self.authority(authority)?.is_none() {
            return Err(StoreError::NotFound);
        }
        let now = Utc::now();
        let mut set = WriteSet::new(actor, now);
        // Ids read well in URLs: authority, topic, then the store's own counter.
        let prefix = format!("{}-{}", authority.to_ascii_lowercase(), content.topic);
        let id = self.allocate_id(&mut set, Kind::Offer, &prefix)?;
        let offer = Offer {
            id: id.clone(),
            authority: authority.to_string(),
            content,
            version: 1,
            updated_at: now,
        };
        set.record(Kind::Offer, &id, 1, Action::Created, &offer)?;
        set.put(OFFERS_BY_AUTHORITY, by_authority_key(authority, &id), &())?;
        self.commit(set)?;
        Ok(offer)
    }

    /// Replaces an offer's content if `expected_version` is still current.
    pub fn update_offer(
        &self,
        id: &str,
        expected_version: u64,
        content: OfferContent,
        actor: &str,
    ) -> Result<Offer, StoreError> {
        let _guard = self.lock()?;
        let current = match self.offer(id)? {
            OfferLookup::Current(offer) => offer,
            OfferLookup::Retired => return Err(StoreError::Retired),
            OfferLookup::Missing => return Err(StoreError::NotFound),
        };
        if current.version != expected_version {
            return Err(StoreError::Conflict {
                current: current.version,
            });
        }
        let now = Utc::now();
        let offer = Offer {
            content,
            version: current.version + 1,
            updated_at: now,
            ..*current
        };
        let mut set = WriteSet::new(actor, now);
        set.record(Kind::Offer, id, offer.version, Action::Updated, &offer)?;
        self.commit(set)?;
        Ok(offer)
    }

    /// Retires an offer: it leaves the registry but stays in its history.
    pub fn retire_offer(&self, id: &str, actor: &str) -> Result<Offer, StoreError> {
        let _guard = self.lock()?;
        let current = match self.offer(id)? {
            OfferLookup::Current(offer) => offer,
            OfferLookup::Retired => return Err(StoreError::Retired),
            OfferLookup::Missing => return Err(StoreError::NotFound),
        };
        let now = Utc::now();
        let retired = Offer {
            version: current.version + 1,
            updated_at: now,
            ..*current
        };
        let mut set = WriteSet::new(actor, now);
        set.record(Kind::Offer, id, retired.version, Action::Retired, &retired)?;
        set.remove(
            OFFERS_BY_AUTHORITY,
            by_authority_key(&retired.authority, id),
        );
        self.commit(set)?;
        Ok(retired)
    }

    // ---- Council editors: reviewed without change, retired with a reason, imports ------
    // (The editor's workspace and `offers import`; kept together for the store's split.)

    /// The offer `id` as it stands for a write: current and at `expected_version`.
    fn current_offer_at(&self, id: &str, expected_version: u64) -> Result<Offer, StoreError> {
        let current = match self.offer(id)? {
            OfferLookup::Current(offer) => *offer,
            OfferLookup::Retired => return Err(StoreError::Retired),
            OfferLookup::Missing => return Err(StoreError::NotFound),
        };
        if current.version != expected_version {
            return Err(StoreError::Conflict {
                current: current.version,
            });
        }
        Ok(current)
    }

    /// Records that an editor checked the offer and found it right: a new version whose
    /// only change is the review date, logged as `reviewed`.
    pub fn review_offer(
        &self,
        id: &str,
        expected_version: u64,
        on: chrono::NaiveDate,
        actor: &str,
    ) -> Result<Offer, StoreError> {
        let _guard = self.lock()?;
        let current = self.current_offer_at(id, expected_version)?;
        let now = Utc::now();
        let mut offer = Offer {
            version: current.version + 1,
            updated_at: now,
            ..current
        };
        offer.content.reviewed = Some(on);
        let mut set = WriteSet::new(actor, now);
        set.record(Kind::Offer, id, offer.version, Action::Reviewed, &offer)?;
        self.commit(set)?;
        Ok(offer)
    }

    /// Retires an offer read at `expected_version`, keeping `reason` in the audit entry
    /// of the retiring version (the offer's own text stays as it was).
    pub fn retire_offer_because(
        &self,
        id: &str,
        expected_version: u64,
        reason: &str,
        actor: &str,
    ) -> Result<Offer, StoreError> {
        let _guard = self.lock()?;
        let current = self.current_offer_at(id, expected_version)?;
        let now = Utc::now();
        let retired = Offer {
            version: current.version + 1,
            updated_at: now,
            ..current
        };
        let mut set = WriteSet::new(actor, now);
        set.record_because(
            Kind::Offer,
            id,
            retired.version,
            Action::Retired,
            &retired,
            Some(reason),
        )?;
        set.remove(
            OFFERS_BY_AUTHORITY,
            by_authority_key(&retired.authority, id),
        );
        self.commit(set)?;
        Ok(retired)
    }

    /// Applies an import's plan for `authority` in one transaction: every offer created,
    /// updated and retired, or nothing. Refused with `Conflict` if an offer the plan
    /// changes has moved on since the plan was made (the dry run must be read again).
    pub fn apply_offer_import(
        &self,
        authority: &str,
        plan: &atlas_shared::spreadsheet::Plan,
        actor: &str,
    ) -> Result<ImportOutcome, StoreError> {
        let _guard = self.lock()?;
        if self.authority(authority)?.is_none() {
            return Err(StoreError::NotFound);
        }
        let mut outcome = ImportOutcome::default();
        if plan.is_empty() {
            return Ok(outcome);
        }
        let now = Utc::now();
        let mut set = WriteSet::new(actor, now);
        for update in &plan.update {
            let current = self.current_offer_at(&update.id, update.version)?;
            if current.authority != authority {
                return Err(StoreError::NotFound);
            }
            let offer = Offer {
                content: update.content.clone(),
                version: current.version + 1,
                updated_at: now,
                ..current
            };
            set.record(
                Kind::Offer,
                &offer.id,
                offer.version,
                Action::Updated,
                &offer,
            )?;
            outcome.updated.push(offer.id);
        }
        for retire in &plan.retire {
            let current = self.current_offer_at(&retire.id, retire.version)?;
            if current.authority != authority {
                return Err(StoreError::NotFound);
            }
            let retired = Offer {
                version: current.version + 1,
                updated_at: now,
                ..current
            };
            set.record_because(
                Kind::Offer,
                &retired.id,
                retired.version,
                Action::Retired,
                &retired,
                Some(atlas_shared::spreadsheet::RETIRED_BY_IMPORT),
            )?;
            set.remove(
                OFFERS_BY_AUTHORITY,
                by_authority_key(authority, &retired.id),
            );
            outcome.retired.push(retired.id);
        }
        // New ids from the store's counter, as `create_offer` gives them; the counter
        // moves once per id within this one transaction.
        let mut n = self.next_id()?;
        for create in &plan.create {
            let prefix = format!(
                "{}-{}",
                authority.to_ascii_lowercase(),
                create.content.topic
            );
            let id = loop {
                let id = format!("{prefix}-{n}");
                n = n.saturating_add(1);
                if !self.ever_existed(Kind::Offer, &id)? {
                    break id;
                }
            };
            let offer = Offer {
                id: id.clone(),
                authority: authority.to_string(),
                content: create.content.clone(),
                version: 1,
                updated_at: now,
            };
            set.record(Kind::Offer, &id, 1, Action::Created, &offer)?;
            set.put(OFFERS_BY_AUTHORITY, by_authority_key(authority, &id), &())?;
            outcome.created.push(id);
        }
        set.put_raw(META, NEXT_ID, &n.to_be_bytes());
        self.commit(set)?;
        Ok(outcome)
    }

    /// Registers a new, unverified organisation together with its signatory's token, in
    /// one transaction: there is never an organisation without its token or the reverse.
    pub fn register_organisation(
        &self,
        registration: Registration,
        token_hash: &str,
        token: impl FnOnce(&str) -> TokenRecord,
        actor: &str,
    ) -> Result<Organisation, StoreError> {
        let _guard = self.lock()?;
        let tree = &self.trees[ORGANISATIONS];
        let id = organisation_id(&registration.name, |id| {
            tree.contains_key(id.as_bytes()).unwrap_or(true)
        });
        let now = Utc::now();
        let organisation = Organisation::register(id.clone(), registration, now.date_naive());
        let mut set = WriteSet::new(actor, now);
        set.record(Kind::Organisation, &id, 1, Action::Created, &organisation)?;
        set.put(TOKENS, token_hash.as_bytes().to_vec(), &token(&id))?;
        self.commit(set)?;
        Ok(organisation)
    }

    /// Marks an organisation verified: it and its published pledges become public.
    pub fn verify_organisation(&self, id: &str, actor: &str) -> Result<Organisation, StoreError> {
        let _guard = self.lock()?;
        let mut organisation = self.organisation(id)?.ok_or(StoreError::NotFound)?;
        if organisation.verified {
            return Err(LifecycleError("this organisation is already verified").into());
        }
        organisation.verified = true;
        let version = self.last_version(Kind::Organisation, id)? + 1;
        let mut set = WriteSet::new(actor, Utc::now());
        set.record(
            Kind::Organisation,
            id,
            version,
            Action::Verified,
            &organisation,
        )?;
        self.commit(set)?;
        Ok(organisation)
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
        let current = self.last_version(Kind::Partnership, id)?;
        if current != expected_version {
            return Err(StoreError::Conflict { current });
        }
        change(&mut partnership);
        let version = current + 1;
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

    /// The newest version number in a record's history (0 if it has none).
    fn last_version(&self, kind: Kind, id: &str) -> Result<u64, StoreError> {
        let prefix = version_prefix(kind, id);
        Ok(
            match self.trees[VERSIONS].scan_prefix(&prefix).keys().next_back() {
                Some(key) => {
                    let key = key?;
                    let tail: [u8; 8] = key[prefix.len()..].try_into().unwrap_or([0; 8]);
                    u64::from_be_bytes(tail)
                }
                None => 0,
            },
        )
    }

    /// Stores a new pending pledge of `organisation` (which must exist) as version 1.
    pub fn submit_pledge(
        &self,
        organisation: &str,
        content: PledgeContent,
        actor: &str,
    ) -> Result<Pledge, StoreError> {
        let _guard = self.lock()?;
        if self.organisation(organisation)?.is_none() {
            return Err(StoreError::NotFound);
        }
        let now = Utc::now();
        let mut set = WriteSet::new(actor, now);
        let prefix = format!("{organisation}-{}", content.topic);
        let id = self.allocate_id(&mut set, Kind::Pledge, &prefix)?;
        let mut pledge = Pledge::submit(id.clone(), organisation.to_string(), content);
        pledge.updated_at = Some(now);
        set.record(Kind::Pledge, &id, 1, Action::Created, &pledge)?;
        self.commit(set)?;
        Ok(pledge)
    }

    /// Applies one lifecycle step to a pledge as a new version. `expected_version`, when
    /// given, must still be current (an edit based on an old read is refused).
    pub fn change_pledge(
        &self,
        id: &str,
        expected_version: Option<u64>,
        action: Action,
        actor: &str,
        step: impl FnOnce(&mut Pledge) -> Result<(), LifecycleError>,
    ) -> Result<Pledge, StoreError> {
        let _guard = self.lock()?;
        let mut pledge = self.pledge(id)?.ok_or(StoreError::NotFound)?;
        if let Some(expected) = expected_version {
            if expected != pledge.version {
                return Err(StoreError::Conflict {
                    current: pledge.version,
                });
            }
        }
        step(&mut pledge)?;
        let now = Utc::now();
        pledge.version += 1;
        pledge.updated_at = Some(now);
        let mut set = WriteSet::new(actor, now);
        set.record(Kind::Pledge, id, pledge.version, action, &pledge)?;
        self.commit(set)?;
        Ok(pledge)
    }

    /// Loads a whole registry into an empty store as version 1 of every record, in one
    /// transaction: a crash leaves either nothing or everything.
    pub fn load(&self, registry: &Registry, actor: &str) -> Result<u64, StoreError> {
        let _guard = self.lock()?;
        if !self.is_empty() || !self.trees[EVENTS].is_empty() {
            return Err(StoreError::NotEmpty);
        }
        let now = Utc::now();
        let mut set = WriteSet::new(actor, now);
        for a in &registry.authorities {
            set.record(Kind::Authority, &a.code, 1, Action::Created, a)?;
        }
        for p in &registry.partnerships {
            set.record(Kind::Partnership, &p.id, 1, Action::Created, p)?;
        }
        for o in &registry.organisations {
            set.record(Kind::Organisation, &o.id, 1, Action::Created, o)?;
        }
        for p in &registry.pledges {
            let pledge = Pledge {
                version: 1,
                updated_at: Some(now),
                ..p.clone()
            };
            set.record(Kind::Pledge, &p.id, 1, Action::Created, &pledge)?;
        }
        for o in &registry.offers {
            let offer = Offer {
                version: 1,
                updated_at: now,
                ..o.clone()
            };
            set.record(Kind::Offer, &o.id, 1, Action::Created, &offer)?;
            set.put(
                OFFERS_BY_AUTHORITY,
                by_authority_key(&o.authority, &o.id),
                &(),
            )?;
        }
        let ids = registry
            .offers
            .iter()
            .map(|o| o.id.as_str())
            .chain(registry.pledges.iter().map(|p| p.id.as_str()));
        set.put_raw(META, NEXT_ID, &id_counter_after(ids).to_be_bytes());
        let count = set.events.len() as u64;
        self.commit(set)?;
        Ok(count)
    }

    /// Everything needed to rebuild this store elsewhere: records, histories, change log.
    pub fn export(&self) -> Result<Export, StoreError> {
        let versions = self.trees[VERSIONS]
            .iter()
            .map(|item| {
                let (key, value) = item?;
                let mut parts = key.splitn(3, |b| *b == 0);
                let kind = parts.next().and_then(|k| {
                    Kind::ALL
                        .into_iter()
                        .find(|kind| kind.name().as_bytes() == k)
                });
                let id = parts
                    .next()
                    .map(|id| String::from_utf8_lossy(id).into_owned());
                let entry: Version<serde_json::Value> = serde_json::from_slice(&value)?;
                Ok(match (kind, id) {
                    (Some(kind), Some(id)) => Some(ExportedVersion { kind, id, entry }),
                    _ => None,
                })
            })
            .filter_map(Result::transpose)
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Export {
            format: EXPORT_FORMAT.to_string(),
            registry: Registry {
                authorities: self.authorities()?,
                partnerships: self.partnerships()?,
                organisations: self.organisations()?,
                pledges: self.pledges()?,
                offers: self.offers()?,
            },
            versions,
            events: self.events_after(0).collect::<Result<Vec<_>, _>>()?,
        })
    }

    /// Restores an export into an empty store exactly as it was (versions, actors,
    /// times and sequence numbers included).
    pub fn import(&self, export: &Export) -> Result<(), StoreError> {
        let _guard = self.lock()?;
        if !self.is_empty() || !self.trees[EVENTS].is_empty() {
            return Err(StoreError::NotEmpty);
        }
        let r = &export.registry;
        let mut set = WriteSet::new("import", Utc::now());
        for a in &r.authorities {
            set.put(AUTHORITIES, a.code.as_bytes().to_vec(), a)?;
        }
        for p in &r.partnerships {
            set.put(PARTNERSHIPS, p.id.as_bytes().to_vec(), p)?;
        }
        for o in &r.organisations {
            set.put(ORGANISATIONS, o.id.as_bytes().to_vec(), o)?;
        }
        for p in &r.pledges {
            set.put(PLEDGES, p.id.as_bytes().to_vec(), p)?;
        }
        for o in &r.offers {
            set.put(OFFERS, o.id.as_bytes().to_vec(), o)?;
            set.put(
                OFFERS_BY_AUTHORITY,
                by_authority_key(&o.authority, &o.id),
                &(),
            )?;
        }
        for v in &export.versions {
            set.put(
                VERSIONS,
                version_key(v.kind, &v.id, v.entry.version),
                &v.entry,
            )?;
        }
        for e in &export.events {
            set.put(EVENTS, e.seq.to_be_bytes().to_vec(), e)?;
        }
        // New ids must never meet an imported one, current or retired.
        let ids = r
            .offers
            .iter()
            .map(|o| o.id.as_str())
            .chain(r.pledges.iter().map(|p| p.id.as_str()))
            .chain(
                export
                    .versions
                    .iter()
                    .filter(|v| matches!(v.kind, Kind::Offer | Kind::Pledge))
                    .map(|v| v.id.as_str()),
            );
        set.put_raw(META, NEXT_ID, &id_counter_after(ids).to_be_bytes());
        // The events are the export's own, already numbered: `commit` adds none.
        self.commit(set)?;
        Ok(())
    }

    pub fn put_token(&self, hash: &str, record: &TokenRecord) -> Result<(), StoreError> {
        self.trees[TOKENS].insert(hash.as_bytes(), serde_json::to_vec(record)?)?;
        self.db.flush()?;
        Ok(())
    }

    pub fn token(&self, hash: &str) -> Result<Option<TokenRecord>, StoreError> {
        match self.trees[TOKENS].get(hash.as_bytes())? {
            Some(bytes) => Ok(Some(serde_json::from_slice(&bytes)?)),
            None => Ok(None),
        }
    }

    pub fn tokens(&self) -> Result<Vec<(String, TokenRecord)>, StoreError> {
        self.trees[TOKENS]
            .iter()
            .map(|item| {
                let (key, value) = item?;
                Ok((
                    String::from_utf8_lossy(&key).into_owned(),
                    serde_json::from_slice(&value)?,
                ))
            })
            .collect()
    }
}

/// What an import wrote: the ids of the offers created, updated and retired.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub retired: Vec<String>,
}

/// The first counter value above every number an id ends in (`…-17` → 18).
fn id_counter_after<'a>(ids: impl Iterator<Item = &'a str>) -> u64 {
    ids.filter_map(|id| id.rsplit('-').next()?.parse::<u64>().ok())
        .max()
        .map_or(1, |n| n.saturating_add(1))
}

pub const EXPORT_FORMAT: &str = "offer-atlas-export/1";

/// The whole registry with its history: `offer-atlas export` writes this as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    #[serde(flatten)]
    pub registry: Registry,
    pub versions: Vec<ExportedVersion>,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedVersion {
    pub kind: Kind,
    pub id: String,
    #[serde(flatten)]
    pub entry: Version<serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_shared::covenant::PledgeContent;
    use atlas_shared::{AppliesTo, Basis, Category, OfferStatus, OrganisationKind, Source, Tier};

    fn authority(code: &str) -> Authority {
        Authority {
            code: code.into(),
            name: format!("Council {code}"),
            tier: Tier::Unitary,
            parent: None,
            partnerships: vec![],
            website: None,
            offer_url: None,
            offer_reviewed: None,
            predecessors: vec![],
            successors: vec![],
            replaced_on: None,
        }
    }

    fn source() -> Source {
        Source {
            document: "test".into(),
            locator: "1".into(),
            url: None,
            date: None,
        }
    }

    fn content(title: &str) -> OfferContent {
        OfferContent {
            topic: "wifi".into(),
            category: Category::Money,
            title: title.into(),
            summary: "s".into(),
            details: None,
            status: OfferStatus::Available,
            basis: Basis::Discretionary,
            applies_to: AppliesTo::Unstated,
            age_from: 16,
            age_to: 25,
            conditions: vec![],
            value: None,
            how_to_access: None,
            contact: None,
            source: source(),
            reviewed: None,
            council_tax: None,
            note: None,
        }
    }

    fn pledge_content() -> PledgeContent {
        PledgeContent {
            topic: "internships".into(),
            category: Category::Employment,
            title: "Internships".into(),
            summary: "s".into(),
            details: None,
            coverage: Default::default(),
            age_from: 16,
            age_to: 25,
            conditions: vec![],
            places: None,
            how_to_apply: None,
            closes: None,
            source: None,
        }
    }

    /// A store holding one council and one verified organisation.
    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let registry = Registry {
            authorities: vec![authority("E06000054")],
            organisations: vec![Organisation {
                id: "acme".into(),
                name: "Acme".into(),
                kind: OrganisationKind::Employer,
                website: None,
                signed: None,
                verified: true,
                source: None,
                contact_email: None,
                statement: None,
            }],
            ..Registry::default()
        };
        store.load(&registry, "test").unwrap();
        (dir, store)
    }

    #[test]
    fn a_stale_version_is_refused_and_changes_nothing() {
        let (_dir, store) = store();
        let offer = store
            .create_offer("E06000054", content("one"), "editor")
            .unwrap();
        let updated = store
            .update_offer(&offer.id, 1, content("two"), "editor")
            .unwrap();
        assert_eq!(updated.version, 2);
        let err = store
            .update_offer(&offer.id, 1, content("three"), "editor")
            .unwrap_err();
        assert!(
            matches!(err, StoreError::Conflict { current: 2 }),
            "{err:?}"
        );
        match store.offer(&offer.id).unwrap() {
            OfferLookup::Current(o) => assert_eq!(o.content.title, "two"),
            _ => panic!("the offer went missing"),
        }
    }

    #[test]
    fn a_retired_offer_keeps_its_history_and_its_id() {
        let (_dir, store) = store();
        let offer = store
            .create_offer("E06000054", content("one"), "editor")
            .unwrap();
        store.retire_offer(&offer.id, "editor").unwrap();
        assert!(matches!(
            store.offer(&offer.id).unwrap(),
            OfferLookup::Retired
        ));
        assert!(store.offers_of("E06000054").unwrap().is_empty());
        assert!(matches!(
            store.retire_offer(&offer.id, "editor"),
            Err(StoreError::Retired)
        ));
        let history = store
            .history::<serde_json::Value>(Kind::Offer, &offer.id)
            .unwrap()
            .unwrap();
        assert!(history.retired);
        assert_eq!(history.versions.len(), 2);
        // The next offer gets a new id, never the retired one's.
        let next = store
            .create_offer("E06000054", content("two"), "editor")
            .unwrap();
        assert_ne!(next.id, offer.id);
    }

    #[test]
    fn ids_are_never_given_twice_even_after_import() {
        let (_dir, store) = store();
        let kept = store
            .create_offer("E06000054", content("kept"), "editor")
            .unwrap();
        let retired = store
            .create_offer("E06000054", content("retired"), "editor")
            .unwrap();
        store.retire_offer(&retired.id, "editor").unwrap();
        let pledge = store
            .submit_pledge("acme", pledge_content(), "signatory")
            .unwrap();
        let export = store.export().unwrap();

        let copy_dir = tempfile::tempdir().unwrap();
        let copy = Store::open(copy_dir.path()).unwrap();
        copy.import(&export).unwrap();
        let new_offer = copy
            .create_offer("E06000054", content("new"), "editor")
            .unwrap();
        let new_pledge = copy
            .submit_pledge("acme", pledge_content(), "signatory")
            .unwrap();
        for old in [&kept.id, &retired.id] {
            assert_ne!(&new_offer.id, old);
        }
        assert_ne!(new_pledge.id, pledge.id);
        // Every imported record and version is still there, unchanged.
        let after = copy.export().unwrap();
        for v in &export.versions {
            assert!(
                after.versions.contains(v),
                "lost {} {}",
                v.id,
                v.entry.version
            );
        }
        for o in &export.registry.offers {
            assert!(after.registry.offers.contains(o), "lost {}", o.id);
        }
        assert!(after.registry.pledges.contains(&export.registry.pledges[0]));
    }

    #[test]
    fn a_create_never_overwrites_even_when_the_counter_is_behind() {
        let (_dir, store) = store();
        let first = store
            .create_offer("E06000054", content("first"), "editor")
            .unwrap();
        // Wind the counter back, as a store written before the counter existed would be.
        store.trees[META]
            .insert(NEXT_ID, &1u64.to_be_bytes())
            .unwrap();
        let second = store
            .create_offer("E06000054", content("second"), "editor")
            .unwrap();
        assert_ne!(first.id, second.id);
        match store.offer(&first.id).unwrap() {
            OfferLookup::Current(o) => assert_eq!(o.content.title, "first"),
            _ => panic!("the first offer went missing"),
        }
        // And the transaction itself refuses a create whose key exists.
        let mut set = WriteSet::new("test", Utc::now());
        set.record(Kind::Offer, &first.id, 1, Action::Created, &first)
            .unwrap();
        let _guard = store.lock().unwrap();
        assert!(matches!(store.commit(set), Err(StoreError::AlreadyExists)));
    }

    #[test]
    fn an_import_applies_whole_or_not_at_all_and_retirement_keeps_its_reason() {
        use atlas_shared::spreadsheet::{Create, Plan, Retire, Update};
        let (_dir, store) = store();
        let keep = store
            .create_offer("E06000054", content("keep"), "editor")
            .unwrap();
        let change = store
            .create_offer("E06000054", content("change"), "editor")
            .unwrap();
        let gone = store
            .create_offer("E06000054", content("gone"), "editor")
            .unwrap();
        let seq = store.last_seq().unwrap();
        let mut plan = Plan {
            create: vec![
                Create {
                    row: 2,
                    content: content("new one"),
                },
                Create {
                    row: 3,
                    content: content("new two"),
                },
            ],
            update: vec![Update {
                row: 4,
                id: change.id.clone(),
                version: 1,
                content: content("changed"),
                changes: vec![],
            }],
            unchanged: vec![],
            retire: vec![Retire {
                id: gone.id.clone(),
                version: 2, // stale: it is at version 1
                title: "gone".into(),
            }],
        };
        // One stale step refuses the whole import: nothing written, no event.
        assert!(matches!(
            store.apply_offer_import("E06000054", &plan, "council-editor:E06000054"),
            Err(StoreError::Conflict { current: 1 })
        ));
        assert_eq!(store.last_seq().unwrap(), seq);
        assert_eq!(store.offers_of("E06000054").unwrap().len(), 3);

        plan.retire[0].version = 1;
        let outcome = store
            .apply_offer_import("E06000054", &plan, "council-editor:E06000054")
            .unwrap();
        assert_eq!(outcome.created.len(), 2);
        assert_ne!(outcome.created[0], outcome.created[1]);
        assert_eq!(store.last_seq().unwrap(), seq + 4);
        let titles: Vec<String> = store
            .offers_of("E06000054")
            .unwrap()
            .into_iter()
            .map(|o| o.content.title)
            .collect();
        assert_eq!(titles.len(), 4);
        for t in ["keep", "changed", "new one", "new two"] {
            assert!(titles.contains(&t.to_string()), "{t}");
        }
        let history = store
            .history::<Offer>(Kind::Offer, &gone.id)
            .unwrap()
            .unwrap();
        let last = history.versions.last().unwrap();
        assert_eq!(last.action, Action::Retired);
        assert_eq!(
            last.reason.as_deref(),
            Some(atlas_shared::spreadsheet::RETIRED_BY_IMPORT)
        );
        assert_eq!(last.actor, "council-editor:E06000054");
        // The next new offer never reuses an imported id.
        let next = store
            .create_offer("E06000054", content("later"), "editor")
            .unwrap();
        assert!(!outcome.created.contains(&next.id));
        // An empty plan writes nothing.
        let seq = store.last_seq().unwrap();
        store
            .apply_offer_import("E06000054", &Plan::default(), "x")
            .unwrap();
        assert_eq!(store.last_seq().unwrap(), seq);
        assert_eq!(
            store
                .history::<Offer>(Kind::Offer, &keep.id)
                .unwrap()
                .unwrap()
                .versions
                .len(),
            1
        );
    }

    #[test]
    fn a_review_moves_only_the_date_and_a_reasoned_retirement_checks_the_version() {
        let (_dir, store) = store();
        let offer = store
            .create_offer("E06000054", content("one"), "editor")
            .unwrap();
        let day = chrono::NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
        let reviewed = store.review_offer(&offer.id, 1, day, "editor").unwrap();
        assert_eq!(reviewed.version, 2);
        assert_eq!(reviewed.content.reviewed, Some(day));
        let mut expected = offer.content.clone();
        expected.reviewed = Some(day);
        assert_eq!(reviewed.content, expected);
        assert!(matches!(
            store.review_offer(&offer.id, 1, day, "editor"),
            Err(StoreError::Conflict { current: 2 })
        ));
        assert!(matches!(
            store.retire_offer_because(&offer.id, 1, "old", "editor"),
            Err(StoreError::Conflict { current: 2 })
        ));
        store
            .retire_offer_because(&offer.id, 2, "Replaced by the new grant.", "editor")
            .unwrap();
        let history = store
            .history::<Offer>(Kind::Offer, &offer.id)
            .unwrap()
            .unwrap();
        let actions: Vec<Action> = history.versions.iter().map(|v| v.action).collect();
        assert_eq!(
            actions,
            vec![Action::Created, Action::Reviewed, Action::Retired]
        );
        assert_eq!(
            history.versions[2].reason.as_deref(),
            Some("Replaced by the new grant.")
        );
        assert!(history.versions[1].reason.is_none());
    }

    #[test]
    fn the_counter_moves_past_every_number_an_id_ends_in() {
        assert_eq!(id_counter_after(["a", "b-c"].into_iter()), 1);
        assert_eq!(
            id_counter_after(["e06-wifi-17", "x-3", "y-99x"].into_iter()),
            18
        );
        assert_eq!(
            id_counter_after(["z-18446744073709551615"].into_iter()),
            u64::MAX
        );
    }
}
