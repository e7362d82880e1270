//! End-to-end tests of the map: `GET /api/v1/map` and the `/map` page on the demo registry.
//! The classes themselves are unit-tested in `shared/src/map.rs`; these check that the page
//! and the API count the same, and that a move's map says what the comparison says.

mod support;

use serde_json::Value;
use support::gss::WALSALL;
use support::TestServer;

/// The England upper-tier areas the map draws (December 2023).
const AREAS: usize = 153;

fn html(server: &TestServer, path: &str) -> (u16, String) {
    let response = server.get(path);
    let status = response.status().as_u16();
    (status, response.text().expect("body"))
}

/// The key's counts as the page prints them: `class → count`.
fn page_counts(page: &str) -> Vec<(String, usize)> {
    page.split("<tr class=\"atlas-key-")
        .skip(1)
        .map(|row| {
            let class = row.split('"').next().unwrap().to_string();
            let count = row
                .split("<td>")
                .nth(1)
                .and_then(|c| c.split("</td>").next())
                .and_then(|c| c.trim().parse().ok())
                .unwrap_or_else(|| panic!("no count for {class}"));
            (class, count)
        })
        .collect()
}

fn api_counts(map: &Value) -> Vec<(String, usize)> {
    map["key"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            (
                k["class"].as_str().unwrap().to_string(),
                k["count"].as_u64().unwrap() as usize,
            )
        })
        .collect()
}

/// How many areas of the page's table are in `class`.
fn table_rows(page: &str, class: &str) -> usize {
    page.matches(&format!("data-class=\"{class}\"")).count()
}

