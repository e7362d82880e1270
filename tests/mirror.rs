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
    let each_pledge: Vec<(String, Value)> = pledges["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let id = p["id"].as_str().unwrap().to_string();
            let answer = api(&format!("/api/v1/pledges/{id}"));
            (id, answer)
        })
        .collect();
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
    assert!(!each_pledge.is_empty());
    for (id, answer) in &each_pledge {
        assert_eq!(
            &read::<Value>(&out, &format!("api/v1/pledges/{id}.json")),
            answer,
            "{id}"
        );
    }
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

/// A real, independent static file server (Python's `http.server`) serving `dir` on a
/// free port of 127.0.0.1; stopped when dropped.
struct StaticHost {
    child: std::process::Child,
    /// `http://127.0.0.1:PORT`
    origin: String,
}

impl StaticHost {
    fn start(dir: &Path) -> StaticHost {
        use std::io::{BufRead, BufReader};
        let mut child = Command::new("python3")
            .args([
                "-u",
                "-m",
                "http.server",
                "0",
                "--bind",
                "127.0.0.1",
                "--directory",
            ])
            .arg(dir)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("python3 (scripts/install-test-tools installs it)");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                // "Serving HTTP on 127.0.0.1 port 39521 (http://127.0.0.1:39521/) ..."
                if let Some(port) = line
                    .split(" port ")
                    .nth(1)
                    .and_then(|rest| rest.split_whitespace().next())
                {
                    let _ = tx.send(port.to_string());
                }
            }
        });
        let port = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("the static server did not say its port");
        StaticHost {
            child,
            origin: format!("http://127.0.0.1:{port}"),
        }
    }
}

