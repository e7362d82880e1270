//! Compare: what a care leaver keeps, gains and loses by moving.
//!
//! [`CompareView`] shows a [`Comparison`] it is given (browser and server alike), the
//! answer first: what certainly changes, then what to ask and whom, then what stays the
//! same. Every topic is a `<details>` disclosure, so the page works without JavaScript and
//! a phone shows the answer in two screens. [`CompareForm`] is the plain GET form the
//! server-rendered page uses; [`QuestionsPage`] the printable list of questions.

use std::rc::Rc;

use atlas_shared::compare::{AskGroup, AskItem, Change, Comparison, Entitlement, Row};
use atlas_shared::{Authority, Category};
use yew::prelude::*;

use crate::view::{
    ages, and_list, ask_text, certain_summary, change_class, change_label, change_sentence,
    compare_page_url, money_lines, more_pledges_text, offer_page_url, pledge_search_url,
    questions_page_url, row_value_text, source_text, status_note, value_text, via_text,
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
}

/// The result of a comparison, the answer first.
#[function_component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let c = &*props.comparison;
    let base = props.base.as_str();
    let from = c.from.name.as_str();
    let to = c.to.name.as_str();
    let answer = c.answer();
    let asked = answer.question_count();
    let ctx = RowCtx { from, to, base };
    html! {
        <section class="atlas-result" aria-labelledby="atlas-result-title">
            <h2 id="atlas-result-title">{ format!("Moving from {from} to {to}, aged {}", c.age) }</h2>
            <div class="atlas-summary">
                <p class="atlas-lede">{ certain_summary(&c.summary) }</p>
                <p>{ questions_line(asked, c.summary.same) }</p>
                { for money_lines(&c.summary).into_iter().map(|line| html! { <p class="atlas-money">{ line }</p> }) }
                if !c.circumstances.is_empty() {
                    <p class="atlas-small">{ format!("You said you are {}.", and_list(c.circumstances.iter().map(|x| x.label()))) }</p>
                }
            </div>
            { notices(&c.notices) }

            <h3 id="atlas-certain">{ "What changes for certain" }</h3>
            if answer.certain.is_empty() {
                <p class="atlas-certain">{ "Nothing changes for certain. Check the questions below before you move." }</p>
            } else {
                <ul class="atlas-topics atlas-certain">
                    { for answer.certain.iter().map(|c| if c.lost.is_empty() {
                        topic(c.row, &ctx, TopicHead::Change)
                    } else {
                        topic(c.row, &ctx, TopicHead::Lost(&c.lost))
                    }) }
                </ul>
            }

            <h3 id="atlas-ask">{ "Ask before you move" }</h3>
            if answer.ask.is_empty() {
                <p>{ "Nothing to ask: the Local Offers say who each thing is for." }</p>
            } else {
                <p>
                    { "Things the Local Offers do not make certain for you, by whom to ask. " }
                    if props.server_pages {
                        <a href={questions_page_url(base, &c.from.code, &c.to.code, c.age)}>{ "Print these questions for your Personal Adviser" }</a>
                    }
                </p>
                { for answer.ask.iter().map(|g| ask_group(g, &ctx)) }
            }

            <details class="atlas-same">
                <summary><h3>{ format!("What stays the same ({})", answer.same.len()) }</h3></summary>
                if answer.same.is_empty() {
                    <p>{ "Nothing is certain on both sides." }</p>
                } else {
                    <ul class="atlas-topics">
                        { for answer.same.iter().map(|r| topic(r, &ctx, TopicHead::Change)) }
                    </ul>
                }
            </details>
            if c.rows.is_empty() {
                <p>{ "We found nothing in either Local Offer for your age. Ask your Personal Adviser." }</p>
            }
        </section>
    }
}

/// "12 questions to ask before you move; 9 things stay the same."
fn questions_line(asked: usize, same: usize) -> String {
    let ask = match asked {
        0 => "Nothing to ask about".to_string(),
        1 => "1 question to ask".to_string(),
        n => format!("{n} questions to ask"),
    };
    let same = match same {
        0 => "nothing stays the same for certain".to_string(),
        1 => "1 thing stays the same".to_string(),
        n => format!("{n} things stay the same"),
    };
    format!("{ask} before you move; {same}.")
}

fn notices(notices: &[String]) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="atlas-notice">
            <h3>{ "Please note" }</h3>
            <ul>{ for notices.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
        </div>
    }
}

/// What the rows' texts need to know.
struct RowCtx<'a> {
    from: &'a str,
    to: &'a str,
    base: &'a str,
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

