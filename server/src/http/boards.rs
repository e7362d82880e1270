//! What a regional board monitors: whether each member council meets each item of the
//! partnership's guarantee (JSON and CSV), how a topic's value spreads across councils,
//! what changed lately, and the board's own edits to its guarantee and notes. The rules
//! are in `atlas_shared` (`consistency`, `spread`, `access`); this module gathers the
//! records and answers.

use std::collections::HashMap;

use atlas_shared::api::{BoardView, ChangeEntry, Changes};
use atlas_shared::consistency::{consistency, Consistency};
use atlas_shared::partnership::{BoardNote, GuaranteeInput, NoteInput};
use atlas_shared::place::{county_of, is_member};
use atlas_shared::spread::{board_charts, spread as spread_of, Spread};
use atlas_shared::{Authority, Offer, Partnership};
use chrono::NaiveDate;
use warp::http::header::{HeaderValue, CONTENT_DISPOSITION, CONTENT_TYPE};
use warp::reply::Response;

use super::error::ApiError;
use super::request::{blocking, AppState, Request};
use super::respond::ok;
use super::route::{awaits, Params, Route, Verb};
use crate::snapshot::Reference;
use crate::store::{Kind, Store, StoreError};

/// Most entries `GET /changes` returns; a board reads recent changes, not an archive.
pub const MAX_CHANGES: usize = 500;
/// How far back `GET /changes` looks when no `since` is given.
const DEFAULT_CHANGES_DAYS: i64 = 90;

/// The consistency matrix of partnership `id` as of today, reading only the offers it
/// needs: the members' and, for districts, their counties'.
pub fn matrix(state: &AppState, id: &str) -> Result<Consistency, ApiError> {
    let reference = state.snapshot.get(&state.store)?;
    let partnership = known_partnership(&reference, id)?;
    let mut offers: HashMap<String, Vec<Offer>> = HashMap::new();
    for code in &partnership.members {
        let county = reference
            .authority(code)
            .and_then(|a| county_of(a, |c| reference.authority(c)))
            .map(|c| c.code.clone());
        for code in std::iter::once(code.clone()).chain(county) {
            let list = state.store.offers_of(&code)?;
            offers.insert(code, list);
        }
    }
    matrix_over(state, &reference, partnership, |code| {
        offers
            .get(code)
            .map(|l| l.iter().collect())
            .unwrap_or_default()
    })
}

/// The matrix of `partnership` over offers already read (`offers_of` an authority).
fn matrix_over<'a>(
    state: &AppState,
    reference: &'a Reference,
    partnership: &Partnership,
    offers_of: impl Fn(&str) -> Vec<&'a Offer>,
) -> Result<Consistency, ApiError> {
    Ok(consistency(
        partnership,
        state.store.partnership_version(&partnership.id)?,
        |code| reference.authority(code),
        offers_of,
        chrono::Utc::now().date_naive(),
        state.stale_after_days,
    ))
}

/// The partnership with this id, or a 404.
fn known_partnership<'r>(reference: &'r Reference, id: &str) -> Result<&'r Partnership, ApiError> {
    reference
        .partnership(id)
        .ok_or_else(|| ApiError::not_found("partnership with this id"))
}

/// The partnership a `partnership=` parameter names (none if absent), or a 400.
fn partnership_param<'r>(
    reference: &'r Reference,
    id: Option<&str>,
) -> Result<Option<&'r Partnership>, ApiError> {
    id.map(|id| {
        reference
            .partnership(id)
            .ok_or_else(|| ApiError::bad_query("partnership", "No partnership with this id."))
    })
    .transpose()
}

/// Why a member's item stands as it does, in words: what falls short, else the offers
/// that show it.
fn why(cell: &atlas_shared::consistency::MemberItem) -> String {
    if cell.shortfalls.is_empty() {
        cell.offer_titles.join("; ")
    } else {
        cell.shortfalls.join(" ")
    }
}

