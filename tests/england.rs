//! End-to-end tests of the England registry (`serve --registry england`, the default):
//! every council, what the law gives everywhere, the councils' own offers read from their
//! pages, coverage, and a newer page superseding a seed document as the next version.

mod support;

use serde_json::Value;
use support::gss::{MANCHESTER, WALSALL};
use support::{temp_dir, TestServer};

fn england() -> TestServer {
    TestServer::start_in_with(temp_dir(), &["--registry", "england"])
}

fn items(body: &Value) -> &Vec<Value> {
    body["items"].as_array().expect("a list")
}

#[test]
fn every_council_with_childrens_services_and_every_district_is_listed_with_its_county() {
    let server = england();
    let (status, body) = server.get_json("/api/v1/authorities");
    assert_eq!(status, 200);
    let current: Vec<&Value> = items(&body)
        .iter()
        .filter(|a| a["replaced_on"].is_null())
        .collect();
    let upper = current.iter().filter(|a| a["tier"] != "district").count();
    let districts: Vec<&&Value> = current.iter().filter(|a| a["tier"] == "district").collect();
    assert_eq!(upper, 153);
    assert_eq!(districts.len(), 164);
    for a in &current {
        let code = a["code"].as_str().unwrap();
        assert!(
            code.len() == 9
                && code.starts_with('E')
                && code[1..].bytes().all(|b| b.is_ascii_digit()),
            "{code}"
        );
    }
    for d in districts {
        let county = current.iter().find(|a| a["code"] == d["parent"]);
        assert!(
            county.is_some_and(|c| c["tier"] == "county"),
            "{} has no county",
            d["name"]
        );
    }
}

#[test]
fn any_two_councils_compare_with_the_law_under_wherever_you_live() {
    let server = england();
    let (_, body) = server.get_json("/api/v1/authorities");
    let upper: Vec<String> = items(&body)
        .iter()
        .filter(|a| a["replaced_on"].is_null() && a["tier"] != "district")
        .map(|a| a["code"].as_str().unwrap().to_string())
        .collect();
    // Every council to one and from one, and a spread of pairs between them.
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (i, code) in upper.iter().enumerate() {
        pairs.push((code.clone(), WALSALL.to_string()));
        pairs.push((MANCHESTER.to_string(), code.clone()));
        pairs.push((code.clone(), upper[(i * 37 + 11) % upper.len()].clone()));
    }
    for (from, to) in pairs {
        let (status, c) = server.get_json(&format!("/api/v1/compare?from={from}&to={to}&age=20"));
        assert_eq!(status, 200, "{from} → {to}: {c}");
        let law: Vec<&str> = c["rows"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| r["both"].as_array().into_iter().flatten())
            .filter(|e| e["via"] == "law")
            .filter_map(|e| e["provider"]["id"].as_str())
            .collect();
        assert!(law.contains(&"law-personal-adviser"), "{from} → {to}");
        for side in c["as_of"].as_array().unwrap() {
            if side["date"].is_null() {
                let name = side["name"].as_str().unwrap();
                assert!(
                    c["notices"].as_array().unwrap().iter().any(|n| n
                        .as_str()
                        .unwrap()
                        .contains(&format!("hold {name}'s own offer"))),
                    "{from} → {to}: nothing held of {name} and no notice"
                );
            }
        }
    }
}

