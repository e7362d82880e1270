//! Two people changing one offer at once: the three-way merge that keeps both changes.
//!
//! Each editor starts from a version of the offer (the *base*). When one saves after
//! someone else did, their edit (*mine*) is merged with the offer as it is now (*theirs*)
//! field by field, against the base:
//!
//! - a field only one side changed takes that side's value, whoever saved last;
//! - a field both changed to the same value is no conflict;
//! - a field both changed to different values is a [`FieldConflict`]: a person chooses
//!   whose to keep ([`Keep`]), seeing the original, theirs and their own.
//!
//! Fields are compared as whole values, as the form shows them ([`Field`]): a value's
//! amount, period, count, percentage and note are one field, as are the parts of the
//! source, the council tax terms, and the topic with its category. Line endings do not
//! count as a change (browsers send a text box's lines as CRLF).
//!
//! A merge without conflicts is an offer the validation accepts (when both sides are):
//! where the two sides' changes do not fit together (the ages from one and the other, or
//! council tax terms on an offer the other moved to another topic), the fields involved
//! are conflicts too. Fields bound by such a rule ([`Field::bound_with`]) are offered
//! together.

use serde::{Deserialize, Serialize};

use crate::offer::OfferContent;
use crate::spreadsheet::{
    column, column_for, content_cell, content_from_cells, Cells, SOURCE_COLUMNS, VALUE_COLUMNS,
};

/// A field of an offer as merged: one value, compared whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The topic and its category.
    Topic,
    Title,
    Summary,
    Details,
    Status,
    Basis,
    AppliesTo,
    AgeFrom,
    AgeTo,
    Conditions,
    Value,
    HowToAccess,
    Contact,
    Source,
    Reviewed,
    CouncilTax,
    Note,
    /// Who delivers it (the Personal Adviser, or a local service).
    Delivery,
    /// The oldest age a service still takes new referrals at.
    NewReferralsTo,
}

impl Field {
    /// Every field, in the form's order.
    pub const ALL: [Field; 19] = [
        Field::Topic,
        Field::Title,
        Field::Summary,
        Field::Details,
        Field::Status,
        Field::Basis,
        Field::AppliesTo,
        Field::AgeFrom,
        Field::AgeTo,
        Field::Conditions,
        Field::Value,
        Field::HowToAccess,
        Field::Contact,
        Field::Source,
        Field::Reviewed,
        Field::CouncilTax,
        Field::Note,
        Field::Delivery,
        Field::NewReferralsTo,
    ];

