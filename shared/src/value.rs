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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Value {
    pub amount_pence: Option<u64>,
    pub per: Option<Period>,
    pub count: Option<u32>,
    pub percent: Option<u8>,
    pub note: Option<String>,
}

impl Value {
    /// The amount per year in pence, where the amount recurs.
    pub fn pence_per_year(&self) -> Option<u64> {
        per_year(self.amount_pence, self.per)
    }

    /// The amount of a one-off payment in pence.
    pub fn pence_once(&self) -> Option<u64> {
        once(self.amount_pence, self.per)
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
        })
    }
}
