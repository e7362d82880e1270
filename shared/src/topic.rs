//! The controlled vocabulary of entitlement kinds, so that offers line up across borders.
//!
//! Each topic has a plain-English label, the category it belongs to, and search synonyms
//! in the words young people use. The search index reads its synonym table from here.

use serde::{Deserialize, Serialize};

use crate::category::Category;

/// One kind of entitlement, e.g. help with council tax.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Topic {
    pub slug: &'static str,
    pub label: &'static str,
    pub category: Category,
    pub synonyms: &'static [&'static str],
}

impl Topic {
    /// The label in the reader's language (message `topic-<slug>`).
    pub fn name(&self, locale: &crate::words::Locale) -> String {
        locale.t(&format!("topic-{}", self.slug))
    }
}

const fn t(
    slug: &'static str,
    label: &'static str,
    category: Category,
    synonyms: &'static [&'static str],
) -> Topic {
    Topic {
        slug,
        label,
        category,
        synonyms,
    }
}

use Category::*;

/// Every topic, grouped by category.
pub static TOPICS: &[Topic] = &[
    // Money
    t(
        "council-tax",
        "Council tax help",
        Money,
        &["council tax", "ctax", "bills", "exemption", "discount"],
    ),
    t(
        "setting-up-home-grant",
        "Setting-up-home grant",
        Money,
        &[
            "leaving care grant",
            "moving in",
            "home grant",
            "grant",
            "money",
        ],
    ),
    t(
        "birthday-allowance",
        "Birthday and festival money",
        Money,
        &["birthday", "christmas", "eid", "present", "gift", "money"],
    ),
    t(
        "emergency-fund",
        "Emergency money",
        Money,
        &["hardship", "crisis", "emergency", "cash", "money", "food"],
    ),
    t(
        "credit-union",
        "Credit union savings",
        Money,
        &["savings", "saving", "loan", "money"],
    ),
    t(
        "bank-account",
        "Bank account",
        Money,
        &["bank", "account", "money"],
    ),
    t(
        "benefits-advice",
        "Help with benefits",
        Money,
        &[
            "universal credit",
            "benefits",
            "welfare",
            "money",
            "budgeting",
        ],
    ),
    t(
        "tv-licence",
        "TV licence",
        Money,
        &["tv", "television", "licence"],
    ),
    t(
        "home-insurance",
        "Home contents insurance",
        Money,
        &["insurance", "contents"],
    ),
    t(
        "wifi",
        "Wifi and internet",
        Money,
        &["wifi", "wi-fi", "internet", "broadband", "data", "online"],
    ),
    // Somewhere to live
    t(
        "housing-priority",
        "Priority for council housing",
        Accommodation,
        &[
            "housing",
            "council house",
            "social housing",
            "flat",
            "home",
            "tenancy",
            "accommodation",
            "housing register",
        ],
    ),
    t(
        "local-connection",
        "Local connection for housing",
        Accommodation,
        &["local connection", "housing", "moving", "accommodation"],
    ),
    t(
        "rent-guarantor",
        "Rent guarantor and deposit",
        Accommodation,
        &[
            "guarantor",
            "deposit",
            "private rent",
            "landlord",
            "rent",
            "flat",
            "accommodation",
        ],
    ),
    t(
        "supported-accommodation",
        "Supported housing",
        Accommodation,
        &[
            "supported lodgings",
            "hostel",
            "foyer",
            "semi-independent",
            "housing",
            "accommodation",
        ],
    ),
    t(
        "staying-put",
        "Staying Put with foster carers",
        Accommodation,
        &["foster carer", "foster", "staying put", "home"],
    ),
    t(
        "trainer-flat",
        "Training flat",
        Accommodation,
        &["taster flat", "practice flat", "flat", "accommodation"],
    ),
    t(
        "rent-first-weeks",
        "Rent paid for the first weeks",
        Accommodation,
        &["rent", "housing", "tenancy", "money"],
    ),
    t(
        "furniture-package",
        "Furniture and household goods",
        Accommodation,
        &[
            "furniture",
            "white goods",
            "bed",
            "cooker",
            "fridge",
            "washing machine",
            "home",
        ],
    ),
    // Health and wellbeing
    t(
        "mental-health",
        "Mental health support",
        HealthAndWellbeing,
        &[
            "counselling",
            "therapy",
            "talk",
            "someone to talk to",
            "wellbeing",
            "anxiety",
            "depression",
            "mental health",
        ],
    ),
    t(
        "health-passport",
        "Your health history",
        HealthAndWellbeing,
        &[
            "health passport",
            "health history",
            "medical records",
            "health",
            "doctor",
            "gp",
        ],
    ),
    t(
        "prescriptions",
        "Free prescriptions",
        HealthAndWellbeing,
        &["prescription", "medicine", "health", "doctor", "gp"],
    ),
    t(
        "dental-and-optical",
        "Dentist and glasses",
        HealthAndWellbeing,
        &[
            "dentist", "dental", "glasses", "eye test", "optician", "health",
        ],
    ),
    t(
        "leisure",
        "Free or cheap leisure",
        HealthAndWellbeing,
        &[
            "gym",
            "swimming",
            "sport",
            "leisure centre",
            "fitness",
            "leisure",
        ],
    ),
    // Relationships
    t(
        "personal-adviser",
        "Personal adviser",
        Relationships,
        &[
            "pa",
            "adviser",
            "advisor",
            "key worker",
            "support worker",
            "someone to talk to",
        ],
    ),
    t(
        "mentoring",
        "Mentoring",
        Relationships,
        &["mentor", "buddy", "someone to talk to"],
    ),
    t(
        "drop-in-hub",
        "Drop-in hub",
        Relationships,
        &[
            "hub",
            "drop in",
            "drop-in",
            "centre",
            "meet up",
            "youth club",
        ],
    ),
    t(
        "celebration",
        "Celebrating achievements",
        Relationships,
        &[
            "awards",
            "celebration",
            "graduation",
            "achievements",
            "party",
        ],
    ),
    t(
        "family-time",
        "Keeping in touch with family",
        Relationships,
        &["family", "siblings", "brother", "sister", "contact"],
    ),
    // Education and training
    t(
        "higher-education-bursary",
        "University bursary",
        EducationAndTraining,
        &[
            "uni",
            "university",
            "higher education",
            "student",
            "bursary",
            "degree",
            "money",
        ],
    ),
    t(
        "further-education-bursary",
        "College bursary",
        EducationAndTraining,
        &["college", "16-19 bursary", "bursary", "sixth form", "money"],
    ),
    t(
        "careers-advice",
        "Careers advice",
        EducationAndTraining,
        &["careers", "cv", "interview", "job", "work"],
    ),
    t(
        "driving-lessons",
        "Driving lessons",
        EducationAndTraining,
        &[
            "driving",
            "driving licence",
            "car",
            "theory test",
            "lessons",
        ],
    ),
    // Work
    t(
        "apprenticeships",
        "Apprenticeships",
        Employment,
        &[
            "apprentice",
            "apprenticeship",
            "job",
            "work",
            "employment",
            "training",
        ],
    ),
    t(
        "work-experience",
        "Work experience",
        Employment,
        &["placement", "work experience", "job", "work", "employment"],
    ),
    t(
        "internships",
        "Internships",
        Employment,
        &[
            "internship",
            "intern",
            "civil service",
            "job",
            "work",
            "employment",
        ],
    ),
    t(
        "jobcentre-protocol",
        "Jobcentre support",
        Employment,
        &[
            "jobcentre",
            "dwp",
            "work coach",
            "universal credit",
            "job",
            "work",
        ],
    ),
    // Being part of the community
    t(
        "advocacy",
        "Advocacy",
        Participation,
        &["advocate", "speak up", "complaint", "rights"],
    ),
    t(
        "participation",
        "Have your say",
        Participation,
        &[
            "children in care council",
            "voice",
            "forum",
            "have your say",
            "youth council",
        ],
    ),
    t(
        "legal-advice",
        "Legal advice",
        Participation,
        &["solicitor", "lawyer", "legal", "immigration", "law"],
    ),
    t(
        "id-documents",
        "ID documents",
        Participation,
        &[
            "passport",
            "birth certificate",
            "id",
            "identification",
            "provisional licence",
        ],
    ),
    t(
        "travel",
        "Travel help",
        Participation,
        &["bus", "train", "transport", "bus pass", "travel", "tram"],
    ),
];

