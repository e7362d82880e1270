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

pub fn widget_file(path: &str, headers: &HeaderMap) -> Result<Response, ApiError> {
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
    h.insert(
        CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
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
pub(super) const ROUTES: &[Route] =
    &[
        Route::read("/widget/{file*}", "widget", Params::Only(&[]), |_, r, a| {
            widget_file(a.at(0), &r.headers)
        })
        .kind(Kind::Internal),
    ];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_widgets_stylesheet_is_served_as_css_and_is_the_pages_sheet() {
        // Without a built widget there is nothing to serve (scripts/build-widget first).
        if !widget_built() {
            return;
        }
        let response = widget_file("offer-atlas.css", &HeaderMap::new()).expect("a stylesheet");
        assert_eq!(response.headers()[CONTENT_TYPE], "text/css; charset=utf-8");
        let (_, css, _) = WIDGET_FILES
            .iter()
            .find(|(name, _, _)| *name == "offer-atlas.css")
            .expect("the stylesheet");
        // scripts/build-widget compacts the sheet as widget/build.rs does for the pages:
        // the widget and the pages look the same.
        assert_eq!(std::str::from_utf8(css).unwrap(), atlas_widget::WIDGET_CSS);
    }
}
