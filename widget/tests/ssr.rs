//! The server renders the same components: check the HTML says what matters.
#![cfg(feature = "ssr")]

use atlas_shared::api::SearchResponse;
use atlas_shared::compare::{Change, Comparison};
use atlas_shared::{Authority, Category, Offer};
use atlas_widget::view::{offers_by_category, rows_by_category, AgeBand};
use serde_json::json;

fn authority(code: &str, name: &str) -> serde_json::Value {
    json!({ "code": code, "name": name, "tier": "metropolitan_district", "parent": null,
            "partnerships": [], "website": null, "offer_url": null, "offer_reviewed": "2020-08-10" })
}

fn entitlement(title: &str, status: &str, certainty: &str, ask: Option<&str>) -> serde_json::Value {
    json!({ "offer": "o", "title": title, "summary": "A summary.",
            "provider": { "type": "authority", "id": "E08000030", "name": "Walsall" },
            "via": "home", "status": status, "certainty": certainty,
            "value": { "amount_pence": 120000, "per": "year", "count": null, "percent": null, "note": null },
            "conditions": ["young_parent"], "ask": ask })
}

/// Walsall → Wiltshire at 19, three rows in two categories, from JSON as the API sends it.
fn comparison() -> Comparison {
    serde_json::from_value(json!({
        "from": authority("E08000030", "Walsall"),
        "to": authority("E06000054", "Wiltshire"),
        "to_county": null, "age": 19, "circumstances": [],
        "notices": ["Cumbria County Council was replaced in 2023."],
        "rows": [
            { "topic": "council-tax", "label": "Council tax help", "category": "money",
              "stay": [entitlement("Council tax paid in full", "available", "yes", None)],
              "move": [entitlement("Council tax paid in full", "available", "yes", None)],
              "change": "same" },
            { "topic": "gym", "label": "Free or cheap leisure", "category": "health-and-wellbeing",
              "stay": [], "move": [entitlement("Gym pass", "planned", "yes", Some("Ask Wiltshire's leaving care team."))],
              "change": "ask", "more_pledges": { "stay": 0, "move": 4 } },
            { "topic": "setting-up-home-grant", "label": "Setting-up-home grant", "category": "money",
              "stay": [entitlement("Grant", "available", "yes", None)], "move": [], "change": "loss" }
        ],
        "summary": { "gain": 0, "loss": 1, "same": 1, "better": 0, "worse": 0, "ask": 1,
                     "money_per_year_pence": { "stay": 240000, "move": 120000, "difference": -120000 },
                     "money_basis": "Yearly amounts of firm entitlements." }
    }))
    .expect("comparison JSON")
}

#[test]
fn rows_group_by_category_in_fixed_order() {
    let c = comparison();
    let groups = rows_by_category(&c.rows);
    let cats: Vec<Category> = groups.iter().map(|(c, _)| *c).collect();
    assert_eq!(cats, [Category::HealthAndWellbeing, Category::Money]);
    assert_eq!(groups[1].1.len(), 2);
    assert_eq!(groups[1].1[1].change, Change::Loss);
}

#[tokio::test]
async fn compare_view_renders_rows_words_and_money() {
    let html = atlas_widget::render_compare_view(comparison()).await;
    for needle in [
        "Moving from Walsall to Wiltshire, aged 19",
        "Council tax help",
        "Council tax paid in full",
        ">Keep<",
        ">Lose<",
        ">Ask<",
        "Planned – not available yet",
        "Who to ask: ",
        "Ask Wiltshire&#x27;s leaving care team.",
        "Cumbria County Council was replaced in 2023.",
        "£1,200 less each year if you move.",
        "Only if you are a parent.",
        "And 4 more Care Leaver Covenant pledges",
        "Health and wellbeing",
    ] {
        let needle = needle.replace("&#x27;", "'");
        assert!(
            html.contains(&needle)
                || html.contains(&needle.replace('\'', "&#x27;"))
                || html.contains(&needle.replace('\'', "&#39;")),
            "missing {needle:?} in {html}"
        );
    }
    // Health comes before money, whatever the row order.
    assert!(html.find("Free or cheap leisure") < html.find("Council tax help"));
}

#[tokio::test]
async fn compare_page_has_a_plain_get_form_with_the_query_kept() {
    let authorities: Vec<Authority> = vec![
        serde_json::from_value(authority("E08000030", "Walsall")).expect("a"),
        serde_json::from_value(authority("E06000054", "Wiltshire")).expect("a"),
    ];
    let html = atlas_widget::render_compare(atlas_widget::ComparePageData {
        authorities,
        from: Some("E08000030".into()),
        to: Some("E06000054".into()),
        age: Some(19),
        comparison: Some(comparison()),
        error: None,
    })
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

    let html = atlas_widget::render_compare(atlas_widget::ComparePageData {
        error: Some("We do not know the council in \"from\".".into()),
        ..Default::default()
    })
    .await;
    assert!(html.contains(r#"role="alert""#) && html.contains("We do not know the council"));
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
    let html = atlas_widget::render_search("rent".into(), None, Some(response), None).await;
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
    let html = atlas_widget::render_authority(wilts, offers, None).await;
    assert!(html.contains("What Wiltshire offers care leavers"));
    assert!(html.contains("Offer a") && html.contains("Offer b"));
    assert!(
        html.contains("Ages 18 to 25 · Aged 18 to 20, Aged 21 to 25"),
        "{html}"
    );
    assert!(html.find("Relationships") < html.find("Money"));
    assert!(html.contains(r#"id="offer-a""#));
}
