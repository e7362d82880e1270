//! Compare: what a care leaver keeps, gains and loses by moving.
//!
//! [`CompareView`] shows a [`Comparison`] it is given (browser and server alike), the
//! answer first: how old each side's source is, what certainly changes, then what to ask
//! and whom (with how to reach them), what would be theirs "if you are …", what the region
//! agreed, then what stays the same. It only presents what `atlas_shared` computed. Every
//! topic is a `<details>` disclosure, so the page works without JavaScript and a phone
//! shows the answer in two screens. [`CompareForm`] is the plain GET form the
//! server-rendered page uses (councils, age, circumstances, a county's district);
//! [`QuestionsPage`] the printable list of questions.

use std::cell::RefCell;
use std::rc::Rc;

use atlas_shared::compare::{
    AsOf, AskGroup, AskItem, Change, Comparison, Entitlement, ProviderKind, Row,
};
use atlas_shared::{Authority, Circumstance, Contact, Tier};
use chrono::NaiveDate;
use yew::prelude::*;

use atlas_shared::words::Locale;

use super::{labelled, ErrorPrefix};

use crate::language::{use_locale, LangField};
use crate::view::{
    ages, as_of_is_stale, as_of_text, ask_text, certain_summary, change_class, change_sentence,
    change_word, compare_page_url_for, contact_links, explain_abbreviations, money_lines,
    more_pledges_text, offer_page_url, pledge_search_url, pounds, questions_page_url_for,
    row_value_text, source_parts, status_note_in, value_text_in, via_text,
};

#[derive(Properties, PartialEq, Clone)]
pub struct CompareViewProps {
    /// Shared, not copied: a comparison can be large.
    pub comparison: Rc<Comparison>,
    /// Base URL of the Atlas server for links to offer pages ("" on the server's own pages).
    #[prop_or_default]
    pub base: AttrValue,
    /// Whether `base` serves the questions page (a static mirror does not).
    #[prop_or(true)]
    pub server_pages: bool,
    /// Today, to say when a council's offer is more than two years old (none: not said).
    #[prop_or_default]
    pub today: Option<NaiveDate>,
}

/// The answer's heading: "Moving from Walsall to Wiltshire, aged 19", or for one council
/// "What Walsall gives you at 19".
pub fn result_heading(locale: &Locale, c: &Comparison) -> String {
    let age = c.age.to_string();
    if c.from.code == c.to.code {
        locale.f(
            "compare-heading-one",
            &[("council", (&c.from.name).into()), ("age", (&age).into())],
        )
    } else {
        locale.f(
            "compare-heading",
            &[
                ("from", (&c.from.name).into()),
                ("to", (&c.to.name).into()),
                ("age", (&age).into()),
            ],
        )
    }
}

