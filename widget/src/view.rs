//! Pure helpers that turn API data into what the components show: words for each change
//! and status, money in pounds, grouping by category and age band, highlight pieces and
//! links. No rules about who owes what live here: those come ready-made from
//! `atlas_shared`.

use atlas_shared::compare::{AsOf, Change, Entitlement, MoneyTotals, Row, Summary, Via};
use atlas_shared::value::Value;
use atlas_shared::words::{Arg, Locale};
use atlas_shared::{Category, Contact, Offer, OfferStatus, Source, MAX_AGE, MIN_AGE};
use chrono::{Datelike, NaiveDate};

/// The short word shown on a row's badge, in the reader's language. Always text: colour
/// only repeats it.
pub fn change_word(locale: &Locale, change: Change) -> String {
    locale.f("change-label", &[("change", change.slug().into())])
}

/// One sentence saying what the change means for the young person.
pub fn change_sentence(locale: &Locale, change: Change) -> String {
    locale.f("change-sentence", &[("change", change.slug().into())])
}

/// The CSS class that colours a change (the text says the same thing).
pub fn change_class(change: Change) -> &'static str {
    match change {
        Change::Same => "keep",
        Change::Gain => "gain",
        Change::Loss => "lose",
        Change::Better => "better",
        Change::Worse => "worse",
        Change::Ask => "ask",
        Change::Depends => "depends",
    }
}

/// A plain note for anything not running today, in the reader's language; `None` when it
/// is available.
pub fn status_note_in(locale: &Locale, status: OfferStatus) -> Option<String> {
    let slug = match status {
        OfferStatus::Available => return None,
        OfferStatus::Pilot => "pilot",
        OfferStatus::Planned => "planned",
        OfferStatus::Ended => "ended",
    };
    Some(locale.f("status-note", &[("status", slug.into())]))
}

/// Why an entitlement reaches the young person, in words.
pub fn via_text(locale: &Locale, via: Via) -> String {
    let via = match via {
        Via::Home => "home",
        Via::Destination => "destination",
        Via::Partnership => "partnership",
        Via::Covenant => "covenant",
        Via::Law => "law",
    };
    locale.f("compare-via", &[("via", via.into())])
}

pub use atlas_shared::value::pounds;

/// What an entitlement is worth, in the reader's language (the note stays as written).
pub fn value_text_in(locale: &Locale, value: &Value) -> String {
    value.describe_in(locale)
}

/// [`value_text_in`] as markup: the publisher's note, which stays as written, marked as
/// English inside the words of ours ("£1,000 a year, paid in instalments").
pub fn value_html(locale: &Locale, value: &Value) -> yew::Html {
    use yew::html;
    let note = value
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    match note {
        None => html! { { value.describe_in(locale) } },
        Some(note) if value.is_own_words() => html! { <span lang="en">{ note }</span> },
        Some(note) => {
            let ours = Value {
                note: None,
                ..value.clone()
            }
            .describe_in(locale);
            // The note's place in the language's order of the two parts.
            const MARK: &str = "\u{E000}";
            let both = locale.f(
                "value-and",
                &[("a", Arg::Text(&ours)), ("b", Arg::Text(MARK))],
            );
            let (before, after) = both.split_once(MARK).unwrap_or((both.as_str(), ""));
            html! { <>{ before.to_string() }<span lang="en">{ note }</span>{ after.to_string() }</> }
        }
    }
}

/// The sign of a difference, as the catalogue's selectors name it.
fn direction(difference: i64) -> &'static str {
    match difference {
        0 => "same",
        d if d > 0 => "more",
        _ => "less",
    }
}

/// The money line of a summary: how much more or less a year moving means.
pub fn money_difference_text(locale: &Locale, difference: i64) -> String {
    let amount = pounds(difference.unsigned_abs());
    locale.f(
        "money-difference-year",
        &[
            ("direction", direction(difference).into()),
            ("amount", (&amount).into()),
        ],
    )
}

