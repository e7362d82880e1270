//! Matching and ranking of the index on a handful of records.

use atlas_index::{Change, IndexDoc, SearchIndex};
use atlas_shared::api::{DocType, SearchRequest};
use atlas_shared::place::PlaceScope;

fn doc(
    id: &str,
    authority: &str,
    topic: &str,
    category: &str,
    title: &str,
    summary: &str,
    ages: (u8, u8),
) -> IndexDoc {
    IndexDoc {
        doc_type: DocType::Offer,
        id: id.into(),
        title: title.into(),
        summary: summary.into(),
        details: String::new(),
        topic: topic.into(),
        category: category.into(),
        status: "available".into(),
        authority: Some(authority.into()),
        organisation: None,
        provider_name: authority.into(),
        names: vec![],
        places: vec![authority.into()],
        age_from: ages.0,
        age_to: ages.1,
    }
}

fn index() -> SearchIndex {
    let index = SearchIndex::in_memory().unwrap();
    let docs = vec![
        doc(
            "wifi",
            "E06000054",
            "wifi",
            "money",
            "Contribution to wifi costs",
            "Help paying for the internet at home.",
            (18, 21),
        ),
        doc(
            "gym",
            "E08000030",
            "leisure",
            "health-and-wellbeing",
            "Free leisure passes",
            "Free entry to leisure centres and pools.",
            (16, 24),
        ),
        doc(
            "bursary",
            "E08000030",
            "higher-education-bursary",
            "education-and-training",
            "University bursary",
            "A £2,000 bursary for care leavers in higher education.",
            (18, 25),
        ),
        doc(
            "flat",
            "E06000054",
            "supported-accommodation",
            "accommodation",
            "Supported accommodation pilot",
            "Supported accommodation with staff on site.",
            (16, 21),
        ),
        doc(
            "counsel",
            "E10000018",
            "mental-health",
            "health-and-wellbeing",
            "Counselling service",
            "Free counselling with a trained counsellor.",
            (16, 25),
        ),
    ];
    let mut pledge = doc(
        "intern",
        "",
        "internships",
        "employment",
        "Civil Service internships",
        "Paid internships across government departments.",
        (16, 25),
    );
    pledge.doc_type = DocType::Pledge;
    pledge.authority = None;
    pledge.places = vec!["national".into()];
    let mut changes: Vec<Change> = docs
        .into_iter()
        .map(|d| Change::Upsert(Box::new(d)))
        .collect();
    changes.push(Change::Upsert(Box::new(pledge)));
    index.apply(changes, 7).unwrap();
    index
}

