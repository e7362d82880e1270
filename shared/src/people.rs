//! Inviting someone: what a new token is for (its role and the council, organisation or
//! partnership the role is tied to), whose it is, and until when it works.
//!
//! The rule: every staff token names its holder ([`Role::is_staff`]); a role names exactly
//! the place its kind needs (a council editor a council, a board member a partnership, a
//! signatory an organisation, a moderator or an admin none); a token may end on a date
//! after now and at most [`MAX_EXPIRY_DAYS`] days ahead, given as a date-time or as a
//! number of days, not both. Whether the named place exists is the store's to say.

use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;

use crate::access::{Person, Role, MAX_PERSON_NAME};
use crate::covenant::MAX_EMAIL;
use crate::error::ErrorCode;
use crate::validate::{is_invisible, parse_object, ValidationErrors};

/// Longest a token may be given to live, in days (ten years).
pub const MAX_EXPIRY_DAYS: u32 = 3650;

/// The roles, as the API and the forms spell them.
pub const ROLE_NAMES: [&str; 5] = ["council-editor", "signatory", "moderator", "board", "admin"];

/// May someone signed in with the token whose hash is `own` revoke the token `target`?
/// Never their own: revoking the token in use would lock its holder out at once, and could
/// leave the registry with no administrator while it runs. Another admin revokes it (invite
/// a second admin first, if need be).
pub fn may_revoke(own: &str, target: &str) -> bool {
    own != target
}

/// An invitation as sent (`POST /api/v1/admin/tokens`, the workspace's invite form).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TokenInput {
    pub role: Option<String>,
    pub authority: Option<String>,
    pub organisation: Option<String>,
    pub partnership: Option<String>,
    pub person: Option<PersonInput>,
    /// When the token stops working (RFC 3339 date-time).
    pub expires: Option<String>,
    /// Or: in how many days from now.
    pub expires_in_days: Option<i64>,
}

/// Whose token it is, as sent.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonInput {
    pub name: Option<String>,
    pub email: Option<String>,
    /// The language of their letters: a tag of [`LETTERS_LANGS`]; none is English.
    pub lang: Option<String>,
}

/// The languages a letter can be written in, by tag.
pub const LETTERS_LANGS: [crate::words::Lang; 4] = crate::words::Lang::MENU;

/// The tag a person's letters are kept under, from what was sent: one of
/// [`LETTERS_LANGS`]'s tags (`Ok(None)` for English or nothing), or for any other what is
/// wrong with it.
pub fn letters_lang(value: Option<&str>) -> Result<Option<String>, String> {
    let value = value.map(str::trim).unwrap_or("");
    if value.is_empty() {
        return Ok(None);
    }
    match LETTERS_LANGS.iter().find(|l| l.tag() == value) {
        Some(crate::words::Lang::English) => Ok(None),
        Some(lang) => Ok(Some(lang.tag().to_string())),
        None => Err(letters_lang_problem()),
    }
}

/// What a problem with a letters language says.
pub fn letters_lang_problem() -> String {
    let tags: Vec<&str> = LETTERS_LANGS.iter().map(|l| l.tag()).collect();
    format!("must be one of {}", tags.join(", "))
}

/// A checked invitation: the token to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invite {
    pub role: Role,
    pub person: Option<Person>,
    pub expires: Option<DateTime<Utc>>,
}

