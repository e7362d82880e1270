//! What the registry holds of each council's own offer: whether it is held at all, as of
//! when, from which sources, and which of the areas the law says a Local Offer must cover
//! its held offer speaks to. Never "offers nothing": a council whose offer is not held is
//! said to be not held.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::words::Locale;
use crate::{Authority, Category, Offer};

/// The six areas a Local Offer must cover (Children and Social Work Act 2017, section 2),
/// each with the category that holds it. Money is not one of them: money offers count
/// towards the area whose help they pay for only through their own category.
pub const AREAS: [(&str, Category); 6] = [
    ("health and well-being", Category::HealthAndWellbeing),
    ("relationships", Category::Relationships),
    ("education and training", Category::EducationAndTraining),
    ("employment", Category::Employment),
    ("accommodation", Category::Accommodation),
    ("participation in society", Category::Participation),
];

/// The name of one of the six areas (as [`AREAS`] and the API give it, in English) in the
/// reader's language; a name not among them stays as given.
pub fn area_name(area: &str, locale: &Locale) -> String {
    match AREAS.iter().find(|(a, _)| *a == area) {
        Some((_, category)) => locale.t(&format!("coverage-area-{}", category.slug())),
        None => area.to_string(),
    }
}

/// How much of a council's own offer is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Held {
    /// Offers in every one of the six areas.
    Full,
    /// Offers in some of them.
    Partial,
    /// Nothing of its own offer.
    None,
}

/// One council with children's services.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CouncilCoverage {
    pub code: String,
    pub name: String,
    pub region: Option<String>,
    pub held: Held,
    /// Offers held (its own, and its districts' where it is a county).
    pub offers: usize,
    /// The newest date its sources give (a document's own, else the day a page was read).
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub as_of: Option<NaiveDate>,
    /// The web pages and documents its held offers cite, each once.
    pub sources: Vec<String>,
    /// Of the six areas, those its held offers speak to, and those they do not.
    pub areas: Vec<String>,
    pub missing_areas: Vec<String>,
    /// Where its own offer is published, when known.
    pub offer_url: Option<String>,
}

/// Counts for one region (or for England).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RegionCoverage {
    pub region: String,
    pub councils: usize,
    pub full: usize,
    pub partial: usize,
    pub none: usize,
}

/// `GET /api/v1/coverage`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Coverage {
    pub england: RegionCoverage,
    pub regions: Vec<RegionCoverage>,
    pub councils: Vec<CouncilCoverage>,
    /// The six areas, in the order of the Act.
    pub areas: Vec<String>,
    /// How current what is held is: the oldest and the newest of the councils' own "as
    /// of" dates (each council's being the newest date its sources give), so a reader
    /// sees at once that some offers are years old. None when nothing is held.
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub oldest_as_of: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub newest_as_of: Option<NaiveDate>,
}

/// Coverage of every current council with children's services in `authorities`, from
/// the offers held (a county's districts' offers count as the county's place).
pub fn coverage(authorities: &[Authority], offers: &[Offer]) -> Coverage {
    let mut councils: Vec<CouncilCoverage> = authorities
        .iter()
        .filter(|a| a.tier.runs_leaving_care() && a.replaced_on.is_none())
        .map(|a| council(a, authorities, offers))
        .collect();
    councils.sort_by(|a, b| a.region.cmp(&b.region).then_with(|| a.name.cmp(&b.name)));
    let mut regions: Vec<RegionCoverage> = Vec::new();
    let mut england = RegionCoverage {
        region: "England".into(),
        ..RegionCoverage::default()
    };
    for c in &councils {
        let name = c.region.clone().unwrap_or_else(|| "Unknown".into());
        let at = match regions.iter().position(|r| r.region == name) {
            Some(i) => i,
            None => {
                regions.push(RegionCoverage {
                    region: name,
                    ..RegionCoverage::default()
                });
                regions.len() - 1
            }
        };
        for r in [&mut regions[at], &mut england] {
            r.councils += 1;
            match c.held {
                Held::Full => r.full += 1,
                Held::Partial => r.partial += 1,
                Held::None => r.none += 1,
            }
        }
    }
    let dates = || councils.iter().filter_map(|c| c.as_of);
    Coverage {
        oldest_as_of: dates().min(),
        newest_as_of: dates().max(),
        england,
        regions,
        councils,
        areas: AREAS.iter().map(|(a, _)| (*a).to_string()).collect(),
    }
}

