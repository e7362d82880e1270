//! The covenant's server-rendered pages: register, "your pledges" and the moderation
//! queue. Plain HTML forms post here; each post becomes the same typed input the JSON API
//! takes and goes through the same functions in [`super::covenant`], so a rule is never
//! checked in one place and forgotten in the other.
//!
//! There is no session and no cookie. A signatory or moderator types their token into a
//! form; the page that answers carries it in its own forms' hidden fields. Because the
//! browser never sends it by itself, another site cannot make the browser act with it
//! (no cross-site request forgery), and nothing remains once the tab is closed.

use atlas_shared::access::Role;
use atlas_shared::api::OrganisationView;
use atlas_shared::covenant::{PledgeInput, RegistrationInput};
use atlas_shared::moderation::{page_window, MAX_LOG_PAGE};
use atlas_shared::people::letters_lang;
use atlas_shared::validate::{FieldError, ValidationErrors};
use atlas_shared::ErrorCode;
use atlas_widget::components::covenant::{PlaceChoice, Places, PledgeValues, RegistrationValues};
use atlas_widget::covenant_pages as render;
use serde_json::{Map, Value};
use warp::http::StatusCode;
use warp::reply::Response;

use super::covenant::{self as core, PledgeStep, StepInput};
use super::error::ApiError;
use super::pages::page;
use super::request::{blocking, AppState, Request};
use super::route::{awaits, Handler, Kind, Params, Route, Verb};
use crate::auth::Caller;

/// Most fields one form may send (the councils' checkboxes are the most).
const MAX_FORM_FIELDS: usize = 1_000;

/// A posted form: its fields in order, repeats kept (checkboxes).
pub(super) struct Form(Vec<(String, String)>);

impl Form {
    pub(super) fn read(req: &Request) -> Result<Form, ApiError> {
        let content_type = req
            .headers
            .get(warp::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !content_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        {
            return Err(ApiError::new(
                ErrorCode::UnsupportedMediaType,
                "Send this form as application/x-www-form-urlencoded.",
            ));
        }
        let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&req.body)
            .map_err(|_| ApiError::bad_query("", "The form could not be read."))?;
        if fields.len() > MAX_FORM_FIELDS {
            return Err(ApiError::new(
                ErrorCode::PayloadTooLarge,
                "The form has too many fields.",
            ));
        }
        Ok(Form(fields))
    }

    pub(super) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub(super) fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or("").to_string()
    }

    pub(super) fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// A whole number, if the field holds one.
    pub(super) fn number(&self, name: &str) -> Option<u64> {
        self.get(name).and_then(|v| v.trim().parse().ok())
    }
}

/// The form's fields as the JSON the API would take: empty fields left out, numbers as
/// numbers where they parse (else left as text, so validation names the field).
fn to_json(fields: &[(&str, &str)]) -> Value {
    let mut map = Map::new();
    for (name, value) in fields {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let json = match name {
            &"age_from" | &"age_to" | &"places" | &"version" => value
                .parse::<i64>()
                .map(Value::from)
                .unwrap_or_else(|_| Value::from(value)),
            _ => Value::from(value),
        };
        map.insert(name.to_string(), json);
    }
    Value::Object(map)
}

/// The field errors of a refusal, or none (then its message is shown instead).
fn field_errors(e: &ApiError) -> Vec<FieldError> {
    if !e.body.error.errors.is_empty() {
        return e.body.error.errors.clone();
    }
    match &e.body.error.field {
        Some(field) => vec![FieldError {
            field: field.clone(),
            code: e.body.error.code,
            message: e.body.error.message.clone(),
        }],
        None => Vec::new(),
    }
}

/// A refusal's field errors (the page says each in the reader's language), or its
/// message: English's exact words, else a sentence by its code.
fn problem(req: &Request, e: &ApiError) -> (Vec<FieldError>, Option<String>) {
    let errors = field_errors(e);
    let message = errors.is_empty().then(|| {
        req.locale().field_problem(&FieldError {
            field: String::new(),
            code: e.body.error.code,
            message: e.body.error.message.clone(),
        })
    });
    (errors, message)
}

/// A page's title after a refusal: "Error: …".
fn error_title(req: &Request, title: &str) -> String {
    req.locale().f("error-title", &[("title", title.into())])
}

// ---- /covenant/register ---------------------------------------------------------------

