//! Places and who belongs to them: the one home of the rules about two-tier areas and
//! partnership membership.
//!
//! - A district does not look after children: its county does, so a district's own care
//!   leavers are its county's ([`responsible_council`], [`is_own_care_leaver`]).
//! - Someone living in a district lives in its county too, so both councils' offers
//!   concern them ([`Place`]).
//! - A council belongs to a partnership when either record says so ([`is_member`]); the
//!   registry refuses data where the two disagree.
//! - [`PlaceScope`]: which records concern a place, for "offers near here" filters.

use crate::authority::{Authority, Tier};
use crate::covenant::Coverage;
use crate::partnership::Partnership;

/// The council that looks after children from `council`'s area: the council itself, or
/// a district's county. `None` for a district whose county is unknown.
pub fn responsible_council<'a>(
    council: &'a Authority,
    authorities: &'a [Authority],
) -> Option<&'a Authority> {
    if council.tier.runs_leaving_care() {
        return Some(council);
    }
    council
        .parent
        .as_deref()
        .and_then(|p| crate::authority::find_by_code(authorities, p))
        .filter(|county| county.tier.runs_leaving_care())
}

/// Whether someone looked after by `responsible` is one of `council`'s own care leavers:
/// the council looked after them, or it is a district of the county that did.
pub fn is_own_care_leaver(council: &Authority, responsible: &str) -> bool {
    council.code == responsible || council.parent.as_deref() == Some(responsible)
}

/// The county over a district: its council's offers reach people living in the district
/// too. `None` for any other council, or a district whose county `find` does not know.
pub fn county_of<'a>(
    local: &Authority,
    find: impl Fn(&str) -> Option<&'a Authority>,
) -> Option<&'a Authority> {
    local
        .parent
        .as_deref()
        .filter(|p| local.tier == Tier::District && *p != local.code)
        .and_then(find)
}

/// The districts of a county (none for any other council).
pub fn districts_of<'a>(
    county: &'a str,
    authorities: &'a [Authority],
) -> impl Iterator<Item = &'a Authority> + 'a {
    authorities
        .iter()
        .filter(move |a| a.tier == Tier::District && a.parent.as_deref() == Some(county))
}

/// Whether `council` belongs to `partnership`. The registry refuses data in which the
/// partnership's members and the council's partnerships disagree, so either list serves.
pub fn is_member(partnership: &Partnership, council: &Authority) -> bool {
    partnership.members.contains(&council.code) || council.partnerships.contains(&partnership.id)
}

/// A place where someone lives: a single-tier council, or a district and its county.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub local: &'a Authority,
    pub county: Option<&'a Authority>,
}

impl<'a> Place<'a> {
    /// Only a district has a county over it. A missing county (or a district naming
    /// itself) is left out rather than failing; callers may say so.
    pub fn of(local: &'a Authority, authorities: &'a [Authority]) -> Place<'a> {
        let county = county_of(local, |p| crate::authority::find_by_code(authorities, p));
        Place { local, county }
    }

    /// The councils whose offers concern someone living here: the county first, then the
    /// local one.
    pub fn councils(&self) -> impl Iterator<Item = &'a Authority> {
        self.county.into_iter().chain(std::iter::once(self.local))
    }

    /// Whether someone living here lives in `code`'s area.
    pub fn is_in(&self, code: &str) -> bool {
        self.councils().any(|a| a.code == code)
    }

    /// The partnerships the place belongs to.
    pub fn partnerships(&self, partnerships: &'a [Partnership]) -> Vec<&'a Partnership> {
        partnerships
            .iter()
            .filter(|p| self.councils().any(|a| is_member(p, a)))
            .collect()
    }

    /// Whether a pledge's coverage reaches someone living here, given the ids of the
    /// place's partnerships.
    pub fn covered_by(&self, coverage: &Coverage, partnership_ids: &[String]) -> bool {
        let county = self.county.map(|c| c.code.as_str());
        coverage.covers(&self.local.code, county, partnership_ids)
    }
}

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
        let this = crate::authority::find_by_code(authorities, code)?;
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
        if let Some(county) = county_of(this, |p| crate::authority::find_by_code(authorities, p)) {
            add(county);
        }
        for district in districts_of(code, authorities) {
            add(district);
        }
        Some(scope)
    }

    /// The places of `self` that are also in `other` (a council and a partnership both
    /// asked for); national records no longer count.
    pub fn within(self, other: &PlaceScope) -> PlaceScope {
        PlaceScope {
            authorities: self
                .authorities
                .into_iter()
                .filter(|c| other.authorities.contains(c))
                .collect(),
            partnerships: self
                .partnerships
                .into_iter()
                .filter(|c| other.partnerships.contains(c))
                .collect(),
            national: false,
        }
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
    use crate::authority::{test_authority, Tier};

    #[test]
    fn a_districts_care_leavers_are_its_countys() {
        let all = vec![
            test_authority("E10000018", "E10000018", Tier::County, None, &[]),
            test_authority(
                "E07000129",
                "E07000129",
                Tier::District,
                Some("E10000018"),
                &[],
            ),
            test_authority(
                "E07000200",
                "E07000200",
                Tier::District,
                Some("E99999999"),
                &[],
            ),
            test_authority(
                "E08000030",
                "E08000030",
                Tier::MetropolitanDistrict,
                None,
                &[],
            ),
        ];
        let code = |a: Option<&Authority>| a.map(|a| a.code.clone());
        assert_eq!(
            code(responsible_council(&all[1], &all)),
            Some("E10000018".into())
        );
        assert_eq!(code(responsible_council(&all[2], &all)), None);
        assert_eq!(
            code(responsible_council(&all[3], &all)),
            Some("E08000030".into())
        );
        assert!(is_own_care_leaver(&all[1], "E10000018"));
        assert!(is_own_care_leaver(&all[0], "E10000018"));
        assert!(!is_own_care_leaver(&all[3], "E10000018"));
        let blaby = Place::of(&all[1], &all);
        assert!(blaby.is_in("E10000018") && blaby.is_in("E07000129"));
        assert!(!blaby.is_in("E08000030"));
        assert_eq!(
            blaby
                .councils()
                .map(|a| a.code.as_str())
                .collect::<Vec<_>>(),
            ["E10000018", "E07000129"]
        );
        // A district whose county is unknown is a place of one council.
        assert_eq!(Place::of(&all[2], &all).councils().count(), 1);
    }

    #[test]
    fn districts_and_counties_share_scope() {
        let all = vec![
            test_authority("E10000018", "E10000018", Tier::County, None, &[]),
            test_authority(
                "E07000129",
                "E07000129",
                Tier::District,
                Some("E10000018"),
                &[],
            ),
            test_authority(
                "E07000130",
                "E07000130",
                Tier::District,
                Some("E10000018"),
                &[],
            ),
            test_authority(
                "E08000009",
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