    /// The API's name of the field (`age_to`, `council_tax`).
    pub fn name(self) -> &'static str {
        match self {
            Field::Topic => "topic",
            Field::Title => "title",
            Field::Summary => "summary",
            Field::Details => "details",
            Field::Status => "status",
            Field::Basis => "basis",
            Field::AppliesTo => "applies_to",
            Field::AgeFrom => "age_from",
            Field::AgeTo => "age_to",
            Field::Conditions => "conditions",
            Field::Value => "value",
            Field::HowToAccess => "how_to_access",
            Field::Contact => "contact",
            Field::Source => "source",
            Field::Reviewed => "reviewed",
            Field::CouncilTax => "council_tax",
            Field::Note => "note",
            Field::Delivery => "delivery",
            Field::NewReferralsTo => "new_referrals_to",
        }
    }

    /// The field called `name` (as [`Field::name`] spells it).
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The form's columns that hold the field (see `spreadsheet::COLUMNS`).
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Field::Topic => &["topic", "category"],
            Field::Value => VALUE_COLUMNS,
            Field::Source => SOURCE_COLUMNS,
            Field::CouncilTax => &["council_tax.relief", "council_tax.shared_households"],
            Field::Title => &["title"],
            Field::Summary => &["summary"],
            Field::Details => &["details"],
            Field::Status => &["status"],
            Field::Basis => &["basis"],
            Field::AppliesTo => &["applies_to"],
            Field::AgeFrom => &["age_from"],
            Field::AgeTo => &["age_to"],
            Field::Conditions => &["conditions"],
            Field::HowToAccess => &["how_to_access"],
            Field::Contact => &["contact"],
            Field::Reviewed => &["reviewed"],
            Field::Note => &["note"],
            Field::Delivery => &["delivery"],
            Field::NewReferralsTo => &["new_referrals_to"],
        }
    }

    /// The field holding a column, or a validation error's field (`value.amount_pence`,
    /// `conditions[2]`).
    pub fn of_column(name: &str) -> Option<Field> {
        let name = column_for(name);
        Field::ALL.into_iter().find(|f| f.columns().contains(&name))
    }

    /// The label a person knows the field by ("To age", "What it is worth").
    pub fn label(self) -> &'static str {
        match self {
            Field::Value => "What it is worth",
            Field::Source => "Source",
            Field::CouncilTax => "Council tax terms",
            f => column(f.columns()[0]).map_or("", |c| c.label),
        }
    }

    /// The field a validation rule ties this one to: a value of one is only right
    /// beside a value of the other (ages from and to; council tax terms and the topic).
    pub fn bound_with(self) -> Option<Field> {
        match self {
            Field::AgeFrom => Some(Field::AgeTo),
            Field::AgeTo => Some(Field::AgeFrom),
            Field::Topic => Some(Field::CouncilTax),
            Field::CouncilTax => Some(Field::Topic),
            _ => None,
        }
    }

    /// The field's cells in an offer's content, keyed by column.
    pub fn cells(self, content: &OfferContent) -> Cells {
        self.columns()
            .iter()
            .map(|c| (c.to_string(), content_cell(content, c)))
            .collect()
    }

    /// Whether two offers hold the same value in this field, as the form shows it (line
    /// endings aside).
    pub fn same(self, a: &OfferContent, b: &OfferContent) -> bool {
        self.columns().iter().all(|c| {
            let (x, y) = (content_cell(a, c), content_cell(b, c));
            x == y || x.replace("\r\n", "\n") == y.replace("\r\n", "\n")
        })
    }

    /// Copies the field's value from `from` into `into`.
    pub fn take(self, into: &mut OfferContent, from: &OfferContent) {
        match self {
            Field::Topic => {
                into.topic = from.topic.clone();
                into.category = from.category;
            }
            Field::Title => into.title = from.title.clone(),
            Field::Summary => into.summary = from.summary.clone(),
            Field::Details => into.details = from.details.clone(),
            Field::Status => into.status = from.status,
            Field::Basis => into.basis = from.basis,
            Field::AppliesTo => into.applies_to = from.applies_to,
            Field::AgeFrom => into.age_from = from.age_from,
            Field::AgeTo => into.age_to = from.age_to,
            Field::Conditions => into.conditions = from.conditions.clone(),
            Field::Value => into.value = from.value.clone(),
            Field::HowToAccess => into.how_to_access = from.how_to_access.clone(),
            Field::Contact => into.contact = from.contact.clone(),
            Field::Source => into.source = from.source.clone(),
            Field::Reviewed => into.reviewed = from.reviewed,
            Field::CouncilTax => into.council_tax = from.council_tax,
            Field::Note => into.note = from.note.clone(),
            Field::Delivery => into.delivery = from.delivery,
            Field::NewReferralsTo => into.new_referrals_to = from.new_referrals_to,
        }
    }
}

/// Whose value a person keeps for a field both changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Keep {
    /// The value saved first, as it is stored now.
    Theirs,
    /// The value the person saving typed.
    Mine,
}

impl Keep {
    pub fn slug(self) -> &'static str {
        match self {
            Keep::Theirs => "theirs",
            Keep::Mine => "mine",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Keep> {
        match slug {
            "theirs" => Some(Keep::Theirs),
            "mine" => Some(Keep::Mine),
            _ => None,
        }
    }
}

/// A field both sides changed, differently: its cells in the version both started from,
/// as saved since, and as the person saving typed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldConflict {
    pub field: Field,
    pub base: Cells,
    pub theirs: Cells,
    pub mine: Cells,
}

