//! A council's offers as a spreadsheet: one row per offer, one documented column per
//! field, and the plan an import would carry out. Pure functions only: the server reads
//! the files (CSV, XLSX) and writes the plan to the store; the editor's web form uses the
//! same cell mapping, so a field is read the same way wherever it is typed.
//!
//! - [`COLUMNS`] is the file's header, in the API's words (`source.url`, `age_to`): an
//!   error names a column the way the API names the field. One exception makes money
//!   safe to type: `value.amount_pounds` holds pounds (`2000`, `12.50`), which the API
//!   stores as `value.amount_pence`.
//! - [`content_from_cells`] turns a row (or the web form) into an offer's content by the
//!   shared validation ([`OfferInput::validate`]), reporting every problem at once.
//! - [`dry_run`] matches rows to the council's current offers (by `id` when given, else
//!   by topic and title) and says what an import would create, update, retire (only when
//!   asked) or leave unchanged, or which rows and columns are wrong. Applying it is the
//!   store's job, in one transaction.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

use crate::circumstance::Circumstance;
use crate::error::ErrorCode;
use crate::offer::{Offer, OfferContent, OfferInput};
use crate::topic::topic;
use crate::validate::ValidationErrors;

/// Largest file an import reads: 5 MB.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Most rows (offers) one file may hold; a council's offer is a few dozen.
pub const MAX_ROWS: usize = 2_000;
/// Most columns a header may have (the template has [`COLUMNS`]`.len()`).
pub const MAX_COLUMNS: usize = 64;
/// Longest cell read, in characters (the longest field, `details`, allows 10,000).
pub const MAX_CELL_CHARS: usize = 20_000;

/// One column of the spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Column {
    /// The header, in the API's words.
    pub name: &'static str,
    /// What the column holds, in plain English (the form's label).
    pub label: &'static str,
    /// What to write in it.
    pub doc: &'static str,
    /// The template's example.
    pub example: &'static str,
}

const fn col(
    name: &'static str,
    label: &'static str,
    doc: &'static str,
    example: &'static str,
) -> Column {
    Column {
        name,
        label,
        doc,
        example,
    }
}

pub const ID: &str = "id";
pub const VERSION: &str = "version";
pub const AMOUNT: &str = "value.amount_pounds";

/// The columns that hold an offer's `value`, one object in the API.
pub const VALUE_COLUMNS: &[&str] = &[
    AMOUNT,
    "value.per",
    "value.count",
    "value.percent",
    "value.note",
    "value.up_to",
    "value.loan",
];

/// The columns that hold an offer's `source`, one object in the API.
pub const SOURCE_COLUMNS: &[&str] = &[
    "source.document",
    "source.locator",
    "source.url",
    "source.date",
    "source.read",
];

/// Every column, in the order the export writes them. An import needs every one in its
/// header, in any order.
pub static COLUMNS: &[Column] = &[
    col(ID, "Id", "The offer's id as the registry gave it. Leave it empty for a new offer; a row without an id is matched to an offer with the same topic and title.", ""),
    col(VERSION, "Version", "The version the row was exported at. When given, a row for an offer someone has changed since is refused rather than overwriting their change. Leave empty for a new offer.", ""),
    col("topic", "Topic", "One topic from the vocabulary (GET /api/v1/topics), e.g. council-tax, wifi, setting-up-home-grant.", "setting-up-home-grant"),
    col("category", "Category", "The topic's category; may be left empty, then it is taken from the topic.", "money"),
    col("title", "Title", "A short title, one line, at most 200 characters.", "Setting-up-home grant"),
    col("summary", "Summary", "What it is, in one or two sentences a young person understands (at most 1,000 characters).", "Money to buy what you need for your first home."),
    col("details", "Details", "Optional: more detail (at most 10,000 characters).", ""),
    col("status", "Status", "available, pilot, planned or ended.", "available"),
    col("basis", "Basis", "statutory (the law requires it) or discretionary (the council chose to give it).", "discretionary"),
    col("applies_to", "Whom it is for", "own_care_leavers_anywhere, own_care_leavers_in_area, any_care_leaver_in_area, or unstated when the source does not say.", "own_care_leavers_anywhere"),
    col("age_from", "From age", "The youngest age it covers, 16 to 25.", "18"),
    col("age_to", "To age", "The oldest age it covers (inclusive), 16 to 25.", "24"),
    col("conditions", "Conditions", "Optional: circumstances it needs, separated by semicolons, e.g. in_higher_education; young_parent.", ""),
    col(AMOUNT, "Amount in pounds", "Optional: an amount in pounds, such as 2000 or 12.50.", "2000"),
    col("value.per", "How often", "With an amount or a count: once, week, month or year.", "once"),
    col("value.count", "Count", "Optional: a number of things, such as 100 journeys.", ""),
    col("value.percent", "Percentage", "Optional: a percentage from 1 to 100, such as 100 for a full exemption.", ""),
    col("value.note", "Value note", "Optional: anything else about the value, in words.", ""),
    col("value.up_to", "Up to", "yes when the amount is the most anyone gets (\"up to £2,000\"); empty otherwise. Such amounts are never added into totals.", ""),
    col("value.loan", "Loan", "yes when the money is lent and must be paid back; empty otherwise.", ""),
    col("how_to_access", "How to get it", "Optional: how a young person gets it.", "Ask your Personal Adviser."),
    col("contact", "Contact", "Optional: whom to contact.", ""),
    col("source.document", "Source document", "The document the offer comes from.", "Local Offer for care leavers 2026"),
    col("source.locator", "Where in the source", "The section, page or paragraph.", "section 3"),
    col("source.url", "Source web address", "Optional: a web address starting with https:// or http://.", "https://www.example.gov.uk/local-offer"),
    col("source.date", "Source date", "Optional: the document's date, or the date a web page shows, as YYYY-MM-DD.", "2026-04-01"),
    col("source.read", "Date read", "Optional: the day the source was read, as YYYY-MM-DD (for web pages).", ""),
    col("reviewed", "Last reviewed", "Optional: the date the council last checked the offer, as YYYY-MM-DD.", "2026-04-01"),
    col("council_tax.relief", "Council tax relief", "Only for the council-tax topic: full_exemption, discount, refund_on_claim or unstated.", ""),
    col("council_tax.shared_households", "Applies in shared households", "Only for the council-tax topic: yes, no, or empty when the source does not say.", ""),
    col("note", "Reading note", "Optional: how the record was read from its source (at most 1,000 characters).", ""),
    col("delivery", "Delivered by", "Optional: personal_adviser (help the Personal Adviser gives, which follows the young person wherever they live) or local_service (a building, local service or register in the area, only for people living there).", ""),
    col("new_referrals_to", "New referrals up to age", "Optional: the oldest age at which the service still takes new referrals, where it is closed to newcomers older than that.", ""),
];

