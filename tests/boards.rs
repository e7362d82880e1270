//! What a regional board sees, through the real server: the Greater Manchester guarantee
//! against its ten councils' offers, as JSON and as CSV, and the staleness setting.

mod support;

use support::error_of;

use reqwest::Method;
use serde_json::{json, Value};
use support::gss::{BOLTON, BURY, OLDHAM};
use support::TestServer;

const GM: &str = "greater-manchester";

/// A setting-up-home grant of `pence` every `per`.
fn grant(pence: u64, per: &str) -> Value {
    json!({
        "topic": "setting-up-home-grant", "category": "money",
        "title": "Setting up home grant",
        "summary": "Money towards furniture and essentials for a first home.",
        "status": "available", "basis": "discretionary",
        "applies_to": "own_care_leavers_anywhere", "age_from": 18, "age_to": 25,
        "value": {"amount_pence": pence, "per": per, "count": null, "percent": null, "note": null},
        "source": {"document": "test", "locator": "s1", "url": null, "date": "2026-01-01"}
    })
}

fn status_of<'a>(member: &'a Value, item: &str) -> &'a Value {
    member["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["item"] == item)
        .unwrap_or_else(|| panic!("no {item} for {}", member["code"]))
}

#[test]
fn the_guarantee_is_checked_against_every_members_offers() {
    let server = TestServer::start();
    let (status, body) = server.get_json(&format!("/api/v1/partnerships/{GM}/consistency"));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["partnership"], GM);
    assert_eq!(body["items"].as_array().unwrap().len(), 11);
    let members = body["members"].as_array().unwrap();
    assert_eq!(members.len(), 10);
    for member in members {
        // Seed 004: council tax exemption to 25 "achieved across all 10".
        let tax = status_of(member, "council-tax");
        assert_eq!(tax["status"], "met", "{member}");
        let offers = tax["offers"].as_array().unwrap();
        assert_eq!(offers.len(), 1);
        let (_, offer) =
            server.get_json(&format!("/api/v1/offers/{}", offers[0].as_str().unwrap()));
        assert_eq!(
            offer["authority"], member["code"],
            "each member's own offer is the evidence"
        );
        assert_eq!(
            tax["offer_titles"],
            json!([offer["title"]]),
            "the evidence's titles, in the same order"
        );
        assert!(offer["source"]["locator"]
            .as_str()
            .unwrap()
            .contains("item 11"));
        // Free travel agreed "to 21 years" against an ambition "up to 25 years": until the
        // 21st and the 25th birthday, so ages up to 20 against ages up to 24.
        let travel = status_of(member, "free-travel");
        assert_eq!(travel["status"], "partial", "{member}");
        assert_eq!(
            travel["shortfalls"][0],
            "Runs to age 20. The standard asks for 24."
        );
    }
    // Nothing published on an item is "not declared", never "not met".
    let wigan = members.iter().find(|m| m["name"] == "Wigan").unwrap();
    assert_eq!(status_of(wigan, "mentor")["status"], "not_declared");
    assert_eq!(
        status_of(wigan, "mentor")["offers"]
            .as_array()
            .unwrap()
            .len(),
        0
    );

    let (status, body) = server.get_json("/api/v1/partnerships/atlantis/consistency");
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (404, Some("not_found"))
    );
}

#[test]
fn the_matrix_comes_as_csv_a_row_per_member() {
    let server = TestServer::start();
    let response = server.get(&format!("/api/v1/partnerships/{GM}/consistency.csv"));
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let text = response.text().unwrap();
    let rows: Vec<Vec<String>> = csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    let header: Vec<String> = csv::Reader::from_reader(text.as_bytes())
        .headers()
        .unwrap()
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(rows.len(), 10, "ten members:\n{text}");
    assert_eq!(header[..4], ["code", "name", "offer_reviewed", "stale"]);
    // A status, a why and a note column for each of the eleven items.
    assert_eq!(header.len(), 4 + 11 * 3);
    let column = |name: &str| header.iter().position(|c| c == name).unwrap();
    let (tax, travel, why) = (
        column("council-tax"),
        column("free-travel"),
        column("free-travel_why"),
    );
    for row in &rows {
        assert_eq!(row.len(), header.len(), "{row:?}");
        assert!(row[0].starts_with("E08"), "{row:?}");
        assert_eq!(
            (row[tax].as_str(), row[travel].as_str()),
            ("met", "partial"),
            "{row:?}"
        );
        assert!(!row[why].is_empty(), "a partial item says why: {row:?}");
    }
}

