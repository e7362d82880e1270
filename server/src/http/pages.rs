//! Server-rendered pages: the widget's own components rendered to HTML (Yew SSR), so that
//! every comparison, council offer and search works without JavaScript, prints well, and
//! can be shared as a link. Plain GET forms drive them.

use atlas_shared::api::{Action, DocType, SearchRequest};
use atlas_shared::compare::{CompareError, CompareRequest, Comparison};
use atlas_shared::{Category, Offer};
use atlas_widget as ssr;
use atlas_widget::view::AgeBand;
use warp::http::header::{HeaderValue, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use warp::http::StatusCode;
use warp::reply::Response;

use super::error::ApiError;
use super::request::{AppState, Request};
use super::route::{awaits, Kind as RouteKind, Params, Route, Verb};
use crate::store::{Kind, OfferLookup};

/// Pages load only their own origin's files. The wasm needs 'wasm-unsafe-eval'. A page
/// carries the components' stylesheet inline (one request fewer), hence 'unsafe-inline'
/// for styles; the components themselves set no `style` attribute, and the widget on a
/// page links its stylesheet from 'self' (`/widget/offer-atlas.css`), so it would run
/// under a policy without 'unsafe-inline' too, as it must on councils' sites.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; \
img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

/// The page around the components: one padding (the components' own is dropped here, so
/// a phone's width is used), navigation links that never break inside, and print on A4
/// without navigation.
const PAGE_CSS: &str = "body { margin: 0; }
.page { max-width: 60rem; margin: 0 auto; padding: 1rem .75rem; \
font-family: system-ui, sans-serif; color: #0b0c0c; }
.page .atlas { padding: 0; }
.skip { position: absolute; left: -999px; } .skip:focus { position: static; }
.site-nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0 0 1rem; }
.site-nav a { white-space: nowrap; }
h1 { font-size: 2rem; line-height: 1.15; margin: .5rem 0 1rem; }
@page { size: A4; margin: 15mm; }
.site-footer { border-top: 1px solid #b1b4b6; margin: 2rem 0 0; padding: .75rem 0 0; }
.site-footer p { margin: 0; }
@media print { .skip, .site-nav, .site-footer { display: none; } .page { max-width: none; padding: 0; } \
h1 { font-size: 1.4rem; margin: 0 0 .5rem; } }";

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
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

/// The site's navigation, on every page the server renders.
pub const SITE_NAV: &str = "<a href=\"/\">Home</a><a href=\"/compare\">Compare councils</a><a href=\"/search\">Search</a><a href=\"/map\">Map</a><a href=\"/coverage\">What we hold</a><a href=\"/covenant/register\">For organisations</a>";

/// The footer of every public page the server renders: the way in for staff (council
/// editors, signatories, moderators) who come back to the site. A link only: public
/// pages set no cookie.
pub const SITE_FOOTER: &str =
    "<footer class=\"site-footer\"><p><a href=\"/editor/sign-in\">Staff sign in</a></p></footer>";

/// The parts of an HTML document around a rendered body.
pub struct Document<'a> {
    pub title: &'a str,
    pub heading: &'a str,
    pub body: &'a str,
    /// Extra elements for `<head>` (already HTML, such as a feed's `<link>`).
    pub head: &'a str,
    /// A stylesheet of the page's own, after the shared ones (CSS).
    pub css: &'a str,
    /// The navigation links (HTML).
    pub nav: &'a str,
    /// Where the skip link goes: `#main`, or straight to a page's answer.
    pub skip: &'a str,
    /// After the main content (HTML, such as [`SITE_FOOTER`]); empty for none.
    pub footer: &'a str,
}

/// A whole HTML document: used by the server's pages and by `offer-atlas publish`.
pub fn document(d: &Document<'_>) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title} – Offer Atlas</title>\n{head}\
<style>{css}\n{PAGE_CSS}\n{own_css}</style>\n</head>\n<body>\n\
<a class=\"skip\" href=\"{skip}\">{skip_text}</a>\n<div class=\"page\">\n\
<nav class=\"site-nav\" aria-label=\"Offer Atlas\">{nav}</nav>\n\
<main id=\"main\">\n<h1>{heading}</h1>\n{body}\n</main>\n{footer}</div>\n</body>\n</html>\n",
        title = escape(d.title),
        heading = escape(d.heading),
        head = d.head,
        nav = d.nav,
        own_css = d.css,
        body = d.body,
        footer = if d.footer.is_empty() { String::new() } else { format!("{}\n", d.footer) },
        css = atlas_widget::WIDGET_CSS,
        skip = escape(d.skip),
        skip_text = if d.skip == "#main" { "Skip to main content" } else { "Skip to the answer" },
    )
}

