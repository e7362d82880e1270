//! Words the public pages (other than compare) share, in the reader's language: dates, ages,
//! age bands, an offer's status, lists. They stand in for the English helpers of
//! `crate::view` on these pages.

use atlas_shared::words::{Arg, Locale};

use crate::view::AgeBand;

/// "Ages 18 to 25", or "Age 18" for one year.
pub fn ages(locale: &Locale, from: u8, to: u8) -> String {
    let (f, t) = (from.to_string(), to.to_string());
    if from == to {
        locale.f("offers-age", &[("age", Arg::Text(&f))])
    } else {
        locale.f(
            "offers-ages",
            &[("from", Arg::Text(&f)), ("to", Arg::Text(&t))],
        )
    }
}

/// "Aged 16 to 17", an age band's name.
pub fn band(locale: &Locale, band: AgeBand) -> String {
    let (f, t) = band.ages();
    let (f, t) = (f.to_string(), t.to_string());
    locale.f(
        "offers-band",
        &[("from", Arg::Text(&f)), ("to", Arg::Text(&t))],
    )
}

/// "3 results for “rent”", said when results arrive.
pub fn results(locale: &Locale, total: usize, q: &str) -> String {
    let q = q.trim();
    if q.is_empty() {
        locale.f("search-results", &[("count", total.into())])
    } else {
        locale.f(
            "search-results-for",
            &[("count", total.into()), ("query", Arg::Text(q))],
        )
    }
}

/// Whom an offer is for, in words, naming the council.
pub fn applies_to(locale: &Locale, applies: atlas_shared::AppliesTo, council: &str) -> String {
    use atlas_shared::AppliesTo;
    let id = match applies {
        AppliesTo::OwnCareLeaversAnywhere => "offer-for-own-anywhere",
        AppliesTo::OwnCareLeaversInArea => "offer-for-own-in-area",
        AppliesTo::AnyCareLeaverInArea => "offer-for-any-in-area",
        AppliesTo::Unstated => "offer-for-unstated",
    };
    locale.f(id, &[("council", Arg::Text(council))])
}

/// Whether a source is known only by a file name, so never named ("a council report").
pub fn source_is_file(source: &atlas_shared::Source) -> bool {
    let document = source.document.trim();
    document.is_empty()
        || document.to_ascii_lowercase().ends_with(".txt")
        || (!document.contains(' ') && document.contains('.'))
}
