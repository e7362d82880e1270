//! The comparison in its compact form, the answer of `GET /api/v2/compare`: the same rows,
//! changes, entitlements and summary as [`Comparison`] (v1), with what repeats said once.
//!
//! - Councils, organisations, partnerships and the law's providers are in lookup tables
//!   (`councils`, `organisations`, `partnerships`, `law`); an entitlement names its
//!   provider by code or id, and a question whom to ask the same way. How to reach them is
//!   in the table (a council's `leaving_care`, an organisation's `website`).
//! - Sources and the sentences that repeat (why something reaches them, whom to ask, how
//!   to apply, reading notes) are in `sources` and `texts`, referred to by position.
//! - A question carries its text once: v1's `ask` and `question.whom_text` are one
//!   sentence, here `question.ask`.
//! - Each offer's own facts are in `offers`, once: a portable offer is in both columns.
//! - Covenant pledges are counted per topic and kind (`pledges.stay`, `.move`: reaching
//!   one place only; `.both`: either way) with the first [`LISTED`] of each kind listed;
//!   search lists them all (`type=pledge` and the row's topic). `lost` counts positions
//!   in this answer's `stay`: a pledge counted in `pledges.stay` but not listed reaches
//!   only home, so it certainly stops after moving too.
//!
//! Nothing is decided here: [`compact`] only rewrites a [`Comparison`] the rules made.

use std::collections::BTreeMap;

use foldhash::HashMap;

use serde::{Deserialize, Serialize};

use crate::compare::{AsOf, Certainty, Comparison, Entitlement, ProviderKind, Row, Summary, Via};
use crate::snapshot::Prepared;
use crate::{
    AppliesTo, Authority, Category, Circumstance, GuaranteeStatus, OfferStatus, OrganisationKind,
    Source, Value,
};

/// Covenant pledges listed per row in each of `stay`, `move` and `both`; every one is
/// counted in `pledges`, and search lists them all.
pub const LISTED: usize = 1;

/// The answer to `GET /api/v2/compare`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CompactComparison {
    /// Code of the council in `from` (in `councils`).
    pub from: String,
    /// Code of the council in `to` (in `councils`).
    pub to: String,
    /// The county over `to` when `to` is a district.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_county: Option<String>,
    /// The district they live in now, when `from` is a county and they said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    pub age: u8,
    pub circumstances: Vec<Circumstance>,
    pub notices: Vec<String>,
    pub rows: Vec<CompactRow>,
    pub summary: Summary,
    /// How current each side's offers are (as v1's `as_of`).
    #[serde(default)]
    pub as_of: Vec<AsOf>,
    /// Every offer the rows name, by id: what it is, once (a portable offer is in both
    /// columns); the rows say why it reaches them.
    pub offers: BTreeMap<String, OfferFacts>,
    /// Every council the answer names, by code.
    pub councils: BTreeMap<String, Authority>,
    /// Every covenant organisation the answer names, by id.
    #[serde(default)]
    pub organisations: BTreeMap<String, OrganisationRef>,
    /// Every partnership the answer names: id → name.
    #[serde(default)]
    pub partnerships: BTreeMap<String, String>,
    /// What the law gives: record id → who provides it (the law or the scheme).
    #[serde(default)]
    pub law: BTreeMap<String, String>,
    /// Citations, referred to by position.
    pub sources: Vec<Source>,
    /// Sentences that repeat, referred to by position.
    pub texts: Vec<String>,
}

/// A council's offer as the rows refer to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OfferFacts {
    /// The council giving it (in `councils`).
    pub council: String,
    pub title: String,
    pub summary: String,
    /// Left out when `available`.
    #[serde(default = "available", skip_serializing_if = "is_available")]
    pub status: OfferStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_to: Option<AppliesTo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Circumstance>,
    /// Position in `texts`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_access: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// Position in `sources`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<usize>,
    /// The offer's reading note (position in `texts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<usize>,
}

/// A covenant organisation as a comparison shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OrganisationRef {
    pub name: String,
    pub kind: Option<OrganisationKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// One topic, side by side (v1's [`Row`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CompactRow {
    pub topic: String,
    pub label: String,
    pub category: Category,
    pub change: crate::compare::Change,
    pub stay: Vec<CompactEntitlement>,
    #[serde(rename = "move")]
    pub moving: Vec<CompactEntitlement>,
    /// What reaches them wherever they live: the law, then the first covenant pledge.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub both: Vec<CompactEntitlement>,
    /// Positions in `stay` of firm entitlements that certainly stop after moving.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lost: Vec<usize>,
    /// How many covenant pledges reach them, listed or not.
    pub pledges: PledgeCounts,
}

/// Covenant pledges of a row: on one side only, or either way (the same pledges).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PledgeCounts {
    pub stay: usize,
    #[serde(rename = "move")]
    pub moving: usize,
    pub both: usize,
}

