//! Search's totals through the real binary: exact when asked (`exact_total=true`) or when
//! fewer than 1,000 match, otherwise an estimate within its documented bound
//! (`atlas_shared::api::ESTIMATE_WITHIN`) on the synthetic national registry.

mod support;

use serde_json::Value;
use support::{error_of, run_cli, temp_dir, TestServer};

/// `atlas_shared::api::EXACT_UP_TO` and `ESTIMATE_WITHIN`, as docs/api.md states them.
const EXACT_UP_TO: u64 = 1_000;
const ESTIMATE_WITHIN: f64 = 0.25;

fn total(body: &Value) -> (u64, bool, u64) {
    (
        body["total"].as_u64().expect("total"),
        body["total_exact"].as_bool().expect("total_exact"),
        body["estimated_total"].as_u64().expect("estimated_total"),
    )
}

/// Every match, by paging through them 100 at a time.
fn every_hit(server: &TestServer, query: &str) -> u64 {
    let mut seen = 0;
    loop {
        let (status, body) =
            server.get_json(&format!("/api/v1/search?{query}&limit=100&offset={seen}"));
        assert_eq!(status, 200, "{body}");
        let page = body["hits"].as_array().expect("hits").len() as u64;
        seen += page;
        if page < 100 {
            return seen;
        }
    }
}

#[test]
fn a_small_search_counts_exactly_and_exact_total_takes_only_true_or_false() {
    let server = TestServer::start();
    for q in [
        "council%20tax",
        "uni%20money",
        "gym",
        "nothing-matches-this",
    ] {
        let (_, plain) = server.get_json(&format!("/api/v1/search?q={q}"));
        let (_, exact) = server.get_json(&format!("/api/v1/search?q={q}&exact_total=true"));
        let (count, is_exact, estimated) = total(&plain);
        assert!(is_exact, "{q}: {plain}");
        assert_eq!(
            (count, estimated),
            (every_hit(&server, &format!("q={q}")), count)
        );
        assert_eq!(total(&exact), (count, true, count), "{q}");
    }
    let (status, body) = server.get_json("/api/v1/search?q=gym&exact_total=yes");
    assert_eq!(status, 400, "{body}");
    assert_eq!(error_of(&body), ("invalid_parameter", Some("exact_total")));
}

#[test]
fn at_national_scale_the_estimated_total_is_within_its_bound_and_exact_total_is_exact() {
    let data = temp_dir();
    run_cli(&data, &["synth"]);
    let server = TestServer::start_in_with(data, &["--response-cache-mb", "0"]);
    let mix = include_str!("../scripts/load/search.txt");
    let mut queries: Vec<&str> = mix
        .lines()
        .filter_map(|l| l.strip_prefix("/api/v1/search?"))
        .collect();
    queries.sort_unstable();
    queries.dedup();
    let (mut estimated, mut worst) = (0, 0.0f64);
    for query in &queries {
        let (_, plain) = server.get_json(&format!("/api/v1/search?{query}&limit=1"));
        let (_, exact) =
            server.get_json(&format!("/api/v1/search?{query}&limit=1&exact_total=true"));
        let (count, is_exact, estimate) = total(&plain);
        let (truth, truth_exact, _) = total(&exact);
        assert!(truth_exact, "{query}");
        assert_eq!(count, estimate, "{query}: total is the estimate");
        if is_exact {
            assert_eq!(count, truth, "{query}");
            assert!(truth <= EXACT_UP_TO, "{query}");
        } else {
            estimated += 1;
            assert!(
                truth > EXACT_UP_TO && count >= EXACT_UP_TO,
                "{query}: {count} of {truth}"
            );
            let off = (count as f64 - truth as f64).abs() / truth as f64;
            worst = worst.max(off);
            assert!(
                off <= ESTIMATE_WITHIN,
                "{query}: estimated {count}, exactly {truth}"
            );
        }
    }
    println!(
        "{estimated} of {} searches estimated; worst {:.1}% off",
        queries.len(),
        worst * 100.0
    );
    assert!(estimated >= 20, "the mix has large searches to estimate");
    // exact_total counts what paging can reach, past the bound too.
    for query in ["q=someone%20to%20talk%20to&age=16", "q=council%20tax"] {
        let (_, exact) = server.get_json(&format!("/api/v1/search?{query}&exact_total=true"));
        assert_eq!(total(&exact).0, every_hit(&server, query), "{query}");
    }
}