/// A board note as one cell: "text (evidence: url) — who, date".
fn note_text(note: &atlas_shared::partnership::BoardNote) -> String {
    let mut text = note.text.clone();
    if let Some(url) = &note.evidence_url {
        text.push_str(&format!(" (evidence: {url})"));
    }
    text.push_str(&format!(" — {}", atlas_shared::access::signer(&note.by)));
    if let Some(at) = note.at {
        text.push_str(&format!(", {}", at.date_naive()));
    }
    text
}

/// `GET /partnerships/{id}/consistency`.
pub fn json(state: &AppState, id: &str) -> Result<Response, ApiError> {
    ok(&matrix(state, id)?)
}

/// `GET /partnerships/{id}/consistency.csv`: a row per member, a column per item with its
/// status, then for each item why (what falls short, or the offers that meet it) and the
/// board's note (its text, evidence, who wrote it and when), so the sheet stands alone.
pub fn csv(state: &AppState, id: &str) -> Result<Response, ApiError> {
    let m = matrix(state, id)?;
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "code".to_string(),
        "name".to_string(),
        "offer_reviewed".to_string(),
        "stale".to_string(),
    ];
    header.extend(m.items.iter().map(|i| i.id.clone()));
    for item in &m.items {
        header.push(format!("{}_why", item.id));
        header.push(format!("{}_note", item.id));
    }
    let write_failed = |_| ApiError::internal();
    writer.write_record(&header).map_err(write_failed)?;
    for member in &m.members {
        let mut row = vec![
            member.code.clone(),
            member.name.clone(),
            member
                .offer_reviewed
                .map(|d| d.to_string())
                .unwrap_or_default(),
            member.stale.to_string(),
        ];
        row.extend(member.statuses.iter().map(|s| s.status.slug().to_string()));
        for cell in &member.statuses {
            row.push(why(cell));
            row.push(cell.note.as_ref().map(note_text).unwrap_or_default());
        }
        writer.write_record(&row).map_err(write_failed)?;
    }
    let bytes = writer.into_inner().map_err(|_| ApiError::internal())?;
    let mut response = Response::new(bytes.into());
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!(
        "attachment; filename=\"{}-consistency.csv\"",
        m.partnership
    )) {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

/// The spread of `topic` across every authority, or a partnership's members.
fn spread_data(
    state: &AppState,
    topic: &str,
    partnership: Option<&str>,
) -> Result<Spread, ApiError> {
    if atlas_shared::topic::topic(topic).is_none() {
        return Err(ApiError::not_found(
            "topic with this slug (see /api/v1/topics)",
        ));
    }
    let reference = state.snapshot.get(&state.store)?;
    let offers = match partnership_param(&reference, partnership)? {
        Some(p) => {
            let mut offers = Vec::new();
            for code in &p.members {
                offers.extend(state.store.offers_of(code)?);
            }
            offers
        }
        None => state.store.offers()?,
    };
    Ok(spread_of(topic, &offers, |code| reference.name_of(code)))
}

/// `GET /topics/{topic}/spread?partnership=`.
pub fn spread(state: &AppState, topic: &str, req: &Request) -> Result<Response, ApiError> {
    let params = req.params(&["partnership"])?;
    ok(&spread_data(state, topic, params.text("partnership"))?)
}

/// What to list in `GET /changes`.
pub struct ChangeFilter<'a> {
    pub since: NaiveDate,
    pub authority: Option<&'a str>,
    /// Members of a partnership (and the partnership itself).
    pub partnership: Option<&'a Partnership>,
    pub limit: usize,
}

