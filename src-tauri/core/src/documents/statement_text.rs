//! The oral statement's text as the user edits it in place: what the window's editor starts
//! from (the generated statement, or the edit kept for the campaign), keeping an edit, and
//! going back to the generated text. The document itself says the edited text when there is
//! one (`oral_statement`), under the same time limit.

use serde::Serialize;

use super::oral_statement::{OralStatement, EDITED_TEXT};
use super::sources::Gathered;
use super::{select_issues, DocumentOptions};
use crate::store::Store;
use crate::{Error, Result};

/// The statement's text for the editor, with what the live counter needs.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct StatementText {
    /// The statement generated from the issues, in the document's language: the opening and
    /// the paragraphs separated by blank lines.
    pub generated: String,
    /// The user's edit kept for the current campaign, said in place of `generated`.
    pub edited: Option<String>,
    /// The speaking rate the time is counted at (`Settings::speaking_rate_wpm`).
    pub speaking_rate_wpm: u32,
    /// The slot (`Settings::oral_statement_seconds`).
    pub limit_seconds: u32,
}

/// The current campaign's statement text, generated with `options` (language, chosen issues)
/// and as edited.
pub fn oral_statement_text(store: &mut Store, options: &DocumentOptions) -> Result<StatementText> {
    let gathered = Gathered::from_store(store)?;
    let sources = gathered.sources();
    let issues = select_issues(sources.issues, &options.issues)?;
    let sources = super::Sources {
        issues: &issues,
        ..sources
    };
    let preamble = sources.preamble(options)?;
    let generated = OralStatement { sources: &sources }.generated_text(&preamble);
    Ok(StatementText {
        generated,
        edited: sources.oral_statement_text.map(str::to_string),
        speaking_rate_wpm: sources.settings.speaking_rate(preamble.lang),
        limit_seconds: sources.settings.oral_statement_seconds,
    })
}

/// Keeps `text` as the campaign's oral statement. A text without words is refused: the way
/// back to the generated statement is [`reset_oral_statement_text`]; white space around it is
/// dropped. Over the time limit is allowed here (the counter says so); the PDF refuses it.
pub fn save_oral_statement_text(store: &mut Store, text: &str) -> Result<()> {
    if super::speech::word_count(text) == 0 {
        return Err(Error::invalid(
            "oral statement",
            "it has no words; write the statement or reset it to the generated text",
        ));
    }
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    store.save_edited_text(campaign.id, EDITED_TEXT, text.trim())
}

/// Forgets the campaign's edit: the statement is generated from the issues again.
pub fn reset_oral_statement_text(store: &mut Store) -> Result<()> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    store.clear_edited_text(campaign.id, EDITED_TEXT)
}
