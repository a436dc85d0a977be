//! What goes on paper: the six documents an organisation prints for the UPR — the three it
//! takes to the lobbying, the brief for a delegation (`brief`), the pre-session talking points
//! (`talking_points`) and the two-minute oral statement at the Human Rights Council
//! (`oral_statement`) — and the three of the cycle around them: the mid-term implementation
//! report (`midterm_report`), the advocacy factsheet of one theme (`factsheet`) and the
//! stakeholder submission as PDF
//! (`submission`). The print run for Geneva (`print_run`) writes a tailored brief for every
//! target State and one file of them all behind an agenda page (`agenda`), named by State
//! (`file_name`).
//!
//! Every one takes the same path (`pipeline`): gather its sources from the store
//! (`sources`), check that every character is printable (`printable`), compose its blocks in
//! the chosen language (`wording`) and the house design (`design`, `cycle_design`), lay them
//! out (`crate::layout`), check its limit, and paint it (`crate::pdf`). [`write`] writes the
//! PDF, [`preview`] returns the same pages for the window, laid out and checked but not
//! painted. A document that does not fit its
//! limit returns what overflows, by how much and what to shorten ([`Overflow`]). Nothing is
//! cut and no text is shrunk below a readable size to make it fit.

mod advice;
mod agenda;
pub mod brief;
pub(crate) mod cycle_design;
mod design;
pub mod factsheet;
mod file_name;
mod letter;
mod letter_docx;
pub mod midterm_report;
mod names_in_documents;
pub mod oral_statement;
mod pipeline;
mod press_release;
mod preview;
mod print_run;
mod printable;
mod running_text;
mod sources;
pub mod speech;
mod speech_text;
pub mod submission;
mod submission_docx;
mod submission_export;
pub mod talking_points;
mod talking_points_text;
mod word_paragraphs;
mod written_statement;
mod written_statement_docx;

#[cfg(test)]
mod tests;

use std::fmt;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::layout::Layout;
use crate::model::EditableDocument;
use crate::settings::Paper;
use crate::store::Store;
use crate::submission::WordCount;
use crate::{Error, Result};

pub use crate::language::Language;
pub use advice::{DocumentNote, DocumentPart, Overflow, OverflowMeasure, Shorten};
pub use brief::PriorRecommendation;
pub use factsheet::FactsheetSummary;
pub use letter::write_letter;
pub use midterm_report::MidtermSummary;
pub use names_in_documents::{
    names_in_documents, reset_custom_name, save_custom_name, NameInDocuments, NamedParty,
};
pub use press_release::{
    press_details, press_release_text, save_press_details, write_press_release,
};
pub use preview::{preview, Preview};
pub use print_run::{
    plan_briefs, write_briefs, PrintProgress, PrintRun, PrintRunPlan, TooLongBrief, WrittenBrief,
};
pub(crate) use printable::check_printable;
pub use sources::Sources;
pub use speech_text::{reset_speech_text, save_speech_text, speech_text, SpeechText};
pub use submission_docx::to_docx;
pub use submission_export::{export_submission, ExportFormat};
pub use written_statement::write_written_statement;
// The wording lives below the documents; the documents' files still name it as their own.
pub(crate) use crate::wording;

use pipeline::LaidOut;
use printable::check_characters;
use sources::{select_issues, target, with_prior_recommendations, Gathered};

/// Which document. It crosses to the window as its snake_case name ("talking_points").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    #[default]
    Brief,
    TalkingPoints,
    OralStatement,
    MidtermReport,
    Factsheet,
    Submission,
    PressRelease,
    Letter,
    WrittenStatement,
}

impl DocumentKind {
    /// Every document, in the order the window offers them.
    pub const ALL: [DocumentKind; 6] = [
        DocumentKind::Brief,
        DocumentKind::TalkingPoints,
        DocumentKind::OralStatement,
        DocumentKind::MidtermReport,
        DocumentKind::Factsheet,
        DocumentKind::Submission,
    ];
}

impl DocumentKind {
    /// The document whose text the user may edit, when this is one.
    pub fn editable(self) -> Option<EditableDocument> {
        match self {
            DocumentKind::OralStatement => Some(EditableDocument::OralStatement),
            DocumentKind::TalkingPoints => Some(EditableDocument::TalkingPoints),
            _ => None,
        }
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DocumentKind::Brief => "brief",
            DocumentKind::TalkingPoints => "talking points",
            DocumentKind::OralStatement => "oral statement",
            DocumentKind::MidtermReport => "mid-term report",
            DocumentKind::Factsheet => "factsheet",
            DocumentKind::Submission => "submission",
            DocumentKind::PressRelease => "press release",
            DocumentKind::Letter => "letter",
            DocumentKind::WrittenStatement => "written statement",
        })
    }
}

