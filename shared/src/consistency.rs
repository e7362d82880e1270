//! Does each member of a partnership meet each item of its guarantee? Computed from the
//! members' offers, with the offers that justify every answer, so a regional board sees
//! evidence rather than a hand-kept spreadsheet. Pure functions: the server, the CSV and
//! the board page all ask these.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::authority::Authority;
use crate::offer::{AppliesTo, Offer, OfferStatus};
use crate::partnership::{BoardNote, GuaranteeItem, Partnership, Standard};
use crate::value::pounds;
use crate::words::{Arg, Locale};

/// How far a member is from one guarantee item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    /// Nothing published on the item's topics.
    NotDeclared,
    /// The member's offer on the topic has ended: declared as no longer given.
    NotMet,
    /// Something is there, but a pilot, planned, or below the standard.
    Partial,
    /// An available offer meets the standard.
    Met,
}

impl ItemStatus {
    pub fn slug(self) -> &'static str {
        match self {
            ItemStatus::NotDeclared => "not_declared",
            ItemStatus::NotMet => "not_met",
            ItemStatus::Partial => "partial",
            ItemStatus::Met => "met",
        }
    }

    /// The words shown with the colour (never colour alone).
    pub fn label(self) -> &'static str {
        match self {
            ItemStatus::NotDeclared => "Not declared",
            ItemStatus::NotMet => "Not met",
            ItemStatus::Partial => "Partly met",
            ItemStatus::Met => "Met",
        }
    }
}

/// One member's standing on one item, with the offers that show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ItemStanding {
    pub item: String,
    pub status: ItemStatus,
    /// Ids of the offers that justify the status (empty for `not_declared`).
    pub offers: Vec<String>,
    /// Those offers' titles, in the same order, so the evidence reads as words.
    pub offer_titles: Vec<String>,
    /// Why an offer falls short, in English words (e.g. "Runs to age 21. The standard
    /// asks for 25.").
    pub shortfalls: Vec<String>,
    /// The same reasons, to be put in any language ([`Shortfall::words`]).
    #[serde(default)]
    pub reasons: Vec<Shortfall>,
}

/// Why an offer falls short of a guarantee item's standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Shortfall {
    /// The offer has ended.
    Ended,
    /// Only a pilot.
    Pilot,
    /// Planned, not given yet.
    Planned,
    /// It stops at a younger age than the standard asks.
    AgeTo { offered: u8, wanted: u8 },
    /// It reaches fewer care leavers than the standard asks.
    AppliesTo {
        offered: AppliesTo,
        wanted: AppliesTo,
    },
    /// It is worth less a year than the standard asks (in pence).
    Worth { pence_per_year: u64, wanted: u64 },
    /// It does not say what it is worth a year.
    WorthUnstated,
}

impl Shortfall {
    /// The reason in the reader's language.
    pub fn words(self, locale: &Locale) -> String {
        match self {
            Shortfall::Ended => locale.t("board-short-ended"),
            Shortfall::Pilot => locale.t("board-short-pilot"),
            Shortfall::Planned => locale.t("board-short-planned"),
            Shortfall::AgeTo { offered, wanted } => locale.f(
                "board-short-age",
                &[
                    ("offered", Arg::Count(offered.into())),
                    ("wanted", Arg::Count(wanted.into())),
                ],
            ),
            Shortfall::AppliesTo { offered, wanted } => locale.f(
                "board-short-reach",
                &[
                    ("offered", Arg::Text(&applies_to_words(locale, offered))),
                    ("wanted", Arg::Text(&applies_to_words(locale, wanted))),
                ],
            ),
            Shortfall::Worth {
                pence_per_year,
                wanted,
            } => locale.f(
                "board-short-worth",
                &[
                    ("money", Arg::Text(&pounds(pence_per_year))),
                    ("wanted", Arg::Text(&pounds(wanted))),
                ],
            ),
            Shortfall::WorthUnstated => locale.t("board-short-worth-unstated"),
        }
    }
}