/// The first line of a comparison: what certainly changes, in one sentence.
pub fn certain_summary(locale: &Locale, s: &Summary) -> String {
    let mut parts = Vec::new();
    // Whole topics lost, and things that stop inside topics still to ask about.
    let lost = s.loss + s.lost_in_asks;
    for (id, n) in [
        ("compare-certain-lose", lost),
        ("compare-certain-less", s.worse),
        ("compare-certain-gain", s.gain),
        ("compare-certain-more", s.better),
    ] {
        if n > 0 {
            parts.push(locale.f(id, &[("count", n.into())]));
        }
    }
    if parts.is_empty() {
        locale.t("compare-certain-nothing")
    } else {
        let list = locale.and_list(&parts);
        locale.f("compare-certain", &[("changes", (&list).into())])
    }
}

/// The money lines of a summary: a year's regular payments and one-off grants, each side.
pub fn money_lines(locale: &Locale, s: &Summary) -> Vec<String> {
    let line = |id: &str, m: &MoneyTotals, difference: String| {
        locale.f(
            id,
            &[
                ("stay", (&pounds(m.stay)).into()),
                ("moving", (&pounds(m.moving)).into()),
                ("difference", (&difference).into()),
            ],
        )
    };
    let mut lines = Vec::new();
    if let Some(m) = &s.money_per_year_pence {
        lines.push(line(
            "money-year-sides",
            m,
            money_difference_text(locale, m.difference),
        ));
    }
    if let Some(m) = &s.money_once_pence {
        let amount = pounds(m.difference.unsigned_abs());
        let difference = locale.f(
            "money-difference-once",
            &[
                ("direction", direction(m.difference).into()),
                ("amount", (&amount).into()),
            ],
        );
        lines.push(line("money-once-sides", m, difference));
    }
    lines
}

/// What a row's firm entitlements are worth on the side that matters: what you lose, what
/// you gain, or both sides when they compare. `None` when no amount is stated.
pub fn row_value_text(locale: &Locale, row: &Row) -> Option<String> {
    let first = |side: &mut dyn Iterator<Item = &Entitlement>| {
        side.filter(|e| e.is_firm()).find_map(|e| {
            e.value
                .as_ref()
                .map(|v| value_text_in(locale, v))
                .filter(|v| !v.is_empty())
        })
    };
    match row.change {
        Change::Loss => first(&mut row.if_staying()),
        Change::Gain => first(&mut row.if_moving()),
        Change::Better | Change::Worse => {
            match (first(&mut row.if_staying()), first(&mut row.if_moving())) {
                (Some(a), Some(b)) => Some(format!("{a} → {b}")),
                (a, b) => a.or(b),
            }
        }
        Change::Same | Change::Ask | Change::Depends => None,
    }
}

/// A citation in words: "Walsall Local Offer 2020, section 2.4, 10 August 2020". A
/// document known only by a file name (a seed's "001_b4b6f27fa2511586.txt") is never
/// named: "a council report, 10 August 2020, section 2.4".
pub fn source_text(source: &Source) -> String {
    source_text_in(&Locale::default(), source)
}

/// [`source_text`] in the reader's language (the document's name stays as written).
pub fn source_text_in(locale: &Locale, source: &Source) -> String {
    let parts: Vec<String> = source_parts(locale, source)
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    parts.join(", ")
}

/// The parts of [`source_text_in`], each with whether it is the publisher's own words
/// (a document's name, a section), to be marked as English.
pub fn source_parts(locale: &Locale, source: &Source) -> Vec<(String, bool)> {
    let document = source.document.trim();
    let is_file = document.is_empty()
        || document.to_ascii_lowercase().ends_with(".txt")
        || (!document.contains(' ') && document.contains('.'));
    let locator = source.locator.trim();
    let mut parts: Vec<(String, bool)> = Vec::new();
    if is_file {
        parts.push((locale.t("compare-source-report"), false));
        if let Some(date) = source.date {
            parts.push((locale.date(date), false));
        }
        if !locator.is_empty() {
            parts.push((locator.to_string(), true));
        }
    } else {
        parts.push((document.to_string(), true));
        if !locator.is_empty() {
            parts.push((locator.to_string(), true));
        }
        if let Some(date) = source.date {
            parts.push((locale.date(date), false));
        }
    }
    parts
}

/// Older than this, a council's offer may have changed: the answer says to check.
pub const STALE_DAYS: i64 = 730;

