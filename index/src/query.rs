//! Turns a search request into a tantivy query.
//!
//! Every word must match (AND). A word matches in the record's words (one combined
//! field; the title also on its own, so it counts more): as itself (best), through its
//! synonym group, as a prefix when it is the last word (search as you type), or with
//! typos: one edit from 5 letters, two from 9 (as Meilisearch does). Nothing the user
//! types is parsed as query syntax.

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::sync::{Arc, Mutex, OnceLock};

use atlas_shared::api::SearchRequest;
use atlas_shared::topic::SYNONYM_GROUPS;
use tantivy::query::{
    AllQuery, AutomatonWeight, BooleanQuery, BoostQuery, ConstScoreQuery, DfaWrapper,
    EnableScoring, FuzzyTermQuery, Occur, Query, RangeQuery, TermQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use crate::filter_sets::FilterSets;
use crate::kept::Kept;
use crate::schema::{analyze, group_term, groups_of_word, Fields};
use crate::word_hits::WordHits;

/// Weights of the ways a word can match.
const EXACT: f32 = 3.0;
const SYNONYM: f32 = 1.5;
const PREFIX: f32 = 1.0;
const TYPO: f32 = 0.5;
/// How much more a word counts in the title than elsewhere.
const TITLE: f32 = 1.0;

/// Allowed typos for a word of `len` characters.
fn typo_distance(len: usize) -> u8 {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// What a loose match leaves to the clauses before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Covered {
    /// The word itself (its exact clause scores it).
    Word,
    /// The word and every longer term starting with it (the exact and prefix clauses).
    WordAndLonger,
}

/// A Levenshtein automaton without the terms earlier clauses of the same word already
/// match: a correctly spelled word's typo clause then walks and merges only real
/// misspellings (usually none) instead of the word's whole posting list again, and the
/// subtree of terms starting with the word is never walked by the typo-prefix clause.
struct Loose {
    /// Levenshtein: within a few typos of the word (or of its start). `None`: the terms
    /// starting with the word (the prefix of search as you type, which needs no DFA).
    dfa: Option<DfaWrapper>,
    word: Vec<u8>,
    covered: Covered,
}

/// How far the bytes read so far follow the word: `0..=len` bytes equal to its start;
/// [`LONGER`]: the whole word and more; [`OFF`]: they left it.
const LONGER: u32 = u32::MAX - 1;
const OFF: u32 = u32::MAX;

impl Loose {
    fn covers(&self, progress: u32) -> bool {
        let len = self.word.len() as u32;
        match self.covered {
            Covered::Word => progress == len,
            Covered::WordAndLonger => progress == len || progress == LONGER,
        }
    }
}

impl tantivy_fst::Automaton for Loose {
    type State = (u32, u32);

    fn start(&self) -> (u32, u32) {
        (self.dfa.as_ref().map_or(0, |d| d.start()), 0)
    }

    fn is_match(&self, state: &(u32, u32)) -> bool {
        let matches = match &self.dfa {
            Some(dfa) => dfa.is_match(&state.0),
            None => state.1 == LONGER || state.1 == self.word.len() as u32,
        };
        matches && !self.covers(state.1)
    }

    fn can_match(&self, state: &(u32, u32)) -> bool {
        let all_covered = self.covered == Covered::WordAndLonger
            && (state.1 == LONGER || state.1 == self.word.len() as u32);
        let possible = match &self.dfa {
            Some(dfa) => dfa.can_match(&state.0),
            None => state.1 != OFF,
        };
        possible && !all_covered
    }

    fn accept(&self, state: &(u32, u32), byte: u8) -> (u32, u32) {
        let len = self.word.len() as u32;
        let progress = match state.1 {
            p if p < len && self.word.get(p as usize) == Some(&byte) => p + 1,
            p if p == len || p == LONGER => LONGER,
            _ => OFF,
        };
        let dfa = self.dfa.as_ref().map_or(0, |d| d.accept(&state.0, byte));
        (dfa, progress)
    }
}

/// Matches the terms a [`Loose`] automaton accepts in one field. The automaton is built
/// once per word and shared by the fields it is run on (tantivy's `FuzzyTermQuery` builds
/// its own for every field).
#[derive(Clone)]
struct AutomatonQuery {
    field: Field,
    automaton: Arc<Loose>,
}

impl std::fmt::Debug for AutomatonQuery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AutomatonQuery")
            .field("field", &self.field)
            .finish_non_exhaustive()
    }
}

impl Query for AutomatonQuery {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AutomatonWeight::<Loose>::new(
            self.field,
            self.automaton.clone(),
        )))
    }
}

/// Typo automata kept, by analysed word, distance and whether it is the last word.
const TYPO_AUTOMATA_KEPT: usize = 4096;

