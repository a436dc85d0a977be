//! The milestones of a review as the store keeps them: which kind of moment of the cycle a
//! done mark is about (`MilestoneKind`), and the dates a user adds beside the computed ones
//! (`CustomMilestone`). The dates themselves are computed by `calendar`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// The moments of the UPR cycle where an NGO acts or must know what happens (UPR-FACTS.md,
/// first table), in the order they come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    NationalConsultations,
    SubmissionDeadline,
    CapitalsLobbying,
    DocumentsPublished,
    GenevaLobbying,
    PreSession,
    Review,
    SideEventAndPress,
    OralStatementSignup,
    Adoption,
    MidtermReport,
}

impl MilestoneKind {
    pub const ALL: [MilestoneKind; 11] = [
        MilestoneKind::NationalConsultations,
        MilestoneKind::SubmissionDeadline,
        MilestoneKind::CapitalsLobbying,
        MilestoneKind::DocumentsPublished,
        MilestoneKind::GenevaLobbying,
        MilestoneKind::PreSession,
        MilestoneKind::Review,
        MilestoneKind::SideEventAndPress,
        MilestoneKind::OralStatementSignup,
        MilestoneKind::Adoption,
        MilestoneKind::MidtermReport,
    ];

    /// The stable word used in the store, the exchange document, calendar UIDs and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            MilestoneKind::NationalConsultations => "national_consultations",
            MilestoneKind::SubmissionDeadline => "submission_deadline",
            MilestoneKind::CapitalsLobbying => "capitals_lobbying",
            MilestoneKind::DocumentsPublished => "documents_published",
            MilestoneKind::GenevaLobbying => "geneva_lobbying",
            MilestoneKind::PreSession => "pre_session",
            MilestoneKind::Review => "review",
            MilestoneKind::SideEventAndPress => "side_event_and_press",
            MilestoneKind::OralStatementSignup => "oral_statement_signup",
            MilestoneKind::Adoption => "adoption",
            MilestoneKind::MidtermReport => "midterm_report",
        }
    }

    pub fn parse(s: &str) -> Option<MilestoneKind> {
        let s = s.trim().replace('-', "_").to_lowercase();
        MilestoneKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// What happens, in the words an NGO officer uses.
    pub fn title(self) -> &'static str {
        match self {
            MilestoneKind::NationalConsultations => "National consultations",
            MilestoneKind::SubmissionDeadline => "Stakeholder submission deadline (OHCHR)",
            MilestoneKind::CapitalsLobbying => "Lobbying embassies in the capital",
            MilestoneKind::DocumentsPublished => {
                "National report, UN compilation and stakeholder summary published"
            }
            MilestoneKind::GenevaLobbying => "Lobbying Permanent Missions in Geneva",
            MilestoneKind::PreSession => "UPR Info pre-session",
            MilestoneKind::Review => "Review in the UPR Working Group",
            MilestoneKind::SideEventAndPress => {
                "Side event, webcast screening and press conference"
            }
            MilestoneKind::OralStatementSignup => {
                "Sign-up for oral statements at the adoption (HRC, item 6)"
            }
            MilestoneKind::Adoption => "Adoption of the outcome at the Human Rights Council",
            MilestoneKind::MidtermReport => "Mid-term implementation report",
        }
    }

    /// Whether the NGO has something to do by this date (and so can be late), rather than
    /// something that happens to it.
    pub fn is_task(self) -> bool {
        !matches!(
            self,
            MilestoneKind::DocumentsPublished | MilestoneKind::Review
        )
    }
}

/// A date the user adds beside the computed ones (a national consultation announced, a
/// coalition meeting, a deadline of a partner).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CustomMilestone {
    pub id: Uuid,
    pub date: NaiveDate,
    pub title: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub done: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Moves on every save that changes the record; a save based on an older version is
    /// refused (see `store/record_version.rs`). Files without it read as version 1.
    #[serde(default = "crate::model::first_version")]
    pub version: u32,
}
