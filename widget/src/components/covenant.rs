//! The covenant views: the registration form, a signatory's "your pledges" editor and the
//! moderation queue. They are plain HTML forms (GOV.UK patterns: an error summary that
//! links to each field, the message beside the field), so they work with no JavaScript.
//!
//! The signatory's or moderator's token travels only inside the form (a password field,
//! then a hidden field of the page it opens): there are no cookies and nothing is stored
//! in the browser.

use std::rc::Rc;

use atlas_shared::api::{ModerationQueue, OrganisationView};
use atlas_shared::covenant::PledgeContent;
use atlas_shared::moderation::{Decision, LogEntry, Subject, LOG_PAGE};
use atlas_shared::topic::TOPICS;
use atlas_shared::validate::FieldError;
use atlas_shared::words::Locale;
use atlas_shared::{OrganisationKind, Pledge, PledgeStatus};
use yew::prelude::*;

use super::{ErrorPrefix, ProblemSummary};
use crate::language::use_locale;

/// The id of the input a field error points at: the field's first path segment
/// (`coverage.authorities[2]` belongs to the `coverage` fieldset).
pub fn field_id(field: &str) -> String {
    let base = field.split(['.', '[']).next().unwrap_or(field);
    format!("atlas-f-{}", if base.is_empty() { "form" } else { base })
}

/// The first error about `name` (or a path under it).
fn error_for<'a>(errors: &'a [FieldError], name: &str) -> Option<&'a FieldError> {
    errors.iter().find(|e| field_id(&e.field) == field_id(name))
}

#[derive(Properties, PartialEq, Clone)]
pub struct ErrorSummaryProps {
    pub errors: Rc<Vec<FieldError>>,
    /// A problem that is not about one field.
    #[prop_or_default]
    pub message: Option<String>,
    /// Whether the errors' messages are already in the reader's language (the token
    /// form's own), rather than the validation's English.
    #[prop_or_default]
    pub said: bool,
}

/// "There is a problem" for a covenant form: each error in words, a link to its field.
#[function_component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let locale = use_locale();
    let problems: Vec<(Option<String>, String)> = props
        .errors
        .iter()
        .map(|e| {
            (
                (!e.field.is_empty()).then(|| field_id(&e.field)),
                describe(&locale, e, props.said),
            )
        })
        .collect();
    html! { <ProblemSummary {problems} message={props.message.clone()} /> }
}

/// A message as a sentence: validation messages start in lower case ("must be …").
fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// What is wrong, in the reader's language: the validation's exact English in English,
/// else a sentence by the problem's code; a message `said` is already in their language.
fn problem_text(locale: &Locale, e: &FieldError, said: bool) -> String {
    if said {
        e.message.clone()
    } else {
        locale.field_problem(e)
    }
}

/// An error in words, naming the field for people rather than by its JSON path.
fn describe(locale: &Locale, e: &FieldError, said: bool) -> String {
    let name = match field_id(&e.field).trim_start_matches("atlas-f-") {
        "name" => "covenant-field-name",
        "kind" => "covenant-field-kind",
        "website" => "covenant-field-website",
        "contact_email" => "covenant-field-contact-email",
        "statement" => "covenant-field-statement",
        "topic" => "covenant-field-topic",
        "title" => "covenant-field-title",
        "summary" => "covenant-field-summary",
        "details" => "covenant-field-details",
        "coverage" => "covenant-field-coverage",
        "age_from" => "covenant-field-age-from",
        "age_to" => "covenant-field-age-to",
        "places" => "covenant-field-places",
        "how_to_apply" => "covenant-field-how-to-apply",
        "closes" => "covenant-field-closes",
        "reason" => "covenant-field-reason",
        "token" => "covenant-field-token",
        _ => "",
    };
    let problem = problem_text(locale, e, said);
    if name.is_empty() {
        problem
    } else {
        locale.f(
            "covenant-problem-named",
            &[
                ("field", locale.t(name).as_str().into()),
                ("problem", problem.as_str().into()),
            ],
        )
    }
}

/// A field's label with "(optional)".
fn optional(locale: &Locale, id: &str) -> String {
    locale.f(
        "covenant-optional",
        &[("label", locale.t(id).as_str().into())],
    )
}