/// One entitlement (v1's [`Entitlement`]); exactly one of `offer`, `pledge`, `guarantee`
/// and `law` names the record, and one of `council`, `organisation`, `partnership` and
/// `law` its provider. An offer's own facts (title, summary, council, status, value,
/// conditions, how to access, contact, source, note) are in `offers`, not here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CompactEntitlement {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pledge: Option<String>,
    /// `partnership-id/item-id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guarantee: Option<String>,
    /// The law's record (and its provider, in `law`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
    /// The providing council (in `councils`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub council: Option<String>,
    /// The providing organisation (in `organisations`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// The providing partnership (in `partnerships`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partnership: Option<String>,
    /// Left out for an offer (see `offers`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Left out for an offer (see `offers`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub via: Via,
    /// Left out when `available`, and for an offer (see `offers`).
    #[serde(default = "available", skip_serializing_if = "is_available")]
    pub status: OfferStatus,
    /// Left out when `yes`.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub certainty: Certainty,
    /// Left out for an offer (see `offers`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_to: Option<AppliesTo>,
    /// Why it reaches them, or why that is not certain (position in `texts`).
    pub reason: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Circumstance>,
    /// What to ask and whom, whenever this is not a firm yes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<CompactQuestion>,
    /// Position in `texts`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_access: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// Position in `sources`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<usize>,
    /// The offer's reading note (position in `texts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<usize>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub if_you_are: Vec<Circumstance>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<GuaranteeStatus>,
}

/// Something to ask before moving: the question, and whom to ask as a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CompactQuestion {
    pub text: String,
    /// Whom to ask, as a sentence (position in `texts`; v1's `ask`).
    pub ask: usize,
    /// Whom to ask when it is not the provider: the council that looked after them,
    /// through the Personal Adviser (in `councils`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whom: Option<String>,
    /// Ask through the Personal Adviser at the council that looked after them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub personal_adviser: bool,
}

fn available() -> OfferStatus {
    OfferStatus::Available
}
fn is_available(s: &OfferStatus) -> bool {
    *s == OfferStatus::Available
}
fn yes() -> Certainty {
    Certainty::Yes
}
fn is_yes(c: &Certainty) -> bool {
    *c == Certainty::Yes
}

/// The tables an answer fills as it goes.
struct Tables<'a> {
    prepared: &'a Prepared,
    offers: BTreeMap<String, OfferFacts>,
    councils: BTreeMap<String, Authority>,
    organisations: BTreeMap<String, OrganisationRef>,
    partnerships: BTreeMap<String, String>,
    law: BTreeMap<String, String>,
    sources: Vec<Source>,
    texts: Vec<String>,
    text_at: HashMap<String, usize>,
}

