//! An administrator's page of people and their tokens (`/editor/people`): everyone with a
//! token, grouped by the council, organisation or partnership it is for, filtered by a GET
//! form; a "Revoke" button per live token; and "Invite someone", whose answer shows the new
//! token once, with how to use it. Plain HTML forms, each post carrying the session's CSRF
//! token; problems in the GOV.UK error summary, each linking to its field.

use std::rc::Rc;

use atlas_shared::validate::FieldError;
use yew::prelude::*;

use super::editor::{day, hidden, notice, sentence, signed_in, Chrome};
use super::ProblemSummary;
use crate::language::use_locale;
use atlas_shared::words::Locale;

/// One token in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenLine {
    /// Its public id (the start of its hash).
    pub id: String,
    /// "Council editor", "Board member" …
    pub role: String,
    /// Whose it is: (name, email).
    pub person: Option<(String, String)>,
    pub created: chrono::NaiveDate,
    pub expires: Option<chrono::NaiveDate>,
    pub revoked: Option<chrono::NaiveDate>,
    /// Not revoked and not expired.
    pub live: bool,
    /// The token this session signed in with (it cannot be revoked from here).
    pub yours: bool,
}

/// The tokens for one council, organisation or partnership (or for none: moderators and
/// administrators).
#[derive(Debug, Clone, PartialEq)]
pub struct TokenGroup {
    pub heading: String,
    pub tokens: Vec<TokenLine>,
}

/// What the invite form holds: empty, or what was sent with a problem.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InviteForm {
    pub role: String,
    pub authority: String,
    pub organisation: String,
    pub partnership: String,
    pub name: String,
    pub email: String,
    pub expires_in_days: String,
}

/// The councils, organisations and partnerships a token may be for: (id, name), by name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Places {
    pub councils: Vec<(String, String)>,
    pub organisations: Vec<(String, String)>,
    pub partnerships: Vec<(String, String)>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct PeoplePageProps {
    pub chrome: Chrome,
    pub places: Rc<Places>,
    /// The filter chosen (a council's code, an organisation's or a partnership's id).
    #[prop_or_default]
    pub filter: Option<String>,
    pub groups: Rc<Vec<TokenGroup>>,
    pub form: InviteForm,
    /// Problems with an invitation sent, each naming a form field.
    #[prop_or_default]
    pub errors: Rc<Vec<FieldError>>,
    #[prop_or_default]
    pub notice: Option<String>,
}

/// The roles a token may have: (value, label).
pub const ROLES: [(&str, &str); 5] = [
    ("council-editor", "Council editor"),
    ("board", "Board member"),
    ("moderator", "Covenant moderator"),
    ("signatory", "Covenant signatory"),
    ("admin", "Administrator"),
];

/// The role's label.
pub fn role_label(role: &str) -> &'static str {
    ROLES
        .iter()
        .find(|(value, _)| *value == role)
        .map_or("Token", |(_, label)| label)
}

/// The input's id for a form field.
fn id(field: &str) -> String {
    format!("atlas-invite-{}", field.replace('_', "-"))
}

/// The label a form field is known by, for the error summary.
fn label(field: &str) -> &'static str {
    match field {
        "role" => "Role",
        "authority" => "Council",
        "organisation" => "Organisation",
        "partnership" => "Partnership",
        "name" => "Name",
        "email" => "Email address",
        "expires_in_days" => "Ends after",
        _ => "Invitation",
    }
}

fn field_error<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a FieldError> {
    errors.iter().find(|e| e.field == field)
}

