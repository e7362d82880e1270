//! `offer-atlas export --format csv --out DIR`: the registry as one CSV file per table
//! (authorities, offers, partnerships, organisations, pledges) for analysts' spreadsheets.
//!
//! Every record is there, public or not, with its status so that analysts can filter; what
//! is private to a person stays out (an organisation's contact address, a pledge's pending
//! draft and a moderator's reasons). Lists inside a cell are joined with `; `. The `csv`
//! crate quotes every field that needs it (commas, quotes, line breaks), so a cell holds
//! exactly the text stored.

use std::path::Path;

use anyhow::Context;
use atlas_shared::{Authority, Offer, Organisation, Partnership, Pledge};
use chrono::SecondsFormat;

use crate::store::Store;

fn opt<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

fn joined<T: AsRef<str>>(items: &[T]) -> String {
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join("; ")
}

/// An enum value as its JSON name (`own_care_leavers_anywhere`).
fn name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn table<R>(
    dir: &Path,
    file: &str,
    header: &[&str],
    records: &[R],
    row: impl Fn(&R) -> Vec<String>,
) -> anyhow::Result<usize> {
    let path = dir.join(format!("{file}.csv"));
    let mut writer = csv::Writer::from_path(&path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    writer.write_record(header)?;
    for r in records {
        let cells = row(r);
        debug_assert_eq!(
            cells.len(),
            header.len(),
            "{file}: a row does not fit its header"
        );
        writer.write_record(&cells)?;
    }
    writer.flush()?;
    Ok(records.len())
}

pub const AUTHORITY_COLUMNS: &[&str] = &[
    "code",
    "name",
    "tier",
    "parent",
    "partnerships",
    "website",
    "offer_url",
    "offer_reviewed",
    "predecessors",
    "successors",
    "replaced_on",
];

pub const OFFER_COLUMNS: &[&str] = &[
    "id",
    "authority",
    "authority_name",
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
    "value_amount_pence",
    "value_per",
    "value_count",
    "value_percent",
    "value_note",
    "value_in_words",
    "council_tax_relief",
    "council_tax_shared_households",
    "how_to_access",
    "contact",
    "source_document",
    "source_locator",
    "source_url",
    "source_date",
    "reviewed",
    "note",
    "version",
    "updated_at",
];

pub const PARTNERSHIP_COLUMNS: &[&str] = &[
    "id",
    "name",
    "members",
    "guarantee_items",
    "guarantee_item_titles",
    "source_document",
    "source_url",
];

pub const ORGANISATION_COLUMNS: &[&str] = &[
    "id",
    "name",
    "kind",
    "website",
    "signed",
    "verified",
    "statement",
    "source_document",
    "source_url",
];

pub const PLEDGE_COLUMNS: &[&str] = &[
    "id",
    "organisation",
    "topic",
    "category",
    "title",
    "summary",
    "details",
    "status",
    "coverage_national",
    "coverage_partnerships",
    "coverage_authorities",
    "age_from",
    "age_to",
    "conditions",
    "places",
    "how_to_apply",
    "closes",
    "source_document",
    "source_url",
    "version",
    "updated_at",
];

fn authority_row(a: &Authority) -> Vec<String> {
    vec![
        a.code.clone(),
        a.name.clone(),
        name(&a.tier),
        opt(&a.parent),
        joined(&a.partnerships),
        opt(&a.website),
        opt(&a.offer_url),
        opt(&a.offer_reviewed),
        joined(&a.predecessors),
        joined(&a.successors),
        opt(&a.replaced_on),
    ]
}

fn offer_row(o: &Offer, authority_name: &str) -> Vec<String> {
    let c = &o.content;
    let v = c.value.as_ref();
    let conditions: Vec<&str> = c.conditions.iter().map(|x| x.slug()).collect();
    vec![
        o.id.clone(),
        o.authority.clone(),
        authority_name.to_string(),
        c.topic.clone(),
        c.category.slug().to_string(),
        c.title.clone(),
        c.summary.clone(),
        opt(&c.details),
        c.status.label().to_string(),
        name(&c.basis),
        name(&c.applies_to),
        c.age_from.to_string(),
        c.age_to.to_string(),
        joined(&conditions),
        opt(&v.and_then(|v| v.amount_pence)),
        v.and_then(|v| v.per).map(|p| name(&p)).unwrap_or_default(),
        opt(&v.and_then(|v| v.count)),
        opt(&v.and_then(|v| v.percent)),
        opt(&v.and_then(|v| v.note.clone())),
        v.map(|v| v.describe()).unwrap_or_default(),
        c.council_tax.map(|t| name(&t.relief)).unwrap_or_default(),
        opt(&c.council_tax.and_then(|t| t.shared_households)),
        opt(&c.how_to_access),
        opt(&c.contact),
        c.source.document.clone(),
        c.source.locator.clone(),
        opt(&c.source.url),
        opt(&c.source.date),
        opt(&c.reviewed),
        opt(&c.note),
        o.version.to_string(),
        o.updated_at.to_rfc3339_opts(SecondsFormat::Secs, true),
    ]
}

fn partnership_row(p: &Partnership) -> Vec<String> {
    let ids: Vec<&str> = p.guarantee.iter().map(|i| i.id.as_str()).collect();
    let titles: Vec<&str> = p.guarantee.iter().map(|i| i.title.as_str()).collect();
    vec![
        p.id.clone(),
        p.name.clone(),
        joined(&p.members),
        joined(&ids),
        joined(&titles),
        p.source
            .as_ref()
            .map(|s| s.document.clone())
            .unwrap_or_default(),
        p.source
            .as_ref()
            .and_then(|s| s.url.clone())
            .unwrap_or_default(),
    ]
}

fn organisation_row(o: &Organisation) -> Vec<String> {
    vec![
        o.id.clone(),
        o.name.clone(),
        o.kind.slug().to_string(),
        opt(&o.website),
        opt(&o.signed),
        o.verified.to_string(),
        opt(&o.statement),
        o.source
            .as_ref()
            .map(|s| s.document.clone())
            .unwrap_or_default(),
        o.source
            .as_ref()
            .and_then(|s| s.url.clone())
            .unwrap_or_default(),
    ]
}

fn pledge_row(p: &Pledge) -> Vec<String> {
    let conditions: Vec<&str> = p.content.conditions.iter().map(|x| x.slug()).collect();
    vec![
        p.id.clone(),
        p.organisation.clone(),
        p.content.topic.clone(),
        p.content.category.slug().to_string(),
        p.content.title.clone(),
        p.content.summary.clone(),
        opt(&p.content.details),
        name(&p.status),
        p.content.coverage.national.to_string(),
        joined(&p.content.coverage.partnerships),
        joined(&p.content.coverage.authorities),
        p.content.age_from.to_string(),
        p.content.age_to.to_string(),
        joined(&conditions),
        opt(&p.content.places),
        opt(&p.content.how_to_apply),
        opt(&p.content.closes),
        p.content
            .source
            .as_ref()
            .map(|s| s.document.clone())
            .unwrap_or_default(),
        p.content
            .source
            .as_ref()
            .and_then(|s| s.url.clone())
            .unwrap_or_default(),
        p.version.to_string(),
        p.updated_at
            .map(|at| at.to_rfc3339_opts(SecondsFormat::Secs, true))
            .unwrap_or_default(),
    ]
}

/// Writes the five tables into `dir` (created if missing); returns rows per table.
pub fn write(store: &Store, dir: &Path) -> anyhow::Result<Vec<(&'static str, usize)>> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut authorities = store.authorities()?;
    authorities.sort_by(|a, b| a.code.cmp(&b.code));
    let mut offers = store.offers()?;
    offers.sort_by(|a, b| (&a.authority, &a.id).cmp(&(&b.authority, &b.id)));
    let mut partnerships = store.partnerships()?;
    partnerships.sort_by(|a, b| a.id.cmp(&b.id));
    let mut organisations = store.organisations()?;
    organisations.sort_by(|a, b| a.id.cmp(&b.id));
    // The published content only: a pending edit is the organisation's draft.
    let mut pledges: Vec<Pledge> = store.pledges()?.iter().map(Pledge::public_view).collect();
    pledges.sort_by(|a, b| a.id.cmp(&b.id));
    let name_of = |code: &str| {
        authorities
            .iter()
            .find(|a| a.code == code)
            .map_or_else(String::new, |a| a.name.clone())
    };
    Ok(vec![
        (
            "authorities",
            table(
                dir,
                "authorities",
                AUTHORITY_COLUMNS,
                &authorities,
                authority_row,
            )?,
        ),
        (
            "offers",
            table(dir, "offers", OFFER_COLUMNS, &offers, |o| {
                offer_row(o, &name_of(&o.authority))
            })?,
        ),
        (
            "partnerships",
            table(
                dir,
                "partnerships",
                PARTNERSHIP_COLUMNS,
                &partnerships,
                partnership_row,
            )?,
        ),
        (
            "organisations",
            table(
                dir,
                "organisations",
                ORGANISATION_COLUMNS,
                &organisations,
                organisation_row,
            )?,
        ),
        (
            "pledges",
            table(dir, "pledges", PLEDGE_COLUMNS, &pledges, pledge_row)?,
        ),
    ])
}