/// The user's choices for one document, the same for every kind: what all documents share
/// (language, paper, draft), then each kind's own. Everything left at its default comes
/// from the settings or from the data. The window sends it as it is.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[serde(default)]
// What the window may leave out: every choice has its default.
#[ts(optional_fields = nullable)]
pub struct DocumentOptions {
    /// The settings' document language when `None`.
    pub language: Option<Language>,
    /// The settings' paper when `None`.
    pub paper: Option<Paper>,
    /// Marks every page "draft"; a submission over its word limit is written only as a draft.
    #[ts(as = "Option<bool>", optional)]
    pub draft: bool,
    /// The date printed in the header; today when `None`.
    pub date: Option<NaiveDate>,
    /// The creation date in the PDF's metadata; now when `None`.
    #[serde(skip)]
    pub created: Option<DateTime<Utc>>,
    /// The brief and the talking points for this delegation (a target State's name).
    pub target_state: Option<String>,
    /// The lobbying documents: titles of the priority issues to include; all when empty.
    #[ts(as = "Option<Vec<String>>", optional)]
    pub issues: Vec<String>,
    /// The brief: what the target State recommended before on these issues, from the
    /// database of past recommendations, when it has any. Found by `write` and `preview`
    /// when left empty.
    #[serde(skip)]
    pub prior_recommendations: Vec<PriorRecommendation>,
    /// The factsheet: the priority issue it is on, by title or the start of it; the first
    /// issue when `None`.
    pub theme: Option<String>,
    /// The submission: which one (the first of the campaign when `None`).
    pub submission: Option<Uuid>,
    /// The press release: printed "embargoed until" this day and time (Geneva time); "for
    /// immediate release" when `None`.
    #[ts(as = "Option<String>")]
    pub embargo: Option<chrono::NaiveDateTime>,
    /// The letter: to whom (a minister, the Permanent Representative), as the address block
    /// says it; the catalogue's "Minister for Foreign Affairs" when `None`.
    pub to: Option<String>,
    /// The oral statement: a joint statement of the organisation and its coalition partners,
    /// timed against the joint slot (`Settings::joint_oral_statement_seconds`); refused
    /// without partners.
    #[ts(as = "Option<bool>", optional)]
    pub joint: bool,
}

/// What the window asks for: which document, with the user's choices for it. The kind is
/// typed, so an unknown one is refused when the request is read, before any work.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
pub struct DocumentRequest {
    pub kind: DocumentKind,
    #[serde(flatten)]
    #[ts(flatten)]
    pub options: DocumentOptions,
}

/// What came out.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct DocumentReport {
    pub kind: DocumentKind,
    pub pages: usize,
    /// Words of the document; for the speeches, the words read aloud.
    pub words: usize,
    /// The time to say them at the configured speaking rate; 0 for what is not spoken.
    pub seconds: u32,
    /// The body text size the document was set in, in points.
    pub body_size: f32,
    /// Remarks the user should see (a speech shorter than its slot…).
    pub notes: Vec<DocumentNote>,
    /// What a document of the cycle holds, for the message the user sees.
    pub details: Option<DocumentDetails>,
}

/// A cycle document's own account of what it holds.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum DocumentDetails {
    MidtermReport(MidtermSummary),
    Factsheet(FactsheetSummary),
    /// The submission's words against OHCHR's limit.
    Submission(WordCount),
}

/// A document painted: the PDF, with what the pipeline reported and the pages it was painted
/// from.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub report: DocumentReport,
    /// The pages the PDF was painted from; the app's preview draws the same tree.
    pub layout: Layout,
}

/// Makes one of the three lobbying documents from the data in `sources` (the cycle's
/// documents need the store: see [`write`] and [`preview`]).
pub fn render(
    kind: DocumentKind,
    sources: &Sources,
    options: &DocumentOptions,
) -> Result<Rendered> {
    lay_out_from_sources(kind, sources, options)?.paint()
}

/// Every step of [`render`] but the last: the document laid out and checked, not painted.
fn lay_out_from_sources(
    kind: DocumentKind,
    sources: &Sources,
    options: &DocumentOptions,
) -> Result<LaidOut> {
    sources.settings.validate()?;
    let issues = select_issues(sources.issues, &options.issues)?;
    let sources = Sources {
        issues: &issues,
        ..*sources
    };
    check_characters(kind, &sources, options)?;
    let preamble = sources.preamble(options)?;
    let target = target(&sources, options)?;
    match kind {
        DocumentKind::Brief => pipeline::run(
            &brief::Brief {
                sources: &sources,
                options,
                target,
            },
            &preamble,
            options,
        ),
        DocumentKind::TalkingPoints => pipeline::run(
            &talking_points::TalkingPoints {
                sources: &sources,
                target,
            },
            &preamble,
            options,
        ),
        DocumentKind::OralStatement => pipeline::run(
            &oral_statement::OralStatement {
                sources: &sources,
                slot: oral_statement::slot(&sources, options)?,
            },
            &preamble,
            options,
        ),
        other => Err(Error::invalid(
            "document",
            format!("the {other} is made from the store, not from sources alone"),
        )),
    }
}

