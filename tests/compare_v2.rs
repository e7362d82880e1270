//! `GET /api/v2/compare` through the real binary: the same comparison as v1 in the compact
//! form (lookup tables, pledges counted with the first of each kind listed), checked
//! against the API document, on the seed registry and on the synthetic national one.

mod support;

use serde_json::{json, Map, Value};
use support::{error_of, run_cli, temp_dir, TestServer};

/// Pledges listed per row in each of stay, move and both (`atlas_shared::compact::LISTED`).
const LISTED: usize = 1;

/// The DESIGN §7 budget for a comparison's JSON at national scale.
const BUDGET: usize = 40 * 1024;

/// A v2 entitlement written out as v1 writes it, from the answer's tables.
fn expand(v2: &Value, e: &Value) -> Value {
    let text = |i: &Value| v2["texts"][i.as_u64().expect("a text") as usize].clone();
    let mut out = Map::new();
    let mut facts = e.as_object().expect("entitlement").clone();
    if let Some(id) = e["offer"].as_str() {
        for (k, v) in v2["offers"][id].as_object().expect("the offer's facts") {
            facts.insert(k.clone(), v.clone());
        }
    }
    let provider =
        |kind: &str, id: &Value, name: Value| json!({"type": kind, "id": id, "name": name});
    let council_name = |code: &Value| v2["councils"][code.as_str().expect("code")]["name"].clone();
    let org = |id: &Value| &v2["organisations"][id.as_str().expect("id")];
    let by = if let Some(c) = facts.get("council") {
        provider("authority", c, council_name(c))
    } else if let Some(o) = facts.get("organisation") {
        provider("organisation", o, org(o)["name"].clone())
    } else if let Some(p) = facts.get("partnership") {
        provider(
            "partnership",
            p,
            v2["partnerships"][p.as_str().expect("id")].clone(),
        )
    } else {
        let l = &facts["law"];
        provider("law", l, v2["law"][l.as_str().expect("id")].clone())
    };
    for key in [
        "offer",
        "pledge",
        "guarantee",
        "title",
        "summary",
        "via",
        "applies_to",
        "value",
        "contact",
        "agreed",
    ] {
        if let Some(v) = facts.get(key).filter(|v| !v.is_null()) {
            out.insert(key.into(), v.clone());
        }
    }
    out.insert(
        "status".into(),
        facts.get("status").cloned().unwrap_or(json!("available")),
    );
    out.insert(
        "certainty".into(),
        facts.get("certainty").cloned().unwrap_or(json!("yes")),
    );
    out.insert(
        "conditions".into(),
        facts.get("conditions").cloned().unwrap_or(json!([])),
    );
    if let Some(v) = facts.get("if_you_are") {
        out.insert("if_you_are".into(), v.clone());
    }
    out.insert("reason".into(), text(&facts["reason"]));
    for key in ["how_to_access", "note"] {
        if let Some(i) = facts.get(key) {
            out.insert(key.into(), text(i));
        }
    }
    if let Some(i) = facts.get("source") {
        out.insert(
            "source".into(),
            v2["sources"][i.as_u64().expect("source") as usize].clone(),
        );
    }
    out.insert("ask".into(), Value::Null);
    if let Some(q) = facts.get("question") {
        let whom = match q.get("whom") {
            Some(code) => provider("authority", code, council_name(code)),
            None => by.clone(),
        };
        let contact = match whom["type"].as_str() {
            Some("authority") => {
                v2["councils"][whom["id"].as_str().expect("id")]["leaving_care"].clone()
            }
            Some("organisation") => match org(&whom["id"])["website"].as_str() {
                Some(web) => json!({"web": web, "phone": null, "email": null}),
                None => Value::Null,
            },
            _ => Value::Null,
        };
        let mut question = json!({
            "text": q["text"],
            "whom": whom,
            "personal_adviser": q.get("personal_adviser").cloned().unwrap_or(json!(false)),
            "whom_text": text(&q["ask"]),
        });
        if !contact.is_null() {
            question["contact"] = contact;
        }
        out.insert("ask".into(), text(&q["ask"]));
        out.insert("question".into(), question);
    }
    out.insert("provider".into(), by);
    Value::Object(out)
}