/// How one offer measures up to a standard, and why not if it does not.
pub fn assess(offer: &Offer, standard: &Standard) -> (ItemStatus, Vec<Shortfall>) {
    let c = &offer.content;
    match c.status {
        OfferStatus::Ended => return (ItemStatus::NotMet, vec![Shortfall::Ended]),
        OfferStatus::Pilot => return (ItemStatus::Partial, vec![Shortfall::Pilot]),
        OfferStatus::Planned => return (ItemStatus::Partial, vec![Shortfall::Planned]),
        OfferStatus::Available => {}
    }
    let mut shortfalls = Vec::new();
    if let Some(age) = standard.age_to {
        if c.age_to < age {
            shortfalls.push(Shortfall::AgeTo {
                offered: c.age_to,
                wanted: age,
            });
        }
    }
    if let Some(wanted) = standard.applies_to {
        if !reaches(c.applies_to, wanted) {
            shortfalls.push(Shortfall::AppliesTo {
                offered: c.applies_to,
                wanted,
            });
        }
    }
    if let Some(wanted) = standard.amount_pence_per_year {
        let worth = c.value.as_ref().and_then(|v| v.pence_per_year());
        match worth {
            Some(worth) if worth >= wanted => {}
            Some(worth) => shortfalls.push(Shortfall::Worth {
                pence_per_year: worth,
                wanted,
            }),
            None => shortfalls.push(Shortfall::WorthUnstated),
        }
    }
    if shortfalls.is_empty() {
        (ItemStatus::Met, shortfalls)
    } else {
        (ItemStatus::Partial, shortfalls)
    }
}

/// Whether an offer for `offered` reaches the care leavers a standard asks for.
fn reaches(offered: AppliesTo, wanted: AppliesTo) -> bool {
    match wanted {
        AppliesTo::AnyCareLeaverInArea => offered == AppliesTo::AnyCareLeaverInArea,
        AppliesTo::OwnCareLeaversAnywhere => offered == AppliesTo::OwnCareLeaversAnywhere,
        AppliesTo::OwnCareLeaversInArea => matches!(
            offered,
            AppliesTo::OwnCareLeaversInArea
                | AppliesTo::OwnCareLeaversAnywhere
                | AppliesTo::AnyCareLeaverInArea
        ),
        AppliesTo::Unstated => true,
    }
}

/// Whom an offer is for, in the reader's language.
pub fn applies_to_words(locale: &Locale, a: AppliesTo) -> String {
    locale.t(match a {
        AppliesTo::OwnCareLeaversAnywhere => "board-reach-own-anywhere",
        AppliesTo::OwnCareLeaversInArea => "board-reach-own-in-area",
        AppliesTo::AnyCareLeaverInArea => "board-reach-any-in-area",
        AppliesTo::Unstated => "board-reach-unstated",
    })
}

/// A member's standing on an item, from the offers it (or, for a district, its county)
/// publishes on the item's topics. The best offer decides; ties keep every offer.
pub fn standing(item: &GuaranteeItem, offers: &[&Offer]) -> ItemStanding {
    let mut best = ItemStatus::NotDeclared;
    let mut justifying: Vec<(&Offer, Vec<Shortfall>)> = Vec::new();
    for offer in offers
        .iter()
        .filter(|o| item.topics.contains(&o.content.topic))
    {
        let (status, shortfalls) = assess(offer, &item.standard);
        if status > best {
            best = status;
            justifying.clear();
        }
        if status == best {
            justifying.push((offer, shortfalls));
        }
    }
    justifying.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    let reasons: Vec<Shortfall> = justifying.iter().flat_map(|(_, s)| s.clone()).collect();
    ItemStanding {
        item: item.id.clone(),
        status: best,
        offers: justifying.iter().map(|(o, _)| o.id.clone()).collect(),
        offer_titles: justifying
            .iter()
            .map(|(o, _)| o.content.title.clone())
            .collect(),
        shortfalls: reasons
            .iter()
            .map(|r| r.words(&Locale::default()))
            .collect(),
        reasons,
    }
}