/// The automaton of the terms within `distance` typos of `term` (of its start, when it is
/// the last word), without those the exact and prefix clauses already match.
///
/// Building a Levenshtein DFA (thousands of states for two typos) cost more than walking
/// the dictionary with it: about an eighth of a fresh search. It depends on the word
/// alone, never on the records, so each is built once and kept (at most
/// [`TYPO_AUTOMATA_KEPT`]; all are dropped when that is reached). `None`: tantivy could not
/// build one (it never happens for these distances), which only loses the typos.
fn typo_automaton(field: Field, term: &str, distance: u8, is_last: bool) -> Option<Arc<Loose>> {
    type Kept = HashMap<(String, u8, bool), Option<Arc<Loose>>>;
    static KEPT: OnceLock<Mutex<Kept>> = OnceLock::new();
    let kept = KEPT.get_or_init(|| Mutex::new(HashMap::new()));
    let key = (term.to_string(), distance, is_last);
    if let Some(found) = kept.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return found.clone();
    }
    let text = Term::from_field_text(field, term);
    let (fuzzy, covered) = if is_last {
        let typo = FuzzyTermQuery::new_prefix(text, distance, true);
        (typo, Covered::WordAndLonger)
    } else {
        (FuzzyTermQuery::new(text, distance, true), Covered::Word)
    };
    let built = fuzzy.automaton().ok().map(|dfa| {
        Arc::new(Loose {
            dfa: Some(dfa),
            word: term.as_bytes().to_vec(),
            covered,
        })
    });
    let mut kept = kept.lock().unwrap_or_else(|e| e.into_inner());
    if kept.len() >= TYPO_AUTOMATA_KEPT {
        kept.clear();
    }
    kept.insert(key, built.clone());
    built
}

/// Records having any of `values` in `field` (a handful: a place and its county, its
/// partnerships). A union of term queries: tantivy's `TermSetQuery` builds an FST of the
/// values on every search, which cost more than the rest of the query.
fn any_of(field: Field, values: impl IntoIterator<Item = String>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        values
            .into_iter()
            .map(|v| {
                let term: Box<dyn Query> = Box::new(TermQuery::new(
                    Term::from_field_text(field, &v),
                    IndexRecordOption::Basic,
                ));
                (Occur::Should, term)
            })
            .collect(),
    ))
}

/// A search's query, and the terms to highlight in summaries (each word's and its
/// synonyms', analyzed), with their weight.
pub struct Built {
    pub query: Box<dyn Query>,
    pub highlight: BTreeMap<String, f32>,
}

/// What a search word becomes, kept per word: its clauses, answered from the word's kept
/// hits, and the terms it marks in highlights.
struct WordClauses {
    query: Box<dyn Query>,
    /// Terms to mark with their weight, in the order they are set; `true`: the term
    /// replaces an earlier weight, `false`: it keeps one.
    marks: Vec<(String, f32, bool)>,
}

/// Search words made into clauses, kept: the same word always gives the same clauses.
pub struct Words {
    hits: Arc<WordHits>,
    /// `None`: a stop word, which constrains nothing.
    clauses: Kept<(String, bool), Option<Arc<WordClauses>>>,
}

/// Words kept made into clauses (a few kilobytes each, most of it typo automata shared
/// with [`typo_automaton`]'s own).
const WORDS_KEPT: usize = 4096;

impl Default for Words {
    fn default() -> Self {
        Words {
            hits: Arc::default(),
            clauses: Kept::new(WORDS_KEPT),
        }
    }
}

impl Words {
    fn clauses(&self, f: &Fields, word: &str, is_last: bool) -> Option<Arc<WordClauses>> {
        let key = (word.to_string(), is_last);
        if let Some(kept) = self.clauses.get(&key) {
            return kept;
        }
        let mut marks = Vec::new();
        let made = word_query(f, word, is_last, &mut marks).map(|q| {
            Arc::new(WordClauses {
                query: self.hits.word_query(word, is_last, q),
                marks,
            })
        });
        self.clauses.keep(key, made.clone());
        made
    }
}

