//! A campaign: the organisation's work towards one review of one State under Review.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// The UPR cycle under way (the fourth began in 2022): a new campaign's cycle unless told.
pub const CURRENT_CYCLE: u32 = 4;

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
    /// The Human Rights Council session that adopts the outcome: its number ("62"), which the
    /// documents name as the UN does ("Sixty-second session"), or any text ("HRC 62"),
    /// printed as typed.
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

impl Campaign {
    /// A new campaign for one review, as the first-run setup makes it (the adoption and the
    /// HRC session are filled in on the Campaign screen).
    pub fn for_review(
        state_under_review: &str,
        cycle: u32,
        session: u32,
        review_date: Option<NaiveDate>,
    ) -> Campaign {
        let stamp = super::now();
        Campaign {
            id: super::new_id(),
            state_under_review: state_under_review.trim().to_string(),
            cycle,
            session,
            review_date,
            adoption_session: String::new(),
            adoption_date: None,
            hrc_session_start: None,
            created_at: stamp,
            updated_at: stamp,
            version: super::UNSAVED,
        }
    }
}
