//! Reading the public API from the browser. Requests carry no cookies (the API is on
//! another site and asked without credentials) and no referrer.

use gloo_net::http::Request;
use serde::de::DeserializeOwned;
use web_sys::{ReferrerPolicy, RequestCredentials};

/// GETs `url` and reads the JSON body as `T`. Errors are sentences for people.
pub async fn get<T: DeserializeOwned>(url: &str) -> Result<T, String> {
    decode(get_value(url).await?)
}

/// Reads a value the browser parsed (an answer's JSON) as `T`.
pub fn decode<T: DeserializeOwned>(value: wasm_bindgen::JsValue) -> Result<T, String> {
    serde_wasm_bindgen::from_value(value).map_err(|_| {
        "We could not read the answer from Offer Atlas. Please try again later.".to_string()
    })
}

/// GETs `url` and parses the JSON body in the browser. Errors are sentences for people.
pub async fn get_value(url: &str) -> Result<wasm_bindgen::JsValue, String> {
    let response = Request::get(url)
        .credentials(RequestCredentials::Omit)
        .referrer_policy(ReferrerPolicy::NoReferrer)
        .send()
        .await
        .map_err(|_| {
            "We could not reach Offer Atlas. Check your connection and try again.".to_string()
        })?;
    let text = response
        .text()
        .await
        .map_err(|_| "The answer from Offer Atlas was cut short. Please try again.".to_string())?;
    if !response.ok() {
        return Err(
            match js_sys::JSON::parse(&text)
                .map_err(|_| ())
                .and_then(|v| serde_wasm_bindgen::from_value::<ErrorMessage>(v).map_err(|_| ()))
            {
                Ok(body) => body.error.message,
                Err(_) => format!(
                    "Offer Atlas could not answer (error {}). Please try again later.",
                    response.status()
                ),
            },
        );
    }
    js_sys::JSON::parse(&text).map_err(|_| {
        "We could not read the answer from Offer Atlas. Please try again later.".to_string()
    })
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
