//! Circumstances that some entitlements depend on (an offer's `conditions`).
//!
//! Two kinds live in one vocabulary, so that every condition a document states can be
//! recorded as a field rather than prose:
//! - circumstances a young person can tell us ([`Circumstance::ASKED`], the comparison
//!   form's ticks): an entitlement that needs one is left out when the young person said
//!   their circumstances and did not tick it;
//! - conditions only the provider can check (the right to work, income, a GP in the area)
//!   and negations ("not in prison"): shown with the entitlement, and a negation leaves
//!   it out only when the young person ticked what it excludes.

use serde::{Deserialize, Serialize};

/// A circumstance of the young person that an entitlement may require.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// Not working: less than an hour a week, or not at all (excludes `in_employment`).
    NotInEmployment,
    /// Not in prison or custody (excludes `in_custody`).
    NotInCustody,
    RightToWorkInUk,
    LivingInOrNearArea,
    NotOnZeroHoursContract,
    /// Has enough income for what is asked (e.g. a rent guarantor's limited liability).
    SufficientIncome,
    RegisteredWithLocalGp,
    /// The legal groups of care leavers (Children Act 1989), which decide what the law
    /// gives: asked as one optional question, not ticked (see [`Circumstance::GROUPS`]).
    Eligible,
    Relevant,
    FormerRelevant,
    Qualifying,
}

/// What a condition asks of the young person, as far as the comparison can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    /// They must have ticked this circumstance.
    Has(Circumstance),
    /// They must not have ticked this circumstance.
    HasNot(Circumstance),
    /// Only the provider can check it: never filters, always shown.
    Unchecked,
}

impl Circumstance {
    pub const ALL: [Circumstance; 22] = [
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
        Circumstance::NotInEmployment,
        Circumstance::NotInCustody,
        Circumstance::RightToWorkInUk,
        Circumstance::LivingInOrNearArea,
        Circumstance::NotOnZeroHoursContract,
        Circumstance::SufficientIncome,
        Circumstance::RegisteredWithLocalGp,
        Circumstance::Eligible,
        Circumstance::Relevant,
        Circumstance::FormerRelevant,
        Circumstance::Qualifying,
    ];

    /// The legal groups of care leavers, in the order a young person passes through them
    /// (most care leavers aged 18 to 25 are former relevant).
    pub const GROUPS: [Circumstance; 4] = [
        Circumstance::Eligible,
        Circumstance::Relevant,
        Circumstance::FormerRelevant,
        Circumstance::Qualifying,
    ];

    /// Whether this is one of the legal groups rather than a situation.
    pub fn is_group(self) -> bool {
        Circumstance::GROUPS.contains(&self)
    }