/// The `<link>` that lets browsers and feed readers find a page's Atom feed.
pub fn feed_link(title: &str, href: &str) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{}\">\n",
        escape(title),
        escape(href)
    )
}

/// A whole HTML document around a rendered body.
pub(super) fn page(
    req: &Request,
    status: StatusCode,
    title: &str,
    heading: &str,
    body: &str,
) -> Response {
    page_full(req, status, &parts(title, heading, body))
}

/// A page whose `<head>` carries `head` too (a feed's link).
pub(super) fn page_with_head(
    req: &Request,
    status: StatusCode,
    title: &str,
    heading: &str,
    body: &str,
    head: &str,
) -> Response {
    page_full(
        req,
        status,
        &Document {
            head,
            ..parts(title, heading, body)
        },
    )
}

/// A page with a stylesheet of its own after the components' one (the editors'
/// workspace), so public pages and the widget never carry it. Staff are already in the
/// workspace there: no "Staff sign in" footer.
pub(super) fn page_with_css(
    req: &Request,
    status: StatusCode,
    title: &str,
    heading: &str,
    body: &str,
    css: &str,
) -> Response {
    page_full(
        req,
        status,
        &Document {
            css,
            footer: "",
            ..parts(title, heading, body)
        },
    )
}

/// A page whose skip link goes to `skip` (a comparison's answer).
fn page_skipping_to(
    req: &Request,
    status: StatusCode,
    title: &str,
    heading: &str,
    body: &str,
    skip: &str,
) -> Response {
    page_full(
        req,
        status,
        &Document {
            skip,
            ..parts(title, heading, body)
        },
    )
}

/// A document of the site's own: its navigation, no extra head or stylesheet, the skip
/// link to the main content, and the footer with the way in for staff.
fn parts<'a>(title: &'a str, heading: &'a str, body: &'a str) -> Document<'a> {
    Document {
        title,
        heading,
        body,
        head: "",
        css: "",
        nav: SITE_NAV,
        skip: "#main",
        footer: SITE_FOOTER,
    }
}

fn page_full(req: &Request, status: StatusCode, d: &Document<'_>) -> Response {
    let html = document(d);
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

/// What is held and how current it is, in a sentence, for the home page and `/coverage`.
fn currency(c: &atlas_shared::coverage::Coverage) -> String {
    let e = &c.england;
    let mut text = format!(
        "We hold the own Local Offer of {} of England's {} councils with children's services",
        e.full + e.partial,
        e.councils
    );
    if let (Some(oldest), Some(newest)) = (c.oldest_as_of, c.newest_as_of) {
        text.push_str(&format!(
            ", as their documents and pages stood on dates from {} to {}",
            atlas_shared::long_date(oldest),
            atlas_shared::long_date(newest)
        ));
    }
    text.push_str(". Each answer says how old its source is.");
    text
}

/// `/`: what a council's "moving here?" page looks like with the widget embedded, and
/// what the registry holds.
pub fn home(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let held = format!(
        "<h2>What we hold</h2>\n<p>{} <a href=\"/coverage\">Which councils, and how current</a>.</p>\n\
<p>The offers are the councils' own published words, summarised with a link to each source; \
covenant pledges are the organisations' own. Council codes and areas come from the Office for \
National Statistics under the Open Government Licence v3.0.</p>",
        escape(&currency(&super::catalog::coverage_of(state)?))
    );
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
        &format!("{body}\n{held}"),
    ))
}

