//! Facet counts from fast-field term ordinals.
//!
//! tantivy's `FacetCollector` walks the facet dictionary on every query, which cost more
//! than the search itself here (measured: ~500 µs of ~800 µs at national scale). Counting
//! the ordinals of a few string fast fields, and resolving only the ordinals that were
//! hit, costs a fraction of that.

use std::collections::BTreeMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// The fields whose values are counted, in the order of [`Counts`].
pub const FACET_FIELDS: [&str; 4] = ["type", "category", "topic", "authority"];

/// Counts per value, one map per field of [`FACET_FIELDS`].
pub type Counts = [BTreeMap<String, u64>; 4];

pub struct FacetCounter;

pub struct SegmentFacetCounter {
    columns: Vec<Option<StrColumn>>,
    counts: Vec<Vec<u64>>,
}

impl Collector for FacetCounter {
    type Fruit = Counts;
    type Child = SegmentFacetCounter;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounter> {
        let mut columns = Vec::with_capacity(FACET_FIELDS.len());
        let mut counts = Vec::with_capacity(FACET_FIELDS.len());
        for field in FACET_FIELDS {
            let column = reader.fast_fields().str(field)?;
            counts.push(vec![0; column.as_ref().map_or(0, |c| c.num_terms())]);
            columns.push(column);
        }
        Ok(SegmentFacetCounter { columns, counts })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut total = Counts::default();
        for fruit in fruits {
            for (into, from) in total.iter_mut().zip(fruit) {
                for (value, n) in from {
                    *into.entry(value).or_default() += n;
                }
            }
        }
        Ok(total)
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _: Score) {
        for (column, counts) in self.columns.iter().zip(self.counts.iter_mut()) {
            if let Some(column) = column {
                for ord in column.ords().values_for_doc(doc) {
                    if let Some(n) = counts.get_mut(ord as usize) {
                        *n += 1;
                    }
                }
            }
        }
    }

    fn harvest(self) -> Counts {
        let mut out = Counts::default();
        for ((column, counts), into) in self.columns.iter().zip(self.counts).zip(out.iter_mut()) {
            let Some(column) = column else { continue };
            let mut value = String::new();
            for (ord, n) in counts.into_iter().enumerate().filter(|(_, n)| *n > 0) {
                value.clear();
                if column.ord_to_str(ord as u64, &mut value).unwrap_or(false) {
                    into.insert(value.clone(), n);
                }
            }
        }
        out
    }
}
