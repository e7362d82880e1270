//! What a client may send, as JSON Schema: the same limits, vocabularies and rules the
//! validators in `atlas_shared` apply, so that a body the document calls valid is accepted
//! and one it calls invalid is refused. Text rules mirror `atlas_shared::validate`:
//! control characters other than tab and line breaks are refused everywhere; names and
//! titles are one line without invisible characters; required text must hold a visible
//! character; links are http(s) with a host.

use atlas_shared::circumstance::Circumstance;
use atlas_shared::topic::TOPICS;
use atlas_shared::validate::MAX_URL;
use atlas_shared::{covenant, offer, Category, MAX_AGE, MIN_AGE};
use serde_json::{json, Value};

use crate::snapshot::Reference;

/// C0 and C1 control characters except tab, line feed and carriage return.
const CONTROL: &str = r"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F";
/// Characters that hide or reverse text (`atlas_shared::validate::is_invisible`).
const INVISIBLE: &str = r"\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF";
/// Tab and line breaks, refused in one-line names.
const BREAKS: &str = r"\u0009\u000A\u000D";
/// Largest value a u64 field takes.
const U64_MAX: u64 = u64::MAX;
/// Guarantee text limits (`atlas_shared::partnership`).
const MAX_ITEM_TITLE: usize = 200;
const MAX_STANDARD_TEXT: usize = 1_000;
const MAX_NOTE_TEXT: usize = 2_000;