/// The result of a comparison, the answer first.
#[function_component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let locale = use_locale();
    let l = &locale;
    let c = &*props.comparison;
    let base = props.base.as_str();
    let from = c.from.name.as_str();
    let to = c.to.name.as_str();
    let one_place = c.from.code == c.to.code;
    let answer = c.answer();
    let asked = answer.question_count();
    let ctx = RowCtx {
        from,
        to,
        base,
        one_place,
        as_of: &c.as_of,
        seen: RefCell::new(Vec::new()),
        locale,
    };
    let questions_link = props
        .server_pages
        .then(|| l.link(&questions_page_url_for(base, c)));
    html! {
        <section class="atlas-result" aria-labelledby="atlas-result-title">
            <h2 id="atlas-result-title" tabindex="-1">{ result_heading(l, c) }</h2>
            <div class="atlas-summary">
                if one_place {
                    <p class="atlas-lede">{ l.f("compare-lede-one", &[("council", from.into()), ("age", (&c.age.to_string()).into())]) }</p>
                } else {
                    <p class="atlas-lede">{ certain_summary(l, &c.summary) }</p>
                }
                <p>{ questions_line(l, asked, c.summary.same, one_place) }</p>
                { for summary_money(l, c, one_place).into_iter().map(|line| html! { <p class="atlas-money">{ line }</p> }) }
                if !c.circumstances.is_empty() {
                    <p class="atlas-small">{ l.f("compare-you-said", &[("circumstances", (&l.and_list(c.circumstances.iter().map(|x| x.name(l)))).into())]) }</p>
                }
                if let Some(d) = &c.district {
                    <p class="atlas-small">{ l.f("compare-you-live", &[("district", (&d.name).into())]) }</p>
                }
            </div>
            { currency(l, &c.as_of, props.today, one_place, c) }
            { notices(&c.notices, &ctx) }

            if one_place {
                <h3 id="atlas-certain">{ l.f("compare-certain-one-heading", &[("council", from.into())]) }</h3>
                if answer.same.is_empty() {
                    <p class="atlas-certain">{ l.t("compare-certain-one-none") }</p>
                } else {
                    <ul class="atlas-topics atlas-certain">
                        { for answer.same.iter().map(|r| topic(r, &ctx, TopicHead::Change)) }
                    </ul>
                }
            } else {
                <h3 id="atlas-certain">{ l.t("compare-certain-heading") }</h3>
                if answer.certain.is_empty() {
                    <p class="atlas-certain">{ l.t("compare-certain-none") }</p>
                } else {
                    <ul class="atlas-topics atlas-certain">
                        { for answer.certain.iter().map(|c| if c.lost.is_empty() {
                            topic(c.row, &ctx, TopicHead::Change)
                        } else {
                            topic(c.row, &ctx, TopicHead::Lost(&c.lost))
                        }) }
                    </ul>
                }
            }

            <h3 id="atlas-ask">{ l.t(if one_place { "compare-ask-heading-one" } else { "compare-ask-heading" }) }</h3>
            if answer.ask.is_empty() {
                <p>{ l.t("compare-ask-none") }</p>
            } else {
                <p>
                    { l.t("compare-ask-intro") }{ " " }
                    if let Some(url) = questions_link {
                        <a href={url}>{ l.t("compare-ask-print") }</a>
                    }
                </p>
                { for answer.ask.iter().map(|g| ask_group(g, &ctx)) }
            }

            if !answer.if_you_are.is_empty() {
                <section class="atlas-ifs" aria-labelledby="atlas-if">
                    <h3 id="atlas-if">{ l.t("compare-if-heading") }</h3>
                    <p>{ l.t("compare-if-intro") }</p>
                    { for answer.if_you_are.iter().map(|g| html! {
                        <details class="atlas-if" data-circumstance={g.circumstance.slug()}>
                            <summary><h4>{ l.f("compare-if-one", &[("circumstance", (&g.circumstance.name(l)).into())]) }</h4>
                                <span class="atlas-small">{ l.f("compare-things", &[("count", g.items.len().into())]) }</span></summary>
                            <ul class="atlas-ents">
                                { for g.items.iter().map(|(_, e)| brief(e, &ctx)) }
                            </ul>
                        </details>
                    }) }
                </section>
            }

            if !answer.agreed.is_empty() {
                <section class="atlas-agreed" aria-labelledby="atlas-agreed-title">
                    <h3 id="atlas-agreed-title">{ l.t("compare-agreed-heading") }</h3>
                    <p>{ l.t("compare-agreed-intro") }</p>
                    <ul class="atlas-list">
                        { for answer.agreed.iter().map(|(_, e)| html! {
                            <li>
                                <strong lang="en">{ ctx.plain(&e.title) }</strong>{ " (" }<span lang="en">{ &e.provider.name }</span>{ "): " }
                                { e.agreed.map(|s| l.f("compare-agreed-status", &[("status", s.key().into())])).unwrap_or_default() }{ "." }
                            </li>
                        }) }
                    </ul>
                </section>
            }

            if !one_place {
                <details class="atlas-same">
                    <summary><h3>{ l.f("compare-same-heading", &[("count", answer.same.len().into())]) }</h3></summary>
                    if answer.same.is_empty() {
                        <p>{ l.t("compare-same-none") }</p>
                    } else {
                        <ul class="atlas-topics">
                            { for answer.same.iter().map(|r| topic(r, &ctx, TopicHead::Change)) }
                        </ul>
                    }
                </details>
            }
            if c.rows.is_empty() {
                <p>{ l.t("compare-nothing-found") }</p>
            }
        </section>
    }
}

