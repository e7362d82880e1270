//! The store's rules, on a real sled store in a temporary folder.
use super::*;
use atlas_shared::api::Action;
use atlas_shared::covenant::PledgeContent;
use atlas_shared::registry::Registry;
use atlas_shared::{AppliesTo, Basis, Category, OfferStatus, OrganisationKind, Source, Tier};
use atlas_shared::{Authority, Offer, OfferContent, Organisation};

fn authority(code: &str) -> Authority {
    Authority {
        region: None,
        leaving_care: None,
        code: code.into(),
        name: format!("Council {code}"),
        tier: Tier::Unitary,
        parent: None,
        partnerships: vec![],
        website: None,
        offer_url: None,
        offer_reviewed: None,
        predecessors: vec![],
        successors: vec![],
        replaced_on: None,
    }
}

fn source() -> Source {
    Source {
        read: None,
        document: "test".into(),
        locator: "1".into(),
        url: None,
        date: None,
    }
}

pub(crate) fn content(title: &str) -> OfferContent {
    OfferContent {
        delivery: None,
        new_referrals_to: None,
        topic: "wifi".into(),
        category: Category::Money,
        title: title.into(),
        summary: "s".into(),
        details: None,
        status: OfferStatus::Available,
        basis: Basis::Discretionary,
        applies_to: AppliesTo::Unstated,
        age_from: 16,
        age_to: 25,
        conditions: vec![],
        value: None,
        how_to_access: None,
        contact: None,
        source: source(),
        reviewed: None,
        council_tax: None,
        note: None,
    }
}

fn pledge_content() -> PledgeContent {
    PledgeContent {
        topic: "internships".into(),
        category: Category::Employment,
        title: "Internships".into(),
        summary: "s".into(),
        details: None,
        coverage: Default::default(),
        age_from: 16,
        age_to: 25,
        conditions: vec![],
        places: None,
        how_to_apply: None,
        closes: None,
        source: None,
    }
}

