//! The browser side: containers that fetch from the API, and `mount`, which the
//! `<offer-atlas>` element calls with its shadow root's mount point.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use atlas_shared::words::Locale;

use crate::api::{decode, get_text};
use crate::language::InLanguage;
use crate::view::{self, ages, compare_page_url, join};

// Each mode can be built on its own (features `only-compare`, `only-search`,
// `only-offers`, `only-board`; see build.rs for the `mode_*` cfgs they set).
#[cfg(mode_board)]
mod board;
#[cfg(mode_compare)]
mod compare;
#[cfg(mode_map)]
mod map;
#[cfg(mode_offers)]
mod offers;
#[cfg(mode_search)]
mod search;

/// What the widget shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Compare,
    Search,
    Offers,
    /// A regional board's consistency matrix, charts and changes.
    Board,
    /// England coloured by one answer (a topic at an age, or a move from `from`).
    Map,
}

impl Mode {
    fn parse(s: &str) -> Mode {
        match s.trim().to_ascii_lowercase().as_str() {
            "search" => Mode::Search,
            "offers" => Mode::Offers,
            "board" => Mode::Board,
            "map" => Mode::Map,
            _ => Mode::Compare,
        }
    }
}

/// A static mirror the widget reads instead of a server (see static/offer-atlas.js).
#[derive(Clone)]
pub struct MirrorLink {
    /// When the mirror was made, in words ("3 December 2026 at 14:05 UTC"; the element
    /// formats the manifest's time, which keeps a date library out of the wasm).
    pub generated: AttrValue,
    /// Computes a comparison in the browser (the mirror module's `compare`), in compare
    /// mode: `(request) => Promise<Comparison>`.
    pub compare: Option<js_sys::Function>,
}

impl PartialEq for MirrorLink {
    fn eq(&self, other: &MirrorLink) -> bool {
        self.generated == other.generated && self.compare.is_some() == other.compare.is_some()
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct RootProps {
    pub mode: Mode,
    /// The host council (GSS code); may be empty in search mode.
    pub to: AttrValue,
    pub from: Option<AttrValue>,
    pub age: Option<u8>,
    /// Base URL of the Atlas server, without a trailing slash.
    pub api: AttrValue,
    /// The partnership id (board mode).
    #[prop_or_default]
    pub partnership: AttrValue,
    /// The topic's slug (map mode).
    #[prop_or_default]
    pub topic: Option<AttrValue>,
    /// Set when `api` is a static mirror rather than a server.
    #[prop_or_default]
    pub mirror: Option<MirrorLink>,
    /// The reader's language: the element's `lang` (or its page's), if its catalogue
    /// loaded; English otherwise.
    #[prop_or_default]
    pub locale: Locale,
}

impl RootProps {
    /// The address of a public read: the API path on a server, the same path plus
    /// `.json` in a static mirror.
    #[cfg_attr(not(any(mode_compare, mode_offers)), allow(dead_code))]
    pub fn data_url(&self, path: &str) -> String {
        let url = join(&self.api, path);
        if self.mirror.is_some() {
            format!("{url}.json")
        } else {
            url
        }
    }
}

/// Something being loaded.
#[derive(Clone, PartialEq)]
pub(crate) enum Load<T> {
    Idle,
    Loading,
    Done(Rc<T>),
    Failed(String),
}

/// The widget's root: one mode, and a link to the page that works without JavaScript.
#[function_component]
pub fn Root(props: &RootProps) -> Html {
    let fallback = match (props.mode, &props.mirror) {
        // A mirror has each council's page, but no compare, search or board pages.
        (_, Some(_)) => format!("{}/", view::authority_page_url(&props.api, &props.to)),
        (Mode::Compare, None) => {
            compare_page_url(&props.api, props.from.as_deref(), &props.to, props.age)
        }
        (Mode::Search, None) => join(&props.api, "/search"),
        (Mode::Offers, None) => view::authority_page_url(&props.api, &props.to),
        (Mode::Board, None) => join(
            &props.api,
            &format!("/board/{}", view::encode(&props.partnership)),
        ),
        (Mode::Map, None) => join(&props.api, &map_query("/map", props)),
    };
    // Each widget is a landmark named by its own heading, so two on a page are told apart.
    let heading = match props.mode {
        Mode::Compare | Mode::Search => "atlas-heading",
        Mode::Offers => "atlas-offers-title",
        Mode::Board => "matrix",
        Mode::Map => "atlas-map-title",
    };
    let locale = props.locale;
    let fallback = locale.link(&fallback);
    html! {
        <InLanguage {locale}>
        <div class="atlas" lang={locale.lang().tag()} dir={locale.direction().attr()} role="region" aria-labelledby={heading}>
            { mode_view(props, &fallback) }
            <p class="atlas-foot atlas-small">
                <a href={fallback}>{ locale.t("widget-without-javascript") }</a>
                { " · " }
                if let Some(m) = &props.mirror {
                    <span class="atlas-mirror-made">{ locale.f("widget-mirror-made", &[("when", m.generated.as_str().into())]) }</span>
                } else {
                    { locale.t("widget-about") }
                }
            </p>
        </div>
        </InLanguage>
    }
}

/// The mode's container, or a link to the server page if this build does not hold it.
fn mode_view(props: &RootProps, fallback: &str) -> Html {
    #[cfg(any(mode_search, mode_board))]
    if props.mirror.is_some() && matches!(props.mode, Mode::Search | Mode::Board) {
        // Searching and the board's live figures need the server; a copy has the offers.
        return html! {
            <p id={if props.mode == Mode::Board { "matrix" } else { "atlas-heading" }}>
                { props.locale.t("widget-mirror-cannot") }
                { " " }
                <a href={fallback.to_string()}>{ props.locale.t("widget-read-offer") }</a>
            </p>
        };
    }
    match props.mode {
        #[cfg(mode_compare)]
        Mode::Compare => html! { <compare::CompareApp ..props.clone() /> },
        #[cfg(mode_search)]
        Mode::Search => html! { <search::SearchApp ..props.clone() /> },
        #[cfg(mode_offers)]
        Mode::Offers => html! { <offers::OffersApp ..props.clone() /> },
        #[cfg(mode_board)]
        Mode::Board => html! { <board::BoardApp ..props.clone() /> },
        #[cfg(mode_map)]
        Mode::Map => html! { <map::MapApp ..props.clone() /> },
        #[allow(unreachable_patterns)]
        _ => html! { <p><a href={fallback.to_string()}>{ props.locale.t("widget-open") }</a></p> },
    }
}

/// `path` with a map's question (topic, from, age) as its query: the page without script,
/// or the API's answer.
pub(crate) fn map_query(path: &str, props: &RootProps) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(t) = &props.topic {
        parts.push(format!("topic={}", view::encode(t)));
    }
    if let Some(f) = &props.from {
        parts.push(format!("from={}", view::encode(f)));
    }
    if let Some(a) = props.age {
        parts.push(format!("age={a}"));
    }
    if parts.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", parts.join("&"))
    }
}

