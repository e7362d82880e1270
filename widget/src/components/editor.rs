//! The council editors' workspace: sign in, a council's offers, the offer form with its
//! preview, the conflict page, history, retire, the retired offers (and restoring one),
//! and the spreadsheet import. Rendered on
//! the server as plain HTML forms (GOV.UK patterns: an error summary linking to each
//! field, the message beside the field) that work without JavaScript.
//!
//! Every form that posts carries the session's CSRF token in a hidden `csrf` field; the
//! server refuses a post without it. Field names are the spreadsheet's columns
//! (`atlas_shared::spreadsheet::COLUMNS`), so the form and an imported row are read by
//! the same function.

use std::rc::Rc;

use crate::language::use_locale;
use atlas_shared::api::Action;
use atlas_shared::compare::{Certainty, Entitlement, Row};
use atlas_shared::merge::{Field, FieldConflict, Keep};
use atlas_shared::offer::Reach;
use atlas_shared::preview::{effect, Journey, Preview};
use atlas_shared::retirement::Retirement;
use atlas_shared::spreadsheet::{column_for, Cells, DryRun, FieldChange, COLUMNS};
use atlas_shared::topic::TOPICS;
use atlas_shared::validate::FieldError;
use atlas_shared::words::Locale;
use atlas_shared::{
    AppliesTo, Authority, Basis, Category, Circumstance, Offer, OfferStatus, MAX_AGE, MIN_AGE,
};
use yew::prelude::*;

use super::ProblemSummary;

use crate::view::pounds;

// ---------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------

/// Who is signed in, and what every page's forms need.
#[derive(Debug, Clone, PartialEq)]
pub struct Chrome {
    /// The session's form token.
    pub csrf: String,
    /// "the editor for Walsall", "an administrator".
    pub who: String,
    /// The council being edited, for the links back (code, name).
    pub council: Option<(String, String)>,
    /// Whether to link to the people and their tokens (an administrator's page).
    pub people: bool,
}

/// The workspace's address for a council (with any extra query).
pub fn home_url(code: &str) -> String {
    format!("/editor?authority={code}")
}

/// The id of the input for a column (`source.url` → `atlas-f-source-url`).
pub fn field_id(column: &str) -> String {
    if column.is_empty() {
        return "atlas-f-form".into();
    }
    format!("atlas-f-{}", column.replace(['.', '_'], "-"))
}

/// The first error about a column.
fn error_for<'a>(errors: &'a [FieldError], name: &str) -> Option<&'a FieldError> {
    errors
        .iter()
        .find(|e| column_for(&e.field) == name || e.field == name)
}

pub(crate) fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The label a person knows a field by, in the reader's language: a column
/// (`value.per`), a field of the conflict page (`keep.value`, or a [`Field`]'s name), or
/// one of the workspace's own fields (`token`, `reason`, `file`, `version`). Message
/// `editor-field-<name>`, dots and underscores as hyphens; empty for a field it does not
/// know. (The spreadsheet's headers keep their English labels: [`column`].)
fn field_label(locale: &Locale, field: &str) -> String {
    let name = match field {
        "token" | "reason" | "file" | "version" => field,
        other => match other.strip_prefix("keep.").and_then(Field::from_name) {
            Some(f) => f.name(),
            None => column_for(other),
        },
    };
    if name.is_empty() {
        return String::new();
    }
    locale.t(&format!("editor-field-{}", name.replace(['.', '_'], "-")))
}

/// A [`Field`]'s label in the reader's language.
fn field_name(locale: &Locale, field: Field) -> String {
    field_label(locale, &format!("keep.{}", field.name()))
}

/// `lang="en"` for something shown exactly as it was written (a typed value, a council's
/// name) on a page in another language; nothing on an English page, whose markup stays as
/// it was.
fn written(locale: &Locale) -> Option<&'static str> {
    (locale.lang() != atlas_shared::words::Lang::English).then_some("en")
}

/// With [`written`]: its direction.
fn written_dir(locale: &Locale) -> Option<&'static str> {
    written(locale).map(|_| "ltr")
}

#[derive(Properties, PartialEq, Clone)]
pub struct ProblemsProps {
    pub errors: Rc<Vec<FieldError>>,
    #[prop_or_default]
    pub message: Option<String>,
}

/// "There is a problem" for a workspace form: each error a link to its field.
#[function_component]
pub fn Problems(props: &ProblemsProps) -> Html {
    let locale = use_locale();
    let problems: Vec<(Option<String>, String)> = props
        .errors
        .iter()
        .map(|e| {
            let label = field_label(&locale, &e.field);
            let problem = locale.field_problem(e);
            let text = if label.is_empty() {
                sentence(&problem)
            } else {
                locale.f(
                    "editor-form-field-problem",
                    &[
                        ("field", label.as_str().into()),
                        ("problem", problem.as_str().into()),
                    ],
                )
            };
            let target = match e.field.as_str() {
                "token" | "reason" | "file" | "email" => field_id(&e.field),
                f => match f.strip_prefix("keep.").and_then(Field::from_name) {
                    Some(field) => keep_id(field),
                    None => field_id(column_for(f)),
                },
            };
            (Some(target), text)
        })
        .collect();
    html! { <ProblemSummary {problems} message={props.message.clone()} /> }
}

#[derive(Properties, PartialEq, Clone)]
struct ErrorTextProps {
    id: AttrValue,
    error: FieldError,
}

/// A field's problem beside it, in the reader's language.
#[function_component]
fn ErrorText(props: &ErrorTextProps) -> Html {
    let locale = use_locale();
    html! {
        <p class="atlas-error-text" id={format!("{}-error", props.id)}>
            <super::ErrorPrefix />{ sentence(&locale.field_problem(&props.error)) }
        </p>
    }
}

fn error_text(id: &str, error: Option<&FieldError>) -> Html {
    match error {
        Some(e) => html! { <ErrorText id={AttrValue::from(id.to_string())} error={e.clone()} /> },
        None => html! {},
    }
}

