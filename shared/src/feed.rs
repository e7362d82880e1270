//! What a change to the registry means, in words, for the Atom feeds that let anyone
//! follow a council, a partnership, a topic or the covenant without an account.
//!
//! Pure functions over two versions of a record: the server reads the versions from its
//! change log and writes the feed; the words are decided here, once.

use crate::api::Action;
use crate::covenant::PledgeContent;
use crate::partnership::GuaranteeItem;
use crate::words::{Arg, Locale};
use crate::{OfferContent, Partnership, Pledge, PledgeStatus};

/// Most entries a feed holds: readers poll, they do not page through an archive.
pub const MAX_ENTRIES: usize = 50;

/// "16 to 21": the ages after "aged" or "now".
fn ages(l: &Locale, from: u8, to: u8) -> String {
    l.f(
        "feed-ages",
        &[
            ("from", Arg::Text(&from.to_string())),
            ("to", Arg::Text(&to.to_string())),
        ],
    )
}

/// A published title, quoted as the language quotes it.
fn quoted(l: &Locale, text: &str) -> String {
    l.f("feed-quoted", &[("text", Arg::Text(text.trim()))])
}

fn conditions_words(l: &Locale, c: &[crate::Circumstance]) -> String {
    if c.is_empty() {
        l.t("feed-conditions-none")
    } else {
        let names: Vec<String> = c.iter().map(|x| x.name(l)).collect();
        l.f(
            "feed-conditions-only",
            &[("circumstances", Arg::Text(&l.and_list(&names)))],
        )
    }
}

/// A change's words with one value.
fn now(l: &Locale, id: &str, name: &str, value: &str) -> String {
    l.f(id, &[(name, Arg::Text(value))])
}

fn status_slug(s: crate::OfferStatus) -> &'static str {
    match s {
        crate::OfferStatus::Available => "available",
        crate::OfferStatus::Pilot => "pilot",
        crate::OfferStatus::Planned => "planned",
        crate::OfferStatus::Ended => "ended",
    }
}

/// The parts of an offer that changed between two versions, in words, with the new value
/// where it is short enough to say. Empty when nothing a reader sees changed.
pub fn offer_changes(
    l: &Locale,
    old: &OfferContent,
    new: &OfferContent,
    council: &str,
) -> Vec<String> {
    let mut out = Vec::new();
    if old.title != new.title {
        out.push(now(l, "feed-change-title", "title", &quoted(l, &new.title)));
    }
    if old.topic != new.topic || old.category != new.category {
        out.push(now(
            l,
            "feed-change-topic",
            "topic",
            &crate::topic::name_of(&new.topic, l),
        ));
    }
    if old.summary != new.summary {
        out.push(l.t("feed-change-summary"));
    }
    if old.details != new.details {
        out.push(l.t("feed-change-details"));
    }
    if old.status != new.status {
        out.push(now(
            l,
            "feed-change-status",
            "status",
            status_slug(new.status),
        ));
    }
    if old.basis != new.basis {
        let basis = match new.basis {
            crate::Basis::Statutory => "statutory",
            crate::Basis::Discretionary => "discretionary",
        };
        out.push(now(l, "feed-change-basis", "basis", basis));
    }
    if old.applies_to != new.applies_to {
        out.push(now(
            l,
            "feed-change-whom",
            "whom",
            &l.applies_to(new.applies_to, council),
        ));
    }
    if (old.age_from, old.age_to) != (new.age_from, new.age_to) {
        out.push(now(
            l,
            "feed-change-ages",
            "ages",
            &ages(l, new.age_from, new.age_to),
        ));
    }
    if old.conditions != new.conditions {
        out.push(now(
            l,
            "feed-change-conditions",
            "conditions",
            &conditions_words(l, &new.conditions),
        ));
    }
    if old.value != new.value {
        let value = new
            .value
            .as_ref()
            .map(|v| v.describe_in(l))
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| l.t("feed-value-not-stated"));
        out.push(now(l, "feed-change-value", "value", &value));
    }
    if old.council_tax != new.council_tax {
        out.push(l.t("feed-change-council-tax"));
    }
    if old.how_to_access != new.how_to_access {
        out.push(l.t("feed-change-how-to-access"));
    }
    if old.contact != new.contact {
        out.push(l.t("feed-change-contact"));
    }
    if old.source != new.source {
        out.push(l.t("feed-change-source"));
    }
    if old.reviewed != new.reviewed {
        out.push(match new.reviewed {
            Some(day) => now(l, "feed-change-reviewed", "date", &l.date(day)),
            None => l.t("feed-change-reviewed-none"),
        });
    }
    if old.note != new.note {
        out.push(l.t("feed-change-note"));
    }
    out
}

