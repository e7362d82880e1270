//! The Open Referral UK read API (`/oruk/…`, HSDS-UK 3.0): the registry as a service
//! directory that councils' and government's service finders can read. The mapping is
//! `atlas_shared::oruk`'s; this module parses the standard's parameters, pages and answers.
//! The official OpenAPI document describes these routes
//! (<https://openreferraluk.org/specifications/3.0/openapi.json>).

use atlas_shared::oruk::{
    page, text_matches, ServiceQuery, TermQuery, Uuid, API_DETAILS, DEFAULT_PER_PAGE, MAX_PER_PAGE,
};
use chrono::{DateTime, Utc};
use serde::Serialize;
use warp::reply::Response;

use super::error::ApiError;
use super::request::{AppState, Request};
use super::respond::ok;
use super::route::{Params, Route};

/// Longest `search` accepted, in characters.
const MAX_SEARCH_CHARS: usize = 200;
/// Highest page number accepted (far past any real directory's last page).
const MAX_PAGE: u32 = 1_000_000;

/// The paging and filter parameters of a list request.
struct ListParams<'a> {
    page: u32,
    per_page: u32,
    params: atlas_shared::query::Query<'a>,
}

const PAGING: [&str; 3] = ["page", "per_page", "format"];

fn list_params<'a>(req: &'a Request, filters: &[&str]) -> Result<ListParams<'a>, ApiError> {
    let allowed: Vec<&str> = PAGING.iter().chain(filters).copied().collect();
    let params = req.params(&allowed)?;
    let number = |name: &str, default: u32, max: u32, what: &str| -> Result<u32, ApiError> {
        match params.text(name) {
            None => Ok(default),
            Some(text) => text
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=max).contains(n))
                .ok_or_else(|| ApiError::bad_query(name, what.to_string())),
        }
    };
    let page = number(
        "page",
        1,
        MAX_PAGE,
        "Give page as a whole number from 1 (the first page).",
    )?;
    let per_page = number(
        "per_page",
        DEFAULT_PER_PAGE,
        MAX_PER_PAGE,
        &format!("Give per_page as a whole number from 1 to {MAX_PER_PAGE}."),
    )?;
    if let Some(format) = params.text("format") {
        if !format.trim().eq_ignore_ascii_case("json") {
            return Err(ApiError::bad_query(
                "format",
                "Only format=json is served (pages of JSON).",
            ));
        }
    }
    Ok(ListParams {
        page,
        per_page,
        params,
    })
}

impl ListParams<'_> {
    fn text(&self, name: &str) -> Result<Option<String>, ApiError> {
        match self.params.text(name).map(|v| v.trim()) {
            None | Some("") => Ok(None),
            Some(v) if v.chars().count() > MAX_SEARCH_CHARS => Err(ApiError::bad_query(
                name,
                format!("Give at most {MAX_SEARCH_CHARS} characters."),
            )),
            Some(v) => Ok(Some(v.to_string())),
        }
    }

    fn uuid(&self, name: &str) -> Result<Option<Uuid>, ApiError> {
        match self.params.text(name).map(|v| v.trim()) {
            None | Some("") => Ok(None),
            Some(v) => Uuid::try_parse(v).map(Some).map_err(|_| {
                ApiError::bad_query(name, format!("Give {name} as a UUID, as the ids here are."))
            }),
        }
    }

    fn age(&self, name: &str) -> Result<Option<u8>, ApiError> {
        match self.params.text(name).map(|v| v.trim()) {
            None | Some("") => Ok(None),
            Some(v) => v
                .parse::<u8>()
                .ok()
                .filter(|a| *a <= 130)
                .map(Some)
                .ok_or_else(|| {
                    ApiError::bad_query(name, "Give an age in whole years, such as 18.")
                }),
        }
    }

    fn flag(&self, name: &str) -> Result<bool, ApiError> {
        match self
            .params
            .text(name)
            .map(|v| v.trim().to_ascii_lowercase())
        {
            None => Ok(false),
            Some(v) if v == "true" => Ok(true),
            Some(v) if v == "false" || v.is_empty() => Ok(false),
            Some(_) => Err(ApiError::bad_query(name, "Give true or false.")),
        }
    }

    fn datetime(&self, name: &str) -> Result<Option<DateTime<Utc>>, ApiError> {
        match self.params.text(name) {
            None => Ok(None),
            Some(v) => DateTime::parse_from_rfc3339(v)
                .map(|d| d.with_timezone(&Utc))
                .ok()
                .or_else(|| {
                    atlas_shared::query::parse_date(v)
                        .and_then(|d| d.and_hms_opt(0, 0, 0))
                        .map(|d| d.and_utc())
                })
                .map(Some)
                .ok_or_else(|| {
                    ApiError::bad_query(
                        name,
                        "Give a date (2026-05-01) or a date and time (2026-05-01T09:00:00Z).",
                    )
                }),
        }
    }

    /// The service filters (of `/services` and `/service_at_locations`).
    fn service_query(&self) -> Result<ServiceQuery, ApiError> {
        // `text` is ORUK 1.0's name for `search`; given both, every word of both counts.
        let search = match (self.text("search")?, self.text("text")?) {
            (Some(a), Some(b)) => Some(format!("{a} {b}")),
            (a, b) => a.or(b),
        };
        let minimum_age = self.age("minimum_age")?;
        let maximum_age = self.age("maximum_age")?;
        // Each bound is its own condition (the service's ages reach the minimum; they
        // start by the maximum), so any pair of them is a fair question.
        Ok(ServiceQuery {
            search,
            taxonomy_term_id: self.uuid("taxonomy_term_id")?,
            taxonomy_id: self.uuid("taxonomy_id")?,
            organization_id: self.uuid("organization_id")?,
            minimum_age,
            maximum_age,
            modified_after: self.datetime("modified_after")?,
        })
    }
}

