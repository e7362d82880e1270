//! Offer Atlas search: the tantivy schema, the analyzer, query building (every word must
//! match, the last also as a prefix, typos and young people's synonyms forgiven), place
//! and age filters, facet counts and highlights. It knows neither HTTP nor sled: the
//! server feeds it documents and asks it questions.

// Shipped code answers a failure with an error, never a panic; tests may unwrap.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod doc;
mod doc_bits;
mod facets;
mod filter_sets;
mod kept;
mod per_segment;
mod query;
mod schema;
mod word_hits;

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use atlas_shared::api::{DocType, Facets, Highlight, SearchHit, SearchRequest, SearchResponse};
use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, TopDocs};
use tantivy::index::SegmentId;
use tantivy::schema::Value as _;
use tantivy::snippet::SnippetGenerator;
use tantivy::{
    DocAddress, DocId, Index, IndexReader, IndexWriter, ReloadPolicy, Score, Searcher,
    TantivyDocument, Term,
};

pub use doc::IndexDoc;
use kept::Kept;
use schema::Fields;

/// Bump when the schema or analysis changes: an index of another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 3;

/// Decompressed document-store blocks kept per segment (16 KB each, so at most 8 MB; the
/// national registry's store is about 300 blocks).
const DOC_STORE_CACHE_BLOCKS: usize = 512;

/// Memory for the single index writer. Small: writes are few and the budget is 200 MB.
const WRITER_MEMORY: usize = 30_000_000;

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("search index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index directory: {0}")]
    Io(#[from] std::io::Error),
    #[error("search index writer lock poisoned")]
    Poisoned,
    #[error("search answer could not be written as JSON")]
    Json(Option<sonic_rs::Error>),
}

impl From<sonic_rs::Error> for IndexError {
    fn from(e: sonic_rs::Error) -> Self {
        IndexError::Json(Some(e))
    }
}

/// What the index remembers about itself, kept in tantivy's commit payload so it is
/// exactly as durable as the commit it describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub schema: u32,
    /// The last change-log sequence number whose effect this commit contains.
    pub seq: u64,
}

/// How [`SearchIndex::open`] found the index on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// A usable index that has applied changes up to `seq`.
    Existing { seq: u64 },
    /// Nothing usable was there (missing, unreadable, other schema): an empty index was
    /// created and must be rebuilt from the store. The reason says why.
    Created { reason: String },
}

/// One change to apply.
pub enum Change {
    /// Add or replace the document with this key.
    Upsert(Box<IndexDoc>),
    /// Remove the document with this key, if any.
    Delete(String),
}

/// The search index: one writer for the process lifetime, and a reader for queries.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
    /// Counts the commits searches can see: an answer computed at one generation holds
    /// until the next (the server's response cache keys on it).
    generation: AtomicU64,
    /// Hits' stored fields, decoded (see [`Stored`]).
    stored: Kept<(SegmentId, DocId), Arc<Stored>>,
    /// Hits with their highlights and JSON, by the terms they mark (see [`HITS_KEPT`]).
    hits: Kept<(SegmentId, DocId, Arc<str>), Arc<KeptHit>>,
    /// Each search word's clauses, and its hits in the generation searches see now.
    words: query::Words,
    /// The documents each filter passes, by segment.
    filters: Arc<filter_sets::FilterSets>,
}

/// Decoded records kept: about half a kilobyte each.
const STORED_KEPT: usize = 8192;

/// Hits kept, with their highlights and JSON: about a kilobyte each. A highlight depends
/// only on the record's summary and the terms marked (the search's words, stemmed, and
/// their synonyms), and marking them meant tokenising and stemming every hit's summary: a
/// fifth of a fresh search once each word's hits were kept (`word_hits`). Searches with the same words and other
/// filters or pages show many of the same records. The hit's JSON beside it spares each
/// search escaping its records' text again, a fifth of a fresh search's work once the
/// filters' documents were kept too.
const HITS_KEPT: usize = 16384;

/// What a hit shows of its record, as the document store holds it. Reading a hit from the
/// store (finding its block in the cache, decoding a dozen fields) was an eighth of a
/// fresh search; a record's stored fields never change within a segment (a change is a new
/// document), so they are decoded once per segment and document and kept, at most
/// [`STORED_KEPT`] (all dropped when that is reached).
struct Stored {
    doc_type: DocType,
    id: String,
    title: String,
    summary: String,
    topic: String,
    category: String,
    status: String,
    authority: Option<String>,
    organisation: Option<String>,
    provider_name: String,
}

