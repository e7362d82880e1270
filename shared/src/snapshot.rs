//! The registry prepared for comparisons: each council's offers decoded and kept in the
//! order a comparison reads them, and the published pledges grouped by what their
//! coverage names (national, a partnership, a council), built once per change of the data.
//!
//! A fresh comparison then takes the two places' short lists instead of reading offers
//! from storage and testing every pledge of a national registry (about 10,000) for
//! coverage; the national ones (a third of them) it counts by age, per topic, and reads
//! only the few it lists. The rule is the one of [`crate::compare`]:
//! [`Prepared::compare`] hands the same rule the records it would have kept anyway, in
//! the same order, so its answer is exactly [`crate::compare::compare`]'s over the whole
//! registry. Pure: the server holds a `Prepared` and builds a new one when its change log
//! moves on.

use std::collections::{BTreeMap, HashMap};

use crate::compact::CompactComparison;
use crate::compare::{
    compare_gathered, councils_to_read, CompareError, CompareRequest, Comparison, National, Near,
    Pledged, Records, TopicPledges, PLEDGES_LISTED_PER_SIDE,
};
use crate::law::LawRecord;
use crate::organisation_index::{HashedIndex, OrganisationIndex};
use crate::place::Place;
use crate::Offer;

/// Records, offers by council and pledges by coverage, ready for any comparison.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    pub records: Records,
    /// Each council's offers (any status), in id order: what the store's
    /// `offers_of(code)` gives.
    offers: BTreeMap<String, Vec<Offer>>,
    /// The public pledges covering everywhere, by topic (as positions in `topics`), …
    national: Vec<National>,
    /// … and positions in `records.pledges` of the others naming a partnership, …
    by_partnership: HashMap<String, Vec<usize>>,
    /// … and naming a council (a county's reach its districts).
    by_authority: HashMap<String, Vec<usize>>,
    /// Each pledge's topic, as a position in `topics` (sorted).
    topic_of: Vec<usize>,
    topics: Vec<String>,
    /// Each pledge's organisation (a position in `records.organisations`), if held.
    organisation_of: Vec<Option<usize>>,
    /// `records.organisations` by id, hashed once: a comparison's compact form looks up
    /// every organisation it names.
    organisation_index: HashedIndex,
    /// Whether each pledge is published by a public organisation (the rule's
    /// [`Pledge::is_public`], decided once): only those are gathered.
    public: Vec<bool>,
}

impl Prepared {
    /// Prepares `records` and every council's `offers` (each council's in id order; the
    /// councils in any order).
    pub fn new(records: Records, offers: impl IntoIterator<Item = Offer>) -> Prepared {
        let mut by_council: BTreeMap<String, Vec<Offer>> = BTreeMap::new();
        for o in offers {
            by_council.entry(o.authority.clone()).or_default().push(o);
        }
        let mut prepared = Prepared {
            offers: by_council,
            ..Prepared::default()
        };
        let mut topics: Vec<String> = records
            .pledges
            .iter()
            .map(|p| p.content.topic.clone())
            .collect();
        topics.sort_unstable();
        topics.dedup();
        prepared.organisation_index = HashedIndex::of(&records.organisations);
        for p in &records.pledges {
            prepared
                .topic_of
                .push(topics.binary_search(&p.content.topic).unwrap_or(0));
            let at = prepared
                .organisation_index
                .get(&records.organisations, &p.organisation);
            prepared.organisation_of.push(at);
            prepared
                .public
                .push(p.is_public(at.map(|i| &records.organisations[i])));
        }
        prepared.national = vec![National::default(); topics.len()];
        prepared.topics = topics;
        for (i, p) in records.pledges.iter().enumerate() {
            let coverage = &p.content.coverage;
            if coverage.national {
                // Counted by age and read in order (see `National`); the places it may
                // also name change nothing.
                if prepared.public[i] {
                    let at = (i, prepared.organisation_of[i]);
                    prepared.national[prepared.topic_of[i]].push(p, at);
                }
                continue;
            }
            for id in &coverage.partnerships {
                prepared
                    .by_partnership
                    .entry(id.clone())
                    .or_default()
                    .push(i);
            }
            for code in &coverage.authorities {
                prepared
                    .by_authority
                    .entry(code.clone())
                    .or_default()
                    .push(i);
            }
        }
        prepared.records = records;
        prepared
    }

    /// The organisation with this id, if held.
    pub fn organisation(&self, id: &str) -> Option<&crate::Organisation> {
        let all = &self.records.organisations;
        let at = self.organisation_index.get(all, id)?;
        all.get(at)
    }