/// Without nulls and empty lists, which v2 leaves out (at any depth).
fn strip(v: &Value) -> Value {
    match v {
        Value::Object(o) => Value::Object(
            o.iter()
                .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                .map(|(k, v)| (k.clone(), strip(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(strip).collect()),
        other => other.clone(),
    }
}

/// Asserts that the v2 answer carries v1's rows: the same topics, changes and entitlements
/// (each written out from the tables equal to v1's), covenant pledges listed as the first
/// of v1's with every one counted, and the same summary.
fn same_comparison(v1: &Value, v2: &Value, what: &str) {
    assert_eq!(v1["from"]["code"], v2["from"], "{what}");
    assert_eq!(v1["to"]["code"], v2["to"], "{what}");
    assert_eq!(v1["summary"], v2["summary"], "{what}");
    assert_eq!(v1["notices"], v2["notices"], "{what}");
    assert_eq!(v1["as_of"], v2["as_of"], "{what}");
    let (rows1, rows2) = (
        v1["rows"].as_array().expect("rows"),
        v2["rows"].as_array().expect("rows"),
    );
    assert_eq!(rows1.len(), rows2.len(), "{what}");
    for (r1, r2) in rows1.iter().zip(rows2) {
        let topic = &r1["topic"];
        assert_eq!(topic, &r2["topic"], "{what}");
        assert_eq!(r1["change"], r2["change"], "{what}: {topic}");
        assert_eq!(r1["label"], r2["label"], "{what}: {topic}");
        for (side, more) in [("stay", "stay"), ("move", "move"), ("both", "both")] {
            let empty = vec![];
            let list1 = r1[side].as_array().unwrap_or(&empty);
            let list2 = r2[side].as_array().unwrap_or(&empty);
            // v1's list with covenant pledges after the first LISTED left out.
            let mut pledges = 0;
            let kept: Vec<(usize, &Value)> = list1
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    if e["via"] != "covenant" {
                        return true;
                    }
                    pledges += 1;
                    pledges <= LISTED
                })
                .collect();
            assert_eq!(kept.len(), list2.len(), "{what}: {topic} {side}");
            for ((_, e1), e2) in kept.iter().zip(list2) {
                assert_eq!(strip(e1), strip(&expand(v2, e2)), "{what}: {topic} {side}");
            }
            let counted = pledges as u64 + r1["more_pledges"][more].as_u64().unwrap_or(0);
            assert_eq!(
                r2["pledges"][more].as_u64(),
                Some(counted),
                "{what}: {topic} {side}"
            );
            if side == "stay" {
                let lost1: Vec<u64> = r1["lost"]
                    .as_array()
                    .map_or(vec![], |l| l.iter().filter_map(Value::as_u64).collect());
                let lost2: Vec<u64> = r2["lost"]
                    .as_array()
                    .map_or(vec![], |l| l.iter().filter_map(Value::as_u64).collect());
                let want: Vec<u64> = kept
                    .iter()
                    .enumerate()
                    .filter(|(_, (i, _))| lost1.contains(&(*i as u64)))
                    .map(|(at, _)| at as u64)
                    .collect();
                assert_eq!(lost2, want, "{what}: {topic} lost");
            }
        }
    }
}

#[test]
fn the_compact_comparison_carries_what_v1_says_for_every_pair_asked() {
    let server = TestServer::start();
    for query in [
        "from=E08000030&to=E06000054&age=19",
        "from=E08000030&to=E08000009&age=21&circumstances=in_higher_education",
        "from=E10000018&to=E07000129&age=18",
        "from=E10000018&to=E08000003&age=24&district=E07000130",
        "from=E06000054&to=E10000006&age=16&group=former_relevant",
        "from=E08000009&to=E08000030&age=25&circumstances=young_parent,in_apprenticeship",
    ] {
        let (s1, v1) = server.get_json(&format!("/api/v1/compare?{query}"));
        let (s2, v2) = server.get_json(&format!("/api/v2/compare?{query}"));
        assert_eq!((s1, s2), (200, 200), "{query}: {v2}");
        same_comparison(&v1, &v2, query);
    }
}

#[test]
fn the_compact_comparison_refuses_what_v1_refuses_with_the_same_error() {
    let server = TestServer::start();
    for (query, field) in [
        ("from=E99999999&to=E06000054&age=19", "from"),
        ("from=E08000030&to=E06000054&age=40", "age"),
        ("from=E08000030&age=19", "to"),
        ("from=E08000030&to=E06000054&age=19&colour=red", "colour"),
    ] {
        let (s1, v1) = server.get_json(&format!("/api/v1/compare?{query}"));
        let (s2, v2) = server.get_json(&format!("/api/v2/compare?{query}"));
        assert_eq!(s2, 400, "{query}: {v2}");
        assert_eq!((s1, &v1), (s2, &v2), "{query}");
        assert_eq!(error_of(&v2).1, Some(field), "{query}");
    }
}

/// A server on the synthetic national registry (`offer-atlas synth`), and the first
/// `n` comparisons of the load test's mix.
fn national(n: usize) -> (TestServer, Vec<String>) {
    let data = temp_dir();
    run_cli(&data, &["synth"]);
    let server = TestServer::start_in_with(data, &["--response-cache-mb", "0"]);
    let mix = include_str!("../scripts/load/compare.txt");
    let queries = mix
        .lines()
        .filter_map(|l| l.strip_prefix("/api/v1/compare?"))
        .take(n)
        .map(str::to_string)
        .collect();
    (server, queries)
}

/// Sizes of v1's and v2's answers over the first comparisons of the load test's mix, each
/// pair checked to carry the same comparison.
#[test]
fn at_national_scale_the_compact_comparison_says_the_same_in_under_half_the_bytes() {
    let (server, queries) = national(12);
    for query in &queries {
        let one = server
            .client
            .get(server.url(&format!("/api/v1/compare?{query}")))
            .send()
            .expect("v1");
        let one = one.text().expect("v1 body");
        let (status, v2) = server.get_json(&format!("/api/v2/compare?{query}"));
        assert_eq!(status, 200, "{query}");
        let two = serde_json::to_string(&v2).expect("v2 text").len();
        let v1: Value = serde_json::from_str(&one).expect("v1 JSON");
        same_comparison(&v1, &v2, query);
        println!("{query}: v1 {} bytes, v2 {two} bytes", one.len());
        assert!(
            two * 2 < one.len(),
            "{query}: v2 {two} bytes, v1 {}",
            one.len()
        );
    }
}

/// DESIGN §7: a comparison's JSON at national scale is at most 40 KB. Not met yet by the
/// synthetic registry's two-tier pairs (docs/benchmarks.md says what stands in the way),
/// so it runs only when asked: `cargo test --test compare_v2 -- --ignored`.
#[test]
#[ignore = "the 40 KB budget is not met yet at national scale: see docs/benchmarks.md"]
fn at_national_scale_the_compact_comparison_is_at_most_40_kb() {
    let (server, queries) = national(50);
    for query in &queries {
        let body = server
            .get(&format!("/api/v2/compare?{query}"))
            .text()
            .expect("body");
        assert!(body.len() <= BUDGET, "{query}: {} bytes", body.len());
    }
}
