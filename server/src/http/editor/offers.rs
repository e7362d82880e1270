//! The workspace's offer pages: the council's offers, the offer form (create, change,
//! preview), a stale save merged with the one that came first, "reviewed, no change",
//! retire with a reason, and the history as a field-by-field diff.
//!
//! A save carries the version its editor started from. When someone saved since, the
//! edit is merged with theirs against that version (`atlas_shared::merge`): what only
//! one of them changed is kept without asking and saved at once; the fields both
//! changed differently go to the conflict page, which posts back here with the version
//! saved since, the merged fields and a choice per field.

use std::collections::BTreeMap;

use atlas_shared::api::Action;
use atlas_shared::consistency::is_stale;
use atlas_shared::merge::{changed, merge, Field, FieldConflict, Keep, Merge};
use atlas_shared::offer::retire_reason;
use atlas_shared::preview::{default_neighbour, preview as run_preview, Preview};
use atlas_shared::spreadsheet::{
    changes, content_cells, content_columns, content_from_cells, Cells,
};
use atlas_shared::validate::FieldError;
use atlas_shared::words::Locale;
use atlas_shared::{Authority, Category, ErrorCode, Offer, OfferContent};
use atlas_widget::editor_pages::{
    self as render, Conflict, HistoryEntry, ListFilters, OfferFormData, OfferLine, WorkspaceData,
};
use chrono::Utc;
use warp::http::StatusCode;
use warp::reply::Response;

use super::super::covenant_pages::Form;
use super::super::error::ApiError;
use super::super::request::blocking;
use super::Ctx;
use crate::store::{Kind, OfferLookup, StoreError};

/// The id a new offer has in a preview, before the store gives it one.
const NEW_OFFER: &str = "new-offer";

/// Where a change leaves the editor: the council's offers, filtered as the list they
/// came from (`list`), saying what happened.
fn done_url(code: &str, list: &ListFilters, done: &str, id: &str) -> String {
    format!(
        "/editor?authority={code}{}&done={done}&offer={id}",
        list.query()
    )
}

/// Where a merged save leaves the editor: as [`done_url`], with the versions whose
/// changes were kept beside the editor's (after `from`, up to and including `to`).
fn merged_url(code: &str, list: &ListFilters, id: &str, from: u64, to: u64) -> String {
    format!("{}&from={from}&to={to}", done_url(code, list, "merged", id))
}

/// The list's filters a form carries (`list_category`, `list_due`). Only ever used to
/// build the link back, so a value the list would not take is dropped, not refused.
fn posted_list(form: &Form) -> ListFilters {
    ListFilters {
        category: form.get("list_category").and_then(Category::from_slug),
        due_only: form.get("list_due") == Some("yes"),
        search: search_words(form.get("list_q")),
    }
}

/// What the editor searched for: trimmed, at most 100 characters, none when empty.
fn search_words(q: Option<&str>) -> Option<String> {
    q.map(|q| q.trim().chars().take(100).collect::<String>())
        .filter(|q| !q.is_empty())
}

/// Whether an offer's title, summary or topic holds every word searched for (any case).
fn matches_search(offer: &Offer, search: &str) -> bool {
    let c = &offer.content;
    let topic = atlas_shared::topic::topic(&c.topic).map_or("", |t| t.label);
    let haystack = format!("{} {} {} {}", c.title, c.summary, c.topic, topic).to_lowercase();
    search
        .to_lowercase()
        .split_whitespace()
        .all(|word| haystack.contains(word))
}

/// Who saved a version of an offer, and when, in words.
fn saved_by(ctx: &Ctx<'_>, id: &str, version: u64) -> (String, String) {
    let locale = ctx.req.locale();
    ctx.state
        .store
        .version::<Offer>(Kind::Offer, id, version)
        .ok()
        .flatten()
        .map_or_else(
            || {
                (
                    locale.t("editor-conflict-someone"),
                    locale.t("editor-conflict-unknown-date"),
                )
            },
            |v| (v.actor, render::moment(&locale, v.at)),
        )
}

