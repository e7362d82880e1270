//! What council editors add to a council's offers (the workspace and `offers import`):
//! "reviewed, no change", a retirement with its reason, and a spreadsheet's whole plan
//! applied in one transaction.

use atlas_shared::api::{Action, History, Version};
use atlas_shared::retirement::{restored, retirement, Retirement};
use atlas_shared::spreadsheet::{Plan, RETIRED_BY_IMPORT};
use atlas_shared::Offer;
use chrono::Utc;

use super::offers::{by_authority_key, OfferLookup};
use super::{
    kind_prefix, Kind, Store, StoreError, WriteSet, META, NEXT_ID, OFFERS_BY_AUTHORITY, VERSIONS,
};

/// What an import wrote: the ids of the offers created, updated and retired.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub retired: Vec<String>,
}

impl Store {
    /// The offer `id` as it stands for a write read at `expected_version`, and the
    /// version the write makes (refused as a conflict if someone wrote first).
    fn current_offer_at(
        &self,
        id: &str,
        expected_version: u64,
    ) -> Result<(Offer, u64), StoreError> {
        let current = match self.offer(id)? {
            OfferLookup::Current(offer) => *offer,
            OfferLookup::Retired => return Err(StoreError::Retired),
            OfferLookup::Missing => return Err(StoreError::NotFound),
        };
        let version = self.next_version(Kind::Offer, id, Some(expected_version))?;
        Ok((current, version))
    }

    /// Records that an editor checked the offer and found it right: a new version whose
    /// only change is the review date, logged as `reviewed`.
    pub fn review_offer(
        &self,
        id: &str,
        expected_version: u64,
        on: chrono::NaiveDate,
        actor: &str,
    ) -> Result<Offer, StoreError> {
        let _guard = self.lock()?;
        let (current, version) = self.current_offer_at(id, expected_version)?;
        let now = Utc::now();
        let mut offer = Offer {
            version,
            updated_at: now,
            ..current
        };
        offer.content.reviewed = Some(on);
        let mut set = WriteSet::new(actor, now);
        set.record(Kind::Offer, id, offer.version, Action::Reviewed, &offer)?;
        self.commit(set)?;
        Ok(offer)
    }

    /// Retires an offer read at `expected_version`, keeping `reason` in the audit entry
    /// of the retiring version (the offer's own text stays as it was).
    pub fn retire_offer_because(
        &self,
        id: &str,
        expected_version: u64,
        reason: &str,
        actor: &str,
    ) -> Result<Offer, StoreError> {
        let _guard = self.lock()?;
        let (current, version) = self.current_offer_at(id, expected_version)?;
        let now = Utc::now();
        let retired = Offer {
            version,
            updated_at: now,
            ..current
        };
        let mut set = WriteSet::new(actor, now);
        set.record_because(
            Kind::Offer,
            id,
            retired.version,
            Action::Retired,
            &retired,
            Some(reason),
        )?;
        set.remove(
            OFFERS_BY_AUTHORITY,
            by_authority_key(&retired.authority, id),
        );
        self.commit(set)?;
        Ok(retired)
    }

    /// Brings back a retired offer read at `expected_version` (its retirement), as it
    /// stood when retired: a new version recorded `restored`, public again.
    pub fn restore_offer(
        &self,
        id: &str,
        expected_version: u64,
        actor: &str,
    ) -> Result<Offer, StoreError> {
        let _guard = self.lock()?;
        match self.offer(id)? {
            OfferLookup::Retired => {}
            OfferLookup::Current(_) => return Err(StoreError::NotRetired),
            OfferLookup::Missing => return Err(StoreError::NotFound),
        }
        let history = self
            .history::<Offer>(Kind::Offer, id)?
            .ok_or(StoreError::NotFound)?;
        let version = self.next_version(Kind::Offer, id, Some(expected_version))?;
        let now = Utc::now();
        let offer = restored(&history, version, now).ok_or(StoreError::NotRetired)?;
        let mut set = WriteSet::new(actor, now);
        set.record(Kind::Offer, id, offer.version, Action::Restored, &offer)?;
        set.put(
            OFFERS_BY_AUTHORITY,
            by_authority_key(&offer.authority, id),
            &(),
        )?;
        self.commit(set)?;
        Ok(offer)
    }

