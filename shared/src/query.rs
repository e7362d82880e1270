//! Query strings: the one set of rules every route's parameters follow, and the parsing of
//! the values they carry (ages, circumstances, numbers, dates), so that the server, its
//! pages and anyone else read them alike.
//!
//! - An unknown parameter, or one given twice, is refused, naming it.
//! - An empty value is the same as leaving the parameter out (a plain HTML form sends
//!   every field, filled in or not).
//! - A value of the wrong form, out of range, or naming something that does not exist is
//!   refused, naming the parameter. All of these are `invalid_parameter` (400).

use chrono::NaiveDate;

use crate::circumstance::Circumstance;
use crate::error::ErrorCode;
use crate::{MAX_AGE, MIN_AGE};

/// Most characters a parameter's value may have (a search query has its own, lower, limit).
pub const MAX_VALUE_CHARS: usize = 512;
/// Most circumstances one request may list.
pub const MAX_CIRCUMSTANCES: usize = Circumstance::ASKED.len();

/// A problem with one query parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    /// The parameter at fault (empty when the query string itself could not be read).
    pub field: String,
    pub message: String,
}

impl QueryError {
    pub fn new(field: &str, message: impl Into<String>) -> QueryError {
        QueryError {
            field: field.to_string(),
            message: message.into(),
        }
    }

    /// Always `invalid_parameter`: see the module doc.
    pub fn code(&self) -> ErrorCode {
        ErrorCode::InvalidParameter
    }
}

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// A route's parameters, checked against the names it accepts.
#[derive(Debug, Clone, Default)]
pub struct Query<'a> {
    values: Vec<(&'a str, &'a str)>,
}

/// Refuses names not in `allowed` and overlong values, but lets a name come more than
/// once: a page's form sends one parameter per ticked box.
pub fn check_names(pairs: &[(String, String)], allowed: &[&str]) -> Result<(), QueryError> {
    pairs
        .iter()
        .try_for_each(|(name, value)| check_pair(name, value, allowed))
}

/// The parameter that names the reader's language (`lang=ar`). Every route takes it, so a
/// link keeps its language wherever it leads; a route with no words to show ignores it.
pub const LANG: &str = "lang";

/// One parameter: a name in `allowed` (or [`LANG`]) and a value of sane length.
fn check_pair(name: &str, value: &str, allowed: &[&str]) -> Result<(), QueryError> {
    if name != LANG && !allowed.contains(&name) {
        let shown: String = name.chars().take(64).collect();
        return Err(QueryError::new(
            &shown,
            format!("Unknown parameter '{shown}'."),
        ));
    }
    if value.chars().count() > MAX_VALUE_CHARS {
        return Err(QueryError::new(
            name,
            format!("'{name}' is longer than {MAX_VALUE_CHARS} characters."),
        ));
    }
    Ok(())
}

impl<'a> Query<'a> {
    /// Refuses names not in `allowed`, names given twice, and overlong values.
    pub fn parse(pairs: &'a [(String, String)], allowed: &[&str]) -> Result<Query<'a>, QueryError> {
        let mut values: Vec<(&str, &str)> = Vec::with_capacity(pairs.len());
        for (name, value) in pairs {
            check_pair(name, value, allowed)?;
            if values.iter().any(|(n, _)| *n == name) {
                return Err(QueryError::new(name, format!("Give '{name}' only once.")));
            }
            values.push((name, value));
        }
        Ok(Query { values })
    }

    /// The value as sent, or `None` when absent or empty. Values are not trimmed: a
    /// code or a word with spaces around it is not the code or the word.
    pub fn text(&self, name: &str) -> Option<&'a str> {
        self.values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
            .filter(|v| !v.is_empty())
    }

