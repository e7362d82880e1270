//! Who may change what. One place for every permission rule.

use serde::{Deserialize, Serialize};

/// What a token lets its holder do. The public needs no token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

    /// May this role write and edit pledges for `organisation`? (Only its own signatory,
    /// or an admin. Writing is not publishing: see [`Role::may_moderate`].)
    pub fn may_manage_pledges_of(&self, organisation: &str) -> bool {
        match self {
            Role::Signatory { organisation: own } => own == organisation,
            Role::Admin => true,
            _ => false,
        }
    }

    /// May this role verify organisations and publish or reject pledges? A signatory never
    /// may, so no one approves their own pledge.
    pub fn may_moderate(&self) -> bool {
        matches!(self, Role::Moderator | Role::Admin)
    }

    /// May this role withdraw `organisation`'s pledges? Its signatory or a moderator.
    pub fn may_withdraw_pledges_of(&self, organisation: &str) -> bool {
        self.may_manage_pledges_of(organisation) || self.may_moderate()
    }

    /// May this role see `organisation`'s private details and unpublished pledges?
    pub fn may_see_private_of(&self, organisation: &str) -> bool {
        self.may_withdraw_pledges_of(organisation)
    }

    /// May this role change `partnership`'s guarantee and the board's notes on it? Only
    /// that partnership's board (or an admin): a council cannot mark its own homework.
    pub fn may_edit_guarantee_of(&self, partnership: &str) -> bool {
        match self {
            Role::Board { partnership: own } => own == partnership,
            Role::Admin => true,
            _ => false,
        }
    }

    /// Is this the signatory of `organisation`, who is told of its pledges' decisions? (An
    /// admin may manage any organisation's pledges but speaks for none.)
    pub fn signs_for(&self, organisation: &str) -> bool {
        matches!(self, Role::Signatory { organisation: own } if own == organisation)
    }

    /// May this role take a backup of the whole registry with its tokens? Only an admin:
    /// a backup carries everyone's access.
    pub fn may_take_backups(&self) -> bool {
        matches!(self, Role::Admin)
    }

    /// May this role invite people, list everyone's tokens and revoke them? Only an
    /// admin: whoever may hand out access could give themselves any role.
    pub fn may_manage_people(&self) -> bool {
        matches!(self, Role::Admin)
    }

    /// Is this a staff role, whose token must name the person who holds it? Every role but
    /// a signatory's (an organisation registers itself and its token names no one).
    pub fn is_staff(&self) -> bool {
        !matches!(self, Role::Signatory { .. })
    }

    /// The council (GSS code), organisation or partnership the role is tied to, if any:
    /// what a list of people is filtered by.
    pub fn scope(&self) -> Option<&str> {
        match self {
            Role::CouncilEditor { authority } => Some(authority),
            Role::Signatory { organisation } => Some(organisation),
            Role::Board { partnership } => Some(partnership),
            Role::Moderator | Role::Admin => None,
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

/// Longest name a person may give, in characters.
pub const MAX_PERSON_NAME: usize = 100;

/// The person a staff token belongs to: their name, signed on every change they make, and
/// their email address, for what the registry needs to tell them (never shown publicly).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Person {
    pub name: String,
    pub email: String,
    /// The language of the letters the registry sends them (a [`crate::words::Lang`] tag,
    /// as [`crate::people::letters_lang`] checks it); none is English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl Person {
    /// A person with a name (1 to [`MAX_PERSON_NAME`] characters, no control characters)
    /// and an email address moderators could write to ([`crate::covenant::is_email`]).
    /// The error says which is wrong.
    pub fn new(name: &str, email: &str) -> Result<Person, &'static str> {
        let name = name.trim();
        if name.is_empty()
            || name.chars().count() > MAX_PERSON_NAME
            || name.chars().any(char::is_control)
        {
            return Err("name");
        }
        let email = email.trim();
        if !crate::covenant::is_email(email) {
            return Err("email");
        }
        Ok(Person {
            name: name.to_string(),
            email: email.to_string(),
            lang: None,
        })
    }
}

/// Who made a change, as the history records it: the person and their role ("Jane Smith
/// (council-editor:E08000030)"), or the role alone for a token that names no one.
pub fn signature(person: Option<&Person>, role: &Role) -> String {
    match person {
        Some(p) => format!("{} ({})", p.name, role.describe()),
        None => role.describe(),
    }
}