/// `/coverage`: what the registry holds of each council's own offer, by region.
pub fn coverage(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    use atlas_shared::coverage::Held;
    use std::fmt::Write;
    let c = super::catalog::coverage_of(state)?;
    let mut body = format!("<p>{}</p>", escape(&currency(&c)));
    let e = &c.england;
    let _ = write!(
        body,
        "<p>Of England's {} councils with children's services, we hold the own offer of {}:          {} covering all six areas the law asks a Local Offer to cover ({}), and {} in part.          For the other {} we hold nothing of their own yet, which does not mean they offer          nothing. What the law gives every care leaver is shown in every comparison.</p>",
        e.councils,
        e.full + e.partial,
        e.full,
        escape(&c.areas.join(", ")),
        e.partial,
        e.none
    );
    body.push_str(
        "<table class=\"atlas-table\"><caption>Councils whose own offer we hold, by region</caption>         <thead><tr><th scope=\"col\">Region</th><th scope=\"col\">Councils</th>         <th scope=\"col\">All six areas</th><th scope=\"col\">Some areas</th>         <th scope=\"col\">None held</th></tr></thead><tbody>",
    );
    for r in c.regions.iter().chain(std::iter::once(&c.england)) {
        let _ = write!(
            body,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&r.region),
            r.councils,
            r.full,
            r.partial,
            r.none
        );
    }
    body.push_str("</tbody></table>");
    body.push_str(
        "<table class=\"atlas-table\"><caption>Each council</caption><thead><tr>         <th scope=\"col\">Council</th><th scope=\"col\">Held</th><th scope=\"col\">Offers</th>         <th scope=\"col\">Newest source</th><th scope=\"col\">Areas not covered</th>         </tr></thead><tbody>",
    );
    for council in &c.councils {
        let held = match council.held {
            Held::Full => "All six areas",
            Held::Partial => "Some areas",
            Held::None => "Not held",
        };
        let published = council
            .offer_url
            .as_deref()
            .map(|u| format!(" · <a href=\"{}\">its published offer</a>", escape(u)))
            .unwrap_or_default();
        let _ = write!(
            body,
            "<tr><th scope=\"row\"><a href=\"/authorities/{}\">{}</a>{published}</th><td>{held}</td>             <td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&council.code),
            escape(&council.name),
            council.offers,
            council
                .as_of
                .map(atlas_shared::long_date)
                .unwrap_or_else(|| "–".into()),
            escape(&council.missing_areas.join(", ")),
        );
    }
    body.push_str("</tbody></table>");
    Ok(page(
        req,
        StatusCode::OK,
        "What we hold",
        "What we hold of each council's offer",
        &body,
    ))
}

/// The compare form's query as the API reads it: only the comparison's own parameters
/// (a page ignores others, such as a campaign's tags), and the circumstances' ticked
/// boxes (`circumstances=a&circumstances=b`) joined into the API's one list.
fn compare_pairs(req: &Request) -> Vec<(String, String)> {
    form_pairs(req, CompareRequest::PARAMETERS)
}

/// A form's query as the API reads it: only `parameters`, each once (the first counts),
/// ticked boxes of `circumstances` joined into one list.
fn form_pairs(req: &Request, parameters: &[&str]) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (name, value) in &req.query {
        if !parameters.contains(&name.as_str()) {
            continue;
        }
        let value = value.trim();
        match pairs.iter_mut().find(|(n, _)| n == name) {
            Some((_, joined)) if name == "circumstances" => {
                if !value.is_empty() {
                    if !joined.is_empty() {
                        joined.push(',');
                    }
                    joined.push_str(value);
                }
            }
            // A field given twice by a hand-made link: the first counts.
            Some(_) => {}
            None => pairs.push((name.clone(), value.to_string())),
        }
    }
    pairs
}

/// A submitted form: one that says who looked after them or their age (a link that only
/// names the council to move to, as the widget's, opens the form to fill in).
fn submitted(req: &Request) -> bool {
    req.query.iter().any(|(n, _)| n == "from" || n == "age")
}

