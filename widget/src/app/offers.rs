//! Offers mode: the host council's offers by category, for an age band.

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::{Load, RootProps};
use crate::api::get;
use crate::components::{BandSelect, OfferList};
use crate::view::{encode, AgeBand};
use atlas_shared::api::AuthorityDetail;
use atlas_shared::{Authority, Offer};

#[function_component]
pub fn OffersApp(props: &RootProps) -> Html {
    let locale = crate::language::use_locale();
    let detail = use_state(|| Load::<(Rc<Authority>, Rc<Vec<Offer>>)>::Idle);
    let band = use_state(|| {
        props
            .age
            .and_then(|a| AgeBand::ALL.into_iter().find(|b| b.overlaps(a, a)))
    });
    {
        let detail = detail.clone();
        let url = props.data_url(&format!("/api/v1/authorities/{}", encode(&props.to)));
        use_effect_with((), move |_| {
            detail.set(Load::Loading);
            spawn_local(async move {
                let outcome = get::<AuthorityDetail>(&url).await;
                detail.set(match outcome {
                    Ok(d) => Load::Done(Rc::new((Rc::new(d.authority), Rc::new(d.offers)))),
                    Err(e) => Load::Failed(e),
                });
            });
        });
    }
    let on_band = {
        let band = band.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                band.set(AgeBand::from_slug(&select.value()));
            }
        })
    };
    html! {
        <>
            <form class="atlas-form atlas-inline atlas-noprint" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <BandSelect selected={*band} onchange={on_band} />
            </form>
            { match &*detail {
                Load::Done(d) => html! { <OfferList authority={d.0.clone()} offers={d.1.clone()} band={*band} /> },
                Load::Failed(e) => html! { <div class="atlas-error" role="alert"><h2>{ locale.t("error-problem") }</h2><p>{ e }</p></div> },
                Load::Loading | Load::Idle => html! { <p>{ locale.t("error-loading") }</p> },
            } }
        </>
    }
}
