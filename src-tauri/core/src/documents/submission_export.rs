//! The stakeholder submission written out for OHCHR: as Word (`submission_docx`, what OHCHR
//! works with) or as PDF (through the pipeline, `submission`), chosen by the file's
//! extension. The limit is checked first: a submission over it is refused with the count
//! (OHCHR does not accept it), unless the user asks for a draft copy.

use std::path::Path;

use uuid::Uuid;

use super::submission_docx::to_docx;
use super::{render_from_store, DocumentKind, DocumentOptions};
use crate::language::Language;
use crate::store::Store;
use crate::submission::{choose, counted_submissions, CountedSubmission};
use crate::{Error, Result};

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

/// Writes the submission `id` (the first when `None`) of the current campaign to `out` (.docx or .pdf), our own
/// wording in `language` (default: the settings' document language). Over
/// the word limit it is refused unless `draft` is set; nothing is written on any failure.
pub fn export_submission(
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
            kind: chosen.submission.kind,
        });
    }
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let organisation = store.organisation()?;
    let settings = store.settings()?;
    let lang = language.unwrap_or(settings.document_language);
    let bytes = match format {
        ExportFormat::Docx => to_docx(
            &chosen.submission,
            organisation.as_ref(),
            &campaign,
            settings.paper,
            lang,
        )?,
        ExportFormat::Pdf => {
            let options = DocumentOptions {
                language,
                draft,
                submission: Some(chosen.submission.id),
                ..Default::default()
            };
            render_from_store(store, DocumentKind::Submission, &options)?
                .paint()?
                .pdf
        }
    };
    store.write_output(out, &bytes)?;
    Ok(chosen)
}