/// A labelled field around `control`, with its hint and error.
fn field(
    name: &str,
    text: &str,
    hint: Option<&str>,
    errors: &[FieldError],
    control: impl FnOnce(Option<String>, Option<&'static str>) -> Html,
) -> Html {
    let error = field_error(errors, name);
    let input_id = id(name);
    let described: Vec<String> = [
        hint.map(|_| format!("{input_id}-hint")),
        error.map(|_| format!("{input_id}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    html! {
        <div class={classes!("atlas-field", error.map(|_| "atlas-field-error"))}>
            <label for={input_id.clone()}>{ text }</label>
            if let Some(h) = hint {
                <p class="atlas-hint" id={format!("{input_id}-hint")}>{ h }</p>
            }
            if let Some(e) = error {
                <p class="atlas-error-text" id={format!("{input_id}-error")}>
                    <span class="atlas-vh">{ "Error: " }</span>{ sentence(&e.message) }
                </p>
            }
            { control(described, error.map(|_| "true")) }
        </div>
    }
}

fn text_input(
    name: &str,
    kind: &'static str,
    value: &str,
    autocomplete: &'static str,
) -> impl FnOnce(Option<String>, Option<&'static str>) -> Html {
    let (name, value) = (name.to_string(), value.to_string());
    move |described, invalid| {
        html! {
            <input id={id(&name)} name={name.clone()} type={kind} value={value}
                autocomplete={autocomplete} spellcheck="false"
                aria-describedby={described} aria-invalid={invalid} />
        }
    }
}

fn select(
    name: &str,
    none: &'static str,
    options: Vec<(String, String)>,
    chosen: &str,
) -> impl FnOnce(Option<String>, Option<&'static str>) -> Html {
    let (name, chosen) = (name.to_string(), chosen.to_string());
    move |described, invalid| {
        html! {
            <select id={id(&name)} name={name.clone()} aria-describedby={described} aria-invalid={invalid}>
                <option value="" selected={chosen.is_empty()}>{ none }</option>
                { for options.into_iter().map(|(value, text)| {
                    let selected = value == chosen;
                    html! { <option {value} {selected}>{ text }</option> }
                }) }
            </select>
        }
    }
}

/// "Walsall (E08000030)".
fn named(list: &[(String, String)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(code, name)| (code.clone(), format!("{name} ({code})")))
        .collect()
}

fn token_row(locale: &Locale, line: &TokenLine, csrf: &str, filter: &Option<String>) -> Html {
    let who = line
        .person
        .as_ref()
        .map_or_else(|| "No one named".to_string(), |(name, _)| name.clone());
    let state = match (line.revoked, line.expires) {
        (Some(at), _) => format!("Revoked {}", day(locale, Some(at))),
        (None, Some(at)) if !line.live => format!("Expired {}", day(locale, Some(at))),
        (None, Some(at)) => format!("Live until {}", day(locale, Some(at))),
        (None, None) => "Live".to_string(),
    };
    html! {
        <tr id={format!("token-{}", line.id)}>
            <td>
                { &who }
                if let Some((_, email)) = &line.person {
                    <br /><span class="atlas-small">{ email }</span>
                }
            </td>
            <td>{ &line.role }</td>
            <td><code>{ &line.id }</code></td>
            <td>{ day(locale, Some(line.created)) }</td>
            <td>{ state }</td>
            <td>
                if line.yours {
                    { "Yours: another administrator can revoke it." }
                } else if line.live {
                    <form method="post" action={format!("/editor/people/{}/revoke", line.id)} class="atlas-action">
                        { hidden("csrf", csrf) }
                        if let Some(f) = filter {
                            { hidden("for", f) }
                        }
                        // (Named by aria-label: a visually hidden span would be positioned
                        // outside the scrolling table and widen the page.)
                        <button type="submit" class="atlas-button atlas-secondary"
                            aria-label={format!("Revoke {who}'s token {}", line.id)}>
                            { "Revoke" }
                        </button>
                    </form>
                }
            </td>
        </tr>
    }
}

/// `/editor/people`.
#[function_component]
pub fn PeoplePage(props: &PeoplePageProps) -> Html {
    let locale = use_locale();
    let csrf = props.chrome.csrf.clone();
    let places = &props.places;
    let f = &props.form;
    let errors = &props.errors;
    let problems: Vec<(Option<String>, String)> = errors
        .iter()
        .map(|e| {
            let text = if e.field.is_empty() {
                sentence(&e.message)
            } else {
                format!("{}: {}", label(&e.field), e.message)
            };
            let target = (!e.field.is_empty()).then(|| id(&e.field));
            (target, text)
        })
        .collect();
    let filter = props.filter.clone().unwrap_or_default();
    let filter_option = |(value, text): &(String, String)| {
        let selected = *value == filter;
        html! { <option value={value.clone()} {selected}>{ text }</option> }
    };
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            { notice(&props.notice) }
            <ProblemSummary {problems} />
            <p>{ "Everyone who holds a token, and what it lets them do. A change here works at once: a revoked token, and every session signed in with it, stops working on its next request." }</p>
            <form class="atlas-form atlas-filters" method="get" action="/editor/people" aria-label="Filter the people">
                <div class="atlas-inline">
                    <div class="atlas-field">
                        <label for="atlas-people-for">{ "Show the people for" }</label>
                        <select id="atlas-people-for" name="for">
                            <option value="" selected={filter.is_empty()}>{ "Everyone" }</option>
                            <optgroup label="Councils">{ for named(&places.councils).iter().map(filter_option) }</optgroup>
                            <optgroup label="Partnerships">{ for places.partnerships.iter().map(filter_option) }</optgroup>
                            <optgroup label="Organisations">{ for places.organisations.iter().map(filter_option) }</optgroup>
                        </select>
                    </div>
                    <button type="submit" class="atlas-button atlas-secondary">{ "Show" }</button>
                </div>
            </form>
            if props.groups.is_empty() {
                <p class="atlas-none">{ "No one holds a token for this yet." }</p>
            }
            { for props.groups.iter().map(|g| html! {
                <section class="atlas-category">
                    <h2>{ &g.heading }</h2>
                    <div class="atlas-scroll" role="region" aria-label={format!("Tokens: {}", g.heading)} tabindex="0">
                        <table class="atlas-matrix atlas-matrix-one">
                            <thead><tr>
                                <th scope="col">{ "Person" }</th>
                                <th scope="col">{ "Role" }</th>
                                <th scope="col">{ "Token id" }</th>
                                <th scope="col">{ "Created" }</th>
                                <th scope="col">{ "State" }</th>
                                <th scope="col">{ "Action" }</th>
                            </tr></thead>
                            <tbody>{ for g.tokens.iter().map(|l| token_row(&locale, l, &csrf, &props.filter)) }</tbody>
                        </table>
                    </div>
                </section>
            }) }
            <h2 id="atlas-invite">{ "Invite someone" }</h2>
            <p>{ "A new token works at once. It is shown once, on the next page, for you to give to the person by a safe route." }</p>
            <form class="atlas-form" method="post" action="/editor/people/invite" novalidate=true>
                { hidden("csrf", &csrf) }
                { field("role", "Role", None, errors, select("role", "Choose a role", ROLES.iter().map(|(v, l)| (v.to_string(), l.to_string())).collect(), &f.role)) }
                { field("authority", "Council", Some("For a council editor: the council whose offers they keep."), errors,
                    select("authority", "None", named(&places.councils), &f.authority)) }
                { field("partnership", "Partnership", Some("For a board member: the partnership whose board they sit on."), errors,
                    select("partnership", "None", places.partnerships.clone(), &f.partnership)) }
                { field("organisation", "Organisation", Some("For a covenant signatory: the organisation whose pledges they manage."), errors,
                    select("organisation", "None", places.organisations.clone(), &f.organisation)) }
                { field("name", "Their name", Some("Every change they make is signed with it."), errors, text_input("name", "text", &f.name, "off")) }
                { field("email", "Their email address", Some("For what the registry needs to tell them; never shown publicly."), errors, text_input("email", "email", &f.email, "off")) }
                { field("expires_in_days", "Ends after this many days (optional)", Some("From 1 to 3650. Leave it empty for a token that works until it is revoked."), errors,
                    text_input("expires_in_days", "text", &f.expires_in_days, "off")) }
                <button type="submit" class="atlas-button">{ "Invite and make their token" }</button>
            </form>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct InvitedPageProps {
    pub chrome: Chrome,
    /// The token, shown this once.
    pub token: String,
    pub id: String,
    /// "Jane Smith, council editor for Walsall".
    pub who: String,
    pub expires: Option<chrono::NaiveDate>,
    /// Whether the token signs in to the workspace (a signatory's works with the API and
    /// the covenant's pages).
    pub workspace: bool,
}

/// The answer to an invitation: the token once, and how to use it.
#[function_component]
pub fn InvitedPage(props: &InvitedPageProps) -> Html {
    let locale = use_locale();
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            <div class="atlas-notice" role="status">
                <p>{ format!("A token was made for {}. It works now.", props.who) }</p>
            </div>
            <div class="atlas-field">
                <label for="atlas-new-token">{ "Their token" }</label>
                <p class="atlas-hint" id="atlas-new-token-hint">{ "Copy it now: it is shown only this once, and the registry keeps only a fingerprint of it. If it is lost, revoke it and invite them again." }</p>
                <input id="atlas-new-token" type="text" readonly=true value={props.token.clone()}
                    spellcheck="false" autocomplete="off" aria-describedby="atlas-new-token-hint" />
            </div>
            <h2>{ "How they use it" }</h2>
            <ul class="atlas-list">
                if props.workspace {
                    <li>{ "In a browser: open /editor/sign-in on this site and enter the token." }</li>
                }
                <li>{ "With the API: send it as 'Authorization: Bearer <token>'." }</li>
                <li>{ "Give it by a safe route (not in the same email as the address of this site), and ask them to keep it like a password." }</li>
                <li>{ match props.expires {
                    Some(d) => format!("It stops working after {}.", day(&locale, Some(d))),
                    None => "It works until it is revoked.".to_string(),
                } }</li>
            </ul>
            <p>{ format!("Its id is {}: revoke it from the list of people.", props.id) }</p>
            <p><a href="/editor/people">{ "Back to people and tokens" }</a></p>
        </div>
    }
}
