//! The Care Leaver Covenant: organisations and the pledges they publish.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::circumstance::Circumstance;
use crate::error::ErrorCode;
use crate::source::{Source, SourceInput};
use crate::validate::{is_slug, parse_object, Check, ValidationErrors};

/// What sort of organisation signed the covenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    Employer,
    University,
    College,
    Charity,
    GovernmentDepartment,
    PublicBody,
    Other,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 7] = [
        OrganisationKind::Employer,
        OrganisationKind::University,
        OrganisationKind::College,
        OrganisationKind::Charity,
        OrganisationKind::GovernmentDepartment,
        OrganisationKind::PublicBody,
        OrganisationKind::Other,
    ];

    /// The JSON name, e.g. `government_department`.
    pub fn slug(self) -> &'static str {
        match self {
            OrganisationKind::Employer => "employer",
            OrganisationKind::University => "university",
            OrganisationKind::College => "college",
            OrganisationKind::Charity => "charity",
            OrganisationKind::GovernmentDepartment => "government_department",
            OrganisationKind::PublicBody => "public_body",
            OrganisationKind::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            OrganisationKind::Employer => "Employer",
            OrganisationKind::University => "University",
            OrganisationKind::College => "College",
            OrganisationKind::Charity => "Charity",
            OrganisationKind::GovernmentDepartment => "Government department",
            OrganisationKind::PublicBody => "Other public body",
            OrganisationKind::Other => "Other",
        }
    }
}

/// A covenant signatory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub kind: OrganisationKind,
    pub website: Option<String>,
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub signed: Option<NaiveDate>,
    pub verified: bool,
    #[serde(default)]
    pub source: Option<Source>,
    /// Where the moderators reach the organisation. Private: never in a public view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
    /// The statement of intent given at registration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    /// The language its letters are written in (a [`crate::words::Lang`] tag): the one it
    /// registered in on the registration page. None is English. Private, like the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// Whether a signatory has been checked by a moderator; only verified ones are public.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrganisationStatus {
    Pending,
    Verified,
}

/// Where a pledge is in its life: only published pledges are public.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PledgeStatus {
    Pending,
    Published,
    Withdrawn,
    Rejected,
}

impl PledgeStatus {
    /// Plain words for the signatory's own list.
    pub fn label(self) -> &'static str {
        match self {
            PledgeStatus::Pending => "Waiting for a moderator",
            PledgeStatus::Published => "Published",
            PledgeStatus::Withdrawn => "Withdrawn",
            PledgeStatus::Rejected => "Not accepted",
        }
    }
}

/// Where a pledge applies. Missing parts mean none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Coverage {
    #[serde(default)]
    pub national: bool,
    #[serde(default)]
    pub partnerships: Vec<String>,
    #[serde(default)]
    pub authorities: Vec<String>,
}

impl Coverage {
    /// Whether the pledge reaches someone living in `authority`, given the partnerships
    /// that authority belongs to and its county (for a district).
    pub fn covers(&self, authority: &str, county: Option<&str>, partnerships: &[String]) -> bool {
        self.national
            || self
                .authorities
                .iter()
                .any(|a| a == authority || Some(a.as_str()) == county)
            || self.partnerships.iter().any(|p| partnerships.contains(p))
    }
}

/// A covenant signatory's promise to care leavers: what its organisation wrote
/// (`content`, flattened into the same object on the wire) and where it is in its
/// lifecycle, shaped like [`crate::Offer`] and its [`crate::OfferContent`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Pledge {
    pub id: String,
    pub organisation: String,
    pub status: PledgeStatus,
    pub rejection_reason: Option<String>,
    #[serde(flatten)]
    pub content: PledgeContent,
    #[serde(default = "first_version")]
    pub version: u64,
    #[serde(default)]
    pub updated_at: Option<DateTime<Utc>>,
    /// An edit to a published pledge, waiting for a moderator. The published content
    /// above stays visible until the edit is approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Box<PledgeContent>>,
}

impl Organisation {
    /// Only a verified signatory is shown to the public.
    pub fn is_public(&self) -> bool {
        self.verified
    }

