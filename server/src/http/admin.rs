//! People and their tokens, managed by an admin while the server runs: list, invite (a new
//! token, shown once) and revoke (at once, ending the token's sessions). Who may do this
//! is `Role::may_manage_people`; what an invitation must say is
//! `atlas_shared::people::TokenInput`. The editors' workspace (`editor/people.rs`) and
//! `offer-atlas token … --server` use the same functions.
//!
//! Revoking a token that was already revoked answers 200 with its record, unchanged (the
//! date it was first revoked stays): a retried revoke succeeds and changes nothing. An id
//! no token has is a 404. The token making the request cannot revoke itself (409,
//! `people::may_revoke`): that would lock its admin out, perhaps the last one.

use atlas_shared::access::Role;
use atlas_shared::api::{IssuedToken, List};
use atlas_shared::people::{Invite, TokenInput};
use atlas_shared::{ErrorCode, ValidationErrors};
use warp::http::StatusCode;
use warp::reply::Response;

use super::error::ApiError;
use super::request::{blocking, AppState, Request};
use super::respond::{json, ok};
use super::route::{awaits, Params, Route, Verb};
use crate::auth::{self, Revoked};

/// The list's query parameter: the council, organisation or partnership tokens are for.
pub const LIST_PARAMS: &[&str] = &["for"];

/// Refuses a role that may not manage people.
pub fn authorise(role: &Role) -> Result<(), ApiError> {
    if role.may_manage_people() {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "Only an administrator may list, invite or revoke people.",
        ))
    }
}

/// The `for` filter, if given: 400 unless it names a council, organisation or partnership
/// the registry holds.
pub fn scope(state: &AppState, value: Option<&str>) -> Result<Option<String>, ApiError> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let store = &state.store;
    let known = value.len() <= 100
        && (store.authority(value)?.is_some()
            || store.organisation(value)?.is_some()
            || store.partnership(value)?.is_some());
    if known {
        Ok(Some(value.to_string()))
    } else {
        Err(ApiError::bad_query(
            "for",
            "Give the GSS code of a council, or the id of an organisation or partnership, that the registry holds.",
        ))
    }
}

/// Refuses an invitation for a council, organisation or partnership the registry does not
/// hold, naming the field.
pub fn check_place(state: &AppState, role: &Role) -> Result<(), ApiError> {
    let (field, known) = match role {
        Role::CouncilEditor { authority } => {
            ("authority", state.store.authority(authority)?.is_some())
        }
        Role::Signatory { organisation } => (
            "organisation",
            state.store.organisation(organisation)?.is_some(),
        ),
        Role::Board { partnership } => (
            "partnership",
            state.store.partnership(partnership)?.is_some(),
        ),
        Role::Moderator | Role::Admin => return Ok(()),
    };
    if known {
        Ok(())
    } else {
        Err(ApiError::validation(&ValidationErrors::single(
            field,
            ErrorCode::UnknownReference,
            format!("the registry holds no {field} with this id"),
        )))
    }
}

/// Makes the token an invitation asks for (on disk before this returns).
pub async fn issue(state: &AppState, invite: Invite) -> Result<IssuedToken, ApiError> {
    check_place(state, &invite.role)?;
    let (_, token, record) = blocking(&state.store, move |store| {
        auth::create(store, invite.role, invite.person, invite.expires)
    })
    .await?;
    let hashed = auth::hash(&token);
    Ok(IssuedToken {
        token,
        record: auth::view(&hashed, &record),
    })
}

/// Revokes the token with this public id at once, ending its sessions, for someone signed
/// in with the token whose hash is `own`. 404 when no token has the id; 409 for their own
/// token (`people::may_revoke`); an already revoked one comes back unchanged.
pub async fn revoke_id(
    state: &AppState,
    id: &str,
    own: &str,
) -> Result<atlas_shared::api::TokenView, ApiError> {
    let id = id.trim().to_ascii_lowercase();
    let well_formed = (12..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_hexdigit());
    let target = well_formed
        .then(|| state.store.tokens())
        .transpose()?
        .into_iter()
        .flatten()
        .map(|(hash, _)| hash)
        .find(|hash| hash.starts_with(&id))
        .ok_or_else(|| ApiError::not_found("token with this id"))?;
    if !atlas_shared::people::may_revoke(own, &target) {
        return Err(ApiError::new(
            ErrorCode::InvalidState,
            "This is the token you are using: you cannot revoke it yourself. Another administrator can (invite one first if need be).",
        ));
    }
    let found = blocking(&state.store, move |store| {
        auth::revoke_token(store, &target)
    })
    .await?;
    match found {
        Revoked::Now(hashed, record) | Revoked::Already(hashed, record) => {
            Ok(auth::view(&hashed, &record))
        }
        Revoked::Unknown => Err(ApiError::not_found("token with this id")),
    }
}

/// `GET /api/v1/admin/tokens`.
fn list(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    authorise(&req.role(state)?.role)?;
    let q = req.params(LIST_PARAMS)?;
    let scope = scope(state, q.text("for"))?;
    let items = auth::list(&state.store, scope.as_deref())?;
    ok(&List {
        total: items.len(),
        items,
    })
}

/// `POST /api/v1/admin/tokens`.
async fn create(state: &AppState, req: Request) -> Result<Response, ApiError> {
    authorise(&req.role(state)?.role)?;
    req.count_write(state)?;
    let invite = TokenInput::from_json(req.json()?)
        .and_then(|input| input.validate(chrono::Utc::now()))
        .map_err(|e| ApiError::validation(&e))?;
    let issued = issue(state, invite).await?;
    Ok(json(StatusCode::CREATED, &issued))
}

/// `DELETE /api/v1/admin/tokens/{id}`.
async fn revoke(state: &AppState, id: &str, req: Request) -> Result<Response, ApiError> {
    authorise(&req.role(state)?.role)?;
    req.count_write(state)?;
    let own = auth::hash(req.bearer().unwrap_or(""));
    ok(&revoke_id(state, id, &own).await?)
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

/// People's tokens, for admins.
pub(super) const ROUTES: &[Route] = &[
    Route::read(
        "/api/v1/admin/tokens",
        "admin_tokens",
        Params::Only(LIST_PARAMS),
        |s, r, _| list(s, r),
    ),
    Route::awaits(
        Verb::Post,
        "/api/v1/admin/tokens",
        "admin_tokens",
        awaits!(s, a, r => create(s, r)),
    ),
    Route::awaits(
        Verb::Delete,
        "/api/v1/admin/tokens/{id}",
        "admin_token",
        awaits!(s, a, r => revoke(s, a.at(0), r)),
    ),
];
