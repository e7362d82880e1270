//! The Care Leaver Covenant routes: registration, verification, pledges and their
//! moderation. Who may do what is decided in `atlas_shared::access`; the pledge lifecycle
//! in `atlas_shared::covenant`. This module only joins them to HTTP and the store.

use atlas_shared::access::Role;
use atlas_shared::api::{
    Action, ModerationQueue, OrganisationDetail, OrganisationView, Registered,
};
use atlas_shared::covenant::{PlaceRef, PledgeInput, RegistrationInput, RejectionInput};
use atlas_shared::validate::parse_object;
use atlas_shared::ErrorCode;
use atlas_shared::{Organisation, Pledge};
use serde::Deserialize;
use warp::http::{header, StatusCode};
use warp::reply::Response;

use super::error::ApiError;
use super::request::{blocking, AppState, Request};
use super::respond::{json, ok};
use super::route::{awaits, Params, Route, Verb};
use crate::auth::Caller;
use crate::auth::TokenRecord;
use crate::store::Kind;

/// A moderation or withdrawal step named in `POST /pledges/{id}/{step}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PledgeStep {
    Publish,
    Reject,
    Withdraw,
}

fn created(body: &impl serde::Serialize, location: &str) -> Response {
    let mut response = json(StatusCode::CREATED, body);
    if let Ok(value) = location.parse() {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

fn organisation(state: &AppState, id: &str) -> Result<Organisation, ApiError> {
    state
        .store
        .organisation(id)?
        .ok_or_else(|| ApiError::not_found("organisation with this id"))
}

fn pledge(state: &AppState, id: &str) -> Result<Pledge, ApiError> {
    state
        .store
        .pledge(id)?
        .ok_or_else(|| ApiError::not_found("pledge with this id"))
}

fn moderator(role: &Role) -> Result<(), ApiError> {
    if role.may_moderate() {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "Only a covenant moderator may do this.",
        ))
    }
}

/// Whether the reader sees an organisation's private side. No token: no. A token that
/// does not belong to it: 403, so a signatory learns nothing about other organisations.
fn sees_private(state: &AppState, req: &Request, organisation: &str) -> Result<bool, ApiError> {
    match req.optional_role(state)? {
        None => Ok(false),
        Some(role) if role.may_see_private_of(organisation) => Ok(true),
        Some(_) => Err(ApiError::forbidden(
            "Your token does not allow access to this organisation's records.",
        )),
    }
}

/// `POST /organisations`: anyone may register; the organisation waits for verification.
pub async fn register(state: &AppState, req: Request) -> Result<Response, ApiError> {
    let input = RegistrationInput::from_json(req.json()?).map_err(|e| ApiError::validation(&e))?;
    // Registered through the API, its letters are in English.
    let (organisation, token) = register_core(state, input, None, req.client).await?;
    let location = format!("/api/v1/organisations/{}", organisation.id);
    Ok(created(
        &Registered {
            organisation: OrganisationView::private(&organisation),
            token,
        },
        &location,
    ))
}

/// Registers an organisation with a new signatory token; returns both (the token is
/// shown once). Shared by the API and the registration page, which gives the language it
/// was read in (`lang`, a tag; none is English) for the organisation's letters.
pub async fn register_core(
    state: &AppState,
    input: RegistrationInput,
    lang: Option<String>,
    client: Option<std::net::IpAddr>,
) -> Result<(Organisation, String), ApiError> {
    // Counted once the request is readable: a registration attempt is work, junk is not.
    state
        .limits
        .check(super::limits::Limited::Registration, client)?;
    let mut registration = input.validate().map_err(|e| ApiError::validation(&e))?;
    registration.lang = lang;
    let (token, hashed) = crate::auth::generate();
    let organisation = blocking(&state.store, move |store| {
        store.register_organisation(
            registration,
            &hashed,
            |id| {
                TokenRecord::new(Role::Signatory {
                    organisation: id.to_string(),
                })
            },
            "registration",
        )
    })
    .await?;
    state.nudge.changed();
    Ok((organisation, token))
}

/// `GET /organisations`: verified signatories, by name.
pub fn list(state: &AppState) -> Result<Response, ApiError> {
    let snapshot = state.snapshot.get(&state.store)?;
    let mut items: Vec<OrganisationView> = snapshot
        .organisations
        .iter()
        .map(OrganisationView::public)
        .collect();
    items.sort_by(|a, b| a.organisation.name.cmp(&b.organisation.name));
    ok(&atlas_shared::api::List {
        total: items.len(),
        items,
    })
}

