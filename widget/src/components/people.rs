//! An administrator's page of people and their tokens (`/editor/people`): everyone with a
//! token, grouped by the council, organisation or partnership it is for, filtered by a GET
//! form; a "Revoke" button per live token; and "Invite someone", whose answer shows the new
//! token once, with how to use it. Plain HTML forms, each post carrying the session's CSRF
//! token; problems in the GOV.UK error summary, each linking to its field.

use std::rc::Rc;

use atlas_shared::validate::FieldError;
use yew::prelude::*;

use super::editor::{day, hidden, notice, sentence, signed_in, Chrome};
use super::{ErrorPrefix, ProblemSummary};
use crate::language::{use_locale, LangField};
use atlas_shared::words::{Lang, Locale};

/// One token in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenLine {
    /// Its public id (the start of its hash).
    pub id: String,
    /// "Council editor", "Board member" … (in the reader's language).
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
    /// A council's, partnership's or organisation's name (as published), or the
    /// moderators' and administrators' heading (in the reader's language).
    pub heading: String,
    /// Whether the heading is a published name (shown as written, in English).
    pub published: bool,
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
    /// The language of their letters (a tag; empty is English).
    pub lang: String,
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

/// The roles a token may have, as the API spells them; each is named by the message
/// `staff-role-<role>`.
pub const ROLES: [&str; 5] = ["council-editor", "board", "moderator", "signatory", "admin"];

/// The role's name in the reader's language.
pub fn role_label(locale: &Locale, role: &str) -> String {
    if ROLES.contains(&role) {
        locale.t(&format!("staff-role-{role}"))
    } else {
        locale.t("people-role-token")
    }
}

/// The input's id for a form field.
fn id(field: &str) -> String {
    format!("atlas-invite-{}", field.replace('_', "-"))
}

/// The label a form field is known by, for the error summary.
fn label(locale: &Locale, field: &str) -> String {
    locale.t(match field {
        "role" => "people-field-role",
        "authority" => "people-field-authority",
        "organisation" => "people-field-organisation",
        "partnership" => "people-field-partnership",
        "name" => "people-field-name",
        "email" => "people-field-email",
        "lang" => "people-field-lang",
        "expires_in_days" => "people-field-expires-in-days",
        _ => "people-field-form",
    })
}

fn field_error<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a FieldError> {
    errors.iter().find(|e| e.field == field)
}

