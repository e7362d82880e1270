//! The England registry: every council with children's services and every district of a
//! two-tier area (ONS), each council's own offer as read from its published pages, and
//! the seed-document registry underneath, whose records become the earlier versions of
//! what a newer page supersedes (`data/england/README.md` says what each file is).
//!
//! Everything is checked by the same rules as API input, so England can never hold what
//! an editor could not write.

use std::collections::{HashMap, HashSet};

use atlas_shared::registry::Registry;
use atlas_shared::source::SourceInput;
use atlas_shared::validate::ValidationErrors;
use atlas_shared::{Authority, Contact, Offer, Tier};
use chrono::{NaiveDate, Utc};
use serde::Deserialize;

use crate::demo::DemoError;

const PLACES: &str = include_str!("../data/england/places.csv");
const REORGANISED: &str = include_str!("../data/england/reorganised.json");
/// The readings of councils' pages, one file per region, each checked by a second reader
/// (`data/england/checks/`).
pub const READINGS: &[(&str, &str)] = &[
    (
        "greater-manchester.json",
        include_str!("../data/england/readings/greater-manchester.json"),
    ),
    (
        "west-midlands.json",
        include_str!("../data/england/readings/west-midlands.json"),
    ),
    (
        "london-a.json",
        include_str!("../data/england/readings/london-a.json"),
    ),
    (
        "london-b.json",
        include_str!("../data/england/readings/london-b.json"),
    ),
    (
        "seed-south-west.json",
        include_str!("../data/england/readings/seed-south-west.json"),
    ),
    (
        "seed-north-east.json",
        include_str!("../data/england/readings/seed-north-east.json"),
    ),
    (
        "extra-north.json",
        include_str!("../data/england/readings/extra-north.json"),
    ),
    (
        "extra-north-east.json",
        include_str!("../data/england/readings/extra-north-east.json"),
    ),
];

/// Who wrote the later versions into the history.
pub const ACTOR: &str = "england-readings-2026-12-06";

/// The England registry, and the offers that supersede seed records (written after the
/// registry is loaded, as their next versions, so history shows what changed).
pub struct England {
    pub registry: Registry,
    pub later: Vec<Offer>,
}

#[derive(Deserialize)]
struct ReadingFile {
    councils: Vec<ReadCouncil>,
}

