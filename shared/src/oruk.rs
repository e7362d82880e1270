//! The registry as an Open Referral UK service directory (ORUK, "HSDS-UK-3.0", the UK
//! profile of the Human Services Data Specification 3.0).
//!
//! The mapping, in one place (the README has it as a table):
//! - every offer that is `available`, `pilot` or `planned` is a service (an `ended` offer is
//!   not: it is no longer given); every public covenant pledge (published, of a verified
//!   organisation) is a service;
//! - status: available and pilot → `active` (a pilot also gets an `alert`), planned →
//!   `inactive` with an alert; a pledge is `active` until its closing date, then `inactive`;
//! - councils and verified covenant organisations are organizations (a council's ONS GSS
//!   code is an `organization_identifier` and its statistics.data.gov.uk URI its `uri`);
//! - the topic vocabulary is the taxonomy "Offer Atlas topics": one term per category, and
//!   one per topic under its category;
//! - whom an offer is for (`applies_to`) and its conditions are terms of the taxonomy
//!   "Offer Atlas eligibility", linked to the service as `attributes` (`link_type`
//!   `eligibility`); its topic and category are attributes with `link_type` `category`;
//! - ages are `minimum_age`/`maximum_age` (both inclusive, as ours); a value is one
//!   `cost_option` whose `amount_description` says it in words with its period ("£2,000
//!   once") and whose `option` says it is given to the care leaver, not charged;
//! - the council's area (a pledge's coverage) is the `service_areas`;
//! - nobody has to go anywhere for these, so each provider has one `virtual` location and
//!   each service one `service_at_location` there.
//!
//! Every id is a UUID v5 in [`NAMESPACE`] of a name made from our own id (for example
//! `service:offer:wiltshire-personal-adviser`), so the same record has the same ORUK id on
//! every server and after export and import. Optional fields that are empty are left out,
//! never sent as `null`.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::{Serialize, Serializer};
pub use uuid::Uuid;

use crate::authority::Tier;
use crate::covenant::Coverage;
use crate::topic::{topic, TOPICS};
use crate::{
    AppliesTo, Authority, Category, Circumstance, Offer, OfferStatus, Organisation, Partnership,
    Pledge,
};

/// `GET /oruk/` → `version`.
pub const VERSION: &str = "HSDS-UK-3.0";
/// The UK profile this API follows.
pub const PROFILE_URL: &str =
    "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";
/// The OpenAPI document that defines this API (the official one: we add no endpoints).
pub const OPENAPI_URL: &str = "https://openreferraluk.org/specifications/3.0/openapi.json";

/// The namespace of every ORUK id Offer Atlas gives, `d4d5883d-dafa-5a2c-9d25-12cc2bd51b21`:
/// the UUID v5 of the URL `https://offer-atlas.org/oruk` in the standard URL namespace
/// (RFC 9562). Fixed for good: changing it would change every published id.
pub const NAMESPACE: Uuid = Uuid::from_u128(0xd4d5_883d_dafa_5a2c_9d25_12cc_2bd5_1b21);

/// The name [`NAMESPACE`] is derived from (see the test that checks it).
pub const NAMESPACE_NAME: &str = "https://offer-atlas.org/oruk";

/// Page size when a list request gives no `per_page`.
pub const DEFAULT_PER_PAGE: u32 = 50;
/// Largest page a list request may ask for.
pub const MAX_PER_PAGE: u32 = 500;

/// The stable ORUK id of one of our records: UUID v5 of `{kind}:{key}` in [`NAMESPACE`].
pub fn uuid_for(kind: &str, key: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("{kind}:{key}").as_bytes())
}

/// The ORUK status of an offer, or `None` when the offer is not a service (it ended).
pub fn offer_status(status: OfferStatus) -> Option<&'static str> {
    match status {
        OfferStatus::Available | OfferStatus::Pilot => Some("active"),
        OfferStatus::Planned => Some("inactive"),
        OfferStatus::Ended => None,
    }
}

/// The ORUK status of a public pledge: active until its closing date has passed.
pub fn pledge_status(closes: Option<NaiveDate>, today: NaiveDate) -> &'static str {
    match closes {
        Some(day) if day < today => "inactive",
        _ => "active",
    }
}

/// Whether an offer is published as a service.
pub fn offer_is_service(offer: &Offer) -> bool {
    offer_status(offer.content.status).is_some()
}

/// The eligibility term's wording for whom an offer is for.
pub fn applies_to_words(applies_to: AppliesTo) -> (&'static str, &'static str) {
    match applies_to {
        AppliesTo::OwnCareLeaversAnywhere => (
            "Care leavers of this council, living anywhere",
            "The council's own care leavers (those it looked after), wherever they live: the support follows them if they move.",
        ),
        AppliesTo::OwnCareLeaversInArea => (
            "Care leavers of this council, while they live in its area",
            "The council's own care leavers (those it looked after), only while they live in its area.",
        ),
        AppliesTo::AnyCareLeaverInArea => (
            "Any care leaver living in the council's area",
            "Any care leaver who lives in the council's area, whichever council looked after them.",
        ),
        AppliesTo::Unstated => (
            "Not stated: ask whom it is for",
            "The council's document does not say whether this is for its own care leavers or for any care leaver living in its area. Ask the council.",
        ),
    }
}

fn applies_to_slug(applies_to: AppliesTo) -> &'static str {
    match applies_to {
        AppliesTo::OwnCareLeaversAnywhere => "own_care_leavers_anywhere",
        AppliesTo::OwnCareLeaversInArea => "own_care_leavers_in_area",
        AppliesTo::AnyCareLeaverInArea => "any_care_leaver_in_area",
        AppliesTo::Unstated => "unstated",
    }
}

