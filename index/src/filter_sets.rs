//! Each filter's documents, kept: the documents of a segment that one of a search's
//! filters passes (its places, its age, its type, category or topic), as a bitset.
//!
//! A filter's query walks posting lists (places are a union of several) or a fast field's
//! ranges (age), and an intersection seeks through them once per candidate of the words:
//! a fresh search's largest cost after the words themselves, and the same for every search
//! with the filter, whatever its words. Which documents of a segment a filter passes
//! depends on the segment alone, whose documents never change (a deletion is the
//! collector's to skip, as it was), so a set is computed once per segment and kept;
//! seeking in it is then a bit test. A merged segment is a new one, with sets of its own.
//!
//! Kept sets are bounded by [`KEPT_BYTES`]; when that is reached all are dropped.

use std::sync::{Arc, Mutex};

use foldhash::HashMap;

use tantivy::index::SegmentId;
use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SeekDangerResult, SegmentReader, TantivyError, TERMINATED};

use crate::doc_bits::DocBits;
use crate::per_segment::PerSegment;

/// Memory for kept sets: a bit per document of a segment, so about 3 KB per filter at
/// national scale (24,065 records), and about 2,700 filters before all are dropped.
pub const KEPT_BYTES: usize = 8 << 20;

/// The kept sets, by filter and segment.
#[derive(Default)]
pub struct FilterSets {
    sets: Mutex<Sets>,
}

#[derive(Default)]
struct Sets {
    bytes: usize,
    sets: HashMap<(Arc<str>, SegmentId), Arc<DocBits>>,
}

impl FilterSets {
    /// `query`, a filter that passes documents without scoring them, answered from kept
    /// sets. `key` names what it passes: two filters with one key must pass the same
    /// documents.
    pub fn filter(self: &Arc<Self>, key: String, query: Box<dyn Query>) -> Box<dyn Query> {
        Box::new(KeptFilterQuery {
            key: Arc::from(key),
            query: Arc::from(query),
            sets: self.clone(),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Sets> {
        self.sets.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn get(&self, key: &Arc<str>, segment: SegmentId) -> Option<Arc<DocBits>> {
        self.lock().sets.get(&(key.clone(), segment)).cloned()
    }

    fn keep(&self, key: &Arc<str>, segment: SegmentId, set: Arc<DocBits>) {
        let bytes = set.bytes() + key.len();
        let mut kept = self.lock();
        if kept.bytes + bytes > KEPT_BYTES {
            kept.sets.clear();
            kept.bytes = 0;
        }
        if bytes <= KEPT_BYTES {
            kept.bytes += bytes;
            kept.sets.insert((key.clone(), segment), set);
        }
    }

    /// How many sets are kept (for tests).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.lock().sets.len()
    }
}

#[derive(Clone)]
struct KeptFilterQuery {
    key: Arc<str>,
    query: Arc<dyn Query>,
    sets: Arc<FilterSets>,
}

impl std::fmt::Debug for KeptFilterQuery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeptFilterQuery")
            .field("key", &self.key)
            .field("query", &self.query)
            .finish_non_exhaustive()
    }
}

impl Query for KeptFilterQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let Some(searcher) = scoring.searcher() else {
            // No segments to key sets by: the filter as it is.
            return self.query.weight(scoring);
        };
        // A filter scores nothing: its query needs no statistics.
        let sets = PerSegment::take(
            searcher,
            |segment| self.sets.get(&self.key, segment),
            || {
                self.query
                    .weight(EnableScoring::disabled_from_searcher(searcher))
            },
        )?;
        Ok(Box::new(KeptFilterWeight {
            key: self.key.clone(),
            found: sets,
            sets: self.sets.clone(),
        }))
    }
}

struct KeptFilterWeight {
    key: Arc<str>,
    found: PerSegment<DocBits>,
    sets: Arc<FilterSets>,
}

impl KeptFilterWeight {
    fn set(&self, reader: &SegmentReader) -> tantivy::Result<Arc<DocBits>> {
        self.found.get(
            reader,
            |docs, reader| DocBits::of(walk(docs), reader.max_doc()),
            |segment, set| self.sets.keep(&self.key, segment, set.clone()),
        )
    }
}

impl Weight for KeptFilterWeight {
    fn scorer(&self, reader: &SegmentReader, _boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(KeptSetScorer::new(self.set(reader)?)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        if self.set(reader)?.contains(doc) {
            Ok(Explanation::new("passes the filter", 0.0))
        } else {
            Err(TantivyError::InvalidArgument(format!(
                "document {doc} does not pass the filter"
            )))
        }
    }
}

/// Every document `docs` reaches, in order.
fn walk(docs: &mut (impl DocSet + ?Sized)) -> impl Iterator<Item = DocId> + '_ {
    std::iter::from_fn(move || {
        let doc = docs.doc();
        (doc != TERMINATED).then(|| {
            docs.advance();
            doc
        })
    })
}

