//! A priority issue of a campaign and what the organisation says about it: background, key
//! facts with their sources, questions (advance questions) and recommendations.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::ActionCategory;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PriorityIssue {
    pub id: Uuid,
    pub title: String,
    /// 1 is the most important; lists and documents follow this order.
    pub rank: u32,
    /// Tags from UPR Info's list of 54 issues ("Women's rights", "Torture and other CID
    /// treatment", …), which link the issue to past recommendations.
    #[serde(default)]
    pub upr_issues: Vec<String>,
    #[serde(default)]
    pub background: String,
    #[serde(default)]
    pub facts: Vec<KeyFact>,
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub recommendations: Vec<Recommendation>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Moves on every save that changes the record; a save based on an older version is
    /// refused (see `store/record_version.rs`). Files without it read as version 1.
    #[serde(default = "crate::model::first_version")]
    pub version: u32,
}

/// A fact the organisation puts forward, with where it comes from: delegations check sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct KeyFact {
    pub id: Uuid,
    pub text: String,
    #[serde(default)]
    pub source: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A question a delegation may put to the State under Review (an advance question).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Question {
    pub id: Uuid,
    pub text: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A recommendation the organisation asks delegations to make to the State under Review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Recommendation {
    pub id: Uuid,
    pub text: String,
    /// The action category when known (set by the user or by the checker).
    #[serde(default)]
    pub action_category: Option<ActionCategory>,
    /// A reference to an earlier recommendation this one repeats ("as previously
    /// recommended", e.g. "A/HRC/41/10, 115.32"); UPR Info encourages the link.
    #[serde(default)]
    pub previously_recommended: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}
