//! Regional partnerships and the guarantees their members agree.

use serde::{Deserialize, Serialize};

use crate::offer::AppliesTo;
use crate::source::Source;

/// A named group of councils with a common guarantee (e.g. Greater Manchester).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partnership {
    pub id: String,
    pub name: String,
    /// GSS codes of the member councils.
    pub members: Vec<String>,
    pub guarantee: Vec<GuaranteeItem>,
    #[serde(default)]
    pub source: Option<Source>,
}

/// One promise of a regional guarantee, tied to topics and a standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuaranteeItem {
    pub id: String,
    pub title: String,
    pub topics: Vec<String>,
    pub standard: Standard,
    #[serde(default)]
    pub source: Option<Source>,
}

/// The standard an offer must reach to meet a guarantee item. Unset parts are not asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standard {
    /// The standard in the partnership's own words.
    pub text: String,
    /// The offer must run at least to this age.
    pub age_to: Option<u8>,
    /// The offer must reach these care leavers.
    pub applies_to: Option<AppliesTo>,
    /// The offer must be worth at least this much a year.
    pub amount_pence_per_year: Option<u64>,
}
