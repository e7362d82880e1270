//! Server-rendered pages: the widget's own components rendered to HTML (Yew SSR), so that
//! every comparison, council offer and search works without JavaScript, prints well, and
//! can be shared as a link. Plain GET forms drive them.

use atlas_shared::api::{Action, DocType, SearchRequest};
use atlas_shared::compare::{CompareError, CompareRequest, Comparison};
use atlas_shared::words::{with_lang, Arg, Lang, Locale};
use atlas_shared::{Category, Offer};
use atlas_widget as ssr;
use atlas_widget::view::AgeBand;
use std::borrow::Cow;
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
.skip { position: absolute; inset-inline-start: -999px; } .skip:focus { position: static; }
.languages ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0 0 .5rem; padding: 0; }
.languages a[aria-current] { font-weight: bold; text-decoration: none; }
.translation-note { font-size: .9rem; margin: .75rem 0 0; }
.site-nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0 0 1rem; }
.site-nav a { white-space: nowrap; }
h1 { font-size: 2rem; line-height: 1.15; margin: .5rem 0 1rem; }
@page { size: A4; margin: 15mm; }
.site-footer { border-top: 1px solid #b1b4b6; margin: 2rem 0 0; padding: .75rem 0 0; }
.site-footer p { margin: 0; }
@media print { .skip, .languages, .site-nav, .site-footer { display: none; } .page { max-width: none; padding: 0; } \
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

/// The site's navigation, on every page the server renders, in the reader's language.
pub fn site_nav(locale: &Locale) -> String {
    [
        ("/", "nav-home"),
        ("/compare", "nav-compare"),
        ("/search", "nav-search"),
        ("/map", "nav-map"),
        ("/coverage", "nav-coverage"),
        ("/covenant/register", "nav-organisations"),
    ]
    .iter()
    .map(|(href, id)| {
        format!(
            "<a href=\"{}\">{}</a>",
            escape(&locale.link(href)),
            escape(&locale.t(id))
        )
    })
    .collect()
}

/// The footer of every public page the server renders: the way in for staff (council
/// editors, signatories, moderators) who come back to the site. A link only: public
/// pages set no cookie.
pub fn site_footer(locale: &Locale) -> String {
    format!(
        "<footer class=\"site-footer\"><p><a href=\"{}\">{}</a></p></footer>",
        escape(&locale.link("/editor/sign-in")),
        escape(&locale.t("footer-staff-sign-in"))
    )
}

/// The parts of an HTML document around a rendered body.
pub struct Document<'a> {
    /// The reader's language: the document's `lang` and `dir`, and its frame's words.
    pub locale: Locale,
    /// The page's own address, for the language menu (each language links to this page
    /// in that language); `None` for a page with no menu (a static copy).
    pub here: Option<Cow<'a, str>>,
    pub title: &'a str,
    pub heading: &'a str,
    /// The heading's language when it is published words (an offer's title), not ours.
    pub heading_lang: Option<&'static str>,
    pub body: &'a str,
    /// Extra elements for `<head>` (already HTML, such as a feed's `<link>`).
    pub head: &'a str,
    /// A stylesheet of the page's own, after the shared ones (CSS).
    pub css: &'a str,
    /// The navigation links (HTML).
    pub nav: Cow<'a, str>,
    /// Where the skip link goes: `#main`, or straight to a page's answer.
    pub skip: &'a str,
    /// After the main content (HTML, such as [`site_footer`]); empty for none.
    pub footer: Cow<'a, str>,
}

/// The menu of languages: each named in itself, linking to this page in it.
fn language_menu(locale: &Locale, here: &str) -> String {
    let items: String = Lang::MENU
        .iter()
        .map(|lang| {
            let current = if *lang == locale.lang() {
                " aria-current=\"true\""
            } else {
                ""
            };
            format!(
                "<li><a href=\"{href}\" lang=\"{tag}\" hreflang=\"{tag}\" dir=\"{dir}\"{current}>{name}</a></li>",
                href = escape(&with_lang(here, Some(*lang))),
                tag = lang.tag(),
                dir = lang.direction().attr(),
                name = lang.name(),
            )
        })
        .collect();
    format!(
        "<nav class=\"languages\" aria-label=\"{}\"><ul>{items}</ul></nav>\n",
        escape(&locale.t("menu-languages"))
    )
}

/// A whole HTML document: used by the server's pages and by `offer-atlas publish`.
pub fn document(d: &Document<'_>) -> String {
    let locale = &d.locale;
    let unreviewed = if locale.t("catalogue-review") == "awaiting" {
        format!(
            "<p class=\"translation-note\">{}</p>",
            escape(&locale.t("footer-translation-unreviewed"))
        )
    } else {
        String::new()
    };
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n{head}\
<style>{css}\n{PAGE_CSS}\n{own_css}</style>\n</head>\n<body>\n\
<a class=\"skip\" href=\"{skip}\">{skip_text}</a>\n<div class=\"page\">\n{menu}\
<nav class=\"site-nav\" aria-label=\"{brand}\">{nav}</nav>\n\
<main id=\"main\">\n<h1{heading_lang}>{heading}</h1>\n{body}\n</main>\n{footer}</div>\n</body>\n</html>\n",
        lang = locale.lang().tag(),
        dir = locale.direction().attr(),
        title = escape(&locale.f("page-title", &[("title", d.title.into())])),
        heading = escape(d.heading),
        heading_lang = d
            .heading_lang
            .map(|l| format!(" lang=\"{l}\" dir=\"ltr\""))
            .unwrap_or_default(),
        head = d.head,
        menu = d.here.as_ref().map(|here| language_menu(locale, here)).unwrap_or_default(),
        brand = escape(&locale.t("site-name")),
        nav = d.nav,
        own_css = d.css,
        body = d.body,
        // The note on an unchecked translation closes the footer (a landmark, as every
        // part of a page must be in one).
        footer = match (d.footer.is_empty(), unreviewed.is_empty()) {
            (true, true) => String::new(),
            (true, false) => format!("<footer class=\"site-footer\">{unreviewed}</footer>\n"),
            (false, _) => format!("{}\n", d.footer.replacen("</footer>", &format!("{unreviewed}</footer>"), 1)),
        },
        css = atlas_widget::WIDGET_CSS,
        skip = escape(d.skip),
        skip_text = escape(&locale.t(if d.skip == "#main" { "skip-to-main" } else { "skip-to-answer" })),
    )
}

