//! The interface's words in the reader's language: one message catalogue per language
//! (`shared/locales/<tag>.ftl`, in Fluent syntax), shared by the server's pages, the API's
//! sentences and the widget.
//!
//! build.rs compiles each catalogue into a table of encoded patterns. English is always held;
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
mod phrases;
mod plural;
mod pseudo;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use lang::{with_lang, Direction, Lang};
pub use plural::category as plural_category;

/// A message of a catalogue: its id and its pattern, encoded by build.rs as one string
/// (text as it is; a variable as U+0001 name U+0002; a selector as U+0003 variable U+0004,
/// its arms as key U+0005 pattern U+0006, the default's key marked `*`, and U+0007).
pub type Entry = (Cow<'static, str>, Cow<'static, str>);

const VAR: char = '\u{1}';
const VAR_END: char = '\u{2}';
const SELECT: char = '\u{3}';
const ARMS: char = '\u{4}';
const KEY_END: char = '\u{5}';
const ARM_END: char = '\u{6}';
const SELECT_END: char = '\u{7}';

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

include!("families.rs");

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

    /// The part of a catalogue the widget may show: everything but what only the server
    /// writes (the families in [`SERVER_ONLY_FAMILIES`]: staff pages, feeds).
    pub fn for_widget(&self) -> Words {
        Words {
            lang: self.lang,
            entries: self
                .entries
                .iter()
                .filter(|(id, _)| {
                    !SERVER_ONLY_FAMILIES.contains(&id.split('-').next().unwrap_or(""))
                })
                .cloned()
                .collect(),
        }
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
        self.entries.iter().map(|(id, _)| id.as_ref())
    }

    fn pattern(&self, id: &str) -> Option<&str> {
        self.entries
            .binary_search_by(|(i, _)| i.as_ref().cmp(id))
            .ok()
            .map(|i| self.entries[i].1.as_ref())
    }

    /// A message with no values.
    pub fn t(&self, id: &str) -> String {
        self.f(id, &[])
    }

    /// A message with its values. A message this catalogue lacks comes from English; one
    /// English lacks too comes out as its id (the catalogue tests make both fail CI).
    pub fn f(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.message(id).f(args)
    }

    /// A message looked up once, to be formatted many times ([`Message::f`] is
    /// [`Words::f`] without the search through the catalogue).
    pub fn message<'a>(&'a self, id: &'a str) -> Message<'a> {
        let found = match self.pattern(id) {
            Some(p) => Some((self.lang, p)),
            None => ENGLISH.pattern(id).map(|p| (Lang::English, p)),
        };
        Message { id, found }
    }
}

/// A message of a catalogue, found: a comparison writes the same few messages for
/// hundreds of offers and pledges, and finding each by id every time cost more than
/// writing it.
#[derive(Debug, Clone, Copy)]
pub struct Message<'a> {
    id: &'a str,
    /// The language its pattern is in (English when the catalogue lacks it), and the
    /// pattern; `None` when English lacks it too.
    found: Option<(Lang, &'a str)>,
}