/// Opens the store in `dir` again after it was dropped: sled's flusher thread lets go of
/// the directory's lock a moment later, so a lock still held is waited for (up to 5 s).
pub(crate) fn reopen(dir: &std::path::Path) -> Result<Store, StoreError> {
    let mut tries = 0;
    loop {
        match Store::open(dir) {
            Err(StoreError::Sled(sled::Error::Io(e)))
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.to_string().contains("could not acquire lock") =>
            {
                tries += 1;
                assert!(tries < 250, "the store stayed locked: {e}");
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// A store holding one council and one verified organisation.
pub(crate) fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let registry = Registry {
        authorities: vec![authority("E06000054")],
        organisations: vec![Organisation {
            id: "acme".into(),
            name: "Acme".into(),
            kind: OrganisationKind::Employer,
            website: None,
            signed: None,
            verified: true,
            source: None,
            contact_email: None,
            statement: None,
            lang: None,
        }],
        ..Registry::default()
    };
    store.load(&registry, "test").unwrap();
    (dir, store)
}

#[test]
fn a_stale_version_is_refused_and_changes_nothing() {
    let (_dir, store) = store();
    let offer = store
        .create_offer("E06000054", content("one"), "editor")
        .unwrap();
    let updated = store
        .update_offer(&offer.id, 1, content("two"), "editor")
        .unwrap();
    assert_eq!(updated.version, 2);
    let err = store
        .update_offer(&offer.id, 1, content("three"), "editor")
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Conflict { current: 2 }),
        "{err:?}"
    );
    match store.offer(&offer.id).unwrap() {
        OfferLookup::Current(o) => assert_eq!(o.content.title, "two"),
        _ => panic!("the offer went missing"),
    }
}

#[test]
fn a_retired_offer_keeps_its_history_and_its_id() {
    let (_dir, store) = store();
    let offer = store
        .create_offer("E06000054", content("one"), "editor")
        .unwrap();
    store.retire_offer(&offer.id, "editor").unwrap();
    assert!(matches!(
        store.offer(&offer.id).unwrap(),
        OfferLookup::Retired
    ));
    assert!(store.offers_of("E06000054").unwrap().is_empty());
    assert!(matches!(
        store.retire_offer(&offer.id, "editor"),
        Err(StoreError::Retired)
    ));
    let history = store
        .history::<serde_json::Value>(Kind::Offer, &offer.id)
        .unwrap()
        .unwrap();
    assert!(history.retired);
    assert_eq!(history.versions.len(), 2);
    // The next offer gets a new id, never the retired one's.
    let next = store
        .create_offer("E06000054", content("two"), "editor")
        .unwrap();
    assert_ne!(next.id, offer.id);
}

#[test]
fn ids_are_never_given_twice_even_after_import() {
    let (_dir, store) = store();
    let kept = store
        .create_offer("E06000054", content("kept"), "editor")
        .unwrap();
    let retired = store
        .create_offer("E06000054", content("retired"), "editor")
        .unwrap();
    store.retire_offer(&retired.id, "editor").unwrap();
    let pledge = store
        .submit_pledge("acme", pledge_content(), "signatory")
        .unwrap();
    let export = store.export(false).unwrap();

    let copy_dir = tempfile::tempdir().unwrap();
    let copy = Store::open(copy_dir.path()).unwrap();
    copy.import(&export).unwrap();
    let new_offer = copy
        .create_offer("E06000054", content("new"), "editor")
        .unwrap();
    let new_pledge = copy
        .submit_pledge("acme", pledge_content(), "signatory")
        .unwrap();
    for old in [&kept.id, &retired.id] {
        assert_ne!(&new_offer.id, old);
    }
    assert_ne!(new_pledge.id, pledge.id);
    // Every imported record and version is still there, unchanged.
    let after = copy.export(false).unwrap();
    for v in &export.versions {
        assert!(
            after.versions.contains(v),
            "lost {} {}",
            v.id,
            v.entry.version
        );
    }
    for o in &export.registry.offers {
        assert!(after.registry.offers.contains(o), "lost {}", o.id);
    }
    assert!(after.registry.pledges.contains(&export.registry.pledges[0]));
}

#[test]
fn a_create_never_overwrites_even_when_the_counter_is_behind() {
    let (_dir, store) = store();
    let first = store
        .create_offer("E06000054", content("first"), "editor")
        .unwrap();
    // Wind the counter back, as a store written before the counter existed would be.
    store.trees[META]
        .insert(NEXT_ID, &1u64.to_be_bytes())
        .unwrap();
    let second = store
        .create_offer("E06000054", content("second"), "editor")
        .unwrap();
    assert_ne!(first.id, second.id);
    match store.offer(&first.id).unwrap() {
        OfferLookup::Current(o) => assert_eq!(o.content.title, "first"),
        _ => panic!("the first offer went missing"),
    }
    // And the transaction itself refuses a create whose key exists.
    let mut set = WriteSet::new("test", Utc::now());
    set.record(Kind::Offer, &first.id, 1, Action::Created, &first)
        .unwrap();
    let _guard = store.lock().unwrap();
    assert!(matches!(store.commit(set), Err(StoreError::AlreadyExists)));
}

#[test]
fn the_counter_moves_past_every_number_an_id_ends_in() {
    assert_eq!(id_counter_after(["a", "b-c"].into_iter()).unwrap(), 1);
    assert_eq!(
        id_counter_after(["e06-wifi-17", "x-3", "y-99x"].into_iter()).unwrap(),
        18
    );
    let last = format!("z-{LARGEST_ID_NUMBER}");
    assert_eq!(
        id_counter_after([last.as_str()].into_iter()).unwrap(),
        LARGEST_ID_NUMBER + 1
    );
    let over = format!("z-{}", LARGEST_ID_NUMBER + 1);
    assert!(matches!(
        id_counter_after(["x-3", over.as_str()].into_iter()),
        Err(StoreError::IdTooLarge { id }) if id == over
    ));
}

#[test]
fn an_import_applies_whole_or_not_at_all_and_retirement_keeps_its_reason() {
    use atlas_shared::spreadsheet::{Create, Plan, Retire, Update};
    let (_dir, store) = store();
    let keep = store
        .create_offer("E06000054", content("keep"), "editor")
        .unwrap();
    let change = store
        .create_offer("E06000054", content("change"), "editor")
        .unwrap();
    let gone = store
        .create_offer("E06000054", content("gone"), "editor")
        .unwrap();
    let seq = store.last_seq().unwrap();
    let mut plan = Plan {
        create: vec![
            Create {
                row: 2,
                content: content("new one"),
            },
            Create {
                row: 3,
                content: content("new two"),
            },
        ],
        update: vec![Update {
            row: 4,
            id: change.id.clone(),
            version: 1,
            content: content("changed"),
            changes: vec![],
        }],
        unchanged: vec![],
        retire: vec![Retire {
            id: gone.id.clone(),
            version: 2, // stale: it is at version 1
            title: "gone".into(),
        }],
    };
    // One stale step refuses the whole import: nothing written, no event.
    assert!(matches!(
        store.apply_offer_import("E06000054", &plan, "council-editor:E06000054"),
        Err(StoreError::Conflict { current: 1 })
    ));
    assert_eq!(store.last_seq().unwrap(), seq);
    assert_eq!(store.offers_of("E06000054").unwrap().len(), 3);

    plan.retire[0].version = 1;
    let outcome = store
        .apply_offer_import("E06000054", &plan, "council-editor:E06000054")
        .unwrap();
    assert_eq!(outcome.created.len(), 2);
    assert_ne!(outcome.created[0], outcome.created[1]);
    assert_eq!(store.last_seq().unwrap(), seq + 4);
    let titles: Vec<String> = store
        .offers_of("E06000054")
        .unwrap()
        .into_iter()
        .map(|o| o.content.title)
        .collect();
    assert_eq!(titles.len(), 4);
    for t in ["keep", "changed", "new one", "new two"] {
        assert!(titles.contains(&t.to_string()), "{t}");
    }
    let history = store
        .history::<Offer>(Kind::Offer, &gone.id)
        .unwrap()
        .unwrap();
    let last = history.versions.last().unwrap();
    assert_eq!(last.action, Action::Retired);
    assert_eq!(
        last.reason.as_deref(),
        Some(atlas_shared::spreadsheet::RETIRED_BY_IMPORT)
    );
    assert_eq!(last.actor, "council-editor:E06000054");
    // The next new offer never reuses an imported id.
    let next = store
        .create_offer("E06000054", content("later"), "editor")
        .unwrap();
    assert!(!outcome.created.contains(&next.id));
    // An empty plan writes nothing.
    let seq = store.last_seq().unwrap();
    store
        .apply_offer_import("E06000054", &Plan::default(), "x")
        .unwrap();
    assert_eq!(store.last_seq().unwrap(), seq);
    assert_eq!(
        store
            .history::<Offer>(Kind::Offer, &keep.id)
            .unwrap()
            .unwrap()
            .versions
            .len(),
        1
    );
}

#[test]
fn a_review_moves_only_the_date_and_a_reasoned_retirement_checks_the_version() {
    let (_dir, store) = store();
    let offer = store
        .create_offer("E06000054", content("one"), "editor")
        .unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
    let reviewed = store.review_offer(&offer.id, 1, day, "editor").unwrap();
    assert_eq!(reviewed.version, 2);
    assert_eq!(reviewed.content.reviewed, Some(day));
    let mut expected = offer.content.clone();
    expected.reviewed = Some(day);
    assert_eq!(reviewed.content, expected);
    assert!(matches!(
        store.review_offer(&offer.id, 1, day, "editor"),
        Err(StoreError::Conflict { current: 2 })
    ));
    assert!(matches!(
        store.retire_offer_because(&offer.id, 1, "old", "editor"),
        Err(StoreError::Conflict { current: 2 })
    ));
    store
        .retire_offer_because(&offer.id, 2, "Replaced by the new grant.", "editor")
        .unwrap();
    let history = store
        .history::<Offer>(Kind::Offer, &offer.id)
        .unwrap()
        .unwrap();
    let actions: Vec<Action> = history.versions.iter().map(|v| v.action).collect();
    assert_eq!(
        actions,
        vec![Action::Created, Action::Reviewed, Action::Retired]
    );
    assert_eq!(
        history.versions[2].reason.as_deref(),
        Some("Replaced by the new grant.")
    );
    assert!(history.versions[1].reason.is_none());
}

#[test]
fn an_import_refuses_an_id_the_counter_could_not_continue_from_and_names_it() {
    let (_dir, store) = store();
    let offer = store
        .create_offer("E06000054", content("one"), "editor")
        .unwrap();
    let mut export = store.export(false).unwrap();
    // The probe's export: the offer's id ends in the largest 64-bit number.
    let huge = format!("e06000054-wifi-{}", u64::MAX);
    export.registry.offers[0].id = huge.clone();
    for v in export.versions.iter_mut().filter(|v| v.id == offer.id) {
        v.id = huge.clone();
    }
    for e in export.events.iter_mut().filter(|e| e.id == offer.id) {
        e.id = huge.clone();
    }
    let copy_dir = tempfile::tempdir().unwrap();
    let copy = Store::open(copy_dir.path()).unwrap();
    let refused = copy
        .import(&export)
        .expect_err("an id the counter cannot pass");
    assert!(refused.to_string().contains(&huge), "{refused}");
    assert!(copy.is_empty(), "nothing was imported");
    assert_eq!(copy.last_seq().unwrap(), 0);
}

#[test]
fn a_create_past_the_counters_end_is_an_error_and_never_holds_the_write_lock() {
    let (_dir, store) = store();
    let store = std::sync::Arc::new(store);
    let kept = store
        .create_offer("E06000054", content("kept"), "editor")
        .unwrap();
    // A counter at the very end, as an imported id ending near the largest number left it.
    store.trees[META]
        .insert(NEXT_ID, &(u64::MAX - 1).to_be_bytes())
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let writer = store.clone();
    std::thread::spawn(move || {
        let results: Vec<bool> = (0..3)
            .map(|i| {
                writer
                    .create_offer("E06000054", content(&format!("new {i}")), "editor")
                    .is_ok()
            })
            .collect();
        let _ = tx.send(results);
    });
    let results = rx
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("a create spun holding the write lock instead of answering");
    assert_eq!(results.last(), Some(&false), "{results:?}");
    // The write lock is free: other writes still go through.
    let updated = store
        .update_offer(&kept.id, 1, content("still writable"), "editor")
        .unwrap();
    assert_eq!(updated.version, 2);
}

#[test]
fn queued_letters_and_the_mark_of_what_was_told_land_together_and_survive_a_reopen() {
    let (dir, store) = store();
    let letter = |to: &str| crate::store::Letter {
        to: to.to_string(),
        subject: "s".into(),
        body: "b".into(),
        about: "test",
    };
    store
        .queue_letters(
            vec![letter("a@example.org"), letter("b@example.org")],
            &[("mark", b"7".to_vec())],
        )
        .unwrap();
    drop(store);
    let store = reopen(dir.path()).unwrap();
    assert_eq!(store.mail_mark("mark").unwrap(), Some(b"7".to_vec()));
    let now = chrono::Utc::now();
    let due = store.letters_due(now, 10).unwrap();
    assert_eq!(due.len(), 2);
    // A refused letter waits; a sent one is gone.
    store
        .letter_failed(due[0].0, &due[0].1, now + chrono::Duration::minutes(1))
        .unwrap();
    store.letter_sent(due[1].0).unwrap();
    assert!(store.letters_due(now, 10).unwrap().is_empty());
    assert_eq!(store.letters_waiting(), 1);
    let later = store
        .letters_due(now + chrono::Duration::minutes(2), 10)
        .unwrap();
    assert_eq!(later[0].1.attempts, 1);
    assert_eq!(later[0].1.to, "a@example.org");
}

#[test]
fn a_replacement_ticket_works_once_and_not_after_it_ends() {
    let (_dir, store) = store();
    let now = chrono::Utc::now();
    let ticket = crate::store::Ticket {
        token_hash: "abc".into(),
        expires: now + chrono::Duration::minutes(60),
    };
    store.put_ticket("t1", &ticket).unwrap();
    store
        .put_ticket(
            "t2",
            &crate::store::Ticket {
                expires: now - chrono::Duration::seconds(1),
                ..ticket.clone()
            },
        )
        .unwrap();
    assert!(store.ticket("t2", now).unwrap().is_none());
    assert_eq!(store.take_ticket("t1", now).unwrap(), Some(ticket));
    assert!(store.take_ticket("t1", now).unwrap().is_none());
    assert_eq!(store.prune_tickets(now).unwrap(), 1);
}

#[test]
fn a_store_records_its_format_and_one_from_a_newer_release_is_refused() {
    let (dir, store) = store();
    assert_eq!(store.format().unwrap(), super::STORE_FORMAT);
    store.trees[super::META]
        .insert(b"store_format", &99u32.to_be_bytes())
        .unwrap();
    store.db.flush().unwrap();
    drop(store);
    match reopen(dir.path()) {
        Err(StoreError::NewerFormat { found: 99, .. }) => {}
        other => panic!("a newer store was opened: {:?}", other.map(|_| ())),
    }
}

#[test]
fn a_restore_brings_back_the_retired_offer_in_its_councils_list_and_checks_the_version() {
    let (_dir, store) = store();
    let one = store
        .create_offer("E06000054", content("one"), "editor")
        .unwrap();
    let two = store
        .create_offer("E06000054", content("two"), "editor")
        .unwrap();
    assert!(matches!(
        store.restore_offer(&one.id, 1, "editor"),
        Err(StoreError::NotRetired)
    ));
    assert!(matches!(
        store.restore_offer("E06000054-nothing-9", 1, "editor"),
        Err(StoreError::NotFound)
    ));
    store
        .retire_offer_because(
            &one.id,
            1,
            "Ended.",
            "Jane Smith (council-editor:E06000054)",
        )
        .unwrap();
    store.retire_offer(&two.id, "admin").unwrap();
    let listed = store.retired_offers_of("E06000054").unwrap();
    let ids: Vec<&str> = listed.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, vec![two.id.as_str(), one.id.as_str()], "newest first");
    assert_eq!(listed[1].by, "Jane Smith");
    assert_eq!(listed[1].reason.as_deref(), Some("Ended."));
    assert!(store.retired_offers_of("E08000030").unwrap().is_empty());

    assert!(matches!(
        store.restore_offer(&one.id, 1, "admin"),
        Err(StoreError::Conflict { current: 2 })
    ));
    let back = store.restore_offer(&one.id, 2, "Ann (admin)").unwrap();
    assert_eq!(back.version, 3);
    assert_eq!(back.content, one.content);
    assert!(matches!(
        store.offer(&one.id).unwrap(),
        OfferLookup::Current(_)
    ));
    let current: Vec<String> = store
        .offers_of("E06000054")
        .unwrap()
        .into_iter()
        .map(|o| o.id)
        .collect();
    assert_eq!(current, vec![one.id.clone()]);
    let history = store
        .history::<Offer>(Kind::Offer, &one.id)
        .unwrap()
        .unwrap();
    assert!(!history.retired);
    let last = history.versions.last().unwrap();
    assert_eq!(
        (last.action, last.actor.as_str()),
        (Action::Restored, "Ann (admin)")
    );
    let ids: Vec<String> = store
        .retired_offers_of("E06000054")
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(ids, vec![two.id]);
}

