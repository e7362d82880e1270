//! `GET /api/v1/search`: offers and pledges by plain words, with filters and facets.

use atlas_shared::api::SearchRequest;
use warp::reply::Response;

use super::coding::Encoding;
use super::error::ApiError;
use super::request::{AppState, Request};
use super::respond::{json_answer, written_sized, SizeHint};
use super::route::{Params, Route};

pub fn search(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let query = req.params(SearchRequest::PARAMETERS)?;
    let request = if query.text("authority").is_some() || query.text("partnership").is_some() {
        let reference = state.snapshot.get(&state.store)?;
        SearchRequest::from_query(&query, &reference.authorities, &reference.partnerships)?
    } else {
        SearchRequest::from_query(&query, &[], &[])?
    };
    // The generation is read before searching, so an answer is never filed under a
    // newer generation than the data it saw.
    let generation = state.index.generation();
    let encoding = Encoding::accepted(&req.headers);
    static SIZE: SizeHint = SizeHint::new();
    let (answer, lookup) =
        state
            .search_cache
            .get_or_compute(generation, request.cache_key(), encoding, || {
                written_sized(&SIZE, |json| {
                    state.index.search_json(&request, json).map_err(|e| {
                        tracing::error!(error = %e, "search failed");
                        ApiError::internal()
                    })
                })
            })?;
    state.metrics.cache("search", lookup);
    Ok(json_answer(encoding, answer))
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

pub(super) const ROUTES: &[Route] = &[Route::quick(
    "/api/v1/search",
    "search",
    Params::Own,
    |s, r, _| search(s, r),
)];
