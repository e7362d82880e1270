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
use crate::language::root::{Root, RootProps};
use crate::view::AgeBand;
pub use atlas_shared::words::Locale;

/// `C` rendered in the reader's language.
async fn render_in<C, F>(locale: Locale, props: F) -> String
where
    C: BaseComponent,
    C::Properties: Clone,
    F: FnOnce() -> C::Properties + Send + 'static,
{
    ServerRenderer::<Root<C>>::with_props(move || RootProps {
        locale,
        inner: props(),
    })
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
    /// What the person ticked, to keep it ticked.
    pub circumstances: Vec<atlas_shared::Circumstance>,
    /// The district chosen, to keep it chosen.
    pub district: Option<String>,
    /// The legal group chosen, to keep it chosen.
    pub group: Option<atlas_shared::Circumstance>,
    /// Today, to say when a council's offer is over two years old.
    pub today: Option<chrono::NaiveDate>,
}

/// The `/compare` page body: a plain GET form (from, to, age) that works without
/// JavaScript, a problem if there was one, and the comparison if there is one.
pub async fn render_compare(locale: Locale, page: ComparePageData) -> String {
    render_in::<ComparePage, _>(locale, move || ComparePageProps {
        authorities: page.authorities,
        from: page.from,
        to: page.to,
        age: page.age,
        comparison: page.comparison.map(Rc::new),
        error: page.error,
        circumstances: page.circumstances,
        district: page.district,
        group: page.group,
        today: page.today,
    })
    .await
}

/// The `/compare/questions` page body: the comparison's questions, to print.
pub async fn render_questions(locale: Locale, comparison: Comparison) -> String {
    render_in::<QuestionsPage, _>(locale, move || QuestionsPageProps {
        comparison: Rc::new(comparison),
    })
    .await
}

/// Just the comparison, wrapped in `<div class="atlas">`.
pub async fn render_compare_view(locale: Locale, comparison: Comparison) -> String {
    let inner = render_in::<CompareView, _>(locale, move || CompareViewProps {
        comparison: Rc::new(comparison),
        base: AttrValue::Static(""),
        server_pages: true,
        today: None,
    })
    .await;
    format!("<div class=\"atlas\">{inner}</div>")
}

/// The `/authorities/{code}` page body: an age-band form (GET, parameter `band`) and the
/// council's offers by category. Parse `band` (`16-17`, `18-20`, `21-25`) with
/// [`AgeBand::from_slug`].
pub async fn render_authority(
    locale: Locale,
    authority: Authority,
    offers: Vec<Offer>,
    band: Option<AgeBand>,
) -> String {
    render_in::<AuthorityPage, _>(locale, move || AuthorityPageProps {
        authority: Rc::new(authority),
        offers: Rc::new(offers),
        band,
    })
    .await
}

/// A council's offers by category for every age, wrapped in `<div class="atlas">`,
/// without the age-band form (for a static copy, where a form cannot ask again).
pub async fn render_offer_list(locale: Locale, authority: Authority, offers: Vec<Offer>) -> String {
    let inner = render_in::<crate::components::OfferList, _>(locale, move || {
        crate::components::OfferListProps {
            authority: Rc::new(authority),
            offers: Rc::new(offers),
            band: None,
        }
    })
    .await;
    format!("<div class=\"atlas\">{inner}</div>")
}

/// The `/offers/{id}` page body: one offer with its source and history, given as
/// (version, what happened, when, by whom).
pub async fn render_offer(
    locale: Locale,
    offer: Offer,
    authority: Authority,
    history: Vec<(u64, String, String, String)>,
) -> String {
    render_in::<OfferPage, _>(locale, move || OfferPageProps {
        offer: Rc::new(offer),
        authority: Rc::new(authority),
        history: Rc::new(history),
    })
    .await
}

