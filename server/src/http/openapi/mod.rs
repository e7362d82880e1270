//! The OpenAPI document, built once from two halves so that it cannot drift from the code:
//!
//! - `server/openapi-paths.json`, written by hand: the paths, their parameters, request
//!   bodies and success responses;
//! - the schemas of everything the server sends, generated from the Rust types that
//!   serialise the responses (`schemars`);
//! - the input schemas (what a client may send), built in [`inputs`] from the same limits
//!   and vocabularies the validators use, and the registry's own councils and
//!   partnerships;
//! - the error responses of every operation, added by the rules of the one error table
//!   (`atlas_shared::error`), so the same mistake is documented with the same status on
//!   every route.

use std::sync::{Arc, Mutex};

use crate::snapshot::Reference;

use atlas_shared::api::{
    AuthorityDetail, BoardView, Changes, ErrorBody, History, IssuedToken, List, ModerationQueue,
    OrganisationDetail, OrganisationView, Registered, RetiredRecord, SearchResponse, TokenView,
};
use atlas_shared::compare::Comparison;
use atlas_shared::consistency::Consistency;
use atlas_shared::offer::CouncilTaxRelief;
use atlas_shared::spread::Spread;
use atlas_shared::{
    AppliesTo, Authority, Basis, ErrorCode, Offer, OfferStatus, OrganisationKind, Partnership,
    Period, Pledge, Tier, Topic,
};
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{json, Map, Value};

mod inputs;

const PATHS: &str = include_str!("../../../openapi-paths.json");

/// The document for the registry as it stands: the input schemas list the councils,
/// partnerships and guarantee items a body or parameter may name, so it is rebuilt when
/// the reference data changes.
pub fn document(reference: &Reference) -> Arc<Value> {
    static CACHE: Mutex<Option<(u64, Arc<Value>)>> = Mutex::new(None);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    match cache.as_ref() {
        Some((seq, doc)) if *seq == reference.seq => doc.clone(),
        _ => {
            let doc = Arc::new(build(reference));
            *cache = Some((reference.seq, doc.clone()));
            doc
        }
    }
}

fn build(reference: &Reference) -> Value {
    // The file is checked by the tests; a broken one gives an empty document, not a panic.
    let mut doc: Value = serde_json::from_str(PATHS).unwrap_or_else(|_| json!({}));
    let mut generator = SchemaSettings::draft2020_12()
        .with(|s| s.definitions_path = "/components/schemas/".into())
        .into_generator();
    // Every type a response body is made of, under the name the paths refer to.
    fn add<T: JsonSchema>(generator: &mut SchemaGenerator) {
        generator.subschema_for::<T>();
    }
    add::<List<Authority>>(&mut generator);
    add::<AuthorityDetail>(&mut generator);
    add::<List<Topic>>(&mut generator);
    add::<List<atlas_shared::law::LawRecord>>(&mut generator);
    add::<atlas_shared::coverage::Coverage>(&mut generator);
    add::<List<Partnership>>(&mut generator);
    add::<Partnership>(&mut generator);
    add::<Consistency>(&mut generator);
    add::<List<OrganisationView>>(&mut generator);
    add::<OrganisationView>(&mut generator);
    add::<OrganisationDetail>(&mut generator);
    add::<Registered>(&mut generator);
    add::<List<Pledge>>(&mut generator);
    add::<Pledge>(&mut generator);
    add::<History<Pledge>>(&mut generator);
    add::<SearchResponse>(&mut generator);
    add::<Comparison>(&mut generator);
    add::<atlas_shared::compact::CompactComparison>(&mut generator);
    add::<atlas_shared::map::MapAnswer>(&mut generator);
    add::<Offer>(&mut generator);
    add::<History<Offer>>(&mut generator);
    add::<RetiredRecord>(&mut generator);
    add::<ModerationQueue>(&mut generator);
    add::<Spread>(&mut generator);
    add::<Changes>(&mut generator);
    add::<BoardView>(&mut generator);
    add::<List<TokenView>>(&mut generator);
    add::<IssuedToken>(&mut generator);
    add::<TokenView>(&mut generator);
    add::<ErrorBody>(&mut generator);
    // Enums the input schemas use.
    add::<OfferStatus>(&mut generator);
    add::<Basis>(&mut generator);
    add::<AppliesTo>(&mut generator);
    add::<CouncilTaxRelief>(&mut generator);
    add::<OrganisationKind>(&mut generator);
    add::<Period>(&mut generator);
    add::<Tier>(&mut generator);
    let generated = generator.take_definitions(true);

    if let Some(components) = doc
        .as_object_mut()
        .map(|root| root.entry("components").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut)
    {
        let schemas = components.entry("schemas").or_insert_with(|| json!({}));
        if let Some(schemas) = schemas.as_object_mut() {
            for (name, schema) in generated {
                schemas.entry(name).or_insert(schema);
            }
            for (name, schema) in inputs::schemas(reference) {
                schemas.insert(name, schema);
            }
        }
        error_responses(components);
    }
    add_error_statuses(&mut doc);
    lang_everywhere(&mut doc);
    empty_query_values(&mut doc);
    oruk_examples(&mut doc);
    doc
}

