//! What each letter says: plain and short, only what the person needs to act, and where
//! to do it. No letter says anything about a care leaver: the registry holds nothing
//! about any one person but its own staff.

use atlas_shared::covenant::{Organisation, Pledge};
use atlas_shared::{Authority, Offer};

use crate::store::Letter;

/// A pledge is published: to the organisation's contact and signatories.
pub fn pledge_published(
    to: &str,
    organisation: &Organisation,
    pledge: &Pledge,
    site: &str,
) -> Letter {
    Letter {
        to: to.to_string(),
        subject: format!("Your pledge is published: {}", pledge.content.title),
        body: format!(
            "A covenant moderator has published {organisation}'s pledge \"{title}\".\n\n\
             Care leavers and their advisers can now find it in Offer Atlas. You can see and \
             change your pledges here (with your signatory token):\n{site}/covenant/pledges\n",
            organisation = organisation.name,
            title = pledge.content.title,
        ),
        about: "pledge-published",
    }
}

/// A pledge (or an edit to it) is rejected: to the same people, with the reason.
pub fn pledge_rejected(
    to: &str,
    organisation: &Organisation,
    pledge: &Pledge,
    site: &str,
) -> Letter {
    let reason = pledge
        .rejection_reason
        .as_deref()
        .unwrap_or("The moderator gave no reason.");
    Letter {
        to: to.to_string(),
        subject: format!("Your pledge was not published: {}", pledge.content.title),
        body: format!(
            "A covenant moderator did not publish {organisation}'s pledge \"{title}\".\n\n\
             The reason they gave:\n{reason}\n\n\
             You can change the pledge and send it again here (with your signatory token):\n\
             {site}/covenant/pledges\n",
            organisation = organisation.name,
            title = pledge.content.title,
        ),
        about: "pledge-rejected",
    }
}

/// What waits for a moderator.
pub enum Waiting<'a> {
    Organisation(&'a Organisation),
    Pledge(&'a Organisation, &'a Pledge),
    Edit(&'a Organisation, &'a Pledge),
}

/// Something new waits for a moderator.
pub fn waiting_for_moderation(to: &str, waiting: Waiting<'_>, site: &str) -> Letter {
    let (subject, what) = match waiting {
        Waiting::Organisation(o) => (
            format!("An organisation waits to be verified: {}", o.name),
            format!("{} has registered to make covenant pledges.", o.name),
        ),
        Waiting::Pledge(o, p) => (
            format!("A pledge waits for moderation: {}", p.content.title),
            format!("{} has sent a new pledge, \"{}\".", o.name, p.content.title),
        ),
        Waiting::Edit(o, p) => (
            format!("A pledge edit waits for moderation: {}", p.content.title),
            format!(
                "{} has changed its published pledge \"{}\".",
                o.name, p.content.title
            ),
        ),
    };
    Letter {
        to: to.to_string(),
        subject,
        body: format!(
            "{what}\n\nThe moderation queue (with your moderator token):\n{site}/covenant/moderation\n"
        ),
        about: "moderation-waiting",
    }
}

/// The weekly list of a council's offers due for review: to its editors.
pub fn review_digest(to: &str, council: &Authority, due: &[&Offer], site: &str) -> Letter {
    let mut list = String::new();
    for offer in due {
        let reviewed = offer.content.reviewed.map_or_else(
            || "never reviewed".to_string(),
            |d| format!("last reviewed {d}"),
        );
        list.push_str(&format!(
            "- {} ({reviewed})\n  {site}/editor/offers/{}\n",
            offer.content.title, offer.id
        ));
    }
    let count = due.len();
    Letter {
        to: to.to_string(),
        subject: format!(
            "{}: {count} {} due for review",
            council.name,
            if count == 1 { "offer" } else { "offers" }
        ),
        body: format!(
            "These offers of {council} have not been checked for a long time. Care leavers \
             read them as true today: please check each one against your Local Offer, and \
             change it or mark it reviewed.\n\n{list}\nAll your offers due for review:\n\
             {site}/editor/?due=yes\n",
            council = council.name,
        ),
        about: "review-digest",
    }
}

/// A link that replaces a lost token (asked for on the sign-in page).
pub fn token_replacement(to: &str, link: &str, valid_minutes: i64) -> Letter {
    Letter {
        to: to.to_string(),
        subject: "A new Offer Atlas token".to_string(),
        body: format!(
            "Someone asked for a new Offer Atlas token for this address. If it was you, \
             open this link within {valid_minutes} minutes; it works once, and your old token \
             stops working when you take the new one:\n{link}\n\n\
             If it was not you, you need do nothing: your token has not changed.\n"
        ),
        about: "token-replacement",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_shared::covenant::{Pledge, PledgeStatus};

    fn bakery() -> Organisation {
        serde_json::from_value(serde_json::json!({
            "id": "heron-bakery", "name": "Heron Bakery", "kind": "employer",
            "website": "https://heron.example", "signed": "2026-12-01", "verified": true,
            "contact_email": "jobs@heron.example"
        }))
        .unwrap()
    }

    #[test]
    fn a_rejection_says_why_and_where_to_change_the_pledge() {
        let pledge: Pledge = serde_json::from_value(serde_json::json!({
            "id": "p-1", "organisation": "heron-bakery", "status": "rejected",
            "rejection_reason": "Say which shops.", "topic": "apprenticeships",
            "category": "employment", "title": "Bakery traineeships", "summary": "Paid.",
            "coverage": {}, "age_from": 16, "age_to": 25, "conditions": []
        }))
        .unwrap();
        assert_eq!(pledge.status, PledgeStatus::Rejected);
        let letter = pledge_rejected(
            "jobs@heron.example",
            &bakery(),
            &pledge,
            "https://a.example",
        );
        assert!(letter.body.contains("Say which shops."));
        assert!(letter.body.contains("https://a.example/covenant/pledges"));
        assert!(letter.subject.contains(&pledge.content.title));
        assert_eq!(letter.to, "jobs@heron.example");
    }

    #[test]
    fn a_replacement_letter_carries_the_link_and_how_long_it_works() {
        let letter = token_replacement("a@b.example", "https://a.example/editor/new-token/ff", 60);
        assert!(letter
            .body
            .contains("https://a.example/editor/new-token/ff"));
        assert!(letter.body.contains("60 minutes"));
        assert!(!letter.body.contains("oat_"));
    }
}