#[derive(Properties, PartialEq, Clone)]
struct TextFieldProps {
    name: AttrValue,
    label: AttrValue,
    #[prop_or_default]
    hint: Option<AttrValue>,
    #[prop_or_default]
    value: AttrValue,
    /// `text`, `email`, `url`, `number`, `date`, `password` or `textarea`.
    #[prop_or(AttrValue::Static("text"))]
    kind: AttrValue,
    #[prop_or_default]
    required: bool,
    #[prop_or_default]
    autocomplete: Option<AttrValue>,
    errors: Rc<Vec<FieldError>>,
    /// Whether the errors' messages are already in the reader's language.
    #[prop_or_default]
    said: bool,
}

/// A labelled input with its hint and error, tied together for screen readers.
#[function_component]
fn TextField(props: &TextFieldProps) -> Html {
    let locale = use_locale();
    let id = field_id(&props.name);
    let error = error_for(&props.errors, &props.name);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        error.map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = error.map(|_| "true");
    let class = classes!("atlas-field", error.map(|_| "atlas-field-error"));
    html! {
        <div class={class}>
            <label for={id.clone()}>{ &props.label }</label>
            if let Some(h) = &props.hint {
                <p class="atlas-hint" id={hint_id.clone()}>{ h }</p>
            }
            if let Some(e) = error {
                <p class="atlas-error-text" id={error_id.clone()}>
                    <ErrorPrefix />{ sentence(&problem_text(&locale, e, props.said)) }
                </p>
            }
            if props.kind == "textarea" {
                <textarea id={id.clone()} name={props.name.clone()} rows="5"
                    required={props.required} aria-describedby={described.clone()}
                    aria-invalid={invalid} value={props.value.clone()} />
            } else {
                <input id={id} name={props.name.clone()} type={props.kind.clone()}
                    value={props.value.clone()} required={props.required}
                    autocomplete={props.autocomplete.clone()}
                    aria-describedby={described} aria-invalid={invalid} />
            }
        </div>
    }
}

/// What the registration form holds (as typed, so it can be shown again).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RegistrationValues {
    pub name: String,
    pub kind: String,
    pub website: String,
    pub contact_email: String,
    pub statement: String,
}

#[derive(Properties, PartialEq, Clone)]
pub struct RegisterPageProps {
    #[prop_or_default]
    pub values: RegistrationValues,
    #[prop_or_default]
    pub errors: Rc<Vec<FieldError>>,
    #[prop_or_default]
    pub message: Option<String>,
}

/// `/covenant/register`: sign up as a covenant signatory.
#[function_component]
pub fn RegisterPage(props: &RegisterPageProps) -> Html {
    let locale = use_locale();
    let v = &props.values;
    let errors = props.errors.clone();
    let kind_error = error_for(&errors, "kind");
    html! {
        <div class="atlas">
            <ErrorSummary errors={errors.clone()} message={props.message.clone()} />
            <p>{ locale.t("covenant-register-intro") }</p>
            <form class="atlas-form" method="post" action={locale.link("/covenant/register")} novalidate=true>
                <TextField name="name" label={locale.t("covenant-label-name")} value={v.name.clone()}
                    required=true autocomplete={AttrValue::Static("organization")} errors={errors.clone()} />
                <div class={classes!("atlas-field", kind_error.map(|_| "atlas-field-error"))}>
                    <label for="atlas-f-kind">{ locale.t("covenant-field-kind") }</label>
                    if let Some(e) = kind_error {
                        <p class="atlas-error-text" id="atlas-f-kind-error">
                            <ErrorPrefix />{ sentence(&locale.field_problem(e)) }
                        </p>
                    }
                    <select id="atlas-f-kind" name="kind"
                        aria-describedby={kind_error.map(|_| "atlas-f-kind-error")}>
                        <option value="" selected={v.kind.is_empty()}>{ locale.t("covenant-kind-choose") }</option>
                        { for OrganisationKind::ALL.iter().map(|k| html! {
                            <option value={k.slug()} selected={v.kind == k.slug()}>{ kind_name(&locale, *k) }</option>
                        }) }
                    </select>
                </div>
                <TextField name="website" label={locale.t("covenant-field-website")} kind="url" value={v.website.clone()}
                    hint={locale.t("covenant-hint-website")}
                    required=true autocomplete={AttrValue::Static("url")} errors={errors.clone()} />
                <TextField name="contact_email" label={locale.t("covenant-field-contact-email")} kind="email"
                    value={v.contact_email.clone()}
                    hint={locale.t("covenant-hint-contact-email")}
                    required=true autocomplete={AttrValue::Static("email")} errors={errors.clone()} />
                <TextField name="statement" label={locale.t("covenant-field-statement")} kind="textarea"
                    value={v.statement.clone()}
                    hint={locale.t("covenant-hint-statement")}
                    required=true errors={errors.clone()} />
                <button type="submit" class="atlas-button">{ locale.t("covenant-register-button") }</button>
            </form>
        </div>
    }
}

