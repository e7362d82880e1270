//! The Open Referral UK API (`/oruk/`) against the official ORUK 3.0 schemas, read at test
//! time from `../shared/standards/oruk/` (never copied into the project), with a real JSON
//! Schema validator (`jsonschema`, draft 2020-12, formats checked). Lists are paged the
//! way the ORUK validator pages them: the first page, the middle one (`total_pages / 2`)
//! and the last, then every item by id.

mod support;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use atlas_shared::oruk::uuid_for;
use jsonschema::{Draft, Registry, Validator};
use serde_json::{json, Value};
use support::gss::WILTSHIRE;
use support::{run_cli, TestServer};

const SCHEMA_BASE: &str = "https://openreferraluk.org/specifications/3.0/schema/";

fn standards() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/standards/oruk")
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// Every schema of the ORUK site, registered under the URL its `$ref`s use.
struct Schemas {
    registry: Registry<'static>,
    /// The official OpenAPI document: which schema each path answers with.
    openapi: Value,
}

impl Schemas {
    fn load() -> Schemas {
        let mut resources = Vec::new();
        for entry in std::fs::read_dir(standards().join("schema")).expect("schema folder") {
            let path = entry.expect("entry").path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            // The README: open_api.json is an older template with other $refs, and
            // empy_list_response.json a template whose $ref is "".
            if !name.ends_with(".json")
                || name == "open_api.json"
                || name == "empy_list_response.json"
            {
                continue;
            }
            resources.push((
                format!("{SCHEMA_BASE}{name}"),
                Draft::Draft202012.create_resource(read_json(&path)),
            ));
        }
        assert!(resources.len() >= 20, "the ORUK schemas are missing");
        let registry = Registry::new()
            .draft(Draft::Draft202012)
            .extend(resources)
            .expect("register the schemas")
            .prepare()
            .expect("prepare the schemas");
        Schemas {
            registry,
            openapi: read_json(&standards().join("openapi.json")),
        }
    }

    fn validator(&self, schema_url: &str) -> Validator {
        jsonschema::options()
            .with_draft(Draft::Draft202012)
            .with_registry(&self.registry)
            .should_validate_formats(true)
            .build(&json!({ "$ref": schema_url }))
            .unwrap_or_else(|e| panic!("cannot build a validator for {schema_url}: {e}"))
    }

    /// The validator for the 200 answer of an ORUK path, as the official OpenAPI says.
    fn for_path(&self, template: &str) -> Validator {
        let url = self.openapi["paths"][template]["get"]["responses"]["200"]["content"]
            ["application/json"]["schema"]["$ref"]
            .as_str()
            .unwrap_or_else(|| panic!("the ORUK OpenAPI has no schema for {template}"));
        self.validator(url)
    }
}

fn assert_valid(validator: &Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what} does not validate: {errors:#?}");
}

/// No `null` anywhere, and no empty list or string: ORUK leaves empty fields out.
fn assert_no_empty_fields(v: &Value, at: &str) {
    match v {
        Value::Null => panic!("null at {at}"),
        Value::String(s) => assert!(!s.is_empty(), "empty string at {at}"),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| assert_no_empty_fields(x, &format!("{at}[{i}]"))),
        Value::Object(o) => o
            .iter()
            .filter(|(k, _)| k.as_str() != "contents")
            .for_each(|(k, x)| assert_no_empty_fields(x, &format!("{at}.{k}"))),
        _ => {}
    }
    if let Some(contents) = v.get("contents").and_then(Value::as_array) {
        for (i, item) in contents.iter().enumerate() {
            assert_no_empty_fields(item, &format!("{at}.contents[{i}]"));
        }
    }
}

/// Every `id` and `*_id` is a UUID.
fn assert_uuid_ids(v: &Value, at: &str) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                if k == "id" || k.ends_with("_id") {
                    let s = x
                        .as_str()
                        .unwrap_or_else(|| panic!("{at}.{k} is not a string"));
                    assert!(uuid_parses(s), "{at}.{k} = {s} is not a UUID");
                }
                assert_uuid_ids(x, &format!("{at}.{k}"));
            }
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| assert_uuid_ids(x, &format!("{at}[{i}]"))),
        _ => {}
    }
}

