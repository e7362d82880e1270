//! Mail through a real SMTP server (aiosmtpd on this machine): a signatory hears its
//! pledge was published or rejected (with the reason), moderators hear of what waits,
//! editors get the weekly list of offers due for review; nothing is sent without a relay,
//! and a relay that is down loses nothing.

mod support;

use reqwest::Method;
use serde_json::json;
use support::gss::WALSALL;
use support::relay::{free_port, serve_options, Received, Relay};
use support::{create_token, TestServer};

fn registration(name: &str, contact: &str) -> serde_json::Value {
    json!({
        "name": name,
        "kind": "employer",
        "website": "https://employer.example",
        "contact_email": contact,
        "statement": "We offer paid traineeships to care leavers."
    })
}

fn pledge(title: &str) -> serde_json::Value {
    json!({
        "topic": "apprenticeships",
        "title": title,
        "summary": "A paid traineeship for a care leaver.",
        "coverage": {"authorities": [WALSALL]},
        "age_from": 16,
        "age_to": 25
    })
}

/// A moderator publishes pledge `id`.
fn publish(server: &TestServer, id: &str, moderator: &str) {
    let (status, body) = server.send(
        Method::POST,
        &format!("/api/v1/pledges/{id}/publish"),
        Some(moderator),
        None,
    );
    assert_eq!(status, 200, "{body}");
}

/// A stopped server's data with the demo registry and named staff tokens: a moderator,
/// a council editor for Walsall, and one for a council no letter should reach.
fn staff_data() -> (std::path::PathBuf, String) {
    let server = TestServer::start();
    let data = server.data.clone();
    server.stop();
    let moderator = create_token(
        &data,
        &[
            "--role",
            "moderator",
            "--name",
            "Mo Ahmed",
            "--email",
            "mo@region.example",
        ],
    );
    create_token(
        &data,
        &[
            "--role",
            "council-editor",
            "--authority",
            WALSALL,
            "--name",
            "Wendy Hall",
            "--email",
            "wendy@walsall.example",
        ],
    );
    (data, moderator)
}

fn start(data: std::path::PathBuf, relay_port: Option<u16>) -> TestServer {
    let mut options = vec!["--writes-per-minute".to_string(), "1000".to_string()];
    if let Some(port) = relay_port {
        options.extend(serve_options(port));
    }
    let options: Vec<&str> = options.iter().map(String::as_str).collect();
    TestServer::start_in_with(data, &options)
}

fn to(address: &'static str, about: &'static str) -> impl Fn(&Received) -> bool {
    move |m| m.to.contains(address) && m.subject.contains(about)
}

#[test]
fn staff_hear_of_what_needs_them_and_only_through_a_configured_relay() {
    let (data, moderator) = staff_data();

    // No relay: an organisation registers and nothing is queued for it, then or later.
    let server = start(data.clone(), None);
    let (status, _) = server.send(
        Method::POST,
        "/api/v1/organisations",
        None,
        Some(&registration("Quiet Cafe", "jobs@quiet.example")),
    );
    assert_eq!(status, 201);
    server.stop();

    let relay = Relay::start();
    let server = start(data, Some(relay.port));

    // The editors' weekly digest goes out on the first start with a relay: Walsall's
    // seed offers were last reviewed years ago.
    let digest = relay.wait_for(20, to("wendy@walsall.example", "due for review"));
    assert!(digest.subject.starts_with("Walsall"), "{}", digest.subject);
    assert!(digest.from.contains("atlas@region.example"));
    assert!(
        digest
            .body
            .contains("https://atlas.region.example/editor/offers/"),
        "links use the public address: {}",
        digest.body
    );

    // A registration: the moderator hears of it, by name.
    let (status, body) = server.send(
        Method::POST,
        "/api/v1/organisations",
        None,
        Some(&registration("Heron Bakery", "jobs@heron.example")),
    );
    assert_eq!(status, 201, "{body}");
    let org = body["organisation"]["id"].as_str().unwrap().to_string();
    let signatory = body["token"].as_str().unwrap().to_string();
    let waiting = relay.wait_for(20, to("mo@region.example", "Heron Bakery"));
    assert!(waiting
        .body
        .contains("https://atlas.region.example/covenant/moderation"));
    let (status, _) = server.send(
        Method::POST,
        &format!("/api/v1/organisations/{org}/verify"),
        Some(&moderator),
        None,
    );
    assert_eq!(status, 200);

    // A pledge waits: the moderator hears; it is published: the organisation hears.
    let (status, body) = server.send(
        Method::POST,
        &format!("/api/v1/organisations/{org}/pledges"),
        Some(&signatory),
        Some(&pledge("Bakery traineeships")),
    );
    assert_eq!(status, 201, "{body}");
    let first = body["id"].as_str().unwrap().to_string();
    relay.wait_for(20, to("mo@region.example", "Bakery traineeships"));
    publish(&server, &first, &moderator);
    let published = relay.wait_for(20, to("jobs@heron.example", "published"));
    assert!(published.body.contains("Bakery traineeships"));

    // Another is rejected: the organisation hears why.
    let (_, body) = server.send(
        Method::POST,
        &format!("/api/v1/organisations/{org}/pledges"),
        Some(&signatory),
        Some(&pledge("Free bread for life")),
    );
    let second = body["id"].as_str().unwrap().to_string();
    let (status, body) = server.send(
        Method::POST,
        &format!("/api/v1/pledges/{second}/reject"),
        Some(&moderator),
        Some(&json!({"reason": "Say which shops and for how long."})),
    );
    assert_eq!(status, 200, "{body}");
    let rejected = relay.wait_for(20, to("jobs@heron.example", "not published"));
    assert!(rejected.body.contains("Say which shops and for how long."));

    // Nothing was sent for the change made while no relay was configured, nothing twice,
    // and no letter names a care leaver or carries a token.
    let all = relay.received();
    assert!(
        !all.iter().any(|m| m.body.contains("Quiet Cafe")),
        "{all:#?}"
    );
    assert_eq!(
        all.iter()
            .filter(|m| m.subject.starts_with("Your pledge is published"))
            .count(),
        1,
        "{all:#?}"
    );
    assert!(!all.iter().any(|m| m.body.contains("oat_")));
    // Each letter is to one person.
    assert!(all.iter().all(|m| !m.to.contains(',')));
    server.stop();
}

