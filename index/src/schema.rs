//! The index schema, its analyzer, and the synonym groups found in a record's text.

use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

use atlas_shared::topic::SYNONYM_GROUPS;
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, STORED,
    STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};
use tantivy::Index;

/// Name of the analyzer used for every text field.
pub const ANALYZER: &str = "atlas_en";

#[derive(Clone, Copy)]
pub struct Fields {
    /// `offer:ID` or `pledge:ID`: unique, used to replace and delete.
    pub key: Field,
    pub id: Field,
    pub doc_type: Field,
    /// Searched on its own too: a word in the title counts more.
    pub title: Field,
    /// Stored for hits and highlights; searched through `words`.
    pub summary: Field,
    /// Every searched text in one field: title, summary, details, the topic's label and
    /// synonyms, the council's or organisation's names (so "walsall" finds Walsall's
    /// offers). One term dictionary to look a word up in, and one posting list to score,
    /// instead of one per field: what a fresh search costs is mostly the number of
    /// posting lists it merges.
    pub words: Field,
    /// The synonym groups (`atlas_shared::topic::SYNONYM_GROUPS`) some member of which the
    /// record's text holds, as `g0`, `g1`…: a query word of a group matches them with one
    /// term instead of a query per synonym and field.
    pub groups: Field,
    pub topic: Field,
    pub category: Field,
    pub status: Field,
    pub authority: Field,
    pub organisation: Field,
    pub provider_name: Field,
    /// Place codes the record concerns: GSS codes, `p:PARTNERSHIP`, `national`.
    pub places: Field,
    pub age_from: Field,
    pub age_to: Field,
}

pub fn build() -> (Fields, Schema) {
    let mut b = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(ANALYZER)
        .set_index_option(IndexRecordOption::WithFreqs);
    let text = TextOptions::default().set_indexing_options(indexing);
    let number = NumericOptions::default().set_indexed().set_fast();
    let fields = Fields {
        key: b.add_text_field("key", STRING),
        id: b.add_text_field("id", STRING | STORED),
        doc_type: b.add_text_field("type", STRING | STORED | FAST),
        title: b.add_text_field("title", text.clone().set_stored()),
        summary: b.add_text_field("summary", STORED),
        words: b.add_text_field("words", text),
        groups: b.add_text_field("groups", STRING),
        topic: b.add_text_field("topic", STRING | STORED | FAST),
        category: b.add_text_field("category", STRING | STORED | FAST),
        status: b.add_text_field("status", STRING | STORED),
        authority: b.add_text_field("authority", STRING | STORED | FAST),
        organisation: b.add_text_field("organisation", STRING | STORED),
        provider_name: b.add_text_field("provider_name", STORED),
        places: b.add_text_field("places", STRING),
        age_from: b.add_u64_field("age_from", number.clone()),
        age_to: b.add_u64_field("age_to", number),
    };
    (fields, b.build())
}

/// Words, lower-cased, accents folded, English stop words dropped, stemmed.
pub fn register_analyzer(index: &Index) {
    index.tokenizers().register(ANALYZER, analyzer());
}

pub fn analyzer() -> TextAnalyzer {
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter);
    match StopWordFilter::new(Language::English) {
        Some(stop) => builder
            .filter(stop)
            .filter(Stemmer::new(Language::English))
            .build(),
        None => builder.filter(Stemmer::new(Language::English)).build(),
    }
}

/// The analyzer that finds `terms` in a summary for its highlight: the index's, except
/// that a word that cannot stem to one of `terms` is blanked instead of stemmed. English
/// stemming rewrites only a word's ending, never its first two letters, but for "dying",
/// "lying" and "tying" ("die", "lie", "tie"); so a word whose first two letters begin none
/// of `terms` cannot match. Stemming every word of twenty summaries was most of a
/// highlight's cost.
pub fn highlighter<'a>(terms: impl IntoIterator<Item = &'a String>) -> TextAnalyzer {
    static STOP: OnceLock<Option<StopWordFilter>> = OnceLock::new();
    let mut starts: Vec<Vec<u8>> = terms
        .into_iter()
        .map(|t| t.as_bytes().iter().take(2).copied().collect())
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter);
    let candidates = Candidates(starts.into());
    match STOP.get_or_init(|| StopWordFilter::new(Language::English)) {
        Some(stop) => builder
            .filter(stop.clone())
            .filter(candidates)
            .filter(Stemmer::new(Language::English))
            .build(),
        None => builder
            .filter(candidates)
            .filter(Stemmer::new(Language::English))
            .build(),
    }
}

