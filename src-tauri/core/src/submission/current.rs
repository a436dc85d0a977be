//! The current campaign's submission as the CLI and the window use it: start a draft, read it
//! with its word count, export it. Export checks the limit first: a submission over it is
//! refused with the count (OHCHR does not accept it), unless the user asks for a draft copy.

use std::path::Path;

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::{Submission, SubmissionKind, WordCount};
use crate::language::Language;
use crate::store::Store;
use crate::{Error, Result};

/// A submission with its word count against the limit.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CountedSubmission {
    pub submission: Submission,
    pub count: WordCount,
}

/// The formats a submission is exported to, chosen by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Docx,
    Pdf,
}

impl ExportFormat {
    pub fn from_path(path: &Path) -> Result<ExportFormat> {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_lowercase)
            .as_deref()
        {
            Some("docx") => Ok(ExportFormat::Docx),
            Some("pdf") => Ok(ExportFormat::Pdf),
            _ => Err(Error::invalid(
                "output file",
                format!(
                    "{} must end in .docx (Word, what OHCHR works with) or .pdf",
                    path.display()
                ),
            )),
        }
    }
}

/// The current campaign's submissions with their word counts, oldest first.
pub fn counted_submissions(store: &mut Store) -> Result<Vec<CountedSubmission>> {
    let settings = store.settings()?;
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    Ok(store
        .submissions(campaign.id)?
        .into_iter()
        .map(|submission| CountedSubmission {
            count: submission.word_count(&settings),
            submission,
        })
        .collect())
}

/// Starts a submission for the current campaign from its priority issues.
pub fn draft_submission(store: &mut Store, kind: SubmissionKind) -> Result<CountedSubmission> {
    let settings = store.settings()?;
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let organisation = store.organisation()?;
    let issues = store.priority_issues(campaign.id)?;
    if kind == SubmissionKind::Joint
        && organisation
            .as_ref()
            .map_or(true, |o| o.partners.is_empty())
    {
        return Err(Error::invalid(
            "joint submission",
            "a joint submission names two or more organisations; add your coalition partners first",
        ));
    }
    let draft = Submission::from_priority_issues(organisation.as_ref(), &campaign, &issues, kind);
    let submission = store.save_submission(campaign.id, draft)?;
    Ok(CountedSubmission {
        count: submission.word_count(&settings),
        submission,
    })
}

/// Picks the submission `id` from `list`, or the first (the oldest) when `id` is `None`.
pub fn choose(mut list: Vec<CountedSubmission>, id: Option<Uuid>) -> Result<CountedSubmission> {
    if list.is_empty() {
        return Err(Error::invalid(
            "submission",
            "there is no submission yet; start one from your priority issues with `upr-kit submission draft`",
        ));
    }
    let Some(id) = id else {
        // Not empty: checked above.
        return Ok(list.remove(0));
    };
    let at = list
        .iter()
        .position(|c| c.submission.id == id)
        .ok_or_else(|| Error::NotFound {
            what: "submission",
            id: id.to_string(),
        })?;
    Ok(list.swap_remove(at))
}

/// Writes the submission `id` (the first when `None`) of the current campaign to `out` (.docx or .pdf), our own
/// wording in `language` (default: the settings' document language). Over
/// the word limit it is refused unless `draft` is set; nothing is written on any failure.
pub fn export(
    store: &mut Store,
    id: Option<Uuid>,
    out: &Path,
    language: Option<Language>,
    draft: bool,
) -> Result<CountedSubmission> {
    // Refused before any work: never into the data folder, never onto a folder.
    store.check_output(out)?;
    let format = ExportFormat::from_path(out)?;
    let chosen = choose(counted_submissions(store)?, id)?;
    if !chosen.count.fits() && !draft {
        return Err(Error::SubmissionTooLong {
            words: chosen.count.words,
            limit: chosen.count.limit,
            over: chosen.count.over(),
            kind: match chosen.submission.kind {
                SubmissionKind::Individual => "an individual",
                SubmissionKind::Joint => "a joint",
            },
        });
    }
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let organisation = store.organisation()?;
    let settings = store.settings()?;
    let lang = language.unwrap_or(settings.document_language);
    let bytes = match format {
        ExportFormat::Docx => super::to_docx(
            &chosen.submission,
            organisation.as_ref(),
            &campaign,
            settings.paper,
            lang,
        )?,
        ExportFormat::Pdf => {
            let organisation = organisation.ok_or(Error::NotFound {
                what: "organisation",
                id: "(none yet: describe your organisation first, or load the demo)".into(),
            })?;
            crate::documents::submission::render(
                &chosen.submission,
                &organisation,
                &campaign,
                &settings,
                lang,
                draft,
            )?
        }
    };
    store.write_output(out, &bytes)?;
    Ok(chosen)
}
