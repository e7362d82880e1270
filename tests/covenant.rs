//! The Care Leaver Covenant through the real server: a signatory registers, is verified,
//! publishes, edits and withdraws a pledge that care leavers find in search and compare;
//! every cross-tenant step, bad input and flood is refused.

mod support;

use support::error_of;

use std::time::Duration;

use reqwest::Method;
use serde_json::{json, Value};
use support::gss::{WALSALL, WILTSHIRE};
use support::{run_cli, TestServer};

fn registration(name: &str) -> Value {
    json!({
        "name": name,
        "kind": "employer",
        "website": "https://employer.example",
        "contact_email": "people@employer.example",
        "statement": "We will offer paid placements to care leavers."
    })
}

fn pledge(title: &str) -> Value {
    json!({
        "topic": "apprenticeships",
        "title": title,
        "summary": "Two-year paid apprenticeships with a mentor.",
        "coverage": { "authorities": [WILTSHIRE] },
        "age_from": 16,
        "age_to": 24,
        "places": 4,
        "how_to_apply": "Email the apprenticeships team."
    })
}

/// Registers an organisation; returns its id and signatory token.
fn register(server: &TestServer, name: &str) -> (String, String) {
    let (status, body) = server.send(
        Method::POST,
        "/api/v1/organisations",
        None,
        Some(&registration(name)),
    );
    assert_eq!(status, 201, "{body}");
    (
        body["organisation"]["id"].as_str().unwrap().to_string(),
        body["token"].as_str().unwrap().to_string(),
    )
}

fn submit(server: &TestServer, org: &str, token: &str, body: &Value) -> (u16, Value) {
    server.send(
        Method::POST,
        &format!("/api/v1/organisations/{org}/pledges"),
        Some(token),
        Some(body),
    )
}

fn post(server: &TestServer, path: &str, token: &str) -> (u16, Value) {
    server.send(Method::POST, path, Some(token), None)
}

fn hit_ids(body: &Value) -> Vec<String> {
    body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

/// Polls search until `check` holds; fails after five seconds. Returns the wait.
fn wait_for_search(server: &TestServer, q: &str, check: impl Fn(&[String]) -> bool) -> Duration {
    support::wait_for(
        server,
        &format!("/api/v1/search?q={q}&type=pledge"),
        |body| check(&hit_ids(body)),
    )
}

/// The pledge ids in the "move" column of a comparison, across all rows.
fn pledges_when_moving(server: &TestServer, from: &str, to: &str) -> Vec<String> {
    let (status, body) = server.get_json(&format!("/api/v1/compare?from={from}&to={to}&age=19"));
    assert_eq!(status, 200, "{body}");
    body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["move"].as_array().unwrap().iter())
        .filter_map(|e| e["pledge"].as_str().map(str::to_string))
        .collect()
}