    /// A council's offers as kept (any status, id order); empty when none is held.
    pub fn offers_of(&self, code: &str) -> &[Offer] {
        self.offers.get(code).map_or(&[], Vec::as_slice)
    }

    /// The comparison `req` asks for, with what the law gives everywhere: the same answer
    /// as [`crate::compare::compare`] over these records and every council's offers.
    pub fn compare(
        &self,
        law: &[LawRecord],
        req: &CompareRequest,
        locale: crate::words::Locale,
    ) -> Result<Comparison, CompareError> {
        self.compare_wording(law, req, locale, PLEDGES_LISTED_PER_SIDE)
    }

    /// The same comparison in the compact form (`GET /api/v2/compare`):
    /// `compact(self.compare(…), self)`. That form lists fewer pledges per row, so the
    /// rest are weighed in each row's change without being written out.
    pub fn compare_compact(
        &self,
        law: &[LawRecord],
        req: &CompareRequest,
        locale: crate::words::Locale,
    ) -> Result<CompactComparison, CompareError> {
        let comparison = self.compare_wording(law, req, locale, crate::compact::LISTED)?;
        Ok(crate::compact::compact(comparison, self))
    }

    /// [`Prepared::compare`] with the first `worded` pledges per side written out.
    fn compare_wording(
        &self,
        law: &[LawRecord],
        req: &CompareRequest,
        locale: crate::words::Locale,
        worded: usize,
    ) -> Result<Comparison, CompareError> {
        let authorities = &self.records.authorities;
        let offers: Vec<&Offer> = councils_to_read(authorities, req)
            .iter()
            .flat_map(|code| self.offers_of(code))
            .collect();
        let mut local: Vec<Vec<Pledged>> = vec![Vec::new(); self.topics.len()];
        for i in self.pledges_near(req) {
            if self.public[i] {
                local[self.topic_of[i]].push((i, self.organisation_of[i]));
            }
        }
        let near = Near {
            pledges: &self.records.pledges,
            organisations: &self.records.organisations,
            index: &self.organisation_index,
            by_topic: self
                .topics
                .iter()
                .zip(&self.national)
                .zip(local)
                .filter(|((_, national), local)| !national.all.is_empty() || !local.is_empty())
                .map(|((topic, national), local)| TopicPledges {
                    topic,
                    national: std::borrow::Cow::Borrowed(national),
                    local,
                })
                .collect(),
        };
        let data = self.records.compare_data(&[], law);
        compare_gathered(&data, offers, near, req, locale, worded)
    }

    /// Positions (ascending, each once) of every pledge not covering everywhere whose
    /// coverage may reach someone living in either place of `req`: those naming a council
    /// or a partnership of either place. Coverage itself is still tested by the rule.
    fn pledges_near(&self, req: &CompareRequest) -> Vec<usize> {
        let authorities = &self.records.authorities;
        let mut out = Vec::new();
        let district = req.district.as_ref().filter(|d| !d.is_empty());
        for code in [&req.from, &req.to].into_iter().chain(district) {
            let Some(a) = authorities.iter().find(|a| &a.code == code) else {
                continue;
            };
            // Someone living in the council (and, for a district, its county): the
            // places a comparison tests coverage for are among these.
            let place = Place::of(a, authorities);
            for c in place.councils() {
                if let Some(list) = self.by_authority.get(&c.code) {
                    out.extend_from_slice(list);
                }
            }
            for p in place.partnerships(&self.records.partnerships) {
                if let Some(list) = self.by_partnership.get(&p.id) {
                    out.extend_from_slice(list);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compact::compact;
    use crate::compare::compare;
    use crate::compare::props::{registry, registry_with, request};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn a_prepared_comparison_is_the_comparison_over_the_whole_registry(
            reg in registry(),
            req in request(),
        ) {
            let prepared = Prepared::new(reg.records.clone(), reg.offers.clone());
            let whole = compare(&reg.records.compare_data(&reg.offers, &[]), &req);
            prop_assert_eq!(prepared.compare(&[], &req, crate::words::Locale::default()), whole);
        }

        /// The compact form leaves most listed pledges unwritten (they only weigh in each
        /// row's change); it must be exactly the full comparison rewritten.
        #[test]
        fn the_compact_comparison_is_the_full_one_rewritten(
            reg in registry_with(40),
            req in request(),
        ) {
            let prepared = Prepared::new(reg.records.clone(), reg.offers.clone());
            let locale = crate::words::Locale::default();
            let full = prepared.compare(&[], &req, locale).map(|c| compact(c, &prepared));
            prop_assert_eq!(prepared.compare_compact(&[], &req, locale), full);
        }
    }
}
