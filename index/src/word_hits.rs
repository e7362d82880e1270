//! Each query word's hits, kept: the documents one word of a search matches in a segment
//! (as itself, its synonyms, its prefix and its typos) with the word's score for each.
//!
//! A word's clauses walk the term dictionary with a typo automaton and merge a handful of
//! posting lists, scoring every document any of them reaches: most of a fresh search's
//! time, and the same work for every search that has the word, whatever else it asks
//! (the places, age, type and the other words only narrow it). The result depends on the
//! word and on what the searcher sees (its segments and their BM25 statistics), never on
//! the rest of the request, so it is computed once per searcher generation and kept; a
//! search then intersects the kept lists with its filters. A commit makes a new
//! generation, whose searches compute their own lists; older ones are dropped.
//!
//! Kept lists are bounded by [`KEPT_BYTES`]; when that is reached all are dropped.

use std::sync::{Arc, Mutex};

use foldhash::HashMap;

use tantivy::index::SegmentId;
use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{
    DocId, DocSet, Score, Searcher, SeekDangerResult, SegmentReader, TantivyError, TERMINATED,
};

use crate::doc_bits::DocBits;
use crate::per_segment::PerSegment;

/// Memory for kept lists: 8 bytes a hit, so two million hits. After the load test's
/// searches at national scale (24,065 records) the server's memory grew by about 2 MB.
pub const KEPT_BYTES: usize = 16 << 20;

/// One document a word matches, and the word's score there (boost 1).
type Hit = (DocId, Score);

/// A word's hits in one segment, in document order; when they are many, also which
/// documents they are, so that an intersection asking whether a candidate is a hit gets
/// its answer from a bit instead of a search of the list.
pub struct WordList {
    hits: Box<[Hit]>,
    members: Option<DocBits>,
}

impl WordList {
    /// `hits` of a segment of `max_doc` documents, in document order.
    fn new(hits: Vec<Hit>, max_doc: DocId) -> WordList {
        // Dense enough that a bit test beats galloping, and the bitset (a bit and a half
        // per document with the counts) costs less than the list itself.
        let members = (hits.len() * 32 >= max_doc as usize)
            .then(|| DocBits::of(hits.iter().map(|hit| hit.0), max_doc));
        WordList {
            hits: hits.into(),
            members,
        }
    }

    fn bytes(&self) -> usize {
        std::mem::size_of_val(&*self.hits) + self.members.as_ref().map_or(0, DocBits::bytes)
    }
}

/// A word as the query builder reads it: the last word is also a prefix.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Word {
    /// Shared, so that looking a list up copies no text.
    text: Arc<str>,
    is_last: bool,
}

/// The kept lists of one searcher generation.
#[derive(Default)]
pub struct WordHits {
    lists: Mutex<Lists>,
}

#[derive(Default)]
struct Lists {
    generation: u64,
    bytes: usize,
    lists: HashMap<(Word, SegmentId), Arc<WordList>>,
}

impl WordHits {
    /// `query`, the clauses of the search word `text`, answered from kept lists.
    pub fn word_query(
        self: &Arc<Self>,
        text: &str,
        is_last: bool,
        query: Box<dyn Query>,
    ) -> Box<dyn Query> {
        Box::new(KeptWordQuery {
            word: Word {
                text: Arc::from(text),
                is_last,
            },
            clauses: Arc::from(query),
            hits: self.clone(),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Lists> {
        self.lists.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn get(&self, generation: u64, word: &Word, segment: SegmentId) -> Option<Arc<WordList>> {
        let kept = self.lock();
        if kept.generation != generation {
            return None;
        }
        kept.lists.get(&(word.clone(), segment)).cloned()
    }

    /// Keeps `list` for `generation`. A newer generation drops everything kept before it;
    /// a list of an older one (a search that started before a commit) is not kept.
    fn keep(&self, generation: u64, word: &Word, segment: SegmentId, list: Arc<WordList>) {
        let mut kept = self.lock();
        if generation < kept.generation {
            return;
        }
        let bytes = list.bytes() + word.text.len();
        if generation > kept.generation || kept.bytes + bytes > KEPT_BYTES {
            kept.lists.clear();
            kept.bytes = 0;
            kept.generation = generation;
        }
        if bytes <= KEPT_BYTES {
            kept.bytes += bytes;
            kept.lists.insert((word.clone(), segment), list);
        }
    }

    /// How many lists are kept (for tests).
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.lock().lists.len()
    }
}

#[derive(Clone)]
struct KeptWordQuery {
    word: Word,
    /// Shared: the query is kept per word and cloned into every search that has it.
    clauses: Arc<dyn Query>,
    hits: Arc<WordHits>,
}

impl std::fmt::Debug for KeptWordQuery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeptWordQuery")
            .field("word", &self.word)
            .field("clauses", &self.clauses)
            .finish_non_exhaustive()
    }
}

impl Query for KeptWordQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        // Kept scores are the searcher's own BM25 scores: anything else asks the clauses.
        let EnableScoring::Enabled {
            searcher,
            statistics_provider,
        } = scoring
        else {
            return self.clauses.weight(scoring);
        };
        if !std::ptr::addr_eq(statistics_provider, searcher as *const Searcher) {
            return self.clauses.weight(scoring);
        }
        let generation = searcher.generation().generation_id();
        let lists = PerSegment::take(
            searcher,
            |segment| self.hits.get(generation, &self.word, segment),
            || self.clauses.weight(scoring),
        )?;
        Ok(Box::new(KeptWordWeight {
            word: self.word.clone(),
            generation,
            lists,
            hits: self.hits.clone(),
        }))
    }
}

