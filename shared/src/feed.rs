//! What a change to the registry means, in words, for the Atom feeds that let anyone
//! follow a council, a partnership, a topic or the covenant without an account.
//!
//! Pure functions over two versions of a record: the server reads the versions from its
//! change log and writes the feed; the words are decided here, once.

use crate::api::Action;
use crate::covenant::PledgeContent;
use crate::partnership::GuaranteeItem;
use crate::topic::topic;
use crate::{OfferContent, Partnership, Pledge, PledgeStatus};

/// Most entries a feed holds: readers poll, they do not page through an archive.
pub const MAX_ENTRIES: usize = 50;

fn ages(from: u8, to: u8) -> String {
    format!("{from} to {to}")
}

fn quoted(text: &str) -> String {
    format!("\u{201c}{}\u{201d}", text.trim())
}

fn and_list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

fn conditions_words(c: &[crate::Circumstance]) -> String {
    if c.is_empty() {
        "none".to_string()
    } else {
        let labels: Vec<String> = c.iter().map(|x| x.label().to_string()).collect();
        format!("only if you are {}", and_list(&labels))
    }
}

fn topic_words(slug: &str) -> String {
    topic(slug).map_or_else(|| slug.to_string(), |t| t.label.to_string())
}

/// The parts of an offer that changed between two versions, in words, with the new value
/// where it is short enough to say. Empty when nothing a reader sees changed.
pub fn offer_changes(old: &OfferContent, new: &OfferContent, council: &str) -> Vec<String> {
    let mut out = Vec::new();
    if old.title != new.title {
        out.push(format!("the title (now {})", quoted(&new.title)));
    }
    if old.topic != new.topic || old.category != new.category {
        out.push(format!("the topic (now {})", topic_words(&new.topic)));
    }
    if old.summary != new.summary {
        out.push("the summary".to_string());
    }
    if old.details != new.details {
        out.push("the details".to_string());
    }
    if old.status != new.status {
        out.push(format!("the status (now {})", new.status.label()));
    }
    if old.basis != new.basis {
        let basis = match new.basis {
            crate::Basis::Statutory => "required by law",
            crate::Basis::Discretionary => "the council's choice",
        };
        out.push(format!("its basis (now {basis})"));
    }
    if old.applies_to != new.applies_to {
        out.push(format!(
            "whom it is for (now {})",
            new.applies_to.describe(council)
        ));
    }
    if (old.age_from, old.age_to) != (new.age_from, new.age_to) {
        out.push(format!("the ages (now {})", ages(new.age_from, new.age_to)));
    }
    if old.conditions != new.conditions {
        out.push(format!(
            "the conditions (now {})",
            conditions_words(&new.conditions)
        ));
    }
    if old.value != new.value {
        let value = new
            .value
            .as_ref()
            .map(|v| v.describe())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| "not stated".to_string());
        out.push(format!("the value (now {value})"));
    }
    if old.council_tax != new.council_tax {
        out.push("the council tax terms".to_string());
    }
    if old.how_to_access != new.how_to_access {
        out.push("how to get it".to_string());
    }
    if old.contact != new.contact {
        out.push("the contact".to_string());
    }
    if old.source != new.source {
        out.push("the source".to_string());
    }
    if old.reviewed != new.reviewed {
        out.push(match new.reviewed {
            Some(day) => format!("the review date (now {})", crate::long_date(day)),
            None => "the review date (now none)".to_string(),
        });
    }
    if old.note != new.note {
        out.push("the note on how it was read".to_string());
    }
    out
}