impl FieldConflict {
    fn of(field: Field, base: &OfferContent, theirs: &OfferContent, mine: &OfferContent) -> Self {
        FieldConflict {
            field,
            base: field.cells(base),
            theirs: field.cells(theirs),
            mine: field.cells(mine),
        }
    }

    /// The cells kept by a choice.
    pub fn kept(&self, keep: Keep) -> &Cells {
        match keep {
            Keep::Theirs => &self.theirs,
            Keep::Mine => &self.mine,
        }
    }
}

/// What a merge makes of two edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merge {
    /// Theirs with every change only mine made. A field in `conflicts` holds theirs
    /// until someone chooses.
    pub merged: OfferContent,
    /// The fields both changed differently, in the form's order.
    pub conflicts: Vec<FieldConflict>,
    /// The fields only theirs changed (kept in `merged`).
    pub theirs_only: Vec<Field>,
    /// The fields only mine changed (kept in `merged`).
    pub mine_only: Vec<Field>,
}

impl Merge {
    /// True when nothing is left to choose.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }

    /// Whether `field` is a conflict.
    pub fn conflicts_on(&self, field: Field) -> bool {
        self.conflicts.iter().any(|c| c.field == field)
    }
}

/// Merges `mine` (an edit of `base`) into `theirs` (the offer saved since `base`).
pub fn merge(base: &OfferContent, theirs: &OfferContent, mine: &OfferContent) -> Merge {
    let mut merged = theirs.clone();
    let mut conflicting = Vec::new();
    let mut theirs_only = Vec::new();
    let mut mine_only = Vec::new();
    for field in Field::ALL {
        let they_changed = !field.same(base, theirs);
        let i_changed = !field.same(base, mine);
        match (they_changed, i_changed) {
            (false, false) => {}
            (true, false) => theirs_only.push(field),
            (false, true) => {
                field.take(&mut merged, mine);
                mine_only.push(field);
            }
            (true, true) if field.same(theirs, mine) => {}
            (true, true) => conflicting.push(field),
        }
    }
    let differ = |f: &Field| !f.same(theirs, mine);
    // A field bound to a conflict is chosen beside it.
    for field in conflicting.clone() {
        if let Some(other) = field.bound_with().filter(differ) {
            if !conflicting.contains(&other) {
                conflicting.push(other);
            }
        }
    }
    // Changes that each pass but not together, whichever side is kept where both
    // changed: the fields the validation names, and the fields bound to them.
    let mut more: Vec<Field> = Vec::new();
    for side in [theirs, mine] {
        let mut candidate = merged.clone();
        for field in &conflicting {
            field.take(&mut candidate, side);
        }
        if let Err(errors) = valid(&candidate) {
            for field in errors.iter().filter_map(|name| Field::of_column(name)) {
                for f in [Some(field), field.bound_with()].into_iter().flatten() {
                    if differ(&f) && !conflicting.contains(&f) && !more.contains(&f) {
                        more.push(f);
                    }
                }
            }
        }
    }
    conflicting.extend(more);
    if conflicting.is_empty() && valid(&merged).is_err() {
        conflicting = Field::ALL.into_iter().filter(differ).collect();
    }
    conflicting.sort();
    for field in &conflicting {
        field.take(&mut merged, theirs);
    }
    theirs_only.retain(|f| !conflicting.contains(f));
    mine_only.retain(|f| !conflicting.contains(f));
    Merge {
        merged,
        conflicts: conflicting
            .into_iter()
            .map(|f| FieldConflict::of(f, base, theirs, mine))
            .collect(),
        theirs_only,
        mine_only,
    }
}

/// Whether the validation accepts the content as the form would send it; else the fields
/// it names.
fn valid(content: &OfferContent) -> Result<(), Vec<String>> {
    let cells: Cells = crate::spreadsheet::content_cells(content);
    content_from_cells(&|c| cells.get(c).cloned().unwrap_or_default())
        .map(|_| ())
        .map_err(|e| e.0.into_iter().map(|e| e.field).collect())
}

