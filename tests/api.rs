//! End-to-end tests of the registry API through the real `offer-atlas` binary.

mod support;

use support::error_of;

use reqwest::Method;
use serde_json::{json, Value};
use support::gss::{WALSALL, WILTSHIRE};
use support::{create_token, run_cli, TestServer};

fn new_offer() -> Value {
    json!({
        "topic": "leisure", "category": "health-and-wellbeing",
        "title": "Free gym membership",
        "summary": "Free use of council gyms and pools.",
        "status": "available", "basis": "discretionary",
        "applies_to": "own_care_leavers_in_area", "age_from": 18, "age_to": 21,
        "value": {"amount_pence": null, "per": null, "count": null, "percent": 100, "note": "full price waived"},
        "source": {"document": "test", "locator": "section 1", "url": "https://example.org/offer", "date": "2026-01-01"}
    })
}

#[test]
fn public_reads_and_their_errors() {
    let server = TestServer::start();

    let (status, body) = server.get_json("/api/v1/authorities");
    assert_eq!(status, 200);
    let items = body["items"].as_array().expect("items");
    assert_eq!(body["total"].as_u64(), Some(items.len() as u64));
    assert!(items
        .iter()
        .any(|a| a["code"] == WALSALL && a["tier"] == "metropolitan_district"));

    let (status, body) = server.get_json(&format!("/api/v1/authorities/{WALSALL}"));
    assert_eq!(status, 200);
    assert_eq!(body["name"], "Walsall");
    assert!(!body["offers"].as_array().expect("offers").is_empty());
    assert!(body["offers"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["authority"] == WALSALL));

    let (status, body) = server.get_json("/api/v1/authorities?partnership=greater-manchester");
    assert_eq!(status, 200);
    assert_eq!(body["total"], 10);

    let (status, body) = server.get_json("/api/v1/authorities/E99999999");
    assert_eq!((status, error_of(&body).0), (404, "not_found"));

    let (status, body) = server.get_json("/api/v1/topics");
    assert_eq!(status, 200);
    let wifi = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["slug"] == "wifi")
        .expect("wifi topic");
    assert_eq!(wifi["category"], "money");
    assert!(wifi["synonyms"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s == "broadband"));

    let (status, body) = server.get_json("/api/v1/partnerships/greater-manchester");
    assert_eq!(status, 200);
    assert_eq!(body["members"].as_array().unwrap().len(), 10);
    assert!(!body["guarantee"].as_array().unwrap().is_empty());
    assert_eq!(server.get_json("/api/v1/partnerships").0, 200);
    assert_eq!(server.get_json("/api/v1/partnerships/atlantis").0, 404);

    let (status, body) = server.get_json("/api/v1/organisations");
    assert_eq!(status, 200);
    let first = body["items"][0]["id"]
        .as_str()
        .expect("an organisation")
        .to_string();
    let (status, body) = server.get_json(&format!("/api/v1/organisations/{first}"));
    assert_eq!(status, 200);
    assert!(body["pledges"].is_array());
    assert_eq!(server.get_json("/api/v1/organisations/nobody").0, 404);
    let (status, body) = server.get_json("/api/v1/pledges");
    assert_eq!(status, 200);
    assert!(body["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["status"] == "published"));

    // An unknown route is a 404, never a 405; a known route with the wrong method is 405.
    let (status, body) = server.get_json("/api/v1/nothing-here");
    assert_eq!((status, error_of(&body).0), (404, "not_found"));
    let (status, body) = server.get_json("/nowhere");
    assert_eq!((status, error_of(&body).0), (404, "not_found"));
    let response = server
        .client
        .post(server.url("/api/v1/topics"))
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 405);
    assert_eq!(response.headers()["allow"], "GET");
    let (status, body) = server.send(
        Method::GET,
        &format!("/api/v1/authorities/{WALSALL}/offers"),
        None,
        None,
    );
    assert_eq!((status, error_of(&body).0), (405, "method_not_allowed"));

    // Unknown or repeated query parameters are refused with the parameter named.
    let (status, body) = server.get_json("/api/v1/authorities?colour=red");
    assert_eq!(
        (status, error_of(&body)),
        (400, ("invalid_parameter", Some("colour")))
    );
    let (status, body) = server.get_json("/api/v1/authorities?tier=castle");
    assert_eq!(
        (status, error_of(&body)),
        (400, ("invalid_parameter", Some("tier")))
    );

    // Public reads may be embedded on any council's site.
    let response = server.get("/api/v1/topics");
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    assert!(response.headers().get("set-cookie").is_none());

    let (status, body) = server.get_json("/healthz");
    assert_eq!((status, body["status"].as_str()), (200, Some("ok")));
    let metrics = server.get("/metrics").text().unwrap();
    assert!(
        metrics.contains("offer_atlas_http_requests_total{route=\"authorities\",status=\"200\"}"),
        "{metrics}"
    );
}