struct KeptWordWeight {
    word: Word,
    generation: u64,
    /// Each segment's list, and the word's clauses when some segment's was not kept.
    lists: PerSegment<WordList>,
    hits: Arc<WordHits>,
}

impl KeptWordWeight {
    fn list(&self, reader: &SegmentReader) -> tantivy::Result<Arc<WordList>> {
        self.lists.get(
            reader,
            |scorer, reader| {
                let mut list = Vec::with_capacity(scorer.size_hint() as usize);
                let mut doc = scorer.doc();
                while doc != TERMINATED {
                    list.push((doc, scorer.score()));
                    doc = scorer.advance();
                }
                WordList::new(list, reader.max_doc())
            },
            |segment, list| {
                self.hits
                    .keep(self.generation, &self.word, segment, list.clone())
            },
        )
    }
}

impl Weight for KeptWordWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(KeptScorer {
            list: self.list(reader)?,
            at: 0,
            boost,
        }))
    }

    /// A search of one word alone is collected straight from its list, without a scorer's
    /// three calls per hit (the scores are the same: boost 1).
    fn for_each(
        &self,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score),
    ) -> tantivy::Result<()> {
        for &(doc, score) in self.list(reader)?.hits.iter() {
            callback(doc, score);
        }
        Ok(())
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        if let Some(clauses) = self.lists.weight() {
            return clauses.explain(reader, doc);
        }
        let list = self.list(reader)?;
        let found = list.hits.binary_search_by_key(&doc, |hit| hit.0).ok();
        match found.and_then(|i| list.hits.get(i)) {
            Some(hit) => Ok(Explanation::new("the word's kept score", hit.1)),
            None => Err(TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            ))),
        }
    }
}

/// Walks a kept list. Scores scale with the boost the enclosing query gives (1 in every
/// search this crate builds, where they equal the clauses' own).
struct KeptScorer {
    list: Arc<WordList>,
    at: usize,
    boost: Score,
}

impl DocSet for KeptScorer {
    fn advance(&mut self) -> DocId {
        self.at = (self.at + 1).min(self.list.hits.len());
        self.doc()
    }

    /// Gallops: an intersection seeks mostly to nearby documents, which a binary search
    /// of the whole rest of the list would reach in as many steps as a distant one.
    fn seek(&mut self, target: DocId) -> DocId {
        let rest = self.list.hits.get(self.at..).unwrap_or_default();
        // Most targets are among the next few hits: look there first.
        if let Some(near) = rest.iter().take(4).position(|hit| hit.0 >= target) {
            self.at += near;
            return self.doc();
        }
        let mut end = 1;
        while end < rest.len() && rest.get(end - 1).is_some_and(|hit| hit.0 < target) {
            end *= 2;
        }
        let start = end / 2;
        let window = rest.get(start..end.min(rest.len())).unwrap_or_default();
        self.at += start + window.partition_point(|hit| hit.0 < target);
        self.doc()
    }

    /// From the bits when the list has its members: an intersection asks whether each
    /// candidate of a shorter list is a hit here, most often answered by one bit. The
    /// answer is always the next hit itself (never just `target + 1`): two lists bounding
    /// each other by one would walk every document number up to the end.
    fn seek_danger(&mut self, target: DocId) -> SeekDangerResult {
        if let Some(members) = &self.list.members {
            let doc = members.next(target);
            self.at = members.rank(doc);
            return if doc == target {
                SeekDangerResult::Found
            } else {
                SeekDangerResult::SeekLowerBound(doc)
            };
        }
        match self.seek(target) {
            doc if doc == target => SeekDangerResult::Found,
            doc => SeekDangerResult::SeekLowerBound(doc),
        }
    }

    fn doc(&self) -> DocId {
        self.list.hits.get(self.at).map_or(TERMINATED, |hit| hit.0)
    }

    fn size_hint(&self) -> u32 {
        u32::try_from(self.list.hits.len().saturating_sub(self.at)).unwrap_or(u32::MAX)
    }
}

impl Scorer for KeptScorer {
    fn score(&mut self) -> Score {
        self.list
            .hits
            .get(self.at)
            .map_or(0.0, |hit| hit.1 * self.boost)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str) -> Word {
        Word {
            text: text.into(),
            is_last: true,
        }
    }

    /// The hits of `docs`, each scored a tenth of its number, in a segment just large
    /// enough for them (so a list of more than one in 32 has its members).
    fn list(docs: &[DocId]) -> Arc<WordList> {
        let max_doc = docs.last().map_or(0, |d| d + 1);
        Arc::new(WordList::new(
            docs.iter().map(|&d| (d, d as Score / 10.0)).collect(),
            max_doc,
        ))
    }