/// The `/search` page body: a plain GET form (q, category), how many matched and the
/// results. Pass `response: None` before anything was searched for.
pub async fn render_search(
    locale: Locale,
    q: String,
    category: Option<Category>,
    scope: Option<String>,
    response: Option<SearchResponse>,
    error: Option<String>,
) -> String {
    render_in::<SearchPage, _>(locale, move || SearchPageProps {
        q: AttrValue::from(q),
        category,
        scope,
        response: response.map(Rc::new),
        error,
    })
    .await
}

/// Just the search results list, wrapped in `<div class="atlas">`.
pub async fn render_search_results(locale: Locale, response: SearchResponse) -> String {
    let inner = render_in::<SearchResults, _>(locale, move || SearchResultsProps {
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

    use super::{render_in, Locale};
    use crate::components::covenant::{
        ModerationLogPage, ModerationLogPageProps, ModerationPage, ModerationPageProps, Places,
        PledgeValues, RegisterPage, RegisterPageProps, RegisteredPage, RegisteredPageProps,
        RegistrationValues, SignatoryPage, SignatoryPageProps, TokenPage, TokenPageProps,
    };

    /// The registration form, filled in again with `errors` after a failed attempt.
    pub async fn register(
        locale: Locale,
        values: RegistrationValues,
        errors: Vec<FieldError>,
        message: Option<String>,
    ) -> String {
        render_in::<RegisterPage, _>(locale, move || RegisterPageProps {
            values,
            errors: Rc::new(errors),
            message,
        })
        .await
    }

    /// After registering: the token, shown once.
    pub async fn registered(
        locale: Locale,
        organisation: OrganisationView,
        token: String,
    ) -> String {
        render_in::<RegisteredPage, _>(locale, move || RegisteredPageProps {
            organisation,
            token: AttrValue::from(token),
        })
        .await
    }

    /// The form that asks for a token before a private page: `intro` and `message` in the
    /// reader's language.
    pub async fn token(
        locale: Locale,
        action: &'static str,
        intro: String,
        message: Option<String>,
    ) -> String {
        render_in::<TokenPage, _>(locale, move || TokenPageProps {
            action: AttrValue::Static(action),
            intro: AttrValue::from(intro),
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

    pub async fn signatory(locale: Locale, data: SignatoryData) -> String {
        render_in::<SignatoryPage, _>(locale, move || SignatoryPageProps {
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

    /// A page of the moderation log: decisions taken, newest first.
    pub async fn moderation_log(
        locale: Locale,
        token: String,
        entries: Vec<atlas_shared::moderation::LogEntry>,
        page: usize,
        more: bool,
    ) -> String {
        render_in::<ModerationLogPage, _>(locale, move || ModerationLogPageProps {
            token: AttrValue::from(token),
            entries: Rc::new(entries),
            page,
            more,
        })
        .await
    }

    pub async fn moderation(
        locale: Locale,
        token: String,
        queue: ModerationQueue,
        errors: Vec<FieldError>,
        message: Option<String>,
        notice: Option<String>,
        places: Places,
    ) -> String {
        render_in::<ModerationPage, _>(locale, move || ModerationPageProps {
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

/// The council editors' workspace pages (see [`crate::components::editor`]). Each takes
/// plain data (so it can cross to Yew's rendering thread) and returns the page body.
pub mod editor {
    use std::rc::Rc;

    use atlas_shared::preview::Preview;
    use atlas_shared::spreadsheet::{Cells, DryRun};
    use atlas_shared::validate::FieldError;
    use atlas_shared::{Authority, Category, Offer};
    use yew::AttrValue;

    use super::{render_in, Locale};
    /// A moment in the reader's language, as the offer pages write it ("3 May 2026 at
    /// 14:05 UTC").
    pub use crate::components::editor::moment;
    use crate::components::editor::{
        BoardNotesPage, ChooseCouncilPage, ChooseCouncilPageProps, ConflictPage, ConflictPageProps,
        DryRunPage, DryRunPageProps, HistoryPage, HistoryPageProps, ImportDonePage,
        ImportDonePageProps, ImportPage, ImportPageProps, LostTokenPage, LostTokenPageProps,
        MessagePage, MessagePageProps, NewTokenPage, NewTokenPageProps, OfferFormPage,
        OfferFormPageProps, RetirePage, RetirePageProps, RetiredPage, RetiredPageProps, SignInPage,
        SignInPageProps, WorkspacePage, WorkspacePageProps,
    };
    pub use crate::components::editor::{
        BoardNotesPageProps, Chrome, Conflict, HistoryEntry, ListFilters, NewToken, NoteLine,
        OfferLine,
    };

    /// The page that asks for a replacement link (see [`LostTokenPage`]).
    pub async fn lost_token(
        locale: Locale,
        csrf: String,
        message: Option<String>,
        notice: Option<String>,
    ) -> String {
        render_in::<LostTokenPage, _>(locale, move || LostTokenPageProps {
            csrf: AttrValue::from(csrf),
            message,
            notice,
        })
        .await
    }

    /// The replacement link's page (see [`NewTokenPage`]).
    pub async fn new_token(locale: Locale, state: NewToken) -> String {
        render_in::<NewTokenPage, _>(locale, move || NewTokenPageProps { state }).await
    }

    pub use crate::components::people::{InviteForm, Places, TokenGroup, TokenLine};
    use crate::components::people::{InvitedPage, InvitedPageProps, PeoplePage, PeoplePageProps};

    /// What the people page shows (see [`PeoplePage`]).
    #[derive(Debug, Clone)]
    pub struct PeopleData {
        pub chrome: Chrome,
        pub places: Places,
        pub filter: Option<String>,
        pub groups: Vec<TokenGroup>,
        pub form: InviteForm,
        pub errors: Vec<FieldError>,
        pub notice: Option<String>,
    }

    /// An administrator's people and their tokens, and the invite form.
    pub async fn people(locale: Locale, data: PeopleData) -> String {
        render_in::<PeoplePage, _>(locale, move || PeoplePageProps {
            chrome: data.chrome,
            places: Rc::new(data.places),
            filter: data.filter,
            groups: Rc::new(data.groups),
            form: data.form,
            errors: Rc::new(data.errors),
            notice: data.notice,
        })
        .await
    }

    /// The answer to an invitation: the new token, shown once.
    pub async fn invited(
        locale: Locale,
        chrome: Chrome,
        token: String,
        id: String,
        who: String,
        expires: Option<chrono::NaiveDate>,
        workspace: bool,
    ) -> String {
        render_in::<InvitedPage, _>(locale, move || InvitedPageProps {
            chrome,
            token,
            id,
            who,
            expires,
            workspace,
        })
        .await
    }

    /// A board's notes page (see [`BoardNotesPage`]).
    pub async fn board_notes(locale: Locale, props: BoardNotesPageProps) -> String {
        render_in::<BoardNotesPage, _>(locale, move || props).await
    }

    pub async fn sign_in(
        locale: Locale,
        csrf: String,
        message: Option<String>,
        notice: Option<String>,
    ) -> String {
        render_in::<SignInPage, _>(locale, move || SignInPageProps {
            csrf: AttrValue::from(csrf),
            message,
            notice,
        })
        .await
    }

    pub async fn choose_council(
        locale: Locale,
        chrome: Chrome,
        councils: Vec<(String, String)>,
    ) -> String {
        choose_council_for(locale, chrome, councils, "/editor", "editor-choose-edit").await
    }

    /// Choose a council, then open `action` for it (an administrator's first step).
    /// `button` is the id of the button's words in the catalogue.
    pub async fn choose_council_for(
        locale: Locale,
        chrome: Chrome,
        councils: Vec<(String, String)>,
        action: &'static str,
        button: &'static str,
    ) -> String {
        render_in::<ChooseCouncilPage, _>(locale, move || ChooseCouncilPageProps {
            chrome,
            councils: Rc::new(councils),
            action: AttrValue::Static(action),
            button: AttrValue::Static(button),
        })
        .await
    }

    /// The council's retired offers, each with its restore button.
    pub async fn retired(
        locale: Locale,
        chrome: Chrome,
        authority: Authority,
        offers: Vec<atlas_shared::retirement::Retirement>,
    ) -> String {
        render_in::<RetiredPage, _>(locale, move || RetiredPageProps {
            chrome,
            authority: Rc::new(authority),
            offers: Rc::new(offers),
        })
        .await
    }

    /// A refusal or a dead end (see [`MessagePage`]): the message in the reader's
    /// language, the registry's English words about it when the page is not English, and
    /// the ways on (address, words).
    pub async fn message(
        locale: Locale,
        chrome: Option<Chrome>,
        message: String,
        detail: Option<String>,
        links: Vec<(String, String)>,
    ) -> String {
        render_in::<MessagePage, _>(locale, move || MessagePageProps {
            chrome,
            message,
            detail,
            links,
        })
        .await
    }

    /// What the offers list shows.
    #[derive(Debug, Clone)]
    pub struct WorkspaceData {
        pub chrome: Chrome,
        pub authority: Authority,
        pub offers: Vec<OfferLine>,
        pub total: usize,
        pub due: usize,
        pub category: Option<Category>,
        pub due_only: bool,
        pub search: Option<String>,
        pub stale_after_days: u32,
        pub notice: Option<String>,
    }

    pub async fn workspace(locale: Locale, data: WorkspaceData) -> String {
        render_in::<WorkspacePage, _>(locale, move || WorkspacePageProps {
            chrome: data.chrome,
            authority: Rc::new(data.authority),
            offers: Rc::new(data.offers),
            total: data.total,
            due: data.due,
            category: data.category,
            due_only: data.due_only,
            search: data.search,
            stale_after_days: data.stale_after_days,
            notice: data.notice,
        })
        .await
    }

    /// What the offer form shows.
    #[derive(Debug, Clone)]
    pub struct OfferFormData {
        pub chrome: Chrome,
        pub authority: Authority,
        pub editing: Option<(String, u64)>,
        pub values: Cells,
        pub errors: Vec<FieldError>,
        pub message: Option<String>,
        pub preview: Option<Result<Preview, String>>,
        pub neighbours: Vec<(String, String)>,
        pub neighbour: String,
        pub age: u8,
        /// The list the editor came from.
        pub list: ListFilters,
    }

    pub async fn offer_form(locale: Locale, data: OfferFormData) -> String {
        render_in::<OfferFormPage, _>(locale, move || OfferFormPageProps {
            chrome: data.chrome,
            authority: Rc::new(data.authority),
            editing: data.editing,
            values: Rc::new(data.values),
            errors: Rc::new(data.errors),
            message: data.message,
            preview: data.preview.map(Rc::new),
            neighbours: Rc::new(data.neighbours),
            neighbour: data.neighbour,
            age: data.age,
            list: data.list,
        })
        .await
    }

    /// The conflict page: the fields two editors both changed, and whose to keep.
    pub async fn conflict(
        locale: Locale,
        chrome: Chrome,
        authority: Authority,
        conflict: Conflict,
        errors: Vec<FieldError>,
    ) -> String {
        render_in::<ConflictPage, _>(locale, move || ConflictPageProps {
            chrome,
            authority: Rc::new(authority),
            conflict: Rc::new(conflict),
            errors: Rc::new(errors),
        })
        .await
    }

    pub async fn history(
        locale: Locale,
        chrome: Chrome,
        id: String,
        title: String,
        retired: bool,
        entries: Vec<HistoryEntry>,
    ) -> String {
        render_in::<HistoryPage, _>(locale, move || HistoryPageProps {
            chrome,
            id,
            title,
            retired,
            entries: Rc::new(entries),
        })
        .await
    }

    pub async fn retire(
        locale: Locale,
        chrome: Chrome,
        offer: Offer,
        reason: String,
        errors: Vec<FieldError>,
        message: Option<String>,
    ) -> String {
        render_in::<RetirePage, _>(locale, move || RetirePageProps {
            chrome,
            offer: Rc::new(offer),
            reason,
            errors: Rc::new(errors),
            message,
        })
        .await
    }

    pub async fn import(
        locale: Locale,
        chrome: Chrome,
        authority: Authority,
        errors: Vec<FieldError>,
        message: Option<String>,
    ) -> String {
        render_in::<ImportPage, _>(locale, move || ImportPageProps {
            chrome,
            authority: Rc::new(authority),
            errors: Rc::new(errors),
            message,
        })
        .await
    }

    /// What a dry run shows.
    #[derive(Debug, Clone)]
    pub struct DryRunData {
        pub chrome: Chrome,
        pub authority: Authority,
        pub file_name: String,
        pub retire_missing: bool,
        pub run: DryRun,
        pub stage: Option<String>,
        pub message: Option<String>,
    }

    pub async fn dry_run(locale: Locale, data: DryRunData) -> String {
        render_in::<DryRunPage, _>(locale, move || DryRunPageProps {
            chrome: data.chrome,
            authority: Rc::new(data.authority),
            file_name: data.file_name,
            retire_missing: data.retire_missing,
            run: Rc::new(data.run),
            stage: data.stage,
            message: data.message,
        })
        .await
    }

    pub async fn import_done(
        locale: Locale,
        chrome: Chrome,
        authority: Authority,
        created: usize,
        updated: usize,
        retired: usize,
    ) -> String {
        render_in::<ImportDonePage, _>(locale, move || ImportDonePageProps {
            chrome,
            authority: Rc::new(authority),
            created,
            updated,
            retired,
        })
        .await
    }
}

/// The `/board/{partnership}` page body: the consistency matrix (all items, or `item`
/// only), value spread charts, offers due for review and recent changes.
pub async fn render_board(
    locale: Locale,
    view: atlas_shared::api::BoardView,
    item: Option<String>,
) -> String {
    use crate::components::board::{BoardPage, BoardPageProps};
    render_in::<BoardPage, _>(locale, move || BoardPageProps {
        view: Rc::new(view),
        base: AttrValue::Static(""),
        item: item.map(AttrValue::from),
        on_item: None,
        stale_shown: 30,
        changes_shown: 20,
    })
    .await
}

/// What the `/map` page shows (plain data, so it can cross threads).
#[derive(Debug, Clone, Default)]
pub struct MapPageData {
    /// Councils with children's services, by name.
    pub authorities: Vec<Authority>,
    pub geometry: std::sync::Arc<crate::components::map::MapGeometry>,
    pub topic: Option<String>,
    pub from: Option<String>,
    pub age: Option<u8>,
    pub circumstances: Vec<atlas_shared::Circumstance>,
    pub answer: Option<atlas_shared::map::MapAnswer>,
    /// A problem with one field of the query and what to do.
    pub error: Option<(String, String)>,
}

/// A partnership's members on the map, coloured by one guarantee item's status, with the
/// key and the table, wrapped in `<div class="atlas">`. `known` lists the councils with a
/// page of their own.
pub async fn render_board_map(
    locale: Locale,
    answer: atlas_shared::map::MapAnswer,
    geometry: std::sync::Arc<crate::components::map::MapGeometry>,
    known: Vec<String>,
) -> String {
    use crate::components::map::{MapView, MapViewProps};
    let inner = render_in::<MapView, _>(locale, move || MapViewProps {
        geometry: Rc::new((*geometry).clone()),
        answer: Rc::new(answer),
        known: Rc::new(known),
        zoom: true,
        base: AttrValue::Static(""),
        sortable: false,
    })
    .await;
    format!("<div class=\"atlas\">{inner}</div>")
}

/// The `/map` page body: the form, then the map, its key and its table (see
/// [`crate::components::map`]).
pub async fn render_map(locale: Locale, page: MapPageData) -> String {
    use crate::components::map::{MapPage, MapPageProps};
    render_in::<MapPage, _>(locale, move || MapPageProps {
        authorities: page.authorities,
        geometry: Rc::new((*page.geometry).clone()),
        topic: page.topic,
        from: page.from,
        age: page.age,
        circumstances: page.circumstances,
        answer: page.answer.map(Rc::new),
        error: page.error,
    })
    .await
}
