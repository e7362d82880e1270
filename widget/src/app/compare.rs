//! Compare mode: choose your home council, age and circumstances; see the comparison.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{load_into, Ask, Load, RootProps};
use crate::api::get;
use crate::components::{district_field, districts_of_county, CompareView, ErrorPrefix};
use crate::language::use_locale;
use crate::view::{
    ages, certain_summary, compare_page_url, encode, find_council, join, questions_page_url_for,
    suggest_councils,
};
use atlas_shared::api::List;
use atlas_shared::compare::Comparison;
use atlas_shared::{Authority, Circumstance};

#[function_component]
pub fn CompareApp(props: &RootProps) -> Html {
    let locale = use_locale();
    let l = &locale;
    let councils = use_state(|| Load::<List<Authority>>::Idle);
    let home = use_state(|| props.from.as_deref().unwrap_or_default().to_string());
    let age = use_state(|| props.age);
    let circs = use_state(Vec::<Circumstance>::new);
    let district = use_state(|| None::<String>);
    let result_ref = use_node_ref();
    // Set by a submitted form: once the answer is in, focus moves to its heading.
    let focus_answer = use_memo((), |_| Cell::new(false));
    let result = use_state(|| Load::<Comparison>::Idle);
    let problem = use_state(|| None::<(&'static str, String)>);
    let home_ref = use_node_ref();
    let age_ref = use_node_ref();
    let seq = use_memo((), |_| Cell::new(0u32));
    let councils_seq = use_memo((), |_| Cell::new(0u32));

    let run = {
        let result = result.clone();
        let seq = seq.clone();
        let api = props.api.clone();
        let to = props.to.clone();
        let in_browser = props.mirror.as_ref().and_then(|m| m.compare.clone());
        let lang = locale.form_lang();
        Callback::from(move |(from, age, circs, district): Run| {
            if let Some(compute) = in_browser.clone() {
                // A static mirror: the shared compare rules run in the browser, on its
                // JSON, and answer what GET /api/v1/compare would.
                let argument = compare_request(&from, &to, age, &circs, district.as_deref());
                load_into(
                    Ask::Compute(compute, argument, locale),
                    result.clone(),
                    seq.clone(),
                );
                return;
            }
            let mut url = join(
                &api,
                &format!(
                    "/api/v1/compare?from={}&to={}&age={age}",
                    encode(&from),
                    encode(&to)
                ),
            );
            if !circs.is_empty() {
                let list: Vec<&str> = circs.iter().map(|c| c.slug()).collect();
                url.push_str(&format!("&circumstances={}", list.join(",")));
            }
            if let Some(d) = district {
                url.push_str(&format!("&district={}", encode(&d)));
            }
            // The answer's sentences in the reader's language (English needs no word).
            if let Some(lang) = lang {
                url.push_str(&format!("&lang={}", encode(lang)));
            }
            load_into(url, result.clone(), seq.clone());
        })
    };

    // On start: load the councils, and compare at once if the page preset both answers.
    {
        let councils = councils.clone();
        let home = home.clone();
        let run = run.clone();
        let preset = props.from.clone().zip(props.age);
        let url = props.data_url("/api/v1/authorities");
        let cseq = councils_seq.clone();
        use_effect_with((), move |_| {
            if let Some((from, age)) = preset {
                run.emit((from.to_string(), age, Vec::new(), None));
            }
            // Show the preset council by name once the list is here.
            let mine = cseq.get().wrapping_add(1);
            cseq.set(mine);
            councils.set(Load::Loading);
            spawn_local(async move {
                match get::<List<Authority>>(&url).await {
                    Ok(list) => {
                        if let Some(a) = find_council(&home, &list.items) {
                            if a.code.eq_ignore_ascii_case(home.trim()) {
                                home.set(a.name.clone());
                            }
                        }
                        councils.set(Load::Done(Rc::new(list)));
                    }
                    Err(e) => councils.set(Load::Failed(e)),
                }
            });
        });
    }

    let loaded: Option<Rc<List<Authority>>> = match &*councils {
        Load::Done(l) => Some(l.clone()),
        _ => None,
    };
    let list: &[Authority] = loaded.as_deref().map_or(&[], |l| &l.items);
    // A county's care leaver may say which district they live in now.
    let home_code = find_council(&home, list).map(|a| a.code.clone());
    let districts = districts_of_county(home_code.as_deref(), list);
    let suggestions = suggest_councils(&home, list);
    let to_name = list
        .iter()
        .find(|a| a.code == props.to.as_str())
        .map(|a| a.name.clone());

    let on_home = {
        let home = home.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                home.set(input.value());
            }
        })
    };
    let on_age = {
        let age = age.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                age.set(select.value().parse::<u8>().ok());
            }
        })
    };
    let on_district = {
        let district = district.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let v = select.value();
                district.set((!v.is_empty()).then_some(v));
            }
        })
    };
    let district_codes: Vec<String> = districts.iter().map(|d| d.code.clone()).collect();
    let on_submit = {
        let home = home.clone();
        let district = district.clone();
        let focus_answer = focus_answer.clone();
        let age = age.clone();
        let circs = circs.clone();
        let problem = problem.clone();
        let loaded = loaded.clone();
        let run = run.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Accept a council from the list, or a code typed in full.
            let typed = home.trim().to_string();
            let list = loaded.as_deref().map_or(&[][..], |l| &l.items);
            let code = match find_council(&typed, list) {
                Some(a) => Some(a.code.clone()),
                None if atlas_shared::authority::is_gss_code(&typed.to_ascii_uppercase()) => {
                    Some(typed.to_ascii_uppercase())
                }
                None => None,
            };
            match (code, *age) {
                (None, _) => problem.set(Some(("home", locale.t("compare-problem-home")))),
                (_, None) => problem.set(Some(("age", locale.t("compare-problem-age")))),
                (Some(code), Some(a)) => {
                    problem.set(None);
                    // Only a district of the county chosen now.
                    let d = (*district)
                        .clone()
                        .filter(|d| district_codes.iter().any(|c| c == d));
                    focus_answer.set(true);
                    run.emit((code, a, (*circs).clone(), d));
                }
            }
        })
    };

    let home_error = problem
        .as_ref()
        .filter(|(f, _)| *f == "home")
        .map(|(_, m)| m.clone());
    let age_error = problem
        .as_ref()
        .filter(|(f, _)| *f == "age")
        .map(|(_, m)| m.clone());

    // Said by the status region: the answer in a sentence, or the problem.
    let status = match (&*result, problem.as_ref()) {
        (_, Some((_, m))) => l.f("compare-status-problem", &[("problem", m.into())]),
        (Load::Loading, _) => l.t("compare-loading"),
        (Load::Done(c), _) => l.f(
            "compare-status-ready",
            &[
                ("summary", (&certain_summary(l, &c.summary)).into()),
                ("count", c.summary.ask.into()),
            ],
        ),
        (Load::Failed(e), _) => l.f("compare-status-problem", &[("problem", e.into())]),
        (Load::Idle, _) => String::new(),
    };

    // A problem moves focus to the field at fault, as the GOV.UK pattern asks.
    {
        let home_ref = home_ref.clone();
        let age_ref = age_ref.clone();
        use_effect_with((*problem).clone(), move |problem| {
            let target = match problem.as_ref().map(|(f, _)| *f) {
                Some("home") => home_ref.cast::<web_sys::HtmlElement>(),
                Some("age") => age_ref.cast::<web_sys::HtmlElement>(),
                _ => None,
            };
            if let Some(el) = target {
                let _ = el.focus();
            }
        });
    }

    // The error summary's link goes to the field. Inside a shadow root the page's own
    // fragment navigation cannot find it (and would change the council page's address):
    // focus the field here instead.
    let to_field = {
        let home_ref = home_ref.clone();
        let age_ref = age_ref.clone();
        let problem = problem.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            let target = match problem.as_ref().map(|(f, _)| *f) {
                Some("age") => age_ref.cast::<web_sys::HtmlElement>(),
                _ => home_ref.cast::<web_sys::HtmlElement>(),
            };
            if let Some(el) = target {
                let _ = el.focus();
            }
        })
    };

    // After a submitted form, focus moves to the answer's heading once it is in.
    {
        let result_ref = result_ref.clone();
        let focus_answer = focus_answer.clone();
        let done = matches!(&*result, Load::Done(_));
        use_effect(move || {
            if done && focus_answer.get() {
                let heading = result_ref
                    .cast::<web_sys::Element>()
                    .and_then(|r| r.query_selector("#atlas-result-title").ok().flatten())
                    .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(h) = heading {
                    focus_answer.set(false);
                    let _ = h.focus();
                }
            }
        });
    }
    let choose = |name: String| {
        let home = home.clone();
        let home_ref = home_ref.clone();
        Callback::from(move |_: MouseEvent| {
            home.set(name.clone());
            if let Some(el) = home_ref.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };

    let heading = match &to_name {
        Some(n) => l.f("compare-app-heading", &[("council", n.into())]),
        None => l.t("compare-app-heading-any"),
    };

    html! {
        <>
            <form class="atlas-form atlas-noprint" onsubmit={on_submit} novalidate=true>
                <h2 id="atlas-heading">{ heading }</h2>
                <p>{ l.t("compare-app-intro") }</p>
                if let Some((field, message)) = &*problem {
                    <div class="atlas-error">
                        <h3>{ l.t("compare-problem-title") }</h3>
                        <ul class="atlas-list"><li><a href={format!("#atlas-{field}")} onclick={to_field}>{ message }</a></li></ul>
                    </div>
                }
                if let Load::Failed(e) = &*councils {
                    <p class="atlas-error-text">{ l.f("compare-app-no-councils", &[("problem", e.into())]) }</p>
                }
                <div class={classes!("atlas-field", home_error.as_ref().map(|_| "atlas-field-error"))}>
                    <label for="atlas-home">{ l.t("compare-form-from") }</label>
                    <p class="atlas-hint" id="atlas-home-hint">{ l.t("compare-app-home-hint") }</p>
                    if let Some(m) = &home_error {
                        <p class="atlas-error-text" id="atlas-home-error"><ErrorPrefix />{ m }</p>
                    }
                    <input id="atlas-home" ref={home_ref.clone()} type="text" list="atlas-councils" autocomplete="off"
                        spellcheck="false" value={(*home).clone()} oninput={on_home}
                        aria-describedby={if home_error.is_some() { "atlas-home-hint atlas-home-error" } else { "atlas-home-hint" }}
                        aria-invalid={home_error.is_some().then_some("true")} />
                    <datalist id="atlas-councils">
                        { for list.iter().map(|a| html! { <option value={a.name.clone()} /> }) }
                    </datalist>
                    if !suggestions.is_empty() {
                        <div class="atlas-suggest">
                            <p class="atlas-hint" id="atlas-suggest-hint">{ l.t("compare-app-did-you-mean") }</p>
                            <ul class="atlas-list" aria-labelledby="atlas-suggest-hint">
                                { for suggestions.iter().map(|a| html! {
                                    <li><button type="button" class="atlas-link-button" onclick={choose(a.name.clone())}>{ &a.name }</button></li>
                                }) }
                            </ul>
                        </div>
                    }
                </div>
                { district_field(l, &districts, (*district).as_deref(), None, Some(on_district)) }
                <div class={classes!("atlas-field", age_error.as_ref().map(|_| "atlas-field-error"))}>
                    <label for="atlas-age">{ l.t("compare-form-age") }</label>
                    if let Some(m) = &age_error {
                        <p class="atlas-error-text" id="atlas-age-error"><ErrorPrefix />{ m }</p>
                    }
                    <select id="atlas-age" ref={age_ref.clone()} onchange={on_age}
                        aria-describedby={age_error.is_some().then_some("atlas-age-error")}
                        aria-invalid={age_error.is_some().then_some("true")}>
                        <option value="" selected={age.is_none()}>{ l.t("compare-form-choose-age") }</option>
                        { for ages().map(|a| html! {
                            <option value={a.to_string()} selected={*age == Some(a)}>{ a }</option>
                        }) }
                    </select>
                </div>
                <details class="atlas-more">
                    <summary>{ l.t("compare-form-more") }</summary>
                    <fieldset>
                        <legend>{ l.t("compare-form-circumstances") }</legend>
                        { for Circumstance::ASKED.iter().map(|c| {
                            let id = format!("atlas-c-{}", c.slug());
                            let checked = circs.contains(c);
                            let onchange = {
                                let circs = circs.clone();
                                let c = *c;
                                Callback::from(move |_: Event| {
                                    let mut next = (*circs).clone();
                                    if let Some(i) = next.iter().position(|x| *x == c) {
                                        next.remove(i);
                                    } else {
                                        next.push(c);
                                    }
                                    circs.set(next);
                                })
                            };
                            html! {
                                <div class="atlas-check">
                                    <input type="checkbox" id={id.clone()} checked={checked} {onchange} />
                                    <label for={id}>{ c.name(&locale) }</label>
                                </div>
                            }
                        }) }
                    </fieldset>
                </details>
                <button type="submit" class="atlas-button">{ l.t("compare-form-submit") }</button>
            </form>
            <p class="atlas-vh" role="status" aria-live="polite">{ status }</p>
            <div ref={result_ref}>
            { match &*result {
                Load::Done(c) => html! {
                    <>
                        <CompareView comparison={c.clone()} base={props.api.clone()} server_pages={props.mirror.is_none()} today={today()} />
                        <CompareActions api={props.api.clone()} comparison={c.clone()} server_pages={props.mirror.is_none()} />
                    </>
                },
                Load::Failed(e) => html! {
                    <div class="atlas-error"><h3>{ l.t("compare-problem-title") }</h3><p>{ e }</p></div>
                },
                Load::Loading => html! { <p>{ l.t("compare-loading") }</p> },
                Load::Idle => html! {},
            } }
            </div>
        </>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct ActionsProps {
    api: AttrValue,
    comparison: Rc<Comparison>,
    /// Whether `api` serves the compare and questions pages (a static mirror does not).
    server_pages: bool,
}

/// Print, the questions page, and a link to share (only the councils and the age are in
/// it).
#[function_component]
fn CompareActions(props: &ActionsProps) -> Html {
    let locale = use_locale();
    let l = &locale;
    let c = &props.comparison;
    let share = compare_page_url(&props.api, Some(&c.from.code), &c.to.code, Some(c.age));
    let questions = questions_page_url_for(&props.api, c);
    // Printed short: the summary, the certain changes and the questions; what is closed
    // stays closed.
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="atlas-actions atlas-noprint">
            <h3>{ l.t("compare-actions-heading") }</h3>
            <button type="button" class="atlas-button atlas-secondary" onclick={print}>{ l.t("compare-actions-print") }</button>
            if props.server_pages {
                <p><a href={questions}>{ l.t("compare-actions-questions") }</a></p>
                <p>
                    <a href={share.clone()}>{ l.t("compare-actions-link") }</a>
                    { " " }<span class="atlas-small atlas-url">{ share }</span>
                </p>
                <p class="atlas-small">{ l.t("compare-actions-link-note") }</p>
            }
        </div>
    }
}

/// What a comparison is run with: from, age, circumstances and the district.
type Run = (String, u8, Vec<Circumstance>, Option<String>);

/// Today in the browser, to say when a council's offer is more than two years old.
fn today() -> Option<chrono::NaiveDate> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

/// The mirror module's argument, `{ from, to, age, circumstances, district }` (a
/// `CompareRequest`), built by hand: serialising it with serde would add a serializer to
/// this module.
fn compare_request(
    from: &str,
    to: &str,
    age: u8,
    circs: &[Circumstance],
    district: Option<&str>,
) -> JsValue {
    let request = js_sys::Object::new();
    let list = js_sys::Array::new();
    for c in circs {
        list.push(&JsValue::from_str(c.slug()));
    }
    for (key, value) in [
        ("from", JsValue::from_str(from)),
        ("to", JsValue::from_str(to)),
        ("age", JsValue::from(age)),
        ("circumstances", list.into()),
    ] {
        let _ = js_sys::Reflect::set(&request, &JsValue::from_str(key), &value);
    }
    if let Some(d) = district {
        let _ = js_sys::Reflect::set(
            &request,
            &JsValue::from_str("district"),
            &JsValue::from_str(d),
        );
    }
    request.into()
}