fn council(a: &Authority, authorities: &[Authority], offers: &[Offer]) -> CouncilCoverage {
    let districts: Vec<&str> = crate::place::districts_of(&a.code, authorities)
        .map(|d| d.code.as_str())
        .collect();
    let own: Vec<&Offer> = offers
        .iter()
        .filter(|o| o.authority == a.code || districts.contains(&o.authority.as_str()))
        .collect();
    let mut sources: Vec<String> = own
        .iter()
        .map(|o| {
            o.content
                .source
                .url
                .clone()
                .unwrap_or_else(|| o.content.source.document.clone())
        })
        .collect();
    sources.sort();
    sources.dedup();
    let (areas, missing): (Vec<_>, Vec<_>) = AREAS
        .iter()
        .partition(|(_, category)| own.iter().any(|o| o.content.category == *category));
    let held = match (own.is_empty(), missing.is_empty()) {
        (true, _) => Held::None,
        (false, true) => Held::Full,
        (false, false) => Held::Partial,
    };
    CouncilCoverage {
        code: a.code.clone(),
        name: a.name.clone(),
        region: a.region.clone(),
        held,
        offers: own.len(),
        as_of: own.iter().filter_map(|o| o.content.source.as_of()).max(),
        sources,
        areas: areas.iter().map(|(n, _)| (*n).to_string()).collect(),
        missing_areas: missing.iter().map(|(n, _)| (*n).to_string()).collect(),
        offer_url: a.offer_url.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authority::test_authority;
    use crate::offer::test_offer;
    use crate::Tier;

    fn council(code: &str, tier: Tier, parent: Option<&str>, region: &str) -> Authority {
        Authority {
            region: Some(region.into()),
            ..test_authority(code, code, tier, parent, &[])
        }
    }

    #[test]
    fn in_english_each_area_reads_as_the_law_names_it() {
        for (area, _) in AREAS {
            assert_eq!(area_name(area, &Locale::default()), area);
        }
        assert_eq!(area_name("elsewhere", &Locale::default()), "elsewhere");
    }

    #[test]
    fn a_council_with_nothing_held_is_not_held_never_offering_nothing() {
        let a = [council("E06000001", Tier::Unitary, None, "North East")];
        let c = coverage(&a, &[]);
        assert_eq!(c.councils[0].held, Held::None);
        assert_eq!(c.councils[0].missing_areas.len(), 6);
        assert_eq!(c.england.none, 1);
    }

    #[test]
    fn six_areas_make_a_full_offer_and_fewer_a_partial_one() {
        let a = [
            council("E06000001", Tier::Unitary, None, "North East"),
            council("E06000002", Tier::Unitary, None, "North East"),
        ];
        let topics = [
            "mental-health",
            "mentoring",
            "careers-advice",
            "apprenticeships",
            "housing-priority",
            "advocacy",
        ];
        let mut offers: Vec<Offer> = topics
            .iter()
            .enumerate()
            .map(|(i, t)| test_offer(&format!("a{i}"), "E06000001", t))
            .collect();
        offers.push(test_offer("b", "E06000002", "council-tax"));
        let c = coverage(&a, &offers);
        assert_eq!(c.councils[0].held, Held::Full);
        assert_eq!(c.councils[1].held, Held::Partial);
        assert_eq!((c.england.full, c.england.partial), (1, 1));
        assert_eq!(c.regions.len(), 1);
    }

    #[test]
    fn a_countys_districts_count_towards_its_place_and_districts_are_not_listed() {
        let a = [
            council("E10000018", Tier::County, None, "East Midlands"),
            council(
                "E07000129",
                Tier::District,
                Some("E10000018"),
                "East Midlands",
            ),
        ];
        let offers = [test_offer("blaby-council-tax", "E07000129", "council-tax")];
        let c = coverage(&a, &offers);
        assert_eq!(c.councils.len(), 1);
        assert_eq!(c.councils[0].offers, 1);
        assert_eq!(c.councils[0].held, Held::Partial);
    }

    #[test]
    fn currency_runs_from_the_least_current_council_held_to_the_most() {
        let a = [
            council("E06000001", Tier::Unitary, None, "North East"),
            council("E06000002", Tier::Unitary, None, "North East"),
            council("E06000003", Tier::Unitary, None, "North East"),
        ];
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let mut old = test_offer("a", "E06000001", "council-tax");
        old.content.source.date = day(2019, 4, 1);
        let mut older_page = test_offer("b", "E06000001", "mentoring");
        older_page.content.source.date = None;
        older_page.content.source.read = day(2018, 1, 1);
        let mut new = test_offer("c", "E06000002", "council-tax");
        new.content.source.date = None;
        new.content.source.read = day(2026, 12, 6);
        let c = coverage(&a, &[old, older_page, new]);
        // A council is as current as its newest source; the third holds nothing.
        assert_eq!(c.oldest_as_of, day(2019, 4, 1));
        assert_eq!(c.newest_as_of, day(2026, 12, 6));
        assert_eq!(coverage(&a, &[]).oldest_as_of, None);
    }
}
