//! Circumstances that some entitlements depend on (an offer's `conditions`).

use serde::{Deserialize, Serialize};

/// A circumstance of the young person that an entitlement may require.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Circumstance {
    InEducationOrTraining,
    InHigherEducation,
    InApprenticeship,
    InEmployment,
    NotInEducationEmploymentOrTraining,
    YoungParent,
    Pregnant,
    UnaccompaniedAsylumSeeking,
    Disabled,
    InOwnTenancy,
    InCustody,
}

impl Circumstance {
    pub const ALL: [Circumstance; 11] = [
        Circumstance::InEducationOrTraining,
        Circumstance::InHigherEducation,
        Circumstance::InApprenticeship,
        Circumstance::InEmployment,
        Circumstance::NotInEducationEmploymentOrTraining,
        Circumstance::YoungParent,
        Circumstance::Pregnant,
        Circumstance::UnaccompaniedAsylumSeeking,
        Circumstance::Disabled,
        Circumstance::InOwnTenancy,
        Circumstance::InCustody,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Circumstance::InEducationOrTraining => "in_education_or_training",
            Circumstance::InHigherEducation => "in_higher_education",
            Circumstance::InApprenticeship => "in_apprenticeship",
            Circumstance::InEmployment => "in_employment",
            Circumstance::NotInEducationEmploymentOrTraining => {
                "not_in_education_employment_or_training"
            }
            Circumstance::YoungParent => "young_parent",
            Circumstance::Pregnant => "pregnant",
            Circumstance::UnaccompaniedAsylumSeeking => "unaccompanied_asylum_seeking",
            Circumstance::Disabled => "disabled",
            Circumstance::InOwnTenancy => "in_own_tenancy",
            Circumstance::InCustody => "in_custody",
        }
    }

    /// How the circumstance reads in a sentence: "only if you are …".
    pub fn label(self) -> &'static str {
        match self {
            Circumstance::InEducationOrTraining => "in education or training",
            Circumstance::InHigherEducation => "at university or in higher education",
            Circumstance::InApprenticeship => "doing an apprenticeship",
            Circumstance::InEmployment => "in work",
            Circumstance::NotInEducationEmploymentOrTraining => {
                "not in education, work or training"
            }
            Circumstance::YoungParent => "a parent",
            Circumstance::Pregnant => "pregnant",
            Circumstance::UnaccompaniedAsylumSeeking => {
                "an unaccompanied asylum-seeking young person"
            }
            Circumstance::Disabled => "disabled",
            Circumstance::InOwnTenancy => "living in your own tenancy",
            Circumstance::InCustody => "in custody",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Circumstance> {
        Circumstance::ALL.into_iter().find(|c| c.slug() == slug)
    }
}
