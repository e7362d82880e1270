//! The workspace's offer pages: the council's offers, the offer form (create, change,
//! preview, and a stale save shown beside the one that came first), "reviewed, no
//! change", retire with a reason, and the history as a field-by-field diff.

use atlas_shared::api::Action;
use atlas_shared::compare::CompareData;
use atlas_shared::consistency::is_stale;
use atlas_shared::offer::retire_reason;
use atlas_shared::preview::{default_neighbour, preview as run_preview, Preview};
use atlas_shared::spreadsheet::{
    changes, content_cells, content_columns, content_from_cells, Cells,
};
use atlas_shared::validate::FieldError;
use atlas_shared::{Authority, Category, ErrorCode, Offer, OfferContent};
use atlas_widget::editor_pages::{
    self as render, Conflict, HistoryEntry, OfferFormData, OfferLine, WorkspaceData,
};
use chrono::Utc;
use warp::http::StatusCode;
use warp::reply::Response;

use super::super::covenant_pages::Form;
use super::super::{blocking, ApiError};
use super::Ctx;
use crate::store::{Kind, OfferLookup, StoreError};

/// The id a new offer has in a preview, before the store gives it one.
const NEW_OFFER: &str = "new-offer";

/// Where a change leaves the editor: the council's offers, saying what happened.
fn done_url(code: &str, done: &str, id: &str) -> String {
    format!("/editor?authority={code}&done={done}&offer={id}")
}

/// The offer `id` and its council, if the role may edit it; a retired offer comes back
/// as `None` with its council (only its history is left to read).
fn offer_and_council(ctx: &Ctx<'_>, id: &str) -> Result<(Option<Offer>, Authority), ApiError> {
    let (offer, code) = match ctx.state.store.offer(id)? {
        OfferLookup::Current(offer) => {
            let code = offer.authority.clone();
            (Some(*offer), code)
        }
        OfferLookup::Retired => {
            let history = ctx
                .state
                .store
                .history::<Offer>(Kind::Offer, id)?
                .ok_or_else(|| ApiError::not_found("offer with this id"))?;
            let code = history
                .versions
                .last()
                .map(|v| v.record.authority.clone())
                .unwrap_or_default();
            (None, code)
        }
        OfferLookup::Missing => return Err(ApiError::not_found("offer with this id")),
    };
    if !ctx.role().may_edit_offers_of(&code) {
        return Err(ApiError::forbidden(
            "You may change only your own council's offers.",
        ));
    }
    let council = ctx
        .state
        .store
        .authority(&code)?
        .ok_or_else(|| ApiError::not_found("council of this offer"))?;
    Ok((offer, council))
}

/// The current offer, or 410 once it is retired.
fn current(ctx: &Ctx<'_>, id: &str) -> Result<(Offer, Authority), ApiError> {
    match offer_and_council(ctx, id)? {
        (Some(offer), council) => Ok((offer, council)),
        (None, _) => Err(StoreError::Retired.into()),
    }
}

/// The title an offer had last (also once retired).
fn title_of(ctx: &Ctx<'_>, id: &str) -> String {
    ctx.state
        .store
        .history::<Offer>(Kind::Offer, id)
        .ok()
        .flatten()
        .and_then(|h| h.versions.last().map(|v| v.record.content.title.clone()))
        .unwrap_or_else(|| id.to_string())
}

