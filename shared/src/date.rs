//! Calendar days as the API writes them: `YYYY-MM-DD`, exactly (four, two and two digits),
//! as the API document's `format: date` says.
//!
//! Read by hand rather than with chrono's parser: its pattern engine (every strftime item,
//! RFC 2822 and 3339) is some 15 KB of every widget module that decodes a date.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

/// A day written exactly as `YYYY-MM-DD` that exists in the calendar.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range]
            .iter()
            .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'))
    };
    let year = i32::try_from(number(0..4)).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7), number(8..10))
}

/// Deserializes an optional day with [`parse`]; use with `#[serde(default,
/// deserialize_with = "crate::date::optional")]` (a missing field is `None`).
pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(text) => parse(&text).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format_args!("`{text}` is not a day written as YYYY-MM-DD"))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_real_days_in_full() {
        assert_eq!(parse("2026-02-28"), NaiveDate::from_ymd_opt(2026, 2, 28));
        assert_eq!(parse("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-05",
            "26-01-05",
            "2026/01/05",
            "2026-01-05T00:00:00Z",
            " 2026-01-05",
            "",
            "२०२६-०१-०५",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn deserializes_optional_days_and_names_bad_ones() {
        #[derive(Deserialize)]
        struct Holder {
            #[serde(default, deserialize_with = "optional")]
            day: Option<NaiveDate>,
        }
        let read = |json: &str| serde_json::from_str::<Holder>(json).map(|h| h.day);
        assert_eq!(read(r#"{}"#).unwrap(), None);
        assert_eq!(read(r#"{"day":null}"#).unwrap(), None);
        assert_eq!(
            read(r#"{"day":"2023-04-01"}"#).unwrap(),
            NaiveDate::from_ymd_opt(2023, 4, 1)
        );
        let err = read(r#"{"day":"1 April 2023"}"#).unwrap_err().to_string();
        assert!(err.contains("YYYY-MM-DD"), "{err}");
    }
}