const SERVICE_FILTERS: [&str; 10] = [
    "search",
    "text",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "minimum_age",
    "maximum_age",
    "modified_after",
    "full",
    "minimal",
];

fn id_of(id: &str, what: &str) -> Result<Uuid, ApiError> {
    Uuid::try_parse(id).map_err(|_| ApiError::not_found(what))
}

fn respond<T: Serialize>(value: &T) -> Result<Response, ApiError> {
    ok(value)
}

/// `GET /oruk/`.
pub fn root(req: &Request) -> Result<Response, ApiError> {
    req.params(&[])?;
    respond(&API_DETAILS)
}

/// `GET /oruk/services`.
pub fn services(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let p = list_params(req, &SERVICE_FILTERS)?;
    let query = p.service_query()?;
    let full = p.flag("full")?;
    if p.flag("minimal")? {
        return Err(ApiError::bad_query(
            "minimal",
            "minimal=true is not served: page through the services instead.",
        ));
    }
    let directory = state.oruk.get(&state.store, &state.snapshot)?;
    let found = directory.find_services(&query);
    respond(&page(&found, p.page, p.per_page, |e| {
        if full {
            directory.full(e)
        } else {
            directory.summary(e)
        }
    }))
}

/// `GET /oruk/services/{id}`: fully nested.
pub fn service(state: &AppState, id: &str, req: &Request) -> Result<Response, ApiError> {
    req.params(&[])?;
    let what = "service with this id";
    let directory = state.oruk.get(&state.store, &state.snapshot)?;
    respond(
        &directory
            .service(id_of(id, what)?)
            .ok_or_else(|| ApiError::not_found(what))?,
    )
}

/// `GET /oruk/organizations`.
pub fn organizations(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let p = list_params(req, &["search", "full", "full_service"])?;
    let search = p.text("search")?;
    let full = p.flag("full")?;
    p.flag("full_service")?;
    let directory = state.oruk.get(&state.store, &state.snapshot)?;
    let found: Vec<_> = directory
        .organizations
        .iter()
        .filter(|o| text_matches(search.as_deref(), &o.name, &o.description))
        .collect();
    respond(&page(&found, p.page, p.per_page, |o| {
        if full {
            (*o).clone()
        } else {
            o.summary()
        }
    }))
}

/// `GET /oruk/organizations/{id}`.
pub fn organization(state: &AppState, id: &str, req: &Request) -> Result<Response, ApiError> {
    let p = req.params(&["full_service"])?;
    if let Some(v) = p.text("full_service") {
        if !matches!(v.trim(), "true" | "false" | "") {
            return Err(ApiError::bad_query("full_service", "Give true or false."));
        }
    }
    let what = "organization with this id";
    let directory = state.oruk.get(&state.store, &state.snapshot)?;
    respond(
        directory
            .organization(id_of(id, what)?)
            .ok_or_else(|| ApiError::not_found(what))?,
    )
}

/// `GET /oruk/taxonomies`.
pub fn taxonomies(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let p = list_params(req, &["search"])?;
    let search = p.text("search")?;
    let directory = state.oruk.get(&state.store, &state.snapshot)?;
    let found: Vec<_> = directory
        .taxonomies
        .iter()
        .filter(|t| text_matches(search.as_deref(), t.name, t.description))
        .collect();
    respond(&page(&found, p.page, p.per_page, |t| (*t).clone()))
}

