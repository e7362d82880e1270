//! `offer-atlas export --format csv --out DIR`: one CSV per table for analysts. Read back
//! with the `csv` crate, the files hold every record, and text with commas, quotes and
//! line breaks comes back exactly as stored.

mod support;

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use reqwest::Method;
use serde_json::json;
use support::gss::WILTSHIRE;
use support::{run_cli, TestServer, BIN};

/// A table as header → column, and its rows as maps.
fn read_table(dir: &Path, name: &str) -> Vec<HashMap<String, String>> {
    let mut reader = csv::Reader::from_path(dir.join(format!("{name}.csv")))
        .unwrap_or_else(|e| panic!("{name}.csv: {e}"));
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{name}.csv: {e}"));
            assert_eq!(
                r.len(),
                header.len(),
                "{name}.csv: a row does not fit the header"
            );
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_string))
                .collect()
        })
        .collect()
}

#[test]
fn csv_tables_round_trip_counts_and_quoting() {
    let (server, tokens) =
        TestServer::start_with_tokens(&[&["--role", "council-editor", "--authority", WILTSHIRE]]);
    // Text that needs quoting, in a CSV cell and in a list cell.
    let title = "Rent \"guarantor\", deposits, and more";
    let summary = "Line one, with a comma.\nLine two \"quoted\";\r\nthree";
    let (status, created) = server.send(
        Method::POST,
        &format!("/api/v1/authorities/{WILTSHIRE}/offers"),
        Some(&tokens[0]),
        Some(&json!({
            "topic": "rent-guarantor", "category": "accommodation", "title": title,
            "summary": summary, "status": "pilot", "basis": "discretionary",
            "applies_to": "own_care_leavers_anywhere", "age_from": 18, "age_to": 21,
            "conditions": ["young_parent", "in_employment"],
            "value": {"amount_pence": 123456, "per": "year", "note": "paid, in parts"},
            "source": {"document": "test, with comma", "locator": "§ 2"}
        })),
    );
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().unwrap().to_string();

    let (_, authorities) = server.get_json("/api/v1/authorities");
    let authority_count = authorities["total"].as_u64().unwrap() as usize;
    let mut offer_count = 0;
    for a in authorities["items"].as_array().unwrap() {
        let (_, d) = server.get_json(&format!(
            "/api/v1/authorities/{}",
            a["code"].as_str().unwrap()
        ));
        offer_count += d["offers"].as_array().unwrap().len();
    }
    let (_, partnerships) = server.get_json("/api/v1/partnerships");
    let (_, organisations) = server.get_json("/api/v1/organisations");
    let (_, pledges) = server.get_json("/api/v1/pledges");
    let data = server.data.clone();
    server.stop();

    let out = support::temp_dir().join("tables");
    let out_arg = out.to_str().unwrap();
    run_cli(&data, &["export", "--format", "csv", "--out", out_arg]);

    assert_eq!(read_table(&out, "authorities").len(), authority_count);
    let offers = read_table(&out, "offers");
    assert_eq!(offers.len(), offer_count);
    assert_eq!(
        read_table(&out, "partnerships").len() as u64,
        partnerships["total"].as_u64().unwrap()
    );
    // Every demo organisation and pledge is public, so the counts agree with the API's.
    assert_eq!(
        read_table(&out, "organisations").len() as u64,
        organisations["total"].as_u64().unwrap()
    );
    assert_eq!(
        read_table(&out, "pledges").len() as u64,
        pledges["total"].as_u64().unwrap()
    );

    let row = offers
        .iter()
        .find(|r| r["id"] == id)
        .expect("the new offer");
    assert_eq!(row["title"], title);
    assert_eq!(row["summary"], summary);
    assert_eq!(row["authority"], WILTSHIRE);
    assert_eq!(row["authority_name"], "Wiltshire");
    assert_eq!(row["status"], "pilot");
    assert_eq!(row["applies_to"], "own_care_leavers_anywhere");
    assert_eq!(row["conditions"], "in_employment; young_parent");
    assert_eq!(row["value_amount_pence"], "123456");
    assert_eq!(row["value_per"], "year");
    assert_eq!(row["value_note"], "paid, in parts");
    assert_eq!(row["value_in_words"], "£1,234.56 a year, paid, in parts");
    assert_eq!(row["source_document"], "test, with comma");
    assert_eq!(row["details"], "", "an empty field is an empty cell");
    // No contact address of a signatory ever reaches a CSV.
    let organisations = read_table(&out, "organisations");
    assert!(!organisations[0].contains_key("contact_email"));

    // JSON stays the default, on stdout.
    let json = run_cli(&data, &["export"]);
    assert!(json.trim_start().starts_with('{'));
    // CSV needs a folder.
    let output = Command::new(BIN)
        .args(["export", "--format", "csv", "--data"])
        .arg(&data)
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--out"));
}

fn new_offer(title: &str) -> serde_json::Value {
    json!({
        "topic": "leisure", "category": "health-and-wellbeing",
        "title": title,
        "summary": "Free use of council gyms and pools.",
        "status": "available", "basis": "discretionary",
        "applies_to": "own_care_leavers_in_area", "age_from": 18, "age_to": 21,
        "value": {"amount_pence": null, "per": null, "count": null, "percent": 100, "note": null},
        "source": {"document": "test", "locator": "section 1", "url": "https://example.org/offer", "date": "2026-01-01"}
    })
}