/// The columns that describe an offer's content (all but `id` and `version`).
pub fn content_columns() -> impl Iterator<Item = &'static Column> {
    COLUMNS.iter().filter(|c| c.name != ID && c.name != VERSION)
}

/// The column called `name`.
pub fn column(name: &str) -> Option<&'static Column> {
    COLUMNS.iter().find(|c| c.name == name)
}

/// The column a validation error's field belongs to: `conditions[2]` is in
/// `conditions`, `value.amount_pence` in `value.amount_pounds`, an error about a whole
/// object (`source`, `value`, `council_tax`) in its first column. Empty for an error about
/// the row itself.
pub fn column_for(field: &str) -> &'static str {
    let base = field.split('[').next().unwrap_or(field);
    if base.is_empty() {
        return "";
    }
    if base == "value.amount_pence" {
        return AMOUNT;
    }
    if let Some(c) = column(base) {
        return c.name;
    }
    let prefix = format!("{base}.");
    COLUMNS
        .iter()
        .find(|c| c.name.starts_with(&prefix))
        .map_or("", |c| c.name)
}

/// A spreadsheet column's letters from its position (0 → A, 26 → AA).
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

// ---------------------------------------------------------------------------------------
// Writing: an offer as cells
// ---------------------------------------------------------------------------------------

/// A value as its serde spelling (`own_care_leavers_anywhere`).
fn spelling<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(Json::String(s)) => s,
        _ => String::new(),
    }
}

/// Pence as pounds the way a spreadsheet holds them: `2000`, `12.50`.
pub fn format_pounds(pence: u64) -> String {
    if pence.is_multiple_of(100) {
        (pence / 100).to_string()
    } else {
        format!("{}.{:02}", pence / 100, pence % 100)
    }
}

/// Pounds as typed (`2000`, `2,000.00`, `£12.5`) in pence; `None` if it is not an amount
/// of whole pence.
pub fn parse_pounds(text: &str) -> Option<u64> {
    let text = text.trim();
    let text = text.strip_prefix('£').unwrap_or(text).trim();
    let text: String = text.chars().filter(|c| *c != ',').collect();
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, f),
        None => (text.as_str(), ""),
    };
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    if !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
        || fraction.len() > 2
        || whole.len() > 12
    {
        return None;
    }
    let pounds: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let pence: u64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<u64>().ok()? * 10,
        _ => fraction.parse().ok()?,
    };
    pounds.checked_mul(100)?.checked_add(pence)
}

