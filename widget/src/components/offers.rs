//! One council's Local Offer, by area of life and by age band.

use std::rc::Rc;

use atlas_shared::{Authority, Offer};
use yew::prelude::*;

use atlas_shared::words::{Arg, Locale};

use crate::language::use_locale;
use crate::view::{bands_of, offers_by_category, value_html, AgeBand};

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
    let locale = use_locale();
    let a = &props.authority;
    let groups = offers_by_category(&props.offers, props.band);
    html! {
        <section class="atlas-offers" aria-labelledby="atlas-offers-title">
            <h2 id="atlas-offers-title">{ locale.f("offers-heading", &[("council", a.name.as_str().into())]) }</h2>
            if let Some(b) = props.band {
                <p>{ locale.f("offers-showing-band", &[("from", Arg::Text(&b.ages().0.to_string())), ("to", Arg::Text(&b.ages().1.to_string()))]) }</p>
            }
            if let Some(url) = &a.offer_url {
                <p><a href={url.clone()}>{ locale.f("offers-read-own", &[("council", a.name.as_str().into())]) }</a></p>
            }
            if groups.is_empty() {
                <p class="atlas-none">{ locale.t("offers-none") }</p>
            }
            { for groups.into_iter().map(|(category, offers)| html! {
                <section class="atlas-category" key={category.slug()}>
                    <h3>{ category.name(&locale) }</h3>
                    <ul class="atlas-ents">
                        { for offers.into_iter().map(|o| offer_item(&locale, o)) }
                    </ul>
                </section>
            }) }
        </section>
    }
}

