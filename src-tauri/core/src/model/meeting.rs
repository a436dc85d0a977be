//! A meeting with a delegation, and what must follow it.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Meeting {
    pub id: Uuid,
    pub date: NaiveDate,
    /// When it starts, local time of the place, when known ("10:30:00").
    #[serde(default)]
    pub time: Option<NaiveTime>,
    pub place: MeetingPlace,
    /// The address or room, free text.
    #[serde(default)]
    pub location: String,
    /// The target State met, when the meeting was with one delegation.
    #[serde(default)]
    pub target_state_id: Option<Uuid>,
    /// Who took part, free text.
    #[serde(default)]
    pub people: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub follow_up: Option<FollowUp>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Moves on every save that changes the record; a save based on an older version is
    /// refused (see `store/record_version.rs`). Files without it read as version 1.
    #[serde(default = "crate::model::first_version")]
    pub version: u32,
}

/// Lobbying in the capital belongs 3–4 months before the review, in Geneva 1–2 months before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MeetingPlace {
    Capital,
    Geneva,
    Other,
}

impl MeetingPlace {
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingPlace::Capital => "capital",
            MeetingPlace::Geneva => "geneva",
            MeetingPlace::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "capital" => Some(MeetingPlace::Capital),
            "geneva" => Some(MeetingPlace::Geneva),
            "other" => Some(MeetingPlace::Other),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FollowUp {
    pub text: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub done: bool,
}
