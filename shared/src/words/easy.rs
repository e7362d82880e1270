//! How easy the English catalogue reads: the measure behind the rule that the topics'
//! names, the answer's reasons and the questions' templates use short sentences and common
//! words (Flesch reading ease, with syllables counted by vowel groups, as readability
//! checkers do).

/// The sentences of a text: split after `.`, `?` and `!`.
pub fn sentences(text: &str) -> Vec<&str> {
    text.split_inclusive(['.', '?', '!'])
        .map(str::trim)
        .filter(|s| s.chars().any(char::is_alphabetic))
        .collect()
}

/// The words of a text (letters, with inner apostrophes and hyphens).
pub fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-'))
        .map(|w| w.trim_matches(['\'', '-']))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Syllables of an English word, by groups of vowels (a silent final `e` not counted).
pub fn syllables(word: &str) -> usize {
    let w = word.to_ascii_lowercase();
    let mut count = 0;
    let mut previous_vowel = false;
    for c in w.chars() {
        let vowel = "aeiouy".contains(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    if w.ends_with('e') && !w.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Flesch reading ease of a body of sentences: 60 and above is plain English, read easily
/// by most 13- to 15-year-olds.
pub fn reading_ease(texts: &[String]) -> f64 {
    let (mut s, mut w, mut syl) = (0usize, 0usize, 0usize);
    for t in texts {
        s += sentences(t).len().max(1);
        for word in words(t) {
            w += 1;
            syl += syllables(word);
        }
    }
    if w == 0 {
        return 100.0;
    }
    206.835 - 1.015 * (w as f64 / s as f64) - 84.6 * (syl as f64 / w as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::{Lang, Words};

    #[test]
    fn syllables_are_counted_as_readers_hear_them() {
        for (word, n) in [
            ("ask", 1),
            ("money", 2),
            ("move", 1),
            ("council", 2),
            ("adviser", 3),
            ("apprentice", 3),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    #[test]
    fn a_hard_sentence_reads_as_hard() {
        let hard = ["Notwithstanding eligibility determinations, entitlements necessitate individualised consideration.".to_string()];
        let easy = ["Ask your adviser. They will help you.".to_string()];
        assert!(reading_ease(&hard) < 30.0);
        assert!(reading_ease(&easy) > 80.0);
    }

    /// Names are short: a topic or category in six words at most (reading ease means
    /// little for a name; its length does).
    #[test]
    fn topics_and_categories_have_short_names() {
        let english = Words::of(Lang::English);
        for id in english
            .ids()
            .filter(|id| id.starts_with("topic-") || id.starts_with("category-"))
        {
            let name = english.t(id);
            assert!(words(&name).len() <= 6, "{id}: {name}");
        }
    }

    /// The English a care leaver reads most: each family of sentences reads at 60 or more,
    /// and no sentence runs past 25 words.
    #[test]
    fn the_reasons_changes_and_questions_read_easily() {
        let english = Words::of(Lang::English);
        for family in ["why-", "questions-", "change-"] {
            let texts: Vec<String> = english
                .ids()
                .filter(|id| id.starts_with(family))
                .map(|id| english.t(id))
                .collect();
            if texts.is_empty() {
                continue;
            }
            let ease = reading_ease(&texts);
            assert!(ease >= 60.0, "{family}* reads at {ease:.0}");
            for t in &texts {
                for s in sentences(t) {
                    let n = words(s).len();
                    assert!(n <= 25, "{n} words: {s}");
                }
            }
        }
    }
}