/// "X's change to To age; Y's changes to Title and Summary": the fields saved by
/// others after version `from`, up to `to`, each named with the last person who
/// changed it. `None` when they changed nothing. "Last reviewed" is left out: every
/// save sets it to today, the editor's own save too.
fn kept_changes(ctx: &Ctx<'_>, id: &str, from: u64, to: u64) -> Option<String> {
    let locale = ctx.req.locale();
    let someone = locale.t("editor-conflict-someone");
    let history = ctx
        .state
        .store
        .history::<Offer>(Kind::Offer, id)
        .ok()
        .flatten()?;
    let at = |n: u64| history.versions.iter().find(|v| v.version == n);
    let (start, end) = (at(from)?, at(to)?);
    let mut by: BTreeMap<Field, &str> = BTreeMap::new();
    for pair in history.versions.windows(2) {
        if pair[1].version > from && pair[1].version <= to {
            for f in changed(&pair[0].record.content, &pair[1].record.content) {
                by.insert(f, &pair[1].actor);
            }
        }
    }
    let mut actors: Vec<(&str, Vec<String>)> = Vec::new();
    for f in changed(&start.record.content, &end.record.content) {
        if f == Field::Reviewed {
            continue;
        }
        let actor = by.get(&f).copied().unwrap_or(&someone);
        let label = field_name(&locale, f);
        match actors.iter_mut().find(|(a, _)| *a == actor) {
            Some((_, fields)) => fields.push(label),
            None => actors.push((actor, vec![label])),
        }
    }
    actors
        .into_iter()
        .map(|(actor, fields)| {
            locale.f(
                "editor-form-kept-by",
                &[
                    ("who", actor.into()),
                    ("count", fields.len().into()),
                    ("fields", locale.and_list(&fields).as_str().into()),
                ],
            )
        })
        .reduce(|first, next| {
            locale.f(
                "editor-form-semicolon",
                &[
                    ("first", first.as_str().into()),
                    ("next", next.as_str().into()),
                ],
            )
        })
}

/// A field's label on the form, in the reader's language (message `editor-field-<name>`).
fn field_name(locale: &Locale, field: Field) -> String {
    locale.t(&format!("editor-field-{}", field.name().replace('_', "-")))
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

/// `GET /editor?authority=&category=&due=&done=&offer=&from=&to=`: the council's offers
/// (`from` and `to` after a merged save: the versions whose changes were kept).
pub async fn home(ctx: &Ctx<'_>) -> Result<Response, ApiError> {
    let q = ctx.req.params(super::HOME_PARAMS)?;
    let Some(council) = ctx.council(q.text("authority"))? else {
        let body = render::choose_council(ctx.req.locale(), ctx.chrome(None), councils(ctx)?).await;
        let title = ctx.req.locale().t("editor-form-choose-council");
        return Ok(ctx.page(StatusCode::OK, &title, &body));
    };
    let category = q.one_of(
        "category",
        Category::from_slug,
        "Choose a category from the list.",
    )?;
    let due_only = matches!(q.text("due"), Some("yes" | "true" | "1" | "on"));
    let search = search_words(q.text("q"));
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
        .filter(|l| {
            search
                .as_deref()
                .is_none_or(|s| matches_search(&l.offer, s))
        })
        .collect();
    let locale = ctx.req.locale();
    let notice = match (q.text("done"), q.text("offer")) {
        (Some(done), Some(id)) => {
            let title = title_of(ctx, id);
            let say = |message: &str| Some(locale.f(message, &[("title", title.as_str().into())]));
            match done {
                "created" => say("editor-form-done-created"),
                "saved" => say("editor-form-done-saved"),
                "merged" => {
                    let version = |name| q.text(name).and_then(|v| v.parse::<u64>().ok());
                    let kept = version("from")
                        .zip(version("to"))
                        .and_then(|(from, to)| kept_changes(ctx, id, from, to));
                    match kept {
                        Some(kept) => Some(locale.f(
                            "editor-form-done-merged",
                            &[
                                ("title", title.as_str().into()),
                                ("kept", kept.as_str().into()),
                            ],
                        )),
                        None => say("editor-form-done-saved"),
                    }
                }
                "reviewed" => say("editor-form-done-reviewed"),
                "retired" => say("editor-form-done-retired"),
                "restored" => say("editor-form-done-restored"),
                _ => None,
            }
        }
        _ => None,
    };
    let title = locale.f(
        "staff-council-offers",
        &[("council", council.name.as_str().into())],
    );
    let body = render::workspace(
        ctx.req.locale(),
        WorkspaceData {
            chrome: ctx.chrome(Some(&council)),
            authority: council,
            offers,
            total,
            due,
            category,
            due_only,
            search,
            stale_after_days: ctx.state.stale_after_days,
            notice,
        },
    )
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
        neighbours,
        neighbour,
        age,
        list: ListFilters::default(),
    })
}

