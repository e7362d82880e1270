//! An administrator's page of people and their tokens: the list (filtered by council,
//! organisation or partnership), "Invite someone" (a new token, shown once on the answer
//! page) and "Revoke" per live token — the admin API's rules and functions
//! (`http::admin`), in the browser. Anyone else gets the workspace's 403 page.

use atlas_shared::access::Role;
use atlas_shared::people::{letters_lang, letters_lang_problem, PersonInput, TokenInput};
use atlas_shared::validate::FieldError;
use atlas_shared::ErrorCode;
use atlas_widget::components::people::role_label;
use atlas_widget::editor_pages::{
    self as render, InviteForm, PeopleData, Places, TokenGroup, TokenLine,
};
use warp::http::StatusCode;
use warp::reply::Response;

use super::super::admin;
use super::super::covenant_pages::Form;
use super::super::error::ApiError;
use super::Ctx;

/// The page's query parameters: the filter, and the id of a token just revoked.
pub(super) const PARAMS: &[&str] = &["for", "revoked"];

/// Refuses anyone who may not manage people.
pub(super) fn authorise(ctx: &Ctx<'_>) -> Result<(), ApiError> {
    if ctx.role().may_manage_people() {
        Ok(())
    } else {
        Err(ApiError::forbidden(ctx.req.locale().t("people-only-admin")))
    }
}

/// The councils, organisations and partnerships a token may be for, by name.
fn places(ctx: &Ctx<'_>) -> Result<Places, ApiError> {
    let store = &ctx.state.store;
    let sorted = |mut list: Vec<(String, String)>| {
        list.sort_by(|a, b| a.1.cmp(&b.1));
        list
    };
    Ok(Places {
        councils: sorted(
            store
                .authorities()?
                .into_iter()
                .map(|a| (a.code, a.name))
                .collect(),
        ),
        organisations: sorted(
            store
                .organisations()?
                .into_iter()
                .map(|o| (o.id, o.name))
                .collect(),
        ),
        partnerships: sorted(
            store
                .partnerships()?
                .into_iter()
                .map(|p| (p.id, p.name))
                .collect(),
        ),
    })
}

/// The heading of the group a role's tokens are listed under: a published name, or
/// `None` for the moderators and administrators.
fn place(places: &Places, role: &Role) -> Option<String> {
    let name = |list: &[(String, String)], id: &str| {
        list.iter()
            .find(|(k, _)| k == id)
            .map_or_else(|| id.to_string(), |(_, n)| n.clone())
    };
    match role {
        Role::CouncilEditor { authority } => Some(format!(
            "{} ({authority})",
            name(&places.councils, authority)
        )),
        Role::Signatory { organisation } => Some(name(&places.organisations, organisation)),
        Role::Board { partnership } => Some(name(&places.partnerships, partnership)),
        Role::Moderator | Role::Admin => None,
    }
}

