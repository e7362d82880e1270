//! Search's totals through the real binary: `total` is the exact count, said by
//! `total_exact` and repeated in `estimated_total`, with or without `exact_total=true`,
//! on the seed registry and on the synthetic national one (docs/api.md, "Search").

mod support;

use serde_json::Value;
use support::{error_of, run_cli, temp_dir, TestServer};

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
fn at_national_scale_every_total_is_the_exact_count_with_or_without_exact_total() {
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
    let mut large = 0;
    for query in &queries {
        let (_, plain) = server.get_json(&format!("/api/v1/search?{query}&limit=1"));
        let (_, exact) =
            server.get_json(&format!("/api/v1/search?{query}&limit=1&exact_total=true"));
        let (count, is_exact, estimate) = total(&plain);
        assert!(is_exact, "{query}");
        assert_eq!(total(&exact), (count, true, count), "{query}");
        assert_eq!(estimate, count, "{query}");
        large += usize::from(count > 1_000);
    }
    assert!(
        large >= 20,
        "the mix has searches with thousands of matches: {large}"
    );
    // The count is what paging can reach, past a thousand too.
    for query in ["q=someone%20to%20talk%20to&age=16", "q=council%20tax"] {
        let (_, plain) = server.get_json(&format!("/api/v1/search?{query}"));
        assert_eq!(total(&plain).0, every_hit(&server, query), "{query}");
    }
}
