//! The interface in the reader's language, through the real server: every public page
//! reached from the home page in the pseudo-locale (`lang=en-XA`, where each letter of the
//! catalogue is accented) shows no plain English interface word outside the councils' own
//! words (marked `lang="en"`), and keeps its language in every link and form; Arabic pages
//! are right to left; the widget's catalogues are served one language at a time.

mod support;

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use scraper::{ElementRef, Html, Node, Selector};
use support::{gss, TestServer};

const PSEUDO: &str = "en-XA";

/// Where the crawls do not go: files and feeds, which have no interface words.
const NOT_TRANSLATED: [&str; 4] = ["/api/", "/widget/", "/feeds", "/oruk"];

fn translated(path: &str) -> bool {
    !NOT_TRANSLATED.iter().any(|p| path.starts_with(p))
}

/// Plain-letter words (two letters or more) in what a reader sees or hears, outside
/// elements marked `lang="en"` (published words) or `translate="no"` (what the reader
/// typed), and outside `<noscript>` (the browser tests read it without script).
///
/// A piece of text that has catalogue words in it (accented, in the pseudo-locale) is a
/// catalogue sentence, and its plain words are the values put into it (a council's name,
/// an offer's title): only text with no catalogue word at all counts as missed.
fn english_left(page: &Html) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let body = Selector::parse("body").unwrap();
    if let Some(body) = page.select(&body).next() {
        collect(body, &mut found);
    }
    found
}

fn words(text: &str, into: &mut BTreeSet<String>, prefix: &str) {
    if text.chars().any(|c| c.is_alphabetic() && !c.is_ascii()) {
        return;
    }
    // An address shown as text (a link to share) is not words.
    let text: String = text
        .split_whitespace()
        .filter(|w| !w.contains("://"))
        .collect::<Vec<_>>()
        .join(" ");
    for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
        if w.len() >= 2 {
            into.insert(format!("{prefix}{w}"));
        }
    }
}

fn collect(element: ElementRef<'_>, found: &mut BTreeSet<String>) {
    let e = element.value();
    if matches!(e.name(), "script" | "style" | "noscript")
        || e.attr("lang") == Some("en")
        || e.attr("translate") == Some("no")
    {
        return;
    }
    for attr in ["aria-label", "title", "placeholder", "alt"] {
        if let Some(v) = e.attr(attr) {
            words(v, found, &format!("{attr}: "));
        }
    }
    for child in element.children() {
        match child.value() {
            Node::Text(t) => words(t, found, ""),
            Node::Element(_) => {
                if let Some(el) = ElementRef::wrap(child) {
                    collect(el, found);
                }
            }
            _ => {}
        }
    }
}

/// The path and query of a link of the site's own, if it is one.
fn own_link(href: &str) -> Option<&str> {
    href.strip_prefix('/')
        .map(|_| href)
        .filter(|h| !h.starts_with("//"))
}

/// What a crawl in the pseudo-locale found: how many pages, of which kinds, and what was
/// wrong with them.
#[derive(Default)]
struct Crawl {
    pages: usize,
    per_kind: BTreeMap<String, usize>,
    problems: Vec<String>,
}

impl Crawl {
    /// Checks one page: in the pseudo-locale, no plain English left.
    fn check(&mut self, path: &str, body: &str) -> Html {
        let page = Html::parse_document(body);
        let html = Selector::parse("html").unwrap();
        let root = page.select(&html).next().expect("an html element");
        if root.value().attr("lang") != Some(PSEUDO) || root.value().attr("dir") != Some("ltr") {
            self.problems.push(format!(
                "{path}: <html lang={:?} dir={:?}>",
                root.value().attr("lang"),
                root.value().attr("dir")
            ));
        }
        // The language menu names each language in itself; nothing else is plain English.
        let mut left = english_left(&page);
        left.remove("English");
        if !left.is_empty() {
            self.problems
                .push(format!("{path}: English left: {left:?}"));
        }
        self.pages += 1;
        page
    }

