//! Keeps the search index in step with the store.
//!
//! sled is the truth; the index is derived. One thread owns the index writer and applies
//! the change log in sequence order, re-reading each changed record's current state, so
//! applying an event twice is harmless. Each commit carries the last applied sequence; on
//! start the index catches up from there, or is rebuilt if it is missing, unreadable or of
//! another schema.

use std::collections::HashMap;
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::Duration;

use atlas_index::{Change, IndexDoc, Opened, SearchIndex};
use atlas_shared::api::DocType;
use atlas_shared::place::{county_of, districts_of};
use atlas_shared::Authority;

use crate::store::{Kind, OfferLookup, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum IndexerError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Index(#[from] atlas_index::IndexError),
}

/// Events applied per commit while catching up.
const BATCH: usize = 2_000;
/// How often the indexer looks for changes it was not told about.
const POLL: Duration = Duration::from_millis(500);

/// Opens the index in `dir` and brings it level with the store.
pub fn open(store: &Store, dir: &Path) -> Result<SearchIndex, IndexerError> {
    let (index, opened) = SearchIndex::open(dir)?;
    match opened {
        Opened::Existing { seq } if seq <= store.last_seq()? => {
            let applied = catch_up(store, &index, seq)?;
            tracing::info!(from = seq, to = applied, "search index caught up");
        }
        Opened::Existing { seq } => {
            // The index has seen changes the store does not have (a store restored from
            // an older copy): only a rebuild can make them agree.
            tracing::warn!(
                index = seq,
                "search index is ahead of the store; rebuilding"
            );
            rebuild(store, &index, |_| {})?;
        }
        Opened::Created { reason } => {
            tracing::info!(%reason, "building the search index");
            let count = rebuild(store, &index, |_| {})?;
            tracing::info!(documents = count, "search index built");
        }
    }
    Ok(index)
}

/// Names of authorities and their counties, for index documents.
struct Names {
    authorities: HashMap<String, Authority>,
}

impl Names {
    fn load(store: &Store) -> Result<Names, StoreError> {
        Ok(Names {
            authorities: store
                .authorities()?
                .into_iter()
                .map(|a| (a.code.clone(), a))
                .collect(),
        })
    }

    fn offer_doc(&self, offer: &atlas_shared::Offer) -> IndexDoc {
        let authority = self.authorities.get(&offer.authority);
        let county = authority.and_then(|a| county_of(a, |code| self.authorities.get(code)));
        IndexDoc::from_offer(offer, authority, county)
    }
}

/// Every searchable document: current offers and published pledges of verified signatories.
fn all_docs(store: &Store) -> Result<Vec<IndexDoc>, StoreError> {
    let names = Names::load(store)?;
    let organisations: HashMap<String, atlas_shared::Organisation> = store
        .organisations()?
        .into_iter()
        .map(|o| (o.id.clone(), o))
        .collect();
    let mut docs: Vec<IndexDoc> = store.offers()?.iter().map(|o| names.offer_doc(o)).collect();
    for pledge in store.pledges()? {
        let organisation = organisations.get(&pledge.organisation);
        if pledge.is_public(organisation) {
            docs.push(IndexDoc::from_pledge(&pledge, organisation));
        }
    }
    Ok(docs)
}

/// Empties the index and fills it from the store; returns the number of documents.
pub fn rebuild(
    store: &Store,
    index: &SearchIndex,
    progress: impl FnMut(u64),
) -> Result<u64, IndexerError> {
    // Read the sequence first: changes after it will be applied again by catch-up, which
    // is harmless; reading it after could skip a change made during the rebuild.
    let seq = store.last_seq()?;
    let docs = all_docs(store)?;
    Ok(index.rebuild(docs, seq, progress)?)
}

/// The index changes that bring one record's document up to date.
fn changes_for(
    store: &Store,
    names: &Names,
    kind: Kind,
    id: &str,
) -> Result<Vec<Change>, StoreError> {
    Ok(match kind {
        Kind::Offer => match store.offer(id)? {
            OfferLookup::Current(offer) => vec![Change::Upsert(Box::new(names.offer_doc(&offer)))],
            _ => vec![Change::Delete(atlas_index_key(DocType::Offer, id))],
        },
        Kind::Pledge => match store.pledge(id)? {
            Some(p) => {
                let organisation = store.organisation(&p.organisation)?;
                if p.is_public(organisation.as_ref()) {
                    vec![Change::Upsert(Box::new(IndexDoc::from_pledge(
                        &p,
                        organisation.as_ref(),
                    )))]
                } else {
                    vec![Change::Delete(atlas_index_key(DocType::Pledge, id))]
                }
            }
            None => vec![Change::Delete(atlas_index_key(DocType::Pledge, id))],
        },
        Kind::Organisation => {
            let mut out = Vec::new();
            for p in store
                .pledges()?
                .into_iter()
                .filter(|p| p.organisation == id)
            {
                out.extend(changes_for(store, names, Kind::Pledge, &p.id)?);
            }
            out
        }
        Kind::Authority => {
            // Its name appears in its own offers and in its districts'.
            let mut out = Vec::new();
            let all: Vec<Authority> = names.authorities.values().cloned().collect();
            let districts: Vec<String> = districts_of(id, &all).map(|a| a.code.clone()).collect();
            for code in std::iter::once(id.to_string()).chain(districts) {
                for offer in store.offers_of(&code)? {
                    out.push(Change::Upsert(Box::new(names.offer_doc(&offer))));
                }
            }
            out
        }
        Kind::Partnership => Vec::new(),
    })
}

fn atlas_index_key(doc_type: DocType, id: &str) -> String {
    format!("{}:{id}", doc_type.slug())
}

/// Applies every change after `from`; returns the sequence now applied.
pub fn catch_up(store: &Store, index: &SearchIndex, from: u64) -> Result<u64, IndexerError> {
    let mut applied = from;
    loop {
        let events = store
            .events_after(applied)
            .take(BATCH)
            .collect::<Result<Vec<_>, _>>()?;
        let Some(last) = events.last().map(|e| e.seq) else {
            return Ok(applied);
        };
        let names = Names::load(store)?;
        let mut changes = Vec::new();
        for event in &events {
            changes.extend(changes_for(store, &names, event.kind, &event.id)?);
        }
        index.apply(changes, last)?;
        applied = last;
    }
}

/// Tells the indexer thread that the store changed.
#[derive(Clone)]
pub struct Nudge(Sender<()>);

impl Nudge {
    pub fn changed(&self) {
        let _ = self.0.send(());
    }
}

/// Starts the thread that follows the change log for as long as the process runs.
pub fn spawn(store: Arc<Store>, index: Arc<SearchIndex>) -> Result<Nudge, IndexerError> {
    let (tx, rx) = std::sync::mpsc::channel();
    let applied = index.applied_seq()?;
    std::thread::Builder::new()
        .name("indexer".into())
        .spawn(move || follow(store, index, rx, applied))
        .map_err(|e| IndexerError::Index(atlas_index::IndexError::Io(e)))?;
    Ok(Nudge(tx))
}

fn follow(store: Arc<Store>, index: Arc<SearchIndex>, rx: Receiver<()>, mut applied: u64) {
    loop {
        match rx.recv_timeout(POLL) {
            Ok(()) => while rx.try_recv().is_ok() {},
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
        match catch_up(&store, &index, applied) {
            Ok(now) => applied = now,
            // The store stays right; the index retries at the next nudge or poll.
            Err(e) => tracing::error!(error = %e, "search index update failed"),
        }
    }
}