const REGISTER_TITLE: &str = "covenant-register-title";

pub async fn register_form(req: &Request) -> Result<Response, ApiError> {
    let title = req.locale().t(REGISTER_TITLE);
    let body = render::register(
        req.locale(),
        RegistrationValues::default(),
        Vec::new(),
        None,
    )
    .await;
    Ok(page(req, StatusCode::OK, &title, &title, &body))
}

pub async fn register(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let form = Form::read(req)?;
    let values = RegistrationValues {
        name: form.text("name"),
        kind: form.text("kind"),
        website: form.text("website"),
        contact_email: form.text("contact_email"),
        statement: form.text("statement"),
    };
    let json = to_json(&[
        ("name", &values.name),
        ("kind", &values.kind),
        ("website", &values.website),
        ("contact_email", &values.contact_email),
        ("statement", &values.statement),
    ]);
    let result = match RegistrationInput::from_json(json) {
        Ok(input) => {
            // The organisation's letters are in the language it registered in.
            let lang = letters_lang(Some(req.locale().lang().tag())).ok().flatten();
            core::register_core(state, input, lang, req.client).await
        }
        Err(errors) => Err(ApiError::validation(&errors)),
    };
    match result {
        Ok((organisation, token)) => {
            let body = render::registered(
                req.locale(),
                OrganisationView::private(&organisation),
                token,
            )
            .await;
            let locale = req.locale();
            Ok(page(
                req,
                StatusCode::CREATED,
                &locale.t("covenant-registered-title"),
                &locale.t("covenant-registered-page-heading"),
                &body,
            ))
        }
        Err(e) => {
            let (errors, message) = problem(req, &e);
            let body = render::register(req.locale(), values, errors, message).await;
            let heading = req.locale().t(REGISTER_TITLE);
            let title = error_title(req, &heading);
            Ok(page(req, e.status, &title, &heading, &body))
        }
    }
}

// ---- the token form shared by the private pages ---------------------------------------

// The messages of each private page's title and of what its token form asks.
const PLEDGES_TITLE: &str = "covenant-your-pledges";
const PLEDGES_INTRO: &str = "covenant-pledges-intro";
const MODERATION_TITLE: &str = "covenant-moderation-title";
const MODERATION_INTRO: &str = "covenant-moderation-intro";

/// The token form of a private page, with what is wrong with the token sent (the
/// message's id), if anything.
async fn token_page(
    req: &Request,
    status: StatusCode,
    action: &'static str,
    title: &str,
    intro: &str,
    problem: Option<&str>,
) -> Response {
    let locale = req.locale();
    let body = render::token(
        locale,
        action,
        locale.t(intro),
        problem.map(|m| locale.t(m)),
    )
    .await;
    let heading = locale.t(title);
    let title = match problem {
        Some(_) => error_title(req, &heading),
        None => heading.clone(),
    };
    page(req, status, &title, &heading, &body)
}

pub async fn pledges_form(req: &Request) -> Result<Response, ApiError> {
    Ok(token_page(
        req,
        StatusCode::OK,
        "/covenant/pledges",
        PLEDGES_TITLE,
        PLEDGES_INTRO,
        None,
    )
    .await)
}

pub async fn moderation_form(req: &Request) -> Result<Response, ApiError> {
    Ok(token_page(
        req,
        StatusCode::OK,
        "/covenant/moderation",
        MODERATION_TITLE,
        MODERATION_INTRO,
        None,
    )
    .await)
}

/// Who posted the token, or the token form again with the problem. The page
/// counts the write once it has checked the role may use it.
async fn role_or_form(
    state: &AppState,
    req: &Request,
    form: &Form,
    action: &'static str,
    title: &'static str,
    intro: &'static str,
) -> Result<Result<(String, Caller), Response>, ApiError> {
    let token = form.text("token").trim().to_string();
    let role = if token.is_empty() {
        None
    } else {
        crate::auth::authenticate(&state.store, &token)?
    };
    match role {
        Some(role) => Ok(Ok((token, role))),
        None => {
            let message = if token.is_empty() {
                "covenant-token-missing"
            } else {
                "covenant-token-unknown"
            };
            Ok(Err(token_page(
                req,
                StatusCode::UNAUTHORIZED,
                action,
                title,
                intro,
                Some(message),
            )
            .await))
        }
    }
}

