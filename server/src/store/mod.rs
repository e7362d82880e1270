//! The sled store: the only source of truth.
//!
//! Every write runs under one process-wide write lock and commits in a single sled
//! transaction that holds the record, a copy of it in its version history, and an event
//! in the change log. The change log's keys are a gapless, increasing sequence number
//! that the search index follows. The store is flushed to disk before a write returns,
//! so an acknowledged write survives `kill -9`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use atlas_shared::api::{Action, History, Version};
use atlas_shared::covenant::LifecycleError;
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sled::transaction::{ConflictableTransactionError, TransactionError, Transactional};

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
    /// A restore of a record that is not retired.
    #[error("not retired")]
    NotRetired,
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
    /// The store was written by a newer release of Offer Atlas.
    #[error("the store is in format {found}, written by a newer release; this one reads up to format {supported}")]
    NewerFormat { found: u32, supported: u32 },
    #[error("the write lock was poisoned by an earlier panic")]
    Poisoned,
    /// An id the store was asked to take in ends in a number so large that the id counter
    /// could not go on past it (new ids would collide with it or stop).
    #[error("the id {id} ends in a number too large to continue the id counter from (at most {max})", max = LARGEST_ID_NUMBER)]
    IdTooLarge { id: String },
    /// No new id could be found: the counter has reached its end, or every id it tried
    /// exists.
    #[error("no new id could be given after {prefix}-{tried} (the id counter cannot go on)")]
    IdsExhausted { prefix: String, tried: u64 },
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
const SESSIONS: usize = 10;
const OUTBOX: usize = 11;
const TICKETS: usize = 12;
const TREE_NAMES: [&str; 13] = [
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
    "sessions",
    "outbox",
    "tickets",
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

/// The start of every version key of one kind (`offer\0`).
fn kind_prefix(kind: Kind) -> Vec<u8> {
    let mut key = kind.name().as_bytes().to_vec();
    key.push(0);
    key
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

/// Handle to the store; cheap to share behind an `Arc`.
pub struct Store {
    db: sled::Db,
    trees: Vec<sled::Tree>,
    write_lock: Mutex<()>,
    /// The change log's last sequence number, as [`Store::commit`] leaves it: every
    /// request reads it (is the snapshot current, which answers are kept), and asking
    /// sled for the log's last key each time was a few per cent of a fresh search.
    last_seq: AtomicU64,
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
        let last_seq = match trees[EVENTS].last()? {
            Some((key, _)) => seq_of(&key),
            None => 0,
        };
        let store = Store {
            db,
            trees,
            write_lock: Mutex::new(()),
            last_seq: AtomicU64::new(last_seq),
        };
        let found = store.upgrade()?;
        if found != STORE_FORMAT {
            tracing::info!(from = found, to = STORE_FORMAT, "store format upgraded");
        }
        Ok(store)
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
        Ok(self.last_seq.load(Ordering::Acquire))
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
        if let Some(last) = events.last() {
            self.last_seq.store(last.seq, Ordering::Release);
        }
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
        let id = self.take_id(&mut n, kind, prefix)?;
        set.put_raw(META, NEXT_ID, &n.to_be_bytes());
        Ok(id)
    }

    /// The first free id `{prefix}-{n}` from `*n` on, leaving `*n` just past it. It tries
    /// at most [`MAX_ID_TRIES`] numbers and never wraps or sticks at the largest one: it
    /// runs with the write lock held, so it must end, with an error if need be.
    fn take_id(&self, n: &mut u64, kind: Kind, prefix: &str) -> Result<String, StoreError> {
        let exhausted = |tried: u64| StoreError::IdsExhausted {
            prefix: prefix.to_string(),
            tried,
        };
        for _ in 0..MAX_ID_TRIES {
            let id = format!("{prefix}-{n}");
            // The counter must be able to move past the id it gives.
            let next = n.checked_add(1).ok_or_else(|| exhausted(*n))?;
            *n = next;
            if !self.ever_existed(kind, &id)? {
                return Ok(id);
            }
        }
        Err(exhausted(*n))
    }

    /// The version a write makes, the same way for every kind of record: one after the
    /// last in the record's history. With `expected`, the write is refused unless that is
    /// still the last (someone else wrote first).
    fn next_version(&self, kind: Kind, id: &str, expected: Option<u64>) -> Result<u64, StoreError> {
        let current = self.last_version(kind, id)?;
        match expected {
            Some(expected) if expected != current => Err(StoreError::Conflict { current }),
            _ => Ok(current + 1),
        }
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
}

/// The largest number an id taken in (by `load` or `import`) may end in: the counter then
/// starts one past it and still has room to give ids. Ids the counter gives are far below.
const LARGEST_ID_NUMBER: u64 = u64::MAX - 1_000_000;

/// Most numbers [`Store::take_id`] tries for one new id before giving up. The counter is
/// always past every id taken in, so in practice the first number is free.
const MAX_ID_TRIES: u32 = 1_000;

/// The first counter value above every number an id ends in (`…-17` → 18), or an error
/// naming an id that ends in a number the counter could not continue from.
fn id_counter_after<'a>(ids: impl Iterator<Item = &'a str>) -> Result<u64, StoreError> {
    let mut counter = 1;
    for id in ids {
        let Some(n) = id.rsplit('-').next().and_then(|n| n.parse::<u64>().ok()) else {
            continue;
        };
        if n > LARGEST_ID_NUMBER {
            return Err(StoreError::IdTooLarge { id: id.to_string() });
        }
        counter = counter.max(n + 1);
    }
    Ok(counter)
}

mod covenant;
mod editors;
mod format;
mod offers;
mod outbox;
mod places;
mod sessions;
#[cfg(test)]
pub(crate) mod tests;
mod tickets;
mod tokens;
mod transfer;

pub use format::STORE_FORMAT;
pub use offers::OfferLookup;
pub use outbox::{Letter, Queued};
pub use sessions::SessionRecord;
pub use tickets::Ticket;
pub use tokens::TokenRecord;
pub use transfer::{Export, EXPORT_FORMAT};

/// A change-log key's sequence number (big-endian, so the log sorts in order).
fn seq_of(key: &[u8]) -> u64 {
    u64::from_be_bytes(key.try_into().unwrap_or([0; 8]))
}