/// The topic with this slug, if it is in the vocabulary.
pub fn topic(slug: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.slug == slug)
}

/// The name of the topic with this slug in the reader's language; the slug itself when it
/// is not in the vocabulary.
pub fn name_of(slug: &str, locale: &crate::words::Locale) -> String {
    topic(slug).map_or_else(|| slug.to_string(), |t| t.name(locale))
}

/// Who or what delivers an entitlement, where that decides whether it travels with the
/// young person. The topic implies it for some topics ([`delivery`]); an
/// offer may say it itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// Help the Personal Adviser gives. The Personal Adviser stays with the young person
    /// to 25 wherever they live, so the help follows them.
    PersonalAdviser,
    /// Tied to a building, a local service or a register in the council's area (a hub, a
    /// leisure centre, a GP-registered service, the housing register): it reaches only
    /// people living there.
    LocalService,
}

/// Who delivers help of this kind wherever a council gives it, where that is the nature
/// of the topic: the Personal Adviser's own help follows the young person; a drop-in hub,
/// a leisure centre, the housing register and a local connection belong to a place.
/// Other topics say nothing; an offer can still say who delivers it.
pub fn delivery(slug: &str) -> Option<Delivery> {
    match slug {
        "personal-adviser" => Some(Delivery::PersonalAdviser),
        "drop-in-hub" | "leisure" | "housing-priority" | "local-connection" => {
            Some(Delivery::LocalService)
        }
        _ => None,
    }
}