fn ids(index: &SearchIndex, request: SearchRequest) -> Vec<String> {
    index
        .search(&SearchRequest {
            limit: 20,
            ..request
        })
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

fn q(text: &str) -> SearchRequest {
    SearchRequest {
        q: text.into(),
        ..SearchRequest::default()
    }
}

#[test]
fn exact_words_synonyms_typos_and_prefixes_find_the_right_record() {
    let index = index();
    assert_eq!(index.applied_seq().unwrap(), 7);
    assert_eq!(
        ids(&index, q("wifi")).first().map(String::as_str),
        Some("wifi")
    );
    assert_eq!(
        ids(&index, q("broadband")).first().map(String::as_str),
        Some("wifi"),
        "synonym"
    );
    assert_eq!(
        ids(&index, q("gym")).first().map(String::as_str),
        Some("gym"),
        "synonym via topic"
    );
    assert_eq!(
        ids(&index, q("uni money")).first().map(String::as_str),
        Some("bursary")
    );
    assert_eq!(
        ids(&index, q("acommodation")).first().map(String::as_str),
        Some("flat"),
        "two typos in a long word"
    );
    assert_eq!(
        ids(&index, q("counsel")).first().map(String::as_str),
        Some("counsel")
    );
    assert_eq!(
        ids(&index, q("accomm")).first().map(String::as_str),
        Some("flat"),
        "prefix of the last word"
    );
    assert_eq!(
        ids(&index, q("someone to talk to"))
            .first()
            .map(String::as_str),
        Some("counsel")
    );
    // Every word must match.
    assert!(ids(&index, q("wifi bursary")).is_empty());
}

#[test]
fn synonym_groups_typos_and_prefixes_in_the_combined_field() {
    let index = index();
    let first = |text: &str| ids(&index, q(text)).first().cloned();
    // A word of a synonym group finds a record holding another member of it.
    for word in ["flat", "housing", "tenancy"] {
        assert_eq!(first(word).as_deref(), Some("flat"), "{word}");
    }
    // "home" is in the wifi offer's own words, which count more; the synonym still finds.
    assert_eq!(ids(&index, q("home")), ["wifi", "flat"]);
    // A member of several words ("higher education") counts as the words in a row.
    assert_eq!(first("degree").as_deref(), Some("bursary"));
    assert_eq!(first("therapy").as_deref(), Some("counsel"));
    // A typo in a word that is not the last, and a prefix of the last after it.
    assert_eq!(first("acommodation pilot").as_deref(), Some("flat"));
    assert_eq!(first("supported accom").as_deref(), Some("flat"));
    assert_eq!(first("councelling").as_deref(), Some("counsel"));
    // A typo in the last word as it is being typed.
    assert_eq!(first("acomm").as_deref(), Some("flat"));
    // Names, details and the topic's words are searched as well as the title.
    assert_eq!(first("pools").as_deref(), Some("gym"));
    assert_eq!(first("departments").as_deref(), Some("intern"));
    // Short words are not fuzzy: "gum" is not "gym".
    assert!(ids(&index, q("gum")).is_empty());
    // The title counts more than the rest.
    assert_eq!(first("internships").as_deref(), Some("intern"));
    // A synonym is highlighted in the summary.
    let result = index
        .search(&SearchRequest {
            limit: 1,
            ..q("flat")
        })
        .unwrap();
    let h = &result.hits[0].highlight;
    let marked: Vec<String> = h
        .ranges
        .iter()
        .map(|r| h.text.chars().skip(r[0]).take(r[1] - r[0]).collect())
        .collect();
    assert!(
        marked.iter().any(|m| m.to_lowercase() == "accommodation"),
        "{marked:?} in {}",
        h.text
    );
}

#[test]
fn the_cache_key_is_canonical() {
    let a = SearchRequest {
        q: "Uni   MONEY!".into(),
        ..SearchRequest::default()
    };
    let b = SearchRequest {
        q: "uni money".into(),
        ..SearchRequest::default()
    };
    assert_eq!(a.cache_key(), b.cache_key());
    let with_facets = SearchRequest {
        facets: true,
        ..b.clone()
    };
    assert_ne!(with_facets.cache_key(), b.cache_key());
    let paged = SearchRequest {
        offset: 20,
        ..b.clone()
    };
    assert_ne!(paged.cache_key(), b.cache_key());
}

#[test]
fn query_syntax_is_plain_text() {
    let index = index();
    for text in [
        "\"wifi",
        "(wifi",
        "wifi AND",
        "wifi~2",
        "title:wifi",
        "*",
        "+-",
        "\\",
        ")(",
        "wifi OR gym",
    ] {
        let result = index.search(&SearchRequest {
            limit: 5,
            ..q(text)
        });
        assert!(result.is_ok(), "{text}");
    }
    assert_eq!(
        ids(&index, q("(wifi)")).first().map(String::as_str),
        Some("wifi")
    );
}

#[test]
fn filters_restrict_and_facets_count() {
    let index = index();
    let all = index
        .search(&SearchRequest {
            limit: 20,
            facets: true,
            ..q("")
        })
        .unwrap();
    assert_eq!(all.total, 6);
    let facets = all.facets.expect("asked for");
    assert_eq!(facets.doc_type.get("pledge"), Some(&1));
    assert_eq!(facets.category.get("health-and-wellbeing"), Some(&2));
    assert_eq!(facets.authority.get("E08000030"), Some(&2));
    // Only when asked: counting them visits every match.
    let plain = index.search(&SearchRequest { limit: 20, ..q("") }).unwrap();
    assert_eq!(plain.total, 6);
    assert!(plain.facets.is_none());

    let at_25 = ids(
        &index,
        SearchRequest {
            age: Some(25),
            ..q("")
        },
    );
    assert_eq!(at_25.len(), 3, "{at_25:?}");
    let pledges = ids(
        &index,
        SearchRequest {
            doc_type: Some(DocType::Pledge),
            ..q("")
        },
    );
    assert_eq!(pledges, ["intern"]);
    let scope = PlaceScope {
        authorities: vec!["E06000054".into()],
        partnerships: vec![],
        national: true,
    };
    let mut wiltshire = ids(
        &index,
        SearchRequest {
            scope: Some(scope),
            ..q("")
        },
    );
    wiltshire.sort();
    assert_eq!(wiltshire, ["flat", "intern", "wifi"]);
    let health = ids(
        &index,
        SearchRequest {
            category: Some(atlas_shared::Category::HealthAndWellbeing),
            ..q("free")
        },
    );
    assert_eq!(health.len(), 2);
}

#[test]
fn highlights_are_plain_text_with_character_ranges() {
    let index = index();
    let marked = |words: &str| -> Vec<String> {
        let result = index
            .search(&SearchRequest {
                limit: 1,
                ..q(words)
            })
            .unwrap();
        let h = &result.hits[0].highlight;
        h.ranges
            .iter()
            .map(|[from, to]| h.text.chars().skip(*from).take(to - from).collect())
            .collect()
    };
    assert_eq!(marked("counselling"), ["counselling"]);
    // The same record found by other words marks those words: highlights are kept per
    // record and words, and asked again they are the same.
    assert_eq!(marked("trained"), ["trained"]);
    assert_eq!(marked("counselling"), ["counselling"]);
}

#[test]
fn replaced_and_deleted_records_leave_the_index() {
    let index = index();
    let mut changed = doc(
        "wifi",
        "E06000054",
        "wifi",
        "money",
        "Broadband voucher",
        "A voucher.",
        (18, 21),
    );
    changed.summary = "A voucher for a broadband line.".into();
    index
        .apply(vec![Change::Upsert(Box::new(changed))], 8)
        .unwrap();
    assert!(ids(&index, q("contribution")).is_empty());
    assert_eq!(ids(&index, q("voucher")), ["wifi"]);
    index
        .apply(vec![Change::Delete("offer:wifi".into())], 9)
        .unwrap();
    assert!(ids(&index, q("voucher")).is_empty());
    assert_eq!(index.applied_seq().unwrap(), 9);
}

#[test]
fn a_word_asked_again_finds_the_same_hits_until_a_commit_changes_them() {
    let index = index();
    let ask = |request: SearchRequest| {
        let page = SearchRequest {
            limit: 20,
            ..request
        };
        index.search(&page).unwrap().hits
    };
    let first = ask(q("counselling"));
    assert_eq!(first.len(), 1);
    // The second time the word's hits are the kept ones: the same records, same scores.
    assert_eq!(ask(q("counselling")), first);
    // Filters still narrow what was kept.
    let elsewhere = SearchRequest {
        scope: Some(PlaceScope {
            authorities: vec!["E06000054".into()],
            partnerships: vec![],
            national: false,
        }),
        ..q("counselling")
    };
    assert!(ask(elsewhere).is_empty());
    // A commit adds a record with the word: the next search finds it, and scores the
    // record found before as a word never asked would (another spelling of it, so
    // nothing of it was kept), since the word is now less rare.
    let added = doc(
        "talk",
        "E06000054",
        "mental-health",
        "health-and-wellbeing",
        "Someone to talk to",
        "Counselling at the youth hub.",
        (16, 25),
    );
    index
        .apply(vec![Change::Upsert(Box::new(added))], 8)
        .unwrap();
    let kept = ask(q("counselling"));
    assert_eq!(kept.len(), 2);
    assert_eq!(kept, ask(q("COUNSELLING")));
    let counsel = |hits: &[atlas_shared::api::SearchHit]| {
        hits.iter().find(|h| h.id == "counsel").map(|h| h.score)
    };
    assert_ne!(counsel(&kept), counsel(&first));
    // A commit that removes a record: it leaves the word's hits.
    index
        .apply(vec![Change::Delete("offer:counsel".into())], 9)
        .unwrap();
    assert_eq!(ids(&index, q("counselling")), ["talk"]);
}

#[test]
fn a_reopened_index_remembers_its_checkpoint_and_a_damaged_one_is_recreated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index");
    {
        let (index, opened) = SearchIndex::open(&path).unwrap();
        assert!(matches!(opened, atlas_index::Opened::Created { .. }));
        index.apply(vec![], 42).unwrap();
    }
    {
        let (_, opened) = SearchIndex::open(&path).unwrap();
        assert_eq!(opened, atlas_index::Opened::Existing { seq: 42 });
    }
    std::fs::write(path.join("meta.json"), b"{ not json").unwrap();
    let (index, opened) = SearchIndex::open(&path).unwrap();
    assert!(
        matches!(opened, atlas_index::Opened::Created { .. }),
        "{opened:?}"
    );
    assert_eq!(index.applied_seq().unwrap(), 0);
}

