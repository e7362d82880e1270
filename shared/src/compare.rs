//! The cross-border comparison: "if I, a care leaver looked after by council FROM, move to
//! council TO, what do I keep, gain and lose?" (DESIGN §3, "Who owes what").
//!
//! Every entitlement is owed by someone, and the comparison is about who:
//! - the **responsible authority** ("home": the council that looked after the young person)
//!   owes what its offers say follows them (`own_care_leavers_anywhere`);
//! - the **host authority** (where they live; in two-tier areas the district *and* its
//!   county) owes what it gives any care leaver living there, and what it gives its own
//!   care leavers living there when the young person is one of them;
//! - the host's **partnership** guarantee, and **covenant pledges** covering the host.
//!
//! *stay* lists what the young person gets living in the home area, *move* what they would
//! get living in the destination, and each topic gets a [`Change`]. Pure functions over
//! plain data: no I/O, no clock, no panics for any input (the crate also builds for wasm32).

use std::cmp::Ordering;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::offer::AppliesTo;
use crate::topic::topic;
use crate::value::{once, per_year};
use crate::{
    Authority, Category, Circumstance, Coverage, Offer, OfferStatus, Organisation, Partnership,
    Pledge, PledgeStatus, Tier, Value, MAX_AGE, MIN_AGE,
};

// ---------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------

/// Everything the comparison may need, as the server loaded it. Records not concerning
/// the two places are simply ignored, so passing more than needed is always safe.
#[derive(Debug, Clone, Copy)]
pub struct CompareData<'a> {
    /// At least `from`, `to`, their parent counties and their successors (for notices).
    pub authorities: &'a [Authority],
    /// At least the offers of those authorities, of any status.
    pub offers: &'a [Offer],
    pub partnerships: &'a [Partnership],
    /// Pledges of any status; only published ones count.
    pub pledges: &'a [Pledge],
    pub organisations: &'a [Organisation],
}

/// `GET /api/v1/compare?from=&to=&age=&circumstances=` after the server has parsed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompareRequest {
    /// GSS code of the council that looked after the young person (a district means its
    /// county looked after them and they live in the district).
    pub from: String,
    /// GSS code of the council where they would live.
    pub to: String,
    pub age: u8,
    /// The young person's circumstances. Empty means "not said": conditional entitlements
    /// are then kept, with their conditions shown.
    #[serde(default)]
    pub circumstances: Vec<Circumstance>,
}

/// Why a comparison cannot be made. Each names the request field at fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum CompareError {
    #[error("We do not know the council in \"from\". Use the ONS code of the council that looked after you, such as E08000030 for Walsall.")]
    UnknownFrom,
    #[error("We do not know the council in \"to\". Use the ONS code of the council you might move to, such as E08000009 for Trafford.")]
    UnknownTo,
    #[error("Age must be from 16 to 25: Local Offers cover care leavers aged 16 to 25.")]
    AgeOutOfRange,
    /// `from` is a district whose county (which runs leaving care there) is not known.
    #[error("The council in \"from\" is a district council, which does not look after children, and we could not find its county council. Use the county's ONS code instead.")]
    FromCannotBeResponsible,
}

impl CompareError {
    /// The request field at fault: `from`, `to` or `age`.
    pub fn field(&self) -> &'static str {
        match self {
            CompareError::UnknownFrom | CompareError::FromCannotBeResponsible => "from",
            CompareError::UnknownTo => "to",
            CompareError::AgeOutOfRange => "age",
        }
    }

    /// A stable snake_case code for the API error body, matching the validation codes.
    pub fn code(&self) -> &'static str {
        match self {
            CompareError::UnknownFrom | CompareError::UnknownTo => "unknown_reference",
            CompareError::AgeOutOfRange => "out_of_range",
            CompareError::FromCannotBeResponsible => "invalid_value",
        }
    }
}

// ---------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------

/// Why an entitlement reaches the young person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// Owed by the responsible authority (or, in stay, the home district).
    Home,
    /// Given by the council(s) where they would live.
    Destination,
    /// The guarantee of a partnership the place belongs to.
    Partnership,
    /// A published covenant pledge covering the place.
    Covenant,
}

/// Whether the source says the entitlement is for this young person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// The source says it reaches them.
    Yes,
    /// The source does not say whom it covers (`unstated`): ask.
    Ask,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProviderKind {
    Authority,
    Partnership,
    Organisation,
}

/// Who gives the entitlement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provider {
    #[serde(rename = "type")]
    pub kind: ProviderKind,
    pub id: String,
    pub name: String,
}

/// One thing the young person would get, and why.
///
/// Two independent facts are kept apart rather than folded into one flag:
/// - `status` says whether it runs today (`available`, `pilot`, `planned`, `ended`);
/// - `certainty` says whether the source says it is for this young person (`ask` only
///   when the offer's `applies_to` is `unstated`, or a guarantee's standard says so).
///
/// Only [`Entitlement::is_firm`] (available **and** yes) counts as a yes anywhere in the
/// comparison; a pilot or planned entitlement that is certainly for them is still not a
/// yes, and `ask` then says whom to ask.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entitlement {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pledge: Option<String>,
    /// `partnership-id/item-id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guarantee: Option<String>,
    pub title: String,
    pub summary: String,
    pub provider: Provider,
    pub via: Via,
    pub status: OfferStatus,
    pub certainty: Certainty,
    pub value: Option<Value>,
    pub conditions: Vec<Circumstance>,
    /// Whom to ask, in plain English, whenever this is not a firm yes.
    pub ask: Option<String>,
    /// The last age covered: a tie-break when values are equal. Not part of the JSON.
    #[serde(skip)]
    reach: u8,
}

impl Entitlement {
    /// A firm yes: running today and certainly for this young person.
    pub fn is_firm(&self) -> bool {
        self.status == OfferStatus::Available && self.certainty == Certainty::Yes
    }

    /// Not a yes, but worth asking about: unstated, pilot or planned (not ended).
    fn is_hopeful(&self) -> bool {
        !self.is_firm() && self.status != OfferStatus::Ended
    }
}

/// What moving does to one topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// A firm yes only after moving.
    Gain,
    /// A firm yes only when staying, and nothing to ask about after moving.
    Loss,
    /// Firm yes on both sides, worth the same (or not comparable).
    Same,
    /// Firm yes on both sides, worth more after moving.
    Better,
    /// Firm yes on both sides, worth less after moving.
    Worse,
    /// Something to ask about: unstated, pilot, planned, or no firm yes on either side.
    Ask,
}

/// One topic, side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub topic: String,
    pub label: String,
    pub category: Category,
    pub stay: Vec<Entitlement>,
    #[serde(rename = "move")]
    pub moving: Vec<Entitlement>,
    pub change: Change,
    /// Covenant pledges that count towards the change but are not listed, because a
    /// national registry can hold thousands (search lists them all).
    #[serde(default)]
    pub more_pledges: MorePledges,
}

/// How many covenant pledges each side of a row holds beyond those listed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MorePledges {
    pub stay: usize,
    #[serde(rename = "move")]
    pub moving: usize,
}

/// Covenant pledges listed per side of a row; the rest are counted in `more_pledges`.
/// A row's change weighs the listed pledges: every published pledge is a firm yes, so
/// the unlisted ones could only move the age tie-break.
pub const PLEDGES_LISTED_PER_SIDE: usize = 3;

/// Yearly money of firm entitlements on each side, in pence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoneyPerYear {
    pub stay: u64,
    #[serde(rename = "move")]
    pub moving: u64,
    /// `move - stay`: negative when moving means less money.
    pub difference: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub gain: usize,
    pub loss: usize,
    pub same: usize,
    pub better: usize,
    pub worse: usize,
    pub ask: usize,
    /// Null when neither side has a yearly amount.
    pub money_per_year_pence: Option<MoneyPerYear>,
    /// How money was compared, in plain English.
    pub money_basis: String,
}

/// The answer to `GET /api/v1/compare`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub from: Authority,
    pub to: Authority,
    /// The county over `to` when `to` is a district.
    pub to_county: Option<Authority>,
    pub age: u8,
    pub circumstances: Vec<Circumstance>,
    pub notices: Vec<String>,
    pub rows: Vec<Row>,
    pub summary: Summary,
}

// ---------------------------------------------------------------------------------------
// The comparison
// ---------------------------------------------------------------------------------------

/// Compares staying in the home area with moving to `req.to` (see the module doc).
///
/// Errors, checked in this order: `from` unknown, `from` a district without a known county,
/// `to` unknown, age outside 16..=25.
pub fn compare(data: &CompareData, req: &CompareRequest) -> Result<Comparison, CompareError> {
    let from = find(data, &req.from).ok_or(CompareError::UnknownFrom)?;
    let (responsible, home) = home_place(data, from)?;
    let to = find(data, &req.to).ok_or(CompareError::UnknownTo)?;
    if !(MIN_AGE..=MAX_AGE).contains(&req.age) {
        return Err(CompareError::AgeOutOfRange);
    }
    let destination = Place::of(data, to);

    let mut circumstances = req.circumstances.clone();
    circumstances.sort();
    circumstances.dedup();
    let ctx = Ctx {
        data,
        responsible,
        age: req.age,
        circumstances: &circumstances,
        organisation_names: data
            .organisations
            .iter()
            .map(|o| (o.id.as_str(), o.name.as_str()))
            .collect(),
    };

    let stay = stay_column(&ctx, &home);
    let moving = move_column(&ctx, &home, &destination);
    let rows = rows(stay, moving);
    let summary = summarise(&rows);
    let notices = notices(&ctx, from, &destination);

    Ok(Comparison {
        from: from.clone(),
        to: to.clone(),
        to_county: destination.county.cloned(),
        age: req.age,
        circumstances,
        notices,
        rows,
        summary,
    })
}

/// What every column builder needs to know.
struct Ctx<'a> {
    data: &'a CompareData<'a>,
    /// The council that looked after the young person.
    responsible: &'a Authority,
    age: u8,
    /// Sorted, deduplicated; empty means "not said".
    circumstances: &'a [Circumstance],
    /// Organisation names by id, built once: thousands of pledges look them up.
    organisation_names: std::collections::HashMap<&'a str, &'a str>,
}

