//! Offers as spreadsheets in the workspace and the API: the CSV export (an editor's, and
//! the public `GET /api/v1/authorities/{code}/offers.csv`), the template, and the upload:
//! a dry run first, always; then, when the editor says so, the same plan applied in one
//! store transaction.

use atlas_shared::spreadsheet::{dry_run, DryRun, MAX_FILE_BYTES};
use atlas_shared::validate::FieldError;
use atlas_shared::{Authority, ErrorCode};
use atlas_widget::editor_pages::{self as render, DryRunData};
use bytes::Bytes;
use warp::http::header::{HeaderValue, CONTENT_DISPOSITION, CONTENT_TYPE};
use warp::http::StatusCode;
use warp::reply::Response;

use super::super::covenant_pages::Form;
use super::super::error::ApiError;
use super::super::request::{blocking, AppState};
use super::super::session::{same_secret, Staged};
use super::Ctx;
use crate::spreadsheet::{read, template_csv, write_csv, Format};

/// A CSV download.
fn csv_response(bytes: Vec<u8>, file_name: &str) -> Response {
    let mut response = Response::new(bytes.into());
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    response
}

fn offers_csv(state: &AppState, code: &str) -> Result<Response, ApiError> {
    let offers = state.store.offers_of(code)?;
    let bytes = write_csv(&offers).map_err(|_| ApiError::internal())?;
    Ok(csv_response(bytes, &format!("{code}-offers.csv")))
}

/// `GET /api/v1/authorities/{code}/offers.csv`: a council's current (published) offers,
/// a row per offer, the import's columns.
pub fn authority_csv(state: &AppState, code: &str) -> Result<Response, ApiError> {
    if state.store.authority(code)?.is_none() {
        return Err(ApiError::not_found("authority with this code"));
    }
    offers_csv(state, code)
}

/// `GET /editor/template.csv`: the header and one example row.
pub fn template() -> Result<Response, ApiError> {
    let bytes = template_csv().map_err(|_| ApiError::internal())?;
    Ok(csv_response(bytes, "offers-template.csv"))
}

/// `GET /editor/offers.csv?authority=`: the council's offers, to change and upload again.
pub fn council_csv(ctx: &Ctx<'_>) -> Result<Response, ApiError> {
    let q = ctx.req.params(&["authority"])?;
    let council = ctx
        .council(q.text("authority"))?
        .ok_or_else(|| ApiError::bad_query("authority", "Choose a council first, on /editor."))?;
    let mut response = offers_csv(ctx.state, &council.code)?;
    ctx.renew_on(&mut response);
    Ok(response)
}

/// `GET /editor/import?authority=`: the upload form and the columns.
pub async fn import_form(ctx: &Ctx<'_>) -> Result<Response, ApiError> {
    let q = ctx.req.params(&["authority"])?;
    let council = ctx
        .council(q.text("authority"))?
        .ok_or_else(|| ApiError::bad_query("authority", "Choose a council first, on /editor."))?;
    form_page(ctx, council, StatusCode::OK, Vec::new(), None).await
}

async fn form_page(
    ctx: &Ctx<'_>,
    council: Authority,
    status: StatusCode,
    errors: Vec<FieldError>,
    message: Option<String>,
) -> Result<Response, ApiError> {
    let title = ctx.req.locale().f(
        "editor-import-title",
        &[("council", council.name.as_str().into())],
    );
    let body = render::import(
        ctx.req.locale(),
        ctx.chrome(Some(&council)),
        council,
        errors,
        message,
    )
    .await;
    Ok(ctx.page(status, &title, &body))
}

/// What the upload form sent.
#[derive(Default)]
struct Upload {
    csrf: String,
    authority: String,
    retire_missing: bool,
    file_name: String,
    file: Option<Bytes>,
}

fn file_error(code: ErrorCode, message: impl Into<String>) -> ApiError {
    ApiError::field(code, "file", message)
}

