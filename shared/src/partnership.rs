//! Regional partnerships and the guarantees their members agree.

use serde::{Deserialize, Serialize};

use crate::error::ErrorCode;
use crate::offer::AppliesTo;
use crate::source::{Source, SourceInput};
use crate::topic::topic;
use crate::validate::{is_slug, parse_object, Check, ValidationErrors};

/// A named group of councils with a common guarantee (e.g. Greater Manchester).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Partnership {
    pub id: String,
    pub name: String,
    /// GSS codes of the member councils.
    pub members: Vec<String>,
    pub guarantee: Vec<GuaranteeItem>,
    #[serde(default)]
    pub source: Option<Source>,
    /// The board's notes on members' standing, kept beside the computed status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<BoardNote>,
}

/// A board member's note on one member and one guarantee item, with its evidence. The
/// status stays computed from offers; the note says what the board knows besides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BoardNote {
    /// GSS code of the member.
    pub member: String,
    /// Id of the guarantee item.
    pub item: String,
    pub text: String,
    #[serde(default)]
    pub evidence_url: Option<String>,
    /// Who wrote it: the person and their role, as the history signs changes.
    pub by: String,
    /// When it was written (notes from before dates were kept have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<chrono::DateTime<chrono::Utc>>,
}

impl Partnership {
    /// The note on `member` and `item`, if the board wrote one.
    pub fn note(&self, member: &str, item: &str) -> Option<&BoardNote> {
        self.notes
            .iter()
            .find(|n| n.member == member && n.item == item)
    }

    /// Replaces the guarantee's items; notes on items that no longer exist go with them.
    pub fn replace_guarantee(&mut self, items: Vec<GuaranteeItem>) {
        self.notes.retain(|n| items.iter().any(|i| i.id == n.item));
        self.guarantee = items;
    }

    /// Sets, replaces or (with `None`) removes the note on one member and item.
    pub fn set_note(&mut self, member: &str, item: &str, note: Option<BoardNote>) {
        self.notes
            .retain(|n| !(n.member == member && n.item == item));
        self.notes.extend(note);
        self.notes
            .sort_by(|a, b| (&a.member, &a.item).cmp(&(&b.member, &b.item)));
    }
}

/// One promise of a regional guarantee, tied to topics and a standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GuaranteeItem {
    pub id: String,
    pub title: String,
    pub topics: Vec<String>,
    pub standard: Standard,
    #[serde(default)]
    pub source: Option<Source>,
    /// How far the region has come with it, as its source says. A guarantee is a standard
    /// the members agreed, not an entitlement: only a member's own offer gives anything.
    #[serde(default)]
    pub status: GuaranteeStatus,
}

/// Where a guarantee item stands, in the words of its source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum GuaranteeStatus {
    /// Agreed as an aim, not yet said to be in place.
    #[default]
    Agreed,
    /// Being considered: not agreed yet.
    BeingConsidered,
    /// Under review (for example whether a model can be adopted).
    UnderReview,
    /// Said to be in place across the members.
    Achieved,
}

impl GuaranteeStatus {
    /// Its name on the wire, which the catalogue's `compare-agreed-status` and
    /// `why-guarantee` select their words by.
    pub fn key(self) -> &'static str {
        match self {
            GuaranteeStatus::Agreed => "agreed",
            GuaranteeStatus::BeingConsidered => "being_considered",
            GuaranteeStatus::UnderReview => "under_review",
            GuaranteeStatus::Achieved => "achieved",
        }
    }
}

/// The standard an offer must reach to meet a guarantee item. Unset parts are not asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Standard {
    /// The standard in the partnership's own words.
    pub text: String,
    /// The offer must run at least to this age.
    pub age_to: Option<u8>,
    /// The offer must reach these care leavers.
    pub applies_to: Option<AppliesTo>,
    /// The offer must be worth at least this much a year.
    pub amount_pence_per_year: Option<u64>,
}

/// Most items a guarantee may have; real ones have about a dozen.
pub const MAX_GUARANTEE_ITEMS: usize = 50;
const MAX_ITEM_TITLE: usize = 200;
const MAX_STANDARD_TEXT: usize = 1_000;
const MAX_NOTE: usize = 2_000;

/// `PUT /partnerships/{id}/guarantee` as sent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GuaranteeInput {
    /// The partnership's version last read, so no board member's edit overwrites another's.
    pub version: Option<u64>,
    pub guarantee: Option<Vec<GuaranteeItem>>,
}

