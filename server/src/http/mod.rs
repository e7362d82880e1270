//! The HTTP surface: one warp filter that reads the request, and a dispatcher that maps
//! path and method to a handler in the module of its route family.
//!
//! Routing by hand keeps three promises the API makes that warp's combinators make hard:
//! an unknown path is a 404 (never a 405), a known path with the wrong method is a 405
//! with `Allow`, and every failure has the JSON error shape.

pub mod assets;
mod boards;
pub mod cache;
mod catalog;
mod compare;
mod covenant;
mod covenant_pages;
mod editor;
mod error;
mod feeds;
mod limits;
mod offers;
pub mod openapi;
mod ops;
pub mod oruk;
pub mod pages;
mod search;
mod serve;

use atlas_shared::ErrorCode;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Instant;

use bytes::{Buf, Bytes};
use futures_util::{Stream, StreamExt};
use serde::Serialize;
use warp::http::header::{self, HeaderMap, HeaderValue};
use warp::http::{Method, StatusCode};
use warp::reply::Response;
use warp::{Filter, Reply};

use atlas_shared::access::Role;
use atlas_shared::query::Query;

pub use editor::Sessions;
pub use error::ApiError;
pub use limits::{LimitSettings, Limits};
pub use serve::{serve, ConnectionSettings, Peer};

use crate::feeds::Subject as FeedSubject;
use covenant::PledgeStep;
use limits::Limited;

use crate::metrics::Metrics;
use crate::store::Store;

/// Largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
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

/// What every handler can reach.
pub struct AppState {
    pub store: Arc<Store>,
    pub index: Arc<atlas_index::SearchIndex>,
    /// Wakes the indexer after a write, so search follows within moments.
    pub nudge: crate::indexer::Nudge,
    pub metrics: Metrics,
    /// Reference data decoded once per store change.
    pub snapshot: crate::snapshot::Snapshot,
    /// Whether `/bench/static` is served (load tests only).
    pub bench_routes: bool,
    /// Per-address limits on registrations and writes.
    pub limits: Arc<Limits>,
    /// Time a client has to send a request's body.
    pub body_read_timeout: std::time::Duration,
    /// Days after which an unreviewed offer or council counts as stale.
    pub stale_after_days: u32,
    /// Search answers, for the index generation they were computed at.
    pub search_cache: cache::ResponseCache,
    /// Compare answers, for the store's change sequence they were computed at.
    pub compare_cache: cache::ResponseCache,
    /// The ORUK directory, for the store's change sequence it was built at.
    pub oruk: oruk::DirectoryCache,
    /// The change log as the Atom feeds read it, caught up on each feed request.
    pub feed_log: crate::feeds::SharedLog,
    /// The council editors' sessions (in memory: see `editor::session`).
    pub sessions: editor::Sessions,
    /// Mark the editors' session cookie `Secure` whatever the request says (the site is
    /// served over HTTPS by a proxy that does not send `X-Forwarded-Proto`).
    pub secure_cookies: bool,
}

/// A request as handlers see it.
pub struct Request {
    pub method: Method,
    pub query: Vec<(String, String)>,
    pub headers: HeaderMap,
    pub body: Bytes,
    /// The client, for rate limits only (never logged or stored).
    pub client: Option<std::net::IpAddr>,
    /// Whether the connection is from a trusted proxy, whose forwarded scheme and host
    /// may be believed.
    pub via_proxy: bool,
}

impl Request {
    /// The query parameters, by the rules of `atlas_shared::query` (unknown or repeated
    /// names refused, empty values absent).
    pub fn params(&self, allowed: &[&str]) -> Result<Query<'_>, ApiError> {
        Ok(Query::parse(&self.query, allowed)?)
    }

    /// The JSON body of a write, after checking its content type.
    pub fn json(&self) -> Result<serde_json::Value, ApiError> {
        let content_type = self
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let mime = content_type.split(';').next().unwrap_or("").trim();
        if !mime.eq_ignore_ascii_case("application/json") {
            return Err(ApiError::new(
                ErrorCode::UnsupportedMediaType,
                "Send the body as JSON with 'Content-Type: application/json'.",
            ));
        }
        serde_json::from_slice(&self.body).map_err(|e| {
            ApiError::new(
                ErrorCode::MalformedJson,
                format!("The body is not valid JSON: {e}"),
            )
        })
    }

    /// The role of the bearer token, or 401. Knowing who writes is not yet leave to write:
    /// a write counts against the client's write allowance only once its route has
    /// checked the role may do it ([`Request::count_write`]), so that refusals (401, 403)
    /// spend only the cheaper refusal allowance (see `handle`) and a token that may not
    /// write here cannot use up the allowance of someone at the same address who may.
    pub fn role(&self, state: &AppState) -> Result<Role, ApiError> {
        let value = self
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let token = value
            .strip_prefix("Bearer ")
            .map(str::trim)
            .ok_or_else(ApiError::unauthorized)?;
        crate::auth::authenticate(&state.store, token)?.ok_or_else(ApiError::unauthorized)
    }

    /// Counts a write that is allowed against the client's allowance (429 once it is
    /// spent); reads are free. Call it after the role is checked, before any work.
    pub fn count_write(&self, state: &AppState) -> Result<(), ApiError> {
        if self.method == Method::GET {
            return Ok(());
        }
        state.limits.check(Limited::Write, self.client)
    }

    /// The role of the bearer token if one is sent (a bad one is still 401); `None` for
    /// a public reader.
    pub fn optional_role(&self, state: &AppState) -> Result<Option<Role>, ApiError> {
        if self.headers.contains_key(header::AUTHORIZATION) {
            self.role(state).map(Some)
        } else {
            Ok(None)
        }
    }
}

