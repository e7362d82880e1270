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

    /// Whether the document is known only by a file name ("minutes.txt"), so a page says
    /// what kind of document it is rather than name it.
    pub fn known_only_by_file_name(&self) -> bool {
        let document = self.document.trim();
        document.is_empty()
            || document.to_ascii_lowercase().ends_with(".txt")
            || (!document.contains(' ') && document.contains('.'))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn source(document: &str) -> Source {
        Source {
            document: document.into(),
            locator: String::new(),
            url: None,
            date: None,
            read: None,
        }
    }

    #[test]
    fn a_file_name_is_not_a_documents_name() {
        assert!(source("walsall-offer.txt").known_only_by_file_name());
        assert!(source("LocalOffer2019.pdf").known_only_by_file_name());
        assert!(source("  ").known_only_by_file_name());
        assert!(!source("Walsall Local Offer for Care Leavers 2019").known_only_by_file_name());
    }
}