/// The pledges of `organisation` a reader may see: all of them for its signatory and
/// moderators, else only the public ones in their public form.
fn pledges_of(
    state: &AppState,
    organisation: &Organisation,
    private: bool,
) -> Result<Vec<Pledge>, ApiError> {
    let mut pledges: Vec<Pledge> = state
        .store
        .pledges()?
        .into_iter()
        .filter(|p| p.organisation == organisation.id)
        .filter_map(|p| {
            if private {
                Some(p)
            } else {
                p.is_public(Some(organisation)).then(|| p.public_view())
            }
        })
        .collect();
    pledges.sort_by(|a, b| a.content.title.cmp(&b.content.title));
    Ok(pledges)
}

/// `GET /organisations/{id}`.
pub fn get(state: &AppState, id: &str, req: &Request) -> Result<Response, ApiError> {
    let organisation = organisation(state, id)?;
    let private = sees_private(state, req, id)?;
    if !private && !organisation.is_public() {
        return Err(ApiError::not_found("organisation with this id"));
    }
    let view = if private {
        OrganisationView::private(&organisation)
    } else {
        OrganisationView::public(&organisation)
    };
    ok(&OrganisationDetail {
        pledges: pledges_of(state, &organisation, private)?,
        organisation: view,
    })
}

/// `GET /organisations/{id}/pledges`.
pub fn list_pledges(state: &AppState, id: &str, req: &Request) -> Result<Response, ApiError> {
    let organisation = organisation(state, id)?;
    let private = sees_private(state, req, id)?;
    if !private && !organisation.is_public() {
        return Err(ApiError::not_found("organisation with this id"));
    }
    let items = pledges_of(state, &organisation, private)?;
    ok(&atlas_shared::api::List {
        total: items.len(),
        items,
    })
}

/// `POST /organisations/{id}/verify` (moderators).
pub async fn verify(state: &AppState, id: &str, req: Request) -> Result<Response, ApiError> {
    let role = req.role(state)?;
    organisation(state, id)?;
    moderator(&role)?;
    req.count_write(state)?;
    ok(&OrganisationView::private(
        &verify_core(state, &role, id).await?,
    ))
}

pub async fn verify_core(
    state: &AppState,
    role: &Caller,
    id: &str,
) -> Result<Organisation, ApiError> {
    organisation(state, id)?;
    moderator(role)?;
    let (id, actor) = (id.to_string(), role.signature());
    let organisation = blocking(&state.store, move |store| {
        store.verify_organisation(&id, &actor)
    })
    .await?;
    state.nudge.changed();
    Ok(organisation)
}

fn validate_pledge(
    state: &AppState,
    input: PledgeInput,
) -> Result<atlas_shared::covenant::PledgeContent, ApiError> {
    let snapshot = state.snapshot.get(&state.store)?;
    input
        .validate(|place| match place {
            PlaceRef::Authority(code) => snapshot.authority(code).is_some(),
            PlaceRef::Partnership(id) => snapshot.partnerships.iter().any(|p| p.id == id),
        })
        .map_err(|e| ApiError::validation(&e))
}

/// 404 for an unknown organisation, 403 unless `role` writes its pledges. The API checks
/// before reading the body, so a refusal is the same whatever was sent.
fn authorise_submit(state: &AppState, role: &Role, organisation_id: &str) -> Result<(), ApiError> {
    organisation(state, organisation_id)?;
    if role.may_manage_pledges_of(organisation_id) {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "Your token does not allow pledges for this organisation.",
        ))
    }
}

/// 404 for an unknown pledge, 403 unless `role` writes its organisation's pledges.
pub fn authorise_edit(state: &AppState, role: &Role, pledge_id: &str) -> Result<(), ApiError> {
    let existing = pledge(state, pledge_id)?;
    if role.may_manage_pledges_of(&existing.organisation) {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "Your token does not allow changes to this organisation's pledges.",
        ))
    }
}

/// `POST /organisations/{id}/pledges` (that organisation's signatory).
pub async fn submit(state: &AppState, id: &str, req: Request) -> Result<Response, ApiError> {
    let role = req.role(state)?;
    authorise_submit(state, &role, id)?;
    req.count_write(state)?;
    let input = PledgeInput::from_json(req.json()?).map_err(|e| ApiError::validation(&e))?;
    let pledge = submit_core(state, &role, id, input).await?;
    Ok(created(&pledge, &format!("/api/v1/pledges/{}", pledge.id)))
}

pub async fn submit_core(
    state: &AppState,
    role: &Caller,
    id: &str,
    input: PledgeInput,
) -> Result<Pledge, ApiError> {
    authorise_submit(state, role, id)?;
    if input.version.is_some() {
        return Err(ApiError::field(
            ErrorCode::UnknownField,
            "version",
            "version: a new pledge has no version yet.",
        ));
    }
    let content = validate_pledge(state, input)?;
    let (id, actor) = (id.to_string(), role.signature());
    let pledge = blocking(&state.store, move |store| {
        store.submit_pledge(&id, content, &actor)
    })
    .await?;
    state.nudge.changed();
    Ok(pledge)
}

