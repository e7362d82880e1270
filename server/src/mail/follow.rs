//! Who needs to hear of a change. The mail follower reads the change log the way the
//! search index does, from the last change it told of; a change's letters are queued in
//! the same transaction that moves its place, so a crash neither loses nor repeats them.

use atlas_shared::access::Role;
use atlas_shared::api::Action;
use atlas_shared::covenant::{Organisation, Pledge};
use atlas_shared::words::Locale;
use chrono::{DateTime, Duration, Utc};

use super::letters::{self, Waiting};
use crate::store::{Event, Kind, Letter, Store, StoreError};

/// Key in `meta` of the last change the follower has told of (u64, big-endian).
const TOLD: &str = "mail_told_seq";
/// A change older than this is not news: a relay set up later does not mail the past.
const NEWS_FOR: Duration = Duration::days(7);
/// Changes read per pass.
const BATCH: usize = 500;

/// Queues the letters for changes since the last pass; returns how many. The first pass
/// on a store starts from its latest change.
pub fn follow(store: &Store, site: &str, now: DateTime<Utc>) -> Result<usize, StoreError> {
    let told = match store.mail_mark(TOLD)? {
        Some(bytes) => u64::from_be_bytes(bytes.as_slice().try_into().unwrap_or([0; 8])),
        None => {
            let latest = store.last_seq()?;
            store.queue_letters(Vec::new(), &[(TOLD, latest.to_be_bytes().to_vec())])?;
            return Ok(0);
        }
    };
    let mut letters = Vec::new();
    let mut last = told;
    for event in store.events_after(told).take(BATCH) {
        let event = event?;
        last = event.seq;
        if now - event.at <= NEWS_FOR {
            letters.extend(letters_for(store, &event, site)?);
        }
    }
    if last == told {
        return Ok(0);
    }
    let count = letters.len();
    store.queue_letters(letters, &[(TOLD, last.to_be_bytes().to_vec())])?;
    Ok(count)
}

/// The letters one change calls for.
fn letters_for(store: &Store, event: &Event, site: &str) -> Result<Vec<Letter>, StoreError> {
    match (event.kind, event.action) {
        (Kind::Organisation, Action::Created) => {
            let Some(organisation) = organisation_at(store, &event.id, event.version)? else {
                return Ok(Vec::new());
            };
            Ok(to_moderators(store, |to, locale| {
                letters::waiting_for_moderation(
                    to,
                    locale,
                    Waiting::Organisation(&organisation),
                    site,
                )
            })?)
        }
        (
            Kind::Pledge,
            Action::Created | Action::Updated | Action::Published | Action::Rejected,
        ) => {
            let Some(version) = store.version::<Pledge>(Kind::Pledge, &event.id, event.version)?
            else {
                return Ok(Vec::new());
            };
            let pledge = version.record;
            let Some(organisation) = store.organisation(&pledge.organisation)? else {
                return Ok(Vec::new());
            };
            match event.action {
                Action::Created => to_moderators(store, |to, locale| {
                    letters::waiting_for_moderation(
                        to,
                        locale,
                        Waiting::Pledge(&organisation, &pledge),
                        site,
                    )
                }),
                // An edit waits for a moderator only when it is a draft of a published pledge.
                Action::Updated if pledge.draft.is_some() => to_moderators(store, |to, locale| {
                    letters::waiting_for_moderation(
                        to,
                        locale,
                        Waiting::Edit(&organisation, &pledge),
                        site,
                    )
                }),
                Action::Published => Ok(to_signatories(store, &organisation, |to, locale| {
                    letters::pledge_published(to, locale, &organisation, &pledge, site)
                })?),
                Action::Rejected => Ok(to_signatories(store, &organisation, |to, locale| {
                    letters::pledge_rejected(to, locale, &organisation, &pledge, site)
                })?),
                _ => Ok(Vec::new()),
            }
        }
        _ => Ok(Vec::new()),
    }
}

fn organisation_at(
    store: &Store,
    id: &str,
    version: u64,
) -> Result<Option<Organisation>, StoreError> {
    Ok(store
        .version::<Organisation>(Kind::Organisation, id, version)?
        .map(|v| v.record))
}

/// One letter to each moderator (or, where there is none, each admin), in their language.
fn to_moderators(
    store: &Store,
    write: impl Fn(&str, &Locale) -> Letter,
) -> Result<Vec<Letter>, StoreError> {
    let mut people = store.people_with(|role| *role == Role::Moderator)?;
    if people.is_empty() {
        people = store.people_with(|role| *role == Role::Admin)?;
    }
    Ok(people
        .iter()
        .map(|p| write(&p.email, &letters::locale(p.lang.as_deref())))
        .collect())
}

/// One letter to the organisation's contact address and each of its signatories, in the
/// language the organisation registered in.
fn to_signatories(
    store: &Store,
    organisation: &Organisation,
    write: impl Fn(&str, &Locale) -> Letter,
) -> Result<Vec<Letter>, StoreError> {
    let mut addresses: Vec<String> = organisation.contact_email.iter().cloned().collect();
    for person in store.people_with(|role| role.signs_for(&organisation.id))? {
        if !addresses
            .iter()
            .any(|a| a.eq_ignore_ascii_case(&person.email))
        {
            addresses.push(person.email);
        }
    }
    let locale = letters::locale(organisation.lang.as_deref());
    Ok(addresses.iter().map(|to| write(to, &locale)).collect())
}