/// What a container asks for: a read of the API (or a mirror's file), or a computation
/// by the mirror module (a JS function and its argument), which answers the same JSON.
pub(crate) enum Ask {
    Get(String),
    #[cfg_attr(not(mode_compare), allow(dead_code))]
    Compute(js_sys::Function, JsValue, Locale),
}

impl From<String> for Ask {
    fn from(url: String) -> Ask {
        Ask::Get(url)
    }
}

/// Runs `ask`, storing the outcome in `state`, unless a newer request was started
/// meanwhile (`seq` counts requests).
#[cfg_attr(
    not(any(mode_compare, mode_search, mode_board, mode_map)),
    allow(dead_code)
)]
pub(crate) fn load_into<T: serde::de::DeserializeOwned + 'static>(
    ask: impl Into<Ask>,
    state: UseStateHandle<Load<T>>,
    seq: Rc<Cell<u32>>,
) {
    let ask = ask.into();
    let mine = seq.get().wrapping_add(1);
    seq.set(mine);
    state.set(Load::Loading);
    spawn_local(async move {
        let value = match ask {
            Ask::Get(url) => get_text(&url).await,
            Ask::Compute(f, argument, locale) => compute(&f, &argument, locale).await,
        };
        let outcome = value.and_then(|text| decode::<T>(&text));
        if seq.get() == mine {
            state.set(match outcome {
                Ok(v) => Load::Done(Rc::new(v)),
                Err(e) => Load::Failed(e),
            });
        }
    });
}

/// Calls a function that returns a promise of an answer's JSON text (the mirror module's
/// `compare`); a rejection's text is the sentence to show.
#[cfg_attr(not(mode_compare), allow(dead_code))]
async fn compute(
    f: &js_sys::Function,
    argument: &JsValue,
    locale: Locale,
) -> Result<String, String> {
    let unreadable = || locale.t("widget-mirror-compare-failed");
    let promise = f
        .call1(&JsValue::NULL, argument)
        .map_err(|_| unreadable())?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise))
        .await
        .map_err(|e| e.as_string().unwrap_or_else(unreadable))?
        .as_string()
        .ok_or_else(unreadable)
}

// ---------------------------------------------------------------------------------------
// Mounting
// ---------------------------------------------------------------------------------------

/// A mounted widget; `unmount()` removes it (the element calls it when detached).
#[wasm_bindgen]
pub struct Mounted {
    app: Option<yew::AppHandle<Root>>,
}

#[wasm_bindgen]
impl Mounted {
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

fn option(options: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(options, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// The reader's catalogue: `words`, the JSON the element fetched beside the wasm, or
/// English.
fn locale_of(options: &JsValue) -> Locale {
    crate::language::locale_of_catalogue(option(options, "words").as_deref())
}

/// Renders the widget into `element` (a div in the custom element's shadow root).
/// `options`: `{ to, from, age, mode, api, partnership, topic }`, all strings, `mirror`
/// (`{ generated, compare }`, or null for a server) and `words` (the reader's catalogue,
/// or null for English); anything missing or out of range is ignored (an age outside
/// 16–25 is simply not preset).
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: JsValue) -> Mounted {
    let age = option(&options, "age")
        .and_then(|a| a.parse::<u8>().ok())
        .filter(|a| ages().any(|x| x == *a));
    let api = option(&options, "api")
        .or_else(|| web_sys::window().and_then(|w| w.location().origin().ok()))
        .unwrap_or_default();
    let mirror = js_sys::Reflect::get(&options, &JsValue::from_str("mirror"))
        .ok()
        .filter(|m| m.is_object())
        .map(|m| MirrorLink {
            generated: option(&m, "generated").unwrap_or_default().into(),
            compare: js_sys::Reflect::get(&m, &JsValue::from_str("compare"))
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok()),
        });
    let props = RootProps {
        mirror,
        mode: Mode::parse(&option(&options, "mode").unwrap_or_default()),
        to: option(&options, "to").unwrap_or_default().into(),
        from: option(&options, "from").map(AttrValue::from),
        age,
        api: api.trim_end_matches('/').to_string().into(),
        partnership: option(&options, "partnership").unwrap_or_default().into(),
        topic: option(&options, "topic").map(AttrValue::from),
        locale: locale_of(&options),
    };
    let app = yew::Renderer::<Root>::with_root_and_props(element, props).render();
    Mounted { app: Some(app) }
}
