//! Search: results with their matching words marked, and a plain GET form.

use std::rc::Rc;

use atlas_shared::api::{SearchHit, SearchResponse};
use atlas_shared::Category;
use yew::prelude::*;

use atlas_shared::words::Locale;

use crate::language::{use_locale, LangField};
use crate::view::{authority_page_url, highlight_pieces};

#[derive(Properties, PartialEq, Clone)]
pub struct SearchResultsProps {
    pub response: Rc<SearchResponse>,
    /// Base URL of the Atlas server for links ("" on the server's own pages).
    #[prop_or_default]
    pub base: AttrValue,
}

/// A list of search hits. Highlights are built from text nodes and `<mark>`: never HTML.
#[function_component]
pub fn SearchResults(props: &SearchResultsProps) -> Html {
    let locale = use_locale();
    let r = &props.response;
    if r.hits.is_empty() {
        return html! { <p class="atlas-none">{ locale.t("search-nothing") }</p> };
    }
    html! {
        <ol class="atlas-hits">
            { for r.hits.iter().map(|h| hit(&locale, h, &props.base)) }
        </ol>
    }
}

fn marked(text: &str, ranges: &[[usize; 2]]) -> Html {
    html! { <>{ for highlight_pieces(text, ranges).into_iter().map(|(piece, hit)| {
        if hit { html! { <mark>{ piece }</mark> } } else { html! { piece } }
    }) }</> }
}

fn hit(locale: &Locale, h: &SearchHit, base: &str) -> Html {
    let title_marked = h.highlight.field == "title" && !h.highlight.ranges.is_empty();
    let title = if title_marked {
        marked(&h.highlight.text, &h.highlight.ranges)
    } else {
        html! { &h.title }
    };
    let summary = if !title_marked && !h.highlight.text.is_empty() {
        marked(&h.highlight.text, &h.highlight.ranges)
    } else {
        html! { &h.summary }
    };
    let category = Category::from_slug(&h.category).map(|c| c.name(locale));
    let status = match h.status.as_str() {
        "pilot" => crate::view::status_note_in(locale, atlas_shared::OfferStatus::Pilot),
        "planned" => crate::view::status_note_in(locale, atlas_shared::OfferStatus::Planned),
        "ended" => crate::view::status_note_in(locale, atlas_shared::OfferStatus::Ended),
        _ => None,
    };
    let link = h.authority.as_deref().map(|code| {
        format!(
            "{}#offer-{}",
            locale.link(&authority_page_url(base, code)),
            crate::view::encode(&h.id)
        )
    });
    html! {
        <li class="atlas-hit" key={h.id.as_str()}>
            <h3 class="atlas-hit-title" lang="en">
                if let Some(href) = link {
                    <a href={href}>{ title }</a>
                } else {
                    { title }
                }
            </h3>
            <p class="atlas-small">
                <span lang="en">{ &h.provider_name }</span>
                if let Some(c) = category { { " · " }{ c } }
                if h.organisation.is_some() { { " · " }{ locale.t("search-pledge") } }
            </p>
            if let Some(note) = status {
                <p class="atlas-status"><strong>{ note }</strong></p>
            }
            <p lang="en" dir="ltr">{ summary }</p>
        </li>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct SearchFormProps {
    #[prop_or_default]
    pub q: AttrValue,
    #[prop_or_default]
    pub category: Option<Category>,
    #[prop_or(AttrValue::Static("/search"))]
    pub action: AttrValue,
}

/// A plain HTML search form (GET) that works without JavaScript.
#[function_component]
pub fn SearchForm(props: &SearchFormProps) -> Html {
    let locale = use_locale();
    html! {
        <form class="atlas-form" method="get" action={props.action.clone()} role="search">
            <LangField />
            <div class="atlas-field">
                <label for="atlas-q">{ locale.t("search-label") }</label>
                <input id="atlas-q" name="q" type="search" value={props.q.clone()} />
            </div>
            <CategorySelect selected={props.category} />
            <button type="submit" class="atlas-button">{ locale.t("search-button") }</button>
        </form>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct CategorySelectProps {
    pub selected: Option<Category>,
    #[prop_or_default]
    pub onchange: Option<Callback<Event>>,
}

/// The category filter: "All" or one category, by its label.
#[function_component]
pub fn CategorySelect(props: &CategorySelectProps) -> Html {
    let locale = use_locale();
    html! {
        <div class="atlas-field">
            <label for="atlas-category">{ locale.t("search-category") }</label>
            <select id="atlas-category" name="category" onchange={props.onchange.clone()}>
                <option value="" selected={props.selected.is_none()}>{ locale.t("search-all-categories") }</option>
                { for Category::ALL.iter().map(|c| html! {
                    <option value={c.slug()} selected={props.selected == Some(*c)}>{ c.name(&locale) }</option>
                }) }
            </select>
        </div>
    }
}
