//! The server renders the same components: check the HTML says what matters.
#![cfg(feature = "ssr")]

use atlas_shared::api::SearchResponse;
use atlas_shared::compare::Comparison;
use atlas_shared::words::Locale;
use atlas_shared::{Authority, Category, Offer};
use atlas_widget::view::{offers_by_category, AgeBand};
use serde_json::json;

fn authority(code: &str, name: &str) -> serde_json::Value {
    json!({ "code": code, "name": name, "tier": "metropolitan_district", "parent": null,
            "partnerships": [], "website": null, "offer_url": null, "offer_reviewed": "2020-08-10" })
}

fn entitlement(title: &str, status: &str, certainty: &str, ask: Option<&str>) -> serde_json::Value {
    let question = ask.map(|a| {
        json!({
        "text": format!("Has “{title}” started, and will I get it?"),
        "whom": { "type": "authority", "id": "E06000054", "name": "Wiltshire" },
        "personal_adviser": false, "whom_text": a })
    });
    json!({ "offer": title.to_lowercase().replace(' ', "-"), "title": title, "summary": "A summary.",
            "provider": { "type": "authority", "id": "E08000030", "name": "Walsall" },
            "via": "home", "status": status, "certainty": certainty,
            "reason": "Walsall gives this to its own care leavers wherever they live, and you are one of them.",
            "value": { "amount_pence": 120000, "per": "year", "count": null, "percent": null, "note": null },
            "conditions": ["young_parent"], "ask": ask, "question": question,
            "source": { "document": "001_b4b6f27fa2511586.txt", "locator": "section 2.3", "url": null, "date": "2020-08-10" } })
}

/// Walsall → Wiltshire at 19: a topic kept, one to ask about, one lost, and an
/// entitlement that certainly stops inside the topic to ask about; from JSON as the API
/// sends it.
fn comparison() -> Comparison {
    serde_json::from_value(json!({
        "from": authority("E08000030", "Walsall"),
        "to": authority("E06000054", "Wiltshire"),
        "to_county": null, "age": 19, "circumstances": [],
        "notices": ["Cumbria County Council was replaced in 2023."],
        "rows": [
            { "topic": "gym", "label": "Free or cheap leisure", "category": "health-and-wellbeing",
              "stay": [entitlement("Leisure pass", "available", "yes", None)],
              "move": [entitlement("Gym pass", "planned", "yes", Some("Ask Wiltshire's leaving care team."))],
              "change": "ask", "lost": [0], "more_pledges": { "stay": 0, "move": 4 } },
            { "topic": "council-tax", "label": "Council tax help", "category": "money",
              "stay": [entitlement("Council tax paid in full", "available", "yes", None)],
              "move": [entitlement("Council tax paid in full", "available", "yes", None)],
              "change": "same" },
            { "topic": "setting-up-home-grant", "label": "Setting-up-home grant", "category": "money",
              "stay": [entitlement("Grant", "available", "yes", None)], "move": [], "change": "loss" }
        ],
        "summary": { "gain": 0, "loss": 1, "same": 1, "better": 0, "worse": 0, "ask": 1, "lost_in_asks": 1,
                     "money_per_year_pence": { "stay": 240000, "move": 120000, "difference": -120000 },
                     "money_once_pence": null,
                     "money_basis": "Yearly amounts of firm entitlements." }
    }))
    .expect("comparison JSON")
}

#[tokio::test]
async fn compare_view_puts_the_answer_first_and_every_topic_in_a_disclosure() {
    let html = atlas_widget::render_compare_view(Locale::default(), comparison()).await;
    for needle in [
        "Moving from Walsall to Wiltshire, aged 19",
        "For certain, if you move you would lose 2 things.",
        "1 question to ask before you move; 1 thing stays the same.",
        "£1,200 less each year if you move.",
        "What changes for certain",
        "Ask before you move",
        "Ask Wiltshire",
        "Has “Gym pass” started, and is it for me?",
        "What stays the same (1)",
        "Council tax paid in full",
        ">Lose<",
        ">Keep<",
        "Planned – not available yet",
        "Who to ask:</strong>",
        "Ask Wiltshire's leaving care team.",
        "Cumbria County Council was replaced in 2023.",
        "Only if you are a parent.",
        "And 4 more Care Leaver Covenant pledges",
        "wherever they live, and you are one of them.",
        "Source: a council report, 10 August 2020, <span lang=\"en\">section 2.3</span>",
        "You get: £1,200 a year",
        "/offers/grant",
        "/compare/questions?from=E08000030&amp;to=E06000054&amp;age=19",
    ] {
        let needle = needle.replace("&#x27;", "'");
        assert!(
            html.contains(&needle)
                || html.contains(&needle.replace('\'', "&#x27;"))
                || html.contains(&needle.replace('\'', "&#39;")),
            "missing {needle:?} in {html}"
        );
    }
    // The answer first: the certain losses (the lost grant, the leisure pass that stops),
    // then the questions, then what stays the same.
    let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("no {needle}"));
    assert!(at("What changes for certain") < at("Setting-up-home grant"));
    assert!(at("Setting-up-home grant") < at("Ask before you move"));
    assert!(at("Leisure pass") < at("Ask before you move"));
    assert!(at("Ask before you move") < at("What stays the same"));
    // Money topics come first among the certain changes.
    assert!(at("Setting-up-home grant") < at("Leisure pass"));
    // Every topic is a disclosure; "what stays the same" too, closed.
    // (The planned offer is asked about in one question, not in a topic of its own.)
    assert_eq!(html.matches("<details").count(), 4, "{html}");
    assert!(!html.contains("<details open"));
    // Never a seed's file name, a field's name or a bare label.
    for banned in [".txt", "Worth:", "null", "unstated"] {
        assert!(!html.contains(banned), "{banned} in {html}");
    }
}

