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

use crate::layout::{Layout, Page, Region};
use crate::model::PriorityIssue;

use super::pipeline::body_words;
use super::speech::word_count;
use super::{DocumentKind, Language};

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

impl Overflow {
    /// A document of `kind` laid out on more than its `max_pages`, set at its smallest body
    /// size with that size's leading (`set_at`, in points): how many pages it needs, the
    /// lines of body text past the last page allowed, the words they hold at the document's
    /// average words a line, and the parts the user can shorten.
    pub(super) fn of_pages(
        kind: DocumentKind,
        layout: &Layout,
        set_at: (f32, f32),
        max_pages: usize,
        shorten: Vec<Shorten>,
    ) -> Overflow {
        let (size, leading) = set_at;
        let g = &layout.geometry;
        let used = |page: &Page| {
            page.items
                .iter()
                .filter(|p| p.region == Region::Body)
                .map(|p| p.item.bounds().3)
                .fold(g.body_top(), f32::max)
                - g.body_top()
        };
        let over_height: f32 = layout.pages.iter().skip(max_pages).map(used).sum();
        let lines_over = (over_height / leading).ceil().max(1.0) as usize;
        let lines: usize = layout.pages.iter().map(|p| p.body_text().len()).sum();
        let words_per_line = body_words(layout) as f32 / lines.max(1) as f32;
        Overflow {
            kind,
            measure: OverflowMeasure::Pages {
                pages: layout.pages.len(),
                max_pages,
                smallest_size: size,
            },
            words_over: (lines_over as f32 * words_per_line).ceil() as usize,
            lines_over: Some(lines_over),
            shorten,
            pages: Vec::new(),
        }
    }
}

/// The five longest parts the user wrote of `issues` (a background, a fact, a question, a
/// recommendation, or a whole issue when there are several), with their word counts.
/// A document limited to `max_pages` at one size: fine within it; over it, the overflow
/// report with the parts `shorten` names (asked only then).
pub(super) fn within_pages(
    kind: DocumentKind,
    layout: &Layout,
    set_at: (f32, f32),
    max_pages: usize,
    shorten: impl FnOnce() -> Vec<Shorten>,
) -> crate::Result<()> {
    if layout.pages.len() <= max_pages {
        return Ok(());
    }
    Err(crate::Error::DocumentTooLong(Box::new(Overflow::of_pages(
        kind,
        layout,
        set_at,
        max_pages,
        shorten(),
    ))))
}

/// Each issue as a whole to leave out, the one with the most words of recommendations first:
/// what a document that lists recommendations by issue can drop (`--issue`).
pub(super) fn issues_to_leave_out(issues: &[PriorityIssue]) -> Vec<Shorten> {
    let mut parts: Vec<Shorten> = issues
        .iter()
        .map(|issue| Shorten {
            part: DocumentPart::WholeIssue {
                issue: issue.title.clone(),
            },
            words: issue
                .recommendations
                .iter()
                .map(|r| super::speech::word_count(&r.text))
                .sum(),
        })
        .collect();
    parts.sort_by_key(|p| std::cmp::Reverse(p.words));
    parts
}

pub(super) fn longest_parts(issues: &[PriorityIssue]) -> Vec<Shorten> {
    let mut parts: Vec<Shorten> = Vec::new();
    for issue in issues {
        let title = &issue.title;
        let mut own: Vec<Shorten> = Vec::new();
        if !issue.background.trim().is_empty() {
            own.push(Shorten {
                part: DocumentPart::Background {
                    issue: title.clone(),
                },
                words: word_count(&issue.background),
            });
        }
        own.extend(issue.facts.iter().enumerate().map(|(n, f)| Shorten {
            part: DocumentPart::Fact {
                issue: title.clone(),
                number: n + 1,
            },
            words: word_count(&f.text) + word_count(&f.source),
        }));
        let questions = issue.questions.iter().map(|q| q.text.as_str());
        own.extend(numbered(title, questions, |issue, number| {
            DocumentPart::Question { issue, number }
        }));
        let recommendations = issue.recommendations.iter().map(|r| r.text.as_str());
        own.extend(numbered(title, recommendations, |issue, number| {
            DocumentPart::Recommendation { issue, number }
        }));
        if issues.len() > 1 {
            let total = word_count(title) + own.iter().map(|s| s.words).sum::<usize>();
            own.push(Shorten {
                part: DocumentPart::WholeIssue {
                    issue: title.clone(),
                },
                words: total,
            });
        }
        parts.extend(own);
    }
    parts.sort_by_key(|p| std::cmp::Reverse(p.words));
    parts.truncate(5);
    parts
}

/// The questions or recommendations of the issue `title`, numbered from 1, with their words.
fn numbered<'t>(
    title: &'t str,
    texts: impl Iterator<Item = &'t str> + 't,
    part: impl Fn(String, usize) -> DocumentPart + 't,
) -> impl Iterator<Item = Shorten> + 't {
    texts.enumerate().map(move |(n, text)| Shorten {
        part: part(title.to_string(), n + 1),
        words: word_count(text),
    })
}

/// The limit a document runs past.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "limit", rename_all = "snake_case")]
pub enum OverflowMeasure {
    /// The brief or the factsheet needs `pages` even at `smallest_size` points; its limit is
    /// `max_pages`.
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
    /// A written statement of `words`, counted as the submission is counted, over the
    /// `max_words` of the organisation's ECOSOC status.
    WordLimit { words: usize, max_words: usize },
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
    /// A numbered paragraph of the oral statement (the opening is not numbered): as
    /// generated, an issue's first key fact and strongest recommendation; as edited, the
    /// paragraph of the user's text.
    Paragraph {
        number: usize,
    },
    /// A passage said of the talking points' edited text (a paragraph, a bullet, a numbered
    /// point or a question; headings are not counted), numbered from 1 in the text's order.
    Passage {
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
    /// A draft written over its word limit (`--draft`, the window's draft switch): `words`
    /// against `max_words`. Marked as such on its pages; it cannot be submitted as it is.
    DraftOverLimit { words: usize, max_words: usize },
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
            OverflowMeasure::WordLimit { words, max_words } => write!(
                f,
                "has {words} words; the limit for the organisation's ECOSOC status is {max_words}: "
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
            DocumentPart::Passage { number } => write!(f, "passage {number} of your text"),
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
            DocumentNote::DraftOverLimit { words, max_words } => write!(
                f,
                "a draft over the limit: {words} words against {max_words}; cut {} before it is submitted",
                words.saturating_sub(*max_words)
            ),
        }
    }
}