/// The fields whose value differs between two versions, in the form's order.
pub fn changed(before: &OfferContent, after: &OfferContent) -> Vec<Field> {
    Field::ALL
        .into_iter()
        .filter(|f| !f.same(before, after))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offer::{test_offer, CouncilTaxRelief, OfferContent};
    use crate::spreadsheet::content_columns;
    use crate::{CouncilTaxTerms, Period, Value};

    fn base() -> OfferContent {
        let mut c = test_offer("walsall-leisure", "E08000030", "leisure").content;
        c.title = "Free leisure centres".into();
        c
    }

    #[test]
    fn every_column_of_the_form_belongs_to_exactly_one_field() {
        for column in content_columns() {
            let owners: Vec<Field> = Field::ALL
                .into_iter()
                .filter(|f| f.columns().contains(&column.name))
                .collect();
            assert_eq!(owners.len(), 1, "{} is in {owners:?}", column.name);
        }
        let total: usize = Field::ALL.iter().map(|f| f.columns().len()).sum();
        assert_eq!(total, content_columns().count());
        for f in Field::ALL {
            assert_eq!(Field::from_name(f.name()), Some(f));
            assert!(!f.label().is_empty(), "{f:?}");
        }
        assert_eq!(Field::AgeTo.label(), "To age");
        assert_eq!(Field::of_column("value.amount_pence"), Some(Field::Value));
        assert_eq!(Field::of_column("conditions[1]"), Some(Field::Conditions));
        assert_eq!(Field::of_column("category"), Some(Field::Topic));
    }

    #[test]
    fn a_field_only_one_side_changed_keeps_that_sides_value() {
        // The case: they set "To age" to 23, I changed only the title.
        let base = base();
        let mut theirs = base.clone();
        theirs.age_to = 23;
        let mut mine = base.clone();
        mine.title = "Free gym and swimming".into();
        let m = merge(&base, &theirs, &mine);
        assert!(m.is_clean(), "{:?}", m.conflicts);
        assert_eq!(m.merged.age_to, 23);
        assert_eq!(m.merged.title, "Free gym and swimming");
        assert_eq!(m.theirs_only, [Field::AgeTo]);
        assert_eq!(m.mine_only, [Field::Title]);
    }

    #[test]
    fn a_field_both_changed_alike_is_no_conflict() {
        let base = base();
        let mut theirs = base.clone();
        theirs.contact = Some("Ask at the TLC Hub".into());
        let mut mine = theirs.clone();
        mine.contact = Some("Ask at the TLC Hub".into());
        mine.summary = "Gym, swimming and classes.".into();
        let m = merge(&base, &theirs, &mine);
        assert!(m.is_clean());
        assert_eq!(m.merged.contact.as_deref(), Some("Ask at the TLC Hub"));
        assert_eq!(m.merged.summary, "Gym, swimming and classes.");
        assert!(m.theirs_only.is_empty());
        assert_eq!(m.mine_only, [Field::Summary]);
    }

    #[test]
    fn a_field_both_changed_differently_is_a_conflict_with_all_three_values() {
        let base = base();
        let mut theirs = base.clone();
        theirs.title = "Their title".into();
        theirs.age_to = 23;
        let mut mine = base.clone();
        mine.title = "My title".into();
        mine.contact = Some("leisure@walsall.example".into());
        let m = merge(&base, &theirs, &mine);
        assert_eq!(m.conflicts.len(), 1);
        let c = &m.conflicts[0];
        assert_eq!(c.field, Field::Title);
        assert_eq!(c.base["title"], "Free leisure centres");
        assert_eq!(c.kept(Keep::Theirs)["title"], "Their title");
        assert_eq!(c.kept(Keep::Mine)["title"], "My title");
        // The rest merges by itself; the conflict holds theirs until someone chooses.
        assert_eq!(m.merged.title, "Their title");
        assert_eq!(m.merged.age_to, 23);
        assert_eq!(m.merged.contact.as_deref(), Some("leisure@walsall.example"));
    }

    #[test]
    fn a_whole_value_is_one_field() {
        let base = base();
        let mut theirs = base.clone();
        theirs.value = Some(Value {
            loan: false,
            up_to: false,
            amount_pence: Some(200_000),
            per: Some(Period::Once),
            count: None,
            percent: None,
            note: None,
        });
        let mut mine = base.clone();
        mine.value = Some(Value {
            loan: false,
            up_to: false,
            amount_pence: None,
            per: None,
            count: None,
            percent: None,
            note: Some("Free entry".into()),
        });
        let m = merge(&base, &theirs, &mine);
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].field, Field::Value);
        assert_eq!(m.conflicts[0].theirs["value.amount_pounds"], "2000");
        assert_eq!(m.conflicts[0].mine["value.note"], "Free entry");
    }

    #[test]
    fn line_endings_alone_are_no_change() {
        let mut base = base();
        base.details = Some("One.\nTwo.".into());
        let mut theirs = base.clone();
        theirs.details = Some("One.\nTwo.\nThree.".into());
        let mut mine = base.clone();
        mine.details = Some("One.\r\nTwo.".into());
        let m = merge(&base, &theirs, &mine);
        assert!(m.is_clean());
        assert_eq!(m.merged.details.as_deref(), Some("One.\nTwo.\nThree."));
    }

    #[test]
    fn changes_that_do_not_fit_together_are_offered_as_a_choice() {
        // They raised "From age" to 24; I lowered "To age" to 23: each is fine alone.
        let base = base();
        let mut theirs = base.clone();
        theirs.age_from = 24;
        let mut mine = base.clone();
        mine.age_to = 23;
        let m = merge(&base, &theirs, &mine);
        let fields: Vec<Field> = m.conflicts.iter().map(|c| c.field).collect();
        assert_eq!(fields, [Field::AgeFrom, Field::AgeTo]);
        assert!(m.theirs_only.is_empty() && m.mine_only.is_empty());
        // Council tax terms only belong to the council tax topic.
        let mut base = test_offer("o", "E08000030", "council-tax").content;
        base.council_tax = Some(CouncilTaxTerms {
            relief: CouncilTaxRelief::Discount,
            shared_households: None,
        });
        let mut theirs = base.clone();
        theirs.council_tax = Some(CouncilTaxTerms {
            relief: CouncilTaxRelief::FullExemption,
            shared_households: Some(true),
        });
        let mut mine = base.clone();
        mine.topic = "wifi".into();
        mine.council_tax = None;
        let m = merge(&base, &theirs, &mine);
        let fields: Vec<Field> = m.conflicts.iter().map(|c| c.field).collect();
        assert_eq!(fields, [Field::Topic, Field::CouncilTax]);
    }

    #[test]
    fn a_field_bound_to_a_conflict_is_chosen_beside_it() {
        let base = base();
        let mut theirs = base.clone();
        theirs.age_from = 18;
        theirs.age_to = 21;
        let mut mine = base.clone();
        mine.age_from = 17;
        let m = merge(&base, &theirs, &mine);
        let fields: Vec<Field> = m.conflicts.iter().map(|c| c.field).collect();
        assert_eq!(fields, [Field::AgeFrom, Field::AgeTo]);
        // Choosing theirs everywhere is their version.
        assert_eq!(m.merged, theirs);
    }

    #[test]
    fn changed_lists_the_fields_that_differ() {
        let base = base();
        let mut after = base.clone();
        after.age_to = 23;
        after.source.locator = "page 9".into();
        assert_eq!(changed(&base, &after), [Field::AgeTo, Field::Source]);
        assert!(changed(&base, &base).is_empty());
    }
}