/// Words young people use interchangeably. A search for any word of a group also finds
/// the others. Multi-word entries match as phrases.
pub static SYNONYM_GROUPS: &[&[&str]] = &[
    &["wifi", "wi-fi", "internet", "broadband", "online"],
    &["uni", "university", "higher education", "degree", "student"],
    &["gym", "leisure", "swimming", "sport", "fitness"],
    &[
        "flat",
        "home",
        "housing",
        "tenancy",
        "accommodation",
        "house",
    ],
    &["job", "work", "employment", "career"],
    &["money", "cash", "grant", "allowance", "bursary", "payment"],
    &["doctor", "gp", "health", "medical"],
    &[
        "talk",
        "counselling",
        "therapy",
        "mental health",
        "wellbeing",
    ],
    &["bus", "train", "travel", "transport", "tram"],
    &["adviser", "advisor", "pa", "worker"],
    &["council tax", "ctax"],
    &["college", "further education", "sixth form"],
    &["apprentice", "apprenticeship", "apprenticeships"],
    &["id", "passport", "identification", "birth certificate"],
    &["lawyer", "solicitor", "legal"],
];

/// The other words of every group that `word` (lower case) belongs to.
pub fn synonyms_of(word: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    for group in SYNONYM_GROUPS {
        if group.contains(&word) {
            out.extend(group.iter().copied().filter(|w| *w != word));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn a_topics_name_is_the_readers_words_and_an_unknown_slug_is_itself() {
        use crate::words::{Lang, Locale, Words};
        let pseudo = Locale::new(Words::of(Lang::Pseudo), false);
        let name = name_of("council-tax", &pseudo);
        assert!(
            !name.is_empty() && !name.chars().any(|c| c.is_ascii_alphabetic()),
            "{name}"
        );
        assert_eq!(
            name_of("council-tax", &Locale::default()),
            "Council tax help"
        );
        assert_eq!(name_of("no-such-topic", &pseudo), "no-such-topic");
    }

    #[test]
    fn slugs_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for t in TOPICS {
            assert!(crate::validate::is_slug(t.slug, 64), "bad slug {}", t.slug);
            assert!(seen.insert(t.slug), "duplicate topic {}", t.slug);
            assert!(!t.label.is_empty() && !t.synonyms.is_empty());
        }
    }

    #[test]
    fn design_vocabulary_is_present() {
        // The minimum vocabulary named in DESIGN.md §3.
        for slug in [
            "council-tax",
            "setting-up-home-grant",
            "higher-education-bursary",
            "birthday-allowance",
            "emergency-fund",
            "housing-priority",
            "local-connection",
            "rent-guarantor",
            "supported-accommodation",
            "staying-put",
            "trainer-flat",
            "rent-first-weeks",
            "furniture-package",
            "wifi",
            "tv-licence",
            "home-insurance",
            "travel",
            "driving-lessons",
            "leisure",
            "mentoring",
            "personal-adviser",
            "drop-in-hub",
            "mental-health",
            "health-passport",
            "prescriptions",
            "legal-advice",
            "benefits-advice",
            "jobcentre-protocol",
            "apprenticeships",
            "work-experience",
            "internships",
            "careers-advice",
            "advocacy",
            "participation",
            "celebration",
            "credit-union",
            "id-documents",
            "bank-account",
        ] {
            assert!(topic(slug).is_some(), "missing topic {slug}");
        }
        assert!(topic("not-a-topic").is_none());
    }

    #[test]
    fn every_category_has_topics() {
        for c in Category::ALL {
            assert!(
                TOPICS.iter().any(|t| t.category == c),
                "{c:?} has no topics"
            );
        }
    }
}