/// A labelled field around `control`, with its hint and error.
fn field(
    locale: &Locale,
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
                    <ErrorPrefix />{ sentence(&locale.field_problem(e)) }
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

/// A list to choose from: `none` first, then `options` as (value, text); the texts
/// are `published` names (shown as written, in English) or the reader's words.
fn select(
    name: &str,
    none: String,
    options: Vec<(String, String)>,
    published: bool,
    chosen: &str,
) -> impl FnOnce(Option<String>, Option<&'static str>) -> Html {
    let (name, chosen) = (name.to_string(), chosen.to_string());
    let lang = published.then_some("en");
    let dir = published.then_some("ltr");
    move |described, invalid| {
        html! {
            <select id={id(&name)} name={name.clone()} aria-describedby={described} aria-invalid={invalid}>
                <option value="" selected={chosen.is_empty()}>{ none }</option>
                { for options.into_iter().map(|(value, text)| {
                    let selected = value == chosen;
                    html! { <option {value} {selected} {lang} {dir}>{ text }</option> }
                }) }
            </select>
        }
    }
}

/// The languages a person's letters can be written in, each named in itself; English
/// (the default) first.
fn lang_select(chosen: &str) -> impl FnOnce(Option<String>, Option<&'static str>) -> Html {
    let chosen = if chosen.is_empty() { "en" } else { chosen }.to_string();
    move |described, invalid| {
        html! {
            <select id={id("lang")} name="lang" aria-describedby={described} aria-invalid={invalid}>
                { for Lang::MENU.iter().map(|lang| {
                    let selected = lang.tag() == chosen;
                    html! {
                        <option value={lang.tag()} {selected} lang={lang.tag()} dir={lang.direction().attr()}>
                            { lang.name() }
                        </option>
                    }
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
        .map_or_else(|| locale.t("people-no-one-named"), |(name, _)| name.clone());
    let on = |id: &str, at| locale.f(id, &[("date", day(locale, Some(at)).as_str().into())]);
    let state = match (line.revoked, line.expires) {
        (Some(at), _) => on("people-state-revoked", at),
        (None, Some(at)) if !line.live => on("people-state-expired", at),
        (None, Some(at)) => on("people-state-live-until", at),
        (None, None) => locale.t("people-state-live"),
    };
    html! {
        <tr id={format!("token-{}", line.id)}>
            <td>
                if let Some((name, email)) = &line.person {
                    <span translate="no">{ name }</span>
                    <br /><span class="atlas-small" translate="no">{ email }</span>
                } else {
                    { &who }
                }
            </td>
            <td>{ &line.role }</td>
            <td><code translate="no">{ &line.id }</code></td>
            <td>{ day(locale, Some(line.created)) }</td>
            <td>{ state }</td>
            <td>
                if line.yours {
                    { locale.t("people-yours") }
                } else if line.live {
                    <form method="post" action={locale.link(&format!("/editor/people/{}/revoke", line.id))} class="atlas-action">
                        { hidden("csrf", csrf) }
                        if let Some(f) = filter {
                            { hidden("for", f) }
                        }
                        // (Named by aria-label: a visually hidden span would be positioned
                        // outside the scrolling table and widen the page.)
                        <button type="submit" class="atlas-button atlas-secondary"
                            aria-label={locale.f("people-revoke-label", &[("who", who.as_str().into()), ("id", line.id.as_str().into())])}>
                            { locale.t("people-revoke") }
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
            let problem = locale.field_problem(e);
            let text = if e.field.is_empty() {
                sentence(&problem)
            } else {
                locale.f(
                    "people-problem-named",
                    &[
                        ("field", label(&locale, &e.field).as_str().into()),
                        ("problem", problem.as_str().into()),
                    ],
                )
            };
            let target = (!e.field.is_empty()).then(|| id(&e.field));
            (target, text)
        })
        .collect();
    let filter = props.filter.clone().unwrap_or_default();
    let filter_option = |(value, text): &(String, String)| {
        let selected = *value == filter;
        html! { <option value={value.clone()} {selected} lang="en" dir="ltr">{ text }</option> }
    };
    html! {
        <div class="atlas">
            { signed_in(&locale, &props.chrome) }
            { notice(&props.notice) }
            <ProblemSummary {problems} />
            <p>{ locale.t("people-intro") }</p>
            <form class="atlas-form atlas-filters" method="get" action={locale.link("/editor/people")} aria-label={locale.t("people-filter-label")}>
                <LangField />
                <div class="atlas-inline">
                    <div class="atlas-field">
                        <label for="atlas-people-for">{ locale.t("people-filter-for") }</label>
                        <select id="atlas-people-for" name="for">
                            <option value="" selected={filter.is_empty()}>{ locale.t("people-everyone") }</option>
                            <optgroup label={locale.t("people-councils")}>{ for named(&places.councils).iter().map(filter_option) }</optgroup>
                            <optgroup label={locale.t("people-partnerships")}>{ for places.partnerships.iter().map(filter_option) }</optgroup>
                            <optgroup label={locale.t("people-organisations")}>{ for places.organisations.iter().map(filter_option) }</optgroup>
                        </select>
                    </div>
                    <button type="submit" class="atlas-button atlas-secondary">{ locale.t("people-show") }</button>
                </div>
            </form>
            if props.groups.is_empty() {
                <p class="atlas-none">{ locale.t("people-none") }</p>
            }
            { for props.groups.iter().map(|g| html! {
                <section class="atlas-category">
                    if g.published {
                        <h2 lang="en" dir="ltr">{ &g.heading }</h2>
                    } else {
                        <h2>{ &g.heading }</h2>
                    }
                    <div class="atlas-scroll" role="region" aria-label={locale.f("people-tokens-label", &[("group", g.heading.as_str().into())])} tabindex="0">
                        <table class="atlas-matrix atlas-matrix-one">
                            <thead><tr>
                                <th scope="col">{ locale.t("people-col-person") }</th>
                                <th scope="col">{ locale.t("people-col-role") }</th>
                                <th scope="col">{ locale.t("people-col-token-id") }</th>
                                <th scope="col">{ locale.t("people-col-created") }</th>
                                <th scope="col">{ locale.t("people-col-state") }</th>
                                <th scope="col">{ locale.t("people-col-action") }</th>
                            </tr></thead>
                            <tbody>{ for g.tokens.iter().map(|l| token_row(&locale, l, &csrf, &props.filter)) }</tbody>
                        </table>
                    </div>
                </section>
            }) }
            <h2 id="atlas-invite">{ locale.t("people-invite-heading") }</h2>
            <p>{ locale.t("people-invite-intro") }</p>
            <form class="atlas-form" method="post" action={locale.link("/editor/people/invite")} novalidate=true>
                { hidden("csrf", &csrf) }
                { field(&locale, "role", &locale.t("people-field-role"), None, errors,
                    select("role", locale.t("people-choose-role"), ROLES.iter().map(|r| (r.to_string(), role_label(&locale, r))).collect(), false, &f.role)) }
                { field(&locale, "authority", &locale.t("people-field-authority"), Some(&locale.t("people-hint-authority")), errors,
                    select("authority", locale.t("people-choose-none"), named(&places.councils), true, &f.authority)) }
                { field(&locale, "partnership", &locale.t("people-field-partnership"), Some(&locale.t("people-hint-partnership")), errors,
                    select("partnership", locale.t("people-choose-none"), places.partnerships.clone(), true, &f.partnership)) }
                { field(&locale, "organisation", &locale.t("people-field-organisation"), Some(&locale.t("people-hint-organisation")), errors,
                    select("organisation", locale.t("people-choose-none"), places.organisations.clone(), true, &f.organisation)) }
                { field(&locale, "name", &locale.t("people-label-name"), Some(&locale.t("people-hint-name")), errors, text_input("name", "text", &f.name, "off")) }
                { field(&locale, "email", &locale.t("people-label-email"), Some(&locale.t("people-hint-email")), errors, text_input("email", "email", &f.email, "off")) }
                { field(&locale, "lang", &locale.t("people-label-lang"), Some(&locale.t("people-hint-lang")), errors, lang_select(&f.lang)) }
                { field(&locale, "expires_in_days", &locale.t("people-label-expires-in-days"), Some(&locale.t("people-hint-expires-in-days")), errors,
                    text_input("expires_in_days", "text", &f.expires_in_days, "off")) }
                <button type="submit" class="atlas-button">{ locale.t("people-invite-button") }</button>
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
    /// "Jane Smith, council editor for Walsall" (in the reader's language).
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
                <p>{ locale.f("people-invited", &[("who", props.who.as_str().into())]) }</p>
            </div>
            <div class="atlas-field">
                <label for="atlas-new-token">{ locale.t("people-their-token") }</label>
                <p class="atlas-hint" id="atlas-new-token-hint">{ locale.t("people-their-token-hint") }</p>
                <input id="atlas-new-token" type="text" readonly=true value={props.token.clone()} translate="no"
                    spellcheck="false" autocomplete="off" aria-describedby="atlas-new-token-hint" />
            </div>
            <h2>{ locale.t("people-how-heading") }</h2>
            <ul class="atlas-list">
                if props.workspace {
                    <li>{ locale.f("people-how-browser", &[("path", "/editor/sign-in".into())]) }</li>
                }
                <li>{ locale.f("people-how-api", &[("header", "'Authorization: Bearer <token>'".into())]) }</li>
                <li>{ locale.t("people-how-give") }</li>
                <li>{ match props.expires {
                    Some(d) => locale.f("people-stops", &[("date", day(&locale, Some(d)).as_str().into())]),
                    None => locale.t("people-works-until-revoked"),
                } }</li>
            </ul>
            <p>{ locale.f("people-its-id", &[("id", props.id.as_str().into())]) }</p>
            <p><a href={locale.link("/editor/people")}>{ locale.t("people-back") }</a></p>
        </div>
    }
}