/// Property tests: any base, any two edits, any order of saves.
#[cfg(test)]
mod props {
    use super::*;
    use crate::circumstance::Circumstance;
    use crate::offer::{test_offer, AppliesTo, Basis, CouncilTaxRelief, OfferStatus};
    use crate::topic::topic;
    use crate::{CouncilTaxTerms, Period, Value};
    use proptest::prelude::*;

    /// A few values per field, so that two edits often agree.
    fn content() -> impl Strategy<Value = OfferContent> {
        let text = |a: &'static str, b: &'static str| prop::sample::select(vec![a, b]);
        let opt = |a: &'static str| prop::option::of(prop::sample::select(vec![a, "Other"]));
        (
            (
                prop::sample::select(vec!["council-tax", "wifi", "leisure"]),
                text("Title one", "Title two"),
                text("Summary one", "Summary two"),
                opt("Details\nin lines"),
                prop::sample::select(vec![OfferStatus::Available, OfferStatus::Pilot]),
                prop::sample::select(vec![Basis::Statutory, Basis::Discretionary]),
                prop::sample::select(AppliesTo::CONCRETE.to_vec()),
                16u8..=25,
                16u8..=25,
            ),
            (
                prop::sample::subsequence(
                    vec![Circumstance::YoungParent, Circumstance::InHigherEducation],
                    0..=2,
                ),
                prop::option::of((
                    prop::option::of(prop::sample::select(vec![10_000u64, 200_000])),
                    prop::option::of(Just("In vouchers")),
                )),
                opt("Ask your adviser"),
                opt("0800 000 000"),
                text("Local Offer", "Leaflet"),
                prop::option::of(prop::sample::select(vec![1u32, 300])),
                prop::option::of(prop::sample::select(vec![
                    CouncilTaxRelief::FullExemption,
                    CouncilTaxRelief::Discount,
                ])),
                opt("Read from the law"),
            ),
        )
            .prop_map(
                |(
                    (topic_slug, title, summary, details, status, basis, applies_to, a, b),
                    (conditions, value, how, contact, document, reviewed, relief, note),
                )| {
                    let mut c = test_offer("o", "E08000030", topic_slug).content;
                    c.category = topic(topic_slug).unwrap().category;
                    c.title = title.into();
                    c.summary = summary.into();
                    c.details = details.map(Into::into);
                    c.status = status;
                    c.basis = basis;
                    c.applies_to = applies_to;
                    c.age_from = a.min(b);
                    c.age_to = a.max(b);
                    c.conditions = conditions;
                    c.value = value.map(|(amount, note)| Value {
                        loan: false,
                        up_to: false,
                        amount_pence: amount,
                        per: amount.map(|_| Period::Once),
                        count: None,
                        percent: None,
                        note: note.map(Into::into),
                    });
                    c.how_to_access = how.map(Into::into);
                    c.contact = contact.map(Into::into);
                    c.source.document = document.into();
                    c.reviewed = reviewed.map(|d| {
                        chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
                            + chrono::Days::new(u64::from(d))
                    });
                    c.council_tax = relief
                        .filter(|_| topic_slug == "council-tax")
                        .map(|relief| CouncilTaxTerms {
                            relief,
                            shared_households: None,
                        });
                    c.note = note.map(Into::into);
                    c
                },
            )
    }