/// Lays out and checks a document from the store's current campaign: what `write` paints
/// and `preview` shows without painting, so that the two can never disagree.
pub(crate) fn render_from_store(
    store: &mut Store,
    kind: DocumentKind,
    options: &DocumentOptions,
) -> Result<LaidOut> {
    let gathered = Gathered::from_store(store)?;
    let sources = gathered.sources();
    match kind {
        DocumentKind::Brief | DocumentKind::TalkingPoints | DocumentKind::OralStatement => {
            let options = with_prior_recommendations(store, kind, options, &sources)?;
            lay_out_from_sources(kind, &sources, &options)
        }
        DocumentKind::MidtermReport => {
            let received = store.received_recommendations(sources.campaign.id)?;
            midterm_report::render(&sources, &received, options)
        }
        DocumentKind::Factsheet => {
            let received = store.received_recommendations(sources.campaign.id)?;
            factsheet::render(&sources, &received, options)
        }
        DocumentKind::Submission => {
            let chosen = crate::submission::choose(
                crate::submission::counted_submissions(store)?,
                options.submission,
            )?;
            submission::render(&sources, &chosen, options)
        }
        DocumentKind::PressRelease => {
            let received = store.received_recommendations(sources.campaign.id)?;
            let press = store.press_details(sources.campaign.id)?;
            press_release::render(&sources, &received, &press, options)
        }
        DocumentKind::Letter => {
            let received = store.received_recommendations(sources.campaign.id)?;
            letter::render(&sources, &received, options)
        }
        DocumentKind::WrittenStatement => written_statement::render(&sources, options),
    }
}

/// Makes a document from the store's current campaign and writes it to `out`. On any
/// failure, overflow included, nothing is written.
pub fn write(
    store: &mut Store,
    kind: DocumentKind,
    options: &DocumentOptions,
    out: &Path,
) -> Result<DocumentReport> {
    // Refused before any work: never into the data folder, never onto a folder.
    store.check_output(out)?;
    let rendered = render_from_store(store, kind, options)?.paint()?;
    store.write_output(out, &rendered.pdf)?;
    Ok(rendered.report)
}

/// Writes a document in the format its file's name asks for: Word (`.docx`) for the letter
/// and the written statement, plain text (`.txt`) for the press release, else the PDF. What
/// the window's Save writes, so that it writes every format the command line does. A kind
/// that has no such format is refused before any work rather than given a PDF under a
/// `.docx` or `.txt` name. On any failure nothing is written.
pub fn write_file(
    store: &mut Store,
    kind: DocumentKind,
    options: &DocumentOptions,
    out: &Path,
) -> Result<DocumentReport> {
    let extension = out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase);
    match (kind, extension.as_deref()) {
        (DocumentKind::Letter, _) => write_letter(store, options, out),
        (DocumentKind::WrittenStatement, _) => write_written_statement(store, options, out),
        (DocumentKind::PressRelease, Some("txt")) => {
            press_release::write_press_release_text(store, options, out)
        }
        (_, Some(other @ ("docx" | "txt"))) => Err(Error::invalid(
            "output file",
            format!(
                "the {kind} is made here as PDF only, not as .{other}: end the file name in .pdf"
            ),
        )),
        _ => write(store, kind, options, out),
    }
}

/// Writes a document that also comes as Word (the letter, the written statement) to `out`:
/// Word for a `.docx` file, made by `word` from the sources on the chosen paper, else the PDF.
/// The PDF's limit holds for the Word file too: it is laid out and checked, not painted, and
/// on any failure nothing is written.
fn write_pdf_or_word(
    store: &mut Store,
    kind: DocumentKind,
    options: &DocumentOptions,
    out: &Path,
    word: impl FnOnce(&mut Store, &Sources, Paper) -> Result<Vec<u8>>,
) -> Result<DocumentReport> {
    if ExportFormat::from_path(out)? == ExportFormat::Pdf {
        return write(store, kind, options, out);
    }
    store.check_output(out)?;
    let laid = render_from_store(store, kind, options)?;
    let gathered = Gathered::from_store(store)?;
    let sources = gathered.sources();
    let paper = options.paper.unwrap_or(sources.settings.paper);
    let bytes = word(store, &sources, paper)?;
    store.write_output(out, &bytes)?;
    Ok(laid.report)
}

/// The session adopting the review's outcome as the documents print it: a number typed
/// named as the UN names the session ("fifty-fifth session", "Fifty-fifth session" at the
/// start of a line), anything else as typed ("HRC 65").
fn adoption_session(lang: Language, typed: &str, line_start: bool) -> String {
    match lang.session_name(typed) {
        Some(name) if line_start => crate::names_in_text::capitalised(&name),
        Some(name) => name,
        None => typed.trim().to_string(),
    }
}

/// The first letter in lower case when the text starts like a sentence ("Repeal the law"
/// after "We urge Meridia to"), as written otherwise ("ICCPR…", "Meridia…" keep theirs).
fn continue_sentence(text: &str) -> String {
    let mut chars = text.trim().chars();
    match (chars.next(), chars.clone().next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            let rest: String = chars.collect();
            // A proper noun cannot be told from a verb; the catalogue's verbs ("Adopt",
            // "Ratify"…) are what recommendations start with (UPR Info's guidance).
            first.to_lowercase().collect::<String>() + &rest
        }
        _ => text.trim().to_string(),
    }
}