    /// Breadth first from `starts`, following the site's own links that `follow` accepts; a
    /// few pages of each kind (`kind` of the path), so every kind is seen, not every offer.
    /// Every link and GET form must keep the language.
    fn run(
        &mut self,
        client: &reqwest::blocking::Client,
        server: &TestServer,
        starts: Vec<String>,
        follow: impl Fn(&str) -> bool,
        kind: impl Fn(&str) -> String,
    ) {
        let a = Selector::parse("a[href]").unwrap();
        let form = Selector::parse("form").unwrap();
        let hidden_lang = Selector::parse("input[type=hidden][name=lang]").unwrap();
        let mut queue: VecDeque<String> = starts
            .into_iter()
            .map(|p| atlas_shared::words::with_lang(&p, Some(atlas_shared::words::Lang::Pseudo)))
            .collect();
        let mut seen = BTreeSet::new();
        while let Some(path) = queue.pop_front() {
            if !seen.insert(path.clone()) {
                continue;
            }
            let n = self.per_kind.entry(kind(&path)).or_default();
            *n += 1;
            if *n > 6 {
                continue;
            }
            let response = client
                .get(server.url(&path))
                .header("accept", "text/html")
                .send()
                .expect("GET");
            let status = response.status().as_u16();
            let html_answer = response
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|t| t.starts_with("text/html"));
            let body = response.text().expect("a page");
            assert!(status == 200 || status == 404, "{path}: {status}");
            if !html_answer {
                continue;
            }
            let page = self.check(&path, &body);
            for link in page.select(&a) {
                // The language menu's links lead to this page in another language.
                if link.value().attr("hreflang").is_some() {
                    continue;
                }
                let href = link.value().attr("href").unwrap_or("");
                let Some(target) = own_link(href) else {
                    continue;
                };
                if !follow(target) {
                    continue;
                }
                if !target.contains(&format!("lang={PSEUDO}")) {
                    self.problems
                        .push(format!("{path}: the link {target} loses the language"));
                    continue;
                }
                queue.push_back(target.replace("&amp;", "&"));
            }
            for f in page.select(&form) {
                let method = f
                    .value()
                    .attr("method")
                    .unwrap_or("get")
                    .to_ascii_lowercase();
                let action = f.value().attr("action").unwrap_or("");
                let keeps = if method == "get" {
                    f.select(&hidden_lang).next().is_some()
                } else {
                    action.contains(&format!("lang={PSEUDO}"))
                };
                if follow(action) && !keeps {
                    self.problems.push(format!(
                        "{path}: a {method} form to '{action}' does not send the language"
                    ));
                }
            }
        }
    }

    fn assert_clean(self, at_least: usize) {
        assert!(
            self.problems.is_empty(),
            "{} problems:\n{}",
            self.problems.len(),
            self.problems.join("\n")
        );
        assert!(
            self.pages >= at_least,
            "only {} pages were checked: {:?}",
            self.pages,
            self.per_kind
        );
    }
}

/// The first segment of a path: "compare", "offers"…
fn first_segment(path: &str) -> String {
    path.trim_start_matches('/')
        .split(['/', '?'])
        .next()
        .unwrap_or("")
        .to_string()
}

#[test]
fn every_public_page_in_the_pseudo_locale_is_all_catalogue_and_keeps_its_language() {
    let server = TestServer::start();
    let client = reqwest::blocking::Client::new();
    let starts = vec![
        "/".to_string(),
        format!(
            "/compare?from={}&to={}&age=19",
            gss::WALSALL,
            gss::WILTSHIRE
        ),
        format!(
            "/compare/questions?from={}&to={}&age=19",
            gss::WALSALL,
            gss::WILTSHIRE
        ),
        // A district's county looked after them, and a region's promises where they would
        // live; a council replaced by two others: what the answer notes on places.
        format!("/compare?from={}&to={}&age=19", gss::BLABY, gss::MANCHESTER),
        format!("/compare?from={}&to={}&age=20", gss::CUMBRIA, gss::TRAFFORD),
        "/search?q=money".to_string(),
        "/map?topic=council-tax&age=18".to_string(),
        format!("/map?from={}&age=19", gss::WALSALL),
        "/no-such-page".to_string(),
    ];
    let mut crawl = Crawl::default();
    crawl.run(&client, &server, starts, translated, first_segment);
    crawl.assert_clean(20);
}

/// A page's form field's value (`csrf`, most often).
fn field_value(body: &str, name: &str) -> String {
    let page = Html::parse_document(body);
    let input = Selector::parse(&format!("input[name={name}]")).unwrap();
    page.select(&input)
        .next()
        .and_then(|i| i.value().attr("value"))
        .unwrap_or_else(|| panic!("a {name} field in {body}"))
        .to_string()
}