    pub fn status(&self) -> OrganisationStatus {
        if self.verified {
            OrganisationStatus::Verified
        } else {
            OrganisationStatus::Pending
        }
    }

    /// A new, unverified signatory from a checked registration.
    pub fn register(id: String, registration: Registration, signed: NaiveDate) -> Organisation {
        Organisation {
            id,
            name: registration.name,
            kind: registration.kind,
            website: Some(registration.website),
            signed: Some(signed),
            verified: false,
            source: None,
            contact_email: Some(registration.contact_email),
            statement: Some(registration.statement),
            lang: registration.lang,
        }
    }

    /// What anyone may see: the contact address is for moderators only.
    pub fn public_view(&self) -> Organisation {
        Organisation {
            contact_email: None,
            lang: None,
            ..self.clone()
        }
    }
}

/// A readable, unique id for a new organisation: its name as a slug, with a number added
/// when `taken` says the plain one is in use.
pub fn organisation_id(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut base = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            base.push(c);
        } else if !base.is_empty() && !base.ends_with('-') {
            base.push('-');
        }
        if base.len() >= 48 {
            break;
        }
    }
    let base = base.trim_end_matches('-');
    let base = if base.is_empty() {
        "organisation"
    } else {
        base
    };
    if !taken(base) {
        return base.to_string();
    }
    (2u64..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_string())
}

impl Pledge {
    /// A pledge is public once published, and only while its organisation is verified.
    /// `organisation` is the pledge's own organisation, if it exists.
    pub fn is_public(&self, organisation: Option<&Organisation>) -> bool {
        self.status == PledgeStatus::Published && organisation.is_some_and(Organisation::is_public)
    }
}

fn first_version() -> u64 {
    1
}

/// A step the pledge's current state does not allow (publishing a withdrawn pledge, say).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct LifecycleError(pub &'static str);

/// The part of a pledge its organisation writes; the rest is lifecycle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PledgeContent {
    pub topic: String,
    pub category: Category,
    pub title: String,
    pub summary: String,
    pub details: Option<String>,
    pub coverage: Coverage,
    pub age_from: u8,
    pub age_to: u8,
    #[serde(default)]
    pub conditions: Vec<Circumstance>,
    pub places: Option<u32>,
    pub how_to_apply: Option<String>,
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub closes: Option<NaiveDate>,
    pub source: Option<Source>,
}

impl Pledge {
    /// A newly submitted pledge: pending until a moderator publishes it.
    pub fn submit(id: String, organisation: String, content: PledgeContent) -> Pledge {
        Pledge {
            id,
            organisation,
            status: PledgeStatus::Pending,
            rejection_reason: None,
            content,
            version: 1,
            updated_at: None,
            draft: None,
        }
    }

    /// Whether a moderator has something to decide: a new pledge or an edit.
    pub fn awaits_moderation(&self) -> bool {
        self.status == PledgeStatus::Pending || self.draft.is_some()
    }

    /// The organisation changes its pledge. A pending or rejected pledge is replaced and
    /// (again) pending; a published one keeps its public content and holds the edit as a
    /// draft for moderation.
    pub fn edit(&mut self, content: PledgeContent) -> Result<(), LifecycleError> {
        match self.status {
            PledgeStatus::Pending | PledgeStatus::Rejected => {
                self.content = content;
                self.status = PledgeStatus::Pending;
                self.rejection_reason = None;
                self.draft = None;
            }
            PledgeStatus::Published => {
                self.draft = Some(Box::new(content));
                self.rejection_reason = None;
            }
            PledgeStatus::Withdrawn => {
                return Err(LifecycleError(
                    "a withdrawn pledge cannot be edited; submit a new pledge instead",
                ))
            }
        }
        Ok(())
    }

    /// A moderator approves the pending pledge, or the pending edit of a published one.
    pub fn publish(&mut self) -> Result<(), LifecycleError> {
        match (self.status, self.draft.take()) {
            (PledgeStatus::Pending, _) => self.status = PledgeStatus::Published,
            (PledgeStatus::Published, Some(draft)) => self.content = *draft,
            _ => return Err(LifecycleError("there is nothing awaiting approval")),
        }
        self.rejection_reason = None;
        Ok(())
    }