#[test]
fn an_expired_token_authenticates_as_nothing_and_a_record_from_before_expiry_still_loads() {
    use crate::auth;
    use atlas_shared::access::Role;
    let (_dir, store) = store();
    let now = chrono::Utc::now();
    let (_, lasting, _) = auth::create(&store, Role::Admin, None, None).unwrap();
    let (_, ending, record) = auth::create(
        &store,
        Role::Moderator,
        None,
        Some(now + chrono::Duration::hours(1)),
    )
    .unwrap();
    assert!(auth::authenticate(&store, &lasting).unwrap().is_some());
    assert!(auth::authenticate(&store, &ending).unwrap().is_some());
    // Live until the moment it ends, then no more (like a revoked token).
    assert!(record.is_live_at(now + chrono::Duration::minutes(59)));
    assert!(!record.is_live_at(now + chrono::Duration::hours(1)));
    let hashed = auth::hash(&ending);
    let mut past = store.token(&hashed).unwrap().unwrap();
    past.expires = Some(now - chrono::Duration::seconds(1));
    store.put_token(&hashed, &past).unwrap();
    assert_eq!(auth::authenticate(&store, &ending).unwrap(), None);
    // Revoked: nothing either, and revoking again finds it already revoked.
    assert!(auth::revoke(&store, &lasting).unwrap());
    assert_eq!(auth::authenticate(&store, &lasting).unwrap(), None);
    assert!(matches!(
        auth::revoke_token(&store, &lasting).unwrap(),
        auth::Revoked::Already(..)
    ));
    assert_eq!(
        auth::revoke_token(&store, "000000000000").unwrap(),
        auth::Revoked::Unknown
    );
    // A record written before tokens could expire has no expiry, and works.
    let old = r#"{"role":"admin","created":"2025-01-01T00:00:00Z","revoked":null}"#;
    let record: TokenRecord = serde_json::from_str(old).unwrap();
    assert_eq!(record.expires, None);
    assert!(record.is_live());
}

#[test]
fn the_change_log_number_follows_every_commit_and_survives_a_reopen() {
    let (dir, store) = store();
    let before = store.last_seq().unwrap();
    assert!(before > 0, "seeding the store is logged");
    store
        .create_offer("E06000054", content("one"), "editor")
        .unwrap();
    assert_eq!(store.last_seq().unwrap(), before + 1);
    drop(store);
    let store = reopen(dir.path()).unwrap();
    assert_eq!(store.last_seq().unwrap(), before + 1);
    store
        .create_offer("E06000054", content("two"), "editor")
        .unwrap();
    assert_eq!(store.last_seq().unwrap(), before + 2);
}