/// Changes to offers, authorities and partnerships from `since`, newest first.
/// Organisations and pledges are left out: a pending pledge is not public.
pub fn changes_data(
    store: &Store,
    reference: &Reference,
    filter: &ChangeFilter,
) -> Result<Changes, StoreError> {
    let mut changes = Vec::new();
    let mut truncated = false;
    for event in store.events_newest_first() {
        let event = event?;
        if event.at.date_naive() < filter.since {
            break;
        }
        let entry = match event.kind {
            Kind::Offer => store
                .version::<Offer>(Kind::Offer, &event.id, event.version)?
                .map(|v| (Some(v.record.authority), v.record.content.title)),
            Kind::Authority => store
                .version::<Authority>(Kind::Authority, &event.id, event.version)?
                .map(|v| (Some(v.record.code), v.record.name)),
            Kind::Partnership => store
                .version::<Partnership>(Kind::Partnership, &event.id, event.version)?
                .map(|v| (None, v.record.name)),
            Kind::Organisation | Kind::Pledge => None,
        };
        let Some((authority, title)) = entry else {
            continue;
        };
        if let Some(code) = filter.authority {
            if authority.as_deref() != Some(code) {
                continue;
            }
        }
        if let Some(p) = filter.partnership {
            let belongs = match &authority {
                Some(code) => reference.authority(code).is_some_and(|a| is_member(p, a)),
                None => event.kind == Kind::Partnership && event.id == p.id,
            };
            if !belongs {
                continue;
            }
        }
        if changes.len() == filter.limit {
            truncated = true;
            break;
        }
        changes.push(ChangeEntry {
            at: event.at,
            action: event.action,
            kind: event.kind.name().to_string(),
            id: event.id,
            version: event.version,
            authority,
            title,
        });
    }
    Ok(Changes {
        since: filter.since,
        changes,
        truncated,
    })
}

/// `GET /changes?since=YYYY-MM-DD&authority=&partnership=`.
pub fn changes(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let params = req.params(&["since", "authority", "partnership"])?;
    let since = params.date("since")?.unwrap_or_else(|| {
        chrono::Utc::now().date_naive() - chrono::Duration::days(DEFAULT_CHANGES_DAYS)
    });
    let reference = state.snapshot.get(&state.store)?;
    let authority = params.text("authority");
    if let Some(code) = authority {
        if reference.authority(code).is_none() {
            return Err(ApiError::bad_query(
                "authority",
                "No council has this code.",
            ));
        }
    }
    let partnership = partnership_param(&reference, params.text("partnership"))?;
    let filter = ChangeFilter {
        since,
        authority,
        partnership,
        limit: MAX_CHANGES,
    };
    ok(&changes_data(&state.store, &reference, &filter)?)
}

/// How far back the board's recent changes look.
const BOARD_CHANGES_DAYS: i64 = 90;
/// How many recent changes the board view carries.
const BOARD_CHANGES: usize = 50;

/// Everything the board page shows: the matrix, the money charts (rules in
/// `atlas_shared::spread::board_charts`) and recent changes. The registry's offers are
/// read once and serve all three.
pub fn board_view(state: &AppState, id: &str) -> Result<BoardView, ApiError> {
    let reference = state.snapshot.get(&state.store)?;
    let partnership = known_partnership(&reference, id)?;
    let all_offers = state.store.offers()?;
    let all: Vec<&Offer> = all_offers.iter().collect();
    let mut by_authority: HashMap<&str, Vec<&Offer>> = HashMap::new();
    for offer in &all {
        by_authority
            .entry(offer.authority.as_str())
            .or_default()
            .push(offer);
    }
    let consistency = matrix_over(state, &reference, partnership, |code| {
        by_authority.get(code).cloned().unwrap_or_default()
    })?;
    let members: Vec<&Offer> = partnership
        .members
        .iter()
        .flat_map(|code| {
            by_authority
                .get(code.as_str())
                .into_iter()
                .flatten()
                .copied()
        })
        .collect();
    let charts = board_charts(&members, &all, |code| reference.name_of(code));
    let filter = ChangeFilter {
        since: chrono::Utc::now().date_naive() - chrono::Duration::days(BOARD_CHANGES_DAYS),
        authority: None,
        partnership: Some(partnership),
        limit: BOARD_CHANGES,
    };
    let changes = changes_data(&state.store, &reference, &filter)?;
    Ok(BoardView {
        consistency,
        charts,
        changes,
    })
}

/// `GET /partnerships/{id}/board`.
pub fn board(state: &AppState, id: &str) -> Result<Response, ApiError> {
    ok(&board_view(state, id)?)
}

