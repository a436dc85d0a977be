//! The stakeholder submission to OHCHR: drafted by sections (summary, issues with numbered
//! paragraphs, recommendations), individual or joint, counted against OHCHR's word limits
//! (footnotes and annexes excluded) before it is exported to Word or PDF.
//!
//! Footnotes are written inside a paragraph as `^[the note]`, where they belong, so that a
//! paragraph pasted from elsewhere keeps its notes; the count and the exports take them out.

mod current;
mod word_count;

pub use current::{choose, counted_submissions, draft_submission, CountedSubmission};
// The submission's records and their footnotes, kept in the model; named here too for the
// submission's users.
pub use crate::model::{split_footnotes, Segment, Submission, SubmissionIssue, SubmissionKind};
pub use word_count::{count_words, WordCount};