fn offer_item(locale: &Locale, o: &Offer) -> Html {
    let c = &o.content;
    let bands = bands_of(o);
    let value = c
        .value
        .as_ref()
        .filter(|v| !v.describe_in(locale).is_empty())
        .map(|v| value_html(locale, v));
    html! {
        <li class="atlas-ent" key={o.id.as_str()} id={format!("offer-{}", o.id)}>
            <h4 class="atlas-ent-title" lang="en">{ &c.title }</h4>
            <p class="atlas-small">
                { locale.ages(c.age_from, c.age_to) }
                { " · " }
                { locale.comma_list(bands.iter().map(|b| b.name(locale))) }
            </p>
            if let Some(note) = crate::view::status_note_in(locale, c.status) {
                <p class="atlas-status"><strong>{ note }</strong></p>
            }
            if let Some(v) = value {
                <p>{ locale.t("offer-worth") }{ ": " }{ v }</p>
            }
            <p lang="en" dir="ltr">{ &c.summary }</p>
            if !c.conditions.is_empty() {
                <p>{ locale.f("offers-only-if", &[("conditions", Arg::Text(&locale.and_list(c.conditions.iter().map(|x| x.name(locale)))))]) }</p>
            }
            if let Some(how) = c.how_to_access.as_deref().filter(|h| !h.trim().is_empty()) {
                <p><strong>{ locale.t("offer-how") }{ ": " }</strong><span lang="en">{ how }</span></p>
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
    let locale = use_locale();
    html! {
        <div class="atlas-field">
            <label for="atlas-band">{ locale.t("offers-your-age") }</label>
            <select id="atlas-band" name="band" onchange={props.onchange.clone()}>
                <option value="" selected={props.selected.is_none()}>{ locale.t("offers-all-ages") }</option>
                { for AgeBand::ALL.iter().map(|b| html! {
                    <option value={b.slug()} selected={props.selected == Some(*b)}>{ b.name(&locale) }</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct OfferPageProps {
    pub offer: Rc<Offer>,
    pub authority: Rc<Authority>,
    /// Every version, oldest first: (version, what happened as a slug (`offer-action-<slug>`),
    /// the day as YYYY-MM-DD, by whom).
    pub history: Rc<Vec<(u64, String, String, String)>>,
}

/// One offer on a page of its own: everything recorded about it, whom it is for in words,
/// where it comes from, and its history. Board evidence and comparisons link here.
#[function_component]
pub fn OfferPage(props: &OfferPageProps) -> Html {
    let locale = use_locale();
    let o = &props.offer;
    let c = &o.content;
    let a = &props.authority;
    let value = c
        .value
        .as_ref()
        .filter(|v| !v.describe_in(&locale).is_empty())
        .map(|v| value_html(&locale, v));
    let row = |label: &str, text: String| {
        html! { <><dt>{ locale.t(label) }</dt><dd>{ text }</dd></> }
    };
    // Published words: read as English inside any page.
    let row_en = |label: &str, text: String| {
        html! { <><dt>{ locale.t(label) }</dt><dd lang="en" dir="ltr">{ text }</dd></> }
    };
    html! {
        <div class="atlas">
            <p>
                <a href={locale.link(&crate::view::authority_page_url("", &a.code))}>{ locale.f("offer-all-of", &[("council", a.name.as_str().into())]) }</a>
            </p>
            if let Some(note) = crate::view::status_note_in(&locale, c.status) {
                <p class="atlas-status"><strong>{ note }</strong></p>
            }
            <p lang="en" dir="ltr">{ &c.summary }</p>
            if let Some(details) = c.details.as_deref().filter(|d| !d.trim().is_empty()) {
                <p lang="en" dir="ltr">{ details }</p>
            }
            <dl class="atlas-facts">
                { row_en("offer-council", a.name.clone()) }
                { row("offer-for", locale.applies_to(c.applies_to, &a.name)) }
                { row("offer-ages", locale.ages(c.age_from, c.age_to)) }
                if !c.conditions.is_empty() {
                    { row("offer-only-if", locale.and_list(c.conditions.iter().map(|x| x.name(&locale)))) }
                }
                if let Some(v) = value {
                    <dt>{ locale.t("offer-worth") }</dt><dd>{ v }</dd>
                }
                if let Some(how) = c.how_to_access.as_deref().filter(|h| !h.trim().is_empty()) {
                    { row_en("offer-how", how.to_string()) }
                }
                if let Some(contact) = c.contact.as_deref().filter(|h| !h.trim().is_empty()) {
                    { row_en("offer-contact", contact.to_string()) }
                }
                <dt>{ locale.t("offer-source") }</dt>
                <dd>{ source(&locale, &c.source) }</dd>
                if let Some(note) = c.note.as_deref().filter(|n| !n.trim().is_empty()) {
                    { row_en("offer-note", note.to_string()) }
                }
                if let Some(day) = c.reviewed {
                    { row("offer-reviewed", locale.date(day)) }
                }
            </dl>
            if let Some(url) = &c.source.url {
                <p><a href={url.clone()}>{ locale.t("offer-read-source") }</a></p>
            }
            <h2>{ locale.t("offer-history") }</h2>
            <ol class="atlas-list">
                { for props.history.iter().map(|(version, action, at, actor)| html! {
                    <li>{ locale.f("offer-version", &[
                        ("version", Arg::Text(&version.to_string())),
                        ("action", Arg::Text(&locale.t(&format!("offer-action-{action}")))),
                        ("date", Arg::Text(&chrono::NaiveDate::parse_from_str(at, "%Y-%m-%d").map(|d| locale.date(d)).unwrap_or_else(|_| at.clone()))),
                        ("who", Arg::Text(actor)),
                    ]) }</li>
                }) }
            </ol>
        </div>
    }
}

/// A citation: "Walsall Local Offer 2020, section 2.4, 10 August 2020"; the document's
/// name and section as published (English), the date in the reader's language. A document
/// known only by a file name is never named: "a council report, 10 August 2020, section 2.4".
fn source(locale: &Locale, source: &atlas_shared::Source) -> Html {
    let locator = source.locator.trim();
    let date = source.date.map(|d| locale.date(d));
    if source.known_only_by_file_name() {
        let mut parts = vec![locale.t("offer-source-report")];
        parts.extend(date);
        html! {
            <>
                { parts.join(", ") }
                if !locator.is_empty() { { ", " }<span lang="en">{ locator.to_string() }</span> }
            </>
        }
    } else {
        let mut named = source.document.trim().to_string();
        if !locator.is_empty() {
            named.push_str(", ");
            named.push_str(locator);
        }
        html! {
            <>
                <span lang="en">{ named }</span>
                if let Some(d) = date { { ", " }{ d } }
            </>
        }
    }
}
