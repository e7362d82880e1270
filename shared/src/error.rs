//! The one table of error codes: every error the API answers has one of these codes, and
//! each code has one HTTP status. Validators in this crate and every route in the server
//! build their errors from it, so the same mistake gets the same answer everywhere.
//!
//! The rules behind the statuses, one per kind of mistake:
//! - **400**: the request cannot be read as asked. Anything wrong with a query parameter
//!   (unknown, given twice, the wrong form, out of range, or naming a council, partnership
//!   or topic that does not exist) is `invalid_parameter` with the parameter in `field`; an
//!   empty parameter counts as left out. A body that is not JSON is `malformed_json`.
//! - **401** no valid token, **403** a token that may not do this.
//! - **404**: the record the *path* names does not exist (never a query parameter's).
//! - **405** the path exists but not with this method; **408** the body was too slow.
//! - **409**: the write conflicts with the record's state (a stale `version`, a step the
//!   lifecycle does not allow, an id that exists). **410**: the record was retired.
//! - **413** body over 1 MiB, **414** query string over 4 KB, **415** body not JSON.
//! - **422**: the body was read but a field breaks a rule; `field` names it and `errors`
//!   lists every problem found.
//! - **429** too many requests from this client (with `Retry-After`); **500** our fault.
//!
//! The HTTP layer (hyper) answers a few malformed requests itself, before any of this:
//! a request line over 64 KB (414), more than 100 headers or a header block over 400 KB
//! (431), and bytes that are not HTTP (400), each with an empty body.

use serde::{Deserialize, Serialize};

/// A stable, machine-readable error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    // 400
    InvalidParameter,
    MalformedJson,
    BadBody,
    BadRequest,
    // 401, 403
    Unauthorized,
    Forbidden,
    // 404, 405, 408
    NotFound,
    MethodNotAllowed,
    RequestTimeout,
    // 409, 410
    VersionConflict,
    InvalidState,
    AlreadyExists,
    Retired,
    // 413, 414, 415
    PayloadTooLarge,
    QueryTooLong,
    UnsupportedMediaType,
    // 422: a field of the body breaks a rule
    MissingField,
    InvalidType,
    InvalidValue,
    OutOfRange,
    TooLong,
    TooMany,
    UnknownField,
    UnknownTopic,
    UnknownReference,
    InvalidUrl,
    InvalidEmail,
    Duplicate,
    // 429, 500, and 404 for a server built without the widget
    RateLimited,
    Internal,
    WidgetNotBuilt,
}

impl ErrorCode {
    /// Every code, for documentation and tests.
    pub const ALL: [ErrorCode; 31] = [
        ErrorCode::InvalidParameter,
        ErrorCode::MalformedJson,
        ErrorCode::BadBody,
        ErrorCode::BadRequest,
        ErrorCode::Unauthorized,
        ErrorCode::Forbidden,
        ErrorCode::NotFound,
        ErrorCode::MethodNotAllowed,
        ErrorCode::RequestTimeout,
        ErrorCode::VersionConflict,
        ErrorCode::InvalidState,
        ErrorCode::AlreadyExists,
        ErrorCode::Retired,
        ErrorCode::PayloadTooLarge,
        ErrorCode::QueryTooLong,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::MissingField,
        ErrorCode::InvalidType,
        ErrorCode::InvalidValue,
        ErrorCode::OutOfRange,
        ErrorCode::TooLong,
        ErrorCode::TooMany,
        ErrorCode::UnknownField,
        ErrorCode::UnknownTopic,
        ErrorCode::UnknownReference,
        ErrorCode::InvalidUrl,
        ErrorCode::InvalidEmail,
        ErrorCode::Duplicate,
        ErrorCode::RateLimited,
        ErrorCode::Internal,
        ErrorCode::WidgetNotBuilt,
    ];

    /// The code as it appears in an error body.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidParameter => "invalid_parameter",
            ErrorCode::MalformedJson => "malformed_json",
            ErrorCode::BadBody => "bad_body",
            ErrorCode::BadRequest => "bad_request",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::RequestTimeout => "request_timeout",
            ErrorCode::VersionConflict => "version_conflict",
            ErrorCode::InvalidState => "invalid_state",
            ErrorCode::AlreadyExists => "already_exists",
            ErrorCode::Retired => "retired",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::QueryTooLong => "query_too_long",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::InvalidType => "invalid_type",
            ErrorCode::InvalidValue => "invalid_value",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::TooLong => "too_long",
            ErrorCode::TooMany => "too_many",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::UnknownTopic => "unknown_topic",
            ErrorCode::UnknownReference => "unknown_reference",
            ErrorCode::InvalidUrl => "invalid_url",
            ErrorCode::InvalidEmail => "invalid_email",
            ErrorCode::Duplicate => "duplicate",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::Internal => "internal",
            ErrorCode::WidgetNotBuilt => "widget_not_built",
        }
    }

    /// The HTTP status every answer with this code carries.
    pub fn status(self) -> u16 {
        match self {
            ErrorCode::InvalidParameter
            | ErrorCode::MalformedJson
            | ErrorCode::BadBody
            | ErrorCode::BadRequest => 400,
            ErrorCode::Unauthorized => 401,
            ErrorCode::Forbidden => 403,
            ErrorCode::NotFound => 404,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::RequestTimeout => 408,
            ErrorCode::VersionConflict | ErrorCode::InvalidState | ErrorCode::AlreadyExists => 409,
            ErrorCode::Retired => 410,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::QueryTooLong => 414,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::MissingField
            | ErrorCode::InvalidType
            | ErrorCode::InvalidValue
            | ErrorCode::OutOfRange
            | ErrorCode::TooLong
            | ErrorCode::TooMany
            | ErrorCode::UnknownField
            | ErrorCode::UnknownTopic
            | ErrorCode::UnknownReference
            | ErrorCode::InvalidUrl
            | ErrorCode::InvalidEmail
            | ErrorCode::Duplicate => 422,
            ErrorCode::RateLimited => 429,
            ErrorCode::Internal => 500,
            // The server was built without the widget's files: they are not there.
            ErrorCode::WidgetNotBuilt => 404,
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_listed_once_spelt_as_serde_spells_it_with_a_client_or_server_status() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{code} twice");
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::Value::String(code.as_str().into())
            );
            assert!((400..600).contains(&code.status()));
        }
    }
}
