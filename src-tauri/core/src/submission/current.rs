//! The current campaign's submission as the CLI and the window use it: start a draft, read it
//! with its word count, choose one. Writing it out (Word or PDF) is the documents' work
//! (`documents/submission_export.rs`).

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::{Submission, SubmissionKind, WordCount};
use crate::store::Store;
use crate::{Error, Result};

/// A submission with its word count against the limit.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CountedSubmission {
    pub submission: Submission,
    pub count: WordCount,
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
        return Err(Error::NoSubmission);
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