#[test]
fn staleness_follows_the_setting() {
    // The demo's Greater Manchester offers were reviewed between 2018 (Trafford's
    // Jobcentre protocol) and 2020: stale after two years, not after a hundred.
    let server = TestServer::start();
    let (_, body) = server.get_json(&format!("/api/v1/partnerships/{GM}/consistency"));
    let stale = body["stale_offers"].as_array().unwrap();
    assert!(
        stale.iter().any(|o| o["id"] == "bolton-council-tax"),
        "{stale:?}"
    );
    assert_eq!(stale[0]["id"], "trafford-jobcentre-protocol");
    assert_eq!(stale[0]["reviewed"], "2018-02-21", "oldest first");
    let data = server.data.clone();
    server.stop();
    let server = TestServer::start_in_with(data, &["--stale-after-days", "36500"]);
    let (_, body) = server.get_json(&format!("/api/v1/partnerships/{GM}/consistency"));
    let stale: Vec<&Value> = body["stale_offers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["reviewed"].is_string())
        .collect();
    assert!(
        stale.is_empty(),
        "nothing dated is a century old: {stale:?}"
    );
}

#[test]
fn a_topics_values_spread_on_a_common_basis() {
    // Seed 003 (Liverpool) and the councils' own offers: £2,000 once in three places.
    let (server, tokens) = TestServer::start_with_tokens(&[
        &["--role", "council-editor", "--authority", BOLTON],
        &["--role", "council-editor", "--authority", BURY],
        &["--role", "council-editor", "--authority", OLDHAM],
    ]);
    let (status, body) = server.get_json("/api/v1/topics/setting-up-home-grant/spread");
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["basis"], "pence_once");
    assert_eq!(body["values"].as_array().unwrap().len(), 3, "{body}");
    assert_eq!(
        (&body["min"], &body["median"], &body["max"]),
        (&json!(200_000), &json!(200_000), &json!(200_000))
    );
    // No Greater Manchester council states an amount yet.
    let (_, body) = server.get_json(&format!(
        "/api/v1/topics/setting-up-home-grant/spread?partnership={GM}"
    ));
    assert_eq!(body["values"], json!([]));
    assert_eq!(body["median"], Value::Null);

    // Weekly, yearly and monthly amounts compare per year: £520, £600 and £600.
    for (token, (code, value)) in tokens.iter().zip([
        (BOLTON, grant(1_000, "week")),
        (BURY, grant(60_000, "year")),
        (OLDHAM, grant(5_000, "month")),
    ]) {
        let (status, body) = server.send(
            Method::POST,
            &format!("/api/v1/authorities/{code}/offers"),
            Some(token),
            Some(&value),
        );
        assert_eq!(status, 201, "{body}");
    }
    let (_, body) = server.get_json(&format!(
        "/api/v1/topics/setting-up-home-grant/spread?partnership={GM}"
    ));
    assert_eq!(body["basis"], "pence_per_year", "{body}");
    let values: Vec<(&str, u64)> = body["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["name"].as_str().unwrap(), v["value"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        values,
        [("Bury", 60_000), ("Oldham", 60_000), ("Bolton", 52_000)]
    );
    assert_eq!(
        (&body["min"], &body["median"], &body["max"]),
        (&json!(52_000), &json!(60_000), &json!(60_000))
    );

    let (status, body) = server.get_json("/api/v1/topics/no-such-topic/spread");
    assert_eq!((status, error_of(&body).0), (404, "not_found"));
    let (status, body) =
        server.get_json("/api/v1/topics/setting-up-home-grant/spread?partnership=atlantis");
    assert_eq!(
        (status, error_of(&body)),
        (400, ("invalid_parameter", Some("partnership")))
    );
}

