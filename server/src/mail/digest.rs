//! The weekly letter to each council's editors listing its offers due for review (by
//! the same rule the workspace and the boards use: `atlas_shared::consistency::is_stale`).

use atlas_shared::access::Role;
use atlas_shared::consistency::is_stale;
use chrono::{DateTime, Duration, Utc};

use super::letters;
use crate::store::{Store, StoreError};

/// Key in `meta` of when the last digest was queued (RFC 3339).
const SENT: &str = "review_digest_sent";
/// How often editors hear of what is due.
pub const EVERY: Duration = Duration::days(7);

/// Queues the digest if a week has passed since the last one (or there has been none);
/// returns how many letters. Councils with nothing due, or no editor, get none.
pub fn review_digest(
    store: &Store,
    site: &str,
    stale_after_days: u32,
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    let last = store
        .mail_mark(SENT)?
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| DateTime::parse_from_rfc3339(&text).ok());
    if last.is_some_and(|last| now - last.with_timezone(&Utc) < EVERY) {
        return Ok(0);
    }
    let today = now.date_naive();
    let mut letters = Vec::new();
    for council in store.authorities()? {
        let editors = store.people_with(
            |role| matches!(role, Role::CouncilEditor { authority } if *authority == council.code),
        )?;
        if editors.is_empty() {
            continue;
        }
        let mut offers = store.offers_of(&council.code)?;
        offers.sort_by(|a, b| a.content.title.cmp(&b.content.title));
        let due: Vec<_> = offers
            .iter()
            .filter(|o| is_stale(o.content.reviewed, today, stale_after_days))
            .collect();
        if due.is_empty() {
            continue;
        }
        for editor in &editors {
            let locale = letters::locale(editor.lang.as_deref());
            letters.push(letters::review_digest(
                &editor.email,
                &locale,
                &council,
                &due,
                site,
            ));
        }
    }
    let count = letters.len();
    store.queue_letters(letters, &[(SENT, now.to_rfc3339().into_bytes())])?;
    Ok(count)
}