/// The `<link>` that lets browsers and feed readers find a page's Atom feed: the feed in
/// the page's language. A feed takes its language from its address only (a feed reader
/// sends no `Accept-Language` worth trusting), so the address names any language but
/// English even when the browser, not a `lang` parameter, chose it.
pub fn feed_link(locale: &Locale, title: &str, href: &str) -> String {
    let href = if locale.lang() == Lang::English {
        locale.link(href)
    } else {
        with_lang(href, Some(locale.lang()))
    };
    format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{}\">\n",
        escape(title),
        escape(&href)
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
    page_full(req, status, &parts(req, title, heading, body))
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
            ..parts(req, title, heading, body)
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
            footer: Cow::Borrowed(""),
            ..parts(req, title, heading, body)
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
            ..parts(req, title, heading, body)
        },
    )
}

/// A document of the site's own: its navigation, no extra head or stylesheet, the skip
/// link to the main content, and the footer with the way in for staff.
fn parts<'a>(req: &'a Request, title: &'a str, heading: &'a str, body: &'a str) -> Document<'a> {
    let locale = req.locale();
    Document {
        locale,
        here: Some(Cow::Owned(req.here())),
        title,
        heading,
        heading_lang: None,
        body,
        head: "",
        css: "",
        nav: Cow::Owned(site_nav(&locale)),
        skip: "#main",
        footer: Cow::Owned(site_footer(&locale)),
    }
}

