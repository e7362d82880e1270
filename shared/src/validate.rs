//! Field-level validation errors and the small checks every input shares.
//!
//! Inputs arrive as JSON. [`parse_object`] refuses anything that is not an object, names
//! unknown fields and values of the wrong type by their path; each input type's
//! `validate` then checks required fields, lengths, ranges and cross-field rules.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::category::Category;
use crate::circumstance::Circumstance;
use crate::error::ErrorCode;
use crate::topic::{topic, Topic};

/// One problem with one field of an input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FieldError {
    /// Dotted path of the field, e.g. `source.document` or `conditions[2]`.
    pub field: String,
    /// Stable machine-readable code from [`ErrorCode`], e.g. `missing_field`, `too_long`.
    pub code: ErrorCode,
    /// Plain-English explanation.
    pub message: String,
}

/// Every problem found in an input, in the order found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    pub fn push(&mut self, field: impl Into<String>, code: ErrorCode, message: impl Into<String>) {
        self.0.push(FieldError {
            field: field.into(),
            code,
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn first(&self) -> Option<&FieldError> {
        self.0.first()
    }

    /// `Ok(value)` when nothing was found, else the errors.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, ValidationErrors> {
        match value {
            Some(value) if self.is_empty() => Ok(value),
            _ if self.is_empty() => {
                // A validator returned nothing without saying why: a bug, but never a panic.
                Err(ValidationErrors(vec![FieldError {
                    field: String::new(),
                    code: ErrorCode::InvalidValue,
                    message: "the input is not valid".into(),
                }]))
            }
            _ => Err(self),
        }
    }

    pub fn single(field: &str, code: ErrorCode, message: impl Into<String>) -> ValidationErrors {
        let mut errors = ValidationErrors::default();
        errors.push(field, code, message);
        errors
    }
}

