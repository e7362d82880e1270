//! The mirror module (feature `mirror`, built as `offer_atlas_mirror`): comparisons in the
//! browser, for a widget pointed at a static mirror made by `offer-atlas publish`.
//!
//! It reads the mirror's JSON (the API's public reads at their paths plus `.json`), keeps
//! it for the page's life, and runs the very compare rules the server runs
//! (`atlas_shared::compare::compare`) on the same records: the councils and, in two-tier
//! areas, their counties ([`councils_to_read`]), every partnership, and the public
//! organisations and pledges. The compare module loads this one only in mirror mode, so
//! the widget's first load from a server stays small.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use atlas_shared::api::{AuthorityDetail, List, OrganisationView};
use atlas_shared::compare::{compare_in, councils_to_read, CompareRequest, Records};
use atlas_shared::law::LawRecord;
use atlas_shared::{Authority, Offer, Partnership, Pledge};
use wasm_bindgen::prelude::*;

use crate::api::get;

/// What the mirror has given so far.
#[derive(Default)]
struct Mirror {
    records: Records,
    law: Vec<LawRecord>,
    /// Offers by council, read when a comparison first needs them.
    offers: HashMap<String, Vec<Offer>>,
}

thread_local! {
    /// One mirror per address the page uses.
    static MIRRORS: RefCell<HashMap<String, Rc<RefCell<Mirror>>>> = RefCell::new(HashMap::new());
}

/// A public read's file in the mirror: the API path plus `.json`.
fn file(api: &str, path: &str) -> String {
    format!("{}/api/v1/{path}.json", api.trim_end_matches('/'))
}

async fn reference(api: &str) -> Result<Rc<RefCell<Mirror>>, String> {
    if let Some(m) = MIRRORS.with(|m| m.borrow().get(api).cloned()) {
        return Ok(m);
    }
    // The five reads go out together.
    let urls = [
        "authorities",
        "partnerships",
        "organisations",
        "pledges",
        "law",
    ]
    .map(|p| file(api, p));
    let (authorities, partnerships, organisations, pledges, law) = futures::join!(
        get::<List<Authority>>(&urls[0]),
        get::<List<Partnership>>(&urls[1]),
        get::<List<OrganisationView>>(&urls[2]),
        get::<List<Pledge>>(&urls[3]),
        get::<List<LawRecord>>(&urls[4]),
    );
    let mirror = Rc::new(RefCell::new(Mirror {
        records: Records {
            authorities: authorities?.items,
            partnerships: partnerships?.items,
            organisations: organisations?
                .items
                .into_iter()
                .map(|v| v.organisation)
                .collect(),
            pledges: pledges?.items,
        },
        law: law?.items,
        offers: HashMap::new(),
    }));
    MIRRORS.with(|m| m.borrow_mut().insert(api.to_string(), mirror.clone()));
    Ok(mirror)
}

/// Compares as `GET /api/v1/compare` would, from the mirror at `api`. `request` is a
/// `CompareRequest` (`{ from, to, age, circumstances }`); `words` the reader's catalogue
/// (JSON text, as the element fetched it) or nothing for English. Resolves to the
/// `Comparison` as JSON text (the compare module reads it as it reads the API's answers),
/// or rejects with a sentence for people.
#[wasm_bindgen]
pub async fn compare(
    api: String,
    request: JsValue,
    words: Option<String>,
) -> Result<JsValue, JsValue> {
    let request: CompareRequest = js_sys::JSON::stringify(&request)
        .ok()
        .and_then(|text| text.as_string())
        .and_then(|text| crate::json::from_str(&text).ok())
        .ok_or_else(|| JsValue::from_str("The comparison could not be read."))?;
    let mirror = reference(&api).await.map_err(|e| JsValue::from_str(&e))?;
    let codes = councils_to_read(&mirror.borrow().records.authorities, &request);
    for code in codes.iter() {
        let known = mirror
            .borrow()
            .records
            .authorities
            .iter()
            .any(|a| &a.code == code);
        if !known || mirror.borrow().offers.contains_key(code) {
            continue;
        }
        let mut detail = get::<AuthorityDetail>(&file(&api, &format!("authorities/{code}")))
            .await
            .map_err(|e| JsValue::from_str(&e))?;
        // The order the server reads them in (the store's: by id), so that entitlements
        // list in the same order as in the API's answer.
        detail.offers.sort_by(|a, b| a.id.cmp(&b.id));
        mirror
            .borrow_mut()
            .offers
            .insert(code.clone(), detail.offers);
    }
    let m = mirror.borrow();
    let offers: Vec<Offer> = codes
        .iter()
        .filter_map(|c| m.offers.get(c))
        .flatten()
        .cloned()
        .collect();
    let data = m.records.compare_data(&offers, &m.law);
    let comparison = compare_in(
        &data,
        &request,
        crate::language::locale_of_catalogue(words.as_deref()),
    )
    .map_err(|e| JsValue::from_str(&e.to_string()))?;
    // As JSON text: the same path the API's answers take.
    let text = serde_json::to_string(&comparison)
        .map_err(|_| JsValue::from_str("The comparison could not be written."))?;
    Ok(JsValue::from_str(&text))
}
