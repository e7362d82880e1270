//! Server-rendered pages: the widget's own components rendered to HTML (Yew SSR), so that
//! every comparison, council offer and search works without JavaScript, prints well, and
//! can be shared as a link. Plain GET forms drive them.

use atlas_shared::api::SearchRequest;
use atlas_shared::compare::CompareRequest;
use atlas_shared::Category;
use atlas_widget as ssr;
use atlas_widget::view::AgeBand;
use warp::http::header::{HeaderValue, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use warp::http::StatusCode;
use warp::reply::Response;

use super::{ApiError, AppState, Request};

/// Pages load only their own origin's files. The wasm needs 'wasm-unsafe-eval'; the
/// components' stylesheet is inline.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; \
img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

/// Escapes text for HTML element content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A whole HTML document around a rendered body.
pub(super) fn page(
    req: &Request,
    status: StatusCode,
    title: &str,
    heading: &str,
    body: &str,
) -> Response {
    let html = format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title} – Offer Atlas</title>\n\
<style>{css}\n.page {{ max-width: 60rem; margin: 0 auto; padding: 1rem; font-family: system-ui, sans-serif; color: #0b0c0c; }}\n\
.skip {{ position: absolute; left: -999px; }} .skip:focus {{ position: static; }}\n\
.site-nav a {{ margin-right: 1rem; }}</style>\n</head>\n<body>\n\
<a class=\"skip\" href=\"#main\">Skip to main content</a>\n<div class=\"page\">\n\
<nav class=\"site-nav\" aria-label=\"Offer Atlas\"><a href=\"/\">Home</a><a href=\"/compare\">Compare councils</a><a href=\"/search\">Search</a><a href=\"/covenant/register\">For organisations</a></nav>\n\
<main id=\"main\">\n<h1>{heading}</h1>\n{body}\n</main>\n</div>\n</body>\n</html>\n",
        title = escape(title),
        heading = escape(heading),
        css = atlas_widget::WIDGET_CSS,
    );
    let (bytes, gzipped) = encode(html, req);
    let mut response = Response::new(bytes.into());
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if gzipped {
        headers.insert(
            warp::http::header::CONTENT_ENCODING,
            HeaderValue::from_static("gzip"),
        );
    }
    headers.insert(
        warp::http::header::VARY,
        HeaderValue::from_static("accept-encoding"),
    );
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    response
}

/// The page bytes, gzipped for a browser that accepts it: pages are for phones on little
/// data. Returns whether they were compressed.
fn encode(html: String, req: &Request) -> (Vec<u8>, bool) {
    use std::io::Write;
    let accepts_gzip = req
        .headers
        .get(warp::http::header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|e| e.trim().starts_with("gzip")));
    if accepts_gzip {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        if gz.write_all(html.as_bytes()).is_ok() {
            if let Ok(compressed) = gz.finish() {
                return (compressed, true);
            }
        }
    }
    (html.into_bytes(), false)
}

fn param<'a>(req: &'a Request, name: &str) -> Option<&'a str> {
    req.query
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

/// `/`: what a council's "moving here?" page looks like with the widget embedded.
pub fn home(req: &Request) -> Result<Response, ApiError> {
    let body = "<p>This is a demonstration of a council web page with the Offer Atlas widget on it. \
A council adds the widget with two lines of HTML.</p>\n\
<h2>Moving to Wiltshire?</h2>\n\
<p>If you are a care leaver, find out what support you keep, gain or lose by moving here.</p>\n\
<script type=\"module\" src=\"/widget/offer-atlas.js\"></script>\n\
<offer-atlas to=\"E06000054\"></offer-atlas>\n\
<noscript><p>Your browser is not running JavaScript. \
<a href=\"/compare?to=E06000054\">Compare councils on a simple page</a> instead.</p></noscript>\n\
<h2>Search all offers</h2>\n\
<offer-atlas to=\"E06000054\" mode=\"search\"></offer-atlas>\n\
<p><a href=\"/search\">Search on a simple page</a> · <a href=\"/authorities/E06000054\">Wiltshire's offer</a></p>\n\
<h2>For regional boards</h2>\n\
<p><a href=\"/board/greater-manchester\">Greater Manchester: who meets the care leaver guarantee</a></p>";
    Ok(page(
        req,
        StatusCode::OK,
        "Moving here?",
        "What you get if you move here",
        body,
    ))
}

