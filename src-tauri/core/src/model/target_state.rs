//! A State the organisation lobbies to make its recommendations, with the people to meet at
//! its embassy in the capital and at its Permanent Mission in Geneva.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TargetState {
    pub id: Uuid,
    /// The recommending State, as the UN names it.
    pub state: String,
    /// Why this State: what it recommended before, its priorities, its ties.
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub contacts: Vec<ContactPerson>,
    /// The recommendations (ids from the campaign's priority issues) we ask this State to
    /// make; a tailored brief puts them first.
    #[serde(default)]
    pub asks: Vec<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Moves on every save that changes the record; a save based on an older version is
    /// refused (see `store/record_version.rs`). Files without it read as version 1.
    #[serde(default = "crate::model::first_version")]
    pub version: u32,
}

/// A diplomat or official. Sensitive: it stays in the local store and in files the user
/// chooses to write.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ContactPerson {
    pub id: Uuid,
    pub name: String,
    #[serde(default)]
    pub role: String,
    pub post: Post,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Where a contact person works: lobbying happens in both places at different times.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Post {
    /// The embassy in the State under Review's capital.
    Embassy,
    /// The Permanent Mission to the UN in Geneva.
    Mission,
}

impl Post {
    pub fn as_str(self) -> &'static str {
        match self {
            Post::Embassy => "embassy",
            Post::Mission => "mission",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "embassy" => Some(Post::Embassy),
            "mission" => Some(Post::Mission),
            _ => None,
        }
    }
}