// ---- /covenant/pledges ----------------------------------------------------------------

/// The places a pledge may cover, for the form's checkboxes.
fn place_choices(state: &AppState) -> Result<Places, ApiError> {
    let reference = state.snapshot.get(&state.store)?;
    let mut partnerships: Vec<PlaceChoice> = reference
        .partnerships
        .iter()
        .map(|p| PlaceChoice {
            id: p.id.clone(),
            name: p.name.clone(),
        })
        .collect();
    partnerships.sort_by(|a, b| a.name.cmp(&b.name));
    let mut authorities: Vec<PlaceChoice> = reference
        .authorities
        .iter()
        .map(|a| PlaceChoice {
            id: a.code.clone(),
            name: a.name.clone(),
        })
        .collect();
    authorities.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Places {
        partnerships,
        authorities,
    })
}

fn pledge_values(form: &Form) -> PledgeValues {
    PledgeValues {
        topic: form.text("topic"),
        title: form.text("title"),
        summary: form.text("summary"),
        details: form.text("details"),
        national: form.get("national") == Some("true"),
        partnerships: form.all("partnerships"),
        authorities: form.all("authorities"),
        age_from: form.text("age_from"),
        age_to: form.text("age_to"),
        places: form.text("places"),
        how_to_apply: form.text("how_to_apply"),
        closes: form.text("closes"),
    }
}

