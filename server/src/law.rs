//! What the law gives every care leaver in England, embedded in the binary from
//! `data/england/law.json` and checked by the same rules as any record at start-up.
//! Read-only: the law changes by a new release, not through the API.

use std::sync::LazyLock;

use atlas_shared::law::{check_unique, LawRecord, LawRecordInput};

const LAW: &str = include_str!("../data/england/law.json");

#[derive(serde::Deserialize)]
struct LawFile {
    records: Vec<serde_json::Value>,
}

static RECORDS: LazyLock<Result<Vec<LawRecord>, String>> = LazyLock::new(parse);

fn parse() -> Result<Vec<LawRecord>, String> {
    let file: LawFile =
        serde_json::from_str(LAW).map_err(|e| format!("law.json is not valid: {e}"))?;
    let mut records = Vec::with_capacity(file.records.len());
    for raw in file.records {
        let id = raw["id"].as_str().unwrap_or("?").to_string();
        let input: LawRecordInput =
            serde_json::from_value(raw).map_err(|e| format!("law record {id}: {e}"))?;
        records.push(
            input
                .validate()
                .map_err(|e| format!("law record {id}: {e}"))?,
        );
    }
    check_unique(&records)?;
    Ok(records)
}

/// Whether the embedded records are valid: `serve` refuses to start otherwise.
pub(crate) fn check() -> Result<usize, String> {
    RECORDS.as_ref().map(Vec::len).map_err(Clone::clone)
}

/// The records (none if they were invalid, which `check` reports at start-up).
pub fn records() -> &'static [LawRecord] {
    RECORDS.as_deref().unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_law_records_are_valid_and_name_their_sources() {
        let n = check().expect("valid");
        assert!(n >= 10);
        for r in records() {
            assert!(r.source.url.is_some(), "{} has no source address", r.id);
            assert!(r.source.read.is_some(), "{} has no date read", r.id);
        }
    }
}