impl Ctx<'_> {
    /// Inclusive age range and, when circumstances were given, every condition met.
    fn fits(&self, age_from: u8, age_to: u8, conditions: &[Circumstance]) -> bool {
        age_from <= self.age
            && self.age <= age_to
            && conditions
                .iter()
                .all(|c| c.may_be_met_by(self.circumstances))
    }

    /// Whether the young person is one of `a`'s own care leavers: `a` looked after them,
    /// or `a` is a district of the county that did (district offers for "our care
    /// leavers" mean the county's).
    fn is_theirs(&self, a: &Authority) -> bool {
        a.code == self.responsible.code || a.parent.as_deref() == Some(&self.responsible.code)
    }

    fn authority_name(&self, code: &str) -> String {
        find(self.data, code).map_or_else(|| code.to_string(), |a| a.name.clone())
    }
}

fn find<'a>(data: &CompareData<'a>, code: &str) -> Option<&'a Authority> {
    data.authorities.iter().find(|a| a.code == code)
}

/// A place where someone lives: a single-tier council, or a district and its county.
struct Place<'a> {
    local: &'a Authority,
    county: Option<&'a Authority>,
}

impl<'a> Place<'a> {
    /// Only a district has a county over it. A missing county (or a district naming
    /// itself) is left out rather than failing, and a notice says so.
    fn of(data: &CompareData<'a>, local: &'a Authority) -> Place<'a> {
        let county = local
            .parent
            .as_deref()
            .filter(|p| local.tier == Tier::District && *p != local.code)
            .and_then(|p| find(data, p));
        Place { local, county }
    }

    /// The councils whose offers concern the place: the county first, then the local one.
    fn councils(&self) -> impl Iterator<Item = &'a Authority> {
        self.county.into_iter().chain(std::iter::once(self.local))
    }

    /// Partnerships the place belongs to, by the councils' own lists or by membership.
    fn partnerships(&self, data: &CompareData<'a>) -> Vec<&'a Partnership> {
        data.partnerships
            .iter()
            .filter(|p| {
                self.councils()
                    .any(|a| a.partnerships.contains(&p.id) || p.members.contains(&a.code))
            })
            .collect()
    }

    /// Whether a pledge's coverage reaches someone living here, given the ids of the
    /// place's partnerships.
    fn covered_by(&self, coverage: &Coverage, partnership_ids: &[String]) -> bool {
        let county = self.county.map(|c| c.code.as_str());
        coverage.covers(&self.local.code, county, partnership_ids)
    }
}

/// The responsible authority and the home place. A district `from` means its county looked
/// after the young person and the district is where they live at home.
fn home_place<'a>(
    data: &CompareData<'a>,
    from: &'a Authority,
) -> Result<(&'a Authority, Place<'a>), CompareError> {
    let place = Place::of(data, from);
    if from.tier.runs_leaving_care() {
        return Ok((from, place));
    }
    match place.county {
        Some(county) if county.tier.runs_leaving_care() => Ok((county, place)),
        _ => Err(CompareError::FromCannotBeResponsible),
    }
}

/// An entitlement waiting to be put in its topic row.
struct Item {
    topic: String,
    category: Option<Category>,
    entitlement: Entitlement,
}

/// One column under construction; an offer enters it at most once (by position, so that
/// even duplicate ids in bad data cannot make the two columns differ).
struct Column {
    items: Vec<Item>,
    offers_seen: Vec<bool>,
    /// Covering pledges per topic, listed or not.
    pledges: BTreeMap<String, usize>,
}

impl Column {
    fn new(ctx: &Ctx) -> Column {
        Column {
            items: Vec::new(),
            offers_seen: vec![false; ctx.data.offers.len()],
            pledges: BTreeMap::new(),
        }
    }

    /// Pledges of `topic` counted but not listed.
    fn unlisted_pledges(&self, topic: &str) -> usize {
        self.pledges
            .get(topic)
            .map_or(0, |n| n.saturating_sub(PLEDGES_LISTED_PER_SIDE))
    }

    /// Adds offer `i` unless it is already in the column.
    fn add_offer(&mut self, ctx: &Ctx, i: usize, via: Via, certainty: Certainty) {
        let (Some(seen), Some(offer)) = (self.offers_seen.get_mut(i), ctx.data.offers.get(i))
        else {
            return;
        };
        if *seen {
            return;
        }
        *seen = true;
        self.items.push(offer_item(ctx, offer, via, certainty));
    }

    /// The place's partnership guarantee items and the published pledges covering it.
    fn add_regional(&mut self, ctx: &Ctx, place: &Place) {
        let partnerships = place.partnerships(ctx.data);
        for p in &partnerships {
            self.items.extend(guarantee_items(ctx, p));
        }
        let ids: Vec<String> = partnerships.iter().map(|p| p.id.clone()).collect();
        for pledge in ctx.data.pledges {
            if pledge.status == PledgeStatus::Published
                && ctx.fits(pledge.age_from, pledge.age_to, &pledge.conditions)
                && place.covered_by(&pledge.coverage, &ids)
            {
                // Only the first few per topic are built: a national registry has
                // thousands, the same on both sides, and a row lists only a few.
                let seen = match self.pledges.get_mut(&pledge.topic) {
                    Some(n) => {
                        *n += 1;
                        *n
                    }
                    None => {
                        self.pledges.insert(pledge.topic.clone(), 1);
                        1
                    }
                };
                if seen <= PLEDGES_LISTED_PER_SIDE {
                    self.items.push(pledge_item(ctx, pledge));
                }
            }
        }
    }
}