#[test]
fn offers_are_written_versioned_and_retired_with_the_right_errors() {
    let (server, tokens) = TestServer::start_with_tokens(&[
        &["--role", "council-editor", "--authority", WILTSHIRE],
        &["--role", "council-editor", "--authority", WALSALL],
        &["--role", "moderator"],
    ]);
    let (wiltshire, walsall, moderator) = (&tokens[0], &tokens[1], &tokens[2]);
    let create = format!("/api/v1/authorities/{WILTSHIRE}/offers");

    // Who may write.
    let (status, body) = server.send(Method::POST, &create, None, Some(&new_offer()));
    assert_eq!((status, error_of(&body).0), (401, "unauthorized"));
    let (status, _) = server.send(
        Method::POST,
        &create,
        Some("oat_not-a-real-token"),
        Some(&new_offer()),
    );
    assert_eq!(status, 401);
    let (status, body) = server.send(Method::POST, &create, Some(walsall), Some(&new_offer()));
    assert_eq!((status, error_of(&body).0), (403, "forbidden"));
    let (status, _) = server.send(Method::POST, &create, Some(moderator), Some(&new_offer()));
    assert_eq!(status, 403);
    let (status, _) = server.send(
        Method::POST,
        "/api/v1/authorities/E99999999/offers",
        Some(wiltshire),
        Some(&new_offer()),
    );
    assert_eq!(status, 404);

    // What may be written.
    let raw = |content_type: &str, body: Vec<u8>| {
        let response = server
            .client
            .post(server.url(&create))
            .bearer_auth(wiltshire)
            .header("content-type", content_type)
            .body(body)
            .send()
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json::<Value>().expect("JSON error body"))
    };
    let (status, body) = raw("text/plain", b"{}".to_vec());
    assert_eq!((status, error_of(&body).0), (415, "unsupported_media_type"));
    let (status, body) = raw("application/json", b"{\"title\": ".to_vec());
    assert_eq!((status, error_of(&body).0), (400, "malformed_json"));
    let (status, body) = raw("application/json", vec![b' '; 1024 * 1024 + 1]);
    assert_eq!((status, error_of(&body).0), (413, "payload_too_large"));
    let mut missing = new_offer();
    missing.as_object_mut().unwrap().remove("title");
    let (status, body) = server.send(Method::POST, &create, Some(wiltshire), Some(&missing));
    assert_eq!(
        (status, error_of(&body)),
        (422, ("missing_field", Some("title")))
    );
    let mut bad_age = new_offer();
    bad_age["age_to"] = json!(30);
    let (status, body) = server.send(Method::POST, &create, Some(wiltshire), Some(&bad_age));
    assert_eq!(
        (status, error_of(&body)),
        (422, ("out_of_range", Some("age_to")))
    );
    let mut wrong_type = new_offer();
    wrong_type["age_from"] = json!("eighteen");
    let (status, body) = server.send(Method::POST, &create, Some(wiltshire), Some(&wrong_type));
    assert_eq!(
        (status, error_of(&body)),
        (422, ("invalid_type", Some("age_from")))
    );
    let mut unknown = new_offer();
    unknown["colour"] = json!("red");
    let (status, body) = server.send(Method::POST, &create, Some(wiltshire), Some(&unknown));
    assert_eq!(
        (status, error_of(&body)),
        (422, ("unknown_field", Some("colour")))
    );
    let (status, _) = server.send(Method::POST, &create, Some(wiltshire), Some(&json!([1, 2])));
    assert_eq!(status, 422);

    // Create.
    let (status, created) = server.send(Method::POST, &create, Some(wiltshire), Some(&new_offer()));
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["version"], 1);
    assert_eq!(created["authority"], WILTSHIRE);
    assert_eq!(created["value"]["percent"], 100);
    let id = created["id"].as_str().unwrap().to_string();
    let (status, fetched) = server.get_json(&format!("/api/v1/offers/{id}"));
    assert_eq!((status, &fetched), (200, &created));
    let (_, authority) = server.get_json(&format!("/api/v1/authorities/{WILTSHIRE}"));
    assert!(authority["offers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|o| o["id"] == id.as_str()));

    // Update with the current version; a stale one is refused.
    let offer_path = format!("/api/v1/offers/{id}");
    let mut change = new_offer();
    change["age_to"] = json!(24);
    let (status, body) = server.send(Method::PUT, &offer_path, Some(wiltshire), Some(&change));
    assert_eq!(
        (status, error_of(&body)),
        (422, ("missing_field", Some("version")))
    );
    change["version"] = json!(1);
    let (status, body) = server.send(Method::PUT, &offer_path, Some(walsall), Some(&change));
    assert_eq!((status, error_of(&body).0), (403, "forbidden"));
    let (status, updated) = server.send(Method::PUT, &offer_path, Some(wiltshire), Some(&change));
    assert_eq!(status, 200, "{updated}");
    assert_eq!(
        (updated["version"].as_u64(), updated["age_to"].as_u64()),
        (Some(2), Some(24))
    );
    let (status, body) = server.send(Method::PUT, &offer_path, Some(wiltshire), Some(&change));
    assert_eq!(
        (status, error_of(&body)),
        (409, ("version_conflict", Some("version")))
    );
    let (status, _) = server.send(
        Method::PUT,
        "/api/v1/offers/no-such-offer",
        Some(wiltshire),
        Some(&change),
    );
    assert_eq!(status, 404);

    // Retire: gone from the registry, kept in history.
    let (status, _) = server.send(Method::DELETE, &offer_path, Some(walsall), None);
    assert_eq!(status, 403);
    let (status, body) = server.send(Method::DELETE, &offer_path, Some(wiltshire), None);
    assert_eq!((status, &body["retired"]), (200, &json!(true)));
    let (status, body) = server.get_json(&offer_path);
    assert_eq!((status, error_of(&body).0), (410, "retired"));
    let (status, _) = server.send(Method::DELETE, &offer_path, Some(wiltshire), None);
    assert_eq!(status, 410);
    let (status, history) = server.get_json(&format!("{offer_path}/history"));
    assert_eq!(status, 200);
    assert_eq!(history["retired"], true);
    let versions = history["versions"].as_array().unwrap();
    let actions: Vec<&str> = versions
        .iter()
        .map(|v| v["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["created", "updated", "retired"]);
    assert_eq!(versions[0]["record"]["age_to"], 21);
    assert_eq!(versions[1]["record"]["age_to"], 24);
    assert_eq!(versions[1]["actor"], format!("council-editor:{WILTSHIRE}"));
    let (_, authority) = server.get_json(&format!("/api/v1/authorities/{WILTSHIRE}"));
    assert!(!authority["offers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|o| o["id"] == id.as_str()));
    assert_eq!(
        server.get_json("/api/v1/offers/no-such-offer/history").0,
        404
    );
}

#[test]
fn revoked_tokens_stop_working() {
    let server = TestServer::start();
    let data = server.data.clone();
    server.stop();
    let token = create_token(&data, &["--role", "admin"]);
    assert!(token.starts_with("oat_"));
    let listing = run_cli(&data, &["token", "list"]);
    assert!(
        !listing.contains(&token),
        "the token itself must never be listed"
    );
    let id = listing.split_whitespace().next().unwrap().to_string();
    run_cli(&data, &["token", "revoke", &id]);
    let server = TestServer::start_in(data);
    let (status, _) = server.send(
        Method::POST,
        &format!("/api/v1/authorities/{WALSALL}/offers"),
        Some(&token),
        Some(&new_offer()),
    );
    assert_eq!(status, 401);
}

#[test]
fn acknowledged_writes_survive_kill_9_and_restarts() {
    let (server, tokens) = TestServer::start_with_tokens(&[&["--role", "admin"]]);
    let admin = &tokens[0];
    let mut ids = Vec::new();
    for _ in 0..5 {
        let (status, body) = server.send(
            Method::POST,
            &format!("/api/v1/authorities/{WALSALL}/offers"),
            Some(admin),
            Some(&new_offer()),
        );
        assert_eq!(status, 201);
        ids.push(body["id"].as_str().unwrap().to_string());
    }
    let (_, before) = server.get_json("/api/v1/authorities");
    // Killed straight after the last acknowledgement: no graceful flush.
    let data = server.data.clone();
    server.kill9();

    let server = TestServer::start_in(data);
    for id in &ids {
        assert_eq!(
            server.get_json(&format!("/api/v1/offers/{id}")).0,
            200,
            "{id} lost after kill -9"
        );
    }
    let (_, after) = server.get_json("/api/v1/authorities");
    assert_eq!(before, after, "authorities changed across a restart");
    // The restarted store still numbers its history on from where it was.
    let (status, _) = server.send(
        Method::POST,
        &format!("/api/v1/authorities/{WALSALL}/offers"),
        Some(admin),
        Some(&new_offer()),
    );
    assert_eq!(status, 201);
}

#[test]
fn export_then_import_is_lossless() {
    let (server, tokens) = TestServer::start_with_tokens(&[&["--role", "admin"]]);
    let (status, created) = server.send(
        Method::POST,
        &format!("/api/v1/authorities/{WALSALL}/offers"),
        Some(&tokens[0]),
        Some(&new_offer()),
    );
    assert_eq!(status, 201);
    let id = created["id"].as_str().unwrap().to_string();
    server.send(
        Method::DELETE,
        &format!("/api/v1/offers/{id}"),
        Some(&tokens[0]),
        None,
    );
    let data = server.data.clone();
    server.stop();

    let first = run_cli(&data, &["export"]);
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), &first).unwrap();
    let copy = tempfile::tempdir().unwrap();
    run_cli(copy.path(), &["import", file.path().to_str().unwrap()]);
    let second = run_cli(copy.path(), &["export"]);
    assert_eq!(
        first, second,
        "export → import → export changed the registry"
    );
    let parsed: Value = serde_json::from_str(&first).unwrap();
    assert!(parsed["events"].as_array().unwrap().len() > 2);
    // Importing into a store that holds data is refused rather than merged.
    let output = std::process::Command::new(support::BIN)
        .args(["import", file.path().to_str().unwrap(), "--data"])
        .arg(copy.path())
        .output()
        .unwrap();
    assert!(!output.status.success());

    // The copy serves the retired offer's history like the original.
    let server = TestServer::start_in(copy.path().to_path_buf());
    let (status, history) = server.get_json(&format!("/api/v1/offers/{id}/history"));
    assert_eq!((status, history["retired"].as_bool()), (200, Some(true)));
}

/// Issue #17, defect 1: on an imported store the first new offer took an imported id
/// and replaced that offer and its history. Export a store with offers and pledges,
/// import it, create one of each, export again: every original record and version stays.
#[test]
fn records_created_after_an_import_never_replace_imported_ones() {
    let (server, tokens) = TestServer::start_with_tokens(&[
        &["--role", "admin"],
        &[
            "--role",
            "signatory",
            "--organisation",
            "department-for-education",
        ],
    ]);
    let pledge = json!({
        "topic": "apprenticeships", "title": "Apprenticeships",
        "summary": "Paid apprenticeships.", "coverage": { "national": true },
        "age_from": 16, "age_to": 24
    });
    let create = |server: &TestServer, tokens: &[String]| -> (String, String) {
        let (status, offer) = server.send(
            Method::POST,
            &format!("/api/v1/authorities/{WALSALL}/offers"),
            Some(&tokens[0]),
            Some(&new_offer()),
        );
        assert_eq!(status, 201, "{offer}");
        let (status, made) = server.send(
            Method::POST,
            "/api/v1/organisations/department-for-education/pledges",
            Some(&tokens[1]),
            Some(&pledge),
        );
        assert_eq!(status, 201, "{made}");
        (
            offer["id"].as_str().unwrap().to_string(),
            made["id"].as_str().unwrap().to_string(),
        )
    };
    let (first_offer, first_pledge) = create(&server, &tokens);
    let data = server.data.clone();
    server.stop();
    let before: Value = serde_json::from_str(&run_cli(&data, &["export"])).unwrap();

    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), before.to_string()).unwrap();
    let copy = support::temp_dir();
    let out = std::process::Command::new(support::BIN)
        .args(["import", file.path().to_str().unwrap(), "--data"])
        .arg(&copy)
        .output()
        .unwrap();
    assert!(out.status.success());
    let tokens = vec![
        create_token(&copy, &["--role", "admin"]),
        create_token(
            &copy,
            &[
                "--role",
                "signatory",
                "--organisation",
                "department-for-education",
            ],
        ),
    ];
    let server = TestServer::start_in(copy.clone());
    let (new_offer_id, new_pledge_id) = create(&server, &tokens);
    assert_ne!(new_offer_id, first_offer);
    assert_ne!(new_pledge_id, first_pledge);
    server.stop();
    let after: Value = serde_json::from_str(&run_cli(&copy, &["export"])).unwrap();
    for list in ["offers", "pledges", "versions"] {
        let now = after[list].as_array().unwrap();
        for record in before[list].as_array().unwrap() {
            assert!(now.contains(record), "{list}: lost or changed {record}");
        }
        assert_eq!(
            now.len(),
            before[list].as_array().unwrap().len() + if list == "versions" { 2 } else { 1 },
            "{list}"
        );
    }
    let _ = std::fs::remove_dir_all(&copy);
}

#[test]
fn the_openapi_document_describes_every_route() {
    let server = TestServer::start();
    let (status, doc) = server.get_json("/api/v1/openapi.json");
    assert_eq!(status, 200);
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().unwrap();
    for (path, methods) in [
        ("/api/v1/authorities", &["get"][..]),
        ("/api/v1/authorities/{code}", &["get"]),
        ("/api/v1/authorities/{code}/offers", &["post"]),
        ("/api/v1/authorities/{code}/offers.csv", &["get"]),
        ("/api/v1/topics", &["get"]),
        ("/api/v1/partnerships", &["get"]),
        ("/api/v1/partnerships/{id}", &["get"]),
        ("/api/v1/partnerships/{id}/consistency", &["get"]),
        ("/api/v1/partnerships/{id}/consistency.csv", &["get"]),
        ("/api/v1/partnerships/{id}/board", &["get"]),
        ("/api/v1/partnerships/{id}/guarantee", &["put"]),
        ("/api/v1/partnerships/{id}/notes", &["put"]),
        ("/api/v1/topics/{topic}/spread", &["get"]),
        ("/api/v1/changes", &["get"]),
        ("/api/v1/organisations", &["get", "post"]),
        ("/api/v1/organisations/{id}", &["get"]),
        ("/api/v1/organisations/{id}/verify", &["post"]),
        ("/api/v1/organisations/{id}/pledges", &["get", "post"]),
        ("/api/v1/pledges", &["get"]),
        ("/api/v1/pledges/{id}", &["get", "put"]),
        ("/api/v1/pledges/{id}/history", &["get"]),
        ("/api/v1/pledges/{id}/publish", &["post"]),
        ("/api/v1/pledges/{id}/reject", &["post"]),
        ("/api/v1/pledges/{id}/withdraw", &["post"]),
        ("/api/v1/moderation", &["get"]),
        ("/api/v1/search", &["get"]),
        ("/api/v1/compare", &["get"]),
        ("/api/v2/compare", &["get"]),
        ("/api/v1/offers/{id}", &["get", "put", "delete"]),
        ("/api/v1/offers/{id}/history", &["get"]),
        ("/api/v1/offers/{id}/restore", &["post"]),
        ("/api/v1/openapi.json", &["get"]),
        ("/healthz", &["get"]),
        ("/metrics", &["get"]),
        ("/oruk/", &["get"]),
        ("/oruk/services", &["get"]),
        ("/oruk/services/{id}", &["get"]),
        ("/oruk/organizations", &["get"]),
        ("/oruk/organizations/{id}", &["get"]),
        ("/oruk/taxonomies", &["get"]),
        ("/oruk/taxonomies/{id}", &["get"]),
        ("/oruk/taxonomy_terms", &["get"]),
        ("/oruk/taxonomy_terms/{id}", &["get"]),
        ("/oruk/service_at_locations", &["get"]),
        ("/oruk/service_at_locations/{id}", &["get"]),
        ("/feeds/authorities/{code}.atom", &["get"]),
        ("/feeds/partnerships/{id}.atom", &["get"]),
        ("/feeds/topics/{slug}.atom", &["get"]),
        ("/feeds/pledges.atom", &["get"]),
        ("/api/v1/law", &["get"]),
        ("/api/v1/coverage", &["get"]),
        ("/api/v1/admin/tokens", &["get", "post"]),
        ("/api/v1/admin/tokens/{id}", &["delete"]),
        ("/api/v1/map", &["get"]),
        ("/api/v1/map/areas", &["get"]),
    ] {
        for method in methods {
            assert!(
                paths.get(path).and_then(|p| p.get(*method)).is_some(),
                "{method} {path} is not documented"
            );
        }
        // And the route really answers (no 404 for the documented path).
        let concrete = path
            .replace("{code}", WALSALL)
            .replace("{id}", "x")
            .replace("{topic}", "travel")
            .replace("{slug}", "travel");
        let status = server
            .client
            .request(Method::OPTIONS, server.url(&concrete))
            .send()
            .unwrap()
            .status();
        assert_eq!(status.as_u16(), 204, "{path} is documented but not served");
    }
    // And nothing documented is missing from the list above. (That every route the
    // server has is documented is checked beside the router: see `route_tests` in
    // server/src/http/mod.rs.)
    assert_eq!(
        paths.len(),
        56,
        "a documented route is missing from this test"
    );
    // Every documented read answers for real on the demo data, with real ids.
    let service = server.get_json("/oruk/services?per_page=1").1["contents"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let sal = server.get_json("/oruk/service_at_locations?per_page=1").1["contents"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let org = server.get_json("/oruk/organizations?per_page=1").1["contents"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let taxonomy = server.get_json("/oruk/taxonomies?per_page=1").1["contents"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let term = server.get_json("/oruk/taxonomy_terms?per_page=1").1["contents"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for path in [
        "/healthz".to_string(),
        "/metrics".to_string(),
        "/api/v1/openapi.json".to_string(),
        "/oruk/".to_string(),
        format!("/oruk/services/{service}"),
        format!("/oruk/service_at_locations/{sal}"),
        format!("/oruk/organizations/{org}"),
        format!("/oruk/taxonomies/{taxonomy}"),
        format!("/oruk/taxonomy_terms/{term}"),
        format!("/feeds/authorities/{WILTSHIRE}.atom"),
        "/feeds/partnerships/greater-manchester.atom".to_string(),
        "/feeds/topics/travel.atom".to_string(),
        "/feeds/pledges.atom".to_string(),
    ] {
        let status = server.get(&path).status().as_u16();
        assert_eq!(status, 200, "GET {path}");
    }
}

/// Every route `server/src/http/mod.rs` knows (its `EXAMPLES`, with demo ids), by each
/// method it answers: a query parameter it does not declare is refused with 400 before
/// anything else happens, `invalid_parameter` naming it for JSON routes and a page for
/// pages. (`/bench/static` is not served without `--bench-routes`.)
#[test]
fn every_route_refuses_a_parameter_it_does_not_declare() {
    let server = TestServer::start();
    let offer = "wiltshire-personal-adviser";
    let org = "department-for-education";
    let pledge = "civil-service-care-leaver-internships";
    let gm = "greater-manchester";
    let json_routes: Vec<(Method, String)> = [
        ("GET", "/healthz".to_string()),
        ("GET", "/metrics".to_string()),
        ("GET", "/api/v1/authorities".to_string()),
        ("GET", format!("/api/v1/authorities/{WILTSHIRE}")),
        ("POST", format!("/api/v1/authorities/{WILTSHIRE}/offers")),
        ("GET", format!("/api/v1/authorities/{WILTSHIRE}/offers.csv")),
        ("GET", "/api/v1/topics".to_string()),
        ("GET", "/api/v1/partnerships".to_string()),
        ("GET", format!("/api/v1/partnerships/{gm}")),
        ("GET", format!("/api/v1/partnerships/{gm}/consistency")),
        ("GET", format!("/api/v1/partnerships/{gm}/consistency.csv")),
        ("GET", format!("/api/v1/partnerships/{gm}/board")),
        ("PUT", format!("/api/v1/partnerships/{gm}/guarantee")),
        ("PUT", format!("/api/v1/partnerships/{gm}/notes")),
        ("GET", "/api/v1/topics/council-tax/spread".to_string()),
        ("GET", "/api/v1/changes".to_string()),
        ("GET", "/api/v1/organisations".to_string()),
        ("POST", "/api/v1/organisations".to_string()),
        ("GET", format!("/api/v1/organisations/{org}")),
        ("POST", format!("/api/v1/organisations/{org}/verify")),
        ("GET", format!("/api/v1/organisations/{org}/pledges")),
        ("POST", format!("/api/v1/organisations/{org}/pledges")),
        ("GET", "/api/v1/pledges".to_string()),
        ("GET", format!("/api/v1/pledges/{pledge}")),
        ("PUT", format!("/api/v1/pledges/{pledge}")),
        ("GET", format!("/api/v1/pledges/{pledge}/history")),
        ("POST", format!("/api/v1/pledges/{pledge}/publish")),
        ("POST", format!("/api/v1/pledges/{pledge}/reject")),
        ("POST", format!("/api/v1/pledges/{pledge}/withdraw")),
        ("GET", "/api/v1/moderation".to_string()),
        ("GET", "/api/v1/search".to_string()),
        ("GET", "/api/v1/compare".to_string()),
        ("GET", "/api/v2/compare".to_string()),
        ("GET", "/api/v1/openapi.json".to_string()),
        ("GET", format!("/api/v1/offers/{offer}")),
        ("PUT", format!("/api/v1/offers/{offer}")),
        ("DELETE", format!("/api/v1/offers/{offer}")),
        ("GET", format!("/api/v1/offers/{offer}/history")),
        ("GET", "/api/v1/admin/tokens".to_string()),
        ("POST", "/api/v1/admin/tokens".to_string()),
        ("DELETE", "/api/v1/admin/tokens/0123456789ab".to_string()),
        ("GET", "/oruk/".to_string()),
        ("GET", "/oruk/services".to_string()),
        ("GET", "/oruk/services/x".to_string()),
        ("GET", "/oruk/organizations".to_string()),
        ("GET", "/oruk/organizations/x".to_string()),
        ("GET", "/oruk/taxonomies".to_string()),
        ("GET", "/oruk/taxonomies/x".to_string()),
        ("GET", "/oruk/taxonomy_terms".to_string()),
        ("GET", "/oruk/taxonomy_terms/x".to_string()),
        ("GET", "/oruk/service_at_locations".to_string()),
        ("GET", "/oruk/service_at_locations/x".to_string()),
        ("GET", format!("/feeds/authorities/{WILTSHIRE}.atom")),
        ("GET", format!("/feeds/partnerships/{gm}.atom")),
        ("GET", "/feeds/topics/council-tax.atom".to_string()),
        ("GET", "/feeds/pledges.atom".to_string()),
        ("GET", "/widget/offer-atlas.js".to_string()),
    ]
    .into_iter()
    .map(|(m, p)| (Method::from_bytes(m.as_bytes()).unwrap(), p))
    .collect();
    let page_routes: Vec<(Method, String)> = [
        ("GET", "/".to_string()),
        ("GET", "/compare".to_string()),
        ("GET", "/compare/questions".to_string()),
        ("GET", format!("/offers/{offer}")),
        ("GET", format!("/authorities/{WILTSHIRE}")),
        ("GET", "/search".to_string()),
        ("GET", "/covenant/register".to_string()),
        ("POST", "/covenant/register".to_string()),
        ("GET", "/covenant/pledges".to_string()),
        ("POST", "/covenant/pledges".to_string()),
        ("GET", "/covenant/moderation".to_string()),
        ("POST", "/covenant/moderation".to_string()),
        ("GET", format!("/board/{gm}")),
        ("GET", "/editor".to_string()),
        ("GET", "/editor/sign-in".to_string()),
        ("POST", "/editor/sign-in".to_string()),
        ("POST", "/editor/sign-out".to_string()),
        ("GET", "/editor/offers/new".to_string()),
        ("POST", "/editor/offers/new".to_string()),
        ("GET", format!("/editor/offers/{offer}")),
        ("POST", format!("/editor/offers/{offer}")),
        ("GET", format!("/editor/offers/{offer}/history")),
        ("POST", format!("/editor/offers/{offer}/review")),
        ("GET", format!("/editor/offers/{offer}/retire")),
        ("POST", format!("/editor/offers/{offer}/retire")),
        ("GET", "/editor/offers.csv".to_string()),
        ("GET", "/editor/template.csv".to_string()),
        ("GET", "/editor/import".to_string()),
        ("POST", "/editor/import".to_string()),
        ("POST", "/editor/import/apply".to_string()),
        ("GET", "/editor/people".to_string()),
        ("POST", "/editor/people/invite".to_string()),
        ("POST", "/editor/people/0123456789ab/revoke".to_string()),
    ]
    .into_iter()
    .map(|(m, p)| (Method::from_bytes(m.as_bytes()).unwrap(), p))
    .collect();

    let mut wrong = Vec::new();
    for (method, path) in &json_routes {
        let with_bogus = format!("{path}?bogus=1");
        if path.starts_with("/api/") {
            // Through the contract check too: the 400 must be documented.
            let (status, body) = server.send(method.clone(), &with_bogus, None, None);
            if status != 400 || error_of(&body) != ("invalid_parameter", Some("bogus")) {
                wrong.push(format!("{method} {with_bogus}: {status} {body}"));
            }
            continue;
        }
        let response = server
            .client
            .request(method.clone(), server.url(&with_bogus))
            .send()
            .expect("request");
        let status = response.status().as_u16();
        let body: Value = response.json().unwrap_or(Value::Null);
        if status != 400 || body["error"]["field"] != "bogus" {
            wrong.push(format!("{method} {with_bogus}: {status} {body}"));
        }
    }
    for (method, path) in &page_routes {
        let with_bogus = format!("{path}?bogus=1");
        let response = server
            .client
            .request(method.clone(), server.url(&with_bogus))
            .header("accept", "text/html")
            .send()
            .expect("request");
        let status = response.status().as_u16();
        let html = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
        let text = response.text().unwrap_or_default();
        if status != 400 || !html || !text.contains("bogus") {
            wrong.push(format!("{method} {with_bogus}: {status} (html: {html})"));
        }
    }
    assert!(
        wrong.is_empty(),
        "accepted or mis-answered:\n{}",
        wrong.join("\n")
    );
    // Declared parameters still work, an empty one is one left out.
    let (status, _) = server.get_json("/api/v1/authorities?tier=");
    assert_eq!(status, 200);
    let response = server
        .client
        .get(server.url("/compare?to="))
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    // A form sends one parameter per ticked box: a page takes a declared one twice.
    let response = server
        .client
        .get(server.url(
            "/compare?from=E08000030&to=E06000054&age=19&circumstances=young_parent&circumstances=in_higher_education",
        ))
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
}

/// The widget's files are kept in brotli and gzip: brotli to a browser that takes it
/// (every one over HTTPS), gzip to one that takes only gzip, the file as it is otherwise;
/// each decodes to the same bytes.
#[test]
fn the_widget_travels_in_brotli_to_browsers_that_take_it() {
    let server = TestServer::start();
    if server.get("/widget/offer-atlas.js").status().as_u16() != 200 {
        // Built without the widget (scripts/build-widget first): nothing to serve.
        return;
    }
    let client = reqwest::blocking::Client::new();
    let get = |path: &str, accept: &str| {
        let response = client
            .get(server.url(path))
            .header("accept-encoding", accept)
            .send()
            .expect("GET");
        assert_eq!(response.status().as_u16(), 200, "{path}");
        let coding = response
            .headers()
            .get("content-encoding")
            .map(|v| v.to_str().unwrap().to_string());
        assert_eq!(response.headers()["vary"], "accept-encoding", "{path}");
        (coding, response.bytes().expect("body").to_vec())
    };
    for path in [
        "/widget/offer-atlas.js",
        "/widget/offer-atlas.css",
        "/widget/offer_atlas_compare.js",
        "/widget/offer_atlas_compare_bg.wasm",
    ] {
        let (none, raw) = get(path, "identity");
        assert_eq!(none, None, "{path}");
        let (coding, br) = get(path, "gzip, deflate, br, zstd");
        assert_eq!(coding.as_deref(), Some("br"), "{path}");
        let mut unbr = Vec::new();
        std::io::Read::read_to_end(
            &mut brotli::Decompressor::new(&br[..], 64 * 1024),
            &mut unbr,
        )
        .expect("brotli");
        assert_eq!(unbr, raw, "{path}");
        let (coding, gz) = get(path, "gzip, deflate");
        assert_eq!(coding.as_deref(), Some("gzip"), "{path}");
        let mut ungz = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz[..]), &mut ungz)
            .expect("gzip");
        assert_eq!(ungz, raw, "{path}");
        assert!(
            br.len() < gz.len(),
            "{path}: brotli {} against gzip {}",
            br.len(),
            gz.len()
        );
        // gzip ranked above brotli is honoured.
        let (coding, _) = get(path, "br;q=0.5, gzip;q=1");
        assert_eq!(coding.as_deref(), Some("gzip"), "{path}");
    }
}