/// `GET /pledges/{id}`: public once published by a verified organisation; before that,
/// only to its signatory and moderators.
pub fn get_pledge(state: &AppState, id: &str, req: &Request) -> Result<Response, ApiError> {
    let pledge = pledge(state, id)?;
    let organisation = state.store.organisation(&pledge.organisation)?;
    if pledge.is_public(organisation.as_ref()) && req.optional_role(state)?.is_none() {
        return ok(&pledge.public_view());
    }
    match req.optional_role(state)? {
        Some(role) if role.may_see_private_of(&pledge.organisation) => ok(&pledge),
        Some(_) if pledge.is_public(organisation.as_ref()) => ok(&pledge.public_view()),
        Some(_) => Err(ApiError::forbidden(
            "Your token does not allow access to this pledge.",
        )),
        None => Err(ApiError::not_found("pledge with this id")),
    }
}

/// `GET /pledges/{id}/history` (its signatory and moderators): every version and step.
pub fn history(state: &AppState, id: &str, req: &Request) -> Result<Response, ApiError> {
    let role = req.role(state)?;
    let pledge = pledge(state, id)?;
    if !role.may_see_private_of(&pledge.organisation) {
        return Err(ApiError::forbidden(
            "Your token does not allow access to this pledge's history.",
        ));
    }
    let history = state
        .store
        .history::<Pledge>(Kind::Pledge, id)?
        .ok_or_else(|| ApiError::not_found("pledge with this id"))?;
    ok(&history)
}

/// `PUT /pledges/{id}` (its signatory, with the version last read).
pub async fn edit(state: &AppState, id: &str, req: Request) -> Result<Response, ApiError> {
    let role = req.role(state)?;
    authorise_edit(state, &role, id)?;
    req.count_write(state)?;
    let input = PledgeInput::from_json(req.json()?).map_err(|e| ApiError::validation(&e))?;
    ok(&edit_core(state, &role, id, input).await?)
}

pub async fn edit_core(
    state: &AppState,
    role: &Caller,
    id: &str,
    input: PledgeInput,
) -> Result<Pledge, ApiError> {
    authorise_edit(state, role, id)?;
    let Some(version) = input.version else {
        return Err(ApiError::field(
            ErrorCode::MissingField,
            "version",
            "version: give the version you last read, so that no one's change is overwritten.",
        ));
    };
    let content = validate_pledge(state, input)?;
    let (id, actor) = (id.to_string(), role.signature());
    let pledge = blocking(&state.store, move |store| {
        store.change_pledge(&id, Some(version), Action::Updated, &actor, |p| {
            p.edit(content)
        })
    })
    .await?;
    state.nudge.changed();
    Ok(pledge)
}

/// The optional body of a step: the version the moderator reviewed, and for a rejection
/// the reason (required).
#[derive(Debug, Default, Deserialize)]
pub struct StepInput {
    pub version: Option<u64>,
    pub reason: Option<String>,
}

fn step_input(req: &Request, step: PledgeStep) -> Result<StepInput, ApiError> {
    if req.body.is_empty() {
        return Ok(StepInput::default());
    }
    let allowed: &[&str] = match step {
        PledgeStep::Reject => &["version", "reason"],
        _ => &["version"],
    };
    parse_object(req.json()?, allowed).map_err(|e| ApiError::validation(&e))
}

/// `POST /pledges/{id}/publish|reject|withdraw`.
pub async fn step(
    state: &AppState,
    id: &str,
    step: PledgeStep,
    req: Request,
) -> Result<Response, ApiError> {
    let role = req.role(state)?;
    // Who may is checked before the body is read, so a refusal says 403 whatever was sent.
    authorise_step(state, &role, id, step)?;
    req.count_write(state)?;
    let input = step_input(&req, step)?;
    ok(&step_core(state, &role, id, step, input).await?)
}

fn authorise_step(
    state: &AppState,
    role: &Role,
    id: &str,
    step: PledgeStep,
) -> Result<(), ApiError> {
    let existing = pledge(state, id)?;
    let allowed = match step {
        PledgeStep::Publish | PledgeStep::Reject => role.may_moderate(),
        PledgeStep::Withdraw => role.may_withdraw_pledges_of(&existing.organisation),
    };
    if !allowed {
        return Err(ApiError::forbidden(match step {
            PledgeStep::Withdraw => {
                "Your token does not allow changes to this organisation's pledges."
            }
            _ => "Only a covenant moderator may publish or reject a pledge.",
        }));
    }
    Ok(())
}

