//! A council's offers: read, history, and the authenticated writes.

use atlas_shared::access::Role;
use atlas_shared::retirement::RestoreInput;
use atlas_shared::{Offer, OfferInput};
use warp::http::StatusCode;
use warp::reply::Response;

use super::error::ApiError;
use super::request::{blocking, AppState, Request};
use super::respond::{json, ok};
use super::route::{awaits, Params, Route, Verb};
use crate::store::{Kind, OfferLookup};

pub fn get(state: &AppState, id: &str) -> Result<Response, ApiError> {
    match state.store.offer(id)? {
        OfferLookup::Current(offer) => ok(&offer),
        OfferLookup::Retired => Err(crate::store::StoreError::Retired.into()),
        OfferLookup::Missing => Err(ApiError::not_found("offer with this id")),
    }
}

pub fn history(state: &AppState, id: &str) -> Result<Response, ApiError> {
    let history = state
        .store
        .history::<Offer>(Kind::Offer, id)?
        .ok_or_else(|| ApiError::not_found("offer with this id"))?;
    ok(&history)
}

/// Refuses a role that may not edit `authority`'s offers.
fn authorise(role: &Role, authority: &str) -> Result<(), ApiError> {
    if role.may_edit_offers_of(authority) {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "Your token does not allow changes to this council's offers.",
        ))
    }
}

pub async fn create(state: &AppState, code: &str, req: Request) -> Result<Response, ApiError> {
    let role = req.role(state)?;
    if state.store.authority(code)?.is_none() {
        return Err(ApiError::not_found("authority with this code"));
    }
    authorise(&role, code)?;
    req.count_write(state)?;
    let input = OfferInput::from_json(req.json()?).map_err(|e| ApiError::validation(&e))?;
    let content = input.validate_new().map_err(|e| ApiError::validation(&e))?;
    let (code, actor) = (code.to_string(), role.signature());
    let offer = blocking(&state.store, move |store| {
        store.create_offer(&code, content, &actor)
    })
    .await?;
    state.nudge.changed();
    let mut response = json(StatusCode::CREATED, &offer);
    if let Ok(location) = format!("/api/v1/offers/{}", offer.id).parse() {
        response
            .headers_mut()
            .insert(warp::http::header::LOCATION, location);
    }
    Ok(response)
}

/// The offer as it stands, for a write: 404 if unknown, 410 if retired.
fn current(state: &AppState, id: &str) -> Result<Offer, ApiError> {
    match state.store.offer(id)? {
        OfferLookup::Current(offer) => Ok(*offer),
        OfferLookup::Retired => Err(crate::store::StoreError::Retired.into()),
        OfferLookup::Missing => Err(ApiError::not_found("offer with this id")),
    }
}

pub async fn update(state: &AppState, id: &str, req: Request) -> Result<Response, ApiError> {
    let role = req.role(state)?;
    let existing = current(state, id)?;
    authorise(&role, &existing.authority)?;
    req.count_write(state)?;
    let input = OfferInput::from_json(req.json()?).map_err(|e| ApiError::validation(&e))?;
    let (version, content) = input
        .validate_replacement()
        .map_err(|e| ApiError::validation(&e))?;
    let (id, actor) = (id.to_string(), role.signature());
    let offer = blocking(&state.store, move |store| {
        store.update_offer(&id, version, content, &actor)
    })
    .await?;
    state.nudge.changed();
    ok(&offer)
}

pub async fn retire(state: &AppState, id: &str, req: Request) -> Result<Response, ApiError> {
    let role = req.role(state)?;
    let existing = current(state, id)?;
    authorise(&role, &existing.authority)?;
    req.count_write(state)?;
    let (id, actor) = (id.to_string(), role.signature());
    let retired = blocking(&state.store, move |store| store.retire_offer(&id, &actor)).await?;
    state.nudge.changed();
    ok(&atlas_shared::api::RetiredRecord {
        id: retired.id,
        retired: true,
        version: retired.version,
    })
}

/// `POST /offers/{id}/restore` with `{"version": n}`, n the retirement read: the offer
/// comes back as it stood when retired, as a new version recorded `restored`.
pub async fn restore(state: &AppState, id: &str, req: Request) -> Result<Response, ApiError> {
    let role = req.role(state)?;
    let authority = match state.store.offer(id)? {
        OfferLookup::Missing => return Err(ApiError::not_found("offer with this id")),
        OfferLookup::Current(offer) => offer.authority,
        OfferLookup::Retired => state
            .store
            .history::<Offer>(Kind::Offer, id)?
            .and_then(|h| h.versions.last().map(|v| v.record.authority.clone()))
            .unwrap_or_default(),
    };
    authorise(&role, &authority)?;
    req.count_write(state)?;
    let input = RestoreInput::parse(req.json()?).map_err(|e| ApiError::validation(&e))?;
    let (id, actor) = (id.to_string(), role.signature());
    let offer = blocking(&state.store, move |store| {
        store.restore_offer(&id, input.version, &actor)
    })
    .await?;
    state.nudge.changed();
    ok(&offer)
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

/// A council's offers, read and written through the API.
pub(super) const ROUTES: &[Route] = &[
    Route::awaits(
        Verb::Post,
        "/api/v1/authorities/{code}/offers",
        "authority_offers",
        awaits!(s, a, r => create(s, a.at(0), r)),
    ),
    Route::read(
        "/api/v1/offers/{id}",
        "offer",
        Params::Only(&[]),
        |s, _, a| get(s, a.at(0)),
    ),
    Route::awaits(
        Verb::Put,
        "/api/v1/offers/{id}",
        "offer",
        awaits!(s, a, r => update(s, a.at(0), r)),
    ),
    Route::awaits(
        Verb::Delete,
        "/api/v1/offers/{id}",
        "offer",
        awaits!(s, a, r => retire(s, a.at(0), r)),
    ),
    Route::awaits(
        Verb::Post,
        "/api/v1/offers/{id}/restore",
        "offer_restore",
        awaits!(s, a, r => restore(s, a.at(0), r)),
    ),
    Route::read(
        "/api/v1/offers/{id}/history",
        "offer_history",
        Params::Only(&[]),
        |s, _, a| history(s, a.at(0)),
    ),
];
