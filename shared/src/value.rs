//! What an entitlement is worth: an amount, a count, or a percentage.

use serde::{Deserialize, Serialize};

use crate::error::ErrorCode;
use crate::validate::{Check, ValidationErrors};

/// How often an amount is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Once,
    Week,
    Month,
    Year,
}

impl Period {
    /// The period in words after an amount: "once", "a week", "a month", "a year".
    pub fn words(self) -> &'static str {
        match self {
            Period::Once => "once",
            Period::Week => "a week",
            Period::Month => "a month",
            Period::Year => "a year",
        }
    }

    /// How many times a year the amount recurs; `None` for a one-off payment, which does
    /// not compare with yearly amounts.
    pub fn per_year(self) -> Option<u64> {
        match self {
            Period::Once => None,
            Period::Week => Some(52),
            Period::Month => Some(12),
            Period::Year => Some(1),
        }
    }
}

/// A recurring quantity (pence or a count) per year; `None` if it does not recur or would
/// overflow. This is the common basis on which values compare.
pub fn per_year(quantity: Option<u64>, per: Option<Period>) -> Option<u64> {
    quantity?.checked_mul(per?.per_year()?)
}

/// A one-off quantity; no period counts as one-off.
pub fn once(quantity: Option<u64>, per: Option<Period>) -> Option<u64> {
    match per {
        Some(Period::Once) | None => quantity,
        _ => None,
    }
}

/// The value of an entitlement. Unused parts are null.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Value {
    pub amount_pence: Option<u64>,
    pub per: Option<Period>,
    pub count: Option<u32>,
    pub percent: Option<u8>,
    pub note: Option<String>,
    /// The amount is a most ("up to £2,000"), not what everyone gets.
    #[serde(default)]
    pub up_to: bool,
    /// The money is lent and paid back (a credit union loan, an advance).
    #[serde(default)]
    pub loan: bool,
}

impl Value {
    /// Whether the value reads only as the publisher's own note (no amount, count or
    /// percentage of ours): shown as written, in English.
    pub fn is_own_words(&self) -> bool {
        self.amount_pence.is_none()
            && self.percent.is_none()
            && self.note.as_deref().is_some_and(|n| !n.trim().is_empty())
    }

    /// The amount per year in pence, where the amount recurs.
    pub fn pence_per_year(&self) -> Option<u64> {
        per_year(self.amount_pence, self.per)
    }

    /// The amount of a one-off payment in pence.
    pub fn pence_once(&self) -> Option<u64> {
        once(self.amount_pence, self.per)
    }

    /// The amount as money someone certainly gets to keep: not a loan, and not a most
    /// ("up to"). Only such money is added into totals or weighed against other money.
    pub fn certain_pence(&self) -> Option<u64> {
        if self.loan || self.up_to {
            None
        } else {
            self.amount_pence
        }
    }
}