/// An organisation's kind in the reader's language.
fn kind_name(locale: &Locale, kind: OrganisationKind) -> String {
    locale.t(&format!("covenant-kind-{}", kind.slug().replace('_', "-")))
}

/// A pledge's state in the reader's language.
fn status_name(locale: &Locale, status: PledgeStatus) -> String {
    locale.t(match status {
        PledgeStatus::Pending => "covenant-status-pending",
        PledgeStatus::Published => "covenant-status-published",
        PledgeStatus::Withdrawn => "covenant-status-withdrawn",
        PledgeStatus::Rejected => "covenant-status-rejected",
    })
}

#[derive(Properties, PartialEq, Clone)]
pub struct RegisteredPageProps {
    pub organisation: OrganisationView,
    pub token: AttrValue,
}

/// What a new signatory sees once: its token.
#[function_component]
pub fn RegisteredPage(props: &RegisteredPageProps) -> Html {
    let locale = use_locale();
    let o = &props.organisation.organisation;
    html! {
        <div class="atlas">
            <div class="atlas-notice" role="status">
                <h2>{ locale.f("covenant-registered-heading", &[("organisation", o.name.as_str().into())]) }</h2>
                <p>{ locale.t("covenant-registered-check") }</p>
            </div>
            <h3>{ locale.t("covenant-your-token") }</h3>
            <p>{ locale.t("covenant-token-keep") }</p>
            <p><code class="atlas-token" id="atlas-token" translate="no">{ &props.token }</code></p>
            <p><a href={locale.link("/covenant/pledges")}>{ locale.t("covenant-go-to-pledges") }</a></p>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct TokenPageProps {
    /// Where the form posts: `/covenant/pledges` or `/covenant/moderation`.
    pub action: AttrValue,
    /// What to enter, in the reader's language.
    pub intro: AttrValue,
    /// What is wrong with the token sent, in the reader's language.
    #[prop_or_default]
    pub message: Option<String>,
}

/// Asks for a token before showing private records.
#[function_component]
pub fn TokenPage(props: &TokenPageProps) -> Html {
    let locale = use_locale();
    let errors = Rc::new(match &props.message {
        Some(m) => vec![FieldError {
            field: "token".into(),
            code: atlas_shared::ErrorCode::Unauthorized,
            message: m.clone(),
        }],
        None => Vec::new(),
    });
    html! {
        <div class="atlas">
            <ErrorSummary errors={errors.clone()} said=true />
            <p>{ &props.intro }</p>
            <form class="atlas-form" method="post" action={locale.link(&props.action)}>
                <TextField name="token" label={locale.t("covenant-your-token")} kind="password"
                    hint={locale.f("covenant-token-hint", &[("prefix", "oat_".into())])} required=true
                    autocomplete={AttrValue::Static("off")} errors={errors} said=true />
                <button type="submit" class="atlas-button">{ locale.t("covenant-continue") }</button>
            </form>
        </div>
    }
}

/// What the pledge form holds, as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct PledgeValues {
    pub topic: String,
    pub title: String,
    pub summary: String,
    pub details: String,
    pub national: bool,
    pub partnerships: Vec<String>,
    pub authorities: Vec<String>,
    pub age_from: String,
    pub age_to: String,
    pub places: String,
    pub how_to_apply: String,
    pub closes: String,
}

impl Default for PledgeValues {
    fn default() -> PledgeValues {
        PledgeValues {
            topic: String::new(),
            title: String::new(),
            summary: String::new(),
            details: String::new(),
            national: false,
            partnerships: Vec::new(),
            authorities: Vec::new(),
            age_from: atlas_shared::MIN_AGE.to_string(),
            age_to: atlas_shared::MAX_AGE.to_string(),
            places: String::new(),
            how_to_apply: String::new(),
            closes: String::new(),
        }
    }
}

impl From<&PledgeContent> for PledgeValues {
    fn from(c: &PledgeContent) -> PledgeValues {
        PledgeValues {
            topic: c.topic.clone(),
            title: c.title.clone(),
            summary: c.summary.clone(),
            details: c.details.clone().unwrap_or_default(),
            national: c.coverage.national,
            partnerships: c.coverage.partnerships.clone(),
            authorities: c.coverage.authorities.clone(),
            age_from: c.age_from.to_string(),
            age_to: c.age_to.to_string(),
            places: c.places.map(|p| p.to_string()).unwrap_or_default(),
            how_to_apply: c.how_to_apply.clone().unwrap_or_default(),
            closes: c.closes.map(|d| d.to_string()).unwrap_or_default(),
        }
    }
}

/// A place a pledge may cover, for the form's checkboxes: id and name.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceChoice {
    pub id: String,
    pub name: String,
}