/// Issue 21: what needs a situation they did not tick, what a region agreed, how old each
/// side's source is, the reading note behind "Why?", and abbreviations written out.
#[tokio::test]
async fn compare_view_says_if_you_are_what_the_region_agreed_and_how_old_it_is() {
    let mut c = serde_json::to_value(comparison()).expect("json");
    let mut uni = entitlement("HE bursary", "available", "yes", None);
    uni["if_you_are"] = json!(["in_higher_education"]);
    uni["summary"] = json!("Your PA helps you apply. CAMHS and your PA can help too.");
    c["rows"][1]["stay"][0]["note"] = json!("Section 23C of the Children Act 1989.");
    let mut agreed = entitlement("Council tax exemption to 25", "available", "yes", None);
    agreed["agreed"] = json!("being_considered");
    agreed["via"] = json!("partnership");
    agreed["provider"] = json!({ "type": "partnership", "id": "gm", "name": "Greater Manchester" });
    c["rows"].as_array_mut().unwrap().push(json!({
        "topic": "he-bursary", "label": "University bursary", "category": "education-and-training",
        "stay": [uni], "move": [agreed], "change": "depends" }));
    c["as_of"] = json!([
        { "code": "E08000030", "name": "Walsall", "date": "2025-06-01", "offer_url": null },
        { "code": "E06000054", "name": "Wiltshire", "date": "2018-03-01", "offer_url": "https://wiltshire.example/offer" }
    ]);
    let c: Comparison = serde_json::from_value(c).expect("comparison");
    let html = atlas_widget::render_compare(
        Locale::default(),
        atlas_widget::ComparePageData {
            comparison: Some(c.clone()),
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 6),
            ..Default::default()
        },
    )
    .await;
    let html = html.replace("&#39;", "'").replace("&#x27;", "'");
    for needle in [
        "If you are at university or in higher education",
        "What the region agreed",
        "Council tax exemption to 25",
        "Being considered, not agreed yet",
        "promises between councils, not something you can claim",
        "Walsall's offer: from a 2025 source",
        "Wiltshire's offer: from a 2018 source",
        "check with Wiltshire before you rely on it",
        "href=\"https://wiltshire.example/offer\"",
        "<summary>Why?</summary>",
        "Your Personal Adviser (PA) helps you apply.",
        "CAMHS (children\u{2019}s mental health services) and your PA",
    ] {
        assert!(html.contains(needle), "missing {needle:?} in {html}");
    }
    // Walsall's source is recent: no warning for it.
    assert_eq!(html.matches("before you rely on it").count(), 1);
    // Neither is counted, kept or asked about.
    let uni_at = html.find("HE bursary").expect("the bursary");
    assert!(uni_at > html.find("If you are at university").unwrap());
    assert_eq!(
        html.matches("data-topic=\"he-bursary\"").count(),
        0,
        "a row for what depends"
    );
    let agreed_at = html.find("What the region agreed").unwrap();
    let agreed_end = agreed_at + html[agreed_at..].find("</section>").unwrap();
    assert!(!html[agreed_at..agreed_end].contains(">Keep<"));
    assert!(!html[agreed_at..agreed_end].contains("You get"));
    // The note is inside the disclosure, not in the page's text.
    let why = html.find("<summary>Why?</summary>").unwrap();
    assert!(html.find("Section 23C").unwrap() > why);
    // The form keeps the ticks and asks about the situations.
    assert!(html.contains("<input value=\"in_higher_education\" type=\"checkbox\""));
}

/// One council: one list, no moving words.
#[tokio::test]
async fn one_council_reads_as_what_it_gives() {
    let mut c = serde_json::to_value(comparison()).expect("json");
    c["to"] = c["from"].clone();
    c["rows"] = json!([c["rows"][1].clone()]);
    let c: Comparison = serde_json::from_value(c).expect("comparison");
    let html = atlas_widget::render_compare_view(Locale::default(), c).await;
    assert!(html.contains("What Walsall gives you at 19"), "{html}");
    assert!(html.contains("Council tax paid in full"));
    assert!(!html.contains("atlas-cols"));
    let lower = html.to_lowercase();
    for word in [" move", "moving", "if you stay"] {
        assert!(!lower.contains(word), "{word} in {html}");
    }
}

