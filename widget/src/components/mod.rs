//! The components. Presentational ones take their data as props, so the server can
//! render them too; the containers that fetch live in `crate::app` (browser only).

pub mod board;
mod compare;
pub mod covenant;
pub mod editor;
/// The map: the server's pages, and the widget's map mode.
#[cfg(any(feature = "ssr", mode_map))]
pub mod map;
mod offers;
mod pages;
pub mod people;
mod problem;
mod search;

pub use compare::{
    district_field, districts_of_county, result_heading, CompareForm, CompareFormProps,
    CompareView, CompareViewProps, QuestionsPage, QuestionsPageProps,
};
pub use offers::{
    BandSelect, BandSelectProps, OfferList, OfferListProps, OfferPage, OfferPageProps,
};
pub use pages::{
    AuthorityPage, AuthorityPageProps, ComparePage, ComparePageProps, ErrorBox, ErrorBoxProps,
    SearchPage, SearchPageProps,
};
pub use problem::{labelled, ErrorPrefix, ProblemSummary, ProblemSummaryProps};
pub use search::{
    CategorySelect, CategorySelectProps, SearchForm, SearchFormProps, SearchResults,
    SearchResultsProps,
};
