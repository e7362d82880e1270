//! A board's notes on its matrix, written in the browser by its members: the same rules
//! as `PUT /api/v1/partnerships/{id}/notes` (`atlas_shared::partnership::NoteInput`), each
//! note signed with the person and dated.

use atlas_shared::partnership::{NoteInput, Partnership};
use warp::http::StatusCode;
use warp::reply::Response;

use super::super::covenant_pages::Form;
use super::super::error::ApiError;
use super::Ctx;
use atlas_shared::ErrorCode;
use atlas_widget::editor_pages::{BoardNotesPageProps, NoteLine};

/// The query parameters of the notes page: the note to change, and a saved note's notice.
pub(super) const PARAMS: &[&str] = &["member", "item", "saved"];

/// The partnership, if this person may write its notes (its board, or an admin).
fn partnership(ctx: &Ctx<'_>, id: &str) -> Result<Partnership, ApiError> {
    let partnership = ctx
        .state
        .store
        .partnership(id)?
        .ok_or_else(|| ApiError::said(ErrorCode::NotFound, "editor-refused-no-partnership"))?;
    if !ctx.role().may_edit_guarantee_of(id) {
        return Err(ApiError::said(
            ErrorCode::Forbidden,
            "editor-refused-other-board",
        ));
    }
    Ok(partnership)
}

/// The notes page: the notes written and the form, filled with `form` (member, item, text,
/// evidence) when a note was sent with a problem, else with the note asked for. `error`
/// (field, message) is in the reader's language.
pub(super) async fn notes_page(
    ctx: &Ctx<'_>,
    id: &str,
    form: Option<[String; 4]>,
    error: Option<(String, String)>,
) -> Result<Response, ApiError> {
    let p = partnership(ctx, id)?;
    let q = ctx.req.params(PARAMS)?;
    let store = &ctx.state.store;
    let members: Vec<(String, String)> = p
        .members
        .iter()
        .map(|code| {
            let name = store
                .authority(code)
                .ok()
                .flatten()
                .map_or_else(|| code.clone(), |a| a.name);
            (code.clone(), name)
        })
        .collect();
    let items: Vec<(String, String)> = p
        .guarantee
        .iter()
        .map(|i| (i.id.clone(), i.title.clone()))
        .collect();
    let label = |list: &[(String, String)], key: &str| {
        list.iter()
            .find(|(k, _)| k == key)
            .map_or_else(|| key.to_string(), |(_, v)| v.clone())
    };
    let notes: Vec<NoteLine> = p
        .notes
        .iter()
        .map(|n| NoteLine {
            member: (n.member.clone(), label(&members, &n.member)),
            item: (n.item.clone(), label(&items, &n.item)),
            text: n.text.clone(),
            evidence_url: n.evidence_url.clone(),
            by: n.by.clone(),
            at: n.at.map(|t| t.date_naive()),
        })
        .collect();
    let form = form.unwrap_or_else(|| {
        let member = q
            .text("member")
            .filter(|m| p.members.iter().any(|x| x == m))
            .map(str::to_string)
            .or_else(|| p.members.first().cloned())
            .unwrap_or_default();
        let item = q
            .text("item")
            .filter(|i| p.guarantee.iter().any(|g| g.id == *i))
            .map(str::to_string)
            .or_else(|| p.guarantee.first().map(|g| g.id.clone()))
            .unwrap_or_default();
        let note = p.note(&member, &item);
        [
            member.clone(),
            item.clone(),
            note.map(|n| n.text.clone()).unwrap_or_default(),
            note.and_then(|n| n.evidence_url.clone())
                .unwrap_or_default(),
        ]
    });
    let locale = ctx.req.locale();
    let notice = q
        .text("saved")
        .is_some()
        .then(|| locale.t("editor-board-saved"));
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let version = ctx.state.store.partnership_version(id)?;
    let title = locale.f(
        "editor-board-title",
        &[("partnership", p.name.as_str().into())],
    );
    let [member, item, text, evidence_url] = form;
    let body = atlas_widget::editor_pages::board_notes(
        ctx.req.locale(),
        BoardNotesPageProps {
            chrome: ctx.chrome(None),
            partnership: (p.id.clone(), p.name.clone()),
            version,
            members,
            items,
            notes,
            member,
            item,
            text,
            evidence_url,
            notice,
            error,
        },
    )
    .await;
    Ok(ctx.page(status, &title, &body))
}

/// Saves (or, with no text, removes) one note, signed and dated; the page again with the
/// problem when the note is not valid or the notes changed since the form was read.
pub(super) async fn save(ctx: &Ctx<'_>, id: &str, form: &Form) -> Result<Response, ApiError> {
    let p = partnership(ctx, id)?;
    let sent = |name: &str| Some(form.text(name)).filter(|v| !v.trim().is_empty());
    let values = [
        form.text("member"),
        form.text("item"),
        form.text("text"),
        form.text("evidence_url"),
    ];
    let input = NoteInput {
        version: form.number("version"),
        member: sent("member"),
        item: sent("item"),
        text: sent("text"),
        evidence_url: sent("evidence_url"),
    };
    let locale = ctx.req.locale();
    let edit = match input.validate(&p) {
        Ok(edit) => edit,
        Err(errors) => {
            let first = errors.first().map(|e| {
                let problem = locale.field_problem(e);
                (
                    e.field.clone(),
                    locale.f(
                        "editor-board-problem",
                        &[
                            ("field", locale.t(field_name(&e.field)).as_str().into()),
                            ("problem", problem.as_str().into()),
                        ],
                    ),
                )
            });
            return notes_page(ctx, id, Some(values), first).await;
        }
    };
    let (member, item) = (edit.member.clone(), edit.item.clone());
    match super::super::boards::save_note(ctx.state, id, edit, ctx.actor()).await {
        Ok(()) => {}
        Err(e) if e.status == StatusCode::CONFLICT => {
            let message = locale.t("editor-board-changed");
            return notes_page(ctx, id, Some(values), Some(("text".into(), message))).await;
        }
        Err(e) => return Err(e),
    }
    Ok(ctx.see_other(&format!(
        "/editor/board/{id}?member={member}&item={item}&saved=1"
    )))
}

/// A field's name as the form labels it: its message in the catalogue.
fn field_name(field: &str) -> &'static str {
    match field {
        "member" => "editor-board-member",
        "item" => "editor-board-item",
        "evidence_url" => "editor-board-field-evidence",
        "version" => "editor-board-field-page",
        _ => "editor-board-note",
    }
}