fn uk_date(day: NaiveDate) -> String {
    crate::long_date(day)
}

/// A link we may publish as a `uri`: an absolute http(s) URL without spaces.
fn web_url(url: Option<&str>) -> Option<String> {
    let url = url?.trim();
    let ok = (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > "https://".len()
        && url.is_ascii()
        && !url
            .chars()
            .any(|c| c.is_ascii_whitespace() || c.is_ascii_control() || "<>\"{}|\\^`".contains(c));
    ok.then(|| url.to_string())
}

/// The statistics.data.gov.uk URI of an ONS GSS code: a persistent identifier of the area.
pub fn gss_uri(code: &str) -> String {
    format!("http://statistics.data.gov.uk/id/statistical-geography/{code}")
}

fn tier_words(tier: Tier) -> &'static str {
    match tier {
        Tier::County => "a county council",
        Tier::Unitary => "a unitary council",
        Tier::MetropolitanDistrict => "a metropolitan district council",
        Tier::LondonBorough => "a London borough council",
        Tier::District => "a district council",
    }
}

fn is_empty<T>(v: &[T]) -> bool {
    v.is_empty()
}

fn millis<S: Serializer>(at: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => s.serialize_str(&at.to_rfc3339_opts(SecondsFormat::Millis, true)),
        None => s.serialize_none(),
    }
}

// ---------------------------------------------------------------------------------------
// The objects, as the ORUK schemas name them. Empty optional fields are skipped.
// ---------------------------------------------------------------------------------------

/// `GET /` of an ORUK API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiDetails {
    pub version: &'static str,
    pub profile: &'static str,
    pub openapi_url: &'static str,
}

pub const API_DETAILS: ApiDetails = ApiDetails {
    version: VERSION,
    profile: PROFILE_URL,
    openapi_url: OPENAPI_URL,
};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Service {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub status: &'static str,
    pub minimum_age: u8,
    pub maximum_age: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alert: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "millis")]
    pub last_modified: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "is_empty")]
    pub service_areas: Vec<ServiceArea>,
    #[serde(skip_serializing_if = "is_empty")]
    pub service_at_locations: Vec<ServiceAtLocation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<Organization>,
    #[serde(skip_serializing_if = "is_empty")]
    pub cost_options: Vec<CostOption>,
    #[serde(skip_serializing_if = "is_empty")]
    pub contacts: Vec<Contact>,
    #[serde(skip_serializing_if = "is_empty")]
    pub attributes: Vec<Attribute>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organization {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    #[serde(skip_serializing_if = "is_empty")]
    pub organization_identifiers: Vec<OrganizationIdentifier>,
}