/// Real ids for the ORUK routes' examples, so that a client (or a fuzzer) trying the
/// document reaches a record: the ids are stable UUIDs of demo records.
fn oruk_examples(doc: &mut Value) {
    use atlas_shared::oruk::uuid_for;
    let service = uuid_for("service", "offer:walsall-council-tax");
    let examples = [
        ("/oruk/services/{id}", service),
        (
            "/oruk/organizations/{id}",
            uuid_for("organization", "authority:E08000030"),
        ),
        ("/oruk/taxonomies/{id}", uuid_for("taxonomy", "topics")),
        (
            "/oruk/taxonomy_terms/{id}",
            uuid_for("taxonomy_term", "topic:council-tax"),
        ),
        (
            "/oruk/service_at_locations/{id}",
            uuid_for("service_at_location", &service.to_string()),
        ),
    ];
    for (path, id) in examples {
        let parameters = doc
            .pointer_mut(&format!(
                "/paths/{}/get/parameters",
                path.replace('/', "~1")
            ))
            .and_then(Value::as_array_mut);
        for p in parameters.into_iter().flatten() {
            if p["in"] == "path" && p["name"] == "id" {
                p["example"] = json!(id.to_string());
            }
        }
    }
}

/// One error response per status, each with the error body (429 also `Retry-After`).
fn error_responses(components: &mut Map<String, Value>) {
    let responses = components.entry("responses").or_insert_with(|| json!({}));
    let Some(responses) = responses.as_object_mut() else {
        return;
    };
    let mut statuses: Vec<u16> = ErrorCode::ALL.iter().map(|c| c.status()).collect();
    statuses.sort_unstable();
    statuses.dedup();
    for status in statuses {
        let codes: Vec<&str> = ErrorCode::ALL
            .iter()
            .filter(|c| c.status() == status)
            .map(|c| c.as_str())
            .collect();
        let mut response = json!({
            "description": format!("Error: {}", codes.join(", ")),
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErrorBody" } } }
        });
        if status == 429 {
            response["headers"] = json!({
                "Retry-After": { "description": "Seconds to wait", "schema": { "type": "integer", "minimum": 1 } }
            });
        }
        responses.insert(format!("Error{status}"), response);
    }
}

/// The statuses an operation can answer with, by the error table's rules.
fn add_error_statuses(doc: &mut Value) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let names_a_record = path.contains('{');
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (method, op) in item.iter_mut() {
            if !["get", "post", "put", "delete"].contains(&method.as_str()) {
                continue;
            }
            let write = method != "get";
            let body = op.get("requestBody").is_some();
            // Required or optional (`[{}, {"bearer": []}]`), a token can be refused.
            let secured = op.get("security").is_some();
            // Every route refuses a parameter it does not take (and a body route malformed
            // JSON): 400.
            let mut statuses: Vec<u16> = vec![400, 414];
            if secured {
                statuses.extend([401, 403]);
            }
            if names_a_record {
                statuses.push(404);
            }
            if body || write {
                statuses.extend([408, 413, 415, 422]);
            }
            if write {
                statuses.extend([409, 429]);
            }
            // A retired offer is gone (410) for every offer address but its history
            // and its restore, where being retired is the point.
            if path.starts_with("/api/v1/offers/{id}")
                && !path.ends_with("/history")
                && !path.ends_with("/restore")
            {
                statuses.push(410);
            }
            let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
                continue;
            };
            for status in statuses {
                responses.entry(status.to_string()).or_insert_with(
                    || json!({ "$ref": format!("#/components/responses/Error{status}") }),
                );
            }
        }
    }
}

/// Every route takes `lang` (see `atlas_shared::query::LANG`): the language of the
/// answer's sentences. One parameter in the components, referred to by every operation.
fn lang_everywhere(doc: &mut Value) {
    let tags: Vec<&str> = atlas_shared::words::Lang::ALL
        .iter()
        .map(|l| l.tag())
        .collect();
    let parameter = json!({
        "name": atlas_shared::query::LANG,
        "in": "query",
        "required": false,
        "description": format!(
            "The language of the sentences in the answer: one of {}. The councils' and \
             organisations' own words stay as they wrote them; an answer without sentences \
             ignores it, as does an unknown language (English).",
            tags.join(", ")
        ),
        "schema": { "type": "string", "examples": tags },
    });
    if let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut) {
        let parameters = components.entry("parameters").or_insert_with(|| json!({}));
        if let Some(parameters) = parameters.as_object_mut() {
            parameters.insert("Lang".into(), parameter);
        }
    }
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut().filter_map(Value::as_object_mut) {
        for op in item.values_mut().filter(|op| op.get("responses").is_some()) {
            let Some(op) = op.as_object_mut() else {
                continue;
            };
            let parameters = op.entry("parameters").or_insert_with(|| json!([]));
            if let Some(parameters) = parameters.as_array_mut() {
                let declared = parameters
                    .iter()
                    .any(|p| p["name"] == atlas_shared::query::LANG);
                if !declared {
                    parameters.push(json!({ "$ref": "#/components/parameters/Lang" }));
                }
            }
        }
    }
}

