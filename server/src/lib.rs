//! The Offer Atlas server: the `offer-atlas` binary's HTTP API (warp), sled store, API
//! tokens, embedded demo registry and command line. Domain rules live in `atlas-shared`.

// Shipped code answers a failure with an error, never a panic; tests may unwrap.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub(crate) mod auth;
pub mod cli;
pub(crate) mod demo;
pub(crate) mod england;
pub(crate) mod export_csv;
pub(crate) mod feeds;
pub(crate) mod http;
pub(crate) mod indexer;
pub mod law;
pub(crate) mod mail;
pub(crate) mod memory;
pub(crate) mod metrics;
pub(crate) mod publish;
pub(crate) mod remote;
pub(crate) mod snapshot;
pub(crate) mod spreadsheet;
pub(crate) mod store;
pub mod synth;
pub(crate) mod telemetry;
