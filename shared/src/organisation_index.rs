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

/// Finds positions in one list of organisations by id. An index holds no reference to
/// the list: it is handed the list it was made from. A comparison holds it as a trait
/// object, so a build that never prepares a snapshot (the widget's mirror) carries no
/// hashing code.
pub(crate) trait OrganisationIndex {
    /// The position in `list` (the list this index was made from) of the first
    /// organisation with this id.
    fn get(&self, list: &[Organisation], id: &str) -> Option<usize>;
}

/// For one comparison over a list: nothing built when the list is in strictly
/// increasing id order, else positions sorted by id (stable, so the earlier of equal ids
/// first).
#[derive(Debug, Clone, Default)]
pub(crate) struct SortedIndex {
    positions: Option<Vec<usize>>,
}

impl SortedIndex {
    pub(crate) fn of(list: &[Organisation]) -> SortedIndex {
        let positions = if list.windows(2).all(|w| w[0].id < w[1].id) {
            None
        } else {
            let mut at: Vec<usize> = (0..list.len()).collect();
            at.sort_by(|&a, &b| list[a].id.cmp(&list[b].id));
            Some(at)
        };
        SortedIndex { positions }
    }
}

impl OrganisationIndex for SortedIndex {
    fn get(&self, list: &[Organisation], id: &str) -> Option<usize> {
        let found = match &self.positions {
            None => list.binary_search_by(|o| o.id.as_str().cmp(id)).ok(),
            Some(at) => {
                let first =
                    at.partition_point(|&i| list.get(i).is_some_and(|o| o.id.as_str() < id));
                at.get(first).copied()
            }
        };
        same_id(list, found, id)
    }
}

/// For many comparisons over one list (the server's snapshot): every id hashed once.
#[derive(Debug, Clone, Default)]
pub(crate) struct HashedIndex {
    at: HashMap<String, usize>,
}

impl HashedIndex {
    pub(crate) fn of(list: &[Organisation]) -> HashedIndex {
        let mut at = HashMap::default();
        for (i, o) in list.iter().enumerate() {
            at.entry(o.id.clone()).or_insert(i);
        }
        HashedIndex { at }
    }
}

impl OrganisationIndex for HashedIndex {
    fn get(&self, list: &[Organisation], id: &str) -> Option<usize> {
        same_id(list, self.at.get(id).copied(), id)
    }
}

/// `found` if it names a record with this id in `list`: a list other than the one
/// indexed finds nothing rather than the wrong record.
fn same_id(list: &[Organisation], found: Option<usize>, id: &str) -> Option<usize> {
    found.filter(|&i| list.get(i).is_some_and(|o| o.id == id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::covenant::test_organisation;
    use crate::OrganisationKind;

    fn organisation(id: &str, name: &str) -> Organisation {
        test_organisation(id, name, OrganisationKind::Employer)
    }

    fn every_index(list: &[Organisation]) -> [Box<dyn OrganisationIndex>; 2] {
        [
            Box::new(SortedIndex::of(list)),
            Box::new(HashedIndex::of(list)),
        ]
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
        assert!(SortedIndex::of(&sorted).positions.is_none());
        let reversed: Vec<_> = sorted.iter().rev().cloned().collect();
        assert!(SortedIndex::of(&reversed).positions.is_some());
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
        // Out of id order, so `SortedIndex` keeps positions, which `other` does not have.
        let list = vec![organisation("b-org", "B"), organisation("a-org", "A")];
        let other = vec![organisation("z-org", "Z")];
        for index in every_index(&list) {
            assert_eq!(index.get(&other, "b-org"), None);
            assert_eq!(index.get(&other, "a-org"), None);
        }
    }
}