    /// A value that must be given; `what` says what it is, for the message.
    pub fn required(&self, name: &str, what: &str) -> Result<&'a str, QueryError> {
        self.text(name)
            .ok_or_else(|| QueryError::new(name, format!("Give '{name}': {what}.")))
    }

    /// An age from 16 to 25.
    pub fn age(&self, name: &str) -> Result<Option<u8>, QueryError> {
        match self.text(name) {
            None => Ok(None),
            Some(text) => parse_age(text)
                .map(Some)
                .ok_or_else(|| QueryError::new(name, "Give an age from 16 to 25.")),
        }
    }

    /// A whole number from `min` to `max`; `default` when absent.
    pub fn number(
        &self,
        name: &str,
        default: usize,
        min: usize,
        max: usize,
    ) -> Result<usize, QueryError> {
        match self.text(name) {
            None => Ok(default),
            Some(text) => match text.parse::<usize>() {
                Ok(n) if (min..=max).contains(&n) && text.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(n)
                }
                _ => Err(QueryError::new(
                    name,
                    format!("Give {name} as a whole number from {min} to {max}."),
                )),
            },
        }
    }

    /// A date written exactly as `YYYY-MM-DD`.
    pub fn date(&self, name: &str) -> Result<Option<NaiveDate>, QueryError> {
        match self.text(name) {
            None => Ok(None),
            Some(text) => parse_date(text).map(Some).ok_or_else(|| {
                QueryError::new(name, format!("Give {name} as a date such as 2026-01-31."))
            }),
        }
    }

    /// A comma-separated list of the circumstances a young person can tell us.
    pub fn circumstances(&self, name: &str) -> Result<Vec<Circumstance>, QueryError> {
        let mut list = Vec::new();
        for slug in self
            .text(name)
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let c = Circumstance::ASKED
                .into_iter()
                .find(|c| c.slug() == slug)
                .ok_or_else(|| {
                    let shown: String = slug.chars().take(64).collect();
                    QueryError::new(name, format!("'{shown}' is not a known circumstance."))
                })?;
            if !list.contains(&c) {
                list.push(c);
            }
            if list.len() > MAX_CIRCUMSTANCES {
                return Err(QueryError::new(name, "Too many circumstances."));
            }
        }
        list.sort();
        Ok(list)
    }

    /// A value that must be one of a fixed set, parsed by `parse`; `hint` lists them.
    pub fn one_of<T>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Option<T>,
        hint: &str,
    ) -> Result<Option<T>, QueryError> {
        match self.text(name) {
            None => Ok(None),
            Some(text) => parse(text)
                .map(Some)
                .ok_or_else(|| QueryError::new(name, hint.to_string())),
        }
    }
}

pub use crate::date::parse as parse_date;

/// An age from 16 to 25, as typed (digits only).
pub fn parse_age(text: &str) -> Option<u8> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u8>()
        .ok()
        .filter(|a| (MIN_AGE..=MAX_AGE).contains(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn unknown_repeated_and_overlong_parameters_are_named() {
        let p = pairs(&[("a", "1"), ("colour", "red")]);
        assert_eq!(Query::parse(&p, &["a"]).unwrap_err().field, "colour");
        let p = pairs(&[("a", "1"), ("a", "2")]);
        assert_eq!(Query::parse(&p, &["a"]).unwrap_err().field, "a");
        let p = pairs(&[("a", &"x".repeat(MAX_VALUE_CHARS + 1))]);
        assert_eq!(Query::parse(&p, &["a"]).unwrap_err().field, "a");
    }

    #[test]
    fn empty_is_absent_and_values_are_checked_by_kind() {
        let p = pairs(&[
            ("age", ""),
            ("limit", ""),
            ("since", "2026-02-30"),
            (
                "circumstances",
                "young_parent, in_higher_education,young_parent",
            ),
        ]);
        let q = Query::parse(&p, &["age", "limit", "since", "circumstances"]).unwrap();
        assert_eq!(q.age("age"), Ok(None));
        assert_eq!(q.number("limit", 20, 1, 100), Ok(20));
        // Values are taken as sent: a space is not a number.
        let spaced = pairs(&[("limit", " 5")]);
        let q2 = Query::parse(&spaced, &["limit"]).unwrap();
        assert_eq!(q2.number("limit", 20, 1, 100).unwrap_err().field, "limit");
        assert_eq!(q.date("since").unwrap_err().field, "since");
        assert_eq!(
            q.circumstances("circumstances"),
            Ok(vec![
                Circumstance::InHigherEducation,
                Circumstance::YoungParent
            ])
        );
        assert!(q.required("age", "your age").is_err());
        for (text, ok) in [
            ("16", true),
            ("25", true),
            ("15", false),
            ("26", false),
            ("x", false),
        ] {
            let p = pairs(&[("age", text)]);
            let q = Query::parse(&p, &["age"]).unwrap();
            assert_eq!(q.age("age").is_ok(), ok, "{text}");
        }
        // Only the circumstances a young person is asked about.
        let p = pairs(&[("c", "right_to_work_in_uk")]);
        let q = Query::parse(&p, &["c"]).unwrap();
        assert_eq!(q.circumstances("c").unwrap_err().field, "c");
    }
}
