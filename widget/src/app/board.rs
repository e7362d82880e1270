//! Board mode: a partnership's consistency matrix, spread charts and changes, fetched in
//! one request, with the matrix narrowed to one item at once when one is chosen. A
//! partnership can embed it on its own site; `/board/{id}` is the same view without script.

use std::cell::Cell;

use atlas_shared::api::BoardView;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::{load_into, Load, RootProps};
use crate::components::board::BoardPage;
use crate::view::{encode, join};

#[function_component]
pub fn BoardApp(props: &RootProps) -> Html {
    let locale = crate::language::use_locale();
    let view = use_state(|| Load::<BoardView>::Idle);
    let item = use_state(|| None::<AttrValue>);
    let seq = use_memo((), |_| Cell::new(0u32));
    {
        let view = view.clone();
        let url = join(
            &props.api,
            &format!("/api/v1/partnerships/{}/board", encode(&props.partnership)),
        );
        let seq = seq.clone();
        use_effect_with(url, move |url| {
            load_into(url.clone(), view, seq);
        });
    }
    let on_item = {
        let item = item.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let value = select.value();
                item.set((!value.is_empty()).then(|| AttrValue::from(value)));
            }
        })
    };
    match &*view {
        Load::Done(v) => html! {
            <BoardPage view={v.clone()} item={(*item).clone()} on_item={on_item} base={props.api.clone()} />
        },
        Load::Failed(e) => html! {
            <div class="atlas-error" role="alert"><h2>{ locale.t("error-problem") }</h2><p>{ e }</p></div>
        },
        Load::Loading | Load::Idle => html! { <p>{ locale.t("error-loading") }</p> },
    }
}