/// Reads the multipart form, within the limits: 5 MB for the file, 4 KB for the rest.
async fn read_upload(ctx: &Ctx<'_>) -> Result<Upload, ApiError> {
    let content_type = ctx
        .req
        .headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let boundary = multer::parse_boundary(content_type).map_err(|_| {
        ApiError::new(
            ErrorCode::UnsupportedMediaType,
            "Send the upload form as multipart/form-data.",
        )
    })?;
    let body = ctx.req.body.clone();
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(body) });
    let constraints = multer::Constraints::new()
        .allowed_fields(vec!["csrf", "authority", "retire_missing", "file"])
        .size_limit(
            multer::SizeLimit::new()
                .per_field(4096)
                .for_field("file", MAX_FILE_BYTES as u64),
        );
    let mut multipart = multer::Multipart::with_constraints(stream, boundary, constraints);
    let unreadable = |e: multer::Error| {
        match e {
        multer::Error::FieldSizeExceeded { field_name, .. }
            if field_name.as_deref() == Some("file") =>
        {
            file_error(
                ErrorCode::PayloadTooLarge,
                "The file is larger than 5 MB. A council's offers fit in far less: check it holds only the offers.",
            )
        }
        _ => ApiError::new(ErrorCode::BadBody, "The upload could not be read. Try again."),
    }
    };
    let mut upload = Upload::default();
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        match field.name().unwrap_or("") {
            "file" => {
                upload.file_name = field.file_name().map(clean_name).unwrap_or_default();
                upload.file = Some(field.bytes().await.map_err(unreadable)?);
            }
            "csrf" => upload.csrf = field.text().await.map_err(unreadable)?,
            "authority" => upload.authority = field.text().await.map_err(unreadable)?,
            "retire_missing" => {
                upload.retire_missing = field.text().await.map_err(unreadable)? == "yes"
            }
            _ => {}
        }
    }
    Ok(upload)
}

/// A file's name as shown: no folders, no control characters, at most 100 characters.
fn clean_name(name: &str) -> String {
    name.rsplit(['/', '\\'])
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control())
        .take(100)
        .collect()
}

/// `POST /editor/import`: the dry run of an uploaded file.
pub async fn upload(ctx: &Ctx<'_>) -> Result<Response, ApiError> {
    let upload = read_upload(ctx).await?;
    super::check_csrf(&ctx.editor, Some(&upload.csrf))?;
    ctx.req.count_write(ctx.state)?;
    let requested = Some(upload.authority.trim()).filter(|a| !a.is_empty());
    let council = ctx
        .council(requested)?
        .ok_or_else(|| ApiError::bad_query("authority", "Choose a council first, on /editor."))?;
    let bytes = match upload.file {
        Some(bytes) if !bytes.is_empty() => bytes,
        _ => {
            let e = FieldError {
                field: "file".into(),
                code: ErrorCode::MissingField,
                message: "choose a .csv or .xlsx file to upload".into(),
            };
            return form_page(
                ctx,
                council,
                StatusCode::UNPROCESSABLE_ENTITY,
                vec![e],
                None,
            )
            .await;
        }
    };
    let format = match Format::of(&upload.file_name, &bytes) {
        Ok(format) => format,
        Err(e) => {
            let status = ErrorCode::UnsupportedMediaType.status();
            let e = FieldError {
                field: "file".into(),
                code: e.code,
                message: e.message,
            };
            return form_page(
                ctx,
                council,
                StatusCode::from_u16(status).unwrap_or(StatusCode::UNSUPPORTED_MEDIA_TYPE),
                vec![e],
                None,
            )
            .await;
        }
    };
    let file_name = if upload.file_name.is_empty() {
        ctx.req.locale().t("editor-import-the-file")
    } else {
        upload.file_name.clone()
    };
    let table = match read(&bytes, format) {
        Ok(table) => table,
        Err(errors) => {
            let run = DryRun {
                errors,
                ..DryRun::default()
            };
            return dry_run_page(
                ctx,
                council,
                file_name,
                upload.retire_missing,
                run,
                None,
                None,
            )
            .await;
        }
    };
    let existing = ctx.state.store.offers_of(&council.code)?;
    let run = dry_run(&table, &existing, upload.retire_missing, |_| {});
    let stage = (run.errors.is_empty() && !run.plan.is_empty())
        .then(|| {
            ctx.state.sessions.stage(
                &ctx.session,
                Staged::new(
                    council.code.clone(),
                    file_name.clone(),
                    upload.retire_missing,
                    table,
                    run.plan.fingerprint(),
                ),
            )
        })
        .flatten();
    dry_run_page(
        ctx,
        council,
        file_name,
        upload.retire_missing,
        run,
        stage,
        None,
    )
    .await
}

