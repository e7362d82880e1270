use std::collections::BTreeSet;

use super::*;

#[test]
fn every_catalogue_has_every_english_message_and_no_other() {
    let english: BTreeSet<&str> = Words::english().ids().collect();
    for lang in Lang::MENU {
        let words = Words::held(lang).expect("the server holds every language");
        let have: BTreeSet<&str> = words.ids().collect();
        let missing: Vec<_> = english.difference(&have).collect();
        let extra: Vec<_> = have.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
        assert!(
            extra.is_empty(),
            "{} has messages English has not: {extra:?}",
            lang.tag()
        );
    }
}

#[test]
fn a_translation_uses_only_the_values_english_gives_it() {
    for lang in Lang::MENU {
        let words = Words::of(lang);
        for (id, pattern) in words.entries.iter() {
            let Some(en) = Words::english().pattern(id) else {
                continue;
            };
            let want: BTreeSet<&str> = variables(en).into_iter().collect();
            let have: BTreeSet<&str> = variables(pattern).into_iter().collect();
            let unknown: Vec<_> = have.difference(&want).collect();
            assert!(
                unknown.is_empty(),
                "{} {id}: {unknown:?} are not given",
                lang.tag()
            );
        }
    }
}

#[test]
fn every_catalogue_but_english_says_whether_a_fluent_reader_has_reviewed_it() {
    for lang in Lang::MENU {
        let status = Words::of(lang).t("catalogue-review");
        let expected: &[&str] = if lang == Lang::English {
            &["source"]
        } else {
            &["awaiting", "reviewed"]
        };
        assert!(
            expected.contains(&status.as_str()),
            "{}: {status}",
            lang.tag()
        );
    }
}

#[test]
fn arabic_counts_take_six_forms() {
    let words = Words::of(Lang::Arabic);
    let forms: BTreeSet<String> = [0u64, 1, 2, 3, 11, 100]
        .into_iter()
        .map(|n| words.f("count-questions", &[("count", n.into())]))
        .collect();
    assert_eq!(forms.len(), 6, "{forms:?}");
}

#[test]
fn english_counts_say_one_and_many() {
    let words = Words::english();
    assert_eq!(
        words.f("count-questions", &[("count", 1u64.into())]),
        "1 question"
    );
    assert_eq!(
        words.f("count-questions", &[("count", 1200u64.into())]),
        "1,200 questions"
    );
}

#[test]
fn values_in_right_to_left_sentences_keep_their_own_direction() {
    let s = Words::of(Lang::Arabic).f("count-questions", &[("count", 3u64.into())]);
    assert!(s.contains("\u{2068}3\u{2069}"), "{s}");
    let s = Words::english().f("count-questions", &[("count", 3u64.into())]);
    assert!(!s.contains('\u{2068}'), "{s}");
}

#[test]
fn the_pseudo_locale_has_no_plain_english_letter_in_it() {
    let words = Words::of(Lang::Pseudo);
    assert_eq!(words.ids().count(), Words::english().ids().count());
    for id in Words::english().ids() {
        let s = words.f(id, &[]);
        let stripped: String = s.split(['{', '}']).step_by(2).collect();
        assert!(
            !stripped.chars().any(|c| c.is_ascii_alphabetic()),
            "{id}: {s}"
        );
    }
}

#[test]
fn a_catalogue_travels_as_json_and_formats_the_same() {
    let arabic = Words::of(Lang::Arabic);
    let json = serde_json::to_string(arabic).unwrap();
    let back: Words = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, arabic);
    assert_eq!(
        back.f("count-questions", &[("count", 4u64.into())]),
        arabic.f("count-questions", &[("count", 4u64.into())])
    );
}

#[test]
fn a_message_a_catalogue_lacks_comes_from_english_and_an_unknown_one_as_its_id() {
    let thin = Words {
        lang: Lang::Arabic,
        entries: Cow::Owned(vec![]),
    };
    assert_eq!(
        thin.f("count-questions", &[("count", 1u64.into())]),
        "1 question"
    );
    assert_eq!(thin.t("no-such-message"), "no-such-message");
}

#[test]
fn a_message_found_once_writes_what_formatting_by_id_writes_each_time() {
    let thin = Words {
        lang: Lang::Arabic,
        entries: Cow::Owned(vec![]),
    };
    for words in [Words::english(), Words::of(Lang::Arabic), &thin] {
        let message = words.message("count-questions");
        for n in [1u64, 2, 3, 11, 100] {
            let args = [("count", n.into())];
            assert_eq!(message.f(&args), words.f("count-questions", &args));
        }
        assert_eq!(words.message("no-such-message").f(&[]), "no-such-message");
    }
    assert_eq!(
        thin.message("count-questions").f(&[("count", 2u64.into())]),
        "2 questions"
    );
}