/// A feed entry's title and words for one version of a council's offer.
/// `previous` is the version before (none for a new offer).
pub fn offer_entry(
    action: Action,
    previous: Option<&OfferContent>,
    current: &OfferContent,
    council: &str,
) -> (String, String) {
    let title = quoted(&current.title);
    match (action, previous) {
        (Action::Retired, _) => (
            format!("{council}: {title} retired"),
            format!("{council} retired {title}: it is no longer part of its Local Offer."),
        ),
        (Action::Restored, _) => (
            format!("{council}: {title} restored"),
            format!("{council} brought {title} back into its Local Offer, as it stood when it was retired."),
        ),
        (Action::Created, _) | (_, None) => {
            let mut words = format!(
                "New in {council}'s Local Offer: {title}. {} For {}, aged {}.",
                current.summary.trim(),
                current.applies_to.describe(council),
                ages(current.age_from, current.age_to)
            );
            if let Some(v) = current.value.as_ref().map(|v| v.describe()) {
                if !v.is_empty() {
                    words.push_str(&format!(" Worth {v}."));
                }
            }
            if let Some(note) = crate_status_note(current) {
                words.push(' ');
                words.push_str(note);
            }
            (format!("{council}: new offer {title}"), words)
        }
        (_, Some(old)) => {
            let changes = offer_changes(old, current, council);
            let words = if changes.is_empty() {
                format!("{council} saved {title} again without changing what it says.")
            } else {
                format!("{council} changed {}.", and_list(&changes))
            };
            (format!("{council}: {title} changed"), words)
        }
    }
}

fn crate_status_note(c: &OfferContent) -> Option<&'static str> {
    match c.status {
        crate::OfferStatus::Available => None,
        crate::OfferStatus::Pilot => Some("It is a pilot: a trial that may not reach everyone."),
        crate::OfferStatus::Planned => Some("It is planned: not available yet."),
        crate::OfferStatus::Ended => Some("It has ended."),
    }
}

/// The parts of a pledge that changed between two published versions.
pub fn pledge_changes(old: &PledgeContent, new: &PledgeContent) -> Vec<String> {
    let mut out = Vec::new();
    if old.title != new.title {
        out.push(format!("the title (now {})", quoted(&new.title)));
    }
    if old.topic != new.topic {
        out.push(format!("the topic (now {})", topic_words(&new.topic)));
    }
    if old.summary != new.summary {
        out.push("the summary".to_string());
    }
    if old.details != new.details {
        out.push("the details".to_string());
    }
    if old.coverage != new.coverage {
        out.push("where it applies".to_string());
    }
    if (old.age_from, old.age_to) != (new.age_from, new.age_to) {
        out.push(format!("the ages (now {})", ages(new.age_from, new.age_to)));
    }
    if old.conditions != new.conditions {
        out.push(format!(
            "the conditions (now {})",
            conditions_words(&new.conditions)
        ));
    }
    if old.places != new.places {
        out.push(match new.places {
            Some(n) => format!("the places on offer (now {n})"),
            None => "the places on offer (now not stated)".to_string(),
        });
    }
    if old.how_to_apply != new.how_to_apply {
        out.push("how to apply".to_string());
    }
    if old.closes != new.closes {
        out.push(match new.closes {
            Some(day) => format!("the closing date (now {})", crate::long_date(day)),
            None => "the closing date (now none)".to_string(),
        });
    }
    if old.source != new.source {
        out.push("the source".to_string());
    }
    out
}

/// Whether a step in a pledge's life is news for the public: it became (or, edited,
/// stayed) published, or a published pledge was withdrawn. `previous` is the version
/// before.
pub fn pledge_step_is_public(action: Action, previous: Option<&Pledge>, current: &Pledge) -> bool {
    match action {
        Action::Created | Action::Published => current.status == PledgeStatus::Published,
        Action::Withdrawn => previous.is_some_and(|p| p.status == PledgeStatus::Published),
        _ => false,
    }
}

/// A feed entry's title and words for a public step of a pledge (see
/// [`pledge_step_is_public`]).
pub fn pledge_entry(
    action: Action,
    previous: Option<&Pledge>,
    current: &Pledge,
    organisation: &str,
) -> (String, String) {
    let title = quoted(&current.content.title);
    let was_published = previous.is_some_and(|p| p.status == PledgeStatus::Published);
    match action {
        Action::Withdrawn => (
            format!("{organisation}: {title} withdrawn"),
            format!("{organisation} withdrew its Care Leaver Covenant pledge {title}."),
        ),
        _ if was_published => {
            let changes = previous
                .map(|p| pledge_changes(&p.content, &current.content))
                .unwrap_or_default();
            let words = if changes.is_empty() {
                format!("{organisation} published {title} again without changing what it says.")
            } else {
                format!("{organisation} changed {}.", and_list(&changes))
            };
            (format!("{organisation}: {title} changed"), words)
        }
        _ => (
            format!("{organisation}: new pledge {title}"),
            format!(
                "{organisation} pledged {title} under the Care Leaver Covenant. {} For care leavers aged {}.",
                current.content.summary.trim(),
                ages(current.content.age_from, current.content.age_to)
            ),
        ),
    }
}