/// The money lines: both sides when moving, one total for one council.
fn summary_money(l: &Locale, c: &Comparison, one_place: bool) -> Vec<String> {
    if !one_place {
        return money_lines(l, &c.summary);
    }
    let mut lines = Vec::new();
    if let Some(m) = &c.summary.money_per_year_pence {
        lines.push(l.f("money-year-one", &[("amount", (&pounds(m.stay)).into())]));
    }
    if let Some(m) = &c.summary.money_once_pence {
        lines.push(l.f("money-once-one", &[("amount", (&pounds(m.stay)).into())]));
    }
    lines
}

/// How old each side's source is, and a warning to check one older than two years.
fn currency(
    l: &Locale,
    as_of: &[AsOf],
    today: Option<NaiveDate>,
    one_place: bool,
    c: &Comparison,
) -> Html {
    // Each side's own council: the one that looked after them and the one they would
    // live in (a county's districts are said in the notices).
    let mut sides: Vec<&AsOf> = as_of
        .iter()
        .filter(|a| a.code == c.from.code || a.code == c.to.code)
        .collect();
    if one_place {
        sides.truncate(1);
    }
    if sides.is_empty() {
        return html! {};
    }
    html! {
        <div class="atlas-asof">
            <ul class="atlas-list">
                { for sides.iter().map(|a| {
                    let stale = today.is_some_and(|t| as_of_is_stale(a, t));
                    html! {
                        <li>
                            { l.f("compare-sentence", &[("text", (&as_of_text(l, a)).into())]) }
                            if stale {
                                { " " }
                                <strong class="atlas-stale">
                                    { l.f("compare-asof-stale", &[("council", (&a.name).into())]) }
                                    if let Some(url) = &a.offer_url {
                                        { " " }<a href={url.clone()}>{ l.f("compare-local-offer-of", &[("council", (&a.name).into())]) }</a>
                                    }
                                </strong>
                            } else if a.date.is_none() {
                                { " " }
                                { l.f("compare-asof-ask", &[("council", (&a.name).into())]) }
                                if let Some(url) = &a.offer_url {
                                    { " " }<a href={url.clone()}>{ l.t("compare-asof-read") }</a>
                                }
                            }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// "12 questions to ask before you move; 9 things stay the same."
fn questions_line(l: &Locale, asked: usize, same: usize, one_place: bool) -> String {
    if one_place {
        return l.f("questions-line-one", &[("count", asked.into())]);
    }
    l.f(
        "questions-line",
        &[("count", asked.into()), ("same", same.into())],
    )
}

fn notices(notices: &[String], ctx: &RowCtx) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="atlas-notice">
            <h3>{ ctx.locale.t("compare-notices") }</h3>
            <ul>{ for notices.iter().map(|n| html! { <li>{ ctx.plain(n) }</li> }) }</ul>
        </div>
    }
}

/// What the rows' texts need to know.
struct RowCtx<'a> {
    from: &'a str,
    to: &'a str,
    base: &'a str,
    /// Staying and moving are the same place: one list, no moving words.
    one_place: bool,
    as_of: &'a [AsOf],
    /// The abbreviations the page has written out so far.
    seen: RefCell<Vec<&'static str>>,
    locale: Locale,
}

impl RowCtx<'_> {
    /// Text with its abbreviations written out the first time the page uses them.
    fn plain(&self, text: &str) -> String {
        explain_abbreviations(text, &mut self.seen.borrow_mut())
    }
}

/// What a topic's disclosure says when closed.
enum TopicHead<'a> {
    /// The change as a tag, the topic and its value.
    Change,
    /// Questions to ask about the topic.
    Questions(&'a [&'a AskItem<'a>]),
    /// Entitlements that certainly stop inside a topic that is otherwise to ask about.
    Lost(&'a [&'a Entitlement]),
}

/// The first amount a side's firm entitlements give, for one council's list.
fn first_value(l: &Locale, row: &Row) -> Option<String> {
    row.if_staying().filter(|e| e.is_firm()).find_map(|e| {
        e.value
            .as_ref()
            .map(|v| value_text_in(l, v))
            .filter(|v| !v.is_empty())
    })
}

/// A topic as a disclosure: closed, it says what changes (or the question); open, it
/// holds both sides with every offer, its conditions and its source.
fn topic(row: &Row, ctx: &RowCtx, head: TopicHead) -> Html {
    let l = &ctx.locale;
    let shown = match head {
        TopicHead::Lost(_) => Change::Loss,
        _ => row.change,
    };
    // A value that is only the publisher's note is their words, in English.
    let own_words = row
        .if_staying()
        .chain(row.if_moving())
        .filter(|e| e.is_firm())
        .filter_map(|e| e.value.as_ref())
        .all(|v| v.is_own_words());
    let value_lang = own_words.then_some("en");
    let summary = match head {
        TopicHead::Change if ctx.one_place => html! {
            <>
                <span class="atlas-topic-label">{ atlas_shared::topic::name_of(&row.topic, l) }</span>
                if let Some(v) = first_value(l, row) {
                    <span class="atlas-small" lang={value_lang}>{ v }</span>
                }
            </>
        },
        TopicHead::Change => html! {
            <>
                { tag(l, row.change) }
                <span class="atlas-topic-label">{ atlas_shared::topic::name_of(&row.topic, l) }</span>
                if let Some(v) = row_value_text(l, row) {
                    <span class="atlas-small" lang={value_lang}>{ v }</span>
                }
            </>
        },
        TopicHead::Lost(lost) => html! {
            <>
                { tag(l, Change::Loss) }
                <span class="atlas-topic-label" lang="en">{ ctx.plain(&l.and_list(lost.iter().map(|e| e.title.as_str()))) }</span>
                <span class="atlas-small">{ l.f("compare-lost-rest", &[("topic", (&atlas_shared::topic::name_of(&row.topic, l)).into())]) }</span>
            </>
        },
        TopicHead::Questions(questions) => html! {
            <>
                <span class="atlas-topic-label">{ atlas_shared::topic::name_of(&row.topic, l) }</span>
                <span class="atlas-small">{ l.f("count-questions", &[("count", questions.len().into())]) }</span>
            </>
        },
    };
    let questions = match head {
        TopicHead::Questions(questions) => html! {
            <ul class="atlas-list atlas-qs">
                { for questions.iter().map(|q| html! { <li>{ ctx.plain(&q.question.text) }</li> }) }
            </ul>
        },
        _ => html! {},
    };
    let is_question = matches!(head, TopicHead::Questions(_));
    html! {
        <li class={classes!("atlas-row", format!("atlas-row-{}", change_class(shown)))}
            data-topic={row.topic.clone()} data-change={row.change.slug()}>
            <details class="atlas-topic">
                <summary>{ summary }</summary>
                <div class="atlas-topic-body">
                    { questions }
                    if ctx.one_place {
                        if is_question {
                            <p class="atlas-row-says">{ l.t("compare-row-ask") }</p>
                        }
                        <div class="atlas-side">
                            <ul class="atlas-ents">{ for row.stay.iter().filter(|e| e.counts()).map(|e| entitlement(e, ctx)) }</ul>
                            { more_pledges(l, row, row.more_pledges.stay, ctx.base) }
                        </div>
                    } else {
                        <p class="atlas-row-says">{ change_sentence(l, row.change) }</p>
                        <div class="atlas-cols">
                            { side(&l.f("compare-side-stay", &[("council", ctx.from.into())]), &row.stay, row, row.more_pledges.stay, ctx) }
                            { side(&l.f("compare-side-move", &[("council", ctx.to.into())]), &row.moving, row, row.more_pledges.moving, ctx) }
                        </div>
                    }
                    if row.both.iter().any(|e| e.counts()) {
                        <div class="atlas-side atlas-both">
                            <p class="atlas-side-head">{ l.t("compare-side-both") }</p>
                            <ul class="atlas-ents">{ for row.both.iter().filter(|e| e.counts()).map(|e| entitlement(e, ctx)) }</ul>
                            { more_pledges(l, row, row.more_pledges.both, ctx.base) }
                        </div>
                    }
                </div>
            </details>
        </li>
    }
}

/// How to reach whom a group asks: the contact the registry holds, else the council's
/// published Local Offer, else the Personal Adviser.
fn reach(l: &Locale, contact: Option<&Contact>, g: &AskGroup, as_of: &[AsOf]) -> Html {
    if let Some(links) = contact
        .map(|c| contact_links(l, c))
        .filter(|l| !l.is_empty())
    {
        return html! {
            <p class="atlas-contact">
                <strong>{ l.t("compare-reach") }</strong>{ " " }
                { for links.into_iter().enumerate().map(|(i, (href, text))| html! {
                    <>
                        if i > 0 { { " · " } }
                        <a href={href}>{ text }</a>
                    </>
                }) }
            </p>
        };
    }
    let offer_url = (g.whom.kind == ProviderKind::Authority)
        .then(|| as_of.iter().find(|a| a.code == g.whom.id))
        .flatten()
        .and_then(|a| a.offer_url.clone().map(|u| (a.name.clone(), u)));
    match offer_url {
        Some((name, url)) => html! {
            <p class="atlas-contact">
                <strong>{ l.t("compare-reach") }</strong>{ " " }
                <a href={url}>{ l.f("compare-local-offer-of", &[("council", (&name).into())]) }</a>
            </p>
        },
        None => html! {
            <p class="atlas-contact">{ l.t("compare-reach-pa") }</p>
        },
    }
}

/// The contact of a group: the first of its questions that carries one.
fn group_contact<'a>(g: &'a AskGroup) -> Option<&'a Contact> {
    g.questions
        .iter()
        .chain(&g.planned)
        .find_map(|q| q.question.contact.as_ref().filter(|c| !c.is_empty()))
}