/// The offers of `a` that fit the young person's age and circumstances, with positions.
fn fitting_offers<'c>(
    ctx: &'c Ctx,
    a: &'c Authority,
) -> impl Iterator<Item = (usize, &'c Offer)> + 'c {
    ctx.data.offers.iter().enumerate().filter(move |(_, o)| {
        o.authority == a.code
            && ctx.fits(o.content.age_from, o.content.age_to, &o.content.conditions)
    })
}

/// Living at home, everything the home councils offer reaches them: their own offers
/// (portable or in-area) and offers for any care leaver there; `unstated` is an ask.
fn stay_column(ctx: &Ctx, home: &Place) -> Column {
    let mut column = Column::new(ctx);
    for a in home.councils() {
        for (i, o) in fitting_offers(ctx, a) {
            let certainty = match o.content.applies_to {
                AppliesTo::Unstated => Certainty::Ask,
                _ => Certainty::Yes,
            };
            column.add_offer(ctx, i, Via::Home, certainty);
        }
    }
    column.add_regional(ctx, home);
    column
}

/// After moving: home offers that are portable, then what the destination councils give
/// this young person, then the destination's guarantee and pledges.
fn move_column(ctx: &Ctx, home: &Place, destination: &Place) -> Column {
    let mut column = Column::new(ctx);
    for a in home.councils() {
        for (i, o) in fitting_offers(ctx, a) {
            if o.content.applies_to == AppliesTo::OwnCareLeaversAnywhere {
                column.add_offer(ctx, i, Via::Home, Certainty::Yes);
            }
        }
    }
    for a in destination.councils() {
        for (i, o) in fitting_offers(ctx, a) {
            let certainty = match o.content.applies_to {
                AppliesTo::AnyCareLeaverInArea => Some(Certainty::Yes),
                AppliesTo::OwnCareLeaversInArea | AppliesTo::OwnCareLeaversAnywhere => {
                    ctx.is_theirs(a).then_some(Certainty::Yes)
                }
                AppliesTo::Unstated => Some(Certainty::Ask),
            };
            if let Some(certainty) = certainty {
                column.add_offer(ctx, i, Via::Destination, certainty);
            }
        }
    }
    column.add_regional(ctx, destination);
    column
}

fn offer_item(ctx: &Ctx, offer: &Offer, via: Via, certainty: Certainty) -> Item {
    let c = &offer.content;
    let provider = Provider {
        kind: ProviderKind::Authority,
        id: offer.authority.clone(),
        name: ctx.authority_name(&offer.authority),
    };
    Item {
        topic: c.topic.clone(),
        category: Some(c.category),
        entitlement: Entitlement {
            offer: Some(offer.id.clone()),
            pledge: None,
            guarantee: None,
            title: c.title.clone(),
            summary: c.summary.clone(),
            ask: whom_to_ask(ctx, c.status, certainty, &provider),
            provider,
            via,
            status: c.status,
            certainty,
            value: c.value.clone(),
            conditions: c.conditions.clone(),
            reach: c.age_to,
        },
    }
}

/// A guarantee item gives one entitlement per topic it lists. Its standard limits it: not
/// past `age_to`; for "own care leavers" standards, only if the young person's council is
/// a member; an `unstated` standard is an ask like an unstated offer.
fn guarantee_items(ctx: &Ctx, p: &Partnership) -> Vec<Item> {
    let responsible_is_member =
        p.members.contains(&ctx.responsible.code) || ctx.responsible.partnerships.contains(&p.id);
    let provider = Provider {
        kind: ProviderKind::Partnership,
        id: p.id.clone(),
        name: p.name.clone(),
    };
    let mut items = Vec::new();
    for g in &p.guarantee {
        let reach = g.standard.age_to.unwrap_or(MAX_AGE);
        let certainty = match g.standard.applies_to {
            Some(AppliesTo::OwnCareLeaversAnywhere | AppliesTo::OwnCareLeaversInArea)
                if !responsible_is_member =>
            {
                continue
            }
            Some(AppliesTo::Unstated) => Certainty::Ask,
            _ => Certainty::Yes,
        };
        if ctx.age > reach {
            continue;
        }
        let mut topics: Vec<&String> = g.topics.iter().collect();
        topics.sort();
        topics.dedup();
        for t in topics {
            items.push(Item {
                topic: t.clone(),
                category: None,
                entitlement: Entitlement {
                    offer: None,
                    pledge: None,
                    guarantee: Some(format!("{}/{}", p.id, g.id)),
                    title: g.title.clone(),
                    summary: g.standard.text.clone(),
                    provider: provider.clone(),
                    via: Via::Partnership,
                    status: OfferStatus::Available,
                    certainty,
                    value: None,
                    conditions: Vec::new(),
                    ask: whom_to_ask(ctx, OfferStatus::Available, certainty, &provider),
                    reach,
                },
            });
        }
    }
    items
}

/// A published pledge: available and certain (its coverage was already checked).
fn pledge_item(ctx: &Ctx, pledge: &Pledge) -> Item {
    let name = ctx
        .organisation_names
        .get(pledge.organisation.as_str())
        .map_or_else(|| pledge.organisation.clone(), |name| name.to_string());
    Item {
        topic: pledge.topic.clone(),
        category: Some(pledge.category),
        entitlement: Entitlement {
            offer: None,
            pledge: Some(pledge.id.clone()),
            guarantee: None,
            title: pledge.title.clone(),
            summary: pledge.summary.clone(),
            provider: Provider {
                kind: ProviderKind::Organisation,
                id: pledge.organisation.clone(),
                name,
            },
            via: Via::Covenant,
            status: OfferStatus::Available,
            certainty: Certainty::Yes,
            value: None,
            conditions: pledge.conditions.clone(),
            ask: None,
            reach: pledge.age_to,
        },
    }
}

/// Whom to ask when an entitlement is not a firm yes. The Personal Adviser at the
/// responsible authority is always a safe second port of call.
fn whom_to_ask(
    ctx: &Ctx,
    status: OfferStatus,
    certainty: Certainty,
    provider: &Provider,
) -> Option<String> {
    let home = &ctx.responsible.name;
    let p = &provider.name;
    let own = provider.kind == ProviderKind::Authority && provider.id == ctx.responsible.code;
    let text = match (status, certainty) {
        (OfferStatus::Available, Certainty::Yes) => return None,
        (OfferStatus::Pilot, _) if own => {
            format!("This is a pilot: ask your Personal Adviser at {home} whether you can take part.")
        }
        (OfferStatus::Pilot, _) => format!(
            "This is a pilot: ask {p} whether you can take part, or ask your Personal Adviser at {home} to find out."
        ),
        (OfferStatus::Planned, _) => {
            format!("This is planned and not running yet: ask {p} when it starts.")
        }
        (OfferStatus::Ended, _) => {
            format!("This has ended: ask {p} whether anything has replaced it.")
        }
        (OfferStatus::Available, Certainty::Ask) if own => format!(
            "{home} does not say who this is for: ask your Personal Adviser at {home}."
        ),
        (OfferStatus::Available, Certainty::Ask) => format!(
            "{p} does not say whether this is for care leavers from other councils: ask {p}, or ask your Personal Adviser at {home} to ask for you."
        ),
    };
    Some(text)
}

// ---------------------------------------------------------------------------------------
// Rows and changes
// ---------------------------------------------------------------------------------------

/// Groups both columns by topic, decides each change, and orders rows by category (in
/// `Category::ALL` order), then label, then slug.
fn rows(stay: Column, moving: Column) -> Vec<Row> {
    #[derive(Default)]
    struct Acc {
        category: Option<Category>,
        stay: Vec<Entitlement>,
        moving: Vec<Entitlement>,
    }
    let mut by_topic: BTreeMap<String, Acc> = BTreeMap::new();
    let more = |topic: &str| MorePledges {
        stay: stay.unlisted_pledges(topic),
        moving: moving.unlisted_pledges(topic),
    };
    let mut by_topic_more = BTreeMap::new();
    for topic in stay.pledges.keys().chain(moving.pledges.keys()) {
        by_topic_more.insert(topic.clone(), more(topic));
    }
    for (item, is_stay) in stay
        .items
        .into_iter()
        .map(|i| (i, true))
        .chain(moving.items.into_iter().map(|i| (i, false)))
    {
        let acc = by_topic.entry(item.topic).or_default();
        acc.category = acc.category.or(item.category);
        if is_stay {
            acc.stay.push(item.entitlement);
        } else {
            acc.moving.push(item.entitlement);
        }
    }
    let mut rows: Vec<Row> = by_topic
        .into_iter()
        .map(|(slug, acc)| {
            let known = topic(&slug);
            // The vocabulary decides; an unknown topic takes its records' category, and
            // one named only by a guarantee item falls back to money.
            let category = known
                .map(|t| t.category)
                .or(acc.category)
                .unwrap_or(Category::Money);
            let label = known.map_or_else(|| slug.clone(), |t| t.label.to_string());
            let change = change(&acc.stay, &acc.moving);
            let more_pledges = by_topic_more.get(&slug).copied().unwrap_or_default();
            Row {
                topic: slug,
                label,
                category,
                stay: acc.stay,
                moving: acc.moving,
                change,
                more_pledges,
            }
        })
        .collect();
    let rank = |c: Category| {
        Category::ALL
            .iter()
            .position(|x| *x == c)
            .unwrap_or(usize::MAX)
    };
    rows.sort_by(|a, b| {
        rank(a.category)
            .cmp(&rank(b.category))
            .then_with(|| a.label.cmp(&b.label))
            .then_with(|| a.topic.cmp(&b.topic))
    });
    rows
}

/// The change for one topic (the rules are in [`Change`]'s variants).
fn change(stay: &[Entitlement], moving: &[Entitlement]) -> Change {
    let stay_yes = stay.iter().any(Entitlement::is_firm);
    let move_yes = moving.iter().any(Entitlement::is_firm);
    match (stay_yes, move_yes) {
        (true, true) => match Measure::of(moving).compare(&Measure::of(stay)) {
            Ordering::Greater => Change::Better,
            Ordering::Less => Change::Worse,
            Ordering::Equal => Change::Same,
        },
        (true, false) if moving.iter().any(Entitlement::is_hopeful) => Change::Ask,
        (true, false) => Change::Loss,
        (false, true) => Change::Gain,
        (false, false) => Change::Ask,
    }
}

/// What one side's firm entitlements are worth on each common basis. Amounts and counts
/// add up (two grants are both paid); percentages take the best; `reach` is the last age
/// covered. A basis missing on either side is not compared.
#[derive(Debug, Default)]
struct Measure {
    pence_per_year: Option<u64>,
    pence_once: Option<u64>,
    count_per_year: Option<u64>,
    count_once: Option<u64>,
    percent: Option<u8>,
    reach: u8,
}

impl Measure {
    fn of(side: &[Entitlement]) -> Measure {
        fn add(total: &mut Option<u64>, part: Option<u64>) {
            if let Some(part) = part {
                *total = Some(total.unwrap_or(0).saturating_add(part));
            }
        }
        let mut m = Measure::default();
        for e in side.iter().filter(|e| e.is_firm()) {
            m.reach = m.reach.max(e.reach);
            let Some(v) = &e.value else { continue };
            add(&mut m.pence_per_year, per_year(v.amount_pence, v.per));
            add(&mut m.pence_once, once(v.amount_pence, v.per));
            add(
                &mut m.count_per_year,
                per_year(v.count.map(u64::from), v.per),
            );
            add(&mut m.count_once, once(v.count.map(u64::from), v.per));
            if let Some(p) = v.percent {
                m.percent = Some(m.percent.map_or(p, |q| q.max(p)));
            }
        }
        m
    }

    /// Money first (yearly, then one-off), then counts, then percentages, then reach.
    fn compare(&self, other: &Measure) -> Ordering {
        fn both<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
            match (a, b) {
                (Some(a), Some(b)) => a.cmp(&b),
                _ => Ordering::Equal,
            }
        }
        both(self.pence_per_year, other.pence_per_year)
            .then(both(self.pence_once, other.pence_once))
            .then(both(self.count_per_year, other.count_per_year))
            .then(both(self.count_once, other.count_once))
            .then(both(self.percent, other.percent))
            .then(self.reach.cmp(&other.reach))
    }
}

fn summarise(rows: &[Row]) -> Summary {
    let count = |c: Change| rows.iter().filter(|r| r.change == c).count();
    let side_total = |pick: fn(&Row) -> &Vec<Entitlement>| -> Option<u64> {
        rows.iter()
            .flat_map(|r| pick(r).iter())
            .filter(|e| e.is_firm())
            .filter_map(|e| {
                e.value
                    .as_ref()
                    .and_then(|v| per_year(v.amount_pence, v.per))
            })
            .fold(None, |acc: Option<u64>, p| {
                Some(acc.unwrap_or(0).saturating_add(p))
            })
    };
    let stay = side_total(|r| &r.stay);
    let moving = side_total(|r| &r.moving);
    let money = (stay.is_some() || moving.is_some()).then(|| {
        let (stay, moving) = (stay.unwrap_or(0), moving.unwrap_or(0));
        let difference = i128::from(moving) - i128::from(stay);
        MoneyPerYear {
            stay,
            moving,
            difference: i64::try_from(difference).unwrap_or(if difference < 0 {
                i64::MIN
            } else {
                i64::MAX
            }),
        }
    });
    let money_basis = if money.is_some() {
        "Money per year adds up the regular payments you would certainly get (available, \
         and for you) on each side: weekly amounts times 52, monthly times 12. One-off \
         payments such as grants, percentages such as council tax discounts, and anything \
         still to ask about are left out of these totals; one-off payments are compared \
         topic by topic."
    } else {
        "Neither side states a regular yearly amount you would certainly get, so there is no \
         money total; one-off payments and discounts are compared topic by topic."
    };
    Summary {
        gain: count(Change::Gain),
        loss: count(Change::Loss),
        same: count(Change::Same),
        better: count(Change::Better),
        worse: count(Change::Worse),
        ask: count(Change::Ask),
        money_per_year_pence: money,
        money_basis: money_basis.to_string(),
    }
}

// ---------------------------------------------------------------------------------------
// Notices
// ---------------------------------------------------------------------------------------