#[derive(Properties, PartialEq, Clone)]
pub struct PledgeFormProps {
    pub token: AttrValue,
    pub values: PledgeValues,
    /// The pledge being edited and the version it was read at; `None` for a new pledge.
    #[prop_or_default]
    pub editing: Option<(String, u64)>,
    pub errors: Rc<Vec<FieldError>>,
    pub places: Rc<Places>,
}

fn checkbox(name: &'static str, choice: &PlaceChoice, checked: bool) -> Html {
    let id = format!("atlas-{name}-{}", choice.id);
    html! {
        <div class="atlas-check">
            <input type="checkbox" id={id.clone()} name={name} value={choice.id.clone()} checked={checked} />
            <label for={id} lang="en" dir="ltr">{ &choice.name }</label>
        </div>
    }
}

/// Write a new pledge or change one.
#[function_component]
pub fn PledgeForm(props: &PledgeFormProps) -> Html {
    let locale = use_locale();
    let v = &props.values;
    let errors = props.errors.clone();
    let topic_error = error_for(&errors, "topic");
    let coverage_error = error_for(&errors, "coverage");
    let heading = locale.t(if props.editing.is_some() {
        "covenant-pledge-change-heading"
    } else {
        "covenant-pledge-new-heading"
    });
    html! {
        <form class="atlas-form" method="post" action={locale.link("/covenant/pledges")} novalidate=true
            aria-labelledby="atlas-pledge-form-title">
            <h3 id="atlas-pledge-form-title">{ heading }</h3>
            <input type="hidden" name="token" value={props.token.clone()} />
            if let Some((id, version)) = &props.editing {
                <input type="hidden" name="action" value="save" />
                <input type="hidden" name="pledge" value={id.clone()} />
                <input type="hidden" name="version" value={version.to_string()} />
            } else {
                <input type="hidden" name="action" value="submit" />
            }
            <div class={classes!("atlas-field", topic_error.map(|_| "atlas-field-error"))}>
                <label for="atlas-f-topic">{ locale.t("covenant-field-topic") }</label>
                if let Some(e) = topic_error {
                    <p class="atlas-error-text" id="atlas-f-topic-error">
                        <ErrorPrefix />{ sentence(&locale.field_problem(e)) }
                    </p>
                }
                <select id="atlas-f-topic" name="topic"
                    aria-describedby={topic_error.map(|_| "atlas-f-topic-error")}>
                    <option value="" selected={v.topic.is_empty()}>{ locale.t("covenant-topic-choose") }</option>
                    { for TOPICS.iter().map(|t| html! {
                        <option value={t.slug} selected={v.topic == t.slug}>{ t.name(&locale) }</option>
                    }) }
                </select>
            </div>
            <TextField name="title" label={locale.t("covenant-field-title")} value={v.title.clone()} required=true errors={errors.clone()} />
            <TextField name="summary" label={locale.t("covenant-field-summary")} kind="textarea" value={v.summary.clone()}
                hint={locale.t("covenant-hint-summary")}
                required=true errors={errors.clone()} />
            <TextField name="details" label={optional(&locale, "covenant-field-details")} kind="textarea" value={v.details.clone()} errors={errors.clone()} />
            <div class={classes!("atlas-field", coverage_error.map(|_| "atlas-field-error"))}>
                <fieldset id="atlas-f-coverage"
                    aria-describedby={coverage_error.map(|_| "atlas-f-coverage-error")}>
                    <legend>{ locale.t("covenant-field-coverage") }</legend>
                    if let Some(e) = coverage_error {
                        <p class="atlas-error-text" id="atlas-f-coverage-error">
                            <ErrorPrefix />{ sentence(&locale.field_problem(e)) }
                        </p>
                    }
                    <div class="atlas-check">
                        <input type="checkbox" id="atlas-national" name="national" value="true" checked={v.national} />
                        <label for="atlas-national">{ locale.t("covenant-everywhere") }</label>
                    </div>
                    { for props.places.partnerships.iter().map(|p| checkbox("partnerships", p, v.partnerships.contains(&p.id))) }
                    <details class="atlas-more" open={!v.authorities.is_empty()}>
                        <summary>{ locale.t("covenant-choose-councils") }</summary>
                        { for props.places.authorities.iter().map(|a| checkbox("authorities", a, v.authorities.contains(&a.id))) }
                    </details>
                </fieldset>
            </div>
            <div class="atlas-inline">
                <TextField name="age_from" label={locale.t("covenant-field-age-from")} kind="number" value={v.age_from.clone()} errors={errors.clone()} />
                <TextField name="age_to" label={locale.t("covenant-field-age-to")} kind="number" value={v.age_to.clone()} errors={errors.clone()} />
                <TextField name="places" label={optional(&locale, "covenant-field-places")} kind="number" value={v.places.clone()} errors={errors.clone()} />
            </div>
            <TextField name="how_to_apply" label={optional(&locale, "covenant-field-how-to-apply")} kind="textarea" value={v.how_to_apply.clone()} errors={errors.clone()} />
            <TextField name="closes" label={optional(&locale, "covenant-field-closes")} kind="date" value={v.closes.clone()} errors={errors.clone()} />
            <button type="submit" class="atlas-button">
                { locale.t(if props.editing.is_some() { "covenant-send-change" } else { "covenant-send" }) }
            </button>
        </form>
    }
}