/// A flag that is off unless said: "yes", or an empty cell.
fn flag(value: bool) -> String {
    if value { "yes" } else { "" }.to_string()
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

/// The cell of one content column for an offer's content.
pub fn content_cell(c: &OfferContent, name: &str) -> String {
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    let value = c.value.as_ref();
    match name {
        "topic" => c.topic.clone(),
        "category" => c.category.slug().to_string(),
        "title" => c.title.clone(),
        "summary" => c.summary.clone(),
        "details" => opt(&c.details),
        "status" => c.status.label().to_string(),
        "basis" => spelling(&c.basis),
        "applies_to" => spelling(&c.applies_to),
        "age_from" => c.age_from.to_string(),
        "age_to" => c.age_to.to_string(),
        "conditions" => c
            .conditions
            .iter()
            .map(|x| x.slug())
            .collect::<Vec<_>>()
            .join("; "),
        AMOUNT => value
            .and_then(|v| v.amount_pence)
            .map(format_pounds)
            .unwrap_or_default(),
        "value.per" => value
            .and_then(|v| v.per)
            .map(|p| spelling(&p))
            .unwrap_or_default(),
        "value.count" => value
            .and_then(|v| v.count)
            .map(|n| n.to_string())
            .unwrap_or_default(),
        "value.percent" => value
            .and_then(|v| v.percent)
            .map(|n| n.to_string())
            .unwrap_or_default(),
        "value.note" => value.and_then(|v| v.note.clone()).unwrap_or_default(),
        "value.up_to" => flag(value.is_some_and(|v| v.up_to)),
        "value.loan" => flag(value.is_some_and(|v| v.loan)),
        "how_to_access" => opt(&c.how_to_access),
        "contact" => opt(&c.contact),
        "source.document" => c.source.document.clone(),
        "source.locator" => c.source.locator.clone(),
        "source.url" => opt(&c.source.url),
        "source.date" => c.source.date.map(|d| d.to_string()).unwrap_or_default(),
        "source.read" => c.source.read.map(|d| d.to_string()).unwrap_or_default(),
        "reviewed" => c.reviewed.map(|d| d.to_string()).unwrap_or_default(),
        "council_tax.relief" => c
            .council_tax
            .map(|t| spelling(&t.relief))
            .unwrap_or_default(),
        "council_tax.shared_households" => c
            .council_tax
            .and_then(|t| t.shared_households)
            .map(yes_no)
            .unwrap_or_default(),
        "note" => opt(&c.note),
        "delivery" => c.delivery.map(|d| spelling(&d)).unwrap_or_default(),
        "new_referrals_to" => c
            .new_referrals_to
            .map(|a| a.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// Every cell of an offer's row, in [`COLUMNS`] order.
pub fn offer_cells(offer: &Offer) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|c| match c.name {
            ID => offer.id.clone(),
            VERSION => offer.version.to_string(),
            name => content_cell(&offer.content, name),
        })
        .collect()
}

/// The header row.
pub fn header() -> Vec<&'static str> {
    COLUMNS.iter().map(|c| c.name).collect()
}

/// The template's example row.
pub fn example_row() -> Vec<&'static str> {
    COLUMNS.iter().map(|c| c.example).collect()
}

/// A text cell made safe to open in a spreadsheet program: one that starts like a formula
/// (`=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, which the
/// program shows as text and [`unguard_cell`] takes off again on import.
pub fn guard_cell(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Undoes [`guard_cell`].
pub fn unguard_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

// ---------------------------------------------------------------------------------------
// Reading: cells as an offer
// ---------------------------------------------------------------------------------------

/// What a row says besides the content: which offer, at which version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowMeta {
    pub id: Option<String>,
    pub version: Option<u64>,
}