/// Pence as pounds: `£1,234` for whole pounds, `£12.50` otherwise.
pub fn pounds(pence: u64) -> String {
    let whole = pence / 100;
    let rest = pence % 100;
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    // A comma before every group of three digits, counting from the right.
    let lead = digits.len() % 3;
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && i % 3 == lead {
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

impl Value {
    /// What the value is, in the words people use: "£2,000", "up to £2,000", "£15 a
    /// week", "a loan of up to £300, paid back", "100% off", with the note after a comma.
    /// A count is said by its note ("100 free journeys"), which names what is counted; a
    /// bare number would mean nothing. Empty when nothing is stated.
    pub fn describe(&self) -> String {
        self.describe_in(&crate::words::Locale::default())
    }

    /// [`Value::describe`] in the reader's language. The note stays as it was written.
    pub fn describe_in(&self, locale: &crate::words::Locale) -> String {
        use crate::words::Arg;
        let per = |per: Option<Period>| match per {
            None | Some(Period::Once) => "once",
            Some(Period::Week) => "week",
            Some(Period::Month) => "month",
            Some(Period::Year) => "year",
        };
        let note = self
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty());
        let mut parts: Vec<String> = Vec::new();
        if let Some(p) = self.amount_pence {
            let amount = pounds(p);
            let amount = if self.up_to {
                locale.f("value-up-to", &[("amount", Arg::Text(&amount))])
            } else {
                amount
            };
            let money = locale.f(
                "value-per",
                &[
                    ("per", per(self.per).into()),
                    ("amount", Arg::Text(&amount)),
                ],
            );
            parts.push(if self.loan {
                locale.f("value-loan", &[("money", Arg::Text(&money))])
            } else {
                money
            });
        } else if let Some(n) = self.count {
            match note {
                Some(note) => return note.to_string(),
                None => parts.push(locale.f(
                    "value-per",
                    &[
                        ("per", per(self.per).into()),
                        ("amount", Arg::Count(n.into())),
                    ],
                )),
            }
        }
        if let Some(pc) = self.percent {
            parts.push(locale.f("value-percent-off", &[("percent", Arg::Count(pc.into()))]));
        }
        if let Some(note) = note {
            parts.push(note.to_string());
        }
        parts
            .into_iter()
            .reduce(|a, b| locale.f("value-and", &[("a", Arg::Text(&a)), ("b", Arg::Text(&b))]))
            .unwrap_or_default()
    }
}

/// Largest amount accepted: £1,000,000. Anything larger is a typing error.
pub const MAX_AMOUNT_PENCE: u64 = 100_000_000;
const MAX_COUNT: u32 = 100_000;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueInput {
    pub amount_pence: Option<u64>,
    pub per: Option<Period>,
    pub count: Option<u32>,
    pub percent: Option<u8>,
    pub note: Option<String>,
    #[serde(default)]
    pub up_to: bool,
    #[serde(default)]
    pub loan: bool,
}

impl ValueInput {
    pub fn validate(self, field: &str, errors: &mut ValidationErrors) -> Option<Value> {
        let mut check = Check::new(errors, field);
        if let Some(amount) = self.amount_pence {
            if amount > MAX_AMOUNT_PENCE {
                check.fail(
                    "amount_pence",
                    ErrorCode::OutOfRange,
                    "must be at most 100000000 (£1,000,000)",
                );
            }
        }
        if let Some(count) = self.count {
            if count == 0 || count > MAX_COUNT {
                check.fail(
                    "count",
                    ErrorCode::OutOfRange,
                    "must be between 1 and 100000",
                );
            }
        }
        if let Some(percent) = self.percent {
            if percent == 0 || percent > 100 {
                check.fail(
                    "percent",
                    ErrorCode::OutOfRange,
                    "must be between 1 and 100",
                );
            }
        }
        if self.per.is_some() && self.amount_pence.is_none() && self.count.is_none() {
            check.fail(
                "per",
                ErrorCode::InvalidValue,
                "a period needs an amount_pence or a count",
            );
        }
        let note = check.optional_text("note", self.note, 500);
        if self.amount_pence.is_none()
            && self.count.is_none()
            && self.percent.is_none()
            && note.is_none()
        {
            check.fail_here(
                ErrorCode::InvalidValue,
                "give an amount, a count, a percent or a note, or leave value null",
            );
        }
        Some(Value {
            amount_pence: self.amount_pence,
            per: self.per,
            count: self.count,
            percent: self.percent,
            note,
            up_to: self.up_to,
            loan: self.loan,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pounds_group_thousands_and_show_pence_only_when_there_are_some() {
        assert_eq!(pounds(0), "£0");
        assert_eq!(pounds(1_200), "£12");
        assert_eq!(pounds(1_250), "£12.50");
        assert_eq!(pounds(123_456_700), "£1,234,567");
        assert_eq!(pounds(100_000), "£1,000");
    }

    #[test]
    fn values_read_as_words_with_their_period() {
        let v = |amount_pence, per, count, percent, note: Option<&str>| Value {
            amount_pence,
            per,
            count,
            percent,
            note: note.map(str::to_string),
            ..Value::default()
        };
        assert_eq!(
            v(Some(200_000), Some(Period::Once), None, None, None).describe(),
            "£2,000"
        );
        assert_eq!(
            v(Some(1_550), Some(Period::Week), None, None, None).describe(),
            "£15.50 a week"
        );
        assert_eq!(
            v(None, Some(Period::Year), Some(25), None, None).describe(),
            "25 a year"
        );
        assert_eq!(
            v(None, None, Some(100), None, Some(" 100 free journeys ")).describe(),
            "100 free journeys"
        );
        assert_eq!(v(None, None, None, Some(100), None).describe(), "100% off");
        assert_eq!(v(None, None, None, None, None).describe(), "");
    }

    #[test]
    fn a_loan_or_a_most_is_said_so_and_is_never_certain_money() {
        let loan = Value {
            amount_pence: Some(30_000),
            per: Some(Period::Once),
            up_to: true,
            loan: true,
            ..Value::default()
        };
        assert_eq!(loan.describe(), "a loan of up to £300, paid back");
        assert_eq!(loan.certain_pence(), None);
        let most = Value {
            amount_pence: Some(200_000),
            up_to: true,
            ..Value::default()
        };
        assert_eq!(most.describe(), "up to £2,000");
        assert_eq!(most.certain_pence(), None);
        let grant = Value {
            amount_pence: Some(200_000),
            per: Some(Period::Once),
            ..Value::default()
        };
        assert_eq!(grant.certain_pence(), Some(200_000));
    }
}