/// An optional query parameter may be sent empty: the same as leaving it out (a plain
/// HTML form sends every field). Every such parameter's schema says so.
fn empty_query_values(doc: &mut Value) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for op in item.values_mut() {
            let Some(parameters) = op.get_mut("parameters").and_then(Value::as_array_mut) else {
                continue;
            };
            for p in parameters {
                let optional_query = p["in"] == "query" && p["required"] != true;
                if optional_query {
                    let schema = p["schema"].take();
                    p["schema"] = json!({ "anyOf": [schema, { "const": "" }] });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `$ref` in `v`.
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                for (k, v) in o {
                    if k == "$ref" {
                        if let Some(s) = v.as_str() {
                            out.push(s.to_string());
                        }
                    }
                    refs(v, out);
                }
            }
            Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }

    #[test]
    fn every_reference_resolves_and_no_generated_schema_hides_a_written_one() {
        let written: Value = serde_json::from_str(PATHS).expect("openapi-paths.json is JSON");
        let doc = document(&inputs::tests::reference());
        let doc = doc.as_ref();
        let mut all = Vec::new();
        refs(doc, &mut all);
        assert!(all.len() > 50);
        for r in all {
            let pointer = r.trim_start_matches('#');
            assert!(doc.pointer(pointer).is_some(), "{r} does not resolve");
        }
        let written_names: Vec<&String> = written["components"]["schemas"]
            .as_object()
            .map(|o| o.keys().collect())
            .unwrap_or_default();
        for name in written_names {
            assert!(
                name.ends_with("Input") || name.ends_with("Replacement"),
                "hand-written schema {name} should be an input"
            );
        }
        assert_eq!(doc["openapi"], "3.1.0");
    }

    /// The values a schema allows, following one `$ref`.
    fn enum_values(doc: &Value, schema: &Value) -> Vec<String> {
        let schema = match schema["$ref"].as_str() {
            Some(r) => doc.pointer(r.trim_start_matches('#')).expect("resolves"),
            None => schema,
        };
        let mut values: Vec<String> = schema["enum"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        // schemars may write each value as its own `const` under `oneOf`.
        for variant in schema["oneOf"].as_array().into_iter().flatten() {
            values.extend(enum_values(doc, variant));
        }
        if let Some(c) = schema["const"].as_str() {
            values.push(c.to_string());
        }
        values.sort();
        values
    }

    #[test]
    fn an_error_code_on_the_wire_is_one_of_the_tables_codes_and_the_schema_lists_them() {
        let doc = document(&inputs::tests::reference());
        let schemas = &doc["components"]["schemas"];
        let mut table: Vec<String> = ErrorCode::ALL.iter().map(|c| c.as_str().into()).collect();
        table.sort();
        let error_code = &schemas["ErrorDetail"]["properties"]["code"];
        assert_eq!(enum_values(&doc, error_code), table, "{error_code}");
        let field_code = &schemas["FieldError"]["properties"]["code"];
        assert_eq!(enum_values(&doc, field_code), table, "{field_code}");
        // And the types themselves carry the code, spelt as before.
        let body = atlas_shared::api::ErrorBody::new(ErrorCode::TooLong, "m", None);
        assert_eq!(body.error.code, ErrorCode::TooLong);
        assert_eq!(
            serde_json::to_value(&body).unwrap()["error"]["code"],
            "too_long"
        );
    }

    #[test]
    fn the_same_mistake_is_documented_with_the_same_status_everywhere() {
        let doc = document(&inputs::tests::reference());
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let responses = op["responses"].as_object().unwrap();
                assert!(responses.contains_key("414"), "{method} {path}");
                assert!(responses.contains_key("400"), "{method} {path}");
                if method != "get" {
                    for s in ["413", "415", "422", "429"] {
                        assert!(responses.contains_key(s), "{method} {path} {s}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_operation_documents_the_lang_parameter() {
        let doc = document(&inputs::tests::reference());
        assert_eq!(doc["components"]["parameters"]["Lang"]["name"], "lang");
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let parameters = op["parameters"].as_array();
                let has = parameters
                    .into_iter()
                    .flatten()
                    .any(|p| p["$ref"] == "#/components/parameters/Lang" || p["name"] == "lang");
                assert!(has, "{method} {path}");
            }
        }
    }
}
