//! The index schema and its analyzer.

use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, STORED,
    STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer,
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
    pub title: Field,
    pub summary: Field,
    pub details: Field,
    pub topic_label: Field,
    pub topic_synonyms: Field,
    /// Names of the council or organisation, so "walsall" finds Walsall's offers.
    pub names: Field,
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

impl Fields {
    /// Text fields searched by words, with their weight: title over topic over summary
    /// over details.
    pub fn weighted(&self) -> [(Field, f32); 6] {
        [
            (self.title, 4.0),
            (self.topic_label, 3.0),
            (self.topic_synonyms, 2.0),
            (self.summary, 2.0),
            (self.names, 1.5),
            (self.details, 1.0),
        ]
    }
}

pub fn build() -> (Fields, Schema) {
    let mut b = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(ANALYZER)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let text = TextOptions::default().set_indexing_options(indexing.clone());
    let stored_text = text.clone().set_stored();
    let number = NumericOptions::default().set_indexed().set_fast();
    let fields = Fields {
        key: b.add_text_field("key", STRING),
        id: b.add_text_field("id", STRING | STORED),
        doc_type: b.add_text_field("type", STRING | STORED | FAST),
        title: b.add_text_field("title", stored_text.clone()),
        summary: b.add_text_field("summary", stored_text),
        details: b.add_text_field("details", text.clone()),
        topic_label: b.add_text_field("topic_label", text.clone()),
        topic_synonyms: b.add_text_field("topic_synonyms", text.clone()),
        names: b.add_text_field("names", text),
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