fn described(id: &str, hint: bool, error: bool) -> Option<String> {
    let parts: Vec<String> = [
        hint.then(|| format!("{id}-hint")),
        error.then(|| format!("{id}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// What an input looks like.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Area,
    Number,
    Date,
    Url,
    Password,
    Email,
}

/// A labelled input bound to a column (or any named field), with hint and error.
fn input(
    name: &str,
    label: &str,
    hint: Option<&str>,
    kind: Kind,
    value: &str,
    errors: &[FieldError],
) -> Html {
    let id = field_id(name);
    let error = error_for(errors, name);
    let describedby = described(&id, hint.is_some(), error.is_some());
    let invalid = error.map(|_| "true");
    let class = classes!("atlas-field", error.map(|_| "atlas-field-error"));
    let control = match kind {
        Kind::Area => html! {
            // What is typed here is published as written, in English.
            <textarea id={id.clone()} name={name.to_string()} rows="4" lang="en" dir="ltr"
                aria-describedby={describedby} aria-invalid={invalid} value={value.to_string()} />
        },
        _ => {
            let (t, mode) = match kind {
                Kind::Number => ("text", Some("numeric")),
                Kind::Date => ("date", None),
                Kind::Url => ("url", None),
                Kind::Password => ("password", None),
                Kind::Email => ("email", None),
                _ => ("text", None),
            };
            let narrow = matches!(kind, Kind::Number).then_some("atlas-narrow");
            html! {
                <input id={id.clone()} name={name.to_string()} type={t} inputmode={mode}
                    class={classes!(narrow)} value={value.to_string()}
                    autocomplete={match kind { Kind::Password => Some("off"), Kind::Email => Some("email"), _ => None }}
                    spellcheck={matches!(kind, Kind::Number | Kind::Date | Kind::Url | Kind::Password | Kind::Email).then_some("false")}
                    aria-describedby={describedby} aria-invalid={invalid} />
            }
        }
    };
    html! {
        <div class={class}>
            <label for={id.clone()}>{ label }</label>
            if let Some(h) = hint {
                <p class="atlas-hint" id={format!("{id}-hint")}>{ h }</p>
            }
            { error_text(&id, error) }
            { control }
        </div>
    }
}

/// A column's input, labelled by the column.
fn cell_input(
    locale: &Locale,
    name: &str,
    hint: Option<&str>,
    kind: Kind,
    values: &Cells,
    errors: &[FieldError],
) -> Html {
    input(
        name,
        &field_label(locale, name),
        hint,
        kind,
        values.get(name).map_or("", String::as_str),
        errors,
    )
}

/// A yes-or-no column as a checkbox: `yes` when ticked, as the spreadsheet writes it, so
/// a save keeps what the offer says.
fn flag_input(name: &str, label: &str, values: &Cells) -> Html {
    let id = field_id(name);
    let checked = values
        .get(name)
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("yes"));
    html! {
        <div class="atlas-check">
            <input type="checkbox" id={id.clone()} name={name.to_string()} value="yes" {checked} />
            <label for={id}>{ label }</label>
        </div>
    }
}

/// A hidden field.
pub(crate) fn hidden(name: &str, value: &str) -> Html {
    html! { <input type="hidden" name={name.to_string()} value={value.to_string()} /> }
}

/// The filters of the council's list an editor came from, carried through the offer's
/// pages (links, then hidden fields) so that the list after a save is the same list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListFilters {
    pub category: Option<Category>,
    pub due_only: bool,
    /// Words searched for in the offers' titles, summaries and topics.
    pub search: Option<String>,
}

impl ListFilters {
    /// The list's query parameters besides `authority`, each after `&` (empty for none).
    pub fn query(&self) -> String {
        let mut query = String::new();
        if let Some(c) = self.category {
            query.push_str(&format!("&category={}", c.slug()));
        }
        if self.due_only {
            query.push_str("&due=yes");
        }
        if let Some(q) = &self.search {
            query.push_str(&format!("&q={}", atlas_shared::percent_encode(q)));
        }
        query
    }

    /// The offer's page, from the list with these filters.
    pub fn offer_url(&self, id: &str) -> String {
        match self.query().strip_prefix('&') {
            Some(query) => format!("/editor/offers/{id}?{query}"),
            None => format!("/editor/offers/{id}"),
        }
    }

    /// The filters as a form's hidden fields (`list_category`, `list_due`, `list_q`).
    pub fn hidden(&self) -> Html {
        html! {
            <>
                if let Some(c) = self.category {
                    { hidden("list_category", c.slug()) }
                }
                if self.due_only {
                    { hidden("list_due", "yes") }
                }
                if let Some(q) = &self.search {
                    { hidden("list_q", q) }
                }
            </>
        }
    }
}

/// "Signed in as …" and the sign-out button (a form: signing out is a change).
pub(crate) fn signed_in(locale: &Locale, chrome: &Chrome) -> Html {
    html! {
        <div class="atlas-signed-in">
            <p>
                { locale.f("staff-signed-in-as", &[("who", chrome.who.as_str().into())]) }
                if let Some((code, name)) = &chrome.council {
                    { " " }<a href={locale.link(&home_url(code))}>
                        { locale.f("staff-council-offers", &[("council", name.as_str().into())]) }
                    </a>
                }
                if chrome.people {
                    { " " }<a href={locale.link("/editor/people")}>{ locale.t("staff-people-link") }</a>
                }
            </p>
            <form method="post" action={locale.link("/editor/sign-out")} class="atlas-action">
                { hidden("csrf", &chrome.csrf) }
                <button type="submit" class="atlas-button atlas-secondary">{ locale.t("staff-sign-out") }</button>
            </form>
        </div>
    }
}

pub(crate) fn notice(text: &Option<String>) -> Html {
    match text {
        Some(n) => html! { <div class="atlas-notice" role="status"><p>{ n }</p></div> },
        None => html! {},
    }
}

/// A date as the reader's language writes it ("3 May 2026"), or "never".
pub(crate) fn day(locale: &Locale, date: Option<chrono::NaiveDate>) -> String {
    date.map_or_else(|| locale.t("staff-never"), |d| locale.date(d))
}

/// A scrollable region for a wide table, reachable by keyboard.
fn scroll(label: &str, table: Html) -> Html {
    html! {
        <div class="atlas-scroll" role="region" aria-label={label.to_string()} tabindex="0">{ table }</div>
    }
}

// ---------------------------------------------------------------------------------------
// Sign in, choose a council, messages
// ---------------------------------------------------------------------------------------

#[derive(Properties, PartialEq, Clone)]
pub struct SignInPageProps {
    /// The sign-in form's token (also in a cookie: a site cannot post it).
    pub csrf: AttrValue,
    /// A problem with the token sent, in the reader's language.
    #[prop_or_default]
    pub message: Option<String>,
    /// What just happened ("You are signed out."), in the reader's language.
    #[prop_or_default]
    pub notice: Option<String>,
}

/// `/editor/sign-in`.
#[function_component]
pub fn SignInPage(props: &SignInPageProps) -> Html {
    let locale = use_locale();
    one_field_page(
        &locale,
        OneField {
            name: "token",
            code: atlas_shared::ErrorCode::Unauthorized,
            label: locale.t("editor-sign-in-token"),
            hint: Some(locale.f("editor-sign-in-token-hint", &[("prefix", "oat_".into())])),
            kind: Kind::Password,
            intro: locale.t("editor-sign-in-intro"),
            action: "/editor/sign-in",
            button: locale.t("editor-sign-in-button"),
            after: ("/editor/lost-token", locale.t("editor-sign-in-lost")),
        },
        &props.csrf,
        &props.message,
        &props.notice,
    )
}

/// A page whose form sends one field before there is a session (signing in, asking for
/// a new token). Its words are in the reader's language.
struct OneField {
    name: &'static str,
    code: atlas_shared::ErrorCode,
    label: String,
    hint: Option<String>,
    kind: Kind,
    intro: String,
    action: &'static str,
    button: String,
    /// A link under the form: (address, words).
    after: (&'static str, String),
}

fn one_field_page(
    locale: &Locale,
    field: OneField,
    csrf: &str,
    message: &Option<String>,
    notice_text: &Option<String>,
) -> Html {
    let errors = Rc::new(match message {
        Some(m) => vec![FieldError {
            field: field.name.into(),
            code: field.code,
            message: m.clone(),
        }],
        None => Vec::new(),
    });
    html! {
        <div class="atlas">
            <Problems errors={errors.clone()} />
            { notice(notice_text) }
            <p>{ field.intro }</p>
            <form class="atlas-form" method="post" action={locale.link(field.action)} novalidate=true>
                { hidden("csrf", csrf) }
                { input(field.name, &field.label, field.hint.as_deref(), field.kind, "", &errors) }
                <button type="submit" class="atlas-button">{ field.button }</button>
            </form>
            <p><a href={locale.link(field.after.0)}>{ field.after.1 }</a></p>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct LostTokenPageProps {
    /// The form's own token (also in a cookie), as on the sign-in page.
    pub csrf: AttrValue,
    /// A problem with the address sent, in the reader's language.
    #[prop_or_default]
    pub message: Option<String>,
    /// What happened to the ask, in the reader's language.
    #[prop_or_default]
    pub notice: Option<String>,
}

/// `/editor/lost-token`: an address to send a replacement link to.
#[function_component]
pub fn LostTokenPage(props: &LostTokenPageProps) -> Html {
    let locale = use_locale();
    one_field_page(
        &locale,
        OneField {
            name: "email",
            code: atlas_shared::ErrorCode::InvalidEmail,
            label: locale.t("editor-lost-email"),
            hint: None,
            kind: Kind::Email,
            intro: locale.t("editor-lost-intro"),
            action: "/editor/lost-token",
            button: locale.t("editor-lost-button"),
            after: ("/editor/sign-in", locale.t("editor-lost-back")),
        },
        &props.csrf,
        &props.message,
        &props.notice,
    )
}

/// Where a replacement link stands.
#[derive(Debug, Clone, PartialEq)]
pub enum NewToken {
    /// The link works: a button takes the new token (its secret goes back in the address).
    Ready(String),
    /// The new token, shown once, and the role it is for (as the registry writes it,
    /// `council-editor:E08000030`).
    Made { token: String, role: String },
    /// Used, ended or never made.
    Ended,
}

#[derive(Properties, PartialEq, Clone)]
pub struct NewTokenPageProps {
    pub state: NewToken,
}

/// `/editor/new-token/{secret}`: the link from the letter.
#[function_component]
pub fn NewTokenPage(props: &NewTokenPageProps) -> Html {
    let locale = use_locale();
    let body = match &props.state {
        NewToken::Ready(secret) => html! {
            <>
                <p>{ locale.t("editor-new-token-take") }</p>
                <form class="atlas-form" method="post" action={locale.link(&format!("/editor/new-token/{secret}"))}>
                    <button type="submit" class="atlas-button">{ locale.t("editor-new-token-button") }</button>
                </form>
            </>
        },
        NewToken::Made { token, role } => html! {
            <>
                <div class="atlas-notice" role="status">
                    <p>{ locale.f("editor-new-token-made", &[("role", role.as_str().into())]) }</p>
                </div>
                <p><code class="atlas-token" translate="no">{ token }</code></p>
                <p><a href={locale.link("/editor/sign-in")}>{ locale.t("editor-new-token-sign-in") }</a></p>
            </>
        },
        NewToken::Ended => html! {
            <>
                <p>{ locale.t("editor-new-token-ended") }</p>
                <p><a href={locale.link("/editor/lost-token")}>{ locale.t("editor-new-token-ask") }</a></p>
            </>
        },
    };
    html! { <div class="atlas">{ body }</div> }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ChooseCouncilPageProps {
    pub chrome: Chrome,
    /// (code, name), by name.
    pub councils: Rc<Vec<(String, String)>>,
    /// The page the chosen council opens (its `authority` parameter).
    #[prop_or(AttrValue::Static("/editor"))]
    pub action: AttrValue,
    /// The button's words: a message id of the catalogue (text that is no id is shown as
    /// it is).
    #[prop_or(AttrValue::Static("editor-choose-edit"))]
    pub button: AttrValue,
}

/// An administrator's first page: which council to edit.
#[function_component]
pub fn ChooseCouncilPage(props: &ChooseCouncilPageProps) -> Html {
    let locale = use_locale();
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            <form class="atlas-form" method="get" action={props.action.clone()}>
                <crate::language::LangField />
                <div class="atlas-field">
                    <label for="atlas-f-authority">{ locale.t("editor-choose-council") }</label>
                    <select id="atlas-f-authority" name="authority">
                        { for props.councils.iter().map(|(code, name)| html! {
                            <option value={code.clone()} lang="en" dir="ltr">{ format!("{name} ({code})") }</option>
                        }) }
                    </select>
                </div>
                <button type="submit" class="atlas-button">{ locale.t(&props.button) }</button>
            </form>
            if props.chrome.people {
                <p><a href={locale.link("/editor/people")}>{ locale.t("editor-choose-people") }</a></p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct MessagePageProps {
    #[prop_or_default]
    pub chrome: Option<Chrome>,
    /// What happened, in the reader's language.
    pub message: String,
    /// The registry's own words about it, when they are English and the page is not
    /// (shown as English).
    #[prop_or_default]
    pub detail: Option<String>,
    /// Where to go next: (address, words in the reader's language).
    #[prop_or_default]
    pub links: Vec<(String, String)>,
}

/// A refusal or a dead end, said plainly, with the way on.
#[function_component]
pub fn MessagePage(props: &MessagePageProps) -> Html {
    let locale = use_locale();
    html! {
        <div class="atlas">
            if let Some(chrome) = &props.chrome {
                { signed_in(&locale, chrome) }
            }
            <div class="atlas-error" role="alert">
                <p>{ &props.message }</p>
                if let Some(detail) = &props.detail {
                    <p lang="en" dir="ltr">{ detail }</p>
                }
            </div>
            <ul class="atlas-list">
                { for props.links.iter().map(|(href, text)| html! {
                    <li><a href={locale.link(href)}>{ text }</a></li>
                }) }
            </ul>
        </div>
    }
}

// ---------------------------------------------------------------------------------------
// Your offers
// ---------------------------------------------------------------------------------------

/// One offer in the list, with whether it is due for review.
#[derive(Debug, Clone, PartialEq)]
pub struct OfferLine {
    pub offer: Offer,
    pub stale: bool,
}

#[derive(Properties, PartialEq, Clone)]
pub struct WorkspacePageProps {
    pub chrome: Chrome,
    pub authority: Rc<Authority>,
    /// The offers shown (after the filters).
    pub offers: Rc<Vec<OfferLine>>,
    /// How many the council has, and how many of them are due for review.
    pub total: usize,
    pub due: usize,
    #[prop_or_default]
    pub category: Option<Category>,
    #[prop_or_default]
    pub due_only: bool,
    /// What the editor searched for, if anything.
    #[prop_or_default]
    pub search: Option<String>,
    pub stale_after_days: u32,
    #[prop_or_default]
    pub notice: Option<String>,
}

/// `/editor`: the council's offers by category, with status, ages, last review and the
/// stale flag; filters; and the ways to change them.
#[function_component]
pub fn WorkspacePage(props: &WorkspacePageProps) -> Html {
    let locale = use_locale();
    let a = &props.authority;
    let code = a.code.clone();
    let csrf = props.chrome.csrf.clone();
    let list = ListFilters {
        category: props.category,
        due_only: props.due_only,
        search: props.search.clone(),
    };
    let years = (f64::from(props.stale_after_days) / 365.0).round() as u64;
    let groups: Vec<(Category, Vec<&OfferLine>)> = Category::ALL
        .iter()
        .map(|c| {
            (
                *c,
                props
                    .offers
                    .iter()
                    .filter(|l| l.offer.content.category == *c)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let link = |page: &str| locale.link(&format!("{page}?authority={code}"));
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            { notice(&props.notice) }
            <p>
                { locale.f("editor-workspace-count", &[("council", a.name.as_str().into()), ("count", props.total.into())]) }
                { " " }
                if props.due > 0 {
                    <strong>{ locale.f("editor-workspace-due", &[("count", props.due.into())]) }</strong>
                    { " " }
                    { locale.f("editor-workspace-due-why", &[("years", years.into())]) }
                } else {
                    { locale.t("editor-workspace-none-due") }
                }
            </p>
            <ul class="atlas-inline atlas-links">
                <li><a class="atlas-button" href={link("/editor/offers/new")}>{ locale.t("editor-workspace-add") }</a></li>
                <li><a href={link("/editor/import")}>{ locale.t("editor-workspace-import") }</a></li>
                <li><a href={link("/editor/offers.csv")} download="">{ locale.t("editor-workspace-download") }</a></li>
                <li><a href={link("/editor/retired")}>{ locale.t("editor-workspace-retired") }</a></li>
            </ul>
            <form class="atlas-form atlas-filters" method="get" action="/editor" aria-label={locale.t("editor-workspace-filter")}>
                { hidden("authority", &code) }
                <crate::language::LangField />
                <div class="atlas-inline">
                    <div class="atlas-field">
                        <label for="atlas-f-q">{ locale.t("editor-workspace-search") }</label>
                        <input type="search" id="atlas-f-q" name="q" value={props.search.clone().unwrap_or_default()} />
                    </div>
                    <div class="atlas-field">
                        <label for="atlas-f-category">{ locale.t("editor-workspace-category") }</label>
                        <select id="atlas-f-category" name="category">
                            <option value="" selected={props.category.is_none()}>{ locale.t("editor-workspace-all-categories") }</option>
                            { for Category::ALL.iter().map(|c| html! {
                                <option value={c.slug()} selected={props.category == Some(*c)}>{ c.name(&locale) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="atlas-check atlas-field">
                        <input type="checkbox" id="atlas-f-due" name="due" value="yes" checked={props.due_only} />
                        <label for="atlas-f-due">{ locale.t("editor-workspace-due-only") }</label>
                    </div>
                    <button type="submit" class="atlas-button atlas-secondary">{ locale.t("editor-workspace-show") }</button>
                </div>
            </form>
            if groups.is_empty() {
                <p class="atlas-none">{ locale.t("editor-workspace-no-match") }</p>
            }
            { for groups.into_iter().map(|(category, lines)| html! {
                <section class="atlas-category" key={category.slug()} aria-labelledby={format!("atlas-cat-{}", category.slug())}>
                    <h2 id={format!("atlas-cat-{}", category.slug())}>{ category.name(&locale) }</h2>
                    <ul class="atlas-ents">
                        { for lines.into_iter().map(|l| offer_line(&locale, l, &csrf, &list)) }
                    </ul>
                </section>
            }) }
        </div>
    }
}

fn offer_line(locale: &Locale, line: &OfferLine, csrf: &str, list: &ListFilters) -> Html {
    let o = &line.offer;
    let c = &o.content;
    let topic = atlas_shared::topic::name_of(&c.topic, locale);
    let facts = locale.f(
        "editor-line-facts",
        &[
            ("topic", topic.as_str().into()),
            (
                "status",
                locale
                    .f("editor-line-status", &[("status", c.status.label().into())])
                    .as_str()
                    .into(),
            ),
            ("ages", locale.ages(c.age_from, c.age_to).as_str().into()),
            ("reviewed", day(locale, c.reviewed).as_str().into()),
            ("version", o.version.to_string().as_str().into()),
        ],
    );
    html! {
        <li class="atlas-ent" key={o.id.as_str()} id={format!("offer-{}", o.id)}>
            <h3 class="atlas-ent-title"><a href={locale.link(&list.offer_url(&o.id))} lang="en" dir="ltr">{ &c.title }</a></h3>
            <p class="atlas-small">{ facts }</p>
            if line.stale {
                <p><strong class="atlas-tag ask">{ locale.t("editor-line-due") }</strong></p>
            }
            <div class="atlas-ent-actions">
                <form method="post" action={locale.link(&format!("/editor/offers/{}/review", o.id))} class="atlas-action">
                    { hidden("csrf", csrf) }
                    { hidden("version", &o.version.to_string()) }
                    { list.hidden() }
                    <button type="submit" class="atlas-button atlas-secondary">
                        { locale.t("editor-line-review") }<span class="atlas-vh">{ ": " }<span lang="en" dir="ltr">{ &c.title }</span></span>
                    </button>
                </form>
                <a href={locale.link(&format!("/editor/offers/{}/history", o.id))}>
                    { locale.t("editor-line-history") }<span class="atlas-vh">{ " " }{ locale.f("editor-line-history-of", &[("title", c.title.as_str().into())]) }</span>
                </a>
                <a href={locale.link(&format!("/editor/offers/{}/retire", o.id))}>
                    { locale.t("editor-line-retire") }<span class="atlas-vh">{ " " }<span lang="en" dir="ltr">{ &c.title }</span></span>
                </a>
            </div>
        </li>
    }
}

// ---------------------------------------------------------------------------------------
// The offer form
// ---------------------------------------------------------------------------------------

/// Someone else saved the offer while this editor was changing it, and both changed some
/// of the same fields: what the conflict page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The offer's id.
    pub id: String,
    /// The version the editor started from.
    pub base: u64,
    /// The version saved since (the form now carries it).
    pub version: u64,
    /// Who saved it, and when, in words.
    pub actor: String,
    pub at: String,
    /// Every column as merged: each side's own changes kept. The conflicting fields'
    /// columns hold theirs until the editor chooses.
    pub merged: Cells,
    /// The fields both changed differently, to choose between.
    pub conflicts: Vec<FieldConflict>,
    /// The fields kept without asking: theirs, and the editor's own.
    pub theirs_only: Vec<Field>,
    pub mine_only: Vec<Field>,
    /// The choices already made (when the page comes back with a problem).
    pub chosen: Vec<(Field, Keep)>,
    /// The list the editor came from, to go back to after the save.
    pub list: ListFilters,
}

#[derive(Properties, PartialEq, Clone)]
pub struct OfferFormPageProps {
    pub chrome: Chrome,
    pub authority: Rc<Authority>,
    /// The offer being changed and the version the form holds; `None` for a new offer.
    #[prop_or_default]
    pub editing: Option<(String, u64)>,
    /// The fields as typed (or as stored), keyed by column.
    pub values: Rc<Cells>,
    #[prop_or_default]
    pub errors: Rc<Vec<FieldError>>,
    #[prop_or_default]
    pub message: Option<String>,
    /// The preview asked for: what care leavers would see, or why it cannot be shown.
    #[prop_or_default]
    pub preview: Option<Rc<Result<Preview, String>>>,
    /// Councils to preview a move with (code, name), and the one chosen.
    pub neighbours: Rc<Vec<(String, String)>>,
    pub neighbour: String,
    pub age: u8,
    /// The list the editor came from, to go back to after the save.
    #[prop_or_default]
    pub list: ListFilters,
}

/// Whether a care leaver is told of an offer: "yes", "ask" or "not shown".
fn reach_words(locale: &Locale, reach: Reach) -> String {
    let reach = match reach {
        Reach::Yes => "yes",
        Reach::Ask => "ask",
        Reach::No => "no",
    };
    locale.f("editor-form-reach", &[("reach", reach.into())])
}

/// The four answers to "whom is it for", each with what it does in the comparison.
fn applies_to_choices(locale: &Locale, council: &str, chosen: &str, errors: &[FieldError]) -> Html {
    let error = error_for(errors, "applies_to");
    let id = field_id("applies_to");
    let options = [
        AppliesTo::AnyCareLeaverInArea,
        AppliesTo::OwnCareLeaversInArea,
        AppliesTo::OwnCareLeaversAnywhere,
        AppliesTo::Unstated,
    ];
    html! {
        <div class={classes!("atlas-field", error.map(|_| "atlas-field-error"))}>
            <fieldset aria-describedby={described(&id, true, error.is_some())}>
                <legend>{ field_label(locale, "applies_to") }</legend>
                <p class="atlas-hint" id={format!("{id}-hint")}>
                    { locale.t("editor-form-applies-to-hint") }
                </p>
                { error_text(&id, error) }
                { for options.iter().enumerate().map(|(i, a)| {
                    let value = spelt(*a);
                    let input_id = if i == 0 { id.clone() } else { format!("{id}-{value}") };
                    let e = effect(*a);
                    let hint_id = format!("{input_id}-effect");
                    let (other, elsewhere, here) = (
                        reach_words(locale, e.other_living_here),
                        reach_words(locale, e.own_living_elsewhere),
                        reach_words(locale, e.own_living_here),
                    );
                    html! {
                        <div class="atlas-check atlas-choice">
                            <input type="radio" id={input_id.clone()} name="applies_to" value={value.clone()}
                                checked={chosen == value} aria-describedby={hint_id.clone()} />
                            <div>
                                <label for={input_id}>{ sentence(&locale.applies_to(*a, council)) }</label>
                                <p class="atlas-hint" id={hint_id}>
                                    { locale.f("editor-form-applies-to-effect", &[
                                        ("other", other.as_str().into()),
                                        ("elsewhere", elsewhere.as_str().into()),
                                        ("here", here.as_str().into()),
                                    ]) }
                                </p>
                            </div>
                        </div>
                    }
                }) }
            </fieldset>
        </div>
    }
}

/// Radio buttons for a small fixed choice.
fn radios(
    name: &str,
    legend: &str,
    hint: Option<&str>,
    choices: &[(&str, String)],
    chosen: &str,
    errors: &[FieldError],
) -> Html {
    let id = field_id(name);
    let error = error_for(errors, name);
    html! {
        <div class={classes!("atlas-field", error.map(|_| "atlas-field-error"))}>
            <fieldset aria-describedby={described(&id, hint.is_some(), error.is_some())}>
                <legend>{ legend }</legend>
                if let Some(h) = hint {
                    <p class="atlas-hint" id={format!("{id}-hint")}>{ h }</p>
                }
                { error_text(&id, error) }
                <div class="atlas-inline">
                    { for choices.iter().enumerate().map(|(i, (value, label))| {
                        let input_id = if i == 0 { id.clone() } else { format!("{id}-{value}") };
                        html! {
                            <div class="atlas-check">
                                <input type="radio" id={input_id.clone()} name={name.to_string()} value={value.to_string()} checked={chosen == *value} />
                                <label for={input_id}>{ label }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

/// A select for a small fixed choice, with an empty first option.
fn choice(
    locale: &Locale,
    name: &str,
    hint: Option<&str>,
    empty: &str,
    choices: &[(&str, String)],
    chosen: &str,
    errors: &[FieldError],
) -> Html {
    let id = field_id(name);
    let error = error_for(errors, name);
    html! {
        <div class={classes!("atlas-field", error.map(|_| "atlas-field-error"))}>
            <label for={id.clone()}>{ field_label(locale, name) }</label>
            if let Some(h) = hint {
                <p class="atlas-hint" id={format!("{id}-hint")}>{ h }</p>
            }
            { error_text(&id, error) }
            <select id={id.clone()} name={name.to_string()} aria-describedby={described(&id, hint.is_some(), error.is_some())}>
                <option value="" selected={chosen.is_empty()}>{ empty }</option>
                { for choices.iter().map(|(value, label)| html! {
                    <option value={value.to_string()} selected={chosen == *value}>{ label }</option>
                }) }
            </select>
        </div>
    }
}

/// The topic, grouped by category, by its plain label.
fn topic_select(locale: &Locale, chosen: &str, errors: &[FieldError]) -> Html {
    let id = field_id("topic");
    let error = error_for(errors, "topic");
    html! {
        <div class={classes!("atlas-field", error.map(|_| "atlas-field-error"))}>
            <label for={id.clone()}>{ field_label(locale, "topic") }</label>
            <p class="atlas-hint" id={format!("{id}-hint")}>{ locale.t("editor-form-topic-hint") }</p>
            { error_text(&id, error) }
            <select id={id.clone()} name="topic" aria-describedby={described(&id, true, error.is_some())}>
                <option value="" selected={chosen.is_empty()}>{ locale.t("editor-form-topic-choose") }</option>
                { for Category::ALL.iter().map(|c| html! {
                    <optgroup label={c.name(locale)}>
                        { for TOPICS.iter().filter(|t| t.category == *c).map(|t| html! {
                            <option value={t.slug} selected={chosen == t.slug}>{ t.name(locale) }</option>
                        }) }
                    </optgroup>
                }) }
            </select>
        </div>
    }
}

/// Every circumstance of the vocabulary as a checkbox.
fn conditions(locale: &Locale, chosen: &str, errors: &[FieldError]) -> Html {
    let id = field_id("conditions");
    let error = error_for(errors, "conditions");
    let picked: Vec<&str> = chosen.split([';', ',']).map(str::trim).collect();
    html! {
        <div class={classes!("atlas-field", error.map(|_| "atlas-field-error"))}>
            <fieldset aria-describedby={described(&id, true, error.is_some())}>
                <legend>{ field_label(locale, "conditions") }</legend>
                <p class="atlas-hint" id={format!("{id}-hint")}>{ locale.t("editor-form-conditions-hint") }</p>
                { error_text(&id, error) }
                <div class="atlas-columns">
                    { for Circumstance::ALL.iter().enumerate().map(|(i, c)| {
                        let input_id = if i == 0 { id.clone() } else { format!("{id}-{}", c.slug()) };
                        html! {
                            <div class="atlas-check">
                                <input type="checkbox" id={input_id.clone()} name="conditions" value={c.slug()} checked={picked.contains(&c.slug())} />
                                <label for={input_id}>{ sentence(&c.name(locale)) }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        </div>
    }
}

/// One entitlement in a preview: what, from whom, whether it reaches them, and what it
/// is worth ("… – Walsall: yes, up to £2,750"), so that an edit to an amount shows.
fn entitlement_words(locale: &Locale, e: &Entitlement) -> String {
    let answer = match (e.status, e.certainty) {
        (OfferStatus::Available, Certainty::Yes) => reach_words(locale, Reach::Yes),
        (OfferStatus::Available, Certainty::Ask) => reach_words(locale, Reach::Ask),
        (status, _) => crate::view::status_note_in(locale, status)
            .unwrap_or_else(|| reach_words(locale, Reach::Yes)),
    };
    let worth = e
        .value
        .as_ref()
        .map(|v| crate::view::value_text_in(locale, v))
        .filter(|w| !w.is_empty());
    let mut args: Vec<(&str, atlas_shared::words::Arg<'_>)> = vec![
        ("title", e.title.as_str().into()),
        ("council", e.provider.name.as_str().into()),
        ("answer", answer.as_str().into()),
    ];
    match &worth {
        Some(worth) => {
            args.push(("worth", worth.as_str().into()));
            locale.f("editor-form-entitlement-worth", &args)
        }
        None => locale.f("editor-form-entitlement", &args),
    }
}

fn row_cell(locale: &Locale, row: &Option<Row>, stay: bool) -> Html {
    match row {
        None => html! { <span class="atlas-none">{ locale.t("editor-form-preview-none") }</span> },
        Some(r) => {
            let list: Vec<&Entitlement> = if stay {
                r.if_staying().collect()
            } else {
                r.if_moving().collect()
            };
            html! {
                <>
                    if !stay {
                        <p><strong class={classes!("atlas-tag", crate::view::change_class(r.change))}>{ crate::view::change_word(locale, r.change) }</strong></p>
                    }
                    if list.is_empty() {
                        <p class="atlas-none">{ locale.t("editor-form-preview-nothing") }</p>
                    } else {
                        <ul class="atlas-list">
                            { for list.iter().map(|e| html! { <li>{ entitlement_words(locale, e) }</li> }) }
                        </ul>
                    }
                </>
            }
        }
    }
}

/// Two versions of something, side by side on a wide screen and one above the other on
/// a phone.
fn pair(label_a: String, a: Html, label_b: String, b: Html) -> Html {
    html! {
        <div class="atlas-cols atlas-pair">
            <div class="atlas-side"><p class="atlas-side-head">{ label_a }</p>{ a }</div>
            <div class="atlas-side"><p class="atlas-side-head">{ label_b }</p>{ b }</div>
        </div>
    }
}

fn journey_view(locale: &Locale, title: String, j: &Journey) -> Html {
    let before = || locale.t("editor-form-preview-before");
    let after = || locale.t("editor-form-preview-after");
    html! {
        <section class="atlas-journey">
            <h3>{ title }</h3>
            { for j.topics.iter().map(|t| {
                let changed = if t.before != t.after { "yes" } else { "no" };
                let topic = atlas_shared::topic::topic(&t.topic)
                    .map_or_else(|| t.label.clone(), |x| x.name(locale));
                html! {
                    <>
                        <h4 class="atlas-field-head">
                            { locale.f("editor-form-preview-topic", &[("topic", topic.as_str().into()), ("changed", changed.into())]) }
                        </h4>
                        <h5>{ locale.f("editor-form-preview-living-in", &[("council", j.from.name.as_str().into())]) }</h5>
                        { pair(before(), row_cell(locale, &t.before, true), after(), row_cell(locale, &t.after, true)) }
                        <h5>{ locale.f("editor-form-preview-after-moving", &[("council", j.to.name.as_str().into())]) }</h5>
                        { pair(before(), row_cell(locale, &t.before, false), after(), row_cell(locale, &t.after, false)) }
                    </>
                }
            }) }
        </section>
    }
}

fn preview_view(locale: &Locale, preview: &Result<Preview, String>) -> Html {
    match preview {
        Err(message) => html! {
            <section class="atlas-notice" id="atlas-preview" aria-labelledby="atlas-preview-title">
                <h2 id="atlas-preview-title">{ locale.t("editor-form-preview") }</h2>
                <p>{ message }</p>
            </section>
        },
        Ok(p) => html! {
            <section class="atlas-notice atlas-preview" id="atlas-preview" aria-labelledby="atlas-preview-title" role="status">
                <h2 id="atlas-preview-title">{ locale.t("editor-form-preview-title") }</h2>
                <p>
                    { locale.f("editor-form-preview-intro", &[("age", p.age.to_string().as_str().into())]) }{ " " }
                    if p.changes_nothing() {
                        <strong>{ locale.t("editor-form-preview-unchanged") }</strong>
                    }
                </p>
                { journey_view(locale, locale.f("editor-form-preview-moving-here", &[
                    ("from", p.moving_here.from.name.as_str().into()),
                    ("to", p.moving_here.to.name.as_str().into()),
                ]), &p.moving_here) }
                { journey_view(locale, locale.f("editor-form-preview-moving-away", &[
                    ("from", p.moving_away.from.name.as_str().into()),
                    ("to", p.moving_away.to.name.as_str().into()),
                ]), &p.moving_away) }
            </section>
        },
    }
}

/// How a cell reads in the comparison tables and the history, and whether it is shown
/// exactly as it was written (a typed value, not words of the catalogue).
pub fn shown(locale: &Locale, name: &str, cell: &str) -> (String, bool) {
    if cell.trim().is_empty() {
        return (locale.t("editor-form-empty"), false);
    }
    let text = match name {
        "topic" => atlas_shared::topic::topic(cell).map(|t| {
            locale.f(
                "editor-form-topic-code",
                &[
                    ("topic", t.name(locale).as_str().into()),
                    ("code", cell.into()),
                ],
            )
        }),
        "conditions" => Some(
            cell.split(';')
                .map(str::trim)
                .map(|s| {
                    Circumstance::from_slug(s).map_or_else(|| s.to_string(), |c| c.name(locale))
                })
                .collect::<Vec<_>>()
                .join("; "),
        ),
        "value.amount_pounds" => atlas_shared::spreadsheet::parse_pounds(cell).map(pounds),
        _ => None,
    };
    match text {
        Some(text) => (text, false),
        None => (cell.to_string(), true),
    }
}

/// A cell as [`shown`], inside `tag` (`del`, `ins`, or none), marked as English when it is
/// shown as written.
fn shown_html(locale: &Locale, tag: &str, name: &str, cell: &str) -> Html {
    let (text, as_written) = shown(locale, name, cell);
    let (lang, dir) = if as_written {
        (written(locale), written_dir(locale))
    } else {
        (None, None)
    };
    match tag {
        "del" => html! { <del {lang} {dir}>{ text }</del> },
        "ins" => html! { <ins {lang} {dir}>{ text }</ins> },
        _ if lang.is_some() => html! { <span {lang} {dir}>{ text }</span> },
        _ => html! { { text } },
    }
}

/// The id of the first choice for a field on the conflict page (`age_to` →
/// `atlas-keep-age-to`); "keep mine" is the same with `-mine`.
pub fn keep_id(field: Field) -> String {
    format!("atlas-keep-{}", field.name().replace('_', "-"))
}

/// A field's value on the conflict page: its one cell, or each filled cell with its label.
fn field_value(locale: &Locale, field: Field, cells: &Cells) -> Html {
    let columns = field.columns();
    let get = |name: &str| cells.get(name).map_or("", String::as_str);
    if columns.len() == 1 || field == Field::Topic {
        return shown_html(locale, "", columns[0], get(columns[0]));
    }
    let filled: Vec<&str> = columns
        .iter()
        .copied()
        .filter(|c| !get(c).trim().is_empty())
        .collect();
    if filled.is_empty() {
        return html! { { locale.t("editor-form-empty") } };
    }
    html! {
        <ul class="atlas-list">
            { for filled.iter().map(|c| html! {
                <li>{ locale.f("editor-form-field-value", &[
                    ("field", field_label(locale, c).as_str().into()),
                    ("value", shown(locale, c, get(c)).0.as_str().into()),
                ]) }</li>
            }) }
        </ul>
    }
}

/// "Title, Summary and To age".
fn field_list(locale: &Locale, fields: &[Field]) -> String {
    locale.and_list(fields.iter().map(|f| field_name(locale, *f)))
}

/// One field both changed: the original, theirs and yours, and whose to keep.
fn conflict_choice(
    locale: &Locale,
    c: &Conflict,
    conflict: &FieldConflict,
    chosen: Option<Keep>,
    errors: &[FieldError],
) -> Html {
    let field = conflict.field;
    let id = keep_id(field);
    let name = format!("keep.{}", field.name());
    let error = errors.iter().find(|e| e.field == name);
    let values = format!("{id}-values");
    let describedby = match error {
        Some(_) => format!("{values} {id}-error"),
        None => values.clone(),
    };
    let kept = |side: &str, cells: &Cells| -> Html {
        html! {
            <>
                { for field.columns().iter().map(|col| {
                    hidden(&format!("{side}.{col}"), cells.get(*col).map_or("", String::as_str))
                }) }
            </>
        }
    };
    html! {
        <div class={classes!("atlas-field", error.map(|_| "atlas-field-error"))}>
            { hidden("conflict", field.name()) }
            { kept("original", &conflict.base) }
            { kept("theirs", &conflict.theirs) }
            { kept("mine", &conflict.mine) }
            <fieldset aria-describedby={describedby}>
                <legend>{ field_name(locale, field) }</legend>
                <dl class="atlas-versions" id={values}>
                    <div>
                        <dt>{ locale.f("editor-conflict-original", &[("version", c.base.to_string().as_str().into())]) }</dt>
                        <dd>{ field_value(locale, field, &conflict.base) }</dd>
                    </div>
                    <div>
                        <dt>{ locale.f("editor-conflict-theirs", &[
                            ("version", c.version.to_string().as_str().into()),
                            ("who", c.actor.as_str().into()),
                        ]) }</dt>
                        <dd>{ field_value(locale, field, &conflict.theirs) }</dd>
                    </div>
                    <div>
                        <dt>{ locale.t("editor-conflict-yours") }</dt>
                        <dd>{ field_value(locale, field, &conflict.mine) }</dd>
                    </div>
                </dl>
                { error_text(&id, error) }
                <div class="atlas-inline">
                    <div class="atlas-check">
                        <input type="radio" id={id.clone()} name={name.clone()} value={Keep::Theirs.slug()}
                            checked={chosen == Some(Keep::Theirs)} />
                        <label for={id.clone()}>{ locale.t("editor-conflict-keep-theirs") }</label>
                    </div>
                    <div class="atlas-check">
                        <input type="radio" id={format!("{id}-mine")} name={name} value={Keep::Mine.slug()}
                            checked={chosen == Some(Keep::Mine)} />
                        <label for={format!("{id}-mine")}>{ locale.t("editor-conflict-keep-mine") }</label>
                    </div>
                </div>
            </fieldset>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ConflictPageProps {
    pub chrome: Chrome,
    pub authority: Rc<Authority>,
    pub conflict: Rc<Conflict>,
    #[prop_or_default]
    pub errors: Rc<Vec<FieldError>>,
}

/// The conflict page: only the fields both changed, each with the original, theirs and
/// yours and a choice; everything else already merged travels in hidden fields with the
/// version saved since, so saving saves exactly the choices.
#[function_component]
pub fn ConflictPage(props: &ConflictPageProps) -> Html {
    let locale = use_locale();
    let c = &*props.conflict;
    let errors = &*props.errors;
    let in_conflict = |name: &str| {
        c.conflicts
            .iter()
            .any(|x| x.field.columns().contains(&name))
    };
    let chosen = |f: Field| c.chosen.iter().find(|(x, _)| *x == f).map(|(_, k)| *k);
    let (version, base) = (c.version.to_string(), c.base.to_string());
    let kept = [
        (!c.theirs_only.is_empty()).then(|| {
            let fields = field_list(&locale, &c.theirs_only);
            locale.f(
                "editor-conflict-kept-theirs",
                &[("fields", fields.as_str().into())],
            )
        }),
        (!c.mine_only.is_empty()).then(|| {
            let fields = field_list(&locale, &c.mine_only);
            locale.f(
                "editor-conflict-kept-mine",
                &[("fields", fields.as_str().into())],
            )
        }),
    ]
    .into_iter()
    .flatten()
    .reduce(|first, next| {
        locale.f(
            "editor-form-semicolon",
            &[
                ("first", first.as_str().into()),
                ("next", next.as_str().into()),
            ],
        )
    });
    let both = field_list(
        &locale,
        &c.conflicts.iter().map(|x| x.field).collect::<Vec<_>>(),
    );
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            <Problems errors={props.errors.clone()} />
            <section class="atlas-error atlas-conflict" id="atlas-conflict" aria-labelledby="atlas-conflict-title" tabindex="-1">
                <h2 id="atlas-conflict-title">{ locale.t("editor-conflict-title") }</h2>
                <p>{ locale.f("editor-conflict-intro", &[
                    ("who", c.actor.as_str().into()),
                    ("version", version.as_str().into()),
                    ("when", c.at.as_str().into()),
                    ("base", base.as_str().into()),
                ]) }</p>
                if let Some(kept) = kept {
                    <p>{ locale.f("editor-conflict-kept", &[("changes", kept.as_str().into())]) }</p>
                }
                <p>{ locale.f("editor-conflict-both", &[("fields", both.as_str().into())]) }</p>
            </section>
            <form class="atlas-form" method="post" action={locale.link(&format!("/editor/offers/{}", c.id))} novalidate=true aria-label={locale.t("editor-conflict-form")}>
                { hidden("csrf", &props.chrome.csrf) }
                { hidden("authority", &props.authority.code) }
                { hidden("version", &c.version.to_string()) }
                { hidden("base", &c.base.to_string()) }
                { c.list.hidden() }
                { for c.theirs_only.iter().map(|f| hidden("theirs_only", f.name())) }
                { for c.mine_only.iter().map(|f| hidden("mine_only", f.name())) }
                { for COLUMNS.iter().filter(|col| col.name != "id" && col.name != "version" && !in_conflict(col.name)).map(|col| {
                    hidden(col.name, c.merged.get(col.name).map_or("", String::as_str))
                }) }
                { for c.conflicts.iter().map(|x| conflict_choice(&locale, c, x, chosen(x.field), errors)) }
                <div class="atlas-inline">
                    <button type="submit" name="action" value="save" class="atlas-button">{ locale.t("editor-conflict-save") }</button>
                </div>
            </form>
            <p>
                <a href={locale.link(&format!("/editor/offers/{}", c.id))}>{ locale.f("editor-conflict-start-again", &[("version", version.as_str().into())]) }</a>
                { " · " }
                <a href={locale.link(&format!("/editor/offers/{}/history", c.id))}>{ locale.t("editor-form-history-link") }</a>
            </p>
        </div>
    }
}

/// `/editor/offers/new` and `/editor/offers/{id}`: every field of an offer.
#[function_component]
pub fn OfferFormPage(props: &OfferFormPageProps) -> Html {
    let locale = use_locale();
    let l = &locale;
    let a = &props.authority;
    let v = &*props.values;
    let errors = &*props.errors;
    let get = |name: &str| v.get(name).cloned().unwrap_or_default();
    let t = |id: &str| l.t(id);
    let hint = |id: &str| Some(l.t(id));
    let action = match &props.editing {
        Some((id, _)) => format!("/editor/offers/{id}"),
        None => "/editor/offers/new".to_string(),
    };
    let one_of = |id: &str, var: &str, values: &[&'static str]| -> Vec<(&'static str, String)> {
        values
            .iter()
            .map(|value| {
                (
                    *value,
                    l.f(id, &[(var, value.replace('_', "-").as_str().into())]),
                )
            })
            .collect()
    };
    let statuses = one_of(
        "editor-form-status",
        "status",
        &[
            OfferStatus::Available.label(),
            OfferStatus::Pilot.label(),
            OfferStatus::Planned.label(),
            OfferStatus::Ended.label(),
        ],
    );
    let periods = one_of("editor-form-per", "per", &["once", "week", "month", "year"]);
    let deliveries = one_of(
        "editor-form-delivery",
        "delivery",
        &["personal_adviser", "local_service"],
    );
    let reliefs = one_of(
        "editor-form-relief",
        "relief",
        &["full_exemption", "discount", "refund_on_claim", "unstated"],
    );
    let yes_no = vec![("yes", t("editor-form-yes")), ("no", t("editor-form-no"))];
    let basis = [spelt(Basis::Statutory), spelt(Basis::Discretionary)];
    let basis: Vec<(&str, String)> = basis
        .iter()
        .map(|b| {
            (
                b.as_str(),
                l.f("editor-form-basis", &[("basis", b.as_str().into())]),
            )
        })
        .collect();
    let cell = |name: &str, hint: Option<String>, kind: Kind| {
        cell_input(l, name, hint.as_deref(), kind, v, errors)
    };
    html! {
        <div class="atlas">
            { signed_in(l, &props.chrome) }
            <Problems errors={props.errors.clone()} message={props.message.clone()} />
            if let Some(p) = &props.preview {
                { preview_view(l, p) }
            }
            <form class="atlas-form" method="post" action={l.link(&action)} novalidate=true aria-label={if props.editing.is_some() { t("editor-form-change-label") } else { t("editor-form-add") }}>
                { hidden("csrf", &props.chrome.csrf) }
                { hidden("authority", &a.code) }
                if let Some((_, version)) = &props.editing {
                    { hidden("version", &version.to_string()) }
                }
                { props.list.hidden() }
                { topic_select(l, &get("topic"), errors) }
                { cell("title", hint("editor-form-hint-title"), Kind::Text) }
                { cell("summary", hint("editor-form-hint-summary"), Kind::Area) }
                { cell("details", hint("editor-form-hint-details"), Kind::Area) }
                { radios("status", &field_label(l, "status"), hint("editor-form-hint-status").as_deref(), &statuses, &get("status"), errors) }
                { radios("basis", &field_label(l, "basis"), None, &basis, &get("basis"), errors) }
                { applies_to_choices(l, &a.name, &get("applies_to"), errors) }
                <fieldset class="atlas-field">
                    <legend>{ t("editor-form-ages") }</legend>
                    <div class="atlas-inline">
                        { cell("age_from", hint("editor-form-hint-age-from"), Kind::Number) }
                        { cell("age_to", hint("editor-form-hint-age-to"), Kind::Number) }
                    </div>
                </fieldset>
                { conditions(l, &get("conditions"), errors) }
                <fieldset class="atlas-field">
                    <legend>{ t("editor-form-worth") }</legend>
                    <div class="atlas-inline">
                        { cell("value.amount_pounds", hint("editor-form-hint-amount"), Kind::Number) }
                        { choice(l, "value.per", None, &t("editor-form-per-none"), &periods, &get("value.per"), errors) }
                        { cell("value.count", hint("editor-form-hint-count"), Kind::Number) }
                        { cell("value.percent", hint("editor-form-hint-percent"), Kind::Number) }
                    </div>
                    { flag_input("value.up_to", &t("editor-form-up-to"), v) }
                    { flag_input("value.loan", &t("editor-form-loan"), v) }
                    { cell("value.note", None, Kind::Text) }
                </fieldset>
                { choice(l, "delivery", hint("editor-form-hint-delivery").as_deref(), &t("editor-form-delivery-none"), &deliveries, &get("delivery"), errors) }
                { cell("new_referrals_to", hint("editor-form-hint-new-referrals"), Kind::Number) }
                { cell("how_to_access", None, Kind::Area) }
                { cell("contact", None, Kind::Text) }
                <fieldset class="atlas-field">
                    <legend>{ field_name(l, Field::Source) }</legend>
                    { cell("source.document", hint("editor-form-hint-source-document"), Kind::Text) }
                    { cell("source.locator", hint("editor-form-hint-source-locator"), Kind::Text) }
                    { cell("source.url", hint("editor-form-hint-source-url"), Kind::Url) }
                    { cell("source.date", hint("editor-form-hint-source-date"), Kind::Date) }
                    { cell("source.read", hint("editor-form-hint-source-read"), Kind::Date) }
                </fieldset>
                { cell("reviewed", hint("editor-form-hint-reviewed"), Kind::Date) }
                <fieldset class="atlas-field">
                    <legend>{ t("editor-form-council-tax") }</legend>
                    <div class="atlas-inline">
                        { choice(l, "council_tax.relief", None, &t("editor-form-relief-none"), &reliefs, &get("council_tax.relief"), errors) }
                        { choice(l, "council_tax.shared_households", None, &t("editor-form-not-said"), &yes_no, &get("council_tax.shared_households"), errors) }
                    </div>
                </fieldset>
                { cell("note", hint("editor-form-hint-note"), Kind::Area) }
                <fieldset class="atlas-field atlas-preview-choice">
                    <legend>{ t("editor-form-preview-move") }</legend>
                    <p class="atlas-hint">{ t("editor-form-preview-move-hint") }</p>
                    <div class="atlas-inline">
                        <div class="atlas-field">
                            <label for="atlas-f-preview-neighbour">{ t("editor-form-preview-council") }</label>
                            <select id="atlas-f-preview-neighbour" name="preview_neighbour">
                                { for props.neighbours.iter().map(|(code, name)| html! {
                                    <option value={code.clone()} selected={*code == props.neighbour} lang={written(l)} dir={written_dir(l)}>{ name }</option>
                                }) }
                            </select>
                        </div>
                        <div class="atlas-field">
                            <label for="atlas-f-preview-age">{ t("editor-form-preview-age") }</label>
                            <select id="atlas-f-preview-age" name="preview_age">
                                { for (MIN_AGE..=MAX_AGE).map(|age| html! {
                                    <option value={age.to_string()} selected={age == props.age}>{ age.to_string() }</option>
                                }) }
                            </select>
                        </div>
                    </div>
                </fieldset>
                <div class="atlas-inline">
                    <button type="submit" name="action" value="save" class="atlas-button">
                        { if props.editing.is_some() { t("editor-form-save") } else { t("editor-form-add-button") } }
                    </button>
                    <button type="submit" name="action" value="preview" class="atlas-button atlas-secondary">{ t("editor-form-preview-button") }</button>
                </div>
            </form>
            if let Some((id, _)) = &props.editing {
                <p>
                    <a href={l.link(&format!("/editor/offers/{id}/history"))}>{ t("editor-form-history-link") }</a>
                    { " · " }
                    <a href={l.link(&format!("/editor/offers/{id}/retire"))}>{ t("editor-form-retire-link") }</a>
                </p>
            }
        </div>
    }
}

fn spelt<T: serde::Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A moment as the reader's language writes it: "3 May 2026 at 14:05 UTC".
pub fn moment(locale: &Locale, at: chrono::DateTime<chrono::Utc>) -> String {
    let time = at.format("%H:%M").to_string();
    locale.f(
        "editor-history-when",
        &[
            ("date", locale.date(at.date_naive()).as_str().into()),
            ("time", time.as_str().into()),
        ],
    )
}

// ---------------------------------------------------------------------------------------
// History, retire
// ---------------------------------------------------------------------------------------

/// One version in an offer's history, with what changed from the one before.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    pub version: u64,
    pub action: Action,
    pub actor: String,
    /// When, in words.
    pub at: String,
    pub reason: Option<String>,
    pub changes: Vec<FieldChange>,
    pub reviewed: Option<chrono::NaiveDate>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct HistoryPageProps {
    pub chrome: Chrome,
    pub id: String,
    pub title: String,
    pub retired: bool,
    /// Newest first.
    pub entries: Rc<Vec<HistoryEntry>>,
}

/// `/editor/offers/{id}/history`: every version, field by field, with who and when.
#[function_component]
pub fn HistoryPage(props: &HistoryPageProps) -> Html {
    let locale = use_locale();
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            if props.retired {
                <p><strong class="atlas-tag lose">{ locale.t("editor-history-retired-tag") }</strong>{ " " }{ locale.t("editor-history-retired-text") }</p>
                if let Some((code, _)) = &props.chrome.council {
                    <p><a href={locale.link(&format!("/editor/retired?authority={code}"))}>{ locale.t("editor-history-retired-link") }</a></p>
                }
            } else {
                <p><a href={locale.link(&format!("/editor/offers/{}", props.id))}>{ locale.f("editor-form-change-title", &[("title", props.title.as_str().into())]) }</a></p>
            }
            <ol class="atlas-history">
                { for props.entries.iter().map(|e| {
                    let what = match e.action {
                        Action::Created => "added",
                        Action::Retired => "retired",
                        Action::Reviewed => "reviewed",
                        Action::Restored => "restored",
                        _ => "changed",
                    };
                    let version = e.version.to_string();
                    html! {
                        <li class="atlas-pledge" key={e.version.to_string()}>
                            <h2>{ locale.f("editor-history-version", &[("version", version.as_str().into()), ("action", what.into())]) }</h2>
                            <p class="atlas-small">{ locale.f("editor-history-by", &[("who", e.actor.as_str().into()), ("when", e.at.as_str().into())]) }</p>
                            if let Some(reason) = &e.reason {
                                <p>{ locale.f("editor-history-reason", &[("reason", reason.as_str().into())]) }</p>
                            }
                            if e.action == Action::Reviewed {
                                <p>{ locale.f("editor-history-reviewed", &[("date", day(&locale, e.reviewed).as_str().into())]) }</p>
                            }
                            if !e.changes.is_empty() {
                                <p>{ locale.f("editor-history-changed", &[("count", e.changes.len().into())]) }</p>
                                { for e.changes.iter().map(|c| html! {
                                    <>
                                        <h3 class="atlas-field-head">{ field_label(&locale, &c.column) }</h3>
                                        { pair(
                                            locale.t("editor-form-preview-before"),
                                            html! { <p>{ shown_html(&locale, "del", &c.column, &c.before) }</p> },
                                            locale.t("editor-history-after"),
                                            html! { <p>{ shown_html(&locale, "ins", &c.column, &c.after) }</p> },
                                        ) }
                                    </>
                                }) }
                            }
                        </li>
                    }
                }) }
            </ol>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct RetirePageProps {
    pub chrome: Chrome,
    pub offer: Rc<Offer>,
    #[prop_or_default]
    pub reason: String,
    #[prop_or_default]
    pub errors: Rc<Vec<FieldError>>,
    #[prop_or_default]
    pub message: Option<String>,
}

/// `/editor/offers/{id}/retire`: take an offer out of the Local Offer, saying why.
#[function_component]
pub fn RetirePage(props: &RetirePageProps) -> Html {
    let locale = use_locale();
    let o = &props.offer;
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            <Problems errors={props.errors.clone()} message={props.message.clone()} />
            <p>{ locale.f("editor-retire-intro", &[("title", o.content.title.as_str().into())]) }</p>
            <form class="atlas-form" method="post" action={locale.link(&format!("/editor/offers/{}/retire", o.id))} novalidate=true>
                { hidden("csrf", &props.chrome.csrf) }
                { hidden("version", &o.version.to_string()) }
                { input("reason", &locale.t("editor-retire-reason"), Some(locale.t("editor-retire-reason-hint").as_str()), Kind::Area, &props.reason, &props.errors) }
                <div class="atlas-inline">
                    <button type="submit" class="atlas-button">{ locale.t("editor-retire-button") }</button>
                    <a href={locale.link(&format!("/editor/offers/{}", o.id))}>{ locale.t("editor-retire-keep") }</a>
                </div>
            </form>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct RetiredPageProps {
    pub chrome: Chrome,
    pub authority: Rc<Authority>,
    /// Most recently retired first.
    pub offers: Rc<Vec<Retirement>>,
}

/// `/editor/retired`: the council's retired offers, when and by whom each was retired and
/// why, each with a button that brings it back.
#[function_component]
pub fn RetiredPage(props: &RetiredPageProps) -> Html {
    let locale = use_locale();
    let a = &props.authority;
    let council = a.name.as_str();
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            <p>
                if props.offers.is_empty() {
                    { locale.f("editor-retire-none", &[("council", council.into())]) }
                } else {
                    { locale.f("editor-retire-list", &[("council", council.into()), ("count", props.offers.len().into())]) }
                }
            </p>
            <ul class="atlas-ents">
                { for props.offers.iter().map(|r| html! {
                    <li class="atlas-ent" key={r.id.as_str()} id={format!("retired-{}", r.id)}>
                        <h2 class="atlas-ent-title" lang="en" dir="ltr">{ &r.title }</h2>
                        <p class="atlas-small">
                            { locale.f("editor-retire-when", &[
                                ("when", moment(&locale, r.at).as_str().into()),
                                ("who", r.by.as_str().into()),
                                ("version", r.version.to_string().as_str().into()),
                            ]) }
                        </p>
                        if let Some(reason) = &r.reason {
                            <p>{ locale.f("editor-history-reason", &[("reason", reason.as_str().into())]) }</p>
                        }
                        <div class="atlas-ent-actions">
                            <form method="post" action={locale.link(&format!("/editor/offers/{}/restore", r.id))} class="atlas-action">
                                { hidden("csrf", &props.chrome.csrf) }
                                { hidden("version", &r.version.to_string()) }
                                <button type="submit" class="atlas-button atlas-secondary">
                                    { locale.t("editor-retire-restore") }<span class="atlas-vh" lang="en" dir="ltr">{ format!(" {}", r.title) }</span>
                                </button>
                            </form>
                            <a href={locale.link(&format!("/editor/offers/{}/history", r.id))}>
                                { locale.t("editor-retire-history") }<span class="atlas-vh">{ " " }{ locale.f("editor-retire-history-of", &[("title", r.title.as_str().into())]) }</span>
                            </a>
                        </div>
                    </li>
                }) }
            </ul>
            <p><a href={locale.link(&home_url(&a.code))}>{ locale.f("editor-form-back", &[("council", council.into())]) }</a></p>
        </div>
    }
}

// ---------------------------------------------------------------------------------------
// Spreadsheets
// ---------------------------------------------------------------------------------------

#[derive(Properties, PartialEq, Clone)]
pub struct ImportPageProps {
    pub chrome: Chrome,
    pub authority: Rc<Authority>,
    #[prop_or_default]
    pub errors: Rc<Vec<FieldError>>,
    #[prop_or_default]
    pub message: Option<String>,
}

/// `/editor/import`: upload a spreadsheet for a dry run; the columns explained.
#[function_component]
pub fn ImportPage(props: &ImportPageProps) -> Html {
    let locale = use_locale();
    let code = &props.authority.code;
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            <Problems errors={props.errors.clone()} message={props.message.clone()} />
            <p>{ locale.t("editor-import-intro") }</p>
            <ul class="atlas-list">
                <li><a href={locale.link(&format!("/editor/offers.csv?authority={code}"))} download="">{ locale.t("editor-import-download-offers") }</a>{ locale.t("editor-import-download-offers-then") }</li>
                <li><a href={locale.link("/editor/template.csv")} download="">{ locale.t("editor-import-download-template") }</a>{ locale.t("editor-import-download-template-then") }</li>
            </ul>
            <form class="atlas-form" method="post" action={locale.link("/editor/import")} enctype="multipart/form-data" novalidate=true>
                { hidden("csrf", &props.chrome.csrf) }
                { hidden("authority", code) }
                <div class={classes!("atlas-field", error_for(&props.errors, "file").map(|_| "atlas-field-error"))}>
                    <label for="atlas-f-file">{ field_label(&locale, "file") }</label>
                    <p class="atlas-hint" id="atlas-f-file-hint">{ locale.t("editor-import-file-hint") }</p>
                    { error_text("atlas-f-file", error_for(&props.errors, "file")) }
                    <input type="file" id="atlas-f-file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        aria-describedby={described("atlas-f-file", true, error_for(&props.errors, "file").is_some())} />
                </div>
                <div class="atlas-check atlas-field">
                    <input type="checkbox" id="atlas-f-retire-missing" name="retire_missing" value="yes" aria-describedby="atlas-f-retire-missing-hint" />
                    <div>
                        <label for="atlas-f-retire-missing">{ locale.t("editor-import-retire-missing") }</label>
                        <p class="atlas-hint" id="atlas-f-retire-missing-hint">{ locale.t("editor-import-retire-missing-hint") }</p>
                    </div>
                </div>
                <button type="submit" class="atlas-button">{ locale.t("editor-import-check") }</button>
            </form>
            <h2>{ locale.t("editor-import-columns") }</h2>
            <p>{ locale.t("editor-import-columns-intro") }</p>
            { scroll(&locale.t("editor-import-columns-region"), html! {
                <table class="atlas-matrix atlas-matrix-one">
                    <caption>{ locale.t("editor-import-columns-caption") }</caption>
                    <thead><tr><th scope="col">{ locale.t("editor-import-column") }</th><th scope="col">{ locale.t("editor-import-what") }</th></tr></thead>
                    <tbody>
                        { for COLUMNS.iter().map(|c| html! {
                            <tr><th scope="row"><code translate="no">{ c.name }</code></th><td>{ locale.t(&format!("editor-import-doc-{}", c.name.replace(['.', '_'], "-"))) }</td></tr>
                        }) }
                    </tbody>
                </table>
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct DryRunPageProps {
    pub chrome: Chrome,
    pub authority: Rc<Authority>,
    pub file_name: String,
    pub retire_missing: bool,
    pub run: Rc<DryRun>,
    /// The waiting upload to apply, when there is something to apply.
    #[prop_or_default]
    pub stage: Option<String>,
    #[prop_or_default]
    pub message: Option<String>,
}

/// "Title: was <del>…</del>, becomes <ins>…</ins>": the sentence of the catalogue, the
/// values in their marks.
fn was_becomes(locale: &Locale, c: &FieldChange) -> Html {
    const BEFORE: &str = "\u{E000}";
    const AFTER: &str = "\u{E001}";
    let label = field_label(locale, &c.column);
    let text = locale.f(
        "editor-import-was-becomes",
        &[
            ("field", label.as_str().into()),
            ("before", BEFORE.into()),
            ("after", AFTER.into()),
        ],
    );
    let (head, rest) = text.split_once(BEFORE).unwrap_or((text.as_str(), ""));
    let (middle, tail) = rest.split_once(AFTER).unwrap_or((rest, ""));
    html! {
        <>
            { head.to_string() }{ shown_html(locale, "del", &c.column, &c.before) }
            { middle.to_string() }{ shown_html(locale, "ins", &c.column, &c.after) }
            { tail.to_string() }
        </>
    }
}

/// The dry run: what the import would do, or every problem by row and column.
#[function_component]
pub fn DryRunPage(props: &DryRunPageProps) -> Html {
    let locale = use_locale();
    let run = &*props.run;
    let plan = &run.plan;
    let code = &props.authority.code;
    let file = props.file_name.as_str();
    let row_title = |row: usize, title: &str| {
        locale.f(
            "editor-import-row-title",
            &[
                ("row", row.to_string().as_str().into()),
                ("title", title.into()),
            ],
        )
    };
    let summary = locale.f(
        "editor-import-summary",
        &[
            ("add", plan.create.len().into()),
            ("change", plan.update.len().into()),
            ("retire", plan.retire.len().into()),
            ("unchanged", plan.unchanged.len().into()),
        ],
    );
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            if let Some(m) = &props.message {
                <div class="atlas-error" role="alert"><p>{ m }</p></div>
            }
            if !run.errors.is_empty() {
                <div class="atlas-error" role="alert" aria-labelledby="atlas-error-title" tabindex="-1">
                    <h2 id="atlas-error-title">{ locale.f("editor-import-problem", &[("count", run.errors.len().into()), ("file", file.into())]) }</h2>
                    <p>{ locale.t("editor-import-nothing-imported") }</p>
                </div>
                { scroll(&locale.t("editor-import-problems-region"), html! {
                    <table class="atlas-matrix atlas-matrix-one atlas-import-errors">
                        <caption>{ locale.t("editor-import-problems-caption") }</caption>
                        <thead><tr><th scope="col">{ locale.t("editor-import-row") }</th><th scope="col">{ locale.t("editor-import-column") }</th><th scope="col">{ locale.t("editor-import-wrong") }</th></tr></thead>
                        <tbody>
                            { for run.errors.iter().map(|e| {
                                let problem = locale.field_problem(&FieldError {
                                    field: e.column.clone().unwrap_or_default(),
                                    code: e.code,
                                    message: e.message.clone(),
                                });
                                html! {
                                    <tr>
                                        <td>{ e.row.map_or_else(|| locale.t("editor-import-whole-file"), |r| r.to_string()) }</td>
                                        <td translate="no">{ match (&e.column, &e.letters) {
                                            (Some(c), Some(l)) => format!("{c} ({l})"),
                                            (Some(c), None) => c.clone(),
                                            (None, Some(l)) => l.clone(),
                                            (None, None) => "–".to_string(),
                                        } }</td>
                                        <td>{ sentence(&problem) }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }) }
            }
            <h2>{ locale.f("editor-import-would-do", &[("file", file.into())]) }</h2>
            <p class="atlas-lede">{ sentence(&summary) }{ "." }</p>
            if !plan.create.is_empty() {
                <h3>{ locale.f("editor-import-add", &[("count", plan.create.len().into())]) }</h3>
                <ul class="atlas-list">
                    { for plan.create.iter().map(|c| html! { <li>{ row_title(c.row, &c.content.title) }</li> }) }
                </ul>
            }
            if !plan.update.is_empty() {
                <h3>{ locale.f("editor-import-change", &[("count", plan.update.len().into())]) }</h3>
                <ul class="atlas-list">
                    { for plan.update.iter().map(|u| html! {
                        <li>
                            { locale.f("editor-import-row-changes", &[("row", u.row.to_string().as_str().into()), ("title", u.content.title.as_str().into())]) }
                            <ul class="atlas-list atlas-plan-changes">
                                { for u.changes.iter().map(|c| html! {
                                    <li>{ was_becomes(&locale, c) }</li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ul>
            }
            if !plan.retire.is_empty() {
                <h3>{ locale.f("editor-import-retire", &[("count", plan.retire.len().into())]) }</h3>
                <ul class="atlas-list">
                    { for plan.retire.iter().map(|r| html! { <li>{ locale.f("editor-import-no-row", &[("title", r.title.as_str().into())]) }</li> }) }
                </ul>
            }
            if !plan.unchanged.is_empty() {
                <details class="atlas-more">
                    <summary>{ locale.f("editor-import-unchanged", &[("count", plan.unchanged.len().into())]) }</summary>
                    <ul class="atlas-list">
                        { for plan.unchanged.iter().map(|u| html! { <li>{ row_title(u.row, &u.title) }</li> }) }
                    </ul>
                </details>
            }
            if let Some(stage) = &props.stage {
                <form class="atlas-form" method="post" action={locale.link("/editor/import/apply")}>
                    { hidden("csrf", &props.chrome.csrf) }
                    { hidden("stage", stage) }
                    <p>{ locale.t("editor-import-all-or-none") }</p>
                    <div class="atlas-inline">
                        <button type="submit" class="atlas-button">{ locale.t("editor-import-apply") }</button>
                        <a href={locale.link(&home_url(code))}>{ locale.t("editor-import-cancel") }</a>
                    </div>
                </form>
            } else {
                <p>
                    <a href={locale.link(&format!("/editor/import?authority={code}"))}>{ locale.t("editor-import-another") }</a>
                    { " · " }
                    <a href={locale.link(&home_url(code))}>{ locale.t("editor-import-back") }</a>
                </p>
            }
            if props.retire_missing && run.errors.is_empty() && plan.retire.is_empty() {
                <p class="atlas-small">{ locale.t("editor-import-none-retired") }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ImportDonePageProps {
    pub chrome: Chrome,
    pub authority: Rc<Authority>,
    pub created: usize,
    pub updated: usize,
    pub retired: usize,
}

/// After an import was applied.
#[function_component]
pub fn ImportDonePage(props: &ImportDonePageProps) -> Html {
    let locale = use_locale();
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            <div class="atlas-notice" role="status">
                <h2>{ locale.t("editor-import-done-title") }</h2>
                <p>{ locale.f("editor-import-done", &[
                    ("created", props.created.into()),
                    ("updated", props.updated.into()),
                    ("retired", props.retired.into()),
                ]) }</p>
            </div>
            <p><a href={locale.link(&home_url(&props.authority.code))}>{ locale.f("editor-form-back", &[("council", props.authority.name.as_str().into())]) }</a></p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn field_ids_are_valid_html_ids_per_column() {
        assert_eq!(super::field_id("source.url"), "atlas-f-source-url");
        assert_eq!(
            super::field_id("value.amount_pounds"),
            "atlas-f-value-amount-pounds"
        );
        assert_eq!(super::field_id(""), "atlas-f-form");
    }
}

// ---------------------------------------------------------------------------------------
// A board's notes
// ---------------------------------------------------------------------------------------

/// One note on a board's matrix: on which member and item, what it says, and who wrote it
/// when.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteLine {
    /// The member council (code, name).
    pub member: (String, String),
    /// The guarantee item (id, title).
    pub item: (String, String),
    pub text: String,
    pub evidence_url: Option<String>,
    /// The signature ("Priya Shah (board:greater-manchester)").
    pub by: String,
    pub at: Option<chrono::NaiveDate>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct BoardNotesPageProps {
    pub chrome: Chrome,
    /// The partnership (id, name).
    pub partnership: (String, String),
    /// The partnership's version, so a note written on an old read is refused.
    pub version: u64,
    /// The members (code, name) and the guarantee's items (id, title), for the form.
    pub members: Vec<(String, String)>,
    pub items: Vec<(String, String)>,
    pub notes: Vec<NoteLine>,
    /// The form as it stands: a note chosen to change, or what was sent with a problem.
    pub member: String,
    pub item: String,
    pub text: String,
    pub evidence_url: String,
    #[prop_or_default]
    pub notice: Option<String>,
    /// A problem with what was sent: (field, message).
    #[prop_or_default]
    pub error: Option<(String, String)>,
}

/// A board member's notes on the matrix: the ones written, each signed and dated with a
/// link to change it, and a form to write or remove one.
#[function_component]
pub fn BoardNotesPage(props: &BoardNotesPageProps) -> Html {
    let locale = use_locale();
    let (id, name) = &props.partnership;
    let field_id = |field: &str| format!("atlas-note-{field}");
    // Members' and items' names are as the registry publishes them.
    let options = |list: &[(String, String)], chosen: &str| -> Html {
        html! {
            { for list.iter().map(|(value, label)| html! {
                <option value={value.clone()} selected={value == chosen} lang="en" dir="ltr">{ label }</option>
            }) }
        }
    };
    let invalid = |field: &str| {
        props
            .error
            .as_ref()
            .is_some_and(|(f, _)| f == field)
            .then_some("true")
    };
    let partnership = || [("partnership", atlas_shared::words::Arg::Text(name))];
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            { notice(&props.notice) }
            if let Some((field, message)) = &props.error {
                <ProblemSummary problems={vec![(Some(field_id(field)), message.clone())]} />
            }
            <p>
                { locale.f("editor-board-intro", &partnership()) }
                { " " }
                <a href={locale.link(&format!("/board/{id}"))}>{ locale.f("editor-board-page-link", &partnership()) }</a>
            </p>
            <h2>{ locale.t("editor-board-written") }</h2>
            if props.notes.is_empty() {
                <p>{ locale.t("editor-board-none") }</p>
            } else {
                <ul class="atlas-list">
                    { for props.notes.iter().map(|n| html! {
                        <li>
                            <strong lang="en" dir="ltr">{ format!("{}, {}: ", n.member.1, n.item.1) }</strong><span lang="en" dir="ltr">{ &n.text }</span>
                            if let Some(url) = &n.evidence_url {
                                { " " }<a href={url.clone()} rel="noopener noreferrer">{ locale.t("editor-board-evidence") }</a>
                            }
                            <span class="atlas-small">
                                { " " }
                                { locale.f("editor-board-signed", &[
                                    ("by", n.by.as_str().into()),
                                    ("date", n.at.map_or_else(|| locale.t("editor-board-undated"), |d| day(&locale, Some(d))).as_str().into()),
                                ]) }
                            </span>
                            { " " }<a href={locale.link(&format!("/editor/board/{id}?member={}&item={}", n.member.0, n.item.0))}>
                                { locale.t("editor-board-change") }
                                <span class="atlas-vh">
                                    { " " }
                                    { locale.f("editor-board-change-on", &[("member", n.member.1.as_str().into()), ("item", n.item.1.as_str().into())]) }
                                </span>
                            </a>
                        </li>
                    }) }
                </ul>
            }
            <h2 id="atlas-note-form">{ locale.t("editor-board-write") }</h2>
            <form method="post" action={locale.link(&format!("/editor/board/{id}"))} novalidate=true>
                { hidden("csrf", &props.chrome.csrf) }
                { hidden("version", &props.version.to_string()) }
                <div class="atlas-field">
                    <label for={field_id("member")}>{ locale.t("editor-board-member") }</label>
                    <select id={field_id("member")} name="member" aria-invalid={invalid("member")}>
                        { options(&props.members, &props.member) }
                    </select>
                </div>
                <div class="atlas-field">
                    <label for={field_id("item")}>{ locale.t("editor-board-item") }</label>
                    <select id={field_id("item")} name="item" aria-invalid={invalid("item")}>
                        { options(&props.items, &props.item) }
                    </select>
                </div>
                <div class="atlas-field">
                    <label for={field_id("text")}>{ locale.t("editor-board-note") }</label>
                    <p class="atlas-hint" id="atlas-note-text-hint">{ locale.t("editor-board-note-hint") }</p>
                    <textarea id={field_id("text")} name="text" rows="4" aria-describedby="atlas-note-text-hint"
                        aria-invalid={invalid("text")} translate="no" value={props.text.clone()} />
                </div>
                <div class="atlas-field">
                    <label for={field_id("evidence_url")}>{ locale.t("editor-board-evidence-label") }</label>
                    <input type="url" id={field_id("evidence_url")} name="evidence_url" autocomplete="url"
                        aria-invalid={invalid("evidence_url")} value={props.evidence_url.clone()} />
                </div>
                <button type="submit" class="atlas-button">{ locale.t("editor-board-save") }</button>
            </form>
        </div>
    }
}