/// Builds the API's JSON input from cells, type by type, so that every problem is found
/// in one pass (serde would stop at the first). Problems found here are pushed to
/// `errors` and their fields left out of the JSON.
fn input_json(cell: &dyn Fn(&str) -> String, errors: &mut ValidationErrors) -> Json {
    let mut map = Map::new();
    let text = |name: &str| {
        let v = cell(name);
        let v = v.trim();
        (!v.is_empty()).then(|| v.to_string())
    };
    let put = |map: &mut Map<String, Json>, key: &str, value: Option<Json>| {
        if let Some(value) = value {
            map.insert(key.to_string(), value);
        }
    };
    // An enum spelt as the API spells it; serde's message lists the choices.
    fn spelt<T: serde::de::DeserializeOwned>(
        field: &str,
        text: Option<String>,
        errors: &mut ValidationErrors,
    ) -> Option<Json> {
        let text = text?;
        let json = Json::String(text);
        match serde_json::from_value::<T>(json.clone()) {
            Ok(_) => Some(json),
            Err(e) => {
                errors.push(field, ErrorCode::InvalidType, e.to_string());
                None
            }
        }
    }
    fn whole(field: &str, text: Option<String>, errors: &mut ValidationErrors) -> Option<Json> {
        let text = text?;
        match text.parse::<u64>() {
            Ok(n) => Some(Json::from(n)),
            Err(_) => {
                // "18.0" is what a spreadsheet may make of 18.
                match text.strip_suffix(".0").and_then(|t| t.parse::<u64>().ok()) {
                    Some(n) => Some(Json::from(n)),
                    None => {
                        errors.push(
                            field,
                            ErrorCode::InvalidType,
                            "must be a whole number, such as 18",
                        );
                        None
                    }
                }
            }
        }
    }
    fn date(field: &str, text: Option<String>, errors: &mut ValidationErrors) -> Option<Json> {
        let text = text?;
        match crate::date::parse(&text) {
            Some(d) => Some(Json::String(d.to_string())),
            None => {
                errors.push(
                    field,
                    ErrorCode::InvalidType,
                    "must be a date such as 2026-01-31",
                );
                None
            }
        }
    }

    let topic_slug = text("topic");
    put(&mut map, "topic", topic_slug.clone().map(Json::String));
    let category = text("category").or_else(|| {
        topic_slug
            .as_deref()
            .and_then(topic)
            .map(|t| t.category.slug().to_string())
    });
    put(
        &mut map,
        "category",
        spelt::<crate::Category>("category", category, errors),
    );
    for name in [
        "title",
        "summary",
        "details",
        "how_to_access",
        "contact",
        "note",
    ] {
        // Text is kept as typed (validation trims it); an empty cell is no text.
        let v = cell(name);
        put(
            &mut map,
            name,
            (!v.trim().is_empty()).then_some(Json::String(v)),
        );
    }
    put(
        &mut map,
        "status",
        spelt::<crate::OfferStatus>("status", text("status"), errors),
    );
    put(
        &mut map,
        "basis",
        spelt::<crate::Basis>("basis", text("basis"), errors),
    );
    put(
        &mut map,
        "applies_to",
        spelt::<crate::AppliesTo>("applies_to", text("applies_to"), errors),
    );
    put(
        &mut map,
        "age_from",
        whole("age_from", text("age_from"), errors),
    );
    put(&mut map, "age_to", whole("age_to", text("age_to"), errors));
    if let Some(list) = text("conditions") {
        let mut items = Vec::new();
        for (i, slug) in list
            .split([';', ','])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .enumerate()
        {
            if Circumstance::from_slug(slug).is_some() {
                items.push(Json::String(slug.to_string()));
            } else {
                let shown: String = slug.chars().take(64).collect();
                errors.push(
                    format!("conditions[{i}]"),
                    ErrorCode::InvalidType,
                    format!("'{shown}' is not a known circumstance (see the conditions in the column's notes)"),
                );
            }
        }
        map.insert("conditions".into(), Json::Array(items));
    }
    put(
        &mut map,
        "reviewed",
        date("reviewed", text("reviewed"), errors),
    );
    put(
        &mut map,
        "delivery",
        spelt::<crate::offer::Delivery>("delivery", text("delivery"), errors),
    );
    put(
        &mut map,
        "new_referrals_to",
        whole("new_referrals_to", text("new_referrals_to"), errors),
    );
    // A flag is on only when the cell says yes; an empty cell is off.
    let flag = |name: &str, errors: &mut ValidationErrors| -> Option<Json> {
        match text(name)
            .as_deref()
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            None | Some("no" | "false" | "n") => None,
            Some("yes" | "true" | "y") => Some(Json::Bool(true)),
            Some(_) => {
                errors.push(name, ErrorCode::InvalidType, "must be yes, or left empty");
                None
            }
        }
    };

    // value: an object only when one of its cells is filled in.
    if VALUE_COLUMNS.iter().any(|c| text(c).is_some()) {
        let mut value = Map::new();
        if let Some(amount) = text(AMOUNT) {
            match parse_pounds(&amount) {
                Some(pence) => {
                    value.insert("amount_pence".into(), Json::from(pence));
                }
                None => errors.push(
                    "value.amount_pence",
                    ErrorCode::InvalidType,
                    "must be an amount in pounds, such as 2000 or 12.50",
                ),
            }
        }
        put(
            &mut value,
            "per",
            spelt::<crate::Period>("value.per", text("value.per"), errors),
        );
        put(
            &mut value,
            "count",
            whole("value.count", text("value.count"), errors),
        );
        put(
            &mut value,
            "percent",
            whole("value.percent", text("value.percent"), errors),
        );
        put(&mut value, "note", text("value.note").map(Json::String));
        put(&mut value, "up_to", flag("value.up_to", errors));
        put(&mut value, "loan", flag("value.loan", errors));
        map.insert("value".into(), Json::Object(value));
    }

    // source: an object whenever one of its cells is filled in (else "source" is missing).
    if SOURCE_COLUMNS.iter().any(|c| text(c).is_some()) {
        let mut source = Map::new();
        for (key, name) in [
            ("document", "source.document"),
            ("locator", "source.locator"),
            ("url", "source.url"),
        ] {
            put(&mut source, key, text(name).map(Json::String));
        }
        put(
            &mut source,
            "date",
            date("source.date", text("source.date"), errors),
        );
        put(
            &mut source,
            "read",
            date("source.read", text("source.read"), errors),
        );
        map.insert("source".into(), Json::Object(source));
    }

    // council_tax: an object only when one of its cells is filled in.
    let relief = text("council_tax.relief");
    let shared = text("council_tax.shared_households");
    if relief.is_some() || shared.is_some() {
        let mut terms = Map::new();
        let mut ok = true;
        match relief {
            Some(r) => {
                match spelt::<crate::offer::CouncilTaxRelief>("council_tax.relief", Some(r), errors)
                {
                    Some(r) => {
                        terms.insert("relief".into(), r);
                    }
                    None => ok = false,
                }
            }
            None => {
                errors.push(
                    "council_tax.relief",
                    ErrorCode::MissingField,
                    "give the relief when you give council tax terms",
                );
                ok = false;
            }
        }
        let shared = match shared.as_deref().map(str::to_ascii_lowercase).as_deref() {
            None => Json::Null,
            Some("yes" | "true" | "y") => Json::Bool(true),
            Some("no" | "false" | "n") => Json::Bool(false),
            Some(_) => {
                errors.push(
                    "council_tax.shared_households",
                    ErrorCode::InvalidType,
                    "must be yes, no, or left empty when the source does not say",
                );
                ok = false;
                Json::Null
            }
        };
        terms.insert("shared_households".into(), shared);
        if ok {
            map.insert("council_tax".into(), Json::Object(terms));
        }
    }
    Json::Object(map)
}

/// Reads an offer's content from cells (a spreadsheet row, or the web form's fields named
/// by column), checked by the shared validation: the content, or every problem found,
/// each named by the API's field (see [`column_for`] for its column).
pub fn content_from_cells(cell: &dyn Fn(&str) -> String) -> Result<OfferContent, ValidationErrors> {
    let mut errors = ValidationErrors::default();
    let json = input_json(cell, &mut errors);
    let validated = OfferInput::from_json(json).and_then(OfferInput::validate);
    match validated {
        Ok(content) if errors.is_empty() => Ok(content),
        Ok(_) => Err(errors),
        Err(more) => {
            // A field already refused for its form is not also reported as missing, nor
            // is a category left empty (it comes from the topic, reported on its own).
            let refused: Vec<String> = errors.0.iter().map(|e| e.field.clone()).collect();
            let no_category = cell("category").trim().is_empty();
            for e in more.0 {
                let dup = (no_category && e.field == "category")
                    || refused.iter().any(|f| {
                        f == &e.field
                        || (e.code == ErrorCode::MissingField
                            && f.starts_with(&format!("{}.", e.field)))
                        || (e.field == "value" && f.starts_with("value."))
                        // "a period needs an amount": the amount was there, but unreadable.
                        || (e.field == "value.per"
                            && e.code == ErrorCode::InvalidValue
                            && (f == "value.amount_pence" || f == "value.count"))
                    });
                if !dup {
                    errors.0.push(e);
                }
            }
            Err(errors)
        }
    }
}