    /// A moderator refuses the pending pledge, or the pending edit of a published one
    /// (which then stays published as it was).
    pub fn reject(&mut self, reason: String) -> Result<(), LifecycleError> {
        match (self.status, self.draft.take()) {
            (PledgeStatus::Pending, _) => self.status = PledgeStatus::Rejected,
            (PledgeStatus::Published, Some(_)) => {}
            _ => return Err(LifecycleError("there is nothing awaiting approval")),
        }
        self.rejection_reason = Some(reason);
        Ok(())
    }

    /// The organisation or a moderator takes the pledge down for good.
    pub fn withdraw(&mut self) -> Result<(), LifecycleError> {
        match self.status {
            PledgeStatus::Pending | PledgeStatus::Published => {
                self.status = PledgeStatus::Withdrawn;
                self.draft = None;
                Ok(())
            }
            _ => Err(LifecycleError(
                "only a pending or published pledge can be withdrawn",
            )),
        }
    }

    /// What anyone may see: no pending edit, no moderator's reasons.
    pub fn public_view(&self) -> Pledge {
        Pledge {
            draft: None,
            rejection_reason: None,
            ..self.clone()
        }
    }
}

/// Text limits for the covenant, in characters.
pub const MAX_NAME: usize = 200;
pub const MAX_STATEMENT: usize = 5_000;
pub const MAX_EMAIL: usize = 254;
pub const MAX_REASON: usize = 2_000;
pub use crate::validate::{MAX_CONDITIONS, MAX_DETAILS, MAX_SUMMARY, MAX_TITLE};
pub const MAX_HOW_TO_APPLY: usize = 2_000;
/// Places named in one pledge's coverage (there are about 350 authorities in England).
pub const MAX_COVERAGE_ITEMS: usize = 400;
pub const MAX_PLACES: u32 = 1_000_000;

/// `POST /organisations` as sent. Every field optional so a missing one is named.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RegistrationInput {
    pub name: Option<String>,
    pub kind: Option<OrganisationKind>,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    pub statement: Option<String>,
}

/// A checked registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub name: String,
    pub kind: OrganisationKind,
    pub website: String,
    pub contact_email: String,
    pub statement: String,
    /// The language its letters are to be written in (a tag), if not English: not part of
    /// what is sent, but of where it was sent from (the registration page's language).
    pub lang: Option<String>,
}

impl RegistrationInput {
    pub const FIELDS: &'static [&'static str] =
        &["name", "kind", "website", "contact_email", "statement"];

    pub fn from_json(value: serde_json::Value) -> Result<RegistrationInput, ValidationErrors> {
        parse_object(value, Self::FIELDS)
    }

    pub fn validate(self) -> Result<Registration, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let mut check = Check::new(&mut errors, "");
        let name = check.required_name("name", self.name, MAX_NAME);
        let kind = check.required("kind", self.kind);
        let website = check.optional_url("website", self.website.clone());
        if website.is_none() && self.website.as_deref().is_none_or(|w| w.trim().is_empty()) {
            check.fail("website", ErrorCode::MissingField, "this field is required");
        }
        let email = check.required_text("contact_email", self.contact_email, MAX_EMAIL);
        let email = match email {
            Some(e) if is_email(&e) => Some(e),
            Some(_) => {
                check.fail(
                    "contact_email",
                    ErrorCode::InvalidEmail,
                    "must be an email address such as name@example.org",
                );
                None
            }
            None => None,
        };
        let statement = check.required_text("statement", self.statement, MAX_STATEMENT);
        drop(check);
        let registration = (|| {
            Some(Registration {
                name: name?,
                kind: kind?,
                website: website?,
                contact_email: email?,
                statement: statement?,
                lang: None,
            })
        })();
        errors.finish(registration)
    }
}

