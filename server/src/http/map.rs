//! `GET /api/v1/map`: every area of England in its class for one question (a topic at an
//! age, or a move from one council), and the count of areas per class. The `/map` page
//! (`pages.rs`) draws the same answer from [`answer`].

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use atlas_shared::compare::{compare as run_compare, councils_to_read, CompareRequest};
use atlas_shared::map::{move_map, topic_map, MapAnswer, MapData, MapRequest};
use atlas_shared::topic::topic;
use atlas_shared::words::Locale;
use atlas_shared::{ErrorCode, Offer};
use atlas_widget::components::map::{MapAsset, MapGeometry};
use warp::reply::Response;

use super::error::ApiError;
use super::request::{AppState, Request};
use super::respond::ok;
use super::route::{Params, Route};

/// The committed map asset (see `server/data/map/README.md`).
const ASSET: &str = include_str!("../../data/map/england-ctyua-2023.json");

/// The areas (ONS code and name, by code) and their outlines, read once.
pub struct Map {
    pub areas: Vec<(String, String)>,
    pub geometry: Arc<MapGeometry>,
}

pub static MAP: LazyLock<Map> = LazyLock::new(|| {
    let asset: MapAsset = serde_json::from_str(ASSET).unwrap_or(MapAsset {
        width: 1,
        height: 1,
        areas: Vec::new(),
    });
    let (areas, geometry) = asset.split();
    Map {
        areas,
        geometry: Arc::new(geometry),
    }
});

/// The asset gzipped once (it is the same for every request).
static ASSET_GZIP: LazyLock<Option<Vec<u8>>> = LazyLock::new(|| {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(ASSET.as_bytes()).ok()?;
    gz.finish().ok()
});

/// `GET /api/v1/map/areas`: the outlines the map draws, for the widget's map mode
/// (gzipped for a client that takes it).
pub fn areas(req: &Request) -> Result<Response, ApiError> {
    use warp::http::header::{CONTENT_ENCODING, CONTENT_TYPE, VARY};
    use warp::http::HeaderValue;
    let gzip = ASSET_GZIP
        .as_ref()
        .filter(|_| super::coding::accepts_gzip(&req.headers));
    let mut response = match gzip {
        Some(bytes) => Response::new(bytes.clone().into()),
        None => Response::new(ASSET.into()),
    };
    let h = response.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    h.insert(VARY, HeaderValue::from_static("accept-encoding"));
    if gzip.is_some() {
        h.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    Ok(response)
}

/// Why a map cannot be drawn: the field at fault and what to do.
pub struct MapProblem {
    pub field: &'static str,
    pub message: String,
}

/// The map `request` asks for, or the field at fault; the outer error is the store's.
pub fn answer(
    state: &AppState,
    request: &MapRequest,
    locale: &Locale,
) -> Result<Result<MapAnswer, MapProblem>, ApiError> {
    let reference = state.snapshot.get(&state.store)?;
    let offers = state.store.offers()?;
    let law = crate::law::records();
    let topic = request.topic.as_deref().and_then(topic);
    let Some(from) = request.from.as_deref() else {
        let Some(topic) = topic else {
            return Ok(Err(MapProblem {
                field: "topic",
                message: "Give a topic, or a council to move from.".into(),
            }));
        };
        let data = MapData {
            authorities: &reference.authorities,
            offers: &offers,
            law,
        };
        return Ok(Ok(topic_map(
            &MAP.areas,
            &data,
            topic,
            request.age,
            &request.circumstances,
            locale,
        )));
    };
    // Each pair read as the comparison API reads it: the offers of the councils involved.
    let mut by_council: HashMap<&str, Vec<&Offer>> = HashMap::new();
    for o in &offers {
        by_council.entry(o.authority.as_str()).or_default().push(o);
    }
    let pair = |to: &str| CompareRequest {
        from: from.to_string(),
        to: to.to_string(),
        age: request.age,
        circumstances: request.circumstances.clone(),
        district: None,
        group: None,
    };
    // The home council first: its problems are the request's.
    let home = run_compare(&reference.compare_data(&[], law), &pair(from));
    let home = match home {
        Ok(c) => c.from,
        Err(e) => {
            return Ok(Err(MapProblem {
                field: e.field(),
                message: e.to_string(),
            }))
        }
    };
    let compare_to = |to: &str| {
        // A council the registry does not know is not held.
        reference.authority(to)?;
        let req = pair(to);
        let mut read: Vec<Offer> = Vec::new();
        for code in councils_to_read(&reference.authorities, &req) {
            read.extend(
                by_council
                    .get(code.as_str())
                    .into_iter()
                    .flatten()
                    .map(|o| (*o).clone()),
            );
        }
        run_compare(&reference.compare_data(&read, law), &req).ok()
    };
    Ok(Ok(move_map(
        &MAP.areas,
        &home,
        topic,
        request.age,
        &request.circumstances,
        locale,
        compare_to,
    )))
}

pub fn map(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let query = req.params(MapRequest::PARAMETERS)?;
    let request = MapRequest::from_query(&query)?;
    let locale = req.answer_locale();
    match answer(state, &request, &locale)? {
        Ok(answer) => ok(&answer),
        Err(p) => Err(ApiError::field(
            ErrorCode::InvalidParameter,
            p.field,
            p.message,
        )),
    }
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

pub(super) const ROUTES: &[Route] = &[
    Route::read("/api/v1/map", "map", Params::Own, |s, r, _| map(s, r)),
    Route::read(
        "/api/v1/map/areas",
        "map_areas",
        Params::Only(&[]),
        |_, r, _| areas(r),
    ),
];
