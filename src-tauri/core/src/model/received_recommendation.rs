//! A recommendation the State received at a review, and its implementation.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// The State's response. `Pending` until the addendum or the adoption says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    Supported,
    Noted,
    #[default]
    Pending,
}

impl Response {
    pub fn as_str(self) -> &'static str {
        match self {
            Response::Supported => "supported",
            Response::Noted => "noted",
            Response::Pending => "pending",
        }
    }

    /// Reads the word, also the older "accepted" for supported.
    pub fn parse(s: &str) -> Option<Response> {
        match s.trim().to_lowercase().as_str() {
            "supported" | "accepted" => Some(Response::Supported),
            "noted" => Some(Response::Noted),
            "pending" => Some(Response::Pending),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Response::Supported => "Supported",
            Response::Noted => "Noted",
            Response::Pending => "Response pending",
        }
    }
}

/// How far a recommendation is implemented, as the organisation judges it from the evidence.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum ImplementationStatus {
    #[default]
    NotStarted,
    Partially,
    Fully,
    /// Things got worse since the recommendation was made.
    Regressed,
}

impl ImplementationStatus {
    pub const ALL: [ImplementationStatus; 4] = [
        ImplementationStatus::NotStarted,
        ImplementationStatus::Partially,
        ImplementationStatus::Fully,
        ImplementationStatus::Regressed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ImplementationStatus::NotStarted => "not_started",
            ImplementationStatus::Partially => "partially",
            ImplementationStatus::Fully => "fully",
            ImplementationStatus::Regressed => "regressed",
        }
    }

    pub fn parse(s: &str) -> Option<ImplementationStatus> {
        let s = s.trim().to_lowercase().replace(['-', ' '], "_");
        let s = s.trim_end_matches("_implemented");
        ImplementationStatus::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            ImplementationStatus::NotStarted => "Not started",
            ImplementationStatus::Partially => "Partially implemented",
            ImplementationStatus::Fully => "Fully implemented",
            ImplementationStatus::Regressed => "Regressed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReceivedRecommendation {
    pub id: Uuid,
    /// The UPR cycle of the review that made it.
    #[serde(default)]
    pub cycle: Option<u32>,
    /// Where it stands in the Working Group report, e.g. "A/HRC/52/9, para. 112.34".
    #[serde(default)]
    pub reference: String,
    pub text: String,
    /// One State, or several joined by "; " when they made it together.
    #[serde(default)]
    pub recommending_state: String,
    #[serde(default)]
    pub response: Response,
    /// The campaign's priority issue it belongs to, when linked.
    #[serde(default)]
    pub priority_issue_id: Option<Uuid>,
    #[serde(default)]
    pub status: ImplementationStatus,
    /// Who in government answers for it (a ministry, an office).
    #[serde(default)]
    pub responsible: String,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Moves on every save that changes the record; a save based on an older version is
    /// refused (see `store/record_version.rs`). Files without it read as version 1.
    #[serde(default = "crate::model::first_version")]
    pub version: u32,
}

/// One piece of evidence about implementation, with its date and source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Evidence {
    pub id: Uuid,
    pub date: NaiveDate,
    pub text: String,
    #[serde(default)]
    pub source: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_read_back_including_the_older_accepted() {
        for s in ImplementationStatus::ALL {
            assert_eq!(ImplementationStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(
            ImplementationStatus::parse("Partially implemented"),
            Some(ImplementationStatus::Partially)
        );
        assert_eq!(
            ImplementationStatus::parse("not-started"),
            Some(ImplementationStatus::NotStarted)
        );
        assert_eq!(Response::parse("Accepted"), Some(Response::Supported));
        assert_eq!(Response::parse("rejected"), None);
    }
}
