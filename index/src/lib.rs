//! Offer Atlas search index (tantivy). Grows in the search issue.
