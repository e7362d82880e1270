//! The one error type every route returns, rendered as the API's JSON error shape.

use atlas_shared::api::ErrorBody;
use atlas_shared::ValidationErrors;
use warp::http::StatusCode;

use crate::store::StoreError;

/// An error answer: status, stable code, plain-English message, the field at fault.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: ErrorBody,
    /// Seconds to wait before trying again, sent as `Retry-After` (with 429).
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            body: ErrorBody::new(code, message, None),
            retry_after: None,
        }
    }

    pub fn field(
        status: StatusCode,
        code: &str,
        field: &str,
        message: impl Into<String>,
    ) -> ApiError {
        ApiError {
            status,
            body: ErrorBody::new(code, message, Some(field)),
            retry_after: None,
        }
    }

    pub fn not_found(what: &str) -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("There is no {what}."),
        )
    }

    pub fn bad_query(field: &str, message: impl Into<String>) -> ApiError {
        ApiError::field(StatusCode::BAD_REQUEST, "invalid_parameter", field, message)
    }

    pub fn validation(errors: &ValidationErrors) -> ApiError {
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            body: ErrorBody::from_validation(errors),
            retry_after: None,
        }
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "This needs an API token: send it as 'Authorization: Bearer <token>'.",
        )
    }

    pub fn forbidden(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, "forbidden", message)
    }

    /// 429: this client has made too many requests of this kind.
    pub fn too_many(what: &str, retry_after: u64) -> ApiError {
        ApiError {
            retry_after: Some(retry_after.max(1)),
            ..ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                format!(
                    "Too many {what} from your address. Try again in {} seconds.",
                    retry_after.max(1)
                ),
            )
        }
    }

    pub fn internal() -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Something went wrong on our side.",
        )
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::NotFound => ApiError::not_found("such record"),
            StoreError::Retired => {
                ApiError::new(StatusCode::GONE, "retired", "This record was retired; its history is still available.")
            }
            StoreError::Conflict { current } => ApiError::field(
                StatusCode::CONFLICT,
                "version_conflict",
                "version",
                format!("Someone changed this record first: the current version is {current}. Read it again and reapply your change."),
            ),
            StoreError::Lifecycle(e) => ApiError::new(
                StatusCode::CONFLICT,
                "invalid_state",
                format!("This step is not possible now: {e}."),
            ),
            StoreError::AlreadyExists => ApiError::new(StatusCode::CONFLICT, "already_exists", "This record already exists."),
            other => {
                tracing::error!(error = %other, "store failure");
                ApiError::internal()
            }
        }
    }
}