fn uuid_parses(s: &str) -> bool {
    atlas_shared::oruk::Uuid::try_parse(s).is_ok() && s.len() == 36
}

fn get(server: &TestServer, path: &str) -> Value {
    let response = server.get(path);
    assert_eq!(response.status().as_u16(), 200, "GET {path}");
    assert_eq!(
        response
            .headers()
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok()),
        Some("*"),
        "GET {path}: ORUK APIs are open to any site"
    );
    response.json().expect("JSON")
}

/// Checks one page's counts as the ORUK page format defines them.
fn check_page(page: &Value, number: u64, per_page: u64, path: &str) {
    let total = page["total_items"].as_u64().expect("total_items");
    let pages = page["total_pages"].as_u64().expect("total_pages");
    let contents = page["contents"].as_array().expect("contents");
    assert_eq!(
        pages,
        total.div_ceil(per_page).max(1),
        "{path}: total_pages"
    );
    assert_eq!(
        page["page_number"].as_u64(),
        Some(number),
        "{path}: page_number"
    );
    assert_eq!(
        page["size"].as_u64(),
        Some(contents.len() as u64),
        "{path}: size"
    );
    assert_eq!(
        page["first_page"].as_bool(),
        Some(number == 1),
        "{path}: first_page"
    );
    assert_eq!(
        page["last_page"].as_bool(),
        Some(number >= pages),
        "{path}: last_page"
    );
    assert_eq!(
        page["empty"].as_bool(),
        Some(contents.is_empty()),
        "{path}: empty"
    );
    let expected = if number < pages {
        per_page
    } else if number == pages {
        total - per_page * (pages - 1)
    } else {
        0
    };
    assert_eq!(contents.len() as u64, expected, "{path}: items on the page");
}

/// Pages through a list as the ORUK validator does (first, middle, last) and then every
/// page, validating each against the list's schema; returns every item.
fn walk_list(
    server: &TestServer,
    schemas: &Schemas,
    template: &str,
    per_page: Option<u64>,
) -> Vec<Value> {
    let validator = schemas.for_path(template);
    let path = format!("/oruk{template}");
    let url = |n: u64| match per_page {
        Some(p) => format!("{path}?page={n}&per_page={p}"),
        None => format!("{path}?page={n}"),
    };
    let per = per_page.unwrap_or(50);
    let first = get(server, &url(1));
    assert_valid(&validator, &first, &url(1));
    assert_no_empty_fields(&first, &url(1));
    assert_uuid_ids(&first, &url(1));
    check_page(&first, 1, per, &path);
    let pages = first["total_pages"].as_u64().unwrap();
    assert!(
        first["total_items"].as_u64().unwrap() > 0,
        "{path} is empty"
    );
    // The validator's three pages.
    for n in [pages / 2, pages].into_iter().filter(|n| *n > 1) {
        let page = get(server, &url(n));
        assert_valid(&validator, &page, &url(n));
        assert_no_empty_fields(&page, &url(n));
        check_page(&page, n, per, &path);
    }
    // Then all of them: every item exactly once.
    let mut items = Vec::new();
    for n in 1..=pages {
        let page = get(server, &url(n));
        check_page(&page, n, per, &path);
        items.extend(page["contents"].as_array().unwrap().iter().cloned());
    }
    let ids: BTreeSet<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), items.len(), "{path}: an item is on two pages");
    assert_eq!(items.len() as u64, first["total_items"].as_u64().unwrap());
    // A page after the last is empty, not an error.
    let after = get(server, &url(pages + 1));
    check_page(&after, pages + 1, per, &path);
    items
}