impl TokenInput {
    pub const FIELDS: &'static [&'static str] = &[
        "role",
        "authority",
        "organisation",
        "partnership",
        "person",
        "expires",
        "expires_in_days",
    ];

    pub fn from_json(value: serde_json::Value) -> Result<TokenInput, ValidationErrors> {
        parse_object(value, Self::FIELDS)
    }

    /// The token to make, or every problem with the invitation, each naming its field.
    pub fn validate(self, now: DateTime<Utc>) -> Result<Invite, ValidationErrors> {
        let mut errors = ValidationErrors::default();
        // Taken as sent: a form trims its fields before it builds the input.
        let role_name = self.role.as_deref().unwrap_or("");
        // The place each kind of role needs, and the places it must not be given.
        let (needs, role): (Option<&str>, Option<Role>) = match role_name {
            "" => {
                errors.push("role", ErrorCode::MissingField, "this field is required");
                (None, None)
            }
            "council-editor" => (
                Some("authority"),
                self.authority
                    .clone()
                    .filter(|a| !a.is_empty())
                    .map(|authority| Role::CouncilEditor { authority }),
            ),
            "signatory" => (
                Some("organisation"),
                self.organisation
                    .clone()
                    .filter(|o| !o.is_empty())
                    .map(|organisation| Role::Signatory { organisation }),
            ),
            "board" => (
                Some("partnership"),
                self.partnership
                    .clone()
                    .filter(|p| !p.is_empty())
                    .map(|partnership| Role::Board { partnership }),
            ),
            "moderator" => (None, Some(Role::Moderator)),
            "admin" => (None, Some(Role::Admin)),
            _ => {
                errors.push(
                    "role",
                    ErrorCode::InvalidValue,
                    format!("must be one of {}", ROLE_NAMES.join(", ")),
                );
                (None, None)
            }
        };
        if let (Some(field), None) = (needs, &role) {
            errors.push(
                field,
                ErrorCode::MissingField,
                format!("a {role_name} token needs the {field} it is for"),
            );
        }
        for (field, value) in [
            ("authority", &self.authority),
            ("organisation", &self.organisation),
            ("partnership", &self.partnership),
        ] {
            // Sent at all (even empty) for a role that is not for one: refused, so that a
            // body says exactly what it means.
            if role.is_some() && needs != Some(field) && value.is_some() {
                errors.push(
                    field,
                    ErrorCode::InvalidValue,
                    format!("a {role_name} token is not for one {field}: leave it out"),
                );
            }
        }
        let person = match self.person {
            Some(p) => {
                let name = p.name.unwrap_or_default();
                let email = p.email.unwrap_or_default();
                let lang = letters_lang(p.lang.as_deref()).unwrap_or_else(|problem| {
                    errors.push("person.lang", ErrorCode::InvalidValue, problem);
                    None
                });
                if name.chars().count() > MAX_PERSON_NAME || name.chars().any(is_invisible) {
                    errors.push(
                        "person.name",
                        ErrorCode::InvalidValue,
                        format!("must be the person's name, 1 to {MAX_PERSON_NAME} characters on one line"),
                    );
                    None
                } else if email.chars().count() > MAX_EMAIL {
                    errors.push(
                        "person.email",
                        ErrorCode::TooLong,
                        format!("must be at most {MAX_EMAIL} characters"),
                    );
                    None
                } else {
                    match Person::new(&name, &email) {
                        Ok(person) => Some(Person { lang, ..person }),
                        Err("name") => {
                            let code = if name.trim().is_empty() {
                                ErrorCode::MissingField
                            } else {
                                ErrorCode::InvalidValue
                            };
                            errors.push(
                                "person.name",
                                code,
                                format!("must be the person's name, 1 to {MAX_PERSON_NAME} characters on one line"),
                            );
                            None
                        }
                        Err(_) => {
                            errors.push(
                                "person.email",
                                ErrorCode::InvalidEmail,
                                "must be an email address such as name@example.org",
                            );
                            None
                        }
                    }
                }
            }
            None => {
                if role.as_ref().is_some_and(Role::is_staff) {
                    errors.push(
                        "person",
                        ErrorCode::MissingField,
                        "a staff token names the person it is for: give their name and email",
                    );
                }
                None
            }
        };
        let latest = now + Duration::days(i64::from(MAX_EXPIRY_DAYS));
        let expires = match (self.expires.is_none(), self.expires_in_days) {
            (false, Some(_)) => {
                errors.push(
                    "expires_in_days",
                    ErrorCode::InvalidValue,
                    "give expires or expires_in_days, not both",
                );
                None
            }
            (false, None) => {
                let text = self.expires.unwrap_or_default();
                match DateTime::parse_from_rfc3339(&text) {
                    Ok(at) => {
                        let at = at.with_timezone(&Utc);
                        if at <= now || at > latest {
                            errors.push(
                                "expires",
                                ErrorCode::OutOfRange,
                                format!(
                                    "must be after now and at most {MAX_EXPIRY_DAYS} days ahead"
                                ),
                            );
                            None
                        } else {
                            Some(at)
                        }
                    }
                    Err(_) => {
                        errors.push(
                            "expires",
                            ErrorCode::InvalidValue,
                            "must be a date-time such as 2027-03-31T23:59:59Z",
                        );
                        None
                    }
                }
            }
            (true, Some(days)) if (1..=i64::from(MAX_EXPIRY_DAYS)).contains(&days) => {
                Some(now + Duration::days(days))
            }
            (true, Some(_)) => {
                errors.push(
                    "expires_in_days",
                    ErrorCode::OutOfRange,
                    format!("must be a whole number of days from 1 to {MAX_EXPIRY_DAYS}"),
                );
                None
            }
            (true, None) => None,
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        errors.finish(role.map(|role| Invite {
            role,
            person,
            expires,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-06T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn invite(body: serde_json::Value) -> Result<Invite, ValidationErrors> {
        TokenInput::from_json(body)?.validate(now())
    }

    fn first_field(body: serde_json::Value) -> (String, ErrorCode) {
        let errors = invite(body).expect_err("refused");
        let e = errors.first().unwrap();
        (e.field.clone(), e.code)
    }

    fn jane() -> serde_json::Value {
        json!({ "name": "Jane Smith", "email": "jane.smith@walsall.gov.uk" })
    }

    #[test]
    fn a_staff_token_names_its_holder_and_the_one_place_its_role_needs() {
        let ok =
            invite(json!({ "role": "council-editor", "authority": "E08000030", "person": jane() }))
                .unwrap();
        assert_eq!(
            ok.role,
            Role::CouncilEditor {
                authority: "E08000030".into()
            }
        );
        assert_eq!(ok.person.unwrap().name, "Jane Smith");
        assert_eq!(ok.expires, None);
        assert_eq!(
            first_field(json!({ "role": "council-editor", "authority": "E08000030" })),
            ("person".into(), ErrorCode::MissingField)
        );
        assert_eq!(
            first_field(json!({ "role": "council-editor", "person": jane() })),
            ("authority".into(), ErrorCode::MissingField)
        );
        assert_eq!(
            first_field(json!({ "role": "moderator", "partnership": "gm", "person": jane() })),
            ("partnership".into(), ErrorCode::InvalidValue)
        );
        assert_eq!(
            first_field(json!({ "role": "boss", "person": jane() })),
            ("role".into(), ErrorCode::InvalidValue)
        );
        assert_eq!(
            first_field(json!({ "person": jane() })),
            ("role".into(), ErrorCode::MissingField)
        );
        assert_eq!(
            first_field(
                json!({ "role": "admin", "person": { "name": "Jane", "email": "jane@localhost" } })
            ),
            ("person.email".into(), ErrorCode::InvalidEmail)
        );
        assert_eq!(
            first_field(json!({ "role": "admin", "person": { "email": "a@b.uk" } })),
            ("person.name".into(), ErrorCode::MissingField)
        );
        assert_eq!(
            first_field(json!({ "role": "admin", "colour": "red" })),
            ("colour".into(), ErrorCode::UnknownField)
        );
        // A signatory's token may name no one; a person given is given whole.
        assert!(invite(json!({ "role": "signatory", "organisation": "acme" })).is_ok());
        assert_eq!(
            first_field(json!({ "role": "signatory", "organisation": "acme", "person": {} })),
            ("person.name".into(), ErrorCode::MissingField)
        );
        // A place sent for a role that is for none, even empty, is refused.
        assert_eq!(
            first_field(json!({ "role": "admin", "authority": "", "person": jane() })),
            ("authority".into(), ErrorCode::InvalidValue)
        );
        assert_eq!(
            first_field(
                json!({ "role": "admin", "person": { "name": "Ja\u{200B}ne", "email": "j@b.uk" } })
            ),
            ("person.name".into(), ErrorCode::InvalidValue)
        );
    }

    #[test]
    fn no_one_revokes_the_token_they_are_using() {
        assert!(!may_revoke("abc123", "abc123"));
        assert!(may_revoke("abc123", "def456"));
    }

    #[test]
    fn a_token_ends_after_now_within_ten_years_given_as_a_date_or_a_number_of_days() {
        let with = |extra: serde_json::Value| {
            let mut body = json!({ "role": "admin", "person": jane() });
            for (k, v) in extra.as_object().unwrap() {
                body[k] = v.clone();
            }
            body
        };
        let days = invite(with(json!({ "expires_in_days": 30 }))).unwrap();
        assert_eq!(days.expires, Some(now() + Duration::days(30)));
        let at = invite(with(json!({ "expires": "2027-01-01T00:00:00+01:00" }))).unwrap();
        assert_eq!(
            at.expires.unwrap().to_rfc3339(),
            "2026-12-31T23:00:00+00:00"
        );
        for (extra, field, code) in [
            (
                json!({ "expires_in_days": 0 }),
                "expires_in_days",
                ErrorCode::OutOfRange,
            ),
            (
                json!({ "expires_in_days": 3651 }),
                "expires_in_days",
                ErrorCode::OutOfRange,
            ),
            (
                json!({ "expires": "2026-12-06T08:59:59Z" }),
                "expires",
                ErrorCode::OutOfRange,
            ),
            (
                json!({ "expires": "2040-01-01T00:00:00Z" }),
                "expires",
                ErrorCode::OutOfRange,
            ),
            (
                json!({ "expires": "next week" }),
                "expires",
                ErrorCode::InvalidValue,
            ),
            (
                json!({ "expires": "2027-01-01T00:00:00Z", "expires_in_days": 3 }),
                "expires_in_days",
                ErrorCode::InvalidValue,
            ),
            (
                json!({ "expires_in_days": "3" }),
                "expires_in_days",
                ErrorCode::InvalidType,
            ),
        ] {
            assert_eq!(
                first_field(with(extra.clone())),
                (field.into(), code),
                "{extra}"
            );
        }
    }
}
