//! Offer Atlas widget: its one job is to show a care leaver, on any council's web page,
//! what they keep, gain and lose by moving, and what a council offers.
//!
//! The same Yew components run in two places:
//! - in the browser (feature `csr`), compiled to WebAssembly and mounted by the
//!   `<offer-atlas>` custom element (`static/offer-atlas.js`) into its own shadow root;
//! - on the server (feature `ssr`), rendered to HTML for the pages that work without
//!   JavaScript (see [`render_compare`], [`render_authority`], [`render_search`]).
//!
//! Domain rules are not here: comparisons, labels and vocabulary come from `atlas_shared`.

// Shipped code answers a failure with an error, never a panic; tests may unwrap.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod components;
pub mod language;
pub mod view;

#[cfg(test)]
mod stylesheets;

#[cfg(any(feature = "csr", feature = "mirror"))]
mod api;
#[cfg(feature = "csr")]
mod app;
#[cfg(any(feature = "csr", feature = "mirror", test))]
mod json;
#[cfg(feature = "csr")]
pub use app::{mount, Mounted};

// The browser's allocator (single-threaded wasm): smaller than the default.
#[cfg(all(
    feature = "csr",
    target_family = "wasm",
    not(target_feature = "atomics")
))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(feature = "mirror")]
pub mod mirror;

#[cfg(feature = "ssr")]
mod ssr;
#[cfg(feature = "ssr")]
pub use ssr::covenant as covenant_pages;
#[cfg(feature = "ssr")]
pub use ssr::editor as editor_pages;
#[cfg(feature = "ssr")]
pub use ssr::{
    render_authority, render_board, render_board_map, render_compare, render_compare_view,
    render_map, render_offer, render_offer_list, render_questions, render_search,
    render_search_results, ComparePageData, MapPageData,
};

/// The one stylesheet of the widget and the server-rendered pages. The pages carry it
/// inline; the widget's shadow root links the same sheet as a file,
/// `widget/dist/offer-atlas.css` (written by scripts/build-widget, served at
/// `/widget/offer-atlas.css`), so that it is styled on a page whose Content-Security-Policy
/// allows no inline style, and the wasm does not carry it.
pub const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// What the council editors' workspace adds to [`WIDGET_CSS`] on its own pages (so the
/// widget and the public pages do not carry it).
#[cfg(feature = "ssr")]
pub const EDITOR_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/editor.css"));