fn actions(server: &TestServer, pledge: &str, token: &str) -> Vec<String> {
    let (status, body) = server.send(
        Method::GET,
        &format!("/api/v1/pledges/{pledge}/history"),
        Some(token),
        None,
    );
    assert_eq!(status, 200, "{body}");
    body["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            format!(
                "{} by {}",
                v["action"].as_str().unwrap(),
                v["actor"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn a_signatory_registers_is_verified_and_its_pledge_is_found_then_withdrawn() {
    let (server, tokens) = TestServer::start_with_tokens(&[&["--role", "moderator"]]);
    let moderator = &tokens[0];

    // Registration: pending, not public, the token shown once.
    let response = server
        .client
        .post(server.url("/api/v1/organisations"))
        .json(&registration("Kestrel Apiaries Ltd"))
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 201);
    assert_eq!(
        response.headers()["location"],
        "/api/v1/organisations/kestrel-apiaries-ltd"
    );
    let body: Value = response.json().unwrap();
    let org = body["organisation"]["id"].as_str().unwrap().to_string();
    let token = body["token"].as_str().unwrap().to_string();
    assert!(token.starts_with("oat_") && token.len() > 60, "{token}");
    assert_eq!(body["organisation"]["status"], "pending");
    assert_eq!(body["organisation"]["verified"], false);

    let (status, _) = server.get_json(&format!("/api/v1/organisations/{org}"));
    assert_eq!(status, 404, "a pending organisation is not public");
    let (_, list) = server.get_json("/api/v1/organisations");
    assert!(!list.to_string().contains(&org));
    let (status, own) = server.send(
        Method::GET,
        &format!("/api/v1/organisations/{org}"),
        Some(&token),
        None,
    );
    assert_eq!(status, 200);
    assert_eq!(own["contact_email"], "people@employer.example");

    // A pledge: pending until a moderator publishes it, public once the signatory is verified.
    let (status, created) = submit(&server, &org, &token, &pledge("Beekeeping apprenticeships"));
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["status"], "pending");
    assert_eq!(created["category"], "employment", "derived from the topic");
    let id = created["id"].as_str().unwrap().to_string();

    let (status, queue) = server.send(Method::GET, "/api/v1/moderation", Some(moderator), None);
    assert_eq!(status, 200);
    assert!(queue["organisations"].to_string().contains(&org));
    assert!(queue["pledges"].to_string().contains(&id));

    let (status, published) = post(&server, &format!("/api/v1/pledges/{id}/publish"), moderator);
    assert_eq!(
        (status, published["status"].as_str()),
        (200, Some("published"))
    );
    let (status, _) = server.get_json(&format!("/api/v1/pledges/{id}"));
    assert_eq!(status, 404, "its organisation is not verified yet");

    let (status, verified) = post(
        &server,
        &format!("/api/v1/organisations/{org}/verify"),
        moderator,
    );
    assert_eq!(
        (status, verified["status"].as_str()),
        (200, Some("verified"))
    );
    let took = wait_for_search(&server, "beekeeping", |ids| ids.contains(&id));
    eprintln!("a published pledge was searchable after {took:?}");
    assert!(took < Duration::from_secs(1), "search took {took:?}");
    assert!(pledges_when_moving(&server, WALSALL, WILTSHIRE).contains(&id));
    assert!(
        !pledges_when_moving(&server, WILTSHIRE, WALSALL).contains(&id),
        "Walsall is not in the pledge's coverage"
    );
    let (status, public) = server.get_json(&format!("/api/v1/organisations/{org}"));
    assert_eq!(status, 200);
    assert!(public.get("contact_email").is_none(), "{public}");
    assert_eq!(public["pledges"][0]["id"], id.as_str());

    // An edit waits for moderation; the published text stays until it is approved.
    let mut edited = pledge("Beekeeping and orchard apprenticeships");
    edited["version"] = json!(2);
    let (status, body) = server.send(
        Method::PUT,
        &format!("/api/v1/pledges/{id}"),
        Some(&token),
        Some(&edited),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["draft"]["title"],
        "Beekeeping and orchard apprenticeships"
    );
    let (_, public) = server.get_json(&format!("/api/v1/pledges/{id}"));
    assert_eq!(public["title"], "Beekeeping apprenticeships");
    assert!(public.get("draft").is_none());
    let (status, _) = post(&server, &format!("/api/v1/pledges/{id}/publish"), moderator);
    assert_eq!(status, 200);
    wait_for_search(&server, "orchard", |ids| ids.contains(&id));

    // Withdrawal takes it out of search and compare; it cannot be published again.
    let (status, withdrawn) = post(&server, &format!("/api/v1/pledges/{id}/withdraw"), &token);
    assert_eq!(
        (status, withdrawn["status"].as_str()),
        (200, Some("withdrawn"))
    );
    wait_for_search(&server, "beekeeping", |ids| !ids.contains(&id));
    assert!(!pledges_when_moving(&server, WALSALL, WILTSHIRE).contains(&id));
    let (status, body) = post(&server, &format!("/api/v1/pledges/{id}/publish"), moderator);
    assert_eq!((status, error_of(&body).0), (409, "invalid_state"));

    // Every step is in the pledge's history, with who took it.
    let signatory = format!("signatory:{org}");
    assert_eq!(
        actions(&server, &id, moderator),
        vec![
            format!("created by {signatory}"),
            "published by moderator".to_string(),
            format!("updated by {signatory}"),
            "published by moderator".to_string(),
            format!("withdrawn by {signatory}"),
        ]
    );
}

#[test]
fn no_one_touches_another_organisations_records_or_approves_their_own() {
    let (server, tokens) = TestServer::start_with_tokens(&[
        &["--role", "moderator"],
        &["--role", "council-editor", "--authority", WILTSHIRE],
        &["--role", "board", "--partnership", "greater-manchester"],
    ]);
    let (moderator, editor, board) = (&tokens[0], &tokens[1], &tokens[2]);
    let (a, a_token) = register(&server, "Alpha Trust");
    let (b, b_token) = register(&server, "Beta Trust");
    let (status, created) = submit(&server, &a, &a_token, &pledge("Alpha mentoring"));
    assert_eq!(status, 201);
    let a_pledge = created["id"].as_str().unwrap().to_string();
    let mut edit = pledge("Hijacked");
    edit["version"] = json!(1);

    // (who, what, path, body) — each must answer 403 and change nothing.
    let forbidden: Vec<(&str, Method, String, &String, Option<Value>)> = vec![
        (
            "B submits for A",
            Method::POST,
            format!("/api/v1/organisations/{a}/pledges"),
            &b_token,
            Some(pledge("x")),
        ),
        (
            "B edits A's pledge",
            Method::PUT,
            format!("/api/v1/pledges/{a_pledge}"),
            &b_token,
            Some(edit.clone()),
        ),
        (
            "B withdraws A's pledge",
            Method::POST,
            format!("/api/v1/pledges/{a_pledge}/withdraw"),
            &b_token,
            None,
        ),
        (
            "B reads A's pending pledge",
            Method::GET,
            format!("/api/v1/pledges/{a_pledge}"),
            &b_token,
            None,
        ),
        (
            "B reads A's pledge history",
            Method::GET,
            format!("/api/v1/pledges/{a_pledge}/history"),
            &b_token,
            None,
        ),
        (
            "B reads A's private record",
            Method::GET,
            format!("/api/v1/organisations/{a}"),
            &b_token,
            None,
        ),
        (
            "B lists A's pledges",
            Method::GET,
            format!("/api/v1/organisations/{a}/pledges"),
            &b_token,
            None,
        ),
        (
            "A publishes its own pledge",
            Method::POST,
            format!("/api/v1/pledges/{a_pledge}/publish"),
            &a_token,
            None,
        ),
        (
            "A rejects its own pledge",
            Method::POST,
            format!("/api/v1/pledges/{a_pledge}/reject"),
            &a_token,
            Some(json!({"reason": "x"})),
        ),
        (
            "A verifies itself",
            Method::POST,
            format!("/api/v1/organisations/{a}/verify"),
            &a_token,
            None,
        ),
        (
            "A verifies B",
            Method::POST,
            format!("/api/v1/organisations/{b}/verify"),
            &a_token,
            None,
        ),
        (
            "A reads the moderation queue",
            Method::GET,
            "/api/v1/moderation".to_string(),
            &a_token,
            None,
        ),
        (
            "a moderator writes A's pledge",
            Method::PUT,
            format!("/api/v1/pledges/{a_pledge}"),
            moderator,
            Some(edit.clone()),
        ),
        (
            "a moderator submits for A",
            Method::POST,
            format!("/api/v1/organisations/{a}/pledges"),
            moderator,
            Some(pledge("x")),
        ),
        (
            "an editor publishes",
            Method::POST,
            format!("/api/v1/pledges/{a_pledge}/publish"),
            editor,
            None,
        ),
        (
            "an editor submits for A",
            Method::POST,
            format!("/api/v1/organisations/{a}/pledges"),
            editor,
            Some(pledge("x")),
        ),
        (
            "a board member verifies A",
            Method::POST,
            format!("/api/v1/organisations/{a}/verify"),
            board,
            None,
        ),
        (
            "a board member withdraws A's pledge",
            Method::POST,
            format!("/api/v1/pledges/{a_pledge}/withdraw"),
            board,
            None,
        ),
        (
            "A edits an offer",
            Method::PUT,
            format!("/api/v1/offers/{}", first_offer(&server)),
            &a_token,
            Some(json!({})),
        ),
    ];
    for (what, method, path, token, body) in &forbidden {
        let (status, answer) = server.send(method.clone(), path, Some(token), body.as_ref());
        assert_eq!(
            (status, error_of(&answer).0),
            (403, "forbidden"),
            "{what}: {answer}"
        );
    }
    // No token at all is 401, not 403.
    let (status, _) = submit_without_token(&server, &a);
    assert_eq!(status, 401);

    let (_, history) = server.send(
        Method::GET,
        &format!("/api/v1/pledges/{a_pledge}/history"),
        Some(moderator),
        None,
    );
    assert_eq!(
        history["versions"].as_array().unwrap().len(),
        1,
        "nothing changed"
    );
    let (_, queue) = server.send(Method::GET, "/api/v1/moderation", Some(moderator), None);
    assert_eq!(
        queue["organisations"].as_array().unwrap().len(),
        2,
        "neither verified"
    );

    // A revoked token is refused everywhere.
    let data = server.data.clone();
    server.stop();
    run_cli(&data, &["token", "revoke", &a_token]);
    let server = TestServer::start_in(data);
    let (status, body) = submit(&server, &a, &a_token, &pledge("After revocation"));
    assert_eq!((status, error_of(&body).0), (401, "unauthorized"));
    let (status, _) = submit(&server, &b, &b_token, &pledge("B still works"));
    assert_eq!(status, 201);
}

fn first_offer(server: &TestServer) -> String {
    let (_, body) = server.get_json(&format!("/api/v1/authorities/{WILTSHIRE}"));
    body["offers"][0]["id"].as_str().unwrap().to_string()
}

fn submit_without_token(server: &TestServer, org: &str) -> (u16, Value) {
    server.send(
        Method::POST,
        &format!("/api/v1/organisations/{org}/pledges"),
        None,
        Some(&pledge("x")),
    )
}

#[test]
fn bad_registrations_and_pledges_are_refused_with_the_field_named() {
    let server = TestServer::start_in_with(
        support::temp_dir(),
        &[
            "--registrations-per-hour",
            "1000",
            "--writes-per-minute",
            "1000",
        ],
    );
    let cases: Vec<(Value, u16, &str, &str)> = vec![
        (json!({"name": ""}), 422, "missing_field", "name"),
        (json!({"kind": "pirate-ship"}), 422, "invalid_type", "kind"),
        (
            json!({"website": "javascript:alert(1)"}),
            422,
            "invalid_url",
            "website",
        ),
        (
            json!({"website": "ftp://files.example"}),
            422,
            "invalid_url",
            "website",
        ),
        (
            json!({"contact_email": "not an email"}),
            422,
            "invalid_email",
            "contact_email",
        ),
        (
            json!({"contact_email": "someone@localhost"}),
            422,
            "invalid_email",
            "contact_email",
        ),
        (json!({"name": "x".repeat(201)}), 422, "too_long", "name"),
        (
            json!({"statement": "x".repeat(5001)}),
            422,
            "too_long",
            "statement",
        ),
        (json!({"name": 42}), 422, "invalid_type", "name"),
        (json!({"admin": true}), 422, "unknown_field", "admin"),
    ];
    for (change, status, code, field) in cases {
        let mut body = registration("Gamma Ltd");
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        let (got, answer) = server.send(Method::POST, "/api/v1/organisations", None, Some(&body));
        assert_eq!(
            (got, error_of(&answer)),
            (status, (code, Some(field))),
            "{change}"
        );
    }
    let (status, body) = server.send(
        Method::POST,
        "/api/v1/organisations",
        None,
        Some(&json!(["a list"])),
    );
    assert_eq!((status, error_of(&body).0), (422, "invalid_type"));
    let response = server
        .client
        .post(server.url("/api/v1/organisations"))
        .body("name=Gamma")
        .header("content-type", "application/x-www-form-urlencoded")
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 415);
    let (_, list) = server.get_json("/api/v1/organisations");
    let (status, queue_probe) = server.get_json("/api/v1/organisations/gamma-ltd");
    assert_eq!(
        status, 404,
        "no bad registration was stored: {queue_probe} {list}"
    );

    let (org, token) = register(&server, "Gamma Ltd");
    let pledge_cases: Vec<(Value, &str, &str)> = vec![
        (json!({"topic": "space-travel"}), "unknown_topic", "topic"),
        (json!({"title": " "}), "missing_field", "title"),
        (json!({"title": "x".repeat(201)}), "too_long", "title"),
        (json!({"age_from": 30}), "out_of_range", "age_from"),
        (
            json!({"age_from": 25, "age_to": 18}),
            "out_of_range",
            "age_to",
        ),
        (
            json!({"coverage": {"authorities": ["E99999999"]}}),
            "unknown_reference",
            "coverage.authorities[0]",
        ),
        (
            json!({"coverage": {"partnerships": ["atlantis"]}}),
            "unknown_reference",
            "coverage.partnerships[0]",
        ),
        (
            json!({"coverage": {"national": false}}),
            "missing_field",
            "coverage",
        ),
        (
            json!({"coverage": {"authorities": vec![WILTSHIRE; 401]}}),
            "too_many",
            "coverage.authorities",
        ),
        (json!({"places": -1}), "invalid_type", "places"),
        (
            json!({"source": {"document": "d", "locator": "l", "url": "javascript:alert(1)"}}),
            "invalid_url",
            "source.url",
        ),
        (json!({"status": "published"}), "unknown_field", "status"),
        (json!({"version": 1}), "unknown_field", "version"),
    ];
    for (change, code, field) in pledge_cases {
        let mut body = pledge("Gamma placements");
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        let (status, answer) = submit(&server, &org, &token, &body);
        assert_eq!(
            (status, error_of(&answer)),
            (422, (code, Some(field))),
            "{change}"
        );
    }

    // A stale or missing version, a rejection without a reason.
    let (_, created) = submit(&server, &org, &token, &pledge("Gamma placements"));
    let id = created["id"].as_str().unwrap().to_string();
    let (status, body) = server.send(
        Method::PUT,
        &format!("/api/v1/pledges/{id}"),
        Some(&token),
        Some(&pledge("No version")),
    );
    assert_eq!(
        (status, error_of(&body)),
        (422, ("missing_field", Some("version")))
    );
    let mut stale = pledge("Stale");
    stale["version"] = json!(7);
    let (status, body) = server.send(
        Method::PUT,
        &format!("/api/v1/pledges/{id}"),
        Some(&token),
        Some(&stale),
    );
    assert_eq!(
        (status, error_of(&body)),
        (409, ("version_conflict", Some("version")))
    );

    let data = server.data.clone();
    server.stop();
    let moderator = support::create_token(&data, &["--role", "moderator"]);
    let server = TestServer::start_in(data);
    let (status, body) = server.send(
        Method::POST,
        &format!("/api/v1/pledges/{id}/reject"),
        Some(&moderator),
        Some(&json!({})),
    );
    assert_eq!(
        (status, error_of(&body)),
        (422, ("missing_field", Some("reason")))
    );
    let (status, body) = post(&server, &format!("/api/v1/pledges/{id}/reject"), &moderator);
    assert_eq!(status, 422, "a rejection needs a reason: {body}");
    let (status, body) = server.send(
        Method::POST,
        &format!("/api/v1/pledges/{id}/reject"),
        Some(&moderator),
        Some(&json!({"reason": "Please say how many places there are."})),
    );
    assert_eq!((status, body["status"].as_str()), (200, Some("rejected")));
    assert_eq!(
        body["rejection_reason"],
        "Please say how many places there are."
    );
    let (status, body) = server.send(
        Method::POST,
        "/api/v1/pledges/no-such-pledge/publish",
        Some(&moderator),
        None,
    );
    assert_eq!((status, error_of(&body).0), (404, "not_found"));
}