/// `GET /oruk/taxonomies/{id}`: with its terms.
pub fn taxonomy(state: &AppState, id: &str, req: &Request) -> Result<Response, ApiError> {
    req.params(&[])?;
    let what = "taxonomy with this id";
    let directory = state.oruk.get(&state.store, &state.snapshot)?;
    respond(
        directory
            .taxonomy(id_of(id, what)?)
            .ok_or_else(|| ApiError::not_found(what))?,
    )
}

/// `GET /oruk/taxonomy_terms`.
pub fn taxonomy_terms(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let p = list_params(req, &["search", "taxonomy_id", "parent_id", "top_only"])?;
    let query = TermQuery {
        search: p.text("search")?,
        taxonomy_id: p.uuid("taxonomy_id")?,
        parent_id: p.uuid("parent_id")?,
        top_only: p.flag("top_only")?,
    };
    let directory = state.oruk.get(&state.store, &state.snapshot)?;
    let found: Vec<_> = directory
        .taxonomy_terms
        .iter()
        .filter(|t| query.matches(t))
        .collect();
    respond(&page(&found, p.page, p.per_page, |t| (*t).clone()))
}

/// `GET /oruk/taxonomy_terms/{id}`.
pub fn taxonomy_term(state: &AppState, id: &str, req: &Request) -> Result<Response, ApiError> {
    req.params(&[])?;
    let what = "taxonomy term with this id";
    let directory = state.oruk.get(&state.store, &state.snapshot)?;
    respond(
        directory
            .taxonomy_term(id_of(id, what)?)
            .ok_or_else(|| ApiError::not_found(what))?,
    )
}

/// `GET /oruk/service_at_locations`: each with its location and its service.
pub fn service_at_locations(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let p = list_params(req, &SERVICE_FILTERS[..8])?;
    let query = p.service_query()?;
    let directory = state.oruk.get(&state.store, &state.snapshot)?;
    // One service at location per service (its provider's virtual location).
    let found = directory.find_services(&query);
    respond(&page(&found, p.page, p.per_page, |e| {
        directory.listed_service_at_location(e)
    }))
}

/// `GET /oruk/service_at_locations/{id}`.
pub fn service_at_location(
    state: &AppState,
    id: &str,
    req: &Request,
) -> Result<Response, ApiError> {
    req.params(&[])?;
    let what = "service at location with this id";
    let directory = state.oruk.get(&state.store, &state.snapshot)?;
    respond(
        &directory
            .service_at_location(id_of(id, what)?)
            .ok_or_else(|| ApiError::not_found(what))?,
    )
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

/// The Open Referral UK API: each handler checks its own parameters (paging, filters).
pub(super) const ROUTES: &[Route] = &[
    Route::read("/oruk/", "oruk", Params::Own, |_, r, _| root(r)),
    Route::read("/oruk/services", "oruk_services", Params::Own, |s, r, _| {
        services(s, r)
    }),
    Route::read(
        "/oruk/services/{id}",
        "oruk_service",
        Params::Own,
        |s, r, a| service(s, a.at(0), r),
    ),
    Route::read(
        "/oruk/organizations",
        "oruk_organizations",
        Params::Own,
        |s, r, _| organizations(s, r),
    ),
    Route::read(
        "/oruk/organizations/{id}",
        "oruk_organization",
        Params::Own,
        |s, r, a| organization(s, a.at(0), r),
    ),
    Route::read(
        "/oruk/taxonomies",
        "oruk_taxonomies",
        Params::Own,
        |s, r, _| taxonomies(s, r),
    ),
    Route::read(
        "/oruk/taxonomies/{id}",
        "oruk_taxonomy",
        Params::Own,
        |s, r, a| taxonomy(s, a.at(0), r),
    ),
    Route::read(
        "/oruk/taxonomy_terms",
        "oruk_taxonomy_terms",
        Params::Own,
        |s, r, _| taxonomy_terms(s, r),
    ),
    Route::read(
        "/oruk/taxonomy_terms/{id}",
        "oruk_taxonomy_term",
        Params::Own,
        |s, r, a| taxonomy_term(s, a.at(0), r),
    ),
    Route::read(
        "/oruk/service_at_locations",
        "oruk_service_at_locations",
        Params::Own,
        |s, r, _| service_at_locations(s, r),
    ),
    Route::read(
        "/oruk/service_at_locations/{id}",
        "oruk_service_at_location",
        Params::Own,
        |s, r, a| service_at_location(s, a.at(0), r),
    ),
];
