//! Atom feeds (RFC 4287) through the real binary, read with a real feed parser
//! (`feed-rs`): what changed in words, links to the offer, stable ids across requests,
//! restarts and changes, newest first, and the links from the pages.

mod support;

use std::collections::BTreeSet;

use feed_rs::model::Feed;
use reqwest::Method;
use serde_json::{json, Value};
use support::gss::WILTSHIRE;
use support::TestServer;

const GM: &str = "greater-manchester";

/// GETs a feed, checks it is Atom, and parses it.
fn feed(server: &TestServer, path: &str) -> Feed {
    let response = server.get(path);
    assert_eq!(response.status().as_u16(), 200, "GET {path}");
    let kind = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    assert!(kind.starts_with("application/atom+xml"), "{path}: {kind}");
    let body = response.bytes().expect("body");
    let parsed = feed_rs::parser::parse(&body[..]).unwrap_or_else(|e| {
        panic!(
            "{path} is not a feed: {e}\n{}",
            String::from_utf8_lossy(&body)
        )
    });
    assert_eq!(parsed.feed_type, feed_rs::model::FeedType::Atom, "{path}");
    parsed
}

fn ids(feed: &Feed) -> Vec<String> {
    feed.entries.iter().map(|e| e.id.clone()).collect()
}

/// Entries newest first, ids unique and URNs, each with a title, words and a link.
fn check_shape(feed: &Feed, path: &str) {
    assert!(!feed.entries.is_empty(), "{path} has no entries");
    assert!(feed.entries.len() <= 50, "{path}: more than the cap");
    assert!(
        feed.id.starts_with("urn:uuid:"),
        "{path}: feed id {}",
        feed.id
    );
    let unique: BTreeSet<&String> = feed.entries.iter().map(|e| &e.id).collect();
    assert_eq!(unique.len(), feed.entries.len(), "{path}: an id repeats");
    let updated: Vec<_> = feed
        .entries
        .iter()
        .map(|e| e.updated.expect("updated"))
        .collect();
    assert!(
        updated.windows(2).all(|w| w[0] >= w[1]),
        "{path}: entries are not newest first"
    );
    assert_eq!(
        feed.updated,
        Some(updated[0]),
        "{path}: the feed's updated is its newest entry"
    );
    for e in &feed.entries {
        assert!(e.id.starts_with("urn:uuid:"), "{}", e.id);
        assert!(!e.title.as_ref().expect("title").content.trim().is_empty());
        assert!(!e
            .summary
            .as_ref()
            .expect("summary")
            .content
            .trim()
            .is_empty());
        assert!(!e.links.is_empty(), "{path}: an entry without a link");
    }
}

fn summary(feed: &Feed, i: usize) -> String {
    feed.entries[i].summary.as_ref().unwrap().content.clone()
}

fn title(feed: &Feed, i: usize) -> String {
    feed.entries[i].title.as_ref().unwrap().content.clone()
}

/// An offer as a body to send back (the read fields removed).
fn as_body(offer: &Value) -> Value {
    let mut body = offer.clone();
    for key in ["id", "authority", "updated_at"] {
        body.as_object_mut().unwrap().remove(key);
    }
    body
}

