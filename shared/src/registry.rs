//! A whole registry as plain data, and the rules that tie its records together.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::authority::Tier;
use crate::error::ErrorCode;
use crate::topic::topic;
use crate::validate::ValidationErrors;
use crate::{Authority, Offer, Organisation, Partnership, Pledge};

/// Every record of a registry: what the demo data, export and import carry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Registry {
    pub authorities: Vec<Authority>,
    pub partnerships: Vec<Partnership>,
    pub organisations: Vec<Organisation>,
    pub pledges: Vec<Pledge>,
    pub offers: Vec<Offer>,
}

impl Registry {
    /// Checks that every reference resolves and every id is unique. Field paths name the
    /// record, e.g. `offers[walsall-council-tax].authority`.
    pub fn check_references(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        let unique =
            |kind: &str, ids: Vec<&str>, errors: &mut ValidationErrors| -> HashSet<String> {
                let mut seen = HashSet::new();
                for id in ids {
                    if !seen.insert(id.to_string()) {
                        errors.push(
                            format!("{kind}[{id}]"),
                            ErrorCode::Duplicate,
                            "this id is used twice",
                        );
                    }
                }
                seen
            };
        let authorities = unique(
            "authorities",
            self.authorities.iter().map(|a| a.code.as_str()).collect(),
            &mut errors,
        );
        let partnerships = unique(
            "partnerships",
            self.partnerships.iter().map(|p| p.id.as_str()).collect(),
            &mut errors,
        );
        let organisations = unique(
            "organisations",
            self.organisations.iter().map(|o| o.id.as_str()).collect(),
            &mut errors,
        );
        unique(
            "pledges",
            self.pledges.iter().map(|p| p.id.as_str()).collect(),
            &mut errors,
        );
        unique(
            "offers",
            self.offers.iter().map(|o| o.id.as_str()).collect(),
            &mut errors,
        );

        for a in &self.authorities {
            let at = |field: &str| format!("authorities[{}].{field}", a.code);
            if let Err(e) = a.validate() {
                for f in e.0 {
                    errors.0.push(crate::validate::FieldError {
                        field: at(&f.field),
                        ..f
                    });
                }
            }
            if let Some(parent) = &a.parent {
                match self.authorities.iter().find(|p| &p.code == parent) {
                    Some(p) if p.tier == Tier::County => {}
                    Some(_) => errors.push(
                        at("parent"),
                        ErrorCode::InvalidValue,
                        "the parent must be a county",
                    ),
                    None => errors.push(
                        at("parent"),
                        ErrorCode::UnknownReference,
                        "no such authority",
                    ),
                }
            }
            for code in a.predecessors.iter().chain(&a.successors) {
                if !authorities.contains(code) {
                    errors.push(
                        at("successors"),
                        ErrorCode::UnknownReference,
                        format!("no authority {code}"),
                    );
                }
            }
            for p in &a.partnerships {
                match self.partnerships.iter().find(|x| &x.id == p) {
                    None => errors.push(
                        at("partnerships"),
                        ErrorCode::UnknownReference,
                        format!("no partnership {p}"),
                    ),
                    // Membership is said twice; both records must say the same.
                    Some(x) if !x.members.contains(&a.code) => errors.push(
                        at("partnerships"),
                        ErrorCode::InvalidValue,
                        format!("partnership {p} does not list {} among its members", a.code),
                    ),
                    Some(_) => {}
                }
            }
        }
        for p in &self.partnerships {
            for m in &p.members {
                match self.authorities.iter().find(|a| &a.code == m) {
                    None => errors.push(
                        format!("partnerships[{}].members", p.id),
                        ErrorCode::UnknownReference,
                        format!("no authority {m}"),
                    ),
                    Some(a) if !a.partnerships.contains(&p.id) => errors.push(
                        format!("partnerships[{}].members", p.id),
                        ErrorCode::InvalidValue,
                        format!(
                            "authority {m} does not list {} among its partnerships",
                            p.id
                        ),
                    ),
                    Some(_) => {}
                }
            }
            for item in &p.guarantee {
                for t in &item.topics {
                    if topic(t).is_none() {
                        errors.push(
                            format!("partnerships[{}].guarantee[{}].topics", p.id, item.id),
                            ErrorCode::UnknownTopic,
                            t.clone(),
                        );
                    }
                }
            }
        }
        for o in &self.offers {
            if !authorities.contains(&o.authority) {
                errors.push(
                    format!("offers[{}].authority", o.id),
                    ErrorCode::UnknownReference,
                    "no such authority",
                );
            }
        }
        for p in &self.pledges {
            let at = |field: &str| format!("pledges[{}].{field}", p.id);
            if !organisations.contains(&p.organisation) {
                errors.push(
                    at("organisation"),
                    ErrorCode::UnknownReference,
                    "no such organisation",
                );
            }
            match topic(&p.content.topic) {
                Some(t) if t.category == p.content.category => {}
                Some(_) => errors.push(
                    at("category"),
                    ErrorCode::InvalidValue,
                    "does not match the topic's category",
                ),
                None => errors.push(
                    at("topic"),
                    ErrorCode::UnknownTopic,
                    "not in the vocabulary",
                ),
            }
            for code in &p.content.coverage.authorities {
                if !authorities.contains(code) {
                    errors.push(
                        at("coverage.authorities"),
                        ErrorCode::UnknownReference,
                        format!("no authority {code}"),
                    );
                }
            }
            for id in &p.content.coverage.partnerships {
                if !partnerships.contains(id) {
                    errors.push(
                        at("coverage.partnerships"),
                        ErrorCode::UnknownReference,
                        format!("no partnership {id}"),
                    );
                }
            }
        }
        errors.finish(Some(()))
    }
}