impl Organization {
    /// The organization's own fields, without its identifiers.
    pub fn summary(&self) -> Organization {
        Organization {
            organization_identifiers: Vec::new(),
            ..self.clone()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrganizationIdentifier {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub identifier_type: &'static str,
    pub identifier: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Taxonomy {
    pub id: Uuid,
    pub name: &'static str,
    pub description: &'static str,
    pub version: &'static str,
    #[serde(skip_serializing_if = "is_empty")]
    pub taxonomy_terms: Vec<TaxonomyTerm>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaxonomyTerm {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<Uuid>,
    /// The taxonomy's name.
    pub taxonomy: &'static str,
    pub taxonomy_id: Uuid,
    /// Our own code for the term (a topic or category slug, an `applies_to` value, a
    /// circumstance).
    pub term: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribute {
    pub id: Uuid,
    pub link_id: Uuid,
    pub taxonomy_term_id: Uuid,
    pub link_type: &'static str,
    pub taxonomy_term: TaxonomyTerm,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CostOption {
    pub id: Uuid,
    pub service_id: Uuid,
    pub option: &'static str,
    /// Pounds, where the value is an amount of money.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    pub amount_description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceArea {
    pub id: Uuid,
    pub service_id: Uuid,
    pub name: String,
    pub service_area: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub id: Uuid,
    pub service_id: Uuid,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub id: Uuid,
    pub location_type: &'static str,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceAtLocation {
    pub id: Uuid,
    pub service_id: Uuid,
    pub location_id: Uuid,
    pub location: Location,
    /// The service, in list pages only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<Box<Service>>,
}

/// One page of a list, as ORUK pages are.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page<T> {
    pub total_items: usize,
    pub total_pages: usize,
    pub page_number: usize,
    /// The number of items on this page.
    pub size: usize,
    pub first_page: bool,
    pub last_page: bool,
    /// Whether this page has no items.
    pub empty: bool,
    pub contents: Vec<T>,
}

/// Page `page` (from 1) of `per_page` items of `items`. A page after the last is empty.
/// There is always at least one page, so an empty list is page 1 of 1.
pub fn page<T, U>(items: &[T], page: u32, per_page: u32, view: impl Fn(&T) -> U) -> Page<U> {
    let per_page = per_page.clamp(1, MAX_PER_PAGE) as usize;
    let page = page.max(1) as usize;
    let total_items = items.len();
    let total_pages = total_items.div_ceil(per_page).max(1);
    let contents: Vec<U> = items
        .iter()
        .skip((page - 1).saturating_mul(per_page))
        .take(per_page)
        .map(view)
        .collect();
    Page {
        total_items,
        total_pages,
        page_number: page,
        size: contents.len(),
        first_page: page == 1,
        last_page: page >= total_pages,
        empty: contents.is_empty(),
        contents,
    }
}

// ---------------------------------------------------------------------------------------
// The taxonomies
// ---------------------------------------------------------------------------------------

const TOPICS_TAXONOMY: &str = "Offer Atlas topics";
const ELIGIBILITY_TAXONOMY: &str = "Offer Atlas eligibility";

fn topics_taxonomy_id() -> Uuid {
    uuid_for("taxonomy", "topics")
}

fn eligibility_taxonomy_id() -> Uuid {
    uuid_for("taxonomy", "eligibility")
}

fn term_id(key: &str) -> Uuid {
    uuid_for("taxonomy_term", key)
}

fn category_term(c: Category) -> TaxonomyTerm {
    TaxonomyTerm {
        id: term_id(&format!("category:{}", c.slug())),
        name: c.label().to_string(),
        description: format!(
            "Support for care leavers in this area of life: {}.",
            c.label().to_lowercase()
        ),
        parent_id: None,
        taxonomy: TOPICS_TAXONOMY,
        taxonomy_id: topics_taxonomy_id(),
        term: c.slug().to_string(),
    }
}

fn topic_term(t: &crate::Topic) -> TaxonomyTerm {
    TaxonomyTerm {
        id: term_id(&format!("topic:{}", t.slug)),
        name: t.label.to_string(),
        description: format!(
            "{}. Words people use for it: {}.",
            t.label,
            t.synonyms.join(", ")
        ),
        parent_id: Some(category_term(t.category).id),
        taxonomy: TOPICS_TAXONOMY,
        taxonomy_id: topics_taxonomy_id(),
        term: t.slug.to_string(),
    }
}

fn eligibility_group(key: &str, name: &str, description: &str) -> TaxonomyTerm {
    TaxonomyTerm {
        id: term_id(&format!("eligibility:{key}")),
        name: name.to_string(),
        description: description.to_string(),
        parent_id: None,
        taxonomy: ELIGIBILITY_TAXONOMY,
        taxonomy_id: eligibility_taxonomy_id(),
        term: key.to_string(),
    }
}

fn whom_group() -> TaxonomyTerm {
    eligibility_group(
        "whom",
        "Whom it is for",
        "Which care leavers the support reaches: those the council looked after, or any care leaver living in its area.",
    )
}

fn conditions_group() -> TaxonomyTerm {
    eligibility_group(
        "conditions",
        "Only if you are",
        "Circumstances the support needs, such as being at university or a young parent.",
    )
}

fn applies_to_term(applies_to: AppliesTo) -> TaxonomyTerm {
    let (name, description) = applies_to_words(applies_to);
    let slug = applies_to_slug(applies_to);
    TaxonomyTerm {
        id: term_id(&format!("applies_to:{slug}")),
        name: name.to_string(),
        description: description.to_string(),
        parent_id: Some(whom_group().id),
        taxonomy: ELIGIBILITY_TAXONOMY,
        taxonomy_id: eligibility_taxonomy_id(),
        term: slug.to_string(),
    }
}

fn covenant_term() -> TaxonomyTerm {
    TaxonomyTerm {
        id: term_id("applies_to:covenant"),
        name: "Care leavers where the pledge applies".to_string(),
        description: "A Care Leaver Covenant pledge: for care leavers living where the organisation says it applies (see the service areas).".to_string(),
        parent_id: Some(whom_group().id),
        taxonomy: ELIGIBILITY_TAXONOMY,
        taxonomy_id: eligibility_taxonomy_id(),
        term: "covenant".to_string(),
    }
}

fn condition_term(c: Circumstance) -> TaxonomyTerm {
    let label = c.label();
    let mut name = String::with_capacity(label.len());
    let mut chars = label.chars();
    if let Some(first) = chars.next() {
        name.extend(first.to_uppercase());
        name.push_str(chars.as_str());
    }
    TaxonomyTerm {
        id: term_id(&format!("condition:{}", c.slug())),
        name,
        description: format!("Only for someone who is {label}."),
        parent_id: Some(conditions_group().id),
        taxonomy: ELIGIBILITY_TAXONOMY,
        taxonomy_id: eligibility_taxonomy_id(),
        term: c.slug().to_string(),
    }
}

/// Every taxonomy term: categories, topics, then the eligibility terms.
pub fn taxonomy_terms() -> Vec<TaxonomyTerm> {
    let mut terms: Vec<TaxonomyTerm> = Category::ALL.into_iter().map(category_term).collect();
    terms.extend(TOPICS.iter().map(topic_term));
    terms.push(whom_group());
    terms.extend(
        [
            AppliesTo::OwnCareLeaversAnywhere,
            AppliesTo::OwnCareLeaversInArea,
            AppliesTo::AnyCareLeaverInArea,
            AppliesTo::Unstated,
        ]
        .into_iter()
        .map(applies_to_term),
    );
    terms.push(covenant_term());
    terms.push(conditions_group());
    terms.extend(Circumstance::ALL.into_iter().map(condition_term));
    terms
}

/// The two taxonomies, each with its terms.
pub fn taxonomies() -> Vec<Taxonomy> {
    let terms = taxonomy_terms();
    let of = |id: Uuid| -> Vec<TaxonomyTerm> {
        terms
            .iter()
            .filter(|t| t.taxonomy_id == id)
            .cloned()
            .collect()
    };
    vec![
        Taxonomy {
            id: topics_taxonomy_id(),
            name: TOPICS_TAXONOMY,
            description: "The kinds of support in councils' Local Offers for care leavers and in Care Leaver Covenant pledges, grouped by the six areas of the Children and Social Work Act 2017 plus money.",
            version: "1",
            taxonomy_terms: of(topics_taxonomy_id()),
        },
        Taxonomy {
            id: eligibility_taxonomy_id(),
            name: ELIGIBILITY_TAXONOMY,
            description: "Whom support for care leavers is for: which care leavers it reaches, and the circumstances it needs.",
            version: "1",
            taxonomy_terms: of(eligibility_taxonomy_id()),
        },
    ]
}

// ---------------------------------------------------------------------------------------
// Services and what hangs off them
// ---------------------------------------------------------------------------------------

fn attribute(service: Uuid, link_type: &'static str, term: TaxonomyTerm) -> Attribute {
    Attribute {
        id: uuid_for("attribute", &format!("{service}:{}", term.id)),
        link_id: service,
        taxonomy_term_id: term.id,
        link_type,
        taxonomy_term: term,
    }
}

fn topic_attributes(service: Uuid, slug: &str, category: Category) -> Vec<Attribute> {
    let mut out = vec![attribute(service, "category", category_term(category))];
    if let Some(t) = topic(slug) {
        out.push(attribute(service, "category", topic_term(t)));
    }
    out
}

fn area(service: Uuid, key: &str, name: &str, words: String, uri: Option<String>) -> ServiceArea {
    ServiceArea {
        id: uuid_for("service_area", &format!("{service}:{key}")),
        service_id: service,
        name: name.to_string(),
        service_area: words,
        uri,
    }
}

fn location_of(organization: &Organization, words: String) -> Location {
    Location {
        id: uuid_for("location", &organization.id.to_string()),
        location_type: "virtual",
        name: format!("Ask {}", organization.name),
        description: words,
    }
}

fn council_organization(a: &Authority) -> Organization {
    let id = uuid_for("organization", &format!("authority:{}", a.code));
    let mut description = format!(
        "{}: {} in England (ONS code {}).",
        a.name,
        tier_words(a.tier),
        a.code
    );
    if a.tier.runs_leaving_care() {
        description.push_str(" It publishes a Local Offer for the care leavers it looked after.");
    } else {
        description.push_str(
            " Its county runs leaving care; the district gives help such as council tax and housing.",
        );
    }
    if let Some(day) = a.replaced_on {
        description.push_str(&format!(" It was replaced on {}.", uk_date(day)));
    }
    Organization {
        id,
        name: a.name.clone(),
        description,
        website: web_url(a.website.as_deref()),
        uri: Some(gss_uri(&a.code)),
        organization_identifiers: vec![OrganizationIdentifier {
            id: uuid_for("organization_identifier", &format!("gss:{}", a.code)),
            organization_id: id,
            identifier_type: "ONS GSS code",
            identifier: a.code.clone(),
        }],
    }
}

fn covenant_organization(o: &Organisation) -> Organization {
    let mut description = format!("{} that signed the Care Leaver Covenant", o.kind.label());
    if let Some(day) = o.signed {
        description.push_str(&format!(" on {}", uk_date(day)));
    }
    description.push('.');
    if let Some(statement) = o.statement.as_deref().filter(|s| !s.trim().is_empty()) {
        description.push(' ');
        description.push_str(statement.trim());
    }
    Organization {
        id: uuid_for("organization", &format!("covenant:{}", o.id)),
        name: o.name.clone(),
        description,
        website: web_url(o.website.as_deref()),
        uri: None,
        organization_identifiers: Vec::new(),
    }
}

fn paragraphs(parts: &[Option<String>]) -> String {
    parts
        .iter()
        .flatten()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn offer_service(
    offer: &Offer,
    council: &Authority,
    organization: &Organization,
) -> Option<Service> {
    let c = &offer.content;
    let status = offer_status(c.status)?;
    let id = uuid_for("service", &format!("offer:{}", offer.id));
    let alert = match c.status {
        OfferStatus::Pilot => {
            Some("A pilot: a trial that may not reach everyone or may not continue.".to_string())
        }
        OfferStatus::Planned => Some("Planned: not available yet.".to_string()),
        _ => None,
    };
    let description = paragraphs(&[
        Some(c.summary.clone()),
        c.details.clone(),
        c.how_to_access
            .as_ref()
            .map(|h| format!("How to get it: {h}")),
        Some(format!("For {}.", c.applies_to.describe(&council.name))),
    ]);
    let portable = c.applies_to == AppliesTo::OwnCareLeaversAnywhere;
    let area_words = if portable {
        format!(
            "Given by {}, to the care leavers it looked after wherever they live.",
            council.name
        )
    } else {
        format!("{}'s area.", council.name)
    };
    let mut attributes = topic_attributes(id, &c.topic, c.category);
    attributes.push(attribute(id, "eligibility", applies_to_term(c.applies_to)));
    attributes.extend(
        c.conditions
            .iter()
            .map(|x| attribute(id, "eligibility", condition_term(*x))),
    );
    let cost_options = c
        .value
        .as_ref()
        .map(|v| (v, v.describe()))
        .filter(|(_, words)| !words.is_empty())
        .map(|(v, words)| CostOption {
            id: uuid_for("cost_option", &id.to_string()),
            service_id: id,
            option: "Given to the care leaver: this is what the support is worth, not a charge.",
            amount: v.amount_pence.map(|p| p as f64 / 100.0),
            amount_description: words,
        })
        .into_iter()
        .collect();
    let contacts = c
        .contact
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|name| Contact {
            id: uuid_for("contact", &id.to_string()),
            service_id: id,
            name: name.to_string(),
        })
        .into_iter()
        .collect();
    let location = location_of(
        organization,
        format!(
            "No one place: ask {}'s leaving care service (a Personal Adviser can help), or see how to get it in the service's description.",
            council.name
        ),
    );
    Some(Service {
        id,
        organization_id: organization.id,
        name: c.title.clone(),
        description,
        url: web_url(c.source.url.as_deref()).or_else(|| web_url(council.offer_url.as_deref())),
        status,
        minimum_age: c.age_from,
        maximum_age: c.age_to,
        assured_date: c.reviewed,
        alert,
        last_modified: Some(offer.updated_at),
        service_areas: vec![area(
            id,
            &council.code,
            &council.name,
            area_words,
            Some(gss_uri(&council.code)),
        )],
        service_at_locations: vec![ServiceAtLocation {
            id: uuid_for("service_at_location", &id.to_string()),
            service_id: id,
            location_id: location.id,
            location,
            service: None,
        }],
        organization: Some(organization.clone()),
        cost_options,
        contacts,
        attributes,
    })
}

fn pledge_service(
    p: &Pledge,
    organization: &Organization,
    authorities: &[Authority],
    partnerships: &[Partnership],
    today: NaiveDate,
) -> Service {
    let id = uuid_for("service", &format!("pledge:{}", p.id));
    let alert = p.content.closes.map(|day| {
        if day < today {
            format!("Applications closed on {}.", uk_date(day))
        } else {
            format!("Applications close on {}.", uk_date(day))
        }
    });
    let description = paragraphs(&[
        Some(p.content.summary.clone()),
        p.content.details.clone(),
        p.content.places.map(|n| {
            if n == 1 {
                "1 place on offer.".to_string()
            } else {
                format!("{n} places on offer.")
            }
        }),
        p.content
            .how_to_apply
            .as_ref()
            .map(|h| format!("How to apply: {h}")),
        Some("A Care Leaver Covenant pledge.".to_string()),
    ]);
    let mut attributes = topic_attributes(id, &p.content.topic, p.content.category);
    attributes.push(attribute(id, "eligibility", covenant_term()));
    attributes.extend(
        p.content
            .conditions
            .iter()
            .map(|x| attribute(id, "eligibility", condition_term(*x))),
    );
    let location = location_of(
        organization,
        format!(
            "No one place: apply to {} as the service's description says.",
            organization.name
        ),
    );
    Service {
        id,
        organization_id: organization.id,
        name: p.content.title.clone(),
        description,
        url: p
            .content
            .source
            .as_ref()
            .and_then(|s| web_url(s.url.as_deref()))
            .or_else(|| organization.website.clone()),
        status: pledge_status(p.content.closes, today),
        minimum_age: p.content.age_from,
        maximum_age: p.content.age_to,
        assured_date: None,
        alert,
        last_modified: p.updated_at,
        service_areas: coverage_areas(id, &p.content.coverage, authorities, partnerships),
        service_at_locations: vec![ServiceAtLocation {
            id: uuid_for("service_at_location", &id.to_string()),
            service_id: id,
            location_id: location.id,
            location,
            service: None,
        }],
        organization: Some(organization.clone()),
        cost_options: Vec::new(),
        contacts: Vec::new(),
        attributes,
    }
}

fn coverage_areas(
    service: Uuid,
    coverage: &Coverage,
    authorities: &[Authority],
    partnerships: &[Partnership],
) -> Vec<ServiceArea> {
    let mut out = Vec::new();
    if coverage.national {
        out.push(area(
            service,
            "england",
            "England",
            "Anywhere in England.".to_string(),
            Some(gss_uri("E92000001")),
        ));
    }
    for id in &coverage.partnerships {
        let name = partnerships
            .iter()
            .find(|p| &p.id == id)
            .map_or(id.as_str(), |p| p.name.as_str());
        out.push(area(
            service,
            &format!("partnership:{id}"),
            name,
            format!("The councils of {name}."),
            None,
        ));
    }
    for code in &coverage.authorities {
        let name = authorities
            .iter()
            .find(|a| &a.code == code)
            .map_or(code.as_str(), |a| a.name.as_str());
        out.push(area(
            service,
            code,
            name,
            format!("{name}'s area."),
            Some(gss_uri(code)),
        ));
    }
    out
}

// ---------------------------------------------------------------------------------------
// The whole directory, and the filters the list endpoints take
// ---------------------------------------------------------------------------------------

/// The records the directory is made of. Organisations and pledges may include private
/// ones: only public ones are published ([`Organisation::is_public`], [`Pledge::is_public`]).
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub authorities: &'a [Authority],
    pub partnerships: &'a [Partnership],
    pub organisations: &'a [Organisation],
    pub pledges: &'a [Pledge],
    pub offers: &'a [Offer],
    /// Today, for pledges' closing dates.
    pub today: NaiveDate,
}

/// One service as the directory keeps it: its own fields, and the ids of what it links
/// to. The nested objects (organization, attributes with their terms, the location) are
/// shared by many services, so they are put back only when a service is answered: at
/// national scale that keeps the directory a fraction of the size of its answers.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Without `organization`, `attributes` and `service_at_locations`.
    service: Service,
    /// Index of its organization in [`Directory::organizations`].
    organization: usize,
    /// `(link_type, taxonomy term id)` of each attribute, in order.
    terms: Vec<(&'static str, Uuid)>,
    /// Index of its provider's location in [`Directory::locations`].
    location: usize,
}

/// Everything the ORUK API publishes, built once per change of the registry.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    /// Ordered by provider name, then name, then id.
    entries: Vec<Entry>,
    /// Councils, then covenant organisations, each by name.
    pub organizations: Vec<Organization>,
    pub taxonomies: Vec<Taxonomy>,
    pub taxonomy_terms: Vec<TaxonomyTerm>,
    locations: Vec<Location>,
    terms_by_id: HashMap<Uuid, usize>,
    services_by_id: HashMap<Uuid, usize>,
    service_at_locations_by_id: HashMap<Uuid, usize>,
}

impl Directory {
    pub fn build(src: &Sources<'_>) -> Directory {
        let mut authorities: Vec<&Authority> = src.authorities.iter().collect();
        authorities.sort_by(|a, b| (&a.name, &a.code).cmp(&(&b.name, &b.code)));
        let councils: HashMap<&str, (&Authority, Organization)> = authorities
            .iter()
            .map(|a| (a.code.as_str(), (*a, council_organization(a))))
            .collect();
        let mut public_orgs: Vec<&Organisation> =
            src.organisations.iter().filter(|o| o.is_public()).collect();
        public_orgs.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
        let covenant: HashMap<&str, (&Organisation, Organization)> = public_orgs
            .iter()
            .map(|o| (o.id.as_str(), (*o, covenant_organization(o))))
            .collect();
        let organizations: Vec<Organization> = authorities
            .iter()
            .filter_map(|a| councils.get(a.code.as_str()).map(|(_, o)| o.clone()))
            .chain(
                public_orgs
                    .iter()
                    .filter_map(|o| covenant.get(o.id.as_str()).map(|(_, org)| org.clone())),
            )
            .collect();
        let org_index: HashMap<Uuid, usize> = organizations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id, i))
            .collect();

        let mut locations: Vec<Location> = Vec::new();
        let mut entries: Vec<Entry> = Vec::new();
        let mut keep = |mut service: Service| {
            let Some(organization) = org_index.get(&service.organization_id).copied() else {
                return;
            };
            let terms = service
                .attributes
                .iter()
                .map(|a| (a.link_type, a.taxonomy_term_id))
                .collect();
            // Every service is at its provider's one location.
            let Some(at) = service.service_at_locations.first() else {
                return;
            };
            let location = match locations.iter().position(|l| l.id == at.location_id) {
                Some(i) => i,
                None => {
                    locations.push(at.location.clone());
                    locations.len() - 1
                }
            };
            service.organization = None;
            service.attributes = Vec::new();
            service.service_at_locations = Vec::new();
            entries.push(Entry {
                service,
                organization,
                terms,
                location,
            });
        };
        for offer in src.offers {
            if let Some((council, org)) = councils.get(offer.authority.as_str()) {
                if let Some(service) = offer_service(offer, council, org) {
                    keep(service);
                }
            }
        }
        for pledge in src.pledges {
            let Some((organisation, org)) = covenant.get(pledge.organisation.as_str()) else {
                continue;
            };
            if pledge.is_public(Some(organisation)) {
                keep(pledge_service(
                    &pledge.public_view(),
                    org,
                    src.authorities,
                    src.partnerships,
                    src.today,
                ));
            }
        }
        entries.sort_by(|a, b| {
            (
                &organizations[a.organization].name,
                &a.service.name,
                a.service.id,
            )
                .cmp(&(
                    &organizations[b.organization].name,
                    &b.service.name,
                    b.service.id,
                ))
        });
        let services_by_id = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.service.id, i))
            .collect();
        let service_at_locations_by_id = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (service_at_location_id(e.service.id), i))
            .collect();
        let taxonomy_terms = taxonomy_terms();
        let terms_by_id = taxonomy_terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id, i))
            .collect();
        Directory {
            entries,
            organizations,
            taxonomies: taxonomies(),
            taxonomy_terms,
            locations,
            terms_by_id,
            services_by_id,
            service_at_locations_by_id,
        }
    }

    /// How many services there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn term(&self, id: Uuid) -> Option<&TaxonomyTerm> {
        self.terms_by_id.get(&id).map(|i| &self.taxonomy_terms[*i])
    }

    /// The entry's service at location, with its location.
    fn service_at_location_of(&self, e: &Entry) -> ServiceAtLocation {
        let location = self.locations[e.location].clone();
        ServiceAtLocation {
            id: service_at_location_id(e.service.id),
            service_id: e.service.id,
            location_id: location.id,
            location,
            service: None,
        }
    }

    /// A service as list pages show it: its one-to-one fields and its organization's.
    pub fn summary(&self, e: &Entry) -> Service {
        Service {
            organization: Some(self.organizations[e.organization].summary()),
            ..e.service.clone()
        }
    }

    /// A service fully nested: organization, attributes with their terms, location.
    pub fn full(&self, e: &Entry) -> Service {
        let id = e.service.id;
        Service {
            organization: Some(self.organizations[e.organization].clone()),
            attributes: e
                .terms
                .iter()
                .filter_map(|(link_type, term)| {
                    Some(attribute(id, link_type, self.term(*term)?.clone()))
                })
                .collect(),
            service_at_locations: vec![self.service_at_location_of(e)],
            ..e.service.clone()
        }
    }

    /// One service, fully nested.
    pub fn service(&self, id: Uuid) -> Option<Service> {
        self.services_by_id
            .get(&id)
            .map(|i| self.full(&self.entries[*i]))
    }

    /// The services a query asks for, in directory order.
    pub fn find_services(&self, query: &ServiceQuery) -> Vec<&Entry> {
        self.entries
            .iter()
            .filter(|e| query.matches(self, e))
            .collect()
    }

    pub fn organization(&self, id: Uuid) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }

    pub fn taxonomy(&self, id: Uuid) -> Option<&Taxonomy> {
        self.taxonomies.iter().find(|t| t.id == id)
    }

    pub fn taxonomy_term(&self, id: Uuid) -> Option<&TaxonomyTerm> {
        self.term(id)
    }

    /// A service at location as list pages show it: with its location and its service.
    pub fn listed_service_at_location(&self, e: &Entry) -> ServiceAtLocation {
        ServiceAtLocation {
            service: Some(Box::new(self.summary(e))),
            ..self.service_at_location_of(e)
        }
    }

    /// One service at location, with its location.
    pub fn service_at_location(&self, id: Uuid) -> Option<ServiceAtLocation> {
        let e = &self.entries[*self.service_at_locations_by_id.get(&id)?];
        Some(self.service_at_location_of(e))
    }
}