/// The pledge form's values as the API's input.
fn pledge_input(v: &PledgeValues, version: Option<&str>) -> Result<PledgeInput, ValidationErrors> {
    // A browser sends numbers as text; say plainly when one is not a number.
    let mut errors = ValidationErrors::default();
    for (field, text) in [
        ("age_from", &v.age_from),
        ("age_to", &v.age_to),
        ("places", &v.places),
    ] {
        let text = text.trim();
        if !text.is_empty() && text.parse::<u32>().is_err() {
            errors.push(
                field,
                atlas_shared::ErrorCode::InvalidType,
                "must be a whole number, such as 18",
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut json = to_json(&[
        ("topic", &v.topic),
        ("title", &v.title),
        ("summary", &v.summary),
        ("details", &v.details),
        ("age_from", &v.age_from),
        ("age_to", &v.age_to),
        ("places", &v.places),
        ("how_to_apply", &v.how_to_apply),
        ("closes", &v.closes),
        ("version", version.unwrap_or("")),
    ]);
    json["coverage"] = serde_json::json!({
        "national": v.national,
        "partnerships": v.partnerships,
        "authorities": v.authorities,
    });
    PledgeInput::from_json(json)
}

pub async fn pledges(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let form = Form::read(req)?;
    let (token, role) = match role_or_form(
        state,
        req,
        &form,
        "/covenant/pledges",
        PLEDGES_TITLE,
        PLEDGES_INTRO,
    )
    .await?
    {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    let Role::Signatory { organisation } = role.role.clone() else {
        return Ok(token_page(
            req,
            StatusCode::FORBIDDEN,
            "/covenant/pledges",
            PLEDGES_TITLE,
            PLEDGES_INTRO,
            Some("covenant-token-not-signatory"),
        )
        .await);
    };
    req.count_write(state)?;

    let mut status = StatusCode::OK;
    let mut values = PledgeValues::default();
    let mut editing = None;
    let mut errors = Vec::new();
    let mut message = None;
    let mut notice = None;
    let pledge_id = form.text("pledge");
    // What was done, as a message's id.
    let outcome: Result<Option<&str>, ApiError> = match form.get("action").unwrap_or("") {
        "submit" => {
            values = pledge_values(&form);
            match pledge_input(&values, None) {
                Ok(input) => core::submit_core(state, &role, &organisation, input)
                    .await
                    .map(|_| Some("covenant-notice-sent")),
                Err(e) => Err(ApiError::validation(&e)),
            }
        }
        "edit" => core::authorise_edit(state, &role, &pledge_id).and_then(|()| {
            let p = state
                .store
                .pledge(&pledge_id)?
                .ok_or_else(|| ApiError::not_found("pledge with this id"))?;
            // Edit from the pending change if there is one, else from what is published.
            let content = p
                .draft
                .as_deref()
                .cloned()
                .unwrap_or_else(|| p.content.clone());
            values = PledgeValues::from(&content);
            editing = Some((p.id.clone(), p.version));
            Ok(None)
        }),
        "save" => {
            values = pledge_values(&form);
            let version = form.get("version");
            editing = form.number("version").map(|v| (pledge_id.clone(), v));
            match pledge_input(&values, version) {
                Ok(input) => core::edit_core(state, &role, &pledge_id, input)
                    .await
                    .map(|_| Some("covenant-notice-change-sent")),
                Err(e) => Err(ApiError::validation(&e)),
            }
        }
        "withdraw" => core::step_core(
            state,
            &role,
            &pledge_id,
            PledgeStep::Withdraw,
            StepInput {
                version: form.number("version"),
                reason: None,
            },
        )
        .await
        .map(|_| Some("covenant-notice-withdrawn")),
        "" => Ok(None),
        _ => Err(ApiError::bad_query("action", "Unknown action.")),
    };
    match outcome {
        Ok(done) => {
            if let Some(done) = done {
                notice = Some(req.locale().t(done));
                values = PledgeValues::default();
                editing = None;
            }
        }
        Err(e) => {
            status = e.status;
            (errors, message) = problem(req, &e);
        }
    }

    let organisation = state
        .store
        .organisation(&organisation)?
        .ok_or_else(|| ApiError::not_found("organisation for this token"))?;
    let mut pledges: Vec<_> = state
        .store
        .pledges()?
        .into_iter()
        .filter(|p| p.organisation == organisation.id)
        .collect();
    pledges.sort_by(|a, b| a.content.title.cmp(&b.content.title));
    let places = place_choices(state)?;
    let heading = req.locale().t(PLEDGES_TITLE);
    let title = if status.is_success() {
        heading.clone()
    } else {
        error_title(req, &heading)
    };
    let body = render::signatory(
        req.locale(),
        render::SignatoryData {
            token,
            organisation: OrganisationView::private(&organisation),
            pledges,
            form: values,
            editing,
            errors,
            message,
            notice,
            places,
        },
    )
    .await;
    Ok(page(req, status, &title, &heading, &body))
}

// ---- /covenant/moderation -------------------------------------------------------------

pub async fn moderation(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let form = Form::read(req)?;
    let (token, role) = match role_or_form(
        state,
        req,
        &form,
        "/covenant/moderation",
        MODERATION_TITLE,
        MODERATION_INTRO,
    )
    .await?
    {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    if !role.may_moderate() {
        return Ok(token_page(
            req,
            StatusCode::FORBIDDEN,
            "/covenant/moderation",
            MODERATION_TITLE,
            MODERATION_INTRO,
            Some("covenant-token-not-moderator"),
        )
        .await);
    }
    req.count_write(state)?;
    let pledge_id = form.text("pledge");
    let step = |step, reason: Option<String>| {
        core::step_core(
            state,
            &role,
            &pledge_id,
            step,
            StepInput {
                version: form.number("version"),
                reason,
            },
        )
    };
    let locale = req.locale();
    let outcome: Result<Option<String>, ApiError> = match form.get("action").unwrap_or("") {
        "verify" => core::verify_core(state, &role, &form.text("organisation"))
            .await
            .map(|o| Some(locale.f("covenant-notice-verified", &[("name", (&o.name).into())]))),
        "publish" => step(PledgeStep::Publish, None).await.map(|p| {
            Some(locale.f(
                "covenant-notice-published",
                &[("title", (&p.content.title).into())],
            ))
        }),
        "reject" => step(PledgeStep::Reject, form.get("reason").map(str::to_string))
            .await
            .map(|p| {
                Some(locale.f(
                    "covenant-notice-rejected",
                    &[("title", (&p.content.title).into())],
                ))
            }),
        "" => Ok(None),
        _ => Err(ApiError::bad_query("action", "Unknown action.")),
    };
    let (status, message, notice) = match outcome {
        Ok(notice) => (StatusCode::OK, None, notice),
        Err(e) => {
            let (errors, message) = problem(req, &e);
            // A field error here belongs to one pledge's form among many (a missing
            // reason): say it in words rather than link to a field.
            let message = message.or_else(|| {
                errors.first().map(|e| {
                    let problem = locale.field_problem(e);
                    match e.field.as_str() {
                        "reason" => locale.f(
                            "covenant-give-reason",
                            &[("problem", problem.as_str().into())],
                        ),
                        _ => problem,
                    }
                })
            });
            (e.status, message, None)
        }
    };
    let queue = core::queue_core(state, &role)?;
    let heading = locale.t(MODERATION_TITLE);
    let title = if status.is_success() {
        heading.clone()
    } else {
        error_title(req, &heading)
    };
    let body = render::moderation(
        req.locale(),
        token,
        queue,
        Vec::new(),
        message,
        notice,
        place_choices(state)?,
    )
    .await;
    Ok(page(req, status, &title, &heading, &body))
}

// ---- /covenant/moderation/log ---------------------------------------------------------

const LOG_TITLE: &str = "covenant-log-title";
const LOG_INTRO: &str = "covenant-log-token-intro";

pub async fn moderation_log_form(req: &Request) -> Result<Response, ApiError> {
    Ok(token_page(
        req,
        StatusCode::OK,
        "/covenant/moderation/log",
        LOG_TITLE,
        LOG_INTRO,
        None,
    )
    .await)
}

/// The decisions moderators took, newest first, a page at a time (`page` from 1, at
/// most [`MAX_LOG_PAGE`]). Reading changes nothing, so it spends no write allowance.
pub async fn moderation_log(state: &AppState, req: &Request) -> Result<Response, ApiError> {
    let form = Form::read(req)?;
    let (token, role) = match role_or_form(
        state,
        req,
        &form,
        "/covenant/moderation/log",
        LOG_TITLE,
        LOG_INTRO,
    )
    .await?
    {
        Ok(found) => found,
        Err(response) => return Ok(response),
    };
    if !role.may_moderate() {
        return Ok(token_page(
            req,
            StatusCode::FORBIDDEN,
            "/covenant/moderation/log",
            LOG_TITLE,
            LOG_INTRO,
            Some("covenant-token-not-moderator"),
        )
        .await);
    }
    let refused = || {
        ApiError::bad_query(
            "page",
            format!("The page must be a whole number from 1 to {MAX_LOG_PAGE}."),
        )
    };
    let page_number = match form.get("page").map(str::trim).filter(|p| !p.is_empty()) {
        None => 1,
        Some(p) => p.parse::<usize>().map_err(|_| refused())?,
    };
    let (skip, take) = page_window(page_number).ok_or_else(refused)?;
    let (entries, more) =
        blocking(&state.store, move |store| store.moderation_log(skip, take)).await?;
    let body = render::moderation_log(req.locale(), token, entries, page_number, more).await;
    let title = req.locale().t(LOG_TITLE);
    Ok(page(req, StatusCode::OK, &title, &title, &body))
}

// ---------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------

/// A covenant page: its form (GET) or what the form sends (POST).
const fn form_page(verb: Verb, path: &'static str, name: &'static str, handler: Handler) -> Route {
    Route::awaits(verb, path, name, handler)
        .kind(Kind::Page)
        .params(Params::Form(&[]))
}

/// The covenant's pages: registration, a signatory's pledges, moderation.
pub(super) const ROUTES: &[Route] = &[
    form_page(
        Verb::Get,
        "/covenant/register",
        "page_register",
        awaits!(s, a, r => register_form(&r)),
    ),
    form_page(
        Verb::Post,
        "/covenant/register",
        "page_register",
        awaits!(s, a, r => register(s, &r)),
    ),
    form_page(
        Verb::Get,
        "/covenant/pledges",
        "page_signatory",
        awaits!(s, a, r => pledges_form(&r)),
    ),
    form_page(
        Verb::Post,
        "/covenant/pledges",
        "page_signatory",
        awaits!(s, a, r => pledges(s, &r)),
    ),
    form_page(
        Verb::Get,
        "/covenant/moderation",
        "page_moderation",
        awaits!(s, a, r => moderation_form(&r)),
    ),
    form_page(
        Verb::Post,
        "/covenant/moderation",
        "page_moderation",
        awaits!(s, a, r => moderation(s, &r)),
    ),
    form_page(
        Verb::Get,
        "/covenant/moderation/log",
        "page_moderation_log",
        awaits!(s, a, r => moderation_log_form(&r)),
    ),
    form_page(
        Verb::Post,
        "/covenant/moderation/log",
        "page_moderation_log",
        awaits!(s, a, r => moderation_log(s, &r)),
    ),
];
