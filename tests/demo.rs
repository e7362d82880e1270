//! The demo registry holds what the seed documents say: a sample of records checked
//! against the seed text itself, through the real server.

mod support;

use serde_json::Value;
use support::TestServer;

/// The text of a seed document (the folder beside the project).
fn seed(file: &str) -> String {
    let path = format!("{}/../../shared/seeds/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// Seed text with line breaks and runs of spaces collapsed, for phrase checks.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const WILTSHIRE_SEED: &str = "000_dd1cb549a4835cd9.txt";
const WALSALL_SEED: &str = "001_b4b6f27fa2511586.txt";
const DFE_SEED: &str = "004_917c4464bc7c359c.txt";

fn offer(server: &TestServer, id: &str) -> Value {
    let (status, body) = server.get_json(&format!("/api/v1/offers/{id}"));
    assert_eq!(status, 200, "{id}: {body}");
    body
}

#[test]
fn sampled_offers_say_what_their_seed_says() {
    let server = TestServer::start();
    let walsall = flat(&seed(WALSALL_SEED));
    let wiltshire = flat(&seed(WILTSHIRE_SEED));

    // Walsall: council tax relief "irrespective of whether they resided in Walsall or out
    // of the Borough" — portable.
    assert!(walsall.contains(
        "council tax relief irrespective of whether they resided in Walsall or out of the Borough"
    ));
    let ct = offer(&server, "walsall-council-tax");
    assert_eq!(ct["applies_to"], "own_care_leavers_anywhere");
    assert_eq!(ct["status"], "available");
    assert_eq!(ct["source"]["document"], WALSALL_SEED);
    assert!(ct["source"]["locator"].as_str().unwrap().contains("2.3"));
    assert_eq!(ct["source"]["date"], "2020-08-10");

    // Walsall: the £2,000 higher education bursary, only for those in higher education.
    assert!(walsall.contains("£2,000"));
    let bursary = offer(&server, "walsall-higher-education-bursary");
    assert_eq!(bursary["value"]["amount_pence"], 200_000);
    assert_eq!(bursary["basis"], "statutory");
    assert!(
        bursary["conditions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "in_higher_education"),
        "{bursary}"
    );

    // Wiltshire: a wifi contribution being worked on (planned), supported housing a pilot.
    assert!(wiltshire.contains("Contribution towards WiFi payments"));
    assert_eq!(offer(&server, "wiltshire-wifi")["status"], "planned");
    assert!(wiltshire.to_lowercase().contains("pilot"));
    assert_eq!(
        offer(&server, "wiltshire-supported-housing-pilot")["status"],
        "pilot"
    );

    // Every offer cites one of the seed documents and a place in it.
    let seeds = [
        WILTSHIRE_SEED,
        WALSALL_SEED,
        "002_863a0ddf70956cc7.txt",
        "003_5d6d8b82bfac8ea0.txt",
        DFE_SEED,
    ];
    let (_, list) = server.get_json("/api/v1/authorities");
    let mut count = 0;
    for a in list["items"].as_array().unwrap() {
        let (_, detail) = server.get_json(&format!(
            "/api/v1/authorities/{}",
            a["code"].as_str().unwrap()
        ));
        for o in detail["offers"].as_array().unwrap() {
            count += 1;
            assert!(
                seeds.contains(&o["source"]["document"].as_str().unwrap()),
                "{}",
                o["id"]
            );
            assert!(
                !o["source"]["locator"].as_str().unwrap().is_empty(),
                "{}",
                o["id"]
            );
            assert!(
                o["source"]["date"].is_string(),
                "{} has no document date",
                o["id"]
            );
        }
    }
    assert!(count >= 100, "only {count} demo offers");
    let (_, wilts) = server.get_json("/api/v1/authorities/E06000054");
    assert!(wilts["offers"].as_array().unwrap().len() >= 15);
    let (_, wals) = server.get_json("/api/v1/authorities/E08000030");
    assert!(wals["offers"].as_array().unwrap().len() >= 15);
}

#[test]
fn places_partnerships_and_the_covenant_match_the_seeds() {
    let server = TestServer::start();
    let dfe = flat(&seed(DFE_SEED));

    // Greater Manchester: ten members, each exempting any care leaver from council tax "to
    // 25 years", which is until the 25th birthday: age_to 24 (ranges are inclusive).
    let (_, gm) = server.get_json("/api/v1/partnerships/greater-manchester");
    let members = gm["members"].as_array().unwrap();
    assert_eq!(members.len(), 10);
    assert!(gm["guarantee"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["topics"]
            .as_array()
            .unwrap()
            .contains(&"council-tax".into())));
    for code in members {
        let (_, detail) =
            server.get_json(&format!("/api/v1/authorities/{}", code.as_str().unwrap()));
        let ct: Vec<&Value> = detail["offers"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| o["topic"] == "council-tax")
            .collect();
        assert_eq!(ct.len(), 1, "{code}");
        assert_eq!(ct[0]["applies_to"], "any_care_leaver_in_area", "{code}");
        assert_eq!(ct[0]["age_to"], 24, "{code}");
        assert_eq!(ct[0]["source"]["document"], DFE_SEED);
    }

    // Leicestershire and its seven districts; Cumbria and its 2023 successors.
    let (_, leics) = server.get_json("/api/v1/authorities?tier=district");
    let districts = leics["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["parent"] == "E10000018")
        .count();
    assert_eq!(districts, 7);
    let (_, cumbria) = server.get_json("/api/v1/authorities/E10000006");
    assert_eq!(cumbria["replaced_on"], "2023-04-01");
    let mut successors: Vec<&str> = cumbria["successors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    successors.sort();
    assert_eq!(successors, ["E06000063", "E06000064"]);
    let (_, cumberland) = server.get_json("/api/v1/authorities/E06000063");
    assert!(cumberland["offers"].as_array().unwrap().is_empty());

    // The Civil Service internship scheme: "over 500 placements".
    assert!(dfe.contains("offering over 500 placements"));
    let (_, pledges) = server.get_json("/api/v1/pledges");
    let internships = pledges["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "civil-service-care-leaver-internships")
        .expect("internships");
    assert_eq!(internships["places"], 500);
    assert_eq!(internships["coverage"]["national"], true);
    // A signatory named without an offer has no invented pledge.
    assert!(dfe.contains("Metro Bank"));
    let (_, orgs) = server.get_json("/api/v1/organisations");
    if let Some(metro) = orgs["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"].as_str().unwrap().contains("Metro Bank"))
    {
        let (_, detail) = server.get_json(&format!(
            "/api/v1/organisations/{}",
            metro["id"].as_str().unwrap()
        ));
        assert!(detail["pledges"].as_array().unwrap().is_empty());
    }
}

/// The whole number written straight after `phrase` in `text` (which must contain it).
fn number_after(text: &str, phrase: &str) -> u8 {
    let at = text
        .find(phrase)
        .unwrap_or_else(|| panic!("the seed does not say {phrase:?}"))
        + phrase.len();
    let digits: String = text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number after {phrase:?}"))
}

/// One reading of ages everywhere: "to N", "up to N", "until the age of N" run until the
/// Nth birthday, so the last age covered (ranges are inclusive) is N - 1.
fn last_age_of(n: u8) -> Value {
    Value::from(n - 1)
}

#[test]
fn greater_manchester_ages_run_until_the_birthday_the_seed_names() {
    let server = TestServer::start();
    let dfe = flat(&seed(DFE_SEED));
    // The numbers come from the GM offer's own words.
    let tax_to = number_after(&dfe, "11. Council Tax Exemption to ");
    let travel_to = number_after(&dfe, "years – an offer to ");
    let travel_ambition = number_after(&dfe, "free travel across GM for Care Leavers up to ");
    let prescriptions_to = number_after(&dfe, "free prescriptions for all care leavers up to ");
    assert_eq!(
        (tax_to, travel_to, travel_ambition, prescriptions_to),
        (25, 21, 25, 25)
    );

    let (_, gm) = server.get_json("/api/v1/partnerships/greater-manchester");
    for code in gm["members"].as_array().unwrap() {
        let (_, detail) =
            server.get_json(&format!("/api/v1/authorities/{}", code.as_str().unwrap()));
        let offers = detail["offers"].as_array().unwrap();
        let of_item = |topic: &str, item: &str| -> Vec<&Value> {
            offers
                .iter()
                .filter(|o| {
                    o["topic"] == topic
                        && o["source"]["locator"]
                            .as_str()
                            .unwrap()
                            .ends_with(&format!("The GM offer, {item}"))
                })
                .collect()
        };
        let tax = of_item("council-tax", "item 11");
        assert_eq!(tax.len(), 1, "{code}");
        assert_eq!(tax[0]["age_to"], last_age_of(tax_to), "{code}");
        let travel = of_item("travel", "item 8");
        assert_eq!(travel.len(), 1, "{code}");
        assert_eq!(travel[0]["age_to"], last_age_of(travel_to), "{code}");
    }

    // The guarantee's standards are read the same way.
    let standard = |id: &str| {
        gm["guarantee"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap_or_else(|| panic!("no guarantee item {id}"))["standard"]
            .clone()
    };
    assert_eq!(standard("council-tax")["age_to"], last_age_of(tax_to));
    assert_eq!(
        standard("free-travel")["age_to"],
        last_age_of(travel_ambition)
    );
    assert_eq!(
        standard("free-prescriptions")["age_to"],
        last_age_of(prescriptions_to)
    );
    // Nothing else in the guarantee claims an age the seed does not give.
    for item in gm["guarantee"].as_array().unwrap() {
        if !["council-tax", "free-travel", "free-prescriptions"]
            .contains(&item["id"].as_str().unwrap())
        {
            assert!(item["standard"]["age_to"].is_null(), "{item}");
        }
    }
}
