//! End-to-end tests of the server-rendered pages: they work without JavaScript, carry
//! the right status, never echo input as markup, and stay small.

mod support;

use support::TestServer;

fn html(server: &TestServer, path: &str) -> (u16, String, reqwest::header::HeaderMap) {
    let response = server.get(path);
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (status, response.text().expect("body"), headers)
}

#[test]
fn the_pages_answer_in_html_with_forms_that_need_no_javascript() {
    let server = TestServer::start();

    let (status, home, headers) = html(&server, "/");
    assert_eq!(status, 200);
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(home.contains("<html lang=\"en\">"));
    assert!(home.contains("<script type=\"module\" src=\"/widget/offer-atlas.js\"></script>"));
    assert!(home.contains("<offer-atlas to=\"E06000054\">"));
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("'wasm-unsafe-eval'") && csp.contains("default-src 'self'"),
        "{csp}"
    );
    assert!(headers.get("set-cookie").is_none());

    // The empty compare page is a plain GET form.
    let (status, form, _) = html(&server, "/compare");
    assert_eq!(status, 200);
    assert!(form.contains("method=\"get\""), "no GET form");
    for name in ["from", "to", "age"] {
        assert!(
            form.contains(&format!("name=\"{name}\"")),
            "no {name} field"
        );
    }

    // A filled-in comparison, as the form would submit it.
    let (_, walsall_ct) = server.get_json("/api/v1/offers/walsall-council-tax");
    let (status, page, _) = html(&server, "/compare?from=E08000030&to=E06000054&age=19");
    assert_eq!(status, 200);
    assert!(page.contains("Walsall") && page.contains("Wiltshire"));
    assert!(page.contains("Council tax help"), "no council tax row");
    let title = walsall_ct["title"].as_str().unwrap();
    assert!(
        page.contains(&title.replace('&', "&amp;").replace('\'', "&#39;")) || page.contains(title),
        "{title} missing"
    );

    let (status, page, _) = html(&server, "/compare?from=E08000030&to=E06000054&age=99");
    assert_eq!(status, 400);
    assert!(page.contains("16 to 25"), "the problem is not explained");
    let (status, _, _) = html(&server, "/compare?from=E99999999&to=E06000054&age=19");
    assert_eq!(status, 400);

    let (status, page, _) = html(&server, "/authorities/E06000054");
    assert_eq!(status, 200);
    assert!(page.contains("Wiltshire"));
    let (status, _, _) = html(&server, "/authorities/E06000054?band=18-20");
    assert_eq!(status, 200);
    let (status, _, _) = html(&server, "/authorities/E99999999");
    assert_eq!(status, 404);

    let (status, page, _) = html(&server, "/search?q=wifi");
    assert_eq!(status, 200);
    assert!(page.to_lowercase().contains("wifi"));
}

#[test]
fn input_is_never_echoed_as_markup() {
    let server = TestServer::start();
    let attack = "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%3E";
    for path in [
        format!("/search?q={attack}"),
        format!("/compare?from={attack}&to=E06000054&age=19"),
        format!("/compare?from=E08000030&to=E06000054&age={attack}"),
    ] {
        let (_, page, _) = html(&server, &path);
        assert!(!page.contains("<script>alert(1)"), "{path} echoed a script");
        assert!(!page.contains("<img src=x>"), "{path} echoed markup");
    }
}

#[test]
fn the_compare_page_is_within_its_transfer_budget() {
    let server = TestServer::start();
    // What a browser transfers: gzip, as every browser asks for it.
    // reqwest is built without decompression, so these are the bytes on the wire.
    let client = reqwest::blocking::Client::new();
    let response = client
        .get(server.url("/compare?from=E08000030&to=E06000054&age=19"))
        .header("accept-encoding", "gzip")
        .send()
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "gzip");
    let transferred = response.bytes().unwrap().len();
    eprintln!("compare page transferred: {transferred} bytes");
    assert!(
        transferred <= 30 * 1024,
        "{transferred} bytes is over the 30 KB budget"
    );
}