/// `/compare?from=&to=&age=&circumstances=&district=`: the form, and the comparison once
/// it is submitted. A problem (a missing age too) is told in the page's words (councils
/// and ages, not parameters and codes), beside the field, with what was chosen kept.
pub async fn compare(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let reference = state.snapshot.get(&state.store)?;
    let mut authorities = reference.authorities.clone();
    authorities.sort_by(|a, b| a.name.cmp(&b.name));
    let pairs = compare_pairs(req);
    let text = |name: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.to_ascii_uppercase())
            .filter(|v| !v.is_empty())
    };
    let circumstances = atlas_shared::query::Query::parse(&pairs, CompareRequest::PARAMETERS)
        .ok()
        .and_then(|q| q.circumstances("circumstances").ok())
        .unwrap_or_default();
    let mut data = ssr::ComparePageData {
        authorities,
        from: text("from"),
        to: text("to"),
        age: pairs
            .iter()
            .find(|(n, _)| n == "age")
            .and_then(|(_, a)| atlas_shared::query::parse_age(a)),
        circumstances,
        district: text("district"),
        group: pairs
            .iter()
            .find(|(n, _)| n == "group")
            .and_then(|(_, g)| atlas_shared::Circumstance::from_slug(g.trim()))
            .filter(|g| g.is_group()),
        today: Some(chrono::Utc::now().date_naive()),
        ..Default::default()
    };
    let mut status = StatusCode::OK;
    if submitted(req) {
        match page_comparison(state, &pairs)? {
            Ok(comparison) => data.comparison = Some(comparison),
            Err((field, message)) => {
                // The same status the API gives the same mistake.
                status = StatusCode::BAD_REQUEST;
                data.error = Some((field, message));
            }
        }
    }
    let title = match (&data.comparison, &data.error) {
        (Some(c), _) => atlas_widget::components::result_heading(c),
        (None, Some(_)) => "Error: Compare councils".to_string(),
        (None, None) => "Compare councils".to_string(),
    };
    let heading = title.trim_start_matches("Error: ").to_string();
    // With an answer, the skip link goes straight to it.
    let skip = if data.comparison.is_some() {
        "#atlas-result-title"
    } else {
        "#main"
    };
    let body = ssr::render_compare(data).await;
    Ok(page_skipping_to(req, status, &title, &heading, &body, skip))
}

/// The page's words for a field at fault: councils and ages, not parameters and codes.
fn field_message(field: &str) -> &'static str {
    match field {
        "from" => "Choose the council that looked after you from the list.",
        "to" => "Choose the council you might move to from the list.",
        "age" => "Choose your age, from 16 to 25.",
        "district" => "Choose the district you live in from the list, or leave it empty.",
        "group" => "Choose one of the groups listed, or not sure.",
        _ => "Tick only the situations listed, or none.",
    }
}

/// The comparison a page asks for (its query read as the API reads it), or the field at
/// fault and what to do, in the page's words.
fn page_comparison(
    state: &AppState,
    pairs: &[(String, String)],
) -> Result<Result<Comparison, (String, String)>, ApiError> {
    let request = match atlas_shared::query::Query::parse(pairs, CompareRequest::PARAMETERS)
        .and_then(|q| CompareRequest::from_query(&q))
    {
        Ok(request) => request,
        Err(e) => {
            let field = match e.field.as_str() {
                f @ ("from" | "to" | "age" | "district" | "group") => f,
                _ => "circumstances",
            };
            return Ok(Err((field.to_string(), field_message(field).to_string())));
        }
    };
    // The API's cached answer, read back: a page someone asked for a moment ago (or the
    // same comparison through the API) is not computed again.
    let comparison = match super::compare::comparison_body(state, &request)? {
        Ok(answer) => Ok(
            serde_json::from_slice::<Comparison>(&answer.json).map_err(|e| {
                tracing::error!(error = %e, "a cached comparison did not read back");
                ApiError::internal()
            })?,
        ),
        Err(e) => Err(e),
    };
    Ok(comparison.map_err(|e| {
        let message = match e {
            CompareError::FromCannotBeResponsible => {
                "Choose the county council that looked after you: a district council does not look after children."
            }
            other => field_message(other.field()),
        };
        (e.field().to_string(), message.to_string())
    }))
}