fn ask_group(g: &AskGroup, ctx: &RowCtx) -> Html {
    let l = &ctx.locale;
    html! {
        <section class="atlas-askgroup">
            <h4>{ l.f("compare-ask-whom", &[("whom", (&g.whom_label(l)).into())]) }</h4>
            { reach(l, group_contact(g), g, ctx.as_of) }
            <ul class="atlas-topics">
                { for g.by_topic().iter().map(|(row, questions)| topic(row, ctx, TopicHead::Questions(questions))) }
            </ul>
            if let Some(q) = g.planned_question(l) {
                <p class="atlas-planned">{ q }</p>
            }
        </section>
    }
}

/// The change as a word in a coloured box (the word carries the meaning).
fn tag(l: &Locale, change: Change) -> Html {
    html! { <strong class={classes!("atlas-tag", change_class(change))}>{ change_word(l, change) }</strong> }
}

fn side(heading: &str, items: &[Entitlement], row: &Row, more: usize, ctx: &RowCtx) -> Html {
    let l = &ctx.locale;
    let shown: Vec<&Entitlement> = items.iter().filter(|e| e.counts()).collect();
    html! {
        <div class="atlas-side">
            <p class="atlas-side-head">{ heading }</p>
            if !shown.is_empty() {
                <ul class="atlas-ents">{ for shown.into_iter().map(|e| entitlement(e, ctx)) }</ul>
            } else if row.both.is_empty() {
                <p class="atlas-none">{ l.t("compare-side-nothing") }</p>
            } else {
                <p class="atlas-none">{ l.t("compare-side-only-both") }</p>
            }
            { more_pledges(l, row, more, ctx.base) }
        </div>
    }
}