/// Plain-English notes about the places themselves: two-tier areas, reorganised councils,
/// and councils that have declared nothing (not declared is not "no").
fn notices(ctx: &Ctx, from: &Authority, destination: &Place) -> Vec<String> {
    let mut notes: Vec<String> = Vec::new();
    let mut note = |text: String| {
        if !notes.contains(&text) {
            notes.push(text);
        }
    };
    let home = ctx.responsible;

    if from.code != home.code {
        note(format!(
            "{} is a district council, so {} looked after you: its offers are your home \
             offers, with {}'s for where you live.",
            from.name, home.name, from.name
        ));
    }
    for a in [
        Some(from),
        Some(home),
        Some(destination.local),
        destination.county,
    ]
    .into_iter()
    .flatten()
    {
        if let Some(day) = a.replaced_on {
            let successors: Vec<String> =
                a.successors.iter().map(|c| ctx.authority_name(c)).collect();
            let by = if successors.is_empty() {
                String::new()
            } else {
                format!(" by {}", join_by(&successors))
            };
            note(format!(
                "{} was replaced on {}{by}; its offers are shown as they were published.",
                a.name,
                long_date(day)
            ));
        }
    }
    let local = destination.local;
    for a in [from, local] {
        if a.tier == Tier::County {
            note(format!(
                "{} is a county: its district councils run council tax and housing, so \
                 their offers are not included. Choose a district to see them.",
                a.name
            ));
        }
    }
    if local.tier == Tier::District && destination.county.is_none() {
        note(format!(
            "We could not find the county council over {}, so its offers are not included.",
            local.name
        ));
    }
    for a in [Some(home), Some(local), destination.county]
        .into_iter()
        .flatten()
    {
        if !ctx.data.offers.iter().any(|o| o.authority == a.code) {
            note(format!(
                "{} has not declared any offers yet. Not declared does not mean not offered: \
                 ask {} what it offers care leavers.",
                a.name, a.name
            ));
        }
    }
    notes
}

/// "A", "A and by B", "A, by B and by C": council names can contain "and" themselves
/// (Westmorland and Furness), so each is introduced by "by".
fn join_by(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and by {last}", init.join(", by ")),
    }
}

/// "1 April 2023".
fn long_date(day: NaiveDate) -> String {
    day.format("%-d %B %Y").to_string()
}

