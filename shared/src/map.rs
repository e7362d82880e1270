//! The map of England: every upper-tier area (a county, a unitary council, a metropolitan
//! district or a London borough) put in one class for one question, so a care leaver or
//! a board can see where the answer differs. The one home of the rules that turn an
//! answer into a class on the map:
//!
//! - **A topic** ([`topic_map`]): what the area's councils give a care leaver of that age
//!   living there, read offer by offer with the registry's own rules (an offer's ages,
//!   conditions and status, whom its `applies_to` reaches:
//!   [`crate::AppliesTo::reaches_when`]).
//!   Someone from anywhere living there is asked first, then one of the council's own care
//!   leavers. Council tax tells a full exemption from a discount; the setting-up-home
//!   grant is put in bands of pounds. Where nothing is held on the topic but the law gives
//!   it at that age, the area shows what the law gives: the same everywhere.
//! - **A county with districts** answers as its districts do when they all agree (each
//!   district with the county's own offers), else it "differs by district": the map draws
//!   no district boundaries.
//! - **A move** ([`move_class`]): the comparison's own answer for that pair
//!   ([`crate::compare::compare`]), summed up: more, less, some of each, the same, to ask,
//!   or not held.
//! - **A partnership's guarantee item** ([`board_map`]): each member in the status the
//!   board's matrix gives it ([`crate::consistency`]): met, partly met, not met, not
//!   declared.
//! - A council whose own offer is not held (or that the registry does not know) is **not
//!   held**, never "nothing": [`crate::coverage`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::compare::{Change, Comparison};
use crate::consistency::{Consistency, ItemStatus};
use crate::coverage::{coverage, Held};
use crate::law::LawRecord;
use crate::offer::{CouncilTaxRelief, Reach, Standing};
use crate::place::districts_of;
use crate::query::{Query, QueryError};
use crate::topic::{topic, Topic};
use crate::value::pounds;
use crate::words::{Arg, Locale};
use crate::{Authority, Circumstance, Offer, OfferStatus};

/// `GET /api/v1/map?topic=&from=&age=&circumstances=` after parsing: a topic's map, or
/// (with `from`) what moving from that council changes, on every topic or on `topic`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MapRequest {
    /// A topic's slug (`council-tax`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// GSS code of the council that looked after the young person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    pub age: u8,
    #[serde(default)]
    pub circumstances: Vec<Circumstance>,
}

impl MapRequest {
    /// The parameters `/map` and `/api/v1/map` take.
    pub const PARAMETERS: &'static [&'static str] = &["topic", "from", "age", "circumstances"];

    /// Reads a map's query: an age, and a topic or a council to move from (or both).
    pub fn from_query(q: &Query) -> Result<MapRequest, QueryError> {
        let topic = match q.text("topic") {
            None => None,
            Some(slug) => Some(
                topic(slug.trim())
                    .ok_or_else(|| {
                        QueryError::new("topic", "Give a topic the registry knows, such as council-tax (GET /api/v1/topics lists them).")
                    })?
                    .slug
                    .to_string(),
            ),
        };
        let from = q.text("from").map(|f| f.trim().to_ascii_uppercase());
        if topic.is_none() && from.is_none() {
            return Err(QueryError::new(
                "topic",
                "Give 'topic' (such as council-tax), or 'from' (the ONS code of the council that looked after you, such as E08000030), or both.",
            ));
        }
        q.required("age", "your age, from 16 to 25")?;
        let age = q.age("age")?.unwrap_or(crate::MIN_AGE);
        Ok(MapRequest {
            topic,
            from,
            age,
            circumstances: q.circumstances("circumstances")?,
        })
    }
}

