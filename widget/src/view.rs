//! Pure helpers that turn API data into what the components show: words for each change
//! and status, money in pounds, grouping by category and age band, highlight pieces and
//! links. No rules about who owes what live here: those come ready-made from
//! `atlas_shared`.

use atlas_shared::compare::{Change, Entitlement, Row, Via};
use atlas_shared::value::Value;
use atlas_shared::{Category, Offer, OfferStatus, Period, MAX_AGE, MIN_AGE};

/// The short word shown on a row's badge. Always text: colour only repeats it.
pub fn change_label(change: Change) -> &'static str {
    match change {
        Change::Same => "Keep",
        Change::Gain => "Gain",
        Change::Loss => "Lose",
        Change::Better => "Better",
        Change::Worse => "Worse",
        Change::Ask => "Ask",
    }
}

/// One sentence saying what the change means for the young person.
pub fn change_sentence(change: Change) -> &'static str {
    match change {
        Change::Same => "You keep this if you move.",
        Change::Gain => "You get this only if you move.",
        Change::Loss => "You lose this if you move.",
        Change::Better => "You get more of this if you move.",
        Change::Worse => "You get less of this if you move.",
        Change::Ask => "Not certain. Ask before you move.",
    }
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
    }
}

/// A plain note for anything not running today; `None` when it is available.
pub fn status_note(status: OfferStatus) -> Option<&'static str> {
    match status {
        OfferStatus::Available => None,
        OfferStatus::Pilot => Some("Pilot – a trial that may not reach everyone"),
        OfferStatus::Planned => Some("Planned – not available yet"),
        OfferStatus::Ended => Some("Ended – no longer given"),
    }
}

/// Why an entitlement reaches the young person, in words.
pub fn via_text(via: Via) -> &'static str {
    match via {
        Via::Home => "from the council that looked after you",
        Via::Destination => "from the council where you would live",
        Via::Partnership => "a promise of the councils in the region",
        Via::Covenant => "a Care Leaver Covenant pledge",
    }
}

/// Pence as pounds: `£1,234` for whole pounds, `£12.50` otherwise.
pub fn pounds(pence: u64) -> String {
    let whole = pence / 100;
    let rest = pence % 100;
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if rest == 0 {
        format!("£{grouped}")
    } else {
        format!("£{grouped}.{rest:02}")
    }
}

fn period_text(per: Option<Period>) -> &'static str {
    match per {
        Some(Period::Once) => " once",
        Some(Period::Week) => " a week",
        Some(Period::Month) => " a month",
        Some(Period::Year) => " a year",
        None => "",
    }
}

/// What an entitlement is worth, in words, e.g. "£2,000 once" or "100% off".
pub fn value_text(value: &Value) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(p) = value.amount_pence {
        parts.push(format!("{}{}", pounds(p), period_text(value.per)));
    } else if let Some(n) = value.count {
        parts.push(format!("{n}{}", period_text(value.per)));
    }
    if let Some(pc) = value.percent {
        parts.push(format!("{pc}%"));
    }
    if let Some(note) = value.note.as_deref().filter(|n| !n.trim().is_empty()) {
        parts.push(note.trim().to_string());
    }
    parts.join(", ")
}

/// The money line of a summary: how much more or less a year moving means.
pub fn money_difference_text(difference: i64) -> String {
    let amount = pounds(difference.unsigned_abs());
    match difference {
        0 => "The same money each year.".to_string(),
        d if d > 0 => format!("{amount} more each year if you move."),
        _ => format!("{amount} less each year if you move."),
    }
}

/// Rows grouped under their categories, categories in the fixed order of
/// [`Category::ALL`], rows in the order the comparison gave them. Empty groups are left out.
pub fn rows_by_category(rows: &[Row]) -> Vec<(Category, Vec<&Row>)> {
    Category::ALL
        .iter()
        .map(|c| (*c, rows.iter().filter(|r| r.category == *c).collect::<Vec<_>>()))
        .filter(|(_, rs)| !rs.is_empty())
        .collect()
}

/// The age bands offers are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgeBand {
    From16To17,
    From18To20,
    From21To25,
}

impl AgeBand {
    pub const ALL: [AgeBand; 3] = [AgeBand::From16To17, AgeBand::From18To20, AgeBand::From21To25];

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

/// "Ages 18 to 25", or "Age 18" for one year.
pub fn ages_text(from: u8, to: u8) -> String {
    if from == to {
        format!("Age {from}")
    } else {
        format!("Ages {from} to {to}")
    }
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

/// Percent-encodes a query parameter value (everything but unreserved characters).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

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

/// The server-rendered page of one council's offers.
pub fn authority_page_url(base: &str, code: &str) -> String {
    join(base, &format!("/authorities/{}", encode(code)))
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