async fn dry_run_page(
    ctx: &Ctx<'_>,
    council: Authority,
    file_name: String,
    retire_missing: bool,
    run: DryRun,
    stage: Option<String>,
    message: Option<String>,
) -> Result<Response, ApiError> {
    let status = if !run.errors.is_empty() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else if message.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    let title = ctx.req.locale().f(
        "editor-import-check-title",
        &[("council", council.name.as_str().into())],
    );
    let body = render::dry_run(
        ctx.req.locale(),
        DryRunData {
            chrome: ctx.chrome(Some(&council)),
            authority: council,
            file_name,
            retire_missing,
            run,
            stage,
            message,
        },
    )
    .await;
    Ok(ctx.page(status, &title, &body))
}

/// `POST /editor/import/apply`: the upload the editor checked, applied whole; refused
/// (with the new dry run) if the offers moved on since.
pub async fn apply(ctx: &Ctx<'_>, form: &Form) -> Result<Response, ApiError> {
    let stage_id = form.text("stage");
    let Some(staged) = ctx.state.sessions.staged(&ctx.session, stage_id.trim()) else {
        return Err(ApiError::new(
            ErrorCode::InvalidState,
            "Nothing is waiting to be imported: the file was already imported, another file was checked since, or it waited more than an hour. Upload it again to check it.",
        ));
    };
    let council = ctx
        .council(Some(&staged.authority))?
        .ok_or_else(|| ApiError::not_found("council with this code"))?;
    let existing = ctx.state.store.offers_of(&council.code)?;
    let run = dry_run(&staged.table, &existing, staged.retire_missing, |_| {});
    let changed = ctx.req.locale().t("editor-import-changed");
    if !run.errors.is_empty() || !same_secret(&run.plan.fingerprint(), &staged.fingerprint) {
        let stage = run.errors.is_empty().then(|| {
            ctx.state.sessions.stage(
                &ctx.session,
                Staged::new(
                    council.code.clone(),
                    staged.file_name.clone(),
                    staged.retire_missing,
                    staged.table.clone(),
                    run.plan.fingerprint(),
                ),
            )
        });
        return dry_run_page(
            ctx,
            council,
            staged.file_name,
            staged.retire_missing,
            run,
            stage.flatten(),
            Some(changed.clone()),
        )
        .await;
    }
    let (code, actor, plan) = (council.code.clone(), ctx.actor(), run.plan.clone());
    let outcome = blocking(&ctx.state.store, move |store| {
        store.apply_offer_import(&code, &plan, &actor)
    })
    .await;
    match outcome {
        Ok(outcome) => {
            ctx.state.sessions.unstage(&ctx.session);
            ctx.state.nudge.changed();
            let title = ctx.req.locale().f(
                "editor-import-done-page-title",
                &[("council", council.name.as_str().into())],
            );
            let body = render::import_done(
                ctx.req.locale(),
                ctx.chrome(Some(&council)),
                council,
                outcome.created.len(),
                outcome.updated.len(),
                outcome.retired.len(),
            )
            .await;
            Ok(ctx.page(StatusCode::OK, &title, &body))
        }
        Err(e) if e.body.error.code == ErrorCode::VersionConflict => {
            let existing = ctx.state.store.offers_of(&council.code)?;
            let run = dry_run(&staged.table, &existing, staged.retire_missing, |_| {});
            dry_run_page(
                ctx,
                council,
                staged.file_name,
                staged.retire_missing,
                run,
                None,
                Some(changed),
            )
            .await
        }
        Err(e) => Err(e),
    }
}
