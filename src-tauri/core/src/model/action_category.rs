//! The action category of a recommendation on Prof. Edward R. McMahon's 1–5 scale, as coded
//! by UPR Info: how specific the action is that a recommendation asks for.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// 1 minimal, 2 continuing, 3 considering, 4 general, 5 specific action.
/// Serialised as its number, the way UPR Info's data codes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[ts(type = "1 | 2 | 3 | 4 | 5")]
#[serde(try_from = "u8", into = "u8")]
pub enum ActionCategory {
    Minimal = 1,
    Continuing = 2,
    Considering = 3,
    General = 4,
    Specific = 5,
}

impl ActionCategory {
    pub const ALL: [ActionCategory; 5] = [
        ActionCategory::Minimal,
        ActionCategory::Continuing,
        ActionCategory::Considering,
        ActionCategory::General,
        ActionCategory::Specific,
    ];

    pub fn number(self) -> u8 {
        self as u8
    }

    /// The scale's own name for the category, in English.
    pub fn label(self) -> &'static str {
        match self {
            ActionCategory::Minimal => "minimal action",
            ActionCategory::Continuing => "continuing action",
            ActionCategory::Considering => "considering action",
            ActionCategory::General => "general action",
            ActionCategory::Specific => "specific action",
        }
    }
}

impl TryFrom<u8> for ActionCategory {
    type Error = String;

    fn try_from(n: u8) -> Result<Self, Self::Error> {
        match n {
            1 => Ok(ActionCategory::Minimal),
            2 => Ok(ActionCategory::Continuing),
            3 => Ok(ActionCategory::Considering),
            4 => Ok(ActionCategory::General),
            5 => Ok(ActionCategory::Specific),
            _ => Err(format!("action category must be 1 to 5, not {n}")),
        }
    }
}

impl From<ActionCategory> for u8 {
    fn from(c: ActionCategory) -> u8 {
        c as u8
    }
}

impl std::fmt::Display for ActionCategory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.number())
    }
}