/// The row's `id` and `version` cells.
pub fn meta_from_cells(cell: &dyn Fn(&str) -> String) -> Result<RowMeta, ValidationErrors> {
    let id = cell(ID).trim().to_string();
    let version = cell(VERSION).trim().to_string();
    let mut meta = RowMeta {
        id: (!id.is_empty()).then_some(id),
        version: None,
    };
    if !version.is_empty() {
        match version
            .parse::<u64>()
            .ok()
            .or_else(|| version.strip_suffix(".0").and_then(|v| v.parse().ok()))
        {
            Some(v) if v > 0 => meta.version = Some(v),
            _ => {
                return Err(ValidationErrors::single(
                    VERSION,
                    ErrorCode::InvalidType,
                    "must be the version number the offer was exported at, such as 3",
                ))
            }
        }
    }
    if let Some(id) = &meta.id {
        if id.chars().count() > 200 || id.chars().any(char::is_control) {
            return Err(ValidationErrors::single(
                ID,
                ErrorCode::InvalidValue,
                "is not an offer id",
            ));
        }
    }
    Ok(meta)
}

// ---------------------------------------------------------------------------------------
// Differences between versions
// ---------------------------------------------------------------------------------------

/// One field that differs between two versions of an offer, as cells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    /// The column (the API's field name).
    pub column: String,
    /// The column's plain label.
    pub label: String,
    pub before: String,
    pub after: String,
}

/// The fields that differ from `before` to `after`, in column order.
pub fn changes(before: &OfferContent, after: &OfferContent) -> Vec<FieldChange> {
    content_columns()
        .filter_map(|c| {
            let (b, a) = (content_cell(before, c.name), content_cell(after, c.name));
            (b != a).then(|| FieldChange {
                column: c.name.to_string(),
                label: c.label.to_string(),
                before: b,
                after: a,
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Import: a table, and what importing it would do
// ---------------------------------------------------------------------------------------

/// A file read as text cells: the header and the non-empty rows, each with the row
/// number a spreadsheet program shows (the header is usually row 1).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<TableRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub number: usize,
    pub cells: Vec<String>,
}

/// A problem with a file: its row and column when it has them, and what is wrong, in the
/// API's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportError {
    /// The row number as a spreadsheet program shows it; `None` for the whole file.
    pub row: Option<usize>,
    /// The column's header (the API's field name); `None` for a whole row or file.
    pub column: Option<String>,
    /// The column's letters in this file (`K`).
    pub letters: Option<String>,
    /// The API's error code, such as `out_of_range`.
    pub code: ErrorCode,
    pub message: String,
}

impl ImportError {
    pub fn file(code: ErrorCode, message: impl Into<String>) -> ImportError {
        ImportError {
            row: None,
            column: None,
            letters: None,
            code,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.row, &self.column) {
            (Some(row), Some(column)) => match &self.letters {
                Some(l) => write!(f, "row {row}, column {column} ({l}): {}", self.message),
                None => write!(f, "row {row}, column {column}: {}", self.message),
            },
            (Some(row), None) => write!(f, "row {row}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

/// A new offer a row would create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Create {
    pub row: usize,
    pub content: OfferContent,
}

/// An offer a row would change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    pub row: usize,
    pub id: String,
    /// The version the offer is at now; the import refuses to apply if it moved.
    pub version: u64,
    pub content: OfferContent,
    pub changes: Vec<FieldChange>,
}

/// An offer a row leaves as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unchanged {
    pub row: usize,
    pub id: String,
    pub title: String,
}

/// An offer no row mentions, retired because the import was asked to retire them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retire {
    pub id: String,
    pub version: u64,
    pub title: String,
}

/// What an import would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub create: Vec<Create>,
    pub update: Vec<Update>,
    pub unchanged: Vec<Unchanged>,
    pub retire: Vec<Retire>,
}

impl Plan {
    /// True when applying it would write nothing.
    pub fn is_empty(&self) -> bool {
        self.create.is_empty() && self.update.is_empty() && self.retire.is_empty()
    }

    /// "2 to add, 1 to change, 0 to retire, 40 unchanged".
    pub fn summary(&self) -> String {
        format!(
            "{} to add, {} to change, {} to retire, {} unchanged",
            self.create.len(),
            self.update.len(),
            self.retire.len(),
            self.unchanged.len()
        )
    }

    /// A fingerprint of what the plan writes, so an apply can check it is applying what
    /// the editor saw in the dry run (FNV-1a over the plan's steps; not a secret).
    pub fn fingerprint(&self) -> String {
        let mut text = String::new();
        for c in &self.create {
            text.push_str(&format!("c{}|{:?}\n", c.row, c.content));
        }
        for u in &self.update {
            text.push_str(&format!(
                "u{}|{}|{}|{:?}\n",
                u.row, u.id, u.version, u.content
            ));
        }
        for r in &self.retire {
            text.push_str(&format!("r{}|{}\n", r.id, r.version));
        }
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for b in text.bytes() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        format!("{hash:016x}")
    }
}

/// The dry run of an import: the plan of every row that could be read, and every problem.
/// An import applies only when `errors` is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DryRun {
    pub plan: Plan,
    pub errors: Vec<ImportError>,
}

/// Checks a header: every column of the template, each once, and nothing else. Returns
/// each template column's position in the file.
pub fn read_header(header: &[String]) -> Result<HashMap<&'static str, usize>, Vec<ImportError>> {
    let mut errors = Vec::new();
    if header.len() > MAX_COLUMNS {
        return Err(vec![ImportError::file(
            ErrorCode::TooMany,
            format!(
                "The header has {} columns; the template has {}.",
                header.len(),
                COLUMNS.len()
            ),
        )]);
    }
    let mut found: HashMap<&'static str, usize> = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.trim();
        match column(name) {
            Some(c) => {
                if found.insert(c.name, i).is_some() {
                    errors.push(ImportError {
                        row: Some(1),
                        column: Some(c.name.to_string()),
                        letters: Some(column_letters(i)),
                        code: ErrorCode::Duplicate,
                        message: "this column is in the header twice".into(),
                    });
                }
            }
            None if name.is_empty() => {}
            None => {
                let shown: String = name.chars().take(64).collect();
                errors.push(ImportError {
                    row: Some(1),
                    column: Some(shown),
                    letters: Some(column_letters(i)),
                    code: ErrorCode::UnknownField,
                    message: "this column is not one of the template's (see /editor/template.csv)"
                        .into(),
                });
            }
        }
    }
    let missing: Vec<&str> = COLUMNS
        .iter()
        .filter(|c| !found.contains_key(c.name))
        .map(|c| c.name)
        .collect();
    if !missing.is_empty() {
        errors.push(ImportError {
            row: Some(1),
            column: None,
            letters: None,
            code: ErrorCode::MissingField,
            message: format!(
                "the header must have every column of the template (an absent column would empty that field of every offer); missing: {}",
                missing.join(", ")
            ),
        });
    }
    if errors.is_empty() {
        Ok(found)
    } else {
        Err(errors)
    }
}

