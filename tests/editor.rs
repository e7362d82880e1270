//! The council editors' workspace and spreadsheet import, through the real server over
//! HTTP (and the real command line): sign in, create, edit, two editors' saves merged
//! (or the fields both changed offered as a choice), reviewed without change, retire
//! with a reason, the history diff; another council's editor refused everywhere; CSRF
//! and cross-origin posts refused; no cookie on public pages; export → import changes
//! nothing; bad rows reported by row and column with nothing imported; .xlsx and .csv
//! alike; re-import idempotent; the CLI's dry run and apply.

mod support;

use std::collections::HashMap;
use std::path::Path;

use atlas_shared::spreadsheet::COLUMNS;
use reqwest::blocking::Client;
use reqwest::Method;
use serde_json::{json, Value};
use support::{create_token, run_cli, text_of, unescape, wait_for, TestServer, BIN};

const WALSALL: &str = "E08000030";
const WILTSHIRE: &str = "E06000054";

/// A server with the demo registry and the tokens asked for (in order).
fn server_with(roles: &[&[&str]], options: &[&str]) -> (TestServer, Vec<String>) {
    let first = TestServer::start();
    let data = first.data.clone();
    first.stop();
    let tokens = roles.iter().map(|r| create_token(&data, r)).collect();
    let mut opts = vec![
        "--writes-per-minute",
        "1000",
        "--refusals-per-minute",
        "1000",
    ];
    opts.extend_from_slice(options);
    (TestServer::start_in_with(data, &opts), tokens)
}

fn walsall_editor() -> &'static [&'static str] {
    &["--role", "council-editor", "--authority", WALSALL]
}

fn wiltshire_editor() -> &'static [&'static str] {
    &["--role", "council-editor", "--authority", WILTSHIRE]
}

/// An answer: status, headers, body.
struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: String,
}

impl Answer {
    fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap_or("").to_string())
            .collect()
    }

    /// The page's text, as a reader sees it (tags out, entities decoded).
    fn text(&self) -> String {
        text_of(&self.body)
    }
}

/// A browser without JavaScript: keeps cookies, does not follow redirects, and posts
/// forms the way the page built them.
struct Browser<'a> {
    server: &'a TestServer,
    client: Client,
    cookies: HashMap<String, String>,
    /// Extra headers on every request (Origin, Sec-Fetch-Site...).
    extra: Vec<(String, String)>,
}

impl<'a> Browser<'a> {
    fn new(server: &'a TestServer) -> Browser<'a> {
        Browser {
            server,
            client: Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            cookies: HashMap::new(),
            extra: Vec::new(),
        }
    }

    fn send(&mut self, request: reqwest::blocking::RequestBuilder) -> Answer {
        let mut request = request;
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            request = request.header("cookie", jar.join("; "));
        }
        for (k, v) in &self.extra {
            request = request.header(k.as_str(), v.as_str());
        }
        let response = request.send().expect("request");
        let answer = Answer {
            status: response.status().as_u16(),
            headers: response.headers().clone(),
            body: response.text().unwrap_or_default(),
        };
        for cookie in answer.set_cookies() {
            let first = cookie.split(';').next().unwrap_or("");
            if let Some((name, value)) = first.split_once('=') {
                if value.is_empty() || cookie.contains("Max-Age=0") {
                    self.cookies.remove(name);
                } else {
                    self.cookies.insert(name.to_string(), value.to_string());
                }
            }
        }
        answer
    }

    fn get(&mut self, path: &str) -> Answer {
        let request = self.client.get(self.server.url(path));
        self.send(request)
    }

    fn post(&mut self, path: &str, fields: &[(String, String)]) -> Answer {
        let body = serde_urlencoded::to_string(fields).unwrap();
        let request = self
            .client
            .post(self.server.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        self.send(request)
    }

    /// Posts the form of `page` whose action is `action`, with fields changed.
    fn submit(&mut self, page: &str, action: &str, changes: &[(&str, &str)]) -> Answer {
        let fields = form_fields(page, action);
        self.post(action, &with(fields, changes))
    }

    fn upload(&mut self, fields: &[(&str, &str)], file_name: &str, bytes: &[u8]) -> Answer {
        let boundary = "----atlas-test-boundary-7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let request = self
            .client
            .post(self.server.url("/editor/import"))
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(body);
        self.send(request)
    }

    fn sign_in(&mut self, token: &str) {
        let page = self.get("/editor/sign-in");
        assert_eq!(page.status, 200);
        let answer = self.submit(&page.body, "/editor/sign-in", &[("token", token)]);
        assert_eq!(answer.status, 303, "{}", answer.text());
        assert_eq!(answer.location(), "/editor");
        assert!(self.cookies.contains_key("atlas_editor"));
    }

    /// The session's CSRF token, from the workspace page of `code`'s offers.
    fn csrf_for(&mut self, code: &str) -> String {
        let page = self.get(&format!("/editor?authority={code}"));
        form_fields(&page.body, "/editor/sign-out")
            .into_iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v)
            .expect("a csrf field")
    }

    /// The session's CSRF token, from any workspace page.
    fn csrf(&mut self) -> String {
        let page = self.get("/editor");
        let page = if page.status == 303 {
            self.get(&format!("/editor?authority={WALSALL}"))
        } else {
            page
        };
        form_fields(&page.body, "/editor/sign-out")
            .into_iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v)
            .expect("a csrf field")
    }
}

/// Replaces or adds fields.
fn with(mut fields: Vec<(String, String)>, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    for (name, value) in changes {
        fields.retain(|(k, _)| k != name);
        fields.push((name.to_string(), value.to_string()));
    }
    fields
}

/// The value of an attribute in a tag's text.
fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(unescape(&tag[start..end]))
}

fn has_attr(tag: &str, name: &str) -> bool {
    tag.contains(&format!(" {name}")) && attr(tag, name).is_none_or(|v| v != "false")
}

/// The fields a form would send as it stands on the page (the first form posting to
/// `action`), buttons left out.
fn form_fields(page: &str, action: &str) -> Vec<(String, String)> {
    let marker = format!("action=\"{action}\"");
    let at = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no form posting to {action}"));
    let start = page[..at].rfind("<form").unwrap();
    let end = page[start..].find("</form>").unwrap() + start;
    let form = &page[start..end];
    let mut fields = Vec::new();
    let mut rest = form;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let tag_end = rest.find('>').unwrap();
        let tag = &rest[..=tag_end];
        if tag.starts_with("<input") {
            let kind = attr(tag, "type").unwrap_or_else(|| "text".into());
            if let Some(name) = attr(tag, "name") {
                let checked = has_attr(tag, "checked");
                if (!matches!(kind.as_str(), "checkbox" | "radio") || checked) && kind != "file" {
                    fields.push((name, attr(tag, "value").unwrap_or_default()));
                }
            }
        } else if tag.starts_with("<textarea") {
            let close = rest.find("</textarea>").unwrap();
            let value = unescape(&rest[tag_end + 1..close]);
            if let Some(name) = attr(tag, "name") {
                fields.push((name, value));
            }
        } else if tag.starts_with("<select") {
            let close = rest.find("</select>").unwrap();
            let inner = &rest[tag_end + 1..close];
            let mut chosen = None;
            let mut first = None;
            for option in inner.split("<option").skip(1) {
                let option_tag = &option[..option.find('>').unwrap() + 1];
                let value = attr(&format!(" {option_tag}"), "value").unwrap_or_default();
                if first.is_none() {
                    first = Some(value.clone());
                }
                if has_attr(&format!(" {option_tag}"), "selected") {
                    chosen = Some(value);
                }
            }
            if let (Some(name), Some(value)) = (attr(tag, "name"), chosen.or(first)) {
                fields.push((name, value));
            }
        }
        rest = &rest[tag_end + 1..];
    }
    fields
}

fn field<'f>(fields: &'f [(String, String)], name: &str) -> &'f str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

fn offer(server: &TestServer, id: &str) -> (u16, Value) {
    server.get_json(&format!("/api/v1/offers/{id}"))
}

fn versions(server: &TestServer, code: &str) -> Vec<(String, u64)> {
    let (status, body) = server.get_json(&format!("/api/v1/authorities/{code}"));
    assert_eq!(status, 200);
    let mut list: Vec<(String, u64)> = body["offers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["id"].as_str().unwrap().to_string(),
                o["version"].as_u64().unwrap(),
            )
        })
        .collect();
    list.sort();
    list
}

/// An offer as the API's PUT takes it: the stored offer without its identity.
fn input_of(offer: &Value) -> Value {
    let mut input = offer.clone();
    for key in ["id", "authority", "updated_at"] {
        input.as_object_mut().unwrap().remove(key);
    }
    input
}

fn history(server: &TestServer, id: &str) -> Value {
    let (status, body) = server.get_json(&format!("/api/v1/offers/{id}/history"));
    assert_eq!(status, 200, "{body}");
    body
}

// ---- the workspace ---------------------------------------------------------------------