/// `/compare/questions?from=&to=&age=&circumstances=&district=`: the comparison's
/// questions, to print and take to a Personal Adviser.
pub async fn questions(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let pairs = compare_pairs(req);
    let given = |name: &str| pairs.iter().any(|(n, v)| n == name && !v.is_empty());
    if !(given("from") && given("to") && given("age")) {
        let body = "<p>Compare two councils first: <a href=\"/compare\">choose the councils and your age</a>.</p>";
        return Ok(page(
            req,
            StatusCode::BAD_REQUEST,
            "Error: Questions to take to your Personal Adviser",
            "Questions to take to your Personal Adviser",
            body,
        ));
    }
    match page_comparison(state, &pairs)? {
        Ok(comparison) => {
            let title = if comparison.from.code == comparison.to.code {
                format!(
                    "Questions to take to your Personal Adviser: {}",
                    comparison.from.name
                )
            } else {
                format!(
                    "Questions to take to your Personal Adviser: moving from {} to {}",
                    comparison.from.name, comparison.to.name
                )
            };
            let body = ssr::render_questions(comparison).await;
            Ok(page(
                req,
                StatusCode::OK,
                &title,
                "Questions to take to your Personal Adviser",
                &body,
            ))
        }
        Err((_, message)) => {
            let body = format!(
                "<p>{} <a href=\"/compare\">Compare councils</a>.</p>",
                escape(&message)
            );
            Ok(page(
                req,
                StatusCode::BAD_REQUEST,
                "Error: Questions to take to your Personal Adviser",
                "Questions to take to your Personal Adviser",
                &body,
            ))
        }
    }
}

/// `/offers/{id}`: one offer, readable, with its source and history.
pub async fn offer(state: &AppState, id: &str, req: &Request) -> Result<Response, ApiError> {
    let found = match state.store.offer(id)? {
        OfferLookup::Current(offer) => Some(*offer),
        OfferLookup::Retired => {
            let body = "<p>The council has retired this offer: it is no longer part of its Local Offer.</p>";
            return Ok(page(
                req,
                StatusCode::GONE,
                "Offer retired",
                "Offer retired",
                body,
            ));
        }
        OfferLookup::Missing => None,
    };
    let authority = match &found {
        Some(o) => state.store.authority(&o.authority)?,
        None => None,
    };
    let (Some(offer), Some(authority)) = (found, authority) else {
        return Ok(not_found_page(req));
    };
    let history = offer_history(&state.store, id)?;
    let title = format!("{}: {}", authority.name, offer.content.title);
    let heading = offer.content.title.clone();
    let body = ssr::render_offer(offer, authority, history).await;
    Ok(page(req, StatusCode::OK, &title, &heading, &body))
}

/// An offer's history as its page lists it: (version, what happened, when, by whom).
pub fn offer_history(
    store: &crate::store::Store,
    id: &str,
) -> Result<Vec<(u64, String, String, String)>, crate::store::StoreError> {
    Ok(store
        .history::<Offer>(Kind::Offer, id)?
        .map(|h| h.versions)
        .unwrap_or_default()
        .into_iter()
        .map(|v| {
            let action = match v.action {
                Action::Created => "added",
                Action::Updated => "changed",
                Action::Retired => "retired",
                Action::Reviewed => "reviewed with no change",
                Action::Restored => "restored",
                _ => "changed",
            };
            (
                v.version,
                action.to_string(),
                v.at.format("%-d %B %Y").to_string(),
                v.actor,
            )
        })
        .collect())
}

/// The page for an address that names nothing, for browsers outside `/api/`.
pub fn not_found_page(req: &Request) -> Response {
    let body = "<p>There is no page at this address. It may have moved, or the link may be wrong.</p>\n\
<p><a href=\"/\">Go to the home page</a>, <a href=\"/compare\">compare councils</a> or <a href=\"/search\">search the offers</a>.</p>";
    page(
        req,
        StatusCode::NOT_FOUND,
        "Page not found",
        "Page not found",
        body,
    )
}

/// The page for a page's address with a query parameter it does not take (or one given
/// twice): 400, as the API answers the same mistake, naming the parameter.
pub fn bad_parameter_page(headers: &warp::http::HeaderMap, path: &str, e: &ApiError) -> Response {
    let req = Request {
        method: warp::http::Method::GET,
        query: Vec::new(),
        headers: headers.clone(),
        body: bytes::Bytes::new(),
        client: None,
        via_proxy: false,
    };
    let body = format!(
        "<p>This page does not take part of its address: {}</p>\n<p><a href=\"{}\">Open the page without it</a>.</p>",
        escape(&e.body.error.message),
        escape(path)
    );
    page(
        &req,
        StatusCode::BAD_REQUEST,
        "Error: There is a problem with this address",
        "There is a problem with this address",
        &body,
    )
}