impl SearchIndex {
    /// Opens the index in `dir`, or creates an empty one there if it is missing,
    /// unreadable or of another schema version.
    pub fn open(dir: &Path) -> Result<(SearchIndex, Opened), IndexError> {
        let reason = match Self::try_open_existing(dir) {
            Ok((index, seq)) => return Ok((index, Opened::Existing { seq })),
            Err(reason) => reason,
        };
        if dir.exists() {
            std::fs::remove_dir_all(dir)?;
        }
        std::fs::create_dir_all(dir)?;
        let (fields, schema) = schema::build();
        let index = Index::create_in_dir(dir, schema)?;
        Ok((Self::wrap(index, fields)?, Opened::Created { reason }))
    }

    fn try_open_existing(dir: &Path) -> Result<(SearchIndex, u64), String> {
        if !dir.join("meta.json").exists() {
            return Err("no index yet".into());
        }
        let index = Index::open_in_dir(dir).map_err(|e| format!("unreadable index: {e}"))?;
        let (fields, schema) = schema::build();
        if index.schema() != schema {
            return Err("the index has another schema".into());
        }
        let metas = index
            .load_metas()
            .map_err(|e| format!("unreadable index metadata: {e}"))?;
        let checkpoint: Checkpoint = metas
            .payload
            .as_deref()
            .and_then(|p| serde_json::from_str(p).ok())
            .ok_or_else(|| "the index has no checkpoint".to_string())?;
        if checkpoint.schema != SCHEMA_VERSION {
            return Err(format!(
                "the index has schema version {}",
                checkpoint.schema
            ));
        }
        let opened = Self::wrap(index, fields).map_err(|e| e.to_string())?;
        Ok((opened, checkpoint.seq))
    }

    /// An index in memory, for tests and benchmarks.
    pub fn in_memory() -> Result<SearchIndex, IndexError> {
        let (fields, schema) = schema::build();
        Self::wrap(Index::create_in_ram(schema), fields)
    }

