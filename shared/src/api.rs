//! Request and response shapes of the public API (v1), shared by server and widget.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::authority::Authority;
use crate::offer::Offer;
use crate::validate::{FieldError, ValidationErrors};

/// The body of every error response: `{ "error": { "code", "message", "field" } }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// Stable snake_case code to match on.
    pub code: String,
    /// Plain-English explanation for people.
    pub message: String,
    /// The input field at fault, if one is.
    pub field: Option<String>,
    /// Every field problem, when the input had several.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

impl ErrorBody {
    pub fn new(code: &str, message: impl Into<String>, field: Option<&str>) -> ErrorBody {
        ErrorBody {
            error: ErrorDetail {
                code: code.to_string(),
                message: message.into(),
                field: field.map(str::to_string),
                errors: Vec::new(),
            },
        }
    }

    pub fn from_validation(errors: &ValidationErrors) -> ErrorBody {
        let first = errors.first();
        ErrorBody {
            error: ErrorDetail {
                code: first
                    .map_or("invalid_value", |e| e.code.as_str())
                    .to_string(),
                message: first.map_or_else(
                    || "the input is not valid".to_string(),
                    |e| {
                        if e.field.is_empty() {
                            e.message.clone()
                        } else {
                            format!("{}: {}", e.field, e.message)
                        }
                    },
                ),
                field: first.map(|e| e.field.clone()).filter(|f| !f.is_empty()),
                errors: errors.0.clone(),
            },
        }
    }
}

/// `GET /authorities/{code}`: the authority with its published offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorityDetail {
    #[serde(flatten)]
    pub authority: Authority,
    pub offers: Vec<Offer>,
}

/// What a write did to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Created,
    Updated,
    Retired,
}

/// One version of a record in its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version<T> {
    pub version: u64,
    pub action: Action,
    /// Who made the change (a token's label, never the token).
    pub actor: String,
    pub at: DateTime<Utc>,
    /// The record as it stood after the change.
    pub record: T,
}

/// `GET /offers/{id}/history`: every version, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct History<T> {
    pub id: String,
    pub retired: bool,
    pub versions: Vec<Version<T>>,
}

/// A page of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct List<T> {
    pub total: usize,
    pub items: Vec<T>,
}