/// `GET /editor?authority=&category=&due=&done=&offer=`: the council's offers.
pub async fn home(ctx: &Ctx<'_>) -> Result<Response, ApiError> {
    let q = ctx
        .req
        .params(&["authority", "category", "due", "done", "offer"])?;
    let Some(council) = ctx.council(q.text("authority"))? else {
        let mut councils: Vec<(String, String)> = ctx
            .state
            .store
            .authorities()?
            .into_iter()
            .map(|a| (a.code, a.name))
            .collect();
        councils.sort_by(|a, b| a.1.cmp(&b.1));
        let body = render::choose_council(ctx.chrome(None), councils).await;
        return Ok(ctx.page(StatusCode::OK, "Choose a council", &body));
    };
    let category = q.one_of(
        "category",
        Category::from_slug,
        "Choose a category from the list.",
    )?;
    let due_only = matches!(q.text("due"), Some("yes" | "true" | "1" | "on"));
    let today = Utc::now().date_naive();
    let mut all: Vec<OfferLine> = ctx
        .state
        .store
        .offers_of(&council.code)?
        .into_iter()
        .map(|offer| OfferLine {
            stale: is_stale(offer.content.reviewed, today, ctx.state.stale_after_days),
            offer,
        })
        .collect();
    all.sort_by(|a, b| a.offer.content.title.cmp(&b.offer.content.title));
    let total = all.len();
    let due = all.iter().filter(|l| l.stale).count();
    let offers = all
        .into_iter()
        .filter(|l| category.is_none_or(|c| l.offer.content.category == c))
        .filter(|l| !due_only || l.stale)
        .collect();
    let notice = match (q.text("done"), q.text("offer")) {
        (Some(done), Some(id)) => {
            let title = title_of(ctx, id);
            match done {
                "created" => Some(format!("“{title}” was added.")),
                "saved" => Some(format!("Your change to “{title}” was saved.")),
                "reviewed" => Some(format!(
                    "“{title}” is marked as reviewed today, with no change."
                )),
                "retired" => Some(format!("“{title}” was retired. Its history is kept.")),
                _ => None,
            }
        }
        _ => None,
    };
    let title = format!("{}'s offers", council.name);
    let body = render::workspace(WorkspaceData {
        chrome: ctx.chrome(Some(&council)),
        authority: council,
        offers,
        total,
        due,
        category,
        due_only,
        stale_after_days: ctx.state.stale_after_days,
        notice,
    })
    .await;
    Ok(ctx.page(StatusCode::OK, &title, &body))
}

/// The councils to preview a move with (by name), and the one to start with.
fn neighbours(
    ctx: &Ctx<'_>,
    council: &Authority,
) -> Result<(Vec<(String, String)>, String), ApiError> {
    let reference = ctx.state.snapshot.get(&ctx.state.store)?;
    let mut list: Vec<(String, String)> = reference
        .authorities
        .iter()
        .filter(|a| a.code != council.code && a.replaced_on.is_none())
        .map(|a| (a.code.clone(), a.name.clone()))
        .collect();
    list.sort_by(|a, b| a.1.cmp(&b.1));
    let chosen = default_neighbour(council, &reference.authorities, &reference.partnerships)
        .map(|a| a.code.clone())
        .or_else(|| list.first().map(|(c, _)| c.clone()))
        .unwrap_or_default();
    Ok((list, chosen))
}

/// The age a preview starts at: 18, or the nearest age the offer covers.
fn default_age(content: Option<&OfferContent>) -> u8 {
    content.map_or(18, |c| {
        18u8.clamp(c.age_from.min(c.age_to), c.age_to.max(c.age_from))
    })
}

/// The offer form's values for a new offer.
fn new_values() -> Cells {
    let mut cells: Cells = content_columns()
        .map(|c| (c.name.to_string(), String::new()))
        .collect();
    cells.insert("age_from".into(), atlas_shared::MIN_AGE.to_string());
    cells.insert("age_to".into(), atlas_shared::MAX_AGE.to_string());
    cells.insert("status".into(), "available".into());
    cells
}

/// Everything the form shows, filled in with defaults the caller changes.
fn form_data(
    ctx: &Ctx<'_>,
    council: &Authority,
    editing: Option<(String, u64)>,
    values: Cells,
    age: u8,
) -> Result<OfferFormData, ApiError> {
    let (neighbours, neighbour) = neighbours(ctx, council)?;
    Ok(OfferFormData {
        chrome: ctx.chrome(Some(council)),
        authority: council.clone(),
        editing,
        values,
        errors: Vec::new(),
        message: None,
        preview: None,
        conflict: None,
        neighbours,
        neighbour,
        age,
    })
}