/// The staff's pages too: the sign-in, the editors' workspace as an administrator sees it
/// (a council's offers, an offer's form, history and retiring, the import, a board's
/// notes, people and tokens), the covenant's registration and moderation, and the pages
/// that answer a form with a problem in it.
#[test]
fn every_staff_page_in_the_pseudo_locale_is_all_catalogue_and_keeps_its_language() {
    let (server, tokens) =
        TestServer::start_with_tokens(&[&["--role", "admin"], &["--role", "moderator"]]);
    let (admin, moderator) = (&tokens[0], &tokens[1]);
    let client = reqwest::blocking::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let pseudo =
        |path: &str| atlas_shared::words::with_lang(path, Some(atlas_shared::words::Lang::Pseudo));
    let get = |path: &str| {
        client
            .get(server.url(&pseudo(path)))
            .send()
            .unwrap()
            .text()
            .unwrap()
    };
    let post = |path: &str, fields: &[(&str, &str)]| {
        client
            .post(server.url(&pseudo(path)))
            .form(fields)
            .send()
            .unwrap()
    };
    let mut crawl = Crawl::default();

    // Signing in: a wrong token first, then the right one; the language goes with it.
    let form = get("/editor/sign-in");
    crawl.check("/editor/sign-in", &form);
    let csrf = field_value(&form, "csrf");
    let wrong = post(
        "/editor/sign-in",
        &[("csrf", &csrf), ("token", "not-a-token")],
    );
    crawl.check("/editor/sign-in (a wrong token)", &wrong.text().unwrap());
    let form = get("/editor/sign-in");
    let csrf = field_value(&form, "csrf");
    let signed_in = post("/editor/sign-in", &[("csrf", &csrf), ("token", admin)]);
    assert_eq!(signed_in.status().as_u16(), 303);
    assert_eq!(
        signed_in.headers()["location"].to_str().unwrap(),
        pseudo("/editor")
    );

    // Every workspace page an administrator reaches by links, a few of each kind.
    let staff = |path: &str| {
        (path.starts_with("/editor") || path.starts_with("/covenant"))
            && !path.starts_with("/editor/sign-out")
    };
    // A kind of staff page: its first two segments and, past a record's id, what of it
    // ("editor/offers/history"), so the forms, histories and retirements are all seen.
    let kind_of = |path: &str| {
        let segments: Vec<&str> = path
            .trim_start_matches('/')
            .split('?')
            .next()
            .unwrap_or("")
            .split('/')
            .collect();
        let mut kind = segments.iter().take(2).copied().collect::<Vec<_>>();
        kind.extend(segments.get(3));
        kind.join("/")
    };
    crawl.run(
        &client,
        &server,
        vec![
            "/editor".into(),
            format!("/editor?authority={}", gss::WALSALL),
            "/editor/people".into(),
            format!("/editor/import?authority={}", gss::WALSALL),
            "/editor/board/greater-manchester".into(),
            "/editor/lost-token".into(),
        ],
        staff,
        kind_of,
    );

    // Forms answered with their problems.
    let workspace = get(&format!("/editor?authority={}", gss::WALSALL));
    let csrf = field_value(&workspace, "csrf");
    let invite = post(
        "/editor/people/invite",
        &[
            ("csrf", &csrf),
            ("role", "council-editor"),
            ("email", "not an address"),
        ],
    );
    assert_eq!(invite.status().as_u16(), 422);
    crawl.check("/editor/people/invite (problems)", &invite.text().unwrap());
    let new_offer = post(
        "/editor/offers/new",
        &[("csrf", &csrf), ("authority", gss::WALSALL), ("title", "")],
    );
    assert_eq!(new_offer.status().as_u16(), 422);
    crawl.check("/editor/offers/new (problems)", &new_offer.text().unwrap());

    // The covenant: registering (with problems), and moderation by token.
    crawl.check("/covenant/register", &get("/covenant/register"));
    let register = post("/covenant/register", &[("name", "")]);
    crawl.check("/covenant/register (problems)", &register.text().unwrap());
    for path in ["/covenant/moderation", "/covenant/moderation/log"] {
        crawl.check(path, &get(path));
        let page = post(path, &[("token", moderator.as_str())]);
        assert_eq!(page.status().as_u16(), 200, "{path}");
        crawl.check(&format!("{path} (signed)"), &page.text().unwrap());
    }
    for kind in [
        "editor/offers",
        "editor/offers/history",
        "editor/offers/retire",
        "editor/people",
        "editor/import",
        "editor/board",
        "editor/retired",
    ] {
        assert!(
            crawl.per_kind.contains_key(kind),
            "no {kind} page was reached"
        );
    }
    crawl.assert_clean(35);
}

