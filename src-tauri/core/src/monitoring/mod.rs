//! Between reviews: the recommendations the State under Review received, its response
//! (supported or noted), who in government is responsible, and how far each is implemented,
//! with the evidence for it. Feeds the mid-term implementation report and the factsheets.

mod pasted_list;
mod progress;
mod received;
mod recording;

pub use pasted_list::parse_pasted_list;
pub use progress::{progress_by_theme, ThemeProgress, OTHER_THEME};
pub use received::{Evidence, ImplementationStatus, ReceivedRecommendation, Response};
pub use recording::{find_issue, issue_id, NewReceived, Tracking};