/// `GET /editor/offers/new?authority=`.
pub async fn new_form(ctx: &Ctx<'_>) -> Result<Response, ApiError> {
    let q = ctx.req.params(&["authority"])?;
    let council = ctx
        .council(q.text("authority"))?
        .ok_or_else(|| ApiError::bad_query("authority", "Choose a council first, on /editor."))?;
    let data = form_data(ctx, &council, None, new_values(), default_age(None))?;
    let body = render::offer_form(data).await;
    Ok(ctx.page(StatusCode::OK, "Add an offer", &body))
}

/// `GET /editor/offers/{id}`.
pub async fn edit_form(ctx: &Ctx<'_>, id: &str) -> Result<Response, ApiError> {
    ctx.req.params(&[])?;
    let (offer, council) = current(ctx, id)?;
    let data = form_data(
        ctx,
        &council,
        Some((offer.id.clone(), offer.version)),
        content_cells(&offer.content),
        default_age(Some(&offer.content)),
    )?;
    let body = render::offer_form(data).await;
    Ok(ctx.page(
        StatusCode::OK,
        &format!("Change “{}”", offer.content.title),
        &body,
    ))
}

/// The form's fields, keyed by column (the conditions' ticks joined as a list).
fn form_values(form: &Form) -> Cells {
    content_columns()
        .map(|c| {
            let value = if c.name == "conditions" {
                form.all("conditions").join("; ")
            } else {
                form.text(c.name)
            };
            (c.name.to_string(), value)
        })
        .collect()
}

/// What care leavers would see before and after the edit, or why it cannot be shown.
fn preview_of(
    ctx: &Ctx<'_>,
    council: &Authority,
    original: Option<&Offer>,
    content: &OfferContent,
    neighbour: &str,
    age: u8,
) -> Result<Result<Preview, String>, ApiError> {
    let reference = ctx.state.snapshot.get(&ctx.state.store)?;
    if reference.authority(neighbour).is_none() {
        return Ok(Err(
            "Choose a council from the list to preview a move with.".into(),
        ));
    }
    let mut codes: Vec<String> = vec![council.code.clone(), neighbour.to_string()];
    for code in codes.clone() {
        if let Some(parent) = reference.authority(&code).and_then(|a| a.parent.clone()) {
            codes.push(parent);
        }
    }
    codes.sort();
    codes.dedup();
    let mut offers = Vec::new();
    for code in &codes {
        offers.extend(ctx.state.store.offers_of(code)?);
    }
    let edited = Offer {
        id: original.map_or_else(|| NEW_OFFER.to_string(), |o| o.id.clone()),
        authority: council.code.clone(),
        content: content.clone(),
        version: original.map_or(0, |o| o.version + 1),
        updated_at: Utc::now(),
    };
    let data = CompareData {
        authorities: &reference.authorities,
        offers: &offers,
        partnerships: &reference.partnerships,
        pledges: &reference.pledges,
        organisations: &reference.organisations,
    };
    Ok(
        run_preview(&data, original, &edited, neighbour, age).map_err(|e| {
            format!("The preview with this council cannot be made: {e} Choose another council.")
        }),
    )
}

