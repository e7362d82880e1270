//! API tokens: random, prefixed, shown once, stored only as a SHA-256 hash.

use atlas_shared::access::{Person, Role};
use chrono::{DateTime, Utc};
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

/// Makes a new token for `role`, naming whose it is and when it ends (if it does), stores
/// its hash (on disk before this returns), and returns its id, the token (shown once) and
/// the record kept.
pub fn create(
    store: &Store,
    role: Role,
    person: Option<Person>,
    expires: Option<DateTime<Utc>>,
) -> Result<(String, String, TokenRecord), StoreError> {
    let (token, hashed) = generate();
    let record = TokenRecord::new(role)
        .with_person(person)
        .with_expiry(expires);
    store.put_token(&hashed, &record)?;
    Ok((token_id(&hashed).to_string(), token, record))
}

/// What revoking a token found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revoked {
    /// It was live and is revoked now; its sessions ended with it. (Its hash, its record.)
    Now(String, TokenRecord),
    /// It had been revoked before (nothing changed).
    Already(String, TokenRecord),
    /// No token has this id.
    Unknown,
}

/// Revokes the token whose id (hash prefix, at least 12 characters) or full value is
/// given, at once and on disk, and ends its sessions.
pub fn revoke_token(store: &Store, id_or_token: &str) -> Result<Revoked, StoreError> {
    let wanted = if id_or_token.starts_with(TOKEN_PREFIX) {
        hash(id_or_token)
    } else {
        id_or_token.to_ascii_lowercase()
    };
    if wanted.len() < 12 {
        return Ok(Revoked::Unknown);
    }
    let mut already = None;
    for (hashed, mut record) in store.tokens()? {
        if !hashed.starts_with(&wanted) {
            continue;
        }
        if record.revoked.is_some() {
            already = Some((hashed, record));
            continue;
        }
        record.revoked = Some(Utc::now());
        store.put_token(&hashed, &record)?;
        // Its sessions end with it (each request checks the token too, but no session
        // of a revoked token should stay in the store).
        store.remove_sessions_of(&hashed)?;
        return Ok(Revoked::Now(hashed, record));
    }
    Ok(already.map_or(Revoked::Unknown, |(hashed, record)| {
        Revoked::Already(hashed, record)
    }))
}

/// Replaces a live token: a new one for the same role and person, then the old one
/// revoked (its sessions end). Returns who it is for and the new token (shown once), or
/// `None` when the old token is no longer live.
pub fn replace(store: &Store, old_hash: &str) -> Result<Option<(Caller, String)>, StoreError> {
    let Some(record) = store.token(old_hash)?.filter(TokenRecord::is_live) else {
        return Ok(None);
    };
    // The new token ends when the old one would have.
    let (_, token, _) = create(
        store,
        record.role.clone(),
        record.person.clone(),
        record.expires,
    )?;
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
        .filter(|(_, r)| r.is_live())
        .filter_map(|(hash, r)| {
            r.person
                .filter(|p| p.email.eq_ignore_ascii_case(email.trim()))
                .map(|p| (hash, p.email))
        })
        .collect())
}

/// Revokes the token whose id (hash prefix) or full value is given. Returns false if none
/// was live.
pub fn revoke(store: &Store, id_or_token: &str) -> Result<bool, StoreError> {
    Ok(matches!(
        revoke_token(store, id_or_token)?,
        Revoked::Now(..)
    ))
}

/// Who presented a token, if it is known, not revoked and not expired.
pub fn authenticate(store: &Store, token: &str) -> Result<Option<Caller>, StoreError> {
    if !token.starts_with(TOKEN_PREFIX) || token.len() > 200 {
        return Ok(None);
    }
    Ok(store
        .token(&hash(token))?
        .filter(TokenRecord::is_live)
        .map(|r| Caller {
            role: r.role,
            person: r.person,
        }))
}

/// A token as an admin sees it: its public id, never the token or its whole hash.
pub fn view(hash: &str, record: &TokenRecord) -> atlas_shared::api::TokenView {
    atlas_shared::api::TokenView {
        id: token_id(hash).to_string(),
        role: record.role.clone(),
        person: record.person.clone(),
        created: record.created,
        expires: record.expires,
        revoked: record.revoked,
        live: record.is_live(),
    }
}

/// Every token, or only those tied to `scope` (a council's GSS code, an organisation's or
/// a partnership's id), by what they are tied to, then role, then newest first.
pub fn list(
    store: &Store,
    scope: Option<&str>,
) -> Result<Vec<atlas_shared::api::TokenView>, StoreError> {
    let mut views: Vec<_> = store
        .tokens()?
        .iter()
        .filter(|(_, r)| scope.is_none_or(|s| r.role.scope() == Some(s)))
        .map(|(hash, record)| view(hash, record))
        .collect();
    views.sort_by(|a, b| {
        (a.role.scope(), a.role.describe(), b.created).cmp(&(
            b.role.scope(),
            b.role.describe(),
            a.created,
        ))
    });
    Ok(views)
}