/// Whether a review date is older than `stale_after_days` on `today`. No date at all
/// counts as stale: a board cannot rely on an offer no one says was checked.
pub fn is_stale(reviewed: Option<NaiveDate>, today: NaiveDate, stale_after_days: u32) -> bool {
    match reviewed {
        Some(date) => (today - date).num_days() > i64::from(stale_after_days),
        None => true,
    }
}

/// DfE expects a Local Offer to be reviewed every two to three years; two is the default.
pub const DEFAULT_STALE_AFTER_DAYS: u32 = 730;

/// One member's row of the consistency matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MemberStanding {
    pub code: String,
    pub name: String,
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub offer_reviewed: Option<NaiveDate>,
    pub stale: bool,
    pub statuses: Vec<MemberItem>,
}

/// A cell of the matrix as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MemberItem {
    pub item: String,
    pub status: ItemStatus,
    /// Ids of the offers that show the status.
    pub offers: Vec<String>,
    /// Those offers' titles, in the same order (older answers may lack them).
    #[serde(default)]
    pub offer_titles: Vec<String>,
    /// Why the offers fall short, in English words.
    pub shortfalls: Vec<String>,
    /// The same reasons, to be put in any language ([`Shortfall::words`]; older answers
    /// may lack them).
    #[serde(default)]
    pub reasons: Vec<Shortfall>,
    /// A board member's note with evidence, shown beside the computed status.
    pub note: Option<BoardNote>,
}

/// `GET /partnerships/{id}/consistency`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Consistency {
    pub partnership: String,
    /// The partnership record's version: give it back when editing the guarantee or a
    /// note.
    pub version: u64,
    pub name: String,
    pub items: Vec<GuaranteeItem>,
    pub members: Vec<MemberStanding>,
    /// Members' offers not reviewed within the threshold (or never), oldest first.
    pub stale_offers: Vec<StaleOffer>,
}

/// An offer due for review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StaleOffer {
    pub id: String,
    pub authority: String,
    pub title: String,
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub reviewed: Option<NaiveDate>,
}