fn page_full(req: &Request, status: StatusCode, d: &Document<'_>) -> Response {
    let html = document(d);
    let encoding = super::coding::Encoding::accepted(&req.headers);
    let mut response = Response::new(super::coding::compress_page(html.into(), encoding).into());
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if let Some(name) = encoding.name() {
        headers.insert(
            warp::http::header::CONTENT_ENCODING,
            HeaderValue::from_static(name),
        );
    }
    headers.insert(
        warp::http::header::VARY,
        HeaderValue::from_static("accept-encoding, accept-language"),
    );
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    response
}

fn param<'a>(req: &'a Request, name: &str) -> Option<&'a str> {
    req.query
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

/// What is held and how current it is, in a sentence, for the home page and `/coverage`.
fn currency(locale: &Locale, c: &atlas_shared::coverage::Coverage) -> String {
    let e = &c.england;
    let held = [
        ("held", Arg::from(e.full + e.partial)),
        ("councils", Arg::from(e.councils)),
    ];
    let mut text = match (c.oldest_as_of, c.newest_as_of) {
        (Some(oldest), Some(newest)) => {
            let oldest = locale.date(oldest);
            let newest = locale.date(newest);
            let mut args = held.to_vec();
            args.push(("oldest", Arg::Text(&oldest)));
            args.push(("newest", Arg::Text(&newest)));
            locale.f("coverage-held-dated", &args)
        }
        _ => locale.f("coverage-held", &held),
    };
    text.push(' ');
    text.push_str(&locale.t("coverage-how-old"));
    text
}

/// A link of the site's own in the reader's language: `<a href="…">words</a>`, escaped.
fn link(locale: &Locale, href: &str, words: &str) -> String {
    format!(
        "<a href=\"{}\">{}</a>",
        escape(&locale.link(href)),
        escape(words)
    )
}

/// A message, escaped for HTML.
fn t(locale: &Locale, id: &str) -> String {
    escape(&locale.t(id))
}

/// `/`: what a council's "moving here?" page looks like with the widget embedded, and
/// what the registry holds.
pub fn home(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let l = req.locale();
    let held = format!(
        "<h2>{}</h2>\n<p>{} {}.</p>\n<p>{}</p>",
        t(&l, "coverage-title"),
        escape(&currency(&l, &super::catalog::coverage_of(state)?)),
        link(&l, "/coverage", &l.t("home-held-link")),
        t(&l, "home-held-sources"),
    );
    // The demonstration names Wiltshire and Greater Manchester: names, kept as written.
    let council = "<span lang=\"en\">Wiltshire</span>";
    let body = format!(
        "<p>{}</p>\n\
<h2>{}</h2>\n\
<p>{}</p>\n\
<script type=\"module\" src=\"/widget/offer-atlas.js\"></script>\n\
<offer-atlas to=\"E06000054\"></offer-atlas>\n\
<noscript><p>{} {}</p></noscript>\n\
<h2>{}</h2>\n\
<offer-atlas to=\"E06000054\" mode=\"search\"></offer-atlas>\n\
<p>{} · <a href=\"{}\">{}</a></p>\n\
<h2>{}</h2>\n\
<p><a href=\"{}\">{}</a></p>",
        t(&l, "home-demo"),
        l.f("home-moving-to", &[("council", Arg::Text(council))]),
        t(&l, "home-moving-intro"),
        t(&l, "home-noscript"),
        link(&l, "/compare?to=E06000054", &l.t("home-noscript-link")),
        t(&l, "home-search-heading"),
        link(&l, "/search", &l.t("home-search-simple")),
        escape(&l.link("/authorities/E06000054")),
        l.f("home-council-offer", &[("council", Arg::Text(council))]),
        t(&l, "home-boards-heading"),
        escape(&l.link("/board/greater-manchester")),
        l.f(
            "home-board-link",
            &[(
                "partnership",
                Arg::Text("<span lang=\"en\">Greater Manchester</span>")
            )]
        ),
    );
    Ok(page(
        req,
        StatusCode::OK,
        &l.t("home-title"),
        &l.t("home-heading"),
        &format!("{body}\n{held}"),
    ))
}

