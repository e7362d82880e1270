//! A council's offers: reads by id and by council, and the versioned writes.

use atlas_shared::api::Action;
use atlas_shared::{Offer, OfferContent};
use chrono::Utc;

use super::{
    version_prefix, Kind, Store, StoreError, WriteSet, OFFERS, OFFERS_BY_AUTHORITY, VERSIONS,
};

/// Whether an offer id is current, retired, or unknown.
pub enum OfferLookup {
    Current(Box<Offer>),
    Retired,
    Missing,
}

pub(super) fn by_authority_key(authority: &str, id: &str) -> Vec<u8> {
    let mut key = by_authority_prefix(authority);
    key.extend_from_slice(id.as_bytes());
    key
}

pub(super) fn by_authority_prefix(authority: &str) -> Vec<u8> {
    let mut key = authority.as_bytes().to_vec();
    key.push(0);
    key
}

impl Store {
    pub fn offers(&self) -> Result<Vec<Offer>, StoreError> {
        self.all(OFFERS)
    }

    pub fn offer(&self, id: &str) -> Result<OfferLookup, StoreError> {
        if let Some(offer) = self.get(OFFERS, id.as_bytes())? {
            return Ok(OfferLookup::Current(Box::new(offer)));
        }
        let has_history = self.trees[VERSIONS]
            .scan_prefix(version_prefix(Kind::Offer, id))
            .next()
            .is_some();
        Ok(if has_history {
            OfferLookup::Retired
        } else {
            OfferLookup::Missing
        })
    }

    /// The current offers of one authority, in id order.
    pub fn offers_of(&self, authority: &str) -> Result<Vec<Offer>, StoreError> {
        let prefix = by_authority_prefix(authority);
        let mut offers = Vec::new();
        for key in self.trees[OFFERS_BY_AUTHORITY].scan_prefix(&prefix).keys() {
            let key = key?;
            if let Some(offer) = self.get(OFFERS, &key[prefix.len()..])? {
                offers.push(offer);
            }
        }
        Ok(offers)
    }

    /// Creates an offer for `authority` (which must exist) as version 1.
    pub fn create_offer(
        &self,
        authority: &str,
        content: OfferContent,
        actor: &str,
    ) -> Result<Offer, StoreError> {
        let _guard = self.lock()?;
        if self.authority(authority)?.is_none() {
            return Err(StoreError::NotFound);
        }
        let now = Utc::now();
        let mut set = WriteSet::new(actor, now);
        // Ids read well in URLs: authority, topic, then the store's own counter.
        let prefix = format!("{}-{}", authority.to_ascii_lowercase(), content.topic);
        let id = self.allocate_id(&mut set, Kind::Offer, &prefix)?;
        let offer = Offer {
            id: id.clone(),
            authority: authority.to_string(),
            content,
            version: 1,
            updated_at: now,
        };
        set.record(Kind::Offer, &id, 1, Action::Created, &offer)?;
        set.put(OFFERS_BY_AUTHORITY, by_authority_key(authority, &id), &())?;
        self.commit(set)?;
        Ok(offer)
    }

    /// Replaces an offer's content if `expected_version` is still current.
    pub fn update_offer(
        &self,
        id: &str,
        expected_version: u64,
        content: OfferContent,
        actor: &str,
    ) -> Result<Offer, StoreError> {
        let _guard = self.lock()?;
        let current = match self.offer(id)? {
            OfferLookup::Current(offer) => offer,
            OfferLookup::Retired => return Err(StoreError::Retired),
            OfferLookup::Missing => return Err(StoreError::NotFound),
        };
        let version = self.next_version(Kind::Offer, id, Some(expected_version))?;
        let now = Utc::now();
        let offer = Offer {
            content,
            version,
            updated_at: now,
            ..*current
        };
        let mut set = WriteSet::new(actor, now);
        set.record(Kind::Offer, id, offer.version, Action::Updated, &offer)?;
        self.commit(set)?;
        Ok(offer)
    }

    /// Retires an offer: it leaves the registry but stays in its history.
    pub fn retire_offer(&self, id: &str, actor: &str) -> Result<Offer, StoreError> {
        let _guard = self.lock()?;
        let current = match self.offer(id)? {
            OfferLookup::Current(offer) => offer,
            OfferLookup::Retired => return Err(StoreError::Retired),
            OfferLookup::Missing => return Err(StoreError::NotFound),
        };
        let version = self.next_version(Kind::Offer, id, None)?;
        let now = Utc::now();
        let retired = Offer {
            version,
            updated_at: now,
            ..*current
        };
        let mut set = WriteSet::new(actor, now);
        set.record(Kind::Offer, id, retired.version, Action::Retired, &retired)?;
        set.remove(
            OFFERS_BY_AUTHORITY,
            by_authority_key(&retired.authority, id),
        );
        self.commit(set)?;
        Ok(retired)
    }
}