#[test]
fn an_editor_signs_in_creates_edits_reviews_retires_and_reads_the_history() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let mut browser = Browser::new(&server);
    // Not signed in: the workspace sends you to sign in.
    let answer = browser.get("/editor");
    assert_eq!((answer.status, answer.location()), (303, "/editor/sign-in"));
    browser.sign_in(&tokens[0]);

    // The council's offers, by category, with review dates and the stale flag.
    let home = browser.get("/editor");
    assert_eq!(home.status, 200, "{}", home.text());
    let text = home.text();
    assert!(
        text.contains("Signed in as the editor for Walsall"),
        "{text}"
    );
    assert!(text.contains("Walsall has 42 offers"), "{text}");
    assert!(home.body.contains("<h2 id=\"atlas-cat-money\">Money</h2>"));
    assert!(home
        .body
        .contains("<h2 id=\"atlas-cat-accommodation\">Somewhere to live</h2>"));
    assert!(text.contains("last reviewed 10 August 2020"));
    assert!(text.contains("Due for review"));
    // Filters: a category, and due for review.
    let money = browser.get(&format!(
        "/editor?authority={WALSALL}&category=money&due=yes"
    ));
    assert_eq!(money.status, 200);
    assert!(money
        .text()
        .contains("Council tax relief wherever you live"));
    assert!(!money.body.contains("id=\"atlas-cat-accommodation\""));
    let bad = browser.get(&format!("/editor?authority={WALSALL}&category=yachts"));
    assert_eq!(bad.status, 400);

    // Create: the form first refuses what the API refuses, in the API's words.
    let new = browser.get(&format!("/editor/offers/new?authority={WALSALL}"));
    assert_eq!(new.status, 200);
    // Topic grouped by category with plain labels; every condition a checkbox.
    assert!(new.body.contains("<optgroup label=\"Money\">"));
    assert!(new.body.contains(">Wifi and internet</option>"));
    assert_eq!(new.body.matches("name=\"conditions\"").count(), 22);
    // Whom it is for, with what it does in the comparison.
    assert!(new.text().contains(
        "A care leaver from another council living here sees: yes. Your own care leaver living elsewhere sees: not shown."
    ));
    assert!(new.text().contains(
        "A care leaver from another council living here sees: ask. Your own care leaver living elsewhere sees: ask."
    ));
    let refused = browser.submit(
        &new.body,
        "/editor/offers/new",
        &[
            ("topic", "wifi"),
            ("age_to", "30"),
            ("summary", "Free wifi."),
        ],
    );
    assert_eq!(refused.status, 422);
    let text = refused.text();
    assert!(text.contains("There is a problem"), "{text}");
    assert!(text.contains("Title: this field is required"), "{text}");
    assert!(
        text.contains("To age: must be an age from 16 to 25"),
        "{text}"
    );
    assert!(
        text.contains("Whom it is for: this field is required"),
        "{text}"
    );
    assert!(refused.body.contains("href=\"#atlas-f-title\""));
    assert!(refused.body.contains("id=\"atlas-f-age-to-error\""));
    // What was typed stays.
    assert!(refused.body.contains(">Free wifi.</textarea>"));

    let created = browser.submit(
        &refused.body,
        "/editor/offers/new",
        &[
            ("title", "Free home wifi for a year"),
            ("age_to", "21"),
            ("applies_to", "own_care_leavers_anywhere"),
            ("basis", "discretionary"),
            ("value.amount_pounds", "120"),
            ("value.per", "year"),
            ("source.document", "Walsall Local Offer 2026"),
            ("source.locator", "page 4"),
        ],
    );
    assert_eq!(created.status, 303, "{}", created.text());
    let location = created.location().to_string();
    assert!(location.contains("done=created"), "{location}");
    let id = location.split("offer=").nth(1).unwrap().to_string();
    assert!(id.starts_with("e08000030-wifi-"), "{id}");
    let listed = browser.get(&location);
    assert!(listed
        .text()
        .contains("“Free home wifi for a year” was added."));
    let (_, stored) = offer(&server, &id);
    assert_eq!(stored["version"], 1);
    assert_eq!(stored["value"]["amount_pence"], 12_000);
    assert_eq!(stored["value"]["per"], "year");
    assert_eq!(stored["category"], "money");
    // Adding an offer is checking it: reviewed today.
    let today = chrono::Utc::now().date_naive().to_string();
    assert_eq!(stored["reviewed"], today);

    // Edit: the form holds every field as stored.
    let edit = browser.get(&format!("/editor/offers/{id}"));
    assert_eq!(edit.status, 200);
    let fields = form_fields(&edit.body, &format!("/editor/offers/{id}"));
    assert_eq!(field(&fields, "title"), "Free home wifi for a year");
    assert_eq!(field(&fields, "value.amount_pounds"), "120");
    assert_eq!(field(&fields, "applies_to"), "own_care_leavers_anywhere");
    assert_eq!(field(&fields, "version"), "1");
    let saved = browser.submit(
        &edit.body,
        &format!("/editor/offers/{id}"),
        &[
            ("summary", "A year of home broadband, paid for."),
            ("conditions", "in_education_or_training"),
        ],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    let (_, stored) = offer(&server, &id);
    assert_eq!(stored["version"], 2);
    assert_eq!(stored["summary"], "A year of home broadband, paid for.");
    assert_eq!(stored["conditions"], json!(["in_education_or_training"]));
    assert!(browser
        .get(saved.location())
        .text()
        .contains("Your change to “Free home wifi for a year” was saved."));

    // Reviewed, no change: a new version whose only change is the review date.
    let before = stored.clone();
    let home = browser.get(&format!("/editor?authority={WALSALL}"));
    let reviewed = browser.submit(&home.body, &format!("/editor/offers/{id}/review"), &[]);
    assert_eq!(reviewed.status, 303, "{}", reviewed.text());
    let (_, stored) = offer(&server, &id);
    assert_eq!(stored["version"], 3);
    assert_eq!(stored["reviewed"], today);
    for key in [
        "title",
        "summary",
        "value",
        "conditions",
        "applies_to",
        "source",
    ] {
        assert_eq!(stored[key], before[key], "{key} changed on review");
    }
    let h = history(&server, &id);
    assert_eq!(h["versions"][2]["action"], "reviewed");
    assert_eq!(
        h["versions"][2]["actor"],
        format!("council-editor:{WALSALL}")
    );
    // Reviewing again from the old page (version 2) is refused, not applied twice.
    let again = browser.submit(&home.body, &format!("/editor/offers/{id}/review"), &[]);
    assert_eq!(again.status, 409);
    assert!(again.text().contains("Someone changed"), "{}", again.text());

    // Retire: a reason is required, then kept in the history.
    let retire = browser.get(&format!("/editor/offers/{id}/retire"));
    assert_eq!(retire.status, 200);
    let no_reason = browser.submit(&retire.body, &format!("/editor/offers/{id}/retire"), &[]);
    assert_eq!(no_reason.status, 422);
    assert!(no_reason.text().contains("Reason: must not be empty"));
    assert_eq!(offer(&server, &id).0, 200);
    let retired = browser.submit(
        &retire.body,
        &format!("/editor/offers/{id}/retire"),
        &[(
            "reason",
            "Replaced by the county's digital inclusion scheme.",
        )],
    );
    assert_eq!(retired.status, 303, "{}", retired.text());
    assert_eq!(offer(&server, &id).0, 410);
    let h = history(&server, &id);
    assert_eq!(h["retired"], true);
    assert_eq!(h["versions"][3]["action"], "retired");
    assert_eq!(
        h["versions"][3]["reason"],
        "Replaced by the county's digital inclusion scheme."
    );

    // The history, field by field, with who and when.
    let page = browser.get(&format!("/editor/offers/{id}/history"));
    assert_eq!(page.status, 200);
    let text = page.text();
    for expected in [
        "Version 4: Retired",
        "Reason: Replaced by the county's digital inclusion scheme.",
        "Version 3: Reviewed, no change",
        "Version 2: Changed",
        "Summary",
        "A year of home broadband, paid for.",
        "Conditions Before (empty) After in education or training",
        "Version 1: Added",
        &format!("By council-editor:{WALSALL} on"),
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
    assert!(page.body.contains("<del>") && page.body.contains("<ins>"));
    // A retired offer's form is gone for good.
    assert_eq!(browser.get(&format!("/editor/offers/{id}")).status, 410);
}

/// Two editors of the same council, each in a browser of their own.
fn two_editors<'s>(server: &'s TestServer, tokens: &[String]) -> (Browser<'s>, Browser<'s>) {
    let mut a = Browser::new(server);
    a.sign_in(&tokens[0]);
    let mut b = Browser::new(server);
    b.sign_in(&tokens[1]);
    (a, b)
}

#[test]
fn two_editors_changing_different_fields_both_keep_their_change() {
    // Issue 23: A sets "To age" to 23 and saves; B, who opened the same version, changes
    // only the title and saves. B's save must not put "To age" back to 25.
    let (server, tokens) = server_with(&[walsall_editor(), walsall_editor()], &[]);
    let (mut a, mut b) = two_editors(&server, &tokens);
    let id = "walsall-leisure";
    let path = format!("/editor/offers/{id}");
    let (_, original) = offer(&server, id);
    let form_a = a.get(&path);
    let form_b = b.get(&path);
    let fields = form_fields(&form_b.body, &path);
    assert_eq!(field(&fields, "version"), "1");
    assert_eq!(field(&fields, "age_to"), "25");

    let saved = a.submit(&form_a.body, &path, &[("age_to", "23")]);
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert_eq!(offer(&server, id).1["version"], 2);

    let title = "Free gym, swimming and classes at four leisure centres";
    let saved = b.submit(&form_b.body, &path, &[("title", title)]);
    // No conflict page: only A changed "To age", only B the title.
    assert_eq!(saved.status, 303, "{}", saved.text());
    let location = saved.location().to_string();
    assert!(location.contains("done=merged"), "{location}");
    let text = b.get(&location).text();
    assert!(
        text.contains(&format!(
            "Your change to “{title}” was saved. Also kept: council-editor:{WALSALL}'s change to To age, saved while you were editing."
        )),
        "{text}"
    );

    // Both changes are saved, and nothing else moved.
    let (_, now) = offer(&server, id);
    assert_eq!(now["version"], 3);
    assert_eq!(now["age_to"], 23);
    assert_eq!(now["title"], title);
    for key in [
        "summary",
        "details",
        "status",
        "applies_to",
        "age_from",
        "value",
        "how_to_access",
        "source",
    ] {
        assert_eq!(now[key], original[key], "{key} changed");
    }
    // Each save is a check: reviewed today.
    let today = chrono::Utc::now().date_naive().to_string();
    assert_eq!(now["reviewed"], today);
    let h = history(&server, id);
    assert_eq!(h["versions"][1]["record"]["age_to"], 23);
    assert_eq!(h["versions"][2]["record"]["age_to"], 23);
    assert_eq!(h["versions"][2]["record"]["title"], title);
    assert_eq!(h["versions"][2]["action"], "updated");
    // Opening the offer again shows both.
    let fields = form_fields(&b.get(&path).body, &path);
    assert_eq!(field(&fields, "age_to"), "23");
    assert_eq!(field(&fields, "title"), title);
    assert_eq!(field(&fields, "version"), "3");
}

