//! Phrases several pages build the same way from catalogue messages: an offer's ages, an
//! age band, whom an offer is for, a count of search results. One rule each, here, so the
//! pages and the widget word them alike in every language.

use super::{Arg, Locale};
use crate::AppliesTo;

impl Locale {
    /// "Ages 18 to 25", or "Age 18" for one year.
    pub fn ages(&self, from: u8, to: u8) -> String {
        let (f, t) = (from.to_string(), to.to_string());
        if from == to {
            self.f("offers-age", &[("age", Arg::Text(&f))])
        } else {
            self.f(
                "offers-ages",
                &[("from", Arg::Text(&f)), ("to", Arg::Text(&t))],
            )
        }
    }

    /// "Aged 16 to 17": an age band's name.
    pub fn age_band(&self, from: u8, to: u8) -> String {
        let (f, t) = (from.to_string(), to.to_string());
        self.f(
            "offers-band",
            &[("from", Arg::Text(&f)), ("to", Arg::Text(&t))],
        )
    }

    /// Whom an offer is for, naming the council that gives it.
    pub fn applies_to(&self, applies: AppliesTo, council: &str) -> String {
        let id = match applies {
            AppliesTo::OwnCareLeaversAnywhere => "offer-for-own-anywhere",
            AppliesTo::OwnCareLeaversInArea => "offer-for-own-in-area",
            AppliesTo::AnyCareLeaverInArea => "offer-for-any-in-area",
            AppliesTo::Unstated => "offer-for-unstated",
        };
        self.f(id, &[("council", Arg::Text(council))])
    }

    /// "3 results for “rent”", said when results arrive; without the words when none
    /// were asked for.
    pub fn result_count(&self, total: usize, query: &str) -> String {
        let query = query.trim();
        if query.is_empty() {
            self.f("search-results", &[("count", total.into())])
        } else {
            self.f(
                "search-results-for",
                &[("count", total.into()), ("query", Arg::Text(query))],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_year_is_said_as_an_age_and_more_as_a_range() {
        let en = Locale::default();
        assert_eq!(en.ages(18, 18), "Age 18");
        assert_eq!(en.ages(18, 25), "Ages 18 to 25");
    }

    #[test]
    fn whom_an_offer_is_for_names_the_council_in_every_case() {
        let en = Locale::default();
        for applies in [
            AppliesTo::OwnCareLeaversAnywhere,
            AppliesTo::OwnCareLeaversInArea,
            AppliesTo::AnyCareLeaverInArea,
        ] {
            assert!(
                en.applies_to(applies, "Walsall").contains("Walsall"),
                "{applies:?}"
            );
        }
    }

    #[test]
    fn a_result_count_names_the_words_only_when_some_were_asked_for() {
        let en = Locale::default();
        assert!(en.result_count(3, "rent").contains("rent"));
        assert!(!en.result_count(3, "  ").contains('“'));
        assert_ne!(
            en.result_count(1, ""),
            en.result_count(2, ""),
            "plural forms"
        );
    }
}