/// The whole matrix: every member against every item of `partnership` (at record
/// `version`). `offers_of` gives an authority's current offers; `authority` looks one up
/// (for names and a district's county).
pub fn consistency<'a>(
    partnership: &Partnership,
    version: u64,
    authority: impl Fn(&str) -> Option<&'a Authority>,
    offers_of: impl Fn(&str) -> Vec<&'a Offer>,
    today: NaiveDate,
    stale_after_days: u32,
) -> Consistency {
    let mut stale_offers: Vec<StaleOffer> = partnership
        .members
        .iter()
        .flat_map(|code| offers_of(code))
        .filter(|o| is_stale(o.content.reviewed, today, stale_after_days))
        .map(|o| StaleOffer {
            id: o.id.clone(),
            authority: o.authority.clone(),
            title: o.content.title.clone(),
            reviewed: o.content.reviewed,
        })
        .collect();
    stale_offers.sort_by(|a, b| (a.reviewed, &a.id).cmp(&(b.reviewed, &b.id)));
    let members = partnership
        .members
        .iter()
        .map(|code| {
            let found = authority(code);
            let mut offers = offers_of(code);
            // Someone living in a district lives in its county: its offers count too.
            if let Some(county) = found.and_then(|a| crate::place::county_of(a, &authority)) {
                offers.extend(offers_of(&county.code));
            }
            let reviewed = found.and_then(|a| a.offer_reviewed);
            MemberStanding {
                code: code.clone(),
                name: found.map_or_else(|| code.clone(), |a| a.name.clone()),
                offer_reviewed: reviewed,
                stale: is_stale(reviewed, today, stale_after_days),
                statuses: partnership
                    .guarantee
                    .iter()
                    .map(|item| {
                        let s = standing(item, &offers);
                        MemberItem {
                            item: s.item,
                            status: s.status,
                            offers: s.offers,
                            offer_titles: s.offer_titles,
                            shortfalls: s.shortfalls,
                            reasons: s.reasons,
                            note: partnership.note(code, &item.id).cloned(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    Consistency {
        partnership: partnership.id.clone(),
        version,
        name: partnership.name.clone(),
        items: partnership.guarantee.clone(),
        members,
        stale_offers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offer::test_offer;

    fn offer(id: &str, status: OfferStatus, applies_to: AppliesTo, age_to: u8) -> Offer {
        let mut offer = test_offer(id, "E08000009", "travel");
        offer.content.status = status;
        offer.content.applies_to = applies_to;
        offer.content.age_to = age_to;
        offer
    }

    fn item(age_to: Option<u8>, applies_to: Option<AppliesTo>) -> GuaranteeItem {
        GuaranteeItem {
            status: Default::default(),
            id: "free-travel".into(),
            title: "Free travel".into(),
            topics: vec!["travel".into()],
            standard: Standard {
                text: "t".into(),
                age_to,
                applies_to,
                amount_pence_per_year: None,
            },
            source: None,
        }
    }

    #[test]
    fn travel_to_21_against_an_ambition_of_25_is_partial_and_says_why() {
        let o = offer(
            "t21",
            OfferStatus::Available,
            AppliesTo::AnyCareLeaverInArea,
            21,
        );
        let s = standing(&item(Some(25), None), &[&o]);
        assert_eq!(s.status, ItemStatus::Partial);
        assert_eq!(s.offers, vec!["t21"]);
        assert_eq!(s.offer_titles, vec![o.content.title.clone()]);
        assert_eq!(
            s.shortfalls,
            vec!["Runs to age 21. The standard asks for 25."]
        );
        assert_eq!(
            s.reasons,
            vec![Shortfall::AgeTo {
                offered: 21,
                wanted: 25
            }]
        );
        let o25 = offer(
            "t25",
            OfferStatus::Available,
            AppliesTo::AnyCareLeaverInArea,
            25,
        );
        let s = standing(&item(Some(25), None), &[&o, &o25]);
        assert_eq!(
            (s.status, s.offers),
            (ItemStatus::Met, vec!["t25".to_string()])
        );
    }

    #[test]
    fn status_and_reach_decide_the_rest() {
        let any = Some(AppliesTo::AnyCareLeaverInArea);
        let cases = [
            (
                OfferStatus::Available,
                AppliesTo::AnyCareLeaverInArea,
                ItemStatus::Met,
            ),
            (
                OfferStatus::Available,
                AppliesTo::OwnCareLeaversInArea,
                ItemStatus::Partial,
            ),
            (
                OfferStatus::Available,
                AppliesTo::Unstated,
                ItemStatus::Partial,
            ),
            (
                OfferStatus::Pilot,
                AppliesTo::AnyCareLeaverInArea,
                ItemStatus::Partial,
            ),
            (
                OfferStatus::Planned,
                AppliesTo::AnyCareLeaverInArea,
                ItemStatus::Partial,
            ),
            (
                OfferStatus::Ended,
                AppliesTo::AnyCareLeaverInArea,
                ItemStatus::NotMet,
            ),
        ];
        for (status, applies_to, expected) in cases {
            let o = offer("o", status, applies_to, 25);
            assert_eq!(
                standing(&item(Some(25), any), &[&o]).status,
                expected,
                "{status:?} {applies_to:?}"
            );
        }
        assert_eq!(
            standing(&item(None, None), &[]).status,
            ItemStatus::NotDeclared
        );
        let mut other_topic = offer("o", OfferStatus::Available, AppliesTo::Unstated, 25);
        other_topic.content.topic = "wifi".into();
        assert_eq!(
            standing(&item(None, None), &[&other_topic]).status,
            ItemStatus::NotDeclared
        );
    }

    #[test]
    fn staleness_follows_the_threshold_on_a_fixed_day() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let two_years_ago = NaiveDate::from_ymd_opt(2024, 11, 25).unwrap();
        assert!(!is_stale(Some(two_years_ago), today, 730));
        assert!(is_stale(Some(two_years_ago), today, 729));
        assert!(is_stale(None, today, 730));
    }
}