impl<'a> Message<'a> {
    /// The message with its values (see [`Words::f`]).
    pub fn f(&self, args: &[(&str, Arg<'_>)]) -> String {
        let Some((lang, pieces)) = self.found else {
            return self.id.to_string();
        };
        // The pattern and its values: one allocation for most sentences.
        let values: usize = args
            .iter()
            .map(|(_, a)| match a {
                Arg::Text(s) => s.len(),
                Arg::Count(_) => 8,
            })
            .sum();
        let mut out = String::with_capacity((pieces.len() + values).min(512));
        write_pattern(&mut out, lang, pieces, args);
        out
    }

    /// The message as it reads when `var` is the text `value`, found once: a message that
    /// is one selector on `var` becomes the arm `value` chooses, so formatting it many
    /// times does not pass over the other arms each time. Any other message is returned
    /// as it is. Either way, `f` with `var` set to `value` writes the same sentence.
    pub fn chosen(&self, var: &str, value: &str) -> Message<'a> {
        let Some((lang, pattern)) = self.found else {
            return *self;
        };
        let Some(selector) = pattern.strip_prefix(SELECT) else {
            return *self;
        };
        let Some((name, arms)) = split_at_mark(selector, ARMS) else {
            return *self;
        };
        if name != var {
            return *self;
        }
        match choose_arm(arms, lang, Some(Arg::Text(value))) {
            // Only a selector with nothing after it is the whole message.
            (Some(arm), "") => Message {
                id: self.id,
                found: Some((lang, arm)),
            },
            _ => *self,
        }
    }
}

fn write_pattern(out: &mut String, lang: Lang, pattern: &str, args: &[(&str, Arg<'_>)]) {
    let isolate = lang.direction() == Direction::RightToLeft;
    let mut rest = pattern;
    while let Some(at) = find_mark(rest, &[VAR, SELECT]) {
        out.push_str(&rest[..at]);
        let marker = rest[at..].chars().next().unwrap_or(VAR);
        rest = &rest[at + marker.len_utf8()..];
        if marker == VAR {
            let (name, after) = split_at_mark(rest, VAR_END).unwrap_or((rest, ""));
            rest = after;
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
        } else {
            let (var, after) = split_at_mark(rest, ARMS).unwrap_or((rest, ""));
            let (chosen, after) = choose_arm(after, lang, find(args, var));
            rest = after;
            if let Some(arm) = chosen {
                write_pattern(out, lang, arm, args);
            }
        }
    }
    out.push_str(rest);
}

/// The arm a selector (after its variable) chooses for `wanted`, and what follows the
/// selector. Fluent's order: the key that is the value itself (`=3` for a count), else
/// the count's plural category, else the default (`*`), else the first arm. One pass and
/// no allocation: the answer formats a few hundred sentences per comparison.
fn choose_arm<'p>(s: &'p str, lang: Lang, wanted: Option<Arg<'_>>) -> (Option<&'p str>, &'p str) {
    let category = match wanted {
        Some(Arg::Count(n)) => Some(plural::category(lang, n)),
        _ => None,
    };
    let is_value = |key: &str| match wanted {
        Some(Arg::Count(n)) => key
            .strip_prefix('=')
            .is_some_and(|k| k.parse::<u64>().ok() == Some(n)),
        Some(Arg::Text(t)) => key == t,
        None => false,
    };
    let (mut exact, mut by_category, mut default, mut first) = (None, None, None, None);
    let mut rest = s;
    let after = loop {
        match rest.chars().next() {
            None => break "",
            Some(SELECT_END) => break &rest[SELECT_END.len_utf8()..],
            _ => {}
        }
        let Some((key, after)) = split_at_mark(rest, KEY_END) else {
            break "";
        };
        // The arm runs to its own end mark, past any selector nested in it.
        let mut depth = 0usize;
        let mut end = after.len();
        let mut from = 0;
        while let Some(i) = find_mark(&after[from..], &[SELECT, SELECT_END, ARM_END]) {
            let at = from + i;
            match after.as_bytes()[at] as char {
                SELECT => depth += 1,
                SELECT_END => depth = depth.saturating_sub(1),
                _ if depth == 0 => {
                    end = at;
                    break;
                }
                _ => {}
            }
            from = at + 1;
        }
        let arm = &after[..end];
        rest = after.get(end + ARM_END.len_utf8()..).unwrap_or("");
        let plain = key.trim_start_matches('*');
        first = first.or(Some(arm));
        if exact.is_none() && is_value(plain) {
            exact = Some(arm);
        }
        if by_category.is_none() && category == Some(plain) {
            by_category = Some(arm);
        }
        if default.is_none() && key.starts_with('*') {
            default = Some(arm);
        }
    };
    (exact.or(by_category).or(default).or(first), after)
}

/// The byte position of the first of `marks` in `s`. The marks are ASCII control
/// characters, which never occur inside another character's UTF-8 bytes, so the bytes are
/// searched (with memchr's word-at-a-time search) without decoding characters: most of a
/// long selector is arms not chosen, skipped a few hundred times per comparison.
fn find_mark(s: &str, marks: &[char]) -> Option<usize> {
    let bytes = s.as_bytes();
    match *marks {
        [a, b] => memchr::memchr2(a as u8, b as u8, bytes),
        [a, b, c] => memchr::memchr3(a as u8, b as u8, c as u8, bytes),
        _ => bytes
            .iter()
            .position(|&x| marks.iter().any(|&m| m as u32 == u32::from(x))),
    }
}

/// `s` before and after the first `mark`, found as [`find_mark`] finds one (a byte
/// search: `str::split_once` with a `char` decodes as it goes).
fn split_at_mark(s: &str, mark: char) -> Option<(&str, &str)> {
    debug_assert!(mark.is_ascii_control());
    let at = memchr::memchr(mark as u8, s.as_bytes())?;
    Some((&s[..at], &s[at + mark.len_utf8()..]))
}

/// The names of the values a pattern takes (its variables and selectors).
pub fn variables(pattern: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = pattern;
    while let Some(at) = rest.find([VAR, SELECT]) {
        let marker = rest[at..].chars().next().unwrap_or(VAR);
        rest = &rest[at + marker.len_utf8()..];
        let end = if marker == VAR { VAR_END } else { ARMS };
        let (name, after) = rest.split_once(end).unwrap_or((rest, ""));
        names.push(name);
        rest = after;
    }
    names
}

/// Each run of a pattern's own text (not variables' names nor selectors' keys) changed by
/// `f`: how the pseudo-locale is made.
pub(crate) fn map_text(pattern: &str, f: &dyn Fn(&str) -> String) -> String {
    #[derive(PartialEq)]
    enum At {
        Text,
        Name,
        Key,
    }
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut text = String::new();
    let mut at = At::Text;
    for c in pattern.chars() {
        match (&at, c) {
            (At::Text, VAR | SELECT | ARM_END) => {
                out.push_str(&f(&text));
                text.clear();
                out.push(c);
                at = if c == ARM_END { At::Key } else { At::Name };
            }
            (At::Text, c) => text.push(c),
            (At::Name, VAR_END) => {
                out.push(c);
                at = At::Text;
            }
            (At::Name, ARMS) => {
                out.push(c);
                at = At::Key;
            }
            (At::Key, KEY_END | SELECT_END) => {
                out.push(c);
                at = At::Text;
            }
            (_, c) => out.push(c),
        }
    }
    out.push_str(&f(&text));
    out
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

    /// A message looked up once, to be formatted many times (see [`Words::message`]).
    pub fn message<'a>(&self, id: &'a str) -> Message<'a> {
        self.words.message(id)
    }

