//! The Offer Atlas server: the `offer-atlas` binary's HTTP API (warp), sled store, API
//! tokens, embedded demo registry and command line. Domain rules live in `atlas-shared`.

pub mod auth;
pub mod cli;
pub mod demo;
pub mod england;
pub mod export_csv;
pub mod feeds;
pub mod http;
pub mod indexer;
pub mod law;
pub mod metrics;
pub mod publish;
pub mod snapshot;
pub mod spreadsheet;
pub mod store;
pub mod synth;
pub mod telemetry;
