//! How much one entitlement is worth across councils: the value spread a regional board
//! watches so that moving a few miles does not halve a care leaver's setting-up-home grant.
//!
//! Values only compare on a common basis. A weekly and a yearly amount both become pence
//! per year; a one-off grant stays a one-off; counts and percentages compare with their
//! own kind. The basis of a spread is the one most councils' offers use, and offers on
//! another basis are listed without a comparable figure rather than forced into it.

use serde::{Deserialize, Serialize};

use crate::offer::Offer;
use crate::value::Value;

/// The unit in which a spread's values compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SpreadBasis {
    /// A recurring amount, in pence per year.
    PencePerYear,
    /// A one-off amount, in pence.
    PenceOnce,
    /// A count (sessions, weeks, passes), per year where it recurs.
    Count,
    /// A percentage (e.g. of council tax).
    Percent,
}

impl SpreadBasis {
    /// The basis and figure of one value, preferring money over counts and percentages.
    pub fn of(value: &Value) -> Option<(SpreadBasis, u64)> {
        if let Some(p) = value.pence_per_year() {
            return Some((SpreadBasis::PencePerYear, p));
        }
        if let Some(p) = value.pence_once() {
            return Some((SpreadBasis::PenceOnce, p));
        }
        if let Some(c) = value.count {
            let yearly = crate::value::per_year(Some(u64::from(c)), value.per);
            return Some((SpreadBasis::Count, yearly.unwrap_or(u64::from(c))));
        }
        value.percent.map(|p| (SpreadBasis::Percent, u64::from(p)))
    }

    /// Whether figures on this basis are money (and so drawn as a money chart).
    pub fn is_money(self) -> bool {
        matches!(self, SpreadBasis::PencePerYear | SpreadBasis::PenceOnce)
    }
}

/// One authority's value of the topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SpreadValue {
    pub authority: String,
    pub name: String,
    /// The offer the value comes from.
    pub offer: String,
    /// The figure on the spread's basis; `None` when this offer states its value on
    /// another basis (it is listed, but not ranked).
    pub value: Option<u64>,
    /// The value as the offer states it.
    pub stated: Value,
}

/// `GET /topics/{topic}/spread`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Spread {
    pub topic: String,
    /// `None` when no offer on the topic states a value.
    pub basis: Option<SpreadBasis>,
    /// Highest comparable value first; values on another basis last.
    pub values: Vec<SpreadValue>,
    pub min: Option<u64>,
    pub median: Option<u64>,
    pub max: Option<u64>,
}

/// An offer with a stated value, and its figure where it has a basis.
type Valued<'a> = (&'a Offer, &'a Value, Option<(SpreadBasis, u64)>);

/// The spread of `topic` over `offers` (already limited to the authorities wanted).
/// Only available offers count: a pilot's value is not something a care leaver can rely
/// on. Where an authority has several offers on the topic, its best value stands.
/// `name` gives an authority's display name.
pub fn spread<'a>(
    topic: &str,
    offers: impl IntoIterator<Item = &'a Offer>,
    name: impl Fn(&str) -> String,
) -> Spread {
    let valued: Vec<Valued> = offers
        .into_iter()
        .filter(|o| o.content.topic == topic && o.content.status.is_available())
        .filter_map(|o| {
            let v = o.content.value.as_ref()?;
            Some((o, v, SpreadBasis::of(v)))
        })
        .collect();
    // The basis most offers use; ties go to money, then one-offs (the enum's order).
    let mut tally: Vec<(SpreadBasis, usize)> = Vec::new();
    for (_, _, figure) in &valued {
        if let Some((b, _)) = figure {
            match tally.iter_mut().find(|(t, _)| t == b) {
                Some((_, n)) => *n += 1,
                None => tally.push((*b, 1)),
            }
        }
    }
    let basis = tally
        .iter()
        .max_by(|(a, n), (b, m)| n.cmp(m).then(b.cmp(a)))
        .map(|(b, _)| *b);

    // Best value per authority on the basis; the rest listed once each.
    let mut values: Vec<SpreadValue> = Vec::new();
    for (offer, stated, figure) in valued {
        let value = figure.filter(|(b, _)| Some(*b) == basis).map(|(_, n)| n);
        match values.iter_mut().find(|v| v.authority == offer.authority) {
            Some(existing) if value > existing.value => {
                existing.offer = offer.id.clone();
                existing.value = value;
                existing.stated = stated.clone();
            }
            Some(_) => {}
            None => values.push(SpreadValue {
                authority: offer.authority.clone(),
                name: name(&offer.authority),
                offer: offer.id.clone(),
                value,
                stated: stated.clone(),
            }),
        }
    }
    values.sort_by(|a, b| {
        b.value
            .cmp(&a.value)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.authority.cmp(&b.authority))
    });
    let mut figures: Vec<u64> = values.iter().filter_map(|v| v.value).collect();
    figures.sort_unstable();
    Spread {
        topic: topic.to_string(),
        basis,
        min: figures.first().copied(),
        median: median(&figures),
        max: figures.last().copied(),
        values,
    }
}