    /// An edit of `base`: each field kept, or taken from `other`.
    fn edit(base: &OfferContent, other: &OfferContent, pick: u32) -> OfferContent {
        let mut c = base.clone();
        for (i, f) in Field::ALL.into_iter().enumerate() {
            if pick & (1 << i) != 0 {
                f.take(&mut c, other);
            }
        }
        // An editor's save is valid: fix what the mix broke, as the form would refuse.
        if c.age_from > c.age_to {
            c.age_to = c.age_from;
        }
        if c.topic != "council-tax" {
            c.council_tax = None;
        }
        c
    }

    /// Whether content passes the validation, as the form would send it.
    fn accepted(c: &OfferContent) -> bool {
        valid(c).is_ok()
    }

    /// What a person's choices make of a merge.
    fn resolve(m: &Merge, mine: &OfferContent, choices: u32) -> OfferContent {
        let mut c = m.merged.clone();
        for (i, conflict) in m.conflicts.iter().enumerate() {
            if choices & (1 << i) != 0 {
                conflict.field.take(&mut c, mine);
            }
        }
        c
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]

        #[test]
        fn no_change_made_by_only_one_side_is_lost(
            base in content(),
            a in content(),
            b in content(),
            pick_theirs in any::<u32>(),
            pick_mine in any::<u32>(),
        ) {
            let theirs = edit(&base, &a, pick_theirs);
            let mine = edit(&base, &b, pick_mine);
            let m = merge(&base, &theirs, &mine);
            for f in Field::ALL {
                let they = !f.same(&base, &theirs);
                let me = !f.same(&base, &mine);
                let offered = m.conflicts.iter().find(|c| c.field == f);
                match offered {
                    // Offered as a choice: only where the two differ, with both values.
                    Some(c) => {
                        prop_assert!(!f.same(&theirs, &mine), "{f:?} offered though alike");
                        prop_assert_eq!(&c.theirs, &f.cells(&theirs));
                        prop_assert_eq!(&c.mine, &f.cells(&mine));
                        prop_assert_eq!(&c.base, &f.cells(&base));
                    }
                    None => {
                        prop_assert!(!(they && me) || f.same(&theirs, &mine), "{f:?} both changed, not offered");
                        if me {
                            prop_assert!(f.same(&m.merged, &mine), "my change to {f:?} lost");
                        } else {
                            prop_assert!(f.same(&m.merged, &theirs), "their change to {f:?} lost");
                        }
                    }
                }
            }
            // Nothing to choose: an offer the validation accepts.
            if m.is_clean() && accepted(&theirs) && accepted(&mine) {
                prop_assert!(accepted(&m.merged), "{:?}", m.merged);
            }
            // Keeping theirs everywhere is theirs with my other changes; keeping mine
            // everywhere, mine with their other changes.
            let all_mine = resolve(&m, &mine, u32::MAX);
            for f in Field::ALL {
                if f.same(&base, &theirs) || m.conflicts_on(f) {
                    prop_assert!(f.same(&all_mine, &mine));
                }
            }
        }

