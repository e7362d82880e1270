//! Covenant organisations by id: the one way a comparison and its compact form find the
//! organisation a pledge or a question names.
//!
//! Two shapes, one answer. A single comparison over a list it was handed builds nothing
//! when the list is in id order (the store and a static mirror give it so; hashing 5,000
//! ids was a tenth of a fresh comparison at national scale), and otherwise sorts
//! positions once. The server's snapshot, which answers thousands of comparisons over one
//! list, hashes the ids once (a binary search through thousands of records missed the
//! cache at every step). Either way, of two records with one id the earlier is found.

use foldhash::HashMap;

use crate::Organisation;

/// Positions in one list of organisations, by id. It holds no reference to the list:
/// [`OrganisationIndex::get`] is handed the list it was made from.
#[derive(Debug, Clone, Default)]
pub(crate) struct OrganisationIndex {
    lookup: Lookup,
}

#[derive(Debug, Clone, Default)]
enum Lookup {
    /// The list is in strictly increasing id order: binary search in it.
    #[default]
    Sorted,
    /// Positions in the list, in id order (stable, so the earlier of equal ids first).
    Positions(Vec<usize>),
    /// Id → the position of the first record with it.
    Hashed(HashMap<String, usize>),
}

impl OrganisationIndex {
    /// For one comparison over `list`: nothing built when it is in id order.
    pub(crate) fn of(list: &[Organisation]) -> OrganisationIndex {
        let lookup = if list.windows(2).all(|w| w[0].id < w[1].id) {
            Lookup::Sorted
        } else {
            let mut at: Vec<usize> = (0..list.len()).collect();
            at.sort_by(|&a, &b| list[a].id.cmp(&list[b].id));
            Lookup::Positions(at)
        };
        OrganisationIndex { lookup }
    }

    /// For many comparisons over `list`: every id hashed once.
    pub(crate) fn hashed(list: &[Organisation]) -> OrganisationIndex {
        let mut at = HashMap::default();
        for (i, o) in list.iter().enumerate() {
            at.entry(o.id.clone()).or_insert(i);
        }
        OrganisationIndex {
            lookup: Lookup::Hashed(at),
        }
    }

    /// The position in `list` (the list this index was made from) of the first
    /// organisation with this id.
    pub(crate) fn get(&self, list: &[Organisation], id: &str) -> Option<usize> {
        let found = match &self.lookup {
            Lookup::Sorted => list.binary_search_by(|o| o.id.as_str().cmp(id)).ok(),
            Lookup::Positions(at) => {
                let first =
                    at.partition_point(|&i| list.get(i).is_some_and(|o| o.id.as_str() < id));
                at.get(first).copied()
            }
            Lookup::Hashed(at) => at.get(id).copied(),
        };
        // A list other than the one indexed finds nothing rather than the wrong record.
        found.filter(|&i| list.get(i).is_some_and(|o| o.id == id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::covenant::test_organisation;
    use crate::OrganisationKind;

    fn organisation(id: &str, name: &str) -> Organisation {
        test_organisation(id, name, OrganisationKind::Employer)
    }

    fn every_index(list: &[Organisation]) -> [OrganisationIndex; 2] {
        [OrganisationIndex::of(list), OrganisationIndex::hashed(list)]
    }

    #[test]
    fn organisations_are_found_by_id_in_any_order() {
        let sorted = vec![
            organisation("a-org", "A"),
            organisation("b-org", "B"),
            organisation("c-org", "C"),
        ];
        let mut shuffled = sorted.clone();
        shuffled.swap(0, 2);
        for list in [&sorted, &shuffled] {
            for index in every_index(list) {
                for o in &sorted {
                    let found = index.get(list, &o.id).map(|i| &list[i].name);
                    assert_eq!(found, Some(&o.name));
                }
                assert_eq!(index.get(list, "d-org"), None);
                assert_eq!(index.get(list, ""), None);
            }
        }
    }

    #[test]
    fn a_list_in_id_order_needs_nothing_built() {
        let sorted = vec![organisation("a-org", "A"), organisation("b-org", "B")];
        assert!(matches!(
            OrganisationIndex::of(&sorted).lookup,
            Lookup::Sorted
        ));
        let reversed: Vec<_> = sorted.iter().rev().cloned().collect();
        assert!(matches!(
            OrganisationIndex::of(&reversed).lookup,
            Lookup::Positions(_)
        ));
    }

    #[test]
    fn of_two_records_with_one_id_the_earlier_is_found() {
        let list = vec![
            organisation("b-org", "B"),
            organisation("a-org", "first"),
            organisation("a-org", "second"),
        ];
        for index in every_index(&list) {
            assert_eq!(index.get(&list, "a-org"), Some(1));
        }
    }

    #[test]
    fn an_index_asked_about_another_list_finds_nothing_wrong() {
        // Out of id order, so `of` keeps positions, which `other` does not have.
        let list = vec![organisation("b-org", "B"), organisation("a-org", "A")];
        let other = vec![organisation("z-org", "Z")];
        for index in every_index(&list) {
            assert_eq!(index.get(&other, "b-org"), None);
            assert_eq!(index.get(&other, "a-org"), None);
        }
    }
}
