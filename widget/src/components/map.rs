//! The `/map` page: a GET form (a topic or a council to move from, an age), then England
//! as an inline SVG whose every area is a link named by its council and its answer, the
//! key with the number of areas in each class, and a plain table of every area. Works
//! without JavaScript and prints; classes differ by pattern and by words, never by colour
//! alone.

use std::rc::Rc;

use atlas_shared::map::{MapAnswer, MapClass};
use atlas_shared::{Authority, Circumstance, TOPICS};
use yew::prelude::*;

use super::labelled;

use super::ProblemSummary;
use crate::language::{use_locale, LangField};
use crate::view::ages;

/// The committed boundary asset as `GET /api/v1/map/areas` serves it
/// (`server/data/map/README.md`).
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct MapAsset {
    pub width: u32,
    pub height: u32,
    pub areas: Vec<MapAssetArea>,
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct MapAssetArea {
    pub code: String,
    pub name: String,
    #[serde(rename = "box")]
    pub bbox: [u32; 4],
    pub d: String,
}

impl MapAsset {
    /// The areas (ONS code and name) and their outlines.
    pub fn split(self) -> (Vec<(String, String)>, MapGeometry) {
        let names = self
            .areas
            .iter()
            .map(|a| (a.code.clone(), a.name.clone()))
            .collect();
        let geometry = MapGeometry {
            width: self.width,
            height: self.height,
            shapes: self
                .areas
                .into_iter()
                .map(|a| MapShape {
                    code: a.code,
                    d: a.d,
                    bbox: a.bbox,
                })
                .collect(),
        };
        (names, geometry)
    }
}

/// The areas' outlines, in a `width` × `height` box.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapGeometry {
    pub width: u32,
    pub height: u32,
    pub shapes: Vec<MapShape>,
}

/// One area's outline: SVG path data and its bounding box (min x, min y, max x, max y).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapShape {
    pub code: String,
    pub d: String,
    pub bbox: [u32; 4],
}