fn item_changes(old: &[GuaranteeItem], new: &[GuaranteeItem]) -> Vec<String> {
    let mut out = Vec::new();
    for item in new {
        match old.iter().find(|o| o.id == item.id) {
            None => out.push(format!("added {}", quoted(&item.title))),
            Some(o) if o != item => out.push(format!("changed {}", quoted(&item.title))),
            Some(_) => {}
        }
    }
    for item in old {
        if !new.iter().any(|n| n.id == item.id) {
            out.push(format!("removed {}", quoted(&item.title)));
        }
    }
    out
}

/// A feed entry's title and words for a version of a partnership (its guarantee, its
/// members or its board's notes).
pub fn partnership_entry(
    previous: Option<&Partnership>,
    current: &Partnership,
) -> (String, String) {
    let name = &current.name;
    let Some(old) = previous else {
        return (
            format!("{name}: guarantee published"),
            format!(
                "{name} agreed a guarantee of {} items for care leavers in its {} councils.",
                current.guarantee.len(),
                current.members.len()
            ),
        );
    };
    let mut parts = Vec::new();
    let items = item_changes(&old.guarantee, &current.guarantee);
    if !items.is_empty() {
        parts.push(format!("the guarantee ({})", and_list(&items)));
    }
    if old.members != current.members {
        parts.push(format!(
            "the members (now {} councils)",
            current.members.len()
        ));
    }
    if old.notes != current.notes {
        parts.push("the board's notes".to_string());
    }
    if old.name != current.name || old.source != current.source {
        parts.push("its details".to_string());
    }
    let words = if parts.is_empty() {
        format!("{name} saved its record again without changing it.")
    } else {
        format!("{name} changed {}.", and_list(&parts))
    };
    let title = if items.is_empty() {
        format!("{name}: changed")
    } else {
        format!("{name}: guarantee changed")
    };
    (title, words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offer::test_offer;
    use crate::{OfferStatus, Period, Value};

    #[test]
    fn an_offer_change_names_what_changed_with_the_new_values() {
        let old = test_offer("w-1", "E06000054", "travel").content;
        let mut new = old.clone();
        new.age_to = 21;
        new.status = OfferStatus::Planned;
        new.value = Some(Value {
            loan: false,
            up_to: false,
            amount_pence: Some(1_500),
            per: Some(Period::Week),
            count: None,
            percent: None,
            note: None,
        });
        let (title, words) = offer_entry(Action::Updated, Some(&old), &new, "Wiltshire");
        assert_eq!(title, "Wiltshire: \u{201c}w-1 title\u{201d} changed");
        assert_eq!(
            words,
            "Wiltshire changed the status (now planned), the ages (now 16 to 21) and the value (now £15 a week)."
        );
        let (_, same) = offer_entry(Action::Updated, Some(&old), &old, "Wiltshire");
        assert!(same.contains("without changing"), "{same}");
    }

    #[test]
    fn new_and_retired_offers_say_so() {
        let o = test_offer("w-1", "E06000054", "travel").content;
        let (title, words) = offer_entry(Action::Created, None, &o, "Wiltshire");
        assert_eq!(title, "Wiltshire: new offer \u{201c}w-1 title\u{201d}");
        assert!(
            words.contains("any care leaver living in Wiltshire's area, aged 16 to 25"),
            "{words}"
        );
        let (title, _) = offer_entry(Action::Retired, Some(&o), &o, "Wiltshire");
        assert!(title.ends_with("retired"));
    }

    #[test]
    fn a_restored_offer_is_announced_as_back_not_as_changed_or_new() {
        let o = test_offer("w-1", "E06000054", "leisure");
        let (title, words) =
            offer_entry(Action::Restored, Some(&o.content), &o.content, "Wiltshire");
        assert_eq!(title, "Wiltshire: \u{201c}w-1 title\u{201d} restored");
        assert!(words.contains("back into its Local Offer"), "{words}");
    }
}
