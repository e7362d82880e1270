//! Reading the public API from the browser. Requests carry no cookies (the API is on
//! another site and asked without credentials) and no referrer.

use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReferrerPolicy, RequestCredentials, RequestInit, Response};

/// GETs `url` and reads the JSON body as `T`. Errors are sentences for people.
#[cfg_attr(not(any(mode_compare, mode_offers)), allow(dead_code))]
pub async fn get<T: DeserializeOwned>(url: &str) -> Result<T, String> {
    decode(&get_text(url).await?)
}

/// Reads an answer's JSON text as `T` (see [`crate::json`]).
pub fn decode<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    crate::json::from_str(text).map_err(|_| {
        "We could not read the answer from Offer Atlas. Please try again later.".to_string()
    })
}

/// GETs `url` and returns the JSON body's text. Errors are sentences for people.
pub async fn get_text(url: &str) -> Result<String, String> {
    let unreachable =
        || "We could not reach Offer Atlas. Check your connection and try again.".to_string();
    let cut_short = || "The answer from Offer Atlas was cut short. Please try again.".to_string();
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_credentials(RequestCredentials::Omit);
    init.set_referrer_policy(ReferrerPolicy::NoReferrer);
    let window = web_sys::window().ok_or_else(unreachable)?;
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| unreachable())?
        .dyn_into()
        .map_err(|_| unreachable())?;
    let text = JsFuture::from(response.text().map_err(|_| cut_short())?)
        .await
        .map_err(|_| cut_short())?
        .as_string()
        .ok_or_else(cut_short)?;
    if !response.ok() {
        return Err(match crate::json::from_str::<ErrorMessage>(&text) {
            Ok(body) => body.error.message,
            Err(_) => format!(
                "Offer Atlas could not answer (error {}). Please try again later.",
                response.status()
            ),
        });
    }
    Ok(text)
}

/// The part of an error answer (`{"error": {"code", "message", "field"}}`) the widget
/// shows: its sentence. Reading only that keeps every error code's parser out of the wasm.
#[derive(serde::Deserialize)]
struct ErrorMessage {
    error: Message,
}

#[derive(serde::Deserialize)]
struct Message {
    message: String,
}
