//! The HTTP surface: one warp filter that reads the request, and a dispatcher that maps
//! path and method to a handler in the module of its route family.
//!
//! Routing by hand keeps three promises the API makes that warp's combinators make hard:
//! an unknown path is a 404 (never a 405), a known path with the wrong method is a 405
//! with `Allow`, and every failure has the JSON error shape.

mod admin;
pub mod assets;
mod backup;
mod boards;
pub mod cache;
mod catalog;
mod coding;
mod compare;
mod covenant;
mod covenant_pages;
mod editor;
mod error;
mod feeds;
mod limits;
mod map;
mod offers;
pub mod openapi;
mod ops;
pub mod oruk;
pub mod pages;
pub mod request;
mod respond;
pub(crate) mod route;
mod search;
mod serve;
mod session;
mod words;

use std::convert::Infallible;
use std::sync::{Arc, LazyLock};
use std::time::Instant;

use atlas_shared::query::Query;
use atlas_shared::ErrorCode;
use bytes::{Buf, Bytes};
use futures_util::{Stream, StreamExt};
use warp::http::header::{self, HeaderMap, HeaderValue};
use warp::http::{Method, StatusCode};
use warp::reply::Response;
use warp::{Filter, Reply};

pub use error::ApiError;
pub use limits::{LimitSettings, Limits};
pub use request::{AppState, Request, MAX_BODY_BYTES};
pub use serve::{serve, ConnectionSettings, Peer};
pub use session::Sessions;

use limits::Limited;
use route::{Answer, Handler, Kind, Params, PathArgs, Route};

/// Largest query string accepted.
const MAX_QUERY_BYTES: usize = 4096;
/// Statuses of writes refused before any work was done for them: no valid token, a token
/// that may not do this, too large, not JSON.
const REFUSED_BEFORE_WORK: [StatusCode; 4] = [
    StatusCode::UNAUTHORIZED,
    StatusCode::FORBIDDEN,
    StatusCode::PAYLOAD_TOO_LARGE,
    StatusCode::UNSUPPORTED_MEDIA_TYPE,
];

/// Every route, family by family. Adding a route is a row in its family's table (and its
/// handler); nothing here changes.
static ROUTES: LazyLock<Vec<Route>> = LazyLock::new(|| {
    [
        ops::ROUTES,
        backup::ROUTES,
        assets::ROUTES,
        words::ROUTES,
        pages::ROUTES,
        covenant_pages::ROUTES,
        catalog::ROUTES,
        boards::ROUTES,
        covenant::ROUTES,
        offers::ROUTES,
        search::ROUTES,
        compare::ROUTES,
        map::ROUTES,
        oruk::ROUTES,
        feeds::ROUTES,
        editor::ROUTES,
        admin::ROUTES,
    ]
    .concat()
});

/// Runs a row's handler: a read on the blocking pool (slow work never stalls other
/// connections), a quick read in place once the snapshot is current, the rest in place.
async fn run(state: &Arc<AppState>, route: &Route, args: PathArgs, req: Request) -> Answer {
    match route.handler {
        Handler::Quick(read) if state.snapshot.is_current(&state.store) => read(state, &req, &args),
        Handler::Read(read) | Handler::Quick(read) => {
            let state = state.clone();
            tokio::task::spawn_blocking(move || read(&state, &req, &args))
                .await
                .map_err(|_| ApiError::internal())?
        }
        Handler::Await(run) => run(state, args, req).await,
    }
}

/// 413 for a body over `limit` bytes.
fn too_large(limit: usize) -> ApiError {
    ApiError::new(
        ErrorCode::PayloadTooLarge,
        if limit == MAX_BODY_BYTES {
            "The body is larger than 1 MiB.".to_string()
        } else {
            format!("The body is larger than {} MiB.", limit >> 20)
        },
    )
}