fn service_at_location_id(service: Uuid) -> Uuid {
    uuid_for("service_at_location", &service.to_string())
}

/// The filters of `GET /services` (and `/service_at_locations`), already checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceQuery {
    /// Words that must all appear (any case) in the name, description, topic or provider.
    pub search: Option<String>,
    /// Services with an attribute of this term, or of a term under it.
    pub taxonomy_term_id: Option<Uuid>,
    /// Services with an attribute of any term of this taxonomy.
    pub taxonomy_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
    /// The service's ages must reach at least this age…
    pub minimum_age: Option<u8>,
    /// …and start no later than this one: the ranges overlap.
    pub maximum_age: Option<u8>,
    /// Changed at or after this moment.
    pub modified_after: Option<DateTime<Utc>>,
}

impl ServiceQuery {
    fn matches(&self, dir: &Directory, e: &Entry) -> bool {
        let s = &e.service;
        if self.organization_id.is_some_and(|o| o != s.organization_id) {
            return false;
        }
        if self.minimum_age.is_some_and(|age| s.maximum_age < age) {
            return false;
        }
        if self.maximum_age.is_some_and(|age| s.minimum_age > age) {
            return false;
        }
        if let Some(after) = self.modified_after {
            if s.last_modified.is_none_or(|at| at < after) {
                return false;
            }
        }
        let terms = || e.terms.iter().filter_map(|(_, id)| dir.term(*id));
        if let Some(term) = self.taxonomy_term_id {
            if !terms().any(|t| t.id == term || t.parent_id == Some(term)) {
                return false;
            }
        }
        if let Some(taxonomy) = self.taxonomy_id {
            if !terms().any(|t| t.taxonomy_id == taxonomy) {
                return false;
            }
        }
        if let Some(search) = &self.search {
            // Lower-cased here rather than kept: searching is rarer than holding memory.
            let words = format!(
                "{} {} {} {}",
                s.name,
                s.description,
                terms()
                    .map(|t| t.name.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                dir.organizations[e.organization].name
            )
            .to_lowercase();
            let search = search.to_lowercase();
            if !search
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| words.contains(w))
            {
                return false;
            }
        }
        true
    }
}

