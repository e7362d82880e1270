//! `GET /api/v1/search`: offers and pledges by plain words, with filters and facets.

use atlas_shared::api::{DocType, SearchRequest};
use atlas_shared::place::PlaceScope;
use atlas_shared::topic::topic;
use atlas_shared::Category;
use warp::reply::Response;

use super::{json_body, to_body, ApiError, AppState, Request};

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Deepest page offered: deeper paging is a crawl, not a search.
const MAX_OFFSET: usize = 10_000;

pub fn search(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let p = req.params(&[
        "q",
        "type",
        "authority",
        "partnership",
        "category",
        "topic",
        "age",
        "limit",
        "offset",
    ])?;
    let q = p.get("q").copied().unwrap_or("").trim();
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::bad_query(
            "q",
            format!("Search for at most {MAX_QUERY_CHARS} characters."),
        ));
    }
    let doc_type = match p.get("type").copied() {
        None | Some("") => None,
        Some("offer") => Some(DocType::Offer),
        Some("pledge") => Some(DocType::Pledge),
        Some(_) => {
            return Err(ApiError::bad_query(
                "type",
                "Use type=offer or type=pledge.",
            ))
        }
    };
    let category = match p.get("category").copied().filter(|c| !c.is_empty()) {
        None => None,
        Some(slug) => Some(
            Category::from_slug(slug)
                .ok_or_else(|| ApiError::bad_query("category", "No such category."))?,
        ),
    };
    let topic_slug = match p.get("topic").copied().filter(|t| !t.is_empty()) {
        None => None,
        Some(slug) => Some(
            topic(slug)
                .ok_or_else(|| ApiError::bad_query("topic", "No such topic (see /api/v1/topics)."))?
                .slug
                .to_string(),
        ),
    };
    let age = match p.get("age").copied().filter(|a| !a.is_empty()) {
        None => None,
        Some(a) => match a.parse::<u8>() {
            Ok(age) if (16..=25).contains(&age) => Some(age),
            _ => return Err(ApiError::bad_query("age", "Give an age from 16 to 25.")),
        },
    };
    let limit = number(&p, "limit", 20, 1, 100)?;
    let offset = number(&p, "offset", 0, 0, MAX_OFFSET)?;

    let authority = p.get("authority").copied().filter(|a| !a.is_empty());
    let partnership = p.get("partnership").copied().filter(|a| !a.is_empty());
    let scope = if authority.is_some() || partnership.is_some() {
        let reference = state.snapshot.get(&state.store)?;
        let authorities = &reference.authorities;
        let mut scope: Option<PlaceScope> = None;
        if let Some(code) = authority {
            scope =
                Some(PlaceScope::of_authority(code, authorities).ok_or_else(|| {
                    ApiError::bad_query("authority", "No council has this code.")
                })?);
        }
        if let Some(id) = partnership {
            let partnership = reference
                .partnership(id)
                .ok_or_else(|| ApiError::bad_query("partnership", "No such partnership."))?;
            let of_partnership = PlaceScope::of_partnership(partnership, authorities);
            scope = Some(match scope {
                // Both given: records concerning places in both.
                Some(a) => PlaceScope {
                    authorities: a
                        .authorities
                        .into_iter()
                        .filter(|c| of_partnership.authorities.contains(c))
                        .collect(),
                    partnerships: a
                        .partnerships
                        .into_iter()
                        .filter(|c| of_partnership.partnerships.contains(c))
                        .collect(),
                    national: false,
                },
                None => of_partnership,
            });
        }
        scope
    } else {
        None
    };

    let request = SearchRequest {
        q: q.to_string(),
        doc_type,
        scope,
        category,
        topic: topic_slug,
        age,
        limit,
        offset,
    };
    // The generation is read before searching, so an answer is never filed under a
    // newer generation than the data it saw.
    let generation = state.index.generation();
    let (body, lookup) =
        state
            .search_cache
            .get_or_compute(generation, format!("{request:?}"), || {
                let response = state.index.search(&request).map_err(|e| {
                    tracing::error!(error = %e, "search failed");
                    ApiError::internal()
                })?;
                to_body(&response)
            })?;
    state.metrics.cache("search", lookup);
    Ok(json_body(body))
}

fn number(
    p: &std::collections::HashMap<&str, &str>,
    name: &str,
    default: usize,
    min: usize,
    max: usize,
) -> Result<usize, ApiError> {
    match p.get(name).copied().filter(|v| !v.is_empty()) {
        None => Ok(default),
        Some(v) => match v.parse::<usize>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(ApiError::bad_query(
                name,
                format!("Give {name} as a whole number from {min} to {max}."),
            )),
        },
    }
}
