//! The OpenAPI document as a contract: every answer the end-to-end tests receive through
//! [`super::TestServer`] is checked against the document the server serves — the path and
//! method must be documented, the status listed for that operation, the content type
//! declared, and a JSON body valid against the declared schema.

use std::sync::OnceLock;

use serde_json::Value;

static DOCUMENT: OnceLock<Value> = OnceLock::new();

/// The served document, fetched once per test binary from the first server asked.
pub fn document(base: &str, client: &reqwest::blocking::Client) -> &'static Value {
    DOCUMENT.get_or_init(|| {
        client
            .get(format!("{base}/api/v1/openapi.json"))
            .send()
            .and_then(|r| r.json())
            .expect("the OpenAPI document")
    })
}

/// The documented path that `path` (no query string) is an instance of, if any.
fn template<'d>(doc: &'d Value, path: &str) -> Option<&'d str> {
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    doc["paths"]
        .as_object()?
        .keys()
        .filter(|t| {
            let parts: Vec<&str> = t.split('/').collect();
            parts.len() == segments.len()
                && parts.iter().zip(&segments).all(|(p, s)| {
                    *p == *s || (p.starts_with('{') && p.ends_with('}') && !s.is_empty())
                })
        })
        // A literal segment beats a parameter: fewest parameters first.
        .min_by_key(|t| t.matches('{').count())
        .map(String::as_str)
}

/// Follows a `$ref` within the document.
fn resolve<'d>(doc: &'d Value, v: &'d Value) -> &'d Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => doc.pointer(r.trim_start_matches('#')).unwrap_or(v),
        None => v,
    }
}

/// Panics, naming what is wrong, unless the answer matches the document.
pub fn check(
    doc: &Value,
    method: &str,
    path_and_query: &str,
    status: u16,
    content_type: &str,
    body: Option<&Value>,
) {
    let path = path_and_query.split('?').next().unwrap_or("");
    if !path.starts_with("/api/") {
        return; // pages and widget files are not part of the API document
    }
    let Some(template) = template(doc, path) else {
        assert!(
            status == 404,
            "{method} {path}: {status} from an undocumented path"
        );
        return;
    };
    let method = method.to_ascii_lowercase();
    let Some(op) = doc["paths"][template].get(&method) else {
        assert!(
            status == 405,
            "{method} {template}: {status} from an undocumented method"
        );
        return;
    };
    let response = op["responses"]
        .get(status.to_string())
        .unwrap_or_else(|| panic!("{method} {template}: status {status} is not documented"));
    let response = resolve(doc, response);
    let Some(content) = response.get("content").and_then(Value::as_object) else {
        return;
    };
    let mime = content_type.split(';').next().unwrap_or("").trim();
    let declared = content
        .get(mime)
        .unwrap_or_else(|| panic!("{method} {template} {status}: {mime} is not declared"));
    if let (Some(body), Some(schema)) = (body, declared.get("schema")) {
        let mut root = schema.clone();
        if let Some(o) = root.as_object_mut() {
            o.insert("components".into(), doc["components"].clone());
        }
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .build(&root)
            .unwrap_or_else(|e| panic!("{method} {template} {status}: bad schema: {e}"));
        let problems: Vec<String> = validator
            .iter_errors(body)
            .take(5)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            problems.is_empty(),
            "{method} {template} {status}: the body contradicts the document:\n{}",
            problems.join("\n")
        );
    }
}