/// Who signed, from a [`signature`]: the person's name, or the role where no one is named.
pub fn signer(signature: &str) -> &str {
    signature
        .rsplit_once(" (")
        .filter(|(_, role)| role.ends_with(')'))
        .map_or(signature, |(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_signed_by_the_person_with_their_role_and_their_address_stays_private() {
        let walsall = Role::CouncilEditor {
            authority: "E08000030".into(),
        };
        let jane = Person::new(" Jane Smith ", "jane.smith@walsall.gov.uk").unwrap();
        assert_eq!(
            signature(Some(&jane), &walsall),
            "Jane Smith (council-editor:E08000030)"
        );
        assert!(!signature(Some(&jane), &walsall).contains('@'));
        assert_eq!(signature(None, &walsall), "council-editor:E08000030");
        assert_eq!(signer(&signature(Some(&jane), &walsall)), "Jane Smith");
        assert_eq!(
            signer("council-editor:E08000030"),
            "council-editor:E08000030"
        );
        assert_eq!(Person::new("", "a@b.uk"), Err("name"));
        assert_eq!(Person::new("Jane\u{7}", "a@b.uk"), Err("name"));
        assert_eq!(Person::new("Jane", "jane@localhost"), Err("email"));
    }

    #[test]
    fn an_editor_edits_only_their_own_council() {
        let walsall = Role::CouncilEditor {
            authority: "E08000030".into(),
        };
        assert!(walsall.may_edit_offers_of("E08000030"));
        assert!(!walsall.may_edit_offers_of("E06000054"));
        assert!(Role::Admin.may_edit_offers_of("E06000054"));
        assert!(!Role::Moderator.may_edit_offers_of("E06000054"));
        let gm = Role::Board {
            partnership: "greater-manchester".into(),
        };
        assert!(gm.may_edit_guarantee_of("greater-manchester"));
        assert!(!gm.may_edit_guarantee_of("north-east"));
        assert!(!Role::Moderator.may_edit_guarantee_of("greater-manchester"));
        assert!(!Role::CouncilEditor {
            authority: "E08000001".into()
        }
        .may_edit_guarantee_of("greater-manchester"));
        assert!(!Role::Board {
            partnership: "greater-manchester".into()
        }
        .may_edit_offers_of("E08000001"));
    }

    #[test]
    fn only_an_organisations_own_signatory_signs_for_it_not_an_admin() {
        let acme = Role::Signatory {
            organisation: "acme".into(),
        };
        assert!(acme.signs_for("acme"));
        assert!(!acme.signs_for("other"));
        assert!(!Role::Admin.signs_for("acme"));
        assert!(Role::Admin.may_manage_pledges_of("acme"));
    }

    #[test]
    fn only_an_admin_takes_a_backup_because_it_carries_everyones_access() {
        assert!(Role::Admin.may_take_backups());
        assert!(!Role::Moderator.may_take_backups());
        assert!(!Role::CouncilEditor {
            authority: "E08000030".into()
        }
        .may_take_backups());
    }

    #[test]
    fn only_an_admin_manages_people_and_every_role_but_a_signatory_names_its_holder() {
        let walsall = Role::CouncilEditor {
            authority: "E08000030".into(),
        };
        let acme = Role::Signatory {
            organisation: "acme".into(),
        };
        let gm = Role::Board {
            partnership: "greater-manchester".into(),
        };
        assert!(Role::Admin.may_manage_people());
        for role in [&walsall, &acme, &gm, &Role::Moderator] {
            assert!(!role.may_manage_people(), "{}", role.describe());
        }
        assert!(walsall.is_staff() && gm.is_staff() && Role::Moderator.is_staff());
        assert!(Role::Admin.is_staff() && !acme.is_staff());
        assert_eq!(walsall.scope(), Some("E08000030"));
        assert_eq!(acme.scope(), Some("acme"));
        assert_eq!(gm.scope(), Some("greater-manchester"));
        assert_eq!(Role::Admin.scope(), None);
    }

    #[test]
    fn a_signatory_manages_only_its_own_pledges_and_never_moderates() {
        let acme = Role::Signatory {
            organisation: "acme".into(),
        };
        assert!(acme.may_manage_pledges_of("acme"));
        assert!(!acme.may_manage_pledges_of("other"));
        assert!(!acme.may_moderate());
        assert!(acme.may_withdraw_pledges_of("acme"));
        assert!(!acme.may_withdraw_pledges_of("other"));
        assert!(Role::Moderator.may_moderate());
        assert!(!Role::Moderator.may_manage_pledges_of("acme"));
        assert!(Role::Moderator.may_withdraw_pledges_of("acme"));
        let editor = Role::CouncilEditor {
            authority: "E08000030".into(),
        };
        assert!(!editor.may_moderate() && !editor.may_withdraw_pledges_of("acme"));
    }
}