fn ref_to(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// Optional text: anything without control characters; blank counts as left out.
fn text(max: usize) -> Value {
    json!({ "type": ["string", "null"], "maxLength": max, "pattern": format!("^[^{CONTROL}]*$") })
}

/// Required text: a visible character somewhere.
fn required_text(max: usize) -> Value {
    json!({
        "type": "string",
        "maxLength": max,
        "pattern": format!("^[^{CONTROL}]*[^{CONTROL}\\s{INVISIBLE}][^{CONTROL}]*$"),
    })
}

/// A name or title: one line, no invisible characters, a visible character somewhere.
fn name(max: usize) -> Value {
    let allowed = format!("{CONTROL}{BREAKS}{INVISIBLE}");
    json!({
        "type": "string",
        "maxLength": max,
        "pattern": format!("^[^{allowed}]*[^{allowed}\\s][^{allowed}]*$"),
    })
}

/// An http(s) link with a host; `optional` allows blank and null (left out).
fn url(optional: bool) -> Value {
    let bad = format!("\\s{CONTROL}{INVISIBLE}");
    let link = format!("\\s*[Hh][Tt][Tt][Pp][Ss]?://[^/?#{bad}]+(?:[/?#][^{bad}]*)?\\s*");
    if optional {
        json!({ "type": ["string", "null"], "maxLength": MAX_URL, "pattern": format!("^(?:\\s*|{link})$") })
    } else {
        json!({ "type": "string", "maxLength": MAX_URL, "pattern": format!("^{link}$") })
    }
}

fn age() -> Value {
    json!({ "type": "integer", "minimum": MIN_AGE, "maximum": MAX_AGE })
}

fn date(nullable: bool) -> Value {
    if nullable {
        json!({ "type": ["string", "null"], "format": "date" })
    } else {
        json!({ "type": "string", "format": "date" })
    }
}

fn version() -> Value {
    json!({ "type": "integer", "minimum": 0, "maximum": U64_MAX, "description": "The version last read." })
}

/// A version that may be left out (or null).
fn optional_version() -> Value {
    json!({ "type": ["integer", "null"], "minimum": 0, "maximum": U64_MAX, "description": "The version reviewed, if given." })
}

/// `age_to` not below `age_from` (JSON Schema cannot compare two fields, so each
/// `age_from` gets its own lower bound; the branches exclude each other).
fn ages_in_order() -> Value {
    let branches: Vec<Value> = (MIN_AGE..=MAX_AGE)
        .map(|from| {
            json!({ "properties": { "age_from": { "const": from }, "age_to": { "minimum": from } } })
        })
        .collect();
    json!({ "oneOf": branches })
}

/// The input schemas, and the vocabularies and reference lists they name.
pub fn schemas(reference: &Reference) -> Vec<(String, Value)> {
    let topics: Vec<&str> = TOPICS.iter().map(|t| t.slug).collect();
    let categories: Vec<&str> = Category::ALL.iter().map(|c| c.slug()).collect();
    let conditions: Vec<&str> = Circumstance::ALL.iter().map(|c| c.slug()).collect();
    let asked: Vec<&str> = Circumstance::ASKED.iter().map(|c| c.slug()).collect();
    let mut codes: Vec<&str> = reference
        .authorities
        .iter()
        .map(|a| a.code.as_str())
        .collect();
    codes.sort_unstable();
    let mut partnerships: Vec<&str> = reference
        .partnerships
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    partnerships.sort_unstable();
    let mut organisations: Vec<&str> = reference
        .organisations
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    organisations.sort_unstable();
    let mut members: Vec<&str> = reference
        .partnerships
        .iter()
        .flat_map(|p| p.members.iter().map(String::as_str))
        .collect();
    members.sort_unstable();
    members.dedup();
    let mut items: Vec<&str> = reference
        .partnerships
        .iter()
        .flat_map(|p| p.guarantee.iter().map(|g| g.id.as_str()))
        .collect();
    items.sort_unstable();
    items.dedup();
    // The topic and category pairs a body may name: each topic belongs to one category.
    let topic_in_category: Vec<Value> = TOPICS
        .iter()
        .map(|t| json!({ "properties": { "topic": { "const": t.slug }, "category": { "const": t.category.slug() } } }))
        .collect();
    let one = asked.join("|");
    let circumstance_list = format!("^\\s*(?:(?:{one})\\s*)?(?:,\\s*(?:(?:{one})\\s*)?)*$");

    let value = json!({
        "type": ["object", "null"],
        "additionalProperties": false,
        "description": "What it is worth: an amount (with a period), a count, a percentage, or a note.",
        "properties": {
            "amount_pence": { "type": ["integer", "null"], "minimum": 0, "maximum": atlas_shared::value::MAX_AMOUNT_PENCE },
            "per": { "anyOf": [ref_to("Period"), { "type": "null" }] },
            "count": { "type": ["integer", "null"], "minimum": 1, "maximum": 100_000 },
            "percent": { "type": ["integer", "null"], "minimum": 1, "maximum": 100 },
            "note": text(500),
        },
        "allOf": [
            // A period needs something to repeat.
            { "if": { "required": ["per"], "properties": { "per": { "type": "string" } } },
              "then": { "anyOf": [
                  { "required": ["amount_pence"], "properties": { "amount_pence": { "type": "integer" } } },
                  { "required": ["count"], "properties": { "count": { "type": "integer" } } } ] } },
            // Something must be said (null for the whole value says nothing is known).
            { "anyOf": [
                { "type": "null" },
                { "required": ["amount_pence"], "properties": { "amount_pence": { "type": "integer" } } },
                { "required": ["count"], "properties": { "count": { "type": "integer" } } },
                { "required": ["percent"], "properties": { "percent": { "type": "integer" } } },
                { "required": ["note"], "properties": { "note": required_text(500) } } ] },
        ],
    });
    let source = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["document", "locator"],
        "description": "Where the fact comes from.",
        "properties": {
            "document": required_text(200),
            "locator": required_text(200),
            "url": url(true),
            "date": date(true),
        },
    });
    let offer_properties = json!({
        "topic": ref_to("TopicSlug"),
        "category": ref_to("CategorySlug"),
        "title": name(offer::MAX_TITLE),
        "summary": required_text(offer::MAX_SUMMARY),
        "details": text(offer::MAX_DETAILS),
        "status": ref_to("OfferStatus"),
        "basis": ref_to("Basis"),
        "applies_to": ref_to("AppliesTo"),
        "age_from": age(),
        "age_to": age(),
        "conditions": { "type": ["array", "null"], "maxItems": offer::MAX_CONDITIONS, "uniqueItems": true, "items": ref_to("ConditionSlug") },
        "value": ref_to("ValueInput"),
        "how_to_access": text(offer::MAX_HOW_TO_ACCESS),
        "contact": text(offer::MAX_CONTACT),
        "source": ref_to("SourceInput"),
        "reviewed": date(true),
        "council_tax": { "type": ["object", "null"], "additionalProperties": false, "required": ["relief"],
            "properties": { "relief": ref_to("CouncilTaxRelief"), "shared_households": { "type": ["boolean", "null"] } } },
        "note": text(offer::MAX_NOTE),
    });
    let offer_rules = json!([
        // The topics' branches exclude each other: oneOf, which generators handle better.
        { "oneOf": topic_in_category },
        ages_in_order(),
        // Council tax terms belong to council tax offers only.
        { "if": { "required": ["council_tax"], "properties": { "council_tax": { "type": "object" } } },
          "then": { "properties": { "topic": { "const": "council-tax" } } } },
    ]);
    let offer_required = json!([
        "topic",
        "category",
        "title",
        "summary",
        "status",
        "basis",
        "applies_to",
        "age_from",
        "age_to",
        "source"
    ]);
    let mut replacement_properties = offer_properties.clone();
    replacement_properties["version"] = version();
    let mut replacement_required = offer_required.clone();
    if let Some(list) = replacement_required.as_array_mut() {
        list.push(json!("version"));
    }

    let coverage = json!({
        "type": "object",
        "additionalProperties": false,
        "description": "Where the pledge applies: national, partnerships or authorities (at least one).",
        "properties": {
            "national": { "type": ["boolean", "null"] },
            "partnerships": { "type": ["array", "null"], "maxItems": covenant::MAX_COVERAGE_ITEMS, "items": ref_to("PartnershipId") },
            "authorities": { "type": ["array", "null"], "maxItems": covenant::MAX_COVERAGE_ITEMS, "items": ref_to("AuthorityCode") },
        },
        "anyOf": [
            { "required": ["national"], "properties": { "national": { "const": true } } },
            { "required": ["partnerships"], "properties": { "partnerships": { "type": "array", "minItems": 1 } } },
            { "required": ["authorities"], "properties": { "authorities": { "type": "array", "minItems": 1 } } },
        ],
    });
    let pledge_properties = json!({
        "topic": ref_to("TopicSlug"),
        "category": { "anyOf": [ref_to("CategorySlug"), { "type": "null" }] },
        "title": name(covenant::MAX_TITLE),
        "summary": required_text(covenant::MAX_SUMMARY),
        "details": text(covenant::MAX_DETAILS),
        "coverage": ref_to("CoverageInput"),
        "age_from": { "anyOf": [age(), { "type": "null" }] },
        "age_to": { "anyOf": [age(), { "type": "null" }] },
        "conditions": { "type": ["array", "null"], "maxItems": covenant::MAX_CONDITIONS, "uniqueItems": true, "items": ref_to("ConditionSlug") },
        "places": { "type": ["integer", "null"], "minimum": 1, "maximum": covenant::MAX_PLACES },
        "how_to_apply": text(covenant::MAX_HOW_TO_APPLY),
        "closes": date(true),
        "source": { "anyOf": [ref_to("SourceInput"), { "type": "null" }] },
    });
    // A pledge's category may be left out; when given it must be the topic's.
    let pledge_topics: Vec<Value> = TOPICS
        .iter()
        .map(|t| {
            json!({ "properties": { "topic": { "const": t.slug },
            "category": { "anyOf": [{ "const": t.category.slug() }, { "type": "null" }] } } })
        })
        .collect();
    let pledge_rules = json!([{ "oneOf": pledge_topics }, pledge_ages()]);
    let mut pledge_replacement = pledge_properties.clone();
    pledge_replacement["version"] = version();

    vec![
        (
            "TopicSlug".into(),
            json!({ "type": "string", "enum": topics, "description": "A topic of the vocabulary (GET /api/v1/topics)." }),
        ),
        (
            "CategorySlug".into(),
            json!({ "type": "string", "enum": categories }),
        ),
        (
            "ConditionSlug".into(),
            json!({ "type": "string", "enum": conditions }),
        ),
        (
            "CircumstanceList".into(),
            json!({ "type": "string", "maxLength": atlas_shared::query::MAX_VALUE_CHARS, "pattern": circumstance_list,
            "description": "Comma-separated circumstances the young person says are true, e.g. in_higher_education,young_parent." }),
        ),
        (
            "AuthorityCode".into(),
            json!({ "type": "string", "enum": codes, "description": "The ONS GSS code of a council in the registry." }),
        ),
        (
            "PartnershipId".into(),
            json!({ "type": "string", "enum": partnerships, "description": "A partnership in the registry." }),
        ),
        (
            "OrganisationId".into(),
            json!({ "type": "string", "enum": organisations, "description": "A verified covenant organisation in the registry." }),
        ),
        (
            "MemberCode".into(),
            json!({ "type": "string", "enum": members, "description": "A member council of a partnership." }),
        ),
        (
            "GuaranteeItemId".into(),
            json!({ "type": "string", "enum": items, "description": "An item of a partnership's guarantee." }),
        ),
        ("ValueInput".into(), value),
        ("SourceInput".into(), source),
        (
            "OfferInput".into(),
            json!({
            "type": "object", "additionalProperties": false, "required": offer_required,
            "description": "A new offer (it has no version yet).",
            "properties": offer_properties, "allOf": offer_rules }),
        ),
        (
            "OfferReplacement".into(),
            json!({
            "type": "object", "additionalProperties": false, "required": replacement_required,
            "description": "An offer's new content, with the version it replaces.",
            "properties": replacement_properties, "allOf": offer_rules }),
        ),
        (
            "RegistrationInput".into(),
            json!({
            "type": "object", "additionalProperties": false,
            "required": ["name", "kind", "website", "contact_email", "statement"],
            "properties": {
                "name": name(covenant::MAX_NAME),
                "kind": ref_to("OrganisationKind"),
                "website": url(false),
                "contact_email": { "type": "string", "format": "email", "maxLength": covenant::MAX_EMAIL },
                "statement": required_text(covenant::MAX_STATEMENT),
            } }),
        ),
        ("CoverageInput".into(), coverage),
        (
            "PledgeInput".into(),
            json!({
            "type": "object", "additionalProperties": false,
            "required": ["topic", "title", "summary", "coverage"],
            "description": "A new pledge (it has no version yet).",
            "properties": pledge_properties, "allOf": pledge_rules }),
        ),
        (
            "PledgeReplacement".into(),
            json!({
            "type": "object", "additionalProperties": false,
            "required": ["topic", "title", "summary", "coverage", "version"],
            "properties": pledge_replacement, "allOf": pledge_rules }),
        ),
        (
            "StepInput".into(),
            json!({
            "type": "object", "additionalProperties": false,
            "description": "Optionally, the version reviewed (refused with 409 if it changed since).",
            "properties": { "version": optional_version() } }),
        ),
        (
            "RestoreInput".into(),
            json!({
            "type": "object", "additionalProperties": false, "required": ["version"],
            "description": "The version read: the offer's retirement (refused with 409 if it changed since).",
            "properties": { "version": version() } }),
        ),
        (
            "RejectionInput".into(),
            json!({
            "type": "object", "additionalProperties": false, "required": ["reason"],
            "properties": { "reason": required_text(covenant::MAX_REASON), "version": optional_version() } }),
        ),
        (
            "GuaranteeInput".into(),
            json!({
            "type": "object", "additionalProperties": false, "required": ["version", "guarantee"],
            "properties": {
                "version": version(),
                "guarantee": { "type": "array", "maxItems": atlas_shared::partnership::MAX_GUARANTEE_ITEMS, "items": {
                    "type": "object", "additionalProperties": false, "required": ["id", "title", "topics", "standard"],
                    "properties": {
                        "id": { "type": "string", "maxLength": 64, "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$",
                                "description": "Unique within the guarantee." },
                        "title": name(MAX_ITEM_TITLE),
                        "topics": { "type": "array", "minItems": 1, "maxItems": 12, "items": ref_to("TopicSlug") },
                        "standard": { "type": "object", "additionalProperties": false, "required": ["text"], "properties": {
                            "text": required_text(MAX_STANDARD_TEXT),
                            "age_to": { "anyOf": [age(), { "type": "null" }] },
                            "applies_to": { "anyOf": [ref_to("AppliesTo"), { "type": "null" }] },
                            "amount_pence_per_year": { "type": ["integer", "null"], "minimum": 0, "maximum": U64_MAX },
                        } },
                        "source": { "anyOf": [ref_to("SourceInput"), { "type": "null" }] },
                    } } },
            } }),
        ),
        (
            "NoteInput".into(),
            json!({
            "type": "object", "additionalProperties": false, "required": ["version", "member", "item"],
            "description": "A board's note beside a computed status; text null removes it.",
            "properties": {
                "version": version(),
                "member": ref_to("MemberCode"),
                "item": ref_to("GuaranteeItemId"),
                "text": text(MAX_NOTE_TEXT),
                "evidence_url": url(true),
            },
            // Evidence needs words saying what it shows.
            "if": { "required": ["evidence_url"], "properties": { "evidence_url": { "type": "string", "pattern": "\\S" } } },
            "then": { "required": ["text"], "properties": { "text": required_text(MAX_NOTE_TEXT) } } }),
        ),
        ("TokenInput".into(), token_input()),
    ]
}

