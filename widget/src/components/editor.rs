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
use atlas_shared::spreadsheet::{column, column_for, Cells, DryRun, FieldChange, COLUMNS};
use atlas_shared::topic::TOPICS;
use atlas_shared::validate::FieldError;
use atlas_shared::words::Locale;
use atlas_shared::{
    AppliesTo, Authority, Basis, Category, Circumstance, Offer, OfferStatus, MAX_AGE, MIN_AGE,
};
use yew::prelude::*;

use super::ProblemSummary;

use crate::view::{ages_text, change_label, pounds, status_note};

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

/// The label a person knows a field by.
fn field_label(field: &str) -> &'static str {
    match field {
        "token" => "Token",
        "reason" => "Reason",
        "file" => "Spreadsheet file",
        "version" => "Version",
        other => match other.strip_prefix("keep.").and_then(Field::from_name) {
            Some(f) => f.label(),
            None => column(column_for(other)).map_or("", |c| c.label),
        },
    }
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
    let problems: Vec<(Option<String>, String)> = props
        .errors
        .iter()
        .map(|e| {
            let label = field_label(&e.field);
            let text = if label.is_empty() {
                sentence(&e.message)
            } else {
                format!("{label}: {}", e.message)
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

fn error_text(id: &str, error: Option<&FieldError>) -> Html {
    match error {
        Some(e) => html! {
            <p class="atlas-error-text" id={format!("{id}-error")}>
                <span class="atlas-vh">{ "Error: " }</span>{ sentence(&e.message) }
            </p>
        },
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
            <textarea id={id.clone()} name={name.to_string()} rows="4"
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
    name: &str,
    hint: Option<&str>,
    kind: Kind,
    values: &Cells,
    errors: &[FieldError],
) -> Html {
    let label = column(name).map_or(name, |c| c.label);
    input(
        name,
        label,
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

// The list says an offer's ages in the reader's language (`page_words::ages`), so the
// English `ages_text` imported at the top is no longer used in this file. The import is
// left for now, as other parts of this file are being changed at the same time: remove it
// and this line together.
const _: fn(u8, u8) -> String = ages_text;

fn offer_line(locale: &Locale, line: &OfferLine, csrf: &str, list: &ListFilters) -> Html {
    let o = &line.offer;
    let c = &o.content;
    let topic =
        atlas_shared::topic::topic(&c.topic).map_or_else(|| c.topic.clone(), |t| t.name(locale));
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
            (
                "ages",
                crate::components::page_words::ages(locale, c.age_from, c.age_to)
                    .as_str()
                    .into(),
            ),
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

fn reach_words(reach: Reach) -> &'static str {
    match reach {
        Reach::Yes => "yes",
        Reach::Ask => "ask",
        Reach::No => "not shown",
    }
}

/// The four answers to "whom is it for", each with what it does in the comparison.
fn applies_to_choices(council: &str, chosen: &str, errors: &[FieldError]) -> Html {
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
                <legend>{ "Whom it is for" }</legend>
                <p class="atlas-hint" id={format!("{id}-hint")}>
                    { "This decides what care leavers moving across council borders are told. A yes is shown only while the offer is available." }
                </p>
                { error_text(&id, error) }
                { for options.iter().enumerate().map(|(i, a)| {
                    let value = spelt(*a);
                    let input_id = if i == 0 { id.clone() } else { format!("{id}-{value}") };
                    let e = effect(*a);
                    let hint_id = format!("{input_id}-effect");
                    html! {
                        <div class="atlas-check atlas-choice">
                            <input type="radio" id={input_id.clone()} name="applies_to" value={value.clone()}
                                checked={chosen == value} aria-describedby={hint_id.clone()} />
                            <div>
                                <label for={input_id}>{ sentence(&a.describe(council)) }</label>
                                <p class="atlas-hint" id={hint_id}>
                                    { format!("A care leaver from another council living here sees: {}. Your own care leaver living elsewhere sees: {}. Your own living here: {}.",
                                        reach_words(e.other_living_here), reach_words(e.own_living_elsewhere), reach_words(e.own_living_here)) }
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
    choices: &[(&str, &str)],
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
                                <label for={input_id}>{ *label }</label>
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
    name: &str,
    hint: Option<&str>,
    empty: &str,
    choices: &[(&str, &str)],
    chosen: &str,
    errors: &[FieldError],
) -> Html {
    let id = field_id(name);
    let error = error_for(errors, name);
    let label = column(name).map_or(name, |c| c.label);
    html! {
        <div class={classes!("atlas-field", error.map(|_| "atlas-field-error"))}>
            <label for={id.clone()}>{ label }</label>
            if let Some(h) = hint {
                <p class="atlas-hint" id={format!("{id}-hint")}>{ h }</p>
            }
            { error_text(&id, error) }
            <select id={id.clone()} name={name.to_string()} aria-describedby={described(&id, hint.is_some(), error.is_some())}>
                <option value="" selected={chosen.is_empty()}>{ empty }</option>
                { for choices.iter().map(|(value, label)| html! {
                    <option value={value.to_string()} selected={chosen == *value}>{ *label }</option>
                }) }
            </select>
        </div>
    }
}

/// The topic, grouped by category, by its plain label.
fn topic_select(chosen: &str, errors: &[FieldError]) -> Html {
    let id = field_id("topic");
    let error = error_for(errors, "topic");
    html! {
        <div class={classes!("atlas-field", error.map(|_| "atlas-field-error"))}>
            <label for={id.clone()}>{ "Topic" }</label>
            <p class="atlas-hint" id={format!("{id}-hint")}>{ "What kind of help it is. Offers line up across councils by topic." }</p>
            { error_text(&id, error) }
            <select id={id.clone()} name="topic" aria-describedby={described(&id, true, error.is_some())}>
                <option value="" selected={chosen.is_empty()}>{ "Choose a topic" }</option>
                { for Category::ALL.iter().map(|c| html! {
                    <optgroup label={c.label()}>
                        { for TOPICS.iter().filter(|t| t.category == *c).map(|t| html! {
                            <option value={t.slug} selected={chosen == t.slug}>{ t.label }</option>
                        }) }
                    </optgroup>
                }) }
            </select>
        </div>
    }
}

/// Every circumstance of the vocabulary as a checkbox.
fn conditions(chosen: &str, errors: &[FieldError]) -> Html {
    let id = field_id("conditions");
    let error = error_for(errors, "conditions");
    let picked: Vec<&str> = chosen.split([';', ',']).map(str::trim).collect();
    html! {
        <div class={classes!("atlas-field", error.map(|_| "atlas-field-error"))}>
            <fieldset aria-describedby={described(&id, true, error.is_some())}>
                <legend>{ "Conditions" }</legend>
                <p class="atlas-hint" id={format!("{id}-hint")}>{ "Tick only what the offer needs. Leave all empty if anyone of the right age can have it." }</p>
                { error_text(&id, error) }
                <div class="atlas-columns">
                    { for Circumstance::ALL.iter().enumerate().map(|(i, c)| {
                        let input_id = if i == 0 { id.clone() } else { format!("{id}-{}", c.slug()) };
                        html! {
                            <div class="atlas-check">
                                <input type="checkbox" id={input_id.clone()} name="conditions" value={c.slug()} checked={picked.contains(&c.slug())} />
                                <label for={input_id}>{ sentence(c.label()) }</label>
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
fn entitlement_words(e: &Entitlement) -> String {
    let answer = match (e.status, e.certainty) {
        (OfferStatus::Available, Certainty::Yes) => "yes".to_string(),
        (OfferStatus::Available, Certainty::Ask) => "ask".to_string(),
        (status, _) => status_note(status).unwrap_or(status.label()).to_string(),
    };
    let worth = e
        .value
        .as_ref()
        .map(crate::view::value_text)
        .filter(|w| !w.is_empty())
        .map_or_else(String::new, |w| format!(", {w}"));
    format!("{} – {}: {answer}{worth}", e.title, e.provider.name)
}

fn row_cell(row: &Option<Row>, stay: bool) -> Html {
    match row {
        None => html! { <span class="atlas-none">{ "Nothing on this topic" }</span> },
        Some(r) => {
            let list: Vec<&Entitlement> = if stay {
                r.if_staying().collect()
            } else {
                r.if_moving().collect()
            };
            html! {
                <>
                    if !stay {
                        <p><strong class={classes!("atlas-tag", crate::view::change_class(r.change))}>{ change_label(r.change) }</strong></p>
                    }
                    if list.is_empty() {
                        <p class="atlas-none">{ "Nothing" }</p>
                    } else {
                        <ul class="atlas-list">
                            { for list.iter().map(|e| html! { <li>{ entitlement_words(e) }</li> }) }
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

fn journey_view(title: String, j: &Journey) -> Html {
    html! {
        <section class="atlas-journey">
            <h3>{ title }</h3>
            { for j.topics.iter().map(|t| {
                let changed = t.before != t.after;
                html! {
                    <>
                        <h4 class="atlas-field-head">
                            { format!("{}: ", t.label) }
                            { if changed { "changes with your edit" } else { "no change" } }
                        </h4>
                        <h5>{ format!("Living in {}", j.from.name) }</h5>
                        { pair("Before".into(), row_cell(&t.before, true), "After your edit".into(), row_cell(&t.after, true)) }
                        <h5>{ format!("After moving to {}", j.to.name) }</h5>
                        { pair("Before".into(), row_cell(&t.before, false), "After your edit".into(), row_cell(&t.after, false)) }
                    </>
                }
            }) }
        </section>
    }
}

fn preview_view(preview: &Result<Preview, String>) -> Html {
    match preview {
        Err(message) => html! {
            <section class="atlas-notice" id="atlas-preview" aria-labelledby="atlas-preview-title">
                <h2 id="atlas-preview-title">{ "Preview" }</h2>
                <p>{ message }</p>
            </section>
        },
        Ok(p) => html! {
            <section class="atlas-notice atlas-preview" id="atlas-preview" aria-labelledby="atlas-preview-title" role="status">
                <h2 id="atlas-preview-title">{ "What care leavers would see (not saved yet)" }</h2>
                <p>
                    { format!("The comparison at age {}, before and after your edit. ", p.age) }
                    if p.changes_nothing() {
                        <strong>{ "Your edit changes nothing they see here." }</strong>
                    }
                </p>
                { journey_view(format!("A care leaver from {} moving to {}", p.moving_here.from.name, p.moving_here.to.name), &p.moving_here) }
                { journey_view(format!("One of {}'s own care leavers moving to {}", p.moving_away.from.name, p.moving_away.to.name), &p.moving_away) }
            </section>
        },
    }
}

/// How a cell reads in the comparison tables and the history.
pub fn shown(name: &str, cell: &str) -> String {
    if cell.trim().is_empty() {
        return "(empty)".into();
    }
    match name {
        "topic" => atlas_shared::topic::topic(cell)
            .map_or_else(|| cell.to_string(), |t| format!("{} ({cell})", t.label)),
        "conditions" => cell
            .split(';')
            .map(str::trim)
            .map(|s| Circumstance::from_slug(s).map_or(s, |c| c.label()))
            .collect::<Vec<_>>()
            .join("; "),
        "value.amount_pounds" => {
            atlas_shared::spreadsheet::parse_pounds(cell).map_or_else(|| cell.to_string(), pounds)
        }
        _ => cell.to_string(),
    }
}

/// The id of the first choice for a field on the conflict page (`age_to` →
/// `atlas-keep-age-to`); "keep mine" is the same with `-mine`.
pub fn keep_id(field: Field) -> String {
    format!("atlas-keep-{}", field.name().replace('_', "-"))
}

/// A field's value on the conflict page: its one cell, or each filled cell with its label.
fn field_value(field: Field, cells: &Cells) -> Html {
    let columns = field.columns();
    let get = |name: &str| cells.get(name).map_or("", String::as_str);
    if columns.len() == 1 || field == Field::Topic {
        return html! { { shown(columns[0], get(columns[0])) } };
    }
    let filled: Vec<&str> = columns
        .iter()
        .copied()
        .filter(|c| !get(c).trim().is_empty())
        .collect();
    if filled.is_empty() {
        return html! { { "(empty)" } };
    }
    html! {
        <ul class="atlas-list">
            { for filled.iter().map(|c| html! {
                <li>{ format!("{}: {}", column(c).map_or(*c, |col| col.label), shown(c, get(c))) }</li>
            }) }
        </ul>
    }
}

/// "Title, Summary and To age".
fn field_list(fields: &[Field]) -> String {
    let labels: Vec<&str> = fields.iter().map(|f| f.label()).collect();
    match labels.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// One field both changed: the original, theirs and yours, and whose to keep.
fn conflict_choice(
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
                <legend>{ field.label() }</legend>
                <dl class="atlas-versions" id={values}>
                    <div>
                        <dt>{ format!("Original (version {}, where you started)", c.base) }</dt>
                        <dd>{ field_value(field, &conflict.base) }</dd>
                    </div>
                    <div>
                        <dt>{ format!("Theirs (version {}, saved by {})", c.version, c.actor) }</dt>
                        <dd>{ field_value(field, &conflict.theirs) }</dd>
                    </div>
                    <div>
                        <dt>{ "Yours (what you typed)" }</dt>
                        <dd>{ field_value(field, &conflict.mine) }</dd>
                    </div>
                </dl>
                { error_text(&id, error) }
                <div class="atlas-inline">
                    <div class="atlas-check">
                        <input type="radio" id={id.clone()} name={name.clone()} value={Keep::Theirs.slug()}
                            checked={chosen == Some(Keep::Theirs)} />
                        <label for={id.clone()}>{ "Keep theirs" }</label>
                    </div>
                    <div class="atlas-check">
                        <input type="radio" id={format!("{id}-mine")} name={name} value={Keep::Mine.slug()}
                            checked={chosen == Some(Keep::Mine)} />
                        <label for={format!("{id}-mine")}>{ "Keep mine" }</label>
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
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            <Problems errors={props.errors.clone()} />
            <section class="atlas-error atlas-conflict" id="atlas-conflict" aria-labelledby="atlas-conflict-title" tabindex="-1">
                <h2 id="atlas-conflict-title">{ "Someone else saved this offer first" }</h2>
                <p>{ format!("{} saved version {} on {}, while you were changing version {}. Nothing is saved yet, and nothing either of you typed is lost.", c.actor, c.version, c.at, c.base) }</p>
                if !c.theirs_only.is_empty() || !c.mine_only.is_empty() {
                    <p>
                        { "Kept without asking, because only one of you changed them: " }
                        { [
                            (!c.theirs_only.is_empty()).then(|| format!("their change to {}", field_list(&c.theirs_only))),
                            (!c.mine_only.is_empty()).then(|| format!("your change to {}", field_list(&c.mine_only))),
                        ].into_iter().flatten().collect::<Vec<_>>().join("; ") }
                        { "." }
                    </p>
                }
                <p>{ format!("You both changed {}. Choose whose to keep for each, then save.", field_list(&c.conflicts.iter().map(|x| x.field).collect::<Vec<_>>())) }</p>
            </section>
            <form class="atlas-form" method="post" action={format!("/editor/offers/{}", c.id)} novalidate=true aria-label="Choose whose changes to keep">
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
                { for c.conflicts.iter().map(|x| conflict_choice(c, x, chosen(x.field), errors)) }
                <div class="atlas-inline">
                    <button type="submit" name="action" value="save" class="atlas-button">{ "Save these choices" }</button>
                </div>
            </form>
            <p>
                <a href={format!("/editor/offers/{}", c.id)}>{ format!("Start again from version {}", c.version) }</a>
                { " · " }
                <a href={format!("/editor/offers/{}/history", c.id)}>{ "History of this offer" }</a>
            </p>
        </div>
    }
}

/// `/editor/offers/new` and `/editor/offers/{id}`: every field of an offer.
#[function_component]
pub fn OfferFormPage(props: &OfferFormPageProps) -> Html {
    let locale = use_locale();
    let a = &props.authority;
    let v = &*props.values;
    let errors = &*props.errors;
    let get = |name: &str| v.get(name).cloned().unwrap_or_default();
    let action = match &props.editing {
        Some((id, _)) => format!("/editor/offers/{id}"),
        None => "/editor/offers/new".to_string(),
    };
    let statuses: Vec<(&str, &str)> = [
        OfferStatus::Available,
        OfferStatus::Pilot,
        OfferStatus::Planned,
        OfferStatus::Ended,
    ]
    .iter()
    .map(|s| {
        (
            s.label(),
            match s {
                OfferStatus::Available => "Available now",
                OfferStatus::Pilot => "A pilot (a trial)",
                OfferStatus::Planned => "Planned, not yet given",
                OfferStatus::Ended => "Ended",
            },
        )
    })
    .collect();
    let periods = [
        ("once", "Once"),
        ("week", "A week"),
        ("month", "A month"),
        ("year", "A year"),
    ];
    let deliveries = [
        ("personal_adviser", "The Personal Adviser"),
        ("local_service", "A building or local service in the area"),
    ];
    let reliefs = [
        ("full_exemption", "Full exemption"),
        ("discount", "A discount"),
        ("refund_on_claim", "Pay, then claim a refund"),
        ("unstated", "The source does not say"),
    ];
    let basis = [
        (spelt(Basis::Statutory), "Statutory: the law requires it"),
        (
            spelt(Basis::Discretionary),
            "Discretionary: the council chose to give it",
        ),
    ];
    let basis: Vec<(&str, &str)> = basis.iter().map(|(v, l)| (v.as_str(), *l)).collect();
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            <Problems errors={props.errors.clone()} message={props.message.clone()} />
            if let Some(p) = &props.preview {
                { preview_view(p) }
            }
            <form class="atlas-form" method="post" action={action} novalidate=true aria-label={if props.editing.is_some() { "Change the offer" } else { "Add an offer" }}>
                { hidden("csrf", &props.chrome.csrf) }
                { hidden("authority", &a.code) }
                if let Some((_, version)) = &props.editing {
                    { hidden("version", &version.to_string()) }
                }
                { props.list.hidden() }
                { topic_select(&get("topic"), errors) }
                { cell_input("title", Some("One line a young person will recognise, such as “Setting-up-home grant”."), Kind::Text, v, errors) }
                { cell_input("summary", Some("What it is, in one or two short sentences."), Kind::Area, v, errors) }
                { cell_input("details", Some("Optional: anything more a young person or their adviser should know."), Kind::Area, v, errors) }
                { radios("status", "Status", Some("Only an available offer is ever shown as a yes."), &statuses, &get("status"), errors) }
                { radios("basis", "Basis", None, &basis, &get("basis"), errors) }
                { applies_to_choices(&a.name, &get("applies_to"), errors) }
                <fieldset class="atlas-field">
                    <legend>{ "Ages it covers" }</legend>
                    <div class="atlas-inline">
                        { cell_input("age_from", Some("16 to 25"), Kind::Number, v, errors) }
                        { cell_input("age_to", Some("Up to and including"), Kind::Number, v, errors) }
                    </div>
                </fieldset>
                { conditions(&get("conditions"), errors) }
                <fieldset class="atlas-field">
                    <legend>{ "What it is worth (optional)" }</legend>
                    <div class="atlas-inline">
                        { cell_input("value.amount_pounds", Some("In pounds, such as 2000 or 12.50"), Kind::Number, v, errors) }
                        { choice("value.per", None, "Not regular", &periods, &get("value.per"), errors) }
                        { cell_input("value.count", Some("Such as 100 journeys"), Kind::Number, v, errors) }
                        { cell_input("value.percent", Some("1 to 100"), Kind::Number, v, errors) }
                    </div>
                    { flag_input("value.up_to", "The amount is the most anyone gets (\u{201c}up to\u{201d}): never added into totals", v) }
                    { flag_input("value.loan", "It is a loan, paid back", v) }
                    { cell_input("value.note", None, Kind::Text, v, errors) }
                </fieldset>
                { choice("delivery", Some("Help the Personal Adviser gives follows the young person wherever they live; a building or a local service reaches only people living there."), "Not said (its topic decides)", &deliveries, &get("delivery"), errors) }
                { cell_input("new_referrals_to", Some("Optional: the oldest age at which it still takes new referrals, where it is closed to older newcomers."), Kind::Number, v, errors) }
                { cell_input("how_to_access", None, Kind::Area, v, errors) }
                { cell_input("contact", None, Kind::Text, v, errors) }
                <fieldset class="atlas-field">
                    <legend>{ "Source" }</legend>
                    { cell_input("source.document", Some("The document this offer comes from, such as your Local Offer."), Kind::Text, v, errors) }
                    { cell_input("source.locator", Some("The section, page or paragraph."), Kind::Text, v, errors) }
                    { cell_input("source.url", Some("Optional: starting with https://"), Kind::Url, v, errors) }
                    { cell_input("source.date", Some("Optional: the document's date."), Kind::Date, v, errors) }
                    { cell_input("source.read", Some("Optional: the day a web page was read, for pages that show no date."), Kind::Date, v, errors) }
                </fieldset>
                { cell_input("reviewed", Some("The day the council last checked this offer was right. Saving sets it to today, unless you change it here."), Kind::Date, v, errors) }
                <fieldset class="atlas-field">
                    <legend>{ "Council tax terms (only for the council tax topic)" }</legend>
                    <div class="atlas-inline">
                        { choice("council_tax.relief", None, "None", &reliefs, &get("council_tax.relief"), errors) }
                        { choice("council_tax.shared_households", None, "The source does not say", &[("yes", "Yes"), ("no", "No")], &get("council_tax.shared_households"), errors) }
                    </div>
                </fieldset>
                { cell_input("note", Some("Optional: how the offer was read from its source, such as a value that comes from law."), Kind::Area, v, errors) }
                <fieldset class="atlas-field atlas-preview-choice">
                    <legend>{ "Preview a move" }</legend>
                    <p class="atlas-hint">{ "Before saving, see what a care leaver moving between your council and this one would be told." }</p>
                    <div class="atlas-inline">
                        <div class="atlas-field">
                            <label for="atlas-f-preview-neighbour">{ "Council" }</label>
                            <select id="atlas-f-preview-neighbour" name="preview_neighbour">
                                { for props.neighbours.iter().map(|(code, name)| html! {
                                    <option value={code.clone()} selected={*code == props.neighbour}>{ name }</option>
                                }) }
                            </select>
                        </div>
                        <div class="atlas-field">
                            <label for="atlas-f-preview-age">{ "Age" }</label>
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
                        { if props.editing.is_some() { "Save the change" } else { "Add the offer" } }
                    </button>
                    <button type="submit" name="action" value="preview" class="atlas-button atlas-secondary">{ "Preview what care leavers see" }</button>
                </div>
            </form>
            if let Some((id, _)) = &props.editing {
                <p>
                    <a href={format!("/editor/offers/{id}/history")}>{ "History of this offer" }</a>
                    { " · " }
                    <a href={format!("/editor/offers/{id}/retire")}>{ "Retire this offer" }</a>
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
                <p><strong class="atlas-tag lose">{ "Retired" }</strong>{ " This offer is no longer part of the council's Local Offer." }</p>
                if let Some((code, _)) = &props.chrome.council {
                    <p><a href={format!("/editor/retired?authority={code}")}>{ "Retired offers, to restore this one" }</a></p>
                }
            } else {
                <p><a href={format!("/editor/offers/{}", props.id)}>{ format!("Change “{}”", props.title) }</a></p>
            }
            <ol class="atlas-history">
                { for props.entries.iter().map(|e| {
                    let what = match e.action {
                        Action::Created => "Added",
                        Action::Updated => "Changed",
                        Action::Retired => "Retired",
                        Action::Reviewed => "Reviewed, no change",
                        Action::Restored => "Restored",
                        _ => "Changed",
                    };
                    html! {
                        <li class="atlas-pledge" key={e.version.to_string()}>
                            <h2>{ format!("Version {}: {what}", e.version) }</h2>
                            <p class="atlas-small">{ format!("By {} on {}.", e.actor, e.at) }</p>
                            if let Some(reason) = &e.reason {
                                <p>{ format!("Reason: {reason}") }</p>
                            }
                            if e.action == Action::Reviewed {
                                <p>{ format!("Checked and found right; last reviewed is now {}.", day(&locale, e.reviewed)) }</p>
                            }
                            if !e.changes.is_empty() {
                                <p>{ format!("{} field(s) changed:", e.changes.len()) }</p>
                                { for e.changes.iter().map(|c| html! {
                                    <>
                                        <h3 class="atlas-field-head">{ &c.label }</h3>
                                        { pair(
                                            "Before".into(),
                                            html! { <p><del>{ shown(&c.column, &c.before) }</del></p> },
                                            "After".into(),
                                            html! { <p><ins>{ shown(&c.column, &c.after) }</ins></p> },
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
            <p>{ format!("“{}” will no longer be shown to care leavers. Its history stays, with your reason.", o.content.title) }</p>
            <form class="atlas-form" method="post" action={format!("/editor/offers/{}/retire", o.id)} novalidate=true>
                { hidden("csrf", &props.chrome.csrf) }
                { hidden("version", &o.version.to_string()) }
                { input("reason", "Why is it retired?", Some("For example: replaced by the new grant from April 2026. At most 1,000 characters."), Kind::Area, &props.reason, &props.errors) }
                <div class="atlas-inline">
                    <button type="submit" class="atlas-button">{ "Retire the offer" }</button>
                    <a href={format!("/editor/offers/{}", o.id)}>{ "Keep it" }</a>
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
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            <p>
                if props.offers.is_empty() {
                    { format!("{} has no retired offers.", a.name) }
                } else {
                    { format!("{} has {} retired {}. Restoring one brings it back as it was when it was retired: public again, and in search. Its history records who restored it.",
                        a.name, props.offers.len(), if props.offers.len() == 1 { "offer" } else { "offers" }) }
                }
            </p>
            <ul class="atlas-ents">
                { for props.offers.iter().map(|r| html! {
                    <li class="atlas-ent" key={r.id.as_str()} id={format!("retired-{}", r.id)}>
                        <h2 class="atlas-ent-title">{ &r.title }</h2>
                        <p class="atlas-small">
                            { format!("Retired on {} by {} · version {}",
                                r.at.format("%-d %B %Y at %H:%M UTC"), r.by, r.version) }
                        </p>
                        if let Some(reason) = &r.reason {
                            <p>{ format!("Reason: {reason}") }</p>
                        }
                        <div class="atlas-ent-actions">
                            <form method="post" action={format!("/editor/offers/{}/restore", r.id)} class="atlas-action">
                                { hidden("csrf", &props.chrome.csrf) }
                                { hidden("version", &r.version.to_string()) }
                                <button type="submit" class="atlas-button atlas-secondary">
                                    { "Restore" }<span class="atlas-vh">{ format!(" {}", r.title) }</span>
                                </button>
                            </form>
                            <a href={format!("/editor/offers/{}/history", r.id)}>
                                { "History" }<span class="atlas-vh">{ format!(" of {}", r.title) }</span>
                            </a>
                        </div>
                    </li>
                }) }
            </ul>
            <p><a href={home_url(&a.code)}>{ format!("Back to {}'s offers", a.name) }</a></p>
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
            <p>{ "Upload your offers as a spreadsheet, one row per offer. Nothing changes until you have seen what would change and said yes." }</p>
            <ul class="atlas-list">
                <li><a href={format!("/editor/offers.csv?authority={code}")} download="">{ "Download your current offers (CSV)" }</a>{ ": change them and upload the file again." }</li>
                <li><a href="/editor/template.csv" download="">{ "Download the template (CSV)" }</a>{ ": the columns and one example row." }</li>
            </ul>
            <form class="atlas-form" method="post" action="/editor/import" enctype="multipart/form-data" novalidate=true>
                { hidden("csrf", &props.chrome.csrf) }
                { hidden("authority", code) }
                <div class={classes!("atlas-field", error_for(&props.errors, "file").map(|_| "atlas-field-error"))}>
                    <label for="atlas-f-file">{ "Spreadsheet file" }</label>
                    <p class="atlas-hint" id="atlas-f-file-hint">{ "A .csv (saved as CSV UTF-8) or .xlsx file, at most 5 MB and 2,000 rows." }</p>
                    { error_text("atlas-f-file", error_for(&props.errors, "file")) }
                    <input type="file" id="atlas-f-file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        aria-describedby={described("atlas-f-file", true, error_for(&props.errors, "file").is_some())} />
                </div>
                <div class="atlas-check atlas-field">
                    <input type="checkbox" id="atlas-f-retire-missing" name="retire_missing" value="yes" aria-describedby="atlas-f-retire-missing-hint" />
                    <div>
                        <label for="atlas-f-retire-missing">{ "Retire offers the file does not list" }</label>
                        <p class="atlas-hint" id="atlas-f-retire-missing-hint">{ "Only if the file is your whole Local Offer." }</p>
                    </div>
                </div>
                <button type="submit" class="atlas-button">{ "Check the file" }</button>
            </form>
            <h2>{ "The columns" }</h2>
            <p>{ "The first row names the columns, in any order; every column must be there. Rows without an id are matched to an offer with the same topic and title." }</p>
            { scroll("The spreadsheet's columns", html! {
                <table class="atlas-matrix atlas-matrix-one">
                    <caption>{ "Columns of the offers spreadsheet" }</caption>
                    <thead><tr><th scope="col">{ "Column" }</th><th scope="col">{ "What to write" }</th></tr></thead>
                    <tbody>
                        { for COLUMNS.iter().map(|c| html! {
                            <tr><th scope="row"><code>{ c.name }</code></th><td>{ c.doc }</td></tr>
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

/// The dry run: what the import would do, or every problem by row and column.
#[function_component]
pub fn DryRunPage(props: &DryRunPageProps) -> Html {
    let locale = use_locale();
    let run = &*props.run;
    let plan = &run.plan;
    let code = &props.authority.code;
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            if let Some(m) = &props.message {
                <div class="atlas-error" role="alert"><p>{ m }</p></div>
            }
            if !run.errors.is_empty() {
                <div class="atlas-error" role="alert" aria-labelledby="atlas-error-title" tabindex="-1">
                    <h2 id="atlas-error-title">{ format!("There is a problem: {} in {}", if run.errors.len() == 1 { "1 error".to_string() } else { format!("{} errors", run.errors.len()) }, props.file_name) }</h2>
                    <p>{ "Nothing was imported. Correct these cells and upload the file again." }</p>
                </div>
                { scroll("Problems in the file", html! {
                    <table class="atlas-matrix atlas-matrix-one atlas-import-errors">
                        <caption>{ "Problems, by row and column" }</caption>
                        <thead><tr><th scope="col">{ "Row" }</th><th scope="col">{ "Column" }</th><th scope="col">{ "What is wrong" }</th></tr></thead>
                        <tbody>
                            { for run.errors.iter().map(|e| html! {
                                <tr>
                                    <td>{ e.row.map_or_else(|| "whole file".to_string(), |r| r.to_string()) }</td>
                                    <td>{ match (&e.column, &e.letters) {
                                        (Some(c), Some(l)) => format!("{c} ({l})"),
                                        (Some(c), None) => c.clone(),
                                        (None, Some(l)) => l.clone(),
                                        (None, None) => "–".to_string(),
                                    } }</td>
                                    <td>{ sentence(&e.message) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }) }
            }
            <h2>{ format!("What importing {} would do", props.file_name) }</h2>
            <p class="atlas-lede">{ sentence(&plan.summary()) }{ "." }</p>
            if !plan.create.is_empty() {
                <h3>{ format!("Add ({})", plan.create.len()) }</h3>
                <ul class="atlas-list">
                    { for plan.create.iter().map(|c| html! { <li>{ format!("Row {}: “{}”", c.row, c.content.title) }</li> }) }
                </ul>
            }
            if !plan.update.is_empty() {
                <h3>{ format!("Change ({})", plan.update.len()) }</h3>
                <ul class="atlas-list">
                    { for plan.update.iter().map(|u| html! {
                        <li>
                            { format!("Row {}: “{}”:", u.row, u.content.title) }
                            <ul class="atlas-list atlas-plan-changes">
                                { for u.changes.iter().map(|c| html! {
                                    <li>
                                        { format!("{}: was ", c.label) }<del>{ shown(&c.column, &c.before) }</del>
                                        { ", becomes " }<ins>{ shown(&c.column, &c.after) }</ins>
                                    </li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ul>
            }
            if !plan.retire.is_empty() {
                <h3>{ format!("Retire ({})", plan.retire.len()) }</h3>
                <ul class="atlas-list">
                    { for plan.retire.iter().map(|r| html! { <li>{ format!("“{}”: no row lists it", r.title) }</li> }) }
                </ul>
            }
            if !plan.unchanged.is_empty() {
                <details class="atlas-more">
                    <summary>{ format!("Unchanged ({})", plan.unchanged.len()) }</summary>
                    <ul class="atlas-list">
                        { for plan.unchanged.iter().map(|u| html! { <li>{ format!("Row {}: “{}”", u.row, u.title) }</li> }) }
                    </ul>
                </details>
            }
            if let Some(stage) = &props.stage {
                <form class="atlas-form" method="post" action="/editor/import/apply">
                    { hidden("csrf", &props.chrome.csrf) }
                    { hidden("stage", stage) }
                    <p>{ "All of it is applied at once, or none of it." }</p>
                    <div class="atlas-inline">
                        <button type="submit" class="atlas-button">{ "Apply these changes" }</button>
                        <a href={home_url(code)}>{ "Cancel" }</a>
                    </div>
                </form>
            } else {
                <p>
                    <a href={format!("/editor/import?authority={code}")}>{ "Upload another file" }</a>
                    { " · " }
                    <a href={home_url(code)}>{ "Back to the offers" }</a>
                </p>
            }
            if props.retire_missing && run.errors.is_empty() && plan.retire.is_empty() {
                <p class="atlas-small">{ "Every current offer is in the file: none would be retired." }</p>
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
                <h2>{ "The spreadsheet was imported" }</h2>
                <p>{ format!("{} added, {} changed, {} retired. Each change is a new version in the offer's history.", props.created, props.updated, props.retired) }</p>
            </div>
            <p><a href={home_url(&props.authority.code)}>{ format!("Back to {}'s offers", props.authority.name) }</a></p>
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
