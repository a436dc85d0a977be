//! The documents whose text the user may edit in place of the generated one: the two
//! speeches, whose words are the speaker's own. The store keeps one edit per campaign and
//! document under the document's [`key`](EditableDocument::key).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A document with an editable text. It crosses to the window as its snake_case name, the
/// same word the store and the exchange file key the edit by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EditableDocument {
    OralStatement,
    TalkingPoints,
}

impl EditableDocument {
    pub const ALL: [EditableDocument; 2] = [
        EditableDocument::OralStatement,
        EditableDocument::TalkingPoints,
    ];

    /// The word the store and the exchange file keep the edit under.
    pub fn key(self) -> &'static str {
        match self {
            EditableDocument::OralStatement => "oral_statement",
            EditableDocument::TalkingPoints => "talking_points",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_the_name_the_window_sends() {
        for d in EditableDocument::ALL {
            assert_eq!(serde_json::to_value(d).unwrap(), d.key());
        }
    }
}