/// How old a side's source is: "Wiltshire's offer: from a 2018 source"; for web pages
/// that show no date, when we read them; or that we do not hold the council's own offer.
pub fn as_of_text(locale: &Locale, a: &AsOf) -> String {
    let council = ("council", Arg::Text(&a.name));
    match a.date {
        Some(d) if a.undated => {
            let date = locale.date(d);
            locale.f(
                "compare-asof-undated",
                &[council, ("date", Arg::Text(&date))],
            )
        }
        Some(d) => {
            let year = d.year().to_string();
            locale.f("compare-asof-year", &[council, ("year", Arg::Text(&year))])
        }
        None => locale.f("compare-asof-none", &[council]),
    }
}

/// Whether a council's held offer is older than two years on `today`.
pub fn as_of_is_stale(a: &AsOf, today: NaiveDate) -> bool {
    a.date
        .is_some_and(|d| atlas_shared::offer::is_stale(d, today, STALE_DAYS))
}

/// Abbreviations a care leaver may not know, with the words that come before them when
/// written out, and the whole written-out form: the first use on a page is written out.
pub const ABBREVIATIONS: [(&str, &str, &str); 2] = [
    ("PA", "Personal Adviser", "Personal Adviser (PA)"),
    (
        "CAMHS",
        "CAMHS",
        "CAMHS (children\u{2019}s mental health services)",
    ),
];

/// Writes out each abbreviation in `text` the first time the page uses it (`seen` keeps
/// which the page has explained). Only whole words are abbreviations.
pub fn explain_abbreviations(text: &str, seen: &mut Vec<&'static str>) -> String {
    let mut out = text.to_string();
    for (short, head, long) in ABBREVIATIONS {
        if seen.contains(&short) {
            continue;
        }
        if let Some(at) = find_word(&out, short) {
            seen.push(short);
            // Already explained here ("Personal Adviser (PA)", "CAMHS (…)"): nothing to add.
            let before = out[..at].strip_suffix(" (").unwrap_or("");
            let explained =
                before.ends_with(head) || out.as_bytes()[at + short.len()..].starts_with(b" (");
            if !explained {
                out = [&out[..at], long, &out[at + short.len()..]].concat();
            }
        }
    }
    out
}

/// Where `word` (ASCII) first stands as a whole word in `text` (byte offset).
fn find_word(text: &str, word: &str) -> Option<usize> {
    let (bytes, w) = (text.as_bytes(), word.as_bytes());
    let is_word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
    (0..(bytes.len() + 1).saturating_sub(w.len())).find(|&at| {
        &bytes[at..at + w.len()] == w
            && !is_word(at.checked_sub(1).and_then(|i| bytes.get(i)))
            && !is_word(bytes.get(at + w.len()))
    })
}

/// Edits (insertions, deletions, substitutions) between two strings, by characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Councils whose name the person may have meant: names that start with what they typed,
/// then names at most two edits from it (any case), nearest first, at most three. Nothing
/// for an exact name or code, or for fewer than three letters.
pub fn suggest_councils<'a>(
    typed: &str,
    councils: &'a [atlas_shared::Authority],
) -> Vec<&'a atlas_shared::Authority> {
    let t = typed.trim().to_ascii_lowercase();
    if t.len() < 3 || find_council(&t, councils).is_some() {
        return Vec::new();
    }
    let distance = |a: &atlas_shared::Authority| {
        let name = a.name.to_ascii_lowercase();
        if name.starts_with(&t) {
            return 0;
        }
        // A misspelt start of a long name counts too ("Wiltshr" for Wiltshire).
        let start = name.get(..t.len()).unwrap_or(&name);
        edit_distance(&t, &name).min(edit_distance(&t, start) + 1)
    };
    let distances: Vec<usize> = councils.iter().map(distance).collect();
    // Nearest first, in the list's order within a distance (no sort: it is three names).
    let mut found = Vec::new();
    for d in 0..=2 {
        for (a, _) in councils.iter().zip(&distances).filter(|(_, x)| **x == d) {
            if found.len() < 3 {
                found.push(a);
            }
        }
    }
    found
}

/// How to reach whom to ask: a phone, an email and a web page, each as a link.
pub fn contact_links(locale: &Locale, c: &Contact) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(p) = c.phone.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        let digits: String = p
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        out.push((
            format!("tel:{digits}"),
            locale.f("compare-contact-phone", &[("phone", p.into())]),
        ));
    }
    if let Some(e) = c.email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
        out.push((
            format!("mailto:{e}"),
            locale.f("compare-contact-email", &[("email", e.into())]),
        ));
    }
    if let Some(w) = c.web.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
        out.push((w.to_string(), locale.t("compare-contact-web")));
    }
    out
}

