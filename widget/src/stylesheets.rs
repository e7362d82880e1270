//! The rule the two stylesheets keep: **a class belongs to one of them**.
//!
//! `static/widget.css` styles the widget and every server-rendered page; `static/editor.css`
//! is added after it on the editors' workspace only. A class is *defined* by a rule whose
//! selector (or one selector of its list) is that class alone, with at most pseudo-classes
//! or pseudo-elements after it (`.atlas-bar`, `.atlas-button:hover`), in any `@media` or
//! `@container` block. A class defined in both sheets is two components under one name:
//! on the workspace both rules apply to both of them (as the board's chart bar and the
//! signed-in bar once did, squeezing "Sign out" under other text on a phone). So the
//! test fails when a class is defined in both. `editor.css` may still build on a class of
//! `widget.css` in context (`.atlas-pair .atlas-side`, `.atlas a.atlas-button`): that
//! styles the same component where the workspace uses it, which is not a definition.

use std::collections::BTreeSet;

/// The classes `css` defines (see the module's rule).
fn defined_classes(css: &str) -> BTreeSet<String> {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    text.push_str(rest);

    let mut defined = BTreeSet::new();
    let mut prelude = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '{' if prelude.trim_start().starts_with('@') => prelude.clear(),
            '{' => {
                for selector in prelude.split(',') {
                    if let Some(class) = lone_class(selector.trim()) {
                        defined.insert(class.to_string());
                    }
                }
                prelude.clear();
                // A rule's declarations hold no braces: skip to its end.
                for d in chars.by_ref() {
                    if d == '}' {
                        break;
                    }
                }
            }
            // The end of an at-rule's block, or of a declaration inside one (`@page`).
            '}' | ';' => prelude.clear(),
            c => prelude.push(c),
        }
    }
    defined
}

/// `atlas-bar` for `.atlas-bar` or `.atlas-bar:hover`; `None` for any other selector.
fn lone_class(selector: &str) -> Option<&str> {
    let name = selector.strip_prefix('.')?;
    let end = name
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(name.len());
    let (class, after) = name.split_at(end);
    let only_pseudo = after.is_empty()
        || (after.starts_with(':')
            && !after.contains(|c: char| c.is_whitespace() || ".[>+~#".contains(c)));
    (!class.is_empty() && only_pseudo).then_some(class)
}

#[test]
fn a_class_is_defined_by_a_rule_of_its_own_and_not_by_a_context() {
    let css = "/* .atlas-comment { } */
.atlas-a, .atlas-b:hover { color: red; }
.atlas-c .atlas-d { margin: 0; }
.atlas a.atlas-e { margin: 0; }
.atlas-f::after { content: ''; }
.atlas-g[hidden] { display: none; }
@media print { .atlas-h { display: none; } }
@page { size: A4; margin: 15mm; }
.atlas-i > li { margin: 0; }";
    let found: Vec<String> = defined_classes(css).into_iter().collect();
    assert_eq!(found, ["atlas-a", "atlas-b", "atlas-f", "atlas-h"]);
}

#[test]
fn no_class_is_defined_in_both_the_widgets_and_the_editors_stylesheet() {
    let widget = defined_classes(include_str!("../static/widget.css"));
    let editor = defined_classes(include_str!("../static/editor.css"));
    // The reading finds what each sheet is known to define, so the check below is real.
    assert!(widget.contains("atlas-button") && widget.contains("atlas-bar"));
    assert!(editor.contains("atlas-pair") && editor.contains("atlas-versions"));
    let both: Vec<&String> = widget.intersection(&editor).collect();
    assert!(
        both.is_empty(),
        "defined in both widget.css and editor.css (two components under one name; give \
         the editor's its own class): {both:?}"
    );
}