/// "{who} changed {the parts}."
fn changed(l: &Locale, who: &str, changes: &[String]) -> String {
    l.f(
        "feed-changed",
        &[
            ("who", Arg::Text(who)),
            ("changes", Arg::Text(&l.and_list(changes))),
        ],
    )
}

/// A feed entry's title and words for one version of a council's offer, in the reader's
/// language. `previous` is the version before (none for a new offer).
pub fn offer_entry(
    l: &Locale,
    action: Action,
    previous: Option<&OfferContent>,
    current: &OfferContent,
    council: &str,
) -> (String, String) {
    let title = quoted(l, &current.title);
    let both = |id: &str| {
        l.f(
            id,
            &[
                ("council", Arg::Text(council)),
                ("title", Arg::Text(&title)),
            ],
        )
    };
    match (action, previous) {
        (Action::Retired, _) => (both("feed-offer-retired-title"), both("feed-offer-retired")),
        (Action::Restored, _) => (
            both("feed-offer-restored-title"),
            both("feed-offer-restored"),
        ),
        (Action::Created, _) | (_, None) => {
            let mut words = l.f(
                "feed-offer-new",
                &[
                    ("council", Arg::Text(council)),
                    ("title", Arg::Text(&title)),
                    ("summary", Arg::Text(current.summary.trim())),
                    (
                        "whom",
                        Arg::Text(&l.applies_to(current.applies_to, council)),
                    ),
                    (
                        "ages",
                        Arg::Text(&ages(l, current.age_from, current.age_to)),
                    ),
                ],
            );
            if let Some(v) = current.value.as_ref().map(|v| v.describe_in(l)) {
                if !v.is_empty() {
                    words.push(' ');
                    words.push_str(&l.f("feed-offer-worth", &[("value", Arg::Text(&v))]));
                }
            }
            if current.status != crate::OfferStatus::Available {
                words.push(' ');
                words.push_str(&l.f(
                    "feed-offer-status-note",
                    &[("status", Arg::Text(status_slug(current.status)))],
                ));
            }
            (both("feed-offer-new-title"), words)
        }
        (_, Some(old)) => {
            let changes = offer_changes(l, old, current, council);
            let words = if changes.is_empty() {
                both("feed-offer-same")
            } else {
                changed(l, council, &changes)
            };
            (both("feed-offer-changed-title"), words)
        }
    }
}

