//! Request and response shapes of the public API (v1), shared by server and widget.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::authority::Authority;
use crate::covenant::{Organisation, OrganisationStatus, Pledge};
use crate::error::ErrorCode;
use crate::offer::Offer;
use crate::validate::{FieldError, ValidationErrors};

/// The body of every error response: `{ "error": { "code", "message", "field" } }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ErrorDetail {
    /// Stable snake_case code to match on: one of the table's ([`ErrorCode`]), so a code
    /// that is not in it cannot be sent.
    pub code: ErrorCode,
    /// Plain-English explanation for people.
    pub message: String,
    /// The input field at fault, if one is.
    pub field: Option<String>,
    /// Every field problem, when the input had several.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

impl ErrorBody {
    pub fn new(code: ErrorCode, message: impl Into<String>, field: Option<&str>) -> ErrorBody {
        ErrorBody {
            error: ErrorDetail {
                code,
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
                code: first.map_or(ErrorCode::InvalidValue, |e| e.code),
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AuthorityDetail {
    #[serde(flatten)]
    pub authority: Authority,
    pub offers: Vec<Offer>,
}

/// What a write did to a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Created,
    Updated,
    Retired,
    /// A moderator verified an organisation.
    Verified,
    /// A moderator published a pledge or approved an edit to it.
    Published,
    /// A moderator rejected a pledge or an edit to it.
    Rejected,
    /// The organisation or a moderator withdrew a pledge.
    Withdrawn,
    /// A council editor checked an offer and found it still right: only its review date
    /// moved, so a board's list of offers due for review clears honestly.
    Reviewed,
    /// A council editor or an administrator brought a retired offer back, as it stood
    /// when it was retired.
    Restored,
}

/// One version of a record in its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Version_of_{T}"))]
pub struct Version<T> {
    pub version: u64,
    pub action: Action,
    /// Who made the change (a token's label, never the token).
    pub actor: String,
    pub at: DateTime<Utc>,
    /// The record as it stood after the change.
    pub record: T,
    /// Why, where the step asks for a reason (an editor retiring an offer). It belongs to
    /// the step, not to the record: the offer's own text is left as it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// One entry of `GET /changes`: a record created, updated or retired.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChangeEntry {
    pub at: DateTime<Utc>,
    pub action: Action,
    /// `offer`, `authority` or `partnership`.
    pub kind: String,
    pub id: String,
    pub version: u64,
    /// The council the change belongs to (an offer's, or the authority itself).
    pub authority: Option<String>,
    /// The record's title or name as it stood after the change.
    pub title: String,
}

/// `GET /changes`: what changed since a date, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Changes {
    pub since: chrono::NaiveDate,
    pub changes: Vec<ChangeEntry>,
    /// True when more changes matched than the list holds.
    pub truncated: bool,
}

pub use crate::spread::SpreadChart;

/// `GET /partnerships/{id}/board`: everything a regional board's page shows, in one answer
/// (one request on a slow connection).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BoardView {
    pub consistency: crate::consistency::Consistency,
    /// Money topics' spreads: the members' first, then the registry's.
    pub charts: Vec<SpreadChart>,
    /// The last 90 days' changes to the members' offers and the partnership.
    pub changes: Changes,
}

/// `GET /offers/{id}/history`: every version, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "History_of_{T}"))]
pub struct History<T> {
    pub id: String,
    pub retired: bool,
    pub versions: Vec<Version<T>>,
}

/// `DELETE /offers/{id}`: the offer is retired; its history stays readable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RetiredRecord {
    pub id: String,
    /// Always true.
    pub retired: bool,
    /// The version that records the retirement.
    pub version: u64,
}

/// A page of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "List_of_{T}"))]
pub struct List<T> {
    pub total: usize,
    pub items: Vec<T>,
}

/// What `GET /search` may ask for, after the server has checked the parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchRequest {
    pub q: String,
    pub doc_type: Option<DocType>,
    /// Records concerning these places only (see [`crate::place::PlaceScope`]).
    pub scope: Option<crate::place::PlaceScope>,
    pub category: Option<crate::Category>,
    pub topic: Option<String>,
    pub age: Option<u8>,
    pub limit: usize,
    pub offset: usize,
    /// Whether to count the matches by value (facets): it means visiting every match.
    pub facets: bool,
    /// Whether `total` must be exact. Every total is counted exactly today (see
    /// [`SearchResponse::total_exact`]); a client that needs an exact count says so, and
    /// keeps getting one if the server ever estimates.
    pub exact_total: bool,
}

