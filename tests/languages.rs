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

/// Pages of the staff and organisations (sign-in, the editors' workspace, the covenant's
/// registration and moderation) stay in English, the staff's language; files and feeds
/// have no interface words.
const NOT_TRANSLATED: [&str; 6] = [
    "/editor",
    "/covenant",
    "/api/",
    "/widget/",
    "/feeds",
    "/oruk",
];

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

#[test]
fn every_public_page_in_the_pseudo_locale_is_all_catalogue_and_keeps_its_language() {
    let server = TestServer::start();
    let mut accept = reqwest::header::HeaderMap::new();
    accept.insert(reqwest::header::ACCEPT, "text/html".parse().unwrap());
    let client = reqwest::blocking::Client::builder()
        .default_headers(accept)
        .build()
        .unwrap();
    let a = Selector::parse("a[href]").unwrap();
    let form = Selector::parse("form").unwrap();
    let hidden_lang = Selector::parse("input[type=hidden][name=lang]").unwrap();
    let html = Selector::parse("html").unwrap();

    // Breadth first from the home page and the pages a reader opens from it; a few of
    // each kind (the first segment of the path), so every kind is seen, not every offer.
    let mut queue: VecDeque<String> = [
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
        "/search?q=money".to_string(),
        "/map?topic=council-tax&age=18".to_string(),
        format!("/map?from={}&age=19", gss::WALSALL),
        "/no-such-page".to_string(),
    ]
    .into_iter()
    .map(|p| atlas_shared::words::with_lang(&p, Some(atlas_shared::words::Lang::Pseudo)))
    .collect();
    let mut seen = BTreeSet::new();
    let mut per_kind: BTreeMap<String, usize> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut pages = 0;
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) {
            continue;
        }
        let kind = path
            .trim_start_matches('/')
            .split(['/', '?'])
            .next()
            .unwrap_or("")
            .to_string();
        let n = per_kind.entry(kind).or_default();
        *n += 1;
        if *n > 6 {
            continue;
        }
        let response = client.get(server.url(&path)).send().expect("GET");
        let status = response.status().as_u16();
        let body = response.text().expect("a page");
        assert!(status == 200 || status == 404, "{path}: {status}");
        pages += 1;
        let page = Html::parse_document(&body);
        let root = page.select(&html).next().expect("an html element");
        assert_eq!(root.value().attr("lang"), Some(PSEUDO), "{path}");
        assert_eq!(root.value().attr("dir"), Some("ltr"), "{path}");

        // The language menu names each language in itself; nothing else is plain English.
        let mut left = english_left(&page);
        left.remove("English");
        if !left.is_empty() {
            problems.push(format!("{path}: English left: {left:?}"));
        }
        for link in page.select(&a) {
            // The language menu's links lead to this page in another language.
            if link.value().attr("hreflang").is_some() {
                continue;
            }
            let href = link.value().attr("href").unwrap_or("");
            let Some(target) = own_link(href) else {
                continue;
            };
            if !translated(target) {
                continue;
            }
            if !target.contains(&format!("lang={PSEUDO}")) {
                problems.push(format!("{path}: the link {target} loses the language"));
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
            if method == "get" && translated(action) && f.select(&hidden_lang).next().is_none() {
                problems.push(format!(
                    "{path}: a form to '{action}' does not send the language"
                ));
            }
        }
    }
    assert!(pages >= 20, "only {pages} pages were reached: {per_kind:?}");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
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
