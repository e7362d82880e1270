//! Operations routes: liveness and Prometheus metrics.

use warp::http::header::{HeaderValue, CONTENT_TYPE};
use warp::reply::Response;
use warp::Reply;

use super::error::ApiError;
use super::request::{AppState, Request};
use super::respond::ok;
use super::route::{Kind, Params, Route};

pub fn healthz(state: &AppState) -> Result<Response, ApiError> {
    let last_seq = state.store.last_seq()?;
    ok(
        &serde_json::json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION"), "last_change": last_seq }),
    )
}

pub fn metrics(state: &AppState) -> Result<Response, ApiError> {
    let mut response = state.metrics.render().into_response();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    Ok(response)
}

/// A JSON body of exactly `bytes` bytes, built once per size: the "static response of the
/// same size" that load tests measure search against. Only with `serve --bench-routes`.
pub fn bench_static(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    if !state.bench_routes {
        return Err(ApiError::not_found("page or API route at this address"));
    }
    let p = req.params(&["bytes"])?;
    p.required("bytes", "the size of the body, from 16 to 1048576")?;
    let bytes = p.number("bytes", 16, 16, 1_048_576)?;
    static CACHE: std::sync::Mutex<Option<(usize, bytes::Bytes)>> = std::sync::Mutex::new(None);
    let body = {
        let mut cache = CACHE.lock().map_err(|_| ApiError::internal())?;
        match cache.as_ref() {
            Some((size, body)) if *size == bytes => body.clone(),
            _ => {
                // {"padding":"xxx…"} is 14 bytes plus the padding.
                let body =
                    bytes::Bytes::from(format!("{{\"padding\":\"{}\"}}", "x".repeat(bytes - 14)));
                *cache = Some((bytes, body.clone()));
                body
            }
        }
    };
    let mut response = warp::http::Response::new(body.into());
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(response)
}

/// The OpenAPI description of the API (kept beside the code; a test checks every route
/// is in it).
pub fn openapi(state: &AppState) -> Result<Response, ApiError> {
    let reference = state.snapshot.get(&state.store)?;
    let mut response = Response::new(super::openapi::document(&reference).to_string().into());
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(response)
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

/// Health, metrics, the API document and the load-test route.
pub(super) const ROUTES: &[Route] = &[
    Route::read("/healthz", "healthz", Params::Only(&[]), |s, _, _| {
        healthz(s)
    }),
    Route::read("/metrics", "metrics", Params::Only(&[]), |s, _, _| {
        metrics(s)
    }),
    Route::read(
        "/api/v1/openapi.json",
        "openapi",
        Params::Only(&[]),
        |s, _, _| openapi(s),
    ),
    Route::quick("/bench/static", "bench_static", Params::Own, |s, r, _| {
        bench_static(s, r)
    })
    .kind(Kind::Internal),
];
