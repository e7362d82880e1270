//! What each letter says: plain and short, only what the person needs to act, and where
//! to do it. No letter says anything about a care leaver: the registry holds nothing
//! about any one person but its own staff.
//!
//! Every word comes from the catalogue (`letter-*`), in the recipient's language
//! ([`locale`]); names, titles and a moderator's reason stay as written, and each link
//! stands on its own line, outside any sentence.

use atlas_shared::covenant::{Organisation, Pledge};
use atlas_shared::words::{Lang, Locale, Words};
use atlas_shared::{Authority, Offer};

use crate::store::Letter;

/// The language a letter is written in, from the tag kept with its recipient (a person's
/// or an organisation's `lang`): English when there is none, or it names no language held.
/// Links carry the language, so a page a letter opens reads as the letter did.
pub fn locale(tag: Option<&str>) -> Locale {
    let lang = tag.and_then(Lang::from_tag).unwrap_or(Lang::English);
    Locale::new(Words::of(lang), lang != Lang::English)
}

/// A pledge is published: to the organisation's contact and signatories.
pub fn pledge_published(
    to: &str,
    locale: &Locale,
    organisation: &Organisation,
    pledge: &Pledge,
    site: &str,
) -> Letter {
    let title = pledge.content.title.as_str();
    let what = [
        ("organisation", organisation.name.as_str().into()),
        ("title", title.into()),
    ];
    Letter {
        to: to.to_string(),
        subject: locale.f(
            "letter-pledge-published-subject",
            &[("title", title.into())],
        ),
        body: format!(
            "{}\n\n{}\n{site}/covenant/pledges\n",
            locale.f("letter-pledge-published", &what),
            locale.t("letter-pledge-published-found"),
        ),
        about: "pledge-published",
    }
}

