//! What a regional board sees on `/board/{partnership}`: the members × items matrix with
//! the evidence for each answer, the value spread of money topics as a chart, the stale
//! list, recent changes, and the CSV link. Status is always words and colour together;
//! evidence links to each offer's readable page, by its title.

use std::rc::Rc;

use atlas_shared::api::{Action, BoardView, Changes, SpreadChart};
use atlas_shared::consistency::{ItemStatus, MemberItem};
use atlas_shared::spread::SpreadBasis;
use yew::prelude::*;

use atlas_shared::words::{Arg, Locale};

use crate::language::{use_locale, LangField};
use crate::view::{authority_page_url, encode, join, offer_page_url, pounds, value_text_in};

#[derive(Properties, PartialEq, Clone)]
pub struct BoardPageProps {
    pub view: Rc<BoardView>,
    /// Base URL of the Atlas server for links ("" on the server's own pages).
    #[prop_or_default]
    pub base: AttrValue,
    /// Show only this guarantee item's column (one column reads well on a phone).
    #[prop_or_default]
    pub item: Option<AttrValue>,
    /// In the widget, choosing an item; on the server page the choice is a GET form.
    #[prop_or_default]
    pub on_item: Option<Callback<Event>>,
    /// How many stale offers to list before summing up the rest.
    #[prop_or(30)]
    pub stale_shown: usize,
    /// How many recent changes to list.
    #[prop_or(20)]
    pub changes_shown: usize,
}

fn status_class(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Met => "atlas-tag gain",
        ItemStatus::Partial => "atlas-tag ask",
        ItemStatus::NotMet => "atlas-tag lose",
        ItemStatus::NotDeclared => "atlas-tag keep",
    }
}

fn action_text(locale: &Locale, action: Action) -> String {
    locale.t(match action {
        Action::Created => "board-action-added",
        Action::Updated => "board-action-changed",
        Action::Retired => "board-action-retired",
        Action::Verified => "board-action-verified",
        Action::Published => "board-action-published",
        Action::Rejected => "board-action-rejected",
        Action::Withdrawn => "board-action-withdrawn",
        Action::Reviewed => "board-action-reviewed",
        Action::Restored => "board-action-restored",
    })
}

/// What kind of record changed, in words (`offer`, `authority` or `partnership`).
fn kind_text(locale: &Locale, kind: &str) -> String {
    match kind {
        "offer" => locale.t("board-kind-offer"),
        "authority" => locale.t("board-kind-authority"),
        "partnership" => locale.t("board-kind-partnership"),
        other => other.to_string(),
    }
}

/// A guarantee item's status in words, shown with its colour.
fn status_text(locale: &Locale, status: ItemStatus) -> String {
    locale.t(&format!("board-status-{}", status.slug()))
}

/// The `/board/{id}` page body.
#[function_component]
pub fn BoardPage(props: &BoardPageProps) -> Html {
    let locale = use_locale();
    let c = &props.view.consistency;
    let met_all: Vec<&str> = c
        .items
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            c.members.iter().all(|m| {
                m.statuses
                    .get(*i)
                    .is_some_and(|s| s.status == ItemStatus::Met)
            })
        })
        .map(|(_, item)| item.title.as_str())
        .collect();
    let base = &props.base;
    let csv = join(
        base,
        &format!(
            "/api/v1/partnerships/{}/consistency.csv",
            encode(&c.partnership)
        ),
    );
    html! {
        <div class="atlas">
            <p>
                { locale.f("board-counts", &[("members", c.members.len().into()), ("items", c.items.len().into())]) }
                { " " }
                { locale.f("board-met-all", &[("count", met_all.len().into())]) }
            </p>
            <p><a href={csv}>{ locale.t("board-csv") }</a></p>
            <p class="atlas-small">
                { locale.t("board-members") }{ " " }
                <a href={locale.link(&join(base, "/editor/sign-in"))}>{ locale.t("board-sign-in") }</a>
            </p>
            <ItemSelect view={props.view.clone()} item={props.item.clone()} onchange={props.on_item.clone()} />
            <p class="atlas-count" role="status">{ showing_text(&locale, c.items.len(), props.item.is_some()) }</p>
            <Matrix view={props.view.clone()} item={props.item.clone()} base={base.clone()} />
            <h2 id="spread">{ locale.t("board-spread") }</h2>
            if props.view.charts.is_empty() {
                <p class="atlas-none">{ locale.t("board-spread-none") }</p>
            }
            { for props.view.charts.iter().map(|chart| html! { <Chart chart={chart.clone()} /> }) }
            <Stale view={props.view.clone()} shown={props.stale_shown} base={base.clone()} />
            <Recent changes={Rc::new(props.view.changes.clone())} shown={props.changes_shown} />
        </div>
    }
}

