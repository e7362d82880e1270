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
use atlas_shared::moderation::{LogEntry, Subject, LOG_PAGE};
use atlas_shared::topic::TOPICS;
use atlas_shared::validate::FieldError;
use atlas_shared::{OrganisationKind, Pledge, PledgeStatus};
use yew::prelude::*;

use super::ProblemSummary;

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
}

/// "There is a problem" for a covenant form: each error in words, a link to its field.
#[function_component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let problems: Vec<(Option<String>, String)> = props
        .errors
        .iter()
        .map(|e| {
            (
                (!e.field.is_empty()).then(|| field_id(&e.field)),
                describe(e),
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

/// An error in words, naming the field for people rather than by its JSON path.
fn describe(e: &FieldError) -> String {
    let name = match field_id(&e.field).trim_start_matches("atlas-f-") {
        "name" => "Name",
        "kind" => "Kind of organisation",
        "website" => "Website",
        "contact_email" => "Contact email",
        "statement" => "Statement of intent",
        "topic" => "Topic",
        "title" => "Title",
        "summary" => "Summary",
        "details" => "Details",
        "coverage" => "Where it applies",
        "age_from" => "From age",
        "age_to" => "To age",
        "places" => "Places",
        "how_to_apply" => "How to apply",
        "closes" => "Closing date",
        "reason" => "Reason",
        "token" => "Token",
        _ => "",
    };
    if name.is_empty() {
        e.message.clone()
    } else {
        format!("{name}: {}", e.message)
    }
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
}

/// A labelled input with its hint and error, tied together for screen readers.
#[function_component]
fn TextField(props: &TextFieldProps) -> Html {
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
                    <span class="atlas-vh">{ "Error: " }</span>{ sentence(&e.message) }
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
    let v = &props.values;
    let errors = props.errors.clone();
    let kind_error = error_for(&errors, "kind");
    html! {
        <div class="atlas">
            <ErrorSummary errors={errors.clone()} message={props.message.clone()} />
            <p>{ "Tell us who you are. A moderator checks every organisation before its pledges are shown to care leavers." }</p>
            <form class="atlas-form" method="post" action="/covenant/register" novalidate=true>
                <TextField name="name" label="Name of the organisation" value={v.name.clone()}
                    required=true autocomplete={AttrValue::Static("organization")} errors={errors.clone()} />
                <div class={classes!("atlas-field", kind_error.map(|_| "atlas-field-error"))}>
                    <label for="atlas-f-kind">{ "Kind of organisation" }</label>
                    if let Some(e) = kind_error {
                        <p class="atlas-error-text" id="atlas-f-kind-error">
                            <span class="atlas-vh">{ "Error: " }</span>{ sentence(&e.message) }
                        </p>
                    }
                    <select id="atlas-f-kind" name="kind"
                        aria-describedby={kind_error.map(|_| "atlas-f-kind-error")}>
                        <option value="" selected={v.kind.is_empty()}>{ "Choose one" }</option>
                        { for OrganisationKind::ALL.iter().map(|k| html! {
                            <option value={k.slug()} selected={v.kind == k.slug()}>{ k.label() }</option>
                        }) }
                    </select>
                </div>
                <TextField name="website" label="Website" kind="url" value={v.website.clone()}
                    hint={AttrValue::Static("Starting with https:// or http://")}
                    required=true autocomplete={AttrValue::Static("url")} errors={errors.clone()} />
                <TextField name="contact_email" label="Contact email" kind="email"
                    value={v.contact_email.clone()}
                    hint={AttrValue::Static("Only moderators see this.")}
                    required=true autocomplete={AttrValue::Static("email")} errors={errors.clone()} />
                <TextField name="statement" label="Statement of intent" kind="textarea"
                    value={v.statement.clone()}
                    hint={AttrValue::Static("What your organisation means to do for care leavers.")}
                    required=true errors={errors.clone()} />
                <button type="submit" class="atlas-button">{ "Register" }</button>
            </form>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct RegisteredPageProps {
    pub organisation: OrganisationView,
    pub token: AttrValue,
}

/// What a new signatory sees once: its token.
#[function_component]
pub fn RegisteredPage(props: &RegisteredPageProps) -> Html {
    let o = &props.organisation.organisation;
    html! {
        <div class="atlas">
            <div class="atlas-notice" role="status">
                <h2>{ format!("{} is registered", o.name) }</h2>
                <p>{ "A moderator will check your organisation before anything you pledge is shown." }</p>
            </div>
            <h3>{ "Your token" }</h3>
            <p>{ "Use this token to write and manage your pledges. Copy it now and keep it safe: we cannot show it again, and anyone who has it can change your pledges." }</p>
            <p><code class="atlas-token" id="atlas-token">{ &props.token }</code></p>
            <p><a href="/covenant/pledges">{ "Go to your pledges" }</a></p>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct TokenPageProps {
    /// Where the form posts: `/covenant/pledges` or `/covenant/moderation`.
    pub action: AttrValue,
    pub intro: AttrValue,
    #[prop_or_default]
    pub message: Option<String>,
}

/// Asks for a token before showing private records.
#[function_component]
pub fn TokenPage(props: &TokenPageProps) -> Html {
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
            <ErrorSummary errors={errors.clone()} />
            <p>{ &props.intro }</p>
            <form class="atlas-form" method="post" action={props.action.clone()}>
                <TextField name="token" label="Your token" kind="password"
                    hint={AttrValue::Static("It starts with oat_")} required=true
                    autocomplete={AttrValue::Static("off")} errors={errors} />
                <button type="submit" class="atlas-button">{ "Continue" }</button>
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
            <label for={id}>{ &choice.name }</label>
        </div>
    }
}

/// Write a new pledge or change one.
#[function_component]
pub fn PledgeForm(props: &PledgeFormProps) -> Html {
    let v = &props.values;
    let errors = props.errors.clone();
    let topic_error = error_for(&errors, "topic");
    let coverage_error = error_for(&errors, "coverage");
    let heading = if props.editing.is_some() {
        "Change this pledge"
    } else {
        "Write a new pledge"
    };
    html! {
        <form class="atlas-form" method="post" action="/covenant/pledges" novalidate=true
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
                <label for="atlas-f-topic">{ "Topic" }</label>
                if let Some(e) = topic_error {
                    <p class="atlas-error-text" id="atlas-f-topic-error">
                        <span class="atlas-vh">{ "Error: " }</span>{ sentence(&e.message) }
                    </p>
                }
                <select id="atlas-f-topic" name="topic"
                    aria-describedby={topic_error.map(|_| "atlas-f-topic-error")}>
                    <option value="" selected={v.topic.is_empty()}>{ "Choose a topic" }</option>
                    { for TOPICS.iter().map(|t| html! {
                        <option value={t.slug} selected={v.topic == t.slug}>{ t.label }</option>
                    }) }
                </select>
            </div>
            <TextField name="title" label="Title" value={v.title.clone()} required=true errors={errors.clone()} />
            <TextField name="summary" label="Summary" kind="textarea" value={v.summary.clone()}
                hint={AttrValue::Static("One or two sentences a young person can understand.")}
                required=true errors={errors.clone()} />
            <TextField name="details" label="Details (optional)" kind="textarea" value={v.details.clone()} errors={errors.clone()} />
            <div class={classes!("atlas-field", coverage_error.map(|_| "atlas-field-error"))}>
                <fieldset id="atlas-f-coverage"
                    aria-describedby={coverage_error.map(|_| "atlas-f-coverage-error")}>
                    <legend>{ "Where it applies" }</legend>
                    if let Some(e) = coverage_error {
                        <p class="atlas-error-text" id="atlas-f-coverage-error">
                            <span class="atlas-vh">{ "Error: " }</span>{ sentence(&e.message) }
                        </p>
                    }
                    <div class="atlas-check">
                        <input type="checkbox" id="atlas-national" name="national" value="true" checked={v.national} />
                        <label for="atlas-national">{ "Everywhere in England" }</label>
                    </div>
                    { for props.places.partnerships.iter().map(|p| checkbox("partnerships", p, v.partnerships.contains(&p.id))) }
                    <details class="atlas-more" open={!v.authorities.is_empty()}>
                        <summary>{ "Choose councils" }</summary>
                        { for props.places.authorities.iter().map(|a| checkbox("authorities", a, v.authorities.contains(&a.id))) }
                    </details>
                </fieldset>
            </div>
            <div class="atlas-inline">
                <TextField name="age_from" label="From age" kind="number" value={v.age_from.clone()} errors={errors.clone()} />
                <TextField name="age_to" label="To age" kind="number" value={v.age_to.clone()} errors={errors.clone()} />
                <TextField name="places" label="Places (optional)" kind="number" value={v.places.clone()} errors={errors.clone()} />
            </div>
            <TextField name="how_to_apply" label="How to apply (optional)" kind="textarea" value={v.how_to_apply.clone()} errors={errors.clone()} />
            <TextField name="closes" label="Closing date (optional)" kind="date" value={v.closes.clone()} errors={errors.clone()} />
            <button type="submit" class="atlas-button">
                { if props.editing.is_some() { "Send the change for moderation" } else { "Send for moderation" } }
            </button>
        </form>
    }
}

/// A small form that posts one action about one pledge or organisation.
fn action_button(
    action_url: &'static str,
    token: &AttrValue,
    action: &'static str,
    target: (&'static str, &str),
    version: Option<u64>,
    label: String,
    secondary: bool,
) -> Html {
    html! {
        <form method="post" action={action_url} class="atlas-action">
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
fn coverage_text(p: &PledgeContent, places: &Places) -> String {
    let c = &p.coverage;
    let name = |list: &[PlaceChoice], id: &String| {
        list.iter()
            .find(|choice| &choice.id == id)
            .map_or_else(|| id.clone(), |choice| choice.name.clone())
    };
    let mut parts = Vec::new();
    if c.national {
        parts.push("everywhere in England".to_string());
    }
    parts.extend(
        c.partnerships
            .iter()
            .map(|id| name(&places.partnerships, id)),
    );
    parts.extend(c.authorities.iter().map(|id| name(&places.authorities, id)));
    parts.join(", ")
}

fn pledge_facts(c: &PledgeContent, places: &Places) -> Html {
    html! {
        <>
            <p>{ &c.summary }</p>
            <p class="atlas-small">
                { format!("Ages {} to {}. Where: {}.", c.age_from, c.age_to, coverage_text(c, places)) }
                if let Some(n) = c.places { { format!(" {n} places.") } }
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
    let o = &props.organisation;
    let token = &props.token;
    html! {
        <div class="atlas">
            <ErrorSummary errors={props.errors.clone()} message={props.message.clone()} />
            if let Some(n) = &props.notice {
                <div class="atlas-notice" role="status"><p>{ n }</p></div>
            }
            <h2>{ &o.organisation.name }</h2>
            <p>{ match o.status {
                atlas_shared::covenant::OrganisationStatus::Verified => "Verified: your published pledges are shown to care leavers.",
                atlas_shared::covenant::OrganisationStatus::Pending => "Waiting for a moderator to verify your organisation. Nothing is shown to the public until then.",
            } }</p>
            <h3>{ "Your pledges" }</h3>
            if props.pledges.is_empty() {
                <p class="atlas-none">{ "You have not written a pledge yet." }</p>
            }
            <ul class="atlas-pledges">
                { for props.pledges.iter().map(|p| {
                    let content = p.content.clone();
                    let can_withdraw = matches!(p.status, PledgeStatus::Pending | PledgeStatus::Published);
                    html! {
                        <li class="atlas-pledge" key={p.id.as_str()}>
                            <h4>{ &p.content.title }</h4>
                            <p><strong class="atlas-tag">{ p.status.label() }</strong></p>
                            if let Some(reason) = &p.rejection_reason {
                                <p>{ format!("Moderator's reason: {reason}") }</p>
                            }
                            if p.draft.is_some() {
                                <p>{ "Your change is waiting for a moderator. Until then people see the text below." }</p>
                            }
                            { pledge_facts(&content, &props.places) }
                            if p.status != PledgeStatus::Withdrawn {
                                <div class="atlas-inline">
                                    { action_button("/covenant/pledges", token, "edit", ("pledge", &p.id), None, format!("Change “{}”", p.content.title), true) }
                                    if can_withdraw {
                                        { action_button("/covenant/pledges", token, "withdraw", ("pledge", &p.id), Some(p.version), format!("Withdraw “{}”", p.content.title), true) }
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
    let q = &props.queue;
    let token = &props.token;
    html! {
        <div class="atlas">
            <ErrorSummary errors={props.errors.clone()} message={props.message.clone()} />
            if let Some(n) = &props.notice {
                <div class="atlas-notice" role="status"><p>{ n }</p></div>
            }
            { log_button(token, 1, "The moderation log: decisions taken".to_string()) }
            <h2>{ format!("Organisations to verify ({})", q.organisations.len()) }</h2>
            if q.organisations.is_empty() {
                <p class="atlas-none">{ "None waiting." }</p>
            }
            <ul class="atlas-queue">
                { for q.organisations.iter().map(|v| {
                    let o = &v.organisation;
                    html! {
                        <li class="atlas-pledge" key={o.id.as_str()}>
                            <h3>{ &o.name }</h3>
                            <p class="atlas-small">
                                { format!("{} · {} · {}", o.kind.label(),
                                    o.website.as_deref().unwrap_or("no website"),
                                    o.contact_email.as_deref().unwrap_or("no email")) }
                            </p>
                            if let Some(s) = &o.statement { <p>{ s }</p> }
                            { action_button("/covenant/moderation", token, "verify", ("organisation", &o.id), None, format!("Verify {}", o.name), false) }
                        </li>
                    }
                }) }
            </ul>
            <h2>{ format!("Pledges to decide ({})", q.pledges.len()) }</h2>
            if q.pledges.is_empty() {
                <p class="atlas-none">{ "None waiting." }</p>
            }
            <ul class="atlas-queue">
                { for q.pledges.iter().map(|p| {
                    let proposed = p.draft.as_deref().cloned().unwrap_or_else(|| p.content.clone());
                    let reason_id = format!("atlas-reason-{}", p.id);
                    html! {
                        <li class="atlas-pledge" key={p.id.as_str()}>
                            <h3>{ &proposed.title }</h3>
                            <p class="atlas-small">{ format!("From {} · {}", p.organisation,
                                if p.draft.is_some() { "a change to a published pledge" } else { "a new pledge" }) }</p>
                            { pledge_facts(&proposed, &props.places) }
                            if p.draft.is_some() {
                                <p class="atlas-small">{ format!("Published now: “{}”", p.content.title) }</p>
                            }
                            <div class="atlas-inline">
                                { action_button("/covenant/moderation", token, "publish", ("pledge", &p.id), Some(p.version), format!("Publish “{}”", proposed.title), false) }
                            </div>
                            <form method="post" action="/covenant/moderation" class="atlas-form atlas-action">
                                <input type="hidden" name="token" value={token.clone()} />
                                <input type="hidden" name="action" value="reject" />
                                <input type="hidden" name="pledge" value={p.id.clone()} />
                                <input type="hidden" name="version" value={p.version.to_string()} />
                                <div class="atlas-field">
                                    <label for={reason_id.clone()}>{ format!("Reason for not accepting “{}”", proposed.title) }</label>
                                    <textarea id={reason_id} name="reason" rows="2" />
                                </div>
                                <button type="submit" class="atlas-button atlas-secondary">{ "Do not accept" }</button>
                            </form>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// A button that opens a page of the moderation log with the moderator's token.
fn log_button(token: &AttrValue, page: usize, label: String) -> Html {
    html! {
        <form method="post" action="/covenant/moderation/log" class="atlas-action">
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
    let token = &props.token;
    let first = (props.page - 1) * LOG_PAGE;
    html! {
        <div class="atlas">
            <p>
                if props.entries.is_empty() {
                    { if props.page == 1 { "No decisions have been taken yet." } else { "No older decisions." } }
                } else {
                    { format!("Decisions {} to {}, newest first ({LOG_PAGE} a page). Each is signed in the history of its pledge or organisation.",
                        first + 1, first + props.entries.len()) }
                }
            </p>
            if !props.entries.is_empty() {
                <div class="atlas-scroll" role="region" aria-label="Moderation decisions" tabindex="0">
                    <table class="atlas-matrix atlas-log">
                        <caption>{ format!("Moderation decisions, page {}", props.page) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "When" }</th>
                                <th scope="col">{ "Who" }</th>
                                <th scope="col">{ "Decision" }</th>
                                <th scope="col">{ "About" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for props.entries.iter().map(|e| html! {
                                <tr>
                                    <td>{ e.at.format("%-d %B %Y at %H:%M UTC").to_string() }</td>
                                    <td>{ &e.by }</td>
                                    <td>{ e.decision.describe() }</td>
                                    <td>{ match &e.subject {
                                        Subject::Pledge { id, title, organisation } =>
                                            format!("Pledge “{title}” ({id}) of {organisation}"),
                                        Subject::Organisation { id, name } =>
                                            format!("Organisation {name} ({id})"),
                                    } }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <div class="atlas-inline">
                if props.page > 1 {
                    { log_button(token, props.page - 1, "Newer decisions".to_string()) }
                }
                if props.more {
                    { log_button(token, props.page + 1, "Older decisions".to_string()) }
                }
                <form method="post" action="/covenant/moderation" class="atlas-action">
                    <input type="hidden" name="token" value={token.clone()} />
                    <button type="submit" class="atlas-button atlas-secondary">{ "Back to what waits for a moderator" }</button>
                </form>
            </div>
        </div>
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