/// Whether the client asked for HTML (a browser), so a page rather than JSON suits it.
pub fn wants_html(headers: &warp::http::HeaderMap) -> bool {
    headers
        .get(warp::http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
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
    let head = feed_link(
        &format!("Changes to {}'s offer", authority.name),
        &crate::feeds::Subject::Authority(authority.code.clone()).path(),
    );
    let body = ssr::render_authority(authority, offers, band).await;
    Ok(page_with_head(
        req,
        StatusCode::OK,
        &title,
        &title,
        &body,
        &head,
    ))
}

/// `/search?q=&category=`: the search form and results.
pub async fn search(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let q: String = param(req, "q")
        .unwrap_or("")
        .chars()
        .take(atlas_shared::api::MAX_SEARCH_CHARS)
        .collect();
    let category = param(req, "category").and_then(Category::from_slug);
    // A comparison links here for every covenant pledge on a topic (it lists a few).
    let pledges_on = param(req, "topic")
        .and_then(atlas_shared::topic::topic)
        .filter(|_| param(req, "type") == Some("pledge"));
    let response = if q.is_empty() && category.is_none() && pledges_on.is_none() {
        None
    } else {
        let request = SearchRequest {
            q: q.clone(),
            category,
            doc_type: pledges_on.map(|_| DocType::Pledge),
            topic: pledges_on.map(|t| t.slug.to_string()),
            limit: if pledges_on.is_some() { 100 } else { 20 },
            // The page says how many match: it counts them.
            exact_total: true,
            ..SearchRequest::default()
        };
        Some(state.index.search(&request).map_err(|e| {
            tracing::error!(error = %e, "search failed");
            ApiError::internal()
        })?)
    };
    let scope = pledges_on.map(|t| format!("Care Leaver Covenant pledges on “{}”", t.label));
    let body = ssr::render_search(q, category, scope, response, None).await;
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
    let head = feed_link(
        &format!(
            "Changes to {} and its councils' offers",
            view.consistency.name
        ),
        &crate::feeds::Subject::Partnership(view.consistency.partnership.clone()).path(),
    );
    // The members on the map, by the item chosen (else the first): after the element, so
    // it stays when the widget takes over the matrix.
    let map_item = item
        .clone()
        .or_else(|| view.consistency.items.first().map(|i| i.id.clone()));
    let map = match map_item
        .and_then(|i| atlas_shared::map::board_map(&super::map::MAP.areas, &view.consistency, &i))
    {
        Some(answer) => {
            let reference = state.snapshot.get(&state.store)?;
            let known = reference
                .authorities
                .iter()
                .map(|a| a.code.clone())
                .collect();
            let note = if item.is_none() {
                "<p>The map shows the first item of the guarantee: choose another above.</p>"
            } else {
                ""
            };
            let figure =
                ssr::render_board_map(answer, super::map::MAP.geometry.clone(), known).await;
            format!("{note}{figure}")
        }
        None => String::new(),
    };
    let body = ssr::render_board(view, item).await;
    // The widget takes over when script runs (choosing an item then needs no reload);
    // until then, and without script, the server's HTML inside the element is the page.
    let body = format!(
        "<script type=\"module\" src=\"/widget/offer-atlas.js\"></script>\n\
<offer-atlas mode=\"board\" partnership=\"{}\">{body}</offer-atlas>\n{map}",
        escape(id)
    );
    Ok(page_full(
        req,
        StatusCode::OK,
        &Document {
            head: &head,
            css: atlas_widget::components::map::MAP_CSS,
            ..parts(&title, &title, &body)
        },
    ))
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

/// The compare form's fields (a page reads them leniently: a form sends every field, maybe
/// empty, and a checkbox per ticked box).
const COMPARE_FIELDS: &[&str] = &["from", "to", "age", "circumstances", "district", "group"];

/// A public page of this family: GET, told as a page when refused.
const fn page_route(
    path: &'static str,
    name: &'static str,
    fields: &'static [&'static str],
    handler: super::route::Handler,
) -> Route {
    Route::awaits(Verb::Get, path, name, handler)
        .kind(RouteKind::Page)
        .params(Params::Form(fields))
}

/// The page's words for a map's field at fault.
fn map_field_message(field: &str) -> &'static str {
    match field {
        "topic" => "Choose what help to show, or a council to move from, or both.",
        "from" => "Choose the council that looked after you from the list, or none.",
        "age" => "Choose your age, from 16 to 25.",
        _ => "Tick only the situations listed, or none.",
    }
}