/// Each word's clauses are made once and kept in `words`, and answered from its kept hits
/// once one search has computed them.
pub fn build(
    f: &Fields,
    words: &Words,
    filters: &Arc<FilterSets>,
    request: &SearchRequest,
) -> Built {
    let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut highlight = BTreeMap::new();

    let asked = request.words();
    let last = asked.len().saturating_sub(1);
    let mut word_clauses = 0;
    for (i, word) in asked.iter().enumerate() {
        if let Some(clauses) = words.clauses(f, word, i == last) {
            for (term, weight, replaces) in &clauses.marks {
                if *replaces {
                    highlight.insert(term.clone(), *weight);
                } else {
                    highlight.entry(term.clone()).or_insert(*weight);
                }
            }
            must.push((Occur::Must, clauses.query.box_clone()));
            word_clauses += 1;
        }
    }

    // Filters: they restrict, they do not score. Each is named by what it passes, and
    // the documents it passes in a segment are kept under that name (`filter_sets`).
    let mut filter = |key: String, q: Box<dyn Query>| {
        must.push((Occur::Must, filters.filter(key, q)));
    };
    let term = |field: Field, value: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        ))
    };
    if let Some(t) = request.doc_type {
        filter(
            format!("type\u{1f}{}", t.slug()),
            term(f.doc_type, t.slug()),
        );
    }
    if let Some(c) = request.category {
        filter(
            format!("category\u{1f}{}", c.slug()),
            term(f.category, c.slug()),
        );
    }
    if let Some(t) = &request.topic {
        filter(format!("topic\u{1f}{t}"), term(f.topic, t));
    }
    if let Some(scope) = &request.scope {
        let mut places: Vec<String> = scope.authorities.clone();
        places.extend(scope.partnerships.iter().map(|p| format!("p:{p}")));
        if scope.national {
            places.push("national".into());
        }
        // Any of them: the same set whatever order they were asked in.
        places.sort_unstable();
        places.dedup();
        filter(
            format!("places\u{1f}{}", places.join("\u{1f}")),
            any_of(f.places, places),
        );
    }
    if let Some(age) = request.age {
        let age = u64::from(age);
        let bounds: Vec<(Occur, Box<dyn Query>)> = vec![
            (
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Unbounded,
                    Bound::Included(Term::from_field_u64(f.age_from, age)),
                )),
            ),
            (
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Included(Term::from_field_u64(f.age_to, age)),
                    Bound::Unbounded,
                )),
            ),
        ];
        filter(
            format!("age\u{1f}{age}"),
            Box::new(BooleanQuery::new(bounds)),
        );
    }

    if must.len() == 1 && word_clauses == 1 {
        // One word and nothing else: its own query, which collects straight from the
        // word's kept hits (a boolean query around it would score it the same, one call
        // at a time).
        if let Some((_, query)) = must.pop() {
            return Built { query, highlight };
        }
    }
    let query: Box<dyn Query> = if must.is_empty() {
        Box::new(AllQuery)
    } else {
        if asked.is_empty() {
            // Only filters: every record passing them matches, in index order.
            must.push((Occur::Must, Box::new(AllQuery)));
        }
        Box::new(BooleanQuery::new(must))
    };
    Built { query, highlight }
}

/// Everything one word may match: as itself, as a member of a synonym group, as a prefix
/// (the last word: search as you type) and with typos; a match in the title counts more.
/// A handful of posting lists per word (see `Fields::words`).
fn word_query(
    f: &Fields,
    word: &str,
    is_last: bool,
    marks: &mut Vec<(String, f32, bool)>,
) -> Option<Box<dyn Query>> {
    let terms = analyze(word);
    let groups = groups_of_word(word);
    if terms.is_empty() && groups.is_empty() {
        // A stop word ("to", "the") on its own constrains nothing.
        return None;
    }
    let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let len = word.chars().count();
    for t in &terms {
        marks.push((t.clone(), 1.0, true));
        for (field, weight) in [(f.words, EXACT), (f.title, EXACT * TITLE)] {
            let exact = TermQuery::new(
                Term::from_field_text(field, t),
                IndexRecordOption::WithFreqs,
            );
            should.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(exact), weight)),
            ));
        }
        let loose_query = |automaton: Arc<Loose>, score: f32| -> Box<dyn Query> {
            let q = AutomatonQuery {
                field: f.words,
                automaton,
            };
            Box::new(ConstScoreQuery::new(Box::new(q), score))
        };
        if is_last && t.chars().count() >= 2 {
            let prefix = Arc::new(Loose {
                dfa: None,
                word: t.as_bytes().to_vec(),
                covered: Covered::Word,
            });
            should.push((Occur::Should, loose_query(prefix, PREFIX)));
        }
        let distance = typo_distance(len);
        if distance > 0 {
            if let Some(automaton) = typo_automaton(f.words, t, distance, is_last) {
                should.push((Occur::Should, loose_query(automaton, TYPO)));
            }
        }
    }
    for group in groups {
        for member in SYNONYM_GROUPS[group] {
            for t in analyze(member) {
                marks.push((t, 0.5, false));
            }
        }
        let synonym = TermQuery::new(
            Term::from_field_text(f.groups, &group_term(group)),
            IndexRecordOption::WithFreqs,
        );
        should.push((
            Occur::Should,
            Box::new(BoostQuery::new(Box::new(synonym), SYNONYM)),
        ));
    }
    Some(Box::new(BooleanQuery::new(should)))
}
