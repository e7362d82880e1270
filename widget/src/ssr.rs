//! Server-side rendering: the same components as HTML fragments, each wrapped in
//! `<div class="atlas">` (style it with [`crate::WIDGET_CSS`]). The server wraps a fragment
//! in a full page (`<html lang="en">`, head, the stylesheet).
//!
//! Every function renders on Yew's own rendering threads, so its future is `Send` and can
//! be awaited from a warp handler.

use std::rc::Rc;

use atlas_shared::api::SearchResponse;
use atlas_shared::compare::Comparison;
use atlas_shared::{Authority, Category, Offer};
use yew::{AttrValue, BaseComponent, ServerRenderer};

use crate::components::{
    AuthorityPage, AuthorityPageProps, ComparePage, ComparePageProps, CompareView,
    CompareViewProps, OfferPage, OfferPageProps, QuestionsPage, QuestionsPageProps, SearchPage,
    SearchPageProps, SearchResults, SearchResultsProps,
};
use crate::view::AgeBand;

async fn render<C, F>(props: F) -> String
where
    C: BaseComponent,
    F: FnOnce() -> C::Properties + Send + 'static,
{
    ServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// What the `/compare` page shows (plain data, so it can cross threads).
#[derive(Debug, Clone, Default)]
pub struct ComparePageData {
    /// Every council, for the form's two lists.
    pub authorities: Vec<Authority>,
    /// The query as given, to keep the form filled in.
    pub from: Option<String>,
    pub to: Option<String>,
    pub age: Option<u8>,
    /// The result, when the query was complete and the comparison worked.
    pub comparison: Option<Comparison>,
    /// A problem with one field of the query (`from`, `to` or `age`) and what to do.
    pub error: Option<(String, String)>,
}

/// The `/compare` page body: a plain GET form (from, to, age) that works without
/// JavaScript, a problem if there was one, and the comparison if there is one.
pub async fn render_compare(page: ComparePageData) -> String {
    render::<ComparePage, _>(move || ComparePageProps {
        authorities: page.authorities,
        from: page.from,
        to: page.to,
        age: page.age,
        comparison: page.comparison.map(Rc::new),
        error: page.error,
    })
    .await
}

/// The `/compare/questions` page body: the comparison's questions, to print.
pub async fn render_questions(comparison: Comparison) -> String {
    render::<QuestionsPage, _>(move || QuestionsPageProps {
        comparison: Rc::new(comparison),
    })
    .await
}

/// Just the comparison, wrapped in `<div class="atlas">`.
pub async fn render_compare_view(comparison: Comparison) -> String {
    let inner = render::<CompareView, _>(move || CompareViewProps {
        comparison: Rc::new(comparison),
        base: AttrValue::Static(""),
        server_pages: true,
    })
    .await;
    format!("<div class=\"atlas\">{inner}</div>")
}

/// The `/authorities/{code}` page body: an age-band form (GET, parameter `band`) and the
/// council's offers by category. Parse `band` (`16-17`, `18-20`, `21-25`) with
/// [`AgeBand::from_slug`].
pub async fn render_authority(
    authority: Authority,
    offers: Vec<Offer>,
    band: Option<AgeBand>,
) -> String {
    render::<AuthorityPage, _>(move || AuthorityPageProps {
        authority: Rc::new(authority),
        offers: Rc::new(offers),
        band,
    })
    .await
}

/// A council's offers by category for every age, wrapped in `<div class="atlas">`,
/// without the age-band form (for a static copy, where a form cannot ask again).
pub async fn render_offer_list(authority: Authority, offers: Vec<Offer>) -> String {
    let inner =
        render::<crate::components::OfferList, _>(move || crate::components::OfferListProps {
            authority: Rc::new(authority),
            offers: Rc::new(offers),
            band: None,
        })
        .await;
    format!("<div class=\"atlas\">{inner}</div>")
}

/// The `/offers/{id}` page body: one offer with its source and history, given as
/// (version, what happened, when, by whom).
pub async fn render_offer(
    offer: Offer,
    authority: Authority,
    history: Vec<(u64, String, String, String)>,
) -> String {
    render::<OfferPage, _>(move || OfferPageProps {
        offer: Rc::new(offer),
        authority: Rc::new(authority),
        history: Rc::new(history),
    })
    .await
}

/// The `/search` page body: a plain GET form (q, category), how many matched and the
/// results. Pass `response: None` before anything was searched for.
pub async fn render_search(
    q: String,
    category: Option<Category>,
    response: Option<SearchResponse>,
    error: Option<String>,
) -> String {
    render::<SearchPage, _>(move || SearchPageProps {
        q: AttrValue::from(q),
        category,
        response: response.map(Rc::new),
        error,
    })
    .await
}

/// Just the search results list, wrapped in `<div class="atlas">`.
pub async fn render_search_results(response: SearchResponse) -> String {
    let inner = render::<SearchResults, _>(move || SearchResultsProps {
        response: Rc::new(response),
        base: AttrValue::Static(""),
    })
    .await;
    format!("<div class=\"atlas\">{inner}</div>")
}

/// The covenant pages' bodies (see [`crate::components::covenant`]).
pub mod covenant {
    use std::rc::Rc;

    use atlas_shared::api::{ModerationQueue, OrganisationView};
    use atlas_shared::validate::FieldError;
    use atlas_shared::Pledge;
    use yew::AttrValue;

    use super::render;
    use crate::components::covenant::{
        ModerationPage, ModerationPageProps, Places, PledgeValues, RegisterPage, RegisterPageProps,
        RegisteredPage, RegisteredPageProps, RegistrationValues, SignatoryPage, SignatoryPageProps,
        TokenPage, TokenPageProps,
    };

    /// The registration form, filled in again with `errors` after a failed attempt.
    pub async fn register(
        values: RegistrationValues,
        errors: Vec<FieldError>,
        message: Option<String>,
    ) -> String {
        render::<RegisterPage, _>(move || RegisterPageProps {
            values,
            errors: Rc::new(errors),
            message,
        })
        .await
    }

    /// After registering: the token, shown once.
    pub async fn registered(organisation: OrganisationView, token: String) -> String {
        render::<RegisteredPage, _>(move || RegisteredPageProps {
            organisation,
            token: AttrValue::from(token),
        })
        .await
    }

    /// The form that asks for a token before a private page.
    pub async fn token(
        action: &'static str,
        intro: &'static str,
        message: Option<String>,
    ) -> String {
        render::<TokenPage, _>(move || TokenPageProps {
            action: AttrValue::Static(action),
            intro: AttrValue::Static(intro),
            message,
        })
        .await
    }

    /// Everything the signatory page shows (plain data, so it can cross threads).
    #[derive(Debug, Clone)]
    pub struct SignatoryData {
        pub token: String,
        pub organisation: OrganisationView,
        pub pledges: Vec<Pledge>,
        pub form: PledgeValues,
        pub editing: Option<(String, u64)>,
        pub errors: Vec<FieldError>,
        pub message: Option<String>,
        pub notice: Option<String>,
        pub places: Places,
    }

    pub async fn signatory(data: SignatoryData) -> String {
        render::<SignatoryPage, _>(move || SignatoryPageProps {
            token: AttrValue::from(data.token),
            organisation: data.organisation,
            pledges: Rc::new(data.pledges),
            form: data.form,
            editing: data.editing,
            errors: Rc::new(data.errors),
            message: data.message,
            notice: data.notice,
            places: Rc::new(data.places),
        })
        .await
    }

    pub async fn moderation(
        token: String,
        queue: ModerationQueue,
        errors: Vec<FieldError>,
        message: Option<String>,
        notice: Option<String>,
        places: Places,
    ) -> String {
        render::<ModerationPage, _>(move || ModerationPageProps {
            token: AttrValue::from(token),
            queue: Rc::new(queue),
            errors: Rc::new(errors),
            message,
            notice,
            places: Rc::new(places),
        })
        .await
    }
}

/// The `/board/{partnership}` page body: the consistency matrix (all items, or `item`
/// only), value spread charts, offers due for review and recent changes.
pub async fn render_board(view: atlas_shared::api::BoardView, item: Option<String>) -> String {
    use crate::components::board::{BoardPage, BoardPageProps};
    render::<BoardPage, _>(move || BoardPageProps {
        view: Rc::new(view),
        base: AttrValue::Static(""),
        item: item.map(AttrValue::from),
        on_item: None,
        stale_shown: 30,
        changes_shown: 20,
    })
    .await
}
