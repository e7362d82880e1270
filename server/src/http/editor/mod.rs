//! The council editors' workspace under `/editor`: server-rendered pages (the widget's
//! Yew components, `atlas_widget::editor_pages`) with plain HTML forms that work without
//! JavaScript.
//!
//! - **Sign in** with a council editor's or an admin's token; the session lives on the
//!   server ([`session`]) and the browser holds only its id, in a cookie that is
//!   `HttpOnly; SameSite=Strict; Path=/editor`, `Secure` when the request came over HTTPS
//!   (said by a trusted proxy's `X-Forwarded-Proto`, or always with `--secure-cookies`).
//!   Public pages never set a cookie.
//! - **Every POST** must come from this site (`Sec-Fetch-Site` and `Origin`, when the
//!   browser sends them) and carry the session's CSRF token; the sign-in form, made
//!   before any session, carries a token that must match a cookie of its own
//!   (double submit). A refusal is 403 and changes nothing.
//! - **Rights** are `Role::may_edit_offers_of`, as in the API: a council editor reaches
//!   only its own council's offers (403 otherwise), an admin any. Every change goes
//!   through the store's versioned, audited writes, recorded as the role (never the
//!   token); authenticated posts count against the client's write allowance.
//!
//! Nothing typed into a form is logged.

mod board;
mod import;
mod lost;
mod offers;
mod people;

use atlas_shared::access::Role;
use atlas_shared::spreadsheet::MAX_FILE_BYTES;
use atlas_shared::words::{Lang, Locale};
use atlas_shared::{Authority, ErrorCode};
use atlas_widget::editor_pages as render;
use atlas_widget::editor_pages::Chrome;
use bytes::Bytes;
use warp::http::header::{self, HeaderMap, HeaderValue};
use warp::http::{Method, StatusCode};
use warp::reply::Response;

use super::covenant_pages::Form;
use super::error::ApiError;
use super::pages::page_with_css;
use super::request::{AppState, Request};
use super::route::{awaits, Handler, Kind, Params, Route, Verb};
use super::session::{self, random_hex, same_secret, Editor};
pub use import::authority_csv;

/// Largest body the upload form may send: the file's 5 MB and the form around it.
pub const MAX_UPLOAD_BODY: usize = MAX_FILE_BYTES + 256 * 1024;
/// The session cookie.
const COOKIE: &str = "atlas_editor";
/// The sign-in form's own token, before there is a session.
const SIGN_IN_COOKIE: &str = "atlas_sign_in";

