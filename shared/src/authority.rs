//! Councils, identified by their ONS GSS code.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::ErrorCode;
use crate::validate::{is_slug, Check, ValidationErrors};

/// The kind of council. In two-tier areas a district sits under its county.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    County,
    Unitary,
    MetropolitanDistrict,
    LondonBorough,
    District,
}

impl Tier {
    pub const ALL: [Tier; 5] = [
        Tier::County,
        Tier::Unitary,
        Tier::MetropolitanDistrict,
        Tier::LondonBorough,
        Tier::District,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Tier::County => "county",
            Tier::Unitary => "unitary",
            Tier::MetropolitanDistrict => "metropolitan_district",
            Tier::LondonBorough => "london_borough",
            Tier::District => "district",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Tier> {
        Tier::ALL.into_iter().find(|t| t.slug() == slug)
    }

    /// Whether this council runs children's services (and so has care leavers of its own).
    pub fn runs_leaving_care(self) -> bool {
        self != Tier::District
    }
}

/// A council in England.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// ONS GSS code, e.g. `E06000054` (Wiltshire).
    pub code: String,
    pub name: String,
    pub tier: Tier,
    /// The county of a district; null otherwise.
    pub parent: Option<String>,
    /// Ids of the partnerships (regions) the council belongs to.
    #[serde(default)]
    pub partnerships: Vec<String>,
    pub website: Option<String>,
    pub offer_url: Option<String>,
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub offer_reviewed: Option<NaiveDate>,
    /// Councils this one replaced (reorganisations such as Cumbria in 2023).
    #[serde(default)]
    pub predecessors: Vec<String>,
    /// Councils that replaced this one.
    #[serde(default)]
    pub successors: Vec<String>,
    /// The day the council was replaced by its successors, if it has been.
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub replaced_on: Option<NaiveDate>,
    /// How a care leaver reaches the council's leaving-care service, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leaving_care: Option<Contact>,
    /// The English region (ONS) the council is in, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

/// How to reach someone: any of a phone number, an email address and a web page, with
/// where that was read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub web: Option<String>,
    #[serde(default)]
    pub source: Option<crate::Source>,
}

impl Contact {
    /// Whether it gives any way to reach them.
    pub fn is_empty(&self) -> bool {
        self.phone.is_none() && self.email.is_none() && self.web.is_none()
    }
}

impl Authority {
    /// A council known only by its code, name and tier: no parent, partnerships, pages or
    /// history yet.
    pub fn named(code: &str, name: &str, tier: Tier) -> Authority {
        Authority {
            code: code.to_string(),
            name: name.to_string(),
            tier,
            parent: None,
            partnerships: Vec::new(),
            website: None,
            offer_url: None,
            offer_reviewed: None,
            predecessors: Vec::new(),
            successors: Vec::new(),
            replaced_on: None,
            leaving_care: None,
            region: None,
        }
    }
}

/// The council with `code` in `authorities`. The store and the snapshot hold them in code
/// order, so this is a binary search there (a comparison looks councils up hundreds of
/// times); a list in another order is searched from the start.
pub fn find_by_code<'a>(authorities: &'a [Authority], code: &str) -> Option<&'a Authority> {
    match authorities.binary_search_by(|a| a.code.as_str().cmp(code)) {
        Ok(i) => Some(&authorities[i]),
        Err(_) => authorities.iter().find(|a| a.code == code),
    }
}

/// True for a GSS code of the form `E` followed by eight digits.
pub fn is_gss_code(code: &str) -> bool {
    code.len() == 9 && code.starts_with('E') && code[1..].bytes().all(|b| b.is_ascii_digit())
}

impl Authority {
    /// Checks one authority on its own (references to others are checked by the store).
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let mut check = Check::new(&mut errors, "");
        if !is_gss_code(&self.code) {
            check.fail(
                "code",
                ErrorCode::InvalidValue,
                "must be an ONS GSS code such as E06000054",
            );
        }
        check.required_name("name", Some(self.name.clone()), 120);
        match (self.tier, &self.parent) {
            (Tier::District, None) => check.fail(
                "parent",
                ErrorCode::MissingField,
                "a district needs its county",
            ),
            (Tier::District, Some(p)) if !is_gss_code(p) => {
                check.fail("parent", ErrorCode::InvalidValue, "must be a GSS code")
            }
            (tier, Some(_)) if tier != Tier::District => check.fail(
                "parent",
                ErrorCode::InvalidValue,
                "only a district has a parent county",
            ),
            _ => {}
        }
        for (i, p) in self.partnerships.iter().enumerate() {
            if !is_slug(p, 64) {
                check.fail(
                    &format!("partnerships[{i}]"),
                    ErrorCode::InvalidValue,
                    "must be a partnership id",
                );
            }
        }
        for (field, codes) in [
            ("predecessors", &self.predecessors),
            ("successors", &self.successors),
        ] {
            for (i, c) in codes.iter().enumerate() {
                if !is_gss_code(c) {
                    check.fail(
                        &format!("{field}[{i}]"),
                        ErrorCode::InvalidValue,
                        "must be a GSS code",
                    );
                }
            }
        }
        check.optional_url("website", self.website.clone());
        check.optional_url("offer_url", self.offer_url.clone());
        if self.replaced_on.is_some() && self.successors.is_empty() {
            check.fail(
                "successors",
                ErrorCode::MissingField,
                "a replaced council names its successors",
            );
        }
        errors.finish(Some(()))
    }
}

/// A council for unit tests across the crate: its code, name, tier, county and
/// partnerships, nothing else. Tests change the fields they are about.
#[cfg(test)]
pub(crate) fn test_authority(
    code: &str,
    name: &str,
    tier: Tier,
    parent: Option<&str>,
    partnerships: &[&str],
) -> Authority {
    Authority {
        parent: parent.map(str::to_string),
        partnerships: partnerships.iter().map(|p| p.to_string()).collect(),
        ..Authority::named(code, name, tier)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wiltshire() -> Authority {
        Authority {
            website: Some("https://www.wiltshire.gov.uk".into()),
            ..test_authority("E06000054", "Wiltshire", Tier::Unitary, None, &[])
        }
    }

    #[test]
    fn gss_codes() {
        assert!(is_gss_code("E06000054"));
        assert!(!is_gss_code("W06000001x"));
        assert!(!is_gss_code("E0600005"));
        assert!(!is_gss_code("E06OOOO54"));
    }

    #[test]
    fn districts_need_a_county_and_others_must_not_have_one() {
        assert!(wiltshire().validate().is_ok());
        let mut a = wiltshire();
        a.parent = Some("E10000018".into());
        assert_eq!(a.validate().unwrap_err().first().unwrap().field, "parent");
        let mut d = wiltshire();
        d.tier = Tier::District;
        assert_eq!(d.validate().unwrap_err().first().unwrap().field, "parent");
        let mut u = wiltshire();
        u.website = Some("ftp://x".into());
        assert_eq!(u.validate().unwrap_err().first().unwrap().field, "website");
    }

    #[test]
    fn a_council_is_found_by_code_in_code_order_or_any_other() {
        let named = |code: &str| test_authority(code, code, Tier::Unitary, None, &[]);
        let sorted = vec![named("E06000001"), named("E06000054"), named("E08000030")];
        let mut shuffled = sorted.clone();
        shuffled.swap(0, 2);
        for list in [&sorted, &shuffled] {
            for code in ["E06000001", "E06000054", "E08000030"] {
                assert_eq!(
                    find_by_code(list, code).map(|a| a.code.as_str()),
                    Some(code)
                );
            }
            assert!(find_by_code(list, "E06000002").is_none());
        }
    }
}
