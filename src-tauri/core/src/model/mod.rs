//! The domain model, in the words of the UPR (see UPR-FACTS.md): an organisation prepares a
//! campaign for one review of a State under Review; the campaign holds its priority issues,
//! the target States it lobbies and the meetings with their delegations; its calendar
//! (`milestone`: done marks and the user's own dates), its stakeholder submissions
//! (`submission`, paragraphs with inline `footnotes`) and, between reviews, the
//! recommendations the State received (`received_recommendation`).
//!
//! Every type the store reads or writes lives here, so the store and the exchange file look
//! only down at the model, never up at the features that use it.
//!
//! Every record has a stable UUID and created/updated timestamps, so that copies of the same
//! data kept by coalition partners can later be told apart and merged. Children (facts,
//! questions, recommendations, contacts) are edited with their parent and saved with it; their
//! order in the vector is their order on paper.

mod action_category;
mod campaign;
pub mod date_range;
mod editable_document;
mod footnotes;
mod logo;
mod meeting;
mod milestone;
mod name_in_text;
mod organisation;
mod press_details;
mod priority_issue;
mod received_recommendation;
mod submission;
mod target_state;

pub use action_category::ActionCategory;
pub use campaign::{Campaign, CURRENT_CYCLE};
pub use editable_document::EditableDocument;
pub use footnotes::{split_footnotes, Segment};
#[cfg(test)]
pub(crate) use logo::test_png;
pub use logo::{Logo, LogoKind, LogoLimits};
pub use meeting::{FollowUp, Meeting, MeetingPlace};
pub use milestone::{CustomMilestone, MilestoneKind};
pub use name_in_text::CustomName;
pub use organisation::{EcosocStatus, Organisation, Partner};
pub use press_details::PressDetails;
pub use priority_issue::{KeyFact, PriorityIssue, Question, Recommendation};
pub use received_recommendation::{
    Evidence, ImplementationStatus, ReceivedRecommendation, Response,
};
pub use submission::{Submission, SubmissionIssue, SubmissionKind};
pub use target_state::{ContactPerson, Post, TargetState};

use chrono::{DateTime, SubsecRound, Utc};
use uuid::Uuid;

/// The moment a record is stamped. Whole milliseconds, so that a timestamp survives the round
/// trip through SQLite text and JSON unchanged.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(3)
}

pub fn new_id() -> Uuid {
    Uuid::new_v4()
}

/// The version of a record made in the window and not saved yet.
pub const UNSAVED: u32 = 0;

/// The version of a record that was never saved over: what a file without versions holds,
/// and what the first save writes.
pub fn first_version() -> u32 {
    1
}