/// The filters of `GET /taxonomy_terms`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TermQuery {
    pub search: Option<String>,
    pub taxonomy_id: Option<Uuid>,
    pub parent_id: Option<Uuid>,
    /// Only terms without a parent.
    pub top_only: bool,
}

impl TermQuery {
    pub fn matches(&self, t: &TaxonomyTerm) -> bool {
        self.taxonomy_id.is_none_or(|id| id == t.taxonomy_id)
            && self.parent_id.is_none_or(|id| t.parent_id == Some(id))
            && (!self.top_only || t.parent_id.is_none())
            && self.search.as_deref().is_none_or(|q| {
                let hay = format!("{} {} {}", t.name, t.description, t.term).to_lowercase();
                let q = q.to_lowercase();
                q.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .all(|w| hay.contains(w))
            })
    }
}

/// Whether an organization or taxonomy matches a `search`: every word in its name or
/// description.
pub fn text_matches(search: Option<&str>, name: &str, description: &str) -> bool {
    search.is_none_or(|q| {
        let hay = format!("{name} {description}").to_lowercase();
        q.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| hay.contains(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authority::test_authority;
    use crate::offer::test_offer;
    use crate::{Period, Value};

    fn council(code: &str, name: &str) -> Authority {
        Authority {
            website: Some("https://www.wiltshire.gov.uk".into()),
            ..test_authority(code, name, Tier::Unitary, None, &[])
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
    }

    fn directory(offers: &[Offer]) -> Directory {
        let authorities = [council("E06000054", "Wiltshire")];
        Directory::build(&Sources {
            authorities: &authorities,
            partnerships: &[],
            organisations: &[],
            pledges: &[],
            offers,
            today: today(),
        })
    }

    #[test]
    fn the_namespace_is_the_documented_one() {
        assert_eq!(
            Uuid::new_v5(&Uuid::NAMESPACE_URL, NAMESPACE_NAME.as_bytes()),
            NAMESPACE
        );
    }

    #[test]
    fn ids_are_stable_version_5_uuids() {
        let a = uuid_for("service", "offer:x");
        assert_eq!(a, uuid_for("service", "offer:x"));
        assert_ne!(a, uuid_for("service", "offer:y"));
        assert_ne!(a, uuid_for("organization", "offer:x"));
        assert_eq!(a.get_version_num(), 5);
    }

    #[test]
    fn statuses_map_to_the_standards_values_and_ended_offers_are_not_services() {
        assert_eq!(offer_status(OfferStatus::Available), Some("active"));
        assert_eq!(offer_status(OfferStatus::Pilot), Some("active"));
        assert_eq!(offer_status(OfferStatus::Planned), Some("inactive"));
        assert_eq!(offer_status(OfferStatus::Ended), None);
        let day = |d| NaiveDate::from_ymd_opt(2026, 6, d).unwrap();
        assert_eq!(pledge_status(Some(day(2)), day(2)), "active");
        assert_eq!(pledge_status(Some(day(1)), day(2)), "inactive");
        assert_eq!(pledge_status(None, day(2)), "active");

        let mut ended = test_offer("w-ended", "E06000054", "wifi");
        ended.content.status = OfferStatus::Ended;
        let mut pilot = test_offer("w-pilot", "E06000054", "wifi");
        pilot.content.status = OfferStatus::Pilot;
        let d = directory(&[ended, pilot]);
        assert_eq!(d.len(), 1);
        let s = d.full(d.find_services(&ServiceQuery::default())[0]);
        assert_eq!(s.status, "active");
        assert!(s.alert.as_deref().unwrap().starts_with("A pilot"));
    }

    #[test]
    fn a_service_carries_ages_value_eligibility_and_area() {
        let mut o = test_offer("w-grant", "E06000054", "setting-up-home-grant");
        o.content.age_from = 18;
        o.content.age_to = 24;
        o.content.applies_to = AppliesTo::OwnCareLeaversAnywhere;
        o.content.conditions = vec![Circumstance::YoungParent];
        o.content.value = Some(Value {
            loan: false,
            up_to: false,
            amount_pence: Some(200_000),
            per: Some(Period::Once),
            count: None,
            percent: None,
            note: None,
        });
        let d = directory(&[o]);
        let s = &d.full(d.find_services(&ServiceQuery::default())[0]);
        assert_eq!((s.minimum_age, s.maximum_age), (18, 24));
        assert_eq!(s.cost_options[0].amount, Some(2000.0));
        assert_eq!(s.cost_options[0].amount_description, "£2,000");
        let terms: Vec<&str> = s
            .attributes
            .iter()
            .map(|a| a.taxonomy_term.term.as_str())
            .collect();
        assert_eq!(
            terms,
            [
                "money",
                "setting-up-home-grant",
                "own_care_leavers_anywhere",
                "young_parent"
            ]
        );
        assert_eq!(
            s.attributes[2].taxonomy_term.name,
            "Care leavers of this council, living anywhere"
        );
        assert_eq!(s.service_areas[0].name, "Wiltshire");
        assert_eq!(
            s.service_areas[0].uri.as_deref(),
            Some("http://statistics.data.gov.uk/id/statistical-geography/E06000054")
        );
        // Every term an attribute names is in the taxonomies.
        for a in &s.attributes {
            assert_eq!(d.taxonomy_term(a.taxonomy_term_id), Some(&a.taxonomy_term));
        }
    }

    #[test]
    fn empty_optional_fields_are_left_out_never_null() {
        let d = directory(&[test_offer("w-wifi", "E06000054", "wifi")]);
        let entry = d.find_services(&ServiceQuery::default())[0];
        let json = serde_json::to_value(d.full(entry)).unwrap();
        fn no_nulls(v: &serde_json::Value, at: &str) {
            match v {
                serde_json::Value::Null => panic!("null at {at}"),
                serde_json::Value::Array(a) => {
                    assert!(!a.is_empty(), "empty list at {at}");
                    a.iter().for_each(|x| no_nulls(x, at));
                }
                serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| no_nulls(x, k)),
                _ => {}
            }
        }
        no_nulls(&json, "service");
        assert!(json.get("cost_options").is_none());
        assert!(json.get("url").is_none());
        let summary = serde_json::to_value(d.summary(entry)).unwrap();
        assert!(summary.get("attributes").is_none());
        assert!(summary["organization"]
            .get("organization_identifiers")
            .is_none());
    }

    #[test]
    fn paging_counts_like_the_standard() {
        let items: Vec<u32> = (0..7).collect();
        let p = page(&items, 1, 3, |x| *x);
        assert_eq!((p.total_items, p.total_pages, p.size), (7, 3, 3));
        assert!(p.first_page && !p.last_page && !p.empty);
        let p = page(&items, 3, 3, |x| *x);
        assert_eq!(p.contents, [6]);
        assert!(!p.first_page && p.last_page);
        let p = page(&items, 4, 3, |x| *x);
        assert!(p.empty && p.last_page && p.contents.is_empty());
        let none: Vec<u32> = Vec::new();
        let p = page(&none, 1, 3, |x| *x);
        assert_eq!((p.total_pages, p.size), (1, 0));
        assert!(p.first_page && p.last_page && p.empty);
    }

    #[test]
    fn filters_by_words_term_and_overlapping_ages() {
        let mut a = test_offer("w-wifi", "E06000054", "wifi");
        a.content.title = "Free broadband".into();
        a.content.age_to = 20;
        let mut b = test_offer("w-gym", "E06000054", "leisure");
        b.content.age_from = 21;
        let d = directory(&[a, b]);
        let names = |q: &ServiceQuery| -> Vec<String> {
            d.find_services(q)
                .iter()
                .map(|e| d.summary(e).name)
                .collect()
        };
        let q = ServiceQuery {
            search: Some("FREE  broadband".into()),
            ..Default::default()
        };
        assert_eq!(names(&q), ["Free broadband"]);
        let q = ServiceQuery {
            minimum_age: Some(21),
            ..Default::default()
        };
        assert_eq!(names(&q), ["w-gym title"]);
        let q = ServiceQuery {
            maximum_age: Some(20),
            ..Default::default()
        };
        assert_eq!(names(&q), ["Free broadband"]);
        // A category term finds the services of the topics under it.
        let leisure = topic("leisure").unwrap();
        let q = ServiceQuery {
            taxonomy_term_id: Some(category_term(leisure.category).id),
            ..Default::default()
        };
        assert!(names(&q).contains(&"w-gym title".to_string()));
    }
}