pub use atlas_shared::{long_date, short_date};

/// The age bands offers are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgeBand {
    From16To17,
    From18To20,
    From21To25,
}

impl AgeBand {
    pub const ALL: [AgeBand; 3] = [
        AgeBand::From16To17,
        AgeBand::From18To20,
        AgeBand::From21To25,
    ];

    /// The band's name in the reader's language: "Aged 16 to 17".
    pub fn name(self, locale: &atlas_shared::words::Locale) -> String {
        let (from, to) = self.ages();
        locale.age_band(from, to)
    }

    /// First and last age of the band (inclusive).
    pub fn ages(self) -> (u8, u8) {
        match self {
            AgeBand::From16To17 => (16, 17),
            AgeBand::From18To20 => (18, 20),
            AgeBand::From21To25 => (21, 25),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AgeBand::From16To17 => "Aged 16 to 17",
            AgeBand::From18To20 => "Aged 18 to 20",
            AgeBand::From21To25 => "Aged 21 to 25",
        }
    }

    /// The value used in forms and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            AgeBand::From16To17 => "16-17",
            AgeBand::From18To20 => "18-20",
            AgeBand::From21To25 => "21-25",
        }
    }

    pub fn from_slug(slug: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|b| b.slug() == slug)
    }

    /// Whether an offer for ages `from..=to` covers anyone in this band.
    pub fn overlaps(self, from: u8, to: u8) -> bool {
        let (lo, hi) = self.ages();
        from <= hi && lo <= to
    }
}

/// The bands an offer covers.
pub fn bands_of(offer: &Offer) -> Vec<AgeBand> {
    AgeBand::ALL
        .into_iter()
        .filter(|b| b.overlaps(offer.content.age_from, offer.content.age_to))
        .collect()
}

/// Offers grouped by category (in [`Category::ALL`] order), keeping only those covering
/// someone in `band` when a band is given. Within a category, offers keep their order.
pub fn offers_by_category(offers: &[Offer], band: Option<AgeBand>) -> Vec<(Category, Vec<&Offer>)> {
    Category::ALL
        .iter()
        .map(|c| {
            let list = offers
                .iter()
                .filter(|o| o.content.category == *c)
                .filter(|o| band.is_none_or(|b| b.overlaps(o.content.age_from, o.content.age_to)))
                .collect::<Vec<_>>();
            (*c, list)
        })
        .filter(|(_, os)| !os.is_empty())
        .collect()
}

/// The ages a person can choose.
pub fn ages() -> impl Iterator<Item = u8> {
    MIN_AGE..=MAX_AGE
}

/// Splits a highlight's text into pieces, each marked or not, following `ranges`
/// (character offsets, `[start, end)`). Ranges out of bounds, empty, reversed or
/// overlapping are clamped or merged, so any input gives sensible pieces.
pub fn highlight_pieces(text: &str, ranges: &[[usize; 2]]) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    let mut spans: Vec<(usize, usize)> = ranges
        .iter()
        .map(|[s, e]| ((*s).min(len), (*e).min(len)))
        .filter(|(s, e)| s < e)
        .collect();
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e) in merged {
        if at < s {
            out.push((chars[at..s].iter().collect(), false));
        }
        out.push((chars[s..e].iter().collect(), true));
        at = e;
    }
    if at < len {
        out.push((chars[at..].iter().collect(), false));
    }
    out
}

/// Percent-encodes a query parameter value or a path segment (the shared rule).
pub use atlas_shared::percent_encode as encode;

/// Joins a base URL (may be empty for the same site) and a path, without a double slash.
pub fn join(base: &str, path: &str) -> String {
    format!("{}{}", base.trim_end_matches('/'), path)
}

/// The server-rendered comparison page: what the widget shares and links to when
/// JavaScript is off. Only the councils and the age go in it: nothing else personal.
pub fn compare_page_url(base: &str, from: Option<&str>, to: &str, age: Option<u8>) -> String {
    let mut url = join(base, "/compare?");
    if let Some(f) = from.filter(|f| !f.is_empty()) {
        url.push_str(&format!("from={}&", encode(f)));
    }
    url.push_str(&format!("to={}", encode(to)));
    if let Some(a) = age {
        url.push_str(&format!("&age={a}"));
    }
    url
}