/// Reads a body of at most `limit` bytes, however it is framed.
async fn read_body<S, B>(stream: S, limit: usize) -> Result<Bytes, ApiError>
where
    S: Stream<Item = Result<B, warp::Error>>,
    B: Buf,
{
    let mut body = Vec::new();
    futures_util::pin_mut!(stream);
    while let Some(chunk) = stream.next().await {
        let mut chunk =
            chunk.map_err(|_| ApiError::new(ErrorCode::BadBody, "The body could not be read."))?;
        if body.len() + chunk.remaining() > limit {
            return Err(too_large(limit));
        }
        while chunk.has_remaining() {
            let part = chunk.chunk();
            body.extend_from_slice(part);
            let n = part.len();
            chunk.advance(n);
        }
    }
    Ok(Bytes::from(body))
}

/// Handles one request end to end; never fails, never panics on input.
async fn handle<S, B>(
    state: Arc<AppState>,
    peer: Option<Peer>,
    method: Method,
    path: warp::path::FullPath,
    query: String,
    headers: HeaderMap,
    body: S,
) -> Result<Response, Infallible>
where
    S: Stream<Item = Result<B, warp::Error>>,
    B: Buf,
{
    let started = Instant::now();
    let client = state.limits.client(peer.map(|Peer(addr)| addr), &headers);
    let via_proxy = state.limits.is_trusted_proxy(peer.map(|Peer(addr)| addr));
    let is_write = method == Method::POST || method == Method::PUT || method == Method::DELETE;
    let found = route::find(&ROUTES, path.as_str());
    let route_name = found.first().map_or("unknown", |(r, _)| r.name);
    let kind = found.first().map(|(r, _)| r.kind);
    let public_read = method == Method::GET || method == Method::HEAD;
    // The editors' workspace answers in pages, its refusals too (they need the request's
    // headers after it is handled).
    let editor_page = kind == Some(Kind::Editor);
    let page_headers = if editor_page {
        headers.clone()
    } else {
        HeaderMap::new()
    };
    // And the language it was asked in (only that, of the query).
    let page_lang = editor_page
        .then(|| serde_urlencoded::from_str::<Vec<(String, String)>>(&query).ok())
        .flatten()
        .and_then(|q| {
            q.into_iter()
                .find(|(name, _)| name == atlas_shared::query::LANG)
                .map(|(_, value)| value)
        });

    let result = async {
        if found.is_empty() {
            // A browser asking for a page that does not exist gets a page; API clients
            // (and everything under /api/) get the JSON error.
            if !path.as_str().starts_with("/api/") && pages::wants_html(&headers) {
                return Ok(pages::not_found_page(&Request {
                    method: method.clone(),
                    path: path.as_str().to_string(),
                    // Only for the page's language.
                    query: serde_urlencoded::from_str(&query).unwrap_or_default(),
                    headers: headers.clone(),
                    body: Bytes::new(),
                    client,
                    via_proxy,
                }));
            }
            return Err(ApiError::not_found("page or API route at this address"));
        }
        let allowed: Vec<Method> = found.iter().map(|(r, _)| r.verb.method()).collect();
        if method == Method::OPTIONS {
            return Ok(preflight(&allowed));
        }
        let wanted = if method == Method::HEAD {
            Method::GET
        } else {
            method.clone()
        };
        let Some((route, args)) = found.iter().find(|(r, _)| r.verb.method() == wanted) else {
            let mut response = ApiError::new(
                ErrorCode::MethodNotAllowed,
                format!("This address does not accept {method}."),
            )
            .into_response();
            response
                .headers_mut()
                .insert(header::ALLOW, allow_header(&allowed));
            return Ok(response);
        };
        if query.len() > MAX_QUERY_BYTES {
            return Err(ApiError::new(
                ErrorCode::QueryTooLong,
                "The query string is too long.",
            ));
        }
        let query: Vec<(String, String)> = serde_urlencoded::from_str(&query)
            .map_err(|_| ApiError::bad_query("", "The query string could not be read."))?;
        // A route that reads no parameters, or reads a form's, declares them in its row
        // and any other is refused before anything else; the rest refuse theirs with
        // `Request::params`.
        let checked = match route.params {
            Params::Own => Ok(()),
            Params::Only(names) => Query::parse(&query, names).map(|_| ()),
            // A form sends a parameter per ticked box.
            Params::Form(names) => atlas_shared::query::check_names(&query, names),
        };
        if let Err(e) = checked {
            let e = ApiError::from(e);
            if route.kind == Kind::Page {
                return Ok(pages::bad_parameter_page(
                    &headers,
                    path.as_str(),
                    &query,
                    &e,
                ));
            }
            return Err(e);
        }
        let body = if method == Method::POST || method == Method::PUT {
            // The editors' spreadsheet upload may be larger than any JSON body.
            let limit = route.body_limit;
            // A body declared larger than the limit is refused at once, unread: waiting
            // for it would hold the connection until the read timeout.
            let declared_length = headers
                .get(header::CONTENT_LENGTH)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok());
            if declared_length.is_some_and(|n| n > limit as u64) {
                return Err(too_large(limit));
            }
            tokio::time::timeout(state.body_read_timeout, read_body(body, limit))
                .await
                .map_err(|_| {
                    ApiError::new(
                        ErrorCode::RequestTimeout,
                        "The body took too long to arrive.",
                    )
                })??
        } else {
            Bytes::new()
        };
        run(
            &state,
            route,
            args.clone(),
            Request {
                method: wanted,
                path: path.as_str().to_string(),
                query,
                headers,
                body,
                client,
                via_proxy,
            },
        )
        .await
    }
    .await;

    let mut response = match result {
        Ok(response) => response,
        Err(e) if editor_page => editor::error_page(&page_headers, page_lang, &e).await,
        Err(e) => e.into_response(),
    };
    // A write refused before any work (no valid token, a token that may not do it, not
    // JSON, too large) spends only the client's cheaper refusal allowance, never its write
    // allowance; a client that keeps sending them is slowed down.
    if is_write && REFUSED_BEFORE_WORK.contains(&response.status()) {
        if let Err(too_many) = state.limits.check(Limited::Refusal, client) {
            response = too_many.into_response();
        }
    }
    let status = response.status();
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // A body refused unread (too large, or too slow to arrive) leaves the connection with
    // bytes no request will consume: the server closes it, and says so, so that a client
    // does not send its next request down a connection that is closing.
    if matches!(
        status,
        StatusCode::PAYLOAD_TOO_LARGE | StatusCode::REQUEST_TIMEOUT
    ) {
        headers.insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    // The editors' forms need browsers to send their origin with a post (checked
    // against cross-site requests), which "no-referrer" would hide; "same-origin" still
    // sends nothing to other sites.
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static(if editor_page {
            "same-origin"
        } else {
            "no-referrer"
        }),
    );
    if public_read && !editor_page {
        // Published data is public: any site may read it (the widget runs on council sites).
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    let elapsed = started.elapsed();
    state.metrics.observe(route_name, status.as_u16(), elapsed);
    // Deliberately no path, query or client address: what someone compares is sensitive.
    tracing::info!(
        route = route_name,
        status = status.as_u16(),
        micros = elapsed.as_micros() as u64,
        "request"
    );
    Ok(response)
}