impl std::fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{}: {}", e.field, e.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// Deserializes a JSON object into `T`, refusing non-objects, fields not in `allowed` and
/// values of the wrong type, each named by its field path.
pub fn parse_object<T: DeserializeOwned>(
    mut value: serde_json::Value,
    allowed: &[&str],
) -> Result<T, ValidationErrors> {
    whole_numbers(&mut value);
    let serde_json::Value::Object(map) = &value else {
        return Err(ValidationErrors::single(
            "",
            ErrorCode::InvalidType,
            "the body must be a JSON object",
        ));
    };
    let mut errors = ValidationErrors::default();
    for key in map.keys() {
        if !allowed.contains(&key.as_str()) {
            let shown: String = key.chars().take(64).collect();
            errors.push(
                shown,
                ErrorCode::UnknownField,
                "this field is not part of the input",
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    serde_path_to_error::deserialize(value).map_err(|err| {
        let field = err.path().to_string();
        let field = if field == "." { String::new() } else { field };
        let message = err.into_inner().to_string();
        // serde names the offending nested field inside its message; surface it.
        let code = if message.starts_with("unknown field") {
            ErrorCode::UnknownField
        } else {
            ErrorCode::InvalidType
        };
        ValidationErrors::single(&field, code, message)
    })
}

/// Writes every number with no fraction (`18.0`) as the whole number it is, so that a
/// client whose JSON writes whole numbers that way is understood (JSON Schema calls 18.0
/// an integer too).
fn whole_numbers(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Number(n) if n.is_f64() => {
            if let Some(f) = n.as_f64().filter(|f| f.is_finite() && f.fract() == 0.0) {
                // Exact below 2^53; larger floats are not whole numbers anyone typed.
                if (0.0..9_007_199_254_740_992.0).contains(&f) {
                    *value = serde_json::Value::from(f as u64);
                } else if (-9_007_199_254_740_992.0..0.0).contains(&f) {
                    *value = serde_json::Value::from(f as i64);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(whole_numbers),
        serde_json::Value::Object(map) => map.values_mut().for_each(whole_numbers),
        _ => {}
    }
}

/// Checks fields under one prefix (`source.` for a nested object), collecting errors.
pub struct Check<'a> {
    errors: &'a mut ValidationErrors,
    prefix: String,
}

impl<'a> Check<'a> {
    pub fn new(errors: &'a mut ValidationErrors, prefix: &str) -> Check<'a> {
        Check {
            errors,
            prefix: prefix.to_string(),
        }
    }

    fn path(&self, field: &str) -> String {
        match (self.prefix.is_empty(), field.is_empty()) {
            (true, _) => field.to_string(),
            (false, true) => self.prefix.clone(),
            (false, false) => format!("{}.{}", self.prefix, field),
        }
    }

    pub fn fail(&mut self, field: &str, code: ErrorCode, message: impl Into<String>) {
        let path = self.path(field);
        self.errors.push(path, code, message);
    }

    /// An error about the object itself rather than one of its fields.
    pub fn fail_here(&mut self, code: ErrorCode, message: impl Into<String>) {
        self.fail("", code, message);
    }

    pub fn required<T>(&mut self, field: &str, value: Option<T>) -> Option<T> {
        if value.is_none() {
            self.fail(field, ErrorCode::MissingField, "this field is required");
        }
        value
    }

    /// Trimmed text of at most `max` characters, with no control characters other than
    /// line breaks and tabs, and with invisible and direction-changing characters taken
    /// out (see [`is_invisible`]). Empty text counts as missing.
    pub fn optional_text(
        &mut self,
        field: &str,
        value: Option<String>,
        max: usize,
    ) -> Option<String> {
        let value = value?;
        // Measured as sent, so the limit is the one the API document states.
        let length = value.chars().count();
        let text = strip_invisible(&value).trim().to_string();
        if text.is_empty() {
            return None;
        }
        if length > max {
            self.fail(
                field,
                ErrorCode::TooLong,
                format!("must be at most {max} characters (it has {length})"),
            );
            return None;
        }
        if text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
        {
            self.fail(
                field,
                ErrorCode::InvalidValue,
                "must not contain control characters",
            );
            return None;
        }
        Some(text)
    }

    pub fn required_text(
        &mut self,
        field: &str,
        value: Option<String>,
        max: usize,
    ) -> Option<String> {
        let was_given = value.is_some();
        let before = self.errors.0.len();
        let text = self.optional_text(field, value, max);
        if text.is_none() && self.errors.0.len() == before {
            let message = if was_given {
                "must not be empty"
            } else {
                "this field is required"
            };
            self.fail(field, ErrorCode::MissingField, message);
        }
        text
    }

    /// A name or title: one line of required text in which an invisible or
    /// direction-changing character is refused rather than removed, because it would
    /// let "Amazon" with a zero-width space pass for the verified Amazon.
    pub fn required_name(
        &mut self,
        field: &str,
        value: Option<String>,
        max: usize,
    ) -> Option<String> {
        if let Some(text) = &value {
            if text.chars().any(is_invisible) {
                self.fail(
                    field,
                    ErrorCode::InvalidValue,
                    "must not contain invisible or direction-changing characters",
                );
                return None;
            }
            if text.contains(['\n', '\r', '\t']) {
                self.fail(field, ErrorCode::InvalidValue, "must be one line");
                return None;
            }
        }
        self.required_text(field, value, max)
    }

    /// An http or https URL; anything else (javascript:, data:, relative) is refused.
    pub fn optional_url(&mut self, field: &str, value: Option<String>) -> Option<String> {
        // A link is an identity too: a hidden character is refused, not removed.
        if value
            .as_deref()
            .is_some_and(|v| v.chars().any(is_invisible))
        {
            self.fail(
                field,
                ErrorCode::InvalidUrl,
                "must be a web address starting with http:// or https://",
            );
            return None;
        }
        let url = self.optional_text(field, value, MAX_URL)?;
        if !is_web_url(&url) {
            self.fail(
                field,
                ErrorCode::InvalidUrl,
                "must be a web address starting with http:// or https://",
            );
            return None;
        }
        Some(url)
    }

    /// An age within the range a Local Offer covers.
    pub fn age(&mut self, field: &str, value: Option<u8>) -> Option<u8> {
        let age = self.required(field, value)?;
        if !(crate::MIN_AGE..=crate::MAX_AGE).contains(&age) {
            self.fail(field, ErrorCode::OutOfRange, "must be an age from 16 to 25");
            return None;
        }
        Some(age)
    }

    /// A list of at most `max` items.
    pub fn list<T>(&mut self, field: &str, value: Option<Vec<T>>, max: usize) -> Vec<T> {
        let list = value.unwrap_or_default();
        if list.len() > max {
            self.fail(
                field,
                ErrorCode::TooMany,
                format!("must have at most {max} items"),
            );
            return Vec::new();
        }
        list
    }
}

/// The fields an offer and a pledge share (and a law record's wording): checked the same
/// way for both, so that one rule cannot drift from the other.
impl Check<'_> {
    /// A required topic slug from the vocabulary: the slug as sent, and the topic it
    /// names when it is known.
    pub fn topic(
        &mut self,
        field: &str,
        value: Option<String>,
    ) -> (Option<String>, Option<&'static Topic>) {
        let slug = self.required(field, value);
        let known = slug.as_deref().and_then(|slug| {
            let found = topic(slug);
            if found.is_none() {
                self.fail(
                    field,
                    ErrorCode::UnknownTopic,
                    "not in the topic vocabulary (see /api/v1/topics)",
                );
            }
            found
        });
        (slug, known)
    }

    /// A category given beside a known topic must be the topic's.
    pub fn category_of(&mut self, field: &str, known: Option<&Topic>, category: Option<Category>) {
        if let (Some(t), Some(c)) = (known, category) {
            if t.category != c {
                self.fail(
                    field,
                    ErrorCode::InvalidValue,
                    format!("topic {} belongs to category {}", t.slug, t.category.slug()),
                );
            }
        }
    }

    /// `title` (one line), `summary` and optional `details`, within their limits.
    pub fn wording(
        &mut self,
        title: Option<String>,
        summary: Option<String>,
        details: Option<String>,
    ) -> (Option<String>, Option<String>, Option<String>) {
        (
            self.required_name("title", title, MAX_TITLE),
            self.required_text("summary", summary, MAX_SUMMARY),
            self.optional_text("details", details, MAX_DETAILS),
        )
    }

    /// `age_from` and `age_to`: both ages a Local Offer covers, the second not below the
    /// first.
    pub fn age_range(&mut self, from: Option<u8>, to: Option<u8>) -> (Option<u8>, Option<u8>) {
        let from = self.age("age_from", from);
        let to = self.age("age_to", to);
        if let (Some(from), Some(to)) = (from, to) {
            if from > to {
                self.fail(
                    "age_to",
                    ErrorCode::OutOfRange,
                    "must not be below age_from",
                );
            }
        }
        (from, to)
    }

    /// At most [`MAX_CONDITIONS`] circumstances, none repeated, in their order.
    pub fn conditions(
        &mut self,
        field: &str,
        value: Option<Vec<Circumstance>>,
    ) -> Vec<Circumstance> {
        let mut conditions = self.list(field, value, MAX_CONDITIONS);
        conditions.sort();
        let before = conditions.len();
        conditions.dedup();
        if conditions.len() != before {
            self.fail(
                field,
                ErrorCode::InvalidValue,
                "must not repeat a circumstance",
            );
        }
        conditions
    }
}

/// Text limits an offer and a pledge share, in characters.
pub const MAX_TITLE: usize = 200;
pub const MAX_SUMMARY: usize = 1_000;
pub const MAX_DETAILS: usize = 10_000;
/// Circumstances one offer or pledge may name.
pub const MAX_CONDITIONS: usize = 12;

/// Longest web address accepted, in characters.
pub const MAX_URL: usize = 2048;

/// Characters that show nothing or reverse the direction of the text around them:
/// zero-width spaces and joiners, direction marks, embeddings, overrides and isolates,
/// and the byte-order mark. Names and titles refuse them; longer text has them removed.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// `text` without the characters [`is_invisible`] names.
pub fn strip_invisible(text: &str) -> String {
    text.chars().filter(|c| !is_invisible(*c)).collect()
}

/// True for an absolute http(s) URL with a host and no spaces.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !url.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// A slug: 1–`max` characters of lowercase letters, digits and single hyphens.
pub fn is_slug(value: &str, max: usize) -> bool {
    !value.is_empty()
        && value.len() <= max
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !value.starts_with('-')
        && !value.ends_with('-')
        && !value.contains("--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_urls() {
        assert!(is_web_url("https://www.wiltshire.gov.uk/care-leavers"));
        assert!(is_web_url("HTTP://example.org"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("https://"));
        assert!(!is_web_url("https://exa mple.org"));
        assert!(!is_web_url("/relative"));
    }

    #[test]
    fn invisible_characters_are_refused_in_names_and_removed_from_text() {
        for c in [
            '\u{200B}', '\u{200F}', '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{FEFF}',
        ] {
            assert!(is_invisible(c), "{:04X}", c as u32);
            let mut errors = ValidationErrors::default();
            let mut check = Check::new(&mut errors, "");
            assert_eq!(
                check.required_name("name", Some(format!("Ama{c}zon")), 100),
                None
            );
            assert_eq!(
                check.optional_text("summary", Some(format!("Rent{c} help")), 100),
                Some("Rent help".to_string())
            );
            drop(check);
            assert_eq!(errors.first().unwrap().field, "name");
            assert_eq!(errors.first().unwrap().code.as_str(), "invalid_value");
        }
        for c in ['a', 'é', ' ', '\u{2010}', '\u{2070}', '\u{200A}'] {
            assert!(!is_invisible(c), "{:04X}", c as u32);
        }
        let mut errors = ValidationErrors::default();
        let mut check = Check::new(&mut errors, "");
        assert_eq!(
            check.required_name("title", Some("Two\nlines".into()), 100),
            None
        );
        assert_eq!(
            check.required_name("title", Some(" Amazon ".into()), 100),
            Some("Amazon".to_string())
        );
        drop(check);
        assert_eq!(errors.0.len(), 1);
    }

    #[test]
    fn slugs() {
        assert!(is_slug("greater-manchester", 64));
        assert!(!is_slug("Greater", 64));
        assert!(!is_slug("a--b", 64));
        assert!(!is_slug("-a", 64));
        assert!(!is_slug("", 64));
    }

    #[test]
    fn unknown_and_mistyped_fields_are_named() {
        #[derive(Deserialize, Debug)]
        struct T {
            #[allow(dead_code)]
            a: Option<u8>,
        }
        let err = parse_object::<T>(serde_json::json!({"a": 1, "b": 2}), &["a"]).unwrap_err();
        assert_eq!(err.first().unwrap().field, "b");
        assert_eq!(err.first().unwrap().code.as_str(), "unknown_field");
        let err = parse_object::<T>(serde_json::json!({"a": "x"}), &["a"]).unwrap_err();
        assert_eq!(err.first().unwrap().field, "a");
        assert_eq!(err.first().unwrap().code.as_str(), "invalid_type");
        let err = parse_object::<T>(serde_json::json!([1]), &["a"]).unwrap_err();
        assert_eq!(err.first().unwrap().code.as_str(), "invalid_type");
        // A whole number written with a fraction is the whole number.
        assert!(parse_object::<T>(serde_json::json!({"a": 18.0}), &["a"]).is_ok());
        let err = parse_object::<T>(serde_json::json!({"a": 18.5}), &["a"]).unwrap_err();
        assert_eq!(err.first().unwrap().code.as_str(), "invalid_type");
    }
}
