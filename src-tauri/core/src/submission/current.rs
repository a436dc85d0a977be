//! The current campaign's submission as the CLI and the window use it: start a draft, read it
//! with its word count, export it. Export checks the limit first: a submission over it is
//! refused with the count (OHCHR does not accept it), unless the user asks for a draft copy.

use std::path::Path;

use serde::Serialize;

use super::{Submission, SubmissionKind, WordCount};
use crate::store::Store;
use crate::{Error, Result};

/// A submission with its word count against the limit.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl Store {
    /// The current campaign's submissions with their word counts, oldest first.
    pub fn counted_submissions(&mut self) -> Result<Vec<CountedSubmission>> {
        let settings = self.settings()?;
        let campaign = self.current_campaign()?.ok_or(Error::NoCampaign)?;
        Ok(self
            .submissions(campaign.id)?
            .into_iter()
            .map(|submission| CountedSubmission {
                count: submission.word_count(&settings),
                submission,
            })
            .collect())
    }

    /// Starts a submission for the current campaign from its priority issues.
    pub fn draft_submission(&mut self, kind: SubmissionKind) -> Result<CountedSubmission> {
        let settings = self.settings()?;
        let campaign = self.current_campaign()?.ok_or(Error::NoCampaign)?;
        let organisation = self.organisation()?;
        let issues = self.priority_issues(campaign.id)?;
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
        let draft =
            Submission::from_priority_issues(organisation.as_ref(), &campaign, &issues, kind);
        let submission = self.save_submission(campaign.id, draft)?;
        Ok(CountedSubmission {
            count: submission.word_count(&settings),
            submission,
        })
    }
}

/// Picks the submission: the one whose title or id starts with `which`, or the only/first one.
pub fn choose(mut list: Vec<CountedSubmission>, which: Option<&str>) -> Result<CountedSubmission> {
    if list.is_empty() {
        return Err(Error::NoSubmission);
    }
    let Some(which) = which else {
        // Not empty: checked above.
        return Ok(list.remove(0));
    };
    let wanted = which.trim().to_lowercase();
    let titles: Vec<String> = list
        .iter()
        .map(|c| format!("'{}'", c.submission.title))
        .collect();
    list.into_iter()
        .find(|c| {
            c.submission.id.to_string().starts_with(&wanted)
                || c.submission.title.to_lowercase().starts_with(&wanted)
        })
        .ok_or_else(|| {
            Error::invalid(
                "submission",
                format!(
                    "none starts with '{which}'; there are {}",
                    titles.join(", ")
                ),
            )
        })
}

/// Writes the chosen submission of the current campaign to `out` (.docx or .pdf), our own
/// wording in `language` ("en", "fr", "es"; default: the settings' document language). Over
/// the word limit it is refused unless `draft` is set; nothing is written on any failure.
pub fn export(
    store: &mut Store,
    which: Option<&str>,
    out: &Path,
    language: Option<&str>,
    draft: bool,
) -> Result<CountedSubmission> {
    // Refused before any work: never into the data folder, never onto a folder.
    store.check_output(out)?;
    let format = ExportFormat::from_path(out)?;
    let chosen = choose(store.counted_submissions()?, which)?;
    if !chosen.count.fits() && !draft {
        return Err(Error::SubmissionTooLong {
            words: chosen.count.words,
            limit: chosen.count.limit,
            over: chosen.count.over(),
            kind: chosen.submission.kind,
        });
    }
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let organisation = store.organisation()?;
    let settings = store.settings()?;
    let lang = crate::documents::cycle_design::language(&settings, language)?;
    let bytes = match format {
        ExportFormat::Docx => super::to_docx(
            &chosen.submission,
            organisation.as_ref(),
            &campaign,
            settings.paper,
            lang,
        )?,
        ExportFormat::Pdf => {
            let options = crate::documents::DocumentOptions {
                language: language.map(String::from),
                draft,
                submission: Some(chosen.submission.id),
                ..Default::default()
            };
            crate::documents::render_from_store(
                store,
                crate::documents::DocumentKind::Submission,
                &options,
            )?
            .pdf
        }
    };
    store.write_output(out, &bytes)?;
    Ok(chosen)
}
