//! Offer Atlas widget (Yew, wasm32). Grows in the widget issue.
