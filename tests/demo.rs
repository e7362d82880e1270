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
const LEICESTERSHIRE_SEED: &str = "002_863a0ddf70956cc7.txt";
const CUMBRIA_SEED: &str = "003_5d6d8b82bfac8ea0.txt";
const DFE_SEED: &str = "004_917c4464bc7c359c.txt";

/// Headings of the seeds whose records cite a heading rather than a number, each a whole
/// line of the seed (without a trailing colon). A heading's passage runs to the next one.
fn headings(file: &str) -> &'static [&'static str] {
    match file {
        WALSALL_SEED => &[
            "Corporate Parenting Pledges",
            "Resource and legal considerations",
        ],
        DFE_SEED => &[
            "Foreword from Secretary of State",
            "Contents",
            "Reflections from the National Implementation Adviser for Care Leavers",
            "Progress on implementing Keep on Caring",
            "Improving the quality of support that care leavers receive from their local authority",
            "Staying Close",
            "Care Leaver Social Impact Bonds (SIBs)",
            "Rough Sleeping",
            "Improving the wider offer to care leavers from central government, other public \
             bodies and the voluntary and community sector",
            "The Care Leaver Covenant",
            "Key messages from local authority visits and good practice examples from across \
             the sector",
            "Corporate Parenting Boards",
            "Membership of the Board and key partner agencies",
            "The local offer for Care Leavers",
            "Extending support from a Personal Adviser to all care leavers to age 25",
            "Other good practice examples from across the sector",
            "Middlesbrough: health offer",
            "Suffolk: education, employment and training",
            "South Tyneside: housing and extending the Shared Lives model to care leavers at 16 \
             years",
            "South Tyneside: housing and the four week free rent offer and Training Flats",
            "Medway Council: YOS and Probation Joint Offer",
            "Coventry: the local offer",
            "Warwickshire: dedicated space for care leavers",
            "Gloucestershire County Council: free travel and e-card",
            "Somerset",
            "Wolverhampton",
            "Herefordshire",
            "Liverpool: revenue and benefits offer and credit union",
            "South Gloucestershire: setting up a charity for care leavers",
            "Slough: clinical offer for care leavers",
            "What is in a 'good' local offer?",
            "Collaboration at regional level",
            "The GM offer",
            "COVID-19 responses",
            "Isolation and mental health",
            "Finance and practical support",
            "Accommodation",
            "Aims and ambitions for 2020-21",
        ],
        _ => &[],
    }
}

/// A line read as a heading: trimmed, without a trailing colon.
fn heading_of(line: &str) -> &str {
    let line = line.trim();
    line.strip_suffix(':').map_or(line, str::trim_end)
}

/// The number a line opens with, as in "18. All district councils ...".
fn opening_number(line: &str) -> Option<u32> {
    let line = line.trim_start();
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || !line[digits..].starts_with(". ") {
        return None;
    }
    line[..digits].parse().ok()
}

/// Every number in text such as "4 and 9-14", with ranges expanded.
fn numbers(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for word in text.split(|c: char| !c.is_ascii_digit() && c != '-') {
        let mut ends = word
            .split('-')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse::<u32>().unwrap());
        if let Some(first) = ends.next() {
            out.extend(first..=ends.next().unwrap_or(first));
        }
    }
    out
}

/// The lines of numbered item or paragraph `n`: from the line that opens with "n. " to the
/// next line that opens with a number.
fn numbered<'a>(lines: &[&'a str], n: u32) -> Option<Vec<&'a str>> {
    let start = lines.iter().position(|l| opening_number(l) == Some(n))?;
    let end = lines[start + 1..]
        .iter()
        .position(|l| opening_number(l).is_some())
        .map_or(lines.len(), |i| start + 1 + i);
    Some(lines[start..end].to_vec())
}

