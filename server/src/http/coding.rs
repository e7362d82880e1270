//! How a body travels: the coding a client takes (`Accept-Encoding`), by one rule for the
//! answers, the pages and the widget's files, and the compressors that make it.

use std::io::Write;

use bytes::Bytes;
use warp::http::header::{self, HeaderMap};

/// How a body travels: as it is, gzipped, or with zstd.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Identity,
    Gzip,
    Zstd,
}

impl Encoding {
    /// The coding answers and pages are sent in: zstd or gzip, whichever
    /// `Accept-Encoding` ranks higher (zstd when tied: a quarter smaller, and cheaper to
    /// make); identity when it names neither or refuses both (`q=0`). `*` is not read as
    /// either: a client that names no coding gets the body as it is.
    pub fn accepted(headers: &HeaderMap) -> Encoding {
        match preferred(headers, "zstd") {
            Pick::Smaller => Encoding::Zstd,
            Pick::Gzip => Encoding::Gzip,
            Pick::Neither => Encoding::Identity,
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

/// The coding a widget file (kept in brotli and gzip) is sent in, by the same rule with
/// brotli in zstd's place: every browser takes brotli over HTTPS.
pub fn file_coding(headers: &HeaderMap) -> Option<&'static str> {
    match preferred(headers, "br") {
        Pick::Smaller => Some("br"),
        Pick::Gzip => Some("gzip"),
        Pick::Neither => None,
    }
}

/// Whether `Accept-Encoding` takes gzip (named, and not with `q=0`): what the map's
/// outlines, kept only gzipped, are sent in.
pub fn accepts_gzip(headers: &HeaderMap) -> bool {
    quality(headers, &["gzip", "x-gzip"]).is_some_and(|q| q > 0.0)
}

/// Which of gzip and a coding that makes smaller bodies a client takes.
enum Pick {
    Smaller,
    Gzip,
    Neither,
}

/// The one rule: `smaller` when `Accept-Encoding` takes it (`q` above 0) and does not
/// rank gzip higher, else gzip when it takes gzip, else neither.
fn preferred(headers: &HeaderMap, smaller: &str) -> Pick {
    let (gzip, other) = (
        quality(headers, &["gzip", "x-gzip"]),
        quality(headers, &[smaller]),
    );
    match (gzip, other) {
        (_, Some(s)) if s > 0.0 && gzip.is_none_or(|g| s >= g) => Pick::Smaller,
        (Some(g), _) if g > 0.0 => Pick::Gzip,
        _ => Pick::Neither,
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

// ---------------------------------------------------------------------------------------
// The compressors
// ---------------------------------------------------------------------------------------

/// gzip at the fastest level: a comparison compresses ~5 to 1 in well under a millisecond
/// (the best level saves a third more, for three times the work on every fresh answer).
pub const FAST_GZIP: flate2::Compression = flate2::Compression::fast();
/// zstd's level 1: smaller than gzip's fastest and about 40% cheaper to make.
pub const FAST_ZSTD: i32 = 1;
/// For what is made once: near zstd's best at a few milliseconds for a catalogue.
pub const BEST_ZSTD: i32 = 15;

/// A page's HTML in `encoding`, made for this request: gzip at its default level (pages
/// are for phones on little data, and DESIGN §7 counts their gzipped bytes), zstd at 7.
pub fn compress_page(html: Bytes, encoding: Encoding) -> Bytes {
    match encoding {
        Encoding::Identity => html,
        Encoding::Gzip => gzip(&html, flate2::Compression::default()),
        Encoding::Zstd => zstd(&html, PAGE_ZSTD),
    }
}

/// zstd for a page: smaller than gzip's default level (by 3–15% on the England
/// registry's compare pages) for under half its work.
const PAGE_ZSTD: i32 = 7;

/// `body` (an answer's JSON, a page, a catalogue) gzipped at `level`.
pub fn gzip(body: &[u8], level: flate2::Compression) -> Bytes {
    let mut encoder = flate2::write::GzEncoder::new(Vec::with_capacity(body.len() / 8), level);
    // Writing to memory cannot fail.
    let _ = encoder.write_all(body);
    let mut out = encoder.finish().unwrap_or_default();
    // Kept as long as the answer: without what the Vec reserved while it grew.
    out.shrink_to_fit();
    Bytes::from(out)
}

/// zstd contexts kept between answers: making one per answer (its tables allocated and
/// cleared) cost as much as the coding saved. At most [`ZSTD_KEPT`] are kept, whatever
/// the number of threads (the blocking pool may grow to hundreds), so they hold a few MB.
static ZSTD: std::sync::Mutex<Vec<zstd::bulk::Compressor<'static>>> =
    std::sync::Mutex::new(Vec::new());
const ZSTD_KEPT: usize = 8;

/// `body` compressed with zstd at `level`, by a context from the pool.
pub fn zstd(body: &[u8], level: i32) -> Bytes {
    let kept = ZSTD.lock().ok().and_then(|mut pool| pool.pop());
    // Compressing into memory fails only on an invalid level; the levels are constants.
    let compressed = kept
        .or_else(|| zstd::bulk::Compressor::new(level).ok())
        .and_then(|mut compressor| {
            compressor.set_compression_level(level).ok()?;
            let out = compressor.compress(body).ok()?;
            if let Ok(mut pool) = ZSTD.lock() {
                if pool.len() < ZSTD_KEPT {
                    pool.push(compressor);
                }
            }
            Some(out)
        });
    let mut out = compressed.unwrap_or_default();
    out.shrink_to_fit();
    Bytes::from(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use warp::http::HeaderValue;

    fn encoding_for(accept: &str) -> Encoding {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(accept).unwrap(),
        );
        Encoding::accepted(&headers)
    }

    #[test]
    fn a_browser_taking_zstd_gets_zstd_and_one_taking_only_gzip_gets_gzip() {
        use Encoding::{Gzip, Identity, Zstd};
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
        use Encoding::{Gzip, Identity, Zstd};
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
