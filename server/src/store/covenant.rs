//! Covenant organisations and their pledges: registration, verification, the pledge
//! lifecycle.

use atlas_shared::api::Action;
use atlas_shared::covenant::{organisation_id, LifecycleError, PledgeContent, Registration};
use atlas_shared::moderation::{organisation_decision, pledge_decision, LogEntry};
use atlas_shared::{Organisation, Pledge};
use chrono::Utc;

use super::tokens::TokenRecord;
use super::{Kind, Store, StoreError, WriteSet, ORGANISATIONS, PLEDGES, TOKENS};

impl Store {
    /// The moderators' decisions, newest first: `skip` newer ones left out, at most `take`
    /// listed, and whether older ones remain. Reads the change log from its end and
    /// decodes only the versions that record a decision.
    pub fn moderation_log(
        &self,
        skip: usize,
        take: usize,
    ) -> Result<(Vec<LogEntry>, bool), StoreError> {
        let mut entries = Vec::with_capacity(take);
        let mut seen = 0;
        for event in self.events_newest_first() {
            let event = event?;
            let entry = match (event.kind, event.action) {
                (Kind::Pledge, Action::Published | Action::Rejected) => self
                    .version::<Pledge>(Kind::Pledge, &event.id, event.version)?
                    .and_then(|v| pledge_decision(&v)),
                (Kind::Organisation, Action::Verified) => self
                    .version::<Organisation>(Kind::Organisation, &event.id, event.version)?
                    .and_then(|v| organisation_decision(&v)),
                _ => None,
            };
            let Some(entry) = entry else { continue };
            seen += 1;
            if seen <= skip {
                continue;
            }
            if entries.len() == take {
                return Ok((entries, true));
            }
            entries.push(entry);
        }
        Ok((entries, false))
    }

    pub fn organisation(&self, id: &str) -> Result<Option<Organisation>, StoreError> {
        self.get(ORGANISATIONS, id.as_bytes())
    }

    pub fn organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        self.all(ORGANISATIONS)
    }

    pub fn pledge(&self, id: &str) -> Result<Option<Pledge>, StoreError> {
        self.get(PLEDGES, id.as_bytes())
    }

    pub fn pledges(&self) -> Result<Vec<Pledge>, StoreError> {
        self.all(PLEDGES)
    }

    /// Registers a new, unverified organisation together with its signatory's token, in
    /// one transaction: there is never an organisation without its token or the reverse.
    pub fn register_organisation(
        &self,
        registration: Registration,
        token_hash: &str,
        token: impl FnOnce(&str) -> TokenRecord,
        actor: &str,
    ) -> Result<Organisation, StoreError> {
        let _guard = self.lock()?;
        let tree = &self.trees[ORGANISATIONS];
        let id = organisation_id(&registration.name, |id| {
            tree.contains_key(id.as_bytes()).unwrap_or(true)
        });
        let now = Utc::now();
        let organisation = Organisation::register(id.clone(), registration, now.date_naive());
        let mut set = WriteSet::new(actor, now);
        set.record(Kind::Organisation, &id, 1, Action::Created, &organisation)?;
        set.put(TOKENS, token_hash.as_bytes().to_vec(), &token(&id))?;
        self.commit(set)?;
        Ok(organisation)
    }

    /// Marks an organisation verified: it and its published pledges become public.
    pub fn verify_organisation(&self, id: &str, actor: &str) -> Result<Organisation, StoreError> {
        let _guard = self.lock()?;
        let mut organisation = self.organisation(id)?.ok_or(StoreError::NotFound)?;
        if organisation.verified {
            return Err(LifecycleError("this organisation is already verified").into());
        }
        organisation.verified = true;
        let version = self.next_version(Kind::Organisation, id, None)?;
        let mut set = WriteSet::new(actor, Utc::now());
        set.record(
            Kind::Organisation,
            id,
            version,
            Action::Verified,
            &organisation,
        )?;
        self.commit(set)?;
        Ok(organisation)
    }

    /// Stores a new pending pledge of `organisation` (which must exist) as version 1.
    pub fn submit_pledge(
        &self,
        organisation: &str,
        content: PledgeContent,
        actor: &str,
    ) -> Result<Pledge, StoreError> {
        let _guard = self.lock()?;
        if self.organisation(organisation)?.is_none() {
            return Err(StoreError::NotFound);
        }
        let now = Utc::now();
        let mut set = WriteSet::new(actor, now);
        let prefix = format!("{organisation}-{}", content.topic);
        let id = self.allocate_id(&mut set, Kind::Pledge, &prefix)?;
        let mut pledge = Pledge::submit(id.clone(), organisation.to_string(), content);
        pledge.updated_at = Some(now);
        set.record(Kind::Pledge, &id, 1, Action::Created, &pledge)?;
        self.commit(set)?;
        Ok(pledge)
    }

    /// Applies one lifecycle step to a pledge as a new version. `expected_version`, when
    /// given, must still be current (an edit based on an old read is refused).
    pub fn change_pledge(
        &self,
        id: &str,
        expected_version: Option<u64>,
        action: Action,
        actor: &str,
        step: impl FnOnce(&mut Pledge) -> Result<(), LifecycleError>,
    ) -> Result<Pledge, StoreError> {
        let _guard = self.lock()?;
        let mut pledge = self.pledge(id)?.ok_or(StoreError::NotFound)?;
        let version = self.next_version(Kind::Pledge, id, expected_version)?;
        step(&mut pledge)?;
        let now = Utc::now();
        pledge.version = version;
        pledge.updated_at = Some(now);
        let mut set = WriteSet::new(actor, now);
        set.record(Kind::Pledge, id, pledge.version, action, &pledge)?;
        self.commit(set)?;
        Ok(pledge)
    }
}