#[test]
fn two_editors_changing_the_same_field_choose_whose_to_keep() {
    let (server, tokens) = server_with(&[walsall_editor(), walsall_editor()], &[]);
    let (mut a, mut b) = two_editors(&server, &tokens);
    let id = "walsall-leisure";
    let path = format!("/editor/offers/{id}");
    let (_, original) = offer(&server, id);
    let original_title = original["title"].as_str().unwrap();
    let form_a = a.get(&path);
    let form_b = b.get(&path);

    let saved = a.submit(
        &form_a.body,
        &path,
        &[
            ("title", "Their title"),
            ("summary", "Their summary, saved first."),
        ],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());

    // B changed the title too: the conflict page asks about the title, and only it.
    let conflict = b.submit(
        &form_b.body,
        &path,
        &[
            ("title", "My title"),
            ("contact", "leisure@walsall.example"),
            ("age_to", "23"),
        ],
    );
    assert_eq!(conflict.status, 409, "{}", conflict.text());
    let text = conflict.text();
    for expected in [
        "Someone else saved this offer first",
        &format!("council-editor:{WALSALL} saved version 2"),
        "while you were changing version 1",
        "Kept without asking, because only one of you changed them: their change to Summary; your change to To age and Contact.",
        "You both changed Title. Choose whose to keep for each, then save.",
        &format!("Title Original (version 1, where you started) {original_title} Theirs (version 2, saved by council-editor:{WALSALL}) Their title Yours (what you typed) My title Keep theirs Keep mine"),
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
    assert_eq!(conflict.body.matches("type=\"radio\"").count(), 2);
    assert!(conflict.body.contains("<legend>Title</legend>"));
    assert!(conflict
        .body
        .contains("<label for=\"atlas-keep-title-mine\">Keep mine</label>"));
    assert!(!text.contains("what you typed: 25"));
    // The merged fields travel with the version saved since; nothing is saved yet.
    let fields = form_fields(&conflict.body, &path);
    assert_eq!(field(&fields, "version"), "2");
    assert_eq!(field(&fields, "summary"), "Their summary, saved first.");
    assert_eq!(field(&fields, "contact"), "leisure@walsall.example");
    assert_eq!(field(&fields, "age_to"), "23");
    assert_eq!(field(&fields, "csrf"), b.csrf());
    assert_eq!(offer(&server, id).1["version"], 2);

    // Saving without a choice: the error summary links to the choice.
    let refused = b.submit(&conflict.body, &path, &[]);
    assert_eq!(refused.status, 422, "{}", refused.text());
    let text = refused.text();
    assert!(text.contains("There is a problem"), "{text}");
    assert!(
        text.contains("Title: choose whose to keep, theirs or yours"),
        "{text}"
    );
    assert!(refused.body.contains("href=\"#atlas-keep-title\""));
    assert!(refused.body.contains("id=\"atlas-keep-title-error\""));
    assert!(text.contains("their change to Summary; your change to To age and Contact."));
    assert_eq!(offer(&server, id).1["version"], 2);

    // Meanwhile A changes the details: B's choices are merged with that too.
    let form_a = a.get(&path);
    let saved = a.submit(&form_a.body, &path, &[("details", "Their new details.")]);
    assert_eq!(saved.status, 303, "{}", saved.text());

    let chosen = b.submit(&refused.body, &path, &[("keep.title", "mine")]);
    assert_eq!(chosen.status, 303, "{}", chosen.text());
    assert!(
        b.get(chosen.location()).text().contains(&format!(
            "Your change to “My title” was saved. Also kept: council-editor:{WALSALL}'s change to Details, saved while you were editing."
        )),
        "{}",
        chosen.location()
    );
    let (_, now) = offer(&server, id);
    assert_eq!(now["version"], 4);
    assert_eq!(now["title"], "My title");
    assert_eq!(now["summary"], "Their summary, saved first.");
    assert_eq!(now["details"], "Their new details.");
    assert_eq!(now["contact"], "leisure@walsall.example");
    assert_eq!(now["age_to"], 23);
    assert_eq!(now["value"], original["value"]);

    // Keeping theirs keeps their value, with the rest of what was typed.
    let form_b = b.get(&path);
    let form_a = a.get(&path);
    let saved = a.submit(&form_a.body, &path, &[("contact", "Ask at the TLC Hub")]);
    assert_eq!(saved.status, 303, "{}", saved.text());
    let conflict = b.submit(
        &form_b.body,
        &path,
        &[("contact", "0800 000 000"), ("age_from", "17")],
    );
    assert_eq!(conflict.status, 409, "{}", conflict.text());
    let kept = b.submit(&conflict.body, &path, &[("keep.contact", "theirs")]);
    assert_eq!(kept.status, 303, "{}", kept.text());
    let (_, now) = offer(&server, id);
    assert_eq!(now["version"], 6);
    assert_eq!(now["contact"], "Ask at the TLC Hub");
    assert_eq!(now["age_from"], 17);
}

#[test]
fn changes_that_do_not_fit_together_are_offered_as_a_choice() {
    // A raises "From age" to 24, B lowers "To age" to 23: each fine alone, not together.
    let (server, tokens) = server_with(&[walsall_editor(), walsall_editor()], &[]);
    let (mut a, mut b) = two_editors(&server, &tokens);
    let id = "walsall-leisure";
    let path = format!("/editor/offers/{id}");
    let form_a = a.get(&path);
    let form_b = b.get(&path);
    let saved = a.submit(&form_a.body, &path, &[("age_from", "24")]);
    assert_eq!(saved.status, 303, "{}", saved.text());
    let conflict = b.submit(&form_b.body, &path, &[("age_to", "23")]);
    assert_eq!(conflict.status, 409, "{}", conflict.text());
    assert!(conflict
        .text()
        .contains("You both changed From age and To age."));
    let fields = form_fields(&conflict.body, &path);
    assert_eq!(field(&fields, "theirs.age_from"), "24");
    assert_eq!(field(&fields, "mine.age_to"), "23");
    // Keeping both sides' own change is still refused, in the form with every field.
    let refused = b.submit(
        &conflict.body,
        &path,
        &[("keep.age_from", "theirs"), ("keep.age_to", "mine")],
    );
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert!(refused
        .text()
        .contains("To age: must not be below age_from"));
    let kept = b.submit(
        &conflict.body,
        &path,
        &[("keep.age_from", "mine"), ("keep.age_to", "mine")],
    );
    assert_eq!(kept.status, 303, "{}", kept.text());
    let (_, now) = offer(&server, id);
    assert_eq!(
        (now["age_from"].as_u64(), now["age_to"].as_u64()),
        (Some(16), Some(23))
    );
    assert_eq!(now["version"], 3);
}

#[test]
fn a_preview_shows_what_care_leavers_see_before_and_after_without_saving() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let mut browser = Browser::new(&server);
    browser.sign_in(&tokens[0]);
    let id = "walsall-council-tax";
    let (_, before) = offer(&server, id);
    assert_eq!(before["applies_to"], "own_care_leavers_anywhere");
    let form = browser.get(&format!("/editor/offers/{id}"));
    let preview = browser.submit(
        &form.body,
        &format!("/editor/offers/{id}"),
        &[
            ("action", "preview"),
            ("applies_to", "own_care_leavers_in_area"),
            ("preview_neighbour", WILTSHIRE),
            ("preview_age", "19"),
        ],
    );
    assert_eq!(preview.status, 200, "{}", preview.text());
    let text = preview.text();
    assert!(
        text.contains("What care leavers would see (not saved yet)"),
        "{text}"
    );
    assert!(text.contains("The comparison at age 19"));
    assert!(text.contains("A care leaver from Wiltshire moving to Walsall"));
    assert!(text.contains("One of Walsall's own care leavers moving to Wiltshire"));
    assert!(
        text.contains("Council tax help: changes with your edit"),
        "{text}"
    );
    // Moving away: Walsall's relief followed them before (kept); after the edit it
    // would not, leaving only Wiltshire's planned exemption to ask about.
    let away = &text[text.find("One of Walsall's own").unwrap()..];
    let after_moving = &away[away.find("After moving to Wiltshire").unwrap()..];
    let after_moving = &after_moving[..after_moving.find("Topic").unwrap()];
    assert_eq!(
        after_moving,
        "After moving to Wiltshire \
         Before Keep Council tax relief wherever you live – Walsall: yes \
         Council tax exemption until 25 (awaiting approval) – Wiltshire: Planned – not available yet \
         After your edit Ask \
         Council tax exemption until 25 (awaiting approval) – Wiltshire: Planned – not available yet "
    );
    // The form keeps the edit and the preview's choices; nothing was saved.
    let fields = form_fields(&preview.body, &format!("/editor/offers/{id}"));
    assert_eq!(field(&fields, "applies_to"), "own_care_leavers_in_area");
    assert_eq!(field(&fields, "preview_neighbour"), WILTSHIRE);
    assert_eq!(field(&fields, "preview_age"), "19");
    let (_, after) = offer(&server, id);
    assert_eq!(after, before);
    // An edit that changes nothing a care leaver sees says so.
    let same = browser.submit(
        &form.body,
        &format!("/editor/offers/{id}"),
        &[("action", "preview"), ("reviewed", "2026-01-15")],
    );
    assert!(same
        .text()
        .contains("Your edit changes nothing they see here."));
}

#[test]
fn another_councils_editor_is_refused_on_every_page_and_action() {
    let (server, tokens) = server_with(&[wiltshire_editor(), &["--role", "moderator"]], &[]);
    let mut browser = Browser::new(&server);
    browser.sign_in(&tokens[0]);
    let csrf = browser.csrf();
    let before = versions(&server, WALSALL);
    let id = "walsall-leisure";
    // Its own council works.
    assert_eq!(browser.get("/editor").status, 200);
    assert_eq!(
        browser
            .get(&format!("/editor?authority={WILTSHIRE}"))
            .status,
        200
    );
    for path in [
        format!("/editor?authority={WALSALL}"),
        format!("/editor/offers/new?authority={WALSALL}"),
        format!("/editor/offers/{id}"),
        format!("/editor/offers/{id}/history"),
        format!("/editor/offers/{id}/retire"),
        format!("/editor/offers.csv?authority={WALSALL}"),
        format!("/editor/import?authority={WALSALL}"),
    ] {
        let answer = browser.get(&path);
        assert_eq!(answer.status, 403, "GET {path}");
        assert!(answer
            .text()
            .contains("You may change only your own council's offers."));
    }
    let c = csrf.as_str();
    for (path, fields) in [
        (
            "/editor/offers/new".to_string(),
            vec![("csrf", c), ("authority", WALSALL), ("title", "x")],
        ),
        (
            format!("/editor/offers/{id}"),
            vec![
                ("csrf", c),
                ("version", "1"),
                ("title", "x"),
                ("action", "save"),
            ],
        ),
        (
            format!("/editor/offers/{id}"),
            vec![("csrf", c), ("version", "1"), ("action", "preview")],
        ),
        (
            format!("/editor/offers/{id}/review"),
            vec![("csrf", c), ("version", "1")],
        ),
        (
            format!("/editor/offers/{id}/retire"),
            vec![("csrf", c), ("version", "1"), ("reason", "x")],
        ),
    ] {
        let fields: Vec<(String, String)> = fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(browser.post(&path, &fields).status, 403, "POST {path}");
    }
    let csv = server
        .get(&format!("/api/v1/authorities/{WALSALL}/offers.csv"))
        .bytes()
        .unwrap();
    let upload = browser.upload(&[("csrf", c), ("authority", WALSALL)], "walsall.csv", &csv);
    assert_eq!(upload.status, 403, "{}", upload.text());
    assert_eq!(
        versions(&server, WALSALL),
        before,
        "a Walsall offer changed"
    );

    // A token that is not an editor's cannot sign in at all.
    let mut moderator = Browser::new(&server);
    let page = moderator.get("/editor/sign-in");
    let answer = moderator.submit(&page.body, "/editor/sign-in", &[("token", &tokens[1])]);
    assert_eq!(answer.status, 403);
    assert!(!moderator.cookies.contains_key("atlas_editor"));
}

#[test]
fn posts_without_the_forms_token_or_from_another_site_are_refused() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let mut browser = Browser::new(&server);
    browser.sign_in(&tokens[0]);
    let id = "walsall-leisure";
    let form = browser.get(&format!("/editor/offers/{id}"));
    let fields = form_fields(&form.body, &format!("/editor/offers/{id}"));
    let action = format!("/editor/offers/{id}");
    let changed = with(fields.clone(), &[("title", "Changed by a forged form")]);

    let without: Vec<(String, String)> = changed
        .iter()
        .filter(|(k, _)| k != "csrf")
        .cloned()
        .collect();
    let answer = browser.post(&action, &without);
    assert_eq!(answer.status, 403);
    assert!(answer.text().contains("did not come from the workspace"));
    let wrong = with(changed.clone(), &[("csrf", &"0".repeat(64))]);
    assert_eq!(browser.post(&action, &wrong).status, 403);

    // The right token, but sent by another site.
    browser.extra = vec![("origin".into(), "https://evil.example".into())];
    let answer = browser.post(&action, &changed);
    assert_eq!(answer.status, 403);
    assert!(answer.text().contains("sent from another website"));
    browser.extra = vec![("sec-fetch-site".into(), "cross-site".into())];
    assert_eq!(browser.post(&action, &changed).status, 403);
    browser.extra = vec![("origin".into(), "null".into())];
    assert_eq!(browser.post(&action, &changed).status, 403);
    // Sec-Fetch-Site decides when a browser sends it, whatever the origin says.
    browser.extra = vec![
        ("origin".into(), server.base.clone()),
        ("sec-fetch-site".into(), "same-site".into()),
    ];
    assert_eq!(browser.post(&action, &changed).status, 403);
    assert_eq!(
        offer(&server, id).1["version"],
        1,
        "a refused post changed it"
    );

    // From the workspace's own origin, as a browser sends it, it goes through (the
    // workspace asks browsers to send their origin).
    let page = browser.get(&format!("/editor/offers/{id}"));
    assert_eq!(page.headers["referrer-policy"], "same-origin");
    let origin = server.base.clone();
    browser.extra = vec![
        ("origin".into(), origin),
        ("sec-fetch-site".into(), "same-origin".into()),
    ];
    assert_eq!(browser.post(&action, &changed).status, 303);
    assert_eq!(offer(&server, id).1["title"], "Changed by a forged form");

    // Sign-in has its own token, tied to a cookie: a bare post is refused.
    let mut stranger = Browser::new(&server);
    let answer = stranger.post(
        "/editor/sign-in",
        &[
            ("token".to_string(), tokens[0].clone()),
            ("csrf".to_string(), "a".repeat(64)),
        ],
    );
    assert_eq!(answer.status, 403);
    assert!(!stranger.cookies.contains_key("atlas_editor"));
    // Sign-out is a post with the token too: a link cannot sign anyone out.
    let answer = browser.post("/editor/sign-out", &[]);
    assert_eq!(answer.status, 403);
    assert_eq!(browser.get("/editor").status, 200);
}

#[test]
fn the_session_cookie_is_strict_and_signing_out_ends_the_session_on_the_server() {
    let (server, tokens) = server_with(&[walsall_editor()], &["--trusted-proxy", "127.0.0.1"]);
    let mut browser = Browser::new(&server);
    let page = browser.get("/editor/sign-in");
    let fields = form_fields(&page.body, "/editor/sign-in");
    let answer = browser.post("/editor/sign-in", &with(fields, &[("token", &tokens[0])]));
    assert_eq!(answer.status, 303);
    let cookie = answer
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("atlas_editor="))
        .expect("a session cookie");
    for part in [
        "HttpOnly",
        "SameSite=Strict",
        "Path=/editor",
        "Max-Age=28800",
    ] {
        assert!(cookie.contains(part), "{cookie}");
    }
    // Plain HTTP: not Secure (the browser would drop it).
    assert!(!cookie.contains("Secure"), "{cookie}");
    let session = browser.cookies["atlas_editor"].clone();

    // Behind a trusted proxy that says HTTPS: Secure.
    browser.extra = vec![("x-forwarded-proto".into(), "https".into())];
    let answer = browser.get("/editor");
    assert_eq!(answer.status, 200);
    let renewed = answer.set_cookies().join("\n");
    assert!(
        renewed.contains("atlas_editor=") && renewed.contains("; Secure"),
        "{renewed}"
    );
    browser.extra.clear();

    // Sign out: the cookie is cleared and the session is gone on the server too, so the
    // old cookie, replayed, opens nothing.
    let home = browser.get("/editor");
    let signed_out = browser.submit(&home.body, "/editor/sign-out", &[]);
    assert_eq!(signed_out.status, 200);
    assert!(signed_out.text().contains("You are signed out."));
    assert!(signed_out
        .set_cookies()
        .iter()
        .any(|c| c.starts_with("atlas_editor=;") && c.contains("Max-Age=0")));
    let mut replay = Browser::new(&server);
    replay.cookies.insert("atlas_editor".into(), session);
    let answer = replay.get("/editor");
    assert_eq!((answer.status, answer.location()), (303, "/editor/sign-in"));
    let answer = replay.post(
        "/editor/offers/walsall-leisure/review",
        &[("version".into(), "1".into())],
    );
    assert_eq!(answer.status, 401);
}

