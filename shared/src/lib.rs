//! The Offer Atlas domain: who owes what to a care leaver, and where.
//!
//! This crate holds the domain types (authorities, offers, partnerships, covenant
//! organisations and pledges), the controlled topic vocabulary, input validation with
//! field-level errors, and the API's request/response shapes. It does no I/O, so the
//! server, the server-rendered pages and the WebAssembly widget all share one copy of
//! every rule.

// Shipped code answers a failure with an error, never a panic; tests may unwrap.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod access;
pub mod api;
pub mod authority;
pub mod category;
pub mod circumstance;
pub mod compact;
pub mod compare;
pub mod consistency;
pub mod covenant;
pub mod coverage;
pub mod date;
pub mod error;
pub mod feed;
pub mod law;
pub mod map;
pub mod merge;
pub mod moderation;
pub mod offer;
mod organisation_index;
pub mod oruk;
pub mod partnership;
pub mod people;
pub mod place;
pub mod preview;
pub mod query;
pub mod registry;
pub mod retirement;
pub mod snapshot;
pub mod source;
pub mod spread;
pub mod spreadsheet;
pub mod topic;
pub mod validate;
pub mod value;
pub mod words;

pub use authority::{Authority, Contact, Tier};
pub use category::Category;
pub use circumstance::Circumstance;
pub use covenant::{Coverage, Organisation, OrganisationKind, Pledge, PledgeStatus};
pub use error::ErrorCode;
pub use offer::{
    AppliesTo, Basis, CouncilTaxTerms, Delivery, Offer, OfferContent, OfferInput, OfferStatus,
    Reach, Standing,
};
pub use partnership::{GuaranteeItem, GuaranteeStatus, Partnership, Standard};
pub use source::Source;
pub use topic::{Topic, TOPICS};
pub use validate::{FieldError, ValidationErrors};
pub use value::{Period, Value};

/// "a", "a and b", "a, b and c": a list as a sentence says it.
pub fn and_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<&str> = items.collect();
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Percent-encodes a path segment or a query parameter value: every byte but the
/// unreserved characters (letters, digits, `-`, `.`, `_`, `~`). The server's links and
/// the widget's requests both use it, so the two always address a record alike.
pub fn percent_encode(value: &str) -> String {
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

/// Youngest age covered by a Local Offer for care leavers.
pub const MIN_AGE: u8 = 16;
/// A day as people write it: "1 April 2023". Written out by hand rather than with
/// chrono's `format`, whose pattern engine would add kilobytes to every widget module.
pub fn long_date(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    format!(
        "{} {} {}",
        day.day(),
        MONTHS[day.month0() as usize % 12],
        day.year()
    )
}

/// "10 Aug 2020": a date in a list, where space is short.
pub fn short_date(day: chrono::NaiveDate) -> String {
    let long = long_date(day);
    let mut parts = long.splitn(3, ' ');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(d), Some(m), Some(y)) => format!("{d} {} {y}", m.get(..3).unwrap_or(m)),
        _ => long,
    }
}

/// Oldest age covered (care leavers are entitled to a Personal Adviser up to 25).
pub const MAX_AGE: u8 = 25;

#[cfg(test)]
mod tests {
    #[test]
    fn percent_encoding_keeps_only_unreserved_characters() {
        assert_eq!(super::percent_encode("a b&c/é"), "a%20b%26c%2F%C3%A9");
        assert_eq!(
            super::percent_encode("E06000054-x_y.z~"),
            "E06000054-x_y.z~"
        );
        assert_eq!(super::percent_encode("?#%+"), "%3F%23%25%2B");
    }

    #[test]
    fn long_dates_read_as_chrono_would_write_them() {
        let mut day = chrono::NaiveDate::from_ymd_opt(1999, 12, 25).unwrap();
        for _ in 0..400 {
            assert_eq!(super::long_date(day), day.format("%-d %B %Y").to_string());
            day = day + chrono::Days::new(29);
        }
    }
}