/// `POST /editor/offers/new` and `POST /editor/offers/{id}`: preview or save.
pub async fn save(ctx: &Ctx<'_>, id: Option<&str>, form: &Form) -> Result<Response, ApiError> {
    let (original, council) = match id {
        Some(id) => {
            let (offer, council) = current(ctx, id)?;
            (Some(offer), council)
        }
        None => {
            let council = ctx
                .council(form.get("authority").filter(|a| !a.trim().is_empty()))?
                .ok_or_else(|| {
                    ApiError::bad_query("authority", "Choose a council first, on /editor.")
                })?;
            (None, council)
        }
    };
    let values = form_values(form);
    let version = match &original {
        Some(_) => Some(form.number("version").ok_or_else(|| {
            ApiError::field(
                ErrorCode::MissingField,
                "version",
                "The form did not say which version you changed. Open the offer again.",
            )
        })?),
        None => None,
    };
    let editing = original
        .as_ref()
        .zip(version)
        .map(|(o, v)| (o.id.clone(), v));
    let age = form
        .get("preview_age")
        .and_then(atlas_shared::query::parse_age)
        .unwrap_or(default_age(original.as_ref().map(|o| &o.content)));
    let mut data = form_data(ctx, &council, editing, values.clone(), age)?;
    if let Some(n) = form
        .get("preview_neighbour")
        .filter(|n| !n.trim().is_empty())
    {
        if data.neighbours.iter().any(|(code, _)| code == n) {
            data.neighbour = n.to_string();
        }
    }
    let title = match &original {
        Some(o) => format!("Change “{}”", o.content.title),
        None => "Add an offer".to_string(),
    };
    let content = match content_from_cells(&|c| values.get(c).cloned().unwrap_or_default()) {
        Ok(content) => content,
        Err(errors) => {
            data.errors = errors.0;
            let body = render::offer_form(data).await;
            return Ok(ctx.page(StatusCode::UNPROCESSABLE_ENTITY, &title, &body));
        }
    };
    match form.get("action").unwrap_or("save") {
        "preview" => {
            data.preview = Some(preview_of(
                ctx,
                &council,
                original.as_ref(),
                &content,
                &data.neighbour,
                age,
            )?);
            let body = render::offer_form(data).await;
            Ok(ctx.page(StatusCode::OK, &title, &body))
        }
        "save" => {
            let yours = content_cells(&content);
            let actor = ctx.actor();
            let code = council.code.clone();
            let result = match (&original, version) {
                (Some(o), Some(version)) => {
                    let id = o.id.clone();
                    blocking(&ctx.state.store, move |store| {
                        store.update_offer(&id, version, content, &actor)
                    })
                    .await
                    .map(|offer| (offer, "saved"))
                }
                _ => blocking(&ctx.state.store, move |store| {
                    store.create_offer(&code, content, &actor)
                })
                .await
                .map(|offer| (offer, "created")),
            };
            match result {
                Ok((offer, done)) => {
                    ctx.state.nudge.changed();
                    Ok(ctx.see_other(&done_url(&council.code, done, &offer.id)))
                }
                Err(e) if e.body.error.code == ErrorCode::VersionConflict => {
                    conflict(ctx, data, yours, &title).await
                }
                Err(e) => Err(e),
            }
        }
        _ => Err(ApiError::bad_query("action", "Unknown action.")),
    }
}

/// Someone saved first: both versions side by side, the editor's values kept in the
/// form, which now carries the current version (saving again replaces theirs, knowingly).
async fn conflict(
    ctx: &Ctx<'_>,
    mut data: OfferFormData,
    yours: Cells,
    title: &str,
) -> Result<Response, ApiError> {
    let Some((id, _)) = data.editing.clone() else {
        return Err(ApiError::internal());
    };
    let (offer, _) = current(ctx, &id)?;
    let last = ctx
        .state
        .store
        .history::<Offer>(Kind::Offer, &id)?
        .and_then(|h| h.versions.into_iter().last());
    let (actor, at) = last.map_or_else(
        || ("someone".to_string(), "an unknown date".to_string()),
        |v| (v.actor, v.at.format("%-d %B %Y at %H:%M UTC").to_string()),
    );
    data.conflict = Some(Conflict {
        theirs: content_cells(&offer.content),
        yours,
        version: offer.version,
        actor,
        at,
    });
    data.editing = Some((id, offer.version));
    let body = render::offer_form(data).await;
    Ok(ctx.page(StatusCode::CONFLICT, title, &body))
}

/// `POST /editor/offers/{id}/review`: checked and still right.
pub async fn review(ctx: &Ctx<'_>, id: &str, form: &Form) -> Result<Response, ApiError> {
    let (offer, council) = current(ctx, id)?;
    let version = form.number("version").ok_or_else(|| {
        ApiError::field(
            ErrorCode::MissingField,
            "version",
            "The form did not say which version you reviewed.",
        )
    })?;
    let (id, actor) = (offer.id.clone(), ctx.actor());
    let today = Utc::now().date_naive();
    match blocking(&ctx.state.store, move |store| {
        store.review_offer(&id, version, today, &actor)
    })
    .await
    {
        Ok(reviewed) => {
            ctx.state.nudge.changed();
            Ok(ctx.see_other(&done_url(&council.code, "reviewed", &reviewed.id)))
        }
        Err(e) if e.body.error.code == ErrorCode::VersionConflict => Err(ApiError::field(
            ErrorCode::VersionConflict,
            "version",
            format!(
                "Someone changed “{}” after you opened the list, so it was not marked as reviewed. Open the offer to see what changed, then mark it again.",
                offer.content.title
            ),
        )),
        Err(e) => Err(e),
    }
}