#[test]
fn registrations_and_writes_are_rate_limited_per_address() {
    let server = TestServer::start_in_with(
        support::temp_dir(),
        &["--registrations-per-hour", "2", "--writes-per-minute", "3"],
    );
    let (org, token) = register(&server, "Delta One");
    register(&server, "Delta Two");
    let response = server
        .client
        .post(server.url("/api/v1/organisations"))
        .json(&registration("Delta Three"))
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 429);
    let wait: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=3600).contains(&wait), "Retry-After {wait}");
    let body: Value = response.json().unwrap();
    assert_eq!(body["error"]["code"], "rate_limited");
    let (status, _) = server.get_json("/api/v1/organisations/delta-three");
    assert_eq!(status, 404, "the refused registration was not stored");

    // Authenticated writes: three a minute here, then 429, whatever the route.
    for i in 0..3 {
        let (status, body) = submit(&server, &org, &token, &pledge(&format!("Placement {i}")));
        assert_eq!(status, 201, "{body}");
    }
    let response = server
        .client
        .post(server.url(&format!("/api/v1/organisations/{org}/pledges")))
        .bearer_auth(&token)
        .json(&pledge("One too many"))
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 429);
    assert!(response.headers().contains_key("retry-after"));
    // Reads are not limited.
    let (status, _) = server.get_json("/api/v1/pledges");
    assert_eq!(status, 200);
}