/// "And 85 more Care Leaver Covenant pledges", linked to a search that lists them.
fn more_pledges(l: &Locale, row: &Row, n: usize, base: &str) -> Html {
    if n == 0 {
        return html! {};
    }
    html! {
        <p class="atlas-small">
            <a href={l.link(&pledge_search_url(base, &row.topic))}>{ more_pledges_text(l, n) }</a>
        </p>
    }
}

/// An entitlement in a few lines, under "If you are …": what, from whom, worth.
fn brief(e: &Entitlement, ctx: &RowCtx) -> Html {
    let l = &ctx.locale;
    let value = e
        .value
        .as_ref()
        .map(|v| value_text_in(l, v))
        .filter(|v| !v.is_empty());
    html! {
        <li class="atlas-ent">
            <p class="atlas-ent-title" lang="en" dir="ltr">{ ctx.plain(&e.title) }</p>
            <p class="atlas-small"><span lang="en">{ &e.provider.name }</span>{ ": " }{ via_text(l, e.via) }</p>
            if let Some(v) = value {
                <p>{ l.f("compare-you-get", &[("value", (&v).into())]) }</p>
            }
            <p class="atlas-ent-summary" lang="en" dir="ltr">{ ctx.plain(&e.summary) }</p>
            if let Some(id) = &e.offer {
                <p class="atlas-small"><a href={l.link(&offer_page_url(ctx.base, id))}>{ l.t("compare-more-about") }{ " " }<span lang="en">{ format!("\u{201c}{}\u{201d}", e.title) }</span></a></p>
            }
        </li>
    }
}