/// The partnership, and the role of a caller who may edit it (401/403/404 otherwise).
fn board_member(
    state: &AppState,
    id: &str,
    req: &Request,
) -> Result<(Partnership, String), ApiError> {
    let role = req.role(state)?;
    let partnership = state
        .store
        .partnership(id)?
        .ok_or_else(|| ApiError::not_found("partnership with this id"))?;
    if !role.may_edit_guarantee_of(id) {
        return Err(ApiError::forbidden(
            "Only this partnership's board may change its guarantee or notes.",
        ));
    }
    req.count_write(state)?;
    Ok((partnership, role.signature()))
}

/// `PUT /partnerships/{id}/guarantee`: replaces the guarantee's items.
pub async fn put_guarantee(state: &AppState, id: &str, req: Request) -> Result<Response, ApiError> {
    let (_, actor) = board_member(state, id, &req)?;
    let (version, items) = GuaranteeInput::from_json(req.json()?)
        .and_then(GuaranteeInput::validate)
        .map_err(|e| ApiError::validation(&e))?;
    let id_owned = id.to_string();
    blocking(&state.store, move |store| {
        store.change_partnership(&id_owned, version, &actor, |p| {
            p.replace_guarantee(items);
        })
    })
    .await?;
    state.nudge.changed();
    ok(&matrix(state, id)?)
}

/// Sets or removes one note, signed by `actor` and dated now: the one way a note is written
/// (the API and the board's page in the workspace).
pub async fn save_note(
    state: &AppState,
    id: &str,
    edit: atlas_shared::partnership::NoteEdit,
    actor: String,
) -> Result<(), ApiError> {
    let id = id.to_string();
    blocking(&state.store, move |store| {
        let note = edit.text.map(|text| BoardNote {
            member: edit.member.clone(),
            item: edit.item.clone(),
            text,
            evidence_url: edit.evidence_url,
            by: actor.clone(),
            at: Some(chrono::Utc::now()),
        });
        store.change_partnership(&id, edit.version, &actor, |p| {
            p.set_note(&edit.member, &edit.item, note);
        })
    })
    .await?;
    state.nudge.changed();
    Ok(())
}

/// `PUT /partnerships/{id}/notes`: sets or removes the board's note on one cell.
pub async fn put_note(state: &AppState, id: &str, req: Request) -> Result<Response, ApiError> {
    let (partnership, actor) = board_member(state, id, &req)?;
    let edit = NoteInput::from_json(req.json()?)
        .and_then(|input| input.validate(&partnership))
        .map_err(|e| ApiError::validation(&e))?;
    save_note(state, id, edit, actor).await?;
    state.nudge.changed();
    ok(&matrix(state, id)?)
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

/// What regional boards read and write.
pub(super) const ROUTES: &[Route] = &[
    Route::read(
        "/api/v1/partnerships/{id}/consistency",
        "consistency",
        Params::Only(&[]),
        |s, _, a| json(s, a.at(0)),
    ),
    Route::read(
        "/api/v1/partnerships/{id}/consistency.csv",
        "consistency_csv",
        Params::Only(&[]),
        |s, _, a| csv(s, a.at(0)),
    ),
    Route::read(
        "/api/v1/partnerships/{id}/board",
        "board",
        Params::Only(&[]),
        |s, _, a| board(s, a.at(0)),
    ),
    Route::read(
        "/api/v1/topics/{topic}/spread",
        "spread",
        Params::Own,
        |s, r, a| spread(s, a.at(0), r),
    ),
    Route::read("/api/v1/changes", "changes", Params::Own, |s, r, _| {
        changes(s, r)
    }),
    Route::awaits(
        Verb::Put,
        "/api/v1/partnerships/{id}/guarantee",
        "guarantee",
        awaits!(s, a, r => put_guarantee(s, a.at(0), r)),
    ),
    Route::awaits(
        Verb::Put,
        "/api/v1/partnerships/{id}/notes",
        "notes",
        awaits!(s, a, r => put_note(s, a.at(0), r)),
    ),
];