impl SearchRequest {
    /// The words searched for: `q` split at anything but letters and digits (a hyphen
    /// splits too), lower-cased, at most [`MAX_SEARCH_WORDS`]. The answer depends on `q`
    /// only through these, so the response cache keys on them.
    pub fn words(&self) -> Vec<String> {
        self.q
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .take(MAX_SEARCH_WORDS)
            .collect()
    }

    /// The request in one canonical form, for the response cache: two requests with the
    /// same key have the same answer (the same words, places in order, every filter).
    pub fn cache_key(&self) -> String {
        use std::fmt::Write;
        let mut key = self.words().join(" ");
        let _ = write!(
            key,
            "|{}{}|{}|{}|{}|{}|{}|{}",
            self.facets,
            if self.exact_total { "+exact" } else { "" },
            self.doc_type.map_or("", DocType::slug),
            self.category.map_or("", crate::Category::slug),
            self.topic.as_deref().unwrap_or(""),
            self.age.map_or(0, u8::from),
            self.limit,
            self.offset,
        );
        if let Some(scope) = &self.scope {
            let mut places: Vec<&str> = scope.authorities.iter().map(String::as_str).collect();
            places.sort_unstable();
            let mut partnerships: Vec<&str> =
                scope.partnerships.iter().map(String::as_str).collect();
            partnerships.sort_unstable();
            let _ = write!(
                key,
                "|{}|{}|{}",
                places.join(","),
                partnerships.join(","),
                scope.national
            );
        }
        key
    }
}

/// At most this many words of a query are searched for; the rest are ignored.
pub const MAX_SEARCH_WORDS: usize = 10;

/// Longest search query accepted, in characters.
pub const MAX_SEARCH_CHARS: usize = 200;
/// Deepest page offered: deeper paging is a crawl, not a search.
pub const MAX_SEARCH_OFFSET: usize = 10_000;

impl SearchRequest {
    /// The parameters `GET /search` accepts.
    pub const PARAMETERS: &'static [&'static str] = &[
        "q",
        "type",
        "authority",
        "partnership",
        "category",
        "topic",
        "age",
        "limit",
        "offset",
        "facets",
        "exact_total",
    ];

    /// Reads a search from its query, resolving `authority` and `partnership` to the
    /// places whose records concern them (both given: places in both).
    pub fn from_query(
        q: &crate::query::Query,
        authorities: &[crate::Authority],
        partnerships: &[crate::Partnership],
    ) -> Result<SearchRequest, crate::query::QueryError> {
        use crate::place::PlaceScope;
        use crate::query::QueryError;
        let text = q.text("q").unwrap_or("");
        if text.chars().count() > MAX_SEARCH_CHARS {
            return Err(QueryError::new(
                "q",
                format!("Search for at most {MAX_SEARCH_CHARS} characters."),
            ));
        }
        let doc_type = q.one_of(
            "type",
            |t| match t {
                "offer" => Some(DocType::Offer),
                "pledge" => Some(DocType::Pledge),
                _ => None,
            },
            "Use type=offer or type=pledge.",
        )?;
        let category = q.one_of("category", crate::Category::from_slug, "No such category.")?;
        let topic = q
            .one_of(
                "topic",
                crate::topic::topic,
                "No such topic (see /api/v1/topics).",
            )?
            .map(|t| t.slug.to_string());
        let age = q.age("age")?;
        let limit = q.number("limit", 20, 1, 100)?;
        let offset = q.number("offset", 0, 0, MAX_SEARCH_OFFSET)?;
        let facets = q
            .one_of(
                "facets",
                |v| match v {
                    "true" => Some(true),
                    "false" => Some(false),
                    _ => None,
                },
                "Use facets=true to count the matches by value, or leave it out.",
            )?
            .unwrap_or(false);
        let exact_total = q
            .one_of(
                "exact_total",
                |v| match v {
                    "true" => Some(true),
                    "false" => Some(false),
                    _ => None,
                },
                "Use exact_total=true to count every match exactly, or leave it out.",
            )?
            .unwrap_or(false);
        let mut scope = match q.text("authority") {
            Some(code) => Some(
                PlaceScope::of_authority(code, authorities)
                    .ok_or_else(|| QueryError::new("authority", "No council has this code."))?,
            ),
            None => None,
        };
        if let Some(id) = q.text("partnership") {
            let partnership = partnerships
                .iter()
                .find(|p| p.id == id)
                .ok_or_else(|| QueryError::new("partnership", "No such partnership."))?;
            let of_partnership = PlaceScope::of_partnership(partnership, authorities);
            scope = Some(match scope {
                Some(a) => a.within(&of_partnership),
                None => of_partnership,
            });
        }
        Ok(SearchRequest {
            q: text.to_string(),
            doc_type,
            scope,
            category,
            topic,
            age,
            limit,
            offset,
            facets,
            exact_total,
        })
    }
}

