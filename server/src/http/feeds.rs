//! `GET /feeds/…`: Atom feeds to follow a council, a partnership, a topic or the
//! covenant's pledges (see `crate::feeds`).

use warp::http::header::{HeaderValue, CACHE_CONTROL, CONTENT_TYPE};
use warp::reply::Response;

use super::error::ApiError;
use super::request::{AppState, Request};
use super::route::{Params, Route};
use crate::feeds::{atom, build, Subject};

pub fn feed(state: &AppState, subject: Subject, req: &Request) -> Result<Response, ApiError> {
    req.params(&[])?;
    let reference = state.snapshot.get(&state.store)?;
    // A feed is fetched by a program: its language is the `lang` parameter only, so the
    // same address gives everyone the same feed (and no cache mixes languages).
    let locale = req.answer_locale();
    let feed = state.feed_log.with(&state.store, |log| {
        build(&state.store, &reference, log, &subject, &locale)
    })?;
    let Some(feed) = feed else {
        return Err(ApiError::not_found(match subject {
            Subject::Authority(_) => "authority with this code",
            Subject::Partnership(_) => "partnership with this id",
            Subject::Topic(_) => "topic with this slug (see /api/v1/topics)",
            Subject::Pledges => "feed here",
        }));
    };
    let mut response = Response::new(atom(&feed, "").into());
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/atom+xml; charset=utf-8"),
    );
    // Feed readers poll; a few minutes' staleness is what a feed is for.
    headers.insert(
        CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    Ok(response)
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

/// The Atom feeds of changes.
pub(super) const ROUTES: &[Route] = &[
    Route::read(
        "/feeds/authorities/{code}.atom",
        "feed_authority",
        Params::Own,
        |s, r, a| feed(s, Subject::Authority(a.at(0).to_string()), r),
    ),
    Route::read(
        "/feeds/partnerships/{id}.atom",
        "feed_partnership",
        Params::Own,
        |s, r, a| feed(s, Subject::Partnership(a.at(0).to_string()), r),
    ),
    Route::read(
        "/feeds/topics/{slug}.atom",
        "feed_topic",
        Params::Own,
        |s, r, a| feed(s, Subject::Topic(a.at(0).to_string()), r),
    ),
    Route::read(
        "/feeds/pledges.atom",
        "feed_pledges",
        Params::Own,
        |s, r, _| feed(s, Subject::Pledges, r),
    ),
];
