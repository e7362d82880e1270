//! People and their tokens managed on the running server, through the real binary: the
//! admin API (list, invite, revoke; 401 without a token, 403 for anyone but an admin, the
//! field at fault named), a token that expires, and `offer-atlas token … --server` — each
//! change working at once, with no restart.

mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{json, Value};
use support::gss::{WALSALL, WILTSHIRE};
use support::{create_token, error_of, TestServer, BIN};

const TOKENS: &str = "/api/v1/admin/tokens";

/// A server with the demo registry, an admin's token and a Walsall editor's, and room for
/// the many writes and refusals these tests make.
fn server() -> (TestServer, String, String) {
    let first = TestServer::start();
    let data = first.data.clone();
    first.stop();
    let admin = create_token(&data, &["--role", "admin"]);
    let editor = create_token(&data, &["--role", "council-editor", "--authority", WALSALL]);
    let options = [
        "--writes-per-minute",
        "1000",
        "--refusals-per-minute",
        "1000",
    ];
    (TestServer::start_in_with(data, &options), admin, editor)
}

fn jane() -> Value {
    json!({ "name": "Jane Smith", "email": "jane.smith@walsall.gov.uk" })
}

/// A new offer for Walsall: a write only a live Walsall editor's (or admin's) token makes.
fn new_offer() -> Value {
    json!({
        "topic": "leisure", "category": "health-and-wellbeing",
        "title": "Free swimming", "summary": "Free swimming at council pools.",
        "status": "available", "basis": "discretionary",
        "applies_to": "own_care_leavers_in_area", "age_from": 18, "age_to": 21,
        "source": { "document": "test", "locator": "section 1" }
    })
}

/// The status a write with `token` gets: 201 while it works, 401 once it does not.
fn write_with(server: &TestServer, token: &str) -> u16 {
    let path = format!("/api/v1/authorities/{WALSALL}/offers");
    server
        .send(Method::POST, &path, Some(token), Some(&new_offer()))
        .0
}

