//! What a handler is given: the state every handler can reach, and the request with the
//! helpers that read it (its query, its JSON body, its token). Below every handler, so they
//! import from here and never from the dispatcher above them.

use std::sync::Arc;

use crate::auth::Caller;
use atlas_shared::query::Query;
use atlas_shared::ErrorCode;
use bytes::Bytes;
use warp::http::header::{self, HeaderMap};
use warp::http::Method;

use super::error::ApiError;
use super::limits::{Limited, Limits};
use crate::metrics::Metrics;
use crate::store::Store;

/// Largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

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
    pub search_cache: super::cache::ResponseCache,
    /// Compare answers, for the store's change sequence they were computed at.
    pub compare_cache: super::cache::ResponseCache,
    /// The ORUK directory, for the store's change sequence it was built at.
    pub oruk: super::cache::DirectoryCache,
    /// The change log as the Atom feeds read it, caught up on each feed request.
    pub feed_log: crate::feeds::SharedLog,
    /// Staff sessions (in memory: see `session`).
    pub sessions: super::session::Sessions,
    /// Mark the editors' session cookie `Secure` whatever the request says (the site is
    /// served over HTTPS by a proxy that does not send `X-Forwarded-Proto`).
    pub secure_cookies: bool,
    /// The mail relay, when one is configured (see `crate::mail`).
    pub mailer: Option<Arc<crate::mail::Mailer>>,
}

/// A request as handlers see it.
pub struct Request {
    pub method: Method,
    /// The path asked for (without the query), for links back to the same page.
    pub path: String,
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
    /// The reader's language: the `lang` parameter, else the browser's `Accept-Language`,
    /// else English. A language chosen by the parameter travels in the page's links.
    pub fn locale(&self) -> atlas_shared::words::Locale {
        use atlas_shared::words::{Lang, Locale, Words};
        let param = self.lang_param();
        let accept = self
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        let lang = Lang::choose(param, accept);
        let chosen = param.and_then(Lang::from_tag).is_some();
        Locale::new(Words::of(lang), chosen)
    }

    /// The language of a JSON answer's sentences: the `lang` parameter only, else English.
    /// Never the browser's `Accept-Language`: an answer is the same for everyone who asks
    /// the same address (and so for a cache).
    pub fn answer_locale(&self) -> atlas_shared::words::Locale {
        use atlas_shared::words::{Lang, Locale, Words};
        self.lang_param()
            .and_then(Lang::from_tag)
            .map_or_else(Locale::default, |lang| Locale::new(Words::of(lang), true))
    }

    /// The `lang` parameter as sent, if any.
    fn lang_param(&self) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == atlas_shared::query::LANG)
            .map(|(_, v)| v.as_str())
    }

    /// This page's address (path and query), for its language menu.
    pub fn here(&self) -> String {
        match serde_urlencoded::to_string(&self.query) {
            Ok(q) if !q.is_empty() => format!("{}?{q}", self.path),
            _ => self.path.clone(),
        }
    }

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
    pub fn role(&self, state: &AppState) -> Result<Caller, ApiError> {
        let token = self.bearer().ok_or_else(ApiError::unauthorized)?;
        crate::auth::authenticate(&state.store, token)?.ok_or_else(ApiError::unauthorized)
    }

    /// The bearer token sent, if any (not yet checked).
    pub fn bearer(&self) -> Option<&str> {
        self.headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
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
    pub fn optional_role(&self, state: &AppState) -> Result<Option<Caller>, ApiError> {
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
