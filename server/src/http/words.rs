//! The catalogues the widget reads: `GET /widget/words/<tag>.json`, one language's
//! messages compiled (see `atlas_shared::words`), so a page in Arabic loads only the
//! Arabic catalogue and the English widget loads none.

use std::sync::LazyLock;

use atlas_shared::words::{Lang, Words};
use warp::http::header::{HeaderValue, CACHE_CONTROL};
use warp::reply::Response;

use super::cache::Answer;
use super::coding::Encoding;
use super::error::ApiError;
use super::request::Request;
use super::respond::json_answer;
use super::route::{Kind, Params, Route};

/// Each language's catalogue as JSON (and gzipped), made once: the widget's part only.
static CATALOGUES: LazyLock<Vec<(Lang, Answer)>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .filter_map(|lang| {
            let json = serde_json::to_vec(&Words::held(*lang)?.for_widget()).ok()?;
            Some((*lang, Answer::with_best_compression(json.into())))
        })
        .collect()
});

/// The catalogue of the language `file` names (`ar.json`, `fa-AF.json`…).
fn catalogue(req: &Request, file: &str) -> Result<Response, ApiError> {
    let lang = file
        .strip_suffix(".json")
        .and_then(Lang::from_tag)
        .ok_or_else(|| ApiError::not_found("catalogue of this language"))?;
    let (_, answer) = CATALOGUES
        .iter()
        .find(|(l, _)| *l == lang)
        .ok_or_else(|| ApiError::not_found("catalogue of this language"))?;
    let mut response = json_answer(Encoding::accepted(&req.headers), answer.clone());
    // As long as the widget's own files: a new release brings both.
    response.headers_mut().insert(
        CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    Ok(response)
}

pub(super) const ROUTES: &[Route] = &[Route::read(
    "/widget/words/{file}",
    "widget_words",
    Params::Only(&[]),
    |_, r, a| catalogue(r, a.at(0)),
)
.kind(Kind::Internal)];