#[test]
fn pledge_text_is_shown_as_text_never_as_html() {
    let (server, tokens) = TestServer::start_with_tokens(&[&["--role", "moderator"]]);
    let moderator = &tokens[0];
    let (org, token) = register(&server, "Epsilon <b>Bold</b> Ltd");
    let mut body = pledge("Zebrafish <script>alert(1)</script> internships");
    body["coverage"] = json!({"national": true});
    let (status, created) = submit(&server, &org, &token, &body);
    assert_eq!(status, 201);
    let id = created["id"].as_str().unwrap();
    post(&server, &format!("/api/v1/pledges/{id}/publish"), moderator);
    post(
        &server,
        &format!("/api/v1/organisations/{org}/verify"),
        moderator,
    );
    wait_for_search(&server, "zebrafish", |ids| ids.iter().any(|i| i == id));

    let page = server.get("/search?q=zebrafish").text().unwrap();
    assert!(
        page.contains("Zebrafish &lt;script&gt;alert(1)&lt;/script&gt; internships"),
        "{page}"
    );
    assert!(!page.contains("<script>alert(1)"));
    assert!(!page.contains("<b>Bold</b>"));
}

/// Posts a form to a page; returns the status and the HTML.
fn post_form(server: &TestServer, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
    let response = server
        .client
        .post(server.url(path))
        .form(fields)
        .send()
        .unwrap();
    (response.status().as_u16(), response.text().unwrap())
}