/// The class of an area on one map. A map's key lists the classes it can show
/// ([`key`]), each with a label that never relies on colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MapClass {
    /// A firm yes for any care leaver living there.
    Anyone,
    /// A firm yes only for the council's own care leavers.
    OwnOnly,
    /// Council tax: a full exemption for any care leaver living there.
    ExemptAnyone,
    /// Council tax: a full exemption only for its own care leavers.
    ExemptOwn,
    /// Council tax: help short of a full exemption (a discount, a refund).
    Discount,
    /// A grant of £4,000 or more.
    #[serde(rename = "from_4000")]
    From4000,
    /// A grant of £3,000 to £3,999.
    #[serde(rename = "from_3000")]
    From3000,
    /// A grant of less than £3,000.
    #[serde(rename = "under_3000")]
    Under3000,
    /// A grant given, with no certain amount stated.
    AmountNotStated,
    /// Nothing certain: whom it is for is unstated, or it is a pilot or planned.
    Ask,
    /// Nothing held on the topic beyond what the law gives everyone.
    LawOnly,
    /// The council's offer is held and says nothing on the topic for this age.
    Nothing,
    /// A county whose districts answer differently.
    Varies,
    /// Nothing of the council's own offer is held.
    NotHeld,
    /// Moving there: more than staying, nothing less.
    More,
    /// Moving there: some more, some less.
    Mixed,
    /// Moving there: less than staying, nothing more.
    Less,
    /// Moving there: nothing certain changes.
    Same,
    /// Where the young person lives now (the council that looked after them).
    Home,
    /// A partnership member that meets a guarantee item.
    Met,
    /// A member with something on the item short of it (a pilot, planned, below the standard).
    Partial,
    /// A member whose offer on the item has ended.
    NotMet,
    /// A member with nothing published on the item.
    NotDeclared,
}

impl MapClass {
    pub fn slug(self) -> &'static str {
        match self {
            MapClass::Anyone => "anyone",
            MapClass::OwnOnly => "own_only",
            MapClass::ExemptAnyone => "exempt_anyone",
            MapClass::ExemptOwn => "exempt_own",
            MapClass::Discount => "discount",
            MapClass::From4000 => "from_4000",
            MapClass::From3000 => "from_3000",
            MapClass::Under3000 => "under_3000",
            MapClass::AmountNotStated => "amount_not_stated",
            MapClass::Ask => "ask",
            MapClass::LawOnly => "law_only",
            MapClass::Nothing => "nothing",
            MapClass::Varies => "varies",
            MapClass::NotHeld => "not_held",
            MapClass::More => "more",
            MapClass::Mixed => "mixed",
            MapClass::Less => "less",
            MapClass::Same => "same",
            MapClass::Home => "home",
            MapClass::Met => "met",
            MapClass::Partial => "partial",
            MapClass::NotMet => "not_met",
            MapClass::NotDeclared => "not_declared",
        }
    }

    /// The id of the message naming the class (the board's statuses share the board's).
    pub fn message(self) -> String {
        match self {
            MapClass::Met => format!("board-status-{}", ItemStatus::Met.slug()),
            MapClass::Partial => format!("board-status-{}", ItemStatus::Partial.slug()),
            MapClass::NotMet => format!("board-status-{}", ItemStatus::NotMet.slug()),
            MapClass::NotDeclared => format!("board-status-{}", ItemStatus::NotDeclared.slug()),
            other => format!("map-class-{}", other.slug()),
        }
    }

    /// What the class says, in the reader's language: the key's label and each area's
    /// answer.
    pub fn name(self, locale: &Locale) -> String {
        locale.t(&self.message())
    }
}

/// One class of a map's key and how many areas are in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ClassCount {
    pub class: MapClass,
    pub label: String,
    pub count: usize,
}

/// One area of the map and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AreaAnswer {
    /// ONS code of the area (December 2023).
    pub code: String,
    pub name: String,
    pub class: MapClass,
    /// The answer in words (the class's label, with an amount where there is one).
    pub answer: String,
    /// The newest date the council's held offer gives; null when none is held.
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub as_of: Option<NaiveDate>,
}

/// `GET /api/v1/map`: every area's class, and the key with the count of areas per class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MapAnswer {
    /// The question the map answers, in words.
    pub question: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    pub age: u8,
    pub circumstances: Vec<Circumstance>,
    /// Every class this map can show, in the key's order, with its count (zero included).
    pub key: Vec<ClassCount>,
    /// Every area, in the order given (by ONS code).
    pub areas: Vec<AreaAnswer>,
    /// What a reader should know: what the law gives everywhere, how counties are drawn.
    pub notes: Vec<String>,
    /// The titles of the laws the first note speaks of, as published (English).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub laws: Vec<String>,
}