/// The printable questions for a comparison (no JavaScript needed).
pub fn questions_page_url(base: &str, from: &str, to: &str, age: u8) -> String {
    join(
        base,
        &format!(
            "/compare/questions?from={}&to={}&age={age}",
            encode(from),
            encode(to)
        ),
    )
}

/// What a comparison said about the person beyond councils and age, as query
/// parameters ("&circumstances=a,b&district=E07000130"), for links that return to the
/// same answer on the same site (never for a link to share).
fn situation_query(c: &atlas_shared::compare::Comparison) -> String {
    let mut q = String::new();
    if !c.circumstances.is_empty() {
        let list: Vec<&str> = c.circumstances.iter().map(|x| x.slug()).collect();
        q.push_str(&format!("&circumstances={}", encode(&list.join(","))));
    }
    if let Some(d) = &c.district {
        q.push_str(&format!("&district={}", encode(&d.code)));
    }
    q
}

/// The questions page for exactly this comparison: its councils, age, circumstances and
/// district.
pub fn questions_page_url_for(base: &str, c: &atlas_shared::compare::Comparison) -> String {
    questions_page_url(base, &c.from.code, &c.to.code, c.age) + &situation_query(c)
}

/// The comparison page for exactly this comparison (the questions page's way back).
pub fn compare_page_url_for(base: &str, c: &atlas_shared::compare::Comparison) -> String {
    compare_page_url(base, Some(&c.from.code), &c.to.code, Some(c.age)) + &situation_query(c)
}

/// The server-rendered page of one offer, with its source and history.
pub fn offer_page_url(base: &str, id: &str) -> String {
    join(base, &format!("/offers/{}", encode(id)))
}

/// The server-rendered page of one council's offers.
pub fn authority_page_url(base: &str, code: &str) -> String {
    join(base, &format!("/authorities/{}", encode(code)))
}

/// The search page listing every covenant pledge on a topic (a comparison lists a few).
pub fn pledge_search_url(base: &str, topic: &str) -> String {
    join(
        base,
        &format!("/search?type=pledge&topic={}", encode(topic)),
    )
}

/// The server-rendered search page.
pub fn search_page_url(base: &str, q: &str, category: Option<Category>) -> String {
    let mut url = join(base, &format!("/search?q={}", encode(q)));
    if let Some(c) = category {
        url.push_str(&format!("&category={}", c.slug()));
    }
    url
}

/// Whether an entitlement has something the person should go and ask about.
pub fn ask_text(e: &Entitlement) -> Option<&str> {
    e.ask.as_deref().filter(|a| !a.trim().is_empty())
}

/// Finds the council a person typed: an exact name or code (any case, extra spaces
/// ignored). Returns the code.
pub fn find_council<'a>(
    typed: &str,
    councils: &'a [atlas_shared::Authority],
) -> Option<&'a atlas_shared::Authority> {
    let t = typed.trim();
    if t.is_empty() {
        return None;
    }
    councils
        .iter()
        .find(|a| a.name.eq_ignore_ascii_case(t) || a.code.eq_ignore_ascii_case(t))
}

pub use atlas_shared::and_list;

/// "3 results for “rent”", said when results arrive.
pub fn results_text(total: usize, q: &str) -> String {
    let q = q.trim();
    let n = match total {
        0 => "No results".to_string(),
        1 => "1 result".to_string(),
        n => format!("{n} results"),
    };
    if q.is_empty() {
        n
    } else {
        format!("{n} for “{q}”")
    }
}