/// Paragraph `n` of a report numbered by paragraph, with the subheading just above it (up to
/// three lines set apart by a blank line, none a sentence or a numbered line).
fn paragraph<'a>(lines: &[&'a str], n: u32) -> Option<Vec<&'a str>> {
    let body = numbered(lines, n)?;
    let start = lines.iter().position(|l| opening_number(l) == Some(n))?;
    let mut i = start;
    while i > 0 && lines[i - 1].trim().is_empty() {
        i -= 1;
    }
    let mut heading = Vec::new();
    while i > 0 && !lines[i - 1].trim().is_empty() && heading.len() <= 3 {
        heading.insert(0, lines[i - 1]);
        i -= 1;
    }
    let is_heading = (i == 0 || lines[i - 1].trim().is_empty())
        && (1..=3).contains(&heading.len())
        && heading
            .iter()
            .all(|l| opening_number(l).is_none() && !l.trim().ends_with('.'));
    Some(if is_heading {
        heading.into_iter().chain(body).collect()
    } else {
        body
    })
}

/// The lines of section `number` ("2.3") of a report numbered by section.
fn section<'a>(lines: &[&'a str], number: &str) -> Option<Vec<&'a str>> {
    let is_section = |l: &str| {
        let b = l.trim().as_bytes();
        b.len() > 3
            && b[0].is_ascii_digit()
            && b[1] == b'.'
            && b[2].is_ascii_digit()
            && b[3] == b' '
    };
    let start = lines
        .iter()
        .position(|l| l.trim().starts_with(&format!("{number} ")))?;
    let end = lines[start + 1..]
        .iter()
        .position(|l| is_section(l))
        .map_or(lines.len(), |i| start + 1 + i);
    Some(lines[start..end].to_vec())
}

/// The text a citation points at in its seed, or `None` if it points at nothing. Locators
/// name numbered paragraphs ("paragraphs 4 and 9-14"), sections and their items ("section
/// 2.3 introduction and item 5"), a paragraph by its opening words ("paragraph beginning
/// '...'"), or a heading, perhaps with a numbered item ("Collaboration at regional level: The
/// GM offer, item 11"). Parts separated by ";" are joined.
fn passage(file: &str, locator: &str) -> Option<String> {
    let text = seed(file);
    let lines: Vec<&str> = text.lines().collect();
    let mut found: Vec<String> = Vec::new();
    for part in locator.split(';').map(str::trim) {
        if let Some((_, rest)) = part.split_once("beginning '") {
            let opening = flat(rest.split('\'').next()?);
            let block = text
                .split("\n")
                .collect::<Vec<_>>()
                .split(|l| l.trim().is_empty())
                .map(|b| b.join("\n"))
                .find(|b| flat(b).contains(&opening))?;
            found.push(block);
        } else if let Some(rest) = part.strip_prefix("section ") {
            let (number, rest) = rest.split_once([' ', ',']).unwrap_or((rest, ""));
            let lines = section(&lines, number)?;
            match rest.split_once("item") {
                Some((before, items)) => {
                    if before.contains("introduction") {
                        let first = lines.iter().position(|l| opening_number(l).is_some());
                        found.push(lines[..first.unwrap_or(lines.len())].join("\n"));
                    }
                    for n in numbers(items) {
                        found.push(numbered(&lines, n)?.join("\n"));
                    }
                }
                None => found.push(lines.join("\n")),
            }
        } else if let Some(rest) = part
            .strip_prefix("paragraphs ")
            .or_else(|| part.strip_prefix("paragraph "))
        {
            for n in numbers(rest) {
                found.push(paragraph(&lines, n)?.join("\n"));
            }
        } else {
            let (part, item) = match part.rsplit_once(", item ") {
                Some((head, n)) => (head, Some(n.parse::<u32>().ok()?)),
                None => (part, None),
            };
            let all = headings(file);
            let heading = all
                .iter()
                .filter_map(|h| part.rfind(h).map(|at| (at + h.len(), h.len(), *h)))
                .max()?
                .2;
            let start = lines.iter().position(|l| heading_of(l) == heading)?;
            let end = lines[start + 1..]
                .iter()
                .position(|l| all.contains(&heading_of(l)))
                .map_or(lines.len(), |i| start + 1 + i);
            let lines = &lines[start..end];
            found.push(match item {
                Some(n) => numbered(lines, n)?.join("\n"),
                None => lines.join("\n"),
            });
        }
    }
    let joined = found.join("\n");
    (!joined.trim().is_empty()).then_some(joined)
}