#[test]
fn the_validator_setup_passes_the_official_pass_fixtures_and_fails_the_fail_ones() {
    // The ORUK validator's own fixtures: proof that this setup (schemas, refs, formats)
    // tells a good answer from a bad one.
    let schemas = Schemas::load();
    let mocks = standards().join("validator-mocks");
    for (file, template) in [
        ("api_details.json", "/"),
        ("service_list.json", "/services"),
        ("service_full.json", "/services/{id}"),
    ] {
        let validator = schemas.for_path(template);
        let good = read_json(&mocks.join("V3.0-UK-Default").join(file));
        assert_valid(&validator, &good, file);
        let bad = read_json(&mocks.join("V3.0-UK-Fail").join(file));
        assert!(
            !validator.is_valid(&bad),
            "the Fail fixture {file} passed: formats or required fields are not checked"
        );
    }
    // The official examples pass too.
    for (file, schema) in [
        ("service_full.json", "service.json"),
        ("organization_full.json", "organization.json"),
        ("taxonomy.json", "taxonomy.json"),
        ("taxonomy_term.json", "taxonomy_term.json"),
        ("service_at_location_full.json", "service_at_location.json"),
    ] {
        let validator = schemas.validator(&format!("{SCHEMA_BASE}{schema}"));
        assert_valid(
            &validator,
            &read_json(&standards().join("examples").join(file)),
            file,
        );
    }
}

#[test]
fn every_endpoint_validates_against_the_oruk_schemas_on_the_demo_data() {
    let schemas = Schemas::load();
    let server = TestServer::start();

    let root = get(&server, "/oruk/");
    assert_valid(&schemas.for_path("/"), &root, "/oruk/");
    assert_eq!(root["version"], "HSDS-UK-3.0");
    assert_eq!(
        root["openapi_url"],
        "https://openreferraluk.org/specifications/3.0/openapi.json"
    );

    // Each list, at the default page size (as the validator asks) and at a small one so
    // that every list has a middle page.
    let services = walk_list(&server, &schemas, "/services", None);
    walk_list(&server, &schemas, "/services", Some(7));
    let organizations = walk_list(&server, &schemas, "/organizations", None);
    walk_list(&server, &schemas, "/organizations", Some(7));
    let taxonomies = walk_list(&server, &schemas, "/taxonomies", None);
    walk_list(&server, &schemas, "/taxonomies", Some(1));
    let terms = walk_list(&server, &schemas, "/taxonomy_terms", None);
    walk_list(&server, &schemas, "/taxonomy_terms", Some(9));
    let locations = walk_list(&server, &schemas, "/service_at_locations", None);
    walk_list(&server, &schemas, "/service_at_locations", Some(13));
    assert!(services.len() > 100, "only {} services", services.len());
    assert_eq!(locations.len(), services.len());

    // Every item by id, fully nested, against its own schema.
    for (list, template) in [
        (&services, "/services/{id}"),
        (&organizations, "/organizations/{id}"),
        (&taxonomies, "/taxonomies/{id}"),
        (&terms, "/taxonomy_terms/{id}"),
        (&locations, "/service_at_locations/{id}"),
    ] {
        let validator = schemas.for_path(template);
        for item in list.iter() {
            let id = item["id"].as_str().unwrap();
            let path = format!("/oruk{}", template.replace("{id}", id));
            let full = get(&server, &path);
            assert_valid(&validator, &full, &path);
            assert_no_empty_fields(&full, &path);
            assert_uuid_ids(&full, &path);
            assert_eq!(full["id"], item["id"]);
        }
    }

    // full=true nests whole services in a page, exactly as each is by id.
    let full_page = get(&server, "/oruk/services?full=true&per_page=5");
    assert_valid(
        &schemas.for_path("/services"),
        &full_page,
        "services?full=true",
    );
    for s in full_page["contents"].as_array().unwrap() {
        let by_id = get(
            &server,
            &format!("/oruk/services/{}", s["id"].as_str().unwrap()),
        );
        assert_eq!(s, &by_id);
    }

    // Fully nested services link to terms, organizations and locations that exist.
    let term_ids: BTreeSet<&str> = terms.iter().map(|t| t["id"].as_str().unwrap()).collect();
    let org_ids: BTreeSet<&str> = organizations
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    for s in &services {
        let full = get(
            &server,
            &format!("/oruk/services/{}", s["id"].as_str().unwrap()),
        );
        assert!(org_ids.contains(full["organization_id"].as_str().unwrap()));
        assert_eq!(full["organization"]["id"], full["organization_id"]);
        for a in full["attributes"].as_array().expect("attributes") {
            assert!(term_ids.contains(a["taxonomy_term_id"].as_str().unwrap()));
            assert_eq!(a["link_id"], full["id"]);
        }
        // A council's service is for its area (a pledge may name no place we know).
        if full["organization"]
            .get("organization_identifiers")
            .is_some()
        {
            assert!(!full["service_areas"]
                .as_array()
                .expect("service_areas")
                .is_empty());
        }
    }
}