/// Said under a side of a row when some covenant pledges are counted but not listed.
pub fn more_pledges_text(locale: &Locale, n: usize) -> String {
    locale.f("compare-more-pledges", &[("count", n.into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_shared::Period;

    #[test]
    fn every_change_has_a_word_not_just_a_colour() {
        let all = [
            Change::Same,
            Change::Gain,
            Change::Loss,
            Change::Better,
            Change::Worse,
            Change::Ask,
            Change::Depends,
        ];
        let en = Locale::default();
        let words: Vec<String> = all.iter().map(|c| change_word(&en, *c)).collect();
        assert_eq!(
            words,
            ["Keep", "Gain", "Lose", "Better", "Worse", "Ask", "Depends"]
        );
        for c in all {
            assert!(change_sentence(&en, c).ends_with('.'));
            assert!(!change_class(c).is_empty());
        }
    }

    #[test]
    fn statuses_are_said_plainly() {
        let en = Locale::default();
        assert_eq!(status_note_in(&en, OfferStatus::Available), None);
        assert_eq!(
            status_note_in(&en, OfferStatus::Planned).as_deref(),
            Some("Planned – not available yet")
        );
        assert!(status_note_in(&en, OfferStatus::Pilot).is_some_and(|s| s.starts_with("Pilot")));
    }

    #[test]
    fn money_reads_as_pounds() {
        assert_eq!(pounds(0), "£0");
        assert_eq!(pounds(1_200), "£12");
        assert_eq!(pounds(1_250), "£12.50");
        assert_eq!(pounds(123_456_700), "£1,234,567");
        assert_eq!(pounds(100_000), "£1,000");
        let en = Locale::default();
        assert_eq!(
            money_difference_text(&en, -50_000),
            "£500 less each year if you move."
        );
        assert_eq!(
            money_difference_text(&en, 2_000),
            "£20 more each year if you move."
        );
        assert_eq!(money_difference_text(&en, 0), "The same money each year.");
        let v = Value {
            loan: false,
            up_to: false,
            amount_pence: Some(200_000),
            per: Some(Period::Once),
            count: None,
            percent: None,
            note: Some(" paid in two parts ".into()),
        };
        assert_eq!(value_text_in(&en, &v), "£2,000, paid in two parts");
    }

    #[test]
    fn age_bands_overlap_offer_ranges() {
        assert!(AgeBand::From16To17.overlaps(16, 25));
        assert!(!AgeBand::From16To17.overlaps(18, 25));
        assert!(AgeBand::From18To20.overlaps(20, 21));
        assert!(AgeBand::From21To25.overlaps(21, 21));
        assert!(!AgeBand::From21To25.overlaps(16, 20));
        for b in AgeBand::ALL {
            assert_eq!(AgeBand::from_slug(b.slug()), Some(b));
        }
        assert_eq!(AgeBand::from_slug("99"), None);
    }

    #[test]
    fn highlights_split_into_marked_pieces_whatever_the_ranges() {
        let p = highlight_pieces("help with rent", &[[10, 14]]);
        assert_eq!(
            p,
            vec![
                ("help with ".to_string(), false),
                ("rent".to_string(), true)
            ]
        );
        // Characters, not bytes; overlapping, reversed and out-of-range ranges are safe.
        let p = highlight_pieces("café rent", &[[3, 4], [2, 4], [7, 3], [5, 99]]);
        assert_eq!(
            p,
            vec![
                ("ca".to_string(), false),
                ("fé".to_string(), true),
                (" ".to_string(), false),
                ("rent".to_string(), true)
            ]
        );
        assert!(highlight_pieces("", &[[0, 5]]).is_empty());
    }

    #[test]
    fn share_link_holds_only_the_councils_and_the_age() {
        assert_eq!(
            compare_page_url(
                "https://atlas.example/",
                Some("E08000030"),
                "E06000054",
                Some(19)
            ),
            "https://atlas.example/compare?from=E08000030&to=E06000054&age=19"
        );
        assert_eq!(
            compare_page_url("", None, "E06000054", None),
            "/compare?to=E06000054"
        );
        assert_eq!(encode("a b&c/é"), "a%20b%26c%2F%C3%A9");
        assert_eq!(
            search_page_url("", "rent help", Some(Category::Money)),
            "/search?q=rent%20help&category=money"
        );
    }

    #[test]
    fn dates_read_as_words() {
        let day = chrono::NaiveDate::from_ymd_opt(2020, 8, 10).unwrap();
        assert_eq!(long_date(day), "10 August 2020");
        assert_eq!(short_date(day), "10 Aug 2020");
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(long_date(day), day.format("%-d %B %Y").to_string());
        assert_eq!(short_date(day), day.format("%-d %b %Y").to_string());
    }

    #[test]
    fn and_list_and_results_read_well() {
        assert_eq!(and_list(["a"].into_iter()), "a");
        assert_eq!(and_list(["a", "b", "c"].into_iter()), "a, b and c");
        assert_eq!(results_text(0, "x"), "No results for “x”");
        assert_eq!(results_text(1, " "), "1 result");
        assert_eq!(results_text(3, "rent"), "3 results for “rent”");
    }

    fn council(code: &str, name: &str) -> atlas_shared::Authority {
        serde_json::from_value(serde_json::json!({
            "code": code, "name": name, "tier": "unitary", "parent": null,
            "website": null, "offer_url": null
        }))
        .expect("an authority")
    }

    #[test]
    fn misspelt_council_names_suggest_the_nearest() {
        let list = [
            council("E08000030", "Walsall"),
            council("E06000054", "Wiltshire"),
            council("E08000009", "Trafford"),
            council("E08000025", "Birmingham"),
        ];
        let names = |typed: &str| -> Vec<String> {
            suggest_councils(typed, &list)
                .into_iter()
                .map(|a| a.name.clone())
                .collect()
        };
        assert_eq!(names("Walsal"), ["Walsall"]);
        assert_eq!(names("wilts"), ["Wiltshire"]);
        assert_eq!(names("Trafrod"), ["Trafford"]);
        assert_eq!(names("Wlsall"), ["Walsall"]);
        // Exact names and codes need no suggestion; nonsense gets none.
        assert!(names("walsall").is_empty());
        assert!(names("E08000030").is_empty());
        assert!(names("Zzzzzz").is_empty());
        assert!(names("wa").is_empty());
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("walsal", "walsall"), 1);
    }

    #[test]
    fn seed_file_names_are_never_shown_as_a_source() {
        let day = chrono::NaiveDate::from_ymd_opt(2020, 8, 10);
        let seed = Source {
            document: "001_b4b6f27fa2511586.txt".into(),
            locator: "section 2.3".into(),
            url: None,
            date: day,
            read: None,
        };
        assert_eq!(
            source_text(&seed),
            "a council report, 10 August 2020, section 2.3"
        );
        let named = Source {
            document: "Walsall Local Offer 2020".into(),
            ..seed
        };
        assert_eq!(
            source_text(&named),
            "Walsall Local Offer 2020, section 2.3, 10 August 2020"
        );
    }

    #[test]
    fn abbreviations_are_written_out_once_and_only_as_words() {
        let mut seen = Vec::new();
        assert_eq!(
            explain_abbreviations("Ask your PA about PAYE.", &mut seen),
            "Ask your Personal Adviser (PA) about PAYE."
        );
        assert_eq!(
            explain_abbreviations("Your PA again.", &mut seen),
            "Your PA again."
        );
        assert_eq!(
            explain_abbreviations("CAMHS sees you.", &mut seen),
            "CAMHS (children\u{2019}s mental health services) sees you."
        );
        let mut fresh = Vec::new();
        assert_eq!(
            explain_abbreviations("Your Personal Adviser (PA) helps.", &mut fresh),
            "Your Personal Adviser (PA) helps."
        );
        assert_eq!(fresh, ["PA"]);
    }

    #[test]
    fn a_source_older_than_two_years_is_stale() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let mut a = AsOf {
            code: "E06000054".into(),
            name: "Wiltshire".into(),
            date: chrono::NaiveDate::from_ymd_opt(2018, 5, 1),
            undated: false,
            offer_url: None,
        };
        assert_eq!(
            as_of_text(&Locale::default(), &a),
            "Wiltshire's offer: from a 2018 source"
        );
        assert!(as_of_is_stale(&a, today));
        a.date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1);
        assert!(!as_of_is_stale(&a, today));
        a.undated = true;
        assert_eq!(
            as_of_text(&Locale::default(), &a),
            "Wiltshire's offer: from its web pages as we read them on 1 January 2026 (they show no date)"
        );
        a.date = None;
        assert_eq!(
            as_of_text(&Locale::default(), &a),
            "We do not hold Wiltshire's own offer"
        );
        assert!(!as_of_is_stale(&a, today));
    }

    #[test]
    fn contacts_are_links() {
        let c = Contact {
            phone: Some("01922 650 000".into()),
            email: Some("care.leavers@walsall.gov.uk".into()),
            web: None,
            source: None,
        };
        let links = contact_links(&Locale::default(), &c);
        assert_eq!(links[0].0, "tel:01922650000");
        assert_eq!(links[1].0, "mailto:care.leavers@walsall.gov.uk");
        assert_eq!(links.len(), 2);
    }
}