/// `/map?topic=&from=&age=&circumstances=`: the form, and once submitted England coloured
/// by the answer (the same as `GET /api/v1/map`), its key, counts and table. Without a
/// query, the form and council tax at 18 as an example.
pub async fn map(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    use atlas_shared::map::MapRequest;
    let reference = state.snapshot.get(&state.store)?;
    let mut authorities: Vec<atlas_shared::Authority> = reference
        .authorities
        .iter()
        .filter(|a| a.tier.runs_leaving_care() && a.replaced_on.is_none())
        .cloned()
        .collect();
    authorities.sort_by(|a, b| a.name.cmp(&b.name));
    let mut pairs = form_pairs(req, MapRequest::PARAMETERS);
    if pairs.is_empty() {
        pairs = vec![
            ("topic".to_string(), "council-tax".to_string()),
            ("age".to_string(), "18".to_string()),
        ];
    }
    let value = |name: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let mut data = ssr::MapPageData {
        authorities,
        geometry: super::map::MAP.geometry.clone(),
        topic: value("topic"),
        from: value("from").map(|f| f.to_ascii_uppercase()),
        age: value("age").and_then(|a| atlas_shared::query::parse_age(&a)),
        ..Default::default()
    };
    let request = atlas_shared::query::Query::parse(&pairs, MapRequest::PARAMETERS)
        .and_then(|q| MapRequest::from_query(&q));
    let mut status = StatusCode::OK;
    let problem = match request {
        Err(e) => Some(e.field),
        Ok(request) => {
            data.circumstances = request.circumstances.clone();
            match super::map::answer(state, &request)? {
                Ok(answer) => {
                    data.answer = Some(answer);
                    None
                }
                Err(p) => Some(p.field.to_string()),
            }
        }
    };
    if let Some(field) = problem {
        let field = match field.as_str() {
            f @ ("topic" | "from" | "age") => f,
            _ => "circumstances",
        };
        status = StatusCode::BAD_REQUEST;
        data.error = Some((field.to_string(), map_field_message(field).to_string()));
    }
    let title = match (&data.answer, &data.error) {
        (Some(a), _) => format!("Map: {}", a.question),
        (None, Some(_)) => "Error: Where could I move?".to_string(),
        (None, None) => "Where could I move?".to_string(),
    };
    let body = ssr::render_map(data).await;
    Ok(page_full(
        req,
        status,
        &Document {
            css: atlas_widget::components::map::MAP_CSS,
            ..parts(&title, "Where could I move? A map of England", &body)
        },
    ))
}

/// The public pages that work without JavaScript.
pub(super) const ROUTES: &[Route] = &[
    Route::read("/", "page_home", Params::Form(&[]), |s, r, _| home(s, r)).kind(RouteKind::Page),
    Route::read(
        "/coverage",
        "page_coverage",
        Params::Form(&[]),
        |s, r, _| coverage(s, r),
    )
    .kind(RouteKind::Page),
    page_route(
        "/compare",
        "page_compare",
        COMPARE_FIELDS,
        awaits!(s, a, r => compare(s, &r)),
    ),
    page_route(
        "/compare/questions",
        "page_questions",
        COMPARE_FIELDS,
        awaits!(s, a, r => questions(s, &r)),
    ),
    page_route(
        "/map",
        "page_map",
        atlas_shared::map::MapRequest::PARAMETERS,
        awaits!(s, a, r => map(s, &r)),
    ),
    page_route(
        "/offers/{id}",
        "page_offer",
        &[],
        awaits!(s, a, r => offer(s, a.at(0), &r)),
    ),
    page_route(
        "/authorities/{code}",
        "page_authority",
        &["band"],
        awaits!(s, a, r => authority(s, a.at(0), &r)),
    ),
    page_route(
        "/search",
        "page_search",
        &["q", "category", "type", "topic"],
        awaits!(s, a, r => search(s, &r)),
    ),
    page_route(
        "/board/{id}",
        "page_board",
        &["item"],
        awaits!(s, a, r => board(s, a.at(0), &r)),
    ),
];

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