/// A topic as a disclosure: closed, it says what changes (or the question); open, it
/// holds both sides with every offer, its conditions and its source.
fn topic(row: &Row, ctx: &RowCtx, head: TopicHead) -> Html {
    let shown = match head {
        TopicHead::Lost(_) => Change::Loss,
        _ => row.change,
    };
    let summary = match head {
        TopicHead::Change => html! {
            <>
                { tag(row.change) }
                <span class="atlas-topic-label">{ &row.label }</span>
                if let Some(v) = row_value_text(row) {
                    <span class="atlas-small">{ v }</span>
                }
            </>
        },
        TopicHead::Lost(lost) => html! {
            <>
                { tag(Change::Loss) }
                <span class="atlas-topic-label">{ and_list(lost.iter().map(|e| e.title.as_str())) }</span>
                <span class="atlas-small">{ format!("{}: the rest is to ask about", row.label) }</span>
            </>
        },
        TopicHead::Questions(questions) => html! {
            <>
                <span class="atlas-topic-label">{ &row.label }</span>
                <span class="atlas-small">{ match questions.len() {
                    1 => "1 question".to_string(),
                    n => format!("{n} questions"),
                } }</span>
            </>
        },
    };
    let questions = match head {
        TopicHead::Questions(questions) => html! {
            <ul class="atlas-list atlas-qs">
                { for questions.iter().map(|q| html! { <li>{ &q.question.text }</li> }) }
            </ul>
        },
        _ => html! {},
    };
    html! {
        <li class={classes!("atlas-row", format!("atlas-row-{}", change_class(shown)))}
            data-topic={row.topic.clone()} data-change={row.change.slug()}>
            <details class="atlas-topic">
                <summary>{ summary }</summary>
                <div class="atlas-topic-body">
                    { questions }
                    <p class="atlas-row-says">{ change_sentence(row.change) }</p>
                    <div class="atlas-cols">
                        { side(&format!("If you stay in {}", ctx.from), &row.stay, row, row.more_pledges.stay, ctx.base) }
                        { side(&format!("If you move to {}", ctx.to), &row.moving, row, row.more_pledges.moving, ctx.base) }
                    </div>
                    if !row.both.is_empty() {
                        <div class="atlas-side atlas-both">
                            <p class="atlas-side-head">{ "Wherever you live" }</p>
                            <ul class="atlas-ents">{ for row.both.iter().map(|e| entitlement(e, ctx.base)) }</ul>
                            { more_pledges(row, row.more_pledges.both, ctx.base) }
                        </div>
                    }
                </div>
            </details>
        </li>
    }
}

fn ask_group(g: &AskGroup, ctx: &RowCtx) -> Html {
    html! {
        <section class="atlas-askgroup">
            <h4>{ format!("Ask {}", g.whom_label()) }</h4>
            <ul class="atlas-topics">
                { for g.by_topic().iter().map(|(row, questions)| topic(row, ctx, TopicHead::Questions(questions))) }
            </ul>
            if let Some(q) = g.planned_question() {
                <p class="atlas-planned">{ q }</p>
            }
        </section>
    }
}

/// The change as a word in a coloured box (the word carries the meaning).
fn tag(change: Change) -> Html {
    html! { <strong class={classes!("atlas-tag", change_class(change))}>{ change_label(change) }</strong> }
}

fn side(heading: &str, items: &[Entitlement], row: &Row, more: usize, base: &str) -> Html {
    html! {
        <div class="atlas-side">
            <p class="atlas-side-head">{ heading }</p>
            if !items.is_empty() {
                <ul class="atlas-ents">{ for items.iter().map(|e| entitlement(e, base)) }</ul>
            } else if row.both.is_empty() {
                <p class="atlas-none">{ "Nothing found." }</p>
            } else {
                <p class="atlas-none">{ "Only what reaches you wherever you live (below)." }</p>
            }
            { more_pledges(row, more, base) }
        </div>
    }
}

/// "And 85 more Care Leaver Covenant pledges", linked to a search that lists them.
fn more_pledges(row: &Row, n: usize, base: &str) -> Html {
    if n == 0 {
        return html! {};
    }
    html! {
        <p class="atlas-small">
            <a href={pledge_search_url(base, &row.topic)}>{ more_pledges_text(n) }</a>
        </p>
    }
}

