//! `GET /api/v1/compare` and `GET /api/v2/compare`: what a care leaver keeps, gains and
//! loses by moving (v2 the same answer in the compact form, `atlas_shared::compact`).

use atlas_shared::compare::{CompareError, CompareRequest};
use atlas_shared::words::Locale;
use warp::reply::Response;

use super::cache::Answer;
use super::coding::Encoding;
use super::error::ApiError;
use super::request::{AppState, Request};
use super::respond::{json_answer, to_body_sized, SizeHint};
use super::route::{Params, Route};

pub fn compare(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let request = CompareRequest::from_query(&req.params(CompareRequest::PARAMETERS)?)?;
    // The sentences (why, what to ask) in the language `lang` names.
    let encoding = Encoding::accepted(&req.headers);
    let answer = body(state, &request, Form::Full, req.answer_locale(), encoding)?
        .map_err(|e| ApiError::field(e.code(), e.field(), e.to_string()))?;
    Ok(json_answer(encoding, answer))
}

/// `GET /api/v2/compare`: the same parameters and comparison, in the compact form.
pub fn compare_v2(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let request = CompareRequest::from_query(&req.params(CompareRequest::PARAMETERS)?)?;
    let encoding = Encoding::accepted(&req.headers);
    let answer = body(
        state,
        &request,
        Form::Compact,
        req.answer_locale(),
        encoding,
    )?
    .map_err(|e| ApiError::field(e.code(), e.field(), e.to_string()))?;
    Ok(json_answer(encoding, answer))
}

/// Which form of the answer: v1's, or v2's compact one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Full,
    Compact,
}

/// The comparison `request` asks for, as v1's JSON, from the response cache when the same
/// request was answered since the data last changed, or why it cannot be compared; the
/// outer error is the store's. The server-rendered compare pages read it.
pub fn comparison_body(
    state: &AppState,
    request: &CompareRequest,
    locale: Locale,
) -> Result<Result<Answer, CompareError>, ApiError> {
    body(state, request, Form::Full, locale, Encoding::Identity)
}

/// [`comparison_body`] in either form, with a copy kept in `encoding` (the coding the
/// client takes).
fn body(
    state: &AppState,
    request: &CompareRequest,
    form: Form,
    locale: Locale,
    encoding: Encoding,
) -> Result<Result<Answer, CompareError>, ApiError> {
    /// Why there is no body to keep: neither is ever cached.
    enum Failure {
        Store(ApiError),
        Compare(CompareError),
    }
    // Read before computing, so an answer is never filed under newer data than it saw.
    let generation = state.store.last_seq()?;
    // The answer's sentences are in the reader's language: one answer per language.
    let key = match form {
        Form::Full => format!("{}|{}", request.cache_key(), locale.lang().tag()),
        Form::Compact => format!("v2|{}|{}", request.cache_key(), locale.lang().tag()),
    };
    let answer = state
        .compare_cache
        .get_or_compute(generation, key, encoding, || {
            let reference = state
                .snapshot
                .get(&state.store)
                .map_err(|e| Failure::Store(e.into()))?;
            let (prepared, law) = (&reference.prepared, crate::law::records());
            // The two forms differ in size: each has its own guess at the buffer.
            static FULL: SizeHint = SizeHint::new();
            static COMPACT: SizeHint = SizeHint::new();
            let body = match form {
                Form::Full => prepared
                    .compare(law, request, locale)
                    .map(|c| to_body_sized(&c, &FULL)),
                Form::Compact => prepared
                    .compare_compact(law, request, locale)
                    .map(|c| to_body_sized(&c, &COMPACT)),
            };
            match body {
                Ok(body) => body.map_err(Failure::Store),
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

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

pub(super) const ROUTES: &[Route] = &[
    Route::quick("/api/v1/compare", "compare", Params::Own, |s, r, _| {
        compare(s, r)
    }),
    Route::quick("/api/v2/compare", "compare_v2", Params::Own, |s, r, _| {
        compare_v2(s, r)
    }),
];