#[test]
fn a_feed_reader_follows_wiltshire_offer() {
    let (server, tokens) =
        TestServer::start_with_tokens(&[&["--role", "council-editor", "--authority", WILTSHIRE]]);
    let editor = &tokens[0];
    let path = format!("/feeds/authorities/{WILTSHIRE}.atom");
    let first = feed(&server, &path);
    check_shape(&first, &path);
    assert!(first.title.as_ref().unwrap().content.contains("Wiltshire"));
    // The same feed twice: the same ids.
    assert_eq!(ids(&feed(&server, &path)), ids(&first));
    // Every entry is about one of Wiltshire's offers and links to its page, which exists.
    for e in &first.entries {
        let href = &e.links[0].href;
        assert!(href.contains("/offers/wiltshire-"), "{href}");
        assert_eq!(e.links[0].media_type.as_deref(), Some("text/html"));
        let page = href.rsplit("/offers/").next().unwrap();
        assert_eq!(
            server.get(&format!("/offers/{page}")).status().as_u16(),
            200,
            "{href}"
        );
    }
    assert!(summary(&first, 0).contains("Wiltshire"));

    // Change an offer: the feed's newest entry says what changed, in words.
    let id = first.entries[0].links[0]
        .href
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let (_, offer) = server.get_json(&format!("/api/v1/offers/{id}"));
    let mut body = as_body(&offer);
    body["age_to"] = json!(21);
    let status_now = if offer["status"] == "planned" {
        "pilot"
    } else {
        "planned"
    };
    body["status"] = json!(status_now);
    body["value"] = json!({"amount_pence": 1500, "per": "week"});
    let (status, updated) = server.send(
        Method::PUT,
        &format!("/api/v1/offers/{id}"),
        Some(editor),
        Some(&body),
    );
    assert_eq!(status, 200, "{updated}");
    let after = feed(&server, &path);
    check_shape(&after, &path);
    assert_eq!(after.entries.len(), (first.entries.len() + 1).min(50));
    let words = summary(&after, 0);
    assert!(
        words.contains(&format!("the status (now {status_now})")),
        "{words}"
    );
    assert!(words.contains("the ages (now "), "{words}");
    assert!(words.contains("the value (now £15 a week)"), "{words}");
    assert!(
        title(&after, 0).ends_with("changed"),
        "{}",
        title(&after, 0)
    );
    assert!(after.entries[0].updated >= first.entries[0].updated);
    // Older entries keep their ids.
    assert_eq!(ids(&after)[1..], ids(&first)[..after.entries.len() - 1]);

    // A new offer whose title needs escaping, then its retirement.
    let tricky = "Travel <b>&</b> \"more\" it's";
    let (status, created) = server.send(
        Method::POST,
        &format!("/api/v1/authorities/{WILTSHIRE}/offers"),
        Some(editor),
        Some(&json!({
            "topic": "travel", "category": "participation", "title": tricky,
            "summary": "Bus & train passes <for> care leavers.", "status": "available",
            "basis": "discretionary", "applies_to": "any_care_leaver_in_area",
            "age_from": 18, "age_to": 25, "source": {"document": "test", "locator": "1"}
        })),
    );
    assert_eq!(status, 201, "{created}");
    let new_id = created["id"].as_str().unwrap();
    let with_new = feed(&server, &path);
    assert!(
        title(&with_new, 0).contains(tricky),
        "{}",
        title(&with_new, 0)
    );
    assert!(summary(&with_new, 0).contains("Bus & train passes <for> care leavers."));
    assert!(with_new.entries[0].links[0]
        .href
        .ends_with(&format!("/offers/{new_id}")));
    let (status, _) = server.send(
        Method::DELETE,
        &format!("/api/v1/offers/{new_id}"),
        Some(editor),
        None,
    );
    assert_eq!(status, 200);
    let retired = feed(&server, &path);
    assert!(
        title(&retired, 0).ends_with("retired"),
        "{}",
        title(&retired, 0)
    );
    assert!(summary(&retired, 0).contains("no longer part of its Local Offer"));
    // The retired offer's creation entry is still there, with its id.
    assert_eq!(retired.entries[1].id, with_new.entries[0].id);

    // The same ids after a restart.
    let before_restart = ids(&retired);
    let data = server.data.clone();
    server.stop();
    let server = TestServer::start_in(data);
    assert_eq!(ids(&feed(&server, &path)), before_restart);
}