/// An invitation (`atlas_shared::people::TokenInput`): the role with the one place its kind
/// needs, the person for every role but a signatory's, and an optional end.
fn token_input() -> Value {
    use atlas_shared::people::{MAX_EXPIRY_DAYS, ROLE_NAMES};
    let places = ["authority", "organisation", "partnership"];
    // A person's letters language: one of the catalogue's, or none (English).
    let letter_langs: Vec<Value> = atlas_shared::people::LETTERS_LANGS
        .iter()
        .map(|l| json!(l.tag()))
        .chain([Value::Null])
        .collect();
    let rule = |role: &str, place: Option<&str>, person: bool| {
        // What the role needs is there and not null; a place it is not for is not sent.
        let mut required: Vec<&str> = place.into_iter().collect();
        let mut present = serde_json::Map::new();
        if let Some(place) = place {
            present.insert(place.into(), json!({ "not": { "type": "null" } }));
        }
        if person {
            required.push("person");
            present.insert("person".into(), json!({ "type": "object" }));
        }
        let others: Vec<Value> = places
            .iter()
            .filter(|p| Some(**p) != place)
            .map(
                |p| json!({ "required": [p], "properties": { *p: { "not": { "type": "null" } } } }),
            )
            .collect();
        json!({
            "if": { "properties": { "role": { "const": role } } },
            "then": { "required": required, "properties": present, "not": { "anyOf": others } },
        })
    };
    json!({
        "type": "object", "additionalProperties": false, "required": ["role"],
        "description": "Whom to invite: a role, the council, organisation or partnership it is for, the person (every role but a signatory's) and, optionally, when the token ends (expires or expires_in_days, not both).",
        "properties": {
            "role": { "type": "string", "enum": ROLE_NAMES },
            "authority": { "anyOf": [ref_to("AuthorityCode"), { "type": "null" }] },
            "organisation": { "type": ["string", "null"], "maxLength": 100, "description": "An organisation the registry holds." },
            "partnership": { "anyOf": [ref_to("PartnershipId"), { "type": "null" }] },
            "person": { "anyOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["name", "email"], "properties": {
                "name": name(atlas_shared::access::MAX_PERSON_NAME),
                "email": { "type": "string", "format": "email", "maxLength": covenant::MAX_EMAIL },
                "lang": { "description": "The language of the letters this person is sent; English when left out.", "enum": letter_langs },
            } }] },
            "expires": { "type": ["string", "null"], "format": "date-time", "description": "After now, at most ten years ahead." },
            "expires_in_days": { "type": ["integer", "null"], "minimum": 1, "maximum": MAX_EXPIRY_DAYS },
        },
        // Not both ends, and null is as good as left out.
        "not": { "properties": { "expires": { "type": "string" }, "expires_in_days": { "type": "integer" } }, "required": ["expires", "expires_in_days"] },
        "allOf": [
            rule("council-editor", Some("authority"), true),
            rule("signatory", Some("organisation"), false),
            rule("board", Some("partnership"), true),
            rule("moderator", None, true),
            rule("admin", None, true),
        ],
    })
}

