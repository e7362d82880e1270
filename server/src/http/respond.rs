//! The answers handlers give: JSON with a status, a cached body (gzipped when the client
//! takes it), and the JSON error shape.

use serde::Serialize;
use warp::http::header::{self, HeaderValue};
use warp::http::StatusCode;
use warp::reply::Response;
use warp::Reply;

use super::cache;
use super::coding::Encoding;
use super::error::ApiError;

/// A 200 JSON response from an already serialised body (a cached answer).
pub fn json_body(body: bytes::Bytes) -> Response {
    let mut response = Response::new(body.into());
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// A search or compare answer in `encoding`, the coding the client takes
/// ([`Encoding::accepted`]).
pub fn json_answer(encoding: Encoding, answer: cache::Answer) -> Response {
    let mut response = json_body(answer.body(encoding));
    let h = response.headers_mut();
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Some(name) = encoding.name() {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
    }
    response
}

/// Serialises an answer for the response cache. sonic-rs writes the same bytes as
/// serde_json (a property test below holds it to that) with SIMD string escaping, which
/// was most of the cost of writing a comparison's 80–200 KB of JSON.
pub fn to_body<T: Serialize>(value: &T) -> Result<bytes::Bytes, ApiError> {
    write_body(value, Vec::new()).map(bytes::Bytes::from)
}

/// [`to_body`] for answers of one kind, whose buffer starts at the size `hint` has seen:
/// growing a buffer from nothing to a comparison's 80 KB copied it about ten times over.
/// The buffer keeps its room to spare: the response cache trims what it keeps, and an
/// answer sent and dropped needs no second copy.
pub fn to_body_sized<T: Serialize>(value: &T, hint: &SizeHint) -> Result<Vec<u8>, ApiError> {
    written_sized(hint, |json| write_body(value, json))
}

/// An answer `write` appends to the buffer it is given, sized as [`to_body_sized`]'s.
pub fn written_sized(
    hint: &SizeHint,
    write: impl FnOnce(Vec<u8>) -> Result<Vec<u8>, ApiError>,
) -> Result<Vec<u8>, ApiError> {
    let body = write(Vec::with_capacity(hint.capacity()))?;
    hint.saw(body.len());
    Ok(body)
}

fn write_body<T: Serialize>(value: &T, mut json: Vec<u8>) -> Result<Vec<u8>, ApiError> {
    sonic_rs::to_writer(&mut json, value).map_err(|_| ApiError::internal())?;
    Ok(json)
}

/// The size answers of one kind have lately been: a buffer a little larger than the last
/// one written rarely grows. Shared by every request for that kind; a race between two
/// of them only makes a guess a little off.
#[derive(Debug, Default)]
pub struct SizeHint(std::sync::atomic::AtomicUsize);

impl SizeHint {
    /// Never more than this is reserved ahead, whatever one answer weighed.
    const MOST: usize = 1 << 20;

    pub const fn new() -> SizeHint {
        SizeHint(std::sync::atomic::AtomicUsize::new(0))
    }

    fn capacity(&self) -> usize {
        let last = self.0.load(std::sync::atomic::Ordering::Relaxed);
        (last + last / 4).min(Self::MOST)
    }

    fn saw(&self, len: usize) {
        self.0.store(len, std::sync::atomic::Ordering::Relaxed);
    }
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use serde::Serialize;

    /// The shapes the answers hold: any text (control characters, quotes, right-to-left
    /// script, U+2028, astral characters), whole numbers, search scores, lists, maps.
    #[derive(Debug, Serialize)]
    struct Shape {
        text: String,
        list: Vec<String>,
        map: BTreeMap<String, String>,
        missing: Option<String>,
        count: u64,
        difference: i64,
        score: f32,
        ratio: f64,
    }

    fn shape() -> impl Strategy<Value = Shape> {
        let text = || any::<String>();
        (
            text(),
            proptest::collection::vec(text(), 0..4),
            proptest::collection::btree_map(text(), text(), 0..4),
            proptest::option::of(text()),
            any::<u64>(),
            any::<i64>(),
            any::<f32>().prop_filter("JSON has no NaN or infinity", |f| f.is_finite()),
            any::<f64>().prop_filter("JSON has no NaN or infinity", |f| f.is_finite()),
        )
            .prop_map(
                |(text, list, map, missing, count, difference, score, ratio)| Shape {
                    text,
                    list,
                    map,
                    missing,
                    count,
                    difference,
                    score,
                    ratio,
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        #[test]
        fn an_answer_body_is_byte_for_byte_what_serde_json_writes(value in shape()) {
            let body = super::to_body(&value).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            let expected = serde_json::to_vec(&value).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(
                String::from_utf8_lossy(&body),
                String::from_utf8_lossy(&expected)
            );
        }
    }
}
