//! Which widget modes this build holds. An `only-<mode>` feature narrows a browser build to
//! that mode (scripts/build-widget builds one module per mode, so a page loads only what it
//! shows); with none, every mode is built. Each mode held gets a `mode_<name>` cfg, so the
//! code names a mode once instead of listing every other mode's feature.
//!
//! It also writes the stylesheets without their comments and spare whitespace, for the
//! server's pages, which carry them inline; the commented sources stay in `static/`.
//! scripts/build-widget compacts `widget.css` the same way into the file the widget
//! links (`dist/offer-atlas.css`; the server's tests check the two are equal).

const MODES: [&str; 5] = ["compare", "search", "offers", "board", "map"];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    for sheet in ["widget.css", "editor.css"] {
        let source = format!("static/{sheet}");
        println!("cargo::rerun-if-changed={source}");
        let css = std::fs::read_to_string(&source).expect("a stylesheet in static/");
        std::fs::write(out.join(sheet), compact_css(&css)).expect("OUT_DIR is writable");
    }
    let only: Vec<&str> = MODES
        .into_iter()
        .filter(|m| std::env::var_os(format!("CARGO_FEATURE_ONLY_{}", m.to_uppercase())).is_some())
        .collect();
    for mode in MODES {
        println!("cargo::rustc-check-cfg=cfg(mode_{mode})");
        if only.is_empty() || only.contains(&mode) {
            println!("cargo::rustc-cfg=mode_{mode}");
        }
    }
}

/// The stylesheet without comments, with each run of whitespace one space, and none beside
/// `{`, `}` or `;` (where it never matters; elsewhere, as in `a :hover`, it can).
fn compact_css(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    text.push_str(rest);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words.join(" ");
    for mark in ["{", "}", ";"] {
        out = out
            .replace(&format!(" {mark}"), mark)
            .replace(&format!("{mark} "), mark);
    }
    out
}
