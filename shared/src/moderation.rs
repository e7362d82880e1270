//! The moderation log: the decisions covenant moderators took, read from the signed
//! history. A decision is a pledge published (a new pledge, or an edit approved), a
//! pledge or an edit rejected (with the moderator's reason), or an organisation verified.
//! Nothing else in the history is a decision: a signatory's own submissions, edits and
//! withdrawals are not. The log names who decided as the history signed it (the person,
//! or the role where the token named no one) and lists at most [`LOG_PAGE`] decisions a
//! page, newest first.

use chrono::{DateTime, Utc};

use crate::access::signer;
use crate::api::{Action, Version};
use crate::covenant::{Organisation, Pledge, PledgeStatus};

/// Most decisions one page of the log lists.
pub const LOG_PAGE: usize = 50;
/// The last page the log will show (older decisions stay in the history and the API).
pub const MAX_LOG_PAGE: usize = 200;

/// What was decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// A pledge published, or an edit to a published one approved.
    Published,
    /// A pending pledge (or an edit, when `edit`) not accepted, and why.
    Rejected { reason: String, edit: bool },
    /// An organisation verified: it and its published pledges become public.
    Verified,
}

impl Decision {
    /// The decision in words ("published", "rejected: …", "verified").
    pub fn describe(&self) -> String {
        match self {
            Decision::Published => "Published".to_string(),
            Decision::Rejected {
                reason,
                edit: false,
            } => format!("Rejected: {reason}"),
            Decision::Rejected { reason, edit: true } => {
                format!("Edit rejected (the published pledge stays): {reason}")
            }
            Decision::Verified => "Verified".to_string(),
        }
    }
}

/// What a decision was about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Pledge {
        id: String,
        title: String,
        organisation: String,
    },
    Organisation {
        id: String,
        name: String,
    },
}

/// One line of the log: when, who, what, and about which pledge or organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    pub at: DateTime<Utc>,
    /// Who decided: the person's name, or the role where no one is named.
    pub by: String,
    pub decision: Decision,
    pub subject: Subject,
}

/// The decision a version of a pledge records, if it is one (published or rejected).
pub fn pledge_decision(version: &Version<Pledge>) -> Option<LogEntry> {
    let pledge = &version.record;
    let decision = match version.action {
        Action::Published => Decision::Published,
        Action::Rejected => Decision::Rejected {
            reason: pledge
                .rejection_reason
                .clone()
                .or_else(|| version.reason.clone())
                .unwrap_or_default(),
            // A rejected edit leaves the pledge published as it was.
            edit: pledge.status == PledgeStatus::Published,
        },
        _ => return None,
    };
    Some(LogEntry {
        at: version.at,
        by: signer(&version.actor).to_string(),
        decision,
        subject: Subject::Pledge {
            id: pledge.id.clone(),
            title: pledge.content.title.clone(),
            organisation: pledge.organisation.clone(),
        },
    })
}

/// The decision a version of an organisation records, if it is one (verified).
pub fn organisation_decision(version: &Version<Organisation>) -> Option<LogEntry> {
    (version.action == Action::Verified).then(|| LogEntry {
        at: version.at,
        by: signer(&version.actor).to_string(),
        decision: Decision::Verified,
        subject: Subject::Organisation {
            id: version.record.id.clone(),
            name: version.record.name.clone(),
        },
    })
}

/// Which decisions page `page` (from 1) lists: how many newer ones to skip, and how many
/// to show. `None` for a page outside 1 to [`MAX_LOG_PAGE`].
pub fn page_window(page: usize) -> Option<(usize, usize)> {
    (1..=MAX_LOG_PAGE)
        .contains(&page)
        .then(|| ((page - 1) * LOG_PAGE, LOG_PAGE))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::covenant::{test_organisation, test_pledge};

    fn at(n: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000 + n, 0).unwrap()
    }

    fn pledge_version(action: Action, pledge: Pledge, actor: &str) -> Version<Pledge> {
        Version {
            version: 2,
            action,
            actor: actor.into(),
            at: at(2),
            record: pledge,
            reason: None,
        }
    }

    #[test]
    fn publishing_and_rejecting_a_pledge_are_decisions_signed_by_the_moderator() {
        let published = test_pledge("p-1", "heron", "work-experience");
        let entry = pledge_decision(&pledge_version(
            Action::Published,
            published.clone(),
            "Mo Rahman (moderator)",
        ))
        .expect("a decision");
        assert_eq!(entry.by, "Mo Rahman");
        assert_eq!(entry.decision, Decision::Published);
        assert_eq!(
            entry.subject,
            Subject::Pledge {
                id: "p-1".into(),
                title: "p-1 title".into(),
                organisation: "heron".into()
            }
        );

        let mut rejected = published.clone();
        rejected.status = PledgeStatus::Rejected;
        rejected.rejection_reason = Some("No dates given.".into());
        let entry =
            pledge_decision(&pledge_version(Action::Rejected, rejected, "moderator")).unwrap();
        assert_eq!(entry.by, "moderator");
        assert_eq!(entry.decision.describe(), "Rejected: No dates given.");
    }

    #[test]
    fn a_rejected_edit_is_told_apart_from_a_rejected_pledge() {
        let mut kept = test_pledge("p-1", "heron", "work-experience");
        kept.rejection_reason = Some("The new dates are past.".into());
        let entry = pledge_decision(&pledge_version(Action::Rejected, kept, "m")).unwrap();
        assert_eq!(
            entry.decision,
            Decision::Rejected {
                reason: "The new dates are past.".into(),
                edit: true
            }
        );
    }

    #[test]
    fn a_signatorys_own_steps_are_not_decisions() {
        let p = test_pledge("p-1", "heron", "work-experience");
        for action in [Action::Created, Action::Updated, Action::Withdrawn] {
            assert_eq!(
                pledge_decision(&pledge_version(action, p.clone(), "heron")),
                None
            );
        }
    }

    #[test]
    fn verifying_an_organisation_is_a_decision_and_registering_is_not() {
        let organisation =
            test_organisation("heron", "Heron Bakery", crate::OrganisationKind::Employer);
        let version = |action| Version {
            version: 2,
            action,
            actor: "Mo Rahman (moderator)".into(),
            at: at(5),
            record: organisation.clone(),
            reason: None,
        };
        let entry = organisation_decision(&version(Action::Verified)).unwrap();
        assert_eq!(entry.decision, Decision::Verified);
        assert_eq!(entry.by, "Mo Rahman");
        assert_eq!(organisation_decision(&version(Action::Created)), None);
    }

    #[test]
    fn the_log_shows_fifty_decisions_a_page_up_to_page_two_hundred() {
        assert_eq!(page_window(1), Some((0, LOG_PAGE)));
        assert_eq!(page_window(3), Some((2 * LOG_PAGE, LOG_PAGE)));
        assert_eq!(page_window(0), None);
        assert_eq!(page_window(MAX_LOG_PAGE + 1), None);
    }
}
