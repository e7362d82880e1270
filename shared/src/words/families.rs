/// The message families (an id's first word) only the server writes: the staff's pages
/// (the editors' workspace, covenant registration and moderation, people, and what they
/// share, `staff-*`), the Atom feeds, and the letters (emails) the registry sends. The widget's builds and catalogues leave them out.
/// Read by build.rs too (with `include!`), so the list is written once.
pub const SERVER_ONLY_FAMILIES: &[&str] = &["editor", "covenant", "people", "staff", "feed", "letter"];