fn allow_header(methods: &[Method]) -> HeaderValue {
    let list = methods
        .iter()
        .map(Method::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    HeaderValue::from_str(&list).unwrap_or(HeaderValue::from_static("GET"))
}

fn preflight(methods: &[Method]) -> Response {
    let mut response =
        warp::reply::with_status(warp::reply(), StatusCode::NO_CONTENT).into_response();
    let headers = response.headers_mut();
    headers.insert(header::ALLOW, allow_header(methods));
    headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, allow_header(methods));
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_HEADERS,
        HeaderValue::from_static("authorization, content-type"),
    );
    response
}

/// The whole application as a warp filter.
pub fn routes(
    state: Arc<AppState>,
) -> impl Filter<Extract = (Response,), Error = Infallible> + Clone {
    let query = warp::query::raw().or(warp::any().map(String::new)).unify();
    warp::ext::optional::<Peer>()
        .and(warp::method())
        .and(warp::path::full())
        .and(query)
        .and(warp::header::headers_cloned())
        .and(warp::body::stream())
        .and_then(move |peer, method, path, query, headers, body| {
            handle(state.clone(), peer, method, path, query, headers, body)
        })
        .recover(|_rejection: warp::Rejection| async {
            // The catch-all above never rejects; this keeps the JSON shape if it ever does.
            Ok::<_, Infallible>(
                ApiError::new(ErrorCode::BadRequest, "The request could not be read.")
                    .into_response(),
            )
        })
        .unify()
}