/// Blanks the tokens that start with none of its starts (see [`highlighter`]).
#[derive(Clone)]
struct Candidates(Arc<[Vec<u8>]>);

impl Candidates {
    fn wanted(&self, word: &str) -> bool {
        matches!(word, "dying" | "lying" | "tying")
            || self
                .0
                .iter()
                .any(|start| word.as_bytes().starts_with(start))
    }
}

impl TokenFilter for Candidates {
    type Tokenizer<T: Tokenizer> = CandidatesFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> CandidatesFilter<T> {
        CandidatesFilter {
            candidates: self,
            inner,
        }
    }
}

#[derive(Clone)]
pub struct CandidatesFilter<T> {
    candidates: Candidates,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for CandidatesFilter<T> {
    type TokenStream<'a> = CandidatesStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CandidatesStream {
            candidates: &self.candidates,
            tail: self.inner.token_stream(text),
        }
    }
}

pub struct CandidatesStream<'a, S> {
    candidates: &'a Candidates,
    tail: S,
}

impl<S: TokenStream> TokenStream for CandidatesStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if !self.candidates.wanted(&token.text) {
            token.text.clear();
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

thread_local! {
    /// Building the analyzer (its stop-word set, its stemmer) cost more than analysing a
    /// query's words with it: one per thread.
    static ANALYZER_HERE: RefCell<TextAnalyzer> = RefCell::new(analyzer());
}

/// The analyzed terms of a text (lower case, folded, stemmed, stop words removed).
pub fn analyze(text: &str) -> Vec<String> {
    ANALYZER_HERE.with(|analyzer| {
        let mut analyzer = analyzer.borrow_mut();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    })
}

/// Each synonym group's members, analyzed (a member of several words is a sequence).
fn analyzed_groups() -> &'static [Vec<Vec<String>>] {
    static GROUPS: OnceLock<Vec<Vec<Vec<String>>>> = OnceLock::new();
    GROUPS.get_or_init(|| {
        SYNONYM_GROUPS
            .iter()
            .map(|group| {
                group
                    .iter()
                    .map(|member| analyze(member))
                    .filter(|terms| !terms.is_empty())
                    .collect()
            })
            .collect()
    })
}

/// The term a synonym group is indexed and searched as.
pub fn group_term(group: usize) -> String {
    format!("g{group}")
}

/// The synonym groups a member of which occurs in one of `texts` (a member of several
/// words only as those words in a row, within one text), in group order.
pub fn groups_in(texts: &[&str]) -> Vec<usize> {
    let analyzed: Vec<Vec<String>> = texts.iter().map(|t| analyze(t)).collect();
    analyzed_groups()
        .iter()
        .enumerate()
        .filter(|(_, members)| {
            members.iter().any(|member| {
                analyzed
                    .iter()
                    .any(|text| text.windows(member.len()).any(|w| w == member.as_slice()))
            })
        })
        .map(|(i, _)| i)
        .collect()
}

/// The synonym groups a query word (lower case, as typed) is a member of.
pub fn groups_of_word(word: &str) -> Vec<usize> {
    SYNONYM_GROUPS
        .iter()
        .enumerate()
        .filter(|(_, group)| group.contains(&word))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(mut analyzer: TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn the_highlighter_finds_every_word_the_analyzer_would() {
        // Each word's stem starts as the word does (but for three): the highlighter, given
        // a text's own terms, analyses it exactly as the index does.
        let mut text = String::from(
            "Dying lying tying skies skis news idly gently ugly early only singly generously \
             universities allowance bursaries counselling accommodation",
        );
        for topic in atlas_shared::topic::TOPICS {
            text.push(' ');
            text.push_str(topic.label);
            for synonym in topic.synonyms {
                text.push(' ');
                text.push_str(synonym);
            }
        }
        for group in SYNONYM_GROUPS {
            text.push(' ');
            text.push_str(&group.join(" "));
        }
        let terms = tokens(analyzer(), &text);
        assert_eq!(tokens(highlighter(&terms), &text), terms);
        // Words that cannot match are blanked, not stemmed.
        let one = vec!["counsel".to_string()];
        assert_eq!(
            tokens(highlighter(&one), "free counselling"),
            ["", "counsel"]
        );
    }
}
