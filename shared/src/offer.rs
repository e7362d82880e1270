//! A council's offer: one entitlement in its Local Offer for care leavers.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::circumstance::Circumstance;
use crate::error::ErrorCode;
use crate::source::{Source, SourceInput};
use crate::validate::{parse_object, Check, ValidationErrors};
use crate::value::{Value, ValueInput};

/// Whether the entitlement can be had today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OfferStatus {
    Available,
    Pilot,
    Planned,
    Ended,
}

impl OfferStatus {
    /// Only an available offer is ever shown as a firm "yes".
    pub fn is_available(self) -> bool {
        self == OfferStatus::Available
    }

    pub fn label(self) -> &'static str {
        match self {
            OfferStatus::Available => "available",
            OfferStatus::Pilot => "pilot",
            OfferStatus::Planned => "planned",
            OfferStatus::Ended => "ended",
        }
    }
}

/// Whether the law requires the entitlement or the council chose to give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    Statutory,
    Discretionary,
}

/// Whom the entitlement is for: the heart of "who owes what across borders".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AppliesTo {
    /// The council's own care leavers, wherever they live (portable).
    OwnCareLeaversAnywhere,
    /// The council's own care leavers while they live in its area.
    OwnCareLeaversInArea,
    /// Any care leaver living in the area, whoever looked after them.
    AnyCareLeaverInArea,
    /// The source does not say. It can mean any of the three above, so it is a yes only
    /// for someone every one of them includes (see [`AppliesTo::reaches`]).
    Unstated,
}

pub use crate::topic::Delivery;

/// How a young person stands to the council whose offer is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Standing {
    /// They are one of the council's own care leavers (a district's own are its county's).
    pub own: bool,
    /// They live (or would live) in the council's area.
    pub lives_here: bool,
}

/// Whether an offer's `applies_to` reaches someone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reach {
    /// Every reading includes them.
    Yes,
    /// Some readings include them and some do not: ask.
    Ask,
    /// No reading includes them.
    No,
}

impl AppliesTo {
    /// The values that say whom an offer is for.
    pub const CONCRETE: [AppliesTo; 3] = [
        AppliesTo::OwnCareLeaversAnywhere,
        AppliesTo::OwnCareLeaversInArea,
        AppliesTo::AnyCareLeaverInArea,
    ];

    /// What the value can mean: itself, or for `unstated` every concrete value.
    pub fn readings(self) -> &'static [AppliesTo] {
        match self {
            AppliesTo::OwnCareLeaversAnywhere => &AppliesTo::CONCRETE[0..1],
            AppliesTo::OwnCareLeaversInArea => &AppliesTo::CONCRETE[1..2],
            AppliesTo::AnyCareLeaverInArea => &AppliesTo::CONCRETE[2..3],
            AppliesTo::Unstated => &AppliesTo::CONCRETE,
        }
    }

    /// What the value can mean once it is known who delivers the offer: help given by the
    /// Personal Adviser follows the young person (portable); a local service stays where
    /// it is (in the area only). A value the source states is never overridden.
    pub fn readings_when(self, delivery: Option<Delivery>) -> &'static [AppliesTo] {
        match (self, delivery) {
            (AppliesTo::Unstated, Some(Delivery::PersonalAdviser)) => &AppliesTo::CONCRETE[0..1],
            (AppliesTo::Unstated, Some(Delivery::LocalService)) => &AppliesTo::CONCRETE[1..3],
            _ => self.readings(),
        }
    }

    /// Whether the offer reaches someone standing so: a yes only when every reading
    /// includes them, never a yes that rests on a reading that leaves them out.
    pub fn reaches(self, standing: Standing) -> Reach {
        self.reaches_when(None, standing)
    }

    /// [`AppliesTo::reaches`], reading the value as [`AppliesTo::readings_when`] does.
    pub fn reaches_when(self, delivery: Option<Delivery>, standing: Standing) -> Reach {
        let includes = |reading: &AppliesTo| match reading {
            AppliesTo::OwnCareLeaversAnywhere => standing.own,
            AppliesTo::OwnCareLeaversInArea => standing.own && standing.lives_here,
            AppliesTo::AnyCareLeaverInArea => standing.lives_here,
            AppliesTo::Unstated => false,
        };
        let readings = self.readings_when(delivery);
        match readings.iter().filter(|r| includes(r)).count() {
            0 => Reach::No,
            n if n == readings.len() => Reach::Yes,
            _ => Reach::Ask,
        }
    }

    /// Whom it is for, in words, naming the council.
    pub fn describe(self, council: &str) -> String {
        match self {
            AppliesTo::OwnCareLeaversAnywhere => {
                format!("care leavers {council} looked after, wherever they live")
            }
            AppliesTo::OwnCareLeaversInArea => {
                format!("care leavers {council} looked after, while they live in its area")
            }
            AppliesTo::AnyCareLeaverInArea => {
                format!("any care leaver living in {council}'s area")
            }
            AppliesTo::Unstated => format!("{council} does not say whom it is for"),
        }
    }
}