/// The passage a record cites, flattened; fails the test if the citation points at nothing.
fn cited(record: &Value) -> String {
    let source = &record["source"];
    let (file, locator) = (
        source["document"].as_str().unwrap(),
        source["locator"].as_str().unwrap(),
    );
    flat(
        &passage(file, locator)
            .unwrap_or_else(|| panic!("{}: {locator:?} points at nothing in {file}", record["id"])),
    )
}

/// Every published offer of the demo registry, council by council.
fn all_offers(server: &TestServer) -> Vec<Value> {
    let (_, list) = server.get_json("/api/v1/authorities");
    let mut offers = Vec::new();
    for a in list["items"].as_array().unwrap() {
        let (_, detail) = server.get_json(&format!(
            "/api/v1/authorities/{}",
            a["code"].as_str().unwrap()
        ));
        offers.extend(detail["offers"].as_array().unwrap().iter().cloned());
    }
    offers
}

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

/// The districts of `county`, as (code, name).
fn districts_of(server: &TestServer, county: &str) -> Vec<(String, String)> {
    let (_, list) = server.get_json("/api/v1/authorities?tier=district");
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["parent"] == county)
        .map(|a| {
            (
                a["code"].as_str().unwrap().to_string(),
                a["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// An id slug from a council's name: "Hinckley and Bosworth" → "hinckley-and-bosworth".
fn slug(name: &str) -> String {
    name.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

#[test]
fn districts_bill_council_tax_so_each_carries_the_exemption_it_agreed() {
    let server = TestServer::start();
    // Seed 002 paragraph 18: all of Leicestershire's districts agreed, "until the age of 25".
    // Seed 003: the county, "the 6 District Councils" and the Police agreed; no age given.
    let leics = flat(&seed(LEICESTERSHIRE_SEED));
    assert!(leics.contains("the seven District Councils"));
    let cumbria = flat(&seed(CUMBRIA_SEED));
    let leics_to = number_after(
        &leics,
        "exempt from the payment of Council Tax until the age of ",
    );
    for (county, file, count, agreed, date, age_to) in [
        (
            "E10000018",
            LEICESTERSHIRE_SEED,
            7,
            "All district councils in Leicestershire have now agreed that care leavers should be exempt",
            "2020-01-21",
            last_age_of(leics_to),
        ),
        (
            "E10000006",
            CUMBRIA_SEED,
            6,
            "the 6 District Councils and the Police have agreed to exempt Care Leavers from Council Tax",
            "2018-02-21",
            // No age in the text: the top of the care-leaver range.
            Value::from(25),
        ),
    ] {
        assert!(
            if file == CUMBRIA_SEED { &cumbria } else { &leics }.contains(agreed),
            "{file}"
        );
        let districts = districts_of(&server, county);
        assert_eq!(districts.len(), count, "{county}");
        for (code, name) in &districts {
            let (_, detail) = server.get_json(&format!("/api/v1/authorities/{code}"));
            let tax: Vec<&Value> = detail["offers"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|o| o["topic"] == "council-tax")
                .collect();
            assert_eq!(tax.len(), 1, "{name} has one council tax offer");
            let o = tax[0];
            assert_eq!(o["id"], format!("{}-council-tax", slug(name)));
            assert_eq!(o["source"]["document"], file, "{name}");
            assert_eq!(o["source"]["date"], date, "{name}");
            assert!(cited(o).contains(agreed), "{name} cites the agreement");
            assert_eq!(o["status"], "available", "{name}: agreed");
            assert_eq!(o["council_tax"]["relief"], "full_exemption", "{name}: \"exempt\"");
            assert_eq!(
                o["applies_to"], "unstated",
                "{name}: the report does not say whose care leavers"
            );
            assert_eq!((&o["age_from"], &o["age_to"]), (&Value::from(18), &age_to), "{name}");
            assert!(
                o["note"].as_str().unwrap().contains("Local Government Finance Act 1992"),
                "{name}: the lower age comes from the law"
            );
        }
        // The county's report records the districts' agreement; the county bills nothing.
        let (_, detail) = server.get_json(&format!("/api/v1/authorities/{county}"));
        assert!(
            !detail["offers"]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o["topic"] == "council-tax"),
            "{county}"
        );
    }
}

#[test]
fn status_is_the_one_the_document_gives() {
    let server = TestServer::start();
    let dfe = flat(&seed(DFE_SEED));
    assert!(dfe.contains("COVID-19 responses"));
    let mut ended = 0;
    for o in all_offers(&server) {
        let text = cited(&o).to_lowercase();
        // Not yet agreed or started: planned, never available.
        for phrase in ["to be agreed", "being explored", "could be rolled out"] {
            if text.contains(phrase) {
                assert_eq!(o["status"], "planned", "{} cites {phrase:?}", o["id"]);
            }
        }
        // The 2020 lockdown responses were one-off measures told in the past tense.
        if o["source"]["locator"]
            .as_str()
            .unwrap()
            .starts_with("COVID-19 responses")
        {
            ended += 1;
            assert_eq!(o["status"], "ended", "{}", o["id"]);
            let note = o["note"].as_str().unwrap_or_default();
            assert!(
                note.contains("2020") && note.contains("COVID-19"),
                "{}",
                o["id"]
            );
        }
    }
    // Bury, Oldham and Stockport (nappies and baby food), Rochdale and Trafford (Staying Put
    // beyond 21), Trafford (accommodation for students).
    assert_eq!(ended, 6);
    for (id, phrase) in [
        ("wiltshire-legal-advice", "Range and scope to be agreed"),
        ("wiltshire-wifi", "currently being explored"),
    ] {
        let o = offer(&server, id);
        assert!(cited(&o).contains(phrase), "{id}");
        assert_eq!(o["status"], "planned", "{id}");
    }
}

/// The date of each seed document, as every record citing it carries.
fn seed_date(file: &str) -> &'static str {
    match file {
        WILTSHIRE_SEED => "2018-10-16",
        WALSALL_SEED => "2020-08-10",
        LEICESTERSHIRE_SEED => "2020-01-21",
        CUMBRIA_SEED => "2018-02-21",
        DFE_SEED => "2020-11-10",
        other => panic!("not a seed: {other}"),
    }
}

/// Whether `text` has `word` as a whole word, whatever its case.
fn has_word(text: &str, word: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == word)
}

/// Every pledge and guarantee item, as records with an id and a source.
fn pledges_and_guarantee(server: &TestServer) -> Vec<Value> {
    let (_, pledges) = server.get_json("/api/v1/pledges");
    let (_, gm) = server.get_json("/api/v1/partnerships/greater-manchester");
    let mut records: Vec<Value> = pledges["items"].as_array().unwrap().clone();
    records.extend(gm["guarantee"].as_array().unwrap().iter().cloned());
    records
}

#[test]
fn every_citation_points_at_text_in_its_seed() {
    let server = TestServer::start();
    let mut records = all_offers(&server);
    records.extend(pledges_and_guarantee(&server));
    for r in &records {
        // `cited` fails the test when a locator names nothing in its seed.
        let text = cited(r);
        assert!(text.len() > 20, "{}: {text:?}", r["id"]);
        // Every record keeps its document's date, however the council has changed since.
        let file = r["source"]["document"].as_str().unwrap();
        assert_eq!(r["source"]["date"], seed_date(file), "{}", r["id"]);
    }
}

/// Words a writer adds easily and a document may not say: a record may use them only where
/// the passage it cites does.
const UNSAID: [&str; 2] = ["free", "local"];

#[test]
fn no_record_calls_a_thing_free_or_local_unless_its_passage_does() {
    let server = TestServer::start();
    let mut records = all_offers(&server);
    records.extend(pledges_and_guarantee(&server));
    let mut checked = 0;
    for r in &records {
        let text = cited(r);
        for field in ["title", "summary", "details"] {
            let Some(said) = r[field].as_str() else {
                continue;
            };
            for word in UNSAID {
                if has_word(said, word) {
                    checked += 1;
                    assert!(
                        has_word(&text, word),
                        "{} says {word:?} in its {field}, but its passage does not: {said:?}",
                        r["id"]
                    );
                }
            }
        }
    }
    // The check has something to bite on: free travel, free prescriptions, free legal advice.
    assert!(checked >= 20, "only {checked} uses checked");
}

/// Phrases by which a document itself says whom a duty covers; then no statute is needed.
const SAYS_WHOM: [&str; 2] = [
    "irrespective of whether they resided",
    "previously placed outside",
];

#[test]
fn statutory_offers_that_follow_the_young_person_name_the_law_that_says_so() {
    let server = TestServer::start();
    let mut named = 0;
    for o in all_offers(&server) {
        if o["basis"] != "statutory" || o["applies_to"] != "own_care_leavers_anywhere" {
            continue;
        }
        let text = cited(&o);
        if SAYS_WHOM.iter().any(|p| text.contains(p)) {
            continue;
        }
        let note = o["note"].as_str().unwrap_or_default();
        assert!(
            note.contains("Children Act 1989") && note.contains("not the document"),
            "{}: whom it applies to comes from the law, so its note must say which: {note:?}",
            o["id"]
        );
        named += 1;
    }
    // Personal Advisers in three councils, and Walsall's section 2.1 duties.
    assert!(named >= 10, "only {named}");
}

/// The conditions an offer carries, as slugs.
fn conditions_of(o: &Value) -> Vec<&str> {
    o["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect()
}

#[test]
fn conditions_the_documents_state_are_conditions() {
    let server = TestServer::start();
    // Wiltshire paragraph 25, Building Bridges' participant eligibility, item by item.
    let bb = offer(&server, "wiltshire-building-bridges");
    let text = cited(&bb);
    let mut wanted = Vec::new();
    for (said, condition) in [
        ("Not working", "not_in_employment"),
        (
            "Have the legal right to work in the UK",
            "right_to_work_in_uk",
        ),
        (
            "Currently live in or close to Wiltshire area",
            "living_in_or_near_area",
        ),
        ("Not on a zero hours contract", "not_on_zero_hours_contract"),
        ("Not in Prison", "not_in_custody"),
    ] {
        assert!(text.contains(said), "paragraph 25 says {said:?}");
        wanted.push(condition);
    }
    let mut have = conditions_of(&bb);
    have.sort();
    wanted.sort();
    assert_eq!(have, wanted, "exactly paragraph 25's list");
    // "Building Bridges work with people over the age of 15": from 15, the registry's 16.
    assert_eq!(number_after(&text, "people over the age of "), 15);
    assert_eq!(bb["age_from"], 16);

    // One condition each, said in the passage the offer cites.
    for (id, said, condition) in [
        (
            "wiltshire-rent-guarantor",
            "where they have a sufficient income",
            "sufficient_income",
        ),
        (
            "walsall-talking-therapies",
            "registered with a Walsall GP",
            "registered_with_local_gp",
        ),
        (
            "walsall-higher-education-bursary",
            "All care leavers at university",
            "in_higher_education",
        ),
        (
            "walsall-young-parents",
            "Care Leavers who are young parents",
            "young_parent",
        ),
        (
            "walsall-tenancy-support",
            "maintaining their tenancy",
            "in_own_tenancy",
        ),
        (
            "coventry-apprenticeships",
            "care leavers doing apprenticeships within the City Council",
            "in_apprenticeship",
        ),
        (
            "medway-custody-support",
            "young people in custody",
            "in_custody",
        ),
        (
            "bury-young-parent-essentials",
            "care leavers who are young parents",
            "young_parent",
        ),
        (
            "oldham-young-parent-essentials",
            "care leavers who are young parents",
            "young_parent",
        ),
        (
            "stockport-young-parent-essentials",
            "care leavers who are young parents",
            "young_parent",
        ),
        (
            "trafford-university-accommodation",
            "unable to remain in university accommodation",
            "in_higher_education",
        ),
    ] {
        let o = offer(&server, id);
        assert!(cited(&o).contains(said), "{id}: the seed says {said:?}");
        assert!(conditions_of(&o).contains(&condition), "{id}: {condition}");
    }
    // Talking Therapies is "open to anyone over the age of 17": from the 17th birthday.
    let tt = offer(&server, "walsall-talking-therapies");
    let from = number_after(&cited(&tt), "open to anyone over the age of ");
    assert_eq!(tt["age_from"], from);
}

#[test]
fn facts_the_seeds_give_are_all_there_with_their_citations() {
    let server = TestServer::start();
    for (id, authority, topic, status, said) in [
        // Seed 003: the Cumbria offer, to be rolled out, in place until at least 25.
        (
            "cumbria-offer-to-25",
            "E10000006",
            "personal-adviser",
            "planned",
            "The offer will be in place until at least the age of 25",
        ),
        // Seed 002: Member Champions, the risk panel, and the team's help in paragraph 33.
        (
            "leicestershire-member-champions",
            "E10000018",
            "advocacy",
            "available",
            "established three Member Champions",
        ),
        (
            "leicestershire-risk-panel",
            "E10000018",
            "personal-adviser",
            "available",
            "multi-agency risk-management panel meets every 2 months",
        ),
        (
            "leicestershire-allowance",
            "E10000018",
            "emergency-fund",
            "available",
            "provision of an allowance",
        ),
        (
            "leicestershire-education-support",
            "E10000018",
            "careers-advice",
            "available",
            "support with education or training",
        ),
        (
            "leicestershire-accommodation-support",
            "E10000018",
            "supported-accommodation",
            "available",
            "at times with accommodation",
        ),
        // Seed 001: the students' weekly allowance and two of the council's pledges.
        (
            "walsall-student-weekly-allowance",
            "E08000030",
            "higher-education-bursary",
            "available",
            "a weekly allowance is also paid",
        ),
        (
            "walsall-medical-appointments",
            "E08000030",
            "health-passport",
            "available",
            "go to medical appointments with you if you are worried to go alone",
        ),
        (
            "walsall-budgeting-and-bills",
            "E08000030",
            "benefits-advice",
            "available",
            "learn about budgeting and what bills to pay",
        ),
        // Seed 004: what the Go CV card is meant to lead to.
        (
            "coventry-go-cv-discounts",
            "E08000026",
            "travel",
            "planned",
            "will eventually lead to discounts in shops and transport",
        ),
    ] {
        let o = offer(&server, id);
        assert_eq!(
            (
                o["authority"].as_str(),
                o["topic"].as_str(),
                o["status"].as_str()
            ),
            (Some(authority), Some(topic), Some(status)),
            "{id}"
        );
        assert!(
            cited(&o).contains(said),
            "{id} cites a passage saying {said:?}"
        );
        let file = o["source"]["document"].as_str().unwrap();
        assert_eq!(o["source"]["date"], seed_date(file), "{id}");
    }

    // Cumbria: "could be rolled out in September" (planned), "until at least the age of 25".
    let cumbria = offer(&server, "cumbria-offer-to-25");
    let text = cited(&cumbria);
    assert!(text.contains("could be rolled out in September"));
    let to = number_after(&text, "until at least the age of ");
    assert_eq!(cumbria["age_to"], last_age_of(to));
    // Leicestershire: three champions, one for each of the lead areas the seed lists.
    let champions = offer(&server, "leicestershire-member-champions");
    assert_eq!(champions["value"]["count"], 3);
    let text = cited(&champions);
    for area in [
        "Health and Wellbeing",
        "Housing and Accommodation",
        "Education, Employment and Training",
    ] {
        assert!(text.contains(area), "{area}");
    }
    // Walsall: the weekly allowance is for students, and the seed gives no amount for it
    // (the only sum in the item is the bursary's).
    let weekly = offer(&server, "walsall-student-weekly-allowance");
    assert_eq!(conditions_of(&weekly), ["in_higher_education"]);
    let text = cited(&weekly);
    assert_eq!(text.matches('£').count(), 1, "{text}");
    assert!(weekly["value"].is_null());
}