#[cfg(test)]
mod route_tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::route::{find, Kind};
    use super::ROUTES;

    #[test]
    fn no_two_rows_answer_the_same_method_at_the_same_path() {
        let mut seen = BTreeSet::new();
        for r in ROUTES.iter() {
            assert!(
                seen.insert((r.path, r.verb.method().to_string())),
                "{} {}",
                r.verb.method(),
                r.path
            );
        }
    }

    #[test]
    fn every_row_is_found_at_its_own_path_with_its_name() {
        for r in ROUTES.iter() {
            let example = r
                .path
                .replace("{file*}", "a/b.js")
                .split('/')
                .map(
                    |p| match p.strip_prefix('{').and_then(|p| p.split_once('}')) {
                        Some((_, ending)) => format!("x{ending}"),
                        None => p.to_string(),
                    },
                )
                .collect::<Vec<_>>()
                .join("/");
            let found = find(&ROUTES, &example);
            assert!(
                found.iter().any(|(f, _)| std::ptr::eq(*f, r)),
                "{example} does not reach {}",
                r.path
            );
            assert!(
                found.iter().all(|(f, _)| f.name == r.name),
                "{example}: one name per path"
            );
        }
    }

    #[test]
    fn every_api_route_is_in_the_openapi_document_and_nothing_else_is() {
        let doc: serde_json::Value = serde_json::from_str(include_str!("../../openapi-paths.json"))
            .expect("openapi-paths.json");
        let paths = doc["paths"].as_object().expect("paths");
        let mut served: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for r in ROUTES.iter() {
            if r.kind == Kind::Api {
                served
                    .entry(r.path)
                    .or_default()
                    .insert(r.verb.method().as_str().to_ascii_lowercase());
            } else {
                assert!(!paths.contains_key(r.path), "{} is not the API", r.path);
            }
        }
        for (path, methods) in &served {
            let item = paths
                .get(*path)
                .unwrap_or_else(|| panic!("{path} is served but not in openapi.json"));
            let documented: BTreeSet<String> = item
                .as_object()
                .expect("a path item")
                .keys()
                .filter(|k| !["parameters", "summary", "description"].contains(&k.as_str()))
                .cloned()
                .collect();
            assert_eq!(&documented, methods, "{path}: documented methods differ");
        }
        for path in paths.keys() {
            assert!(
                served.contains_key(path.as_str()),
                "{path} is in openapi.json but the server has no such route"
            );
        }
    }

    #[test]
    fn feeds_need_the_atom_suffix_and_a_name() {
        assert!(find(&ROUTES, "/feeds/authorities/E06000054").is_empty());
        assert!(find(&ROUTES, "/feeds/authorities/.atom").is_empty());
        assert!(find(&ROUTES, "/feeds/pledges").is_empty());
        let found = find(&ROUTES, "/feeds/topics/wifi.atom");
        assert_eq!(found[0].0.name, "feed_topic");
        assert_eq!(found[0].1.at(0), "wifi");
        assert_eq!(find(&ROUTES, "/oruk")[0].0.name, "oruk");
    }
}
