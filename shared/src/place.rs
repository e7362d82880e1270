//! Which records concern a place: the rules behind "offers near here" filters.

use crate::authority::Authority;
use crate::partnership::Partnership;

/// The places whose records are relevant to someone living in, or asking about, one area.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlaceScope {
    /// Authorities whose own offers count.
    pub authorities: Vec<String>,
    /// Partnerships whose pledges and guarantees count.
    pub partnerships: Vec<String>,
    /// Whether national pledges count.
    pub national: bool,
}

impl PlaceScope {
    /// An authority's scope. In two-tier areas the county and its districts share their
    /// residents: a district also finds its county's offers, a county its districts'.
    /// Partnerships of the county count for its districts too; national pledges always do.
    pub fn of_authority(code: &str, authorities: &[Authority]) -> Option<PlaceScope> {
        let this = authorities.iter().find(|a| a.code == code)?;
        let mut scope = PlaceScope {
            national: true,
            ..PlaceScope::default()
        };
        let mut add = |a: &Authority| {
            if !scope.authorities.contains(&a.code) {
                scope.authorities.push(a.code.clone());
            }
            for p in &a.partnerships {
                if !scope.partnerships.contains(p) {
                    scope.partnerships.push(p.clone());
                }
            }
        };
        add(this);
        if let Some(parent) = this
            .parent
            .as_deref()
            .and_then(|p| authorities.iter().find(|a| a.code == p))
        {
            add(parent);
        }
        for child in authorities
            .iter()
            .filter(|a| a.parent.as_deref() == Some(code))
        {
            add(child);
        }
        Some(scope)
    }

    /// A partnership's scope: its members (with their counties' districts) and itself.
    pub fn of_partnership(partnership: &Partnership, authorities: &[Authority]) -> PlaceScope {
        let mut scope = PlaceScope {
            partnerships: vec![partnership.id.clone()],
            ..PlaceScope::default()
        };
        for member in &partnership.members {
            if let Some(member_scope) = PlaceScope::of_authority(member, authorities) {
                for code in member_scope.authorities {
                    if !scope.authorities.contains(&code) {
                        scope.authorities.push(code);
                    }
                }
            }
        }
        scope
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authority::Tier;

    fn authority(code: &str, tier: Tier, parent: Option<&str>, partnerships: &[&str]) -> Authority {
        Authority {
            code: code.into(),
            name: code.into(),
            tier,
            parent: parent.map(str::to_string),
            partnerships: partnerships.iter().map(|p| p.to_string()).collect(),
            website: None,
            offer_url: None,
            offer_reviewed: None,
            predecessors: vec![],
            successors: vec![],
            replaced_on: None,
        }
    }

    #[test]
    fn districts_and_counties_share_scope() {
        let all = vec![
            authority("E10000018", Tier::County, None, &[]),
            authority("E07000129", Tier::District, Some("E10000018"), &[]),
            authority("E07000130", Tier::District, Some("E10000018"), &[]),
            authority(
                "E08000009",
                Tier::MetropolitanDistrict,
                None,
                &["greater-manchester"],
            ),
        ];
        let blaby = PlaceScope::of_authority("E07000129", &all).unwrap();
        assert_eq!(blaby.authorities, ["E07000129", "E10000018"]);
        let county = PlaceScope::of_authority("E10000018", &all).unwrap();
        assert_eq!(county.authorities, ["E10000018", "E07000129", "E07000130"]);
        let trafford = PlaceScope::of_authority("E08000009", &all).unwrap();
        assert_eq!(trafford.partnerships, ["greater-manchester"]);
        assert!(trafford.national);
        assert!(PlaceScope::of_authority("E99999999", &all).is_none());
    }
}
