//! What the law gives every care leaver in England, wherever they live: entitlements from
//! Acts, regulations, statutory guidance and national schemes, not from any council.
//!
//! They are records of their own (the provider is the law or the scheme, cited to the
//! legislation or the government's page) and every comparison shows them once, under
//! "Wherever you live", so a care leaver gets a true answer about the law even where no
//! council's own offer is held. The law gives different help to its groups of care
//! leavers ([`Circumstance::GROUPS`]); a record names the groups it reaches.

use serde::{Deserialize, Serialize};

use crate::error::ErrorCode;
use crate::source::{Source, SourceInput};
use crate::topic::topic;
use crate::validate::{Check, ValidationErrors};
use crate::value::{Value, ValueInput};
use crate::{Circumstance, OfferStatus};

/// One entitlement the law (or a national scheme) gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LawRecord {
    pub id: String,
    pub topic: String,
    /// Who gives it, in words: "The law", "Department for Education (national scheme)".
    pub provider: String,
    pub title: String,
    pub summary: String,
    pub details: Option<String>,
    /// `planned` for what is enacted but not yet in force.
    pub status: OfferStatus,
    /// The legal groups it reaches (any one of them).
    pub groups: Vec<Circumstance>,
    pub age_from: u8,
    pub age_to: u8,
    /// Situations it needs, all of them (for example being at university).
    pub conditions: Vec<Circumstance>,
    pub value: Option<Value>,
    /// The Act, regulation or rules it rests on.
    pub legal_basis: String,
    pub how_to_access: Option<String>,
    pub source: Source,
    pub note: Option<String>,
}

/// A law record as written in the data file, checked like any input.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawRecordInput {
    pub id: String,
    pub topic: String,
    pub provider: String,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub details: Option<String>,
    pub status: OfferStatus,
    pub groups: Vec<Circumstance>,
    pub age_from: u8,
    pub age_to: u8,
    #[serde(default)]
    pub conditions: Vec<Circumstance>,
    #[serde(default)]
    pub value: Option<ValueInput>,
    pub legal_basis: String,
    #[serde(default)]
    pub how_to_access: Option<String>,
    pub source: SourceInput,
    #[serde(default)]
    pub note: Option<String>,
}

impl LawRecordInput {
    /// Every rule an offer's fields obey, and: at least one legal group, only groups in
    /// `groups`, no group among the conditions.
    pub fn validate(self) -> Result<LawRecord, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let mut check = Check::new(&mut errors, "");
        if topic(&self.topic).is_none() {
            check.fail(
                "topic",
                ErrorCode::UnknownTopic,
                "not in the topic vocabulary",
            );
        }
        let (title, summary, details) =
            check.wording(Some(self.title), Some(self.summary), self.details);
        let provider = check.required_name("provider", Some(self.provider), 200);
        let legal_basis = check.required_text("legal_basis", Some(self.legal_basis), 500);
        let how_to_access = check.optional_text(
            "how_to_access",
            self.how_to_access,
            crate::offer::MAX_HOW_TO_ACCESS,
        );
        let note = check.optional_text("note", self.note, crate::offer::MAX_NOTE);
        let age_from = check.age("age_from", Some(self.age_from));
        let age_to = check.age("age_to", Some(self.age_to));
        if self.age_from > self.age_to {
            check.fail(
                "age_to",
                ErrorCode::OutOfRange,
                "must not be below age_from",
            );
        }
        if self.groups.is_empty() || self.groups.iter().any(|g| !g.is_group()) {
            check.fail(
                "groups",
                ErrorCode::InvalidValue,
                "name one or more legal groups: eligible, relevant, former_relevant, qualifying",
            );
        }
        if self.conditions.iter().any(|c| c.is_group()) {
            check.fail(
                "conditions",
                ErrorCode::InvalidValue,
                "legal groups go in groups, not conditions",
            );
        }
        drop(check);
        let value = self.value.and_then(|v| v.validate("value", &mut errors));
        let source = self.source.validate("source", &mut errors);
        let record = (|| {
            Some(LawRecord {
                id: self.id,
                topic: self.topic,
                provider: provider?,
                title: title?,
                summary: summary?,
                details,
                status: self.status,
                groups: self.groups,
                age_from: age_from?,
                age_to: age_to?,
                conditions: self.conditions,
                value,
                legal_basis: legal_basis?,
                how_to_access,
                source: source?,
                note,
            })
        })();
        errors.finish(record)
    }
}

