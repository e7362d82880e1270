//! Which plural form a count takes in each language (the CLDR rules, for whole numbers:
//! the interface only ever counts things). Written out here rather than taken from a
//! crate so the widget carries four small rules instead of every language's; the tests
//! check them against `intl_pluralrules`, the CLDR data Fluent itself uses.

use super::Lang;

/// The CLDR plural category of `n` in `lang`: `zero`, `one`, `two`, `few`, `many` or
/// `other`.
pub fn category(lang: Lang, n: u64) -> &'static str {
    match lang {
        Lang::English | Lang::Pseudo | Lang::Pashto => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Arabic => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        // Dari (as Persian): 0 and 1 are "one".
        Lang::Dari => {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

    fn cldr(tag: &str, n: u64) -> &'static str {
        let rules = PluralRules::create(
            tag.parse::<unic_langid::LanguageIdentifier>().unwrap(),
            PluralRuleType::CARDINAL,
        )
        .unwrap();
        match rules.select(n).unwrap() {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        }
    }

    #[test]
    fn every_language_counts_as_cldr_says_below_a_hundred() {
        for lang in Lang::MENU {
            // CLDR has Persian ("fa") rather than Dari.
            let tag = if lang == Lang::Dari { "fa" } else { lang.tag() };
            for n in 0..100 {
                assert_eq!(category(lang, n), cldr(tag, n), "{lang:?} {n}");
            }
        }
    }

    /// intl_pluralrules 7.0.2 drops the rule's `n % 100` for Arabic (it calls 103 "other");
    /// these are the examples CLDR's own chart gives, which browsers follow.
    #[test]
    fn arabic_counts_past_a_hundred_follow_the_last_two_digits() {
        for n in [103, 110, 1003, 2010] {
            assert_eq!(category(Lang::Arabic, n), "few", "{n}");
        }
        for n in [111, 126, 1011, 5099] {
            assert_eq!(category(Lang::Arabic, n), "many", "{n}");
        }
        for n in [100, 101, 102, 200, 1000, 1002] {
            assert_eq!(category(Lang::Arabic, n), "other", "{n}");
        }
    }

    #[test]
    fn english_dari_and_pashto_past_a_hundred_are_other() {
        for lang in [Lang::English, Lang::Dari, Lang::Pashto] {
            for n in [100, 101, 1000, 1_000_001] {
                assert_eq!(category(lang, n), "other", "{lang:?} {n}");
            }
        }
    }
}