// ---------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partnership::{GuaranteeItem, Standard};
    use crate::{OrganisationKind, Period};
    use Circumstance::*;

    // --- Fixtures: facts from the seed documents (figures marked "invented" are not) ---

    const WALSALL: &str = "E08000030";
    const TRAFFORD: &str = "E08000009";
    const MANCHESTER: &str = "E08000003";
    const LEICESTERSHIRE: &str = "E10000018";
    const BLABY: &str = "E07000129";
    const CHARNWOOD: &str = "E07000130";
    const WILTSHIRE: &str = "E06000054";
    const CUMBRIA: &str = "E10000006";
    const CUMBERLAND: &str = "E06000063";
    const WESTMORLAND: &str = "E06000064";

    fn authority(
        code: &str,
        name: &str,
        tier: Tier,
        parent: Option<&str>,
        partnerships: &[&str],
    ) -> Authority {
        Authority {
            code: code.into(),
            name: name.into(),
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

    fn offer(
        id: &str,
        authority: &str,
        topic_slug: &str,
        status: OfferStatus,
        applies_to: AppliesTo,
        ages: (u8, u8),
    ) -> Offer {
        let mut offer = crate::offer::test_offer(id, authority, topic_slug);
        let c = &mut offer.content;
        (c.status, c.applies_to, c.age_from, c.age_to) = (status, applies_to, ages.0, ages.1);
        offer
    }

    fn with_value(
        mut o: Offer,
        amount_pence: Option<u64>,
        per: Option<Period>,
        percent: Option<u8>,
    ) -> Offer {
        o.content.value = Some(Value {
            amount_pence,
            per,
            count: None,
            percent,
            note: None,
        });
        o
    }

    fn with_conditions(mut o: Offer, conditions: &[Circumstance]) -> Offer {
        o.content.conditions = conditions.to_vec();
        o
    }

    fn item(
        id: &str,
        title: &str,
        topic_slug: &str,
        age_to: Option<u8>,
        applies_to: Option<AppliesTo>,
    ) -> GuaranteeItem {
        GuaranteeItem {
            id: id.into(),
            title: title.into(),
            topics: vec![topic_slug.into()],
            standard: Standard {
                text: title.into(),
                age_to,
                applies_to,
                amount_pence_per_year: None,
            },
            source: None,
        }
    }

    fn pledge(
        id: &str,
        org: &str,
        topic_slug: &str,
        status: PledgeStatus,
        coverage: Coverage,
    ) -> Pledge {
        Pledge {
            id: id.into(),
            organisation: org.into(),
            topic: topic_slug.into(),
            category: topic(topic_slug).map_or(Category::Money, |t| t.category),
            title: format!("{id} title"),
            summary: format!("{id} summary"),
            details: None,
            status,
            rejection_reason: None,
            coverage,
            age_from: 16,
            age_to: 25,
            conditions: vec![],
            places: None,
            how_to_apply: None,
            closes: None,
            source: None,
            version: 1,
            updated_at: None,
            draft: None,
        }
    }

    fn organisation(id: &str, name: &str, kind: OrganisationKind) -> Organisation {
        Organisation {
            id: id.into(),
            name: name.into(),
            kind,
            website: None,
            signed: None,
            verified: true,
            source: None,
            contact_email: None,
            statement: None,
        }
    }

    struct Fixture {
        authorities: Vec<Authority>,
        offers: Vec<Offer>,
        partnerships: Vec<Partnership>,
        pledges: Vec<Pledge>,
        organisations: Vec<Organisation>,
    }

    impl Fixture {
        fn data(&self) -> CompareData<'_> {
            CompareData {
                authorities: &self.authorities,
                offers: &self.offers,
                partnerships: &self.partnerships,
                pledges: &self.pledges,
                organisations: &self.organisations,
            }
        }

        fn run(
            &self,
            from: &str,
            to: &str,
            age: u8,
            circumstances: &[Circumstance],
        ) -> Result<Comparison, CompareError> {
            let req = CompareRequest {
                from: from.into(),
                to: to.into(),
                age,
                circumstances: circumstances.to_vec(),
            };
            compare(&self.data(), &req)
        }
    }

    fn fixture() -> Fixture {
        use AppliesTo::*;
        use OfferStatus::*;
        let gm = "greater-manchester";
        let mut cumbria = authority(CUMBRIA, "Cumbria", Tier::County, None, &[]);
        cumbria.replaced_on = NaiveDate::from_ymd_opt(2023, 4, 1);
        cumbria.successors = vec![CUMBERLAND.into(), WESTMORLAND.into()];
        let authorities = vec![
            authority(WALSALL, "Walsall", Tier::MetropolitanDistrict, None, &[]),
            authority(
                TRAFFORD,
                "Trafford",
                Tier::MetropolitanDistrict,
                None,
                &[gm],
            ),
            authority(
                MANCHESTER,
                "Manchester",
                Tier::MetropolitanDistrict,
                None,
                &[gm],
            ),
            authority(LEICESTERSHIRE, "Leicestershire", Tier::County, None, &[]),
            authority(BLABY, "Blaby", Tier::District, Some(LEICESTERSHIRE), &[]),
            authority(
                CHARNWOOD,
                "Charnwood",
                Tier::District,
                Some(LEICESTERSHIRE),
                &[],
            ),
            authority(WILTSHIRE, "Wiltshire", Tier::Unitary, None, &[]),
            cumbria,
            authority(CUMBERLAND, "Cumberland", Tier::Unitary, None, &[]),
            authority(
                WESTMORLAND,
                "Westmorland and Furness",
                Tier::Unitary,
                None,
                &[],
            ),
        ];
        let offers = vec![
            // 001 Walsall §2.3: council tax relief "irrespective of whether they resided in
            // Walsall or out of the Borough"; Gold banding for housing at 18.
            with_value(
                offer(
                    "walsall-council-tax",
                    WALSALL,
                    "council-tax",
                    Available,
                    OwnCareLeaversAnywhere,
                    (18, 24),
                ),
                None,
                None,
                Some(100),
            ),
            offer(
                "walsall-housing-priority",
                WALSALL,
                "housing-priority",
                Available,
                OwnCareLeaversInArea,
                (18, 25),
            ),
            offer(
                "walsall-personal-adviser",
                WALSALL,
                "personal-adviser",
                Available,
                OwnCareLeaversAnywhere,
                (18, 25),
            ),
            with_conditions(
                with_value(
                    offer(
                        "walsall-he-bursary",
                        WALSALL,
                        "higher-education-bursary",
                        Available,
                        OwnCareLeaversAnywhere,
                        (18, 25),
                    ),
                    Some(200_000),
                    Some(Period::Once),
                    None,
                ),
                &[InHigherEducation],
            ),
            // Invented figure, to test yearly money.
            with_value(
                offer(
                    "walsall-emergency-fund",
                    WALSALL,
                    "emergency-fund",
                    Available,
                    OwnCareLeaversAnywhere,
                    (18, 24),
                ),
                Some(10_000),
                Some(Period::Year),
                None,
            ),
            // 004 Greater Manchester: council tax exemption to 25 for any care leaver.
            with_value(
                offer(
                    "trafford-council-tax",
                    TRAFFORD,
                    "council-tax",
                    Available,
                    AnyCareLeaverInArea,
                    (18, 24),
                ),
                None,
                None,
                Some(100),
            ),
            offer(
                "trafford-leisure",
                TRAFFORD,
                "leisure",
                Available,
                Unstated,
                (16, 24),
            ),
            // Invented figures, to test better and worse.
            with_value(
                offer(
                    "trafford-emergency-fund",
                    TRAFFORD,
                    "emergency-fund",
                    Available,
                    AnyCareLeaverInArea,
                    (18, 24),
                ),
                Some(20_000),
                Some(Period::Year),
                None,
            ),
            with_value(
                offer(
                    "trafford-furniture",
                    TRAFFORD,
                    "furniture-package",
                    Available,
                    AnyCareLeaverInArea,
                    (18, 24),
                ),
                Some(30_000),
                Some(Period::Once),
                None,
            ),
            with_value(
                offer(
                    "manchester-emergency-fund",
                    MANCHESTER,
                    "emergency-fund",
                    Available,
                    AnyCareLeaverInArea,
                    (18, 24),
                ),
                Some(15_000),
                Some(Period::Year),
                None,
            ),
            with_value(
                offer(
                    "manchester-furniture",
                    MANCHESTER,
                    "furniture-package",
                    Available,
                    AnyCareLeaverInArea,
                    (18, 24),
                ),
                Some(50_000),
                Some(Period::Once),
                None,
            ),
            // 002 Leicestershire: exemption to 25 across its seven districts, housing protocol.
            offer(
                "leics-personal-adviser",
                LEICESTERSHIRE,
                "personal-adviser",
                Available,
                OwnCareLeaversAnywhere,
                (18, 25),
            ),
            offer(
                "leics-housing-protocol",
                LEICESTERSHIRE,
                "housing-priority",
                Available,
                OwnCareLeaversInArea,
                (18, 25),
            ),
            with_value(
                offer(
                    "blaby-council-tax",
                    BLABY,
                    "council-tax",
                    Available,
                    OwnCareLeaversInArea,
                    (18, 24),
                ),
                None,
                None,
                Some(100),
            ),
            with_value(
                offer(
                    "charnwood-council-tax",
                    CHARNWOOD,
                    "council-tax",
                    Available,
                    OwnCareLeaversInArea,
                    (18, 24),
                ),
                None,
                None,
                Some(100),
            ),
            // 000 Wiltshire: wifi contribution planned (¶52), supported housing pilot (¶21),
            // £2000 leaving care grant (¶48), council tax exemption awaiting approval (¶51).
            offer(
                "wiltshire-wifi",
                WILTSHIRE,
                "wifi",
                Planned,
                OwnCareLeaversAnywhere,
                (18, 25),
            ),
            offer(
                "wiltshire-supported-housing",
                WILTSHIRE,
                "supported-accommodation",
                Pilot,
                OwnCareLeaversInArea,
                (18, 21),
            ),
            with_value(
                offer(
                    "wiltshire-leaving-care-grant",
                    WILTSHIRE,
                    "setting-up-home-grant",
                    Available,
                    OwnCareLeaversAnywhere,
                    (18, 25),
                ),
                Some(200_000),
                Some(Period::Once),
                None,
            ),
            offer(
                "wiltshire-personal-adviser",
                WILTSHIRE,
                "personal-adviser",
                Available,
                OwnCareLeaversAnywhere,
                (18, 25),
            ),
            offer(
                "wiltshire-council-tax",
                WILTSHIRE,
                "council-tax",
                Planned,
                Unstated,
                (18, 24),
            ),
            // 003 Cumbria (2018): exemption agreed by the county, six districts and police.
            offer(
                "cumbria-council-tax",
                CUMBRIA,
                "council-tax",
                Available,
                AnyCareLeaverInArea,
                (18, 24),
            ),
        ];
        let partnerships = vec![Partnership {
            id: gm.into(),
            name: "Greater Manchester".into(),
            members: vec![TRAFFORD.into(), MANCHESTER.into()],
            guarantee: vec![
                item(
                    "council-tax",
                    "Council tax exemption to 25 for any care leaver",
                    "council-tax",
                    Some(24),
                    Some(AnyCareLeaverInArea),
                ),
                item(
                    "prescriptions",
                    "Free prescriptions up to 25",
                    "prescriptions",
                    Some(24),
                    None,
                ),
                item(
                    "travel",
                    "Free travel across Greater Manchester to 21",
                    "travel",
                    Some(20),
                    None,
                ),
            ],
            source: None,
            notes: vec![],
        }];
        let national = Coverage {
            national: true,
            ..Coverage::default()
        };
        let pledges = vec![
            pledge(
                "civil-service-internships",
                "civil-service",
                "internships",
                PledgeStatus::Published,
                national.clone(),
            ),
            pledge(
                "gm-work-experience",
                "gm-employers",
                "work-experience",
                PledgeStatus::Published,
                Coverage {
                    partnerships: vec![gm.into()],
                    ..Coverage::default()
                },
            ),
            pledge(
                "leics-college-careers",
                "leicester-college",
                "careers-advice",
                PledgeStatus::Published,
                Coverage {
                    authorities: vec![LEICESTERSHIRE.into()],
                    ..Coverage::default()
                },
            ),
            pledge(
                "withdrawn-driving",
                "civil-service",
                "driving-lessons",
                PledgeStatus::Withdrawn,
                national.clone(),
            ),
            pledge(
                "pending-driving",
                "civil-service",
                "driving-lessons",
                PledgeStatus::Pending,
                national,
            ),
        ];
        let organisations = vec![
            organisation(
                "civil-service",
                "Civil Service",
                OrganisationKind::GovernmentDepartment,
            ),
            organisation(
                "gm-employers",
                "Greater Manchester employers",
                OrganisationKind::Employer,
            ),
            organisation(
                "leicester-college",
                "Leicester College",
                OrganisationKind::College,
            ),
        ];
        Fixture {
            authorities,
            offers,
            partnerships,
            pledges,
            organisations,
        }
    }

    /// "id via mark", mark being yes, ask, or the status when not available.
    fn describe(e: &Entitlement) -> String {
        let id = e
            .offer
            .as_ref()
            .or(e.pledge.as_ref())
            .or(e.guarantee.as_ref())
            .cloned()
            .unwrap_or_default();
        let via = match e.via {
            Via::Home => "home",
            Via::Destination => "destination",
            Via::Partnership => "partnership",
            Via::Covenant => "covenant",
        };
        let mark = if e.is_firm() {
            "yes"
        } else if e.status != OfferStatus::Available {
            e.status.label()
        } else {
            "ask"
        };
        format!("{id} {via} {mark}")
    }

    fn row<'c>(c: &'c Comparison, topic_slug: &str) -> Option<&'c Row> {
        c.rows.iter().find(|r| r.topic == topic_slug)
    }

    struct Case {
        name: &'static str,
        from: &'static str,
        to: &'static str,
        age: u8,
        circumstances: &'static [Circumstance],
        topic: &'static str,
        /// `None`: no row for the topic at all.
        change: Option<Change>,
        stay: &'static [&'static str],
        moving: &'static [&'static str],
    }

    const CASES: &[Case] = &[
        Case { name: "portable council tax follows a Walsall care leaver to Trafford", from: WALSALL, to: TRAFFORD, age: 20, circumstances: &[], topic: "council-tax", change: Some(Change::Same),
            stay: &["walsall-council-tax home yes"],
            moving: &["walsall-council-tax home yes", "trafford-council-tax destination yes", "greater-manchester/council-tax partnership yes"] },
        Case { name: "host gives council tax to any care leaver", from: WILTSHIRE, to: TRAFFORD, age: 20, circumstances: &[], topic: "council-tax", change: Some(Change::Gain),
            stay: &["wiltshire-council-tax home planned"],
            moving: &["trafford-council-tax destination yes", "greater-manchester/council-tax partnership yes"] },
        Case { name: "Trafford care leaver in Walsall: Walsall's relief is only for its own", from: TRAFFORD, to: WALSALL, age: 20, circumstances: &[], topic: "council-tax", change: Some(Change::Loss),
            stay: &["trafford-council-tax home yes", "greater-manchester/council-tax partnership yes"], moving: &[] },
        Case { name: "stay yes, destination only planned and unstated: ask", from: TRAFFORD, to: WILTSHIRE, age: 20, circumstances: &[], topic: "council-tax", change: Some(Change::Ask),
            stay: &["trafford-council-tax home yes", "greater-manchester/council-tax partnership yes"], moving: &["wiltshire-council-tax destination planned"] },
        Case { name: "Personal Adviser to 25 follows them", from: WALSALL, to: TRAFFORD, age: 25, circumstances: &[], topic: "personal-adviser", change: Some(Change::Same),
            stay: &["walsall-personal-adviser home yes"], moving: &["walsall-personal-adviser home yes"] },
        Case { name: "housing priority in the area is lost on moving", from: WALSALL, to: TRAFFORD, age: 20, circumstances: &[], topic: "housing-priority", change: Some(Change::Loss),
            stay: &["walsall-housing-priority home yes"], moving: &[] },
        Case { name: "Leicestershire care leaver into Blaby: the county's portable offer shows once, via home", from: LEICESTERSHIRE, to: BLABY, age: 20, circumstances: &[], topic: "personal-adviser", change: Some(Change::Same),
            stay: &["leics-personal-adviser home yes"], moving: &["leics-personal-adviser home yes"] },
        Case { name: "Leicestershire care leaver into Blaby keeps the county's in-area housing protocol", from: LEICESTERSHIRE, to: BLABY, age: 20, circumstances: &[], topic: "housing-priority", change: Some(Change::Same),
            stay: &["leics-housing-protocol home yes"], moving: &["leics-housing-protocol destination yes"] },
        Case { name: "Leicestershire care leaver from Charnwood to Blaby: the district exemption", from: CHARNWOOD, to: BLABY, age: 20, circumstances: &[], topic: "council-tax", change: Some(Change::Same),
            stay: &["charnwood-council-tax home yes"], moving: &["blaby-council-tax destination yes"] },
        Case { name: "Walsall care leaver into Blaby: not Blaby's, Walsall's relief follows", from: WALSALL, to: BLABY, age: 20, circumstances: &[], topic: "council-tax", change: Some(Change::Same),
            stay: &["walsall-council-tax home yes"], moving: &["walsall-council-tax home yes"] },
        Case { name: "Walsall care leaver into Blaby: Leicestershire's in-area protocol is not theirs", from: WALSALL, to: BLABY, age: 20, circumstances: &[], topic: "housing-priority", change: Some(Change::Loss),
            stay: &["walsall-housing-priority home yes"], moving: &[] },
        Case { name: "from a district: its county is home, the district's exemption stays behind", from: BLABY, to: WALSALL, age: 20, circumstances: &[], topic: "council-tax", change: Some(Change::Loss),
            stay: &["blaby-council-tax home yes"], moving: &[] },
        Case { name: "from a district: the county's Personal Adviser follows", from: BLABY, to: WALSALL, age: 20, circumstances: &[], topic: "personal-adviser", change: Some(Change::Same),
            stay: &["leics-personal-adviser home yes"], moving: &["leics-personal-adviser home yes"] },
        Case { name: "age 24 is inside 'until 25'", from: WALSALL, to: TRAFFORD, age: 24, circumstances: &[], topic: "council-tax", change: Some(Change::Same),
            stay: &["walsall-council-tax home yes"],
            moving: &["walsall-council-tax home yes", "trafford-council-tax destination yes", "greater-manchester/council-tax partnership yes"] },
        Case { name: "age 25 is past 'until 25' (age_to 24)", from: WALSALL, to: TRAFFORD, age: 25, circumstances: &[], topic: "council-tax", change: None, stay: &[], moving: &[] },
        Case { name: "age 16 is before age_from 18", from: WALSALL, to: BLABY, age: 16, circumstances: &[], topic: "council-tax", change: None, stay: &[], moving: &[] },
        Case { name: "guarantee travel to 21 at 20", from: WALSALL, to: TRAFFORD, age: 20, circumstances: &[], topic: "travel", change: Some(Change::Gain),
            stay: &[], moving: &["greater-manchester/travel partnership yes"] },
        Case { name: "guarantee travel to 21 not at 21", from: WALSALL, to: TRAFFORD, age: 21, circumstances: &[], topic: "travel", change: None, stay: &[], moving: &[] },
        Case { name: "guarantee prescriptions in the destination partnership", from: WALSALL, to: MANCHESTER, age: 22, circumstances: &[], topic: "prescriptions", change: Some(Change::Gain),
            stay: &[], moving: &["greater-manchester/prescriptions partnership yes"] },
        Case { name: "HE bursary kept with its conditions when none given", from: WALSALL, to: TRAFFORD, age: 19, circumstances: &[], topic: "higher-education-bursary", change: Some(Change::Same),
            stay: &["walsall-he-bursary home yes"], moving: &["walsall-he-bursary home yes"] },
        Case { name: "HE bursary when in higher education", from: WALSALL, to: TRAFFORD, age: 19, circumstances: &[InHigherEducation, YoungParent], topic: "higher-education-bursary", change: Some(Change::Same),
            stay: &["walsall-he-bursary home yes"], moving: &["walsall-he-bursary home yes"] },
        Case { name: "HE bursary left out for an apprentice", from: WALSALL, to: TRAFFORD, age: 19, circumstances: &[InApprenticeship], topic: "higher-education-bursary", change: None, stay: &[], moving: &[] },
        Case { name: "planned wifi is never a yes", from: WILTSHIRE, to: TRAFFORD, age: 20, circumstances: &[], topic: "wifi", change: Some(Change::Ask),
            stay: &["wiltshire-wifi home planned"], moving: &["wiltshire-wifi home planned"] },
        Case { name: "pilot housing at home is never a yes", from: WILTSHIRE, to: WILTSHIRE, age: 19, circumstances: &[], topic: "supported-accommodation", change: Some(Change::Ask),
            stay: &["wiltshire-supported-housing home pilot"], moving: &["wiltshire-supported-housing destination pilot"] },
        Case { name: "in-area pilot does not follow them", from: WILTSHIRE, to: TRAFFORD, age: 19, circumstances: &[], topic: "supported-accommodation", change: Some(Change::Ask),
            stay: &["wiltshire-supported-housing home pilot"], moving: &[] },
        Case { name: "unstated destination offer is an ask", from: WALSALL, to: TRAFFORD, age: 20, circumstances: &[], topic: "leisure", change: Some(Change::Ask),
            stay: &[], moving: &["trafford-leisure destination ask"] },
        Case { name: "unstated home offer is an ask", from: TRAFFORD, to: WALSALL, age: 20, circumstances: &[], topic: "leisure", change: Some(Change::Ask),
            stay: &["trafford-leisure home ask"], moving: &[] },
        Case { name: "more money a year after moving is better", from: WALSALL, to: TRAFFORD, age: 20, circumstances: &[], topic: "emergency-fund", change: Some(Change::Better),
            stay: &["walsall-emergency-fund home yes"], moving: &["walsall-emergency-fund home yes", "trafford-emergency-fund destination yes"] },
        Case { name: "less money a year after moving is worse", from: TRAFFORD, to: MANCHESTER, age: 20, circumstances: &[], topic: "emergency-fund", change: Some(Change::Worse),
            stay: &["trafford-emergency-fund home yes"], moving: &["manchester-emergency-fund destination yes"] },
        Case { name: "a bigger one-off payment is better", from: TRAFFORD, to: MANCHESTER, age: 20, circumstances: &[], topic: "furniture-package", change: Some(Change::Better),
            stay: &["trafford-furniture home yes"], moving: &["manchester-furniture destination yes"] },
        Case { name: "same council on both sides", from: WALSALL, to: WALSALL, age: 20, circumstances: &[], topic: "council-tax", change: Some(Change::Same),
            stay: &["walsall-council-tax home yes"], moving: &["walsall-council-tax home yes"] },
        Case { name: "national pledge on both sides", from: WILTSHIRE, to: TRAFFORD, age: 20, circumstances: &[], topic: "internships", change: Some(Change::Same),
            stay: &["civil-service-internships covenant yes"], moving: &["civil-service-internships covenant yes"] },
        Case { name: "partnership-only pledge gained by moving in", from: WILTSHIRE, to: TRAFFORD, age: 20, circumstances: &[], topic: "work-experience", change: Some(Change::Gain),
            stay: &[], moving: &["gm-work-experience covenant yes"] },
        Case { name: "partnership-only pledge lost by moving out", from: TRAFFORD, to: WILTSHIRE, age: 20, circumstances: &[], topic: "work-experience", change: Some(Change::Loss),
            stay: &["gm-work-experience covenant yes"], moving: &[] },
        Case { name: "pledge naming a county reaches its districts", from: WALSALL, to: BLABY, age: 20, circumstances: &[], topic: "careers-advice", change: Some(Change::Gain),
            stay: &[], moving: &["leics-college-careers covenant yes"] },
        Case { name: "withdrawn and pending pledges are ignored", from: WILTSHIRE, to: TRAFFORD, age: 20, circumstances: &[], topic: "driving-lessons", change: None, stay: &[], moving: &[] },
        Case { name: "superseded council's offers are still shown", from: CUMBRIA, to: WALSALL, age: 20, circumstances: &[], topic: "council-tax", change: Some(Change::Loss),
            stay: &["cumbria-council-tax home yes"], moving: &[] },
    ];

    #[test]
    fn table_of_cases() {
        let f = fixture();
        for case in CASES {
            let c = f
                .run(case.from, case.to, case.age, case.circumstances)
                .unwrap_or_else(|e| panic!("{}: {e}", case.name));
            match (row(&c, case.topic), case.change) {
                (None, None) => {}
                (None, Some(_)) => panic!("{}: no row for {}", case.name, case.topic),
                (Some(r), None) => panic!("{}: unexpected row {r:?}", case.name),
                (Some(r), Some(change)) => {
                    let stay: Vec<String> = r.stay.iter().map(describe).collect();
                    let moving: Vec<String> = r.moving.iter().map(describe).collect();
                    assert_eq!(stay, case.stay, "{}: stay", case.name);
                    assert_eq!(moving, case.moving, "{}: move", case.name);
                    assert_eq!(r.change, change, "{}: change", case.name);
                }
            }
        }
        assert!(CASES.len() >= 20);
    }

    #[test]
    fn bad_requests_name_their_field() {
        let mut f = fixture();
        // A district whose county is missing cannot say who looked after the young person.
        f.authorities.push(authority(
            "E07000999",
            "Orphan",
            Tier::District,
            Some("E10000999"),
            &[],
        ));
        let cases: &[(&str, &str, u8, CompareError, &str)] = &[
            ("E99999999", WALSALL, 20, CompareError::UnknownFrom, "from"),
            ("", WALSALL, 20, CompareError::UnknownFrom, "from"),
            (WALSALL, "E99999999", 20, CompareError::UnknownTo, "to"),
            (WALSALL, "walsall", 20, CompareError::UnknownTo, "to"),
            (WALSALL, TRAFFORD, 15, CompareError::AgeOutOfRange, "age"),
            (WALSALL, TRAFFORD, 26, CompareError::AgeOutOfRange, "age"),
            (WALSALL, TRAFFORD, 0, CompareError::AgeOutOfRange, "age"),
            (
                WALSALL,
                TRAFFORD,
                u8::MAX,
                CompareError::AgeOutOfRange,
                "age",
            ),
            (
                "E07000999",
                WALSALL,
                20,
                CompareError::FromCannotBeResponsible,
                "from",
            ),
        ];
        for (from, to, age, error, field) in cases {
            let e = f.run(from, to, *age, &[]).expect_err("must fail");
            assert_eq!((e, e.field()), (*error, *field), "{from} {to} {age}");
            assert!(!e.to_string().is_empty() && !e.code().is_empty());
        }
        assert!(f.run(WALSALL, TRAFFORD, 16, &[]).is_ok());
        assert!(f.run(WALSALL, TRAFFORD, 25, &[]).is_ok());
        // A district may be where they would live even when its county is unknown.
        let c = f
            .run(WALSALL, "E07000999", 20, &[])
            .expect("district destination");
        assert!(c.to_county.is_none());
        assert!(c
            .notices
            .iter()
            .any(|n| n.contains("could not find the county")));
    }

    #[test]
    fn same_council_on_both_sides_never_gains_or_loses() {
        let f = fixture();
        for a in &f.authorities {
            for age in [16, 18, 20, 21, 24, 25] {
                for circumstances in [&[][..], &[InHigherEducation][..], &[YoungParent][..]] {
                    let c = f.run(&a.code, &a.code, age, circumstances).expect("valid");
                    for r in &c.rows {
                        assert!(
                            matches!(r.change, Change::Same | Change::Ask),
                            "{} {age}: {r:?}",
                            a.name
                        );
                    }
                    assert_eq!(
                        (
                            c.summary.gain,
                            c.summary.loss,
                            c.summary.better,
                            c.summary.worse
                        ),
                        (0, 0, 0, 0)
                    );
                }
            }
        }
    }

    #[test]
    fn rows_with_only_planned_pilot_or_ended_are_asks() {
        let mut f = fixture();
        f.offers.push(offer(
            "walsall-old-leisure",
            WALSALL,
            "leisure",
            OfferStatus::Ended,
            AppliesTo::OwnCareLeaversAnywhere,
            (18, 25),
        ));
        for from in &f.authorities {
            for to in &f.authorities {
                let Ok(c) = f.run(&from.code, &to.code, 20, &[]) else {
                    continue;
                };
                for r in &c.rows {
                    for e in r.stay.iter().chain(&r.moving) {
                        if e.status != OfferStatus::Available {
                            assert!(!e.is_firm() && e.ask.is_some(), "{e:?}");
                        }
                    }
                    let all_not_running = r
                        .stay
                        .iter()
                        .chain(&r.moving)
                        .all(|e| e.status != OfferStatus::Available);
                    if all_not_running {
                        assert_eq!(r.change, Change::Ask, "{} → {}: {r:?}", from.name, to.name);
                    }
                }
            }
        }
    }

    #[test]
    fn notices_name_successors_two_tier_areas_and_silent_councils() {
        let f = fixture();
        let c = f.run(CUMBRIA, WALSALL, 20, &[]).expect("valid");
        assert_eq!(
            c.notices[0],
            "Cumbria was replaced on 1 April 2023 by Cumberland and by Westmorland and Furness; its offers are shown as they were published."
        );
        // Cumbria was two-tier: its districts' council tax is not part of its offers.
        assert!(c.notices[1].starts_with("Cumbria is a county"));
        assert_eq!(c.notices.len(), 2);
        let c = f.run(WALSALL, CUMBERLAND, 20, &[]).expect("valid");
        assert_eq!(c.notices.len(), 1);
        assert!(c.notices[0].starts_with("Cumberland has not declared any offers yet."));
        let c = f.run(BLABY, WALSALL, 20, &[]).expect("valid");
        assert!(c.notices[0]
            .starts_with("Blaby is a district council, so Leicestershire looked after you"));
        let c = f.run(WALSALL, LEICESTERSHIRE, 20, &[]).expect("valid");
        assert!(c
            .notices
            .iter()
            .any(|n| n.starts_with("Leicestershire is a county")));
        let c = f.run(WALSALL, TRAFFORD, 20, &[]).expect("valid");
        assert!(c.notices.is_empty(), "{:?}", c.notices);
    }

    #[test]
    fn conditions_are_shown_and_whom_to_ask_is_named() {
        let f = fixture();
        let c = f.run(WALSALL, TRAFFORD, 19, &[]).expect("valid");
        let bursary = row(&c, "higher-education-bursary").expect("row");
        assert_eq!(bursary.stay[0].conditions, [InHigherEducation]);
        let leisure = row(&c, "leisure").expect("row");
        let ask = leisure.moving[0].ask.as_deref().unwrap_or_default();
        assert!(
            ask.contains("ask Trafford") && ask.contains("Personal Adviser at Walsall"),
            "{ask}"
        );
        assert!(row(&c, "council-tax").expect("row").stay[0].ask.is_none());
    }

    #[test]
    fn money_per_year_counts_firm_recurring_amounts_only() {
        let f = fixture();
        let c = f.run(WALSALL, TRAFFORD, 20, &[]).expect("valid");
        // Walsall £100 a year follows; Trafford adds £200 for any care leaver. The £300
        // furniture package and the £2000 bursary are one-off and left out.
        assert_eq!(
            c.summary.money_per_year_pence,
            Some(MoneyPerYear {
                stay: 10_000,
                moving: 30_000,
                difference: 20_000
            })
        );
        assert!(c.summary.money_basis.contains("One-off"));
        let c = f.run(TRAFFORD, WALSALL, 20, &[]).expect("valid");
        assert_eq!(
            c.summary.money_per_year_pence,
            Some(MoneyPerYear {
                stay: 20_000,
                moving: 0,
                difference: -20_000
            })
        );
        let c = f.run(WILTSHIRE, WILTSHIRE, 20, &[]).expect("valid");
        assert_eq!(c.summary.money_per_year_pence, None);
        let total: usize = [
            c.summary.gain,
            c.summary.loss,
            c.summary.same,
            c.summary.better,
            c.summary.worse,
            c.summary.ask,
        ]
        .iter()
        .sum();
        assert_eq!(total, c.rows.len());
    }

    #[test]
    fn rows_follow_category_then_label_order() {
        let f = fixture();
        let c = f.run(WALSALL, TRAFFORD, 20, &[]).expect("valid");
        let rank = |r: &Row| {
            (
                Category::ALL.iter().position(|x| *x == r.category),
                r.label.clone(),
            )
        };
        assert!(c.rows.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])));
        assert!(c
            .rows
            .iter()
            .all(|r| !r.stay.is_empty() || !r.moving.is_empty()));
        assert_eq!(
            row(&c, "council-tax").map(|r| r.label.as_str()),
            Some("Council tax help")
        );
    }

    #[test]
    fn only_a_few_pledges_are_listed_but_all_count() {
        let mut f = fixture();
        let national = Coverage {
            national: true,
            ..Coverage::default()
        };
        for i in 0..(PLEDGES_LISTED_PER_SIDE + 4) {
            f.pledges.push(pledge(
                &format!("many-{i}"),
                "civil-service",
                "careers-advice",
                PledgeStatus::Published,
                national.clone(),
            ));
        }
        let c = f.run(WALSALL, TRAFFORD, 19, &[]).expect("compare");
        let row = c
            .rows
            .iter()
            .find(|r| r.topic == "careers-advice")
            .expect("row");
        let listed = |side: &[Entitlement]| side.iter().filter(|e| e.pledge.is_some()).count();
        assert_eq!(listed(&row.stay), PLEDGES_LISTED_PER_SIDE);
        assert_eq!(listed(&row.moving), PLEDGES_LISTED_PER_SIDE);
        assert_eq!(row.more_pledges, MorePledges { stay: 4, moving: 4 });
        assert_eq!(row.change, Change::Same);
    }

    #[test]
    fn json_has_the_documented_shape() {
        let f = fixture();
        let c = f
            .run(WALSALL, BLABY, 19, &[InHigherEducation])
            .expect("valid");
        let json = serde_json::to_value(&c).expect("serialises");
        let keys = |v: &serde_json::Value| -> Vec<String> {
            let mut k: Vec<String> = v
                .as_object()
                .map(|o| o.keys().cloned().collect())
                .unwrap_or_default();
            k.sort();
            k
        };
        assert_eq!(
            keys(&json),
            [
                "age",
                "circumstances",
                "from",
                "notices",
                "rows",
                "summary",
                "to",
                "to_county"
            ]
        );
        assert_eq!(json["to_county"]["code"], LEICESTERSHIRE);
        assert_eq!(
            json["circumstances"],
            serde_json::json!(["in_higher_education"])
        );
        let first = &json["rows"][0];
        assert_eq!(
            keys(first),
            [
                "category",
                "change",
                "label",
                "more_pledges",
                "move",
                "stay",
                "topic"
            ]
        );
        let ent = &json["rows"]
            .as_array()
            .and_then(|rows| rows.iter().find(|r| r["topic"] == "council-tax"))
            .cloned()
            .unwrap_or_default()["stay"][0];
        assert_eq!(
            keys(ent),
            [
                "ask",
                "certainty",
                "conditions",
                "offer",
                "provider",
                "status",
                "summary",
                "title",
                "value",
                "via"
            ]
        );
        assert_eq!(
            ent["provider"],
            serde_json::json!({"type": "authority", "id": WALSALL, "name": "Walsall"})
        );
        assert_eq!(ent["via"], "home");
        assert_eq!(ent["value"]["percent"], 100);
        assert_eq!(
            keys(&json["summary"]),
            [
                "ask",
                "better",
                "gain",
                "loss",
                "money_basis",
                "money_per_year_pence",
                "same",
                "worse"
            ]
        );
        assert_eq!(
            keys(&json["summary"]["money_per_year_pence"]),
            ["difference", "move", "stay"]
        );
        let c = f.run(WALSALL, TRAFFORD, 20, &[]).expect("valid");
        let json = serde_json::to_value(&c).expect("serialises");
        assert_eq!(json["to_county"], serde_json::Value::Null);
        let travel = json["rows"]
            .as_array()
            .and_then(|rows| rows.iter().find(|r| r["topic"] == "travel"))
            .cloned()
            .unwrap_or_default();
        assert_eq!(travel["move"][0]["guarantee"], "greater-manchester/travel");
        assert_eq!(travel["move"][0]["provider"]["type"], "partnership");
        assert_eq!(travel["move"][0]["value"], serde_json::Value::Null);
        assert_eq!(travel["change"], "gain");
        let req: CompareRequest =
            serde_json::from_value(serde_json::json!({"from": WALSALL, "to": TRAFFORD, "age": 20}))
                .expect("circumstances default to none");
        assert!(req.circumstances.is_empty());
    }
}

