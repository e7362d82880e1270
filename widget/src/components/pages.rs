//! Whole page bodies for the server-rendered pages (no JavaScript): a form and its result.

use std::rc::Rc;

use atlas_shared::api::SearchResponse;
use atlas_shared::compare::Comparison;
use atlas_shared::{Authority, Category, Offer};
use yew::prelude::*;

use super::{
    BandSelect, CompareForm, CompareView, OfferList, ProblemSummary, SearchForm, SearchResults,
};
use crate::language::{use_locale, LangField};
use crate::view::AgeBand;

#[derive(Properties, PartialEq, Clone)]
pub struct ComparePageProps {
    /// Every council, for the form's lists.
    pub authorities: Vec<Authority>,
    #[prop_or_default]
    pub from: Option<String>,
    #[prop_or_default]
    pub to: Option<String>,
    #[prop_or_default]
    pub age: Option<u8>,
    /// The result, when the form was filled in and the comparison worked.
    #[prop_or_default]
    pub comparison: Option<Rc<Comparison>>,
    /// A problem with one field of the request (`from`, `to` or `age`) and what to do.
    #[prop_or_default]
    pub error: Option<(String, String)>,
    /// What the person ticked, kept ticked.
    #[prop_or_default]
    pub circumstances: Vec<atlas_shared::Circumstance>,
    /// Their legal group of care leavers, when they said.
    #[prop_or_default]
    pub group: Option<atlas_shared::Circumstance>,
    /// The district they chose, kept chosen.
    #[prop_or_default]
    pub district: Option<String>,
    /// Today, for how old each council's offer is.
    #[prop_or_default]
    pub today: Option<chrono::NaiveDate>,
}

/// The `/compare` page body: the form, then the result or the problem (an error summary
/// linking to the field, and the message beside the field).
#[function_component]
pub fn ComparePage(props: &ComparePageProps) -> Html {
    html! {
        <div class="atlas">
            if let Some((field, message)) = &props.error {
                <ProblemSummary problems={vec![(Some(format!("atlas-{field}")), message.clone())]} />
            }
            <CompareForm authorities={props.authorities.clone()} from={props.from.clone()}
                to={props.to.clone()} age={props.age} error={props.error.clone()}
                circumstances={props.circumstances.clone()} district={props.district.clone()}
                group={props.group} />
            if let Some(c) = &props.comparison {
                <CompareView comparison={c.clone()} today={props.today} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct SearchPageProps {
    #[prop_or_default]
    pub q: AttrValue,
    #[prop_or_default]
    pub category: Option<Category>,
    /// What the results are narrowed to beyond the form, in words (e.g. a topic's pledges).
    #[prop_or_default]
    pub scope: Option<String>,
    #[prop_or_default]
    pub response: Option<Rc<SearchResponse>>,
    #[prop_or_default]
    pub error: Option<String>,
}

/// The `/search` page body: the form, how many matched, and the results.
#[function_component]
pub fn SearchPage(props: &SearchPageProps) -> Html {
    let locale = use_locale();
    html! {
        <div class="atlas">
            <h2>{ locale.t("search-heading") }</h2>
            <ErrorBox error={props.error.clone()} />
            <SearchForm q={props.q.clone()} category={props.category} />
            if let Some(r) = &props.response {
                if let Some(scope) = &props.scope {
                    <p>{ scope }</p>
                }
                <p class="atlas-count">{ locale.result_count(r.total, &props.q) }</p>
                <SearchResults response={r.clone()} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct AuthorityPageProps {
    pub authority: Rc<Authority>,
    pub offers: Rc<Vec<Offer>>,
    #[prop_or_default]
    pub band: Option<AgeBand>,
}

/// The `/authorities/{code}` page body: an age filter form and the council's offers.
#[function_component]
pub fn AuthorityPage(props: &AuthorityPageProps) -> Html {
    let locale = use_locale();
    html! {
        <div class="atlas">
            <form class="atlas-form atlas-inline" method="get">
                <LangField />
                <BandSelect selected={props.band} />
                <button type="submit" class="atlas-button">{ locale.t("offers-show") }</button>
            </form>
            <OfferList authority={props.authority.clone()} offers={props.offers.clone()} band={props.band} />
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ErrorBoxProps {
    pub error: Option<String>,
}

/// A problem, announced at once to screen readers.
#[function_component]
pub fn ErrorBox(props: &ErrorBoxProps) -> Html {
    let locale = use_locale();
    match &props.error {
        Some(e) => html! {
            <div class="atlas-error" role="alert">
                <h2>{ locale.t("error-problem") }</h2>
                <p>{ e }</p>
            </div>
        },
        None => html! {},
    }
}
