//! The Offer Atlas domain: who owes what to a care leaver, and where.
//!
//! This crate holds the domain types (authorities, offers, partnerships, covenant
//! organisations and pledges), the controlled topic vocabulary, input validation with
//! field-level errors, and the API's request/response shapes. It does no I/O, so the
//! server, the server-rendered pages and the WebAssembly widget all share one copy of
//! every rule.

pub mod access;
pub mod api;
pub mod authority;
pub mod category;
pub mod circumstance;
pub mod compare;
pub mod consistency;
pub mod covenant;
pub mod error;
pub mod offer;
pub mod partnership;
pub mod place;
pub mod preview;
pub mod query;
pub mod registry;
pub mod source;
pub mod spread;
pub mod spreadsheet;
pub mod topic;
pub mod validate;
pub mod value;

pub use authority::{Authority, Tier};
pub use category::Category;
pub use circumstance::Circumstance;
pub use covenant::{Coverage, Organisation, OrganisationKind, Pledge, PledgeStatus};
pub use error::ErrorCode;
pub use offer::{
    AppliesTo, Basis, CouncilTaxTerms, Offer, OfferContent, OfferInput, OfferStatus, Reach,
    Standing,
};
pub use partnership::{GuaranteeItem, Partnership, Standard};
pub use source::Source;
pub use topic::{Topic, TOPICS};
pub use validate::{FieldError, ValidationErrors};
pub use value::{Period, Value};

/// Youngest age covered by a Local Offer for care leavers.
pub const MIN_AGE: u8 = 16;
/// Oldest age covered (care leavers are entitled to a Personal Adviser up to 25).
pub const MAX_AGE: u8 = 25;