/// Property tests: small arbitrary registries, including inconsistent ones.
#[cfg(test)]
mod props {
    use super::*;
    use crate::partnership::{GuaranteeItem, Standard};
    use crate::{Basis, OrganisationKind, Period};
    use proptest::prelude::*;

    /// The last code never names an authority, so lookups also fail.
    const CODES: [&str; 6] = [
        "E06000001",
        "E06000002",
        "E10000003",
        "E07000004",
        "E07000005",
        "E99999999",
    ];
    const TOPICS: [&str; 5] = [
        "council-tax",
        "wifi",
        "travel",
        "personal-adviser",
        "not-a-topic",
    ];
    const PARTNERSHIPS: [&str; 2] = ["p1", "p2"];

    fn tier() -> impl Strategy<Value = Tier> {
        prop::sample::select(vec![
            Tier::County,
            Tier::Unitary,
            Tier::MetropolitanDistrict,
            Tier::LondonBorough,
            Tier::District,
        ])
    }
    fn status() -> impl Strategy<Value = OfferStatus> {
        prop::sample::select(vec![
            OfferStatus::Available,
            OfferStatus::Pilot,
            OfferStatus::Planned,
            OfferStatus::Ended,
        ])
    }
    fn applies() -> impl Strategy<Value = AppliesTo> {
        prop::sample::select(vec![
            AppliesTo::OwnCareLeaversAnywhere,
            AppliesTo::OwnCareLeaversInArea,
            AppliesTo::AnyCareLeaverInArea,
            AppliesTo::Unstated,
        ])
    }
    fn circumstances() -> impl Strategy<Value = Vec<Circumstance>> {
        prop::sample::subsequence(
            vec![
                Circumstance::InHigherEducation,
                Circumstance::YoungParent,
                Circumstance::InApprenticeship,
            ],
            0..=3,
        )
    }
    fn codes() -> impl Strategy<Value = Vec<String>> {
        prop::sample::subsequence(CODES.to_vec(), 0..=3)
            .prop_map(|v| v.into_iter().map(String::from).collect())
    }
    fn partnership_ids() -> impl Strategy<Value = Vec<String>> {
        prop::sample::subsequence(PARTNERSHIPS.to_vec(), 0..=2)
            .prop_map(|v| v.into_iter().map(String::from).collect())
    }
    fn value() -> impl Strategy<Value = Option<Value>> {
        let per = prop::sample::select(vec![
            Period::Once,
            Period::Week,
            Period::Month,
            Period::Year,
        ]);
        prop::option::of(
            (
                prop::option::of(any::<u64>()),
                prop::option::of(per),
                prop::option::of(any::<u32>()),
                prop::option::of(any::<u8>()),
            )
                .prop_map(|(amount_pence, per, count, percent)| Value {
                    amount_pence,
                    per,
                    count,
                    percent,
                    note: None,
                }),
        )
    }

