//! Query latency of search and compare at national scale (synthetic data: 350 councils ×
//! 40 offers, 5,000 organisations with 1–3 pledges). Run with
//! `cargo bench -p atlas-server --bench search_and_compare`; figures go in docs/benchmarks.md.

use std::collections::HashMap;

use atlas_index::{IndexDoc, SearchIndex};
use atlas_server::synth::{registry, Scale};
use atlas_shared::api::SearchRequest;
use atlas_shared::compact::compact;
use atlas_shared::compare::{compare, CompareRequest, Records};
use atlas_shared::place::PlaceScope;
use atlas_shared::query::Query;
use atlas_shared::snapshot::Prepared;
use atlas_shared::words::Locale;
use criterion::{criterion_group, criterion_main, Criterion};

fn benches(c: &mut Criterion) {
    let r = registry(Scale::NATIONAL, 1);
    let names: HashMap<&str, &atlas_shared::Authority> =
        r.authorities.iter().map(|a| (a.code.as_str(), a)).collect();
    let mut docs: Vec<IndexDoc> = r
        .offers
        .iter()
        .map(|o| {
            let a = names.get(o.authority.as_str()).copied();
            let county = a
                .and_then(|a| a.parent.as_deref())
                .and_then(|p| names.get(p).copied());
            IndexDoc::from_offer(o, a, county)
        })
        .collect();
    let orgs: HashMap<&str, &atlas_shared::Organisation> =
        r.organisations.iter().map(|o| (o.id.as_str(), o)).collect();
    docs.extend(
        r.pledges
            .iter()
            .map(|p| IndexDoc::from_pledge(p, orgs.get(p.organisation.as_str()).copied())),
    );
    let doc_count = docs.len();
    let index = SearchIndex::in_memory().expect("index");
    index.rebuild(docs, 1, |_| {}).expect("rebuild");

    let district = r
        .authorities
        .iter()
        .find(|a| a.parent.is_some())
        .expect("a district");
    let scope = PlaceScope::of_authority(&district.code, &r.authorities);
    let cases: [(&str, SearchRequest); 5] = [
        (
            "plain: council tax",
            SearchRequest {
                q: "council tax".into(),
                limit: 20,
                ..Default::default()
            },
        ),
        (
            "typo: acommodation",
            SearchRequest {
                q: "acommodation".into(),
                limit: 20,
                ..Default::default()
            },
        ),
        (
            "prefix: accom",
            SearchRequest {
                q: "accom".into(),
                limit: 20,
                ..Default::default()
            },
        ),
        (
            "synonyms: uni money",
            SearchRequest {
                q: "uni money".into(),
                limit: 20,
                ..Default::default()
            },
        ),
        (
            "filtered: money, district, age 19",
            SearchRequest {
                q: "money".into(),
                scope,
                age: Some(19),
                limit: 20,
                ..Default::default()
            },
        ),
    ];
    let mut group = c.benchmark_group(format!("search over {doc_count} documents"));
    for (name, request) in &cases {
        group.bench_function(*name, |b| b.iter(|| index.search(request).expect("search")));
    }
    // The load test's 2,000 searches (scripts/load/search.txt), one after another: the
    // time of one is the time of all over 2,000.
    let searches: Vec<SearchRequest> = load_mix("search.txt")
        .iter()
        .map(|pairs| {
            let query = Query::parse(pairs, SearchRequest::PARAMETERS).expect("parameters");
            SearchRequest::from_query(&query, &r.authorities, &r.partnerships).expect("search")
        })
        .collect();
    group.bench_function("the load mix, 2,000 searches", |b| {
        b.iter(|| {
            for request in &searches {
                index.search(request).expect("search");
            }
        })
    });
    group.finish();

    // Compare between a unitary council and a district of a county, with every pledge.
    let unitary = r
        .authorities
        .iter()
        .find(|a| a.tier == atlas_shared::Tier::Unitary)
        .expect("a unitary");
    let offers: Vec<atlas_shared::Offer> = r
        .offers
        .iter()
        .filter(|o| {
            [
                unitary.code.as_str(),
                district.code.as_str(),
                district.parent.as_deref().unwrap_or(""),
            ]
            .contains(&o.authority.as_str())
        })
        .cloned()
        .collect();
    let records = Records {
        authorities: r.authorities.clone(),
        partnerships: r.partnerships.clone(),
        organisations: r.organisations.clone(),
        pledges: r.pledges.clone(),
    };
    let data = records.compare_data(&offers, atlas_server::law::records());
    let request = CompareRequest {
        group: None,
        from: unitary.code.clone(),
        to: district.code.clone(),
        age: 19,
        circumstances: vec![],
        district: None,
    };
    c.bench_function(
        "compare: unitary to a two-tier district, national pledges",
        |b| b.iter(|| compare(&data, &request).expect("compare")),
    );

    // The load test's first 200 comparisons (scripts/load/compare.txt) as the server makes
    // a fresh v2 answer: from the snapshot, in the compact form, written as JSON. One
    // thread and no network, so it moves less with the machine than the load test does.
    let prepared = Prepared::new(records, r.offers.iter().cloned());
    let law = atlas_server::law::records();
    let comparisons: Vec<CompareRequest> = load_mix("compare.txt")
        .iter()
        .take(200)
        .map(|pairs| {
            let query = Query::parse(pairs, CompareRequest::PARAMETERS).expect("parameters");
            CompareRequest::from_query(&query).expect("a comparison")
        })
        .collect();
    c.bench_function("compare-v2: 200 of the load mix, snapshot to JSON", |b| {
        b.iter(|| {
            for request in &comparisons {
                let c = prepared
                    .compare(law, request, Locale::default())
                    .expect("compare");
                let json = serde_json::to_vec(&compact(c, &prepared)).expect("json");
                std::hint::black_box(json);
            }
        })
    });
}

/// The query strings of a load-test mix (scripts/load/), as name and value pairs.
fn load_mix(file: &str) -> Vec<Vec<(String, String)>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../scripts/load")
        .join(file);
    std::fs::read_to_string(&path)
        .expect("the load mix")
        .lines()
        .filter_map(|line| line.split_once('?'))
        .map(|(_, query)| serde_urlencoded::from_str(query).expect("a query string"))
        .collect()
}

criterion_group!(search_and_compare, benches);
criterion_main!(search_and_compare);
