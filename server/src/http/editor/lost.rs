//! A lost token replaced by mail. Anyone may ask at `/editor/lost-token` with an address;
//! the answer is the same whether or not a token belongs to it, so no one learns who has
//! one. Each live token of that address gets a one-use link, valid for an hour, in a
//! letter to that address alone. Opening the link shows a button (a mail scanner that
//! follows links replaces nothing); pressing it makes a new token for the same person and
//! role, shown once, and revokes the old one with its sessions.

use atlas_shared::covenant::is_email;
use chrono::{Duration, Utc};
use warp::http::{Method, StatusCode};
use warp::reply::Response;

use super::{before_session, check_origin, cookie, error_title, page, Form, SIGN_IN_COOKIE};
use crate::http::error::ApiError;
use crate::http::request::{blocking, AppState, Request};
use crate::http::session::{random_hex, same_secret};
use crate::mail::letters;
use crate::store::Ticket;
use atlas_shared::ErrorCode;
use atlas_widget::editor_pages as render;
use atlas_widget::editor_pages::NewToken;

/// How long a replacement link works.
pub const LINK_MINUTES: i64 = 60;

/// The pages' title, a message of the catalogue.
const TITLE: &str = "editor-lost-title";

/// `GET|POST /editor/lost-token`.
pub async fn lost_token(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    if req.method != Method::POST {
        return form_page(state, req, StatusCode::OK, None, None).await;
    }
    check_origin(state, req)?;
    let form = Form::read(req)?;
    let expected = cookie(&req.headers, SIGN_IN_COOKIE);
    if !expected.is_some_and(|e| same_secret(&e, form.get("csrf").unwrap_or("").trim())) {
        return Err(ApiError::said(
            ErrorCode::Forbidden,
            "editor-refused-lost-form",
        ));
    }
    let email = form.text("email").trim().to_string();
    if !is_email(&email) || email.len() > atlas_shared::covenant::MAX_EMAIL {
        let message = req.locale().f(
            "editor-lost-bad-email",
            &[("example", "name@council.gov.uk".into())],
        );
        return form_page(state, req, StatusCode::BAD_REQUEST, Some(message), None).await;
    }
    let Some(mailer) = state.mailer.clone() else {
        let notice = req.locale().t("editor-lost-no-mail");
        return form_page(
            state,
            req,
            StatusCode::SERVICE_UNAVAILABLE,
            Some(notice),
            None,
        )
        .await;
    };
    // Each ask counts against the address's write allowance, so no one floods an inbox.
    req.count_write(state)?;
    let address = email.clone();
    // The letter reads in the language it was asked in, and so does the page its link opens.
    let locale = letters::locale(Some(req.locale().lang().tag()));
    blocking(&state.store, move |store| {
        let now = Utc::now();
        let mut letters_to_send = Vec::new();
        // The letter goes to the address on record, as it was written there.
        for (token_hash, on_record) in crate::auth::tokens_of(store, &address)? {
            let secret = random_hex(32);
            let ticket = Ticket {
                token_hash,
                expires: now + Duration::minutes(LINK_MINUTES),
            };
            store.put_ticket(&crate::auth::hash(&secret), &ticket)?;
            let link = locale.link(&format!("{}/editor/new-token/{secret}", mailer.site));
            letters_to_send.push(letters::token_replacement(
                &on_record,
                &locale,
                &link,
                LINK_MINUTES,
            ));
        }
        store.prune_tickets(now)?;
        store.queue_letters(letters_to_send, &[])
    })
    .await?;
    let notice = req.locale().f(
        "editor-lost-sent",
        &[
            ("email", email.as_str().into()),
            ("minutes", (LINK_MINUTES as u64).into()),
        ],
    );
    form_page(state, req, StatusCode::OK, None, Some(notice)).await
}

/// The form, with a fresh token of its own (also set as a cookie, as on the sign-in page).
async fn form_page(
    state: &AppState,
    req: &Request,
    status: StatusCode,
    message: Option<String>,
    notice: Option<String>,
) -> Result<Response, ApiError> {
    let csrf = random_hex(32);
    let body = render::lost_token(req.locale(), csrf.clone(), message, notice).await;
    let title = req.locale().t(TITLE);
    Ok(before_session(state, req, status, &title, &body, &csrf))
}

/// `GET|POST /editor/new-token/{secret}`: the link from the letter.
pub async fn new_token(
    state: &AppState,
    req: &Request,
    secret: &str,
) -> Result<Response, ApiError> {
    let well_formed = secret.len() == 64 && secret.bytes().all(|b| b.is_ascii_hexdigit());
    let hashed = crate::auth::hash(secret);
    if req.method != Method::POST {
        let live = well_formed && state.store.ticket(&hashed, Utc::now())?.is_some();
        return Ok(if live {
            answer(req, StatusCode::OK, NewToken::Ready(secret.to_string())).await
        } else {
            answer(req, StatusCode::NOT_FOUND, NewToken::Ended).await
        });
    }
    check_origin(state, req)?;
    if !well_formed {
        return Ok(answer(req, StatusCode::NOT_FOUND, NewToken::Ended).await);
    }
    req.count_write(state)?;
    let replaced = blocking(&state.store, move |store| {
        match store.take_ticket(&hashed, Utc::now())? {
            Some(ticket) => crate::auth::replace(store, &ticket.token_hash),
            None => Ok(None),
        }
    })
    .await?;
    Ok(match replaced {
        Some((caller, token)) => {
            let role = caller.role.describe();
            answer(req, StatusCode::OK, NewToken::Made { token, role }).await
        }
        None => answer(req, StatusCode::NOT_FOUND, NewToken::Ended).await,
    })
}

async fn answer(req: &Request, status: StatusCode, state: NewToken) -> Response {
    let locale = req.locale();
    let body = render::new_token(locale, state).await;
    let heading = locale.t(TITLE);
    let title = error_title(&locale, status, &heading);
    page(req, status, &title, &heading, &body)
}