/// `/coverage`: what the registry holds of each council's own offer, by region.
pub fn coverage(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    use atlas_shared::coverage::Held;
    use std::fmt::Write;
    let l = req.locale();
    let c = super::catalog::coverage_of(state)?;
    let mut body = format!("<p>{}</p>", escape(&currency(&l, &c)));
    let e = &c.england;
    let area_name = |a: &String| atlas_shared::coverage::area_name(a, &l);
    let areas = escape(&l.and_list(c.areas.iter().map(area_name)));
    let _ = write!(
        body,
        "<p>{} {}</p>",
        l.f(
            "coverage-summary",
            &[
                ("councils", e.councils.into()),
                ("held", (e.full + e.partial).into()),
                ("full", e.full.into()),
                ("areas", Arg::Text(&areas)),
                ("partial", e.partial.into()),
            ]
        ),
        l.f("coverage-none", &[("none", e.none.into())]),
    );
    let _ = write!(
        body,
        "<table class=\"atlas-table\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th>\
<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
<th scope=\"col\">{}</th></tr></thead><tbody>",
        t(&l, "coverage-regions-caption"),
        t(&l, "coverage-region"),
        t(&l, "coverage-councils"),
        t(&l, "coverage-held-full"),
        t(&l, "coverage-held-partial"),
        t(&l, "coverage-held-none"),
    );
    for r in c.regions.iter().chain(std::iter::once(&c.england)) {
        let _ = write!(
            body,
            "<tr><th scope=\"row\" lang=\"en\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&r.region),
            r.councils,
            r.full,
            r.partial,
            r.none
        );
    }
    body.push_str("</tbody></table>");
    let _ = write!(
        body,
        "<table class=\"atlas-table\"><caption>{}</caption><thead><tr>\
<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
<th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        t(&l, "coverage-each-caption"),
        t(&l, "coverage-council"),
        t(&l, "coverage-held-column"),
        t(&l, "coverage-offers"),
        t(&l, "coverage-newest"),
        t(&l, "coverage-missing"),
    );
    let (full, partial, none) = (
        t(&l, "coverage-held-full"),
        t(&l, "coverage-held-partial"),
        t(&l, "coverage-not-held"),
    );
    let published_words = t(&l, "coverage-published");
    for council in &c.councils {
        let held = match council.held {
            Held::Full => &full,
            Held::Partial => &partial,
            Held::None => &none,
        };
        let published = council
            .offer_url
            .as_deref()
            .map(|u| format!(" · <a href=\"{}\">{published_words}</a>", escape(u)))
            .unwrap_or_default();
        let _ = write!(
            body,
            "<tr><th scope=\"row\"><a href=\"{}\" lang=\"en\">{}</a>{published}</th><td>{held}</td>\
<td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&l.link(&format!("/authorities/{}", council.code))),
            escape(&council.name),
            council.offers,
            council
                .as_of
                .map(|d| escape(&l.date(d)))
                .unwrap_or_else(|| "–".into()),
            escape(&l.comma_list(council.missing_areas.iter().map(area_name))),
        );
    }
    body.push_str("</tbody></table>");
    Ok(page(
        req,
        StatusCode::OK,
        &l.t("coverage-title"),
        &l.t("coverage-heading"),
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
    let locale = req.locale();
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
        match page_comparison(state, &locale, &pairs)? {
            Ok(comparison) => data.comparison = Some(comparison),
            Err((field, message)) => {
                // The same status the API gives the same mistake.
                status = StatusCode::BAD_REQUEST;
                data.error = Some((field, message));
            }
        }
    }
    let (title, heading) = match (&data.comparison, &data.error) {
        (Some(c), _) => {
            let heading = atlas_widget::components::result_heading(&locale, c);
            (heading.clone(), heading)
        }
        (None, Some(_)) => {
            let heading = locale.t("compare-page-heading");
            (error_title(&locale, &heading), heading)
        }
        (None, None) => (
            locale.t("compare-page-heading"),
            locale.t("compare-page-heading"),
        ),
    };
    // With an answer, the skip link goes straight to it.
    let skip = if data.comparison.is_some() {
        "#atlas-result-title"
    } else {
        "#main"
    };
    let body = ssr::render_compare(locale, data).await;
    Ok(page_skipping_to(req, status, &title, &heading, &body, skip))
}

/// A page's title when its form has a problem: "Error: " before it, as GOV.UK does.
fn error_title(locale: &Locale, heading: &str) -> String {
    format!("{}{heading}", locale.t("compare-error-prefix"))
}

/// The page's words for a field at fault: councils and ages, not parameters and codes.
fn field_message(locale: &Locale, field: &str) -> String {
    let field = match field {
        f @ ("from" | "to" | "age" | "district" | "group") => f,
        _ => "circumstances",
    };
    locale.f("compare-field-problem", &[("field", field.into())])
}

/// The comparison a page asks for (its query read as the API reads it), or the field at
/// fault and what to do, in the page's words.
fn page_comparison(
    state: &AppState,
    locale: &Locale,
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
            return Ok(Err((field.to_string(), field_message(locale, field))));
        }
    };
    // The API's cached answer, read back: a page someone asked for a moment ago (or the
    // same comparison through the API) is not computed again.
    let comparison = match super::compare::comparison_body(state, &request, *locale)? {
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
            CompareError::FromCannotBeResponsible => locale.t("compare-problem-district-from"),
            other => field_message(locale, other.field()),
        };
        (e.field().to_string(), message)
    }))
}

