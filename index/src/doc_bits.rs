//! A set of a segment's documents as a bitset, with how many come before each 64: a
//! filter's documents (`filter_sets`) and a dense word's (`word_hits`) are asked, for
//! each candidate of an intersection, whether they hold it, and where the next one is.

use tantivy::{DocId, TERMINATED};

/// Bit `d` is document `d`.
#[derive(Debug)]
pub struct DocBits {
    words: Box<[u64]>,
    /// How many documents the words before each hold.
    before: Box<[u32]>,
    /// How many documents it holds.
    len: u32,
}

impl DocBits {
    /// The documents `docs` names (in any order), of a segment of `max_doc` documents.
    pub fn of(docs: impl IntoIterator<Item = DocId>, max_doc: DocId) -> DocBits {
        let mut words = vec![0u64; (max_doc as usize).div_ceil(64)];
        for doc in docs {
            if let Some(word) = words.get_mut(doc as usize / 64) {
                *word |= 1 << (doc % 64);
            }
        }
        let mut len = 0u32;
        let before = words
            .iter()
            .map(|w| {
                let here = len;
                len += w.count_ones();
                here
            })
            .collect();
        DocBits {
            words: words.into(),
            before,
            len,
        }
    }

    pub fn len(&self) -> u32 {
        self.len
    }

    pub fn bytes(&self) -> usize {
        std::mem::size_of_val(&*self.words) + std::mem::size_of_val(&*self.before)
    }

    pub fn contains(&self, doc: DocId) -> bool {
        self.words
            .get(doc as usize / 64)
            .is_some_and(|word| word & (1 << (doc % 64)) != 0)
    }

    /// The first document at or after `target`, or `TERMINATED`.
    pub fn next(&self, target: DocId) -> DocId {
        let mut at = target as usize / 64;
        let Some(&first) = self.words.get(at) else {
            return TERMINATED;
        };
        // The word holding `target`, without the documents before it.
        let mut word = first & (u64::MAX << (target % 64));
        while word == 0 {
            at += 1;
            match self.words.get(at) {
                Some(&next) => word = next,
                None => return TERMINATED,
            }
        }
        (at * 64) as DocId + word.trailing_zeros()
    }

    /// How many of its documents come before `doc`.
    pub fn rank(&self, doc: DocId) -> usize {
        let at = doc as usize / 64;
        let below = self
            .words
            .get(at)
            .map_or(0, |w| w & ((1u64 << (doc % 64)) - 1));
        self.before
            .get(at)
            .map_or(self.len, |b| b + below.count_ones()) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCS: &[DocId] = &[0, 3, 63, 64, 65, 127, 200, 640, 1000];

    #[test]
    fn next_finds_the_first_document_at_or_after_every_target() {
        let bits = DocBits::of(DOCS.iter().copied(), 1001);
        assert_eq!(bits.len(), DOCS.len() as u32);
        for target in 0..1100 {
            let want = DOCS.iter().copied().find(|&d| d >= target);
            assert_eq!(bits.next(target), want.unwrap_or(TERMINATED), "{target}");
            assert_eq!(bits.contains(target), DOCS.contains(&target), "{target}");
        }
    }

    #[test]
    fn a_documents_rank_is_how_many_come_before_it() {
        let bits = DocBits::of(DOCS.iter().copied(), 1001);
        for (i, &doc) in DOCS.iter().enumerate() {
            assert_eq!(bits.rank(doc), i, "{doc}");
        }
        assert_eq!(bits.rank(5000), DOCS.len());
    }
}