#[test]
fn partnership_topic_and_pledge_feeds() {
    let (server, tokens) = TestServer::start_with_tokens(&[
        &["--role", "board", "--partnership", GM],
        &["--role", "moderator"],
        &["--role", "signatory", "--organisation", "amazon"],
    ]);
    let (board, moderator, signatory) = (&tokens[0], &tokens[1], &tokens[2]);

    // The partnership: its members' offers, capped, newest first.
    let path = format!("/feeds/partnerships/{GM}.atom");
    let gm = feed(&server, &path);
    check_shape(&gm, &path);
    let (_, p) = server.get_json(&format!("/api/v1/partnerships/{GM}"));
    let members: Vec<String> = p["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap().to_string())
        .collect();
    let mut member_offers = 0;
    for code in &members {
        let (_, detail) = server.get_json(&format!("/api/v1/authorities/{code}"));
        member_offers += detail["offers"].as_array().unwrap().len();
    }
    // Its members' offers, and the partnership's own record (its guarantee).
    assert_eq!(gm.entries.len(), (member_offers + 1).min(50));
    assert!(gm
        .entries
        .iter()
        .any(|e| e.title.as_ref().unwrap().content == "Greater Manchester: guarantee published"));
    // A guarantee change is news for the partnership.
    let (_, consistency) = server.get_json(&format!("/api/v1/partnerships/{GM}/consistency"));
    let mut items = consistency["items"].as_array().unwrap().clone();
    items[0]["title"] = json!("A clearer first promise");
    let (status, body) = server.send(
        Method::PUT,
        &format!("/api/v1/partnerships/{GM}/guarantee"),
        Some(board),
        Some(&json!({"version": consistency["version"], "guarantee": items})),
    );
    assert_eq!(status, 200, "{body}");
    let gm = feed(&server, &path);
    assert_eq!(title(&gm, 0), "Greater Manchester: guarantee changed");
    assert!(
        summary(&gm, 0).contains("changed \u{201c}A clearer first promise\u{201d}"),
        "{}",
        summary(&gm, 0)
    );
    assert!(gm.entries[0].links[0]
        .href
        .ends_with(&format!("/board/{GM}")));

    // A topic: every entry is about it.
    let path = "/feeds/topics/council-tax.atom";
    let topic = feed(&server, path);
    check_shape(&topic, path);
    for e in &topic.entries {
        assert_eq!(e.categories[0].term, "council-tax");
    }

    // Pledges: only published ones; a pending one is not news until published.
    let path = "/feeds/pledges.atom";
    let before = feed(&server, path);
    check_shape(&before, path);
    let (status, pledge) = server.send(
        Method::POST,
        "/api/v1/organisations/amazon/pledges",
        Some(signatory),
        Some(&json!({
            "topic": "apprenticeships", "title": "Warehouse apprenticeships",
            "summary": "Paid apprenticeships with a mentor.", "coverage": {"national": true},
            "age_from": 16, "age_to": 24
        })),
    );
    assert_eq!(status, 201, "{pledge}");
    let id = pledge["id"].as_str().unwrap();
    assert_eq!(
        ids(&feed(&server, path)),
        ids(&before),
        "a pending pledge is in the feed"
    );
    let (status, _) = server.send(
        Method::POST,
        &format!("/api/v1/pledges/{id}/publish"),
        Some(moderator),
        None,
    );
    assert_eq!(status, 200);
    let published = feed(&server, path);
    assert_eq!(
        title(&published, 0),
        "Amazon: new pledge \u{201c}Warehouse apprenticeships\u{201d}"
    );
    assert!(published.entries[0].links[0]
        .href
        .ends_with(&format!("/api/v1/pledges/{id}")));
    let (status, _) = server.send(
        Method::POST,
        &format!("/api/v1/pledges/{id}/withdraw"),
        Some(signatory),
        None,
    );
    assert_eq!(status, 200);
    let withdrawn = feed(&server, path);
    assert!(title(&withdrawn, 0).ends_with("withdrawn"));
    assert_eq!(ids(&withdrawn)[1..], ids(&published)[..]);
    // The topic feed has the pledge's steps too.
    let topic = feed(&server, "/feeds/topics/apprenticeships.atom");
    assert!(title(&topic, 0).ends_with("withdrawn"));
}

#[test]
fn pages_link_their_feeds_and_unknown_feeds_are_404() {
    let server = TestServer::start();
    for (page, feed_path) in [
        (
            format!("/authorities/{WILTSHIRE}"),
            format!("/feeds/authorities/{WILTSHIRE}.atom"),
        ),
        (
            format!("/board/{GM}"),
            format!("/feeds/partnerships/{GM}.atom"),
        ),
    ] {
        let html = server
            .client
            .get(server.url(&page))
            .header("accept", "text/html")
            .send()
            .unwrap()
            .text()
            .unwrap();
        let link = "<link rel=\"alternate\" type=\"application/atom+xml\"";
        let at = html
            .find(link)
            .unwrap_or_else(|| panic!("{page} has no feed link"));
        let tag = &html[at..at + html[at..].find('>').unwrap()];
        assert!(tag.contains(&format!("href=\"{feed_path}\"")), "{tag}");
        assert!(
            html[..html.find("</head>").unwrap()].contains(link),
            "{page}: not in <head>"
        );
        feed(&server, &feed_path);
    }
    for path in [
        "/feeds/authorities/E99999999.atom",
        "/feeds/partnerships/nowhere.atom",
        "/feeds/topics/yachts.atom",
    ] {
        let (status, body) = server.get_json(path);
        assert_eq!(status, 404, "{path}");
        assert_eq!(body["error"]["code"], "not_found");
    }
    let (status, body) = server.get_json("/feeds/pledges.atom?limit=5");
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (400, Some("limit"))
    );
    assert_eq!(
        server.get("/feeds/authorities/E06000054").status().as_u16(),
        404
    );
}