#[test]
fn a_letter_waits_in_the_store_while_the_relay_is_down_and_goes_when_it_is_back() {
    let (data, _) = staff_data();
    let port = free_port();
    // The relay is down: the digest is queued, and the first try fails.
    let server = start(data.clone(), Some(port));
    std::thread::sleep(std::time::Duration::from_secs(3));
    // A restart in between: the letter is in the store, not in memory.
    server.stop();
    let relay = Relay::start_on(port);
    let server = start(data, Some(port));
    let digest = relay.wait_for(60, to("wendy@walsall.example", "due for review"));
    assert!(digest.body.contains("Walsall"));
    // Queued once, sent once: the restart did not queue another digest.
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(relay.received().len(), 1, "{:#?}", relay.received());
    server.stop();
}

/// True when `text` has a letter of the Arabic script.
fn in_arabic_script(text: &str) -> bool {
    text.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c))
}

#[test]
fn an_organisation_registered_in_arabic_gets_its_pledge_letters_in_arabic() {
    let (data, moderator) = staff_data();
    let relay = Relay::start();
    let server = start(data, Some(relay.port));

    // It registers on the registration page, read in Arabic.
    let form: Vec<(&str, &str)> = vec![
        ("name", "Heron Bakery"),
        ("kind", "employer"),
        ("website", "https://heron.example"),
        ("contact_email", "jobs@heron.example"),
        ("statement", "We offer paid traineeships to care leavers."),
    ];
    let response = server
        .client
        .post(server.url("/covenant/register?lang=ar"))
        .form(&form)
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 201);
    let html = response.text().unwrap();
    let signatory = html
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .find(|w| w.starts_with("oat_"))
        .expect("the token is shown")
        .to_string();

    // Its record keeps the language, for its own eyes: the public view leaves it out.
    let (status, own) = server.send(
        Method::GET,
        "/api/v1/organisations/heron-bakery",
        Some(&signatory),
        None,
    );
    assert_eq!(status, 200, "{own}");
    assert_eq!(own["lang"], "ar", "{own}");
    // One registered through the API, which names no language, writes English.
    let (status, body) = server.send(
        Method::POST,
        "/api/v1/organisations",
        None,
        Some(&registration("Quiet Cafe", "jobs@quiet.example")),
    );
    assert_eq!(status, 201, "{body}");
    assert!(body["organisation"].get("lang").is_none(), "{body}");

    let (status, _) = server.send(
        Method::POST,
        "/api/v1/organisations/heron-bakery/verify",
        Some(&moderator),
        None,
    );
    assert_eq!(status, 200);
    let (status, public) = server.get_json("/api/v1/organisations/heron-bakery");
    assert_eq!(status, 200);
    assert!(public.get("lang").is_none(), "{public}");

    // A pledge is published: the organisation hears in Arabic, its title as written.
    let (status, body) = server.send(
        Method::POST,
        "/api/v1/organisations/heron-bakery/pledges",
        Some(&signatory),
        Some(&pledge("Bakery traineeships")),
    );
    assert_eq!(status, 201, "{body}");
    let id = body["id"].as_str().unwrap().to_string();
    publish(&server, &id, &moderator);
    let published = relay.wait_for(20, to("jobs@heron.example", "Bakery traineeships"));
    assert!(
        in_arabic_script(&published.subject),
        "{}",
        published.subject
    );
    assert!(in_arabic_script(&published.body), "{}", published.body);
    assert!(!published.body.contains("moderator"), "{}", published.body);
    assert!(published.body.contains("Heron Bakery"));
    assert!(published
        .body
        .contains("https://atlas.region.example/covenant/pledges"));
    // The moderator, invited with no language, heard of the pledge in English.
    let waiting = relay.wait_for(20, to("mo@region.example", "Bakery traineeships"));
    assert!(waiting.subject.starts_with("A pledge waits for moderation"));
    server.stop();
}
