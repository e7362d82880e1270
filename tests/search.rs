//! End-to-end tests of search: freshness, parameters, and agreement with the store
//! after crashes.

mod support;

use support::wait_for;

use std::time::Duration;

use reqwest::Method;
use serde_json::{json, Value};
use support::gss::WALSALL;
use support::TestServer;

fn offer(title: &str) -> Value {
    json!({
        "topic": "leisure", "category": "health-and-wellbeing", "title": title,
        "summary": "A test offer.", "status": "available", "basis": "discretionary",
        "applies_to": "own_care_leavers_in_area", "age_from": 18, "age_to": 21,
        "source": {"document": "test", "locator": "s1"}
    })
}

fn ids(body: &Value) -> Vec<String> {
    body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn written_offers_become_searchable_and_retired_ones_disappear() {
    let (server, tokens) = TestServer::start_with_tokens(&[&["--role", "admin"]]);
    let admin = &tokens[0];
    let (status, created) = server.send(
        Method::POST,
        &format!("/api/v1/authorities/{WALSALL}/offers"),
        Some(admin),
        Some(&offer("Trampoline club passes")),
    );
    assert_eq!(status, 201);
    let id = created["id"].as_str().unwrap().to_string();
    let took = wait_for(&server, "/api/v1/search?q=trampoline", |b| {
        ids(b).contains(&id)
    });
    eprintln!("a new offer was searchable after {took:?}");

    let (_, body) = server.get_json("/api/v1/search?q=trampolin");
    assert_eq!(ids(&body).first(), Some(&id), "prefix of the last word");
    let hit = &body["hits"][0];
    assert_eq!(
        (hit["type"].as_str(), hit["authority"].as_str()),
        (Some("offer"), Some(WALSALL))
    );
    assert!(hit["organisation"].is_null());
    assert_eq!(hit["provider_name"], "Walsall");

    let mut changed = offer("Climbing wall passes");
    changed["version"] = json!(1);
    let (status, _) = server.send(
        Method::PUT,
        &format!("/api/v1/offers/{id}"),
        Some(admin),
        Some(&changed),
    );
    assert_eq!(status, 200);
    wait_for(&server, "/api/v1/search?q=climbing", |b| {
        ids(b).contains(&id)
    });
    let (_, body) = server.get_json("/api/v1/search?q=trampoline");
    assert!(!ids(&body).contains(&id), "the old title still matches");

    let (status, _) = server.send(
        Method::DELETE,
        &format!("/api/v1/offers/{id}"),
        Some(admin),
        None,
    );
    assert_eq!(status, 200);
    wait_for(&server, "/api/v1/search?q=climbing", |b| {
        !ids(b).contains(&id)
    });
}

#[test]
fn bad_parameters_are_refused_with_the_parameter_named() {
    let server = TestServer::start();
    let long = "a".repeat(201);
    for (query, field) in [
        (format!("q={long}"), "q"),
        ("type=council".to_string(), "type"),
        ("age=15".to_string(), "age"),
        ("age=26".to_string(), "age"),
        ("age=old".to_string(), "age"),
        ("limit=0".to_string(), "limit"),
        ("limit=101".to_string(), "limit"),
        ("offset=-1".to_string(), "offset"),
        ("offset=999999".to_string(), "offset"),
        ("authority=E99999999".to_string(), "authority"),
        ("partnership=atlantis".to_string(), "partnership"),
        ("category=yachts".to_string(), "category"),
        ("topic=yachts".to_string(), "topic"),
        ("colour=red".to_string(), "colour"),
        ("q=a&q=b".to_string(), "q"),
        ("facets=yes".to_string(), "facets"),
        ("facets=1".to_string(), "facets"),
        ("facets=true&facets=true".to_string(), "facets"),
    ] {
        let (status, body) = server.get_json(&format!("/api/v1/search?{query}"));
        assert_eq!(status, 400, "{query}: {body}");
        assert_eq!(body["error"]["field"], field, "{query}");
        assert_eq!(body["error"]["code"], "invalid_parameter", "{query}");
    }
    let (status, _) = server.get_json(&format!("/api/v1/search?q={}", "a".repeat(200)));
    assert_eq!(status, 200);
    for q in [
        "%22",
        "(",
        "AND",
        "~",
        "title:x",
        "*",
        "%5C",
        "a%20OR%20b",
        "%F0%9F%92%96",
    ] {
        let (status, body) = server.get_json(&format!("/api/v1/search?q={q}"));
        assert_eq!(status, 200, "{q}: {body}");
    }
}

/// Every current offer in the store, by asking each authority.
fn offers_in_store(server: &TestServer) -> Vec<String> {
    let (_, list) = server.get_json("/api/v1/authorities");
    let mut ids = Vec::new();
    for a in list["items"].as_array().unwrap() {
        let (_, detail) = server.get_json(&format!(
            "/api/v1/authorities/{}",
            a["code"].as_str().unwrap()
        ));
        ids.extend(
            detail["offers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o["id"].as_str().unwrap().to_string()),
        );
    }
    ids.sort();
    ids
}

fn offers_in_index(server: &TestServer) -> Vec<String> {
    let mut ids = Vec::new();
    let mut offset = 0;
    loop {
        let (status, body) = server.get_json(&format!(
            "/api/v1/search?type=offer&limit=100&offset={offset}"
        ));
        assert_eq!(status, 200);
        let page = self::ids(&body);
        if page.is_empty() {
            break;
        }
        offset += page.len();
        ids.extend(page);
    }
    ids.sort();
    ids
}

/// More writes than can finish before the kill, so the kill lands mid-stream.
const WRITES: usize = 1_000_000;

#[test]
fn after_kill_9_during_writes_and_after_index_damage_search_agrees_with_the_store() {
    let (server, tokens) = TestServer::start_with_tokens(&[&["--role", "admin"]]);
    let admin = tokens[0].clone();
    let base = server.base.clone();
    // Writes keep arriving from another thread while the server is killed.
    let writer = std::thread::spawn(move || {
        let client = reqwest::blocking::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap();
        let mut acknowledged = Vec::new();
        for i in 0..WRITES {
            let response = client
                .post(format!("{base}/api/v1/authorities/{WALSALL}/offers"))
                .bearer_auth(&admin)
                .json(&offer(&format!("Crash test offer {i}")))
                .send();
            match response {
                Ok(r) if r.status().as_u16() == 201 => acknowledged.push(
                    r.json::<Value>().unwrap()["id"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                ),
                _ => break,
            }
        }
        acknowledged
    });
    std::thread::sleep(Duration::from_millis(700));
    let data = server.data.clone();
    server.kill9();
    let acknowledged = writer.join().unwrap();
    assert!(
        !acknowledged.is_empty(),
        "no write was acknowledged before the kill"
    );
    assert!(
        acknowledged.len() < WRITES,
        "the server was not killed while writes were under way"
    );

    let server = TestServer::start_in(data.clone());
    let in_store = offers_in_store(&server);
    for id in &acknowledged {
        assert!(in_store.binary_search(id).is_ok(), "acknowledged {id} lost");
    }
    assert_eq!(
        offers_in_index(&server),
        in_store,
        "index and store disagree after kill -9"
    );

    // A damaged index is rebuilt from the store on the next start.
    server.kill9();
    std::fs::write(data.join("search-index").join("meta.json"), b"garbage").unwrap();
    let server = TestServer::start_in(data);
    assert_eq!(
        offers_in_index(&server),
        in_store,
        "index not rebuilt after damage"
    );
}

/// The first hit's id for a query on the demo registry.
fn top(server: &TestServer, query: &str) -> Vec<String> {
    let (status, body) = server.get_json(&format!("/api/v1/search?{query}"));
    assert_eq!(status, 200, "{query}: {body}");
    ids(&body)
}

#[test]
fn care_leavers_words_find_the_right_demo_offers() {
    let server = TestServer::start();
    // Plain words, young people's synonyms, typos and half-typed words.
    let expectations: &[(&str, &[&str])] = &[
        ("q=wifi", &["wiltshire-wifi"]),
        ("q=broadband", &["wiltshire-wifi"]),
        ("q=uni%20money", &["walsall-higher-education-bursary"]),
        (
            "q=gym",
            &[
                "wolverhampton-swift-card-gym",
                "wiltshire-leisure-pass",
                "walsall-leisure",
                "coventry-go-cv-card",
            ],
        ),
        (
            "q=someone%20to%20talk%20to",
            &[
                "walsall-talking-therapies",
                "slough-mental-health-drop-in",
                "walsall-kooth",
                "middlesbrough-therapeutic-practitioner",
                "slough-clinical-team",
                "wiltshire-camhs-flexible-transition",
                "wiltshire-adult-mental-health-priority",
                "walsall-specialist-health-services",
            ],
        ),
        (
            "q=acommodation",
            &[
                "wiltshire-supported-housing-pilot",
                "walsall-vacation-accommodation",
                "walsall-suitable-accommodation",
                "south-tyneside-shared-lives",
                "herefordshire-leaving-care-accommodation",
                "trafford-university-accommodation",
            ],
        ),
        ("q=internsh", &["civil-service-care-leaver-internships"]),
        (
            "q=council%20tax&authority=E08000030",
            &["walsall-council-tax"],
        ),
    ];
    for (query, wanted) in expectations {
        let found = top(&server, query);
        let first_three: Vec<&String> = found.iter().take(3).collect();
        assert!(
            first_three.iter().any(|id| wanted.contains(&id.as_str())),
            "{query}: expected one of {wanted:?} in the top three, got {found:?}"
        );
    }
}

#[test]
fn place_filters_follow_two_tier_areas_and_partnerships() {
    let server = TestServer::start();
    // Blaby is a Leicestershire district: it finds the county's offers too.
    let (_, blaby) = server.get_json("/api/v1/search?authority=E07000129&type=offer&limit=100");
    let authorities: Vec<&str> = blaby["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["authority"].as_str().unwrap())
        .collect();
    assert!(authorities.contains(&"E10000018"), "{authorities:?}");
    assert!(authorities
        .iter()
        .all(|a| *a == "E10000018" || *a == "E07000129"));
    // And the county finds its own offers.
    let (_, county) = server.get_json("/api/v1/search?authority=E10000018&type=offer&limit=100");
    assert!(county["total"].as_u64().unwrap() >= 1);
    // Greater Manchester: only its members' offers, each member's council tax among them.
    let (_, gm) = server.get_json(
        "/api/v1/search?partnership=greater-manchester&topic=council-tax&limit=100&facets=true",
    );
    assert_eq!(gm["total"], 10, "{gm}");
    assert_eq!(gm["facets"]["authority"].as_object().unwrap().len(), 10);
    // National pledges are found from any place.
    let (_, wiltshire) = server.get_json("/api/v1/search?authority=E06000054&type=pledge");
    assert!(
        ids(&wiltshire).contains(&"civil-service-care-leaver-internships".to_string()),
        "{wiltshire}"
    );
    // Facets count what matched, when asked for.
    let (_, plain) = server.get_json("/api/v1/search?q=money");
    assert!(plain.get("facets").is_none(), "{plain}");
    let (_, off) = server.get_json("/api/v1/search?q=money&facets=false");
    assert!(off.get("facets").is_none(), "{off}");
    assert_eq!(off["total"], plain["total"]);
    let (_, all) = server.get_json("/api/v1/search?q=money&facets=true");
    let by_type = all["facets"]["type"].as_object().unwrap();
    let sum: u64 = by_type.values().map(|v| v.as_u64().unwrap()).sum();
    assert_eq!(sum, all["total"].as_u64().unwrap());
    // Age: nothing returned is closed to a 25-year-old.
    let (_, at_25) = server.get_json("/api/v1/search?age=25&type=offer&limit=100");
    for hit in at_25["hits"].as_array().unwrap() {
        let (_, offer) =
            server.get_json(&format!("/api/v1/offers/{}", hit["id"].as_str().unwrap()));
        assert!(offer["age_to"].as_u64().unwrap() >= 25, "{offer}");
    }
}

/// How many answers of `cache` the server counted with `outcome`, from /metrics.
fn cache_count(server: &TestServer, cache: &str, outcome: &str) -> u64 {
    let text = server.get("/metrics").text().unwrap();
    let wanted =
        format!("offer_atlas_response_cache_total{{cache=\"{cache}\",outcome=\"{outcome}\"}} ");
    text.lines()
        .find_map(|l| l.strip_prefix(wanted.as_str()))
        .map_or(0, |n| n.trim().parse().unwrap())
}

#[test]
fn cached_answers_follow_every_write() {
    let (server, tokens) = TestServer::start_with_tokens(&[&["--role", "admin"]]);
    let admin = &tokens[0];
    // The same search twice: the second answer comes from the cache, and is the same.
    let path = "/api/v1/search?q=unicycle";
    let (_, first) = server.get_json(path);
    let hits_before = cache_count(&server, "search", "hit");
    let (_, second) = server.get_json(path);
    assert_eq!(first, second);
    assert_eq!(first["total"], 0);
    assert_eq!(cache_count(&server, "search", "hit"), hits_before + 1);
    // A compare, twice, likewise.
    let compare = format!("/api/v1/compare?from=E06000054&to={WALSALL}&age=19");
    let (status, before) = server.get_json(&compare);
    assert_eq!(status, 200, "{before}");
    server.get_json(&compare);
    assert!(cache_count(&server, "compare", "hit") >= 1);

    // A write: the cached answers give way at once (compare) or with the index (search).
    let mut new_offer = offer("Unicycle lessons");
    new_offer["applies_to"] = json!("any_care_leaver_in_area");
    let (status, created) = server.send(
        Method::POST,
        &format!("/api/v1/authorities/{WALSALL}/offers"),
        Some(admin),
        Some(&new_offer),
    );
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().unwrap().to_string();
    let (_, after) = server.get_json(&compare);
    assert!(!before.to_string().contains(&id));
    assert!(
        after.to_string().contains(&id),
        "the comparison right after the write shows the new offer"
    );
    wait_for(&server, path, |b| ids(b).contains(&id));
}