impl GuaranteeInput {
    pub fn from_json(value: serde_json::Value) -> Result<GuaranteeInput, ValidationErrors> {
        parse_object(value, &["version", "guarantee"])
    }

    /// The expected version and the checked items.
    pub fn validate(self) -> Result<(u64, Vec<GuaranteeItem>), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let mut check = Check::new(&mut errors, "");
        let version = check.required("version", self.version);
        let given = check.required("guarantee", self.guarantee);
        let items = check.list("guarantee", given, MAX_GUARANTEE_ITEMS);
        let mut items_ok = Vec::with_capacity(items.len());
        let mut seen: Vec<String> = Vec::new();
        for (i, item) in items.into_iter().enumerate() {
            let mut check = Check::new(&mut errors, &format!("guarantee[{i}]"));
            if !is_slug(&item.id, 64) {
                check.fail(
                    "id",
                    ErrorCode::InvalidValue,
                    "must be a slug of a-z, 0-9 and -",
                );
            } else if seen.contains(&item.id) {
                check.fail("id", ErrorCode::Duplicate, "another item has this id");
            }
            seen.push(item.id.clone());
            let title = check.required_name("title", Some(item.title), MAX_ITEM_TITLE);
            if item.topics.is_empty() || item.topics.len() > 12 {
                check.fail(
                    "topics",
                    ErrorCode::OutOfRange,
                    "must name from 1 to 12 topics",
                );
            }
            for (j, t) in item.topics.iter().enumerate() {
                if topic(t).is_none() {
                    check.fail(
                        &format!("topics[{j}]"),
                        ErrorCode::UnknownTopic,
                        "not in the topic vocabulary (see /api/v1/topics)",
                    );
                }
            }
            let text =
                check.required_text("standard.text", Some(item.standard.text), MAX_STANDARD_TEXT);
            let age_to = match item.standard.age_to {
                Some(age) => check.age("standard.age_to", Some(age)),
                None => None,
            };
            drop(check);
            // The same rules as every other citation (an http(s) link, sane lengths).
            let source = item.source.and_then(|s| {
                SourceInput::from(s).validate(&format!("guarantee[{i}].source"), &mut errors)
            });
            if let (Some(title), Some(text)) = (title, text) {
                items_ok.push(GuaranteeItem {
                    id: item.id,
                    title,
                    topics: item.topics,
                    standard: Standard {
                        text,
                        age_to,
                        applies_to: item.standard.applies_to,
                        amount_pence_per_year: item.standard.amount_pence_per_year,
                    },
                    source,
                    status: item.status,
                });
            }
        }
        errors.finish(version.map(|v| (v, items_ok)))
    }
}

/// `PUT /partnerships/{id}/notes` as sent: one note, or `text: null` to remove it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct NoteInput {
    pub version: Option<u64>,
    pub member: Option<String>,
    pub item: Option<String>,
    pub text: Option<String>,
    pub evidence_url: Option<String>,
}

/// A checked note edit: which cell, and the note (`None` removes it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteEdit {
    pub version: u64,
    pub member: String,
    pub item: String,
    pub text: Option<String>,
    pub evidence_url: Option<String>,
}

impl NoteInput {
    pub fn from_json(value: serde_json::Value) -> Result<NoteInput, ValidationErrors> {
        parse_object(
            value,
            &["version", "member", "item", "text", "evidence_url"],
        )
    }