    /// A link of the site's own, naming the language when it must travel.
    pub fn link(&self, url: &str) -> String {
        with_lang(url, self.carry.then_some(self.words.lang))
    }

    /// What is wrong with a field a form sent, as its reader reads it. The validation's own
    /// message is English and exact ("at most 200 characters"); another language says
    /// what kind of problem it is, by its code, in that language.
    pub fn field_problem(&self, error: &crate::validate::FieldError) -> String {
        if self.lang() == Lang::English {
            return error.message.clone();
        }
        self.t(&format!(
            "staff-problem-{}",
            error.code.as_str().replace('_', "-")
        ))
    }

    /// A day as the language writes it: "10 August 2020".
    pub fn date(&self, day: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let month = self.t(&format!("date-month-{}", day.month()));
        self.f(
            "date-long",
            &[
                ("day", Arg::Count(u64::from(day.day()))),
                ("month", Arg::Text(&month)),
                ("year", Arg::Text(&day.year().to_string())),
            ],
        )
    }

    /// Items joined one after another with the language's comma, no "and".
    pub fn comma_list<I, S>(&self, items: I) -> String
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut items = items.into_iter();
        let Some(first) = items.next() else {
            return String::new();
        };
        items.fold(first.as_ref().to_string(), |head, next| {
            self.f(
                "list-comma",
                &[
                    ("first", Arg::Text(&head)),
                    ("next", Arg::Text(next.as_ref())),
                ],
            )
        })
    }

    /// Items joined as the language lists them: "rent, council tax and college".
    pub fn and_list<I, S>(&self, items: I) -> String
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let items: Vec<S> = items.into_iter().collect();
        let Some((last, init)) = items.split_last() else {
            return String::new();
        };
        let Some((first, middle)) = init.split_first() else {
            return last.as_ref().to_string();
        };
        let mut head = first.as_ref().to_string();
        for next in middle {
            head = self.f(
                "list-comma",
                &[
                    ("first", Arg::Text(&head)),
                    ("next", Arg::Text(next.as_ref())),
                ],
            );
        }
        self.f(
            "list-and",
            &[
                ("first", Arg::Text(&head)),
                ("last", Arg::Text(last.as_ref())),
            ],
        )
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