/// An address moderators can write to: valid by RFC 5322 and with a dotted domain
/// (`name@localhost` is valid email but not an organisation's address).
pub fn is_email(address: &str) -> bool {
    email_address::EmailAddress::is_valid(address)
        && address
            .rsplit_once('@')
            .is_some_and(|(_, domain)| domain.contains('.') && !domain.ends_with('.'))
}

/// A place a pledge's coverage names, for checking that it exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceRef<'a> {
    Partnership(&'a str),
    Authority(&'a str),
}

/// Coverage as sent; missing parts mean none.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoverageInput {
    pub national: Option<bool>,
    pub partnerships: Option<Vec<String>>,
    pub authorities: Option<Vec<String>>,
}

/// A pledge as its organisation sends it (create or replace).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PledgeInput {
    pub topic: Option<String>,
    pub category: Option<Category>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub details: Option<String>,
    pub coverage: Option<CoverageInput>,
    pub age_from: Option<u8>,
    pub age_to: Option<u8>,
    pub conditions: Option<Vec<Circumstance>>,
    pub places: Option<u32>,
    pub how_to_apply: Option<String>,
    #[serde(default, deserialize_with = "crate::date::optional")]
    pub closes: Option<NaiveDate>,
    pub source: Option<SourceInput>,
    /// The version last read; required when replacing.
    pub version: Option<u64>,
}

impl PledgeInput {
    pub const FIELDS: &'static [&'static str] = &[
        "topic",
        "category",
        "title",
        "summary",
        "details",
        "coverage",
        "age_from",
        "age_to",
        "conditions",
        "places",
        "how_to_apply",
        "closes",
        "source",
        "version",
    ];

    pub fn from_json(value: serde_json::Value) -> Result<PledgeInput, ValidationErrors> {
        parse_object(value, Self::FIELDS)
    }

    /// Checks every rule; `place_exists` says whether a partnership or authority named in
    /// the coverage is in the registry.
    pub fn validate(
        self,
        place_exists: impl Fn(PlaceRef<'_>) -> bool,
    ) -> Result<PledgeContent, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let mut check = Check::new(&mut errors, "");
        let (topic_slug, known) = check.topic("topic", self.topic);
        // The category follows from the topic; if given it must agree.
        check.category_of("category", known, self.category);
        let (title, summary, details) = check.wording(self.title, self.summary, self.details);
        let age_from = self.age_from.or(Some(crate::MIN_AGE));
        let age_to = self.age_to.or(Some(crate::MAX_AGE));
        let (age_from, age_to) = check.age_range(age_from, age_to);
        let conditions = check.conditions("conditions", self.conditions);
        if let Some(places) = self.places {
            if places == 0 || places > MAX_PLACES {
                check.fail(
                    "places",
                    ErrorCode::OutOfRange,
                    format!("must be from 1 to {MAX_PLACES}"),
                );
            }
        }
        let how_to_apply = check.optional_text("how_to_apply", self.how_to_apply, MAX_HOW_TO_APPLY);
        let coverage = match check.required("coverage", self.coverage) {
            Some(input) => coverage(input, &mut check, &place_exists),
            None => None,
        };
        drop(check);
        let source = self.source.and_then(|s| s.validate("source", &mut errors));
        let content = (|| {
            Some(PledgeContent {
                category: known?.category,
                topic: topic_slug?,
                title: title?,
                summary: summary?,
                details,
                coverage: coverage?,
                age_from: age_from?,
                age_to: age_to?,
                conditions,
                places: self.places,
                how_to_apply,
                closes: self.closes,
                source,
            })
        })();
        errors.finish(content)
    }
}

