//! The organisation that uses the app, and the partners of its coalition.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Organisation {
    pub id: Uuid,
    pub name: String,
    #[serde(default)]
    pub acronym: String,
    /// How delegations reach the organisation; printed in document footers.
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub contact_phone: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub ecosoc_status: EcosocStatus,
    /// The logo as a `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    #[serde(default)]
    pub partners: Vec<Partner>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Moves on every save that changes the record; a save based on an older version is
    /// refused (see `store/record_version.rs`). Files without it read as version 1.
    #[serde(default = "crate::model::first_version")]
    pub version: u32,
}

impl Organisation {
    /// A new organisation with only its name, as the first-run setup makes it (the rest is
    /// filled in on the Organisation screen).
    pub fn named(name: &str) -> Organisation {
        let stamp = super::now();
        Organisation {
            id: super::new_id(),
            name: name.trim().to_string(),
            acronym: String::new(),
            contact_email: String::new(),
            contact_phone: String::new(),
            website: String::new(),
            address: String::new(),
            ecosoc_status: EcosocStatus::default(),
            logo: None,
            partners: Vec::new(),
            created_at: stamp,
            updated_at: stamp,
            version: super::UNSAVED,
        }
    }

    /// The short name where there is one, else the name.
    pub fn short_name(&self) -> &str {
        if self.acronym.trim().is_empty() {
            &self.name
        } else {
            &self.acronym
        }
    }
}

/// Consultative status with ECOSOC decides access to the Council's room and the length of
/// written statements (2,000 words for general, 1,500 for special or roster status).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EcosocStatus {
    #[default]
    None,
    General,
    Special,
    Roster,
}

impl EcosocStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EcosocStatus::None => "none",
            EcosocStatus::General => "general",
            EcosocStatus::Special => "special",
            EcosocStatus::Roster => "roster",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "none" => Some(EcosocStatus::None),
            "general" => Some(EcosocStatus::General),
            "special" => Some(EcosocStatus::Special),
            "roster" => Some(EcosocStatus::Roster),
            _ => None,
        }
    }
}

/// A partner organisation of the coalition, named on joint documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Partner {
    pub id: Uuid,
    pub name: String,
    #[serde(default)]
    pub acronym: String,
    #[serde(default)]
    pub contact_email: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Partner {
    /// The acronym where there is one, else the name: how documents list partners.
    pub fn short_name(&self) -> &str {
        if self.acronym.trim().is_empty() {
            &self.name
        } else {
            &self.acronym
        }
    }
}