/// The parts of a pledge that changed between two published versions.
pub fn pledge_changes(l: &Locale, old: &PledgeContent, new: &PledgeContent) -> Vec<String> {
    let mut out = Vec::new();
    if old.title != new.title {
        out.push(now(l, "feed-change-title", "title", &quoted(l, &new.title)));
    }
    if old.topic != new.topic {
        out.push(now(
            l,
            "feed-change-topic",
            "topic",
            &crate::topic::name_of(&new.topic, l),
        ));
    }
    if old.summary != new.summary {
        out.push(l.t("feed-change-summary"));
    }
    if old.details != new.details {
        out.push(l.t("feed-change-details"));
    }
    if old.coverage != new.coverage {
        out.push(l.t("feed-change-coverage"));
    }
    if (old.age_from, old.age_to) != (new.age_from, new.age_to) {
        out.push(now(
            l,
            "feed-change-ages",
            "ages",
            &ages(l, new.age_from, new.age_to),
        ));
    }
    if old.conditions != new.conditions {
        out.push(now(
            l,
            "feed-change-conditions",
            "conditions",
            &conditions_words(l, &new.conditions),
        ));
    }
    if old.places != new.places {
        out.push(match new.places {
            Some(n) => now(l, "feed-change-places", "places", &n.to_string()),
            None => l.t("feed-change-places-none"),
        });
    }
    if old.how_to_apply != new.how_to_apply {
        out.push(l.t("feed-change-how-to-apply"));
    }
    if old.closes != new.closes {
        out.push(match new.closes {
            Some(day) => now(l, "feed-change-closes", "date", &l.date(day)),
            None => l.t("feed-change-closes-none"),
        });
    }
    if old.source != new.source {
        out.push(l.t("feed-change-source"));
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
/// [`pledge_step_is_public`]), in the reader's language.
pub fn pledge_entry(
    l: &Locale,
    action: Action,
    previous: Option<&Pledge>,
    current: &Pledge,
    organisation: &str,
) -> (String, String) {
    let title = quoted(l, &current.content.title);
    let both = |id: &str| {
        l.f(
            id,
            &[
                ("organisation", Arg::Text(organisation)),
                ("title", Arg::Text(&title)),
            ],
        )
    };
    let was_published = previous.is_some_and(|p| p.status == PledgeStatus::Published);
    match action {
        Action::Withdrawn => (
            both("feed-pledge-withdrawn-title"),
            both("feed-pledge-withdrawn"),
        ),
        _ if was_published => {
            let changes = previous
                .map(|p| pledge_changes(l, &p.content, &current.content))
                .unwrap_or_default();
            let words = if changes.is_empty() {
                both("feed-pledge-same")
            } else {
                changed(l, organisation, &changes)
            };
            (both("feed-pledge-changed-title"), words)
        }
        _ => (
            both("feed-pledge-new-title"),
            l.f(
                "feed-pledge-new",
                &[
                    ("organisation", Arg::Text(organisation)),
                    ("title", Arg::Text(&title)),
                    ("summary", Arg::Text(current.content.summary.trim())),
                    (
                        "ages",
                        Arg::Text(&ages(l, current.content.age_from, current.content.age_to)),
                    ),
                ],
            ),
        ),
    }
}

fn item_changes(l: &Locale, old: &[GuaranteeItem], new: &[GuaranteeItem]) -> Vec<String> {
    let item = |id: &str, i: &GuaranteeItem| now(l, id, "title", &quoted(l, &i.title));
    let mut out = Vec::new();
    for i in new {
        match old.iter().find(|o| o.id == i.id) {
            None => out.push(item("feed-item-added", i)),
            Some(o) if o != i => out.push(item("feed-item-changed", i)),
            Some(_) => {}
        }
    }
    for i in old {
        if !new.iter().any(|n| n.id == i.id) {
            out.push(item("feed-item-removed", i));
        }
    }
    out
}

/// A feed entry's title and words for a version of a partnership (its guarantee, its
/// members or its board's notes), in the reader's language.
pub fn partnership_entry(
    l: &Locale,
    previous: Option<&Partnership>,
    current: &Partnership,
) -> (String, String) {
    let name = Arg::Text(&current.name);
    let Some(old) = previous else {
        return (
            l.f("feed-partnership-published-title", &[("partnership", name)]),
            l.f(
                "feed-partnership-published",
                &[
                    ("partnership", name),
                    ("items", current.guarantee.len().into()),
                    ("councils", current.members.len().into()),
                ],
            ),
        );
    };
    let mut parts = Vec::new();
    let items = item_changes(l, &old.guarantee, &current.guarantee);
    if !items.is_empty() {
        parts.push(now(
            l,
            "feed-change-guarantee",
            "items",
            &l.and_list(&items),
        ));
    }
    if old.members != current.members {
        parts.push(l.f(
            "feed-change-members",
            &[("count", current.members.len().into())],
        ));
    }
    if old.notes != current.notes {
        parts.push(l.t("feed-change-notes"));
    }
    if old.name != current.name || old.source != current.source {
        parts.push(l.t("feed-change-its-details"));
    }
    let words = if parts.is_empty() {
        l.f("feed-partnership-same", &[("partnership", name)])
    } else {
        changed(l, &current.name, &parts)
    };
    let title = if items.is_empty() {
        l.f("feed-partnership-changed-title", &[("partnership", name)])
    } else {
        l.f(
            "feed-partnership-guarantee-changed-title",
            &[("partnership", name)],
        )
    };
    (title, words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offer::test_offer;
    use crate::{OfferStatus, Period, Value};

    #[test]
    #[cfg_attr(
        not(feature = "languages"),
        ignore = "the feeds' words are only in the server's catalogue"
    )]
    fn an_offer_change_names_what_changed_with_the_new_values() {
        let en = Locale::default();
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
        let (title, words) = offer_entry(&en, Action::Updated, Some(&old), &new, "Wiltshire");
        assert_eq!(title, "Wiltshire: \u{201c}w-1 title\u{201d} changed");
        assert_eq!(
            words,
            "Wiltshire changed the status (now planned), the ages (now 16 to 21) and the value (now £15 a week)."
        );
        let (_, same) = offer_entry(&en, Action::Updated, Some(&old), &old, "Wiltshire");
        assert!(same.contains("without changing"), "{same}");
    }

    #[test]
    #[cfg_attr(
        not(feature = "languages"),
        ignore = "the feeds' words are only in the server's catalogue"
    )]
    fn new_and_retired_offers_say_so() {
        let en = Locale::default();
        let o = test_offer("w-1", "E06000054", "travel").content;
        let (title, words) = offer_entry(&en, Action::Created, None, &o, "Wiltshire");
        assert_eq!(title, "Wiltshire: new offer \u{201c}w-1 title\u{201d}");
        assert!(
            words.contains("any care leaver living in Wiltshire's area, aged 16 to 25"),
            "{words}"
        );
        let (title, _) = offer_entry(&en, Action::Retired, Some(&o), &o, "Wiltshire");
        assert!(title.ends_with("retired"));
    }

    #[test]
    #[cfg_attr(
        not(feature = "languages"),
        ignore = "the feeds' words are only in the server's catalogue"
    )]
    fn a_restored_offer_is_announced_as_back_not_as_changed_or_new() {
        let en = Locale::default();
        let o = test_offer("w-1", "E06000054", "leisure");
        let (title, words) = offer_entry(
            &en,
            Action::Restored,
            Some(&o.content),
            &o.content,
            "Wiltshire",
        );
        assert_eq!(title, "Wiltshire: \u{201c}w-1 title\u{201d} restored");
        assert!(words.contains("back into its Local Offer"), "{words}");
    }

    #[cfg(feature = "languages")]
    #[test]
    fn an_arabic_feed_says_its_entries_in_arabic_and_keeps_published_words_as_written() {
        use crate::words::{Lang, Words};
        let ar = Locale::new(Words::of(Lang::Arabic), true);
        let old = test_offer("w-1", "E06000054", "travel").content;
        let mut new = old.clone();
        new.age_to = 21;
        new.status = OfferStatus::Planned;
        let english = |s: &str| {
            [
                "changed",
                "new offer",
                "the ages",
                "planned",
                "New in",
                "retired",
            ]
            .iter()
            .find(|w| s.contains(*w))
            .copied()
        };
        for (title, words) in [
            offer_entry(&ar, Action::Updated, Some(&old), &new, "Wiltshire"),
            offer_entry(&ar, Action::Created, None, &new, "Wiltshire"),
            offer_entry(&ar, Action::Retired, Some(&new), &new, "Wiltshire"),
            offer_entry(&ar, Action::Restored, Some(&new), &new, "Wiltshire"),
        ] {
            assert!(title.contains("w-1 title"), "the title as written: {title}");
            for s in [&title, &words] {
                assert!(s.contains("Wiltshire"), "the council as written: {s}");
                assert_eq!(english(s), None, "English left in {s}");
                assert!(
                    s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                    "{s}"
                );
            }
        }
    }
}
