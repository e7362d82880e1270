//! What the index holds for one offer or pledge.

use atlas_shared::api::DocType;
use atlas_shared::topic::topic;
use atlas_shared::{Authority, Offer, Organisation, Pledge};
use tantivy::TantivyDocument;

use crate::schema::Fields;

/// A searchable record, flattened with the names and places it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexDoc {
    pub doc_type: DocType,
    pub id: String,
    pub title: String,
    pub summary: String,
    pub details: String,
    pub topic: String,
    pub category: String,
    pub status: String,
    pub authority: Option<String>,
    pub organisation: Option<String>,
    pub provider_name: String,
    /// Extra names to match: council, county, organisation.
    pub names: Vec<String>,
    pub places: Vec<String>,
    pub age_from: u8,
    pub age_to: u8,
}

/// The key of a record in the index.
pub fn key(doc_type: DocType, id: &str) -> String {
    format!("{}:{id}", doc_type.slug())
}

impl IndexDoc {
    /// An offer, with its council (and the council's county, whose name also finds it).
    pub fn from_offer(
        offer: &Offer,
        authority: Option<&Authority>,
        county: Option<&Authority>,
    ) -> IndexDoc {
        let c = &offer.content;
        let mut names: Vec<String> = authority
            .iter()
            .chain(county.iter())
            .map(|a| a.name.clone())
            .collect();
        names.dedup();
        IndexDoc {
            doc_type: DocType::Offer,
            id: offer.id.clone(),
            title: c.title.clone(),
            summary: c.summary.clone(),
            details: c.details.clone().unwrap_or_default(),
            topic: c.topic.clone(),
            category: c.category.slug().to_string(),
            status: c.status.label().to_string(),
            authority: Some(offer.authority.clone()),
            organisation: None,
            provider_name: authority.map_or_else(|| offer.authority.clone(), |a| a.name.clone()),
            names,
            places: vec![offer.authority.clone()],
            age_from: c.age_from,
            age_to: c.age_to,
        }
    }

    /// A published pledge, placed by its coverage.
    pub fn from_pledge(pledge: &Pledge, organisation: Option<&Organisation>) -> IndexDoc {
        let mut places: Vec<String> = pledge.content.coverage.authorities.clone();
        places.extend(
            pledge
                .content
                .coverage
                .partnerships
                .iter()
                .map(|p| format!("p:{p}")),
        );
        if pledge.content.coverage.national {
            places.push("national".into());
        }
        let name = organisation.map_or_else(|| pledge.organisation.clone(), |o| o.name.clone());
        IndexDoc {
            doc_type: DocType::Pledge,
            id: pledge.id.clone(),
            title: pledge.content.title.clone(),
            summary: pledge.content.summary.clone(),
            details: pledge.content.details.clone().unwrap_or_default(),
            topic: pledge.content.topic.clone(),
            category: pledge.content.category.slug().to_string(),
            status: "available".into(),
            authority: None,
            organisation: Some(pledge.organisation.clone()),
            provider_name: name.clone(),
            names: vec![name],
            places,
            age_from: pledge.content.age_from,
            age_to: pledge.content.age_to,
        }
    }

    pub fn key(&self) -> String {
        key(self.doc_type, &self.id)
    }

    pub(crate) fn to_document(&self, f: &Fields) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(f.key, self.key());
        doc.add_text(f.id, &self.id);
        doc.add_text(f.doc_type, self.doc_type.slug());
        doc.add_text(f.title, &self.title);
        doc.add_text(f.summary, &self.summary);
        let mut texts = vec![self.title.as_str(), &self.summary, &self.details];
        if let Some(t) = topic(&self.topic) {
            texts.push(t.label);
            texts.extend(t.synonyms.iter().copied());
        }
        texts.extend(self.names.iter().map(String::as_str));
        for text in &texts {
            doc.add_text(f.words, text);
        }
        for group in crate::schema::groups_in(&texts) {
            doc.add_text(f.groups, crate::schema::group_term(group));
        }
        doc.add_text(f.topic, &self.topic);
        doc.add_text(f.category, &self.category);
        doc.add_text(f.status, &self.status);
        if let Some(a) = &self.authority {
            doc.add_text(f.authority, a);
        }
        if let Some(o) = &self.organisation {
            doc.add_text(f.organisation, o);
        }
        doc.add_text(f.provider_name, &self.provider_name);
        for place in &self.places {
            doc.add_text(f.places, place);
        }
        doc.add_u64(f.age_from, u64::from(self.age_from));
        doc.add_u64(f.age_to, u64::from(self.age_to));
        doc
    }
}
