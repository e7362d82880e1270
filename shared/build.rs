//! Compiles the message catalogues (`locales/<tag>.ftl`, Fluent syntax) into static tables
//! of encoded patterns (see `encode`), so neither the server nor the widget parses Fluent at run time: the
//! widget's first load is budgeted, and Fluent's own runtime measured +46 KB gzip in it.
//!
//! The catalogue may use Fluent's text, variables (`{ $name }`), selectors on a variable
//! (plural categories, exact numbers `[0]`, or words), string literals, and references to
//! terms and other messages (inlined here). Anything else (attributes, functions) stops
//! the build with the message's id, so a translator learns of it at once.

use std::collections::BTreeMap;
use std::fmt::Write;

use fluent_syntax::ast;

/// English is always compiled in; the other languages only with the `languages` feature
/// (the widget fetches them as JSON instead).
const ENGLISH: &str = "en";

/// The message families (an id's first word) every part of the widget may show.
const COMMON: &[&str] = &[
    "widget",
    "count",
    "list",
    "date",
    "topic",
    "category",
    "circumstance",
    "catalogue",
    "site",
    "error",
    "value",
    "change",
    "status",
];

/// What each of the widget's modes shows besides [`COMMON`]: a build for one mode
/// (feature `words-<mode>`, set by the widget's `only-<mode>`) holds only these in its
/// English table, since every byte of the compare module is budgeted. Without any, and
/// with `languages` (the server), every message is held.
const MODES: &[(&str, &[&str])] = &[
    ("compare", &["compare", "questions", "money", "why"]),
    ("search", &["search", "offer", "offers"]),
    ("offers", &["offers", "offer", "search"]),
    ("board", &["board", "map", "offer", "offers", "search"]),
    ("map", &["map", "board", "offer", "offers", "search"]),
];

mod families {
    include!("src/words/families.rs");
}

/// Whether the English table holds this family: the server (`languages`) holds all; a
/// widget build never the staff pages'; a build for one mode only [`COMMON`] and its own.
fn english_holds(family: &str) -> bool {
    if std::env::var_os("CARGO_FEATURE_LANGUAGES").is_some() {
        return true;
    }
    if families::SERVER_ONLY_FAMILIES.contains(&family) {
        return false;
    }
    english_families().is_none_or(|families| families.contains(&family))
}

/// The families a build for one mode holds, or `None` for all.
fn english_families() -> Option<Vec<&'static str>> {
    let chosen: Vec<&[&str]> = MODES
        .iter()
        .filter(|(mode, _)| {
            std::env::var_os(format!("CARGO_FEATURE_WORDS_{}", mode.to_uppercase())).is_some()
        })
        .map(|(_, families)| *families)
        .collect();
    if chosen.is_empty() {
        return None;
    }
    let mut families = COMMON.to_vec();
    families.extend(chosen.into_iter().flatten());
    Some(families)
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/words/families.rs");
    println!("cargo::rerun-if-changed=locales");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let mut files: Vec<_> = std::fs::read_dir("locales")
        .expect("shared/locales")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();

    let mut code = String::from("// Written by build.rs from locales/*.ftl.\n");
    let mut tables = Vec::new();
    for path in &files {
        println!("cargo::rerun-if-changed={}", path.display());
        let tag = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("a file name");
        let source = std::fs::read_to_string(path).expect("a readable catalogue");
        let mut messages = compile(tag, &source);
        if tag == ENGLISH {
            messages.retain(|id, _| english_holds(id.split('-').next().unwrap_or("")));
        }
        let name = format!("TABLE_{}", tag.replace('-', "_").to_uppercase());
        if tag != ENGLISH {
            code.push_str("#[cfg(feature = \"languages\")]\n");
        }
        let _ = writeln!(code, "static {name}: &[Entry] = &[");
        for (id, pieces) in &messages {
            let _ = writeln!(
                code,
                "    (Cow::Borrowed({id:?}), Cow::Borrowed({:?})),",
                encode(pieces)
            );
        }
        code.push_str("];\n");
        tables.push((tag.to_string(), name));
    }
    code.push_str("/// Each compiled catalogue by its language tag.\npub(super) static TABLES: &[(&str, &[Entry])] = &[\n");
    for (tag, name) in &tables {
        if tag != ENGLISH {
            code.push_str("    #[cfg(feature = \"languages\")]\n");
        }
        let _ = writeln!(code, "    ({tag:?}, {name}),");
    }
    code.push_str("];\n");
    std::fs::write(out.join("catalogues.rs"), code).expect("OUT_DIR is writable");
}

/// What build.rs makes of a pattern before writing it out as Rust.
enum Piece {
    Text(String),
    Var(String),
    Select {
        var: String,
        arms: Vec<(String, Vec<Piece>)>,
        other: usize,
    },
}

