//! Read-only routes over published reference data: authorities, topics, partnerships,
//! covenant organisations and pledges.

use atlas_shared::api::{AuthorityDetail, List};
use atlas_shared::place::is_member;
use atlas_shared::topic::TOPICS;
use atlas_shared::{Authority, Tier};
use serde::Serialize;
use warp::reply::Response;

use super::error::ApiError;
use super::request::{AppState, Request};
use super::respond::ok;
use super::route::{Params, Route};

fn list<T: Serialize>(items: Vec<T>) -> Result<Response, ApiError> {
    ok(&List {
        total: items.len(),
        items,
    })
}

pub fn authorities(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let params = req.params(&["partnership", "tier"])?;
    let tier = params.one_of(
        "tier",
        Tier::from_slug,
        "Use county, unitary, metropolitan_district, london_borough or district.",
    )?;
    let reference = state.snapshot.get(&state.store)?;
    let partnership = match params.text("partnership") {
        Some(id) => Some(
            reference
                .partnership(id)
                .ok_or_else(|| ApiError::bad_query("partnership", "No such partnership."))?,
        ),
        None => None,
    };
    let mut authorities: Vec<Authority> = reference
        .authorities
        .iter()
        .filter(|a| partnership.is_none_or(|p| is_member(p, a)))
        .filter(|a| tier.is_none_or(|t| a.tier == t))
        .cloned()
        .collect();
    authorities.sort_by(|a, b| a.name.cmp(&b.name));
    list(authorities)
}

pub fn authority(state: &AppState, code: &str) -> Result<Response, ApiError> {
    let authority = state
        .store
        .authority(code)?
        .ok_or_else(|| ApiError::not_found("authority with this code"))?;
    let mut offers = state.store.offers_of(code)?;
    offers.sort_by(|a, b| {
        (a.content.category, &a.content.title).cmp(&(b.content.category, &b.content.title))
    });
    ok(&AuthorityDetail { authority, offers })
}

pub fn topics() -> Result<Response, ApiError> {
    list(TOPICS.to_vec())
}

/// How much of each council's own offer the registry holds (see `atlas_shared::coverage`).
pub fn coverage(state: &AppState) -> Result<Response, ApiError> {
    ok(&coverage_of(state)?)
}

pub(crate) fn coverage_of(state: &AppState) -> Result<atlas_shared::coverage::Coverage, ApiError> {
    let reference = state.snapshot.get(&state.store)?;
    let offers = state.store.offers()?;
    Ok(atlas_shared::coverage::coverage(
        &reference.authorities,
        &offers,
    ))
}

/// What the law gives every care leaver in England (the comparison's "wherever you live").
pub fn law() -> Result<Response, ApiError> {
    list(crate::law::records().to_vec())
}

pub fn partnerships(state: &AppState) -> Result<Response, ApiError> {
    list(state.store.partnerships()?)
}

pub fn partnership(state: &AppState, id: &str) -> Result<Response, ApiError> {
    ok(&state
        .store
        .partnership(id)?
        .ok_or_else(|| ApiError::not_found("partnership with this id"))?)
}

pub fn pledges(state: &AppState) -> Result<Response, ApiError> {
    // The snapshot holds exactly the public pledges.
    list(state.snapshot.get(&state.store)?.pledges.clone())
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

/// The reference data: councils, topics, the law, coverage, partnerships, pledges.
pub(super) const ROUTES: &[Route] = &[
    Route::read(
        "/api/v1/authorities",
        "authorities",
        Params::Own,
        |s, r, _| authorities(s, r),
    ),
    Route::read(
        "/api/v1/authorities/{code}",
        "authority",
        Params::Only(&[]),
        |s, _, a| authority(s, a.at(0)),
    ),
    Route::read("/api/v1/topics", "topics", Params::Only(&[]), |_, _, _| {
        topics()
    }),
    Route::read("/api/v1/law", "law", Params::Only(&[]), |_, _, _| law()),
    Route::read(
        "/api/v1/coverage",
        "coverage",
        Params::Only(&[]),
        |s, _, _| coverage(s),
    ),
    Route::read(
        "/api/v1/partnerships",
        "partnerships",
        Params::Only(&[]),
        |s, _, _| partnerships(s),
    ),
    Route::read(
        "/api/v1/partnerships/{id}",
        "partnership",
        Params::Only(&[]),
        |s, _, a| partnership(s, a.at(0)),
    ),
    Route::read(
        "/api/v1/pledges",
        "pledges",
        Params::Only(&[]),
        |s, _, _| pledges(s),
    ),
];