/// One lifecycle step, checked and applied. Shared by the API and the pages.
pub async fn step_core(
    state: &AppState,
    role: &Caller,
    id: &str,
    step: PledgeStep,
    input: StepInput,
) -> Result<Pledge, ApiError> {
    authorise_step(state, role, id, step)?;
    let reason = if step == PledgeStep::Reject {
        Some(
            RejectionInput {
                reason: input.reason,
            }
            .validate()
            .map_err(|e| ApiError::validation(&e))?,
        )
    } else {
        None
    };
    let version = input.version;
    let (id, actor) = (id.to_string(), role.signature());
    let pledge = blocking(&state.store, move |store| match step {
        PledgeStep::Publish => {
            store.change_pledge(&id, version, Action::Published, &actor, Pledge::publish)
        }
        PledgeStep::Reject => {
            let reason = reason.unwrap_or_default();
            store.change_pledge(&id, version, Action::Rejected, &actor, |p| p.reject(reason))
        }
        PledgeStep::Withdraw => {
            store.change_pledge(&id, version, Action::Withdrawn, &actor, Pledge::withdraw)
        }
    })
    .await?;
    state.nudge.changed();
    Ok(pledge)
}

/// `GET /moderation` (moderators): pending organisations and pledges, oldest first.
pub fn queue(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let role = req.role(state)?;
    ok(&queue_core(state, &role)?)
}

pub fn queue_core(state: &AppState, role: &Role) -> Result<ModerationQueue, ApiError> {
    moderator(role)?;
    let mut organisations: Vec<Organisation> = state
        .store
        .organisations()?
        .into_iter()
        .filter(|o| !o.verified)
        .collect();
    organisations.sort_by(|a, b| (a.signed, &a.id).cmp(&(b.signed, &b.id)));
    let mut pledges: Vec<Pledge> = state
        .store
        .pledges()?
        .into_iter()
        .filter(Pledge::awaits_moderation)
        .collect();
    pledges.sort_by(|a, b| (a.updated_at, &a.id).cmp(&(b.updated_at, &b.id)));
    Ok(ModerationQueue {
        organisations: organisations
            .iter()
            .map(OrganisationView::private)
            .collect(),
        pledges,
    })
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

/// Organisations, their pledges and moderation.
pub(super) const ROUTES: &[Route] = &[
    Route::read(
        "/api/v1/organisations",
        "organisations",
        Params::Only(&[]),
        |s, _, _| list(s),
    ),
    Route::awaits(
        Verb::Post,
        "/api/v1/organisations",
        "organisations",
        awaits!(s, a, r => register(s, r)),
    ),
    Route::read(
        "/api/v1/organisations/{id}",
        "organisation",
        Params::Only(&[]),
        |s, r, a| get(s, a.at(0), r),
    ),
    Route::awaits(
        Verb::Post,
        "/api/v1/organisations/{id}/verify",
        "organisation_verify",
        awaits!(s, a, r => verify(s, a.at(0), r)),
    ),
    Route::read(
        "/api/v1/organisations/{id}/pledges",
        "organisation_pledges",
        Params::Only(&[]),
        |s, r, a| list_pledges(s, a.at(0), r),
    ),
    Route::awaits(
        Verb::Post,
        "/api/v1/organisations/{id}/pledges",
        "organisation_pledges",
        awaits!(s, a, r => submit(s, a.at(0), r)),
    ),
    Route::read(
        "/api/v1/pledges/{id}",
        "pledge",
        Params::Only(&[]),
        |s, r, a| get_pledge(s, a.at(0), r),
    ),
    Route::awaits(
        Verb::Put,
        "/api/v1/pledges/{id}",
        "pledge",
        awaits!(s, a, r => edit(s, a.at(0), r)),
    ),
    Route::read(
        "/api/v1/pledges/{id}/history",
        "pledge_history",
        Params::Only(&[]),
        |s, r, a| history(s, a.at(0), r),
    ),
    Route::awaits(
        Verb::Post,
        "/api/v1/pledges/{id}/publish",
        "pledge_step",
        awaits!(s, a, r => step(s, a.at(0), PledgeStep::Publish, r)),
    ),
    Route::awaits(
        Verb::Post,
        "/api/v1/pledges/{id}/reject",
        "pledge_step",
        awaits!(s, a, r => step(s, a.at(0), PledgeStep::Reject, r)),
    ),
    Route::awaits(
        Verb::Post,
        "/api/v1/pledges/{id}/withdraw",
        "pledge_step",
        awaits!(s, a, r => step(s, a.at(0), PledgeStep::Withdraw, r)),
    ),
    Route::read(
        "/api/v1/moderation",
        "moderation",
        Params::Only(&[]),
        |s, r, _| queue(s, r),
    ),
];