#[test]
fn an_admin_invites_lists_and_revokes_people_through_the_api_at_once() {
    let (server, admin, editor) = server();

    // Nobody but an admin: no token 401, an editor's 403, for every route.
    for (method, path, body) in [
        (Method::GET, TOKENS.to_string(), None),
        (
            Method::POST,
            TOKENS.to_string(),
            Some(json!({ "role": "admin", "person": jane() })),
        ),
        (Method::DELETE, format!("{TOKENS}/0123456789ab"), None),
    ] {
        let (status, body_back) = server.send(method.clone(), &path, None, body.as_ref());
        assert_eq!(status, 401, "{method} {path}: {body_back}");
        assert_eq!(error_of(&body_back).0, "unauthorized");
        let (status, body_back) = server.send(method.clone(), &path, Some(&editor), body.as_ref());
        assert_eq!(status, 403, "{method} {path}: {body_back}");
        assert_eq!(error_of(&body_back).0, "forbidden");
    }

    // Invite a Walsall editor: 201, the token shown once, working at once.
    let invitation = json!({
        "role": "council-editor", "authority": WALSALL, "person": jane(), "expires_in_days": 30
    });
    let (status, issued) = server.send(Method::POST, TOKENS, Some(&admin), Some(&invitation));
    assert_eq!(status, 201, "{issued}");
    let token = issued["token"].as_str().expect("the token").to_string();
    let id = issued["id"].as_str().expect("its id").to_string();
    assert!(token.starts_with("oat_"));
    assert_eq!(issued["role"], "council-editor");
    assert_eq!(issued["authority"], WALSALL);
    assert_eq!(issued["person"]["name"], "Jane Smith");
    assert_eq!(issued["live"], true);
    assert!(issued["expires"].is_string() && issued["revoked"].is_null());
    assert_eq!(
        write_with(&server, &token),
        201,
        "the new token works at once"
    );

    // The list: filtered by council, with the person, never a token or a hash.
    let (status, listed) = server.send(
        Method::GET,
        &format!("{TOKENS}?for={WALSALL}"),
        Some(&admin),
        None,
    );
    assert_eq!(status, 200, "{listed}");
    let items = listed["items"].as_array().unwrap();
    assert_eq!(items.len(), 2, "Jane's and the first editor's: {listed}");
    assert!(items.iter().all(|t| t["authority"] == WALSALL));
    let jane_line = items.iter().find(|t| t["id"] == id.as_str()).expect("hers");
    assert_eq!(jane_line["person"]["email"], "jane.smith@walsall.gov.uk");
    let text = listed.to_string();
    assert!(
        !text.contains("oat_") && !text.contains(&token[4..]),
        "{text}"
    );
    assert!(text.len() < 2000 && !text.contains("hash"));
    let (_, all) = server.send(Method::GET, TOKENS, Some(&admin), None);
    assert_eq!(all["total"], 3, "the admin's too: {all}");
    let (_, wiltshire) = server.send(
        Method::GET,
        &format!("{TOKENS}?for={WILTSHIRE}"),
        Some(&admin),
        None,
    );
    assert_eq!(wiltshire["total"], 0);
    let (status, bad) = server.send(
        Method::GET,
        &format!("{TOKENS}?for=nowhere"),
        Some(&admin),
        None,
    );
    assert_eq!(
        (status, error_of(&bad)),
        (400, ("invalid_parameter", Some("for")))
    );

    // Bad invitations: the field at fault, nothing made.
    for (body, code, field) in [
        (
            json!({ "role": "council-editor", "authority": WALSALL }),
            "missing_field",
            "person",
        ),
        (
            json!({ "role": "council-editor", "authority": "E99999999", "person": jane() }),
            "unknown_reference",
            "authority",
        ),
        (
            json!({ "role": "council-editor", "person": jane() }),
            "missing_field",
            "authority",
        ),
        (
            json!({ "role": "admin", "person": jane(), "expires_in_days": 0 }),
            "out_of_range",
            "expires_in_days",
        ),
        (
            json!({ "role": "admin", "person": jane(), "expires": "2020-01-01T00:00:00Z" }),
            "out_of_range",
            "expires",
        ),
        (
            json!({ "role": "admin", "person": { "name": "J", "email": "j@localhost" } }),
            "invalid_email",
            "person.email",
        ),
        (
            json!({ "role": "chief", "person": jane() }),
            "invalid_value",
            "role",
        ),
        (
            json!({ "role": "admin", "person": jane(), "token": "oat_x" }),
            "unknown_field",
            "token",
        ),
    ] {
        let (status, refused) = server.send(Method::POST, TOKENS, Some(&admin), Some(&body));
        assert_eq!(status, 422, "{body}: {refused}");
        assert_eq!(error_of(&refused), (code, Some(field)), "{body}");
    }
    let not_json = server
        .client
        .post(server.url(TOKENS))
        .bearer_auth(&admin)
        .header("content-type", "application/json")
        .body("{ role: admin")
        .send()
        .unwrap();
    assert_eq!(not_json.status().as_u16(), 400);
    let (_, after) = server.send(Method::GET, TOKENS, Some(&admin), None);
    assert_eq!(after["total"], 3, "no refused invitation made a token");

    // Revoke: at once, the next request with the token is refused; again is the same.
    let (status, revoked) = server.send(
        Method::DELETE,
        &format!("{TOKENS}/{id}"),
        Some(&admin),
        None,
    );
    assert_eq!(status, 200, "{revoked}");
    assert_eq!(revoked["live"], false);
    assert!(revoked["revoked"].is_string());
    assert_eq!(
        write_with(&server, &token),
        401,
        "refused at once, no restart"
    );
    let (status, again) = server.send(
        Method::DELETE,
        &format!("{TOKENS}/{id}"),
        Some(&admin),
        None,
    );
    assert_eq!(status, 200, "revoking twice is not an error");
    assert_eq!(again["revoked"], revoked["revoked"], "the first date stays");
    for unknown in ["0123456789ab", "not-an-id", "abc"] {
        let (status, body) = server.send(
            Method::DELETE,
            &format!("{TOKENS}/{unknown}"),
            Some(&admin),
            None,
        );
        assert_eq!((status, error_of(&body).0), (404, "not_found"), "{unknown}");
    }
    // The first editor's token was never touched.
    assert_eq!(write_with(&server, &editor), 201);

    // Nobody revokes the token they are using (it would lock them out): 409, still live.
    let own = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["role"] == "admin")
        .expect("the admin's token")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (status, refused) = server.send(
        Method::DELETE,
        &format!("{TOKENS}/{own}"),
        Some(&admin),
        None,
    );
    assert_eq!(
        (status, error_of(&refused).0),
        (409, "invalid_state"),
        "{refused}"
    );
    let (status, _) = server.send(Method::GET, TOKENS, Some(&admin), None);
    assert_eq!(status, 200);
}

#[test]
fn a_token_past_its_expiry_is_refused_like_a_revoked_one() {
    let (server, admin, _) = server();
    let ends = chrono::Utc::now() + chrono::Duration::seconds(3);
    let invitation = json!({
        "role": "council-editor", "authority": WALSALL, "person": jane(),
        "expires": ends.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
    });
    let (status, issued) = server.send(Method::POST, TOKENS, Some(&admin), Some(&invitation));
    assert_eq!(status, 201, "{issued}");
    let token = issued["token"].as_str().unwrap().to_string();
    assert_eq!(write_with(&server, &token), 201, "it works until it ends");
    while chrono::Utc::now() <= ends + chrono::Duration::milliseconds(100) {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(write_with(&server, &token), 401, "and not after");
    let (_, listed) = server.send(
        Method::GET,
        &format!("{TOKENS}?for={WALSALL}"),
        Some(&admin),
        None,
    );
    let line = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == issued["id"])
        .cloned()
        .unwrap();
    assert_eq!(
        (line["live"].clone(), line["revoked"].clone()),
        (json!(false), Value::Null)
    );
}