/// A small form that posts one action about one pledge or organisation.
fn action_button(
    // The address it posts to, naming the reader's language (`Locale::link`).
    action_url: &str,
    token: &AttrValue,
    action: &'static str,
    target: (&'static str, &str),
    version: Option<u64>,
    label: String,
    secondary: bool,
) -> Html {
    html! {
        <form method="post" action={action_url.to_string()} class="atlas-action">
            <input type="hidden" name="token" value={token.clone()} />
            <input type="hidden" name="action" value={action} />
            <input type="hidden" name={target.0} value={target.1.to_string()} />
            if let Some(v) = version {
                <input type="hidden" name="version" value={v.to_string()} />
            }
            <button type="submit" class={classes!("atlas-button", secondary.then_some("atlas-secondary"))}>{ label }</button>
        </form>
    }
}

/// The places a pledge's coverage names, in words ("Wiltshire, Greater Manchester").
fn coverage_text(locale: &Locale, p: &PledgeContent, places: &Places) -> String {
    let c = &p.coverage;
    let name = |list: &[PlaceChoice], id: &String| {
        list.iter()
            .find(|choice| &choice.id == id)
            .map_or_else(|| id.clone(), |choice| choice.name.clone())
    };
    let mut parts = Vec::new();
    if c.national {
        parts.push(locale.t("covenant-everywhere-in-list"));
    }
    parts.extend(
        c.partnerships
            .iter()
            .map(|id| name(&places.partnerships, id)),
    );
    parts.extend(c.authorities.iter().map(|id| name(&places.authorities, id)));
    locale.comma_list(parts)
}

fn pledge_facts(locale: &Locale, c: &PledgeContent, places: &Places) -> Html {
    html! {
        <>
            <p lang="en" dir="ltr">{ &c.summary }</p>
            <p class="atlas-small">
                { locale.f("covenant-pledge-facts", &[
                    ("from", c.age_from.into()),
                    ("to", c.age_to.into()),
                    ("where", coverage_text(locale, c, places).as_str().into()),
                ]) }
                if let Some(n) = c.places { { " " }{ locale.f("covenant-pledge-places", &[("count", n.into())]) } }
            </p>
        </>
    }
}

/// Every partnership and council a pledge may name, for the form and for showing names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Places {
    pub partnerships: Vec<PlaceChoice>,
    pub authorities: Vec<PlaceChoice>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct SignatoryPageProps {
    pub token: AttrValue,
    pub organisation: OrganisationView,
    pub pledges: Rc<Vec<Pledge>>,
    pub form: PledgeValues,
    #[prop_or_default]
    pub editing: Option<(String, u64)>,
    #[prop_or_default]
    pub errors: Rc<Vec<FieldError>>,
    #[prop_or_default]
    pub message: Option<String>,
    /// What just happened ("Your pledge was sent for moderation."), announced politely.
    #[prop_or_default]
    pub notice: Option<String>,
    pub places: Rc<Places>,
}

/// `/covenant/pledges`: an organisation's pledges, their state, and the pledge form.
#[function_component]
pub fn SignatoryPage(props: &SignatoryPageProps) -> Html {
    let locale = use_locale();
    let o = &props.organisation;
    let token = &props.token;
    html! {
        <div class="atlas">
            <ErrorSummary errors={props.errors.clone()} message={props.message.clone()} />
            if let Some(n) = &props.notice {
                <div class="atlas-notice" role="status"><p>{ n }</p></div>
            }
            <h2 lang="en" dir="ltr">{ &o.organisation.name }</h2>
            <p>{ locale.t(match o.status {
                atlas_shared::covenant::OrganisationStatus::Verified => "covenant-verified-note",
                atlas_shared::covenant::OrganisationStatus::Pending => "covenant-pending-note",
            }) }</p>
            <h3>{ locale.t("covenant-your-pledges") }</h3>
            if props.pledges.is_empty() {
                <p class="atlas-none">{ locale.t("covenant-no-pledges") }</p>
            }
            <ul class="atlas-pledges">
                { for props.pledges.iter().map(|p| {
                    let content = p.content.clone();
                    let can_withdraw = matches!(p.status, PledgeStatus::Pending | PledgeStatus::Published);
                    html! {
                        <li class="atlas-pledge" key={p.id.as_str()}>
                            <h4 lang="en" dir="ltr">{ &p.content.title }</h4>
                            <p><strong class="atlas-tag">{ status_name(&locale, p.status) }</strong></p>
                            if let Some(reason) = &p.rejection_reason {
                                <p>{ locale.f("covenant-moderator-reason", &[("reason", reason.into())]) }</p>
                            }
                            if p.draft.is_some() {
                                <p>{ locale.t("covenant-change-waiting") }</p>
                            }
                            { pledge_facts(&locale, &content, &props.places) }
                            if p.status != PledgeStatus::Withdrawn {
                                <div class="atlas-inline">
                                    { action_button(&locale.link("/covenant/pledges"), token, "edit", ("pledge", &p.id), None, locale.f("covenant-change-pledge", &[("title", (&p.content.title).into())]), true) }
                                    if can_withdraw {
                                        { action_button(&locale.link("/covenant/pledges"), token, "withdraw", ("pledge", &p.id), Some(p.version), locale.f("covenant-withdraw-pledge", &[("title", (&p.content.title).into())]), true) }
                                    }
                                </div>
                            }
                        </li>
                    }
                }) }
            </ul>
            <PledgeForm token={token.clone()} values={props.form.clone()} editing={props.editing.clone()}
                errors={props.errors.clone()} places={props.places.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ModerationPageProps {
    pub token: AttrValue,
    pub queue: Rc<ModerationQueue>,
    #[prop_or_default]
    pub errors: Rc<Vec<FieldError>>,
    #[prop_or_default]
    pub message: Option<String>,
    #[prop_or_default]
    pub notice: Option<String>,
    pub places: Rc<Places>,
}

/// `/covenant/moderation`: organisations to verify and pledges (or edits) to decide.
#[function_component]
pub fn ModerationPage(props: &ModerationPageProps) -> Html {
    let locale = use_locale();
    let q = &props.queue;
    let token = &props.token;
    html! {
        <div class="atlas">
            <ErrorSummary errors={props.errors.clone()} message={props.message.clone()} />
            if let Some(n) = &props.notice {
                <div class="atlas-notice" role="status"><p>{ n }</p></div>
            }
            { log_button(&locale, token, 1, locale.t("covenant-log-button")) }
            <h2>{ locale.f("covenant-organisations-to-verify", &[("count", q.organisations.len().into())]) }</h2>
            if q.organisations.is_empty() {
                <p class="atlas-none">{ locale.t("covenant-none-waiting") }</p>
            }
            <ul class="atlas-queue">
                { for q.organisations.iter().map(|v| {
                    let o = &v.organisation;
                    html! {
                        <li class="atlas-pledge" key={o.id.as_str()}>
                            <h3 lang="en" dir="ltr">{ &o.name }</h3>
                            <p class="atlas-small">
                                { locale.f("covenant-organisation-facts", &[
                                    ("kind", kind_name(&locale, o.kind).as_str().into()),
                                    ("website", o.website.clone().unwrap_or_else(|| locale.t("covenant-no-website")).as_str().into()),
                                    ("email", o.contact_email.clone().unwrap_or_else(|| locale.t("covenant-no-email")).as_str().into()),
                                ]) }
                            </p>
                            if let Some(s) = &o.statement { <p lang="en" dir="ltr">{ s }</p> }
                            { action_button(&locale.link("/covenant/moderation"), token, "verify", ("organisation", &o.id), None, locale.f("covenant-verify", &[("name", (&o.name).into())]), false) }
                        </li>
                    }
                }) }
            </ul>
            <h2>{ locale.f("covenant-pledges-to-decide", &[("count", q.pledges.len().into())]) }</h2>
            if q.pledges.is_empty() {
                <p class="atlas-none">{ locale.t("covenant-none-waiting") }</p>
            }
            <ul class="atlas-queue">
                { for q.pledges.iter().map(|p| {
                    let proposed = p.draft.as_deref().cloned().unwrap_or_else(|| p.content.clone());
                    let reason_id = format!("atlas-reason-{}", p.id);
                    html! {
                        <li class="atlas-pledge" key={p.id.as_str()}>
                            <h3 lang="en" dir="ltr">{ &proposed.title }</h3>
                            <p class="atlas-small">{ locale.f("covenant-pledge-from", &[
                                ("organisation", p.organisation.as_str().into()),
                                ("what", if p.draft.is_some() { "change" } else { "new" }.into()),
                            ]) }</p>
                            { pledge_facts(&locale, &proposed, &props.places) }
                            if p.draft.is_some() {
                                <p class="atlas-small">{ locale.f("covenant-published-now", &[("title", (&p.content.title).into())]) }</p>
                            }
                            <div class="atlas-inline">
                                { action_button(&locale.link("/covenant/moderation"), token, "publish", ("pledge", &p.id), Some(p.version), locale.f("covenant-publish", &[("title", (&proposed.title).into())]), false) }
                            </div>
                            <form method="post" action={locale.link("/covenant/moderation")} class="atlas-form atlas-action">
                                <input type="hidden" name="token" value={token.clone()} />
                                <input type="hidden" name="action" value="reject" />
                                <input type="hidden" name="pledge" value={p.id.clone()} />
                                <input type="hidden" name="version" value={p.version.to_string()} />
                                <div class="atlas-field">
                                    <label for={reason_id.clone()}>{ locale.f("covenant-reject-reason", &[("title", (&proposed.title).into())]) }</label>
                                    <textarea id={reason_id} name="reason" rows="2" />
                                </div>
                                <button type="submit" class="atlas-button atlas-secondary">{ locale.t("covenant-reject") }</button>
                            </form>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// A button that opens a page of the moderation log with the moderator's token.
fn log_button(locale: &Locale, token: &AttrValue, page: usize, label: String) -> Html {
    html! {
        <form method="post" action={locale.link("/covenant/moderation/log")} class="atlas-action">
            <input type="hidden" name="token" value={token.clone()} />
            <input type="hidden" name="page" value={page.to_string()} />
            <button type="submit" class="atlas-button atlas-secondary">{ label }</button>
        </form>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ModerationLogPageProps {
    pub token: AttrValue,
    /// Newest first.
    pub entries: Rc<Vec<LogEntry>>,
    /// From 1.
    pub page: usize,
    /// Whether older decisions remain after this page.
    pub more: bool,
}

/// `/covenant/moderation/log`: the decisions moderators took, newest first, a page at a
/// time: when, who, what, and which pledge or organisation.
#[function_component]
pub fn ModerationLogPage(props: &ModerationLogPageProps) -> Html {
    let locale = use_locale();
    let token = &props.token;
    let first = (props.page - 1) * LOG_PAGE;
    html! {
        <div class="atlas">
            <p>
                if props.entries.is_empty() {
                    { locale.t(if props.page == 1 { "covenant-log-none" } else { "covenant-log-no-older" }) }
                } else {
                    { locale.f("covenant-log-intro", &[
                        ("first", (first + 1).into()),
                        ("last", (first + props.entries.len()).into()),
                        ("per", LOG_PAGE.into()),
                    ]) }
                }
            </p>
            if !props.entries.is_empty() {
                <div class="atlas-scroll" role="region" aria-label={locale.t("covenant-log-label")} tabindex="0">
                    <table class="atlas-matrix atlas-log">
                        <caption>{ locale.f("covenant-log-caption", &[("page", props.page.into())]) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ locale.t("covenant-log-when") }</th>
                                <th scope="col">{ locale.t("covenant-log-who") }</th>
                                <th scope="col">{ locale.t("covenant-log-decision") }</th>
                                <th scope="col">{ locale.t("covenant-log-about") }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for props.entries.iter().map(|e| html! {
                                <tr>
                                    <td>{ locale.f("covenant-log-at", &[
                                        ("date", locale.date(e.at.date_naive()).as_str().into()),
                                        ("time", e.at.format("%H:%M").to_string().as_str().into()),
                                    ]) }</td>
                                    <td translate="no">{ &e.by }</td>
                                    <td>{ decision_text(&locale, &e.decision) }</td>
                                    <td>{ match &e.subject {
                                        Subject::Pledge { id, title, organisation } => locale.f("covenant-log-pledge", &[
                                            ("title", title.into()),
                                            ("id", id.into()),
                                            ("organisation", organisation.into()),
                                        ]),
                                        Subject::Organisation { id, name } => locale.f("covenant-log-organisation", &[
                                            ("name", name.into()),
                                            ("id", id.into()),
                                        ]),
                                    } }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <div class="atlas-inline">
                if props.page > 1 {
                    { log_button(&locale, token, props.page - 1, locale.t("covenant-log-newer")) }
                }
                if props.more {
                    { log_button(&locale, token, props.page + 1, locale.t("covenant-log-older")) }
                }
                <form method="post" action={locale.link("/covenant/moderation")} class="atlas-action">
                    <input type="hidden" name="token" value={token.clone()} />
                    <button type="submit" class="atlas-button atlas-secondary">{ locale.t("covenant-log-back") }</button>
                </form>
            </div>
        </div>
    }
}

/// A moderator's decision in the reader's language (the reason as the moderator wrote it).
fn decision_text(locale: &Locale, decision: &Decision) -> String {
    match decision {
        Decision::Published => locale.t("covenant-decision-published"),
        Decision::Rejected {
            reason,
            edit: false,
        } => locale.f("covenant-decision-rejected", &[("reason", reason.into())]),
        Decision::Rejected { reason, edit: true } => locale.f(
            "covenant-decision-edit-rejected",
            &[("reason", reason.into())],
        ),
        Decision::Verified => locale.t("covenant-decision-verified"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn field_errors_point_at_the_input_that_holds_them() {
        assert_eq!(
            super::field_id("coverage.authorities[3]"),
            "atlas-f-coverage"
        );
        assert_eq!(super::field_id("source.url"), "atlas-f-source");
        assert_eq!(super::field_id("title"), "atlas-f-title");
        assert_eq!(super::field_id(""), "atlas-f-form");
    }
}
