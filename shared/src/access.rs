//! Who may change what. One place for every permission rule.

use serde::{Deserialize, Serialize};

/// What a token lets its holder do. The public needs no token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "kebab-case")]
pub enum Role {
    /// Keeps one council's offer current.
    CouncilEditor { authority: String },
    /// Manages one covenant organisation's pledges.
    Signatory { organisation: String },
    /// Verifies signatories and approves pledges.
    Moderator,
    /// Sits on one partnership's board.
    Board { partnership: String },
    /// Runs the registry.
    Admin,
}

impl Role {
    /// May this role create, change or retire offers of `authority`?
    pub fn may_edit_offers_of(&self, authority: &str) -> bool {
        match self {
            Role::CouncilEditor { authority: own } => own == authority,
            Role::Admin => true,
            _ => false,
        }
    }

    /// A short description for the audit log (never the token itself).
    pub fn describe(&self) -> String {
        match self {
            Role::CouncilEditor { authority } => format!("council-editor:{authority}"),
            Role::Signatory { organisation } => format!("signatory:{organisation}"),
            Role::Moderator => "moderator".into(),
            Role::Board { partnership } => format!("board:{partnership}"),
            Role::Admin => "admin".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_editor_edits_only_their_own_council() {
        let walsall = Role::CouncilEditor {
            authority: "E08000030".into(),
        };
        assert!(walsall.may_edit_offers_of("E08000030"));
        assert!(!walsall.may_edit_offers_of("E06000054"));
        assert!(Role::Admin.may_edit_offers_of("E06000054"));
        assert!(!Role::Moderator.may_edit_offers_of("E06000054"));
        assert!(!Role::Board {
            partnership: "greater-manchester".into()
        }
        .may_edit_offers_of("E08000001"));
    }
}
