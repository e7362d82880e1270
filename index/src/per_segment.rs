//! What a query keeps per segment (a word's hits, a filter's documents), as its weight
//! finds it: kept, or computed from the query's own weight and then kept. Word lists and
//! filter sets differ in what they keep and for how long, not in this.

use std::sync::Arc;

use foldhash::HashMap;

use tantivy::index::SegmentId;
use tantivy::query::{Scorer, Weight};
use tantivy::{Searcher, SegmentReader, TantivyError};

pub struct PerSegment<V> {
    found: HashMap<SegmentId, Arc<V>>,
    /// The query's own weight, when some segment's value was not kept.
    weight: Option<Box<dyn Weight>>,
}

impl<V> PerSegment<V> {
    /// The value `kept` gives for each of `searcher`'s segments, taken now, so that
    /// dropping them meanwhile cannot leave a segment with neither a value nor the weight
    /// to compute it; the query's weight (`weight`) is made only if a segment has none.
    pub fn take(
        searcher: &Searcher,
        kept: impl Fn(SegmentId) -> Option<Arc<V>>,
        weight: impl FnOnce() -> tantivy::Result<Box<dyn Weight>>,
    ) -> tantivy::Result<PerSegment<V>> {
        let mut found = HashMap::default();
        for reader in searcher.segment_readers() {
            let segment = reader.segment_id();
            if let Some(value) = kept(segment) {
                found.insert(segment, value);
            }
        }
        let weight = if found.len() < searcher.segment_readers().len() {
            Some(weight()?)
        } else {
            None
        };
        Ok(PerSegment { found, weight })
    }

    /// `reader`'s value: taken, or made by `compute` from the query's scorer there and
    /// handed to `keep`.
    pub fn get(
        &self,
        reader: &SegmentReader,
        compute: impl FnOnce(&mut dyn Scorer, &SegmentReader) -> V,
        keep: impl FnOnce(SegmentId, &Arc<V>),
    ) -> tantivy::Result<Arc<V>> {
        let segment = reader.segment_id();
        if let Some(value) = self.found.get(&segment) {
            return Ok(value.clone());
        }
        let Some(weight) = &self.weight else {
            return Err(TantivyError::InternalError(
                "a segment's kept value was neither taken nor computable".into(),
            ));
        };
        let mut scorer = weight.scorer(reader, 1.0)?;
        let value = Arc::new(compute(&mut *scorer, reader));
        keep(segment, &value);
        Ok(value)
    }

    /// The query's own weight, when it was made.
    pub fn weight(&self) -> Option<&dyn Weight> {
        self.weight.as_deref()
    }
}