/// A backup is one moment: every change in its log has the version it made, and every
/// current record its newest version.
fn assert_consistent(backup: &serde_json::Value) {
    let versions: std::collections::HashSet<(String, String, u64)> = backup["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["kind"].as_str().unwrap().to_string(),
                v["id"].as_str().unwrap().to_string(),
                v["version"].as_u64().unwrap(),
            )
        })
        .collect();
    for event in backup["events"].as_array().unwrap() {
        let key = (
            event["kind"].as_str().unwrap().to_string(),
            event["id"].as_str().unwrap().to_string(),
            event["version"].as_u64().unwrap(),
        );
        assert!(
            versions.contains(&key),
            "a change without its version: {key:?}"
        );
    }
    for offer in backup["offers"].as_array().unwrap() {
        let key = (
            "offer".to_string(),
            offer["id"].as_str().unwrap().to_string(),
            offer["version"].as_u64().unwrap(),
        );
        assert!(
            versions.contains(&key),
            "an offer ahead of its history: {key:?}"
        );
    }
    let seqs: Vec<u64> = backup["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_u64().unwrap())
        .collect();
    assert!(
        seqs.windows(2).all(|w| w[1] == w[0] + 1),
        "the log has a gap"
    );
}

#[test]
fn a_backup_taken_while_editors_write_restores_the_registry_and_everyones_access() {
    let (server, tokens) = TestServer::start_with_tokens(&[
        &[
            "--role",
            "admin",
            "--name",
            "Ada Admin",
            "--email",
            "ada@region.example",
        ],
        &[
            "--role",
            "council-editor",
            "--authority",
            WILTSHIRE,
            "--name",
            "Will Shire",
            "--email",
            "will@wiltshire.example",
        ],
    ]);
    let (admin, editor) = (tokens[0].as_str(), tokens[1].as_str());

    // Only an admin takes one.
    let (status, _) = server.send(Method::GET, "/api/v1/admin/backup", None, None);
    assert_eq!(status, 401);
    let (status, _) = server.send(Method::GET, "/api/v1/admin/backup", Some(editor), None);
    assert_eq!(status, 403);

    // Backups while an editor writes: each is one consistent moment.
    let create = server.url(&format!("/api/v1/authorities/{WILTSHIRE}/offers"));
    std::thread::scope(|scope| {
        let writer = scope.spawn(|| {
            let client = reqwest::blocking::Client::new();
            for i in 0..40 {
                let response = client
                    .post(&create)
                    .bearer_auth(editor)
                    .json(&new_offer(&format!("Gym pass {i}")))
                    .send()
                    .unwrap();
                assert_eq!(response.status().as_u16(), 201);
            }
        });
        while !writer.is_finished() {
            let (status, backup) =
                server.send(Method::GET, "/api/v1/admin/backup", Some(admin), None);
            assert_eq!(status, 200);
            assert_consistent(&backup);
        }
    });
    let response = server
        .client
        .get(server.url("/api/v1/admin/backup"))
        .bearer_auth(admin)
        .send()
        .unwrap();
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert!(response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    let text = response.text().unwrap();
    assert!(
        !text.contains(admin) && !text.contains(editor),
        "never a token itself"
    );
    let backup: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_consistent(&backup);
    let (_, before) = server.get_json(&format!("/api/v1/authorities/{WILTSHIRE}/offers?limit=100"));
    server.stop();

    // Restored into an empty directory: the same registry, and the same people get in.
    let file = support::temp_dir().join("backup.json");
    std::fs::write(&file, &text).unwrap();
    let restored = support::temp_dir();
    let out = Command::new(BIN)
        .args(["import"])
        .arg(&file)
        .arg("--data")
        .arg(&restored)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("restored 2 API tokens"));
    let server = TestServer::start_in(restored);
    let (_, after) = server.get_json(&format!("/api/v1/authorities/{WILTSHIRE}/offers?limit=100"));
    assert_eq!(before, after);
    let (status, body) = server.send(
        Method::POST,
        &format!("/api/v1/authorities/{WILTSHIRE}/offers"),
        Some(editor),
        Some(&new_offer("After the restore")),
    );
    assert_eq!(status, 201, "{body}");
    let (status, _) = server.send(Method::GET, "/api/v1/admin/backup", Some(admin), None);
    assert_eq!(status, 200);
    server.stop();
}

#[test]
fn a_store_written_by_the_previous_release_opens_upgraded_with_its_data_and_tokens() {
    // Written by the release before the store recorded its format (09f48e6): the seed
    // registry and one admin token (tests/fixtures/store-format-1.token).
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let data = support::temp_dir();
    let unpacked = Command::new("tar")
        .arg("xzf")
        .arg(fixtures.join("store-format-1.tgz"))
        .arg("-C")
        .arg(&data)
        .status()
        .unwrap();
    assert!(unpacked.success());
    let token = std::fs::read_to_string(fixtures.join("store-format-1.token")).unwrap();
    let server = TestServer::start_in(data.clone());
    let (status, body) = server.get_json(&format!("/api/v1/authorities/{WILTSHIRE}"));
    assert_eq!(status, 200);
    assert_eq!(body["name"], "Wiltshire");
    // The search index, not in the fixture, is rebuilt from the store.
    let (status, body) = server.get_json("/api/v1/search?q=council%20tax");
    assert_eq!(status, 200);
    assert!(body["total"].as_u64().unwrap() > 0, "{body}");
    let (status, backup) = server.send(
        Method::GET,
        "/api/v1/admin/backup",
        Some(token.trim()),
        None,
    );
    assert_eq!(status, 200);
    assert_eq!(backup["access"][0]["person"]["name"], "Ada Admin");
    server.stop();
    // Upgraded on disk: opened again (by the command line), nothing is redone.
    let listed = run_cli(&data, &["token", "list"]);
    assert!(listed.contains("Ada Admin"), "{listed}");
}