#[test]
fn a_restart_keeps_staff_signed_in_and_revoking_the_token_ends_the_session() {
    let options = [
        "--writes-per-minute",
        "1000",
        "--refusals-per-minute",
        "1000",
    ];
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let data = server.data.clone();
    let (session, page) = {
        let mut browser = Browser::new(&server);
        browser.sign_in(&tokens[0]);
        let home = browser.get(&format!("/editor?authority={WALSALL}"));
        assert_eq!(home.status, 200);
        (browser.cookies["atlas_editor"].clone(), home.body)
    };
    let (_, before) = offer(&server, "walsall-leisure");
    server.stop();

    // The server restarts; the form the editor had open is sent after it, and saved.
    let server = TestServer::start_in_with(data.clone(), &options);
    let mut browser = Browser::new(&server);
    browser
        .cookies
        .insert("atlas_editor".into(), session.clone());
    let home = browser.get(&format!("/editor?authority={WALSALL}"));
    assert_eq!(home.status, 200, "still signed in after a restart");
    let reviewed = browser.submit(&page, "/editor/offers/walsall-leisure/review", &[]);
    assert_eq!(reviewed.status, 303, "{}", reviewed.text());
    let (_, after) = offer(&server, "walsall-leisure");
    assert_eq!(after["version"], before["version"].as_u64().unwrap() + 1);
    server.stop();

    // The token is revoked while the server is stopped: its session ends with it.
    run_cli(&data, &["token", "revoke", &tokens[0]]);
    let server = TestServer::start_in_with(data, &options);
    let mut browser = Browser::new(&server);
    browser.cookies.insert("atlas_editor".into(), session);
    let answer = browser.get("/editor");
    assert_eq!((answer.status, answer.location()), (303, "/editor/sign-in"));
}

#[test]
fn history_names_the_person_who_changed_an_offer_and_never_their_address() {
    let jane: &[&str] = &[
        "--role",
        "council-editor",
        "--authority",
        WALSALL,
        "--name",
        "Jane Smith",
        "--email",
        "jane.smith@walsall.gov.uk",
    ];
    let (server, tokens) = server_with(&[jane, walsall_editor()], &[]);
    // Through the workspace: signed in with her token, she marks an offer reviewed.
    let mut browser = Browser::new(&server);
    browser.sign_in(&tokens[0]);
    let home = browser.get(&format!("/editor?authority={WALSALL}"));
    assert!(
        home.text().contains("Jane Smith"),
        "the workspace says who is signed in"
    );
    let reviewed = browser.submit(&home.body, "/editor/offers/walsall-leisure/review", &[]);
    assert_eq!(reviewed.status, 303, "{}", reviewed.text());
    let record = history(&server, "walsall-leisure");
    let versions = record["versions"].as_array().expect("versions");
    let last = versions.last().expect("a version");
    assert_eq!(
        last["actor"],
        format!("Jane Smith (council-editor:{WALSALL})")
    );
    assert!(
        !record.to_string().contains("jane.smith@"),
        "no address in the history"
    );

    // Through the API with her token, and with a token that names no one.
    for (token, title, signed) in [
        (
            &tokens[0],
            "Free use of the council's leisure centres",
            format!("Jane Smith (council-editor:{WALSALL})"),
        ),
        (
            &tokens[1],
            "Free use of the council's four leisure centres",
            format!("council-editor:{WALSALL}"),
        ),
    ] {
        let (_, offer_now) = offer(&server, "walsall-leisure");
        let mut input = input_of(&offer_now);
        input["title"] = json!(title);
        let (status, _) = server.send(
            reqwest::Method::PUT,
            "/api/v1/offers/walsall-leisure",
            Some(token),
            Some(&input),
        );
        assert_eq!(status, 200);
        let record = history(&server, "walsall-leisure");
        let versions = record["versions"].as_array().unwrap();
        assert_eq!(versions.last().unwrap()["actor"], signed);
    }

    // The command line lists a council's people, with their addresses (staff only).
    let data = server.data.clone();
    server.stop();
    let listed = run_cli(&data, &["token", "list", "--for", WALSALL]);
    assert_eq!(listed.lines().count(), 2, "{listed}");
    assert!(
        listed.contains("Jane Smith <jane.smith@walsall.gov.uk>"),
        "{listed}"
    );
    assert!(run_cli(&data, &["token", "list", "--for", WILTSHIRE])
        .trim()
        .is_empty());
}

/// The ids a search answer lists.
fn hit_ids(body: &Value) -> Vec<String> {
    body["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| h["id"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn a_retired_offer_is_listed_with_who_retired_it_and_restoring_it_makes_it_public_again() {
    let jane: &[&str] = &[
        "--role",
        "council-editor",
        "--authority",
        WALSALL,
        "--name",
        "Jane Smith",
        "--email",
        "jane.smith@walsall.gov.uk",
    ];
    let ann: &[&str] = &[
        "--role",
        "admin",
        "--name",
        "Ann Admin",
        "--email",
        "ann@atlas.example.org",
    ];
    let (server, tokens) = server_with(&[jane, ann, wiltshire_editor()], &[]);
    let id = "walsall-leisure";
    let search = format!("/api/v1/search?q=leisure+centres&authority={WALSALL}&type=offer");
    wait_for(&server, &search, |b| hit_ids(b).contains(&id.to_string()));
    let (_, before) = offer(&server, id);

    // Jane retires it with a reason: gone from the API, the public page and search.
    let mut browser = Browser::new(&server);
    browser.sign_in(&tokens[0]);
    let form = browser.get(&format!("/editor/offers/{id}/retire"));
    let retired = browser.submit(
        &form.body,
        &format!("/editor/offers/{id}/retire"),
        &[("reason", "The leisure centres closed for rebuilding.")],
    );
    assert_eq!(retired.status, 303, "{}", retired.text());
    assert_eq!(offer(&server, id).0, 410);
    assert_eq!(server.get(&format!("/offers/{id}")).status().as_u16(), 410);
    wait_for(&server, &search, |b| !hit_ids(b).contains(&id.to_string()));

    // The workspace links to the retired offers, which say when, who and why.
    let home = browser.get(&format!("/editor?authority={WALSALL}"));
    assert!(home
        .body
        .contains(&format!("href=\"/editor/retired?authority={WALSALL}\"")));
    let list = browser.get("/editor/retired");
    assert_eq!(list.status, 200, "{}", list.text());
    let text = list.text();
    assert!(
        text.contains("Free use of the council's four leisure centres"),
        "{text}"
    );
    assert!(text.contains("by Jane Smith"), "{text}");
    assert!(
        !text.contains("council-editor:"),
        "the signer, not the signature: {text}"
    );
    assert!(
        text.contains("The leisure centres closed for rebuilding."),
        "{text}"
    );
    let retired_history = browser.get(&format!("/editor/offers/{id}/history"));
    assert!(
        retired_history
            .body
            .contains(&format!("href=\"/editor/retired?authority={WALSALL}\"")),
        "a retired offer's history leads to the retired offers"
    );
    let today = chrono::Utc::now().format("%-d %B %Y").to_string();
    assert!(text.contains(&format!("Retired on {today}")), "{text}");

    // A restore without the session's token is refused and changes nothing.
    let action = format!("/editor/offers/{id}/restore");
    let mut fields = form_fields(&list.body, &action);
    let forged = with(fields.clone(), &[("csrf", "0000")]);
    assert_eq!(browser.post(&action, &forged).status, 403);
    assert_eq!(offer(&server, id).0, 410);
    // Another council's editor may not restore it, nor see the list of Walsall's.
    let mut other = Browser::new(&server);
    other.sign_in(&tokens[2]);
    assert_eq!(
        other
            .get(&format!("/editor/retired?authority={WALSALL}"))
            .status,
        403
    );
    let other_csrf = other.csrf_for(WILTSHIRE);
    fields.retain(|(k, _)| k != "csrf");
    fields.push(("csrf".into(), other_csrf));
    assert_eq!(other.post(&action, &fields).status, 403);
    assert_eq!(offer(&server, id).0, 410);

    // Jane restores it: public again at a new version, the same as before, and found.
    let restored = browser.submit(&list.body, &action, &[]);
    assert_eq!(restored.status, 303, "{}", restored.text());
    assert!(
        restored.location().contains("done=restored"),
        "{}",
        restored.location()
    );
    let landed = browser.get(restored.location());
    assert!(landed.text().contains("was restored"), "{}", landed.text());
    let (status, now) = offer(&server, id);
    assert_eq!(status, 200, "{now}");
    assert_eq!(now["version"], before["version"].as_u64().unwrap() + 2);
    assert_eq!(
        input_of(&now).as_object().map(|o| o.len()),
        input_of(&before).as_object().map(|o| o.len())
    );
    let mut same = input_of(&now);
    same["version"] = before["version"].clone();
    assert_eq!(same, input_of(&before), "restored as it was");
    assert_eq!(server.get(&format!("/offers/{id}")).status().as_u16(), 200);
    wait_for(&server, &search, |b| hit_ids(b).contains(&id.to_string()));
    let record = history(&server, id);
    assert_eq!(record["retired"], false);
    let last = record["versions"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["action"], "restored");
    assert_eq!(
        last["actor"],
        format!("Jane Smith (council-editor:{WALSALL})")
    );
    let page = browser.get(&format!("/editor/offers/{id}/history"));
    assert!(
        page.text().contains("Restored By Jane Smith"),
        "{}",
        page.text()
    );
    assert!(!browser
        .get("/editor/retired")
        .text()
        .contains("four leisure centres"));

    // The same form again: the offer is no longer retired, so nothing happens (409).
    let again = browser.submit(&list.body, &action, &[]);
    assert_eq!(again.status, 409, "{}", again.text());
    assert_eq!(offer(&server, id).1["version"], now["version"]);

    // Through the API: retire, then restore naming the version read.
    let restore = format!("/api/v1/offers/{id}/restore");
    let (status, gone) = server.send(
        Method::DELETE,
        &format!("/api/v1/offers/{id}"),
        Some(&tokens[1]),
        None,
    );
    assert_eq!(status, 200, "{gone}");
    let at = gone["version"].as_u64().unwrap();
    for (token, body, expected, field) in [
        (&tokens[2], json!({ "version": at }), 403, None),
        (
            &tokens[1],
            json!({ "version": at - 1 }),
            409,
            Some("version"),
        ),
        (
            &tokens[1],
            json!({ "version": "latest" }),
            422,
            Some("version"),
        ),
        (&tokens[1], json!({}), 422, Some("version")),
        (
            &tokens[1],
            json!({ "version": at, "why": "x" }),
            422,
            Some("why"),
        ),
    ] {
        let (status, answer) = server.send(Method::POST, &restore, Some(token), Some(&body));
        assert_eq!(status, expected, "{body} → {answer}");
        if let Some(field) = field {
            assert_eq!(answer["error"]["field"], field, "{answer}");
        }
        assert_eq!(offer(&server, id).0, 410, "nothing restored by {body}");
    }
    let (status, _) = server.send(
        Method::POST,
        "/api/v1/offers/walsall-nothing/restore",
        Some(&tokens[1]),
        Some(&json!({ "version": 1 })),
    );
    assert_eq!(status, 404);
    let (status, back) = server.send(
        Method::POST,
        &restore,
        Some(&tokens[1]),
        Some(&json!({ "version": at })),
    );
    assert_eq!(status, 200, "{back}");
    assert_eq!(back["version"], at + 1);
    let (status, answer) = server.send(
        Method::POST,
        &restore,
        Some(&tokens[1]),
        Some(&json!({ "version": at + 1 })),
    );
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (409, Some("invalid_state"))
    );
    let last = history(&server, id)["versions"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["actor"], "Ann Admin (admin)");
    wait_for(&server, &search, |b| hit_ids(b).contains(&id.to_string()));

    // A restore from a list read before someone restored and retired it again is stale:
    // refused (409), saying why, and the offer stays retired.
    let (status, _) = server.send(
        Method::DELETE,
        &format!("/api/v1/offers/{id}"),
        Some(&tokens[1]),
        None,
    );
    assert_eq!(status, 200);
    let stale_list = browser.get("/editor/retired");
    let (_, back) = server.send(
        Method::POST,
        &restore,
        Some(&tokens[1]),
        Some(&json!({ "version": at + 2 })),
    );
    assert_eq!(back["version"], at + 3, "{back}");
    let (status, _) = server.send(
        Method::DELETE,
        &format!("/api/v1/offers/{id}"),
        Some(&tokens[1]),
        None,
    );
    assert_eq!(status, 200);
    let stale = browser.submit(&stale_list.body, &action, &[]);
    assert_eq!(stale.status, 409, "{}", stale.text());
    assert!(stale.text().contains("Someone changed"), "{}", stale.text());
    assert_eq!(offer(&server, id).0, 410);
}