fn entitlement(e: &Entitlement, ctx: &RowCtx) -> Html {
    let l = &ctx.locale;
    let base = ctx.base;
    let value = e
        .value
        .as_ref()
        .map(|v| value_text_in(l, v))
        .filter(|v| !v.is_empty());
    html! {
        <li class="atlas-ent">
            <p class="atlas-ent-title" lang="en" dir="ltr">{ ctx.plain(&e.title) }</p>
            <p class="atlas-small"><span lang="en">{ &e.provider.name }</span>{ ": " }{ via_text(l, e.via) }</p>
            if let Some(note) = status_note_in(l, e.status) {
                <p class="atlas-status"><strong>{ note }</strong></p>
            }
            if let Some(v) = value {
                <p>{ l.f("compare-you-get", &[("value", (&v).into())]) }</p>
            }
            <p class="atlas-ent-summary" lang="en" dir="ltr">{ ctx.plain(&e.summary) }</p>
            if !e.conditions.is_empty() {
                <p>{ l.f("compare-only-if", &[("conditions", (&l.and_list(e.conditions.iter().map(|c| c.name(l)))).into())]) }</p>
            }
            <p class="atlas-small">{ ctx.plain(&e.reason) }</p>
            if let Some(ask) = ask_text(e) {
                <p class="atlas-askwho"><strong>{ l.t("compare-who-to-ask") }</strong>{ " " }{ ctx.plain(ask) }</p>
            }
            if let Some(how) = e.how_to_access.as_deref().filter(|h| !h.trim().is_empty()) {
                <p><strong>{ l.t("compare-how-to-get") }</strong>{ " " }<span lang="en">{ ctx.plain(how) }</span></p>
            }
            if let Some(contact) = e.contact.as_deref().filter(|c| !c.trim().is_empty()) {
                <p><strong>{ l.t("compare-contact") }</strong>{ " " }<span lang="en">{ contact }</span></p>
            }
            if let Some(note) = e.note.as_deref().filter(|n| !n.trim().is_empty()) {
                <details class="atlas-why">
                    <summary>{ l.t("compare-why") }</summary>
                    <p class="atlas-small" lang="en" dir="ltr">{ note }</p>
                </details>
            }
            if let Some(source) = &e.source {
                <p class="atlas-small">
                    { l.t("compare-source") }{ " " }
                    { for source_parts(l, source).into_iter().enumerate().map(|(i, (part, as_written))| html! {
                        <>
                            if i > 0 { { ", " } }
                            if as_written { <span lang="en">{ part }</span> } else { { part } }
                        </>
                    }) }
                    if let Some(url) = &source.url {
                        { " · " }<a href={url.clone()}>{ l.t("compare-source-document") }</a>
                    }
                    if let Some(id) = &e.offer {
                        { " · " }<a href={l.link(&offer_page_url(base, id))}>{ l.t("compare-more-about") }{ " " }<span lang="en">{ format!("\u{201c}{}\u{201d}", e.title) }</span></a>
                    }
                </p>
            }
        </li>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct CompareFormProps {
    /// Every council, for both lists.
    pub authorities: Vec<Authority>,
    #[prop_or_default]
    pub from: Option<String>,
    #[prop_or_default]
    pub to: Option<String>,
    #[prop_or_default]
    pub age: Option<u8>,
    /// Where the form goes: `/compare` on the Atlas server.
    #[prop_or(AttrValue::Static("/compare"))]
    pub action: AttrValue,
    /// A problem with one field (`from`, `to` or `age`) and its message, shown beside it.
    #[prop_or_default]
    pub error: Option<(String, String)>,
    /// What the person ticked.
    #[prop_or_default]
    pub circumstances: Vec<Circumstance>,
    /// The district they said they live in (a code), when `from` is a county.
    #[prop_or_default]
    pub district: Option<String>,
    /// Their legal group of care leavers, when they said (what the law gives depends on it).
    #[prop_or_default]
    pub group: Option<Circumstance>,
}

/// The districts of the council in `from` when it is a county, in the list's order: where a county's
/// care leaver may say they live now.
pub fn districts_of_county<'a>(
    from: Option<&str>,
    authorities: &'a [Authority],
) -> Vec<&'a Authority> {
    let Some(from) = from.map(str::trim).filter(|f| !f.is_empty()) else {
        return Vec::new();
    };
    let is_county = authorities
        .iter()
        .any(|a| a.code.eq_ignore_ascii_case(from) && a.tier == Tier::County);
    if !is_county {
        return Vec::new();
    }
    // In the list's own order (the pages list councils by name).
    authorities
        .iter()
        .filter(|a| {
            a.tier == Tier::District
                && a.parent
                    .as_deref()
                    .is_some_and(|p| p.eq_ignore_ascii_case(from))
        })
        .collect()
}