/// The records a topic map reads.
#[derive(Debug, Clone, Copy)]
pub struct MapData<'a> {
    pub authorities: &'a [Authority],
    /// Offers of any status, of every council.
    pub offers: &'a [Offer],
    pub law: &'a [LawRecord],
}

/// Whether the topic is told in bands of pounds.
fn banded(topic: &Topic) -> bool {
    topic.slug == "setting-up-home-grant"
}

/// The classes a map can show, in the key's order.
pub fn key(topic: Option<&Topic>, moving: bool, law_gives: bool) -> Vec<MapClass> {
    use MapClass::*;
    let mut classes = match (moving, topic) {
        (true, _) => return vec![More, Mixed, Less, Same, Ask, Nothing, NotHeld, Home],
        (false, Some(t)) if t.slug == "council-tax" => vec![ExemptAnyone, ExemptOwn, Discount],
        (false, Some(t)) if banded(t) => vec![From4000, From3000, Under3000, AmountNotStated],
        (false, _) => vec![Anyone, OwnOnly],
    };
    classes.extend([
        Ask,
        if law_gives { LawOnly } else { Nothing },
        Varies,
        NotHeld,
    ]);
    classes
}

/// The law's records on `topic` that reach someone of `age`: the same wherever they live.
pub fn law_on<'a>(law: &'a [LawRecord], topic: &str, age: u8) -> Vec<&'a LawRecord> {
    law.iter()
        .filter(|r| r.topic == topic && r.status != OfferStatus::Ended)
        .filter(|r| (r.age_from..=r.age_to).contains(&age))
        .collect()
}

/// A topic's map: each of `areas` (ONS code and name) in its class for a care leaver of
/// `age` with `circumstances` living there.
pub fn topic_map(
    areas: &[(String, String)],
    data: &MapData,
    topic: &Topic,
    age: u8,
    circumstances: &[Circumstance],
    locale: &Locale,
) -> MapAnswer {
    let held = coverage(data.authorities, data.offers);
    let law = law_on(data.law, topic.slug, age);
    let classes = key(Some(topic), false, !law.is_empty());
    let answers: Vec<AreaAnswer> = areas
        .iter()
        .map(|(code, name)| {
            let council = held.councils.iter().find(|c| &c.code == code);
            let (class, amount) = match council {
                Some(c) if c.held != Held::None => {
                    area_class(code, data, topic, age, circumstances, !law.is_empty())
                }
                _ => (MapClass::NotHeld, None),
            };
            AreaAnswer {
                code: code.clone(),
                name: name.clone(),
                class,
                answer: match amount {
                    Some(p) => locale.f(
                        "map-answer-amount",
                        &[
                            ("answer", Arg::Text(&class.name(locale))),
                            ("amount", Arg::Text(&pounds(p))),
                        ],
                    ),
                    None => class.name(locale),
                },
                as_of: council.and_then(|c| c.as_of),
            }
        })
        .collect();
    let mut notes = Vec::new();
    if !law.is_empty() {
        notes.push(locale.f("map-note-law", &[("age", Arg::Count(age.into()))]));
    }
    if topic.slug == "council-tax" {
        notes.push(locale.f(
            "map-note-council-tax",
            &[("varies", Arg::Text(&MapClass::Varies.name(locale)))],
        ));
    }
    MapAnswer {
        question: locale.f(
            "map-question-topic",
            &[
                ("topic", Arg::Text(&topic.name(locale))),
                ("age", Arg::Count(age.into())),
            ],
        ),
        topic: Some(topic.slug.to_string()),
        from: None,
        age,
        circumstances: circumstances.to_vec(),
        key: count(&classes, &answers, locale),
        areas: answers,
        notes,
        laws: law.iter().map(|r| r.title.clone()).collect(),
    }
}

