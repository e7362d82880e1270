//! One council's Local Offer, by area of life and by age band.

use std::rc::Rc;

use atlas_shared::{Authority, Offer};
use yew::prelude::*;

use crate::view::{
    ages_text, and_list, bands_of, offers_by_category, status_note, value_text, AgeBand,
};

#[derive(Properties, PartialEq, Clone)]
pub struct OfferListProps {
    pub authority: Rc<Authority>,
    pub offers: Rc<Vec<Offer>>,
    /// Show only offers for this age band; all when `None`.
    #[prop_or_default]
    pub band: Option<AgeBand>,
}

/// The council's offers grouped by category; each says which age bands it covers.
#[function_component]
pub fn OfferList(props: &OfferListProps) -> Html {
    let a = &props.authority;
    let groups = offers_by_category(&props.offers, props.band);
    html! {
        <section class="atlas-offers" aria-labelledby="atlas-offers-title">
            <h2 id="atlas-offers-title">{ format!("What {} offers care leavers", a.name) }</h2>
            if let Some(b) = props.band {
                <p>{ format!("Showing help for people aged {} to {}.", b.ages().0, b.ages().1) }</p>
            }
            if let Some(url) = &a.offer_url {
                <p><a href={url.clone()}>{ format!("Read {}'s own Local Offer", a.name) }</a></p>
            }
            if groups.is_empty() {
                <p class="atlas-none">{ "We have no offers on record for this council and age." }</p>
            }
            { for groups.into_iter().map(|(category, offers)| html! {
                <section class="atlas-category" key={category.slug()}>
                    <h3>{ category.label() }</h3>
                    <ul class="atlas-ents">
                        { for offers.into_iter().map(offer_item) }
                    </ul>
                </section>
            }) }
        </section>
    }
}

fn offer_item(o: &Offer) -> Html {
    let c = &o.content;
    let bands = bands_of(o);
    let value = c.value.as_ref().map(value_text).filter(|v| !v.is_empty());
    html! {
        <li class="atlas-ent" key={o.id.as_str()} id={format!("offer-{}", o.id)}>
            <h4 class="atlas-ent-title">{ &c.title }</h4>
            <p class="atlas-small">
                { ages_text(c.age_from, c.age_to) }
                { " · " }
                { bands.iter().map(|b| b.label()).collect::<Vec<_>>().join(", ") }
            </p>
            if let Some(note) = status_note(c.status) {
                <p class="atlas-status"><strong>{ note }</strong></p>
            }
            if let Some(v) = value {
                <p>{ format!("Worth: {v}") }</p>
            }
            <p>{ &c.summary }</p>
            if !c.conditions.is_empty() {
                <p>{ format!("Only if you are {}.", and_list(c.conditions.iter().map(|x| x.label()))) }</p>
            }
            if let Some(how) = c.how_to_access.as_deref().filter(|h| !h.trim().is_empty()) {
                <p><strong>{ "How to get it: " }</strong>{ how }</p>
            }
        </li>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct BandSelectProps {
    pub selected: Option<AgeBand>,
    #[prop_or_default]
    pub onchange: Option<Callback<Event>>,
}

/// Choose an age band, or all ages.
#[function_component]
pub fn BandSelect(props: &BandSelectProps) -> Html {
    html! {
        <div class="atlas-field">
            <label for="atlas-band">{ "Your age" }</label>
            <select id="atlas-band" name="band" onchange={props.onchange.clone()}>
                <option value="" selected={props.selected.is_none()}>{ "All ages" }</option>
                { for AgeBand::ALL.iter().map(|b| html! {
                    <option value={b.slug()} selected={props.selected == Some(*b)}>{ b.label() }</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct OfferPageProps {
    pub offer: Rc<Offer>,
    pub authority: Rc<Authority>,
    /// Every version, oldest first: (version, what happened, when, by whom).
    pub history: Rc<Vec<(u64, String, String, String)>>,
}

/// One offer on a page of its own: everything recorded about it, whom it is for in words,
/// where it comes from, and its history. Board evidence and comparisons link here.
#[function_component]
pub fn OfferPage(props: &OfferPageProps) -> Html {
    let o = &props.offer;
    let c = &o.content;
    let a = &props.authority;
    let value = c.value.as_ref().map(value_text).filter(|v| !v.is_empty());
    let row = |label: &'static str, text: String| {
        html! { <><dt>{ label }</dt><dd>{ text }</dd></> }
    };
    html! {
        <div class="atlas">
            <p>
                <a href={crate::view::authority_page_url("", &a.code)}>{ format!("All of {}'s offer", a.name) }</a>
            </p>
            if let Some(note) = status_note(c.status) {
                <p class="atlas-status"><strong>{ note }</strong></p>
            }
            <p>{ &c.summary }</p>
            if let Some(details) = c.details.as_deref().filter(|d| !d.trim().is_empty()) {
                <p>{ details }</p>
            }
            <dl class="atlas-facts">
                { row("Council", a.name.clone()) }
                { row("For", c.applies_to.describe(&a.name)) }
                { row("Ages", ages_text(c.age_from, c.age_to)) }
                if !c.conditions.is_empty() {
                    { row("Only if you are", and_list(c.conditions.iter().map(|x| x.label()))) }
                }
                if let Some(v) = value {
                    { row("Worth", v) }
                }
                if let Some(how) = c.how_to_access.as_deref().filter(|h| !h.trim().is_empty()) {
                    { row("How to get it", how.to_string()) }
                }
                if let Some(contact) = c.contact.as_deref().filter(|h| !h.trim().is_empty()) {
                    { row("Contact", contact.to_string()) }
                }
                { row("Source", crate::view::source_text(&c.source)) }
                if let Some(note) = c.note.as_deref().filter(|n| !n.trim().is_empty()) {
                    { row("Note", note.to_string()) }
                }
                if let Some(day) = c.reviewed {
                    { row("Last reviewed", atlas_shared::long_date(day)) }
                }
            </dl>
            if let Some(url) = &c.source.url {
                <p><a href={url.clone()}>{ "Read the source document" }</a></p>
            }
            <h2>{ "History" }</h2>
            <ol class="atlas-list">
                { for props.history.iter().map(|(version, action, at, actor)| html! {
                    <li>{ format!("Version {version}: {action} on {at} by {actor}.") }</li>
                }) }
            </ol>
        </div>
    }
}