#[test]
fn every_topics_map_counts_the_same_areas_on_the_page_as_in_the_api() {
    let server = TestServer::start();
    let (status, topics) = server.get_json("/api/v1/topics");
    assert_eq!(status, 200);
    let topics: Vec<String> = topics["items"]
        .as_array()
        .or(topics.as_array())
        .expect("topics")
        .iter()
        .map(|t| t["slug"].as_str().unwrap().to_string())
        .collect();
    assert!(topics.len() > 20, "{topics:?}");
    let mut coloured = 0;
    for topic in &topics {
        for age in [18, 24] {
            let query = format!("topic={topic}&age={age}");
            let (status, map) = server.get_json(&format!("/api/v1/map?{query}"));
            assert_eq!(status, 200, "{query}: {map}");
            let counts = api_counts(&map);
            assert_eq!(counts.iter().map(|c| c.1).sum::<usize>(), AREAS, "{query}");
            assert_eq!(map["areas"].as_array().unwrap().len(), AREAS);
            let (status, page) = html(&server, &format!("/map?{query}"));
            assert_eq!(status, 200, "{query}");
            assert_eq!(page_counts(&page), counts, "{query}");
            for (class, n) in &counts {
                assert_eq!(table_rows(&page, class), *n, "{query} {class}");
            }
            // Every area is a link on the map, named by its council and its answer.
            let main = &page[page.find("<svg viewBox=").unwrap()..];
            let main = &main[..main.find("</svg>").unwrap()];
            assert_eq!(main.matches("\"><path d=\"M").count(), AREAS, "{query}");
            for area in map["areas"].as_array().unwrap() {
                let label = format!(
                    "aria-label=\"{}: {}\"",
                    area["name"].as_str().unwrap(),
                    area["answer"].as_str().unwrap()
                );
                assert!(page.contains(&label), "{query}: {label}");
            }
            coloured += counts
                .iter()
                .filter(|(c, _)| c != "not_held" && c != "nothing" && c != "law_only")
                .map(|c| c.1)
                .sum::<usize>();
        }
    }
    // The demo registry answers somewhere: not every map is blank.
    assert!(coloured > 50, "{coloured}");

    // Council tax at 18 on the demo data: Greater Manchester's councils exempt any care
    // leaver living there; Walsall gives a discount of its own.
    let (_, map) = server.get_json("/api/v1/map?topic=council-tax&age=18");
    let class = |code: &str| {
        map["areas"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["code"] == code)
            .map(|a| a["class"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(class("E08000009"), "exempt_anyone", "Trafford");
    assert_eq!(class(WALSALL), "discount");
    assert_eq!(
        class("E06000001"),
        "not_held",
        "Hartlepool: not in the demo"
    );
}

/// The class a move's map must give an area, read from the comparison's own answer.
fn expected_move_class(c: &Value) -> &'static str {
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
    let s = &c["summary"];
    let n = |k: &str| s[k].as_u64().unwrap();
    match (n("gain") + n("better") > 0, n("loss") + n("worse") > 0) {
        (true, true) => "mixed",
        (true, false) => "more",
        (false, true) => "less",
        (false, false) if n("ask") > 0 => "ask",
        (false, false) => "same",
    }
}

#[test]
fn a_moves_map_colours_each_area_by_the_comparison_for_that_pair() {
    let server = TestServer::start();
    let (status, map) = server.get_json(&format!("/api/v1/map?from={WALSALL}&age=19"));
    assert_eq!(status, 200, "{map}");
    let (status, page) = html(&server, &format!("/map?from={WALSALL}&age=19"));
    assert_eq!(status, 200);
    assert_eq!(page_counts(&page), api_counts(&map));
    let mut compared = 0;
    for area in map["areas"].as_array().unwrap() {
        let code = area["code"].as_str().unwrap();
        let class = area["class"].as_str().unwrap();
        let (status, c) =
            server.get_json(&format!("/api/v1/compare?from={WALSALL}&to={code}&age=19"));
        if status == 400 {
            // A council the registry does not know: nothing of its offer is held.
            assert_eq!(class, "not_held", "{code}");
            continue;
        }
        assert_eq!(status, 200, "{code}: {c}");
        assert_eq!(class, expected_move_class(&c), "{code}");
        compared += 1;
        if code != WALSALL {
            // Each area on the map links to the full comparison.
            let link = format!("href=\"/compare?from={WALSALL}&amp;to={code}&amp;age=19\"");
            assert!(page.contains(&link), "{link}");
        }
    }
    assert!(compared >= 20, "{compared}");

    // On one topic, each area is that topic's row.
    let (status, map) = server.get_json(&format!(
        "/api/v1/map?from={WALSALL}&age=19&topic=council-tax"
    ));
    assert_eq!(status, 200);
    let trafford = map["areas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["code"] == "E08000009")
        .unwrap();
    let (_, c) = server.get_json(&format!(
        "/api/v1/compare?from={WALSALL}&to=E08000009&age=19"
    ));
    let row = c["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["topic"] == "council-tax")
        .unwrap();
    let expected = match row["change"].as_str().unwrap() {
        "gain" | "better" => "more",
        "loss" | "worse" => "less",
        "ask" => "ask",
        _ => "same",
    };
    assert_eq!(trafford["class"], expected);
}

#[test]
fn a_bad_map_question_is_refused_naming_the_field() {
    let server = TestServer::start();
    for (query, field) in [
        ("age=18", "topic"),
        ("topic=council-tax", "age"),
        ("topic=council-tax&age=40", "age"),
        ("topic=no-such-topic&age=18", "topic"),
        ("from=E99999999&age=18", "from"),
        (
            "topic=council-tax&age=18&circumstances=astronaut",
            "circumstances",
        ),
        ("topic=council-tax&age=18&colour=red", "colour"),
    ] {
        let (status, body) = server.get_json(&format!("/api/v1/map?{query}"));
        assert_eq!(status, 400, "{query}: {body}");
        assert_eq!(
            support::error_of(&body),
            ("invalid_parameter", Some(field)),
            "{query}"
        );
    }
    for (query, field) in [
        ("age=18", "topic"),
        ("topic=council-tax", "age"),
        ("from=E99999999&age=18", "from"),
    ] {
        let (status, page) = html(&server, &format!("/map?{query}"));
        assert_eq!(status, 400, "{query}");
        assert!(page.contains("There is a problem"), "{query}");
        assert!(
            page.contains(&format!("href=\"#atlas-{field}\"")),
            "{query}"
        );
        assert!(
            page.contains(&format!("id=\"atlas-{field}-error\"")),
            "{query}"
        );
    }
    // Ticked boxes come as one parameter each, as the comparison's form sends them, and stay
    // ticked; an unknown one is named.
    let (status, page) = html(
        &server,
        "/map?topic=council-tax&age=19&circumstances=young_parent&circumstances=in_higher_education",
    );
    assert_eq!(status, 200);
    assert!(
        page.contains("value=\"young_parent\" checked"),
        "kept ticked"
    );
    let (status, page) = html(
        &server,
        "/map?topic=council-tax&age=19&circumstances=astronaut",
    );
    assert_eq!(status, 400);
    assert!(page.contains("href=\"#atlas-circumstances\""));

    // Without a question, the page shows an example: council tax at 18.
    let (status, page) = html(&server, "/map");
    assert_eq!(status, 200);
    assert!(page.contains("Council tax help for a care leaver aged 18"));
    assert!(page.contains("Open Government Licence v.3.0"));
    assert!(
        page.contains("<a href=\"/map\">Map</a>"),
        "the site's navigation"
    );
}

#[test]
fn a_boards_page_shows_its_members_on_the_map_by_each_items_status() {
    let server = TestServer::start();
    let (status, c) = server.get_json("/api/v1/partnerships/greater-manchester/consistency");
    assert_eq!(status, 200);
    let items = c["items"].as_array().unwrap();
    let members = c["members"].as_array().unwrap();
    assert_eq!(members.len(), 10);
    for (at, item) in items.iter().enumerate() {
        let id = item["id"].as_str().unwrap();
        let (status, page) = html(&server, &format!("/board/greater-manchester?item={id}"));
        assert_eq!(status, 200, "{id}");
        // Only the members are drawn, each a link named by its council and its status.
        assert_eq!(
            page.matches("\"><path d=\"M").count(),
            members.len(),
            "{id}"
        );
        for m in members {
            let status = m["statuses"][at]["status"].as_str().unwrap();
            let words = match status {
                "met" => "Met",
                "partial" => "Partly met",
                "not_met" => "Not met",
                _ => "Not declared",
            };
            let label = format!(
                "href=\"/authorities/{}\" aria-label=\"{}: {words}\"",
                m["code"].as_str().unwrap(),
                m["name"].as_str().unwrap()
            );
            assert!(page.contains(&label), "{id}: {label}");
            assert_eq!(
                table_rows(&page, status),
                members
                    .iter()
                    .filter(|n| n["statuses"][at]["status"] == status)
                    .count(),
                "{id} {status}"
            );
        }
    }
    // Without an item chosen, the map shows the first and says so.
    let (_, page) = html(&server, "/board/greater-manchester");
    assert!(page.contains("The map shows the first item of the guarantee"));
    assert!(page.contains(items[0]["title"].as_str().unwrap()));
}