#[test]
fn the_covenant_pages_register_write_and_moderate_without_javascript() {
    let (server, tokens) = TestServer::start_with_tokens(&[&["--role", "moderator"]]);
    let moderator = tokens[0].as_str();

    // A mistake is shown beside its field, and nothing is stored.
    let mut fields = vec![
        ("name", "Heron Bakery"),
        ("kind", "employer"),
        ("website", "javascript:alert(1)"),
        ("contact_email", "jobs@heron.example"),
        ("statement", "Paid traineeships for care leavers."),
    ];
    let (status, html) = post_form(&server, "/covenant/register", &fields);
    assert_eq!(status, 422);
    assert!(html.contains("<title>Error: Register"), "{html}");
    assert!(html.contains(r##"<a href="#atlas-f-website">"##));
    assert!(
        html.contains(r#"value="Heron Bakery""#),
        "what was typed is kept"
    );
    let (status, _) = server.get_json("/api/v1/organisations/heron-bakery");
    assert_eq!(status, 404);

    fields[2].1 = "https://heron.example";
    let (status, html) = post_form(&server, "/covenant/register", &fields);
    assert_eq!(status, 201);
    let token = html
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .find(|w| w.starts_with("oat_"))
        .expect("the token is shown")
        .to_string();

    // The signatory writes a pledge; a wrong number is named in words.
    let pledge_fields = |title: &'static str, age_to: &'static str| {
        vec![
            ("token", token.as_str()),
            ("action", "submit"),
            ("topic", "work-experience"),
            ("title", title),
            ("summary", "Two weeks in our bakery, paid."),
            ("partnerships", "greater-manchester"),
            ("age_from", "16"),
            ("age_to", age_to),
        ]
    };
    let (status, html) = post_form(
        &server,
        "/covenant/pledges",
        &pledge_fields("Sourdough weeks", "twenty"),
    );
    assert_eq!(status, 422);
    assert!(html.contains("must be a whole number"), "{html}");
    let (status, html) = post_form(
        &server,
        "/covenant/pledges",
        &pledge_fields("Sourdough weeks", "25"),
    );
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("sent to a moderator"));
    assert!(html.contains("Waiting for a moderator"));
    assert!(html.contains("Where: Greater Manchester"), "{html}");

    // A token that is not a moderator's cannot open the queue; the moderator's can.
    let (status, _) = post_form(&server, "/covenant/moderation", &[("token", &token)]);
    assert_eq!(status, 403);
    let (status, html) = post_form(
        &server,
        "/covenant/moderation",
        &[("token", "oat_nonsense")],
    );
    assert_eq!(status, 401);
    assert!(html.contains("not known"));
    let (status, html) = post_form(&server, "/covenant/moderation", &[("token", moderator)]);
    assert_eq!(status, 200);
    assert!(html.contains("Verify Heron Bakery"));
    let (_, queue) = server.send(Method::GET, "/api/v1/moderation", Some(moderator), None);
    let pledge_id = queue["pledges"][0]["id"].as_str().unwrap().to_string();

    let (status, html) = post_form(
        &server,
        "/covenant/moderation",
        &[
            ("token", moderator),
            ("action", "reject"),
            ("pledge", &pledge_id),
            ("reason", ""),
        ],
    );
    assert_eq!(status, 422);
    assert!(html.contains("Give a reason"), "{html}");
    let (status, _) = post_form(
        &server,
        "/covenant/moderation",
        &[
            ("token", moderator),
            ("action", "verify"),
            ("organisation", "heron-bakery"),
        ],
    );
    assert_eq!(status, 200);
    let (status, html) = post_form(
        &server,
        "/covenant/moderation",
        &[
            ("token", moderator),
            ("action", "publish"),
            ("pledge", &pledge_id),
            ("version", "1"),
        ],
    );
    assert_eq!(status, 200);
    assert!(html.contains("“Sourdough weeks” is published"), "{html}");
    wait_for_search(&server, "sourdough", |ids| ids.contains(&pledge_id));

    // Another signatory cannot open this pledge for editing or withdraw it.
    let (_, other_token) = register(&server, "Ibis Books");
    for action in ["edit", "withdraw"] {
        let (status, _) = post_form(
            &server,
            "/covenant/pledges",
            &[
                ("token", &other_token),
                ("action", action),
                ("pledge", &pledge_id),
            ],
        );
        assert_eq!(status, 403, "{action}");
    }
    // Its own signatory withdraws it, and search follows.
    let (status, html) = post_form(
        &server,
        "/covenant/pledges",
        &[
            ("token", &token),
            ("action", "withdraw"),
            ("pledge", &pledge_id),
            ("version", "2"),
        ],
    );
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("The pledge was withdrawn."));
    wait_for_search(&server, "sourdough", |ids| !ids.contains(&pledge_id));
}

#[test]
fn moderators_read_every_decision_taken_newest_first_a_page_at_a_time() {
    let first = TestServer::start();
    let data = first.data.clone();
    first.stop();
    let moderator = support::create_token(
        &data,
        &[
            "--role",
            "moderator",
            "--name",
            "Mo Rahman",
            "--email",
            "mo@atlas.example.org",
        ],
    );
    let server = TestServer::start_in_with(
        data,
        &[
            "--writes-per-minute",
            "1000",
            "--refusals-per-minute",
            "1000",
        ],
    );
    let moderator = moderator.as_str();

    // Nothing decided yet; the log asks for a token first, like the queue.
    let form = server.get("/covenant/moderation/log").text().unwrap();
    assert!(
        form.contains(r#"action="/covenant/moderation/log""#),
        "{form}"
    );
    let (status, html) = post_form(&server, "/covenant/moderation/log", &[("token", moderator)]);
    assert_eq!(status, 200, "{html}");
    assert!(
        support::text_of(&html).contains("No decisions have been taken yet."),
        "{html}"
    );

    // One verification, 50 pledges published, one rejected (through the queue's form).
    let (org, signatory) = register(&server, "Heron Bakery");
    let (status, html) = post_form(
        &server,
        "/covenant/moderation",
        &[
            ("token", moderator),
            ("action", "verify"),
            ("organisation", &org),
        ],
    );
    assert_eq!(status, 200, "{html}");
    assert!(
        html.contains(r#"action="/covenant/moderation/log""#),
        "the queue links to the log"
    );
    for n in 1..=50 {
        let (status, created) = submit(
            &server,
            &org,
            &signatory,
            &pledge(&format!("Bakery apprenticeship {n}")),
        );
        assert_eq!(status, 201, "{created}");
        let id = created["id"].as_str().unwrap();
        let (status, _) = post(&server, &format!("/api/v1/pledges/{id}/publish"), moderator);
        assert_eq!(status, 200);
    }
    let (_, rejected) = submit(&server, &org, &signatory, &pledge("Sourdough weeks"));
    let rejected_id = rejected["id"].as_str().unwrap();
    let (status, html) = post_form(
        &server,
        "/covenant/moderation",
        &[
            ("token", moderator),
            ("action", "reject"),
            ("pledge", rejected_id),
            ("version", "1"),
            ("reason", "No dates or pay are given."),
        ],
    );
    assert_eq!(status, 200, "{html}");
    // A signatory's own withdrawal is not a moderator's decision.
    let (_, withdrawn) = submit(&server, &org, &signatory, &pledge("Withdrawn weeks"));
    let withdrawn_id = withdrawn["id"].as_str().unwrap();
    let (status, _) = post(
        &server,
        &format!("/api/v1/pledges/{withdrawn_id}/withdraw"),
        &signatory,
    );
    assert_eq!(status, 200);

    // Page 1: the 50 newest, the rejection first with its reason, signed by the person.
    let (status, html) = post_form(&server, "/covenant/moderation/log", &[("token", moderator)]);
    assert_eq!(status, 200, "{html}");
    let text = support::text_of(&html);
    assert!(
        text.contains("Decisions 1 to 50, newest first (50 a page)"),
        "{text}"
    );
    assert_eq!(
        html.matches("<tr>").count(),
        51,
        "a header and 50 decisions"
    );
    let rejection = text
        .find("Rejected: No dates or pay are given.")
        .expect("the rejection");
    let latest_published = text
        .find("Bakery apprenticeship 50")
        .expect("the last publication");
    assert!(rejection < latest_published, "newest first: {text}");
    assert!(
        text.contains(&format!(
            "Pledge “Sourdough weeks” ({rejected_id}) of {org}"
        )),
        "{text}"
    );
    assert!(text.contains("Mo Rahman"), "{text}");
    assert!(!text.contains("mo@atlas.example.org"), "no address");
    assert!(!text.contains("Withdrawn weeks"), "{text}");
    assert!(
        !text.contains("Verified"),
        "the verification is older than 50: {text}"
    );
    assert!(html.contains("Older decisions"));
    assert!(!html.contains("Newer decisions"));

    // Page 2: the two oldest, ending with the verification; nothing older.
    let (status, html) = post_form(
        &server,
        "/covenant/moderation/log",
        &[("token", moderator), ("page", "2")],
    );
    assert_eq!(status, 200, "{html}");
    let text = support::text_of(&html);
    assert!(text.contains("Decisions 51 to 52"), "{text}");
    assert!(text.contains("Pledge “Bakery apprenticeship 1”"), "{text}");
    assert!(
        text.contains(&format!("Verified Organisation Heron Bakery ({org})")),
        "{text}"
    );
    assert!(html.contains("Newer decisions"));
    assert!(!html.contains("Older decisions"));

    // Bad pages are named; other tokens are refused.
    for bad in ["0", "two", "201", "-1"] {
        let (status, html) = post_form(
            &server,
            "/covenant/moderation/log",
            &[("token", moderator), ("page", bad)],
        );
        assert_eq!(status, 400, "{bad}: {html}");
        assert!(
            support::text_of(&html).contains("The page must be a whole number from 1 to 200"),
            "{html}"
        );
    }
    let (status, html) = post_form(
        &server,
        "/covenant/moderation/log",
        &[("token", &signatory)],
    );
    assert_eq!(status, 403);
    assert!(!html.contains("Sourdough"));
    let (status, _) = post_form(
        &server,
        "/covenant/moderation/log",
        &[("token", "oat_nonsense")],
    );
    assert_eq!(status, 401);
}
