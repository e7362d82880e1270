//! `GET /api/v1/admin/backup`: the whole registry, its history, its change log and the API
//! tokens (hashes and whose they are), as one consistent moment taken while the server
//! goes on serving. Restore it with `offer-atlas import FILE` into an empty data
//! directory. An administrator's token only: a backup is access, not open data.

use warp::http::header::{self, HeaderValue};
use warp::reply::Response;

use super::error::ApiError;
use super::request::{AppState, Request};
use super::respond::to_body;
use super::route::{Params, Route};

fn backup(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let caller = req.role(state)?;
    if !caller.may_take_backups() {
        return Err(ApiError::forbidden(
            "Only an administrator's token may take a backup.",
        ));
    }
    let export = state.store.export(true)?;
    let mut response = Response::new(to_body(&export)?.into());
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    // It holds the tokens' hashes and staff addresses: never kept by a cache.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let name = format!(
        "attachment; filename=\"offer-atlas-backup-{}.json\"",
        chrono::Utc::now().format("%Y-%m-%dT%H%M%SZ")
    );
    if let Ok(value) = HeaderValue::from_str(&name) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

/// The backup.
pub(super) const ROUTES: &[Route] = &[Route::read(
    "/api/v1/admin/backup",
    "admin_backup",
    Params::Only(&[]),
    |s, r, _| backup(s, r),
)];
