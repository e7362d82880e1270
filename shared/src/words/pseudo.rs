//! The pseudo-locale (`en-XA`): English with each letter swapped for an accented look-alike
//! and vowels doubled (translations run longer). Text that did not come from the catalogue
//! stays plain ASCII, so a test can find it on any page at a glance.

use std::borrow::Cow;

use super::{map_text, Lang, Words};

pub(super) fn of(english: &Words) -> Words {
    Words {
        lang: Lang::Pseudo,
        entries: english
            .entries
            .iter()
            .map(|(id, pattern)| (id.clone(), Cow::Owned(map_text(pattern, &text))))
            .collect(),
    }
}

/// Each ASCII letter as an accented one; vowels twice.
pub fn text(s: &str) -> String {
    const LOWER: [char; 26] = [
        'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř',
        'ş', 'ŧ', 'ŭ', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ',
    ];
    const UPPER: [char; 26] = [
        'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ġ', 'Ħ', 'Ī', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř',
        'Ş', 'Ŧ', 'Ŭ', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
    ];
    let mut out = String::with_capacity(s.len() * 3);
    for c in s.chars() {
        match c {
            'a'..='z' => {
                let p = LOWER[(c as u8 - b'a') as usize];
                out.push(p);
                if "aeiou".contains(c) {
                    out.push(p);
                }
            }
            'A'..='Z' => out.push(UPPER[(c as u8 - b'A') as usize]),
            _ => out.push(c),
        }
    }
    out
}
