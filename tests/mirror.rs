//! `offer-atlas publish`: a static mirror that needs no server. The mirror's JSON has the
//! API's shapes; comparing from it with the shared rules, as the widget's mirror module
//! does, gives exactly the API's comparison; its pages, feeds and manifest are there; and
//! publishing again replaces it whole.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use atlas_shared::api::{AuthorityDetail, List, OrganisationView};
use atlas_shared::compare::{compare, councils_to_read, CompareRequest, Records};
use atlas_shared::{Authority, Offer, Partnership, Pledge};
use serde::de::DeserializeOwned;
use serde_json::Value;
use support::gss::{WALSALL, WILTSHIRE};
use support::{TestServer, BIN};

fn read<T: DeserializeOwned>(root: &Path, path: &str) -> T {
    let file = root.join(path);
    let text =
        std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("the mirror has no {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn publish(data: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(["publish", "--out"])
        .arg(out)
        .args(extra)
        .arg("--data")
        .arg(data)
        .output()
        .expect("run publish")
}

/// The comparison the widget's mirror module computes: the same records, read from the
/// mirror's files, through the same shared rules.
fn compare_from_mirror(root: &Path, request: &CompareRequest) -> Value {
    let authorities: List<Authority> = read(root, "api/v1/authorities.json");
    let partnerships: List<Partnership> = read(root, "api/v1/partnerships.json");
    let organisations: List<OrganisationView> = read(root, "api/v1/organisations.json");
    let pledges: List<Pledge> = read(root, "api/v1/pledges.json");
    let mut offers: Vec<Offer> = Vec::new();
    for code in councils_to_read(&authorities.items, request) {
        let mut detail: AuthorityDetail = read(root, &format!("api/v1/authorities/{code}.json"));
        // In the store's order, as the server reads them.
        detail.offers.sort_by(|a, b| a.id.cmp(&b.id));
        offers.extend(detail.offers);
    }
    let organisations: Vec<_> = organisations
        .items
        .into_iter()
        .map(|o| o.organisation)
        .collect();
    let law: List<atlas_shared::law::LawRecord> = read(root, "api/v1/law.json");
    let records = Records {
        authorities: authorities.items,
        partnerships: partnerships.items,
        organisations,
        pledges: pledges.items,
    };
    let data = records.compare_data(&offers, &law.items);
    serde_json::to_value(compare(&data, request).expect("compare")).unwrap()
}

#[test]
fn a_published_mirror_answers_as_the_api_did() {
    let server = TestServer::start();
    let api = |path: &str| -> Value {
        let (status, body) = server.get_json(path);
        assert_eq!(status, 200, "{path}");
        body
    };
    let authorities = api("/api/v1/authorities");
    let codes: Vec<String> = authorities["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["code"].as_str().unwrap().to_string())
        .collect();
    let details: Vec<Value> = codes
        .iter()
        .map(|c| api(&format!("/api/v1/authorities/{c}")))
        .collect();
    let topics = api("/api/v1/topics");
    let partnerships = api("/api/v1/partnerships");
    let organisations = api("/api/v1/organisations");
    let pledges = api("/api/v1/pledges");
    let organisation = api("/api/v1/organisations/amazon");
    let requests: Vec<(String, CompareRequest)> = [
        (WALSALL, WILTSHIRE, 19),
        (WILTSHIRE, WALSALL, 24),
        ("E10000018", "E08000003", 18),
        ("E07000129", "E06000054", 21),
    ]
    .into_iter()
    .map(|(from, to, age)| {
        (
            format!("/api/v1/compare?from={from}&to={to}&age={age}"),
            CompareRequest {
                group: None,
                district: None,
                from: from.into(),
                to: to.into(),
                age,
                circumstances: vec![],
            },
        )
    })
    .collect();
    let comparisons: Vec<Value> = requests.iter().map(|(path, _)| api(path)).collect();
    let widget_built = server.get("/widget/offer-atlas.js").status().as_u16() == 200;
    let data = server.data.clone();
    server.stop();

    // The Offer Atlas server is stopped: everything below reads only the mirror's files.
    let out = support::temp_dir().join("mirror");
    let output = publish(&data, &out, &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let manifest: Value = read(&out, "mirror.json");
    assert_eq!(manifest["format"], "offer-atlas-mirror/1");
    let made = manifest["generated_at"].as_str().unwrap();
    assert!(chrono::DateTime::parse_from_rfc3339(made).is_ok(), "{made}");
    assert_eq!(
        manifest["counts"]["authorities"].as_u64(),
        Some(codes.len() as u64)
    );
    assert_eq!(manifest["widget"], widget_built);

    // The same JSON as the API.
    assert_eq!(read::<Value>(&out, "api/v1/authorities.json"), authorities);
    for (code, detail) in codes.iter().zip(&details) {
        assert_eq!(
            &read::<Value>(&out, &format!("api/v1/authorities/{code}.json")),
            detail,
            "{code}"
        );
    }
    assert_eq!(read::<Value>(&out, "api/v1/topics.json"), topics);
    assert_eq!(
        read::<Value>(&out, "api/v1/partnerships.json"),
        partnerships
    );
    assert_eq!(
        read::<Value>(&out, "api/v1/organisations.json"),
        organisations
    );
    assert_eq!(
        read::<Value>(&out, "api/v1/organisations/amazon.json"),
        organisation
    );
    assert_eq!(read::<Value>(&out, "api/v1/pledges.json"), pledges);
    for p in partnerships["items"].as_array().unwrap() {
        let id = p["id"].as_str().unwrap();
        assert_eq!(
            &read::<Value>(&out, &format!("api/v1/partnerships/{id}.json")),
            p
        );
    }

    // Comparing from the mirror gives the API's comparison exactly.
    for ((path, request), from_api) in requests.iter().zip(&comparisons) {
        assert_eq!(&compare_from_mirror(&out, request), from_api, "{path}");
    }

    // Each council's page, each offer's page, with the feed linked; the home page.
    for (code, detail) in codes.iter().zip(&details) {
        let page = std::fs::read_to_string(out.join(format!("authorities/{code}/index.html")))
            .unwrap_or_else(|_| panic!("no page for {code}"));
        assert!(
            page.contains(&format!("href=\"/feeds/authorities/{code}.atom\"")),
            "{code}"
        );
        assert!(page.contains("A copy of Offer Atlas made on"));
        for offer in detail["offers"].as_array().unwrap() {
            let id = offer["id"].as_str().unwrap();
            let html = std::fs::read_to_string(out.join(format!("offers/{id}/index.html")))
                .unwrap_or_else(|_| panic!("no page for offer {id}"));
            assert!(html.contains("<h1>") && html.contains("History"), "{id}");
            assert!(
                page.contains(&format!("id=\"offer-{id}\"")),
                "{code} lists {id}"
            );
        }
    }
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains("<offer-atlas to=\"E06000054\">"));
    assert!(home.contains("src=\"/widget/offer-atlas.js\""));
    assert!(home.contains(&format!("href=\"/authorities/{WALSALL}/\"")));

    // The feeds, parsed.
    let wilts = std::fs::read(out.join(format!("feeds/authorities/{WILTSHIRE}.atom"))).unwrap();
    let feed = feed_rs::parser::parse(&wilts[..]).expect("an Atom feed");
    assert!(!feed.entries.is_empty());
    assert!(out.join("feeds/pledges.atom").is_file());
    assert!(out.join("feeds/topics/council-tax.atom").is_file());
    assert!(out
        .join("feeds/partnerships/greater-manchester.atom")
        .is_file());

    // The widget, told it is in a mirror.
    if widget_built {
        let js = std::fs::read_to_string(out.join("widget/offer-atlas.js")).unwrap();
        assert!(js.contains("const PUBLISHED_MIRROR = true;"));
        assert!(!js.contains("const PUBLISHED_MIRROR = false;"));
        for module in ["compare", "mirror"] {
            assert!(
                out.join(format!("widget/offer_atlas_{module}_bg.wasm"))
                    .is_file(),
                "{module}"
            );
        }
        // The stylesheet the element links beside its script (no inline style): the
        // same sheet as the pages carry.
        let css =
            std::fs::read_to_string(out.join("widget/offer-atlas.css")).expect("the stylesheet");
        assert_eq!(css, atlas_widget::WIDGET_CSS);
    }

    // Publishing again replaces the copy whole: nothing half-written, nothing stale.
    std::fs::write(out.join("stale.txt"), "old").unwrap();
    let output = publish(
        &data,
        &out,
        &["--base-url", "https://mirror.example.org/atlas/"],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!out.join("stale.txt").exists());
    let manifest: Value = read(&out, "mirror.json");
    assert_eq!(manifest["base_url"], "https://mirror.example.org/atlas");
    // Links go under the address it is served from.
    let page =
        std::fs::read_to_string(out.join(format!("authorities/{WILTSHIRE}/index.html"))).unwrap();
    assert!(
        page.contains("href=\"/atlas/feeds/authorities/E06000054.atom\""),
        "links are not rebased"
    );
    assert!(!page.contains("href=\"/feeds/"));
    let feed =
        std::fs::read_to_string(out.join(format!("feeds/authorities/{WILTSHIRE}.atom"))).unwrap();
    assert!(
        feed.contains("href=\"https://mirror.example.org/atlas/offers/"),
        "feed links are not absolute"
    );
    let siblings: Vec<PathBuf> = std::fs::read_dir(out.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p != &out)
        .collect();
    assert!(siblings.is_empty(), "publish left {siblings:?} behind");
}

#[test]
fn publish_refuses_what_it_should() {
    let server = TestServer::start();
    let data = server.data.clone();
    server.stop();
    // A directory that holds something else is not overwritten.
    let dir = support::temp_dir();
    std::fs::write(dir.join("thesis.txt"), "my work").unwrap();
    let output = publish(&data, &dir, &[]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("holds no mirror"));
    assert_eq!(
        std::fs::read_to_string(dir.join("thesis.txt")).unwrap(),
        "my work"
    );
    // A base URL that is not a web address.
    let out = support::temp_dir().join("m");
    let output = publish(&data, &out, &["--base-url", "javascript:alert(1)"]);
    assert!(!output.status.success());
    assert!(!out.exists());
    // An empty store has nothing to publish.
    let empty = support::temp_dir();
    let output = publish(&empty, &out, &[]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("the store is empty"));
}
