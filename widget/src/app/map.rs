//! Map mode: England coloured by one answer (`topic` at `age`, or a move `from` a council),
//! fetched from `GET /api/v1/map`, with the outlines from `GET /api/v1/map/areas`; the
//! table of every area sorts by a column. `/map` is the same view without script.

use std::cell::Cell;
use std::rc::Rc;

use atlas_shared::map::{MapAnswer, MapClass};
use yew::prelude::*;

use super::{load_into, map_query, Load, RootProps};
use crate::components::map::{MapAsset, MapView, MAP_CSS};
use crate::view::join;

#[function_component]
pub fn MapApp(props: &RootProps) -> Html {
    let locale = crate::language::use_locale();
    let answer = use_state(|| Load::<MapAnswer>::Idle);
    let asset = use_state(|| Load::<MapAsset>::Idle);
    let seq_answer = use_memo((), |_| Cell::new(0u32));
    let seq_asset = use_memo((), |_| Cell::new(0u32));
    {
        let (answer, asset) = (answer.clone(), asset.clone());
        let urls = (
            join(&props.api, &locale.link(&map_query("/api/v1/map", props))),
            join(&props.api, "/api/v1/map/areas"),
        );
        let (seq_answer, seq_asset) = (seq_answer.clone(), seq_asset.clone());
        use_effect_with(urls, move |(question, areas)| {
            load_into(question.clone(), answer, seq_answer);
            load_into(areas.clone(), asset, seq_asset);
        });
    }
    match (&*answer, &*asset) {
        (Load::Done(a), Load::Done(m)) => {
            let (_, geometry) = (**m).clone().split();
            // Councils whose offer is held have a page; the others link to what we hold.
            let known: Vec<String> = a
                .areas
                .iter()
                .filter(|x| x.class != MapClass::NotHeld)
                .map(|x| x.code.clone())
                .collect();
            html! {
                <>
                    <style>{ MAP_CSS }</style>
                    <MapView geometry={Rc::new(geometry)} answer={a.clone()} known={Rc::new(known)}
                        base={props.api.clone()} sortable=true />
                </>
            }
        }
        (Load::Failed(e), _) | (_, Load::Failed(e)) => html! {
            <div class="atlas-error" role="alert"><h2 id="atlas-map-title">{ locale.t("error-problem") }</h2><p>{ e }</p></div>
        },
        _ => html! { <p id="atlas-map-title">{ locale.t("error-loading") }</p> },
    }
}