    /// The circumstances a young person is asked about (the comparison's ticks).
    pub const ASKED: [Circumstance; 11] = [
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

    /// What this condition asks of the young person (see the module doc).
    pub fn requirement(self) -> Requirement {
        match self {
            Circumstance::NotInEmployment => Requirement::HasNot(Circumstance::InEmployment),
            Circumstance::NotInCustody => Requirement::HasNot(Circumstance::InCustody),
            Circumstance::RightToWorkInUk
            | Circumstance::LivingInOrNearArea
            | Circumstance::NotOnZeroHoursContract
            | Circumstance::SufficientIncome
            | Circumstance::RegisteredWithLocalGp => Requirement::Unchecked,
            asked => Requirement::Has(asked),
        }
    }

    /// How a list of conditions stands for someone who said `said`: `None` when one of
    /// them rules the person out (they ticked what it excludes); otherwise the
    /// circumstances it needs that they have not said are theirs. An entitlement with any
    /// is shown under "If you are …", never counted as theirs.
    pub fn unmet(conditions: &[Circumstance], said: &[Circumstance]) -> Option<Vec<Circumstance>> {
        let mut unmet = Vec::new();
        for c in conditions {
            match c.requirement() {
                Requirement::Has(needed) if !said.contains(&needed) => unmet.push(needed),
                Requirement::HasNot(excluded) if said.contains(&excluded) => return None,
                _ => {}
            }
        }
        Some(unmet)
    }

    /// Whether someone who said `said` (sorted or not) can meet this condition. Nothing
    /// said means "not said": every condition may be met.
    pub fn may_be_met_by(self, said: &[Circumstance]) -> bool {
        if said.is_empty() {
            return true;
        }
        match self.requirement() {
            Requirement::Has(c) => said.contains(&c),
            Requirement::HasNot(c) => !said.contains(&c),
            Requirement::Unchecked => true,
        }
    }

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
            Circumstance::NotInEmployment => "not_in_employment",
            Circumstance::NotInCustody => "not_in_custody",
            Circumstance::RightToWorkInUk => "right_to_work_in_uk",
            Circumstance::LivingInOrNearArea => "living_in_or_near_area",
            Circumstance::NotOnZeroHoursContract => "not_on_zero_hours_contract",
            Circumstance::SufficientIncome => "sufficient_income",
            Circumstance::RegisteredWithLocalGp => "registered_with_local_gp",
            Circumstance::Eligible => "eligible",
            Circumstance::Relevant => "relevant",
            Circumstance::FormerRelevant => "former_relevant",
            Circumstance::Qualifying => "qualifying",
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
            Circumstance::InOwnTenancy => "renting a home as a tenant",
            Circumstance::InCustody => "in custody",
            Circumstance::NotInEmployment => "not working (less than an hour a week)",
            Circumstance::NotInCustody => "not in prison or custody",
            Circumstance::RightToWorkInUk => "allowed to work in the UK",
            Circumstance::LivingInOrNearArea => "living in or near the council's area",
            Circumstance::NotOnZeroHoursContract => "not on a zero-hours contract",
            Circumstance::SufficientIncome => "earning enough to meet the conditions",
            Circumstance::RegisteredWithLocalGp => "registered with a GP in the council's area",
            Circumstance::Eligible => "16 or 17 and still in care (an \"eligible\" care leaver)",
            Circumstance::Relevant => {
                "16 or 17 and have left care (a \"relevant\" care leaver)"
            }
            Circumstance::FormerRelevant => {
                "18 or over and were in care for 13 weeks or more after 14, including at 16 or 17 (a \"former relevant\" care leaver, as most are)"
            }
            Circumstance::Qualifying => {
                "under 21 and were in care for a shorter time after 16 (a \"qualifying\" care leaver)"
            }
        }
    }

    /// How the circumstance reads after "only if you are", in the reader's language
    /// (message `circumstance-<slug>`, with hyphens).
    pub fn name(self, locale: &crate::words::Locale) -> String {
        locale.t(&format!("circumstance-{}", self.slug().replace('_', "-")))
    }

    pub fn from_slug(slug: &str) -> Option<Circumstance> {
        Circumstance::ALL.into_iter().find(|c| c.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_asked_ones_filter_by_presence() {
        for c in Circumstance::ALL {
            assert_eq!(Circumstance::from_slug(c.slug()), Some(c));
            assert_eq!(
                serde_json::to_value(c).unwrap(),
                serde_json::Value::String(c.slug().into())
            );
        }
        for c in Circumstance::ASKED {
            assert_eq!(c.requirement(), Requirement::Has(c));
        }
        let said = [Circumstance::InEmployment];
        assert!(Circumstance::InEmployment.may_be_met_by(&said));
        assert!(!Circumstance::YoungParent.may_be_met_by(&said));
        assert!(!Circumstance::NotInEmployment.may_be_met_by(&said));
        assert!(Circumstance::NotInCustody.may_be_met_by(&said));
        assert!(Circumstance::RightToWorkInUk.may_be_met_by(&said));
        // Nothing said: anything may be met.
        assert!(Circumstance::NotInEmployment.may_be_met_by(&[]));
    }
}