#[test]
fn a_board_member_signs_in_and_writes_a_signed_dated_note_in_the_browser() {
    let gm = "greater-manchester";
    let priya: &[&str] = &[
        "--role",
        "board",
        "--partnership",
        gm,
        "--name",
        "Priya Shah",
        "--email",
        "priya.shah@example.gov.uk",
    ];
    let (server, tokens) = server_with(&[priya, walsall_editor()], &[]);
    let mut board = Browser::new(&server);
    board.sign_in(&tokens[0]);
    // The workspace sends a board member to their board's notes.
    let home = board.get("/editor");
    assert_eq!(
        (home.status, home.location()),
        (303, format!("/editor/board/{gm}").as_str())
    );
    let page = board.get(&format!(
        "/editor/board/{gm}?member=E08000009&item=free-travel"
    ));
    assert_eq!(page.status, 200, "{}", page.text());
    assert!(
        page.text().contains("Signed in as Priya Shah"),
        "{}",
        page.text()
    );
    // Not an offer editor.
    assert_eq!(board.get("/editor/offers/walsall-leisure").status, 403);

    // A note with evidence that is not a web address: the page again, saying so.
    let action = format!("/editor/board/{gm}");
    let bad = board.submit(
        &page.body,
        &action,
        &[("text", "Funds travel to 25"), ("evidence_url", "minutes")],
    );
    assert_eq!(bad.status, 422, "{}", bad.text());
    assert!(bad.text().contains("There is a problem") && bad.text().contains("Evidence"));
    // Sent again, right: saved, signed and dated, on the workspace and the public page.
    let text = "Trafford funds travel to 25 from April (board minutes, 3 March)";
    let saved = board.submit(
        &bad.body,
        &action,
        &[
            ("text", text),
            ("evidence_url", "https://example.org/minutes"),
        ],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    let after = board.get(saved.location());
    assert!(after.text().contains("The note was saved."));
    let today = atlas_shared::long_date(chrono::Utc::now().date_naive());
    let public = server.get(&format!("/board/{gm}")).text().unwrap();
    assert!(public.contains(text), "the note is on the board's page");
    assert!(
        public.contains(&format!("(Priya Shah, {today})")),
        "signed and dated"
    );
    let (_, matrix) = server.get_json(&format!("/api/v1/partnerships/{gm}/consistency"));
    assert!(!matrix.to_string().contains("priya.shah@"));

    // A council editor may not write a board's notes.
    let mut editor = Browser::new(&server);
    editor.sign_in(&tokens[1]);
    assert_eq!(editor.get(&format!("/editor/board/{gm}")).status, 403);
}

#[test]
fn a_save_in_the_workspace_keeps_what_the_form_does_not_change() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    // Through the API: an "up to" loan, delivered in the area, closed to new referrals over
    // 17, read from an undated page.
    let (_, current) = offer(&server, "walsall-leisure");
    let mut input = input_of(&current);
    input["value"] = json!({"amount_pence": 30000, "per": "once", "up_to": true, "loan": true});
    input["delivery"] = json!("local_service");
    input["new_referrals_to"] = json!(17);
    input["source"]["read"] = json!("2026-12-01");
    let (status, body) = server.send(
        reqwest::Method::PUT,
        "/api/v1/offers/walsall-leisure",
        Some(&tokens[0]),
        Some(&input),
    );
    assert_eq!(status, 200, "{body}");

    // In the workspace, only the title changes.
    let mut browser = Browser::new(&server);
    browser.sign_in(&tokens[0]);
    let form = browser.get("/editor/offers/walsall-leisure");
    assert_eq!(form.status, 200);
    let saved = browser.submit(
        &form.body,
        "/editor/offers/walsall-leisure",
        &[
            ("title", "Free use of the council's leisure centres"),
            ("action", "save"),
        ],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    let (_, after) = offer(&server, "walsall-leisure");
    assert_eq!(after["title"], "Free use of the council's leisure centres");
    for (key, want) in [
        (
            "value",
            json!({"amount_pence": 30000, "per": "once", "up_to": true, "loan": true}),
        ),
        ("delivery", json!("local_service")),
        ("new_referrals_to", json!(17)),
    ] {
        let got = if key == "value" {
            json!({
                "amount_pence": after["value"]["amount_pence"], "per": after["value"]["per"],
                "up_to": after["value"]["up_to"], "loan": after["value"]["loan"],
            })
        } else {
            after[key].clone()
        };
        assert_eq!(got, want, "{key} was lost by the save");
    }
    assert_eq!(after["source"]["read"], "2026-12-01");
    // Every column of an offer has a field in the form, so no future column is dropped.
    // (The category is the topic's: the form asks for the topic alone.)
    for column in atlas_shared::spreadsheet::content_columns().filter(|c| c.name != "category") {
        assert!(
            form.body.contains(&format!("name=\"{}\"", column.name)),
            "the offer form has no field for {}",
            column.name
        );
    }
}

#[test]
fn an_editor_searches_their_offers_and_comes_back_to_the_search_after_a_save() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let mut browser = Browser::new(&server);
    browser.sign_in(&tokens[0]);
    let all = browser.get(&format!("/editor?authority={WALSALL}"));
    let listed = |page: &str| page.matches("class=\"atlas-ent-title\"").count();
    let total = listed(&all.body);
    // Any case, every word, in the title, summary or topic.
    let found = browser.get(&format!(
        "/editor?authority={WALSALL}&q=COUNSELLING%20therapies"
    ));
    assert_eq!(found.status, 200);
    assert_eq!(listed(&found.body), 1, "{}", text_of(&found.body));
    assert!(found
        .text()
        .contains("Counselling through Walsall Talking Therapies"));
    assert!(
        listed(
            &browser
                .get(&format!("/editor?authority={WALSALL}&q=wifi"))
                .body
        ) < total
    );
    let none = browser.get(&format!("/editor?authority={WALSALL}&q=zzzz"));
    assert!(none.text().contains("No offers match."));
    // From the search to an offer and back: the list is the search again.
    let form = browser.get("/editor/offers/walsall-talking-therapies?q=counselling");
    assert_eq!(form.status, 200, "{}", form.text());
    let saved = browser.submit(
        &form.body,
        "/editor/offers/walsall-talking-therapies",
        &[("action", "save")],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert!(
        saved.location().contains("&q=counselling"),
        "{}",
        saved.location()
    );
}

#[test]
fn public_pages_set_no_cookie_even_for_a_signed_in_editor() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let mut browser = Browser::new(&server);
    browser.sign_in(&tokens[0]);
    for path in [
        "/",
        "/compare",
        "/compare?from=E08000030&to=E06000054&age=19",
        "/compare/questions?from=E08000030&to=E06000054&age=19",
        "/search?q=wifi",
        "/authorities/E08000030",
        "/offers/walsall-leisure",
        "/board/greater-manchester",
        "/covenant/register",
        "/covenant/pledges",
        "/api/v1/authorities",
        "/api/v1/authorities/E08000030/offers.csv",
        "/api/v1/compare?from=E08000030&to=E06000054&age=19",
        "/no-such-page",
    ] {
        let answer = browser.get(path);
        assert!(
            answer.set_cookies().is_empty(),
            "{path} set a cookie: {:?}",
            answer.set_cookies()
        );
    }
}

/// The value of the first `href` in `html` that starts with `start`.
fn link_starting(html: &str, start: &str) -> String {
    let key = format!("href=\"{start}");
    let at = html
        .find(&key)
        .unwrap_or_else(|| panic!("no link to {start}"));
    attr(&html[at - 1..], "href").unwrap()
}

#[test]
fn every_public_page_has_a_staff_sign_in_link_in_its_footer_and_sets_no_cookie() {
    let (server, _) = server_with(&[], &[]);
    let mut browser = Browser::new(&server);
    // As a browser asks (a missing page is a page then, not JSON).
    browser.extra.push(("accept".into(), "text/html".into()));
    for path in [
        "/",
        "/compare",
        "/compare?from=E08000030&to=E06000054&age=19",
        "/compare/questions?from=E08000030&to=E06000054&age=19",
        "/search?q=wifi",
        "/coverage",
        "/authorities/E08000030",
        "/offers/walsall-leisure",
        "/board/greater-manchester",
        "/covenant/register",
        "/covenant/pledges",
        "/no-such-page",
    ] {
        let page = browser.get(path);
        assert!(
            page.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html"),
            "{path}"
        );
        let footer = page
            .body
            .split_once("<footer")
            .and_then(|(_, rest)| rest.split_once("</footer>"))
            .map(|(footer, _)| footer)
            .unwrap_or_else(|| panic!("{path} has no footer"));
        assert!(
            footer.contains("<a href=\"/editor/sign-in\">Staff sign in</a>"),
            "{path}: {footer}"
        );
        // After the main content, outside it: a footer landmark of the page.
        assert!(
            page.body.find("</main>") < page.body.find("<footer"),
            "{path}"
        );
        assert!(page.set_cookies().is_empty(), "{path} set a cookie");
    }
    assert!(browser.cookies.is_empty());
    // The link leads to the sign-in page, which signs staff in.
    let home = browser.get("/");
    let sign_in = browser.get(&link_starting(&home.body, "/editor/sign-in"));
    assert_eq!(sign_in.status, 200);
    assert!(sign_in.body.contains("action=\"/editor/sign-in\""));
    // The workspace itself has no such footer: staff are already in.
    assert!(!sign_in.body.contains("Staff sign in"));
}

#[test]
fn a_preview_shows_the_amount_before_and_after_an_edit() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let mut browser = Browser::new(&server);
    browser.sign_in(&tokens[0]);
    let id = "walsall-higher-education-bursary";
    let (_, before) = offer(&server, id);
    assert_eq!(before["value"]["amount_pence"], 200_000);
    let form = browser.get(&format!("/editor/offers/{id}"));
    let preview = browser.submit(
        &form.body,
        &format!("/editor/offers/{id}"),
        &[
            ("action", "preview"),
            ("value.amount_pounds", "2750"),
            ("preview_neighbour", WILTSHIRE),
            ("preview_age", "19"),
        ],
    );
    assert_eq!(preview.status, 200, "{}", preview.text());
    let text = preview.text();
    assert!(
        text.contains("University bursary: changes with your edit"),
        "{text}"
    );
    // One of Walsall's own care leavers, still living in Walsall: the bursary's amount
    // before, and as edited after.
    let away = &text[text.find("One of Walsall's own").unwrap()..];
    let living = &away
        [away.find("Living in Walsall").unwrap()..away.find("After moving to Wiltshire").unwrap()];
    let (was, will_be) = living.split_once("After your edit").unwrap();
    let line = "£2,000 higher education bursary – Walsall: yes";
    let note = "paid in instalments over the course, subject to attendance";
    assert!(was.contains(&format!("{line}, £2,000, {note}")), "{was}");
    assert!(
        will_be.contains(&format!("{line}, £2,750, {note}")),
        "{will_be}"
    );
    assert!(!was.contains("£2,750") && !will_be.contains(&format!("{line}, £2,000")));
    // Nothing was saved.
    assert_eq!(offer(&server, id).1, before);
}