#[test]
fn a_word_is_a_prefix_only_when_it_is_the_last_however_often_asked() {
    let index = index();
    assert_eq!(ids(&index, q("burs")), ["bursary"]);
    assert!(ids(&index, q("burs university")).is_empty());
    assert_eq!(ids(&index, q("university burs")), ["bursary"]);
    assert_eq!(ids(&index, q("burs")), ["bursary"]);
}

#[test]
fn a_filter_asked_again_passes_the_same_records_and_those_a_commit_adds() {
    let index = index();
    let asked = |authorities: &[&str], age: u8| {
        let mut found = ids(
            &index,
            SearchRequest {
                scope: Some(PlaceScope {
                    authorities: authorities.iter().map(|a| a.to_string()).collect(),
                    partnerships: vec![],
                    national: true,
                }),
                age: Some(age),
                ..q("")
            },
        );
        found.sort();
        found
    };
    let first = asked(&["E06000054"], 20);
    assert_eq!(first, ["flat", "intern", "wifi"]);
    // Asked again, the filters' documents are the kept ones: the same records.
    assert_eq!(asked(&["E06000054"], 20), first);
    // Another age is another filter: at 23 the two offers ending at 21 no longer pass.
    assert_eq!(asked(&["E06000054"], 23), ["intern"]);
    // Two filters no record passes together: nothing, found by skipping from one
    // filter's record to the next, not by trying every document number.
    let wiltshire_alone = ids(
        &index,
        SearchRequest {
            scope: Some(PlaceScope {
                authorities: vec!["E06000054".into()],
                partnerships: vec![],
                national: false,
            }),
            age: Some(23),
            ..q("")
        },
    );
    assert!(wiltshire_alone.is_empty(), "{wiltshire_alone:?}");
    // The same places in either order pass the same records.
    let both = asked(&["E06000054", "E08000030"], 20);
    assert_eq!(both, ["bursary", "flat", "gym", "intern", "wifi"]);
    assert_eq!(asked(&["E08000030", "E06000054"], 20), both);
    // A commit adds a record in a new segment: the next search passes it too.
    let bus = doc(
        "bus",
        "E06000054",
        "travel",
        "money",
        "Bus pass",
        "Free bus travel.",
        (18, 25),
    );
    index.apply(vec![Change::Upsert(Box::new(bus))], 8).unwrap();
    assert_eq!(asked(&["E06000054"], 20), ["bus", "flat", "intern", "wifi"]);
    // One that deletes a record: the kept set still holds its document, which no search
    // then finds.
    index
        .apply(vec![Change::Delete("offer:wifi".into())], 9)
        .unwrap();
    assert_eq!(asked(&["E06000054"], 20), ["bus", "flat", "intern"]);
}