/// The key's classes with the number of areas in each.
fn count(classes: &[MapClass], areas: &[AreaAnswer], locale: &Locale) -> Vec<ClassCount> {
    classes
        .iter()
        .map(|&class| ClassCount {
            class,
            label: class.name(locale),
            count: areas.iter().filter(|a| a.class == class).count(),
        })
        .collect()
}

/// An area's class: its council's offers, and for a county with districts each district
/// with the county (the same class in every district, else [`MapClass::Varies`]). The
/// amount is the grant's, for banded topics.
fn area_class(
    code: &str,
    data: &MapData,
    topic: &Topic,
    age: u8,
    circumstances: &[Circumstance],
    law_gives: bool,
) -> (MapClass, Option<u64>) {
    let districts: Vec<&Authority> = districts_of(code, data.authorities)
        .filter(|d| d.replaced_on.is_none())
        .collect();
    let of = |councils: &[&str]| {
        let offers = data
            .offers
            .iter()
            .filter(|o| councils.contains(&o.authority.as_str()));
        class_of(offers, topic, age, circumstances, law_gives)
    };
    if districts.is_empty() {
        return of(&[code]);
    }
    let mut answers = districts.iter().map(|d| of(&[code, d.code.as_str()]));
    let first = answers.next().unwrap_or((MapClass::Nothing, None));
    if answers.all(|a| a.0 == first.0) {
        first
    } else {
        (MapClass::Varies, None)
    }
}

/// The class a set of offers (one place's councils) gives a topic.
fn class_of<'a>(
    offers: impl Iterator<Item = &'a Offer>,
    topic: &Topic,
    age: u8,
    circumstances: &[Circumstance],
    law_gives: bool,
) -> (MapClass, Option<u64>) {
    let anyone = Standing {
        own: false,
        lives_here: true,
    };
    let own = Standing {
        own: true,
        lives_here: true,
    };
    let (mut firm_anyone, mut firm_own, mut hopeful) = (Vec::new(), Vec::new(), false);
    for o in offers {
        let c = &o.content;
        if c.topic != topic.slug || c.status == OfferStatus::Ended || !o.covers_age(age) {
            continue;
        }
        // An offer needing a circumstance they did not give is not theirs.
        if Circumstance::unmet(&c.conditions, circumstances).is_none_or(|u| !u.is_empty()) {
            continue;
        }
        for (standing, firm) in [(anyone, &mut firm_anyone), (own, &mut firm_own)] {
            match c.applies_to.reaches_when(o.delivery(), standing) {
                Reach::Yes if c.status.is_available() => firm.push(o),
                Reach::No => {}
                _ => hopeful = true,
            }
        }
    }
    let neither = if hopeful {
        MapClass::Ask
    } else if law_gives {
        MapClass::LawOnly
    } else {
        MapClass::Nothing
    };
    if topic.slug == "council-tax" {
        let exempt = |o: &&Offer| {
            o.content
                .council_tax
                .is_some_and(|t| t.relief == CouncilTaxRelief::FullExemption)
                || o.content.value.as_ref().and_then(|v| v.percent) == Some(100)
        };
        let class = if firm_anyone.iter().any(exempt) {
            MapClass::ExemptAnyone
        } else if firm_own.iter().any(exempt) {
            MapClass::ExemptOwn
        } else if !firm_own.is_empty() || !firm_anyone.is_empty() {
            MapClass::Discount
        } else {
            neither
        };
        return (class, None);
    }
    if banded(topic) {
        // What one of its own care leavers certainly gets: the most any firm offer gives.
        let amount = firm_own
            .iter()
            .chain(&firm_anyone)
            .filter_map(|o| o.content.value.as_ref())
            .filter_map(|v| crate::value::once(v.certain_pence(), v.per))
            .max();
        let class = match amount {
            Some(p) if p >= 400_000 => MapClass::From4000,
            Some(p) if p >= 300_000 => MapClass::From3000,
            Some(_) => MapClass::Under3000,
            None if !firm_own.is_empty() || !firm_anyone.is_empty() => MapClass::AmountNotStated,
            None => neither,
        };
        return (class, amount);
    }
    let class = if !firm_anyone.is_empty() {
        MapClass::Anyone
    } else if !firm_own.is_empty() {
        MapClass::OwnOnly
    } else {
        neither
    };
    (class, None)
}

