//! The text of a speech — the oral statement or the talking points — as the user edits it in
//! place: what the window's editor starts from (the generated text, or the edit kept for the
//! campaign), keeping an edit, and going back to the generated text. The document itself
//! says the edited text when there is one (`oral_statement`, `talking_points`), under the
//! same time limit.

use serde::Serialize;

use super::oral_statement::OralStatement;
use super::sources::Gathered;
use super::talking_points::TalkingPoints;
use super::{select_issues, target, DocumentOptions};
use crate::model::EditableDocument;
use crate::store::Store;
use crate::{Error, Result};

/// A speech's text for the editor, with what the live counter needs.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct SpeechText {
    pub document: EditableDocument,
    /// The text generated from the issues, in the document's language, as the user edits it
    /// (passages separated by blank lines; `talking_points_text` gives the talking points'
    /// marks).
    pub generated: String,
    /// The user's edit kept for the current campaign, said in place of `generated`.
    pub edited: Option<String>,
    /// The speaking rate the time is counted at (`Settings::speaking_rate`: words a minute,
    /// or characters a minute for Chinese).
    pub speaking_rate_wpm: u32,
    /// The slot: `Settings::oral_statement_seconds` (`joint_oral_statement_seconds` for a
    /// joint statement), or the talking points' longest,
    /// `Settings::talking_points_max_seconds`.
    pub limit_seconds: u32,
}

/// The current campaign's text of `document`, generated with `options` (language, chosen
/// issues, the delegation for the talking points) and as edited.
pub fn speech_text(
    store: &mut Store,
    document: EditableDocument,
    options: &DocumentOptions,
) -> Result<SpeechText> {
    let gathered = Gathered::from_store(store)?;
    let sources = gathered.sources();
    let issues = select_issues(sources.issues, &options.issues)?;
    let sources = super::Sources {
        issues: &issues,
        ..sources
    };
    let preamble = sources.preamble(options)?;
    let settings = sources.settings;
    let (generated, limit_seconds) = match document {
        EditableDocument::OralStatement => {
            let slot = super::oral_statement::slot(&sources, options)?;
            (
                OralStatement {
                    sources: &sources,
                    slot,
                }
                .generated_text(&preamble),
                slot,
            )
        }
        EditableDocument::TalkingPoints => (
            TalkingPoints {
                sources: &sources,
                target: target(&sources, options)?,
            }
            .generated_text(&preamble),
            settings.talking_points_max_seconds,
        ),
    };
    Ok(SpeechText {
        document,
        generated,
        edited: sources.edited(document).map(str::to_string),
        speaking_rate_wpm: settings.speaking_rate(preamble.lang),
        limit_seconds,
    })
}

/// Keeps `text` as the campaign's text of `document`. A text without words is refused: the
/// way back to the generated text is [`reset_speech_text`]; white space around it is
/// dropped. Over the time limit is allowed here (the counter says so); the PDF refuses it.
pub fn save_speech_text(store: &mut Store, document: EditableDocument, text: &str) -> Result<()> {
    if super::speech::word_count(text) == 0 {
        let what = match document {
            EditableDocument::OralStatement => "oral statement",
            EditableDocument::TalkingPoints => "talking points",
        };
        return Err(Error::invalid(
            what,
            "it has no words; write the text or reset it to the generated text",
        ));
    }
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    store.save_edited_text(campaign.id, document, text.trim())
}

/// Forgets the campaign's edit of `document`: it is generated from the issues again.
pub fn reset_speech_text(store: &mut Store, document: EditableDocument) -> Result<()> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    store.clear_edited_text(campaign.id, document)
}