#[test]
fn the_law_records_carry_the_ages_and_amounts_the_law_gives() {
    let server = england();
    let (status, body) = server.get_json("/api/v1/law");
    assert_eq!(status, 200);
    let find = |id: &str| {
        items(&body)
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id}"))
            .clone()
    };
    let pa = find("law-personal-adviser");
    assert_eq!(
        (pa["age_from"].as_u64(), pa["age_to"].as_u64()),
        (Some(16), Some(24))
    );
    let he = find("law-higher-education-bursary");
    assert_eq!(he["value"]["amount_pence"], 200_000);
    assert_eq!(he["conditions"], serde_json::json!(["in_higher_education"]));
    let put = find("law-staying-put");
    assert_eq!(
        (put["age_from"].as_u64(), put["age_to"].as_u64()),
        (Some(18), Some(20))
    );
    let apprentice = find("law-apprenticeship-bursary");
    assert_eq!(apprentice["value"]["amount_pence"], 300_000);
    let close = find("law-staying-close");
    assert_eq!(close["status"], "planned", "enacted in 2026, not in force");
    let sar = find("law-shared-accommodation-rate");
    assert_eq!(sar["age_to"], 24);
    // Guidance, not an amount the law fixes: never added up as money.
    let home = find("law-setting-up-home-allowance");
    assert!(home["value"]["amount_pence"].is_null());
    for r in items(&body) {
        assert!(
            r["source"]["url"].is_string() && r["source"]["read"].is_string(),
            "{r}"
        );
        assert!(!r["groups"].as_array().unwrap().is_empty());
    }
    // A care leaver who says their group is answered for it: a qualifying care leaver
    // (shorter time in care) has no Personal Adviser by law.
    let (_, c) = server.get_json(&format!(
        "/api/v1/compare?from={WALSALL}&to={MANCHESTER}&age=19&group=qualifying"
    ));
    let law_ids = |c: &Value| -> Vec<String> {
        c["rows"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| r["both"].as_array().into_iter().flatten())
            .filter(|e| e["via"] == "law")
            .map(|e| e["provider"]["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(!law_ids(&c).contains(&"law-personal-adviser".to_string()));
    let (_, c) = server.get_json(&format!(
        "/api/v1/compare?from={WALSALL}&to={MANCHESTER}&age=19&group=former_relevant"
    ));
    assert!(law_ids(&c).contains(&"law-personal-adviser".to_string()));
    let (status, e) = server.get_json(&format!(
        "/api/v1/compare?from={WALSALL}&to={MANCHESTER}&age=19&group=rich"
    ));
    assert_eq!((status, e["error"]["field"].as_str()), (400, Some("group")));
}

#[test]
fn coverage_counts_what_the_registry_holds_and_the_readme_says_the_same() {
    let server = england();
    let (status, c) = server.get_json("/api/v1/coverage");
    assert_eq!(status, 200);
    let councils = c["councils"].as_array().unwrap();
    assert_eq!(councils.len(), 153);
    let count = |held: &str| councils.iter().filter(|x| x["held"] == held).count() as u64;
    let e = &c["england"];
    assert_eq!(e["full"], count("full"));
    assert_eq!(e["partial"], count("partial"));
    assert_eq!(e["none"], count("none"));
    let regions: u64 = c["regions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["councils"].as_u64().unwrap())
        .sum();
    assert_eq!(regions, 153);
    // The bar: 60 councils with five or more cited facts, all of Greater
    // Manchester and the West Midlands, and 25 London boroughs.
    let five: Vec<&Value> = councils
        .iter()
        .filter(|x| x["offers"].as_u64().unwrap() >= 5)
        .collect();
    assert!(five.len() >= 60, "{}", five.len());
    assert!(five.iter().filter(|x| x["region"] == "London").count() >= 25);
    for code in (1..=10)
        .map(|i| format!("E080000{i:02}"))
        .chain((25..=31).map(|i| format!("E080000{i}")))
    {
        assert!(five.iter().any(|x| x["code"] == code.as_str()), "{code}");
    }
    // The README's figures are the served ones.
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
        .expect("README.md");
    let held = e["full"].as_u64().unwrap() + e["partial"].as_u64().unwrap();
    assert!(
        readme.contains(&format!("own offer of {held} of the 153")),
        "README should say the own offer of {held} of the 153 councils is held"
    );
    // The page says the same.
    let page = server.get("/coverage").text().expect("page");
    assert!(
        page.contains(&format!("we hold the own offer of {held}")),
        "{page}"
    );
}

#[test]
fn a_newer_page_is_the_next_version_of_the_seed_record_it_supersedes() {
    let server = england();
    let (status, history) = server.get_json("/api/v1/offers/walsall-council-tax/history");
    assert_eq!(status, 200, "{history}");
    let versions = history["versions"].as_array().expect("a list of versions");
    assert!(versions.len() >= 2, "{history}");
    let first = &versions[0];
    let last = &versions[versions.len() - 1];
    let source = |v: &Value| v["record"]["source"].clone();
    assert_eq!(
        source(first)["document"],
        "001_b4b6f27fa2511586.txt",
        "{first}"
    );
    assert_eq!(source(first)["date"], "2020-08-10");
    assert!(source(last)["url"]
        .as_str()
        .is_some_and(|u| u.starts_with("http")));
    assert!(source(last)["read"].is_string());
    let (_, current) = server.get_json("/api/v1/offers/walsall-council-tax");
    assert_eq!(current["version"], versions.len() as u64);
    assert_eq!(last["actor"], "england-readings-2026-12-06");
}

/// The key's counts as the `/map` page prints them, in order.
fn map_page_counts(page: &str) -> Vec<(String, u64)> {
    page.split("<tr class=\"atlas-key-")
        .skip(1)
        .map(|row| {
            let class = row.split('"').next().unwrap().to_string();
            let count = row
                .split("<td>")
                .nth(1)
                .and_then(|c| c.split("</td>").next())
                .and_then(|c| c.trim().parse().ok())
                .unwrap();
            (class, count)
        })
        .collect()
}

#[test]
fn the_map_draws_every_council_with_childrens_services_and_counts_as_the_api_does() {
    let server = england();
    let (_, body) = server.get_json("/api/v1/authorities");
    let mut upper: Vec<&str> = items(&body)
        .iter()
        .filter(|a| a["replaced_on"].is_null() && a["tier"] != "district")
        .map(|a| a["code"].as_str().unwrap())
        .collect();
    upper.sort_unstable();
    let (_, topics) = server.get_json("/api/v1/topics");
    for topic in items(&topics) {
        let query = format!("topic={}&age=19", topic["slug"].as_str().unwrap());
        let (status, map) = server.get_json(&format!("/api/v1/map?{query}"));
        assert_eq!(status, 200, "{query}");
        let codes: Vec<&str> = map["areas"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["code"].as_str().unwrap())
            .collect();
        // The December 2023 areas are exactly the registry's councils with children's services.
        assert_eq!(codes, upper, "{query}");
        let api: Vec<(String, u64)> = map["key"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| {
                (
                    k["class"].as_str().unwrap().to_string(),
                    k["count"].as_u64().unwrap(),
                )
            })
            .collect();
        let page = server.get(&format!("/map?{query}")).text().unwrap();
        assert_eq!(map_page_counts(&page), api, "{query}");
    }
    // A move from Walsall: every area is in the class its comparison gives.
    let (status, map) = server.get_json(&format!("/api/v1/map?from={WALSALL}&age=19"));
    assert_eq!(status, 200);
    let home = map["key"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["class"] == "home")
        .unwrap();
    assert_eq!(home["count"], 1);
    for area in map["areas"].as_array().unwrap() {
        let code = area["code"].as_str().unwrap();
        let (status, c) =
            server.get_json(&format!("/api/v1/compare?from={WALSALL}&to={code}&age=19"));
        assert_eq!(status, 200, "{code}");
        assert_eq!(area["class"], move_class(&c), "{code}");
    }
}

/// What a move's map must say of an area, from the comparison's own answer: home; not held
/// when nothing of the destination's own offer is; else more, less, both, to ask, the same.
fn move_class(c: &Value) -> &'static str {
    let to = c["to"]["code"].as_str().unwrap();
    if c["from"]["code"] == to {
        return "home";
    }
    let county = c["to_county"]["code"].as_str();
    let held = c["as_of"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["code"] == to || s["code"].as_str() == county)
        .any(|s| !s["date"].is_null());
    if !held {
        return "not_held";
    }
    let n = |k: &str| c["summary"][k].as_u64().unwrap();
    match (n("gain") + n("better") > 0, n("loss") + n("worse") > 0) {
        (true, true) => "mixed",
        (true, false) => "more",
        (false, true) => "less",
        (false, false) if n("ask") > 0 => "ask",
        (false, false) => "same",
    }
}
