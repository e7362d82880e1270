//! The interface's words in the reader's language: one message catalogue per language
//! (`shared/locales/<tag>.ftl`, in Fluent syntax), shared by the server's pages, the API's
//! sentences and the widget.
//!
//! build.rs compiles each catalogue into a table of [`Piece`]s. English is always held;
//! the other languages are held with the `languages` feature (the server), and the widget
//! fetches the one it shows as JSON ([`Words`] serialises), so a page in Arabic loads the
//! Arabic catalogue only. Formatting follows Fluent: variables, and selectors on a count's
//! plural category or on a word. In right-to-left languages each value put into a sentence
//! is isolated (U+2068 … U+2069), so a council's English name or a sum of money keeps its
//! own direction inside the sentence.
//!
//! The words councils and signatories publish (offer titles, summaries, pledges) are not
//! in the catalogue: they are shown as written, marked `lang="en"`.

pub mod easy;
mod lang;
mod plural;
mod pseudo;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use lang::{with_lang, Direction, Lang};
pub use plural::category as plural_category;

/// A compiled message: its pieces in order.
pub type Pattern = Cow<'static, [Piece]>;

/// One piece of a compiled message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Piece {
    /// Words as they are.
    #[serde(rename = "t")]
    Text(Cow<'static, str>),
    /// A value given when formatting (`{ $name }`).
    #[serde(rename = "v")]
    Var(Cow<'static, str>),
    /// One of several patterns, by a variable: a count's plural category (`one`, `few`…),
    /// an exact count (key `=0`), or a word; arm `other` when none matches.
    #[serde(rename = "s")]
    Select {
        #[serde(rename = "v")]
        var: Cow<'static, str>,
        #[serde(rename = "a")]
        arms: Cow<'static, [Arm]>,
        #[serde(rename = "o")]
        other: usize,
    },
}

/// One arm of a [`Piece::Select`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Arm {
    #[serde(rename = "k")]
    pub key: Cow<'static, str>,
    #[serde(rename = "p")]
    pub pattern: Pattern,
}

/// A message of a catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    #[serde(rename = "i")]
    pub id: Cow<'static, str>,
    #[serde(rename = "p")]
    pub pattern: Pattern,
}

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));

/// A value put into a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg<'a> {
    /// Words or a formatted value (a name, a sum of money, a date).
    Text(&'a str),
    /// A count: it chooses plural forms, and is written with thousands separators.
    Count(u64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

macro_rules! counts {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Count(n as u64)
            }
        }
    )*};
}
counts!(u8, u16, u32, u64, usize);

/// A language's catalogue, ready to format messages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Words {
    #[serde(rename = "l")]
    lang: Lang,
    /// Sorted by id.
    #[serde(rename = "m")]
    entries: Cow<'static, [Entry]>,
}

static ENGLISH: Words = Words {
    lang: Lang::English,
    entries: Cow::Borrowed(TABLE_EN),
};

impl Words {
    /// The English catalogue: always held, and what any other catalogue falls back to for
    /// a message it lacks.
    pub fn english() -> &'static Words {
        &ENGLISH
    }

    /// A language's catalogue, if this build holds it (English always; the others with the
    /// `languages` feature; the pseudo-locale is made from English).
    pub fn held(lang: Lang) -> Option<&'static Words> {
        use std::sync::OnceLock;
        static PSEUDO: OnceLock<Words> = OnceLock::new();
        static OTHERS: OnceLock<Vec<Words>> = OnceLock::new();
        match lang {
            Lang::English => Some(&ENGLISH),
            Lang::Pseudo => Some(PSEUDO.get_or_init(|| pseudo::of(&ENGLISH))),
            _ => OTHERS
                .get_or_init(|| {
                    TABLES
                        .iter()
                        .filter_map(|(tag, table)| {
                            let lang = Lang::from_tag(tag)?;
                            Some(Words {
                                lang,
                                entries: Cow::Borrowed(*table),
                            })
                        })
                        .collect()
                })
                .iter()
                .find(|w| w.lang == lang),
        }
    }

    /// The held catalogue of `lang`, or English.
    pub fn of(lang: Lang) -> &'static Words {
        Words::held(lang).unwrap_or(&ENGLISH)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The ids of every message, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.id.as_ref())
    }

    fn pattern(&self, id: &str) -> Option<&[Piece]> {
        self.entries
            .binary_search_by(|e| e.id.as_ref().cmp(id))
            .ok()
            .map(|i| self.entries[i].pattern.as_ref())
    }

    /// A message with no values.
    pub fn t(&self, id: &str) -> String {
        self.f(id, &[])
    }

    /// A message with its values. A message this catalogue lacks comes from English; one
    /// English lacks too comes out as its id (the catalogue tests make both fail CI).
    pub fn f(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let (lang, pieces) = match self.pattern(id) {
            Some(p) => (self.lang, p),
            None => match ENGLISH.pattern(id) {
                Some(p) => (Lang::English, p),
                None => return id.to_string(),
            },
        };
        let mut out = String::new();
        write_pattern(&mut out, lang, pieces, args);
        out
    }
}

