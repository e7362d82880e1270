//! The demo registry, built from the seed documents and embedded in the binary.
//!
//! Every offer and pledge cites the seed file and paragraph it came from. The files are
//! validated by the same rules as API input, so the demo can never hold what an editor
//! could not write.

use atlas_shared::registry::Registry;
use atlas_shared::validate::ValidationErrors;
use atlas_shared::{Authority, Offer, OfferInput, Organisation, Partnership, Pledge};
use chrono::Utc;

const AUTHORITIES: &str = include_str!("../demo/authorities.json");
const PARTNERSHIPS: &str = include_str!("../demo/partnerships.json");
const ORGANISATIONS: &str = include_str!("../demo/organisations.json");
const PLEDGES: &str = include_str!("../demo/pledges.json");
const OFFERS: &str = include_str!("../demo/offers.json");

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("demo file {file} is not valid JSON: {source}")]
    Json {
        file: &'static str,
        source: serde_json::Error,
    },
    #[error("demo {file}: {errors}")]
    Invalid {
        file: &'static str,
        errors: ValidationErrors,
    },
}

fn parse<T: serde::de::DeserializeOwned>(file: &'static str, text: &str) -> Result<T, DemoError> {
    serde_json::from_str(text).map_err(|source| DemoError::Json { file, source })
}

/// One offer of a data file, checked like any API input: its `id` and `authority`, then
/// the content by the same validation as `POST /authorities/{code}/offers`. A problem
/// names the file and the offer (`offers[walsall-council-tax].age_to`).
pub fn parse_offer(
    file: &'static str,
    mut raw: serde_json::Value,
    now: chrono::DateTime<Utc>,
) -> Result<Offer, DemoError> {
    let take = |raw: &mut serde_json::Value, key: &str| {
        raw.as_object_mut()
            .and_then(|o| o.remove(key))
            .and_then(|v| v.as_str().map(str::to_string))
    };
    let id = take(&mut raw, "id").unwrap_or_default();
    let authority = take(&mut raw, "authority").unwrap_or_default();
    let content = OfferInput::from_json(raw)
        .and_then(OfferInput::validate)
        .map_err(|e| DemoError::Invalid {
            file,
            errors: ValidationErrors(
                e.0.into_iter()
                    .map(|mut f| {
                        f.field = format!("offers[{id}].{}", f.field);
                        f
                    })
                    .collect(),
            ),
        })?;
    Ok(Offer {
        id,
        authority,
        content,
        version: 1,
        updated_at: now,
    })
}

/// Parses and checks the embedded demo registry.
pub fn registry() -> Result<Registry, DemoError> {
    let now = Utc::now();
    let raw_offers: Vec<serde_json::Value> = parse("offers.json", OFFERS)?;
    let offers = raw_offers
        .into_iter()
        .map(|raw| parse_offer("offers.json", raw, now))
        .collect::<Result<Vec<Offer>, DemoError>>()?;
    let registry = Registry {
        authorities: parse::<Vec<Authority>>("authorities.json", AUTHORITIES)?,
        partnerships: parse::<Vec<Partnership>>("partnerships.json", PARTNERSHIPS)?,
        organisations: parse::<Vec<Organisation>>("organisations.json", ORGANISATIONS)?,
        pledges: parse::<Vec<Pledge>>("pledges.json", PLEDGES)?,
        offers,
    };
    registry
        .check_references()
        .map_err(|errors| DemoError::Invalid {
            file: "demo data",
            errors,
        })?;
    Ok(registry)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_embedded_demo_data_is_valid() {
        let registry = super::registry().unwrap_or_else(|e| panic!("{e}"));
        assert!(registry.authorities.len() >= 30);
        assert!(registry.offers.len() >= 40);
    }

    #[test]
    fn every_demo_offer_reads_back_from_its_spreadsheet_row_unchanged() {
        use atlas_shared::spreadsheet::{
            content_from_cells, guard_cell, offer_cells, unguard_cell, COLUMNS,
        };
        let registry = super::registry().unwrap_or_else(|e| panic!("{e}"));
        for offer in &registry.offers {
            let cells: Vec<String> = offer_cells(offer).iter().map(|c| guard_cell(c)).collect();
            let cell = |name: &str| {
                let i = COLUMNS.iter().position(|c| c.name == name).unwrap_or(0);
                unguard_cell(&cells[i]).to_string()
            };
            let content = content_from_cells(&cell).unwrap_or_else(|e| panic!("{}: {e}", offer.id));
            assert_eq!(content, offer.content, "{}", offer.id);
        }
    }
}