/// The two kinds of searchable record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DocType {
    Offer,
    Pledge,
}

impl DocType {
    pub fn slug(self) -> &'static str {
        match self {
            DocType::Offer => "offer",
            DocType::Pledge => "pledge",
        }
    }
}

fn exact() -> bool {
    true
}

/// `GET /search` response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SearchResponse {
    /// How many records match: exact when `total_exact` is true, else an estimate.
    pub total: usize,
    /// Whether `total` is the exact count: always true today, and always with
    /// `exact_total=true`. Counting in the pass that scores the page was measured cheaper
    /// than any estimate on this index (docs/benchmarks.md), so nothing is estimated yet.
    #[serde(default = "exact")]
    pub total_exact: bool,
    /// The number of matches as other engines give it (`estimatedTotalHits`): equal to
    /// `total`, and exact while `total_exact` is true.
    #[serde(default)]
    pub estimated_total: usize,
    pub hits: Vec<SearchHit>,
    /// Only with `facets=true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facets: Option<Facets>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SearchHit {
    #[serde(rename = "type")]
    pub doc_type: DocType,
    pub id: String,
    pub title: String,
    pub summary: String,
    pub topic: String,
    pub category: String,
    pub status: String,
    /// The council making an offer; null for pledges.
    pub authority: Option<String>,
    /// The organisation making a pledge; null for offers.
    pub organisation: Option<String>,
    /// Who provides it, by name, for display.
    pub provider_name: String,
    pub highlight: Highlight,
    pub score: f32,
}

/// A plain-text fragment and the character ranges in it that matched. Never HTML.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Highlight {
    pub field: String,
    pub text: String,
    /// `[start, end)` offsets in characters (Unicode scalar values) into `text`.
    pub ranges: Vec<[usize; 2]>,
}

/// Counts of matching records by value, for filters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Facets {
    pub category: std::collections::BTreeMap<String, u64>,
    pub topic: std::collections::BTreeMap<String, u64>,
    #[serde(rename = "type")]
    pub doc_type: std::collections::BTreeMap<String, u64>,
    pub authority: std::collections::BTreeMap<String, u64>,
}

/// An organisation with its status, as the covenant routes show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OrganisationView {
    #[serde(flatten)]
    pub organisation: Organisation,
    pub status: OrganisationStatus,
}

impl OrganisationView {
    /// The public view (no contact address).
    pub fn public(organisation: &Organisation) -> OrganisationView {
        OrganisationView {
            organisation: organisation.public_view(),
            status: organisation.status(),
        }
    }

    /// Everything, for the organisation itself and moderators.
    pub fn private(organisation: &Organisation) -> OrganisationView {
        OrganisationView {
            organisation: organisation.clone(),
            status: organisation.status(),
        }
    }
}

/// `GET /organisations/{id}`: the organisation and the pledges the reader may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OrganisationDetail {
    #[serde(flatten)]
    pub organisation: OrganisationView,
    pub pledges: Vec<Pledge>,
}

/// `POST /organisations` answer: the token is shown this once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Registered {
    pub organisation: OrganisationView,
    pub token: String,
}

/// `GET /moderation`: what waits for a moderator, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ModerationQueue {
    pub organisations: Vec<OrganisationView>,
    pub pledges: Vec<Pledge>,
}

/// One token as an admin sees it (`GET /api/v1/admin/tokens`): its public id, role and
/// holder, and its dates; never the token or its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TokenView {
    /// The token's public id: give it to revoke the token.
    pub id: String,
    #[serde(flatten)]
    pub role: crate::access::Role,
    /// Whose token it is (a self-registered signatory's and older tokens name no one).
    pub person: Option<crate::access::Person>,
    pub created: DateTime<Utc>,
    /// When it stops working, if it does.
    pub expires: Option<DateTime<Utc>>,
    pub revoked: Option<DateTime<Utc>>,
    /// Whether it signs in now: not revoked and not expired.
    pub live: bool,
}

/// `POST /api/v1/admin/tokens` answer: the new token, shown this once, and its record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IssuedToken {
    /// The token itself. It is not kept: only its hash is stored.
    pub token: String,
    #[serde(flatten)]
    pub record: TokenView,
}