fn compile(tag: &str, source: &str) -> BTreeMap<String, Vec<Piece>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => {
            let lines: Vec<String> = errors
                .iter()
                .map(|e| {
                    let line = source[..e.pos.start.min(source.len())]
                        .matches('\n')
                        .count()
                        + 1;
                    format!("locales/{tag}.ftl line {line}: {:?}", e.kind)
                })
                .collect();
            panic!("the {tag} catalogue does not parse:\n{}", lines.join("\n"));
        }
    };
    let mut terms = BTreeMap::new();
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Term(t) => {
                terms.insert(t.id.name.to_string(), t.value.clone());
            }
            ast::Entry::Message(m) => {
                if !m.attributes.is_empty() {
                    panic!(
                        "locales/{tag}.ftl: {} has attributes; give each its own message",
                        m.id.name
                    );
                }
                if let Some(value) = &m.value {
                    messages.insert(m.id.name.to_string(), value.clone());
                }
            }
            _ => {}
        }
    }
    let context = Context {
        tag,
        terms: &terms,
        messages: &messages,
    };
    messages
        .iter()
        .map(|(id, value)| (id.clone(), context.pattern(id, value, 0)))
        .collect()
}

struct Context<'a> {
    tag: &'a str,
    terms: &'a BTreeMap<String, ast::Pattern<&'a str>>,
    messages: &'a BTreeMap<String, ast::Pattern<&'a str>>,
}

impl Context<'_> {
    fn pattern(&self, id: &str, p: &ast::Pattern<&str>, depth: usize) -> Vec<Piece> {
        if depth > 8 {
            panic!("locales/{}.ftl: {id} refers to itself", self.tag);
        }
        let mut out = Vec::new();
        for element in &p.elements {
            match element {
                ast::PatternElement::TextElement { value } => push_text(&mut out, value),
                ast::PatternElement::Placeable { expression } => {
                    self.expression(id, expression, depth, &mut out)
                }
            }
        }
        out
    }

    fn expression(&self, id: &str, e: &ast::Expression<&str>, depth: usize, out: &mut Vec<Piece>) {
        match e {
            ast::Expression::Inline(inline) => self.inline(id, inline, depth, out),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id: var } = selector else {
                    panic!(
                        "locales/{}.ftl: {id} selects on something other than a variable",
                        self.tag
                    );
                };
                let arms: Vec<(String, Vec<Piece>)> = variants
                    .iter()
                    .map(|v| {
                        let key = match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => format!("={value}"),
                        };
                        (key, self.pattern(id, &v.value, depth + 1))
                    })
                    .collect();
                let other = variants.iter().position(|v| v.default).unwrap_or(0);
                out.push(Piece::Select {
                    var: var.name.to_string(),
                    arms,
                    other,
                });
            }
        }
    }

    fn inline(
        &self,
        id: &str,
        e: &ast::InlineExpression<&str>,
        depth: usize,
        out: &mut Vec<Piece>,
    ) {
        match e {
            ast::InlineExpression::StringLiteral { value } => push_text(out, &unescape(value)),
            ast::InlineExpression::NumberLiteral { value } => push_text(out, value),
            ast::InlineExpression::VariableReference { id: var } => out.push(Piece::Var(var.name.to_string())),
            ast::InlineExpression::TermReference { id: term, attribute: None, arguments: None } => {
                let Some(p) = self.terms.get(term.name) else {
                    panic!("locales/{}.ftl: {id} names a term -{} that is not there", self.tag, term.name);
                };
                for piece in self.pattern(id, p, depth + 1) {
                    match piece {
                        Piece::Text(t) => push_text(out, &t),
                        other => out.push(other),
                    }
                }
            }
            ast::InlineExpression::MessageReference { id: other, attribute: None } => {
                let Some(p) = self.messages.get(other.name) else {
                    panic!("locales/{}.ftl: {id} names a message {} that is not there", self.tag, other.name);
                };
                for piece in self.pattern(id, p, depth + 1) {
                    match piece {
                        Piece::Text(t) => push_text(out, &t),
                        other => out.push(other),
                    }
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(id, expression, depth, out),
            _ => panic!(
                "locales/{}.ftl: {id} uses a Fluent feature the catalogue does not support (functions, attributes, term arguments)",
                self.tag
            ),
        }
    }
}

fn push_text(out: &mut Vec<Piece>, text: &str) {
    if let Some(Piece::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else if !text.is_empty() {
        out.push(Piece::Text(text.to_string()));
    }
}

/// A Fluent string literal's escapes: a quote, a backslash, and `\u` or `\U` with 4 or 6
/// hex digits.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('U') => {
                let hex: String = chars.by_ref().take(6).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// A pattern as one string, as `words::format` reads it: text as it is, a variable as
/// U+0001 name U+0002, a selector as U+0003 variable U+0004, then each arm as key U+0005
/// pattern U+0006 (the default arm's key starting with `*`), then U+0007. One string per
/// message keeps the tables small in the widget (no pointers per piece).
fn encode(pieces: &[Piece]) -> String {
    let mut s = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) => s.push_str(t),
            Piece::Var(v) => {
                s.push('\u{1}');
                s.push_str(v);
                s.push('\u{2}');
            }
            Piece::Select { var, arms, other } => {
                s.push('\u{3}');
                s.push_str(var);
                s.push('\u{4}');
                for (i, (key, p)) in arms.iter().enumerate() {
                    if i == *other {
                        s.push('*');
                    }
                    s.push_str(key);
                    s.push('\u{5}');
                    s.push_str(&encode(p));
                    s.push('\u{6}');
                }
                s.push('\u{7}');
            }
        }
    }
    s
}