/// What the matrix shows, said when the choice of item changes: "Showing 1 of 11 items".
fn showing_text(locale: &Locale, items: usize, one: bool) -> String {
    if one {
        locale.f("board-showing-one", &[("count", items.into())])
    } else {
        locale.f("board-showing-all", &[("count", items.into())])
    }
}

#[derive(Properties, PartialEq, Clone)]
struct ItemSelectProps {
    view: Rc<BoardView>,
    item: Option<AttrValue>,
    onchange: Option<Callback<Event>>,
}

/// Choose one guarantee item, or all. Without script it is a GET form with a button; in
/// the widget the matrix follows the choice at once.
#[function_component]
fn ItemSelect(props: &ItemSelectProps) -> Html {
    let locale = use_locale();
    let c = &props.view.consistency;
    let selected = props.item.as_deref();
    let select = html! {
        <div class="atlas-field">
            <label for="atlas-item">{ locale.t("board-item") }</label>
            <select id="atlas-item" name="item" onchange={props.onchange.clone()}>
                <option value="" selected={selected.is_none()}>{ locale.t("board-all-items") }</option>
                { for c.items.iter().map(|i| html! {
                    <option value={i.id.clone()} selected={selected == Some(i.id.as_str())} lang="en">{ &i.title }</option>
                }) }
            </select>
        </div>
    };
    if props.onchange.is_some() {
        html! {
            <form class="atlas-form atlas-inline" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { select }
            </form>
        }
    } else {
        html! {
            <form class="atlas-form atlas-inline" method="get" action="">
                <LangField />
                { select }
                <button type="submit" class="atlas-button atlas-secondary">{ locale.t("offers-show") }</button>
            </form>
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
struct MatrixProps {
    view: Rc<BoardView>,
    item: Option<AttrValue>,
    base: AttrValue,
}

/// The members × items table. It scrolls sideways on a phone, and can be scrolled by
/// keyboard (the region takes focus). Its caption stays outside the scrolling area, so it
/// is read in full however far the table is scrolled; it names both the table and the
/// region.
#[function_component]
fn Matrix(props: &MatrixProps) -> Html {
    let locale = use_locale();
    let c = &props.view.consistency;
    // Column indices shown: one item's, or all.
    let shown: Vec<usize> = c
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| props.item.as_deref().is_none_or(|wanted| i.id == wanted))
        .map(|(n, _)| n)
        .collect();
    html! {
        <>
        <h2 id="matrix">{ locale.t("board-matrix") }</h2>
        <p class="atlas-hint">
            { locale.t("board-matrix-how") }{ " " }
            { locale.t("board-matrix-partly") }
        </p>
        <p class="atlas-caption" id="matrix-caption">{ locale.f("board-matrix-caption", &[("partnership", c.name.as_str().into())]) }</p>
        <div class="atlas-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
            <table class={classes!("atlas-matrix", (shown.len() == 1).then_some("atlas-matrix-one"))}
                aria-labelledby="matrix-caption">
                <thead>
                    <tr>
                        <th scope="col">{ locale.t("offer-council") }</th>
                        { for shown.iter().map(|n| {
                            let item = &c.items[*n];
                            html! {
                                <th scope="col">
                                    <span lang="en">{ &item.title }</span>
                                    if shown.len() == 1 {
                                        <span class="atlas-small atlas-block">{ locale.t("board-standard") }{ ": " }<span lang="en">{ &item.standard.text }</span></span>
                                    }
                                </th>
                            }
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for c.members.iter().map(|m| html! {
                        <tr>
                            <th scope="row">
                                <a href={locale.link(&authority_page_url(&props.base, &m.code))} lang="en">{ &m.name }</a>
                                if m.stale {
                                    <span class="atlas-small">{ " " }{ locale.t("board-review-due") }</span>
                                }
                            </th>
                            { for shown.iter().filter_map(|n| m.statuses.get(*n)).map(|s| html! { <Cell item={s.clone()} base={props.base.clone()} /> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
        </>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct CellProps {
    item: MemberItem,
    base: AttrValue,
}

#[function_component]
fn Cell(props: &CellProps) -> Html {
    let locale = use_locale();
    let s = &props.item;
    html! {
        <td data-status={s.status.slug()}>
            <span class={status_class(s.status)}>{ status_text(&locale, s.status) }</span>
            if s.reasons.is_empty() {
                // An older answer, without reasons: its English words.
                { for s.shortfalls.iter().map(|f| html! { <span class="atlas-small atlas-block" lang="en">{ f }</span> }) }
            } else {
                { for s.reasons.iter().map(|r| html! { <span class="atlas-small atlas-block">{ r.words(&locale) }</span> }) }
            }
            if !s.offers.is_empty() {
                <span class="atlas-small atlas-block">
                    { locale.t("board-evidence") }{ ": " }
                    { for s.offers.iter().enumerate().map(|(i, id)| html! {
                        <>
                        if i > 0 { { ", " } }
                        <a href={locale.link(&offer_page_url(&props.base, id))} lang="en">{ s.offer_titles.get(i).unwrap_or(id) }</a>
                        </>
                    }) }
                </span>
            }
            if let Some(note) = &s.note {
                <span class="atlas-small atlas-block">
                    { locale.t("board-note") }{ ": " }<span lang="en">{ &note.text }</span>
                    if let Some(url) = &note.evidence_url {
                        { " " }<a href={url.clone()} rel="noopener noreferrer">{ locale.t("board-note-evidence") }</a>
                    }
                    { note_signature(&locale, note) }
                </span>
            }
        </td>
    }
}

/// " (Jane Smith, board, 6 December 2026)": who wrote a board note, and when.
fn note_signature(locale: &Locale, note: &atlas_shared::partnership::BoardNote) -> String {
    let who = atlas_shared::access::signer(&note.by);
    match note.at {
        Some(at) => format!(" ({who}, {})", locale.date(at.date_naive())),
        None => format!(" ({who})"),
    }
}

/// The figure of a value on its basis, in words.
fn figure_text(locale: &Locale, basis: SpreadBasis, figure: u64) -> String {
    match basis {
        SpreadBasis::PencePerYear => {
            locale.f("board-per-year", &[("money", Arg::Text(&pounds(figure)))])
        }
        SpreadBasis::PenceOnce => locale.f("board-once", &[("money", Arg::Text(&pounds(figure)))]),
        SpreadBasis::Count => figure.to_string(),
        SpreadBasis::Percent => format!("{figure}%"),
    }
}

#[derive(Properties, PartialEq, Clone)]
struct ChartProps {
    chart: SpreadChart,
}

// Chart geometry, in SVG user units (the SVG scales to its container).
const CHART_WIDTH: u64 = 640;
const LABEL_WIDTH: u64 = 200;
const VALUE_WIDTH: u64 = 130;
const BAR_HEIGHT: u64 = 26;
const BAR_GAP: u64 = 8;

/// A horizontal bar chart of one topic's spread, with the figures written beside the bars
/// (so it reads without colour) and a text summary for screen readers. Narrower than
/// 40rem (a phone), where the drawing's words would be too small to read, the same bars
/// are HTML: a list of councils, each with its bar and figure in text.
#[function_component]
fn Chart(props: &ChartProps) -> Html {
    let locale = use_locale();
    let chart = &props.chart;
    let s = &chart.spread;
    let Some(basis) = s.basis else {
        return html! {};
    };
    let ranked: Vec<_> = s
        .values
        .iter()
        .filter_map(|v| v.value.map(|n| (v, n)))
        .collect();
    let max = s.max.unwrap_or(0).max(1);
    let span = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let height = (ranked.len() as u64) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
    let id = format!("spread-{}", s.topic);
    let summary = match (s.min, s.median, s.max) {
        (Some(min), Some(median), Some(max)) => locale.f(
            "board-chart-summary",
            &[
                ("count", ranked.len().into()),
                ("lowest", Arg::Text(&figure_text(&locale, basis, min))),
                ("median", Arg::Text(&figure_text(&locale, basis, median))),
                ("highest", Arg::Text(&figure_text(&locale, basis, max))),
            ],
        ),
        _ => String::new(),
    };
    let median_x = s.median.map(|m| LABEL_WIDTH + m.saturating_mul(span) / max);
    let others: Vec<_> = s.values.iter().filter(|v| v.value.is_none()).collect();
    html! {
        <figure class="atlas-chart" aria-labelledby={format!("{id}-title")}>
            <h3 id={format!("{id}-title")}>{ atlas_shared::topic::topic(&chart.spread.topic).map_or_else(|| chart.label.clone(), |t| t.name(&locale)) }</h3>
            if chart.whole_registry {
                <p class="atlas-hint">{ locale.t("board-chart-registry") }</p>
            }
            <ul class="atlas-bars">
                { for ranked.iter().map(|(v, n)| html! {
                    <li>
                        <span class="atlas-bar-name" lang="en">{ &v.name }</span>
                        <span class="atlas-bar-row">
                            <BarTrack percent={percent(*n, max)} median={s.median.map(|m| percent(m, max))} />
                            <span class="atlas-bar-value">{ figure_text(&locale, basis, *n) }</span>
                        </span>
                    </li>
                }) }
            </ul>
            <svg class="atlas-chart-drawing" viewBox={format!("0 0 {CHART_WIDTH} {height}")} width="100%" role="img"
                aria-labelledby={format!("{id}-title {id}-desc")} focusable="false">
                <desc id={format!("{id}-desc")}>{ &summary }</desc>
                { for ranked.iter().enumerate().map(|(i, (v, n))| {
                    let y = BAR_GAP + (i as u64) * (BAR_HEIGHT + BAR_GAP);
                    let w = (n.saturating_mul(span) / max).max(2);
                    html! {
                        <g>
                            <text x={(LABEL_WIDTH - 8).to_string()} y={(y + 18).to_string()} text-anchor="end"
                                font-size="14" fill="#0b0c0c" lang="en">{ &v.name }</text>
                            <rect x={LABEL_WIDTH.to_string()} y={y.to_string()} width={w.to_string()}
                                height={BAR_HEIGHT.to_string()} fill="#1d70b8" />
                            <text x={(LABEL_WIDTH + w + 6).to_string()} y={(y + 18).to_string()}
                                font-size="14" fill="#0b0c0c">{ figure_text(&locale, basis, *n) }</text>
                        </g>
                    }
                }) }
                if let Some(x) = median_x {
                    <line x1={x.to_string()} x2={x.to_string()} y1="0" y2={height.to_string()}
                        stroke="#0b0c0c" stroke-width="2" stroke-dasharray="6 4" />
                }
            </svg>
            <figcaption class="atlas-small">{ summary.clone() }{ " " }{ locale.t("board-chart-median") }</figcaption>
            if !others.is_empty() {
                <p class="atlas-small">
                    { locale.t("board-other-basis") }{ ": " }
                    <span lang="en">{ locale.and_list(others.iter().map(|v| v.name.as_str())) }</span>
                    { " (" }{ others.iter().map(|v| value_text_in(&locale, &v.stated)).collect::<Vec<_>>().join("; ") }{ ")" }
                </p>
            }
        </figure>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct BarTrackProps {
    /// The bar's length, in percent of the track.
    percent: u64,
    /// Where the dashed median line crosses the track, in percent.
    median: Option<u64>,
}

// A bar's track in user units: 100 across (so a length is its percentage) and 33 high,
// the bar 25 of them in the middle (1.25rem of the track's 1.65rem, see widget.css).
const TRACK_HEIGHT: u64 = 33;
const TRACK_BAR_Y: u64 = 4;
const TRACK_BAR_HEIGHT: u64 = 25;

/// One HTML bar's track: a small drawing stretched to the track's width, with its length
/// and the median as SVG attributes rather than an inline `style` (which a page whose
/// Content-Security-Policy has no 'unsafe-inline' for styles would refuse). Decoration
/// only: the council and its figure are beside it in words.
#[function_component]
fn BarTrack(props: &BarTrackProps) -> Html {
    html! {
        <svg class="atlas-bar-track" viewBox={format!("0 0 100 {TRACK_HEIGHT}")}
            preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="atlas-bar" y={TRACK_BAR_Y.to_string()} width={props.percent.to_string()}
                height={TRACK_BAR_HEIGHT.to_string()} />
            if let Some(m) = props.median {
                <line class="atlas-bar-median" x1={m.to_string()} x2={m.to_string()} y1="0"
                    y2={TRACK_HEIGHT.to_string()} vector-effect="non-scaling-stroke" />
            }
        </svg>
    }
}

/// `n` as a whole percentage of `max` (at least 1, so a bar always shows).
fn percent(n: u64, max: u64) -> u64 {
    (n.saturating_mul(100) / max.max(1)).clamp(1, 100)
}

#[derive(Properties, PartialEq, Clone)]
struct StaleProps {
    view: Rc<BoardView>,
    shown: usize,
    base: AttrValue,
}

#[function_component]
fn Stale(props: &StaleProps) -> Html {
    let locale = use_locale();
    let c = &props.view.consistency;
    let name = |code: &str| {
        c.members
            .iter()
            .find(|m| m.code == code)
            .map_or_else(|| code.to_string(), |m| m.name.clone())
    };
    let rest = c.stale_offers.len().saturating_sub(props.shown);
    html! {
        <>
        <h2 id="stale">{ locale.t("board-stale") }</h2>
        <p class="atlas-hint">
            { locale.t("board-stale-what") }
        </p>
        if c.stale_offers.is_empty() {
            <p class="atlas-none">{ locale.t("board-stale-none") }</p>
        } else {
            <ul class="atlas-list">
                { for c.stale_offers.iter().take(props.shown).map(|o| html! {
                    <li>
                        <a href={locale.link(&offer_page_url(&props.base, &o.id))} lang="en">{ &o.title }</a>
                        { " – " }<span lang="en">{ name(&o.authority) }</span>{ ", " }
                        { o.reviewed.map_or_else(|| locale.t("board-never-reviewed"), |d| locale.f("board-last-reviewed", &[("date", Arg::Text(&locale.date(d)))])) }
                    </li>
                }) }
            </ul>
            if rest > 0 {
                <p>{ locale.f("board-stale-more", &[("count", rest.into())]) }</p>
            }
        }
        </>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct RecentProps {
    changes: Rc<Changes>,
    shown: usize,
}

#[function_component]
fn Recent(props: &RecentProps) -> Html {
    let locale = use_locale();
    let ch = &props.changes;
    html! {
        <>
        <h2 id="changes">{ locale.t("board-changes") }</h2>
        <p class="atlas-hint">{ locale.f("board-changes-since", &[("date", Arg::Text(&locale.date(ch.since)))]) }</p>
        if ch.changes.is_empty() {
            <p class="atlas-none">{ locale.t("board-changes-none") }</p>
        } else {
            <ul class="atlas-list">
                { for ch.changes.iter().take(props.shown).map(|e| html! {
                    <li>
                        <time datetime={e.at.date_naive().to_string()}>{ locale.date(e.at.date_naive()) }</time>
                        { locale.f("board-change", &[("action", Arg::Text(&action_text(&locale, e.action))), ("kind", Arg::Text(&kind_text(&locale, &e.kind)))]) }
                        { " – " }<span lang="en">{ &e.title }</span>
                    </li>
                }) }
            </ul>
            if ch.changes.len() > props.shown {
                <p>{ locale.f("board-changes-more", &[("count", (ch.changes.len() - props.shown).into())]) }</p>
            }
        }
        </>
    }
}
