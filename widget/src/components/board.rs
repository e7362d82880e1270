//! What a regional board sees on `/board/{partnership}`: the members × items matrix with
//! the evidence for each answer, the value spread of money topics as a chart, the stale
//! list, recent changes, and the CSV link. Status is always words and colour together;
//! evidence links to each offer's readable page, by its title.

use std::rc::Rc;

use atlas_shared::api::{Action, BoardView, Changes, SpreadChart};
use atlas_shared::consistency::{ItemStatus, MemberItem};
use atlas_shared::spread::SpreadBasis;
use yew::prelude::*;

use crate::view::{
    authority_page_url, encode, join, long_date, offer_page_url, pounds, short_date, value_text,
};

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

fn action_text(action: Action) -> &'static str {
    match action {
        Action::Created => "Added",
        Action::Updated => "Changed",
        Action::Retired => "Retired",
        Action::Verified => "Verified",
        Action::Published => "Published",
        Action::Rejected => "Rejected",
        Action::Withdrawn => "Withdrawn",
        Action::Reviewed => "Reviewed, no change",
        Action::Restored => "Restored",
    }
}

/// The `/board/{id}` page body.
#[function_component]
pub fn BoardPage(props: &BoardPageProps) -> Html {
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
                { format!("{} members, {} guarantee items. ", c.members.len(), c.items.len()) }
                { format!("Every member meets {} of them.", met_all.len()) }
            </p>
            <p><a href={csv}>{ "Download the matrix as CSV (a row per member)" }</a></p>
            <p class="atlas-small">
                { "Board members: " }
                <a href={join(base, "/editor/sign-in")}>{ "sign in to write the board's notes" }</a>
            </p>
            <ItemSelect view={props.view.clone()} item={props.item.clone()} onchange={props.on_item.clone()} />
            <p class="atlas-count" role="status">{ showing_text(c.items.len(), props.item.is_some()) }</p>
            <Matrix view={props.view.clone()} item={props.item.clone()} base={base.clone()} />
            <h2 id="spread">{ "How values spread" }</h2>
            if props.view.charts.is_empty() {
                <p class="atlas-none">{ "No council in the registry publishes an amount yet." }</p>
            }
            { for props.view.charts.iter().map(|chart| html! { <Chart chart={chart.clone()} /> }) }
            <Stale view={props.view.clone()} shown={props.stale_shown} base={base.clone()} />
            <Recent changes={Rc::new(props.view.changes.clone())} shown={props.changes_shown} />
        </div>
    }
}