#[test]
fn counts_have_thousands_separators() {
    assert_eq!(count(0), "0");
    assert_eq!(count(999), "999");
    assert_eq!(count(1000), "1,000");
    assert_eq!(count(1234567), "1,234,567");
}

#[test]
fn in_english_every_category_topic_and_circumstance_reads_as_its_label() {
    let english = Locale::default();
    for c in crate::Category::ALL {
        assert_eq!(c.name(&english), c.label());
    }
    for t in crate::topic::TOPICS {
        assert_eq!(t.name(&english), t.label);
    }
    for c in crate::Circumstance::ALL {
        assert_eq!(c.name(&english), c.label());
    }
}

#[test]
fn selectors_nest_and_their_keys_and_names_are_not_text() {
    // "{ $a -> [one] one { $b -> [x] X *[other] Y } *[other] many }"
    let pattern = "\u{3}a\u{4}one\u{5}one \u{3}b\u{4}x\u{5}X\u{6}*other\u{5}Y\u{6}\u{7}\u{6}*other\u{5}many \u{1}c\u{2}\u{6}\u{7}!";
    let words = Words {
        lang: Lang::English,
        entries: Cow::Owned(vec![(Cow::Borrowed("m"), Cow::Borrowed(pattern))]),
    };
    let f = |a: u64, b: &str| {
        words.f(
            "m",
            &[("a", a.into()), ("b", Arg::Text(b)), ("c", "C".into())],
        )
    };
    assert_eq!(f(1, "x"), "one X!");
    assert_eq!(f(1, "z"), "one Y!");
    assert_eq!(f(5, "x"), "many C!");
    assert_eq!(variables(pattern), vec!["a", "b", "c"]);
    let pseudo = map_text(pattern, &super::pseudo::text);
    assert!(pseudo.contains("\u{3}a\u{4}one\u{5}"), "{pseudo:?}");
    assert!(pseudo.contains("\u{1}c\u{2}"), "{pseudo:?}");
    assert!(!pseudo.contains("many"), "{pseudo:?}");
}

#[test]
fn every_problem_a_form_field_can_have_is_said_in_every_language() {
    use crate::validate::FieldError;
    for code in crate::error::ErrorCode::ALL {
        let error = FieldError {
            field: "title".into(),
            code,
            message: "must be at most 200 characters".into(),
        };
        for lang in Lang::MENU.into_iter().filter(|l| *l != Lang::English) {
            let said = Locale::new(Words::of(lang), true).field_problem(&error);
            assert!(
                !said.starts_with("staff-problem-") && said != error.message,
                "{} has no sentence for {}",
                lang.tag(),
                code.as_str()
            );
        }
        let english = Locale::default().field_problem(&error);
        assert_eq!(english, error.message, "English keeps the exact message");
    }
}

#[test]
fn the_widget_catalogue_leaves_out_the_staff_pages() {
    let all = Words::english();
    let widget = all.for_widget();
    assert!(widget
        .ids()
        .all(|id| !id.starts_with("staff-") && !id.starts_with("editor-")));
    assert!(
        widget.ids().all(|id| !id.starts_with("feed-")),
        "the feeds are the server's"
    );
    assert!(widget.ids().any(|id| id.starts_with("compare-")));
    assert!(all.ids().any(|id| id.starts_with("staff-")));
}

#[test]
fn a_message_chosen_for_a_value_writes_what_the_whole_message_writes() {
    let mut narrowed = 0;
    for lang in Lang::MENU {
        let words = Words::of(lang);
        for (id, pattern) in words.entries.iter() {
            let names = variables(pattern);
            let Some(&selector) = names.first() else {
                continue;
            };
            // Every key the pattern's arms name, and one no arm names.
            let mut values: Vec<&str> = pattern
                .split(ARM_END)
                .filter_map(|arm| arm.rsplit(ARMS).next()?.split_once(KEY_END))
                .map(|(key, _)| key.trim_start_matches('*'))
                .collect();
            values.push("no-such-key");
            let message = words.message(id);
            for value in values {
                let args: Vec<(&str, Arg)> = names
                    .iter()
                    .map(|&n| (n, Arg::Text(if n == selector { value } else { "X" })))
                    .collect();
                let chosen = message.chosen(selector, value);
                assert_eq!(chosen.f(&args), message.f(&args), "{id} with {value}");
                if chosen.found.map(|(_, p)| p.len()) < message.found.map(|(_, p)| p.len()) {
                    narrowed += 1;
                }
            }
        }
    }
    // The question messages a comparison writes a hundred times are selectors: choosing
    // must have narrowed them, or it saves nothing.
    let question = Words::english().message("questions-ask");
    let chosen = question.chosen("ask", "planned");
    assert!(chosen.found.map(|(_, p)| p.len()) < question.found.map(|(_, p)| p.len()));
    assert!(narrowed > 0);
}