/// `GET /editor/offers/{id}/retire`.
pub async fn retire_form(ctx: &Ctx<'_>, id: &str) -> Result<Response, ApiError> {
    ctx.req.params(&[])?;
    let (offer, council) = current(ctx, id)?;
    let title = format!("Retire “{}”", offer.content.title);
    let body = render::retire(
        ctx.chrome(Some(&council)),
        offer,
        String::new(),
        Vec::new(),
        None,
    )
    .await;
    Ok(ctx.page(StatusCode::OK, &title, &body))
}

/// `POST /editor/offers/{id}/retire`: retired with the reason, kept in its history.
pub async fn retire(ctx: &Ctx<'_>, id: &str, form: &Form) -> Result<Response, ApiError> {
    let (offer, council) = current(ctx, id)?;
    let title = format!("Retire “{}”", offer.content.title);
    let typed = form.text("reason");
    let reason = match retire_reason(Some(typed.clone())) {
        Ok(reason) => reason,
        Err(errors) => {
            let body =
                render::retire(ctx.chrome(Some(&council)), offer, typed, errors.0, None).await;
            return Ok(ctx.page(StatusCode::UNPROCESSABLE_ENTITY, &title, &body));
        }
    };
    let Some(version) = form.number("version") else {
        return Err(ApiError::field(
            ErrorCode::MissingField,
            "version",
            "The form did not say which version you retire. Open the offer again.",
        ));
    };
    let (oid, actor) = (offer.id.clone(), ctx.actor());
    match blocking(&ctx.state.store, move |store| {
        store.retire_offer_because(&oid, version, &reason, &actor)
    })
    .await
    {
        Ok(retired) => {
            ctx.state.nudge.changed();
            Ok(ctx.see_other(&done_url(&council.code, "retired", &retired.id)))
        }
        Err(e) if e.body.error.code == ErrorCode::VersionConflict => {
            let message = "Someone changed this offer after you opened this page, so it was not retired. Read it again first; your reason is still below.".to_string();
            let body = render::retire(
                ctx.chrome(Some(&council)),
                offer,
                typed,
                Vec::<FieldError>::new(),
                Some(message),
            )
            .await;
            Ok(ctx.page(StatusCode::CONFLICT, &title, &body))
        }
        Err(e) => Err(e),
    }
}

/// `GET /editor/offers/{id}/history`: every version, newest first, field by field.
pub async fn history(ctx: &Ctx<'_>, id: &str) -> Result<Response, ApiError> {
    ctx.req.params(&[])?;
    let (current, council) = offer_and_council(ctx, id)?;
    let history = ctx
        .state
        .store
        .history::<Offer>(Kind::Offer, id)?
        .ok_or_else(|| ApiError::not_found("offer with this id"))?;
    let mut entries = Vec::with_capacity(history.versions.len());
    let mut previous: Option<&OfferContent> = None;
    for v in &history.versions {
        let content = &v.record.content;
        let diff = match (v.action, previous) {
            (Action::Created | Action::Retired, _) | (_, None) => Vec::new(),
            (_, Some(before)) => changes(before, content),
        };
        entries.push(HistoryEntry {
            version: v.version,
            action: v.action,
            actor: v.actor.clone(),
            at: v.at.format("%-d %B %Y at %H:%M UTC").to_string(),
            reason: v.reason.clone(),
            changes: diff,
            reviewed: content.reviewed,
        });
        previous = Some(content);
    }
    entries.reverse();
    let title_text = history
        .versions
        .last()
        .map_or_else(|| id.to_string(), |v| v.record.content.title.clone());
    let body = render::history(
        ctx.chrome(Some(&council)),
        id.to_string(),
        title_text.clone(),
        current.is_none(),
        entries,
    )
    .await;
    Ok(ctx.page(StatusCode::OK, &format!("History of “{title_text}”"), &body))
}
