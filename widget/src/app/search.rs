//! Search mode: results as you type (after a pause), with a category filter.

use std::cell::Cell;
use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{load_into, Load, RootProps};
use crate::components::{CategorySelect, SearchResults};
use crate::view::{encode, join};
use atlas_shared::api::SearchResponse;
use atlas_shared::Category;
use gloo_timers::callback::Timeout;

#[function_component]
pub fn SearchApp(props: &RootProps) -> Html {
    let locale = crate::language::use_locale();
    let q = use_state(String::new);
    let category = use_state(|| None::<Category>);
    let result = use_state(|| Load::<SearchResponse>::Idle);
    let seq = use_memo((), |_| Cell::new(0u32));
    let timer = use_mut_ref(|| None::<Timeout>);

    let search = {
        let result = result.clone();
        let seq = seq.clone();
        let api = props.api.clone();
        let to = props.to.clone();
        Rc::new(move |q: String, category: Option<Category>| {
            if q.trim().is_empty() && category.is_none() {
                // Forget any answer still on its way.
                seq.set(seq.get().wrapping_add(1));
                result.set(Load::Idle);
                return;
            }
            let mut url = join(
                &api,
                &format!("/api/v1/search?limit=20&q={}", encode(q.trim())),
            );
            if let Some(c) = category {
                url.push_str(&format!("&category={}", c.slug()));
            }
            if !to.is_empty() {
                url.push_str(&format!("&authority={}", encode(&to)));
            }
            load_into(url, result.clone(), seq.clone());
        })
    };

    let on_input = {
        let q = q.clone();
        let category = category.clone();
        let timer = timer.clone();
        let search = search.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let value = input.value();
            q.set(value.clone());
            let cat = *category;
            let search = search.clone();
            // Wait for a pause in typing before asking.
            *timer.borrow_mut() = Some(Timeout::new(250, move || search(value, cat)));
        })
    };
    let on_category = {
        let q = q.clone();
        let category = category.clone();
        let search = search.clone();
        let timer = timer.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let c = Category::from_slug(&select.value());
                category.set(c);
                timer.borrow_mut().take();
                search((*q).clone(), c);
            }
        })
    };
    let on_submit = {
        let q = q.clone();
        let category = category.clone();
        let timer = timer.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            timer.borrow_mut().take();
            search((*q).clone(), *category);
        })
    };

    let status = match &*result {
        Load::Done(r) => locale.result_count(r.total, &q),
        Load::Loading => locale.t("search-searching"),
        Load::Failed(e) => e.clone(),
        Load::Idle => String::new(),
    };
    html! {
        <>
            <form class="atlas-form atlas-noprint" role="search" onsubmit={on_submit}>
                <h2 id="atlas-heading">{ locale.t("search-label") }</h2>
                <div class="atlas-field">
                    <label for="atlas-q">{ locale.t("search-question") }</label>
                    <p class="atlas-hint" id="atlas-q-hint">{ locale.t("search-hint") }</p>
                    <input id="atlas-q" type="search" autocomplete="off" aria-describedby="atlas-q-hint"
                        value={(*q).clone()} oninput={on_input} />
                </div>
                <CategorySelect selected={*category} onchange={on_category} />
                <button type="submit" class="atlas-button">{ locale.t("search-button") }</button>
            </form>
            <p class="atlas-count" role="status" aria-live="polite">{ status }</p>
            { match &*result {
                Load::Done(r) => html! { <SearchResults response={r.clone()} base={props.api.clone()} /> },
                Load::Failed(_) | Load::Loading | Load::Idle => html! {},
            } }
        </>
    }
}