    fn wrap(index: Index, fields: Fields) -> Result<SearchIndex, IndexError> {
        schema::register_analyzer(&index);
        let writer = index.writer_with_num_threads(1, WRITER_MEMORY)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            // Hits are read from the document store, in blocks of 16 KB that tantivy
            // decompresses on every read its cache misses; the default cache (100 blocks)
            // missed most hits at national scale (~300 blocks). Bounded by the store's size.
            .doc_store_cache_num_blocks(DOC_STORE_CACHE_BLOCKS)
            .try_into()?;
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
            generation: AtomicU64::new(0),
            stored: Kept::new(STORED_KEPT),
            hits: Kept::new(HITS_KEPT),
            words: query::Words::default(),
            filters: Arc::default(),
        })
    }

    /// The sequence number the last commit applied (0 for a new index).
    pub fn applied_seq(&self) -> Result<u64, IndexError> {
        let metas = self.index.load_metas()?;
        Ok(metas
            .payload
            .as_deref()
            .and_then(|p| serde_json::from_str::<Checkpoint>(p).ok())
            .map_or(0, |c| c.seq))
    }

    /// Applies changes and commits them with `seq` as the checkpoint, then makes them
    /// visible to searches. After this returns the commit survives a crash.
    pub fn apply(
        &self,
        changes: impl IntoIterator<Item = Change>,
        seq: u64,
    ) -> Result<(), IndexError> {
        let writer = self.writer.lock().map_err(|_| IndexError::Poisoned)?;
        for change in changes {
            match change {
                Change::Upsert(doc) => {
                    writer.delete_term(Term::from_field_text(self.fields.key, &doc.key()));
                    writer.add_document(doc.to_document(&self.fields))?;
                }
                Change::Delete(key) => {
                    writer.delete_term(Term::from_field_text(self.fields.key, &key));
                }
            }
        }
        self.commit(writer, seq)?;
        Ok(())
    }

    /// Commits what `writer` holds with `seq` as its checkpoint, then shows it to searches.
    fn commit(
        &self,
        mut writer: std::sync::MutexGuard<'_, IndexWriter>,
        seq: u64,
    ) -> Result<(), IndexError> {
        let payload = serde_json::to_string(&Checkpoint {
            schema: SCHEMA_VERSION,
            seq,
        })
        .unwrap_or_default();
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&payload);
        prepared.commit()?;
        drop(writer);
        self.reader.reload()?;
        self.generation.fetch_add(1, Ordering::Release);
        Ok(())
    }

    /// Which commit searches see now; it changes whenever a commit becomes visible.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// Empties the index and fills it with `docs`, committing once with `seq`.
    pub fn rebuild(
        &self,
        docs: impl IntoIterator<Item = IndexDoc>,
        seq: u64,
        mut progress: impl FnMut(u64),
    ) -> Result<u64, IndexError> {
        let writer = self.writer.lock().map_err(|_| IndexError::Poisoned)?;
        writer.delete_all_documents()?;
        let mut count = 0;
        for doc in docs {
            writer.add_document(doc.to_document(&self.fields))?;
            count += 1;
            progress(count);
        }
        self.commit(writer, seq)?;
        Ok(count)
    }

    /// Number of searchable documents.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Runs a search. Any text is accepted: query syntax characters are plain text.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResponse, IndexError> {
        let Found {
            total,
            hits,
            facets,
        } = self.find(request)?;
        let hits = hits
            .iter()
            .map(|(hit, score)| hit.stored.hit(hit.highlight.clone(), *score))
            .collect();
        Ok(answer(total, facets, hits))
    }

    /// [`search`](Self::search)'s answer as JSON, appended to `out`: the same bytes as
    /// serialising it, written from each hit's JSON kept beside its highlight, so that a
    /// search neither copies nor escapes its records' text again.
    pub fn search_json(
        &self,
        request: &SearchRequest,
        mut out: Vec<u8>,
    ) -> Result<Vec<u8>, IndexError> {
        let Found {
            total,
            hits,
            facets,
        } = self.find(request)?;
        // The answer without its hits, split where they go: its fields, their order and
        // their spelling stay serde's.
        let envelope = sonic_rs::to_vec(&answer(total, facets, Vec::new()))?;
        const EMPTY: &[u8] = b"\"hits\":[]";
        let at = envelope
            .windows(EMPTY.len())
            .position(|w| w == EMPTY)
            .map(|at| at + EMPTY.len() - 1)
            .ok_or(IndexError::Json(None))?;
        let (before, after) = envelope.split_at(at);
        out.extend_from_slice(before);
        for (i, (hit, score)) in hits.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(hit.json.as_bytes());
            sonic_rs::to_writer(&mut out, score)?;
            out.push(b'}');
        }
        out.extend_from_slice(after);
        Ok(out)
    }

    /// A search's page of hits, each kept with its highlight, and its counts.
    fn find(&self, request: &SearchRequest) -> Result<Found, IndexError> {
        let searcher = self.reader.searcher();
        let query::Built {
            query,
            highlight: terms,
        } = query::build(&self.fields, &self.words, &self.filters, request);
        let top = TopDocs::with_limit(request.limit.max(1))
            .and_offset(request.offset)
            .order_by_score();
        // Facets mean visiting every match with four more columns: only when asked. The
        // total is counted in the same pass as the page is scored: measured on the
        // synthetic national registry, counting there costs almost nothing, while scoring
        // the page alone saves nothing (each word is a union of exact, prefix, typo and
        // synonym clauses that every word must match, which block-max WAND cannot skip)
        // and an estimate's own pass over the matches cost a third more CPU per search.
        let (top, total, facets) = if request.facets {
            let (top, total, counts) =
                searcher.search(query.as_ref(), &(top, Count, facets::FacetCounter))?;
            (top, total, Some(counts))
        } else {
            let (top, total) = searcher.search(query.as_ref(), &(top, Count))?;
            (top, total, None)
        };

        // The terms and their weights, as one key for the highlights they give.
        let marked: Arc<str> = terms
            .iter()
            .map(|(term, weight)| format!("{term}\u{1f}{}\u{1e}", weight.to_bits()))
            .collect::<String>()
            .into();
        let mut snippets = None;
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let key = (
                searcher.segment_reader(address.segment_ord).segment_id(),
                address.doc_id,
                marked.clone(),
            );
            let hit = match self.hits.get(&key) {
                Some(kept) => kept,
                None => {
                    let stored = self.stored(&searcher, address)?;
                    let snippets = snippets.get_or_insert_with(|| {
                        let analyzer = schema::highlighter(terms.keys());
                        SnippetGenerator::new(terms.clone(), analyzer, self.fields.summary, 160)
                    });
                    let highlight = highlight(&stored.summary, &snippets.snippet(&stored.summary));
                    let made = Arc::new(KeptHit::new(stored, highlight)?);
                    self.hits.keep(key, made.clone());
                    made
                }
            };
            hits.push((hit, score));
        }
        Ok(Found {
            total,
            hits,
            facets: facets.map(|[doc_type, category, topic, authority]| Facets {
                category,
                topic,
                doc_type,
                authority,
            }),
        })
    }
}