impl Tables<'_> {
    /// The position of `s` in `texts`, filed there if new (the sentence moves in).
    fn text(&mut self, s: String) -> usize {
        if let Some(&i) = self.text_at.get(&s) {
            return i;
        }
        self.text_at.insert(s.clone(), self.texts.len());
        self.texts.push(s);
        self.texts.len() - 1
    }

    fn source(&mut self, s: &Source) -> usize {
        match self.sources.iter().position(|x| x == s) {
            Some(i) => i,
            None => {
                self.sources.push(s.clone());
                self.sources.len() - 1
            }
        }
    }

    /// Files a council by code: its record where the registry holds it, else its name.
    fn council(&mut self, code: &str, name: &str) {
        if self.councils.contains_key(code) {
            return;
        }
        let authorities = &self.prepared.records.authorities;
        let record = match crate::authority::find_by_code(authorities, code) {
            Some(a) => a.clone(),
            None => Authority {
                code: code.to_string(),
                name: name.to_string(),
                tier: crate::Tier::Unitary,
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
            },
        };
        self.councils.insert(code.to_string(), record);
    }

    fn organisation(&mut self, id: &str, name: &str) {
        if self.organisations.contains_key(id) {
            return;
        }
        let found = self.prepared.organisation(id);
        self.organisations.insert(
            id.to_string(),
            OrganisationRef {
                name: name.to_string(),
                kind: found.map(|o| o.kind),
                website: found.and_then(|o| o.website.clone()),
            },
        );
    }

    /// `e` in the compact form; its strings move into the answer, none is copied, and
    /// `e` is left empty. Taken in place: an entitlement is most of a kilobyte, and
    /// moving each one out of its list copied it.
    fn entitlement(&mut self, e: &mut Entitlement) -> CompactEntitlement {
        use std::mem::take;
        let mut out = CompactEntitlement {
            offer: e.offer.take(),
            pledge: e.pledge.take(),
            guarantee: e.guarantee.take(),
            law: None,
            council: None,
            organisation: None,
            partnership: None,
            title: Some(take(&mut e.title)),
            summary: Some(take(&mut e.summary)),
            via: e.via,
            status: e.status,
            certainty: e.certainty,
            applies_to: e.applies_to,
            reason: self.text(take(&mut e.reason)),
            value: e.value.take(),
            conditions: take(&mut e.conditions),
            question: None,
            how_to_access: e.how_to_access.take().map(|t| self.text(t)),
            contact: e.contact.take(),
            source: e.source.as_ref().map(|s| self.source(s)),
            note: e.note.take().map(|t| self.text(t)),
            if_you_are: take(&mut e.if_you_are),
            agreed: e.agreed,
        };
        let question = e.question.take();
        let p = &e.provider;
        match p.kind {
            ProviderKind::Authority => {
                self.council(&p.id, &p.name);
                out.council = Some(p.id.clone());
            }
            ProviderKind::Organisation => {
                self.organisation(&p.id, &p.name);
                out.organisation = Some(p.id.clone());
            }
            ProviderKind::Partnership => {
                self.partnerships.insert(p.id.clone(), p.name.clone());
                out.partnership = Some(p.id.clone());
            }
            ProviderKind::Law => {
                self.law.insert(p.id.clone(), p.name.clone());
                out.law = Some(p.id.clone());
            }
        }
        if let (Some(id), Some(council)) = (&out.offer, out.council.take()) {
            let facts = OfferFacts {
                council,
                title: out.title.take().unwrap_or_default(),
                summary: out.summary.take().unwrap_or_default(),
                status: out.status,
                applies_to: out.applies_to.take(),
                value: out.value.take(),
                conditions: std::mem::take(&mut out.conditions),
                how_to_access: out.how_to_access.take(),
                contact: out.contact.take(),
                source: out.source.take(),
                note: out.note.take(),
            };
            out.status = OfferStatus::Available;
            self.offers.entry(id.clone()).or_insert(facts);
        }
        if let Some(q) = question {
            let whom = (q.whom != *p).then(|| {
                match q.whom.kind {
                    ProviderKind::Authority => self.council(&q.whom.id, &q.whom.name),
                    ProviderKind::Organisation => self.organisation(&q.whom.id, &q.whom.name),
                    ProviderKind::Partnership | ProviderKind::Law => {}
                }
                q.whom.id
            });
            out.question = Some(CompactQuestion {
                text: q.text,
                ask: self.text(q.whom_text),
                whom,
                personal_adviser: q.personal_adviser,
            });
        }
        out
    }

    /// One side's list with at most [`LISTED`] covenant pledges, and the positions of
    /// `lost` in it (a pledge not listed is counted, and one reaching only home
    /// certainly stops after moving).
    fn side(
        &mut self,
        mut list: Vec<Entitlement>,
        lost: &[usize],
    ) -> (Vec<CompactEntitlement>, Vec<usize>) {
        let mut out = Vec::with_capacity(list.len());
        let mut kept_lost = Vec::new();
        let mut pledges = 0;
        for (i, e) in list.iter_mut().enumerate() {
            if e.via == Via::Covenant {
                if pledges == LISTED {
                    continue;
                }
                pledges += 1;
            }
            if lost.contains(&i) {
                kept_lost.push(out.len());
            }
            out.push(self.entitlement(e));
        }
        (out, kept_lost)
    }

    fn row(&mut self, r: Row) -> CompactRow {
        let covenant =
            |list: &[Entitlement]| list.iter().filter(|e| e.via == Via::Covenant).count();
        let pledges = PledgeCounts {
            stay: covenant(&r.stay) + r.more_pledges.stay,
            moving: covenant(&r.moving) + r.more_pledges.moving,
            both: covenant(&r.both) + r.more_pledges.both,
        };
        let (stay, lost) = self.side(r.stay, &r.lost);
        let (moving, _) = self.side(r.moving, &[]);
        let (both, _) = self.side(r.both, &[]);
        CompactRow {
            topic: r.topic,
            label: r.label,
            category: r.category,
            change: r.change,
            stay,
            moving,
            both,
            lost,
            pledges,
        }
    }
}

/// `comparison` in the compact form, its tables filled from `prepared` (the registry the
/// comparison was made from). It takes the comparison whole, so its strings move.
pub fn compact(comparison: Comparison, prepared: &Prepared) -> CompactComparison {
    let mut t = Tables {
        prepared,
        offers: BTreeMap::new(),
        councils: BTreeMap::new(),
        organisations: BTreeMap::new(),
        partnerships: BTreeMap::new(),
        law: BTreeMap::new(),
        sources: Vec::new(),
        texts: Vec::new(),
        text_at: HashMap::default(),
    };
    let c = comparison;
    for a in [
        Some(&c.from),
        Some(&c.to),
        c.to_county.as_ref(),
        c.district.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        t.councils.insert(a.code.clone(), a.clone());
    }
    let rows = c.rows.into_iter().map(|r| t.row(r)).collect();
    CompactComparison {
        from: c.from.code,
        to: c.to.code,
        to_county: c.to_county.map(|a| a.code),
        district: c.district.map(|a| a.code),
        age: c.age,
        circumstances: c.circumstances,
        notices: c.notices,
        rows,
        summary: c.summary,
        as_of: c.as_of,
        offers: t.offers,
        councils: t.councils,
        organisations: t.organisations,
        partnerships: t.partnerships,
        law: t.law,
        sources: t.sources,
        texts: t.texts,
    }
}