    #[test]
    fn a_kept_list_is_found_only_in_its_own_generation() {
        let hits = WordHits::default();
        let segment = SegmentId::generate_random();
        hits.keep(3, &word("money"), segment, list(&[1, 2]));
        assert_eq!(
            hits.get(3, &word("money"), segment)
                .map(|l| l.hits.to_vec()),
            Some(vec![(1, 0.1), (2, 0.2)])
        );
        assert!(hits.get(4, &word("money"), segment).is_none());
        assert!(hits.get(3, &word("mone"), segment).is_none());
        let not_last = Word {
            is_last: false,
            ..word("money")
        };
        assert!(hits.get(3, &not_last, segment).is_none());
    }

    #[test]
    fn a_newer_generation_drops_what_was_kept_and_an_older_one_keeps_nothing() {
        let hits = WordHits::default();
        let segment = SegmentId::generate_random();
        hits.keep(3, &word("money"), segment, list(&[1]));
        hits.keep(4, &word("rent"), segment, list(&[2]));
        assert_eq!(hits.len(), 1);
        assert!(hits.get(4, &word("rent"), segment).is_some());
        hits.keep(3, &word("money"), segment, list(&[1]));
        assert_eq!(hits.len(), 1);
        assert!(hits.get(3, &word("money"), segment).is_none());
    }

    #[test]
    fn the_kept_lists_never_pass_their_bound() {
        let hits = WordHits::default();
        let segment = SegmentId::generate_random();
        let docs = (KEPT_BYTES / 8 / 2) as DocId;
        let big = Arc::new(WordList::new(
            (0..docs).map(|d| (d, 1.0)).collect(),
            docs * 64,
        ));
        hits.keep(1, &word("a"), segment, big.clone());
        hits.keep(1, &word("b"), segment, big.clone());
        assert_eq!(hits.len(), 1, "the second list dropped the first");
        assert!(hits.get(1, &word("b"), segment).is_some());
        assert!(hits.lock().bytes <= KEPT_BYTES);
    }

    #[test]
    fn a_scorer_seeks_every_target_to_the_first_hit_at_or_after_it() {
        let docs: Vec<DocId> = (0..300).map(|d| d * 3 + d % 3).collect();
        for from in [0, 1, 2, 5, 64, 150, 299] {
            // A seek's target is never before where the scorer is.
            for target in docs[from]..950 {
                let mut scorer = KeptScorer {
                    list: list(&docs),
                    at: from,
                    boost: 1.0,
                };
                let want = docs[from..].iter().copied().find(|&d| d >= target);
                assert_eq!(
                    scorer.seek(target),
                    want.unwrap_or(TERMINATED),
                    "from {from} to {target}"
                );
            }
        }
    }

    #[test]
    fn a_scorer_walks_and_seeks_its_list_in_order() {
        let mut scorer = KeptScorer {
            list: list(&[2, 5, 9, 14]),
            at: 0,
            boost: 2.0,
        };
        assert_eq!(scorer.doc(), 2);
        assert_eq!(scorer.score(), 0.4);
        assert_eq!(scorer.seek(5), 5);
        assert_eq!(scorer.seek(6), 9);
        assert_eq!(scorer.size_hint(), 2);
        assert_eq!(scorer.advance(), 14);
        assert_eq!(scorer.seek(14), 14, "seeking where it is stays");
        assert_eq!(scorer.seek(100), TERMINATED);
        assert_eq!(scorer.advance(), TERMINATED);
        assert_eq!(scorer.size_hint(), 0);
    }

    #[test]
    fn a_dangerous_seek_finds_hits_by_their_bit_and_bounds_the_rest() {
        // Dense (with members) and sparse (without) lists answer alike.
        let dense: Vec<DocId> = (0..300).map(|d| d * 3 + d % 3).collect();
        let sparse: Vec<DocId> = vec![5, 70, 700, 7000];
        for docs in [dense, sparse] {
            let hits = list(&docs);
            assert_eq!(hits.members.is_some(), docs.len() > 4);
            for target in docs[0] + 1..docs.last().unwrap() + 3 {
                let mut scorer = KeptScorer {
                    list: hits.clone(),
                    at: 0,
                    boost: 1.0,
                };
                let next = docs
                    .iter()
                    .copied()
                    .find(|&d| d >= target)
                    .unwrap_or(TERMINATED);
                match scorer.seek_danger(target) {
                    SeekDangerResult::Found => {
                        assert_eq!(next, target);
                        assert_eq!(scorer.doc(), target);
                        assert_eq!(scorer.score(), target as Score / 10.0);
                        let rest = docs.iter().filter(|&&d| d >= target).count();
                        assert_eq!(scorer.size_hint() as usize, rest);
                    }
                    SeekDangerResult::SeekLowerBound(bound) => {
                        assert_ne!(next, target, "{target} is a hit");
                        // The next hit itself, past the last one the end.
                        assert_eq!(bound, next, "{target}");
                    }
                }
            }
        }
    }
}