/// The API's spelling of a role (`council-editor` …).
fn role_name(role: &Role) -> String {
    serde_json::to_value(role)
        .ok()
        .and_then(|v| v["role"].as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The page: the people (filtered), the invite form as given, its problems, a notice.
async fn page(
    ctx: &Ctx<'_>,
    status: StatusCode,
    form: InviteForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> Result<Response, ApiError> {
    let q = ctx.req.params(PARAMS)?;
    let filter = admin::scope(ctx.state, q.text("for"))?;
    let places = places(ctx)?;
    let locale = ctx.req.locale();
    let mut groups: Vec<TokenGroup> = Vec::new();
    for view in crate::auth::list(&ctx.state.store, filter.as_deref())? {
        let place = place(&places, &view.role);
        let published = place.is_some();
        let heading = place.unwrap_or_else(|| locale.t("people-group-staff"));
        let line = TokenLine {
            id: view.id.clone(),
            role: role_label(&locale, &role_name(&view.role)),
            person: view.person.map(|p| (p.name, p.email)),
            created: view.created.date_naive(),
            expires: view.expires.map(|t| t.date_naive()),
            revoked: view.revoked.map(|t| t.date_naive()),
            live: view.live,
            yours: ctx.editor.token_hash.starts_with(&view.id),
        };
        match groups.iter_mut().find(|g| g.heading == heading) {
            Some(group) => group.tokens.push(line),
            None => groups.push(TokenGroup {
                heading,
                published,
                tokens: vec![line],
            }),
        }
    }
    let notice = notice.or_else(|| {
        q.text("revoked")
            .filter(|id| id.len() <= 64 && id.bytes().all(|b| b.is_ascii_hexdigit()))
            .map(|id| locale.f("people-revoked-notice", &[("id", id.into())]))
    });
    let body = render::people(
        ctx.req.locale(),
        PeopleData {
            chrome: ctx.chrome(None),
            places,
            filter,
            groups,
            form,
            errors,
            notice,
        },
    )
    .await;
    Ok(ctx.page(status, &locale.t("staff-people-link"), &body))
}

/// `GET /editor/people`.
pub(super) async fn list(ctx: &Ctx<'_>) -> Result<Response, ApiError> {
    page(ctx, StatusCode::OK, InviteForm::default(), Vec::new(), None).await
}

/// The form's field a problem with the invitation is about.
fn form_field(field: &str) -> String {
    match field {
        "person" | "person.name" => "name".to_string(),
        "person.email" => "email".to_string(),
        "person.lang" => "lang".to_string(),
        other => other.to_string(),
    }
}

/// `POST /editor/people/invite`: makes the token the form asks for and shows it once; the page
/// again with the problems when the invitation is not right.
pub(super) async fn invite(ctx: &Ctx<'_>, form: &Form) -> Result<Response, ApiError> {
    let sent = InviteForm {
        role: form.text("role"),
        authority: form.text("authority"),
        organisation: form.text("organisation"),
        partnership: form.text("partnership"),
        name: form.text("name"),
        email: form.text("email"),
        lang: form.text("lang"),
        expires_in_days: form.text("expires_in_days"),
    };
    let given = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
    let days = sent.expires_in_days.trim();
    let expires_in_days = if days.is_empty() {
        Ok(None)
    } else {
        days.parse::<i64>().map(Some).map_err(|_| FieldError {
            field: "expires_in_days".into(),
            code: ErrorCode::InvalidValue,
            message: "must be a whole number of days, such as 90".into(),
        })
    };
    let input = TokenInput {
        role: given(&sent.role),
        authority: given(&sent.authority),
        organisation: given(&sent.organisation),
        partnership: given(&sent.partnership),
        person: (given(&sent.name).is_some() || given(&sent.email).is_some()).then(|| {
            PersonInput {
                name: given(&sent.name),
                email: given(&sent.email),
                lang: given(&sent.lang),
            }
        }),
        expires: None,
        expires_in_days: expires_in_days.clone().unwrap_or(None),
    };
    let lang_ok = letters_lang(Some(&sent.lang)).is_ok();
    let mut errors: Vec<FieldError> = match input.validate(chrono::Utc::now()) {
        Ok(invite) if expires_in_days.is_ok() && lang_ok => match admin::issue(ctx.state, invite)
            .await
        {
            Ok(issued) => {
                let record = &issued.record;
                let locale = ctx.req.locale();
                let place = place(&places(ctx)?, &record.role);
                // The role as a word in a sentence: "council editor".
                let role = role_label(&locale, &role_name(&record.role)).to_lowercase();
                let name = record
                    .person
                    .as_ref()
                    .map_or_else(|| locale.t("people-someone"), |p| p.name.clone());
                let (name, role) = (name.as_str().into(), role.as_str().into());
                let who = match place {
                    Some(place) => locale.f(
                        "people-invited-who",
                        &[
                            ("name", name),
                            ("role", role),
                            ("place", place.as_str().into()),
                        ],
                    ),
                    None => locale.f(
                        "people-invited-who-staff",
                        &[("name", name), ("role", role)],
                    ),
                };
                let body = render::invited(
                    ctx.req.locale(),
                    ctx.chrome(None),
                    issued.token.clone(),
                    record.id.clone(),
                    who,
                    record.expires.map(|t| t.date_naive()),
                    matches!(
                        record.role,
                        Role::CouncilEditor { .. } | Role::Board { .. } | Role::Admin
                    ),
                )
                .await;
                return Ok(ctx.page(StatusCode::OK, &locale.t("people-token-made-title"), &body));
            }
            Err(e) if e.status == StatusCode::UNPROCESSABLE_ENTITY => e.body.error.errors,
            Err(e) => return Err(e),
        },
        Ok(_) => Vec::new(),
        Err(e) => e.0,
    };
    if let Err(e) = expires_in_days {
        errors.retain(|x| x.field != "expires_in_days");
        errors.push(e);
    }
    // A language no letter can be written in is named whether or not a person was given.
    if !lang_ok && !errors.iter().any(|e| e.field == "person.lang") {
        errors.push(FieldError {
            field: "lang".into(),
            code: ErrorCode::InvalidValue,
            message: letters_lang_problem(),
        });
    }
    for e in &mut errors {
        e.field = form_field(&e.field);
    }
    page(ctx, StatusCode::UNPROCESSABLE_ENTITY, sent, errors, None).await
}

/// `POST /editor/people/{id}/revoke`: revokes the token at once, back to the list it was
/// revoked from.
pub(super) async fn revoke(ctx: &Ctx<'_>, id: &str, form: &Form) -> Result<Response, ApiError> {
    let view = admin::revoke_id(ctx.state, id, &ctx.editor.token_hash).await?;
    let back = match admin::scope(ctx.state, form.get("for")) {
        Ok(Some(scope)) => format!(
            "/editor/people?for={}&revoked={}",
            atlas_shared::percent_encode(&scope),
            view.id
        ),
        _ => format!("/editor/people?revoked={}", view.id),
    };
    Ok(ctx.see_other(&back))
}
