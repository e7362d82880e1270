//! Compare: what a care leaver keeps, gains and loses by moving.
//!
//! [`CompareView`] shows a [`Comparison`] it is given (browser and server alike);
//! [`CompareForm`] is the plain GET form the server-rendered page uses without JavaScript.

use std::rc::Rc;

use atlas_shared::compare::{Change, Comparison, Entitlement, Row, Summary};
use atlas_shared::Authority;
use yew::prelude::*;

use crate::view::{
    ages, and_list, ask_text, change_class, change_label, change_sentence, money_difference_text,
    more_pledges_text, pounds, rows_by_category, status_note, value_text, via_text,
};

#[derive(Properties, PartialEq, Clone)]
pub struct CompareViewProps {
    /// Shared, not copied: a comparison can be large.
    pub comparison: Rc<Comparison>,
}

/// The result of a comparison: notices, a summary, then every topic by category.
#[function_component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let c = &*props.comparison;
    let from = c.from.name.as_str();
    let to = c.to.name.as_str();
    html! {
        <section class="atlas-result" aria-labelledby="atlas-result-title">
            <h2 id="atlas-result-title">{ format!("Moving from {from} to {to}, aged {}", c.age) }</h2>
            <p>{ format!("This is for you if {from} looked after you and you might move to {to}.") }</p>
            if !c.circumstances.is_empty() {
                <p>{ format!("You said you are {}.", and_list(c.circumstances.iter().map(|x| x.label()))) }</p>
            }
            { notices(&c.notices) }
            { summary(&c.summary) }
            if c.rows.is_empty() {
                <p>{ "We found nothing in either Local Offer for your age. Ask your Personal Adviser." }</p>
            }
            { for rows_by_category(&c.rows).into_iter().map(|(category, rows)| html! {
                <section class="atlas-category" key={category.slug()}>
                    <h3>{ category.label() }</h3>
                    <ul class="atlas-rows">
                        { for rows.into_iter().map(|r| row(r, from, to)) }
                    </ul>
                </section>
            }) }
        </section>
    }
}

fn notices(notices: &[String]) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="atlas-notice">
            <h3>{ "Please note" }</h3>
            <ul>{ for notices.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
        </div>
    }
}

fn summary(s: &Summary) -> Html {
    let counts = [
        (Change::Same, s.same),
        (Change::Gain, s.gain),
        (Change::Loss, s.loss),
        (Change::Better, s.better),
        (Change::Worse, s.worse),
        (Change::Ask, s.ask),
    ];
    html! {
        <div class="atlas-summary">
            <h3>{ "In short" }</h3>
            <ul class="atlas-counts">
                { for counts.iter().map(|(change, n)| html! {
                    <li>{ tag(*change) }{ " " }{ things(*n) }</li>
                }) }
            </ul>
            if let Some(m) = &s.money_per_year_pence {
                <p class="atlas-money">
                    { format!("Money each year: {} if you stay, {} if you move. ", pounds(m.stay), pounds(m.moving)) }
                    <strong>{ money_difference_text(m.difference) }</strong>
                </p>
            }
            if !s.money_basis.trim().is_empty() {
                <p class="atlas-small">{ &s.money_basis }</p>
            }
        </div>
    }
}

/// The change as a word in a coloured box (the word carries the meaning).
fn tag(change: Change) -> Html {
    html! { <strong class={classes!("atlas-tag", change_class(change))}>{ change_label(change) }</strong> }
}

fn things(n: usize) -> String {
    if n == 1 {
        "1 thing".to_string()
    } else {
        format!("{n} things")
    }
}

fn row(row: &Row, from: &str, to: &str) -> Html {
    html! {
        <li key={row.topic.as_str()} class={classes!("atlas-row", format!("atlas-row-{}", change_class(row.change)))}>
            <div class="atlas-row-head">
                <h4>{ &row.label }</h4>
                { tag(row.change) }
            </div>
            <p class="atlas-row-says">{ change_sentence(row.change) }</p>
            <div class="atlas-cols">
                { side(&format!("If you stay in {from}"), &row.stay, row.more_pledges.stay) }
                { side(&format!("If you move to {to}"), &row.moving, row.more_pledges.moving) }
            </div>
        </li>
    }
}

fn side(heading: &str, items: &[Entitlement], more_pledges: usize) -> Html {
    html! {
        <div class="atlas-side">
            <h5>{ heading }</h5>
            if items.is_empty() {
                <p class="atlas-none">{ "Nothing found." }</p>
            } else {
                <ul class="atlas-ents">{ for items.iter().map(entitlement) }</ul>
            }
            if more_pledges > 0 {
                <p class="atlas-small">{ more_pledges_text(more_pledges) }</p>
            }
        </div>
    }
}

fn entitlement(e: &Entitlement) -> Html {
    let value = e.value.as_ref().map(value_text).filter(|v| !v.is_empty());
    html! {
        <li class="atlas-ent">
            <p class="atlas-ent-title">{ &e.title }</p>
            <p class="atlas-small">{ format!("{}: {}", e.provider.name, via_text(e.via)) }</p>
            if let Some(note) = status_note(e.status) {
                <p class="atlas-status"><strong>{ note }</strong></p>
            }
            if let Some(v) = value {
                <p>{ format!("Worth: {v}") }</p>
            }
            <p>{ &e.summary }</p>
            if !e.conditions.is_empty() {
                <p>{ format!("Only if you are {}.", and_list(e.conditions.iter().map(|c| c.label()))) }</p>
            }
            if let Some(ask) = ask_text(e) {
                <p class="atlas-askwho"><strong>{ "Who to ask: " }</strong>{ ask }</p>
            }
        </li>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct CompareFormProps {
    /// Every council, for both lists.
    pub authorities: Vec<Authority>,
    #[prop_or_default]
    pub from: Option<String>,
    #[prop_or_default]
    pub to: Option<String>,
    #[prop_or_default]
    pub age: Option<u8>,
    /// Where the form goes: `/compare` on the Atlas server.
    #[prop_or(AttrValue::Static("/compare"))]
    pub action: AttrValue,
}

/// A plain HTML form (GET) that works without JavaScript.
#[function_component]
pub fn CompareForm(props: &CompareFormProps) -> Html {
    let options = |selected: Option<&str>| -> Html {
        html! {
            <>
                <option value="" selected={selected.is_none()}>{ "Choose a council" }</option>
                { for props.authorities.iter().map(|a| html! {
                    <option value={a.code.clone()} selected={selected == Some(a.code.as_str())}>{ &a.name }</option>
                }) }
            </>
        }
    };
    html! {
        <form class="atlas-form" method="get" action={props.action.clone()}>
            <h2>{ "Compare Local Offers" }</h2>
            <div class="atlas-field">
                <label for="atlas-from">{ "The council that looked after you" }</label>
                <select id="atlas-from" name="from" required=true>{ options(props.from.as_deref()) }</select>
            </div>
            <div class="atlas-field">
                <label for="atlas-to">{ "The council you might move to" }</label>
                <select id="atlas-to" name="to" required=true>{ options(props.to.as_deref()) }</select>
            </div>
            <div class="atlas-field">
                <label for="atlas-age">{ "Your age" }</label>
                <select id="atlas-age" name="age" required=true>
                    <option value="" selected={props.age.is_none()}>{ "Choose your age" }</option>
                    { for ages().map(|a| html! { <option value={a.to_string()} selected={props.age == Some(a)}>{ a }</option> }) }
                </select>
            </div>
            <button type="submit" class="atlas-button">{ "Compare" }</button>
        </form>
    }
}