/// `/compare?from=&to=&age=`: the form, and the comparison once all three are given.
pub async fn compare(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let reference = state.snapshot.get(&state.store)?;
    let mut authorities = reference.authorities.clone();
    authorities.sort_by(|a, b| a.name.cmp(&b.name));
    let from = param(req, "from").map(str::to_string);
    let to = param(req, "to").map(str::to_string);
    let age_text = param(req, "age");
    let age = age_text.and_then(|a| a.parse::<u8>().ok());
    let mut data = ssr::ComparePageData {
        authorities,
        from: from.clone(),
        to: to.clone(),
        age,
        ..Default::default()
    };
    let mut status = StatusCode::OK;
    if let (Some(from), Some(to), Some(age_text)) = (from, to, age_text) {
        match age_text.parse::<u8>() {
            Ok(age) => {
                match super::compare::comparison(
                    state,
                    &CompareRequest {
                        from,
                        to,
                        age,
                        circumstances: Vec::new(),
                    },
                ) {
                    Ok(comparison) => data.comparison = Some(comparison),
                    Err(e) => {
                        status = e.status;
                        data.error = Some(e.body.error.message);
                    }
                }
            }
            Err(_) => {
                status = StatusCode::UNPROCESSABLE_ENTITY;
                data.error = Some("Give an age from 16 to 25.".into());
            }
        }
    }
    let title = match &data.comparison {
        Some(c) => format!("Moving from {} to {}", c.from.name, c.to.name),
        None => "Compare councils".to_string(),
    };
    let body = ssr::render_compare(data).await;
    Ok(page(req, status, &title, &title, &body))
}

/// `/authorities/{code}?band=`: one council's offer by category and age band.
pub async fn authority(state: &AppState, code: &str, req: &Request) -> Result<Response, ApiError> {
    let Some(authority) = state.store.authority(code)? else {
        let body = "<p>We do not know a council with this code. <a href=\"/compare\">Choose a council</a>.</p>";
        return Ok(page(
            req,
            StatusCode::NOT_FOUND,
            "Council not found",
            "Council not found",
            body,
        ));
    };
    let band = param(req, "band").and_then(AgeBand::from_slug);
    let offers = state.store.offers_of(code)?;
    let title = format!("{}: offer for care leavers", authority.name);
    let body = ssr::render_authority(authority, offers, band).await;
    Ok(page(req, StatusCode::OK, &title, &title, &body))
}

/// `/search?q=&category=`: the search form and results.
pub async fn search(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let q: String = param(req, "q")
        .unwrap_or("")
        .chars()
        .take(super::search::MAX_QUERY_CHARS)
        .collect();
    let category = param(req, "category").and_then(Category::from_slug);
    let response = if q.is_empty() && category.is_none() {
        None
    } else {
        let request = SearchRequest {
            q: q.clone(),
            category,
            limit: 20,
            ..SearchRequest::default()
        };
        Some(state.index.search(&request).map_err(|e| {
            tracing::error!(error = %e, "search failed");
            ApiError::internal()
        })?)
    };
    let body = ssr::render_search(q, category, response, None).await;
    Ok(page(
        req,
        StatusCode::OK,
        "Search",
        "Search offers and pledges",
        &body,
    ))
}

/// `/board/{partnership}?item=`: what the partnership's board monitors, server-rendered;
/// `item` narrows the matrix to one guarantee item (readable on a phone).
pub async fn board(state: &AppState, id: &str, req: &Request) -> Result<Response, ApiError> {
    let view = match super::boards::board_view(state, id) {
        Ok(view) => view,
        Err(e) if e.status == StatusCode::NOT_FOUND => {
            let body = "<p>We do not know a partnership with this id. See <a href=\"/api/v1/partnerships\">the list of partnerships</a>.</p>";
            return Ok(page(
                req,
                StatusCode::NOT_FOUND,
                "Partnership not found",
                "Partnership not found",
                body,
            ));
        }
        Err(e) => return Err(e),
    };
    let item = param(req, "item")
        .filter(|i| view.consistency.items.iter().any(|g| g.id == *i))
        .map(str::to_string);
    let title = format!("{}: guarantee consistency", view.consistency.name);
    let body = ssr::render_board(view, item).await;
    // The widget takes over when script runs (choosing an item then needs no reload);
    // until then, and without script, the server's HTML inside the element is the page.
    let body = format!(
        "<script type=\"module\" src=\"/widget/offer-atlas.js\"></script>\n\
<offer-atlas mode=\"board\" partnership=\"{}\">{body}</offer-atlas>",
        escape(id)
    );
    Ok(page(req, StatusCode::OK, &title, &title, &body))
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(
            super::escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
