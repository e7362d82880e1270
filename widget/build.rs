//! Which widget modes this build holds. An `only-<mode>` feature narrows a browser build to
//! that mode (scripts/build-widget builds one module per mode, so a page loads only what it
//! shows); with none, every mode is built. Each mode held gets a `mode_<name>` cfg, so the
//! code names a mode once instead of listing every other mode's feature.

const MODES: [&str; 4] = ["compare", "search", "offers", "board"];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
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
