//! How a name is written in a document's running text in one language, when the shipped list
//! of UN Member States does not say it or says it otherwise: a fictional State ("Republic of
//! Meridia"), a disputed name, or the organisation's own name ("The Meridia Coalition").
//! One per campaign, name as typed and language.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::language::Language;

/// The same shape as an entry of `assets/states/{lang}.json`, with the name it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomName {
    /// The name as the campaign or the organisation holds it ("Republic of Meridia").
    pub typed: String,
    pub language: Language,
    /// For lists and headings ("Meridia", "Méridie").
    pub short: String,
    /// For running text, after its article ("Republic of Meridia", "République de Méridie").
    pub formal: String,
    /// The formal name's definite article ("the", "la", "el"); empty when it takes none.
    /// French elision (l’) and contraction (au, du) are made when the name is used.
    #[serde(default)]
    pub article: String,
}
