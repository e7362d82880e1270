//! The widget's files, embedded at build time, served with the right types, gzip when the
//! browser accepts it, and CORS so any council's page can load them.

use atlas_shared::ErrorCode;
use warp::http::header::{HeaderValue, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, VARY};
use warp::http::HeaderMap;
use warp::reply::Response;

use super::error::ApiError;
use super::route::{Kind, Params, Route};

include!(concat!(env!("OUT_DIR"), "/widget_files.rs"));

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("js") | Some("mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// Whether the widget was built into this binary.
pub fn widget_built() -> bool {
    WIDGET_FILES
        .iter()
        .any(|(name, _, _)| *name == "offer-atlas.js")
}

/// What `offer-atlas.js` asks its stylesheet by: `offer-atlas.css?v=VERSION`, a hash of the
/// sheet that scripts/build-widget writes into the script. Read from the script this
/// server serves, so the two always agree.
fn stylesheet_version() -> Option<&'static str> {
    const MARK: &str = "offer-atlas.css?v=";
    let (_, js, _) = WIDGET_FILES
        .iter()
        .find(|(name, _, _)| *name == "offer-atlas.js")?;
    let js = std::str::from_utf8(js).ok()?;
    let start = js.find(MARK)? + MARK.len();
    let end = js[start..]
        .find(|c: char| !c.is_ascii_hexdigit())
        .map_or(js.len(), |n| start + n);
    Some(&js[start..end]).filter(|v| !v.is_empty())
}

/// A widget file. Every file may be kept an hour; the stylesheet asked for by the version
/// the script names (`version`, the `v` parameter) may be kept for a year, since a new
/// sheet comes with a new script naming a new version.
pub fn widget_file(
    path: &str,
    headers: &HeaderMap,
    version: Option<&str>,
) -> Result<Response, ApiError> {
    let Some((name, raw, gzipped)) = WIDGET_FILES.iter().find(|(name, _, _)| *name == path) else {
        return Err(if widget_built() {
            ApiError::not_found("widget file with this name")
        } else {
            ApiError::new(
                ErrorCode::WidgetNotBuilt,
                "This server was built without the widget: run scripts/build-widget, then rebuild.",
            )
        });
    };
    let accepts_gzip = super::respond::accepts_gzip(headers);
    let body: &'static [u8] = if accepts_gzip { gzipped } else { raw };
    let mut response = Response::new(body.into());
    let h = response.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static(content_type(name)));
    h.insert(VARY, HeaderValue::from_static("accept-encoding"));
    let current =
        *name == "offer-atlas.css" && version.is_some() && version == stylesheet_version();
    h.insert(
        CACHE_CONTROL,
        HeaderValue::from_static(if current {
            "public, max-age=31536000, immutable"
        } else {
            "public, max-age=3600"
        }),
    );
    if accepts_gzip {
        h.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    Ok(response)
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

/// The widget's files.
pub(super) const ROUTES: &[Route] = &[Route::read(
    "/widget/{file*}",
    "widget",
    Params::Only(&["v"]),
    |_, r, a| widget_file(a.at(0), &r.headers, r.params(&["v"])?.text("v")),
)
.kind(Kind::Internal)];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_widgets_stylesheet_is_served_as_css_and_is_the_pages_sheet() {
        // Without a built widget there is nothing to serve (scripts/build-widget first).
        if !widget_built() {
            return;
        }
        let response =
            widget_file("offer-atlas.css", &HeaderMap::new(), None).expect("a stylesheet");
        assert_eq!(response.headers()[CONTENT_TYPE], "text/css; charset=utf-8");
        assert_eq!(response.headers()[CACHE_CONTROL], "public, max-age=3600");
        let (_, css, _) = WIDGET_FILES
            .iter()
            .find(|(name, _, _)| *name == "offer-atlas.css")
            .expect("the stylesheet");
        // scripts/build-widget compacts the sheet as widget/build.rs does for the pages:
        // the widget and the pages look the same.
        assert_eq!(std::str::from_utf8(css).unwrap(), atlas_widget::WIDGET_CSS);
    }

    #[test]
    fn the_stylesheet_the_script_names_is_kept_a_year_any_other_an_hour() {
        if !widget_built() {
            return;
        }
        let version = stylesheet_version().expect("offer-atlas.js names its sheet's version");
        assert_eq!(version.len(), 16, "{version}");
        let cache = |path: &str, v: Option<&str>| {
            let response = widget_file(path, &HeaderMap::new(), v).expect("a widget file");
            response.headers()[CACHE_CONTROL]
                .to_str()
                .unwrap()
                .to_string()
        };
        assert_eq!(
            cache("offer-atlas.css", Some(version)),
            "public, max-age=31536000, immutable"
        );
        // An older script's version gets today's sheet, but only for an hour.
        assert_eq!(
            cache("offer-atlas.css", Some("0123456789abcdef")),
            "public, max-age=3600"
        );
        assert_eq!(
            cache("offer-atlas.js", Some(version)),
            "public, max-age=3600"
        );
    }
}