    /// Checks the note against the partnership it is for.
    pub fn validate(self, partnership: &Partnership) -> Result<NoteEdit, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let mut check = Check::new(&mut errors, "");
        let version = check.required("version", self.version);
        let member = check.required("member", self.member);
        if let Some(m) = &member {
            if !partnership.members.contains(m) {
                check.fail(
                    "member",
                    ErrorCode::UnknownReference,
                    "not a member of this partnership",
                );
            }
        }
        let item = check.required("item", self.item);
        if let Some(i) = &item {
            if !partnership.guarantee.iter().any(|g| &g.id == i) {
                check.fail(
                    "item",
                    ErrorCode::UnknownReference,
                    "not an item of this partnership's guarantee",
                );
            }
        }
        let text = check.optional_text("text", self.text, MAX_NOTE);
        let evidence_url = check.optional_url("evidence_url", self.evidence_url);
        if text.is_none() && evidence_url.is_some() {
            check.fail(
                "text",
                ErrorCode::MissingField,
                "say what the evidence shows",
            );
        }
        let edit = match (version, member, item) {
            (Some(version), Some(member), Some(item)) => Some(NoteEdit {
                version,
                member,
                item,
                text,
                evidence_url,
            }),
            _ => None,
        };
        errors.finish(edit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gm() -> Partnership {
        Partnership {
            id: "gm".into(),
            name: "GM".into(),
            members: vec!["E08000001".into()],
            guarantee: vec![GuaranteeItem {
                status: Default::default(),
                id: "council-tax".into(),
                title: "Council tax".into(),
                topics: vec!["council-tax".into()],
                standard: Standard {
                    text: "Exempt to 25".into(),
                    age_to: Some(25),
                    applies_to: None,
                    amount_pence_per_year: None,
                },
                source: None,
            }],
            source: None,
            notes: vec![],
        }
    }

    #[test]
    fn a_note_names_a_member_and_an_item_of_the_partnership() {
        let input = |member: &str, item: &str| NoteInput {
            version: Some(1),
            member: Some(member.into()),
            item: Some(item.into()),
            text: Some("Checked with the council".into()),
            evidence_url: Some("https://example.org/minutes".into()),
        };
        assert!(input("E08000001", "council-tax").validate(&gm()).is_ok());
        let err = input("E09000001", "council-tax")
            .validate(&gm())
            .unwrap_err();
        assert_eq!(err.0[0].field, "member");
        let err = input("E08000001", "gym").validate(&gm()).unwrap_err();
        assert_eq!(err.0[0].field, "item");
        let mut bad_url = input("E08000001", "council-tax");
        bad_url.evidence_url = Some("javascript:alert(1)".into());
        assert_eq!(
            bad_url.validate(&gm()).unwrap_err().0[0].field,
            "evidence_url"
        );
    }

    #[test]
    fn a_guarantee_edit_is_checked_item_by_item() {
        let mut items = gm().guarantee;
        items.push(items[0].clone());
        items[1].topics = vec!["no-such-topic".into()];
        let err = GuaranteeInput {
            version: Some(3),
            guarantee: Some(items),
        }
        .validate()
        .unwrap_err();
        let fields: Vec<&str> = err.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["guarantee[1].id", "guarantee[1].topics[0]"]);
        let (version, items) = GuaranteeInput {
            version: Some(3),
            guarantee: Some(gm().guarantee),
        }
        .validate()
        .unwrap();
        assert_eq!((version, items.len()), (3, 1));
        // A source's link follows the same rule as every citation; a title may not hide
        // characters.
        let mut items = gm().guarantee;
        items[0].source = Some(Source {
            read: None,
            document: "board minutes".into(),
            locator: "item 4".into(),
            url: Some("javascript:alert(1)".into()),
            date: None,
        });
        items[0].title = "Council tax\u{200B}".into();
        let err = GuaranteeInput {
            version: Some(3),
            guarantee: Some(items),
        }
        .validate()
        .unwrap_err();
        let found: Vec<(&str, &str)> = err
            .0
            .iter()
            .map(|e| (e.field.as_str(), e.code.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("guarantee[0].title", "invalid_value"),
                ("guarantee[0].source.url", "invalid_url")
            ]
        );
    }

    #[test]
    fn setting_a_note_replaces_and_none_removes() {
        let mut p = gm();
        let note = |text: &str| BoardNote {
            member: "E08000001".into(),
            item: "council-tax".into(),
            text: text.into(),
            evidence_url: None,
            by: "board:gm".into(),
            at: None,
        };
        p.set_note("E08000001", "council-tax", Some(note("a")));
        p.set_note("E08000001", "council-tax", Some(note("b")));
        assert_eq!(p.notes.len(), 1);
        assert_eq!(p.note("E08000001", "council-tax").unwrap().text, "b");
        p.set_note("E08000001", "council-tax", None);
        assert!(p.notes.is_empty());
        p.set_note("E08000001", "council-tax", Some(note("c")));
        p.replace_guarantee(vec![]);
        assert!(p.notes.is_empty(), "a note goes with its item");
    }

    #[test]
    fn a_status_key_is_its_name_on_the_wire() {
        for status in [
            GuaranteeStatus::Agreed,
            GuaranteeStatus::BeingConsidered,
            GuaranteeStatus::UnderReview,
            GuaranteeStatus::Achieved,
        ] {
            assert_eq!(serde_json::to_value(status).unwrap(), status.key());
        }
    }
}