impl Drop for StaticHost {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Every `href="…"` and `src="…"` in an HTML page or an Atom feed.
fn links_in(text: &str) -> Vec<String> {
    let mut links = Vec::new();
    for attr in ["href=\"", "src=\""] {
        for part in text.split(attr).skip(1) {
            if let Some(end) = part.find('"') {
                links.push(part[..end].replace("&amp;", "&"));
            }
        }
    }
    links
}

/// Follows every link of the mirror's own from `starts` (paths under `origin`), as a
/// reader of the pages and feeds would, and returns the addresses visited and the links
/// that did not answer 200 (with the page that held them). Links to other sites are
/// deliberately external and not followed; a redirect counts as a failure (a static host
/// need not make one).
fn crawl(origin: &str, starts: &[String]) -> (usize, Vec<String>) {
    let client = reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut seen: std::collections::BTreeSet<String> = starts.iter().cloned().collect();
    let mut queue: Vec<(String, String)> = starts
        .iter()
        .map(|s| (s.clone(), "start".to_string()))
        .collect();
    let mut broken = Vec::new();
    while let Some((url, from)) = queue.pop() {
        let response = client.get(&url).send().expect("the static host answers");
        let status = response.status().as_u16();
        if status != 200 {
            broken.push(format!("{status} {url} (linked from {from})"));
            continue;
        }
        let path = url.split(['?', '#']).next().unwrap_or("").to_string();
        let readable = path.ends_with('/') || path.ends_with(".html") || path.ends_with(".atom");
        let mut found = Vec::new();
        let text = response.text().unwrap_or_default();
        if readable {
            found = links_in(&text);
        } else if path.ends_with("/mirror.json") {
            // The manifest's paths are relative to the mirror's root (templates aside).
            let manifest: Value = serde_json::from_str(&text).expect("mirror.json");
            let root = &path[..path.len() - "mirror.json".len()];
            for (_, p) in manifest["api"].as_object().expect("api").iter() {
                let p = p.as_str().unwrap();
                if !p.contains('{') {
                    found.push(format!("{root}{p}"));
                }
            }
        }
        for link in found {
            let link = link.split('#').next().unwrap_or("").to_string();
            let absolute = if link.is_empty() {
                continue;
            } else if let Some(rest) = link.strip_prefix('/').filter(|r| !r.starts_with('/')) {
                format!("{origin}/{rest}")
            } else if link.starts_with(origin) {
                link
            } else if link.starts_with("http://") || link.starts_with("https://") {
                continue; // another site: deliberately external
            } else if link.starts_with("mailto:") || link.starts_with("tel:") {
                continue;
            } else {
                broken.push(format!("relative link {link} in {url}"));
                continue;
            };
            if seen.insert(absolute.clone()) {
                queue.push((absolute, url.clone()));
            }
        }
    }
    (seen.len(), broken)
}

/// The feeds of a mirror, as addresses under `origin` + `root`.
fn feed_addresses(dir: &Path, origin: &str, root: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.join("feeds")];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push(format!("{origin}{root}/{rel}"));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_link_in_a_published_mirror_resolves_on_a_plain_static_host() {
    let (server, tokens) = TestServer::start_with_tokens(&[&["--role", "admin"]]);
    // A retired offer and a withdrawn pledge: the feeds still tell of both.
    let (status, _) = server.send(
        reqwest::Method::DELETE,
        "/api/v1/offers/walsall-leisure",
        Some(&tokens[0]),
        None,
    );
    assert_eq!(status, 200);
    let (_, pledges) = server.get_json("/api/v1/pledges");
    let pledge = pledges["items"][0]["id"].as_str().unwrap().to_string();
    let (status, _) = server.send(
        reqwest::Method::POST,
        &format!("/api/v1/pledges/{pledge}/withdraw"),
        Some(&tokens[0]),
        None,
    );
    assert_eq!(status, 200);
    let data = server.data.clone();
    server.stop();

    // Served from a host's root, made without --base-url.
    let out = support::temp_dir().join("mirror");
    let output = publish(&data, &out, &[]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let manifest: Value = read(&out, "mirror.json");
    assert!(
        manifest.as_object().unwrap().contains_key("base_url") && manifest["base_url"].is_null(),
        "base_url is always there, null without --base-url: {manifest}"
    );
    let host = StaticHost::start(&out);
    let mut starts = vec![
        format!("{}/", host.origin),
        format!("{}/mirror.json", host.origin),
    ];
    starts.extend(feed_addresses(&out, &host.origin, ""));
    let (visited, broken) = crawl(&host.origin, &starts);
    assert!(
        broken.is_empty(),
        "{} dead links: {broken:#?}",
        broken.len()
    );
    let made =
        |m: &Value| m["counts"]["pages"].as_u64().unwrap() + m["counts"]["feeds"].as_u64().unwrap();
    assert!(
        visited as u64 >= made(&manifest),
        "only {visited} addresses reached"
    );
    let retired = reqwest::blocking::get(format!("{}/offers/walsall-leisure/", host.origin))
        .unwrap()
        .text()
        .unwrap();
    assert!(retired.contains("retired"), "{retired}");
    let walsall =
        std::fs::read_to_string(out.join(format!("feeds/authorities/{WALSALL}.atom"))).unwrap();
    assert!(
        walsall.contains("href=\"/offers/walsall-leisure/\""),
        "{walsall}"
    );
    drop(host);

    // Served under a path, made with --base-url: pages under the path, feeds absolute.
    let site = support::temp_dir();
    let host = StaticHost::start(&site);
    let base = format!("{}/atlas", host.origin);
    let output = publish(
        &data,
        &site.join("atlas"),
        &["--base-url", &format!("{base}/")],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let manifest: Value = read(&site.join("atlas"), "mirror.json");
    assert_eq!(manifest["base_url"], base.as_str());
    let mut starts = vec![format!("{base}/"), format!("{base}/mirror.json")];
    starts.extend(feed_addresses(&site.join("atlas"), &host.origin, "/atlas"));
    let (visited, broken) = crawl(&host.origin, &starts);
    assert!(
        broken.is_empty(),
        "{} dead links: {broken:#?}",
        broken.len()
    );
    assert!(
        visited as u64 >= made(&manifest),
        "only {visited} addresses reached"
    );
}