/// How council tax relief is given: the differences that leave care leavers out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CouncilTaxRelief {
    FullExemption,
    Discount,
    RefundOnClaim,
    Unstated,
}

/// Council-tax-specific terms, only on offers of the `council-tax` topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CouncilTaxTerms {
    pub relief: CouncilTaxRelief,
    /// Whether it still applies when the care leaver shares a household; null if unstated.
    pub shared_households: Option<bool>,
}

/// What an offer says, without its identity and version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OfferContent {
    pub topic: String,
    pub category: Category,
    pub title: String,
    pub summary: String,
    pub details: Option<String>,
    pub status: OfferStatus,
    pub basis: Basis,
    pub applies_to: AppliesTo,
    pub age_from: u8,
    pub age_to: u8,
    pub conditions: Vec<Circumstance>,
    pub value: Option<Value>,
    pub how_to_access: Option<String>,
    pub contact: Option<String>,
    pub source: Source,
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub reviewed: Option<NaiveDate>,
    pub council_tax: Option<CouncilTaxTerms>,
    /// How the record was read from its source, where a reader should know: a value that
    /// comes from law rather than from the document (naming the statute), or a provision
    /// the document dates (a 2020 lockdown measure).
    #[serde(default)]
    pub note: Option<String>,
    /// Who delivers it, where the source says (else the topic may imply it: see
    /// [`Offer::delivery`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
    /// The oldest age at which the service still takes new referrals, where the source
    /// says it is closed to newcomers older than that.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_referrals_to: Option<u8>,
}

/// A stored offer: its content plus identity and version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Offer {
    pub id: String,
    /// GSS code of the authority that makes the offer.
    pub authority: String,
    #[serde(flatten)]
    pub content: OfferContent,
    pub version: u64,
    pub updated_at: DateTime<Utc>,
}

impl Offer {
    /// True when the offer covers someone of this age (ranges are inclusive).
    pub fn covers_age(&self, age: u8) -> bool {
        (self.content.age_from..=self.content.age_to).contains(&age)
    }

    /// Who delivers it: what the offer says, else what its topic or its conditions imply
    /// (a service for people registered with a local GP is a local service).
    pub fn delivery(&self) -> Option<Delivery> {
        let c = &self.content;
        c.delivery
            .or_else(|| crate::topic::delivery(&c.topic))
            .or_else(|| {
                c.conditions
                    .contains(&Circumstance::RegisteredWithLocalGp)
                    .then_some(Delivery::LocalService)
            })
    }
}

/// An offer as submitted by an editor (create or replace). Every field is optional here
/// so that a missing one is reported by name rather than as a parse failure.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct OfferInput {
    pub topic: Option<String>,
    pub category: Option<Category>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub details: Option<String>,
    pub status: Option<OfferStatus>,
    pub basis: Option<Basis>,
    pub applies_to: Option<AppliesTo>,
    pub age_from: Option<u8>,
    pub age_to: Option<u8>,
    pub conditions: Option<Vec<Circumstance>>,
    pub value: Option<ValueInput>,
    pub how_to_access: Option<String>,
    pub contact: Option<String>,
    pub source: Option<SourceInput>,
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub reviewed: Option<NaiveDate>,
    pub council_tax: Option<CouncilTaxTerms>,
    pub note: Option<String>,
    pub delivery: Option<Delivery>,
    pub new_referrals_to: Option<u8>,
    /// The version the editor last read; required when replacing an offer.
    pub version: Option<u64>,
}

/// Text limits, in characters.
pub use crate::validate::{MAX_CONDITIONS, MAX_DETAILS, MAX_SUMMARY, MAX_TITLE};
pub const MAX_HOW_TO_ACCESS: usize = 2_000;
pub const MAX_CONTACT: usize = 500;
pub const MAX_NOTE: usize = 1_000;