fn entitlement(e: &Entitlement, base: &str) -> Html {
    let value = e.value.as_ref().map(value_text).filter(|v| !v.is_empty());
    html! {
        <li class="atlas-ent">
            <p class="atlas-ent-title">{ &e.title }</p>
            <p class="atlas-small">{ format!("{}: {}", e.provider.name, via_text(e.via)) }</p>
            if let Some(note) = status_note(e.status) {
                <p class="atlas-status"><strong>{ note }</strong></p>
            }
            if let Some(v) = value {
                <p>{ format!("Worth: {v}") }</p>
            }
            <p>{ &e.summary }</p>
            if !e.conditions.is_empty() {
                <p>{ format!("Only if you are {}.", and_list(e.conditions.iter().map(|c| c.label()))) }</p>
            }
            <p class="atlas-small">{ &e.reason }</p>
            if let Some(ask) = ask_text(e) {
                <p class="atlas-askwho"><strong>{ "Who to ask: " }</strong>{ ask }</p>
            }
            if let Some(how) = e.how_to_access.as_deref().filter(|h| !h.trim().is_empty()) {
                <p><strong>{ "How to get it: " }</strong>{ how }</p>
            }
            if let Some(contact) = e.contact.as_deref().filter(|c| !c.trim().is_empty()) {
                <p><strong>{ "Contact: " }</strong>{ contact }</p>
            }
            if let Some(note) = e.note.as_deref().filter(|n| !n.trim().is_empty()) {
                <p class="atlas-small">{ format!("Note: {note}") }</p>
            }
            if let Some(source) = &e.source {
                <p class="atlas-small">
                    { format!("Source: {}", source_text(source)) }
                    if let Some(url) = &source.url {
                        { " · " }<a href={url.clone()}>{ "the document" }</a>
                    }
                    if let Some(id) = &e.offer {
                        { " · " }<a href={offer_page_url(base, id)}>{ format!("more about \u{201c}{}\u{201d}", e.title) }</a>
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
}

/// A plain HTML form (GET) that works without JavaScript. A field in error says so beside
/// itself and is marked invalid; what was chosen stays chosen.
#[function_component]
pub fn CompareForm(props: &CompareFormProps) -> Html {
    let options = |selected: Option<&str>| -> Html {
        html! {
            <>
                <option value="" selected={selected.is_none()}>{ "Choose a council" }</option>
                { for props.authorities.iter().map(|a| html! {
                    <option value={a.code.clone()} selected={selected == Some(a.code.as_str())}>{ &a.name }</option>
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
    let field = |name: &'static str, label: &'static str, control: Html| -> Html {
        let error = error_of(name);
        html! {
            <div class={classes!("atlas-field", error.as_ref().map(|_| "atlas-field-error"))}>
                <label for={format!("atlas-{name}")}>{ label }</label>
                if let Some(m) = error {
                    <p class="atlas-error-text" id={format!("atlas-{name}-error")}>
                        <span class="atlas-vh">{ "Error: " }</span>{ m }
                    </p>
                }
                { control }
            </div>
        }
    };
    let described = |name: &str| error_of(name).map(|_| format!("atlas-{name}-error"));
    let invalid = |name: &str| error_of(name).map(|_| "true");
    html! {
        <form class="atlas-form" method="get" action={props.action.clone()}>
            <h2>{ "Compare Local Offers" }</h2>
            { field("from", "The council that looked after you", html! {
                <select id="atlas-from" name="from" required=true
                    aria-describedby={described("from")} aria-invalid={invalid("from")}>
                    { options(props.from.as_deref()) }
                </select>
            }) }
            { field("to", "The council you might move to", html! {
                <select id="atlas-to" name="to" required=true
                    aria-describedby={described("to")} aria-invalid={invalid("to")}>
                    { options(props.to.as_deref()) }
                </select>
            }) }
            { field("age", "Your age", html! {
                <select id="atlas-age" name="age" required=true
                    aria-describedby={described("age")} aria-invalid={invalid("age")}>
                    <option value="" selected={props.age.is_none()}>{ "Choose your age" }</option>
                    { for ages().map(|a| html! { <option value={a.to_string()} selected={props.age == Some(a)}>{ a }</option> }) }
                </select>
            }) }
            <button type="submit" class="atlas-button">{ "Compare" }</button>
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
    let c = &*props.comparison;
    let answer = c.answer();
    let back = compare_page_url("", Some(&c.from.code), &c.to.code, Some(c.age));
    html! {
        <div class="atlas atlas-questions">
            <p class="atlas-noprint"><a href={back}>{ "Back to the comparison" }</a></p>
            <p>{ format!(
                "For a care leaver looked after by {}, aged {}, thinking of moving to {}. Take this to your Personal Adviser: they can ask the others for you.",
                c.from.name, c.age, c.to.name
            ) }</p>
            if answer.ask.is_empty() {
                <p>{ "There is nothing to ask: the Local Offers say who each thing is for." }</p>
            }
            { for answer.ask.iter().map(|g| html! {
                <section class="atlas-qgroup">
                    <h2>{ format!("Ask {}", g.whom_label()) }</h2>
                    if let Some(q) = g.planned_question() {
                        <p class="atlas-q">{ q }</p>
                        <p class="atlas-answer">{ "Answer:" }</p>
                    }
                    <ol class="atlas-qlist">
                        { for g.questions.iter().map(|q| {
                            let e = q.entitlement;
                            let category = Category::label(q.row.category);
                            html! {
                                <li>
                                    <p class="atlas-q">{ &q.question.text }</p>
                                    <p class="atlas-small">{ format!("{} ({}), from {}.", e.title, category, e.provider.name) }</p>
                                    <p class="atlas-small">{ &q.question.whom_text }</p>
                                    if let Some(how) = e.how_to_access.as_deref().filter(|h| !h.trim().is_empty()) {
                                        <p class="atlas-small">{ format!("How to get it: {how}") }</p>
                                    }
                                    if let Some(contact) = e.contact.as_deref().filter(|c| !c.trim().is_empty()) {
                                        <p class="atlas-small">{ format!("Contact: {contact}") }</p>
                                    }
                                    <p class="atlas-answer">{ "Answer:" }</p>
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            }) }
        </div>
    }
}
