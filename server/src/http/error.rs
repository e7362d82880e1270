//! The one error type every route returns, rendered as the API's JSON error shape.

use atlas_shared::api::ErrorBody;
use atlas_shared::query::QueryError;
use atlas_shared::{ErrorCode, ValidationErrors};
use warp::http::StatusCode;

use crate::store::StoreError;

/// An error answer: status, stable code, plain-English message, the field at fault.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: ErrorBody,
    /// Seconds to wait before trying again, sent as `Retry-After` (with 429).
    pub retry_after: Option<u64>,
    /// The catalogue message a staff page says it with, in the reader's language; the
    /// body's message is its English (the JSON stays English for programs).
    pub words: Option<&'static str>,
}

impl ApiError {
    /// An error with its code's status (see [`ErrorCode`]: the one table).
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status: status_of(code),
            body: ErrorBody::new(code, message, None),
            retry_after: None,
            words: None,
        }
    }

    /// An error a staff page says in the reader's language: its message is the catalogue's
    /// `id`, in English in the body.
    pub fn said(code: ErrorCode, id: &'static str) -> ApiError {
        ApiError {
            words: Some(id),
            ..ApiError::new(code, atlas_shared::words::Words::english().t(id))
        }
    }

    /// An error about one field or parameter.
    pub fn field(code: ErrorCode, field: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            status: status_of(code),
            body: ErrorBody::new(code, message, Some(field)),
            retry_after: None,
            words: None,
        }
    }

    /// 404 for the record a path names.
    pub fn not_found(what: &str) -> ApiError {
        ApiError::new(ErrorCode::NotFound, format!("There is no {what}."))
    }

    /// 400 for a query parameter, whatever is wrong with it.
    pub fn bad_query(field: &str, message: impl Into<String>) -> ApiError {
        ApiError::field(ErrorCode::InvalidParameter, field, message)
    }

    /// 422 with every field problem of a body.
    pub fn validation(errors: &ValidationErrors) -> ApiError {
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            body: ErrorBody::from_validation(errors),
            retry_after: None,
            words: None,
        }
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(
            ErrorCode::Unauthorized,
            "This needs an API token: send it as 'Authorization: Bearer <token>'.",
        )
    }

    pub fn forbidden(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::Forbidden, message)
    }

    /// 429: this client has made too many requests of this kind.
    pub fn too_many(what: &str, retry_after: u64) -> ApiError {
        ApiError {
            retry_after: Some(retry_after.max(1)),
            ..ApiError::new(
                ErrorCode::RateLimited,
                format!(
                    "Too many {what} from your address. Try again in {} seconds.",
                    retry_after.max(1)
                ),
            )
        }
    }

    pub fn internal() -> ApiError {
        ApiError::new(ErrorCode::Internal, "Something went wrong on our side.")
    }
}

impl From<QueryError> for ApiError {
    fn from(e: QueryError) -> ApiError {
        ApiError::field(e.code(), &e.field, e.message)
    }
}

fn status_of(code: ErrorCode) -> StatusCode {
    StatusCode::from_u16(code.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::NotFound => ApiError::not_found("such record"),
            StoreError::Retired => ApiError::new(
                ErrorCode::Retired,
                "This record was retired; its history is still available.",
            ),
            StoreError::NotRetired => ApiError::new(
                ErrorCode::InvalidState,
                "This offer is not retired, so there is nothing to restore.",
            ),
            StoreError::Conflict { current } => ApiError::field(
                ErrorCode::VersionConflict,
                "version",
                format!("Someone changed this record first: the current version is {current}. Read it again and reapply your change."),
            ),
            StoreError::Lifecycle(e) => ApiError::new(
                ErrorCode::InvalidState,
                format!("This step is not possible now: {e}."),
            ),
            StoreError::AlreadyExists => {
                ApiError::new(ErrorCode::AlreadyExists, "This record already exists.")
            }
            other => {
                tracing::error!(error = %other, "store failure");
                ApiError::internal()
            }
        }
    }
}
