//! A campaign: the organisation's work towards one review of one State under Review.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Campaign {
    pub id: Uuid,
    /// The State whose review this campaign prepares, as the UN names it.
    pub state_under_review: String,
    /// The UPR cycle (the fourth cycle began in 2022).
    pub cycle: u32,
    /// The number of the UPR Working Group session that holds the review.
    pub session: u32,
    /// The day of the review in the Working Group, when known.
    #[serde(default)]
    pub review_date: Option<NaiveDate>,
    /// The Human Rights Council session that adopts the outcome, e.g. "HRC 62".
    #[serde(default)]
    pub adoption_session: String,
    /// The day the Council adopts the outcome of this review, when known; the calendar
    /// estimates it from the review date until then.
    #[serde(default)]
    pub adoption_date: Option<NaiveDate>,
    /// The first day of the HRC session that adopts the outcome, when known: sign-up for the
    /// oral statements opens the week before.
    #[serde(default)]
    pub hrc_session_start: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Moves on every save that changes the record; a save based on an older version is
    /// refused (see `store/record_version.rs`). Files without it read as version 1.
    #[serde(default = "crate::model::first_version")]
    pub version: u32,
}