/// Issue #13: the questions page, the offer pages that comparisons and boards link to,
/// a page (not JSON) for a browser's unknown address, and errors in the page's words.
#[test]
fn questions_offer_pages_unknown_pages_and_errors_speak_to_people() {
    let server = TestServer::start();
    let browser = |path: &str| {
        let response = server
            .client
            .get(server.url(path))
            .header("accept", "text/html,application/xhtml+xml")
            .send()
            .expect("GET");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        (status, response.text().expect("body"), headers)
    };

    // Every question of the comparison, by whom to ask, each with a line for the answer.
    let (_, c) = server.get_json("/api/v1/compare?from=E08000030&to=E06000054&age=19");
    let mut questions: Vec<String> = Vec::new();
    for r in c["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["change"] == "ask")
    {
        for side in ["stay", "move"] {
            for e in r[side].as_array().unwrap() {
                // Planned offers are asked about together, once per council.
                if e["status"] == "planned" || e["status"] == "pilot" {
                    continue;
                }
                if let Some(q) = e["question"]["text"].as_str() {
                    if !questions.iter().any(|x| x == q) {
                        questions.push(q.to_string());
                    }
                }
            }
        }
    }
    assert!(questions.len() >= 6, "{}", questions.len());
    let (status, page, headers) = browser("/compare/questions?from=E08000030&to=E06000054&age=19");
    assert_eq!(status, 200);
    assert!(headers.get("set-cookie").is_none());
    assert!(!page.contains("<script"));
    assert!(page.contains("@page { size: A4"));
    assert!(page.contains("<h2>Ask your Personal Adviser at Walsall</h2>"));
    assert!(page.contains("<h2>Ask Wiltshire</h2>"));
    for q in &questions {
        let escaped = q.replace('&', "&amp;").replace('\'', "&#39;");
        assert!(page.contains(&escaped) || page.contains(q), "missing {q}");
    }
    assert!(page.matches("class=\"atlas-answer\"").count() >= questions.len());
    assert!(page.contains("Have any of these started, and are they for me"));
    let (status, _, _) = browser("/compare/questions?from=E08000030");
    assert_eq!(status, 400);

    // An offer's own page, titled by the offer, with its source and history.
    let (status, page, _) = browser("/offers/walsall-council-tax");
    assert_eq!(status, 200);
    let (_, offer) = server.get_json("/api/v1/offers/walsall-council-tax");
    let title = offer["title"].as_str().unwrap();
    assert!(page.contains(&format!("<h1>{title}</h1>")), "{page}");
    assert!(page.contains("<title>Walsall: "));
    assert!(page.contains("section 2.3") || page.contains("2.3"));
    assert!(page.contains("Version 1: added"));
    assert!(page.contains("care leavers Walsall looked after, wherever they live"));
    let (status, page, _) = browser("/offers/no-such-offer");
    assert_eq!(status, 404);
    assert!(page.contains("<h1>Page not found</h1>"));

    // An unknown address outside /api/: a page for a browser, JSON for an API client.
    let (status, page, headers) = browser("/no/such/page");
    assert_eq!(status, 404);
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(page.contains("<html lang=\"en\">") && page.contains("<nav"));
    assert!(page.contains("<title>Page not found – Offer Atlas</title>"));
    let (status, body) = server.get_json("/no/such/page");
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (404, Some("not_found"))
    );
    let (status, page, headers) = browser("/api/v1/nothing-here");
    assert_eq!(status, 404);
    assert!(headers["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/json"));
    assert!(page.contains("\"not_found\""));

    // An unknown council: the page speaks of councils, links to the field, marks it
    // invalid, keeps what was chosen, and says "Error:" first in the title.
    let (status, page, _) = browser("/compare?from=E99999999&to=E06000054&age=19");
    assert_eq!(status, 400);
    assert!(page.contains("<title>Error: Compare councils – Offer Atlas</title>"));
    assert!(page.contains(
        "<a href=\"#atlas-from\">Choose the council that looked after you from the list.</a>"
    ));
    assert!(page.contains("aria-invalid=\"true\""));
    assert!(page.contains("value=\"E06000054\" selected"));
    assert!(!page.contains("ONS") && !page.contains("parameter"));
}

/// The count of compare answers the response cache served as `outcome` (hit or miss).
fn compare_cache(server: &TestServer, outcome: &str) -> u64 {
    let metrics = server.get("/metrics").text().expect("metrics");
    let line =
        format!("offer_atlas_response_cache_total{{cache=\"compare\",outcome=\"{outcome}\"}} ");
    metrics
        .lines()
        .find_map(|l| l.strip_prefix(&line))
        .map_or(0, |n| n.trim().parse().expect("a count"))
}

#[test]
fn the_compare_page_and_the_api_share_one_cached_answer() {
    let server = TestServer::start();
    let query = "from=E08000030&to=E06000054&age=19";
    let (status, page, _) = html(&server, &format!("/compare?{query}"));
    assert_eq!(status, 200);
    assert!(page.contains("Wiltshire"), "{page}");
    // A national pledge is shown once, as reaching them wherever they live.
    assert!(page.contains("Wherever you live"), "{page}");
    assert_eq!(
        page.matches("Civil Service Care Leaver Internship Scheme")
            .count(),
        1,
        "{page}"
    );
    assert_eq!(
        (
            compare_cache(&server, "miss"),
            compare_cache(&server, "hit")
        ),
        (1, 0)
    );
    // The API answers the same request from the page's computation, and the printable
    // questions page from the same again.
    let (status, _) = server.get_json(&format!("/api/v1/compare?{query}"));
    assert_eq!(status, 200);
    let (status, _, _) = html(&server, &format!("/compare/questions?{query}"));
    assert_eq!(status, 200);
    assert_eq!(
        (
            compare_cache(&server, "miss"),
            compare_cache(&server, "hit")
        ),
        (1, 2)
    );
    // A page for a request the rules refuse is still the page's own error.
    let (status, page, _) = html(&server, "/compare?from=E08000030&to=E06000054&age=30");
    assert_eq!(status, 400);
    assert!(page.contains("from 16 to 25"), "{page}");
}

#[test]
fn the_link_to_every_pledge_on_a_topic_lists_them() {
    let server = TestServer::start();
    // The comparison's "and N more pledges" link, as the widget and the pages build it.
    let url = atlas_widget::view::pledge_search_url("", "internships");
    let (status, page, _) = html(&server, &url);
    assert_eq!(status, 200);
    assert!(
        page.contains("Care Leaver Covenant pledges on “Internships”"),
        "{page}"
    );
    assert!(
        page.contains("Civil Service Care Leaver Internship Scheme"),
        "{page}"
    );
    assert!(page.contains("1 result"), "{page}");
    // Offers are not listed there, and an unknown topic is a plain search page.
    let (_, jobs, _) = html(
        &server,
        &atlas_widget::view::pledge_search_url("", "jobcentre-protocol"),
    );
    assert!(jobs.contains("2 results"), "{jobs}");
    let (status, unknown, _) = html(&server, "/search?type=pledge&topic=no-such-topic");
    assert_eq!(status, 200);
    assert!(!unknown.contains("class=\"atlas-count\""), "{unknown}");
}