/// What the matrix shows, said when the choice of item changes: "Showing 1 of 11 items".
fn showing_text(items: usize, one: bool) -> String {
    match (items, one) {
        (1, _) => "Showing 1 item".to_string(),
        (n, true) => format!("Showing 1 of {n} items"),
        (n, false) => format!("Showing all {n} items"),
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
    let c = &props.view.consistency;
    let selected = props.item.as_deref();
    let select = html! {
        <div class="atlas-field">
            <label for="atlas-item">{ "Guarantee item" }</label>
            <select id="atlas-item" name="item" onchange={props.onchange.clone()}>
                <option value="" selected={selected.is_none()}>{ "All items" }</option>
                { for c.items.iter().map(|i| html! {
                    <option value={i.id.clone()} selected={selected == Some(i.id.as_str())}>{ &i.title }</option>
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
                { select }
                <button type="submit" class="atlas-button atlas-secondary">{ "Show" }</button>
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
        <h2 id="matrix">{ "Who meets the guarantee" }</h2>
        <p class="atlas-hint">
            { "Each answer is worked out from the councils' published offers. " }
            { "Partly met means a pilot, a plan, or a lower standard than the guarantee asks." }
        </p>
        <p class="atlas-caption" id="matrix-caption">{ format!("{}: guarantee by member council", c.name) }</p>
        <div class="atlas-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
            <table class={classes!("atlas-matrix", (shown.len() == 1).then_some("atlas-matrix-one"))}
                aria-labelledby="matrix-caption">
                <thead>
                    <tr>
                        <th scope="col">{ "Council" }</th>
                        { for shown.iter().map(|n| {
                            let item = &c.items[*n];
                            html! {
                                <th scope="col">
                                    { &item.title }
                                    if shown.len() == 1 {
                                        <span class="atlas-small atlas-block">{ format!("Standard: {}", item.standard.text) }</span>
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
                                <a href={authority_page_url(&props.base, &m.code)}>{ &m.name }</a>
                                if m.stale {
                                    <span class="atlas-small">{ " (review due)" }</span>
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
    let s = &props.item;
    html! {
        <td data-status={s.status.slug()}>
            <span class={status_class(s.status)}>{ s.status.label() }</span>
            { for s.shortfalls.iter().map(|f| html! { <span class="atlas-small atlas-block">{ f }</span> }) }
            if !s.offers.is_empty() {
                <span class="atlas-small atlas-block">
                    { "Evidence: " }
                    { for s.offers.iter().enumerate().map(|(i, id)| html! {
                        <>
                        if i > 0 { { ", " } }
                        <a href={offer_page_url(&props.base, id)}>{ s.offer_titles.get(i).unwrap_or(id) }</a>
                        </>
                    }) }
                </span>
            }
            if let Some(note) = &s.note {
                <span class="atlas-small atlas-block">
                    { format!("Board note: {}", note.text) }
                    if let Some(url) = &note.evidence_url {
                        { " " }<a href={url.clone()} rel="noopener noreferrer">{ "(evidence)" }</a>
                    }
                    { note_signature(note) }
                </span>
            }
        </td>
    }
}

/// " (Jane Smith, board, 6 December 2026)": who wrote a board note, and when.
fn note_signature(note: &atlas_shared::partnership::BoardNote) -> String {
    let who = atlas_shared::access::signer(&note.by);
    match note.at {
        Some(at) => format!(" ({who}, {})", atlas_shared::long_date(at.date_naive())),
        None => format!(" ({who})"),
    }
}

/// The figure of a value on its basis, in words.
fn figure_text(basis: SpreadBasis, figure: u64) -> String {
    match basis {
        SpreadBasis::PencePerYear => format!("{} a year", pounds(figure)),
        SpreadBasis::PenceOnce => format!("{} once", pounds(figure)),
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
        (Some(min), Some(median), Some(max)) => format!(
            "{} {}. Lowest {}, median {}, highest {}.",
            ranked.len(),
            if ranked.len() == 1 {
                "council"
            } else {
                "councils"
            },
            figure_text(basis, min),
            figure_text(basis, median),
            figure_text(basis, max)
        ),
        _ => String::new(),
    };
    let median_x = s.median.map(|m| LABEL_WIDTH + m.saturating_mul(span) / max);
    let others: Vec<_> = s.values.iter().filter(|v| v.value.is_none()).collect();
    html! {
        <figure class="atlas-chart" aria-labelledby={format!("{id}-title")}>
            <h3 id={format!("{id}-title")}>{ &chart.label }</h3>
            if chart.whole_registry {
                <p class="atlas-hint">{ "No member publishes an amount yet; these are all the councils in the registry that do." }</p>
            }
            <ul class="atlas-bars">
                { for ranked.iter().map(|(v, n)| html! {
                    <li>
                        <span class="atlas-bar-name">{ &v.name }</span>
                        <span class="atlas-bar-row">
                            <BarTrack percent={percent(*n, max)} median={s.median.map(|m| percent(m, max))} />
                            <span class="atlas-bar-value">{ figure_text(basis, *n) }</span>
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
                                font-size="14" fill="#0b0c0c">{ &v.name }</text>
                            <rect x={LABEL_WIDTH.to_string()} y={y.to_string()} width={w.to_string()}
                                height={BAR_HEIGHT.to_string()} fill="#1d70b8" />
                            <text x={(LABEL_WIDTH + w + 6).to_string()} y={(y + 18).to_string()}
                                font-size="14" fill="#0b0c0c">{ figure_text(basis, *n) }</text>
                        </g>
                    }
                }) }
                if let Some(x) = median_x {
                    <line x1={x.to_string()} x2={x.to_string()} y1="0" y2={height.to_string()}
                        stroke="#0b0c0c" stroke-width="2" stroke-dasharray="6 4" />
                }
            </svg>
            <figcaption class="atlas-small">{ summary.clone() }{ " The dashed line is the median." }</figcaption>
            if !others.is_empty() {
                <p class="atlas-small">
                    { "Stated on another basis: " }
                    { crate::view::and_list(others.iter().map(|v| v.name.as_str())) }
                    { format!(" ({})", others.iter().map(|v| value_text(&v.stated)).collect::<Vec<_>>().join("; ")) }
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
        <h2 id="stale">{ "Due for review" }</h2>
        <p class="atlas-hint">
            { "Offers not reviewed for longer than the registry's threshold (two years unless set otherwise), or never dated." }
        </p>
        if c.stale_offers.is_empty() {
            <p class="atlas-none">{ "Every member's offers are up to date." }</p>
        } else {
            <ul class="atlas-list">
                { for c.stale_offers.iter().take(props.shown).map(|o| html! {
                    <li>
                        <a href={offer_page_url(&props.base, &o.id)}>{ &o.title }</a>
                        { format!(" – {}, ", name(&o.authority)) }
                        { o.reviewed.map_or_else(|| "never reviewed".to_string(), |d| format!("last reviewed {}", long_date(d))) }
                    </li>
                }) }
            </ul>
            if rest > 0 {
                <p>{ format!("and {rest} more (all are in the JSON: stale_offers).") }</p>
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
    let ch = &props.changes;
    html! {
        <>
        <h2 id="changes">{ "Recent changes" }</h2>
        <p class="atlas-hint">{ format!("Since {}, newest first.", long_date(ch.since)) }</p>
        if ch.changes.is_empty() {
            <p class="atlas-none">{ "Nothing has changed in this time." }</p>
        } else {
            <ul class="atlas-list">
                { for ch.changes.iter().take(props.shown).map(|e| html! {
                    <li>
                        <time datetime={e.at.date_naive().to_string()}>{ short_date(e.at.date_naive()) }</time>
                        { format!(": {} {} – {}", action_text(e.action), e.kind, e.title) }
                    </li>
                }) }
            </ul>
            if ch.changes.len() > props.shown {
                <p>{ format!("and {} more.", ch.changes.len() - props.shown) }</p>
            }
        }
        </>
    }
}
