//! `GET /api/v1/compare`: what a care leaver keeps, gains and loses by moving.

use atlas_shared::compare::{CompareError, CompareRequest, Comparison};
use warp::reply::Response;

use super::cache::Answer;
use super::error::ApiError;
use super::request::{AppState, Request};
use super::respond::{json_answer, to_body};
use super::route::{Params, Route};

pub fn compare(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let request = CompareRequest::from_query(&req.params(CompareRequest::PARAMETERS)?)?;
    let answer = comparison_body(state, &request)?
        .map_err(|e| ApiError::field(e.code(), e.field(), e.to_string()))?;
    Ok(json_answer(req, answer))
}

/// The comparison `request` asks for, as JSON (and gzip), from the response cache when the same
/// request was answered since the data last changed, or why it cannot be compared; the
/// outer error is the store's. The API and the server-rendered compare pages share it.
pub fn comparison_body(
    state: &AppState,
    request: &CompareRequest,
) -> Result<Result<Answer, CompareError>, ApiError> {
    /// Why there is no body to keep: neither is ever cached.
    enum Failure {
        Store(ApiError),
        Compare(CompareError),
    }
    // Read before computing, so an answer is never filed under newer data than it saw.
    let generation = state.store.last_seq()?;
    let answer = state
        .compare_cache
        .get_or_compute(generation, request.cache_key(), || {
            match comparison(state, request).map_err(Failure::Store)? {
                Ok(c) => to_body(&c).map_err(Failure::Store),
                Err(e) => Err(Failure::Compare(e)),
            }
        });
    match answer {
        Ok((answer, lookup)) => {
            state.metrics.cache("compare", lookup);
            Ok(Ok(answer))
        }
        Err(Failure::Compare(e)) => Ok(Err(e)),
        Err(Failure::Store(e)) => Err(e),
    }
}

/// Runs the shared compare rules over the data they need: the comparison, or why the
/// request cannot be compared (the API and the pages word that differently); the outer
/// error is the store's.
fn comparison(
    state: &AppState,
    request: &CompareRequest,
) -> Result<Result<Comparison, CompareError>, ApiError> {
    let reference = state.snapshot.get(&state.store)?;
    Ok(reference.prepared.compare(crate::law::records(), request))
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

pub(super) const ROUTES: &[Route] = &[Route::read(
    "/api/v1/compare",
    "compare",
    Params::Own,
    |s, r, _| compare(s, r),
)];
