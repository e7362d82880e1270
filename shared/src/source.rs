//! Where a fact came from. Every offer and pledge cites its source document.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::validate::{Check, ValidationErrors};

/// A citation: the document, the place in it, an optional link, and the document's date.
/// A web page's `date` is the date the page shows (null when it shows none) and `read`
/// the day it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    pub document: String,
    pub locator: String,
    pub url: Option<String>,
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub date: Option<NaiveDate>,
    #[serde(
        default,
        deserialize_with = "crate::date::optional",
        skip_serializing_if = "Option::is_none"
    )]
    pub read: Option<NaiveDate>,
}

impl Source {
    /// The newest date the citation vouches for: the document's own, else the day read.
    pub fn as_of(&self) -> Option<NaiveDate> {
        self.date.or(self.read)
    }
}

/// Source as submitted, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceInput {
    pub document: Option<String>,
    pub locator: Option<String>,
    pub url: Option<String>,
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub date: Option<NaiveDate>,
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub read: Option<NaiveDate>,
}

impl From<Source> for SourceInput {
    /// A citation that arrived whole (inside a guarantee item), to be checked like any.
    fn from(s: Source) -> SourceInput {
        SourceInput {
            document: Some(s.document),
            locator: Some(s.locator),
            url: s.url,
            date: s.date,
            read: s.read,
        }
    }
}

impl SourceInput {
    pub fn validate(self, field: &str, errors: &mut ValidationErrors) -> Option<Source> {
        let mut check = Check::new(errors, field);
        let document = check.required_text("document", self.document, 200);
        let locator = check.required_text("locator", self.locator, 200);
        let url = check.optional_url("url", self.url);
        Some(Source {
            document: document?,
            locator: locator?,
            url,
            date: self.date,
            read: self.read,
        })
    }
}
