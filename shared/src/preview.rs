//! What a council editor's change does to what care leavers see, before it is saved.
//!
//! - [`effect`]: how an offer's `applies_to` reaches the people an editor should think
//!   about (a care leaver from another council living here, the council's own care
//!   leaver living elsewhere, its own living here), by [`AppliesTo::reaches`], the rule
//!   the comparison itself uses.
//! - [`preview`]: the comparison rows of the offer's topic, for a care leaver moving here
//!   from a neighbouring council and for one of the council's own moving there, computed
//!   by [`compare`] on the registry as it is and again with the edited offer in place of
//!   the stored one.

use serde::{Deserialize, Serialize};

use crate::compare::{compare, CompareData, CompareError, CompareRequest, Row};
use crate::offer::{AppliesTo, Offer, Reach, Standing};
use crate::place::is_member;
use crate::topic::topic;
use crate::{Authority, Partnership, Tier};

/// How an offer's `applies_to` reaches three people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Effect {
    /// A care leaver another council looked after, living in this council's area.
    pub other_living_here: Reach,
    /// One of this council's own care leavers, living in another council's area.
    pub own_living_elsewhere: Reach,
    /// One of this council's own care leavers, living in its area.
    pub own_living_here: Reach,
}

/// The effect of `applies_to` (before status, ages and conditions are considered).
pub fn effect(applies_to: AppliesTo) -> Effect {
    let reach = |own, lives_here| applies_to.reaches(Standing { own, lives_here });
    Effect {
        other_living_here: reach(false, true),
        own_living_elsewhere: reach(true, false),
        own_living_here: reach(true, true),
    }
}

/// A council to preview a move with when the editor has not chosen one: another member
/// of the council's partnership, else (for a district) another district of its county,
/// else the first council by name that looks after children. Replaced councils are never
/// chosen.
pub fn default_neighbour<'a>(
    council: &Authority,
    authorities: &'a [Authority],
    partnerships: &[Partnership],
) -> Option<&'a Authority> {
    let mut candidates: Vec<&Authority> = authorities
        .iter()
        .filter(|a| a.code != council.code && a.replaced_on.is_none())
        .collect();
    candidates.sort_by(|a, b| a.name.cmp(&b.name));
    let in_partnership = candidates.iter().copied().find(|a| {
        partnerships
            .iter()
            .any(|p| is_member(p, council) && is_member(p, a))
    });
    let sibling = || {
        council.parent.as_deref().and_then(|county| {
            candidates
                .iter()
                .copied()
                .find(|a| a.tier == Tier::District && a.parent.as_deref() == Some(county))
        })
    };
    in_partnership.or_else(sibling).or_else(|| {
        candidates
            .iter()
            .copied()
            .find(|a| a.tier.runs_leaving_care() && a.parent.as_deref() != Some(&council.code))
    })
}

/// One topic's row, before and after the edit (`None`: nothing on the topic).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicPreview {
    pub topic: String,
    pub label: String,
    pub before: Option<Row>,
    pub after: Option<Row>,
}

/// One move: from a council to another, and the topics the edit touches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    pub from: Authority,
    pub to: Authority,
    pub topics: Vec<TopicPreview>,
}

/// What the edit changes for care leavers moving here and moving away.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preview {
    pub age: u8,
    /// A care leaver looked after by the neighbour, moving into the offer's council.
    pub moving_here: Journey,
    /// One of the offer's council's own care leavers, moving to the neighbour.
    pub moving_away: Journey,
}

impl Preview {
    /// True when no row changes in either direction.
    pub fn changes_nothing(&self) -> bool {
        [&self.moving_here, &self.moving_away]
            .iter()
            .all(|j| j.topics.iter().all(|t| t.before == t.after))
    }
}