/// Walks a kept set, scoring every document 0, as a filter's constant score did.
struct KeptSetScorer {
    set: Arc<DocBits>,
    doc: DocId,
}

impl KeptSetScorer {
    fn new(set: Arc<DocBits>) -> KeptSetScorer {
        let doc = set.next(0);
        KeptSetScorer { set, doc }
    }
}

impl DocSet for KeptSetScorer {
    fn advance(&mut self) -> DocId {
        if self.doc != TERMINATED {
            self.doc = self.set.next(self.doc + 1);
        }
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc < target {
            self.doc = self.set.next(target);
        }
        self.doc
    }

    /// A bit test when `target` passes, the next document that does when not. Never just
    /// `target + 1`: two sets bounding each other by one would walk every document
    /// number up to the end.
    fn seek_danger(&mut self, target: DocId) -> SeekDangerResult {
        if self.set.contains(target) {
            self.doc = target;
            return SeekDangerResult::Found;
        }
        self.doc = self.set.next(target);
        SeekDangerResult::SeekLowerBound(self.doc)
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.set.len()
    }
}

impl Scorer for KeptSetScorer {
    fn score(&mut self) -> Score {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sorted list of documents as a `DocSet`, to build sets from.
    struct Listed(Vec<DocId>, usize);

    impl DocSet for Listed {
        fn advance(&mut self) -> DocId {
            self.1 = (self.1 + 1).min(self.0.len());
            self.doc()
        }
        fn doc(&self) -> DocId {
            self.0.get(self.1).copied().unwrap_or(TERMINATED)
        }
        fn size_hint(&self) -> u32 {
            self.0.len() as u32
        }
    }

    fn set(docs: &[DocId], max_doc: DocId) -> Arc<DocBits> {
        Arc::new(DocBits::of(walk(&mut Listed(docs.to_vec(), 0)), max_doc))
    }

    const DOCS: &[DocId] = &[0, 3, 63, 64, 65, 127, 200, 640, 1000];

    #[test]
    fn a_set_walks_the_documents_it_was_made_from_in_order() {
        let mut scorer = KeptSetScorer::new(set(DOCS, 1001));
        assert_eq!(scorer.size_hint(), DOCS.len() as u32);
        let mut walked = vec![];
        while scorer.doc() != TERMINATED {
            walked.push(scorer.doc());
            scorer.advance();
        }
        assert_eq!(walked, DOCS);
        assert_eq!(scorer.advance(), TERMINATED);
    }

    #[test]
    fn seeking_finds_the_first_document_at_or_after_every_target() {
        let bits = set(DOCS, 1001);
        for target in 0..1100 {
            let mut scorer = KeptSetScorer::new(bits.clone());
            let expected = DOCS.iter().copied().find(|&d| d >= target);
            assert_eq!(
                scorer.seek(target),
                expected.unwrap_or(TERMINATED),
                "target {target}"
            );
        }
    }

    #[test]
    fn a_dangerous_seek_finds_members_and_bounds_the_rest_by_the_next_member() {
        let bits = set(DOCS, 1001);
        for target in 0..1100 {
            let mut scorer = KeptSetScorer::new(bits.clone());
            let next = DOCS
                .iter()
                .copied()
                .find(|&d| d >= target)
                .unwrap_or(TERMINATED);
            match scorer.seek_danger(target) {
                SeekDangerResult::Found => {
                    assert_eq!(next, target);
                    assert_eq!(scorer.doc(), target);
                }
                SeekDangerResult::SeekLowerBound(bound) => {
                    assert_ne!(next, target, "target {target} is a member");
                    // The next member itself, past the last one the end.
                    assert_eq!(bound, next, "target {target}");
                }
            }
        }
    }

    #[test]
    fn an_empty_set_is_terminated_from_the_start() {
        let mut scorer = KeptSetScorer::new(set(&[], 100));
        assert_eq!(scorer.doc(), TERMINATED);
        assert_eq!(scorer.seek(5), TERMINATED);
        assert_eq!(scorer.advance(), TERMINATED);
    }

    #[test]
    fn keeping_past_the_bound_forgets_every_set_kept_before() {
        let sets = FilterSets::default();
        let segment = SegmentId::generate_random();
        // Its words and counts take a bit and a half per document: half the bound.
        let half = Arc::new(DocBits::of([], (KEPT_BYTES * 8 / 3) as DocId));
        sets.keep(&Arc::from("a"), segment, half.clone());
        assert_eq!(sets.len(), 1);
        sets.keep(&Arc::from("b"), segment, half.clone());
        assert_eq!(
            sets.len(),
            1,
            "the second half and its key are over the bound"
        );
        assert!(sets.get(&Arc::from("a"), segment).is_none());
        assert!(sets.get(&Arc::from("b"), segment).is_some());
    }
}
