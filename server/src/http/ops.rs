//! Operations routes: liveness and Prometheus metrics.

use warp::http::header::{HeaderValue, CONTENT_TYPE};
use warp::reply::Response;
use warp::Reply;

use super::{ok, ApiError, AppState};

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
