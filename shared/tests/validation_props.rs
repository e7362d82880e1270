//! Property tests: no input can make validation panic, and what passes is in range.

use atlas_shared::OfferInput;
use proptest::prelude::*;
use serde_json::{json, Value};

/// Any JSON value, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,40}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::hash_map(".{0,12}", inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A valid offer with one field replaced by an arbitrary value.
fn mutated_offer() -> impl Strategy<Value = Value> {
    let fields = prop::sample::select(OfferInput::FIELDS.to_vec());
    (fields, any_json()).prop_map(|(field, value)| {
        let mut offer = json!({
            "topic": "wifi", "category": "money", "title": "Wifi", "summary": "Help with wifi.",
            "status": "planned", "basis": "discretionary", "applies_to": "unstated",
            "age_from": 18, "age_to": 24,
            "source": {"document": "000_dd1cb549a4835cd9.txt", "locator": "paragraph 30"}
        });
        offer[field] = value;
        offer
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_json_never_panics(value in any_json()) {
        let _ = OfferInput::from_json(value).and_then(OfferInput::validate);
    }

    #[test]
    fn a_mutated_offer_is_either_valid_and_in_range_or_names_a_field(value in mutated_offer()) {
        match OfferInput::from_json(value).and_then(OfferInput::validate) {
            Ok(content) => {
                prop_assert!((16..=25).contains(&content.age_from));
                prop_assert!(content.age_from <= content.age_to && content.age_to <= 25);
                prop_assert!(!content.title.is_empty() && content.title.chars().count() <= 200);
            }
            Err(errors) => {
                prop_assert!(!errors.0.is_empty());
                prop_assert!(errors.0.iter().all(|e| !e.message.is_empty()));
            }
        }
    }
}