fn write_pattern(out: &mut String, lang: Lang, pieces: &[Piece], args: &[(&str, Arg<'_>)]) {
    let isolate = lang.direction() == Direction::RightToLeft;
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(name) => {
                let Some(arg) = find(args, name) else {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                    continue;
                };
                if isolate {
                    out.push('\u{2068}');
                }
                match arg {
                    Arg::Text(s) => out.push_str(s),
                    Arg::Count(n) => out.push_str(&count(n)),
                }
                if isolate {
                    out.push('\u{2069}');
                }
            }
            Piece::Select { var, arms, other } => {
                let chosen = match find(args, var) {
                    Some(Arg::Count(n)) => {
                        let exact = format!("={n}");
                        let category = plural::category(lang, n);
                        arms.iter()
                            .position(|a| a.key == exact)
                            .or_else(|| arms.iter().position(|a| a.key == category))
                    }
                    Some(Arg::Text(s)) => arms.iter().position(|a| a.key == s),
                    None => None,
                };
                if let Some(arm) = arms.get(chosen.unwrap_or(*other)) {
                    write_pattern(out, lang, &arm.pattern, args);
                }
            }
        }
    }
}

fn find<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
}

/// The reader's language as a page or the widget speaks it: the catalogue, and whether
/// links must name the language (it was chosen, not just what the browser asked for; the
/// widget always names it). Cheap to copy.
#[derive(Debug, Clone, Copy)]
pub struct Locale {
    words: &'static Words,
    carry: bool,
}

impl PartialEq for Locale {
    fn eq(&self, other: &Locale) -> bool {
        std::ptr::eq(self.words, other.words) && self.carry == other.carry
    }
}

impl Default for Locale {
    fn default() -> Locale {
        Locale::new(Words::english(), false)
    }
}

impl Locale {
    pub fn new(words: &'static Words, carry: bool) -> Locale {
        Locale { words, carry }
    }

    pub fn words(&self) -> &'static Words {
        self.words
    }

    pub fn lang(&self) -> Lang {
        self.words.lang
    }

    pub fn direction(&self) -> Direction {
        self.words.lang.direction()
    }

    /// A message with no values (see [`Words::t`]).
    pub fn t(&self, id: &str) -> String {
        self.words.t(id)
    }

    /// A message with its values (see [`Words::f`]).
    pub fn f(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.words.f(id, args)
    }

    /// A link of the site's own, naming the language when it must travel.
    pub fn link(&self, url: &str) -> String {
        with_lang(url, self.carry.then_some(self.words.lang))
    }

    /// The `lang` value a GET form must send again (as a hidden field), if any.
    pub fn form_lang(&self) -> Option<&'static str> {
        self.carry.then(|| self.words.lang.tag())
    }
}

/// A count with thousands separators: 12,500. Every language is written with these digits
/// (as the UK's public services write numbers in their translations), kept left to right.
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
#[cfg(all(test, feature = "languages"))]
mod tests;
