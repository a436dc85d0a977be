//! The languages the documents are written in: English, French and Spanish, the working
//! languages of the UPR's documents. Below everything that speaks one (the wording, the
//! settings, the documents, the calendar file, the Word export), so each of them names a
//! language by this type and never by a string.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Error, Result};

/// Stored, exported and sent to the window as "en", "fr", "es", "ar", "ru" or "zh": the six
/// official languages of the UN. The window speaks all six; the documents speak those in
/// `ALL` (Arabic, Russian and Chinese documents need shaping and their wording, which come
/// with issue #17's documents).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Fr,
    Es,
    Ar,
    Ru,
    Zh,
}

impl Language {
    /// The languages documents are written in, in the order they are offered.
    pub const ALL: [Language; 3] = [Language::En, Language::Fr, Language::Es];

    /// Reads "en", "fr" or "es".
    pub fn parse(code: &str) -> Result<Language> {
        Language::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| {
                let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
                Error::invalid(
                    "document language",
                    format!(
                        "'{code}' is not available; choose one of {}",
                        codes.join(", ")
                    ),
                )
            })
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Ar => "ar",
            Language::Ru => "ru",
            Language::Zh => "zh",
        }
    }

    /// The hyphenation patterns of the language.
    pub fn hyphenation(self) -> hypher::Lang {
        match self {
            Language::En => hypher::Lang::English,
            Language::Fr => hypher::Lang::French,
            Language::Es => hypher::Lang::Spanish,
            Language::Ru => hypher::Lang::Russian,
            // Not a document language yet (not in `ALL`): English patterns leave Arabic and
            // Han text unbroken, as they find no pattern in it.
            Language::Ar | Language::Zh => hypher::Lang::English,
        }
    }
}