#[test]
fn saving_marks_the_offer_reviewed_today_and_the_lists_filters_survive() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let mut browser = Browser::new(&server);
    browser.sign_in(&tokens[0]);
    let id = "walsall-setting-up-home-grant";
    let today = chrono::Utc::now().date_naive().to_string();
    let (_, before) = offer(&server, id);
    assert_eq!(before["reviewed"], "2020-08-10");

    // From the list filtered to money offers due for review, to the offer and back.
    let filtered = format!("/editor?authority={WALSALL}&category=money&due=yes");
    let list = browser.get(&filtered);
    assert_eq!(list.status, 200);
    let edit_link = link_starting(&list.body, &format!("/editor/offers/{id}"));
    assert_eq!(
        edit_link,
        format!("/editor/offers/{id}?category=money&due=yes")
    );
    let form = browser.get(&edit_link);
    assert_eq!(form.status, 200, "{}", form.text());
    let saved = browser.submit(
        &form.body,
        &format!("/editor/offers/{id}"),
        &[(
            "summary",
            "Up to £2,000 towards setting up your first home.",
        )],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert_eq!(
        saved.location(),
        format!("/editor?authority={WALSALL}&category=money&due=yes&done=saved&offer={id}")
    );
    let back = browser.get(saved.location());
    assert!(back
        .text()
        .contains("Your change to “Setting up home grant of up to £2,000” was saved."));
    assert!(!back.body.contains("id=\"atlas-cat-accommodation\""));
    // The save is a review: the offer is no longer due, and says when it was checked.
    let (_, stored) = offer(&server, id);
    assert_eq!(stored["version"], before["version"].as_u64().unwrap() + 1);
    assert_eq!(stored["reviewed"], today);
    assert!(!back.body.contains(&format!("id=\"offer-{id}\"")));

    // A preview keeps the filters for the save after it.
    let id = "walsall-council-tax";
    let form = browser.get(&format!("/editor/offers/{id}?category=money&due=yes"));
    let preview = browser.submit(
        &form.body,
        &format!("/editor/offers/{id}"),
        &[
            ("action", "preview"),
            ("title", "Council tax relief, anywhere"),
        ],
    );
    assert_eq!(preview.status, 200, "{}", preview.text());
    let saved = browser.submit(
        &preview.body,
        &format!("/editor/offers/{id}"),
        &[("action", "save")],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert!(
        saved
            .location()
            .contains("&category=money&due=yes&done=saved"),
        "{}",
        saved.location()
    );
    assert_eq!(offer(&server, id).1["reviewed"], today);

    // "Reviewed, no change" from a filtered list comes back to it too.
    let list = browser.get(&filtered);
    let other = "walsall-bank-account";
    let reviewed = browser.submit(&list.body, &format!("/editor/offers/{other}/review"), &[]);
    assert_eq!(reviewed.status, 303, "{}", reviewed.text());
    assert!(
        reviewed
            .location()
            .contains("&category=money&due=yes&done=reviewed"),
        "{}",
        reviewed.location()
    );

    // A date the editor types is theirs to set; and without filters, none are added.
    let form = browser.get(&format!("/editor/offers/{other}"));
    let saved = browser.submit(
        &form.body,
        &format!("/editor/offers/{other}"),
        &[
            ("reviewed", "2026-01-15"),
            ("contact", "Your Personal Adviser"),
        ],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert_eq!(
        saved.location(),
        format!("/editor?authority={WALSALL}&done=saved&offer={other}")
    );
    assert_eq!(offer(&server, other).1["reviewed"], "2026-01-15");
    // A filter the list would refuse is refused on the form too.
    assert_eq!(
        browser
            .get(&format!("/editor/offers/{other}?category=yachts"))
            .status,
        400
    );
}

// ---- spreadsheets ----------------------------------------------------------------------

fn column(name: &str) -> usize {
    COLUMNS.iter().position(|c| c.name == name).unwrap()
}

fn read_csv(bytes: &[u8]) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes);
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn write_csv(rows: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    writer.into_inner().unwrap()
}

/// The same rows as an Excel workbook: ages and versions as numbers, dates as dates,
/// the rest as text (as a spreadsheet program would keep them).
fn write_xlsx(rows: &[Vec<String>]) -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    let numeric = [
        "version",
        "age_from",
        "age_to",
        "value.amount_pounds",
        "value.count",
        "value.percent",
    ];
    let dates = ["source.date", "reviewed"];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let name = COLUMNS[c].name;
            let (r, c) = (r as u32, c as u16);
            if r > 0 && !cell.is_empty() && numeric.contains(&name) && cell.parse::<f64>().is_ok() {
                sheet
                    .write_number(r, c, cell.parse::<f64>().unwrap())
                    .unwrap();
            } else if r > 0 && !cell.is_empty() && dates.contains(&name) {
                let date = ExcelDateTime::parse_from_str(cell).unwrap();
                sheet
                    .write_datetime_with_format(r, c, &date, &date_format)
                    .unwrap();
            } else if !cell.is_empty() {
                sheet.write_string(r, c, cell).unwrap();
            }
        }
    }
    workbook.save_to_buffer().unwrap()
}

/// Signs in and returns the browser and its CSRF token.
fn editor<'s>(server: &'s TestServer, token: &str) -> (Browser<'s>, String) {
    let mut browser = Browser::new(server);
    browser.sign_in(token);
    let csrf = browser.csrf();
    (browser, csrf)
}

fn upload(browser: &mut Browser<'_>, csrf: &str, name: &str, bytes: &[u8], retire: bool) -> Answer {
    let mut fields = vec![("csrf", csrf), ("authority", WALSALL)];
    if retire {
        fields.push(("retire_missing", "yes"));
    }
    browser.upload(&fields, name, bytes)
}

/// Applies the dry run on `page`.
fn apply(browser: &mut Browser<'_>, page: &Answer) -> Answer {
    browser.submit(&page.body, "/editor/import/apply", &[])
}

/// The dry run's lines, for comparing two runs.
fn dry_run_summary(answer: &Answer) -> String {
    let text = answer.text();
    let start = text.find("What importing").expect("a dry run");
    let end = text.find("All of it is applied").unwrap_or(text.len());
    // The file's name differs between runs; the rest must not.
    text[start..end]
        .split_once(" would do ")
        .map_or_else(String::new, |(_, rest)| rest.to_string())
}

#[test]
fn an_exported_spreadsheet_imports_back_changing_nothing() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let (mut browser, csrf) = editor(&server, &tokens[0]);
    let before = versions(&server, WALSALL);
    let export = browser.get(&format!("/editor/offers.csv?authority={WALSALL}"));
    assert_eq!(export.status, 200);
    assert!(export.headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    assert!(export.headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("E08000030-offers.csv"));
    // The public API serves the same file.
    let public = server
        .get(&format!("/api/v1/authorities/{WALSALL}/offers.csv"))
        .text()
        .unwrap();
    assert_eq!(public, export.body);
    let rows = read_csv(export.body.as_bytes());
    assert_eq!(rows[0].len(), COLUMNS.len());
    assert_eq!(rows.len(), 43);

    let run = upload(
        &mut browser,
        &csrf,
        "walsall.csv",
        export.body.as_bytes(),
        true,
    );
    assert_eq!(run.status, 200, "{}", run.text());
    assert!(run
        .text()
        .contains("0 to add, 0 to change, 0 to retire, 42 unchanged"));
    // Nothing to apply, so no apply button.
    assert!(!run.body.contains("/editor/import/apply"));
    assert_eq!(versions(&server, WALSALL), before);

    // The template is the header and one example row, which reads as one new offer.
    let template = browser.get("/editor/template.csv");
    assert_eq!(template.status, 200);
    let rows = read_csv(template.body.as_bytes());
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].len(), COLUMNS.len());
    let run = upload(
        &mut browser,
        &csrf,
        "template.csv",
        template.body.as_bytes(),
        false,
    );
    assert!(run
        .text()
        .contains("1 to add, 0 to change, 0 to retire, 0 unchanged"));
}

#[test]
fn the_import_plan_shows_each_changed_fields_old_and_new_value() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let (mut browser, csrf) = editor(&server, &tokens[0]);
    let export = browser.get(&format!("/editor/offers.csv?authority={WALSALL}"));
    let mut rows = read_csv(export.body.as_bytes());
    let at = rows
        .iter()
        .position(|r| r[column("id")] == "walsall-setting-up-home-grant")
        .unwrap();
    rows[at][column("value.amount_pounds")] = "2750".into();
    rows[at][column("title")] = "Setting up home grant of up to £2,750".into();
    rows[at][column("contact")] = "Your Personal Adviser".into();
    let run = upload(&mut browser, &csrf, "walsall.csv", &write_csv(&rows), false);
    assert_eq!(run.status, 200, "{}", run.text());
    let text = run.text();
    assert!(
        text.contains("0 to add, 1 to change, 0 to retire, 41 unchanged"),
        "{text}"
    );
    // The offer's row in the plan: each changed field, the old value struck out and
    // the new one marked.
    let row = at + 1;
    let start = run
        .body
        .find(&format!(
            "Row {row}: “Setting up home grant of up to £2,750”:"
        ))
        .unwrap_or_else(|| panic!("{}", run.body));
    let change = &run.body[start..];
    let change = &change[..change.find("</ul>").unwrap()];
    for expected in [
        "Title: was <del>Setting up home grant of up to £2,000</del>, becomes <ins>Setting up home grant of up to £2,750</ins>",
        "Amount in pounds: was <del>£2,000</del>, becomes <ins>£2,750</ins>",
        "Contact: was <del>(empty)</del>, becomes <ins>Your Personal Adviser</ins>",
    ] {
        assert!(change.contains(expected), "{expected:?} not in {change}");
    }
}

