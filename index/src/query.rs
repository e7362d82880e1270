//! Turns a search request into a tantivy query.
//!
//! Every word must match (AND). A word matches in any text field, weighted title over
//! topic over summary over details; as itself (best), as a synonym, as a prefix when it
//! is the last word (search as you type), or with typos: one edit from 5 letters, two
//! from 9 (as Meilisearch does). Nothing the user types is parsed as query syntax.

use std::ops::Bound;

use atlas_shared::api::SearchRequest;
use atlas_shared::topic::synonyms_of;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, PhraseQuery, Query,
    RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Index, Term};

use crate::schema::{analyzer, Fields};

/// At most this many words of a query are used; the rest are ignored.
const MAX_WORDS: usize = 10;

/// Weights of the ways a word can match.
const EXACT: f32 = 3.0;
const SYNONYM: f32 = 1.5;
const PREFIX: f32 = 1.0;
const TYPO: f32 = 0.5;

/// The analyzed terms of a text (lower case, folded, stemmed, stop words removed).
fn analyze(text: &str) -> Vec<String> {
    let mut analyzer = analyzer();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// Allowed typos for a word of `len` characters.
fn typo_distance(len: usize) -> u8 {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

pub fn build(_index: &Index, f: &Fields, request: &SearchRequest) -> Box<dyn Query> {
    let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();

    let words: Vec<String> = request
        .q
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .flat_map(|w| {
            w.split('-')
                .filter(|s| !s.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .collect();
    let last = words.len().saturating_sub(1);
    for (i, word) in words.iter().enumerate() {
        if let Some(q) = word_query(f, word, i == last) {
            must.push((Occur::Must, q));
        }
    }

    // Filters: they restrict, they do not score.
    let mut filter =
        |q: Box<dyn Query>| must.push((Occur::Must, Box::new(ConstScoreQuery::new(q, 0.0))));
    let term = |field: Field, value: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        ))
    };
    if let Some(t) = request.doc_type {
        filter(term(f.doc_type, t.slug()));
    }
    if let Some(c) = request.category {
        filter(term(f.category, c.slug()));
    }
    if let Some(t) = &request.topic {
        filter(term(f.topic, t));
    }
    if let Some(scope) = &request.scope {
        let mut places: Vec<Term> = scope
            .authorities
            .iter()
            .map(|a| Term::from_field_text(f.places, a))
            .collect();
        places.extend(
            scope
                .partnerships
                .iter()
                .map(|p| Term::from_field_text(f.places, &format!("p:{p}"))),
        );
        if scope.national {
            places.push(Term::from_field_text(f.places, "national"));
        }
        filter(Box::new(TermSetQuery::new(places)));
    }
    if let Some(age) = request.age {
        let age = u64::from(age);
        filter(Box::new(RangeQuery::new(
            Bound::Unbounded,
            Bound::Included(Term::from_field_u64(f.age_from, age)),
        )));
        filter(Box::new(RangeQuery::new(
            Bound::Included(Term::from_field_u64(f.age_to, age)),
            Bound::Unbounded,
        )));
    }

    if must.is_empty() {
        return Box::new(AllQuery);
    }
    if words.is_empty() {
        // Only filters: every record passing them matches, in index order.
        must.push((Occur::Must, Box::new(AllQuery)));
    }
    Box::new(BooleanQuery::new(must))
}

/// Everything one word may match, in any text field.
fn word_query(f: &Fields, word: &str, is_last: bool) -> Option<Box<dyn Query>> {
    let terms = analyze(word);
    let synonyms = synonyms_of(word);
    if terms.is_empty() && synonyms.is_empty() {
        // A stop word ("to", "the") on its own constrains nothing.
        return None;
    }
    let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let len = word.chars().count();
    for (field, weight) in f.weighted() {
        for t in &terms {
            let term = Term::from_field_text(field, t);
            let exact = TermQuery::new(term.clone(), IndexRecordOption::WithFreqs);
            should.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(exact), weight * EXACT)),
            ));
            if is_last && t.chars().count() >= 2 {
                let prefix = FuzzyTermQuery::new_prefix(term.clone(), 0, true);
                should.push((
                    Occur::Should,
                    Box::new(ConstScoreQuery::new(Box::new(prefix), weight * PREFIX)),
                ));
            }
            let distance = typo_distance(len);
            if distance > 0 {
                let fuzzy = if is_last {
                    FuzzyTermQuery::new_prefix(term.clone(), distance, true)
                } else {
                    FuzzyTermQuery::new(term.clone(), distance, true)
                };
                should.push((
                    Occur::Should,
                    Box::new(ConstScoreQuery::new(Box::new(fuzzy), weight * TYPO)),
                ));
            }
        }
        for synonym in &synonyms {
            let parts = analyze(synonym);
            let query: Box<dyn Query> = match parts.len() {
                0 => continue,
                1 => Box::new(TermQuery::new(
                    Term::from_field_text(field, &parts[0]),
                    IndexRecordOption::WithFreqs,
                )),
                _ => Box::new(PhraseQuery::new(
                    parts
                        .iter()
                        .map(|p| Term::from_field_text(field, p))
                        .collect(),
                )),
            };
            should.push((
                Occur::Should,
                Box::new(BoostQuery::new(query, weight * SYNONYM)),
            ));
        }
    }
    Some(Box::new(BooleanQuery::new(should)))
}
