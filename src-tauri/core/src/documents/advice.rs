//! What a document tells its user besides the PDF, as data: the overflow report when it does
//! not fit its limit, and the notes on one that does (a speech shorter than its slot…). The
//! CLI words them in English (`cli/messages.rs`), the window in its language
//! (`ui/src/i18n/errors.ts`); their TypeScript types are generated with the errors'.
//!
//! `Display` of [`Overflow`] is the English fallback, for logs and tests: a first line, then
//! one line per part to shorten, in the order of `shorten` (the CLI adds its hints to them).

use std::fmt;

use serde::Serialize;
use ts_rs::TS;

use super::{DocumentKind, Language};
use crate::layout::Page;

/// Why a document does not fit, by how much, and what the user can shorten.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Overflow {
    pub kind: DocumentKind,
    /// The limit the document runs past, and by how much.
    pub measure: OverflowMeasure,
    /// Words to remove (estimated from lines for the brief).
    pub words_over: usize,
    /// Lines to remove at the smallest readable size, for page-limited documents.
    pub lines_over: Option<usize>,
    /// The longest parts first, with their word counts.
    pub shorten: Vec<Shorten>,
    /// The pages as laid out at the last size tried, so that the window's preview shows what
    /// fits and marks what runs over. Filled by the pipeline; not part of the report (the
    /// CLI and the error's serde form carry no pages).
    #[serde(skip)]
    #[ts(skip)]
    pub pages: Vec<Page>,
}

/// The limit a document runs past.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "limit", rename_all = "snake_case")]
pub enum OverflowMeasure {
    /// The brief needs `pages` even at `smallest_size` points; its limit is `max_pages`.
    Pages {
        pages: usize,
        max_pages: usize,
        smallest_size: f32,
    },
    /// A speech of `words` takes `seconds` at `rate` words a minute; the slot holds
    /// `max_seconds`, which is `fits` words.
    SpeakingTime {
        words: usize,
        seconds: u32,
        rate: u32,
        max_seconds: u32,
        fits: usize,
    },
}

/// One part the user can shorten, with its words.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Shorten {
    pub part: DocumentPart,
    pub words: usize,
}

/// A part of a document's sources, named by what the user typed (the issue's title) and
/// numbered from 1 as the window shows them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "part", rename_all = "snake_case")]
pub enum DocumentPart {
    /// The background of an issue.
    Background {
        issue: String,
    },
    /// A key fact with its source.
    Fact {
        issue: String,
        number: usize,
    },
    Question {
        issue: String,
        number: usize,
    },
    Recommendation {
        issue: String,
        number: usize,
    },
    /// A whole issue, which can be left out of this document.
    WholeIssue {
        issue: String,
    },
    /// What the talking points say of an issue: its background, facts and questions.
    SpokenIssue {
        issue: String,
    },
    /// A paragraph of the oral statement: the first key fact and first recommendation of an
    /// issue.
    Paragraph {
        number: usize,
    },
}

/// A remark on a document that fits, for the user to weigh.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum DocumentNote {
    /// The talking points take `seconds`, less than the `usual_seconds` a speaker has: there
    /// is room for `more_words`.
    ShorterThanSlot {
        seconds: u32,
        usual_seconds: u32,
        more_words: usize,
    },
    /// Only `spoken` of the campaign's `all` recommendations are spoken; the brief carries
    /// them all.
    SomeRecommendationsSpoken { spoken: usize, all: usize },
}

impl fmt::Display for Overflow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the {} ", self.kind)?;
        match &self.measure {
            OverflowMeasure::Pages {
                pages,
                max_pages,
                smallest_size,
            } => write!(
                f,
                "needs {pages} pages even at {smallest_size} pt, the smallest readable size; its limit is {max_pages}: "
            )?,
            OverflowMeasure::SpeakingTime {
                words,
                seconds,
                rate,
                max_seconds,
                fits,
            } => write!(
                f,
                "has {words} words, which take {} at {rate} words a minute; the limit is {} ({fits} words): ",
                Language::En.duration(*seconds),
                Language::En.duration(*max_seconds)
            )?,
        }
        match self.lines_over {
            Some(lines) => write!(
                f,
                "about {lines} lines (roughly {} words) do not fit",
                self.words_over
            )?,
            None => write!(f, "{} words too many", self.words_over)?,
        }
        write!(f, ". Nothing was written. Shorten it by that much")?;
        if !self.shorten.is_empty() {
            write!(f, "; the longest parts are:")?;
            for s in &self.shorten {
                write!(f, "\n  - {s}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Display for Shorten {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} words", self.part, self.words)
    }
}

impl fmt::Display for DocumentPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocumentPart::Background { issue } => write!(f, "the background of '{issue}'"),
            DocumentPart::Fact { issue, number } => write!(f, "fact {number} of '{issue}'"),
            DocumentPart::Question { issue, number } => {
                write!(f, "question {number} of '{issue}'")
            }
            DocumentPart::Recommendation { issue, number } => {
                write!(f, "recommendation {number} of '{issue}'")
            }
            DocumentPart::WholeIssue { issue } => write!(f, "the whole issue '{issue}'"),
            DocumentPart::SpokenIssue { issue } => {
                write!(f, "background, facts and questions of '{issue}'")
            }
            DocumentPart::Paragraph { number } => write!(f, "paragraph {number}"),
        }
    }
}

impl fmt::Display for DocumentNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocumentNote::ShorterThanSlot {
                seconds,
                usual_seconds,
                more_words,
            } => write!(
                f,
                "the talking points take {}, less than the {} a speaker usually has: there is room for {more_words} more words",
                Language::En.duration(*seconds),
                Language::En.duration(*usual_seconds)
            ),
            DocumentNote::SomeRecommendationsSpoken { spoken, all } => write!(
                f,
                "{spoken} of {all} recommendations are spoken (the structure asks for two or three); the brief carries them all"
            ),
        }
    }
}
