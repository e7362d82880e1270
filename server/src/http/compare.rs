//! `GET /api/v1/compare`: what a care leaver keeps, gains and loses by moving.

use atlas_shared::compare::{
    compare as run_compare, councils_to_read, CompareData, CompareError, CompareRequest, Comparison,
};
use warp::reply::Response;

use super::{json_body, to_body, ApiError, AppState, Request};

pub fn compare(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let request = CompareRequest::from_query(&req.params(CompareRequest::PARAMETERS)?)?;
    // Read before computing, so an answer is never filed under newer data than it saw.
    let generation = state.store.last_seq()?;
    let (body, lookup) =
        state
            .compare_cache
            .get_or_compute(generation, request.cache_key(), || {
                to_body(
                    &comparison(state, &request)?
                        .map_err(|e| ApiError::field(e.code(), e.field(), e.to_string()))?,
                )
            })?;
    state.metrics.cache("compare", lookup);
    Ok(json_body(body))
}

/// Runs the shared compare rules over the data they need: the comparison, or why the
/// request cannot be compared (the API and the pages word that differently); the outer
/// error is the store's. Also used by the server-rendered compare pages.
pub fn comparison(
    state: &AppState,
    request: &CompareRequest,
) -> Result<Result<Comparison, CompareError>, ApiError> {
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
    Ok(run_compare(&data, request))
}