/// `/compare/questions?from=&to=&age=&circumstances=&district=`: the comparison's
/// questions, to print and take to a Personal Adviser.
pub async fn questions(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let locale = req.locale();
    let heading = locale.t("questions-page-heading");
    let compare_link = escape(&locale.link("/compare"));
    let pairs = compare_pairs(req);
    let given = |name: &str| pairs.iter().any(|(n, v)| n == name && !v.is_empty());
    if !(given("from") && given("to") && given("age")) {
        let body = format!(
            "<p>{} <a href=\"{compare_link}\">{}</a>.</p>",
            escape(&locale.t("questions-page-first")),
            escape(&locale.t("questions-page-first-link"))
        );
        return Ok(page(
            req,
            StatusCode::BAD_REQUEST,
            &error_title(&locale, &heading),
            &heading,
            &body,
        ));
    }
    match page_comparison(state, &locale, &pairs)? {
        Ok(comparison) => {
            let title = if comparison.from.code == comparison.to.code {
                locale.f(
                    "questions-page-title-one",
                    &[("council", (&comparison.from.name).into())],
                )
            } else {
                locale.f(
                    "questions-page-title",
                    &[
                        ("from", (&comparison.from.name).into()),
                        ("to", (&comparison.to.name).into()),
                    ],
                )
            };
            let body = ssr::render_questions(locale, comparison).await;
            Ok(page(req, StatusCode::OK, &title, &heading, &body))
        }
        Err((_, message)) => {
            let body = format!(
                "<p>{} <a href=\"{compare_link}\">{}</a>.</p>",
                escape(&message),
                escape(&locale.t("compare-page-heading"))
            );
            Ok(page(
                req,
                StatusCode::BAD_REQUEST,
                &error_title(&locale, &heading),
                &heading,
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
            let l = req.locale();
            let body = format!("<p>{}</p>", t(&l, "offer-retired-text"));
            return Ok(page(
                req,
                StatusCode::GONE,
                &l.t("offer-retired"),
                &l.t("offer-retired"),
                &body,
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
    // Names and titles as published; the page's language wraps them as English below.
    let title = format!("{}: {}", authority.name, offer.content.title);
    let heading = offer.content.title.clone();
    let body = ssr::render_offer(req.locale(), offer, authority, history).await;
    // The heading is the offer's title, as the council published it.
    Ok(page_full(
        req,
        StatusCode::OK,
        &Document {
            heading_lang: Some("en"),
            ..parts(req, &title, &heading, &body)
        },
    ))
}

/// An offer's history as its page lists it: (version, what happened as a slug — added,
/// changed, retired, reviewed, restored —, the day as YYYY-MM-DD, by whom).
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
            // The page writes both in the reader's language: the action as a message
            // (offer-action-<slug>), the day as a date.
            let action = match v.action {
                Action::Created => "added",
                Action::Updated => "changed",
                Action::Retired => "retired",
                Action::Reviewed => "reviewed",
                Action::Restored => "restored",
                _ => "changed",
            };
            (
                v.version,
                action.to_string(),
                v.at.format("%Y-%m-%d").to_string(),
                v.actor,
            )
        })
        .collect())
}

/// The page for an address that names nothing, for browsers outside `/api/`.
pub fn not_found_page(req: &Request) -> Response {
    let l = req.locale();
    let body = format!(
        "<p>{}</p>\n<p>{}</p>",
        t(&l, "error-no-page"),
        l.f(
            "error-no-page-next",
            &[
                ("home", Arg::Text(&link(&l, "/", &l.t("error-go-home")))),
                (
                    "compare",
                    Arg::Text(&link(&l, "/compare", &l.t("error-go-compare")))
                ),
                (
                    "search",
                    Arg::Text(&link(&l, "/search", &l.t("error-go-search")))
                ),
            ]
        )
    );
    page(
        req,
        StatusCode::NOT_FOUND,
        &l.t("error-not-found"),
        &l.t("error-not-found"),
        &body,
    )
}

/// The page for a page's address with a query parameter it does not take (or one given
/// twice): 400, as the API answers the same mistake, naming the parameter.
pub fn bad_parameter_page(
    headers: &warp::http::HeaderMap,
    path: &str,
    query: &[(String, String)],
    e: &ApiError,
) -> Response {
    // Only the language is kept, for the page's words.
    let lang: Vec<(String, String)> = query
        .iter()
        .filter(|(n, _)| n == atlas_shared::query::LANG)
        .take(1)
        .cloned()
        .collect();
    let req = Request {
        method: warp::http::Method::GET,
        path: path.to_string(),
        query: lang,
        headers: headers.clone(),
        body: bytes::Bytes::new(),
        client: None,
        via_proxy: false,
    };
    let l = req.locale();
    // The API's own message names the parameter (in English, as the API speaks).
    let body = format!(
        "<p>{} <span lang=\"en\">{}</span></p>\n<p>{}.</p>",
        t(&l, "error-address-part"),
        escape(&e.body.error.message),
        link(&l, path, &l.t("error-address-without")),
    );
    let heading = l.t("error-address");
    page(
        &req,
        StatusCode::BAD_REQUEST,
        &l.f("error-title", &[("title", Arg::Text(&heading))]),
        &heading,
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
    let l = req.locale();
    let Some(authority) = state.store.authority(code)? else {
        let body = format!(
            "<p>{} {}.</p>",
            t(&l, "offers-unknown-council"),
            link(&l, "/compare", &l.t("offers-choose-council"))
        );
        return Ok(page(
            req,
            StatusCode::NOT_FOUND,
            &l.t("offers-council-not-found"),
            &l.t("offers-council-not-found"),
            &body,
        ));
    };
    let band = param(req, "band").and_then(AgeBand::from_slug);
    let offers = state.store.offers_of(code)?;
    let title = l.f("offers-title", &[("council", Arg::Text(&authority.name))]);
    let head = feed_link(
        &l,
        &l.f("offers-feed", &[("council", Arg::Text(&authority.name))]),
        &crate::feeds::Subject::Authority(authority.code.clone()).path(),
    );
    let body = ssr::render_authority(req.locale(), authority, offers, band).await;
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
    let l = req.locale();
    let scope = pledges_on.map(|t| l.f("search-pledges-on", &[("topic", Arg::Text(&t.name(&l)))]));
    let body = ssr::render_search(l, q, category, scope, response, None).await;
    Ok(page(
        req,
        StatusCode::OK,
        &l.t("search-title"),
        &l.t("search-page-heading"),
        &body,
    ))
}

/// `/board/{partnership}?item=`: what the partnership's board monitors, server-rendered;
/// `item` narrows the matrix to one guarantee item (readable on a phone).
pub async fn board(state: &AppState, id: &str, req: &Request) -> Result<Response, ApiError> {
    let view = match super::boards::board_view(state, id) {
        Ok(view) => view,
        Err(e) if e.status == StatusCode::NOT_FOUND => {
            let l = req.locale();
            let body = format!(
                "<p>{} {}.</p>",
                t(&l, "board-unknown"),
                l.f(
                    "board-see-list",
                    &[(
                        "list",
                        Arg::Text(&link(&l, "/api/v1/partnerships", &l.t("board-list")))
                    )]
                )
            );
            return Ok(page(
                req,
                StatusCode::NOT_FOUND,
                &l.t("board-not-found"),
                &l.t("board-not-found"),
                &body,
            ));
        }
        Err(e) => return Err(e),
    };
    let item = param(req, "item")
        .filter(|i| view.consistency.items.iter().any(|g| g.id == *i))
        .map(str::to_string);
    let l = req.locale();
    let title = l.f(
        "board-title",
        &[("partnership", Arg::Text(&view.consistency.name))],
    );
    let head = feed_link(
        &l,
        &l.f(
            "board-feed",
            &[("partnership", Arg::Text(&view.consistency.name))],
        ),
        &crate::feeds::Subject::Partnership(view.consistency.partnership.clone()).path(),
    );
    // The members on the map, by the item chosen (else the first): after the element, so
    // it stays when the widget takes over the matrix.
    let map_item = item
        .clone()
        .or_else(|| view.consistency.items.first().map(|i| i.id.clone()));
    let map = match map_item.and_then(|i| {
        atlas_shared::map::board_map(&super::map::MAP.areas, &view.consistency, &i, &l)
    }) {
        Some(answer) => {
            let reference = state.snapshot.get(&state.store)?;
            let known = reference
                .authorities
                .iter()
                .map(|a| a.code.clone())
                .collect();
            let note = if item.is_none() {
                format!("<p>{}</p>", t(&l, "board-map-first"))
            } else {
                String::new()
            };
            let figure = ssr::render_board_map(
                req.locale(),
                answer,
                super::map::MAP.geometry.clone(),
                known,
            )
            .await;
            format!("{note}{figure}")
        }
        None => String::new(),
    };
    let body = ssr::render_board(req.locale(), view, item).await;
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
            ..parts(req, &title, &title, &body)
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
fn map_field_message(locale: &Locale, field: &str) -> String {
    locale.t(match field {
        "topic" => "map-error-topic",
        "from" => "map-error-from",
        "age" => "map-error-age",
        _ => "map-error-circumstances",
    })
}

/// `/map?topic=&from=&age=&circumstances=`: the form, and once submitted England coloured
/// by the answer (the same as `GET /api/v1/map`), its key, counts and table. Without a
/// query, the form and council tax at 18 as an example.
pub async fn map(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    use atlas_shared::map::MapRequest;
    let l = req.locale();
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
            match super::map::answer(state, &request, &l)? {
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
        data.error = Some((field.to_string(), map_field_message(&l, field)));
    }
    let title = match (&data.answer, &data.error) {
        (Some(a), _) => l.f("map-title-answer", &[("question", Arg::Text(&a.question))]),
        (None, Some(_)) => l.f("error-title", &[("title", Arg::Text(&l.t("map-title")))]),
        (None, None) => l.t("map-title"),
    };
    let heading = l.t("map-heading");
    let body = ssr::render_map(l, data).await;
    Ok(page_full(
        req,
        status,
        &Document {
            css: atlas_widget::components::map::MAP_CSS,
            ..parts(req, &title, &heading, &body)
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
