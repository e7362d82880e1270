//! API tokens: random, prefixed, shown once, stored only as a SHA-256 hash.

use atlas_shared::access::{Person, Role};
use chrono::Utc;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub use crate::store::TokenRecord;
use crate::store::{Store, StoreError};

/// Every token starts with this, so a leaked one is easy to recognise and scan for.
pub const TOKEN_PREFIX: &str = "oat_";

/// The hex SHA-256 of a token: its key in the store.
pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A short, non-secret id for a token (the start of its hash), for listing and revoking.
pub fn token_id(hash: &str) -> &str {
    &hash[..hash.len().min(12)]
}

/// A fresh random token (256 bits from the OS-seeded generator) and its hash.
pub fn generate() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = format!("{TOKEN_PREFIX}{}", hex::encode(bytes));
    let hashed = hash(&token);
    (token, hashed)
}

/// Who presented a token: the role it gives and, for a named token, the person. It reads
/// as its role (`caller.may_edit_offers_of(…)`), and signs changes with
/// [`Caller::signature`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub role: Role,
    pub person: Option<Person>,
}

impl Caller {
    /// Who made a change, for the history: the person and their role, or the role alone.
    pub fn signature(&self) -> String {
        atlas_shared::access::signature(self.person.as_ref(), &self.role)
    }
}

impl std::ops::Deref for Caller {
    type Target = Role;

    fn deref(&self) -> &Role {
        &self.role
    }
}

/// Makes a new token for `role`, naming whose it is, stores its hash, and returns its id
/// and the token (shown once).
pub fn create(
    store: &Store,
    role: Role,
    person: Option<Person>,
) -> Result<(String, String), StoreError> {
    let (token, hashed) = generate();
    store.put_token(&hashed, &TokenRecord::new(role).with_person(person))?;
    Ok((token_id(&hashed).to_string(), token))
}

/// Revokes the token whose id (hash prefix) or full value is given. Returns false if none.
pub fn revoke(store: &Store, id_or_token: &str) -> Result<bool, StoreError> {
    let wanted = if id_or_token.starts_with(TOKEN_PREFIX) {
        hash(id_or_token)
    } else {
        id_or_token.to_string()
    };
    if wanted.len() < 12 {
        return Ok(false);
    }
    for (hashed, mut record) in store.tokens()? {
        if hashed.starts_with(&wanted) && record.revoked.is_none() {
            record.revoked = Some(Utc::now());
            store.put_token(&hashed, &record)?;
            // Its sessions end with it (each request checks the token too, but no session
            // of a revoked token should stay in the store).
            store.remove_sessions_of(&hashed)?;
            return Ok(true);
        }
    }
    Ok(false)
}

/// Replaces a live token: a new one for the same role and person, then the old one
/// revoked (its sessions end). Returns who it is for and the new token (shown once), or
/// `None` when the old token is no longer live.
pub fn replace(store: &Store, old_hash: &str) -> Result<Option<(Caller, String)>, StoreError> {
    let Some(record) = store.token(old_hash)?.filter(|r| r.revoked.is_none()) else {
        return Ok(None);
    };
    let (_, token) = create(store, record.role.clone(), record.person.clone())?;
    revoke(store, old_hash)?;
    Ok(Some((
        Caller {
            role: record.role,
            person: record.person,
        },
        token,
    )))
}

/// The live tokens of whoever has the address `email` (in any case): each token's hash
/// and the address as the token records it.
pub fn tokens_of(store: &Store, email: &str) -> Result<Vec<(String, String)>, StoreError> {
    Ok(store
        .tokens()?
        .into_iter()
        .filter(|(_, r)| r.revoked.is_none())
        .filter_map(|(hash, r)| {
            r.person
                .filter(|p| p.email.eq_ignore_ascii_case(email.trim()))
                .map(|p| (hash, p.email))
        })
        .collect())
}

/// Who presented a token, if it is known and not revoked.
pub fn authenticate(store: &Store, token: &str) -> Result<Option<Caller>, StoreError> {
    if !token.starts_with(TOKEN_PREFIX) || token.len() > 200 {
        return Ok(None);
    }
    Ok(store
        .token(&hash(token))?
        .filter(|r| r.revoked.is_none())
        .map(|r| Caller {
            role: r.role,
            person: r.person,
        }))
}