impl OfferInput {
    /// The field names an offer body may contain.
    pub const FIELDS: &'static [&'static str] = &[
        "topic",
        "category",
        "title",
        "summary",
        "details",
        "status",
        "basis",
        "applies_to",
        "age_from",
        "age_to",
        "conditions",
        "value",
        "how_to_access",
        "contact",
        "source",
        "reviewed",
        "council_tax",
        "note",
        "delivery",
        "new_referrals_to",
        "version",
    ];

    /// Parses a JSON body, naming unknown fields and wrongly typed values.
    pub fn from_json(value: serde_json::Value) -> Result<OfferInput, ValidationErrors> {
        parse_object(value, Self::FIELDS)
    }

    /// A new offer: every rule, and no `version` (a new offer has none yet).
    pub fn validate_new(self) -> Result<OfferContent, ValidationErrors> {
        if self.version.is_some() {
            return Err(ValidationErrors::single(
                "version",
                ErrorCode::UnknownField,
                "a new offer has no version: leave it out",
            ));
        }
        self.validate()
    }

    /// A replacement: every rule, and the `version` it replaces.
    pub fn validate_replacement(self) -> Result<(u64, OfferContent), ValidationErrors> {
        let Some(version) = self.version else {
            return Err(ValidationErrors::single(
                "version",
                ErrorCode::MissingField,
                "give the version you last read, so that no one's change is overwritten",
            ));
        };
        Ok((version, self.validate()?))
    }

    /// Checks every rule and returns the content to store, or every problem found.
    pub fn validate(self) -> Result<OfferContent, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let mut check = Check::new(&mut errors, "");

        let (topic_slug, known_topic) = check.topic("topic", self.topic);
        let category = check.required("category", self.category);
        check.category_of("category", known_topic, category);
        let (title, summary, details) = check.wording(self.title, self.summary, self.details);
        let status = check.required("status", self.status);
        let basis = check.required("basis", self.basis);
        let applies_to = check.required("applies_to", self.applies_to);
        let (age_from, age_to) = check.age_range(self.age_from, self.age_to);
        let conditions = check.conditions("conditions", self.conditions);
        let how_to_access =
            check.optional_text("how_to_access", self.how_to_access, MAX_HOW_TO_ACCESS);
        let contact = check.optional_text("contact", self.contact, MAX_CONTACT);
        let note = check.optional_text("note", self.note, MAX_NOTE);
        if self.council_tax.is_some() && topic_slug.as_deref() != Some("council-tax") {
            check.fail(
                "council_tax",
                ErrorCode::InvalidValue,
                "only offers of topic council-tax have council_tax terms",
            );
        }
        let new_referrals_to = match self.new_referrals_to {
            Some(age) => check.age("new_referrals_to", Some(age)),
            None => None,
        };
        let source_input = check.required("source", self.source);
        drop(check);
        let value = self.value.and_then(|v| v.validate("value", &mut errors));
        let source = source_input.and_then(|s| s.validate("source", &mut errors));

        let content = (|| {
            Some(OfferContent {
                topic: topic_slug?,
                category: category?,
                title: title?,
                summary: summary?,
                details,
                status: status?,
                basis: basis?,
                applies_to: applies_to?,
                age_from: age_from?,
                age_to: age_to?,
                conditions,
                value,
                how_to_access,
                contact,
                source: source?,
                reviewed: self.reviewed,
                council_tax: self.council_tax,
                note,
                delivery: self.delivery,
                new_referrals_to,
            })
        })();
        errors.finish(content)
    }
}

/// How current a council's held offer is: the newest date among its offers' sources
/// (the document's own date, else the day a web page was read), and whether that newest
/// date is only the day an undated page was read. `None` when nothing of its own offer is
/// held, or no source is dated.
pub fn as_of<'a>(
    authority: &str,
    offers: impl IntoIterator<Item = &'a Offer> + Clone,
) -> Option<(NaiveDate, bool)> {
    let sources = || {
        offers
            .clone()
            .into_iter()
            .filter(|o| o.authority == authority)
            .map(|o| &o.content.source)
    };
    let newest = sources().filter_map(|s| s.as_of()).max()?;
    let shown = sources().any(|s| s.date == Some(newest));
    Some((newest, !shown))
}

/// Whether a source dated `as_of` is older than `days` on `today` (an offer not reviewed
/// for two years may have changed: pages and the widget say so).
pub fn is_stale(as_of: NaiveDate, today: NaiveDate, days: i64) -> bool {
    (today - as_of).num_days() > days
}

