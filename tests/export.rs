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
