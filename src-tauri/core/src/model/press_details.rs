//! What a press release says that the rest of the campaign does not: where it is dated from,
//! who speaks for the organisation and what they say, what the organisation welcomes and
//! regrets in the review. One per campaign, written on the Campaign screen.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct PressDetails {
    /// The dateline's city ("Geneva", or the capital of a press conference at home); the
    /// catalogue's Geneva when empty.
    pub city: String,
    /// The spokesperson quoted, by name.
    pub spokesperson: String,
    /// Their role ("Director").
    pub spokesperson_role: String,
    /// What they say, without quotation marks.
    pub quote: String,
    /// What the organisation welcomes in the review, in its words.
    pub welcomes: String,
    /// What it regrets.
    pub regrets: String,
}
