//! Retired offers, and bringing one back.
//!
//! An offer is retired while the last version in its history is a retirement: it is out
//! of the registry, but its history stays. Restoring it brings back the offer exactly as
//! it stood when it was retired, as a new version recorded `restored` and signed by the
//! person who restored it. A restore names the version it read (the retirement), so a
//! restore that raced another change is refused like any other stale write.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::access::signer;
use crate::api::{Action, History};
use crate::validate::{parse_object, ValidationErrors};
use crate::ErrorCode;
use crate::Offer;

/// A retired offer as an editor's list shows it: what it was, and when, by whom and why
/// it was retired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retirement {
    pub id: String,
    pub authority: String,
    /// Its title when it was retired.
    pub title: String,
    /// The version that records the retirement (the one a restore must name).
    pub version: u64,
    pub at: DateTime<Utc>,
    /// Who retired it: the person's name, or the role where the token named no one.
    pub by: String,
    pub reason: Option<String>,
}

/// The offer's retirement, if it is retired now (its last version is a retirement).
pub fn retirement(history: &History<Offer>) -> Option<Retirement> {
    let last = history.versions.last()?;
    (last.action == Action::Retired).then(|| Retirement {
        id: history.id.clone(),
        authority: last.record.authority.clone(),
        title: last.record.content.title.clone(),
        version: last.version,
        at: last.at,
        by: signer(&last.actor).to_string(),
        reason: last.reason.clone(),
    })
}

/// The offer a restore brings back as `version`, written `at`: the retired record, its
/// content untouched. `None` when the offer is not retired (nothing to restore).
pub fn restored(history: &History<Offer>, version: u64, at: DateTime<Utc>) -> Option<Offer> {
    retirement(history)?;
    let last = history.versions.last()?;
    Some(Offer {
        version,
        updated_at: at,
        ..last.record.clone()
    })
}

/// `POST /offers/{id}/restore`'s body: the version read, which must be the retirement.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct RestoreInput {
    pub version: u64,
}

impl RestoreInput {
    /// The body checked: an object with only `version`, a whole number, which is required.
    pub fn parse(value: serde_json::Value) -> Result<RestoreInput, ValidationErrors> {
        #[derive(Deserialize)]
        struct Sent {
            version: Option<u64>,
        }
        let sent: Sent = parse_object(value, &["version"])?;
        match sent.version {
            Some(version) => Ok(RestoreInput { version }),
            None => Err(ValidationErrors::single(
                "version",
                ErrorCode::MissingField,
                "the version you read (the offer's retirement) is required",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Version;
    use crate::offer::test_offer;

    fn version(n: u64, action: Action, actor: &str, reason: Option<&str>) -> Version<Offer> {
        let mut offer = test_offer("walsall-leisure", "E08000030", "leisure");
        offer.version = n;
        offer.content.title = format!("Leisure v{n}");
        Version {
            version: n,
            action,
            actor: actor.into(),
            at: DateTime::from_timestamp(1_700_000_000 + n as i64, 0).unwrap(),
            record: offer,
            reason: reason.map(str::to_string),
        }
    }

    fn history(versions: Vec<Version<Offer>>) -> History<Offer> {
        History {
            id: "walsall-leisure".into(),
            retired: versions.last().is_some_and(|v| v.action == Action::Retired),
            versions,
        }
    }

    #[test]
    fn an_offer_is_retired_while_its_last_version_is_a_retirement_signed_by_a_person() {
        let retired = history(vec![
            version(1, Action::Created, "import", None),
            version(
                2,
                Action::Retired,
                "Jane Smith (council-editor:E08000030)",
                Some("Replaced by the new grant."),
            ),
        ]);
        let r = retirement(&retired).expect("retired");
        assert_eq!(r.version, 2);
        assert_eq!(r.by, "Jane Smith");
        assert_eq!(r.title, "Leisure v2");
        assert_eq!(r.reason.as_deref(), Some("Replaced by the new grant."));

        let mut back = retired.clone();
        back.versions
            .push(version(3, Action::Restored, "Ann (admin)", None));
        assert_eq!(retirement(&back), None);
        assert_eq!(
            retirement(&history(vec![version(1, Action::Created, "x", None)])),
            None
        );
    }

    #[test]
    fn a_restored_offer_is_the_retired_one_unchanged_as_a_new_version() {
        let retired = history(vec![
            version(1, Action::Created, "import", None),
            version(2, Action::Retired, "council-editor:E08000030", Some("Gone")),
        ]);
        let at = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let back = restored(&retired, 3, at).expect("restorable");
        assert_eq!(back.version, 3);
        assert_eq!(back.updated_at, at);
        assert_eq!(back.content, retired.versions[1].record.content);
        assert_eq!(back.id, "walsall-leisure");
    }

    #[test]
    fn only_a_retired_offer_can_be_restored() {
        let current = history(vec![version(1, Action::Created, "import", None)]);
        let at = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        assert_eq!(restored(&current, 2, at), None);
    }

    #[test]
    fn a_restore_names_the_version_it_read_and_nothing_else() {
        assert_eq!(
            RestoreInput::parse(serde_json::json!({ "version": 4 })),
            Ok(RestoreInput { version: 4 })
        );
        for (bad, field) in [
            (serde_json::json!({}), "version"),
            (serde_json::json!({ "version": null }), "version"),
            (serde_json::json!({ "version": "4" }), "version"),
            (serde_json::json!({ "version": 4, "reason": "x" }), "reason"),
            (serde_json::json!([4]), ""),
        ] {
            let errors = RestoreInput::parse(bad.clone()).unwrap_err();
            assert_eq!(errors.first().unwrap().field, field, "{bad}");
        }
    }
}