/// A pledge (or an edit to it) is rejected: to the same people, with the reason.
pub fn pledge_rejected(
    to: &str,
    locale: &Locale,
    organisation: &Organisation,
    pledge: &Pledge,
    site: &str,
) -> Letter {
    let reason = pledge
        .rejection_reason
        .clone()
        .unwrap_or_else(|| locale.t("letter-pledge-rejected-no-reason"));
    let title = pledge.content.title.as_str();
    let what = [
        ("organisation", organisation.name.as_str().into()),
        ("title", title.into()),
    ];
    Letter {
        to: to.to_string(),
        subject: locale.f("letter-pledge-rejected-subject", &[("title", title.into())]),
        body: format!(
            "{}\n\n{}\n{reason}\n\n{}\n{site}/covenant/pledges\n",
            locale.f("letter-pledge-rejected", &what),
            locale.t("letter-pledge-rejected-reason"),
            locale.t("letter-pledge-rejected-again"),
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
pub fn waiting_for_moderation(
    to: &str,
    locale: &Locale,
    waiting: Waiting<'_>,
    site: &str,
) -> Letter {
    let (kind, organisation, pledge) = match waiting {
        Waiting::Organisation(o) => ("organisation", o, None),
        Waiting::Pledge(o, p) => ("pledge", o, Some(p)),
        Waiting::Edit(o, p) => ("edit", o, Some(p)),
    };
    let title = pledge.map_or("", |p| p.content.title.as_str());
    let what = [
        ("organisation", organisation.name.as_str().into()),
        ("title", title.into()),
    ];
    Letter {
        to: to.to_string(),
        subject: locale.f(&format!("letter-waiting-{kind}-subject"), &what),
        body: format!(
            "{}\n\n{}\n{site}/covenant/moderation\n",
            locale.f(&format!("letter-waiting-{kind}"), &what),
            locale.t("letter-waiting-queue"),
        ),
        about: "moderation-waiting",
    }
}

/// The weekly list of a council's offers due for review: to its editors.
pub fn review_digest(
    to: &str,
    locale: &Locale,
    council: &Authority,
    due: &[&Offer],
    site: &str,
) -> Letter {
    let mut list = String::new();
    for offer in due {
        let reviewed = offer.content.reviewed.map_or_else(
            || locale.t("letter-review-never"),
            |d| {
                // English keeps the date as it has always written it here (2024-01-31).
                let date = if locale.lang() == Lang::English {
                    d.to_string()
                } else {
                    locale.date(d)
                };
                locale.f("letter-review-last", &[("date", date.as_str().into())])
            },
        );
        let item = locale.f(
            "letter-review-item",
            &[
                ("title", offer.content.title.as_str().into()),
                ("reviewed", reviewed.as_str().into()),
            ],
        );
        list.push_str(&format!("- {item}\n  {site}/editor/offers/{}\n", offer.id));
    }
    let council_name = council.name.as_str();
    Letter {
        to: to.to_string(),
        subject: locale.f(
            "letter-review-subject",
            &[
                ("council", council_name.into()),
                ("count", due.len().into()),
            ],
        ),
        body: format!(
            "{}\n\n{list}\n{}\n{site}/editor/?due=yes\n",
            locale.f("letter-review-intro", &[("council", council_name.into())]),
            locale.t("letter-review-all"),
        ),
        about: "review-digest",
    }
}

/// A link that replaces a lost token (asked for on the sign-in page), in the language it
/// was asked for in; `link` carries that language already.
pub fn token_replacement(to: &str, locale: &Locale, link: &str, valid_minutes: i64) -> Letter {
    Letter {
        to: to.to_string(),
        subject: locale.t("letter-token-subject"),
        body: format!(
            "{}\n{link}\n\n{}\n",
            locale.f(
                "letter-token",
                &[("minutes", valid_minutes.max(0).unsigned_abs().into())],
            ),
            locale.t("letter-token-not-you"),
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
            &Locale::default(),
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
        let letter = token_replacement(
            "a@b.example",
            &Locale::default(),
            "https://a.example/editor/new-token/ff",
            60,
        );
        assert!(letter
            .body
            .contains("https://a.example/editor/new-token/ff"));
        assert!(letter.body.contains("60 minutes"));
        assert!(!letter.body.contains("oat_"));
    }

    fn traineeships() -> Pledge {
        serde_json::from_value(serde_json::json!({
            "id": "p-1", "organisation": "heron-bakery", "status": "published",
            "topic": "apprenticeships", "category": "employment",
            "title": "Bakery traineeships", "summary": "Paid.",
            "coverage": {}, "age_from": 16, "age_to": 25, "conditions": []
        }))
        .unwrap()
    }

    fn walsall() -> Authority {
        Authority::named(
            "E08000030",
            "Walsall",
            atlas_shared::authority::Tier::MetropolitanDistrict,
        )
    }

    fn offer(id: &str, title: &str, reviewed: Option<&str>) -> Offer {
        serde_json::from_value(serde_json::json!({
            "id": id, "authority": "E08000030", "topic": "council-tax",
            "category": "money", "title": title, "summary": "Paid for you.",
            "status": "available", "basis": "discretionary",
            "applies_to": "any_care_leaver_in_area", "age_from": 16, "age_to": 25,
            "conditions": [], "source": {"document": "d", "locator": "l"},
            "reviewed": reviewed, "version": 1, "updated_at": "2026-12-01T00:00:00Z"
        }))
        .unwrap()
    }

    /// True when `text` has a letter of the Arabic script.
    fn reads_in_arabic_script(text: &str) -> bool {
        text.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c))
    }

    #[test]
    fn english_letters_read_exactly_as_they_always_have() {
        let english = locale(None);
        let letter = pledge_published(
            "jobs@heron.example",
            &english,
            &bakery(),
            &traineeships(),
            "https://a.example",
        );
        assert_eq!(
            letter.subject,
            "Your pledge is published: Bakery traineeships"
        );
        assert_eq!(
            letter.body,
            "A covenant moderator has published Heron Bakery's pledge \"Bakery traineeships\".\n\n\
             Care leavers and their advisers can now find it in Offer Atlas. You can see and \
             change your pledges here (with your signatory token):\n\
             https://a.example/covenant/pledges\n"
        );
        let letter = token_replacement("a@b.example", &english, "https://a.example/x", 60);
        assert_eq!(letter.subject, "A new Offer Atlas token");
        assert_eq!(
            letter.body,
            "Someone asked for a new Offer Atlas token for this address. If it was you, \
             open this link within 60 minutes; it works once, and your old token \
             stops working when you take the new one:\nhttps://a.example/x\n\n\
             If it was not you, you need do nothing: your token has not changed.\n"
        );
        let a = offer("o-1", "Council tax", Some("2024-01-31"));
        let b = offer("o-2", "Rent", None);
        let letter = review_digest(
            "w@w.example",
            &english,
            &walsall(),
            &[&a, &b],
            "https://a.example",
        );
        assert_eq!(letter.subject, "Walsall: 2 offers due for review");
        assert!(letter
            .body
            .starts_with("These offers of Walsall have not been checked"));
        assert!(letter.body.contains(
            "- Council tax (last reviewed 2024-01-31)\n  https://a.example/editor/offers/o-1\n\
             - Rent (never reviewed)\n  https://a.example/editor/offers/o-2\n\n\
             All your offers due for review:\nhttps://a.example/editor/?due=yes\n"
        ));
        let letter = review_digest(
            "w@w.example",
            &english,
            &walsall(),
            &[&a],
            "https://a.example",
        );
        assert_eq!(letter.subject, "Walsall: 1 offer due for review");
        let letter = waiting_for_moderation(
            "m@r.example",
            &english,
            Waiting::Organisation(&bakery()),
            "https://a.example",
        );
        assert_eq!(
            letter.subject,
            "An organisation waits to be verified: Heron Bakery"
        );
        assert_eq!(
            letter.body,
            "Heron Bakery has registered to make covenant pledges.\n\n\
             The moderation queue (with your moderator token):\n\
             https://a.example/covenant/moderation\n"
        );
    }

    #[test]
    fn an_organisation_that_registered_in_arabic_gets_its_pledge_letters_in_arabic() {
        let organisation = Organisation {
            lang: Some("ar".into()),
            ..bakery()
        };
        let arabic = locale(organisation.lang.as_deref());
        assert_eq!(arabic.lang(), Lang::Arabic);
        let letter = pledge_published(
            "jobs@heron.example",
            &arabic,
            &organisation,
            &traineeships(),
            "https://a.example",
        );
        assert!(
            reads_in_arabic_script(&letter.subject),
            "{}",
            letter.subject
        );
        assert!(!letter.body.contains("moderator"), "{}", letter.body);
        // Published words stay as written; the link stays as it is, on its own line.
        assert!(letter.subject.contains("Bakery traineeships"));
        assert!(letter.body.contains("Heron Bakery"));
        assert!(letter
            .body
            .contains("\nhttps://a.example/covenant/pledges\n"));
        let mut rejected = traineeships();
        rejected.rejection_reason = Some("Say which shops.".into());
        let letter = pledge_rejected(
            "jobs@heron.example",
            &arabic,
            &organisation,
            &rejected,
            "https://a.example",
        );
        assert!(reads_in_arabic_script(&letter.body), "{}", letter.body);
        assert!(letter.body.contains("\nSay which shops.\n"));
        assert!(!letter.body.contains("reason"), "{}", letter.body);
    }

    #[test]
    fn a_lost_token_letter_asked_for_in_pashto_is_in_pashto() {
        let pashto = locale(Some("ps"));
        let link = pashto.link("https://a.example/editor/new-token/ff");
        assert_eq!(link, "https://a.example/editor/new-token/ff?lang=ps");
        let letter = token_replacement("a@b.example", &pashto, &link, 60);
        assert!(
            reads_in_arabic_script(&letter.subject),
            "{}",
            letter.subject
        );
        assert!(!letter.body.contains("Someone asked"), "{}", letter.body);
        assert!(letter
            .body
            .contains("\nhttps://a.example/editor/new-token/ff?lang=ps\n"));
        assert!(letter.body.contains("60"));
    }

    #[test]
    fn a_person_invited_with_letters_in_dari_gets_the_review_digest_in_dari() {
        let person = atlas_shared::access::Person {
            lang: Some("fa-AF".into()),
            ..atlas_shared::access::Person::new("Wahid", "w@w.example").unwrap()
        };
        let dari = locale(person.lang.as_deref());
        assert_eq!(dari.lang(), Lang::Dari);
        let a = offer("o-1", "Council tax", Some("2024-01-31"));
        let b = offer("o-2", "Rent", None);
        let letter = review_digest(
            &person.email,
            &dari,
            &walsall(),
            &[&a, &b],
            "https://a.example",
        );
        assert!(
            reads_in_arabic_script(&letter.subject),
            "{}",
            letter.subject
        );
        assert!(letter.subject.contains("Walsall"));
        assert!(!letter.body.contains("due for review"), "{}", letter.body);
        assert!(!letter.body.contains("never reviewed"), "{}", letter.body);
        assert!(
            !letter.body.contains("2024-01-31"),
            "a date the language writes: {}",
            letter.body
        );
        assert!(letter
            .body
            .contains("\n  https://a.example/editor/offers/o-1\n"));
        assert!(letter
            .body
            .contains("\nhttps://a.example/editor/?due=yes\n"));
    }

    #[test]
    fn a_tag_no_catalogue_holds_writes_english() {
        assert_eq!(locale(Some("xx")).lang(), Lang::English);
        assert_eq!(
            locale(None).link("https://a.example/x"),
            "https://a.example/x"
        );
    }
}
