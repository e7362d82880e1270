//! The Care Leaver Covenant: organisations and the pledges they publish.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::circumstance::Circumstance;
use crate::source::Source;

/// What sort of organisation signed the covenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    Employer,
    University,
    College,
    Charity,
    GovernmentDepartment,
    PublicBody,
    Other,
}

/// A covenant signatory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub kind: OrganisationKind,
    pub website: Option<String>,
    pub signed: Option<NaiveDate>,
    pub verified: bool,
    #[serde(default)]
    pub source: Option<Source>,
}

/// Where a pledge is in its life: only published pledges are public.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PledgeStatus {
    Pending,
    Published,
    Withdrawn,
    Rejected,
}

/// Where a pledge applies. Missing parts mean none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coverage {
    #[serde(default)]
    pub national: bool,
    #[serde(default)]
    pub partnerships: Vec<String>,
    #[serde(default)]
    pub authorities: Vec<String>,
}

impl Coverage {
    /// Whether the pledge reaches someone living in `authority`, given the partnerships
    /// that authority belongs to and its county (for a district).
    pub fn covers(&self, authority: &str, county: Option<&str>, partnerships: &[String]) -> bool {
        self.national
            || self
                .authorities
                .iter()
                .any(|a| a == authority || Some(a.as_str()) == county)
            || self.partnerships.iter().any(|p| partnerships.contains(p))
    }
}

/// A covenant signatory's promise to care leavers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pledge {
    pub id: String,
    pub organisation: String,
    pub topic: String,
    pub category: Category,
    pub title: String,
    pub summary: String,
    pub details: Option<String>,
    pub status: PledgeStatus,
    pub rejection_reason: Option<String>,
    pub coverage: Coverage,
    pub age_from: u8,
    pub age_to: u8,
    #[serde(default)]
    pub conditions: Vec<Circumstance>,
    /// Places on offer, where the pledge says.
    pub places: Option<u32>,
    pub how_to_apply: Option<String>,
    pub closes: Option<NaiveDate>,
    pub source: Option<Source>,
    #[serde(default = "first_version")]
    pub version: u64,
    #[serde(default)]
    pub updated_at: Option<DateTime<Utc>>,
}

impl Organisation {
    /// Only a verified signatory is shown to the public.
    pub fn is_public(&self) -> bool {
        self.verified
    }
}

impl Pledge {
    /// A pledge is public once published, and only while its organisation is verified.
    /// `organisation` is the pledge's own organisation, if it exists.
    pub fn is_public(&self, organisation: Option<&Organisation>) -> bool {
        self.status == PledgeStatus::Published && organisation.is_some_and(Organisation::is_public)
    }
}

fn first_version() -> u64 {
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pledge_is_public_only_when_published_by_a_verified_organisation() {
        let org = Organisation {
            id: "dwp".into(),
            name: "Department for Work and Pensions".into(),
            kind: OrganisationKind::GovernmentDepartment,
            website: None,
            signed: None,
            verified: true,
            source: None,
        };
        let pledge = Pledge {
            id: "p".into(),
            organisation: "dwp".into(),
            topic: "jobcentre-protocol".into(),
            category: Category::Employment,
            title: "t".into(),
            summary: "s".into(),
            details: None,
            status: PledgeStatus::Published,
            rejection_reason: None,
            coverage: Coverage::default(),
            age_from: 16,
            age_to: 25,
            conditions: vec![],
            places: None,
            how_to_apply: None,
            closes: None,
            source: None,
            version: 1,
            updated_at: None,
        };
        assert!(pledge.is_public(Some(&org)));
        assert!(!pledge.is_public(None));
        assert!(!pledge.is_public(Some(&Organisation {
            verified: false,
            ..org.clone()
        })));
        for status in [
            PledgeStatus::Pending,
            PledgeStatus::Withdrawn,
            PledgeStatus::Rejected,
        ] {
            assert!(!Pledge {
                status,
                ..pledge.clone()
            }
            .is_public(Some(&org)));
        }
    }

    #[test]
    fn coverage_reaches_named_places_partnerships_and_counties() {
        let gm = vec!["greater-manchester".to_string()];
        let c = Coverage {
            national: false,
            partnerships: gm.clone(),
            authorities: vec!["E10000018".into()],
        };
        assert!(c.covers("E08000009", None, &gm));
        assert!(c.covers("E07000129", Some("E10000018"), &[]));
        assert!(!c.covers("E06000054", None, &[]));
        assert!(Coverage {
            national: true,
            ..Default::default()
        }
        .covers("E06000054", None, &[]));
    }
}