/// A pledge's ages default to 16 and 25, so either may be left out; when both are given
/// `age_to` is not below `age_from`, and a lone `age_from` is not above the default 25.
fn pledge_ages() -> Value {
    let branches: Vec<Value> = (MIN_AGE..=MAX_AGE)
        .map(|from| json!({ "properties": { "age_from": { "const": from }, "age_to": { "minimum": from } } }))
        .collect();
    json!({ "anyOf": [
        { "not": { "required": ["age_from"] } },
        { "properties": { "age_from": { "type": "null" } } },
        { "not": { "required": ["age_to"] } },
        { "properties": { "age_to": { "type": "null" } } },
        { "anyOf": branches },
    ] })
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// A small registry: two councils and a partnership with one guarantee item.
    pub fn reference() -> Reference {
        let registry = crate::demo::registry().expect("the demo registry");
        Reference {
            seq: u64::MAX,
            prepared: atlas_shared::snapshot::Prepared::new(
                atlas_shared::compare::Records {
                    authorities: registry.authorities,
                    partnerships: registry.partnerships,
                    organisations: registry.organisations,
                    pledges: registry.pledges,
                },
                registry.offers,
            ),
        }
    }

    fn validator(name: &str) -> impl Fn(&Value) -> bool {
        let reference = reference();
        let doc = super::super::document(&reference);
        let mut root = json!({ "$ref": format!("#/components/schemas/{name}") });
        root["components"] = doc["components"].clone();
        let v = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .build(&root)
            .expect("a valid schema");
        move |instance: &Value| v.is_valid(instance)
    }

    /// A body the schema accepts is one the validator accepts, and the reverse, on cases
    /// that sit on each rule's edge.
    #[test]
    fn the_offer_schema_says_what_the_validator_says() {
        let valid = validator("OfferInput");
        let base = json!({
            "topic": "council-tax", "category": "money", "title": "Council tax help",
            "summary": "No council tax.", "status": "available", "basis": "discretionary",
            "applies_to": "unstated", "age_from": 18, "age_to": 24,
            "source": { "document": "d", "locator": "1" }
        });
        let cases: Vec<(Value, &str)> = vec![
            (base.clone(), "valid"),
            (
                json!({ "category": "housing" }),
                "a category that is not the topic's",
            ),
            (json!({ "category": "employment" }), "the wrong category"),
            (json!({ "age_from": 22, "age_to": 19 }), "ages out of order"),
            (json!({ "age_to": 26 }), "age past 25"),
            (json!({ "title": "  " }), "a blank title"),
            (json!({ "title": "Two\nlines" }), "a title on two lines"),
            (
                json!({ "title": "Hid\u{200B}den" }),
                "an invisible character in a title",
            ),
            (json!({ "summary": "\u{0007}bell" }), "a control character"),
            (
                json!({ "topic": "wifi", "category": "money", "council_tax": { "relief": "full_exemption" } }),
                "council tax terms on wifi",
            ),
            (
                json!({ "council_tax": {} }),
                "council tax terms without relief",
            ),
            (
                json!({ "conditions": ["young_parent", "young_parent"] }),
                "a repeated condition",
            ),
            (
                json!({ "source": { "document": "d", "locator": "1", "url": "javascript:alert(1)" } }),
                "a javascript link",
            ),
            (
                json!({ "value": { "per": "week" } }),
                "a period with nothing to repeat",
            ),
            (json!({ "value": {} }), "a value that says nothing"),
            (json!({ "version": 3 }), "a version on a new offer"),
            (json!({ "colour": "red" }), "an unknown field"),
        ];
        for (change, what) in cases {
            let mut body = base.clone();
            if let (Some(b), Some(c)) = (body.as_object_mut(), change.as_object()) {
                if what != "valid" {
                    for (k, v) in c {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
            let by_schema = valid(&body);
            let by_validator = atlas_shared::OfferInput::from_json(body.clone())
                .and_then(atlas_shared::OfferInput::validate_new)
                .is_ok();
            assert_eq!(
                by_schema,
                what == "valid",
                "{what}: the schema says {by_schema}"
            );
            assert_eq!(by_validator, by_schema, "{what}: the validator disagrees");
        }
    }

    #[test]
    fn the_invitation_schema_says_what_the_validator_says() {
        let valid = validator("TokenInput");
        let jane = json!({ "name": "Jane Smith", "email": "jane@walsall.gov.uk" });
        let cases = [
            (
                json!({ "role": "council-editor", "authority": "E08000030", "person": jane }),
                true,
            ),
            (
                json!({ "role": "admin", "person": jane, "expires_in_days": 30 }),
                true,
            ),
            (json!({ "role": "signatory", "organisation": "acme" }), true),
            // (How far ahead `expires` may be depends on the day: the schema says it in words.)
            (json!({ "role": "council-editor", "person": jane }), false),
            (
                json!({ "role": "council-editor", "authority": "E08000030" }),
                false,
            ),
            (
                json!({ "role": "moderator", "person": jane, "partnership": "greater-manchester" }),
                false,
            ),
            (
                json!({ "role": "admin", "person": jane, "expires_in_days": 0 }),
                false,
            ),
            (
                json!({ "role": "admin", "person": jane, "expires_in_days": 3, "expires": "2030-01-01T00:00:00Z" }),
                false,
            ),
            (json!({ "role": "boss", "person": jane }), false),
            (
                json!({ "role": "admin", "person": jane, "colour": "red" }),
                false,
            ),
        ];
        for (body, expected) in cases {
            assert_eq!(valid(&body), expected, "schema: {body}");
            let by_validator = atlas_shared::people::TokenInput::from_json(body.clone())
                .and_then(|i| i.validate(chrono::Utc::now()))
                .is_ok();
            assert_eq!(by_validator, expected, "validator: {body}");
        }
    }
}