/// The pages of the workspace.
pub enum Page<'a> {
    Home,
    SignIn,
    SignOut,
    NewOffer,
    Offer(&'a str),
    History(&'a str),
    Review(&'a str),
    Retire(&'a str),
    /// The council's retired offers, each with a button to restore it.
    Retired,
    Restore(&'a str),
    Csv,
    Template,
    Import,
    ImportApply,
    /// A board's notes on its matrix (a board member's or an admin's).
    Board(&'a str),
    /// Ask for a link that replaces a lost token (before any session).
    LostToken,
    /// The link from that letter (its secret).
    NewToken(&'a str),
    /// People and their tokens (an admin's).
    People,
    /// Invite someone: a new token (an admin's).
    Invite,
    /// Revoke the token with this id (an admin's).
    RevokeToken(&'a str),
}

/// A whole page of the workspace: the site's page with the workspace's own stylesheet.
fn page(req: &Request, status: StatusCode, title: &str, heading: &str, body: &str) -> Response {
    page_with_css(req, status, title, heading, body, atlas_widget::EDITOR_CSS)
}

/// A signed-in request.
pub(super) struct Ctx<'a> {
    pub state: &'a AppState,
    pub req: &'a Request,
    /// The session id (from the cookie).
    pub session: String,
    pub editor: Editor,
}

impl Ctx<'_> {
    pub fn role(&self) -> &Role {
        &self.editor.role
    }

    /// Who the history says made a change: the person and their role, as the API signs it.
    pub fn actor(&self) -> String {
        atlas_shared::access::signature(self.editor.person.as_ref(), &self.editor.role)
    }

    /// What every page shows of the session, in the reader's language.
    pub fn chrome(&self, council: Option<&Authority>) -> Chrome {
        let locale = self.req.locale();
        let who = match self.role() {
            Role::CouncilEditor { authority } => {
                let name = self
                    .state
                    .store
                    .authority(authority)
                    .ok()
                    .flatten()
                    .map_or_else(|| authority.clone(), |a| a.name);
                locale.f(
                    "editor-who-council-editor",
                    &[("council", name.as_str().into())],
                )
            }
            Role::Admin => locale.t("editor-who-admin"),
            other => other.describe(),
        };
        let who = match &self.editor.person {
            Some(p) => locale.f(
                "editor-who-person",
                &[
                    ("name", p.name.as_str().into()),
                    ("who", who.as_str().into()),
                ],
            ),
            None => who,
        };
        Chrome {
            csrf: self.editor.csrf.clone(),
            who,
            council: council.map(|a| (a.code.clone(), a.name.clone())),
            people: self.role().may_manage_people(),
        }
    }

    /// A whole page, with the session cookie renewed (its 8 idle hours start again).
    /// `title` is in the reader's language; a refusal's title says "Error: " before it.
    pub fn page(&self, status: StatusCode, title: &str, body: &str) -> Response {
        let heading = title.trim_start_matches("Error: ");
        let title = error_title(&self.req.locale(), status, heading);
        let mut response = page(self.req, status, &title, heading, body);
        self.renew_on(&mut response);
        response
    }

    /// 303 to `location` (after a change: reloading the next page repeats nothing).
    /// The chosen language goes with it (links carry it; a redirect must too).
    pub fn see_other(&self, location: &str) -> Response {
        let mut response = see_other(&self.req.locale().link(location));
        self.renew_on(&mut response);
        response
    }

    /// Renews the session cookie on a response (its 8 idle hours start again).
    pub fn renew_on(&self, response: &mut Response) {
        set_cookie(
            response,
            &session_cookie(&self.session, secure(self.state, self.req)),
        );
    }

    /// The council a page is about: the one asked for, or the editor's own. `None` when
    /// an admin has not chosen one. 403 for a council the role may not edit, 404 for a
    /// code no council has.
    pub fn council(&self, requested: Option<&str>) -> Result<Option<Authority>, ApiError> {
        let code = match (requested, self.role()) {
            (Some(code), _) => code.to_string(),
            (None, Role::CouncilEditor { authority }) => authority.clone(),
            (None, Role::Admin) => return Ok(None),
            (None, _) => return Err(not_an_editor()),
        };
        if !self.role().may_edit_offers_of(&code) {
            return Err(ApiError::said(
                ErrorCode::Forbidden,
                "editor-refused-other-council",
            ));
        }
        self.state
            .store
            .authority(&code)?
            .map(Some)
            .ok_or_else(|| ApiError::said(ErrorCode::NotFound, "editor-refused-no-council"))
    }
}

/// A page's title: a refusal's (a status that is not success) says "Error: " before it.
fn error_title(locale: &Locale, status: StatusCode, heading: &str) -> String {
    if status.is_success() {
        heading.to_string()
    } else {
        locale.f("editor-error-title", &[("title", heading.into())])
    }
}

fn not_an_editor() -> ApiError {
    ApiError::said(ErrorCode::Forbidden, "editor-refused-not-editor")
}

/// Whether the session cookie should be `Secure`.
fn secure(state: &AppState, req: &Request) -> bool {
    state.secure_cookies || forwarded_https(req)
}

/// A trusted proxy says the request came over HTTPS.
fn forwarded_https(req: &Request) -> bool {
    if !req.via_proxy {
        return false;
    }
    let proto = req
        .headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(',')
                .next()
                .unwrap_or("")
                .trim()
                .eq_ignore_ascii_case("https")
        });
    let forwarded = req
        .headers
        .get(header::FORWARDED)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.to_ascii_lowercase().contains("proto=https"));
    proto.or(forwarded).unwrap_or(false)
}

fn session_cookie(id: &str, secure: bool) -> String {
    format!(
        "{COOKIE}={id}; Path=/editor; HttpOnly; SameSite=Strict; Max-Age={}{}",
        session::IDLE_LIMIT.as_secs(),
        if secure { "; Secure" } else { "" }
    )
}

fn expired_cookie(name: &str, secure: bool) -> String {
    format!(
        "{name}=; Path=/editor; HttpOnly; SameSite=Strict; Max-Age=0{}",
        if secure { "; Secure" } else { "" }
    )
}

fn set_cookie(response: &mut Response, cookie: &str) {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

fn see_other(location: &str) -> Response {
    let mut response = Response::new(Vec::new().into());
    *response.status_mut() = StatusCode::SEE_OTHER;
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// A cookie the request carries, if it looks like one of ours (hex, at most 128).
fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty() && v.len() <= 128 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Refuses a post another site made. `Sec-Fetch-Site`, which every current browser sends,
/// decides when present: only `same-origin` passes. Without it, `Origin`, when sent, must
/// be this site's (`null`, which sandboxed frames send, is refused). The workspace's
/// pages set `Referrer-Policy: same-origin` so that browsers send their real origin.
fn check_origin(state: &AppState, req: &Request) -> Result<(), ApiError> {
    let get = |name: &str| req.headers.get(name).and_then(|v| v.to_str().ok());
    let refused = || ApiError::said(ErrorCode::Forbidden, "editor-refused-other-site");
    if let Some(site) = get("sec-fetch-site") {
        return if site == "same-origin" {
            Ok(())
        } else {
            Err(refused())
        };
    }
    if let Some(origin) = get("origin") {
        let host = req
            .via_proxy
            .then(|| get("x-forwarded-host"))
            .flatten()
            .or_else(|| get("host"));
        let https = secure(state, req);
        let ok = host.is_some_and(|host| {
            origin.eq_ignore_ascii_case(&format!("https://{host}"))
                || (!https && origin.eq_ignore_ascii_case(&format!("http://{host}")))
        });
        if !ok {
            return Err(refused());
        }
    }
    Ok(())
}

/// The form's CSRF token must be the session's.
fn check_csrf(editor: &Editor, sent: Option<&str>) -> Result<(), ApiError> {
    match sent {
        Some(sent) if same_secret(sent.trim(), &editor.csrf) => Ok(()),
        _ => Err(ApiError::said(ErrorCode::Forbidden, "editor-refused-form")),
    }
}

/// The signed-in editor, if the request carries a live session whose token is still
/// live (a revoked token ends its sessions at once).
fn signed_in(state: &AppState, req: &Request) -> Result<Option<(String, Editor)>, ApiError> {
    let Some(id) = cookie(&req.headers, COOKIE) else {
        return Ok(None);
    };
    let Some(editor) = state.sessions.touch(&id)? else {
        return Ok(None);
    };
    match state.store.token(&editor.token_hash)? {
        Some(record) if record.is_live() && record.role == editor.role => Ok(Some((id, editor))),
        _ => {
            state.sessions.end(&id)?;
            Ok(None)
        }
    }
}

/// Handles one request to the workspace.
pub async fn handle(state: &AppState, page: &Page<'_>, req: Request) -> Result<Response, ApiError> {
    match page {
        Page::Template => return import::template(),
        Page::SignIn if req.method == Method::POST => return sign_in(state, &req).await,
        Page::SignIn => return sign_in_page(state, &req, StatusCode::OK, None, None).await,
        Page::LostToken => return lost::lost_token(state, &req).await,
        Page::NewToken(secret) => return lost::new_token(state, &req, secret).await,
        _ => {}
    }
    let Some((session, editor)) = signed_in(state, &req)? else {
        if req.method == Method::POST {
            let locale = req.locale();
            if matches!(page, Page::SignOut) {
                let notice = Some(locale.t("editor-signed-out"));
                return sign_in_page(state, &req, StatusCode::OK, None, notice).await;
            }
            let message = locale.t("editor-not-signed-in");
            return sign_in_page(state, &req, StatusCode::UNAUTHORIZED, Some(message), None).await;
        }
        return Ok(see_other(&req.locale().link("/editor/sign-in")));
    };
    let ctx = Ctx {
        state,
        req: &req,
        session,
        editor,
    };
    // A board member works on their board's notes; everything else is for editors.
    match (ctx.role(), page) {
        (Role::Board { .. } | Role::Admin, Page::Board(_)) => {}
        (Role::Board { partnership }, Page::Home) => {
            return Ok(ctx.see_other(&format!("/editor/board/{partnership}")));
        }
        (Role::CouncilEditor { .. } | Role::Admin, _) | (Role::Board { .. }, Page::SignOut) => {}
        _ => return Err(not_an_editor()),
    }
    // Only an admin manages people: refused before the post is read or counted.
    if matches!(page, Page::People | Page::Invite | Page::RevokeToken(_)) {
        people::authorise(&ctx)?;
    }
    if req.method == Method::POST {
        check_origin(state, &req)?;
        if matches!(page, Page::Import) {
            // A multipart upload: its token is checked once the form is read.
            return import::upload(&ctx).await;
        }
        let form = Form::read(&req)?;
        check_csrf(&ctx.editor, form.get("csrf"))?;
        req.count_write(state)?;
        return match page {
            Page::SignOut => sign_out(&ctx).await,
            Page::NewOffer => offers::save(&ctx, None, &form).await,
            Page::Offer(id) => offers::save(&ctx, Some(id), &form).await,
            Page::Review(id) => offers::review(&ctx, id, &form).await,
            Page::Retire(id) => offers::retire(&ctx, id, &form).await,
            Page::Restore(id) => offers::restore(&ctx, id, &form).await,
            Page::ImportApply => import::apply(&ctx, &form).await,
            Page::Board(id) => board::save(&ctx, id, &form).await,
            Page::Invite => people::invite(&ctx, &form).await,
            Page::RevokeToken(id) => people::revoke(&ctx, id, &form).await,
            _ => Err(ApiError::said(
                ErrorCode::MethodNotAllowed,
                "editor-refused-post",
            )),
        };
    }
    match page {
        Page::Home => offers::home(&ctx).await,
        Page::NewOffer => offers::new_form(&ctx).await,
        Page::Offer(id) => offers::edit_form(&ctx, id).await,
        Page::History(id) => offers::history(&ctx, id).await,
        Page::Retire(id) => offers::retire_form(&ctx, id).await,
        Page::Retired => offers::retired(&ctx).await,
        Page::Csv => import::council_csv(&ctx),
        Page::Import => import::import_form(&ctx).await,
        Page::Board(id) => board::notes_page(&ctx, id, None, None).await,
        Page::People => people::list(&ctx).await,
        _ => Err(ApiError::said(
            ErrorCode::MethodNotAllowed,
            "editor-refused-get",
        )),
    }
}

/// The sign-in page, with a fresh token for its form (also set as a cookie).
async fn sign_in_page(
    state: &AppState,
    req: &Request,
    status: StatusCode,
    message: Option<String>,
    notice: Option<String>,
) -> Result<Response, ApiError> {
    let token = random_hex(32);
    let body = render::sign_in(req.locale(), token.clone(), message, notice).await;
    let heading = req.locale().t("editor-sign-in-title");
    Ok(before_session(state, req, status, &heading, &body, &token))
}

/// A page whose form is sent before there is a session (signing in, asking for a new
/// token): its `token` is also set as a cookie of its own, which the post must match.
/// `heading` is in the reader's language.
fn before_session(
    state: &AppState,
    req: &Request,
    status: StatusCode,
    heading: &str,
    body: &str,
    token: &str,
) -> Response {
    let title = error_title(&req.locale(), status, heading);
    let mut response = page(req, status, &title, heading, body);
    set_cookie(
        &mut response,
        &format!(
            "{SIGN_IN_COOKIE}={token}; Path=/editor; HttpOnly; SameSite=Strict{}",
            if secure(state, req) { "; Secure" } else { "" }
        ),
    );
    response
}

/// `POST /editor/sign-in`: a council editor's or admin's token starts a session.
async fn sign_in(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    check_origin(state, req)?;
    let form = Form::read(req)?;
    let expected = cookie(&req.headers, SIGN_IN_COOKIE);
    let sent = form.get("csrf").unwrap_or("").trim();
    if !expected.is_some_and(|e| same_secret(&e, sent)) {
        return Err(ApiError::said(
            ErrorCode::Forbidden,
            "editor-refused-sign-in-form",
        ));
    }
    let token = form.text("token").trim().to_string();
    let role = if token.is_empty() {
        None
    } else {
        crate::auth::authenticate(&state.store, &token)?
    };
    let Some(role) = role else {
        let message = req.locale().t(if token.is_empty() {
            "editor-sign-in-empty"
        } else {
            "editor-sign-in-unknown"
        });
        return sign_in_page(state, req, StatusCode::UNAUTHORIZED, Some(message), None).await;
    };
    if !matches!(
        role.role,
        Role::CouncilEditor { .. } | Role::Board { .. } | Role::Admin
    ) {
        return sign_in_page(
            state,
            req,
            StatusCode::FORBIDDEN,
            Some(req.locale().t("editor-sign-in-wrong-role")),
            None,
        )
        .await;
    }
    req.count_write(state)?;
    let id = state.sessions.start(role, crate::auth::hash(&token))?;
    let mut response = see_other(&req.locale().link("/editor"));
    let secure = secure(state, req);
    set_cookie(&mut response, &session_cookie(&id, secure));
    set_cookie(&mut response, &expired_cookie(SIGN_IN_COOKIE, secure));
    Ok(response)
}

/// `POST /editor/sign-out`: the session ends on the server, and its cookie is cleared.
async fn sign_out(ctx: &Ctx<'_>) -> Result<Response, ApiError> {
    ctx.state.sessions.end(&ctx.session)?;
    let mut response = sign_in_page(
        ctx.state,
        ctx.req,
        StatusCode::OK,
        None,
        Some(ctx.req.locale().t("editor-signed-out")),
    )
    .await?;
    set_cookie(
        &mut response,
        &expired_cookie(COOKIE, secure(ctx.state, ctx.req)),
    );
    Ok(response)
}

/// A refusal from the workspace, as a page (the API's JSON is for programs), in the
/// language of the request (`lang`, else the browser's).
pub async fn error_page(headers: &HeaderMap, lang: Option<String>, e: &ApiError) -> Response {
    let req = Request {
        method: Method::GET,
        path: "/editor".to_string(),
        query: lang
            .map(|l| vec![(atlas_shared::query::LANG.to_string(), l)])
            .unwrap_or_default(),
        headers: headers.clone(),
        body: Bytes::new(),
        client: None,
        via_proxy: false,
    };
    let locale = req.locale();
    // A refusal of the workspace's own is a message of the catalogue; any other says what
    // kind of problem it is (by its code), with the registry's English words after it.
    let english_words = e.body.error.message.clone();
    let (message, detail) = match e.words {
        Some(id) => (locale.t(id), None),
        None if locale.lang() == Lang::English => (english_words, None),
        None => (
            locale.t(&format!(
                "staff-problem-{}",
                e.body.error.code.as_str().replace('_', "-")
            )),
            Some(english_words),
        ),
    };
    let mut links = vec![("/editor".to_string(), locale.t("editor-error-link-home"))];
    if e.status == StatusCode::UNAUTHORIZED || e.status == StatusCode::FORBIDDEN {
        links.push((
            "/editor/sign-in".to_string(),
            locale.t("editor-sign-in-button"),
        ));
    }
    let heading = locale.t(match e.status.as_u16() {
        401 => "editor-error-not-signed-in",
        403 => "editor-error-not-allowed",
        404 => "editor-error-not-found",
        409 => "editor-error-not-done",
        410 => "editor-error-retired",
        413 => "editor-error-too-large",
        429 => "editor-error-too-many",
        s if s >= 500 => "editor-error-went-wrong",
        _ => "editor-error-problem",
    });
    let title = error_title(&locale, e.status, &heading);
    let body = render::message(locale, None, message, detail, links).await;
    let mut response = page(&req, e.status, &title, &heading, &body);
    if let Some(seconds) = e.retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

/// The workspace home's query parameters (`from` and `to`: the versions a merged save went
/// from and to).
pub(super) const HOME_PARAMS: &[&str] = &[
    "q",
    "authority",
    "category",
    "due",
    "done",
    "offer",
    "from",
    "to",
];

/// A page of the workspace: its refusals are pages too.
const fn workspace(
    verb: Verb,
    path: &'static str,
    name: &'static str,
    params: &'static [&'static str],
    handler: Handler,
) -> Route {
    Route::awaits(verb, path, name, handler)
        .kind(Kind::Editor)
        .params(Params::Only(params))
}

/// The council editors' workspace, and a council's offers as a spreadsheet.
pub(super) const ROUTES: &[Route] = &[
    workspace(
        Verb::Get,
        "/editor/",
        "editor_home",
        HOME_PARAMS,
        awaits!(s, a, r => handle(s, &Page::Home, r)),
    ),
    workspace(
        Verb::Get,
        "/editor/sign-in",
        "editor_sign_in",
        &[],
        awaits!(s, a, r => handle(s, &Page::SignIn, r)),
    ),
    workspace(
        Verb::Post,
        "/editor/sign-in",
        "editor_sign_in",
        &[],
        awaits!(s, a, r => handle(s, &Page::SignIn, r)),
    ),
    workspace(
        Verb::Get,
        "/editor/lost-token",
        "editor_lost_token",
        &[],
        awaits!(s, a, r => handle(s, &Page::LostToken, r)),
    ),
    workspace(
        Verb::Post,
        "/editor/lost-token",
        "editor_lost_token",
        &[],
        awaits!(s, a, r => handle(s, &Page::LostToken, r)),
    ),
    workspace(
        Verb::Get,
        "/editor/new-token/{secret}",
        "editor_new_token",
        &[],
        awaits!(s, a, r => handle(s, &Page::NewToken(a.at(0)), r)),
    ),
    workspace(
        Verb::Post,
        "/editor/new-token/{secret}",
        "editor_new_token",
        &[],
        awaits!(s, a, r => handle(s, &Page::NewToken(a.at(0)), r)),
    ),
    workspace(
        Verb::Post,
        "/editor/sign-out",
        "editor_sign_out",
        &[],
        awaits!(s, a, r => handle(s, &Page::SignOut, r)),
    ),
    workspace(
        Verb::Get,
        "/editor/offers/new",
        "editor_new_offer",
        &["authority"],
        awaits!(s, a, r => handle(s, &Page::NewOffer, r)),
    ),
    workspace(
        Verb::Post,
        "/editor/offers/new",
        "editor_new_offer",
        &["authority"],
        awaits!(s, a, r => handle(s, &Page::NewOffer, r)),
    ),
    workspace(
        Verb::Get,
        "/editor/offers/{id}",
        "editor_offer",
        &["category", "due", "q"],
        awaits!(s, a, r => handle(s, &Page::Offer(a.at(0)), r)),
    ),
    workspace(
        Verb::Post,
        "/editor/offers/{id}",
        "editor_offer",
        &[],
        awaits!(s, a, r => handle(s, &Page::Offer(a.at(0)), r)),
    ),
    workspace(
        Verb::Get,
        "/editor/offers/{id}/history",
        "editor_history",
        &[],
        awaits!(s, a, r => handle(s, &Page::History(a.at(0)), r)),
    ),
    workspace(
        Verb::Post,
        "/editor/offers/{id}/review",
        "editor_review",
        &[],
        awaits!(s, a, r => handle(s, &Page::Review(a.at(0)), r)),
    ),
    workspace(
        Verb::Get,
        "/editor/offers/{id}/retire",
        "editor_retire",
        &[],
        awaits!(s, a, r => handle(s, &Page::Retire(a.at(0)), r)),
    ),
    workspace(
        Verb::Post,
        "/editor/offers/{id}/retire",
        "editor_retire",
        &[],
        awaits!(s, a, r => handle(s, &Page::Retire(a.at(0)), r)),
    ),
    workspace(
        Verb::Get,
        "/editor/retired",
        "editor_retired",
        &["authority"],
        awaits!(s, a, r => handle(s, &Page::Retired, r)),
    ),
    workspace(
        Verb::Post,
        "/editor/offers/{id}/restore",
        "editor_restore",
        &[],
        awaits!(s, a, r => handle(s, &Page::Restore(a.at(0)), r)),
    ),
    workspace(
        Verb::Get,
        "/editor/offers.csv",
        "editor_csv",
        &["authority"],
        awaits!(s, a, r => handle(s, &Page::Csv, r)),
    ),
    workspace(
        Verb::Get,
        "/editor/template.csv",
        "editor_template",
        &[],
        awaits!(s, a, r => handle(s, &Page::Template, r)),
    ),
    workspace(
        Verb::Get,
        "/editor/import",
        "editor_import",
        &["authority"],
        awaits!(s, a, r => handle(s, &Page::Import, r)),
    ),
    workspace(
        Verb::Post,
        "/editor/import",
        "editor_import",
        &["authority"],
        awaits!(s, a, r => handle(s, &Page::Import, r)),
    )
    .body_limit(MAX_UPLOAD_BODY),
    workspace(
        Verb::Post,
        "/editor/import/apply",
        "editor_import_apply",
        &[],
        awaits!(s, a, r => handle(s, &Page::ImportApply, r)),
    ),
    workspace(
        Verb::Get,
        "/editor/board/{id}",
        "editor_board",
        board::PARAMS,
        awaits!(s, a, r => handle(s, &Page::Board(a.at(0)), r)),
    ),
    workspace(
        Verb::Post,
        "/editor/board/{id}",
        "editor_board",
        &[],
        awaits!(s, a, r => handle(s, &Page::Board(a.at(0)), r)),
    ),
    workspace(
        Verb::Get,
        "/editor/people",
        "editor_people",
        people::PARAMS,
        awaits!(s, a, r => handle(s, &Page::People, r)),
    ),
    workspace(
        Verb::Post,
        "/editor/people/invite",
        "editor_invite",
        &[],
        awaits!(s, a, r => handle(s, &Page::Invite, r)),
    ),
    workspace(
        Verb::Post,
        "/editor/people/{id}/revoke",
        "editor_revoke_token",
        &[],
        awaits!(s, a, r => handle(s, &Page::RevokeToken(a.at(0)), r)),
    ),
    Route::read(
        "/api/v1/authorities/{code}/offers.csv",
        "authority_offers_csv",
        Params::Only(&[]),
        |s, _, a| authority_csv(s, a.at(0)),
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_workspace_address_finds_its_page_and_nothing_else_does() {
        use crate::http::route::find;
        for (path, name) in [
            ("/editor", "editor_home"),
            ("/editor/", "editor_home"),
            ("/editor/sign-in", "editor_sign_in"),
            ("/editor/lost-token", "editor_lost_token"),
            ("/editor/new-token/ab12", "editor_new_token"),
            ("/editor/offers/new", "editor_new_offer"),
            ("/editor/offers/x-1", "editor_offer"),
            ("/editor/offers/x-1/history", "editor_history"),
            ("/editor/offers/x-1/review", "editor_review"),
            ("/editor/offers/x-1/retire", "editor_retire"),
            ("/editor/offers/x-1/restore", "editor_restore"),
            ("/editor/retired", "editor_retired"),
            ("/editor/offers.csv", "editor_csv"),
            ("/editor/template.csv", "editor_template"),
            ("/editor/import", "editor_import"),
            ("/editor/import/apply", "editor_import_apply"),
            ("/editor/board/greater-manchester", "editor_board"),
            ("/editor/people", "editor_people"),
            ("/editor/people/invite", "editor_invite"),
            ("/editor/people/0123456789ab/revoke", "editor_revoke_token"),
        ] {
            let found = find(ROUTES, path);
            assert!(!found.is_empty(), "{path}");
            assert!(found.iter().all(|(r, _)| r.name == name), "{path}");
        }
        assert!(find(ROUTES, "/editor/offers/x/y").is_empty());
        assert!(find(ROUTES, "/editor/secrets").is_empty());
    }

    #[test]
    fn cookies_are_read_only_when_they_look_like_ours() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("other=1; atlas_editor=abc123; x=y"),
        );
        assert_eq!(cookie(&headers, COOKIE).as_deref(), Some("abc123"));
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("atlas_editor=<script>"),
        );
        assert_eq!(cookie(&headers, COOKIE), None);
        let c = session_cookie("ab", true);
        for part in [
            "HttpOnly",
            "SameSite=Strict",
            "Path=/editor",
            "Secure",
            "Max-Age=28800",
        ] {
            assert!(c.contains(part), "{c}");
        }
        assert!(!session_cookie("ab", false).contains("Secure"));
    }
}
