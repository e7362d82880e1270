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

/// A search or compare answer, compressed as the client prefers (see [`Encoding`]).
pub fn json_answer(req: &Request, answer: cache::Answer) -> Response {
    let encoding = Encoding::accepted(&req.headers);
    let mut response = json_body(answer.body(encoding));
    let h = response.headers_mut();
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if let Some(name) = encoding.name() {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
    }
    response
}

/// How an answer travels: as it is, gzipped, or with zstd.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Identity,
    Gzip,
    Zstd,
}

impl Encoding {
    /// The coding `Accept-Encoding` ranks highest of those answers are sent in, zstd when
    /// tied with gzip (a quarter smaller, and cheaper to make); identity when it names
    /// neither or refuses both (`q=0`). `*` is not read as either: a client that names no
    /// coding gets the body as it is.
    pub fn accepted(headers: &HeaderMap) -> Encoding {
        let (gzip, zstd) = (
            quality(headers, &["gzip", "x-gzip"]),
            quality(headers, &["zstd"]),
        );
        match (gzip, zstd) {
            (_, Some(z)) if z > 0.0 && gzip.is_none_or(|g| z >= g) => Encoding::Zstd,
            (Some(g), _) if g > 0.0 => Encoding::Gzip,
            _ => Encoding::Identity,
        }
    }

    /// Its `Content-Encoding` (none for identity).
    pub fn name(self) -> Option<&'static str> {
        match self {
            Encoding::Identity => None,
            Encoding::Gzip => Some("gzip"),
            Encoding::Zstd => Some("zstd"),
        }
    }
}

/// Whether `Accept-Encoding` takes gzip (named, and not with `q=0`): what the files kept
/// only gzipped (the widget, the pages, the map) are sent in.
pub fn accepts_gzip(headers: &HeaderMap) -> bool {
    quality(headers, &["gzip", "x-gzip"]).is_some_and(|q| q > 0.0)
}

/// The coding a file kept in brotli and gzip (the widget's) is sent in: brotli when
/// `Accept-Encoding` takes it (every browser does over HTTPS) and does not rank gzip
/// higher, else gzip when it takes gzip, else none.
pub fn file_coding(headers: &HeaderMap) -> Option<&'static str> {
    let (gzip, br) = (
        quality(headers, &["gzip", "x-gzip"]),
        quality(headers, &["br"]),
    );
    match (gzip, br) {
        (_, Some(b)) if b > 0.0 && gzip.is_none_or(|g| b >= g) => Some("br"),
        (Some(g), _) if g > 0.0 => Some("gzip"),
        _ => None,
    }
}

/// The q-value `Accept-Encoding` gives the first of `names` it lists (1 when it gives
/// none); `None` when it lists none of them.
fn quality(headers: &HeaderMap, names: &[&str]) -> Option<f32> {
    let value = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())?;
    value.split(',').find_map(|coding| {
        let mut parts = coding.split(';').map(str::trim);
        let name = parts.next().unwrap_or("");
        if !names.iter().any(|n| name.eq_ignore_ascii_case(n)) {
            return None;
        }
        let q = parts
            .find_map(|p| p.strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()))
            .unwrap_or(1.0);
        Some(q)
    })
}

/// Serialises an answer for the response cache. sonic-rs writes the same bytes as
/// serde_json (a property test below holds it to that) with SIMD string escaping, which
/// was most of the cost of writing a comparison's 80–200 KB of JSON.
pub fn to_body<T: Serialize>(value: &T) -> Result<bytes::Bytes, ApiError> {
    let mut json = sonic_rs::to_vec(value).map_err(|_| ApiError::internal())?;
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

    fn encoding_for(accept: &str) -> super::Encoding {
        let mut headers = super::HeaderMap::new();
        headers.insert(
            super::header::ACCEPT_ENCODING,
            super::HeaderValue::from_str(accept).unwrap(),
        );
        super::Encoding::accepted(&headers)
    }

    #[test]
    fn a_browser_taking_zstd_gets_zstd_and_one_taking_only_gzip_gets_gzip() {
        use super::Encoding::{Gzip, Identity, Zstd};
        for (accept, want) in [
            ("gzip, deflate, br, zstd", Zstd),
            ("gzip, deflate, br", Gzip),
            ("br;q=1.0, gzip;q=0.8", Gzip),
            ("x-gzip", Gzip),
            ("ZSTD", Zstd),
            ("identity", Identity),
            ("*", Identity),
            ("", Identity),
        ] {
            assert_eq!(encoding_for(accept), want, "{accept}");
        }
    }

    #[test]
    fn a_coding_refused_or_ranked_lower_is_not_sent() {
        use super::Encoding::{Gzip, Identity, Zstd};
        for (accept, want) in [
            ("zstd;q=0, gzip", Gzip),
            ("gzip;q=0, identity", Identity),
            ("gzip;q=0, zstd;q=0", Identity),
            ("gzip;q=1, zstd;q=0.5", Gzip),
            ("gzip;q=0.5, zstd;q=0.5", Zstd),
            ("gzip ; q=0.9, zstd ; q=1.0", Zstd),
        ] {
            assert_eq!(encoding_for(accept), want, "{accept}");
        }
    }
}