/// The optional "which district" question: only for a county's care leaver.
pub fn district_field(
    l: &Locale,
    districts: &[&Authority],
    chosen: Option<&str>,
    error: Option<&str>,
    onchange: Option<Callback<Event>>,
) -> Html {
    if districts.is_empty() {
        return html! {};
    }
    html! {
        <div class={classes!("atlas-field", error.map(|_| "atlas-field-error"))}>
            <label for="atlas-district">{ l.t("compare-district-label") }</label>
            <p class="atlas-hint" id="atlas-district-hint">{ l.t("compare-district-hint") }</p>
            if let Some(m) = error {
                <p class="atlas-error-text" id="atlas-district-error"><ErrorPrefix />{ m.to_string() }</p>
            }
            <select id="atlas-district" name="district" {onchange}
                aria-describedby={if error.is_some() { "atlas-district-hint atlas-district-error" } else { "atlas-district-hint" }}
                aria-invalid={error.map(|_| "true")}>
                <option value="" selected={chosen.is_none()}>{ l.t("compare-district-unsure") }</option>
                { for districts.iter().map(|d| html! {
                    <option value={d.code.clone()} selected={chosen.is_some_and(|c| c.eq_ignore_ascii_case(&d.code))} lang="en">{ &d.name }</option>
                }) }
            </select>
        </div>
    }
}