#[tokio::test]
async fn compare_page_has_a_plain_get_form_with_the_query_kept() {
    let authorities: Vec<Authority> = vec![
        serde_json::from_value(authority("E08000030", "Walsall")).expect("a"),
        serde_json::from_value(authority("E06000054", "Wiltshire")).expect("a"),
    ];
    let html = atlas_widget::render_compare(
        Locale::default(),
        atlas_widget::ComparePageData {
            authorities,
            from: Some("E08000030".into()),
            to: Some("E06000054".into()),
            age: Some(19),
            comparison: Some(comparison()),
            error: None,
            ..Default::default()
        },
    )
    .await;
    assert!(html.contains(r#"method="get""#), "{html}");
    assert!(html.contains(r#"action="/compare""#));
    assert!(
        html.contains(r#"name="from""#)
            && html.contains(r#"name="to""#)
            && html.contains(r#"name="age""#)
    );
    assert!(html.contains(r#"<label for="atlas-from">"#));
    assert!(html.contains("Council tax paid in full"));
    assert!(!html.contains("<script"));

    // A problem: an error summary that links to the field, the message beside the field,
    // the field marked invalid, and what was chosen kept.
    let html = atlas_widget::render_compare(
        Locale::default(),
        atlas_widget::ComparePageData {
            authorities: vec![
                serde_json::from_value(authority("E06000054", "Wiltshire")).expect("a")
            ],
            to: Some("E06000054".into()),
            age: Some(19),
            error: Some((
                "from".into(),
                "Choose the council that looked after you from the list.".into(),
            )),
            ..Default::default()
        },
    )
    .await;
    assert!(html.contains(r#"role="alert""#), "{html}");
    assert!(html.contains(
        r##"<a href="#atlas-from">Choose the council that looked after you from the list.</a>"##
    ));
    assert!(html.contains(r#"id="atlas-from-error""#));
    assert!(html.contains(r#"aria-invalid="true""#));
    assert_eq!(html.matches(r#"aria-invalid="true""#).count(), 1);
    assert!(
        html.contains(r#"<option value="E06000054" selected>Wiltshire</option>"#)
            || html.contains(r#"value="E06000054" selected"#),
        "{html}"
    );
}

#[tokio::test]
async fn search_results_mark_matches_as_text_never_html() {
    let response: SearchResponse = serde_json::from_value(json!({
        "total": 1,
        "hits": [{ "type": "offer", "id": "w-rent", "title": "Rent <b>help</b>", "summary": "s",
                   "topic": "rent-guarantor", "category": "accommodation", "status": "pilot",
                   "authority": "E06000054", "organisation": null, "provider_name": "Wiltshire",
                   "highlight": { "field": "summary", "text": "We pay <i>rent</i> deposits", "ranges": [[10, 14]] },
                   "score": 1.5 }],
        "facets": { "category": {}, "topic": {}, "type": {}, "authority": {} }
    }))
    .expect("search JSON");
    let html = atlas_widget::render_search(
        Locale::default(),
        "rent".into(),
        None,
        None,
        Some(response),
        None,
    )
    .await;
    assert!(html.contains("<mark>rent</mark>"), "{html}");
    assert!(!html.contains("<i>") && !html.contains("<b>"), "{html}");
    assert!(html.contains("1 result for “rent”"));
    assert!(html.contains("Somewhere to live"));
    assert!(html.contains("/authorities/E06000054#offer-w-rent"));
    assert!(html.contains("Pilot"));
}

#[tokio::test]
async fn authority_page_groups_offers_by_category_and_band() {
    let offer = |id: &str, category: &str, from: u8, to: u8| -> Offer {
        serde_json::from_value(json!({
            "id": id, "authority": "E06000054", "topic": "council-tax", "category": category,
            "title": format!("Offer {id}"), "summary": "s", "details": null, "status": "available",
            "basis": "discretionary", "applies_to": "any_care_leaver_in_area", "age_from": from, "age_to": to,
            "conditions": [], "value": null, "how_to_access": "Ask your PA.", "contact": null,
            "source": { "document": "d", "locator": "p1", "url": null, "date": null },
            "reviewed": null, "council_tax": null, "version": 1, "updated_at": "2024-01-01T00:00:00Z"
        }))
        .expect("offer JSON")
    };
    let offers = vec![
        offer("a", "money", 18, 25),
        offer("b", "relationships", 16, 17),
    ];
    let groups = offers_by_category(&offers, Some(AgeBand::From21To25));
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].0, Category::Money);
    let wilts: Authority = serde_json::from_value(authority("E06000054", "Wiltshire")).expect("a");
    let html = atlas_widget::render_authority(Locale::default(), wilts, offers, None).await;
    assert!(html.contains("What Wiltshire offers care leavers"));
    assert!(html.contains("Offer a") && html.contains("Offer b"));
    assert!(
        html.contains("Ages 18 to 25 · Aged 18 to 20, Aged 21 to 25"),
        "{html}"
    );
    assert!(html.find("Relationships") < html.find("Money"));
    assert!(html.contains(r#"id="offer-a""#));
}