/// What moving changes, from the comparison for that pair: on `topic` (its row's change)
/// or overall (its summary). A destination none of whose councils' own offer is held is
/// not held, whatever the law and partnerships give there.
pub fn move_class(c: &Comparison, topic: Option<&str>) -> MapClass {
    if c.from.code == c.to.code {
        return MapClass::Home;
    }
    let destination = std::iter::once(&c.to).chain(c.to_county.as_ref());
    let held = destination
        .filter_map(|a| c.as_of.iter().find(|s| s.code == a.code))
        .any(|s| s.date.is_some());
    if !held {
        return MapClass::NotHeld;
    }
    let (more, less, ask) = match topic {
        Some(slug) => match c.rows.iter().find(|r| r.topic == slug).map(|r| r.change) {
            None => return MapClass::Nothing,
            Some(Change::Gain | Change::Better) => (true, false, false),
            Some(Change::Loss | Change::Worse) => (false, true, false),
            Some(Change::Ask) => (false, false, true),
            Some(Change::Same | Change::Depends) => (false, false, false),
        },
        None => {
            let s = &c.summary;
            (s.gain + s.better > 0, s.loss + s.worse > 0, s.ask > 0)
        }
    };
    match (more, less) {
        (true, true) => MapClass::Mixed,
        (true, false) => MapClass::More,
        (false, true) => MapClass::Less,
        (false, false) if ask => MapClass::Ask,
        (false, false) => MapClass::Same,
    }
}

/// The map of a move from `from`: each area in the class [`move_class`] gives the
/// comparison `compare_to` returns for it (none: a council the registry does not know,
/// not held).
pub fn move_map(
    areas: &[(String, String)],
    from: &Authority,
    topic: Option<&Topic>,
    age: u8,
    circumstances: &[Circumstance],
    locale: &Locale,
    mut compare_to: impl FnMut(&str) -> Option<Comparison>,
) -> MapAnswer {
    let classes = key(topic, true, false);
    let answers: Vec<AreaAnswer> = areas
        .iter()
        .map(|(code, name)| {
            let comparison = compare_to(code);
            let class = comparison
                .as_ref()
                .map_or(MapClass::NotHeld, |c| move_class(c, topic.map(|t| t.slug)));
            let as_of = comparison.as_ref().and_then(|c| {
                c.as_of
                    .iter()
                    .filter(|s| {
                        s.code == c.to.code
                            || Some(&s.code) == c.to_county.as_ref().map(|t| &t.code)
                    })
                    .filter_map(|s| s.date)
                    .max()
            });
            AreaAnswer {
                code: code.clone(),
                name: name.clone(),
                class,
                answer: class.name(locale),
                as_of,
            }
        })
        .collect();
    let what = topic.map_or_else(|| locale.t("map-question-everything"), |t| t.name(locale));
    MapAnswer {
        question: locale.f(
            "map-question-move",
            &[
                ("what", Arg::Text(&what)),
                ("council", Arg::Text(&from.name)),
                ("age", Arg::Count(age.into())),
            ],
        ),
        topic: topic.map(|t| t.slug.to_string()),
        from: Some(from.code.clone()),
        age,
        circumstances: circumstances.to_vec(),
        key: count(&classes, &answers, locale),
        areas: answers,
        notes: vec![locale.f("map-note-move", &[("council", Arg::Text(&from.name))])],
        laws: Vec::new(),
    }
}