/// The key rows without an id are matched by: topic and title, ignoring case.
fn match_key(topic: &str, title: &str) -> (String, String) {
    (topic.to_string(), title.trim().to_lowercase())
}

/// What importing `table` over `existing` (the council's current offers) would do.
/// Offers no row mentions are retired only with `retire_missing`. `on_row` is called
/// after each row (for a progress bar).
pub fn dry_run(
    table: &Table,
    existing: &[Offer],
    retire_missing: bool,
    mut on_row: impl FnMut(usize),
) -> DryRun {
    let mut run = DryRun::default();
    let positions = match read_header(&table.header) {
        Ok(p) => p,
        Err(errors) => {
            run.errors = errors;
            return run;
        }
    };
    if table.rows.len() > MAX_ROWS {
        run.errors.push(ImportError::file(
            ErrorCode::TooMany,
            format!(
                "The file has {} rows of offers; at most {MAX_ROWS} can be imported at once.",
                table.rows.len()
            ),
        ));
        return run;
    }
    let by_id: HashMap<&str, &Offer> = existing.iter().map(|o| (o.id.as_str(), o)).collect();
    let mut by_key: HashMap<(String, String), Vec<&Offer>> = HashMap::new();
    for o in existing {
        by_key
            .entry(match_key(&o.content.topic, &o.content.title))
            .or_default()
            .push(o);
    }
    // Which row claimed each existing offer, and each new offer's key.
    let mut claimed: HashMap<&str, usize> = HashMap::new();
    let mut new_keys: HashMap<(String, String), usize> = HashMap::new();

    for (done, row) in table.rows.iter().enumerate() {
        let cell = |name: &str| -> String {
            positions
                .get(name)
                .and_then(|i| row.cells.get(*i))
                .map(|c| unguard_cell(c).to_string())
                .unwrap_or_default()
        };
        let error = |field: &str, code: ErrorCode, message: String| {
            let column = column_for(field);
            ImportError {
                row: Some(row.number),
                column: (!column.is_empty()).then(|| column.to_string()),
                letters: positions.get(column).map(|i| column_letters(*i)),
                code,
                message,
            }
        };
        let meta = meta_from_cells(&cell);
        let content = content_from_cells(&cell);
        let (meta, content) = match (meta, content) {
            (Ok(meta), Ok(content)) => (meta, content),
            (meta, content) => {
                for e in meta
                    .err()
                    .into_iter()
                    .chain(content.err())
                    .flat_map(|e| e.0)
                {
                    run.errors.push(error(&e.field, e.code, e.message));
                }
                on_row(done + 1);
                continue;
            }
        };
        let key = match_key(&content.topic, &content.title);
        let matched: Result<Option<&Offer>, ImportError> = match &meta.id {
            Some(id) => match by_id.get(id.as_str()) {
                Some(o) => Ok(Some(*o)),
                None => Err(error(
                    ID,
                    ErrorCode::UnknownReference,
                    "no current offer of this council has this id (leave the id empty to add a new offer)".into(),
                )),
            },
            None => match by_key.get(&key).map(Vec::as_slice) {
                None | Some([]) => Ok(None),
                Some([one]) => Ok(Some(*one)),
                Some(_) => Err(error(
                    ID,
                    ErrorCode::Duplicate,
                    "more than one offer has this topic and title: give the id of the one this row is for".into(),
                )),
            },
        };
        match matched {
            Err(e) => run.errors.push(e),
            Ok(Some(offer)) => {
                if let Some(first) = claimed.insert(offer.id.as_str(), row.number) {
                    run.errors.push(error(
                        ID,
                        ErrorCode::Duplicate,
                        format!("row {first} is already about this offer ({})", offer.id),
                    ));
                } else if offer.content == content {
                    run.plan.unchanged.push(Unchanged {
                        row: row.number,
                        id: offer.id.clone(),
                        title: offer.content.title.clone(),
                    });
                } else if meta.version.is_some_and(|v| v != offer.version) {
                    run.errors.push(error(
                        VERSION,
                        ErrorCode::VersionConflict,
                        format!(
                            "this offer was changed after the file was made (it is at version {}, the row was made from version {}): download the offers again and copy your change into the new file",
                            offer.version,
                            meta.version.unwrap_or_default()
                        ),
                    ));
                } else {
                    run.plan.update.push(Update {
                        row: row.number,
                        id: offer.id.clone(),
                        version: offer.version,
                        changes: changes(&offer.content, &content),
                        content,
                    });
                }
            }
            Ok(None) => {
                if let Some(first) = new_keys.insert(key, row.number) {
                    run.errors.push(error(
                        "title",
                        ErrorCode::Duplicate,
                        format!("row {first} adds an offer with the same topic and title: give them different titles"),
                    ));
                } else {
                    run.plan.create.push(Create {
                        row: row.number,
                        content,
                    });
                }
            }
        }
        on_row(done + 1);
    }
    if retire_missing {
        for o in existing {
            if !claimed.contains_key(o.id.as_str()) {
                run.plan.retire.push(Retire {
                    id: o.id.clone(),
                    version: o.version,
                    title: o.content.title.clone(),
                });
            }
        }
    }
    run
}