#[derive(Deserialize)]
struct ReadCouncil {
    code: String,
    #[serde(default)]
    offer_url: Option<String>,
    #[serde(default)]
    contact: Option<ReadContact>,
    #[serde(default)]
    offers: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct ReadContact {
    phone: Option<String>,
    email: Option<String>,
    web: Option<String>,
    source: Option<SourceInput>,
}

/// A council the ONS lists today.
#[derive(Deserialize)]
struct PlaceRow {
    code: String,
    name: String,
    tier: String,
    parent: String,
    region: String,
}

/// A council replaced since 2019, from `reorganised.json`.
#[derive(Deserialize)]
struct Reorganised {
    code: String,
    name: String,
    tier: Tier,
    replaced_on: NaiveDate,
    successors: Vec<String>,
}

fn invalid(file: &'static str, message: String) -> DemoError {
    DemoError::Invalid {
        file,
        errors: ValidationErrors::single("", atlas_shared::ErrorCode::InvalidValue, message),
    }
}

/// Every English council today, with its tier, county and region (ONS), then the councils
/// replaced since 2019 with their successors; the seed registry's own records of a
/// council (website, partnerships, dates) are kept where it has one.
fn authorities(seed: &[Authority]) -> Result<Vec<Authority>, DemoError> {
    let mut reader = csv::Reader::from_reader(PLACES.as_bytes());
    let mut out: Vec<Authority> = Vec::new();
    for row in reader.deserialize::<PlaceRow>() {
        let row = row.map_err(|e| invalid("places.csv", e.to_string()))?;
        let tier = Tier::from_slug(&row.tier)
            .ok_or_else(|| invalid("places.csv", format!("{}: tier {}", row.code, row.tier)))?;
        let mut a = seed
            .iter()
            .find(|a| a.code == row.code)
            .cloned()
            .unwrap_or_else(|| Authority::named(&row.code, &row.name, tier));
        a.tier = tier;
        a.parent = (!row.parent.is_empty()).then(|| row.parent.clone());
        a.region = Some(row.region);
        out.push(a);
    }
    let reorganised: Vec<Reorganised> = serde_json::from_str(REORGANISED)
        .map_err(|e| invalid("reorganised.json", e.to_string()))?;
    for r in reorganised {
        for s in &r.successors {
            if let Some(successor) = out.iter_mut().find(|a| &a.code == s) {
                if !successor.predecessors.contains(&r.code) {
                    successor.predecessors.push(r.code.clone());
                }
            }
        }
        if out.iter().any(|a| a.code == r.code) {
            continue;
        }
        let mut a = seed
            .iter()
            .find(|a| a.code == r.code)
            .cloned()
            .unwrap_or_else(|| Authority::named(&r.code, &r.name, r.tier));
        a.replaced_on = Some(r.replaced_on);
        a.successors = r.successors;
        out.push(a);
    }
    // The seed's abolished districts (Cumbria's six) stay, as their documents name them.
    for a in seed {
        if !out.iter().any(|o| o.code == a.code) {
            out.push(a.clone());
        }
    }
    Ok(out)
}

/// The England registry on top of the seed registry `seed`.
pub fn registry(seed: Registry) -> Result<England, DemoError> {
    let mut registry = seed;
    registry.authorities = authorities(&registry.authorities)?;
    let seed_ids: HashSet<String> = registry.offers.iter().map(|o| o.id.clone()).collect();
    let mut later = Vec::new();
    let mut seen: HashMap<String, &'static str> = HashMap::new();
    let now = Utc::now();
    for (file, text) in READINGS {
        let reading: ReadingFile =
            serde_json::from_str(text).map_err(|source| DemoError::Json { file, source })?;
        for council in reading.councils {
            let Some(authority) = registry
                .authorities
                .iter_mut()
                .find(|a| a.code == council.code)
            else {
                return Err(invalid(file, format!("unknown council {}", council.code)));
            };
            if council.offer_url.is_some() {
                authority.offer_url = council.offer_url;
            }
            if let Some(c) = council.contact {
                let mut errors = ValidationErrors::default();
                let source = c
                    .source
                    .and_then(|s| s.validate("contact.source", &mut errors));
                let contact = Contact {
                    phone: c.phone,
                    email: c.email,
                    web: c.web,
                    source,
                };
                if !contact.is_empty() {
                    authority.leaving_care = Some(contact);
                }
            }
            for raw in council.offers {
                let offer = crate::demo::parse_offer(file, raw, now)?;
                if offer.authority != council.code {
                    return Err(invalid(
                        file,
                        format!("{} is listed under {}", offer.id, council.code),
                    ));
                }
                if let Some(other) = seen.insert(offer.id.clone(), file) {
                    return Err(invalid(file, format!("{} is also in {other}", offer.id)));
                }
                if seed_ids.contains(&offer.id) {
                    later.push(offer);
                } else {
                    registry.offers.push(offer);
                }
            }
        }
    }
    registry
        .check_references()
        .map_err(|errors| DemoError::Invalid {
            file: "england",
            errors,
        })?;
    Ok(England { registry, later })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn england() -> England {
        registry(crate::demo::registry().expect("seed registry")).expect("england")
    }

    #[test]
    fn every_council_with_childrens_services_and_every_district_is_listed_with_a_well_formed_code()
    {
        let e = england();
        let current: Vec<&Authority> = e
            .registry
            .authorities
            .iter()
            .filter(|a| a.replaced_on.is_none())
            .collect();
        let upper = current
            .iter()
            .filter(|a| a.tier.runs_leaving_care())
            .count();
        assert_eq!(upper, 153);
        assert!(current
            .iter()
            .all(|a| atlas_shared::authority::is_gss_code(&a.code)));
        for d in current.iter().filter(|a| a.tier == Tier::District) {
            let county = d
                .parent
                .as_deref()
                .and_then(|p| current.iter().find(|a| a.code == p));
            assert!(
                county.is_some_and(|c| c.tier == Tier::County),
                "{} has no county",
                d.name
            );
        }
    }

    #[test]
    fn councils_replaced_since_2019_name_their_successors_and_are_named_by_them() {
        let e = england();
        let find = |code: &str| e.registry.authorities.iter().find(|a| a.code == code);
        for (old, new) in [
            ("E10000006", "E06000063"),
            ("E10000006", "E06000064"),
            ("E10000023", "E06000065"),
            ("E10000027", "E06000066"),
            ("E10000002", "E06000060"),
            ("E10000021", "E06000061"),
            ("E10000021", "E06000062"),
        ] {
            let old_a = find(old).expect(old);
            assert!(old_a.replaced_on.is_some() && old_a.successors.iter().any(|s| s == new));
            assert!(find(new).expect(new).predecessors.iter().any(|p| p == old));
        }
    }

    #[test]
    fn a_newer_page_becomes_the_next_version_of_the_seed_record_it_supersedes() {
        let e = england();
        assert!(!e.later.is_empty());
        for o in &e.later {
            let seed = e
                .registry
                .offers
                .iter()
                .find(|s| s.id == o.id)
                .expect("the seed record stays as the earlier version");
            assert_eq!(seed.authority, o.authority);
            assert!(o.content.source.url.is_some() && o.content.source.read.is_some());
        }
    }
}