/// A partnership's members on the map, each in its status on the guarantee item `item`
/// (as the board's matrix gives it). Only members are areas; a member the map does not
/// draw (not an upper-tier area of December 2023) is still listed. `None` for an item the
/// guarantee does not hold.
pub fn board_map(
    areas: &[(String, String)],
    consistency: &Consistency,
    item: &str,
    locale: &Locale,
) -> Option<MapAnswer> {
    let at = consistency.items.iter().position(|i| i.id == item)?;
    let title = &consistency.items[at].title;
    let classes = vec![
        MapClass::Met,
        MapClass::Partial,
        MapClass::NotMet,
        MapClass::NotDeclared,
    ];
    let answers: Vec<AreaAnswer> = consistency
        .members
        .iter()
        .map(|m| {
            let class = match m.statuses.get(at).map(|s| s.status) {
                Some(ItemStatus::Met) => MapClass::Met,
                Some(ItemStatus::Partial) => MapClass::Partial,
                Some(ItemStatus::NotMet) => MapClass::NotMet,
                Some(ItemStatus::NotDeclared) | None => MapClass::NotDeclared,
            };
            let name = areas
                .iter()
                .find(|(code, _)| *code == m.code)
                .map_or(m.name.clone(), |(_, n)| n.clone());
            AreaAnswer {
                code: m.code.clone(),
                name,
                class,
                answer: class.name(locale),
                as_of: m.offer_reviewed,
            }
        })
        .collect();
    Some(MapAnswer {
        question: locale.f(
            "map-question-board",
            &[
                ("partnership", Arg::Text(&consistency.name)),
                ("item", Arg::Text(title)),
            ],
        ),
        topic: None,
        from: None,
        age: crate::MIN_AGE,
        circumstances: Vec::new(),
        key: count(&classes, &answers, locale),
        areas: answers,
        notes: Vec::new(),
        laws: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authority::{test_authority, Tier};
    use crate::offer::{test_offer, AppliesTo, CouncilTaxTerms};
    use crate::Value;

    fn areas() -> Vec<(String, String)> {
        ["E06000054", "E08000030", "E10000018", "E06000001"]
            .iter()
            .map(|c| (c.to_string(), c.to_string()))
            .collect()
    }

    fn councils() -> Vec<Authority> {
        vec![
            test_authority("E06000054", "Wiltshire", Tier::Unitary, None, &[]),
            test_authority(
                "E08000030",
                "Walsall",
                Tier::MetropolitanDistrict,
                None,
                &[],
            ),
            test_authority("E10000018", "Leicestershire", Tier::County, None, &[]),
            test_authority("E07000129", "Blaby", Tier::District, Some("E10000018"), &[]),
            test_authority(
                "E07000130",
                "Charnwood",
                Tier::District,
                Some("E10000018"),
                &[],
            ),
        ]
    }

    fn exemption(id: &str, council: &str, applies_to: AppliesTo) -> Offer {
        let mut o = test_offer(id, council, "council-tax");
        o.content.applies_to = applies_to;
        o.content.council_tax = Some(CouncilTaxTerms {
            relief: CouncilTaxRelief::FullExemption,
            shared_households: None,
        });
        o
    }

    fn class_in(map: &MapAnswer, code: &str) -> MapClass {
        map.areas
            .iter()
            .find(|a| a.code == code)
            .map(|a| a.class)
            .unwrap()
    }

    fn council_tax() -> &'static Topic {
        topic("council-tax").unwrap()
    }

    #[test]
    fn council_tax_exemption_tells_anyone_from_its_own_care_leavers_only() {
        let offers = vec![
            exemption("a", "E06000054", AppliesTo::AnyCareLeaverInArea),
            exemption("b", "E08000030", AppliesTo::OwnCareLeaversInArea),
        ];
        let data = MapData {
            authorities: &councils(),
            offers: &offers,
            law: &[],
        };
        let map = topic_map(&areas(), &data, council_tax(), 18, &[], &Locale::default());
        assert_eq!(class_in(&map, "E06000054"), MapClass::ExemptAnyone);
        assert_eq!(class_in(&map, "E08000030"), MapClass::ExemptOwn);
    }

    #[test]
    fn a_council_whose_offer_is_not_held_is_not_held_never_nothing() {
        let offers = vec![exemption("a", "E06000054", AppliesTo::AnyCareLeaverInArea)];
        let data = MapData {
            authorities: &councils(),
            offers: &offers,
            law: &[],
        };
        let map = topic_map(&areas(), &data, council_tax(), 18, &[], &Locale::default());
        assert_eq!(class_in(&map, "E08000030"), MapClass::NotHeld);
        // Unknown to the registry: not held either.
        assert_eq!(class_in(&map, "E06000001"), MapClass::NotHeld);
    }

    #[test]
    fn an_offer_ending_before_the_age_asked_is_not_counted() {
        let mut young = exemption("a", "E06000054", AppliesTo::AnyCareLeaverInArea);
        young.content.age_to = 21;
        let other = test_offer("b", "E06000054", "bank-account");
        let offers = vec![young, other];
        let data = MapData {
            authorities: &councils(),
            offers: &offers,
            law: &[],
        };
        assert_eq!(
            class_in(
                &topic_map(&areas(), &data, council_tax(), 21, &[], &Locale::default()),
                "E06000054"
            ),
            MapClass::ExemptAnyone
        );
        assert_eq!(
            class_in(
                &topic_map(&areas(), &data, council_tax(), 22, &[], &Locale::default()),
                "E06000054"
            ),
            MapClass::Nothing
        );
    }

    #[test]
    fn an_offer_that_does_not_say_whom_it_is_for_is_an_ask() {
        let offers = vec![exemption("a", "E06000054", AppliesTo::Unstated)];
        let data = MapData {
            authorities: &councils(),
            offers: &offers,
            law: &[],
        };
        let map = topic_map(&areas(), &data, council_tax(), 18, &[], &Locale::default());
        // Unstated reaches its own care leaver living there in every reading.
        assert_eq!(class_in(&map, "E06000054"), MapClass::ExemptOwn);
        let mut pilot = exemption("a", "E06000054", AppliesTo::AnyCareLeaverInArea);
        pilot.content.status = OfferStatus::Pilot;
        let offers = vec![pilot];
        let data = MapData {
            authorities: &councils(),
            offers: &offers,
            law: &[],
        };
        let map = topic_map(&areas(), &data, council_tax(), 18, &[], &Locale::default());
        assert_eq!(class_in(&map, "E06000054"), MapClass::Ask);
    }

    #[test]
    fn a_county_shows_its_districts_answer_only_where_they_all_agree() {
        let both = vec![
            exemption("a", "E07000129", AppliesTo::AnyCareLeaverInArea),
            exemption("b", "E07000130", AppliesTo::AnyCareLeaverInArea),
        ];
        let data = MapData {
            authorities: &councils(),
            offers: &both,
            law: &[],
        };
        let map = topic_map(&areas(), &data, council_tax(), 18, &[], &Locale::default());
        assert_eq!(class_in(&map, "E10000018"), MapClass::ExemptAnyone);
        let one = vec![
            exemption("a", "E07000129", AppliesTo::AnyCareLeaverInArea),
            test_offer("b", "E07000130", "bank-account"),
        ];
        let data = MapData {
            authorities: &councils(),
            offers: &one,
            law: &[],
        };
        let map = topic_map(&areas(), &data, council_tax(), 18, &[], &Locale::default());
        assert_eq!(class_in(&map, "E10000018"), MapClass::Varies);
    }

    #[test]
    fn the_setting_up_home_grant_is_banded_by_its_certain_amount() {
        let grant = |id: &str, council: &str, pence: u64, up_to: bool| {
            let mut o = test_offer(id, council, "setting-up-home-grant");
            o.content.value = Some(Value {
                amount_pence: Some(pence),
                up_to,
                ..Value::default()
            });
            o
        };
        let offers = vec![
            grant("a", "E06000054", 300_000, false),
            grant("b", "E08000030", 450_000, true),
        ];
        let data = MapData {
            authorities: &councils(),
            offers: &offers,
            law: &[],
        };
        let t = topic("setting-up-home-grant").unwrap();
        let map = topic_map(&areas(), &data, t, 18, &[], &Locale::default());
        assert_eq!(class_in(&map, "E06000054"), MapClass::From3000);
        assert!(map.areas[0].answer.contains("£3,000"));
        // "Up to £4,500" is not an amount anyone certainly gets.
        assert_eq!(class_in(&map, "E08000030"), MapClass::AmountNotStated);
    }

    #[test]
    fn the_key_counts_every_area_once() {
        let offers = vec![exemption("a", "E06000054", AppliesTo::AnyCareLeaverInArea)];
        let data = MapData {
            authorities: &councils(),
            offers: &offers,
            law: &[],
        };
        let map = topic_map(&areas(), &data, council_tax(), 18, &[], &Locale::default());
        assert_eq!(
            map.key.iter().map(|k| k.count).sum::<usize>(),
            areas().len()
        );
        assert_eq!(map.key[0].class, MapClass::ExemptAnyone);
        assert_eq!(map.key[0].count, 1);
    }

    #[test]
    fn a_boards_map_puts_each_member_in_its_status_on_the_item() {
        use crate::consistency::{MemberItem, MemberStanding};
        use crate::partnership::{GuaranteeItem, Standard};
        let item = |id: &str| GuaranteeItem {
            id: id.into(),
            title: format!("{id} title"),
            topics: vec!["council-tax".into()],
            standard: Standard {
                text: "t".into(),
                age_to: None,
                applies_to: None,
                amount_pence_per_year: None,
            },
            source: None,
            status: Default::default(),
        };
        let member = |code: &str, statuses: [ItemStatus; 2]| MemberStanding {
            code: code.into(),
            name: format!("{code} council"),
            offer_reviewed: None,
            stale: false,
            statuses: ["a", "b"]
                .iter()
                .zip(statuses)
                .map(|(i, status)| MemberItem {
                    item: (*i).into(),
                    status,
                    offers: vec![],
                    offer_titles: vec![],
                    shortfalls: vec![],
                    reasons: vec![],
                    note: None,
                })
                .collect(),
        };
        let c = Consistency {
            partnership: "p".into(),
            version: 1,
            name: "P".into(),
            items: vec![item("a"), item("b")],
            members: vec![
                member("E06000054", [ItemStatus::Met, ItemStatus::NotMet]),
                member("E08000030", [ItemStatus::Partial, ItemStatus::NotDeclared]),
            ],
            stale_offers: vec![],
        };
        let map = board_map(&areas(), &c, "b", &Locale::default()).unwrap();
        assert_eq!(class_in(&map, "E06000054"), MapClass::NotMet);
        assert_eq!(class_in(&map, "E08000030"), MapClass::NotDeclared);
        assert_eq!(map.areas.len(), 2, "members only");
        assert_eq!(map.areas[0].answer, "Not met");
        let map = board_map(&areas(), &c, "a", &Locale::default()).unwrap();
        assert_eq!(class_in(&map, "E08000030"), MapClass::Partial);
        assert!(board_map(&areas(), &c, "no-such-item", &Locale::default()).is_none());
    }

    #[test]
    fn every_class_is_named_in_the_api_by_its_slug() {
        use MapClass::*;
        for class in [
            Anyone,
            OwnOnly,
            ExemptAnyone,
            ExemptOwn,
            Discount,
            From4000,
            From3000,
            Under3000,
            AmountNotStated,
            Ask,
            LawOnly,
            Nothing,
            Varies,
            NotHeld,
            More,
            Mixed,
            Less,
            Same,
            Home,
        ] {
            assert_eq!(
                serde_json::to_value(class).unwrap(),
                serde_json::json!(class.slug())
            );
        }
    }

    #[test]
    fn a_request_needs_a_topic_or_a_council_and_an_age() {
        let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
            list.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        let read = |p: &[(String, String)]| {
            MapRequest::from_query(&Query::parse(p, MapRequest::PARAMETERS).unwrap())
        };
        assert_eq!(read(&pairs(&[("age", "18")])).unwrap_err().field, "topic");
        assert_eq!(
            read(&pairs(&[("topic", "council-tax")])).unwrap_err().field,
            "age"
        );
        assert_eq!(
            read(&pairs(&[("topic", "no-such"), ("age", "18")]))
                .unwrap_err()
                .field,
            "topic"
        );
        let r = read(&pairs(&[("from", "e08000030"), ("age", "19")])).unwrap();
        assert_eq!(r.from.as_deref(), Some("E08000030"));
    }
}