/// Longest reason an editor may give for retiring an offer, in characters.
pub const MAX_RETIRE_REASON: usize = 1_000;

/// The reason an editor gives for retiring an offer: required, plain text of at most
/// [`MAX_RETIRE_REASON`] characters. It is kept in the audit entry of the retiring
/// version, so a board reading the history sees why the offer went.
pub fn retire_reason(text: Option<String>) -> Result<String, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let mut check = Check::new(&mut errors, "");
    let reason = check.required_text("reason", text, MAX_RETIRE_REASON);
    drop(check);
    errors.finish(reason)
}

/// A plain offer for unit tests across the crate: available, discretionary, for any care
/// leaver in the area, 16–25, no value, in its topic's category. Tests change the fields
/// they are about.
#[cfg(test)]
pub(crate) fn test_offer(id: &str, authority: &str, topic_slug: &str) -> Offer {
    Offer {
        id: id.into(),
        authority: authority.into(),
        content: OfferContent {
            delivery: None,
            new_referrals_to: None,
            topic: topic_slug.into(),
            category: crate::topic::topic(topic_slug).map_or(Category::Money, |t| t.category),
            title: format!("{id} title"),
            summary: format!("{id} summary"),
            details: None,
            status: OfferStatus::Available,
            basis: Basis::Discretionary,
            applies_to: AppliesTo::AnyCareLeaverInArea,
            age_from: 16,
            age_to: 25,
            conditions: vec![],
            value: None,
            how_to_access: None,
            contact: None,
            source: Source {
                read: None,
                document: "d".into(),
                locator: "l".into(),
                url: None,
                date: None,
            },
            reviewed: None,
            council_tax: None,
            note: None,
        },
        version: 1,
        updated_at: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_offer_is_as_current_as_its_newest_source_and_says_when_that_is_only_a_reading() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut document = test_offer("a", "E1", "council-tax");
        document.content.source.date = Some(day(2018, 5, 1));
        let mut page = test_offer("b", "E1", "wifi");
        page.content.source.read = Some(day(2026, 12, 6));
        let other = test_offer("c", "E2", "wifi");
        assert_eq!(
            as_of("E1", &[document.clone()]),
            Some((day(2018, 5, 1), false))
        );
        assert_eq!(
            as_of("E1", &[document.clone(), page.clone(), other.clone()]),
            Some((day(2026, 12, 6), true))
        );
        page.content.source.date = Some(day(2026, 11, 1));
        assert_eq!(
            as_of("E1", &[document, page]),
            Some((day(2026, 11, 1), false))
        );
        assert_eq!(as_of("E2", &[other]), None);
    }

    fn valid() -> serde_json::Value {
        json!({
            "topic": "council-tax", "category": "money", "title": "Council tax relief",
            "summary": "No council tax to pay.", "status": "available", "basis": "discretionary",
            "applies_to": "own_care_leavers_anywhere", "age_from": 18, "age_to": 24,
            "source": {"document": "001_b4b6f27fa2511586.txt", "locator": "section 2.4"}
        })
    }

    fn first_error(body: serde_json::Value) -> (String, String) {
        let e = OfferInput::from_json(body)
            .and_then(OfferInput::validate)
            .unwrap_err();
        let f = e.first().unwrap();
        (f.field.clone(), f.code.as_str().to_string())
    }

    #[test]
    fn a_valid_offer_passes() {
        let content = OfferInput::from_json(valid()).unwrap().validate().unwrap();
        assert_eq!(content.age_to, 24);
        assert_eq!(content.source.locator, "section 2.4");
    }

    #[test]
    fn each_required_field_is_named_when_missing() {
        for field in [
            "topic",
            "category",
            "title",
            "summary",
            "status",
            "basis",
            "applies_to",
            "age_from",
            "age_to",
            "source",
        ] {
            let mut body = valid();
            body.as_object_mut().unwrap().remove(field);
            assert_eq!(
                first_error(body),
                (field.to_string(), "missing_field".to_string()),
                "{field}"
            );
        }
    }

    #[test]
    fn bad_values_are_named() {
        let mut b = valid();
        b["age_to"] = json!(26);
        assert_eq!(first_error(b), ("age_to".into(), "out_of_range".into()));
        let mut b = valid();
        b["age_from"] = json!(22);
        b["age_to"] = json!(19);
        assert_eq!(first_error(b), ("age_to".into(), "out_of_range".into()));
        let mut b = valid();
        b["category"] = json!("employment");
        assert_eq!(first_error(b), ("category".into(), "invalid_value".into()));
        let mut b = valid();
        b["topic"] = json!("yachts");
        assert_eq!(first_error(b), ("topic".into(), "unknown_topic".into()));
        let mut b = valid();
        b["title"] = json!("x".repeat(MAX_TITLE + 1));
        assert_eq!(first_error(b), ("title".into(), "too_long".into()));
        let mut b = valid();
        b["source"]["url"] = json!("javascript:alert(1)");
        assert_eq!(first_error(b), ("source.url".into(), "invalid_url".into()));
        let mut b = valid();
        b["source"]["colour"] = json!("red");
        assert_eq!(
            first_error(b),
            ("source.colour".into(), "unknown_field".into())
        );
        let mut b = valid();
        b["status"] = json!("maybe");
        assert_eq!(first_error(b), ("status".into(), "invalid_type".into()));
        let mut b = valid();
        b["value"] = json!({"amount_pence": 200_000_000u64, "per": "year"});
        assert_eq!(
            first_error(b),
            ("value.amount_pence".into(), "out_of_range".into())
        );
        let mut b = valid();
        b["topic"] = json!("wifi");
        b["council_tax"] = json!({"relief": "full_exemption", "shared_households": null});
        assert_eq!(
            first_error(b),
            ("council_tax".into(), "invalid_value".into())
        );
    }

    #[test]
    fn unstated_is_a_yes_only_where_every_reading_agrees() {
        let standing = |own, lives_here| Standing { own, lives_here };
        let u = AppliesTo::Unstated;
        assert_eq!(u.reaches(standing(true, true)), Reach::Yes);
        assert_eq!(u.reaches(standing(true, false)), Reach::Ask);
        assert_eq!(u.reaches(standing(false, true)), Reach::Ask);
        assert_eq!(u.reaches(standing(false, false)), Reach::No);
        for own in [true, false] {
            for lives_here in [true, false] {
                let s = standing(own, lives_here);
                let concrete: Vec<Reach> =
                    AppliesTo::CONCRETE.iter().map(|a| a.reaches(s)).collect();
                // A concrete value is never an ask.
                assert!(!concrete.contains(&Reach::Ask));
                // Unstated is yes exactly when every concrete reading is.
                assert_eq!(
                    u.reaches(s) == Reach::Yes,
                    concrete.iter().all(|r| *r == Reach::Yes)
                );
            }
        }
    }

    #[test]
    fn a_retirement_needs_a_reason_of_plain_text() {
        assert_eq!(
            retire_reason(Some("  Replaced by the new grant. ".into())),
            Ok("Replaced by the new grant.".to_string())
        );
        for bad in [
            None,
            Some("   ".to_string()),
            Some("x".repeat(MAX_RETIRE_REASON + 1)),
        ] {
            let e = retire_reason(bad).unwrap_err();
            assert_eq!(e.first().unwrap().field, "reason");
        }
    }

    #[test]
    fn conditions_are_sorted_and_repeats_refused() {
        let mut b = valid();
        b["conditions"] = json!(["young_parent", "in_higher_education"]);
        let content = OfferInput::from_json(b).unwrap().validate().unwrap();
        assert_eq!(
            content.conditions,
            vec![Circumstance::InHigherEducation, Circumstance::YoungParent]
        );
        let mut b = valid();
        b["conditions"] = json!(["young_parent", "young_parent"]);
        assert_eq!(
            first_error(b),
            ("conditions".into(), "invalid_value".into())
        );
    }

    #[test]
    fn stored_offer_round_trips_through_json() {
        let content = OfferInput::from_json(valid()).unwrap().validate().unwrap();
        let offer = Offer {
            id: "walsall-council-tax".into(),
            authority: "E08000030".into(),
            content,
            version: 3,
            updated_at: DateTime::parse_from_rfc3339("2026-01-02T03:04:05Z")
                .unwrap()
                .into(),
        };
        let json = serde_json::to_value(&offer).unwrap();
        assert_eq!(json["applies_to"], "own_care_leavers_anywhere");
        assert_eq!(json["value"], serde_json::Value::Null);
        let back: Offer = serde_json::from_value(json).unwrap();
        assert_eq!(back, offer);
    }
}