#[test]
fn the_mapping_follows_the_registry() {
    let server = TestServer::start();
    // Every offer that is available, pilot or planned, and every public pledge.
    let (_, authorities) = server.get_json("/api/v1/authorities");
    let mut offers = Vec::new();
    for a in authorities["items"].as_array().unwrap() {
        let (_, detail) = server.get_json(&format!(
            "/api/v1/authorities/{}",
            a["code"].as_str().unwrap()
        ));
        offers.extend(detail["offers"].as_array().unwrap().iter().cloned());
    }
    let (_, pledges) = server.get_json("/api/v1/pledges");
    let listed = offers.iter().filter(|o| o["status"] != "ended").count();
    let ended: Vec<&Value> = offers.iter().filter(|o| o["status"] == "ended").collect();
    assert!(
        !ended.is_empty(),
        "the demo data has ended offers to leave out"
    );
    let page = get(&server, "/oruk/services?per_page=500");
    assert_eq!(
        page["total_items"].as_u64().unwrap() as usize,
        listed + pledges["total"].as_u64().unwrap() as usize
    );
    let ids: BTreeSet<String> = page["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    for o in &ended {
        let id = uuid_for("service", &format!("offer:{}", o["id"].as_str().unwrap()));
        assert!(
            !ids.contains(&id.to_string()),
            "an ended offer is a service"
        );
        assert_eq!(
            server
                .get(&format!("/oruk/services/{id}"))
                .status()
                .as_u16(),
            404
        );
    }

    // Status, ages, value in words, whom it is for, the council's area.
    let by_id: HashMap<String, &Value> = offers
        .iter()
        .map(|o| (o["id"].as_str().unwrap().to_string(), o))
        .collect();
    let mut seen_value = false;
    let mut seen_planned = false;
    for (id, o) in &by_id {
        if o["status"] == "ended" {
            continue;
        }
        let uuid = uuid_for("service", &format!("offer:{id}"));
        let s = get(&server, &format!("/oruk/services/{uuid}"));
        assert_eq!(s["name"], o["title"]);
        assert_eq!(s["minimum_age"], o["age_from"]);
        assert_eq!(s["maximum_age"], o["age_to"]);
        let status = if o["status"] == "planned" {
            "inactive"
        } else {
            "active"
        };
        assert_eq!(s["status"], status, "{id}");
        if o["status"] == "planned" {
            seen_planned = true;
            assert_eq!(s["alert"], "Planned: not available yet.");
        }
        let terms: Vec<&str> = s["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["taxonomy_term"]["term"].as_str().unwrap())
            .collect();
        assert!(
            terms.contains(&o["topic"].as_str().unwrap()),
            "{id}: {terms:?}"
        );
        assert!(
            terms.contains(&o["applies_to"].as_str().unwrap()),
            "{id}: {terms:?}"
        );
        for c in o["conditions"].as_array().unwrap() {
            assert!(terms.contains(&c.as_str().unwrap()), "{id}: condition {c}");
        }
        assert_eq!(
            s["service_areas"][0]["uri"],
            format!(
                "http://statistics.data.gov.uk/id/statistical-geography/{}",
                o["authority"].as_str().unwrap()
            )
        );
        if let Some(pence) = o["value"]["amount_pence"].as_u64() {
            seen_value = true;
            let cost = &s["cost_options"][0];
            assert_eq!(cost["amount"].as_f64(), Some(pence as f64 / 100.0));
            let words = cost["amount_description"].as_str().unwrap();
            let period = o["value"]["per"].as_str().map(|p| match p {
                "once" => "",
                "week" => "a week",
                "month" => "a month",
                _ => "a year",
            });
            if let Some(period) = period {
                assert!(words.contains(period), "{id}: {words}");
            }
            assert!(
                words.starts_with('£')
                    || words.starts_with("up to £")
                    || words.starts_with("a loan of"),
                "{id}: {words}"
            );
        }
    }
    assert!(seen_value && seen_planned);

    // A portable offer says so in words.
    let portable = offers
        .iter()
        .find(|o| o["applies_to"] == "own_care_leavers_anywhere" && o["status"] == "available")
        .expect("a portable offer");
    let s = get(
        &server,
        &format!(
            "/oruk/services/{}",
            uuid_for(
                "service",
                &format!("offer:{}", portable["id"].as_str().unwrap())
            )
        ),
    );
    let names: Vec<&str> = s["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["taxonomy_term"]["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Care leavers of this council, living anywhere"),
        "{names:?}"
    );

    // Councils are organizations with their ONS code.
    let wilts = uuid_for("organization", &format!("authority:{WILTSHIRE}"));
    let org = get(&server, &format!("/oruk/organizations/{wilts}"));
    assert_eq!(org["name"], "Wiltshire");
    assert_eq!(org["organization_identifiers"][0]["identifier"], WILTSHIRE);
    assert_eq!(
        org["organization_identifiers"][0]["identifier_type"],
        "ONS GSS code"
    );
}

#[test]
fn filters_narrow_the_services() {
    let server = TestServer::start();
    let all = get(&server, "/oruk/services?per_page=500");
    let total = all["total_items"].as_u64().unwrap();

    let found = get(&server, "/oruk/services?search=council%20TAX&per_page=500");
    let n = found["total_items"].as_u64().unwrap();
    assert!(n > 0 && n < total);
    let text = get(&server, "/oruk/services?text=council%20tax&per_page=500");
    assert_eq!(
        text["total_items"].as_u64(),
        Some(n),
        "text is search's other name"
    );

    let young = get(
        &server,
        "/oruk/services?minimum_age=24&maximum_age=24&per_page=500",
    );
    let young = young["contents"].as_array().unwrap();
    assert!(!young.is_empty() && (young.len() as u64) < total);
    for s in young {
        let (min, max) = (
            s["minimum_age"].as_u64().unwrap(),
            s["maximum_age"].as_u64().unwrap(),
        );
        assert!(min <= 24 && max >= 24, "{s}");
    }

    let term = uuid_for("taxonomy_term", "topic:council-tax");
    let by_term = get(
        &server,
        &format!("/oruk/services?taxonomy_term_id={term}&per_page=500"),
    );
    let by_term = by_term["contents"].as_array().unwrap();
    assert!(!by_term.is_empty());
    for s in by_term {
        let full = get(
            &server,
            &format!("/oruk/services/{}", s["id"].as_str().unwrap()),
        );
        assert!(full["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["taxonomy_term_id"] == term.to_string()));
    }

    let wilts = uuid_for("organization", &format!("authority:{WILTSHIRE}"));
    let mine = get(
        &server,
        &format!("/oruk/services?organization_id={wilts}&per_page=500"),
    );
    for s in mine["contents"].as_array().unwrap() {
        assert_eq!(s["organization_id"], wilts.to_string());
    }
    assert!(mine["total_items"].as_u64().unwrap() > 5);

    // Terms by taxonomy, and only the top ones.
    let top = get(&server, "/oruk/taxonomy_terms?top_only=true&per_page=500");
    for t in top["contents"].as_array().unwrap() {
        assert!(t.get("parent_id").is_none());
    }
    // Nothing matches: an empty first page, not an error.
    let none = get(&server, "/oruk/services?search=zzzzqqq");
    assert_eq!(none["total_items"], 0);
    assert_eq!(none["empty"], true);
    assert_eq!(none["total_pages"], 1);
}

#[test]
fn bad_parameters_are_400_with_the_field_and_unknown_ids_404() {
    let server = TestServer::start();
    for (query, field) in [
        ("page=0", "page"),
        ("page=-1", "page"),
        ("page=two", "page"),
        ("page=1.5", "page"),
        ("per_page=0", "per_page"),
        ("per_page=501", "per_page"),
        ("per_page=lots", "per_page"),
        ("format=ndjson", "format"),
        ("minimum_age=old", "minimum_age"),
        ("taxonomy_term_id=council-tax", "taxonomy_term_id"),
        ("organization_id=E06000054", "organization_id"),
        ("modified_after=yesterday", "modified_after"),
        ("colour=red", "colour"),
        ("page=1&page=2", "page"),
    ] {
        let (status, body) = server.get_json(&format!("/oruk/services?{query}"));
        assert_eq!(status, 400, "{query}: {body}");
        assert_eq!(body["error"]["code"], "invalid_parameter", "{query}");
        assert_eq!(body["error"]["field"], field, "{query}");
    }
    // Parameters the document allows in any combination are answered, never refused.
    for query in ["minimum_age=20&maximum_age=18", "search=tax&text=council"] {
        let (status, body) = server.get_json(&format!("/oruk/services?{query}"));
        assert_eq!(status, 200, "{query}: {body}");
    }
    for path in [
        "/oruk/organizations?per_page=9999",
        "/oruk/taxonomies?page=0",
        "/oruk/taxonomy_terms?top_only=maybe",
        "/oruk/service_at_locations?page=x",
    ] {
        let (status, body) = server.get_json(path);
        assert_eq!(status, 400, "{path}: {body}");
        assert!(body["error"]["field"].is_string());
    }
    for path in [
        "/oruk/services/00000000-0000-0000-0000-000000000000",
        "/oruk/services/not-a-uuid",
        "/oruk/organizations/00000000-0000-0000-0000-000000000000",
        "/oruk/taxonomies/00000000-0000-0000-0000-000000000000",
        "/oruk/taxonomy_terms/x",
        "/oruk/service_at_locations/00000000-0000-0000-0000-000000000000",
        "/oruk/nothing",
    ] {
        let (status, body) = server.get_json(path);
        assert_eq!(status, 404, "{path}");
        assert_eq!(body["error"]["code"], "not_found");
    }
    // Reads only.
    let status = server
        .client
        .post(server.url("/oruk/services"))
        .send()
        .unwrap()
        .status();
    assert_eq!(status.as_u16(), 405);
}

#[test]
fn ids_survive_restarts_changes_and_export_import() {
    let (server, tokens) =
        TestServer::start_with_tokens(&[&["--role", "council-editor", "--authority", WILTSHIRE]]);
    let before = get(&server, "/oruk/services?per_page=500");
    let ids = |page: &Value| -> BTreeSet<String> {
        page["contents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect()
    };
    // A new offer gets its own id, derived from its registry id.
    let (status, created) = server.send(
        reqwest::Method::POST,
        &format!("/api/v1/authorities/{WILTSHIRE}/offers"),
        Some(&tokens[0]),
        Some(&json!({
            "topic": "wifi", "category": "money", "title": "Free broadband for a year",
            "summary": "A year of home broadband.", "status": "pilot", "basis": "discretionary",
            "applies_to": "any_care_leaver_in_area", "age_from": 18, "age_to": 25,
            "value": {"amount_pence": 1500, "per": "month"},
            "source": {"document": "test", "locator": "1"}
        })),
    );
    assert_eq!(status, 201, "{created}");
    let id = uuid_for(
        "service",
        &format!("offer:{}", created["id"].as_str().unwrap()),
    );
    let s = get(&server, &format!("/oruk/services/{id}"));
    assert_eq!(s["status"], "active");
    assert!(s["alert"].as_str().unwrap().starts_with("A pilot"));
    assert_eq!(s["cost_options"][0]["amount_description"], "£15 a month");
    let after = get(&server, "/oruk/services?per_page=500");
    assert_eq!(ids(&after).len(), ids(&before).len() + 1);
    assert!(ids(&after).is_superset(&ids(&before)));

    let data = server.data.clone();
    server.stop();
    let server = TestServer::start_in(data.clone());
    assert_eq!(
        ids(&get(&server, "/oruk/services?per_page=500")),
        ids(&after)
    );
    server.stop();

    // Export, import into a new store: the same ids.
    let export = run_cli(&data, &["export"]);
    let file = data.join("export.json");
    std::fs::write(&file, export).unwrap();
    let copy = support::temp_dir();
    run_cli(&copy, &["import", file.to_str().unwrap()]);
    let server = TestServer::start_in(copy);
    assert_eq!(
        ids(&get(&server, "/oruk/services?per_page=500")),
        ids(&after)
    );
}
