//! A bounded map of values a search would otherwise compute every time, each a function
//! of its key alone (a record's stored fields or highlight within a segment, whose
//! documents never change; a word's clauses): computed once, kept, and all forgotten at
//! once when the bound is reached, since computing any one again costs one search's work.

use std::hash::Hash;
use std::sync::Mutex;

use foldhash::{HashMap, HashMapExt};

pub struct Kept<K, V> {
    map: Mutex<HashMap<K, V>>,
    bound: usize,
}

impl<K: Eq + Hash, V: Clone> Kept<K, V> {
    /// At most `bound` values.
    pub fn new(bound: usize) -> Self {
        Kept {
            map: Mutex::new(HashMap::new()),
            bound,
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        self.lock().get(key).cloned()
    }

    /// Keeps `value`, first forgetting everything when the bound is reached.
    pub fn keep(&self, key: K, value: V) {
        let mut map = self.lock();
        if map.len() >= self.bound {
            map.clear();
        }
        map.insert(key, value);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<K, V>> {
        self.map.lock().unwrap_or_else(|e| e.into_inner())
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.lock().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_value_is_found_by_its_key() {
        let kept = Kept::new(4);
        kept.keep("a", 1);
        assert_eq!(kept.get(&"a"), Some(1));
        assert_eq!(kept.get(&"b"), None);
    }

    #[test]
    fn reaching_the_bound_forgets_everything_kept_before() {
        let kept = Kept::new(2);
        kept.keep("a", 1);
        kept.keep("b", 2);
        assert_eq!(kept.len(), 2);
        kept.keep("c", 3);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept.get(&"a"), None);
        assert_eq!(kept.get(&"c"), Some(3));
    }
}
