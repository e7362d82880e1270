//! API tokens, stored by the hash of the token (never the token itself).

use atlas_shared::access::{Person, Role};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Store, StoreError, TOKENS};

/// What the store keeps about a token (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenRecord {
    #[serde(flatten)]
    pub role: Role,
    pub created: DateTime<Utc>,
    pub revoked: Option<DateTime<Utc>>,
    /// Whose token it is (staff tokens name a person; older ones and a self-registered
    /// signatory's may not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Person>,
    /// When the token stops working, if it does (records written before tokens could
    /// expire have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<DateTime<Utc>>,
}

impl TokenRecord {
    /// A live token record for `role`, created now.
    pub fn new(role: Role) -> TokenRecord {
        TokenRecord {
            role,
            created: Utc::now(),
            revoked: None,
            person: None,
            expires: None,
        }
    }

    /// The same record, naming whose token it is.
    pub fn with_person(self, person: Option<Person>) -> TokenRecord {
        TokenRecord { person, ..self }
    }

    /// The same record, ending at `expires`.
    pub fn with_expiry(self, expires: Option<DateTime<Utc>>) -> TokenRecord {
        TokenRecord { expires, ..self }
    }

    /// Whether the token works at `now`: not revoked, and not past its expiry. A token
    /// that does not is treated as unknown everywhere, and its sessions end.
    pub fn is_live_at(&self, now: DateTime<Utc>) -> bool {
        self.revoked.is_none() && self.expires.is_none_or(|at| now < at)
    }

    /// Whether the token works now.
    pub fn is_live(&self) -> bool {
        self.is_live_at(Utc::now())
    }
}

impl Store {
    pub fn put_token(&self, hash: &str, record: &TokenRecord) -> Result<(), StoreError> {
        self.trees[TOKENS].insert(hash.as_bytes(), serde_json::to_vec(record)?)?;
        self.db.flush()?;
        Ok(())
    }

    pub fn token(&self, hash: &str) -> Result<Option<TokenRecord>, StoreError> {
        match self.trees[TOKENS].get(hash.as_bytes())? {
            Some(bytes) => Ok(Some(serde_json::from_slice(&bytes)?)),
            None => Ok(None),
        }
    }

    pub fn tokens(&self) -> Result<Vec<(String, TokenRecord)>, StoreError> {
        self.trees[TOKENS]
            .iter()
            .map(|item| {
                let (key, value) = item?;
                Ok((
                    String::from_utf8_lossy(&key).into_owned(),
                    serde_json::from_slice(&value)?,
                ))
            })
            .collect()
    }
}

impl Store {
    /// The people holding a live token whose role `wanted` accepts, each address once
    /// (in any case), for the mail that role needs.
    pub fn people_with(&self, wanted: impl Fn(&Role) -> bool) -> Result<Vec<Person>, StoreError> {
        let mut people: Vec<Person> = Vec::new();
        for (_, record) in self.tokens()? {
            let live = record.is_live();
            let Some(person) = record.person else {
                continue;
            };
            if live
                && wanted(&record.role)
                && !people
                    .iter()
                    .any(|p| p.email.eq_ignore_ascii_case(&person.email))
            {
                people.push(person);
            }
        }
        Ok(people)
    }
}
