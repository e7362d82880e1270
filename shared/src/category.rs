//! The six areas a Local Offer must cover (Children and Social Work Act 2017) plus money.

use serde::{Deserialize, Serialize};

/// The area of life an entitlement belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    HealthAndWellbeing,
    Relationships,
    EducationAndTraining,
    Employment,
    Accommodation,
    Participation,
    Money,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::HealthAndWellbeing,
        Category::Relationships,
        Category::EducationAndTraining,
        Category::Employment,
        Category::Accommodation,
        Category::Participation,
        Category::Money,
    ];

    /// The slug used in URLs and JSON.
    pub fn slug(self) -> &'static str {
        match self {
            Category::HealthAndWellbeing => "health-and-wellbeing",
            Category::Relationships => "relationships",
            Category::EducationAndTraining => "education-and-training",
            Category::Employment => "employment",
            Category::Accommodation => "accommodation",
            Category::Participation => "participation",
            Category::Money => "money",
        }
    }

    /// A heading in plain English.
    pub fn label(self) -> &'static str {
        match self {
            Category::HealthAndWellbeing => "Health and wellbeing",
            Category::Relationships => "Relationships",
            Category::EducationAndTraining => "Education and training",
            Category::Employment => "Work",
            Category::Accommodation => "Somewhere to live",
            Category::Participation => "Being part of the community",
            Category::Money => "Money",
        }
    }

    /// The heading in the reader's language (message `category-<slug>`).
    pub fn name(self, locale: &crate::words::Locale) -> String {
        locale.t(&format!("category-{}", self.slug()))
    }

    pub fn from_slug(slug: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.slug() == slug)
    }
}