/// `GET /editor/offers/new?authority=`.
pub async fn new_form(ctx: &Ctx<'_>) -> Result<Response, ApiError> {
    let q = ctx.req.params(&["authority"])?;
    let council = ctx
        .council(q.text("authority"))?
        .ok_or_else(|| ApiError::bad_query("authority", "Choose a council first, on /editor."))?;
    let data = form_data(ctx, &council, None, new_values(), default_age(None))?;
    let body = render::offer_form(ctx.req.locale(), data).await;
    let title = ctx.req.locale().t("editor-form-add");
    Ok(ctx.page(StatusCode::OK, &title, &body))
}

/// `GET /editor/offers/{id}?category=&due=`: `category` and `due` are the filters of the
/// list the editor came from, which the form carries to the list after the save.
pub async fn edit_form(ctx: &Ctx<'_>, id: &str) -> Result<Response, ApiError> {
    let q = ctx.req.params(&["category", "due", "q"])?;
    let list = ListFilters {
        category: q.one_of(
            "category",
            Category::from_slug,
            "Choose a category from the list.",
        )?,
        due_only: matches!(q.text("due"), Some("yes" | "true" | "1" | "on")),
        search: search_words(q.text("q")),
    };
    let (offer, council) = current(ctx, id)?;
    let mut data = form_data(
        ctx,
        &council,
        Some((offer.id.clone(), offer.version)),
        content_cells(&offer.content),
        default_age(Some(&offer.content)),
    )?;
    data.list = list.clone();
    let body = render::offer_form(ctx.req.locale(), data).await;
    Ok(ctx.page(StatusCode::OK, &change_title(ctx, &offer), &body))
}

/// "Change “…”": the form's title.
fn change_title(ctx: &Ctx<'_>, offer: &Offer) -> String {
    ctx.req.locale().f(
        "editor-form-change-title",
        &[("title", offer.content.title.as_str().into())],
    )
}