/// Runs a store write off the async threads: it waits for the disk.
pub async fn blocking<T: Send + 'static>(
    store: &Arc<Store>,
    write: impl FnOnce(&Store) -> Result<T, crate::store::StoreError> + Send + 'static,
) -> Result<T, ApiError> {
    let store = store.clone();
    match tokio::task::spawn_blocking(move || write(&store)).await {
        Ok(result) => Ok(result?),
        Err(_) => Err(ApiError::internal()),
    }
}

/// A 200 JSON response from an already serialised body (a cached answer).
pub fn json_body(body: bytes::Bytes) -> Response {
    let mut response = Response::new(body.into());
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// A search or compare answer, gzipped when the client accepts it.
pub fn json_answer(req: &Request, answer: cache::Answer) -> Response {
    let gzip = accepts_gzip(&req.headers);
    let mut response = json_body(if gzip { answer.gzip() } else { answer.json });
    let h = response.headers_mut();
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if gzip {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    response
}

/// Whether `Accept-Encoding` takes gzip (named, and not with `q=0`).
pub fn accepts_gzip(headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    value.split(',').any(|coding| {
        let mut parts = coding.split(';').map(str::trim);
        let name = parts.next().unwrap_or("");
        let refused = parts.any(|p| {
            p.strip_prefix("q=")
                .and_then(|q| q.parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        (name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip")) && !refused
    })
}

/// Serialises an answer for the response cache.
pub fn to_body<T: Serialize>(value: &T) -> Result<bytes::Bytes, ApiError> {
    serde_json::to_vec(value)
        .map(bytes::Bytes::from)
        .map_err(|_| ApiError::internal())
}

/// JSON response with a status.
pub fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
    warp::reply::with_status(warp::reply::json(value), status).into_response()
}

pub fn ok<T: Serialize>(value: &T) -> Result<Response, ApiError> {
    Ok(json(StatusCode::OK, value))
}

/// The routes a path names: which methods it answers, and the name used in metrics.
enum Route<'a> {
    Healthz,
    Metrics,
    BenchStatic,
    /// A file of the embedded widget, by its path under /widget/.
    Widget(String),
    HomePage,
    ComparePage,
    QuestionsPage,
    OfferPage(&'a str),
    AuthorityPage(&'a str),
    SearchPage,
    RegisterPage,
    SignatoryPage,
    ModerationPage,
    Authorities,
    Authority(&'a str),
    AuthorityOffers(&'a str),
    Topics,
    Law,
    Coverage,
    CoveragePage,
    Partnerships,
    Partnership(&'a str),
    Consistency(&'a str),
    ConsistencyCsv(&'a str),
    Board(&'a str),
    Guarantee(&'a str),
    Notes(&'a str),
    Spread(&'a str),
    Changes,
    BoardPage(&'a str),
    Organisations,
    Organisation(&'a str),
    OrganisationVerify(&'a str),
    OrganisationPledges(&'a str),
    Pledges,
    Pledge(&'a str),
    PledgeHistory(&'a str),
    PledgeStep(&'a str, PledgeStep),
    Moderation,
    Search,
    Compare,
    OpenApi,
    Offer(&'a str),
    OfferHistory(&'a str),
    OrukRoot,
    OrukServices,
    OrukService(&'a str),
    OrukOrganizations,
    OrukOrganization(&'a str),
    OrukTaxonomies,
    OrukTaxonomy(&'a str),
    OrukTaxonomyTerms,
    OrukTaxonomyTerm(&'a str),
    OrukServiceAtLocations,
    OrukServiceAtLocation(&'a str),
    FeedAuthority(&'a str),
    FeedPartnership(&'a str),
    FeedTopic(&'a str),
    FeedPledges,
    AuthorityOffersCsv(&'a str),
    /// The council editors' workspace, under /editor.
    Editor(editor::Page<'a>),
}

impl Route<'_> {
    fn parse<'a>(segments: &[&'a str]) -> Option<Route<'a>> {
        Some(match segments {
            ["healthz"] => Route::Healthz,
            ["metrics"] => Route::Metrics,
            ["bench", "static"] => Route::BenchStatic,
            ["widget", rest @ ..] if !rest.is_empty() => Route::Widget(rest.join("/")),
            [""] => Route::HomePage,
            ["compare"] => Route::ComparePage,
            ["coverage"] => Route::CoveragePage,
            ["compare", "questions"] => Route::QuestionsPage,
            ["offers", id] => Route::OfferPage(id),
            ["authorities", code] => Route::AuthorityPage(code),
            ["search"] => Route::SearchPage,
            ["covenant", "register"] => Route::RegisterPage,
            ["covenant", "pledges"] => Route::SignatoryPage,
            ["covenant", "moderation"] => Route::ModerationPage,
            ["board", id] => Route::BoardPage(id),
            ["oruk"] => Route::OrukRoot,
            ["oruk", rest @ ..] => match rest {
                ["services"] => Route::OrukServices,
                ["services", id] => Route::OrukService(id),
                ["organizations"] => Route::OrukOrganizations,
                ["organizations", id] => Route::OrukOrganization(id),
                ["taxonomies"] => Route::OrukTaxonomies,
                ["taxonomies", id] => Route::OrukTaxonomy(id),
                ["taxonomy_terms"] => Route::OrukTaxonomyTerms,
                ["taxonomy_terms", id] => Route::OrukTaxonomyTerm(id),
                ["service_at_locations"] => Route::OrukServiceAtLocations,
                ["service_at_locations", id] => Route::OrukServiceAtLocation(id),
                _ => return None,
            },
            ["feeds", "authorities", file] => Route::FeedAuthority(feeds::file_stem(file)?),
            ["feeds", "partnerships", file] => Route::FeedPartnership(feeds::file_stem(file)?),
            ["feeds", "topics", file] => Route::FeedTopic(feeds::file_stem(file)?),
            ["feeds", "pledges.atom"] => Route::FeedPledges,
            ["editor", rest @ ..] => Route::Editor(editor::Page::parse(rest)?),
            ["api", "v1", rest @ ..] => match rest {
                ["authorities"] => Route::Authorities,
                ["authorities", code] => Route::Authority(code),
                ["authorities", code, "offers"] => Route::AuthorityOffers(code),
                ["authorities", code, "offers.csv"] => Route::AuthorityOffersCsv(code),
                ["topics"] => Route::Topics,
                ["law"] => Route::Law,
                ["coverage"] => Route::Coverage,
                ["partnerships"] => Route::Partnerships,
                ["partnerships", id] => Route::Partnership(id),
                ["partnerships", id, "consistency"] => Route::Consistency(id),
                ["partnerships", id, "consistency.csv"] => Route::ConsistencyCsv(id),
                ["partnerships", id, "board"] => Route::Board(id),
                ["partnerships", id, "guarantee"] => Route::Guarantee(id),
                ["partnerships", id, "notes"] => Route::Notes(id),
                ["topics", topic, "spread"] => Route::Spread(topic),
                ["changes"] => Route::Changes,
                ["organisations"] => Route::Organisations,
                ["organisations", id] => Route::Organisation(id),
                ["organisations", id, "verify"] => Route::OrganisationVerify(id),
                ["organisations", id, "pledges"] => Route::OrganisationPledges(id),
                ["pledges"] => Route::Pledges,
                ["pledges", id] => Route::Pledge(id),
                ["pledges", id, "history"] => Route::PledgeHistory(id),
                ["pledges", id, step] => Route::PledgeStep(id, PledgeStep::parse(step)?),
                ["moderation"] => Route::Moderation,
                ["search"] => Route::Search,
                ["compare"] => Route::Compare,
                ["openapi.json"] => Route::OpenApi,
                ["offers", id] => Route::Offer(id),
                ["offers", id, "history"] => Route::OfferHistory(id),
                _ => return None,
            },
            _ => return None,
        })
    }

    fn name(&self) -> &'static str {
        match self {
            Route::Healthz => "healthz",
            Route::Metrics => "metrics",
            Route::BenchStatic => "bench_static",
            Route::Widget(_) => "widget",
            Route::HomePage => "page_home",
            Route::ComparePage => "page_compare",
            Route::QuestionsPage => "page_questions",
            Route::OfferPage(_) => "page_offer",
            Route::AuthorityPage(_) => "page_authority",
            Route::SearchPage => "page_search",
            Route::RegisterPage => "page_register",
            Route::SignatoryPage => "page_signatory",
            Route::ModerationPage => "page_moderation",
            Route::Authorities => "authorities",
            Route::Authority(_) => "authority",
            Route::AuthorityOffers(_) => "authority_offers",
            Route::Topics => "topics",
            Route::Law => "law",
            Route::Coverage => "coverage",
            Route::CoveragePage => "page_coverage",
            Route::Partnerships => "partnerships",
            Route::Partnership(_) => "partnership",
            Route::Consistency(_) => "consistency",
            Route::ConsistencyCsv(_) => "consistency_csv",
            Route::Board(_) => "board",
            Route::Guarantee(_) => "guarantee",
            Route::Notes(_) => "notes",
            Route::Spread(_) => "spread",
            Route::Changes => "changes",
            Route::BoardPage(_) => "page_board",
            Route::Organisations => "organisations",
            Route::Organisation(_) => "organisation",
            Route::OrganisationVerify(_) => "organisation_verify",
            Route::OrganisationPledges(_) => "organisation_pledges",
            Route::Pledges => "pledges",
            Route::Pledge(_) => "pledge",
            Route::PledgeHistory(_) => "pledge_history",
            Route::PledgeStep(_, _) => "pledge_step",
            Route::Moderation => "moderation",
            Route::Search => "search",
            Route::Compare => "compare",
            Route::OpenApi => "openapi",
            Route::Offer(_) => "offer",
            Route::OfferHistory(_) => "offer_history",
            Route::OrukRoot => "oruk",
            Route::OrukServices => "oruk_services",
            Route::OrukService(_) => "oruk_service",
            Route::OrukOrganizations => "oruk_organizations",
            Route::OrukOrganization(_) => "oruk_organization",
            Route::OrukTaxonomies => "oruk_taxonomies",
            Route::OrukTaxonomy(_) => "oruk_taxonomy",
            Route::OrukTaxonomyTerms => "oruk_taxonomy_terms",
            Route::OrukTaxonomyTerm(_) => "oruk_taxonomy_term",
            Route::OrukServiceAtLocations => "oruk_service_at_locations",
            Route::OrukServiceAtLocation(_) => "oruk_service_at_location",
            Route::FeedAuthority(_) => "feed_authority",
            Route::FeedPartnership(_) => "feed_partnership",
            Route::FeedTopic(_) => "feed_topic",
            Route::FeedPledges => "feed_pledges",
            Route::AuthorityOffersCsv(_) => "authority_offers_csv",
            Route::Editor(page) => page.name(),
        }
    }

    /// The route's path as the OpenAPI document writes it (parameters in braces), so
    /// tests can check every route is documented. Pages, the widget's files and the
    /// benchmark route are not part of the API ([`Route::documented`] says which are).
    #[cfg(test)]
    fn template(&self) -> &'static str {
        match self {
            Route::Healthz => "/healthz",
            Route::Metrics => "/metrics",
            Route::BenchStatic => "/bench/static",
            Route::Widget(_) => "/widget/{file}",
            Route::HomePage => "/",
            Route::ComparePage => "/compare",
            Route::QuestionsPage => "/compare/questions",
            Route::OfferPage(_) => "/offers/{id}",
            Route::AuthorityPage(_) => "/authorities/{code}",
            Route::SearchPage => "/search",
            Route::RegisterPage => "/covenant/register",
            Route::SignatoryPage => "/covenant/pledges",
            Route::ModerationPage => "/covenant/moderation",
            Route::BoardPage(_) => "/board/{id}",
            Route::Authorities => "/api/v1/authorities",
            Route::Authority(_) => "/api/v1/authorities/{code}",
            Route::AuthorityOffers(_) => "/api/v1/authorities/{code}/offers",
            Route::Topics => "/api/v1/topics",
            Route::Law => "/api/v1/law",
            Route::Coverage => "/api/v1/coverage",
            Route::CoveragePage => "/coverage",
            Route::Partnerships => "/api/v1/partnerships",
            Route::Partnership(_) => "/api/v1/partnerships/{id}",
            Route::Consistency(_) => "/api/v1/partnerships/{id}/consistency",
            Route::ConsistencyCsv(_) => "/api/v1/partnerships/{id}/consistency.csv",
            Route::Board(_) => "/api/v1/partnerships/{id}/board",
            Route::Guarantee(_) => "/api/v1/partnerships/{id}/guarantee",
            Route::Notes(_) => "/api/v1/partnerships/{id}/notes",
            Route::Spread(_) => "/api/v1/topics/{topic}/spread",
            Route::Changes => "/api/v1/changes",
            Route::Organisations => "/api/v1/organisations",
            Route::Organisation(_) => "/api/v1/organisations/{id}",
            Route::OrganisationVerify(_) => "/api/v1/organisations/{id}/verify",
            Route::OrganisationPledges(_) => "/api/v1/organisations/{id}/pledges",
            Route::Pledges => "/api/v1/pledges",
            Route::Pledge(_) => "/api/v1/pledges/{id}",
            Route::PledgeHistory(_) => "/api/v1/pledges/{id}/history",
            Route::PledgeStep(_, PledgeStep::Publish) => "/api/v1/pledges/{id}/publish",
            Route::PledgeStep(_, PledgeStep::Reject) => "/api/v1/pledges/{id}/reject",
            Route::PledgeStep(_, PledgeStep::Withdraw) => "/api/v1/pledges/{id}/withdraw",
            Route::Moderation => "/api/v1/moderation",
            Route::Search => "/api/v1/search",
            Route::Compare => "/api/v1/compare",
            Route::OpenApi => "/api/v1/openapi.json",
            Route::Offer(_) => "/api/v1/offers/{id}",
            Route::OfferHistory(_) => "/api/v1/offers/{id}/history",
            Route::OrukRoot => "/oruk/",
            Route::OrukServices => "/oruk/services",
            Route::OrukService(_) => "/oruk/services/{id}",
            Route::OrukOrganizations => "/oruk/organizations",
            Route::OrukOrganization(_) => "/oruk/organizations/{id}",
            Route::OrukTaxonomies => "/oruk/taxonomies",
            Route::OrukTaxonomy(_) => "/oruk/taxonomies/{id}",
            Route::OrukTaxonomyTerms => "/oruk/taxonomy_terms",
            Route::OrukTaxonomyTerm(_) => "/oruk/taxonomy_terms/{id}",
            Route::OrukServiceAtLocations => "/oruk/service_at_locations",
            Route::OrukServiceAtLocation(_) => "/oruk/service_at_locations/{id}",
            Route::FeedAuthority(_) => "/feeds/authorities/{code}.atom",
            Route::FeedPartnership(_) => "/feeds/partnerships/{id}.atom",
            Route::FeedTopic(_) => "/feeds/topics/{slug}.atom",
            Route::FeedPledges => "/feeds/pledges.atom",
            Route::AuthorityOffersCsv(_) => "/api/v1/authorities/{code}/offers.csv",
            Route::Editor(_) => "/editor/{page}",
        }
    }

    /// Whether the OpenAPI document describes this route: every JSON, CSV and Atom
    /// route does; the HTML pages, the widget's files and the load-test route do not.
    #[cfg(test)]
    fn documented(&self) -> bool {
        !matches!(
            self,
            Route::BenchStatic
                | Route::Widget(_)
                | Route::HomePage
                | Route::ComparePage
                | Route::CoveragePage
                | Route::QuestionsPage
                | Route::OfferPage(_)
                | Route::AuthorityPage(_)
                | Route::SearchPage
                | Route::RegisterPage
                | Route::SignatoryPage
                | Route::ModerationPage
                | Route::BoardPage(_)
                | Route::Editor(_)
        )
    }

    /// The query parameters the route takes, when it does not check them itself: `handle`
    /// refuses any other (400 `invalid_parameter`, or a page saying so), and one given
    /// twice. `None`: the handler reads its parameters with [`Request::params`], which
    /// refuses the same way. Every route is one or the other, so none accepts a parameter
    /// it ignores.
    fn declared_params(&self) -> Option<&'static [&'static str]> {
        const NONE: &[&str] = &[];
        Some(match self {
            // These parse their own query, each against its own list.
            Route::BenchStatic
            | Route::Authorities
            | Route::Spread(_)
            | Route::Changes
            | Route::Search
            | Route::Compare
            | Route::OrukRoot
            | Route::OrukServices
            | Route::OrukService(_)
            | Route::OrukOrganizations
            | Route::OrukOrganization(_)
            | Route::OrukTaxonomies
            | Route::OrukTaxonomy(_)
            | Route::OrukTaxonomyTerms
            | Route::OrukTaxonomyTerm(_)
            | Route::OrukServiceAtLocations
            | Route::OrukServiceAtLocation(_)
            | Route::FeedAuthority(_)
            | Route::FeedPartnership(_)
            | Route::FeedTopic(_)
            | Route::FeedPledges => return None,
            // The pages read theirs leniently (a form sends every field, maybe empty).
            Route::ComparePage | Route::QuestionsPage => {
                &["from", "to", "age", "circumstances", "district", "group"]
            }
            Route::AuthorityPage(_) => &["band"],
            Route::SearchPage => &["q", "category", "type", "topic"],
            Route::BoardPage(_) => &["item"],
            Route::Editor(page) => page.declared_params(),
            Route::Healthz
            | Route::Metrics
            | Route::Widget(_)
            | Route::HomePage
            | Route::OfferPage(_)
            | Route::RegisterPage
            | Route::SignatoryPage
            | Route::ModerationPage
            | Route::Authority(_)
            | Route::AuthorityOffers(_)
            | Route::AuthorityOffersCsv(_)
            | Route::Topics
            | Route::Law
            | Route::Coverage
            | Route::CoveragePage
            | Route::Partnerships
            | Route::Partnership(_)
            | Route::Consistency(_)
            | Route::ConsistencyCsv(_)
            | Route::Board(_)
            | Route::Guarantee(_)
            | Route::Notes(_)
            | Route::Organisations
            | Route::Organisation(_)
            | Route::OrganisationVerify(_)
            | Route::OrganisationPledges(_)
            | Route::Pledges
            | Route::Pledge(_)
            | Route::PledgeHistory(_)
            | Route::PledgeStep(_, _)
            | Route::Moderation
            | Route::OpenApi
            | Route::Offer(_)
            | Route::OfferHistory(_) => NONE,
        })
    }

    /// Whether the route is a public HTML page (the editors' workspace has its own error
    /// pages), so a refused parameter is told as a page.
    fn is_page(&self) -> bool {
        matches!(
            self,
            Route::HomePage
                | Route::ComparePage
                | Route::QuestionsPage
                | Route::OfferPage(_)
                | Route::AuthorityPage(_)
                | Route::SearchPage
                | Route::RegisterPage
                | Route::SignatoryPage
                | Route::ModerationPage
                | Route::BoardPage(_)
        )
    }

    fn allowed(&self) -> &'static [Method] {
        match self {
            Route::AuthorityOffers(_) | Route::OrganisationVerify(_) | Route::PledgeStep(_, _) => {
                &[Method::POST]
            }
            Route::Organisations
            | Route::OrganisationPledges(_)
            | Route::RegisterPage
            | Route::SignatoryPage
            | Route::ModerationPage => &[Method::GET, Method::POST],
            Route::Pledge(_) => &[Method::GET, Method::PUT],
            Route::Guarantee(_) | Route::Notes(_) => &[Method::PUT],
            Route::Offer(_) => &[Method::GET, Method::PUT, Method::DELETE],
            Route::Editor(page) => page.allowed(),
            _ => &[Method::GET],
        }
    }
}

/// The routes answered by reading: the store, the index, the compare rules. They run on
/// the blocking pool (see `handle`), so slow work never stalls other connections. `Err`
/// gives the request back when the route is not one of them.
fn read(
    state: &AppState,
    route: &Route<'_>,
    req: Request,
) -> Result<Result<Response, ApiError>, Box<Request>> {
    Ok(match (route, &req.method) {
        (Route::Healthz, _) => ops::healthz(state),
        (Route::Metrics, _) => ops::metrics(state),
        (Route::BenchStatic, _) => ops::bench_static(state, &req),
        (Route::Widget(path), _) => assets::widget_file(path, &req.headers),
        (Route::Authorities, _) => catalog::authorities(state, &req),
        (Route::Authority(code), _) => catalog::authority(state, code),
        (Route::Topics, _) => catalog::topics(),
        (Route::Law, _) => catalog::law(),
        (Route::Coverage, _) => catalog::coverage(state),
        (Route::CoveragePage, _) => pages::coverage(state, &req),
        (Route::Partnerships, _) => catalog::partnerships(state),
        (Route::Partnership(id), _) => catalog::partnership(state, id),
        (Route::Consistency(id), _) => boards::json(state, id),
        (Route::ConsistencyCsv(id), _) => boards::csv(state, id),
        (Route::Board(id), _) => boards::board(state, id),
        (Route::Spread(topic), _) => boards::spread(state, topic, &req),
        (Route::Changes, _) => boards::changes(state, &req),
        (Route::Organisations, &Method::GET) => covenant::list(state),
        (Route::Organisation(id), _) => covenant::get(state, id, &req),
        (Route::OrganisationPledges(id), &Method::GET) => covenant::list_pledges(state, id, &req),
        (Route::Pledge(id), &Method::GET) => covenant::get_pledge(state, id, &req),
        (Route::PledgeHistory(id), _) => covenant::history(state, id, &req),
        (Route::Moderation, _) => covenant::queue(state, &req),
        (Route::Pledges, _) => catalog::pledges(state),
        (Route::Search, _) => search::search(state, &req),
        (Route::Compare, _) => compare::compare(state, &req),
        (Route::OpenApi, _) => ops::openapi(state),
        (Route::Offer(id), &Method::GET) => offers::get(state, id),
        (Route::OfferHistory(id), _) => offers::history(state, id),
        (Route::OrukRoot, _) => oruk::root(&req),
        (Route::OrukServices, _) => oruk::services(state, &req),
        (Route::OrukService(id), _) => oruk::service(state, id, &req),
        (Route::OrukOrganizations, _) => oruk::organizations(state, &req),
        (Route::OrukOrganization(id), _) => oruk::organization(state, id, &req),
        (Route::OrukTaxonomies, _) => oruk::taxonomies(state, &req),
        (Route::OrukTaxonomy(id), _) => oruk::taxonomy(state, id, &req),
        (Route::OrukTaxonomyTerms, _) => oruk::taxonomy_terms(state, &req),
        (Route::OrukTaxonomyTerm(id), _) => oruk::taxonomy_term(state, id, &req),
        (Route::OrukServiceAtLocations, _) => oruk::service_at_locations(state, &req),
        (Route::OrukServiceAtLocation(id), _) => oruk::service_at_location(state, id, &req),
        (Route::FeedAuthority(code), _) => {
            feeds::feed(state, FeedSubject::Authority(code.to_string()), &req)
        }
        (Route::FeedPartnership(id), _) => {
            feeds::feed(state, FeedSubject::Partnership(id.to_string()), &req)
        }
        (Route::FeedTopic(slug), _) => {
            feeds::feed(state, FeedSubject::Topic(slug.to_string()), &req)
        }
        (Route::FeedPledges, _) => feeds::feed(state, FeedSubject::Pledges, &req),
        (Route::AuthorityOffersCsv(code), _) => editor::authority_csv(state, code),
        _ => return Err(Box::new(req)),
    })
}

/// The pages and the writes, which await rendering or the disk.
async fn dispatch(state: &AppState, route: &Route<'_>, req: Request) -> Result<Response, ApiError> {
    match (route, &req.method) {
        (Route::HomePage, _) => pages::home(&req),
        (Route::ComparePage, _) => pages::compare(state, &req).await,
        (Route::QuestionsPage, _) => pages::questions(state, &req).await,
        (Route::OfferPage(id), _) => pages::offer(state, id, &req).await,
        (Route::AuthorityPage(code), _) => pages::authority(state, code, &req).await,
        (Route::SearchPage, _) => pages::search(state, &req).await,
        (Route::RegisterPage, &Method::POST) => covenant_pages::register(state, &req).await,
        (Route::RegisterPage, _) => covenant_pages::register_form(&req).await,
        (Route::SignatoryPage, &Method::POST) => covenant_pages::pledges(state, &req).await,
        (Route::SignatoryPage, _) => covenant_pages::pledges_form(&req).await,
        (Route::ModerationPage, &Method::POST) => covenant_pages::moderation(state, &req).await,
        (Route::ModerationPage, _) => covenant_pages::moderation_form(&req).await,
        (Route::Guarantee(id), _) => boards::put_guarantee(state, id, req).await,
        (Route::Notes(id), _) => boards::put_note(state, id, req).await,
        (Route::BoardPage(id), _) => pages::board(state, id, &req).await,
        (Route::Organisations, _) => covenant::register(state, req).await,
        (Route::OrganisationVerify(id), _) => covenant::verify(state, id, req).await,
        (Route::OrganisationPledges(id), _) => covenant::submit(state, id, req).await,
        (Route::Pledge(id), _) => covenant::edit(state, id, req).await,
        (Route::PledgeStep(id, step), _) => covenant::step(state, id, *step, req).await,
        (Route::AuthorityOffers(code), _) => offers::create(state, code, req).await,
        (Route::Offer(id), &Method::PUT) => offers::update(state, id, req).await,
        (Route::Offer(id), _) => offers::retire(state, id, req).await,
        (Route::Editor(page), _) => editor::handle(state, page, req).await,
        // The reads, should one arrive here: answered in place.
        _ => match read(state, route, req) {
            Ok(answer) => answer,
            Err(_) => Err(ApiError::not_found("page or API route at this address")),
        },
    }
}

/// Answers one request: reads on the blocking pool, the rest in place.
async fn answer(state: &Arc<AppState>, path: &str, req: Request) -> Result<Response, ApiError> {
    if req.method != Method::GET {
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        let route = Route::parse(&segments)
            .ok_or_else(|| ApiError::not_found("page or API route at this address"))?;
        return dispatch(state, &route, req).await;
    }
    let pool_state = state.clone();
    let pool_path = path.to_string();
    let outcome = tokio::task::spawn_blocking(move || {
        let segments: Vec<&str> = pool_path.trim_matches('/').split('/').collect();
        match Route::parse(&segments) {
            Some(route) => read(&pool_state, &route, req),
            None => Ok(Err(ApiError::not_found(
                "page or API route at this address",
            ))),
        }
    })
    .await
    .map_err(|_| ApiError::internal())?;
    match outcome {
        Ok(answer) => answer,
        Err(req) => {
            let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
            let route = Route::parse(&segments)
                .ok_or_else(|| ApiError::not_found("page or API route at this address"))?;
            dispatch(state, &route, *req).await
        }
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
    let via_proxy = state.limits.from_trusted_proxy(peer.map(|Peer(addr)| addr));
    let is_write = method == Method::POST || method == Method::PUT || method == Method::DELETE;
    let segments: Vec<&str> = path.as_str().trim_matches('/').split('/').collect();
    let route = Route::parse(&segments);
    let route_name = route.as_ref().map_or("unknown", Route::name);
    let public_read = method == Method::GET || method == Method::HEAD;
    // The editors' workspace answers in pages, its refusals too (they need the request's
    // headers after it is handled).
    let editor_page = matches!(route, Some(Route::Editor(_)));
    let page_headers = if editor_page {
        headers.clone()
    } else {
        HeaderMap::new()
    };

    let result = async {
        let Some(route) = route.as_ref() else {
            // A browser asking for a page that does not exist gets a page; API clients
            // (and everything under /api/) get the JSON error.
            if !path.as_str().starts_with("/api/") && pages::wants_html(&headers) {
                return Ok(pages::not_found_page(&Request {
                    method: method.clone(),
                    query: Vec::new(),
                    headers: headers.clone(),
                    body: Bytes::new(),
                    client,
                    via_proxy,
                }));
            }
            return Err(ApiError::not_found("page or API route at this address"));
        };
        if method == Method::OPTIONS {
            return Ok(preflight(route.allowed()));
        }
        let allowed = route.allowed();
        let method_ok =
            allowed.contains(&method) || (method == Method::HEAD && allowed.contains(&Method::GET));
        if !method_ok {
            let mut response = ApiError::new(
                ErrorCode::MethodNotAllowed,
                format!("This address does not accept {method}."),
            )
            .into_response();
            response
                .headers_mut()
                .insert(header::ALLOW, allow_header(allowed));
            return Ok(response);
        }
        if query.len() > MAX_QUERY_BYTES {
            return Err(ApiError::new(
                ErrorCode::QueryTooLong,
                "The query string is too long.",
            ));
        }
        let query: Vec<(String, String)> = serde_urlencoded::from_str(&query)
            .map_err(|_| ApiError::bad_query("", "The query string could not be read."))?;
        // A route that reads no parameters, or reads them leniently (the pages), declares
        // them here and any other is refused before anything else; the rest refuse theirs
        // with `Request::params` (`Route::declared_params`).
        if let Some(declared) = route.declared_params() {
            // Pages read leniently: a form sends a parameter per ticked box.
            let checked = if route.is_page() {
                atlas_shared::query::check_names(&query, declared)
            } else {
                Query::parse(&query, declared).map(|_| ())
            };
            if let Err(e) = checked {
                let e = ApiError::from(e);
                if route.is_page() {
                    return Ok(pages::bad_parameter_page(&headers, path.as_str(), &e));
                }
                return Err(e);
            }
        }
        let body = if method == Method::POST || method == Method::PUT {
            // The editors' spreadsheet upload may be larger than any JSON body.
            let limit = match route {
                Route::Editor(page) => page.body_limit(),
                _ => MAX_BODY_BYTES,
            };
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
        let method = if method == Method::HEAD {
            Method::GET
        } else {
            method.clone()
        };
        answer(
            &state,
            path.as_str(),
            Request {
                method,
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
        Err(e) if editor_page => editor::error_page(&page_headers, &e).await,
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
    use std::collections::{BTreeSet, HashSet};

    use super::Route;

    /// One address for every route `Route::parse` knows, parameters filled in.
    const EXAMPLES: &[&str] = &[
        "/healthz",
        "/metrics",
        "/bench/static",
        "/widget/offer-atlas.js",
        "/",
        "/compare",
        "/compare/questions",
        "/offers/x",
        "/authorities/E06000054",
        "/search",
        "/covenant/register",
        "/covenant/pledges",
        "/covenant/moderation",
        "/board/x",
        "/api/v1/authorities",
        "/api/v1/authorities/E06000054",
        "/api/v1/authorities/E06000054/offers",
        "/api/v1/authorities/E06000054/offers.csv",
        "/api/v1/topics",
        "/api/v1/law",
        "/api/v1/coverage",
        "/coverage",
        "/api/v1/partnerships",
        "/api/v1/partnerships/x",
        "/api/v1/partnerships/x/consistency",
        "/api/v1/partnerships/x/consistency.csv",
        "/api/v1/partnerships/x/board",
        "/api/v1/partnerships/x/guarantee",
        "/api/v1/partnerships/x/notes",
        "/api/v1/topics/travel/spread",
        "/api/v1/changes",
        "/api/v1/organisations",
        "/api/v1/organisations/x",
        "/api/v1/organisations/x/verify",
        "/api/v1/organisations/x/pledges",
        "/api/v1/pledges",
        "/api/v1/pledges/x",
        "/api/v1/pledges/x/history",
        "/api/v1/pledges/x/publish",
        "/api/v1/pledges/x/reject",
        "/api/v1/pledges/x/withdraw",
        "/api/v1/moderation",
        "/api/v1/search",
        "/api/v1/compare",
        "/api/v1/openapi.json",
        "/api/v1/offers/x",
        "/api/v1/offers/x/history",
        "/oruk/",
        "/oruk/services",
        "/oruk/services/x",
        "/oruk/organizations",
        "/oruk/organizations/x",
        "/oruk/taxonomies",
        "/oruk/taxonomies/x",
        "/oruk/taxonomy_terms",
        "/oruk/taxonomy_terms/x",
        "/oruk/service_at_locations",
        "/oruk/service_at_locations/x",
        "/feeds/authorities/E06000054.atom",
        "/feeds/partnerships/x.atom",
        "/feeds/topics/travel.atom",
        "/feeds/pledges.atom",
        "/editor",
        "/editor/sign-in",
        "/editor/sign-out",
        "/editor/offers/new",
        "/editor/offers/x",
        "/editor/offers/x/history",
        "/editor/offers/x/review",
        "/editor/offers/x/retire",
        "/editor/offers.csv",
        "/editor/template.csv",
        "/editor/import",
        "/editor/import/apply",
    ];

    fn parse(path: &str) -> Option<Route<'_>> {
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        Route::parse(&segments)
    }

    /// Every name `Route::name` and the workspace's `Page::name` give, read from their
    /// source: those matches are exhaustive, so a new route has a name there before it
    /// compiles.
    fn every_route_name() -> BTreeSet<String> {
        [include_str!("mod.rs"), include_str!("editor/mod.rs")]
            .into_iter()
            .flat_map(|source| {
                let start = source.find("fn name(&self)").expect("a name function");
                let end = start
                    + source[start..]
                        .find("\n    }\n")
                        .expect("end of the name function");
                source[start..end]
                    .split("=> \"")
                    .skip(1)
                    .filter_map(|rest| rest.split('"').next())
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn every_route_has_an_example() {
        let reached: BTreeSet<String> = EXAMPLES
            .iter()
            .map(|p| {
                parse(p)
                    .unwrap_or_else(|| panic!("{p} is not a route"))
                    .name()
                    .to_string()
            })
            .collect();
        assert_eq!(
            reached,
            every_route_name(),
            "a route has no example address here"
        );
    }

    #[test]
    fn every_api_route_is_in_the_openapi_document_and_nothing_else_is() {
        let doc: serde_json::Value = serde_json::from_str(include_str!("../../openapi-paths.json"))
            .expect("openapi-paths.json");
        let paths = doc["paths"].as_object().expect("paths");
        let mut documented = HashSet::new();
        for example in EXAMPLES {
            let route = parse(example).expect("a route");
            if !route.documented() {
                assert!(
                    !paths.contains_key(route.template()),
                    "{} is a page, not the API",
                    route.template()
                );
                continue;
            }
            let template = route.template();
            documented.insert(template);
            let item = paths
                .get(template)
                .unwrap_or_else(|| panic!("{template} is served but not in openapi.json"));
            let methods: BTreeSet<String> = item
                .as_object()
                .expect("a path item")
                .keys()
                .filter(|k| !["parameters", "summary", "description"].contains(&k.as_str()))
                .cloned()
                .collect();
            let allowed: BTreeSet<String> = route
                .allowed()
                .iter()
                .map(|m| m.as_str().to_ascii_lowercase())
                .collect();
            assert_eq!(methods, allowed, "{template}: documented methods differ");
        }
        for path in paths.keys() {
            assert!(
                documented.contains(path.as_str()),
                "{path} is in openapi.json but the server has no such route"
            );
        }
    }

    #[test]
    fn feed_routes_need_the_atom_suffix_and_a_name() {
        assert!(parse("/feeds/authorities/E06000054").is_none());
        assert!(parse("/feeds/authorities/.atom").is_none());
        assert!(parse("/feeds/pledges").is_none());
        assert!(matches!(
            parse("/feeds/topics/wifi.atom"),
            Some(Route::FeedTopic("wifi"))
        ));
        assert!(matches!(parse("/oruk"), Some(Route::OrukRoot)));
    }
}