fn coverage(
    input: CoverageInput,
    check: &mut Check<'_>,
    place_exists: &impl Fn(PlaceRef<'_>) -> bool,
) -> Option<Coverage> {
    let national = input.national.unwrap_or(false);
    let mut partnerships = check.list(
        "coverage.partnerships",
        input.partnerships,
        MAX_COVERAGE_ITEMS,
    );
    let mut authorities = check.list(
        "coverage.authorities",
        input.authorities,
        MAX_COVERAGE_ITEMS,
    );
    let mut ok = true;
    for (i, id) in partnerships.iter().enumerate() {
        if !is_slug(id, 64) || !place_exists(PlaceRef::Partnership(id)) {
            check.fail(
                &format!("coverage.partnerships[{i}]"),
                ErrorCode::UnknownReference,
                "not a partnership in the registry (see /api/v1/partnerships)",
            );
            ok = false;
        }
    }
    for (i, code) in authorities.iter().enumerate() {
        if code.len() > 16 || !place_exists(PlaceRef::Authority(code)) {
            check.fail(
                &format!("coverage.authorities[{i}]"),
                ErrorCode::UnknownReference,
                "not an authority code in the registry (see /api/v1/authorities)",
            );
            ok = false;
        }
    }
    if ok && !national && partnerships.is_empty() && authorities.is_empty() {
        check.fail(
            "coverage",
            ErrorCode::MissingField,
            "say where the pledge applies: national, partnerships or authorities",
        );
        ok = false;
    }
    partnerships.sort();
    partnerships.dedup();
    authorities.sort();
    authorities.dedup();
    ok.then_some(Coverage {
        national,
        partnerships,
        authorities,
    })
}

/// `POST /pledges/{id}/reject` as sent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RejectionInput {
    pub reason: Option<String>,
}

impl RejectionInput {
    pub fn parse(value: serde_json::Value) -> Result<String, ValidationErrors> {
        parse_object::<RejectionInput>(value, &["reason"])?.validate()
    }

    /// The reason, checked: required, at most 2,000 characters.
    pub fn validate(self) -> Result<String, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let reason = Check::new(&mut errors, "").required_text("reason", self.reason, MAX_REASON);
        errors.finish(reason)
    }
}

/// A plain organisation for unit tests across the crate: verified, of `kind`, with no
/// website, source or contact. Tests change the fields they are about.
#[cfg(test)]
pub(crate) fn test_organisation(id: &str, name: &str, kind: OrganisationKind) -> Organisation {
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
        lang: None,
    }
}

