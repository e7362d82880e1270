//! `GET /api/v1/compare`: what a care leaver keeps, gains and loses by moving.

use atlas_shared::compare::{
    compare as run_compare, councils_to_read, CompareData, CompareError, CompareRequest, Comparison,
};
use atlas_shared::Circumstance;
use warp::http::StatusCode;
use warp::reply::Response;

use super::{json_body, to_body, ApiError, AppState, Request};

/// Most circumstances one request may list (there are eleven kinds).
const MAX_CIRCUMSTANCES: usize = 16;

pub fn compare(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let p = req.params(&["from", "to", "age", "circumstances"])?;
    let required = |name: &str, what: &str| -> Result<String, ApiError> {
        match p.get(name).map(|v| v.trim()).filter(|v| !v.is_empty()) {
            Some(v) => Ok(v.to_string()),
            None => Err(ApiError::bad_query(name, format!("Give '{name}': {what}."))),
        }
    };
    let from = required(
        "from",
        "the ONS code of the council that looked after you, such as E08000030",
    )?;
    let to = required(
        "to",
        "the ONS code of the council you might move to, such as E06000054",
    )?;
    let age_text = required("age", "your age, from 16 to 25")?;
    let age = age_text.parse::<u8>().map_err(|_| {
        ApiError::field(
            StatusCode::UNPROCESSABLE_ENTITY,
            "out_of_range",
            "age",
            "Give an age from 16 to 25.",
        )
    })?;
    let mut circumstances = Vec::new();
    for slug in p
        .get("circumstances")
        .copied()
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let c = Circumstance::from_slug(slug).ok_or_else(|| {
            ApiError::bad_query(
                "circumstances",
                format!("'{slug}' is not a known circumstance."),
            )
        })?;
        circumstances.push(c);
    }
    if circumstances.len() > MAX_CIRCUMSTANCES {
        return Err(ApiError::bad_query(
            "circumstances",
            "Too many circumstances.",
        ));
    }
    let request = CompareRequest {
        from,
        to,
        age,
        circumstances,
    };
    // Read before computing, so an answer is never filed under newer data than it saw.
    let generation = state.store.last_seq()?;
    let (body, lookup) =
        state
            .compare_cache
            .get_or_compute(generation, format!("{request:?}"), || {
                to_body(&comparison(state, &request)?)
            })?;
    state.metrics.cache("compare", lookup);
    Ok(json_body(body))
}

/// Runs the shared compare rules over the data they need. Also used by the
/// server-rendered compare page.
pub fn comparison(state: &AppState, request: &CompareRequest) -> Result<Comparison, ApiError> {
    let reference = state.snapshot.get(&state.store)?;
    // Offers of the places involved: both councils and, in two-tier areas, their counties.
    let mut offers = Vec::new();
    for code in councils_to_read(&reference.authorities, request) {
        offers.extend(state.store.offers_of(&code)?);
    }
    let data = CompareData {
        authorities: &reference.authorities,
        offers: &offers,
        partnerships: &reference.partnerships,
        pledges: &reference.pledges,
        organisations: &reference.organisations,
    };
    run_compare(&data, request).map_err(|e| {
        let status = match e {
            CompareError::UnknownFrom | CompareError::UnknownTo => StatusCode::NOT_FOUND,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        ApiError::field(status, e.code(), e.field(), e.to_string())
    })
}