/// Runs `offer-atlas token …` against the running server; returns (success, stdout,
/// stderr).
fn cli(args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let mut command = Command::new(BIN);
    command
        .arg("token")
        .args(args)
        .env_remove("OFFER_ATLAS_SERVER")
        .env_remove("OFFER_ATLAS_ADMIN_TOKEN");
    for (k, v) in env {
        command.env(k, v);
    }
    let output = command.output().expect("run offer-atlas");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_command_line_invites_and_revokes_on_a_running_server_effective_at_once() {
    let (server, admin, editor) = server();
    let remote = [
        "--server",
        server.base.as_str(),
        "--admin-token",
        admin.as_str(),
    ];

    // Create: the token is the last word printed, and it works at once.
    let mut args = vec![
        "create",
        "--role",
        "council-editor",
        "--authority",
        WALSALL,
        "--name",
        "Sam Patel",
        "--email",
        "sam.patel@walsall.gov.uk",
        "--expires-in-days",
        "90",
    ];
    args.extend_from_slice(&remote);
    let started = Instant::now();
    let (ok, out, err) = cli(&args, &[]);
    assert!(ok, "{err}");
    let token = out.split_whitespace().last().expect("a token").to_string();
    assert!(token.starts_with("oat_"), "{out}");
    assert_eq!(
        write_with(&server, &token),
        201,
        "the new token works at once"
    );

    // List, by environment instead of flags: Sam is there, with no token shown.
    let env = [
        ("OFFER_ATLAS_SERVER", server.base.as_str()),
        ("OFFER_ATLAS_ADMIN_TOKEN", admin.as_str()),
    ];
    let (ok, listed, err) = cli(&["list", "--for", WALSALL], &env);
    assert!(ok, "{err}");
    assert_eq!(listed.lines().count(), 2, "{listed}");
    let line = listed
        .lines()
        .find(|l| l.contains("Sam Patel <sam.patel@walsall.gov.uk>"))
        .unwrap_or_else(|| panic!("{listed}"));
    assert!(line.contains("live until"), "{line}");
    assert!(!listed.contains("oat_"));
    let id = line.split('\t').next().unwrap().to_string();

    // Revoke by id: the next request with the token is refused, with no restart.
    let mut args = vec!["revoke", id.as_str()];
    args.extend_from_slice(&remote);
    let (ok, _, err) = cli(&args, &[]);
    assert!(ok, "{err}");
    assert_eq!(write_with(&server, &token), 401);
    assert!(started.elapsed() < Duration::from_secs(60));
    let (_, listed, _) = cli(&["list", "--for", WALSALL], &env);
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with(&id) && l.contains("revoked")),
        "{listed}"
    );

    // Refusals come back in the server's words: a non-admin, an unknown id, a staff
    // token without a person.
    let mut args = vec!["list"];
    args.extend_from_slice(&[
        "--server",
        server.base.as_str(),
        "--admin-token",
        editor.as_str(),
    ]);
    let (ok, _, err) = cli(&args, &[]);
    assert!(!ok && err.contains("403"), "{err}");
    let mut args = vec!["revoke", "0123456789ab"];
    args.extend_from_slice(&remote);
    let (ok, _, err) = cli(&args, &[]);
    assert!(!ok && err.contains("404"), "{err}");
    let mut args = vec!["create", "--role", "moderator"];
    args.extend_from_slice(&remote);
    let (ok, _, err) = cli(&args, &[]);
    assert!(
        !ok && err.contains("422") && err.contains("person"),
        "{err}"
    );
    // A server that is not there: said plainly.
    let (ok, _, err) = cli(
        &[
            "list",
            "--server",
            "http://127.0.0.1:9",
            "--admin-token",
            &admin,
        ],
        &[],
    );
    assert!(!ok && err.contains("cannot reach the server"), "{err}");
}

#[test]
fn the_cli_keeps_a_persons_letters_language_and_refuses_one_no_catalogue_holds() {
    let server = TestServer::start();
    let data = server.data.clone();
    server.stop();
    let refused = Command::new(BIN)
        .args([
            "token",
            "create",
            "--role",
            "moderator",
            "--name",
            "Mo Ahmed",
        ])
        .args(["--email", "mo@region.example", "--lang", "xx", "--data"])
        .arg(&data)
        .output()
        .expect("run offer-atlas");
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("--lang must be one of en, ar, fa-AF, ps"),
        "{said}"
    );
    let admin = create_token(
        &data,
        &[
            "--role",
            "admin",
            "--name",
            "Ada",
            "--email",
            "ada@region.example",
        ],
    );
    create_token(
        &data,
        &[
            "--role",
            "moderator",
            "--name",
            "Mo Ahmed",
            "--email",
            "mo@region.example",
            "--lang",
            "ar",
        ],
    );
    let server = TestServer::start_in(data);
    let (status, list) = server.send(Method::GET, "/api/v1/admin/tokens", Some(&admin), None);
    assert_eq!(status, 200, "{list}");
    assert!(list.to_string().contains(r#""lang":"ar""#), "{list}");
    server.stop();
}
