//! The languages the documents are written in: the six official languages of the UN, English,
//! French and Spanish (the working languages of the UPR's documents), Arabic, Russian and
//! Chinese. Below everything that speaks one (the wording, the
//! settings, the documents, the calendar file, the Word export), so each of them names a
//! language by this type and never by a string.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Error, Result};

/// Stored, exported and sent to the window as "en", "fr", "es", "ar", "ru" or "zh".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Fr,
    Es,
    Ar,
    Ru,
    /// Chinese as the UN writes it: simplified characters (zh-Hans).
    Zh,
}

impl Language {
    /// In the order they are offered.
    pub const ALL: [Language; 6] = [
        Language::En,
        Language::Fr,
        Language::Es,
        Language::Ar,
        Language::Ru,
        Language::Zh,
    ];

    /// Reads "en", "fr", "es", "ar", "ru" or "zh".
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

    /// The hyphenation patterns of the language; none for Arabic, which is never hyphenated
    /// (a line is filled by its words alone), and Chinese, which breaks between characters.
    pub fn hyphenation(self) -> Option<hypher::Lang> {
        match self {
            Language::En => Some(hypher::Lang::English),
            Language::Fr => Some(hypher::Lang::French),
            Language::Es => Some(hypher::Lang::Spanish),
            Language::Ru => Some(hypher::Lang::Russian),
            Language::Ar | Language::Zh => None,
        }
    }

    /// True for a language written right to left: its documents are mirrored (text set from
    /// the right margin, numbers and bullets on the right, header and footer sides swapped).
    pub fn is_right_to_left(self) -> bool {
        self == Language::Ar
    }

    /// The BCP 47 tag a PDF's /Lang and a Word file carry: "zh-Hans" names the script the
    /// UN's Chinese documents use.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Zh => "zh-Hans",
            other => other.code(),
        }
    }
}