#[test]
fn arabic_pages_are_right_to_left_and_say_the_translation_awaits_review() {
    let server = TestServer::start();
    let client = reqwest::blocking::Client::new();
    let path = format!(
        "/compare?from={}&to={}&age=19&lang=ar",
        gss::WALSALL,
        gss::WILTSHIRE
    );
    let body = client
        .get(server.url(&path))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(
        body.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        &body[..200]
    );
    assert!(body.contains("class=\"translation-note\""));
    // The language menu names each language in itself and links to this page in it.
    for (tag, name) in [
        ("en", "English"),
        ("ar", "العربية"),
        ("fa-AF", "دری"),
        ("ps", "پښتو"),
    ] {
        assert!(
            body.contains(&format!("lang={tag}\" lang=\"{tag}\" hreflang=\"{tag}\"")),
            "{tag}"
        );
        assert!(body.contains(&format!(">{name}</a>")), "{name}");
    }
    // In English there is no note, and no language in the links.
    let english = client
        .get(server.url("/compare"))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(english.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(!english.contains("class=\"translation-note\""));
    assert!(english.contains("<a href=\"/search\">"));
}

#[test]
fn the_browsers_language_is_the_default_and_the_parameter_overrides_it() {
    let server = TestServer::start();
    let client = reqwest::blocking::Client::new();
    let get = |path: &str, accept: &str| {
        let response = client
            .get(server.url(path))
            .header("accept-language", accept)
            .send()
            .unwrap();
        let vary = response.headers()["vary"].to_str().unwrap().to_string();
        (vary, response.text().unwrap())
    };
    let (vary, body) = get("/", "ps, en;q=0.5");
    assert!(vary.contains("accept-language"), "{vary}");
    assert!(body.contains("<html lang=\"ps\" dir=\"rtl\">"));
    // Chosen by the browser, the language need not travel in links.
    assert!(body.contains("<a href=\"/search\">"));
    let (_, body) = get("/?lang=fa-AF", "ps");
    assert!(body.contains("<html lang=\"fa-AF\" dir=\"rtl\">"));
    assert!(body.contains("<a href=\"/search?lang=fa-AF\">"));
    let (_, body) = get("/?lang=en", "ar");
    assert!(body.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(
        body.contains("<a href=\"/search?lang=en\">"),
        "English, chosen, travels too"
    );
}

#[test]
fn the_widget_loads_one_languages_catalogue_at_a_time() {
    let server = TestServer::start();
    let client = reqwest::blocking::Client::new();
    let arabic: serde_json::Value = client
        .get(server.url("/widget/words/ar.json"))
        .send()
        .unwrap()
        .json()
        .unwrap();
    let words: atlas_shared::words::Words = serde_json::from_value(arabic).unwrap();
    assert_eq!(words.lang(), atlas_shared::words::Lang::Arabic);
    assert_eq!(
        words.t("nav-search"),
        atlas_shared::words::Words::of(atlas_shared::words::Lang::Arabic).t("nav-search")
    );
    let response = client
        .get(server.url("/widget/words/xx.json"))
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 404);
    let body: serde_json::Value = response.json().unwrap();
    assert_eq!(support::error_of(&body).0, "not_found");
}

#[test]
fn the_apis_sentences_follow_the_lang_parameter_and_never_the_browser() {
    let server = TestServer::start();
    let client = reqwest::blocking::Client::new();
    let arabic = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let compare = format!(
        "/api/v1/compare?from={}&to={}&age=19",
        gss::WALSALL,
        gss::WILTSHIRE
    );
    let get = |path: &str, accept: &str| -> String {
        client
            .get(server.url(path))
            .header("accept-language", accept)
            .send()
            .unwrap()
            .text()
            .unwrap()
    };
    // The same address answers the same to everyone: English without `lang`.
    let english = get(&compare, "ar");
    assert!(!arabic(&english));
    let in_arabic = get(&format!("{compare}&lang=ar"), "en");
    assert!(
        arabic(&in_arabic),
        "the reasons and questions are in Arabic"
    );
    // Published words and codes do not change.
    let (en, ar): (serde_json::Value, serde_json::Value) = (
        serde_json::from_str(&english).unwrap(),
        serde_json::from_str(&in_arabic).unwrap(),
    );
    assert_eq!(en["to"]["name"], ar["to"]["name"]);
    assert_eq!(
        en["rows"].as_array().map(Vec::len),
        ar["rows"].as_array().map(Vec::len)
    );
    // And the map's question and notes likewise.
    let map = "/api/v1/map?topic=council-tax&age=19";
    assert!(!arabic(&get(map, "ar")));
    assert!(arabic(&get(&format!("{map}&lang=ar"), "en")));
    // The JSON answers the cache keeps are kept per language.
    assert!(
        !arabic(&get(&compare, "en")),
        "an Arabic answer is never served for English"
    );
}

/// The element's script says a few things itself (while the widget loads, or when it
/// cannot); in another language it takes them from the catalogue it fetched, and its
/// English must be the catalogue's English.
#[test]
fn what_the_elements_script_says_itself_is_the_catalogues_english() {
    let script = include_str!("../widget/static/offer-atlas.js");
    let mut found = 0;
    for call in script.split("said(words, '").skip(1) {
        let mut parts = call.splitn(3, '\'');
        let id = parts.next().unwrap();
        let english = parts
            .next()
            .and_then(|_| call.split(", '").nth(1))
            .and_then(|rest| rest.split('\'').next())
            .unwrap_or_else(|| panic!("said(…, '{id}', …) gives its English"));
        assert_eq!(atlas_shared::words::Words::english().t(id), english, "{id}");
        found += 1;
    }
    assert!(found >= 3, "only {found} messages");
}
