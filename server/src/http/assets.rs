//! The widget's files, embedded at build time, served with the right types, brotli or gzip
//! when the browser accepts it, and CORS so any council's page can load them.

use atlas_shared::ErrorCode;
use warp::http::header::{HeaderValue, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, VARY};
use warp::http::HeaderMap;
use warp::reply::Response;

use super::error::ApiError;
use super::route::{Kind, Params, Route};

/// One widget file as embedded: its path under /widget/, and its bytes as they are,
/// gzipped and in brotli (made by the build script).
pub struct WidgetFile {
    pub name: &'static str,
    pub raw: &'static [u8],
    pub gzip: &'static [u8],
    pub brotli: &'static [u8],
}

fn widget_file_named(name: &str) -> Option<&'static WidgetFile> {
    WIDGET_FILES.iter().find(|f| f.name == name)
}

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
    widget_file_named("offer-atlas.js").is_some()
}

/// The version `offer-atlas.js` asks `name` by, if any: a hash of the file that
/// scripts/build-widget writes into the script. The stylesheet is asked for as
/// `offer-atlas.css?v=VERSION`; a mode's module (its glue `offer_atlas_MODE.js` and wasm
/// `offer_atlas_MODE_bg.wasm`, hashed together) by its entry `offer_atlas_MODE: 'VERSION'`
/// in the script's table of versions. Read from the script this server serves, so the two
/// always agree.
fn current_version(name: &str) -> Option<&'static str> {
    let mark = if name == "offer-atlas.css" {
        "offer-atlas.css?v=".to_string()
    } else {
        let stem = name
            .strip_suffix("_bg.wasm")
            .or_else(|| name.strip_suffix(".js"))
            .filter(|stem| stem.starts_with("offer_atlas_"))?;
        format!("{stem}: '")
    };
    let js = std::str::from_utf8(widget_file_named("offer-atlas.js")?.raw).ok()?;
    let start = js.find(&mark)? + mark.len();
    let end = js[start..]
        .find(|c: char| !c.is_ascii_hexdigit())
        .map_or(js.len(), |n| start + n);
    Some(&js[start..end]).filter(|v| !v.is_empty())
}

/// A widget file. Every file may be kept an hour; the stylesheet or a module's glue or
/// wasm asked for by the version the script names for it (`version`, the `v` parameter)
/// may be kept for a year, since a new file comes with a new script naming a new version.
/// The script itself is never versioned: council pages name it by a fixed address.
pub fn widget_file(
    path: &str,
    headers: &HeaderMap,
    version: Option<&str>,
) -> Result<Response, ApiError> {
    let Some(file) = widget_file_named(path) else {
        return Err(if widget_built() {
            ApiError::not_found("widget file with this name")
        } else {
            ApiError::new(
                ErrorCode::WidgetNotBuilt,
                "This server was built without the widget: run scripts/build-widget, then rebuild.",
            )
        });
    };
    let coding = super::coding::file_coding(headers);
    let body: &'static [u8] = match coding {
        Some("br") => file.brotli,
        Some(_) => file.gzip,
        None => file.raw,
    };
    let mut response = Response::new(body.into());
    let h = response.headers_mut();
    h.insert(
        CONTENT_TYPE,
        HeaderValue::from_static(content_type(file.name)),
    );
    h.insert(VARY, HeaderValue::from_static("accept-encoding"));
    let current = version.is_some() && version == current_version(file.name);
    h.insert(
        CACHE_CONTROL,
        HeaderValue::from_static(if current {
            "public, max-age=31536000, immutable"
        } else {
            "public, max-age=3600"
        }),
    );
    if let Some(coding) = coding {
        h.insert(CONTENT_ENCODING, HeaderValue::from_static(coding));
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
        let css = widget_file_named("offer-atlas.css")
            .expect("the stylesheet")
            .raw;
        // scripts/build-widget compacts the sheet as widget/build.rs does for the pages:
        // the widget and the pages look the same.
        assert_eq!(std::str::from_utf8(css).unwrap(), atlas_widget::WIDGET_CSS);
    }

    #[test]
    fn the_stylesheet_the_script_names_is_kept_a_year_any_other_an_hour() {
        if !widget_built() {
            return;
        }
        let version =
            current_version("offer-atlas.css").expect("offer-atlas.js names its sheet's version");
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
        assert_eq!(cache("offer-atlas.css", None), "public, max-age=3600");
    }

    #[test]
    fn each_modules_glue_and_wasm_by_the_version_the_script_names_are_kept_a_year() {
        if !widget_built() {
            return;
        }
        let cache = |path: &str, v: Option<&str>| {
            let response = widget_file(path, &HeaderMap::new(), v).expect("a widget file");
            response.headers()[CACHE_CONTROL]
                .to_str()
                .unwrap()
                .to_string()
        };
        let mut versions = Vec::new();
        for module in ["compare", "search", "offers", "board", "map", "mirror"] {
            let glue = format!("offer_atlas_{module}.js");
            let wasm = format!("offer_atlas_{module}_bg.wasm");
            let version =
                current_version(&glue).expect("offer-atlas.js names each module's version");
            assert_eq!(version.len(), 16, "{module}: {version}");
            // The glue and its wasm go together: one version for both.
            assert_eq!(current_version(&wasm), Some(version), "{module}");
            for file in [&glue, &wasm] {
                assert_eq!(
                    cache(file, Some(version)),
                    "public, max-age=31536000, immutable",
                    "{file}"
                );
                // An older script's version, or none, gets today's file for an hour only.
                assert_eq!(
                    cache(file, Some("0123456789abcdef")),
                    "public, max-age=3600"
                );
                assert_eq!(cache(file, None), "public, max-age=3600");
            }
            // Another module's version is not this one's.
            assert_eq!(
                cache(&glue, current_version("offer-atlas.css")),
                "public, max-age=3600"
            );
            versions.push(version);
        }
        versions.sort_unstable();
        versions.dedup();
        assert_eq!(versions.len(), 6, "each module has its own version");
    }
}