#[test]
fn a_file_with_three_bad_rows_names_exactly_those_cells_and_imports_nothing() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let (mut browser, csrf) = editor(&server, &tokens[0]);
    let before = versions(&server, WALSALL);
    let export = server
        .get(&format!("/api/v1/authorities/{WALSALL}/offers.csv"))
        .text()
        .unwrap();
    let mut rows = read_csv(export.as_bytes());
    // One good change, and three bad rows (spreadsheet rows 5, 9 and 14).
    rows[2][column("summary")] = "A good change that must not be applied alone.".into();
    rows[4][column("age_to")] = "30".into();
    rows[8][column("status")] = "maybe".into();
    rows[13][column("source.url")] = "javascript:alert(1)".into();
    let bytes = write_csv(&rows);

    for (name, file) in [("bad.csv", bytes.clone()), ("bad.xlsx", write_xlsx(&rows))] {
        let run = upload(&mut browser, &csrf, name, &file, false);
        assert_eq!(run.status, 422, "{name}: {}", run.text());
        let text = run.text();
        assert!(
            text.contains(&format!("There is a problem: 3 errors in {name}")),
            "{text}"
        );
        assert!(text.contains("Nothing was imported."));
        let table = &text[text.find("Problems, by row and column").unwrap()..];
        let table = &table[..table.find("What importing").unwrap()];
        assert_eq!(
            table,
            "Problems, by row and column Row Column What is wrong \
             5 age_to (L) Must be an age from 16 to 25 \
             9 status (H) Unknown variant `maybe`, expected one of `available`, `pilot`, `planned`, `ended` \
             14 source.url (Y) Must be a web address starting with http:// or https:// ",
            "{name}"
        );
        assert!(
            !run.body.contains("/editor/import/apply"),
            "{name} offers an apply"
        );
    }
    assert_eq!(versions(&server, WALSALL), before, "something was imported");

    // The command line says the same, row and column, and imports nothing.
    let data = server.data.clone();
    server.stop();
    let file = data.join("bad.csv");
    std::fs::write(&file, &bytes).unwrap();
    let out = cli(
        &data,
        &[
            "offers",
            "import",
            "--authority",
            WALSALL,
            file.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    for line in [
        "error: row 5, column age_to (L): must be an age from 16 to 25",
        "error: row 9, column status (H): unknown variant `maybe`",
        "error: row 14, column source.url (Y): must be a web address",
    ] {
        assert!(stdout.contains(line), "{line:?} not in {stdout}");
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing was imported"));
    let server = TestServer::start_in(data);
    assert_eq!(versions(&server, WALSALL), before);
}

#[test]
fn xlsx_and_csv_give_the_same_result_and_a_reimport_changes_nothing() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let (mut browser, csrf) = editor(&server, &tokens[0]);
    let export = server
        .get(&format!("/api/v1/authorities/{WALSALL}/offers.csv"))
        .text()
        .unwrap();
    let mut rows = read_csv(export.as_bytes());
    // Change one offer's summary and money, add one offer without an id, and leave two
    // out (retired only when asked).
    let changed_id = rows[5][column("id")].clone();
    rows[5][column("summary")] = "Changed in the spreadsheet.".into();
    rows[5][column("value.amount_pounds")] = "2500.50".into();
    let mut new_row = rows[1].clone();
    new_row[column("id")] = String::new();
    new_row[column("version")] = String::new();
    new_row[column("title")] = "A new offer from the spreadsheet".into();
    rows.push(new_row);
    let dropped: Vec<String> = vec![
        rows[10][column("id")].clone(),
        rows[11][column("id")].clone(),
    ];
    rows.remove(11);
    rows.remove(10);
    let csv_bytes = write_csv(&rows);
    let xlsx_bytes = write_xlsx(&rows);

    let from_csv = upload(&mut browser, &csrf, "offers.csv", &csv_bytes, true);
    let from_xlsx = upload(&mut browser, &csrf, "offers.xlsx", &xlsx_bytes, true);
    assert_eq!(from_csv.status, 200, "{}", from_csv.text());
    assert_eq!(from_xlsx.status, 200, "{}", from_xlsx.text());
    let summary = dry_run_summary(&from_csv);
    assert_eq!(summary, dry_run_summary(&from_xlsx));
    assert!(
        summary.starts_with("1 to add, 1 to change, 2 to retire, 39 unchanged"),
        "{summary}"
    );
    assert!(
        summary.contains("Row 42: “A new offer from the spreadsheet”"),
        "{summary}"
    );
    assert!(
        summary.contains("Row 6: “Birthday and festival allowances until 21”: Summary: was "),
        "{summary}"
    );
    assert!(
        summary.contains("Amount in pounds: was (empty)"),
        "{summary}"
    );

    // Apply the .xlsx run: all of it, as the editor, in one go.
    let before = versions(&server, WALSALL);
    let done = apply(&mut browser, &from_xlsx);
    assert_eq!(done.status, 200, "{}", done.text());
    assert!(
        done.text().contains("1 added, 1 changed, 2 retired"),
        "{}",
        done.text()
    );
    let (_, changed) = offer(&server, &changed_id);
    assert_eq!(changed["summary"], "Changed in the spreadsheet.");
    assert_eq!(changed["value"]["amount_pence"], 250_050);
    let h = history(&server, &changed_id);
    let last = h["versions"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["actor"], format!("council-editor:{WALSALL}"));
    for id in &dropped {
        assert_eq!(offer(&server, id).0, 410, "{id} not retired");
        let h = history(&server, id);
        let last = h["versions"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(
            last["reason"],
            "Not in the imported spreadsheet (imported with retire-missing)."
        );
    }
    let after = versions(&server, WALSALL);
    assert_eq!(after.len(), before.len() - 1);
    // The stale apply form cannot be used twice.
    let twice = apply(&mut browser, &from_xlsx);
    assert_eq!(twice.status, 409);

    // The same file again, as .csv this time: nothing left to do, and no version moves.
    for (name, bytes) in [("offers.csv", &csv_bytes), ("offers.xlsx", &xlsx_bytes)] {
        let again = upload(&mut browser, &csrf, name, bytes, true);
        assert_eq!(again.status, 200, "{}", again.text());
        assert!(
            again
                .text()
                .contains("0 to add, 0 to change, 0 to retire, 41 unchanged"),
            "{name}: {}",
            again.text()
        );
        assert!(!again.body.contains("/editor/import/apply"));
    }
    assert_eq!(versions(&server, WALSALL), after);
}

#[test]
fn an_apply_is_refused_when_the_offers_moved_after_the_dry_run() {
    let (server, tokens) = server_with(&[walsall_editor(), walsall_editor()], &[]);
    let (mut browser, csrf) = editor(&server, &tokens[0]);
    let export = server
        .get(&format!("/api/v1/authorities/{WALSALL}/offers.csv"))
        .text()
        .unwrap();
    let mut rows = read_csv(export.as_bytes());
    let id = rows[3][column("id")].clone();
    rows[3][column("contact")] = "from the file".into();
    let run = upload(&mut browser, &csrf, "offers.csv", &write_csv(&rows), false);
    assert!(run.text().contains("0 to add, 1 to change"));
    // Meanwhile a colleague changes that offer through the API.
    let (_, current) = offer(&server, &id);
    let mut current = input_of(&current);
    current["summary"] = json!("A colleague's change.");
    let (status, _) = server.send(
        Method::PUT,
        &format!("/api/v1/offers/{id}"),
        Some(&tokens[1]),
        Some(&current),
    );
    assert_eq!(status, 200);
    let refused = apply(&mut browser, &run);
    assert_eq!(refused.status, 422, "{}", refused.text());
    let text = refused.text();
    assert!(
        text.contains("The offers changed after you checked the file, so nothing was imported."),
        "{text}"
    );
    // The row says version 1; the offer is at 2, and the row would undo the colleague's
    // change: refused by the version check, naming the cell.
    assert!(text.contains("version (B)"), "{text}");
    let (_, now) = offer(&server, &id);
    assert_eq!(now["summary"], "A colleague's change.");
    assert_eq!(now["version"], 2);
}

#[test]
fn wrong_and_oversized_files_are_refused_in_words() {
    let (server, tokens) = server_with(&[walsall_editor()], &[]);
    let (mut browser, csrf) = editor(&server, &tokens[0]);
    let answer = upload(&mut browser, &csrf, "offers.pdf", b"%PDF-1.7", false);
    assert_eq!(answer.status, 415);
    assert!(answer
        .text()
        .contains("Give a file ending in .csv or .xlsx."));
    let answer = upload(&mut browser, &csrf, "offers.xlsx", b"id,topic\n", false);
    assert_eq!(answer.status, 415);
    let big = vec![b'a'; 5 * 1024 * 1024 + 10];
    let answer = upload(&mut browser, &csrf, "offers.csv", &big, false);
    assert_eq!(answer.status, 413, "{}", answer.text());
    assert!(answer.text().contains("larger than 5 MB"));
    let answer = upload(
        &mut browser,
        &csrf,
        "offers.csv",
        b"id,colour\n1,red\n",
        false,
    );
    assert_eq!(answer.status, 422);
    assert!(answer.text().contains("colour (B)"), "{}", answer.text());
    // Without the form's token an upload is refused before it is read.
    let answer = upload(&mut browser, "nope", "offers.csv", b"id\n", false);
    assert_eq!(answer.status, 403);
}

// ---- the command line ------------------------------------------------------------------

fn cli(data: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(BIN)
        .args(args)
        .arg("--data")
        .arg(data)
        .output()
        .expect("run offer-atlas")
}

#[test]
fn the_command_line_shows_a_dry_run_then_applies_once() {
    let first = TestServer::start();
    let data = first.data.clone();
    first.stop();
    let editor_token = create_token(&data, walsall_editor());
    let other_token = create_token(&data, wiltshire_editor());

    let out = cli(&data, &["offers", "export", "--authority", WALSALL]);
    assert!(out.status.success());
    let mut rows = read_csv(&out.stdout);
    let id = rows[7][column("id")].clone();
    rows[7][column("summary")] = "Ask the quokka desk at the leaving care team.".into();
    let file = data.join("walsall.xlsx");
    std::fs::write(&file, write_xlsx(&rows)).unwrap();
    let path = file.to_str().unwrap();

    // A dry run changes nothing.
    let out = cli(
        &data,
        &[
            "offers",
            "import",
            "--authority",
            WALSALL,
            path,
            "--dry-run",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("row 8: change"), "{stdout}");
    assert!(stdout.contains(": summary"), "{stdout}");
    // The old and the new value, as the page's plan shows them.
    assert!(
        stdout.contains("-> \"Ask the quokka desk at the leaving care team.\""),
        "{stdout}"
    );
    assert!(
        stdout.contains("0 to add, 1 to change, 0 to retire, 41 unchanged"),
        "{stdout}"
    );
    assert!(stdout.contains("dry run only: nothing was changed"));

    // Another council's token is refused.
    let out = std::process::Command::new(BIN)
        .args(["offers", "import", "--authority", WALSALL, path, "--data"])
        .arg(&data)
        .env("OFFER_ATLAS_TOKEN", &other_token)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("may not change E08000030's offers"));

    // Applied with the editor's token: recorded as that editor.
    let out = cli(
        &data,
        &[
            "offers",
            "import",
            "--authority",
            WALSALL,
            path,
            "--token",
            &editor_token,
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("imported: 0 added, 1 changed, 0 retired, in one transaction, recorded as council-editor:{WALSALL}")),
        "{stdout}"
    );
    // Again: nothing to change.
    let out = cli(&data, &["offers", "import", "--authority", WALSALL, path]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("nothing to change"));

    let server = TestServer::start_in(data);
    let (_, stored) = offer(&server, &id);
    assert_eq!(
        stored["summary"],
        "Ask the quokka desk at the leaving care team."
    );
    assert_eq!(stored["version"], 2);
    let h = history(&server, &id);
    assert_eq!(
        h["versions"][1]["actor"],
        format!("council-editor:{WALSALL}")
    );
    // Search follows the store after the restart.
    let (_, found) = server.get_json("/api/v1/search?q=quokka&authority=E08000030");
    assert!(
        found["hits"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["id"] == id.as_str()),
        "{found}"
    );
}

/// A server that mails through a test relay, with Wendy Hall, Walsall's editor, whose
/// token is returned.
fn wendy_with_a_mail_relay() -> (support::relay::Relay, TestServer, Vec<String>) {
    let relay = support::relay::Relay::start();
    let options = support::relay::serve_options(relay.port);
    let options: Vec<&str> = options.iter().map(String::as_str).collect();
    let (server, tokens) = server_with(
        &[&[
            "--role",
            "council-editor",
            "--authority",
            WALSALL,
            "--name",
            "Wendy Hall",
            "--email",
            "wendy@walsall.example",
        ]],
        &options,
    );
    (relay, server, tokens)
}

#[test]
fn a_lost_token_is_replaced_by_a_link_mailed_to_its_owner_and_the_old_one_stops_at_once() {
    let (relay, server, tokens) = wendy_with_a_mail_relay();
    let old = tokens[0].as_str();
    let mut wendy = Browser::new(&server);
    wendy.sign_in(old);
    let sign_in = wendy.get("/editor/sign-in");
    assert!(sign_in.body.contains(r#"href="/editor/lost-token""#));

    // An address no token has gets the same answer, and no letter.
    let mut stranger = Browser::new(&server);
    let page = stranger.get("/editor/lost-token");
    assert_eq!(page.status, 200);
    let answer = stranger.submit(
        &page.body,
        "/editor/lost-token",
        &[("email", "nobody@walsall.example")],
    );
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert!(answer
        .text()
        .contains("If a token was made for nobody@walsall.example"));
    // A malformed address is named as the problem.
    let page = stranger.get("/editor/lost-token");
    let answer = stranger.submit(&page.body, "/editor/lost-token", &[("email", "wendy")]);
    assert_eq!(answer.status, 400);
    assert!(
        answer.body.contains(r##"href="#atlas-f-email""##),
        "{}",
        answer.text()
    );

    // The owner asks (in any case) and the link arrives at their address alone.
    let mut owner = Browser::new(&server);
    let page = owner.get("/editor/lost-token");
    let answer = owner.submit(
        &page.body,
        "/editor/lost-token",
        &[("email", "Wendy@Walsall.example")],
    );
    assert_eq!(answer.status, 200);
    let letter = relay.wait_for(20, |m| {
        m.to.contains("wendy@walsall.example") && m.subject.contains("new Offer Atlas token")
    });
    assert!(!letter.body.contains(old));
    let link = letter
        .body
        .split_whitespace()
        .find(|w| w.starts_with("https://atlas.region.example/editor/new-token/"))
        .unwrap_or_else(|| panic!("a link in: {}", letter.body));
    let path = link.trim_start_matches("https://atlas.region.example");

    // Opening the link (as a mail scanner would) changes nothing.
    let page = owner.get(path);
    assert_eq!(page.status, 200, "{}", page.text());
    assert_eq!(wendy.get("/editor").status, 200);

    // Pressing its button gives a new token; the old one and its session stop at once.
    let made = owner.submit(&page.body, path, &[]);
    assert_eq!(made.status, 200, "{}", made.text());
    let new = made
        .text()
        .split_whitespace()
        .find(|w| w.starts_with("oat_"))
        .expect("the new token, shown once")
        .to_string();
    assert_ne!(new, old);
    assert_eq!(wendy.get("/editor").status, 303);
    let mut again = Browser::new(&server);
    let page = again.get("/editor/sign-in");
    let refused = again.submit(&page.body, "/editor/sign-in", &[("token", old)]);
    assert_eq!(refused.status, 401);
    again.sign_in(&new);
    assert!(again.get("/editor").text().contains("Wendy Hall"));

    // The link works once.
    assert_eq!(owner.post(path, &[]).status, 404);
    assert_eq!(owner.get(path).status, 404);
    assert!(relay.received().iter().all(|m| !m.to.contains("nobody")));
}

#[test]
fn without_a_mail_relay_the_lost_token_page_says_to_ask_the_administrator() {
    let (server, _) = server_with(&[], &[]);
    let mut someone = Browser::new(&server);
    let page = someone.get("/editor/lost-token");
    let answer = someone.submit(
        &page.body,
        "/editor/lost-token",
        &[("email", "wendy@walsall.example")],
    );
    assert_eq!(answer.status, 503);
    assert!(answer.text().contains("Ask your registry's administrator"));
}

// ---- people and their tokens -----------------------------------------------------------

fn admin_ada() -> &'static [&'static str] {
    &[
        "--role",
        "admin",
        "--name",
        "Ada Lovelace",
        "--email",
        "ada@registry.example.org",
    ]
}

/// The value of the input with this id on a page.
fn input_value(page: &str, id: &str) -> String {
    let at = page
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no input {id}"));
    let start = page[..at].rfind('<').unwrap();
    let end = page[at..].find('>').unwrap() + at;
    attr(&page[start..=end], "value").unwrap_or_default()
}

#[test]
fn an_admin_invites_a_council_editor_and_revoking_the_token_shuts_their_session_at_once() {
    let (server, tokens) = server_with(&[admin_ada()], &[]);
    let mut admin = Browser::new(&server);
    admin.sign_in(&tokens[0]);
    // The admin's home links to the people.
    let home = admin.get("/editor");
    assert_eq!(home.status, 200);
    assert!(
        home.body.contains("href=\"/editor/people\""),
        "{}",
        home.text()
    );
    let people = admin.get("/editor/people");
    assert_eq!(people.status, 200, "{}", people.text());
    assert!(
        people.text().contains("Ada Lovelace"),
        "the admin is listed"
    );
    assert!(people
        .set_cookies()
        .iter()
        .all(|c| c.starts_with("atlas_editor=")));

    // An invitation without the person's name: the page again, saying so, kept filled.
    let invite = [
        ("role", "council-editor"),
        ("authority", WALSALL),
        ("name", ""),
        ("email", "sam.patel@walsall.gov.uk"),
        ("expires_in_days", "90"),
    ];
    let refused = admin.submit(&people.body, "/editor/people/invite", &invite);
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert!(refused.text().contains("There is a problem"));
    assert!(
        refused.body.contains("href=\"#atlas-invite-name\""),
        "links to the field"
    );
    assert_eq!(
        input_value(&refused.body, "atlas-invite-email"),
        "sam.patel@walsall.gov.uk"
    );
    // A number of days that is not one: named too.
    let refused = admin.submit(
        &refused.body,
        "/editor/people/invite",
        &[("name", "Sam Patel"), ("expires_in_days", "soon")],
    );
    assert_eq!(refused.status, 422);
    assert!(refused
        .body
        .contains("href=\"#atlas-invite-expires-in-days\""));

    // Right: the token, shown once, with how to use it.
    let invited = admin.submit(
        &refused.body,
        "/editor/people/invite",
        &[("name", "Sam Patel"), ("expires_in_days", "90")],
    );
    assert_eq!(invited.status, 200, "{}", invited.text());
    let token = input_value(&invited.body, "atlas-new-token");
    assert!(token.starts_with("oat_"), "{}", invited.text());
    assert!(invited.text().contains("/editor/sign-in"));
    assert!(invited
        .text()
        .contains("Sam Patel, council editor for Walsall"));

    // Sam signs in with it at once, no restart.
    let mut sam = Browser::new(&server);
    sam.sign_in(&token);
    let sams_home = sam.get(&format!("/editor?authority={WALSALL}"));
    assert_eq!(sams_home.status, 200);
    assert!(sams_home.text().contains("Signed in as Sam Patel"));
    assert!(
        !sams_home.body.contains("/editor/people"),
        "no people link for an editor"
    );

    // The admin finds Sam under Walsall and revokes the token.
    let walsall = admin.get(&format!("/editor/people?for={WALSALL}"));
    assert_eq!(walsall.status, 200);
    let listed = walsall.text();
    assert!(listed.contains("sam.patel@walsall.gov.uk"), "{listed}");
    assert!(
        !listed.contains("ada@registry.example.org"),
        "only Walsall's people"
    );
    let id = walsall.body[walsall.body.find("/editor/people/").unwrap() + 15..]
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let revoke = format!("/editor/people/{id}/revoke");
    let revoked = admin.submit(&walsall.body, &revoke, &[]);
    assert_eq!(revoked.status, 303, "{}", revoked.text());
    assert_eq!(
        revoked.location(),
        format!("/editor/people?for={WALSALL}&revoked={id}")
    );
    let after = admin.get(revoked.location());
    assert!(after
        .text()
        .contains(&format!("The token {id} was revoked")));
    assert!(after.text().contains("Revoked"));
    assert!(
        !after.body.contains(&revoke),
        "no revoke button for a revoked token"
    );

    // Sam's session is refused on the very next request, page or post.
    let answer = sam.get(&format!("/editor?authority={WALSALL}"));
    assert_eq!((answer.status, answer.location()), (303, "/editor/sign-in"));
    let answer = sam.submit(
        &sams_home.body,
        "/editor/offers/walsall-leisure/review",
        &[],
    );
    assert_eq!(answer.status, 401);
    let (status, _) = server.send(
        Method::PUT,
        "/api/v1/offers/walsall-leisure",
        Some(&token),
        Some(&json!({})),
    );
    assert_eq!(status, 401);
}

#[test]
fn only_an_admin_reaches_the_people_page() {
    let gm: &[&str] = &["--role", "board", "--partnership", "greater-manchester"];
    let (server, tokens) = server_with(&[admin_ada(), walsall_editor(), gm], &[]);
    let (mut editor, csrf) = editor(&server, &tokens[1]);
    let page = editor.get("/editor/people");
    assert_eq!(page.status, 403, "{}", page.text());
    assert!(page.text().contains("Only an administrator"));
    let invite = editor.post(
        "/editor/people/invite",
        &[
            ("csrf".into(), csrf.clone()),
            ("role".into(), "admin".into()),
            ("name".into(), "Mallory".into()),
            ("email".into(), "mallory@example.org".into()),
        ],
    );
    assert_eq!(invite.status, 403);
    let other_id = {
        let mut admin = Browser::new(&server);
        admin.sign_in(&tokens[0]);
        let page = admin.get("/editor/people");
        // The admin's own token has no revoke button: it is theirs.
        assert!(page
            .text()
            .contains("Yours: another administrator can revoke it."));
        page.body[page.body.find("/editor/people/").unwrap() + 15..]
            .split('/')
            .next()
            .unwrap()
            .to_string()
    };
    let revoke = editor.post(
        &format!("/editor/people/{other_id}/revoke"),
        &[("csrf".into(), csrf)],
    );
    assert_eq!(revoke.status, 403);
    let mut board = Browser::new(&server);
    board.sign_in(&tokens[2]);
    assert_eq!(board.get("/editor/people").status, 403);
    // Nothing changed: still three tokens, all live.
    let (status, listed) = server.send(Method::GET, "/api/v1/admin/tokens", Some(&tokens[0]), None);
    assert_eq!(status, 200);
    assert_eq!(listed["total"], 3);
    assert!(listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["live"] == true));
    // Signed out: to the sign-in page.
    let answer = Browser::new(&server).get("/editor/people");
    assert_eq!((answer.status, answer.location()), (303, "/editor/sign-in"));
}

#[test]
fn a_session_ends_when_its_token_expires() {
    let (server, tokens) = server_with(&[admin_ada()], &[]);
    let ends = chrono::Utc::now() + chrono::Duration::seconds(3);
    let (status, issued) = server.send(
        Method::POST,
        "/api/v1/admin/tokens",
        Some(&tokens[0]),
        Some(&json!({
            "role": "council-editor", "authority": WALSALL,
            "person": { "name": "Sam Patel", "email": "sam.patel@walsall.gov.uk" },
            "expires": ends.to_rfc3339(),
        })),
    );
    assert_eq!(status, 201, "{issued}");
    let mut sam = Browser::new(&server);
    sam.sign_in(issued["token"].as_str().unwrap());
    assert_eq!(sam.get(&format!("/editor?authority={WALSALL}")).status, 200);
    while chrono::Utc::now() <= ends + chrono::Duration::milliseconds(100) {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let answer = sam.get(&format!("/editor?authority={WALSALL}"));
    assert_eq!((answer.status, answer.location()), (303, "/editor/sign-in"));
}

#[test]
fn a_lost_token_letter_asked_for_in_pashto_is_in_pashto_with_a_link_that_keeps_it() {
    let (relay, server, _) = wendy_with_a_mail_relay();
    let mut owner = Browser::new(&server);
    let page = owner.get("/editor/lost-token?lang=ps");
    assert_eq!(page.status, 200);
    let answer = owner.submit(
        &page.body,
        "/editor/lost-token?lang=ps",
        &[("email", "wendy@walsall.example")],
    );
    assert_eq!(answer.status, 200, "{}", answer.text());
    // (The weekly review digest goes to the same address: the letter is the one with a link.)
    let letter = relay.wait_for(20, |m| {
        m.to.contains("wendy@walsall.example") && m.body.contains("/editor/new-token/")
    });
    let pashto = |c: char| ('\u{600}'..='\u{6ff}').contains(&c);
    assert!(letter.subject.chars().any(pashto), "{}", letter.subject);
    assert!(letter.body.chars().any(pashto), "{}", letter.body);
    assert!(!letter.body.contains("Someone asked"), "{}", letter.body);
    let link = letter
        .body
        .split_whitespace()
        .find(|w| w.starts_with("https://atlas.region.example/editor/new-token/"))
        .unwrap_or_else(|| panic!("a link in: {}", letter.body));
    assert!(link.ends_with("?lang=ps"), "{link}");
    // The page it opens reads in Pashto.
    let page = owner.get(link.trim_start_matches("https://atlas.region.example"));
    assert_eq!(page.status, 200, "{}", page.text());
    assert!(page.body.contains(r#"lang="ps""#), "{}", page.text());
}

#[test]
fn an_invitation_with_a_letters_language_no_catalogue_holds_is_refused_naming_lang() {
    let (server, tokens) = server_with(&[admin_ada()], &[]);
    let mut admin = Browser::new(&server);
    admin.sign_in(&tokens[0]);
    let people = admin.get("/editor/people");
    assert_eq!(people.status, 200, "{}", people.text());
    // The form offers each language, English first and chosen.
    assert!(people.body.contains(r#"name="lang""#), "{}", people.text());
    for tag in ["en", "ar", "fa-AF", "ps"] {
        assert!(people.body.contains(&format!(r#"value="{tag}""#)), "{tag}");
    }
    let invite = [
        ("role", "moderator"),
        ("name", "Mo Ahmed"),
        ("email", "mo@region.example"),
        ("lang", "xx"),
    ];
    let refused = admin.submit(&people.body, "/editor/people/invite", &invite);
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert!(
        refused.body.contains("href=\"#atlas-invite-lang\""),
        "{}",
        refused.text()
    );
    // Nothing was made.
    assert!(!admin.get("/editor/people").text().contains("Mo Ahmed"));
    // In Dari it is made, and the person keeps the language for their letters.
    let invited = admin.submit(&refused.body, "/editor/people/invite", &[("lang", "fa-AF")]);
    assert_eq!(invited.status, 200, "{}", invited.text());
    let (status, list) = server.send(
        reqwest::Method::GET,
        "/api/v1/admin/tokens",
        Some(&tokens[0]),
        None,
    );
    assert_eq!(status, 200, "{list}");
    assert!(list.to_string().contains(r#""lang":"fa-AF""#), "{list}");
}