    fn authorities() -> impl Strategy<Value = Vec<Authority>> {
        let one = (
            tier(),
            prop::option::of(0..CODES.len()),
            partnership_ids(),
            any::<bool>(),
            codes(),
        );
        prop::collection::vec(prop::option::weighted(0.85, one), CODES.len() - 1).prop_map(
            |slots| {
                slots
                    .into_iter()
                    .enumerate()
                    .filter_map(|(i, slot)| {
                        let (tier, parent, partnerships, replaced, successors) = slot?;
                        Some(Authority {
                            code: CODES[i].into(),
                            name: format!("Council {i}"),
                            tier,
                            parent: parent.map(|p| CODES[p].to_string()),
                            partnerships,
                            website: None,
                            offer_url: None,
                            offer_reviewed: None,
                            predecessors: vec![],
                            successors,
                            replaced_on: if replaced {
                                NaiveDate::from_ymd_opt(2023, 4, 1)
                            } else {
                                None
                            },
                        })
                    })
                    .collect()
            },
        )
    }

    fn category_of(slug: &str) -> Category {
        topic(slug).map_or(Category::Money, |t| t.category)
    }

    fn offers() -> impl Strategy<Value = Vec<Offer>> {
        let one = (
            0..CODES.len(),
            prop::sample::select(TOPICS.to_vec()),
            status(),
            applies(),
            14u8..24,
            16u8..27,
            circumstances(),
            value(),
        );
        prop::collection::vec(one, 0..24).prop_map(|list| {
            list.into_iter()
                .enumerate()
                .map(
                    |(i, (a, t, status, applies_to, age_from, age_to, conditions, value))| {
                        let mut offer = crate::offer::test_offer(&format!("o{i}"), CODES[a], t);
                        let c = &mut offer.content;
                        c.basis = Basis::Statutory;
                        (c.status, c.applies_to, c.age_from, c.age_to) =
                            (status, applies_to, age_from, age_to);
                        (c.conditions, c.value) = (conditions, value);
                        offer
                    },
                )
                .collect()
        })
    }