/// "Retire “…”": the retire page's title.
fn retire_title(ctx: &Ctx<'_>, offer: &Offer) -> String {
    ctx.req.locale().f(
        "editor-retire-title",
        &[("title", offer.content.title.as_str().into())],
    )
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
    let locale = ctx.req.locale();
    if reference.authority(neighbour).is_none() {
        return Ok(Err(locale.t("editor-form-preview-no-council")));
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
    let data = reference.compare_data(&offers, crate::law::records());
    Ok(
        run_preview(&data, original, &edited, neighbour, age).map_err(|e| {
            locale.f(
                "editor-form-preview-failed",
                &[("reason", e.to_string().as_str().into())],
            )
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
    let mut values = form_values(form);
    let list = posted_list(form);
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
    // From the conflict page: each field both changed, as chosen.
    let posted = match (&original, version) {
        (Some(o), Some(version)) => {
            let posted = posted_conflicts(form)?;
            let unchosen: Vec<FieldError> = posted
                .iter()
                .filter(|(_, keep)| keep.is_none())
                .map(|(c, _)| FieldError {
                    field: format!("keep.{}", c.field.name()),
                    code: ErrorCode::MissingField,
                    message: "choose whose to keep, theirs or yours".to_string(),
                })
                .collect();
            if !unchosen.is_empty() {
                let (actor, at) = saved_by(ctx, &o.id, version);
                let fields = |name: &str| -> Vec<Field> {
                    form.all(name)
                        .iter()
                        .filter_map(|f| Field::from_name(f))
                        .collect()
                };
                let conflict = Conflict {
                    id: o.id.clone(),
                    base: form.number("base").unwrap_or(version),
                    version,
                    actor,
                    at,
                    merged: values,
                    chosen: posted
                        .iter()
                        .filter_map(|(c, keep)| keep.map(|k| (c.field, k)))
                        .collect(),
                    conflicts: posted.into_iter().map(|(c, _)| c).collect(),
                    theirs_only: fields("theirs_only"),
                    mine_only: fields("mine_only"),
                    list,
                };
                let title = change_title(ctx, o);
                let body = render::conflict(
                    ctx.req.locale(),
                    ctx.chrome(Some(&council)),
                    council,
                    conflict,
                    unchosen,
                )
                .await;
                return Ok(ctx.page(StatusCode::UNPROCESSABLE_ENTITY, &title, &body));
            }
            for (c, keep) in &posted {
                if let Some(keep) = keep {
                    values.extend(c.kept(*keep).clone());
                }
            }
            !posted.is_empty()
        }
        _ => false,
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
    data.list = list.clone();
    if let Some(n) = form
        .get("preview_neighbour")
        .filter(|n| !n.trim().is_empty())
    {
        if data.neighbours.iter().any(|(code, _)| code == n) {
            data.neighbour = n.to_string();
        }
    }
    let title = match &original {
        Some(o) => change_title(ctx, o),
        None => ctx.req.locale().t("editor-form-add"),
    };
    let mut content = match content_from_cells(&|c| values.get(c).cloned().unwrap_or_default()) {
        Ok(content) => content,
        Err(errors) => {
            data.errors = errors.0;
            if posted {
                data.message = Some(ctx.req.locale().t("editor-conflict-not-fit"));
            }
            let body = render::offer_form(ctx.req.locale(), data).await;
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
            let body = render::offer_form(ctx.req.locale(), data).await;
            Ok(ctx.page(StatusCode::OK, &title, &body))
        }
        "save" => {
            // Saving is checking: the offer is reviewed today, unless the editor set
            // the date themselves (a check recorded late, say): changed it from the
            // version they started from (`base` on the conflict page, else `version`).
            let started = match (&original, version) {
                (Some(o), Some(version)) => ctx
                    .state
                    .store
                    .version::<Offer>(Kind::Offer, &o.id, form.number("base").unwrap_or(version))?
                    .and_then(|v| v.record.content.reviewed),
                _ => None,
            };
            if content.reviewed == started {
                content.reviewed = Some(Utc::now().date_naive());
            }
            let actor = ctx.actor();
            let code = council.code.clone();
            let result = match (&original, version) {
                (Some(o), Some(version)) => {
                    let (id, content) = (o.id.clone(), content.clone());
                    blocking(&ctx.state.store, move |store| {
                        store.update_offer(&id, version, content, &actor)
                    })
                    .await
                    .map(|offer| (offer, "saved"))
                }
                _ => {
                    let content = content.clone();
                    blocking(&ctx.state.store, move |store| {
                        store.create_offer(&code, content, &actor)
                    })
                    .await
                    .map(|offer| (offer, "created"))
                }
            };
            match (result, &original, version) {
                (Ok((offer, done)), _, _) => {
                    ctx.state.nudge.changed();
                    Ok(ctx.see_other(&done_url(&council.code, &list, done, &offer.id)))
                }
                (Err(e), Some(o), Some(base))
                    if e.body.error.code == ErrorCode::VersionConflict =>
                {
                    save_merged(ctx, &council, &o.id, base, content, &title, list).await
                }
                (Err(e), _, _) => Err(e),
            }
        }
        _ => Err(ApiError::bad_query("action", "Unknown action.")),
    }
}

/// The conflict page's fields both changed, read back from its hidden fields, each with
/// the choice made (`None` when none was).
fn posted_conflicts(form: &Form) -> Result<Vec<(FieldConflict, Option<Keep>)>, ApiError> {
    form.all("conflict")
        .iter()
        .map(|name| {
            let field = Field::from_name(name).ok_or_else(|| {
                ApiError::bad_query("conflict", "The form names a field offers do not have.")
            })?;
            let cells = |side: &str| -> Cells {
                field
                    .columns()
                    .iter()
                    .map(|c| (c.to_string(), form.text(&format!("{side}.{c}"))))
                    .collect()
            };
            let conflict = FieldConflict {
                field,
                base: cells("original"),
                theirs: cells("theirs"),
                mine: cells("mine"),
            };
            let keep = form.get(&format!("keep.{name}")).and_then(Keep::from_slug);
            Ok((conflict, keep))
        })
        .collect()
}

/// Most times a merged save is tried while others keep saving first.
const MERGE_ATTEMPTS: usize = 5;

/// Someone saved since `base`, the version the editor started from: their edit (`mine`)
/// merged with the offer as it is now. Without a field both changed differently, the
/// merge is saved at once (again if yet another save came first), and the editor is told
/// what was kept beside their change; otherwise the conflict page asks whose to keep.
async fn save_merged(
    ctx: &Ctx<'_>,
    council: &Authority,
    id: &str,
    base: u64,
    mine: OfferContent,
    title: &str,
    list: ListFilters,
) -> Result<Response, ApiError> {
    let Some(started) = ctx.state.store.version::<Offer>(Kind::Offer, id, base)? else {
        return Err(ApiError::field(
            ErrorCode::VersionConflict,
            "version",
            "The form names a version this offer never had. Open the offer again.",
        ));
    };
    for _ in 0..MERGE_ATTEMPTS {
        let (theirs, _) = current(ctx, id)?;
        let merge = merge(&started.record.content, &theirs.content, &mine);
        if !merge.is_clean() {
            return conflict(ctx, council, &theirs, base, merge, title, list.clone()).await;
        }
        let done = merged_url(&council.code, &list, id, base, theirs.version);
        if merge.merged == theirs.content {
            return Ok(ctx.see_other(&done));
        }
        let (oid, actor, at) = (id.to_string(), ctx.actor(), theirs.version);
        let merged = merge.merged;
        match blocking(&ctx.state.store, move |store| {
            store.update_offer(&oid, at, merged, &actor)
        })
        .await
        {
            Ok(_) => {
                ctx.state.nudge.changed();
                return Ok(ctx.see_other(&done));
            }
            Err(e) if e.body.error.code == ErrorCode::VersionConflict => continue,
            Err(e) => return Err(e),
        }
    }
    Err(ApiError::field(
        ErrorCode::VersionConflict,
        "version",
        "Others keep saving this offer while you save. Open it again in a moment.",
    ))
}

/// The conflict page: the fields both changed, with the original, theirs and the
/// editor's, and whose to keep; the rest merged, carried with the current version.
async fn conflict(
    ctx: &Ctx<'_>,
    council: &Authority,
    theirs: &Offer,
    base: u64,
    merge: Merge,
    title: &str,
    list: ListFilters,
) -> Result<Response, ApiError> {
    let (actor, at) = saved_by(ctx, &theirs.id, theirs.version);
    let conflict = Conflict {
        id: theirs.id.clone(),
        base,
        version: theirs.version,
        actor,
        at,
        merged: content_cells(&merge.merged),
        conflicts: merge.conflicts,
        theirs_only: merge.theirs_only,
        mine_only: merge.mine_only,
        chosen: Vec::new(),
        list,
    };
    let body = render::conflict(
        ctx.req.locale(),
        ctx.chrome(Some(council)),
        council.clone(),
        conflict,
        Vec::new(),
    )
    .await;
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
            Ok(ctx.see_other(&done_url(
                &council.code,
                &posted_list(form),
                "reviewed",
                &reviewed.id,
            )))
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
    let title = retire_title(ctx, &offer);
    let body = render::retire(
        ctx.req.locale(),
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
    let title = retire_title(ctx, &offer);
    let typed = form.text("reason");
    let reason = match retire_reason(Some(typed.clone())) {
        Ok(reason) => reason,
        Err(errors) => {
            let body = render::retire(
                ctx.req.locale(),
                ctx.chrome(Some(&council)),
                offer,
                typed,
                errors.0,
                None,
            )
            .await;
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
            Ok(ctx.see_other(&done_url(
                &council.code,
                &ListFilters::default(),
                "retired",
                &retired.id,
            )))
        }
        Err(e) if e.body.error.code == ErrorCode::VersionConflict => {
            let message = ctx.req.locale().t("editor-retire-conflict");
            let body = render::retire(
                ctx.req.locale(),
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

/// The councils an administrator may choose from, by name.
fn councils(ctx: &Ctx<'_>) -> Result<Vec<(String, String)>, ApiError> {
    let mut councils: Vec<(String, String)> = ctx
        .state
        .store
        .authorities()?
        .into_iter()
        .map(|a| (a.code, a.name))
        .collect();
    councils.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(councils)
}

/// `GET /editor/retired?authority=`: the council's retired offers, most recently retired
/// first, each with when, by whom and why, and a button to restore it.
pub async fn retired(ctx: &Ctx<'_>) -> Result<Response, ApiError> {
    let q = ctx.req.params(&["authority"])?;
    let Some(council) = ctx.council(q.text("authority"))? else {
        let body = render::choose_council_for(
            ctx.req.locale(),
            ctx.chrome(None),
            councils(ctx)?,
            "/editor/retired",
            "editor-choose-retired",
        )
        .await;
        let title = ctx.req.locale().t("editor-form-choose-council");
        return Ok(ctx.page(StatusCode::OK, &title, &body));
    };
    let code = council.code.clone();
    let offers = blocking(&ctx.state.store, move |store| {
        store.retired_offers_of(&code)
    })
    .await?;
    let title = ctx.req.locale().f(
        "editor-retire-page-title",
        &[("council", council.name.as_str().into())],
    );
    let body = render::retired(
        ctx.req.locale(),
        ctx.chrome(Some(&council)),
        council,
        offers,
    )
    .await;
    Ok(ctx.page(StatusCode::OK, &title, &body))
}

/// `POST /editor/offers/{id}/restore`: a retired offer comes back as it was when retired,
/// as a new version signed by the editor. The form carries the retirement's version, so
/// a restore that raced another change is refused like any stale write.
pub async fn restore(ctx: &Ctx<'_>, id: &str, form: &Form) -> Result<Response, ApiError> {
    let (offer, council) = offer_and_council(ctx, id)?;
    if offer.is_some() {
        return Err(StoreError::NotRetired.into());
    }
    let Some(version) = form.number("version") else {
        return Err(ApiError::field(
            ErrorCode::MissingField,
            "version",
            "The form did not say which retired version you restore. Open the retired offers again.",
        ));
    };
    let (oid, actor) = (id.to_string(), ctx.actor());
    match blocking(&ctx.state.store, move |store| {
        store.restore_offer(&oid, version, &actor)
    })
    .await
    {
        Ok(restored) => {
            ctx.state.nudge.changed();
            Ok(ctx.see_other(&done_url(
                &council.code,
                &ListFilters::default(),
                "restored",
                &restored.id,
            )))
        }
        Err(e) if e.body.error.code == ErrorCode::VersionConflict => Err(ApiError::field(
            ErrorCode::VersionConflict,
            "version",
            format!(
                "Someone changed “{}” after you opened the retired offers, so it was not restored. Open the retired offers again to see where it stands.",
                title_of(ctx, id)
            ),
        )),
        Err(e) => Err(e),
    }
}

/// `GET /editor/offers/{id}/history`: every version, newest first, field by field.
pub async fn history(ctx: &Ctx<'_>, id: &str) -> Result<Response, ApiError> {
    ctx.req.params(&[])?;
    let locale = ctx.req.locale();
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
            (Action::Created | Action::Retired | Action::Restored, _) | (_, None) => Vec::new(),
            (_, Some(before)) => changes(before, content),
        };
        entries.push(HistoryEntry {
            version: v.version,
            action: v.action,
            actor: v.actor.clone(),
            at: render::moment(&locale, v.at),
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
        ctx.req.locale(),
        ctx.chrome(Some(&council)),
        id.to_string(),
        title_text.clone(),
        current.is_none(),
        entries,
    )
    .await;
    let title = locale.f(
        "editor-history-title",
        &[("title", title_text.as_str().into())],
    );
    Ok(ctx.page(StatusCode::OK, &title, &body))
}
