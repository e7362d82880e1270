//! "There is a problem": the GOV.UK error summary, one component for every form the
//! widget's pages show (the compare page, the covenant's forms, the editors' workspace),
//! and a field with its own message beside it.

use yew::prelude::*;

use crate::language::use_locale;

#[derive(Properties, PartialEq, Clone)]
pub struct ProblemSummaryProps {
    /// Each problem: the id of the field at fault (the problem links to it), or none for
    /// one that is about no single field, and what to do.
    pub problems: Vec<(Option<String>, String)>,
    /// A problem said before the list, about the whole form.
    #[prop_or_default]
    pub message: Option<String>,
}

/// At the top of the page, announced at once and focusable, each problem a link to its
/// field. Nothing when there is no problem.
#[function_component]
pub fn ProblemSummary(props: &ProblemSummaryProps) -> Html {
    let locale = use_locale();
    if props.problems.is_empty() && props.message.is_none() {
        return html! {};
    }
    html! {
        <div class="atlas-error" role="alert" aria-labelledby="atlas-error-title" tabindex="-1">
            <h2 id="atlas-error-title">{ locale.t("compare-problem-title") }</h2>
            if let Some(m) = &props.message {
                <p>{ m }</p>
            }
            if !props.problems.is_empty() {
                <ul class="atlas-list">
                    { for props.problems.iter().map(|(id, text)| match id {
                        Some(id) => html! { <li><a href={format!("#{id}")}>{ text }</a></li> },
                        None => html! { <li>{ text }</li> },
                    }) }
                </ul>
            }
        </div>
    }
}

/// A labelled control (its id `atlas-{name}`) with its problem, if any, between the label
/// and the control (`atlas-{name}-error`, for the control's `aria-describedby`).
pub fn labelled(name: &str, label: &str, error: Option<String>, control: Html) -> Html {
    html! {
        <div class={classes!("atlas-field", error.as_ref().map(|_| "atlas-field-error"))}>
            <label for={format!("atlas-{name}")}>{ label }</label>
            if let Some(m) = error {
                <p class="atlas-error-text" id={format!("atlas-{name}-error")}>
                    <ErrorPrefix />{ m }
                </p>
            }
            { control }
        </div>
    }
}

/// "Error: " before a field's problem, for screen readers only.
#[function_component]
pub fn ErrorPrefix() -> Html {
    let locale = use_locale();
    html! { <span class="atlas-vh">{ locale.t("compare-error-prefix") }</span> }
}