/// A feed's raw text, fetched with the given headers.
fn feed_text(server: &TestServer, path: &str, headers: &[(&str, &str)]) -> String {
    let mut request = server.client.get(server.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().expect("GET");
    assert_eq!(response.status().as_u16(), 200, "GET {path}");
    response.text().expect("body")
}

fn is_arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[test]
fn an_arabic_feed_says_its_titles_in_arabic_and_the_english_one_stays_english() {
    let server = TestServer::start();
    let path = format!("/feeds/authorities/{WILTSHIRE}.atom");
    let arabic = feed(&server, &format!("{path}?lang=ar"));
    check_shape(&arabic, &path);
    let name = &arabic.title.as_ref().unwrap().content;
    assert!(is_arabic(name), "{name}");
    assert!(name.contains("Wiltshire"), "the council as written: {name}");
    assert!(is_arabic(&arabic.description.as_ref().unwrap().content));
    for i in 0..arabic.entries.len() {
        assert!(is_arabic(&title(&arabic, i)), "{}", title(&arabic, i));
        assert!(is_arabic(&summary(&arabic, i)), "{}", summary(&arabic, i));
        let href = &arabic.entries[i].links[0].href;
        assert!(href.contains("lang=ar"), "the page in Arabic too: {href}");
    }
    let raw = feed_text(&server, &format!("{path}?lang=ar"), &[]);
    assert!(raw.contains("xml:lang=\"ar\""), "{raw}");
    assert!(
        raw.contains(&format!("href=\"{path}?lang=ar\"")),
        "self link: {raw}"
    );
    // The covenant's feed too.
    let pledges = feed(&server, "/feeds/pledges.atom?lang=ar");
    assert!(is_arabic(&pledges.title.as_ref().unwrap().content));

    // Arabic first, then English: whatever is kept, English is English.
    let english = feed(&server, &path);
    assert_eq!(
        english.title.as_ref().unwrap().content,
        "Wiltshire: changes to its Local Offer for care leavers"
    );
    assert_eq!(ids(&english), ids(&arabic), "the same entries in both");
    for i in 0..english.entries.len() {
        assert!(!is_arabic(&title(&english, i)), "{}", title(&english, i));
    }
    assert!(feed_text(&server, &path, &[]).contains("xml:lang=\"en\""));
}

#[test]
fn a_feed_fetched_without_lang_is_english_whatever_accept_language_says() {
    let server = TestServer::start();
    for path in [
        format!("/feeds/authorities/{WILTSHIRE}.atom"),
        "/feeds/pledges.atom".to_string(),
    ] {
        let plain = feed_text(&server, &path, &[]);
        let asked = feed_text(&server, &path, &[("accept-language", "ar, fa;q=0.8")]);
        assert!(!is_arabic(&asked), "{asked}");
        assert!(asked.contains("xml:lang=\"en\""));
        assert_eq!(
            feed_rs::parser::parse(asked.as_bytes()).unwrap().title,
            feed_rs::parser::parse(plain.as_bytes()).unwrap().title,
            "{path}"
        );
    }
}

#[test]
fn a_page_in_a_chosen_language_links_its_feed_in_that_language() {
    let server = TestServer::start();
    let html = server
        .client
        .get(server.url(&format!("/authorities/{WILTSHIRE}?lang=ar")))
        .header("accept", "text/html")
        .send()
        .unwrap()
        .text()
        .unwrap();
    let link = "<link rel=\"alternate\" type=\"application/atom+xml\"";
    let at = html.find(link).expect("a feed link");
    let tag = &html[at..at + html[at..].find('>').unwrap()];
    assert!(
        tag.contains(&format!(
            "href=\"/feeds/authorities/{WILTSHIRE}.atom?lang=ar\""
        )),
        "{tag}"
    );
    assert!(is_arabic(tag), "its title in Arabic: {tag}");
    // Arabic chosen by the browser: the feed, which cannot ask, is named Arabic too.
    let html = server
        .client
        .get(server.url(&format!("/board/{GM}")))
        .header("accept", "text/html")
        .header("accept-language", "ar")
        .send()
        .unwrap()
        .text()
        .unwrap();
    let at = html.find(link).expect("a feed link");
    let tag = &html[at..at + html[at..].find('>').unwrap()];
    assert!(
        tag.contains(&format!("href=\"/feeds/partnerships/{GM}.atom?lang=ar\"")),
        "{tag}"
    );
    assert!(is_arabic(tag), "its title in Arabic: {tag}");
}