    fn partnerships() -> impl Strategy<Value = Vec<Partnership>> {
        let item = (
            prop::collection::vec(prop::sample::select(TOPICS.to_vec()), 0..3),
            prop::option::of(0u8..30),
            prop::option::of(applies()),
        );
        let one = (
            prop::sample::select(PARTNERSHIPS.to_vec()),
            codes(),
            prop::collection::vec(item, 0..3),
        );
        prop::collection::vec(one, 0..3).prop_map(|list| {
            list.into_iter()
                .map(|(id, members, items)| Partnership {
                    id: id.into(),
                    name: id.to_uppercase(),
                    members,
                    guarantee: items
                        .into_iter()
                        .enumerate()
                        .map(|(i, (topics, age_to, applies_to))| GuaranteeItem {
                            id: format!("g{i}"),
                            title: "g".into(),
                            topics: topics.into_iter().map(String::from).collect(),
                            standard: Standard {
                                text: "std".into(),
                                age_to,
                                applies_to,
                                amount_pence_per_year: None,
                            },
                            source: None,
                        })
                        .collect(),
                    source: None,
                    notes: vec![],
                })
                .collect()
        })
    }

    fn pledges() -> impl Strategy<Value = Vec<Pledge>> {
        let pledge_status = prop::sample::select(vec![
            PledgeStatus::Pending,
            PledgeStatus::Published,
            PledgeStatus::Withdrawn,
            PledgeStatus::Rejected,
        ]);
        let one = (
            0..3usize,
            prop::sample::select(TOPICS.to_vec()),
            pledge_status,
            any::<bool>(),
            partnership_ids(),
            codes(),
            14u8..24,
            16u8..27,
            circumstances(),
        );
        prop::collection::vec(one, 0..6).prop_map(|list| {
            list.into_iter()
                .enumerate()
                .map(
                    |(
                        i,
                        (
                            org,
                            t,
                            status,
                            national,
                            partnerships,
                            authorities,
                            age_from,
                            age_to,
                            conditions,
                        ),
                    )| Pledge {
                        id: format!("p{i}"),
                        organisation: format!("org{org}"),
                        topic: t.into(),
                        category: category_of(t),
                        title: "t".into(),
                        summary: "s".into(),
                        details: None,
                        status,
                        rejection_reason: None,
                        coverage: Coverage {
                            national,
                            partnerships,
                            authorities,
                        },
                        age_from,
                        age_to,
                        conditions,
                        places: None,
                        how_to_apply: None,
                        closes: None,
                        source: None,
                        version: 1,
                        updated_at: None,
                        draft: None,
                    },
                )
                .collect()
        })
    }

    struct Registry {
        authorities: Vec<Authority>,
        offers: Vec<Offer>,
        partnerships: Vec<Partnership>,
        pledges: Vec<Pledge>,
        organisations: Vec<Organisation>,
    }

    impl std::fmt::Debug for Registry {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_struct("Registry")
                .field("authorities", &self.authorities)
                .field("offers", &self.offers)
                .field("partnerships", &self.partnerships)
                .field("pledges", &self.pledges)
                .finish()
        }
    }

    impl Registry {
        fn data(&self) -> CompareData<'_> {
            CompareData {
                authorities: &self.authorities,
                offers: &self.offers,
                partnerships: &self.partnerships,
                pledges: &self.pledges,
                organisations: &self.organisations,
            }
        }
    }

    fn registry() -> impl Strategy<Value = Registry> {
        (authorities(), offers(), partnerships(), pledges()).prop_map(
            |(authorities, offers, partnerships, pledges)| Registry {
                authorities,
                offers,
                partnerships,
                pledges,
                organisations: (0..2)
                    .map(|i| Organisation {
                        id: format!("org{i}"),
                        name: format!("Org {i}"),
                        kind: OrganisationKind::Charity,
                        website: None,
                        signed: None,
                        verified: false,
                        source: None,
                        contact_email: None,
                        statement: None,
                    })
                    .collect(),
            },
        )
    }

    fn request() -> impl Strategy<Value = CompareRequest> {
        (0..CODES.len(), 0..CODES.len(), 14u8..28, circumstances()).prop_map(
            |(f, t, age, circumstances)| CompareRequest {
                from: CODES[f].into(),
                to: CODES[t].into(),
                age,
                circumstances,
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]

        #[test]
        fn never_panics_and_always_serialises(reg in registry(), req in request()) {
            if let Ok(c) = compare(&reg.data(), &req) {
                prop_assert!(serde_json::to_string(&c).is_ok());
                prop_assert!(c.rows.iter().all(|r| !r.stay.is_empty() || !r.moving.is_empty()));
                let counted = c.summary.gain + c.summary.loss + c.summary.same + c.summary.better + c.summary.worse + c.summary.ask;
                prop_assert_eq!(counted, c.rows.len());
            }
        }

        #[test]
        fn same_place_never_gains_or_loses(reg in registry(), req in request()) {
            let req = CompareRequest { to: req.from.clone(), ..req };
            if let Ok(c) = compare(&reg.data(), &req) {
                for r in &c.rows {
                    prop_assert!(matches!(r.change, Change::Same | Change::Ask), "{:?}", r);
                }
            }
        }

        #[test]
        fn move_entitlements_come_by_an_allowed_route(reg in registry(), req in request()) {
            let Ok(c) = compare(&reg.data(), &req) else { return Ok(()) };
            // Who looked after them, as the rules define it.
            let from = reg.authorities.iter().find(|a| a.code == req.from);
            let responsible = match from {
                Some(a) if a.tier == Tier::District => a.parent.clone(),
                Some(a) => Some(a.code.clone()),
                None => None,
            };
            let responsible = responsible.unwrap_or_default();
            for r in &c.rows {
                let mut offers_seen = Vec::new();
                for e in &r.moving {
                    let ids = [e.offer.is_some(), e.pledge.is_some(), e.guarantee.is_some()];
                    prop_assert_eq!(ids.iter().filter(|x| **x).count(), 1);
                    if let Some(id) = &e.offer {
                        prop_assert!(!offers_seen.contains(id), "offer {} twice", id);
                        offers_seen.push(id.clone());
                        let o = reg.offers.iter().find(|o| &o.id == id);
                        prop_assert!(o.is_some());
                        let Some(o) = o else { continue };
                        prop_assert!(o.covers_age(req.age));
                        prop_assert_eq!(e.certainty == Certainty::Ask, o.content.applies_to == AppliesTo::Unstated);
                        match e.via {
                            Via::Home => prop_assert_eq!(o.content.applies_to, AppliesTo::OwnCareLeaversAnywhere),
                            Via::Destination => {
                                if matches!(o.content.applies_to, AppliesTo::OwnCareLeaversAnywhere | AppliesTo::OwnCareLeaversInArea) {
                                    let owner = reg.authorities.iter().find(|a| a.code == o.authority);
                                    let theirs = owner.is_some_and(|a| a.code == responsible || a.parent.as_deref() == Some(responsible.as_str()));
                                    prop_assert!(theirs, "{:?} is not theirs", o);
                                }
                            }
                            other => prop_assert!(false, "offer via {:?}", other),
                        }
                    }
                    if let Some(id) = &e.pledge {
                        prop_assert_eq!(e.via, Via::Covenant);
                        prop_assert_eq!(e.provider.kind, ProviderKind::Organisation);
                        let published = reg.pledges.iter().any(|p| &p.id == id && p.status == PledgeStatus::Published);
                        prop_assert!(published);
                    }
                    if e.guarantee.is_some() {
                        prop_assert_eq!(e.via, Via::Partnership);
                        prop_assert_eq!(e.provider.kind, ProviderKind::Partnership);
                        prop_assert!(e.value.is_none());
                    }
                    if e.status != OfferStatus::Available {
                        prop_assert!(!e.is_firm());
                    }
                }
                for e in &r.stay {
                    prop_assert!(matches!((e.via, e.offer.is_some()), (Via::Home, true) | (Via::Partnership | Via::Covenant, false)));
                }
            }
        }
    }
}
