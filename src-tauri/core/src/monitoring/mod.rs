//! Between reviews: the recommendations the State under Review received, its response
//! (supported or noted), who in government is responsible, and how far each is implemented,
//! with the evidence for it. Feeds the mid-term implementation report and the factsheets.

mod pasted_list;
mod progress;
mod recording;

pub use pasted_list::parse_pasted_list;
pub use progress::{progress_by_theme, ThemeProgress, OTHER_THEME};
// The records of monitoring, kept in the model; named here too for monitoring's users.
pub use crate::model::{Evidence, ImplementationStatus, ReceivedRecommendation, Response};
pub use recording::{
    find_issue, import_received_list, issue_id, received_with_issues, record_pasted_list,
    record_received, record_received_from_database, record_received_from_past, track_received,
    NewReceived, Tracking,
};