/// The reason recorded on an offer retired because an import did not list it.
pub const RETIRED_BY_IMPORT: &str =
    "Not in the imported spreadsheet (imported with retire-missing).";

/// Cells keyed by column, as a web form holds them (conditions joined by "; ").
pub type Cells = BTreeMap<String, String>;

/// An offer's content as cells keyed by column.
pub fn content_cells(c: &OfferContent) -> Cells {
    content_columns()
        .map(|col| (col.name.to_string(), content_cell(c, col.name)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offer::test_offer;
    use crate::{AppliesTo, Period, Value};

    fn table(rows: Vec<Vec<String>>) -> Table {
        Table {
            header: header().iter().map(|s| s.to_string()).collect(),
            rows: rows
                .into_iter()
                .enumerate()
                .map(|(i, cells)| TableRow {
                    number: i + 2,
                    cells,
                })
                .collect(),
        }
    }

    fn rich_offer() -> Offer {
        let mut o = test_offer("e08000030-council-tax-7", "E08000030", "council-tax");
        let c = &mut o.content;
        c.details = Some("Line one,\nline \"two\".".into());
        c.applies_to = AppliesTo::OwnCareLeaversAnywhere;
        c.age_from = 18;
        c.age_to = 24;
        c.conditions = vec![Circumstance::InHigherEducation, Circumstance::YoungParent];
        c.value = Some(Value {
            loan: false,
            up_to: false,
            amount_pence: Some(123_456),
            per: Some(Period::Year),
            count: None,
            percent: Some(100),
            note: Some("pay and claim".into()),
        });
        c.source.url = Some("https://example.org/x".into());
        c.source.date = chrono::NaiveDate::from_ymd_opt(2020, 8, 10);
        c.reviewed = chrono::NaiveDate::from_ymd_opt(2021, 1, 2);
        c.council_tax = Some(crate::CouncilTaxTerms {
            relief: crate::offer::CouncilTaxRelief::RefundOnClaim,
            shared_households: Some(false),
        });
        c.note = Some("=SUM(A1) looks like a formula".into());
        o.version = 4;
        o
    }

    #[test]
    fn an_offer_survives_its_row_exactly() {
        let offer = rich_offer();
        let cells = offer_cells(&offer);
        let guarded: Vec<String> = cells.iter().map(|c| guard_cell(c)).collect();
        assert!(guarded.iter().any(|c| c.starts_with("'=SUM")));
        let t = table(vec![guarded]);
        let run = dry_run(&t, std::slice::from_ref(&offer), true, |_| {});
        assert!(run.errors.is_empty(), "{:?}", run.errors);
        assert_eq!(run.plan.unchanged.len(), 1);
        assert!(run.plan.is_empty());
    }

    #[test]
    fn pounds_read_and_write_exactly() {
        for (text, pence) in [
            ("2000", Some(200_000)),
            ("£2,000.00", Some(200_000)),
            ("12.5", Some(1_250)),
            ("0.07", Some(7)),
            (".5", Some(50)),
            ("12.345", None),
            ("-3", None),
            ("abc", None),
            ("", None),
            ("£", None),
        ] {
            assert_eq!(parse_pounds(text), pence, "{text}");
        }
        for pence in [0, 7, 50, 1_250, 200_000, 123_456] {
            assert_eq!(parse_pounds(&format_pounds(pence)), Some(pence));
        }
    }

    #[test]
    fn column_letters_count_like_a_spreadsheet() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn every_error_names_its_row_and_column_and_all_are_found_at_once() {
        let mut good = example_row()
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>();
        let pos = |name: &str| COLUMNS.iter().position(|c| c.name == name).unwrap();
        let mut bad = good.clone();
        bad[pos("age_to")] = "30".into();
        bad[pos("status")] = "maybe".into();
        bad[pos(AMOUNT)] = "lots".into();
        bad[pos("conditions")] = "young_parent; astronaut".into();
        good[pos("title")] = "Another".into();
        let t = table(vec![good, bad]);
        let run = dry_run(&t, &[], false, |_| {});
        let found: Vec<(Option<usize>, Option<&str>, &str)> = run
            .errors
            .iter()
            .map(|e| (e.row, e.column.as_deref(), e.code.as_str()))
            .collect();
        assert_eq!(
            found,
            vec![
                (Some(3), Some("status"), "invalid_type"),
                (Some(3), Some("conditions"), "invalid_type"),
                (Some(3), Some(AMOUNT), "invalid_type"),
                (Some(3), Some("age_to"), "out_of_range"),
            ]
        );
        assert_eq!(run.errors[3].letters.as_deref(), Some("L"));
        assert_eq!(
            run.errors[3].to_string(),
            "row 3, column age_to (L): must be an age from 16 to 25"
        );
        assert!(run.errors[0].message.contains("unknown variant"));
        assert_eq!(run.plan.create.len(), 1);
    }

    #[test]
    fn rows_match_by_id_then_by_topic_and_title() {
        let mut a = test_offer("a-1", "E1", "wifi");
        a.content.title = "Free wifi".into();
        let b = test_offer("b-2", "E1", "travel");
        let c = test_offer("c-3", "E1", "leisure");
        let existing = vec![a.clone(), b.clone(), c.clone()];
        let mut row_a = offer_cells(&a);
        row_a[0] = String::new(); // no id: matched by topic and title, ignoring case
        row_a[1] = String::new();
        row_a[COLUMNS.iter().position(|c| c.name == "title").unwrap()] = "FREE WIFI".into();
        let mut row_b = offer_cells(&b);
        row_b[COLUMNS.iter().position(|c| c.name == "summary").unwrap()] = "New words.".into();
        let mut new = offer_cells(&test_offer("n", "E1", "mentoring"));
        new[0] = String::new();
        new[1] = String::new();
        let run = dry_run(&table(vec![row_a, row_b, new]), &existing, false, |_| {});
        assert!(run.errors.is_empty(), "{:?}", run.errors);
        assert_eq!(run.plan.update.len(), 2, "{:?}", run.plan);
        assert_eq!(run.plan.update[0].id, "a-1");
        assert_eq!(run.plan.update[0].changes[0].column, "title");
        assert_eq!(run.plan.update[1].id, "b-2");
        assert_eq!(run.plan.update[1].changes[0].column, "summary");
        assert_eq!(run.plan.create.len(), 1);
        assert!(run.plan.retire.is_empty());
        let run = dry_run(&table(vec![offer_cells(&a)]), &existing, true, |_| {});
        let retired: Vec<&str> = run.plan.retire.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(retired, vec!["b-2", "c-3"]);
    }

    #[test]
    fn unknown_ids_repeats_and_stale_versions_are_refused() {
        let a = test_offer("a-1", "E1", "wifi");
        let mut stale = offer_cells(&a);
        stale[1] = "0".into();
        let mut unknown = offer_cells(&a);
        unknown[0] = "zzz-9".into();
        let mut changed_stale = offer_cells(&a);
        changed_stale[1] = "7".into();
        changed_stale[COLUMNS.iter().position(|c| c.name == "summary").unwrap()] = "x".into();
        let run = dry_run(
            &table(vec![offer_cells(&a), offer_cells(&a), unknown, stale]),
            std::slice::from_ref(&a),
            false,
            |_| {},
        );
        let codes: Vec<(usize, &str, &str)> = run
            .errors
            .iter()
            .map(|e| {
                (
                    e.row.unwrap(),
                    e.column.as_deref().unwrap(),
                    e.code.as_str(),
                )
            })
            .collect();
        assert_eq!(
            codes,
            vec![
                (3, "id", "duplicate"),
                (4, "id", "unknown_reference"),
                (5, "version", "invalid_type"),
            ]
        );
        let run = dry_run(
            &table(vec![changed_stale]),
            std::slice::from_ref(&a),
            false,
            |_| {},
        );
        assert_eq!(run.errors[0].code, ErrorCode::VersionConflict);
        assert!(run.plan.update.is_empty());
    }

    #[test]
    fn a_header_must_have_every_column_once_and_nothing_else() {
        let mut header: Vec<String> = header().iter().map(|s| s.to_string()).collect();
        header.retain(|h| h != "details");
        header.push("colour".into());
        header.push("title".into());
        let errors = read_header(&header).unwrap_err();
        let codes: Vec<&str> = errors.iter().map(|e| e.code.as_str()).collect();
        assert_eq!(codes, vec!["unknown_field", "duplicate", "missing_field"]);
        assert!(errors[2].message.contains("details"));
    }

    #[test]
    fn every_api_field_has_a_column() {
        for field in OfferInput::FIELDS {
            if *field == "version" {
                continue;
            }
            assert!(!column_for(field).is_empty(), "{field}");
        }
        assert_eq!(column_for("conditions[3]"), "conditions");
        assert_eq!(column_for("value.amount_pence"), AMOUNT);
        assert_eq!(column_for("source"), "source.document");
        assert_eq!(column_for(""), "");
    }
}