impl LawRecord {
    /// How a record stands for someone in `group` (when they said), who said `said` of
    /// their situation: `None` when it does not reach them; otherwise what they have not
    /// said that it needs (a situation, or, when they did not say their group, the group
    /// most care leavers of their age are in among those it reaches).
    pub fn unmet(
        &self,
        age: u8,
        said: &[Circumstance],
        group: Option<Circumstance>,
    ) -> Option<Vec<Circumstance>> {
        if !(self.age_from..=self.age_to).contains(&age) {
            return None;
        }
        let mut unmet = Circumstance::unmet(&self.conditions, said)?;
        match group {
            Some(g) if !self.groups.contains(&g) => return None,
            Some(_) => {}
            None if self.groups.len() == Circumstance::GROUPS.len() => {}
            None => {
                let likely = if age >= 18 {
                    Circumstance::FormerRelevant
                } else {
                    Circumstance::Relevant
                };
                let ask = if self.groups.contains(&likely) {
                    likely
                } else {
                    self.groups[0]
                };
                unmet.insert(0, ask);
            }
        }
        Some(unmet)
    }
}

/// The ids of the records, each once: a data file naming one twice is refused.
pub fn check_unique(records: &[LawRecord]) -> Result<(), String> {
    let mut ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    ids.sort_unstable();
    match ids.windows(2).find(|w| w[0] == w[1]) {
        Some(w) => Err(format!("law record {} is listed twice", w[0])),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(groups: &[Circumstance], conditions: &[Circumstance]) -> LawRecord {
        LawRecord {
            id: "law-x".into(),
            topic: "personal-adviser".into(),
            provider: "The law".into(),
            title: "t".into(),
            summary: "s".into(),
            details: None,
            status: OfferStatus::Available,
            groups: groups.to_vec(),
            age_from: 18,
            age_to: 24,
            conditions: conditions.to_vec(),
            value: None,
            legal_basis: "Children Act 1989".into(),
            how_to_access: None,
            source: Source {
                document: "d".into(),
                locator: "l".into(),
                url: None,
                date: None,
                read: None,
            },
            note: None,
        }
    }

    use Circumstance::*;

    #[test]
    fn a_record_for_their_group_reaches_them_and_one_for_another_group_does_not() {
        let r = record(&[FormerRelevant], &[]);
        assert_eq!(r.unmet(20, &[], Some(FormerRelevant)), Some(vec![]));
        assert_eq!(r.unmet(20, &[], Some(Qualifying)), None);
    }

    #[test]
    fn without_their_group_a_record_for_some_groups_is_theirs_only_if_they_are_the_likely_one() {
        let r = record(&[FormerRelevant, Qualifying], &[]);
        assert_eq!(r.unmet(20, &[], None), Some(vec![FormerRelevant]));
        let every = record(&Circumstance::GROUPS, &[]);
        assert_eq!(every.unmet(20, &[], None), Some(vec![]));
    }

    #[test]
    fn situations_and_ages_apply_as_for_any_offer() {
        let r = record(&Circumstance::GROUPS, &[InHigherEducation]);
        assert_eq!(r.unmet(20, &[], None), Some(vec![InHigherEducation]));
        assert_eq!(r.unmet(20, &[InHigherEducation], None), Some(vec![]));
        assert_eq!(r.unmet(25, &[InHigherEducation], None), None);
    }

    #[test]
    fn a_record_must_name_a_legal_group() {
        let input: LawRecordInput = serde_json::from_value(serde_json::json!({
            "id": "law-x", "topic": "personal-adviser", "provider": "The law", "title": "t",
            "summary": "s", "status": "available", "groups": ["in_higher_education"],
            "age_from": 18, "age_to": 24, "legal_basis": "Act",
            "source": {"document": "d", "locator": "l"}
        }))
        .expect("parses");
        let errors = input.validate().expect_err("not a group");
        assert_eq!(errors.0[0].field, "groups");
    }
}
