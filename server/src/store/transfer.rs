//! A whole registry in and out: the demo or synthetic data into an empty store, and
//! export and import with every version and the change log.

use atlas_shared::api::{Action, Version};
use atlas_shared::registry::Registry;
use atlas_shared::{Offer, Pledge};
use chrono::Utc;
use serde::{Deserialize, Serialize};

use super::offers::by_authority_key;
use super::{
    id_counter_after, version_key, Event, Kind, Store, StoreError, WriteSet, AUTHORITIES, EVENTS,
    META, NEXT_ID, OFFERS, OFFERS_BY_AUTHORITY, ORGANISATIONS, PARTNERSHIPS, PLEDGES, TOKENS,
    VERSIONS,
};

impl Store {
    /// Loads a whole registry into an empty store as version 1 of every record, in one
    /// transaction: a crash leaves either nothing or everything.
    pub fn load(&self, registry: &Registry, actor: &str) -> Result<u64, StoreError> {
        let _guard = self.lock()?;
        if !self.is_empty() || !self.trees[EVENTS].is_empty() {
            return Err(StoreError::NotEmpty);
        }
        let now = Utc::now();
        let mut set = WriteSet::new(actor, now);
        for a in &registry.authorities {
            set.record(Kind::Authority, &a.code, 1, Action::Created, a)?;
        }
        for p in &registry.partnerships {
            set.record(Kind::Partnership, &p.id, 1, Action::Created, p)?;
        }
        for o in &registry.organisations {
            set.record(Kind::Organisation, &o.id, 1, Action::Created, o)?;
        }
        for p in &registry.pledges {
            let pledge = Pledge {
                version: 1,
                updated_at: Some(now),
                ..p.clone()
            };
            set.record(Kind::Pledge, &p.id, 1, Action::Created, &pledge)?;
        }
        for o in &registry.offers {
            let offer = Offer {
                version: 1,
                updated_at: now,
                ..o.clone()
            };
            set.record(Kind::Offer, &o.id, 1, Action::Created, &offer)?;
            set.put(
                OFFERS_BY_AUTHORITY,
                by_authority_key(&o.authority, &o.id),
                &(),
            )?;
        }
        let ids = registry
            .offers
            .iter()
            .map(|o| o.id.as_str())
            .chain(registry.pledges.iter().map(|p| p.id.as_str()));
        set.put_raw(META, NEXT_ID, &id_counter_after(ids)?.to_be_bytes());
        let count = set.events.len() as u64;
        self.commit(set)?;
        Ok(count)
    }

    /// Everything needed to rebuild this store elsewhere: records, histories, change log;
    /// with `with_access`, also the API tokens (their hashes and whose they are: a backup
    /// to restore this registry, not a copy to share). Taken under the write lock, so it
    /// is one consistent moment even while the server is writing.
    pub fn export(&self, with_access: bool) -> Result<Export, StoreError> {
        let _guard = self.lock()?;
        let versions = self.trees[VERSIONS]
            .iter()
            .map(|item| {
                let (key, value) = item?;
                let mut parts = key.splitn(3, |b| *b == 0);
                let kind = parts.next().and_then(|k| {
                    Kind::ALL
                        .into_iter()
                        .find(|kind| kind.name().as_bytes() == k)
                });
                let id = parts
                    .next()
                    .map(|id| String::from_utf8_lossy(id).into_owned());
                let entry: Version<serde_json::Value> = serde_json::from_slice(&value)?;
                Ok(match (kind, id) {
                    (Some(kind), Some(id)) => Some(ExportedVersion { kind, id, entry }),
                    _ => None,
                })
            })
            .filter_map(Result::transpose)
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Export {
            format: EXPORT_FORMAT.to_string(),
            registry: Registry {
                authorities: self.authorities()?,
                partnerships: self.partnerships()?,
                organisations: self.organisations()?,
                pledges: self.pledges()?,
                offers: self.offers()?,
            },
            versions,
            events: self.events_after(0).collect::<Result<Vec<_>, _>>()?,
            access: if with_access {
                Some(
                    self.tokens()?
                        .into_iter()
                        .map(|(hash, record)| ExportedToken { hash, record })
                        .collect(),
                )
            } else {
                None
            },
        })
    }

    /// Restores an export into an empty store exactly as it was (versions, actors,
    /// times and sequence numbers included).
    pub fn import(&self, export: &Export) -> Result<(), StoreError> {
        let _guard = self.lock()?;
        if !self.is_empty() || !self.trees[EVENTS].is_empty() {
            return Err(StoreError::NotEmpty);
        }
        let r = &export.registry;
        let mut set = WriteSet::new("import", Utc::now());
        for a in &r.authorities {
            set.put(AUTHORITIES, a.code.as_bytes().to_vec(), a)?;
        }
        for p in &r.partnerships {
            set.put(PARTNERSHIPS, p.id.as_bytes().to_vec(), p)?;
        }
        for o in &r.organisations {
            set.put(ORGANISATIONS, o.id.as_bytes().to_vec(), o)?;
        }
        for p in &r.pledges {
            set.put(PLEDGES, p.id.as_bytes().to_vec(), p)?;
        }
        for o in &r.offers {
            set.put(OFFERS, o.id.as_bytes().to_vec(), o)?;
            set.put(
                OFFERS_BY_AUTHORITY,
                by_authority_key(&o.authority, &o.id),
                &(),
            )?;
        }
        for v in &export.versions {
            set.put(
                VERSIONS,
                version_key(v.kind, &v.id, v.entry.version),
                &v.entry,
            )?;
        }
        for e in &export.events {
            set.put(EVENTS, e.seq.to_be_bytes().to_vec(), e)?;
        }
        for token in export.access.iter().flatten() {
            set.put(TOKENS, token.hash.as_bytes().to_vec(), &token.record)?;
        }
        // New ids must never meet an imported one, current or retired.
        let ids = r
            .offers
            .iter()
            .map(|o| o.id.as_str())
            .chain(r.pledges.iter().map(|p| p.id.as_str()))
            .chain(
                export
                    .versions
                    .iter()
                    .filter(|v| matches!(v.kind, Kind::Offer | Kind::Pledge))
                    .map(|v| v.id.as_str()),
            );
        set.put_raw(META, NEXT_ID, &id_counter_after(ids)?.to_be_bytes());
        // The events are the export's own, already numbered: `commit` adds none.
        self.commit(set)?;
        Ok(())
    }
}

pub const EXPORT_FORMAT: &str = "offer-atlas-export/1";

/// The whole registry with its history: `offer-atlas export` writes this as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    #[serde(flatten)]
    pub registry: Registry,
    pub versions: Vec<ExportedVersion>,
    pub events: Vec<Event>,
    /// The API tokens, in a backup only (`export --with-access`, `GET /api/v1/admin/backup`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<Vec<ExportedToken>>,
}

/// A token as a backup keeps it: its hash (never the token) and its record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedToken {
    pub hash: String,
    #[serde(flatten)]
    pub record: super::TokenRecord,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedVersion {
    pub kind: Kind,
    pub id: String,
    #[serde(flatten)]
    pub entry: Version<serde_json::Value>,
}