/// A plain pledge for unit tests across the crate: published, by `organisation`, in its
/// topic's category, covering no place, 16–25. Tests change the fields they are about.
#[cfg(test)]
pub(crate) fn test_pledge(id: &str, organisation: &str, topic_slug: &str) -> Pledge {
    let mut pledge = Pledge::submit(
        id.into(),
        organisation.into(),
        PledgeContent {
            topic: topic_slug.into(),
            category: crate::topic::topic(topic_slug).map_or(Category::Money, |t| t.category),
            title: format!("{id} title"),
            summary: format!("{id} summary"),
            details: None,
            coverage: Coverage::default(),
            age_from: 16,
            age_to: 25,
            conditions: vec![],
            places: None,
            how_to_apply: None,
            closes: None,
            source: None,
        },
    );
    pledge.status = PledgeStatus::Published;
    pledge
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pledge_is_public_only_when_published_by_a_verified_organisation() {
        let org = test_organisation(
            "dwp",
            "Department for Work and Pensions",
            OrganisationKind::GovernmentDepartment,
        );
        let pledge = test_pledge("p", "dwp", "jobcentre-protocol");
        assert!(pledge.is_public(Some(&org)));
        assert!(!pledge.is_public(None));
        assert!(!pledge.is_public(Some(&Organisation {
            verified: false,
            ..org.clone()
        })));
        for status in [
            PledgeStatus::Pending,
            PledgeStatus::Withdrawn,
            PledgeStatus::Rejected,
        ] {
            assert!(!Pledge {
                status,
                ..pledge.clone()
            }
            .is_public(Some(&org)));
        }
    }

    #[test]
    fn coverage_reaches_named_places_partnerships_and_counties() {
        let gm = vec!["greater-manchester".to_string()];
        let c = Coverage {
            national: false,
            partnerships: gm.clone(),
            authorities: vec!["E10000018".into()],
        };
        assert!(c.covers("E08000009", None, &gm));
        assert!(c.covers("E07000129", Some("E10000018"), &[]));
        assert!(!c.covers("E06000054", None, &[]));
        assert!(Coverage {
            national: true,
            ..Default::default()
        }
        .covers("E06000054", None, &[]));
    }

    fn content(title: &str) -> PledgeContent {
        PledgeContent {
            topic: "internships".into(),
            category: Category::Employment,
            title: title.into(),
            summary: "Paid summer internships.".into(),
            details: None,
            coverage: Coverage {
                national: true,
                ..Default::default()
            },
            age_from: 18,
            age_to: 25,
            conditions: vec![],
            places: Some(10),
            how_to_apply: None,
            closes: None,
            source: None,
        }
    }

    #[test]
    fn the_pledge_lifecycle_keeps_published_content_until_an_edit_is_approved() {
        let mut p = Pledge::submit("p1".into(), "acme".into(), content("First"));
        assert_eq!(p.status, PledgeStatus::Pending);
        assert!(p.awaits_moderation());
        p.publish().unwrap();
        assert_eq!(p.status, PledgeStatus::Published);
        assert!(!p.awaits_moderation());
        assert!(p.publish().is_err(), "nothing left to approve");

        p.edit(content("Second")).unwrap();
        assert_eq!(
            p.content.title, "First",
            "the published text stays until approved"
        );
        assert!(p.awaits_moderation());
        assert_eq!(p.public_view().draft, None);
        p.reject("Say how many places.".into()).unwrap();
        assert_eq!(
            (p.status, p.content.title.as_str()),
            (PledgeStatus::Published, "First")
        );
        assert_eq!(p.public_view().rejection_reason, None);

        p.edit(content("Third")).unwrap();
        p.publish().unwrap();
        assert_eq!(p.content.title, "Third");
        assert_eq!(p.draft, None);

        p.withdraw().unwrap();
        assert_eq!(p.status, PledgeStatus::Withdrawn);
        assert!(p.withdraw().is_err());
        assert!(p.edit(content("Fourth")).is_err());
        assert!(p.publish().is_err());
    }

    #[test]
    fn a_rejected_pledge_can_be_corrected_and_resubmitted() {
        let mut p = Pledge::submit("p1".into(), "acme".into(), content("First"));
        p.reject("Too vague.".into()).unwrap();
        assert_eq!(p.status, PledgeStatus::Rejected);
        assert!(p.reject("again".into()).is_err());
        assert!(p.withdraw().is_err());
        p.edit(content("Clearer")).unwrap();
        assert_eq!(p.status, PledgeStatus::Pending);
        assert_eq!(p.rejection_reason, None);
    }

    #[test]
    fn organisation_ids_are_slugs_and_unique() {
        assert_eq!(
            organisation_id("Acme & Sons Ltd.", |_| false),
            "acme-sons-ltd"
        );
        assert_eq!(
            organisation_id("Acme", |id| id == "acme" || id == "acme-2"),
            "acme-3"
        );
        assert_eq!(organisation_id("!!!", |_| false), "organisation");
        assert!(is_slug(
            &organisation_id("Ünïcode  Café—Bar", |_| false),
            64
        ));
    }

    fn registration() -> serde_json::Value {
        serde_json::json!({
            "name": "Acme Ltd", "kind": "employer", "website": "https://acme.example",
            "contact_email": "people@acme.example", "statement": "We will offer internships."
        })
    }

    fn registration_error(change: serde_json::Value) -> (String, String) {
        let mut body = registration();
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        let err = RegistrationInput::from_json(body)
            .and_then(RegistrationInput::validate)
            .unwrap_err();
        let first = err.first().unwrap();
        (first.field.clone(), first.code.as_str().to_string())
    }

    #[test]
    fn registrations_are_checked_field_by_field() {
        let ok = RegistrationInput::from_json(registration())
            .unwrap()
            .validate()
            .unwrap();
        assert_eq!(ok.kind, OrganisationKind::Employer);
        let cases = [
            (serde_json::json!({"name": "  "}), "name", "missing_field"),
            (
                serde_json::json!({"kind": "pirate"}),
                "kind",
                "invalid_type",
            ),
            (
                serde_json::json!({"website": "javascript:alert(1)"}),
                "website",
                "invalid_url",
            ),
            (
                serde_json::json!({"website": null}),
                "website",
                "missing_field",
            ),
            (
                serde_json::json!({"contact_email": "not-an-email"}),
                "contact_email",
                "invalid_email",
            ),
            (
                serde_json::json!({"statement": "x".repeat(MAX_STATEMENT + 1)}),
                "statement",
                "too_long",
            ),
            (serde_json::json!({"name": 7}), "name", "invalid_type"),
        ];
        for (change, field, code) in cases {
            assert_eq!(
                registration_error(change.clone()),
                (field.to_string(), code.to_string()),
                "{change}"
            );
        }
    }

    #[test]
    fn a_pledge_and_an_offer_refuse_the_fields_they_share_alike() {
        let pledge = serde_json::json!({
            "topic": "internships", "title": "Internships", "summary": "Paid.",
            "coverage": {"national": true}
        });
        let offer = serde_json::json!({
            "topic": "internships", "category": "employment", "title": "Internships",
            "summary": "Paid.", "status": "available", "basis": "discretionary",
            "applies_to": "any_care_leaver_in_area", "age_from": 16, "age_to": 25,
            "source": {"document": "d.txt", "locator": "p. 1"}
        });
        let with = |base: &serde_json::Value, change: &serde_json::Value| {
            let mut body = base.clone();
            for (k, v) in change.as_object().unwrap() {
                body[k] = v.clone();
            }
            body
        };
        for change in [
            serde_json::json!({"topic": "yachts"}),
            serde_json::json!({"category": "money"}),
            serde_json::json!({"title": "Two\nlines"}),
            serde_json::json!({"summary": " "}),
            serde_json::json!({"details": "x".repeat(MAX_DETAILS + 1)}),
            serde_json::json!({"age_from": 15}),
            serde_json::json!({"age_from": 22, "age_to": 19}),
            serde_json::json!({"conditions": ["young_parent", "young_parent"]}),
        ] {
            let pledge_errors = PledgeInput::from_json(with(&pledge, &change))
                .and_then(|i| i.validate(|_| true))
                .unwrap_err();
            let offer_errors = crate::offer::OfferInput::from_json(with(&offer, &change))
                .and_then(crate::offer::OfferInput::validate)
                .unwrap_err();
            assert_eq!(pledge_errors, offer_errors, "{change}");
        }
    }

    #[test]
    fn pledge_coverage_must_name_known_places() {
        let exists = |p: PlaceRef<'_>| {
            matches!(
                p,
                PlaceRef::Partnership("greater-manchester") | PlaceRef::Authority("E08000003")
            )
        };
        let base = serde_json::json!({
            "topic": "internships", "title": "Internships", "summary": "Paid.",
            "coverage": {"partnerships": ["greater-manchester"], "authorities": ["E08000003"]}
        });
        let ok = PledgeInput::from_json(base.clone())
            .unwrap()
            .validate(exists)
            .unwrap();
        assert_eq!(ok.category, Category::Employment);
        assert_eq!((ok.age_from, ok.age_to), (16, 25));

        let fail = |change: serde_json::Value| {
            let mut body = base.clone();
            for (k, v) in change.as_object().unwrap() {
                body[k] = v.clone();
            }
            let err = PledgeInput::from_json(body)
                .and_then(|i| i.validate(exists))
                .unwrap_err();
            let first = err.first().unwrap().clone();
            (first.field, first.code.as_str().to_string())
        };
        assert_eq!(
            fail(serde_json::json!({"coverage": {"authorities": ["E08000003", "E99"]}})),
            ("coverage.authorities[1]".into(), "unknown_reference".into())
        );
        assert_eq!(
            fail(serde_json::json!({"coverage": {}})),
            ("coverage".into(), "missing_field".into())
        );
        assert_eq!(
            fail(serde_json::json!({"category": "money"})),
            ("category".into(), "invalid_value".into())
        );
        assert_eq!(
            fail(serde_json::json!({"places": 0})),
            ("places".into(), "out_of_range".into())
        );
        assert_eq!(
            fail(serde_json::json!({"coverage": {"planet": true}})).0,
            "coverage.planet"
        );
    }
}