/// The money charts a regional board sees: for every topic in the vocabulary on which
/// money is stated, the spread across the members' offers or, where no member states an
/// amount, across the whole registry (so the board sees what others give). The members'
/// charts come first.
pub fn board_charts(
    member_offers: &[&Offer],
    all_offers: &[&Offer],
    name: impl Fn(&str) -> String,
) -> Vec<SpreadChart> {
    let mut members = Vec::new();
    let mut registry = Vec::new();
    for topic in crate::TOPICS {
        let ours = spread(topic.slug, member_offers.iter().copied(), &name);
        let (spread, whole_registry) = if ours.min.is_some() {
            (ours, false)
        } else {
            (spread(topic.slug, all_offers.iter().copied(), &name), true)
        };
        if spread.basis.is_some_and(SpreadBasis::is_money) && spread.min.is_some() {
            let chart = SpreadChart {
                label: topic.label.to_string(),
                whole_registry,
                spread,
            };
            if whole_registry {
                registry.push(chart);
            } else {
                members.push(chart);
            }
        }
    }
    members.extend(registry);
    members
}

/// The median of sorted figures; between two middle figures, their mean rounded down.
pub fn median(sorted: &[u64]) -> Option<u64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => {
            let (a, b) = (sorted[n / 2 - 1], sorted[n / 2]);
            Some(a / 2 + b / 2 + (a % 2 + b % 2) / 2)
        }
    }
}

/// One topic's value spread as the board page draws it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SpreadChart {
    /// The topic's plain-English label.
    pub label: String,
    /// True when no member states an amount and the spread is the whole registry's.
    pub whole_registry: bool,
    pub spread: Spread,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offer::{test_offer, OfferStatus};
    use crate::value::Period;

    fn offer(id: &str, authority: &str, status: OfferStatus, value: Value) -> Offer {
        let mut offer = test_offer(id, authority, "setting-up-home-grant");
        offer.content.status = status;
        offer.content.value = Some(value);
        offer
    }

    fn money(pence: u64, per: Period) -> Value {
        Value {
            loan: false,
            up_to: false,
            amount_pence: Some(pence),
            per: Some(per),
            count: None,
            percent: None,
            note: None,
        }
    }

    #[test]
    fn weekly_and_yearly_amounts_compare_per_year() {
        let offers = [
            offer("a", "A", OfferStatus::Available, money(1_000, Period::Week)),
            offer(
                "b",
                "B",
                OfferStatus::Available,
                money(60_000, Period::Year),
            ),
            offer(
                "c",
                "C",
                OfferStatus::Available,
                money(5_000, Period::Month),
            ),
            // A one-off is on another basis: listed, not ranked.
            offer(
                "d",
                "D",
                OfferStatus::Available,
                money(200_000, Period::Once),
            ),
            // A pilot's value is not relied on.
            offer("e", "E", OfferStatus::Pilot, money(900_000, Period::Year)),
        ];
        let s = spread("setting-up-home-grant", &offers, |c| c.to_lowercase());
        assert_eq!(s.basis, Some(SpreadBasis::PencePerYear));
        let ranked: Vec<(&str, Option<u64>)> = s
            .values
            .iter()
            .map(|v| (v.authority.as_str(), v.value))
            .collect();
        assert_eq!(
            ranked,
            vec![
                ("B", Some(60_000)),
                ("C", Some(60_000)),
                ("A", Some(52_000)),
                ("D", None)
            ]
        );
        assert_eq!(
            (s.min, s.median, s.max),
            (Some(52_000), Some(60_000), Some(60_000))
        );
    }

    #[test]
    fn an_authority_counts_once_at_its_best_value() {
        let offers = [
            offer(
                "a1",
                "A",
                OfferStatus::Available,
                money(100_000, Period::Once),
            ),
            offer(
                "a2",
                "A",
                OfferStatus::Available,
                money(250_000, Period::Once),
            ),
            offer(
                "b",
                "B",
                OfferStatus::Available,
                money(200_000, Period::Once),
            ),
        ];
        let s = spread("setting-up-home-grant", &offers, str::to_string);
        assert_eq!(s.values.len(), 2);
        assert_eq!(s.values[0].offer, "a2");
        assert_eq!(s.median, Some(225_000));
    }

    #[test]
    fn board_charts_are_the_members_money_else_the_registrys() {
        let members = [offer(
            "m",
            "M",
            OfferStatus::Available,
            money(1_000, Period::Week),
        )];
        let mut elsewhere = offer(
            "x",
            "X",
            OfferStatus::Available,
            money(50_000, Period::Once),
        );
        elsewhere.content.topic = "higher-education-bursary".into();
        let members: Vec<&Offer> = members.iter().collect();
        let mut all = members.clone();
        all.push(&elsewhere);
        let charts = board_charts(&members, &all, str::to_string);
        let summary: Vec<(&str, bool)> = charts
            .iter()
            .map(|c| (c.spread.topic.as_str(), c.whole_registry))
            .collect();
        assert_eq!(
            summary,
            [
                ("setting-up-home-grant", false),
                ("higher-education-bursary", true)
            ]
        );
    }

    #[test]
    fn median_of_even_and_odd_lists() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3]), Some(3));
        assert_eq!(median(&[1, 2]), Some(1));
        assert_eq!(median(&[1, 3, 9]), Some(3));
        assert_eq!(median(&[u64::MAX, u64::MAX]), Some(u64::MAX));
    }
}