/// A search's page: its hits with their scores, and its counts.
struct Found {
    total: usize,
    hits: Vec<(Arc<KeptHit>, Score)>,
    facets: Option<Facets>,
}

/// A search's answer: its counts and `hits`.
fn answer(total: usize, facets: Option<Facets>, hits: Vec<SearchHit>) -> SearchResponse {
    SearchResponse {
        total,
        total_exact: true,
        estimated_total: total,
        hits,
        facets,
    }
}

/// A record as a search with some terms marked shows it: its stored fields, its highlight,
/// and the JSON of its hit up to its score, which is all of it but the score.
struct KeptHit {
    stored: Arc<Stored>,
    highlight: Highlight,
    /// `{"type":…,"highlight":{…},"score":`
    json: Box<str>,
}

impl KeptHit {
    fn new(stored: Arc<Stored>, highlight: Highlight) -> Result<KeptHit, IndexError> {
        let hit = stored.hit(highlight, 0.0);
        let mut json = sonic_rs::to_string(&hit)?;
        // The score is the last field; a quote inside a text is escaped, so this is it.
        const SCORE: &str = ",\"score\":";
        let end = json.rfind(SCORE).ok_or(IndexError::Json(None))? + SCORE.len();
        json.truncate(end);
        Ok(KeptHit {
            stored,
            highlight: hit.highlight,
            json: json.into(),
        })
    }
}

impl Stored {
    /// The record as a search hit with `highlight` and `score`.
    fn hit(&self, highlight: Highlight, score: Score) -> SearchHit {
        SearchHit {
            doc_type: self.doc_type,
            id: self.id.clone(),
            title: self.title.clone(),
            summary: self.summary.clone(),
            topic: self.topic.clone(),
            category: self.category.clone(),
            status: self.status.clone(),
            authority: self.authority.clone(),
            organisation: self.organisation.clone(),
            provider_name: self.provider_name.clone(),
            highlight,
            score,
        }
    }
}

impl SearchIndex {
    /// A hit's stored fields: kept, or read from the document store and kept.
    fn stored(&self, searcher: &Searcher, address: DocAddress) -> Result<Arc<Stored>, IndexError> {
        let key = (
            searcher.segment_reader(address.segment_ord).segment_id(),
            address.doc_id,
        );
        if let Some(found) = self.stored.get(&key) {
            return Ok(found);
        }
        let doc: TantivyDocument = searcher.doc(address)?;
        let optional = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let text = |field| optional(field).unwrap_or_default();
        let f = &self.fields;
        let stored = Arc::new(Stored {
            doc_type: if text(f.doc_type) == "pledge" {
                DocType::Pledge
            } else {
                DocType::Offer
            },
            id: text(f.id),
            title: text(f.title),
            summary: text(f.summary),
            topic: text(f.topic),
            category: text(f.category),
            status: text(f.status),
            authority: optional(f.authority),
            organisation: optional(f.organisation),
            provider_name: text(f.provider_name),
        });
        self.stored.keep(key, stored.clone());
        Ok(stored)
    }
}

/// Turns a tantivy snippet (byte ranges) into plain text with character ranges.
fn highlight(summary: &str, snippet: &tantivy::snippet::Snippet) -> Highlight {
    let fragment = snippet.fragment();
    if fragment.is_empty() {
        let text: String = summary.chars().take(160).collect();
        return Highlight {
            field: "summary".into(),
            text,
            ranges: Vec::new(),
        };
    }
    let to_chars = |byte: usize| fragment.get(..byte).map_or(0, |s| s.chars().count());
    let ranges = snippet
        .highlighted()
        .iter()
        .map(|r| [to_chars(r.start), to_chars(r.end)])
        .collect();
    Highlight {
        field: "summary".into(),
        text: fragment.to_string(),
        ranges,
    }
}