/// Compares before and after the edit. `original` is the stored offer (none for a new
/// one); `edited` the offer as it would be saved, with the same id when it replaces
/// `original`. `data` holds the registry as it is, with at least the offers of both
/// councils and their counties.
pub fn preview(
    data: &CompareData,
    original: Option<&Offer>,
    edited: &Offer,
    neighbour: &str,
    age: u8,
) -> Result<Preview, CompareError> {
    let mut after_offers: Vec<Offer> = data
        .offers
        .iter()
        .filter(|o| o.id != edited.id && original.is_none_or(|orig| o.id != orig.id))
        .cloned()
        .collect();
    after_offers.push(edited.clone());
    let after = CompareData {
        offers: &after_offers,
        ..*data
    };
    let mut topics: Vec<&str> = vec![edited.content.topic.as_str()];
    if let Some(orig) = original {
        if orig.content.topic != edited.content.topic {
            topics.push(orig.content.topic.as_str());
        }
    }
    let journey = |from: &str, to: &str| -> Result<Journey, CompareError> {
        let request = CompareRequest {
            group: None,
            from: from.to_string(),
            to: to.to_string(),
            age,
            circumstances: Vec::new(),
            district: None,
        };
        let before = compare(data, &request)?;
        let after = compare(&after, &request)?;
        let row = |rows: &[Row], slug: &str| rows.iter().find(|r| r.topic == slug).cloned();
        Ok(Journey {
            from: before.from.clone(),
            to: before.to.clone(),
            topics: topics
                .iter()
                .map(|slug| TopicPreview {
                    topic: slug.to_string(),
                    label: topic(slug).map_or_else(|| slug.to_string(), |t| t.label.to_string()),
                    before: row(&before.rows, slug),
                    after: row(&after.rows, slug),
                })
                .collect(),
        })
    };
    Ok(Preview {
        age,
        moving_here: journey(neighbour, &edited.authority)?,
        moving_away: journey(&edited.authority, neighbour)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authority::test_authority;
    use crate::compare::{Change, Records};
    use crate::offer::test_offer;

    #[test]
    fn the_effect_of_whom_it_is_for_is_the_comparisons_own_rule() {
        let e = effect(AppliesTo::AnyCareLeaverInArea);
        assert_eq!(
            (
                e.other_living_here,
                e.own_living_elsewhere,
                e.own_living_here
            ),
            (Reach::Yes, Reach::No, Reach::Yes)
        );
        let e = effect(AppliesTo::OwnCareLeaversAnywhere);
        assert_eq!(
            (e.other_living_here, e.own_living_elsewhere),
            (Reach::No, Reach::Yes)
        );
        let e = effect(AppliesTo::OwnCareLeaversInArea);
        assert_eq!(
            (e.other_living_here, e.own_living_elsewhere),
            (Reach::No, Reach::No)
        );
        let e = effect(AppliesTo::Unstated);
        assert_eq!(
            (
                e.other_living_here,
                e.own_living_elsewhere,
                e.own_living_here
            ),
            (Reach::Ask, Reach::Ask, Reach::Yes)
        );
    }

    #[test]
    fn the_neighbour_is_a_partner_then_a_sibling_then_the_first_by_name() {
        let mut bolton =
            test_authority("E08000001", "Bolton", Tier::MetropolitanDistrict, None, &[]);
        bolton.partnerships = vec!["gm".into()];
        let mut wigan = test_authority("E08000010", "Wigan", Tier::MetropolitanDistrict, None, &[]);
        wigan.partnerships = vec!["gm".into()];
        let county = test_authority("E10000018", "Leicestershire", Tier::County, None, &[]);
        let blaby = test_authority("E07000129", "Blaby", Tier::District, Some("E10000018"), &[]);
        let melton = test_authority(
            "E07000133",
            "Melton",
            Tier::District,
            Some("E10000018"),
            &[],
        );
        let all = vec![
            bolton.clone(),
            wigan.clone(),
            county.clone(),
            blaby.clone(),
            melton,
        ];
        let gm = Partnership {
            id: "gm".into(),
            name: "GM".into(),
            members: vec![],
            guarantee: vec![],
            notes: vec![],
            source: None,
        };
        let partnerships = vec![gm];
        assert_eq!(
            default_neighbour(&bolton, &all, &partnerships).map(|a| a.name.as_str()),
            Some("Wigan")
        );
        assert_eq!(
            default_neighbour(&blaby, &all, &partnerships).map(|a| a.name.as_str()),
            Some("Melton")
        );
        // A county is not its own district's neighbour, nor a district anyone's first pick.
        assert_eq!(
            default_neighbour(&county, &all, &partnerships).map(|a| a.name.as_str()),
            Some("Bolton")
        );
    }

    #[test]
    fn the_preview_shows_the_topic_before_and_after_the_edit() {
        let here = test_authority(
            "E08000030",
            "Walsall",
            Tier::MetropolitanDistrict,
            None,
            &[],
        );
        let there = test_authority("E06000054", "Wiltshire", Tier::Unitary, None, &[]);
        let records = Records {
            authorities: vec![here, there],
            ..Records::default()
        };
        let mut stored = test_offer("walsall-ctax-1", "E08000030", "council-tax");
        stored.content.applies_to = AppliesTo::OwnCareLeaversInArea;
        let offers = vec![stored.clone()];
        let data = records.compare_data(&offers, &[]);
        let mut edited = stored.clone();
        edited.content.applies_to = AppliesTo::OwnCareLeaversAnywhere;
        let p = preview(&data, Some(&stored), &edited, "E06000054", 19).unwrap();
        assert_eq!(p.moving_away.from.name, "Walsall");
        let away = &p.moving_away.topics[0];
        assert_eq!(away.topic, "council-tax");
        // Before: Walsall's own care leaver loses it by moving; after: it follows them.
        assert_eq!(away.before.as_ref().map(|r| r.change), Some(Change::Loss));
        assert_eq!(away.after.as_ref().map(|r| r.change), Some(Change::Same));
        // Moving here from Wiltshire: never theirs, before or after.
        let here = &p.moving_here.topics[0];
        assert_eq!(here.before, here.after);
        assert!(!p.changes_nothing());
        // A new offer is added rather than substituted.
        let mut new = edited.clone();
        new.id = "new".into();
        new.content.topic = "wifi".into();
        let p = preview(&data, None, &new, "E06000054", 19).unwrap();
        assert_eq!(p.moving_away.topics.len(), 1);
        assert!(p.moving_away.topics[0].before.is_none());
        assert!(p.moving_away.topics[0].after.is_some());
    }
}