/// A plain HTML form (GET) that works without JavaScript. A field in error says so beside
/// itself and is marked invalid; what was chosen stays chosen.
#[function_component]
pub fn CompareForm(props: &CompareFormProps) -> Html {
    let locale = use_locale();
    let l = &locale;
    let options = |selected: Option<&str>| -> Html {
        html! {
            <>
                <option value="" selected={selected.is_none()}>{ l.t("compare-form-choose-council") }</option>
                { for props.authorities.iter().map(|a| html! {
                    <option value={a.code.clone()} selected={selected.is_some_and(|s| s.eq_ignore_ascii_case(&a.code))} lang="en">{ &a.name }</option>
                }) }
            </>
        }
    };
    let error_of = |field: &str| {
        props
            .error
            .as_ref()
            .filter(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let field = |name: &'static str, label: &'static str, control: Html| {
        labelled(name, &l.t(label), error_of(name), control)
    };
    let described = |name: &str| error_of(name).map(|_| format!("atlas-{name}-error"));
    let invalid = |name: &str| error_of(name).map(|_| "true");
    html! {
        <form class="atlas-form" method="get" action={props.action.clone()}>
            <h2>{ l.t("compare-form-heading") }</h2>
            <LangField />
            { field("from", "compare-form-from", html! {
                <select id="atlas-from" name="from" required=true
                    aria-describedby={described("from")} aria-invalid={invalid("from")}>
                    { options(props.from.as_deref()) }
                </select>
            }) }
            { field("to", "compare-form-to", html! {
                <select id="atlas-to" name="to" required=true
                    aria-describedby={described("to")} aria-invalid={invalid("to")}>
                    { options(props.to.as_deref()) }
                </select>
            }) }
            { field("age", "compare-form-age", html! {
                <select id="atlas-age" name="age" required=true
                    aria-describedby={described("age")} aria-invalid={invalid("age")}>
                    <option value="" selected={props.age.is_none()}>{ l.t("compare-form-choose-age") }</option>
                    { for ages().map(|a| html! { <option value={a.to_string()} selected={props.age == Some(a)}>{ a }</option> }) }
                </select>
            }) }
            { district_field(l, &districts_of_county(props.from.as_deref(), &props.authorities),
                props.district.as_deref(), error_of("district").as_deref(), None) }
            <details class="atlas-more" open={!props.circumstances.is_empty() || props.group.is_some() || error_of("circumstances").is_some()}>
                <summary>{ l.t("compare-form-more") }</summary>
                <fieldset>
                    <legend>{ l.t("compare-form-circumstances") }</legend>
                    if let Some(m) = error_of("circumstances") {
                        <p class="atlas-error-text" id="atlas-circumstances"><ErrorPrefix />{ m }</p>
                    }
                    { for Circumstance::ASKED.iter().map(|c| {
                        let id = format!("atlas-c-{}", c.slug());
                        html! {
                            <div class="atlas-check">
                                <input type="checkbox" id={id.clone()} name="circumstances" value={c.slug()}
                                    checked={props.circumstances.contains(c)} />
                                <label for={id}>{ c.name(l) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ l.t("compare-form-group") }</legend>
                    <div class="atlas-check">
                        <input type="radio" id="atlas-g-none" name="group" value="" checked={props.group.is_none()} />
                        <label for="atlas-g-none">{ l.t("compare-form-group-unsure") }</label>
                    </div>
                    { for Circumstance::GROUPS.iter().map(|g| {
                        let id = format!("atlas-g-{}", g.slug());
                        html! {
                            <div class="atlas-check">
                                <input type="radio" id={id.clone()} name="group" value={g.slug()}
                                    checked={props.group == Some(*g)} />
                                <label for={id}>{ g.name(l) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
            </details>
            <button type="submit" class="atlas-button">{ l.t("compare-form-submit") }</button>
        </form>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct QuestionsPageProps {
    pub comparison: Rc<Comparison>,
}

/// Questions to take to a Personal Adviser: every "ask" of a comparison as a question in
/// plain words, by whom to ask, with how to reach them and a line for the answer. Made to
/// be printed (A4) and to work without JavaScript.
#[function_component]
pub fn QuestionsPage(props: &QuestionsPageProps) -> Html {
    let locale = use_locale();
    let l = &locale;
    let c = &*props.comparison;
    let answer = c.answer();
    let back = l.link(&compare_page_url_for("", c));
    let seen = RefCell::new(Vec::new());
    let plain = |t: &str| explain_abbreviations(t, &mut seen.borrow_mut());
    let age = c.age.to_string();
    let intro = if c.from.code == c.to.code {
        l.f(
            "questions-intro-one",
            &[("from", (&c.from.name).into()), ("age", (&age).into())],
        )
    } else {
        l.f(
            "questions-intro",
            &[
                ("from", (&c.from.name).into()),
                ("age", (&age).into()),
                ("to", (&c.to.name).into()),
            ],
        )
    };
    html! {
        <div class="atlas atlas-questions">
            <p class="atlas-noprint"><a href={back}>{ l.t("questions-back") }</a></p>
            <p>{ plain(&intro) }</p>
            if answer.ask.is_empty() {
                <p>{ l.t("questions-none") }</p>
            }
            { for answer.ask.iter().map(|g| html! {
                <section class="atlas-qgroup">
                    <h2>{ l.f("compare-ask-whom", &[("whom", (&g.whom_label(l)).into())]) }</h2>
                    { reach(l, group_contact(g), g, &c.as_of) }
                    if let Some(q) = g.planned_question(l) {
                        <p class="atlas-q">{ q }</p>
                        <p class="atlas-answer">{ l.t("questions-answer") }</p>
                    }
                    <ol class="atlas-qlist">
                        { for g.questions.iter().map(|q| {
                            let e = q.entitlement;
                            let category = q.row.category.name(l);
                            html! {
                                <li>
                                    <p class="atlas-q">{ plain(&q.question.text) }</p>
                                    <p class="atlas-small"><span lang="en">{ plain(&e.title) }</span>{ format!(" ({category}), ") }{ l.f("questions-from", &[("provider", (&e.provider.name).into())]) }</p>
                                    <p class="atlas-small">{ plain(&q.question.whom_text) }</p>
                                    if let Some(how) = e.how_to_access.as_deref().filter(|h| !h.trim().is_empty()) {
                                        <p class="atlas-small">{ l.t("compare-how-to-get") }{ " " }<span lang="en">{ plain(how) }</span></p>
                                    }
                                    if let Some(contact) = e.contact.as_deref().filter(|c| !c.trim().is_empty()) {
                                        <p class="atlas-small">{ l.t("compare-contact") }{ " " }<span lang="en">{ contact.to_string() }</span></p>
                                    }
                                    <p class="atlas-answer">{ l.t("questions-answer") }</p>
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            }) }
        </div>
    }
}