/// The page's own stylesheet: the map scales to the column, areas show focus, and a
/// narrow screen never scrolls sideways.
pub const MAP_CSS: &str = ".atlas-map { margin: 1rem 0; max-width: 40rem; }
.atlas-map svg { display: block; width: 100%; height: auto; max-height: 85vh; }
.atlas-map a path { stroke: #0b0c0c; stroke-width: 1px; stroke-linejoin: round; \
vector-effect: non-scaling-stroke; }
.atlas-map a:hover path { stroke-width: 3px; }
.atlas-map a:focus { outline: none; }
.atlas-map a:focus path { stroke: #0b0c0c; stroke-width: 4px; fill: #ffdd00; }
.atlas-defs { position: absolute; }
.atlas-sort { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; \
color: #1d70b8; text-decoration: underline; cursor: pointer; }
.atlas-sort:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
.atlas-map figcaption { font-size: .85rem; }
.atlas-inset { max-width: 20rem; margin: .5rem 0; }
.atlas-inset p { margin: 0; font-size: .85rem; }
.atlas-inset svg { border: 1px solid #505a5f; }
.atlas-swatch { vertical-align: middle; margin-right: .5rem; border: 1px solid #0b0c0c; }
.atlas-map-table { width: 100%; border-collapse: collapse; }
.atlas-map-table th, .atlas-map-table td { text-align: left; padding: .3rem .4rem .3rem 0; \
border-bottom: 1px solid #b1b4b6; vertical-align: top; overflow-wrap: anywhere; }
@media print { .atlas-map { max-width: 16cm; break-inside: avoid; } .atlas-form { display: none; } }";

/// How a class is drawn: a fill and a mark over it (the key shows the same). Within any
/// one map's key every class has its own mark, so none is told by colour alone, and every
/// fill stands 3:1 or more against the near-black borders (tests below).
fn style(class: MapClass) -> (&'static str, Mark) {
    use MapClass::*;
    match class {
        Anyone | ExemptAnyone | From4000 | More | Met => ("#4fae84", Mark::None),
        OwnOnly | ExemptOwn | From3000 | Mixed | Partial => ("#a8d8c0", Mark::Diagonal),
        Discount | Under3000 | Less | NotMet => ("#f4a582", Mark::Cross),
        AmountNotStated => ("#f7d39b", Mark::Horizontal),
        Ask => ("#fde68a", Mark::Dots),
        LawOnly | Same => ("#c6dbef", Mark::Vertical),
        Nothing => ("#ffffff", Mark::Ring),
        Varies => ("#d9c2e9", Mark::Back),
        NotHeld | NotDeclared => ("#d9d9d9", Mark::Grid),
        Home => ("#1d70b8", Mark::WhiteDots),
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Mark {
    None,
    Diagonal,
    Back,
    Cross,
    Horizontal,
    Vertical,
    Dots,
    Grid,
    Ring,
    WhiteDots,
}

/// The `<pattern>` drawing a class: its fill, and its mark in near-black; `prefix` names
/// it (`atlas-p` on the map, `atlas-s` for the key's swatches) and `scale` sizes it to the
/// map's view box, so a close-up has marks of the same size on screen.
fn pattern(class: MapClass, prefix: &str, scale: f32) -> Html {
    let (fill, mark) = style(class);
    let id = format!("{prefix}-{}", class.slug());
    let ink = "#0b0c0c";
    let marks = match mark {
        Mark::None => html! {},
        Mark::Diagonal => html! { <path d="M0 12L12 0" stroke={ink} stroke-width="1.5" /> },
        Mark::Back => html! { <path d="M0 0L12 12" stroke={ink} stroke-width="1.5" /> },
        Mark::Cross => html! { <path d="M0 12L12 0M0 0L12 12" stroke={ink} stroke-width="1.2" /> },
        Mark::Horizontal => html! { <path d="M0 6H12" stroke={ink} stroke-width="1.5" /> },
        Mark::Vertical => html! { <path d="M6 0V12" stroke={ink} stroke-width="1.5" /> },
        Mark::Dots => html! { <circle cx="6" cy="6" r="1.8" fill={ink} /> },
        Mark::Grid => html! { <path d="M0 6H12M6 0V12" stroke="#505a5f" stroke-width="1" /> },
        Mark::Ring => {
            html! { <circle cx="6" cy="6" r="2.5" fill="none" stroke="#505a5f" stroke-width="1" /> }
        }
        Mark::WhiteDots => html! { <circle cx="6" cy="6" r="2" fill="#ffffff" /> },
    };
    html! {
        <pattern id={id} width="12" height="12" patternUnits="userSpaceOnUse"
            patternTransform={format!("scale({scale:.3})")}>
            <rect width="12" height="12" fill={fill} />
            { marks }
        </pattern>
    }
}

/// A class's swatch for the key (decorative: the label says it).
fn swatch(class: MapClass) -> Html {
    html! {
        <svg class="atlas-swatch" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect width="24" height="24" fill={format!("url(#atlas-s-{})", class.slug())} />
        </svg>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct MapPageProps {
    /// Councils with children's services, for the "moving from" list (and to know which
    /// areas have a page of their own).
    pub authorities: Vec<Authority>,
    pub geometry: Rc<MapGeometry>,
    #[prop_or_default]
    pub topic: Option<String>,
    #[prop_or_default]
    pub from: Option<String>,
    #[prop_or_default]
    pub age: Option<u8>,
    #[prop_or_default]
    pub circumstances: Vec<Circumstance>,
    #[prop_or_default]
    pub answer: Option<Rc<MapAnswer>>,
    /// A problem with one field and what to do.
    #[prop_or_default]
    pub error: Option<(String, String)>,
}

/// The `/map` page body.
#[function_component]
pub fn MapPage(props: &MapPageProps) -> Html {
    html! {
        <div class="atlas">
            if let Some((field, message)) = &props.error {
                <ProblemSummary problems={vec![(Some(format!("atlas-{field}")), message.clone())]} />
            }
            <MapForm ..props.clone() />
            if let Some(answer) = &props.answer {
                <MapView geometry={props.geometry.clone()} answer={answer.clone()}
                    known={Rc::new(props.authorities.iter().map(|a| a.code.clone()).collect::<Vec<_>>())} />
            }
        </div>
    }
}

#[function_component]
fn MapForm(props: &MapPageProps) -> Html {
    let locale = use_locale();
    let error_of = |field: &str| {
        props
            .error
            .as_ref()
            .filter(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let field = |name: &'static str, label: &str, control: Html| {
        labelled(name, &locale.t(label), error_of(name), control)
    };
    let described = |name: &str| error_of(name).map(|_| format!("atlas-{name}-error"));
    html! {
        <form class="atlas-form" method="get" action="/map">
            <LangField />
            <h2>{ locale.t("map-form-heading") }</h2>
            { field("topic", "map-form-topic", html! {
                <select id="atlas-topic" name="topic" aria-describedby={described("topic")}>
                    <option value="" selected={props.topic.is_none()}>{ locale.t("map-form-everything") }</option>
                    { for TOPICS.iter().map(|t| html! {
                        <option value={t.slug} selected={props.topic.as_deref() == Some(t.slug)}>{ t.name(&locale) }</option>
                    }) }
                </select>
            }) }
            { field("from", "map-form-from", html! {
                <select id="atlas-from" name="from" aria-describedby={described("from")}>
                    <option value="" selected={props.from.is_none()}>{ locale.t("map-form-nowhere") }</option>
                    { for props.authorities.iter().map(|a| html! {
                        <option lang="en" value={a.code.clone()} selected={props.from.as_deref().is_some_and(|f| f.eq_ignore_ascii_case(&a.code))}>{ &a.name }</option>
                    }) }
                </select>
            }) }
            { field("age", "offers-your-age", html! {
                <select id="atlas-age" name="age" required=true aria-describedby={described("age")}>
                    <option value="" selected={props.age.is_none()}>{ locale.t("map-form-choose-age") }</option>
                    { for ages().map(|a| html! { <option value={a.to_string()} selected={props.age == Some(a)}>{ a }</option> }) }
                </select>
            }) }
            <details class="atlas-more" open={!props.circumstances.is_empty() || error_of("circumstances").is_some()}>
                <summary>{ locale.t("map-form-more") }</summary>
                <fieldset>
                    <legend>{ locale.t("map-form-situation") }</legend>
                    if let Some(m) = error_of("circumstances") {
                        <p class="atlas-error-text" id="atlas-circumstances"><span class="atlas-vh">{ locale.t("map-form-error") }{ " " }</span>{ m }</p>
                    }
                    { for Circumstance::ASKED.iter().map(|c| {
                        let id = format!("atlas-c-{}", c.slug());
                        html! {
                            <div class="atlas-check">
                                <input type="checkbox" id={id.clone()} name="circumstances" value={c.slug()}
                                    checked={props.circumstances.contains(c)} />
                                <label for={id}>{ c.name(&locale) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
            </details>
            <button type="submit" class="atlas-button">{ locale.t("map-form-show") }</button>
        </form>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct MapViewProps {
    pub geometry: Rc<MapGeometry>,
    pub answer: Rc<MapAnswer>,
    /// Councils with a page of their own: the others' areas link to their table row.
    pub known: Rc<Vec<String>>,
    /// Draw the answer's areas close up (a partnership's members), not all England.
    #[prop_or_default]
    pub zoom: bool,
    /// The Atlas server's address for links (empty on its own pages; the widget's `api`).
    #[prop_or_default]
    pub base: AttrValue,
    /// Whether the table of every area sorts by a column (the widget, with script).
    #[prop_or_default]
    pub sortable: bool,
}

/// Where an area's link goes: the comparison for a move, the council's offer for a topic,
/// or its row in the table for an area the registry does not know.
fn href(props: &MapViewProps, code: &str, locale: &atlas_shared::words::Locale) -> String {
    let url = href_in_english(props, code);
    if url.starts_with('#') {
        url
    } else {
        locale.link(&url)
    }
}

fn href_in_english(props: &MapViewProps, code: &str) -> String {
    let a = &props.answer;
    let known = props.known.iter().any(|x| x == code);
    let base = props.base.as_str();
    match (&a.from, known) {
        // Out of the server's own page (the widget), the row is not there to go to.
        (_, false) if !base.is_empty() => format!("{base}/coverage"),
        (_, false) => format!("#area-{code}"),
        (Some(from), true) if from != code => {
            let mut url = format!("{base}/compare?from={from}&to={code}&age={}", a.age);
            for c in &a.circumstances {
                url.push_str("&circumstances=");
                url.push_str(c.slug());
            }
            url
        }
        _ => format!("{base}/authorities/{code}"),
    }
}

/// How the table of every area is ordered.
#[derive(Clone, Copy, PartialEq)]
enum SortBy {
    Area,
    Answer,
    AsOf,
}

/// The view box: all England, or close up around `shapes` with a margin.
fn view_box(g: &MapGeometry, shapes: &[&MapShape], zoom: bool) -> String {
    if !zoom || shapes.is_empty() {
        return format!("0 0 {} {}", g.width, g.height);
    }
    let min = |i: usize| shapes.iter().map(|s| s.bbox[i]).min().unwrap_or(0);
    let max = |i: usize| shapes.iter().map(|s| s.bbox[i]).max().unwrap_or(0);
    let (x0, y0, x1, y1) = (min(0), min(1), max(2), max(3));
    let margin = ((x1 - x0).max(y1 - y0) / 20).max(5);
    format!(
        "{} {} {} {}",
        x0.saturating_sub(margin),
        y0.saturating_sub(margin),
        x1 - x0 + 2 * margin,
        y1 - y0 + 2 * margin
    )
}

/// London's boroughs enlarged under a map of all England, where they are a few pixels
/// each on a phone. A copy for the eye and the pointer: hidden from assistive technology
/// and out of the tab order, since the map above names and reaches every borough.
fn london_inset(
    props: &MapViewProps,
    drawn: &[(&atlas_shared::map::AreaAnswer, &MapShape)],
    scale: f32,
    locale: &atlas_shared::words::Locale,
) -> Html {
    let london: Vec<_> = drawn
        .iter()
        .filter(|(a, _)| a.code.starts_with("E09"))
        .collect();
    if props.zoom || london.is_empty() {
        return html! {};
    }
    let shapes: Vec<&MapShape> = london.iter().map(|(_, s)| *s).collect();
    let view = view_box(&props.geometry, &shapes, true);
    let inset_scale = view
        .split(' ')
        .nth(2)
        .and_then(|w| w.parse::<f32>().ok())
        .map_or(scale, |w| w / props.geometry.width.max(1) as f32 * 2.0);
    let classes: Vec<MapClass> = props.answer.key.iter().map(|k| k.class).collect();
    html! {
        <div class="atlas-inset">
            <p aria-hidden="true">{ locale.t("map-london") }</p>
            <svg viewBox={view} aria-hidden="true" focusable="false">
                <defs>{ for classes.iter().map(|c| pattern(*c, "atlas-l", inset_scale)) }</defs>
                { for london.iter().map(|(area, shape)| html! {
                    <a href={href(props, &area.code, locale)} tabindex="-1">
                        <path d={shape.d.clone()} fill={format!("url(#atlas-l-{})", area.class.slug())} />
                    </a>
                }) }
            </svg>
        </div>
    }
}

/// The map of an answer, its key with counts and the table of every area: the `/map`
/// page's, and a partnership's members on the board page.
#[function_component]
pub fn MapView(props: &MapViewProps) -> Html {
    let locale = use_locale();
    let a = &props.answer;
    let g = &props.geometry;
    let classes: Vec<MapClass> = a.key.iter().map(|k| k.class).collect();
    let sort = use_state(|| None::<SortBy>);
    let mut rows: Vec<&atlas_shared::map::AreaAnswer> = a.areas.iter().collect();
    match *sort {
        Some(SortBy::Area) => rows.sort_by(|x, y| x.name.cmp(&y.name)),
        Some(SortBy::Answer) => rows.sort_by_key(|r| classes.iter().position(|c| *c == r.class)),
        // Newest first; none held last.
        Some(SortBy::AsOf) => rows.sort_by_key(|r| std::cmp::Reverse(r.as_of)),
        None => {}
    }
    let header = |by: SortBy, label: &str| -> Html {
        let label = locale.t(label);
        if !props.sortable {
            return html! { <th scope="col">{ label }</th> };
        }
        let sorted = *sort == Some(by);
        let onclick = {
            let sort = sort.clone();
            Callback::from(move |_: MouseEvent| sort.set(Some(by)))
        };
        let order = match (sorted, by) {
            (false, _) => None,
            (true, SortBy::AsOf) => Some("descending"),
            (true, _) => Some("ascending"),
        };
        html! {
            <th scope="col" aria-sort={order}>
                <button type="button" class="atlas-sort" {onclick}>{ label }</button>
            </th>
        }
    };
    let drawn: Vec<(&atlas_shared::map::AreaAnswer, &MapShape)> = a
        .areas
        .iter()
        .filter_map(|area| Some((area, g.shapes.iter().find(|s| s.code == area.code)?)))
        .collect();
    let shapes: Vec<&MapShape> = drawn.iter().map(|(_, s)| *s).collect();
    let view = view_box(g, &shapes, props.zoom);
    // Pattern marks keep one size on screen whatever the view box's width.
    let scale = view
        .split(' ')
        .nth(2)
        .and_then(|w| w.parse::<f32>().ok())
        .map_or(1.0, |w| w / g.width.max(1) as f32);
    let areas = drawn.iter().map(|(area, shape)| {
        html! {
            <a href={href(props, &area.code, &locale)} aria-label={format!("{}: {}", area.name, area.answer)}>
                <path d={shape.d.clone()} fill={format!("url(#atlas-p-{})", area.class.slug())} />
            </a>
        }
    });
    html! {
        <div class="atlas-map-answer">
            <h2 id="atlas-map-title">{ &a.question }</h2>
            { for a.notes.iter().map(|n| html! { <p>{ n }</p> }) }
            if !a.laws.is_empty() {
                <p>{ locale.t("map-laws") }{ " " }<span lang="en">{ a.laws.join("; ") }</span></p>
            }
            <figure class="atlas-map">
                <svg viewBox={view} role="group"
                    aria-label={locale.f("map-of-england", &[("question", a.question.as_str().into())])}>
                    <defs>{ for classes.iter().map(|c| pattern(*c, "atlas-p", scale)) }</defs>
                    { for areas }
                </svg>
                { london_inset(props, &drawn, scale, &locale) }
                <figcaption>
                    { locale.t("map-caption") }
                </figcaption>
            </figure>
            <svg class="atlas-defs" width="0" height="0" aria-hidden="true" focusable="false">
                <defs>{ for classes.iter().map(|c| pattern(*c, "atlas-s", 1.0)) }</defs>
            </svg>
            <table class="atlas-map-table">
                <caption>{ locale.t("map-key") }</caption>
                <thead><tr><th scope="col">{ locale.t("map-answer") }</th><th scope="col">{ locale.t("map-areas") }</th></tr></thead>
                <tbody>
                    { for a.key.iter().map(|k| html! {
                        <tr class={format!("atlas-key-{}", k.class.slug())}>
                            <th scope="row">{ swatch(k.class) }{ &k.label }</th>
                            <td>{ k.count }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <table class="atlas-map-table">
                <caption>{ locale.t("map-every-area") }</caption>
                <thead><tr>
                    { header(SortBy::Area, "map-area") }{ header(SortBy::Answer, "map-answer") }{ header(SortBy::AsOf, "map-as-of") }
                </tr></thead>
                <tbody>
                    { for rows.iter().map(|area| {
                        let link = href(props, &area.code, &locale);
                        html! {
                        <tr id={format!("area-{}", area.code)} data-class={area.class.slug()}>
                            <th scope="row" lang="en">
                                if link.starts_with('#') { { &area.name } } else {
                                    <a href={link}>{ &area.name }</a>
                                }
                            </th>
                            <td>{ &area.answer }</td>
                            <td>{ area.as_of.map(|d| locale.date(d)).unwrap_or_else(|| "–".into()) }</td>
                        </tr>
                    }}) }
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_shared::map::key;
    use atlas_shared::topic::topic;

    /// WCAG relative luminance of `#rrggbb`.
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    fn keys() -> Vec<Vec<MapClass>> {
        let mut keys = vec![
            key(None, true, false),
            vec![
                MapClass::Met,
                MapClass::Partial,
                MapClass::NotMet,
                MapClass::NotDeclared,
            ],
        ];
        for slug in ["council-tax", "setting-up-home-grant", "bank-account"] {
            for law in [false, true] {
                keys.push(key(topic(slug), false, law));
            }
        }
        keys
    }

    #[test]
    fn every_class_of_a_map_has_a_mark_of_its_own_so_none_is_told_by_colour_alone() {
        for classes in keys() {
            let marks: Vec<Mark> = classes.iter().map(|c| style(*c).1).collect();
            for (i, m) in marks.iter().enumerate() {
                assert!(!marks[..i].contains(m), "{classes:?}: {m:?} twice");
            }
        }
    }

    #[test]
    fn every_fill_stands_three_to_one_against_the_borders() {
        for classes in keys() {
            for c in classes {
                let (fill, _) = style(c);
                assert!(contrast(fill, "#0b0c0c") >= 3.0, "{c:?} {fill}");
            }
        }
    }
}