        /// Editors open the offer, change it and save, in any order; every save that
        /// finds the offer changed is merged, and a person resolves any conflict (then
        /// saves that again, perhaps after yet another save). No save ever replaces a
        /// value its editor did not see: in the version they started from, or offered
        /// on the conflict page.
        #[test]
        fn no_sequence_of_concurrent_edits_drops_a_saved_change(
            first in content(),
            others in prop::collection::vec(content(), 3),
            steps in prop::collection::vec((0usize..3, any::<u32>(), any::<u32>()), 1..24),
        ) {
            let mut versions = vec![first];
            // Each editor: the version they started from and what they typed, once open.
            let mut editors: Vec<Option<(usize, OfferContent)>> = vec![None, None, None];
            for (who, pick, choices) in steps {
                let Some((base, mine)) = editors[who].take() else {
                    let base = versions.len() - 1;
                    let mine = edit(&versions[base], &others[who], pick);
                    editors[who] = Some((base, mine));
                    continue;
                };
                let current = versions.len() - 1;
                if base == current {
                    versions.push(mine);
                    continue;
                }
                let theirs = versions[current].clone();
                let m = merge(&versions[base], &theirs, &mine);
                if !m.is_clean() {
                    // The conflict page: they choose, and their choices are an edit of
                    // the version they were shown.
                    let resolved = resolve(&m, &mine, choices);
                    for f in Field::ALL {
                        if !f.same(&resolved, &theirs) {
                            let seen = f.same(&versions[base], &theirs) || m.conflicts_on(f);
                            prop_assert!(seen, "{f:?} of version {current} replaced unseen");
                        }
                    }
                    if accepted(&resolved) {
                        editors[who] = Some((current, resolved));
                    }
                    continue;
                }
                for f in Field::ALL {
                    if !f.same(&m.merged, &theirs) {
                        prop_assert!(
                            f.same(&versions[base], &theirs),
                            "{f:?} of version {current} replaced unseen"
                        );
                    }
                    if !f.same(&versions[base], &mine) {
                        prop_assert!(f.same(&m.merged, &mine), "my change to {f:?} lost");
                    }
                }
                versions.push(m.merged);
            }
        }
    }
}