    /// The retired offers of `authority`, most recently retired first. Reads every
    /// offer's history once (only the last version of each is decoded).
    pub fn retired_offers_of(&self, authority: &str) -> Result<Vec<Retirement>, StoreError> {
        let prefix = kind_prefix(Kind::Offer);
        let mut found = Vec::new();
        let mut last: Option<(Vec<u8>, sled::IVec)> = None;
        let mut check = |id: &[u8], bytes: &sled::IVec| -> Result<(), StoreError> {
            let version: Version<Offer> = serde_json::from_slice(bytes)?;
            if version.action == Action::Retired && version.record.authority == authority {
                let history = History {
                    id: String::from_utf8_lossy(id).into_owned(),
                    retired: true,
                    versions: vec![version],
                };
                found.extend(retirement(&history));
            }
            Ok(())
        };
        for entry in self.trees[VERSIONS].scan_prefix(&prefix) {
            let (key, value) = entry?;
            // offer\0{id}\0{version, 8 bytes}
            let Some(id) = key
                .get(prefix.len()..key.len().saturating_sub(9))
                .map(<[u8]>::to_vec)
            else {
                continue;
            };
            if let Some((previous, bytes)) = &last {
                if *previous != id {
                    check(previous, bytes)?;
                }
            }
            last = Some((id, value));
        }
        if let Some((id, bytes)) = &last {
            check(id, bytes)?;
        }
        found.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| a.id.cmp(&b.id)));
        Ok(found)
    }

    /// Applies an import's plan for `authority` in one transaction: every offer created,
    /// updated and retired, or nothing. Refused with `Conflict` if an offer the plan
    /// changes has moved on since the plan was made (the dry run must be read again).
    pub fn apply_offer_import(
        &self,
        authority: &str,
        plan: &Plan,
        actor: &str,
    ) -> Result<ImportOutcome, StoreError> {
        let _guard = self.lock()?;
        if self.authority(authority)?.is_none() {
            return Err(StoreError::NotFound);
        }
        let mut outcome = ImportOutcome::default();
        if plan.is_empty() {
            return Ok(outcome);
        }
        let now = Utc::now();
        let mut set = WriteSet::new(actor, now);
        for update in &plan.update {
            let (current, version) = self.current_offer_at(&update.id, update.version)?;
            if current.authority != authority {
                return Err(StoreError::NotFound);
            }
            let offer = Offer {
                content: update.content.clone(),
                version,
                updated_at: now,
                ..current
            };
            set.record(
                Kind::Offer,
                &offer.id,
                offer.version,
                Action::Updated,
                &offer,
            )?;
            outcome.updated.push(offer.id);
        }
        for retire in &plan.retire {
            let (current, version) = self.current_offer_at(&retire.id, retire.version)?;
            if current.authority != authority {
                return Err(StoreError::NotFound);
            }
            let retired = Offer {
                version,
                updated_at: now,
                ..current
            };
            set.record_because(
                Kind::Offer,
                &retired.id,
                retired.version,
                Action::Retired,
                &retired,
                Some(RETIRED_BY_IMPORT),
            )?;
            set.remove(
                OFFERS_BY_AUTHORITY,
                by_authority_key(authority, &retired.id),
            );
            outcome.retired.push(retired.id);
        }
        // New ids from the store's counter, as `create_offer` gives them; the counter
        // moves once per id within this one transaction.
        let mut n = self.next_id()?;
        for create in &plan.create {
            let prefix = format!(
                "{}-{}",
                authority.to_ascii_lowercase(),
                create.content.topic
            );
            let id = self.take_id(&mut n, Kind::Offer, &prefix)?;
            let offer = Offer {
                id: id.clone(),
                authority: authority.to_string(),
                content: create.content.clone(),
                version: 1,
                updated_at: now,
            };
            set.record(Kind::Offer, &id, 1, Action::Created, &offer)?;
            set.put(OFFERS_BY_AUTHORITY, by_authority_key(authority, &id), &())?;
            outcome.created.push(id);
        }
        set.put_raw(META, NEXT_ID, &n.to_be_bytes());
        self.commit(set)?;
        Ok(outcome)
    }
}
