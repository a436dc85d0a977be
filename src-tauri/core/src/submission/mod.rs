//! The stakeholder submission to OHCHR: drafted by sections (summary, issues with numbered
//! paragraphs, recommendations), individual or joint, counted against OHCHR's word limits
//! (footnotes and annexes excluded) before it is exported to Word or PDF.
//!
//! Footnotes are written inside a paragraph as `^[the note]`, where they belong, so that a
//! paragraph pasted from elsewhere keeps its notes; the count and the exports take them out.

mod current;
mod docx;
mod draft;
mod footnotes;
mod word_count;

pub use current::{choose, export, CountedSubmission, ExportFormat};
pub(crate) use docx::roman;
pub use docx::to_docx;
pub use draft::{Submission, SubmissionIssue, SubmissionKind};
pub use footnotes::{split_footnotes, Segment};
pub use word_count::{count_words, WordCount};
