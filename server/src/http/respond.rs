//! The answers handlers give: JSON with a status, a cached body (gzipped when the client
//! takes it), and the JSON error shape.

use serde::Serialize;
use warp::http::header::{self, HeaderMap, HeaderValue};
use warp::http::StatusCode;
use warp::reply::Response;
use warp::Reply;

use super::cache;
use super::error::ApiError;
use super::request::Request;

/// A 200 JSON response from an already serialised body (a cached answer).
pub fn json_body(body: bytes::Bytes) -> Response {
    let mut response = Response::new(body.into());
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// A search or compare answer, gzipped when the client accepts it.
pub fn json_answer(req: &Request, answer: cache::Answer) -> Response {
    let gzip = accepts_gzip(&req.headers);
    let mut response = json_body(if gzip { answer.gzip() } else { answer.json });
    let h = response.headers_mut();
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if gzip {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    response
}

/// Whether `Accept-Encoding` takes gzip (named, and not with `q=0`).
pub fn accepts_gzip(headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    value.split(',').any(|coding| {
        let mut parts = coding.split(';').map(str::trim);
        let name = parts.next().unwrap_or("");
        let refused = parts.any(|p| {
            p.strip_prefix("q=")
                .and_then(|q| q.parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        (name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip")) && !refused
    })
}

/// Serialises an answer for the response cache.
pub fn to_body<T: Serialize>(value: &T) -> Result<bytes::Bytes, ApiError> {
    let mut json = serde_json::to_vec(value).map_err(|_| ApiError::internal())?;
    // A growing Vec ends with up to twice its length reserved, and `Bytes` keeps all of it
    // for as long as the response cache keeps the answer.
    json.shrink_to_fit();
    Ok(bytes::Bytes::from(json))
}

/// JSON response with a status.
pub fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
    warp::reply::with_status(warp::reply::json(value), status).into_response()
}

pub fn ok<T: Serialize>(value: &T) -> Result<Response, ApiError> {
    Ok(json(StatusCode::OK, value))
}

impl Reply for ApiError {
    fn into_response(self) -> Response {
        let mut response = json(self.status, &self.body);
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}