#[test]
fn the_json_answer_is_the_answer_serialised_however_often_asked() {
    let index = index();
    // A record whose text needs escaping, and holds what ends a kept hit's JSON.
    let quoted = doc(
        "quoted",
        "E06000054",
        "wifi",
        "money",
        "Wifi \"top-up\", the score: 10/10",
        "Ask for a \"score\":1 card.\nThen café\u{1}wifi \\ more wifi.",
        (16, 25),
    );
    index
        .apply(vec![Change::Upsert(Box::new(quoted))], 8)
        .unwrap();
    let in_wiltshire = Some(PlaceScope {
        authorities: vec!["E06000054".into()],
        partnerships: vec![],
        national: true,
    });
    let requests = [
        q("wifi"),
        q("free leisure"),
        q("counseling"),
        q("nothing-matches-this"),
        q(""),
        SearchRequest {
            facets: true,
            ..q("")
        },
        SearchRequest {
            scope: in_wiltshire.clone(),
            age: Some(20),
            facets: true,
            ..q("wifi")
        },
        SearchRequest {
            limit: 2,
            offset: 1,
            ..q("free")
        },
        SearchRequest {
            doc_type: Some(DocType::Pledge),
            ..q("intern")
        },
    ];
    // Pages of up to 20, unless the request says otherwise.
    let requests = requests.map(|r| SearchRequest {
        limit: if r.limit == 0 { 20 } else { r.limit },
        ..r
    });
    for round in 0..2 {
        for request in &requests {
            let json = index.search_json(request, Vec::new()).unwrap();
            let answer = index.search(request).unwrap();
            assert_eq!(
                String::from_utf8(json.clone()).unwrap(),
                sonic_rs::to_string(&answer).unwrap(),
                "round {round}: {request:?}"
            );
            assert_eq!(json, serde_json::to_vec(&answer).unwrap());
        }
    }
    // The answers compared hold several hits, the escaped record among them.
    let wifi = index.search(&requests[0]).unwrap();
    assert!(wifi.hits.len() >= 2);
    assert!(wifi.hits.iter().any(|h| h.id == "quoted"));
    // It appends to what the buffer holds.
    let json = index.search_json(&q("wifi"), b"x".to_vec()).unwrap();
    assert_eq!(json.first(), Some(&b'x'));
}