#[test]
fn changes_list_what_was_written_newest_first() {
    let (server, tokens) =
        TestServer::start_with_tokens(&[&["--role", "council-editor", "--authority", BOLTON]]);
    let today = chrono::Utc::now().date_naive();
    let (status, body) = server.send(
        Method::POST,
        &format!("/api/v1/authorities/{BOLTON}/offers"),
        Some(&tokens[0]),
        Some(&grant(200_000, "once")),
    );
    assert_eq!(status, 201, "{body}");
    let id = body["id"].as_str().unwrap().to_string();
    let mut edited = grant(250_000, "once");
    edited["version"] = json!(1);
    let (status, body) = server.send(
        Method::PUT,
        &format!("/api/v1/offers/{id}"),
        Some(&tokens[0]),
        Some(&edited),
    );
    assert_eq!(status, 200, "{body}");

    let (status, body) =
        server.get_json(&format!("/api/v1/changes?since={today}&partnership={GM}"));
    assert_eq!(status, 200, "{body}");
    let changes = body["changes"].as_array().unwrap();
    let first: Vec<(&str, &str, u64)> = changes[..2]
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap(),
                c["action"].as_str().unwrap(),
                c["version"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        first,
        [(id.as_str(), "updated", 2), (id.as_str(), "created", 1)]
    );
    assert_eq!(changes[0]["authority"], BOLTON);
    // Every change listed belongs to a member (the demo load counts as created today).
    let (_, gm) = server.get_json(&format!("/api/v1/partnerships/{GM}"));
    let members = gm["members"].as_array().unwrap();
    for c in changes {
        assert!(
            c["authority"].is_null() || members.contains(&c["authority"]),
            "{c}"
        );
    }
    // Another council's changes leave Bolton's out.
    let (_, body) = server.get_json(&format!("/api/v1/changes?since={today}&authority={BURY}"));
    assert!(body["changes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["authority"] == BURY && c["id"] != id.as_str()));
    // Nothing has changed after tomorrow.
    let tomorrow = today.succ_opt().unwrap();
    let (_, body) = server.get_json(&format!("/api/v1/changes?since={tomorrow}"));
    assert_eq!(body["changes"], json!([]));

    // An empty parameter is one left out (the error table's rule for every route).
    let (status, body) = server.get_json("/api/v1/changes?since=&authority=");
    assert_eq!(status, 200, "{body}");
    for bad in [
        "since=26-11-2026",
        "since=2026-02-30",
        "authority=E99999999",
        "partnership=nowhere",
    ] {
        let (status, body) = server.get_json(&format!("/api/v1/changes?{bad}"));
        let field = bad.split('=').next().unwrap();
        assert_eq!(
            (status, error_of(&body)),
            (400, ("invalid_parameter", Some(field))),
            "{bad}"
        );
    }
}

#[test]
fn only_the_partnerships_board_edits_its_guarantee_and_notes() {
    let (server, tokens) = TestServer::start_with_tokens(&[
        &[
            "--role",
            "board",
            "--partnership",
            GM,
            "--name",
            "Priya Shah",
            "--email",
            "priya.shah@example.gov.uk",
        ],
        &["--role", "council-editor", "--authority", BOLTON],
        &["--role", "moderator"],
    ]);
    let (board, editor, moderator) = (&tokens[0], &tokens[1], &tokens[2]);
    let (_, before) = server.get_json(&format!("/api/v1/partnerships/{GM}/consistency"));
    let version = before["version"].as_u64().unwrap();
    assert_eq!(version, 1);

    // Raise the free travel ambition's wording; keep the other items.
    let mut items = before["items"].as_array().unwrap().clone();
    let travel = items.iter_mut().find(|i| i["id"] == "free-travel").unwrap();
    travel["title"] = json!("Free bus travel to 25");
    let edit = json!({"version": version, "guarantee": items});
    let path = format!("/api/v1/partnerships/{GM}/guarantee");

    let (status, body) = server.send(Method::PUT, &path, None, Some(&edit));
    assert_eq!((status, error_of(&body).0), (401, "unauthorized"));
    for token in [editor, moderator] {
        let (status, body) = server.send(Method::PUT, &path, Some(token), Some(&edit));
        assert_eq!((status, error_of(&body).0), (403, "forbidden"));
    }
    let mut bad = edit.clone();
    bad["guarantee"][0]["topics"] = json!(["no-such-topic"]);
    let (status, body) = server.send(Method::PUT, &path, Some(board), Some(&bad));
    assert_eq!(
        (status, error_of(&body)),
        (422, ("unknown_topic", Some("guarantee[0].topics[0]")))
    );

    let (status, body) = server.send(Method::PUT, &path, Some(board), Some(&edit));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["version"], 2);
    let travel = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "free-travel")
        .unwrap();
    assert_eq!(travel["title"], "Free bus travel to 25");
    // The same edit again is based on an old read: refused, not overwritten.
    let (status, body) = server.send(Method::PUT, &path, Some(board), Some(&edit));
    assert_eq!((status, error_of(&body).0), (409, "version_conflict"));

    // A note sits beside the computed status; it does not replace it.
    let note = json!({
        "version": 2, "member": "E08000009", "item": "free-travel",
        "text": "Trafford funds travel to 25 from April, board minutes 3 March",
        "evidence_url": "https://example.org/board-minutes"
    });
    let notes = format!("/api/v1/partnerships/{GM}/notes");
    let (status, body) = server.send(Method::PUT, &notes, Some(editor), Some(&note));
    assert_eq!(status, 403, "{body}");
    let (status, body) = server.send(Method::PUT, &notes, Some(board), Some(&note));
    assert_eq!(status, 200, "{body}");
    let trafford = body["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["code"] == "E08000009")
        .unwrap();
    let cell = status_of(trafford, "free-travel");
    assert_eq!(cell["status"], "partial");
    assert_eq!(cell["note"]["text"], note["text"]);
    // Signed and dated: who wrote it (never their address), and when.
    assert_eq!(cell["note"]["by"], format!("Priya Shah (board:{GM})"));
    let today = chrono::Utc::now().date_naive();
    let at = cell["note"]["at"].as_str().expect("a date");
    assert!(at.starts_with(&today.to_string()), "{at}");
    assert!(!body.to_string().contains("priya.shah@"));
    // The sheet carries the note, signed and dated, beside the status.
    let sheet = server
        .get(&format!("/api/v1/partnerships/{GM}/consistency.csv"))
        .text()
        .unwrap();
    let line = sheet.lines().find(|l| l.starts_with("E08000009")).unwrap();
    assert!(
        line.contains("Trafford funds travel to 25 from April"),
        "{line}"
    );
    assert!(line.contains(&format!("Priya Shah, {today}")), "{line}");
    assert!(
        line.contains("evidence: https://example.org/board-minutes"),
        "{line}"
    );
    let page = server.get(&format!("/board/{GM}")).text().unwrap();
    let signed = format!("(Priya Shah, {})", atlas_shared::long_date(today));
    assert!(
        page.contains(&signed),
        "the board page signs and dates the note"
    );
    let mut stranger = note.clone();
    stranger["version"] = json!(3);
    stranger["member"] = json!("E06000054");
    let (status, body) = server.send(Method::PUT, &notes, Some(board), Some(&stranger));
    assert_eq!(
        (status, error_of(&body)),
        (422, ("unknown_reference", Some("member")))
    );
    // The guarantee's history records who changed it.
    let (_, changes) = server.get_json(&format!("/api/v1/changes?partnership={GM}"));
    assert_eq!(changes["changes"][0]["kind"], "partnership");
    assert_eq!(changes["changes"][0]["version"], 3);
}

#[test]
fn the_board_page_shows_the_matrix_chart_stale_list_and_changes() {
    let server = TestServer::start();
    let response = server.get(&format!("/board/{GM}"));
    assert_eq!(response.status().as_u16(), 200);
    let page = response.text().unwrap();
    // The board's own part (the members' map and its tables come after it).
    let html = &page[..page.find("</offer-atlas>").expect("the board element")];
    // Ten member rows, each with a status in words for every item.
    let rows = html.matches("<th scope=\"row\">").count();
    assert_eq!(rows, 10, "{html}");
    assert_eq!(html.matches("data-status=").count(), 10 * 11);
    assert!(html.matches(">Met</span>").count() >= 10);
    assert!(html.matches(">Partly met</span>").count() >= 10);
    // No member states an amount: the registry-wide setting-up-home chart, three bars.
    let drawing = html.find("class=\"atlas-chart-drawing\"").expect("a chart");
    let svg_start = html[..drawing].rfind("<svg").expect("a chart");
    let svg = &html[svg_start..html[svg_start..].find("</svg>").unwrap() + svg_start];
    assert!(svg.contains("role=\"img\""));
    assert_eq!(svg.matches("<rect").count(), 3, "{svg}");
    assert!(svg.contains("£2,000 once"));
    // The phone's HTML bars are drawn by SVG attributes, never an inline style, which a
    // council page's Content-Security-Policy without 'unsafe-inline' would refuse (the
    // widget draws the same markup).
    assert!(!html.contains(" style="), "an inline style attribute");
    assert!(html.contains("class=\"atlas-bar-track\""));
    assert!(html.contains("<rect y=\"4\" width=\"100\" height=\"25\" class=\"atlas-bar\">"));
    assert!(html.contains(&format!("/api/v1/partnerships/{GM}/consistency.csv")));
    assert!(html.contains("Due for review"));
    // Evidence and offers due for review link to readable pages, named by their titles.
    assert!(!html.contains("/api/v1/offers/"), "no link to JSON");
    assert!(html.contains("<a href=\"/offers/"));
    assert!(html.contains("Showing all 11 items"));
    assert!(html.contains("last reviewed 10 November 2020"));
    assert!(html.contains("Recent changes"));

    // Narrowed to one item (a GET form, so it works without script): one column.
    let html = server
        .get(&format!("/board/{GM}?item=council-tax"))
        .text()
        .unwrap();
    assert_eq!(html.matches("data-status=").count(), 10);
    assert_eq!(html.matches("data-status=\"met\"").count(), 10);
    assert!(html.contains("Showing 1 of 11 items"));
    assert!(html.contains("Standard: "));
    // The page is the widget's fallback: the element wraps the server's HTML.
    assert!(html.contains(&format!(
        "<offer-atlas mode=\"board\" partnership=\"{GM}\">"
    )));

    let response = server.get("/board/atlantis");
    assert_eq!(response.status().as_u16(), 404);
}

#[test]
fn the_board_view_comes_in_one_answer() {
    let server = TestServer::start();
    let (status, body) = server.get_json(&format!("/api/v1/partnerships/{GM}/board"));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["consistency"]["members"].as_array().unwrap().len(), 10);
    let charts = body["charts"].as_array().unwrap();
    let home = charts
        .iter()
        .find(|c| c["spread"]["topic"] == "setting-up-home-grant")
        .expect("a setting-up-home chart");
    assert_eq!(home["whole_registry"], true, "no member states an amount");
    assert_eq!(home["spread"]["values"].as_array().unwrap().len(), 3);
    assert!(charts.iter().all(|c| matches!(
        c["spread"]["basis"].as_str(),
        Some("pence_per_year" | "pence_once")
    )));
    assert!(body["changes"]["changes"].as_array().unwrap().len() <= 50);
    let (status, _) = server.get_json("/api/v1/partnerships/atlantis/board");
    assert_eq!(status, 404);
}
