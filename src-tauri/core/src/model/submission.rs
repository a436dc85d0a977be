//! A submission as the organisation drafts it, and a first draft made from the campaign's
//! priority issues so that nobody starts from a blank page.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::{new_id, now, Campaign, Organisation, PriorityIssue};

/// An organisation may make one individual submission and join any number of joint ones
/// (two or more organisations); the word limit depends on which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SubmissionKind {
    #[default]
    Individual,
    Joint,
}

impl SubmissionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SubmissionKind::Individual => "individual",
            SubmissionKind::Joint => "joint",
        }
    }

    pub fn parse(s: &str) -> Option<SubmissionKind> {
        match s {
            "individual" => Some(SubmissionKind::Individual),
            "joint" => Some(SubmissionKind::Joint),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Submission {
    pub id: Uuid,
    pub title: String,
    #[serde(default)]
    pub kind: SubmissionKind,
    /// The other organisations of a joint submission, as they want to be named.
    #[serde(default)]
    pub partners: Vec<String>,
    /// Paragraphs separated by blank lines.
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub issues: Vec<SubmissionIssue>,
    /// One recommendation per entry, numbered with the paragraphs.
    #[serde(default)]
    pub recommendations: Vec<String>,
    /// Not counted against the limit; paragraphs separated by blank lines.
    #[serde(default)]
    pub annexes: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Moves on every save that changes the record; a save based on an older version is
    /// refused (see `store/record_version.rs`). Files without it read as version 1.
    #[serde(default = "crate::model::first_version")]
    pub version: u32,
}

/// One issue of the submission: a heading and its numbered paragraphs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SubmissionIssue {
    pub heading: String,
    #[serde(default)]
    pub paragraphs: Vec<String>,
}

impl Submission {
    /// The summary as paragraphs: split at blank lines, empty ones dropped.
    pub fn summary_paragraphs(&self) -> Vec<&str> {
        blocks(&self.summary)
    }

    pub fn annex_paragraphs(&self) -> Vec<&str> {
        blocks(&self.annexes)
    }

    /// A first draft from the campaign's priority issues: each issue's background and key
    /// facts become paragraphs (a fact's source its footnote), its recommendations the
    /// submission's. Partners of the coalition are named when the submission is joint.
    pub fn from_priority_issues(
        organisation: Option<&Organisation>,
        campaign: &Campaign,
        issues: &[PriorityIssue],
        kind: SubmissionKind,
    ) -> Submission {
        let by = organisation.map_or(String::new(), |o| format!(" by {}", o.name));
        let partners = match (kind, organisation) {
            (SubmissionKind::Joint, Some(org)) => {
                org.partners.iter().map(|p| p.name.clone()).collect()
            }
            _ => Vec::new(),
        };
        let mut sorted: Vec<&PriorityIssue> = issues.iter().collect();
        sorted.sort_by_key(|i| i.rank);
        let sections = sorted
            .iter()
            .map(|issue| {
                let mut paragraphs: Vec<String> = blocks(&issue.background)
                    .into_iter()
                    .map(str::to_string)
                    .collect();
                for fact in &issue.facts {
                    if fact.source.trim().is_empty() {
                        paragraphs.push(fact.text.clone());
                    } else {
                        paragraphs.push(format!("{}^[{}]", fact.text, fact.source.trim()));
                    }
                }
                SubmissionIssue {
                    heading: issue.title.clone(),
                    paragraphs,
                }
            })
            .collect();
        let recommendations = sorted
            .iter()
            .flat_map(|i| i.recommendations.iter().map(|r| r.text.clone()))
            .collect();
        let stamp = now();
        Submission {
            id: new_id(),
            title: format!(
                "{} submission{by} for the Universal Periodic Review of {}, session {}",
                match kind {
                    SubmissionKind::Individual => "Stakeholder",
                    SubmissionKind::Joint => "Joint stakeholder",
                },
                campaign.state_under_review,
                campaign.session
            ),
            kind,
            partners,
            summary: String::new(),
            issues: sections,
            recommendations,
            annexes: String::new(),
            created_at: stamp,
            updated_at: stamp,
            version: super::UNSAVED,
        }
    }
}

fn blocks(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if blank {
            if let Some(s) = start.take() {
                out.push(text[s..end].trim());
            }
        } else {
            if start.is_none() {
                start = Some(offset);
            }
            end = offset + line.len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push(text[s..end].trim());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_split_at_blank_lines() {
        assert_eq!(
            blocks("One\nstill one\n\n  \nTwo\r\n\r\nThree"),
            ["One\nstill one", "Two", "Three"]
        );
        assert!(blocks("  \n\n").is_empty());
    }

    #[test]
    fn a_first_draft_carries_every_issue_fact_source_and_recommendation() {
        let doc = crate::demo::document().unwrap();
        let data = &doc.campaigns[0];
        let draft = Submission::from_priority_issues(
            doc.organisation.as_ref(),
            &data.campaign,
            &data.priority_issues,
            SubmissionKind::Joint,
        );
        assert_eq!(draft.issues.len(), data.priority_issues.len());
        assert_eq!(draft.issues[0].heading, data.priority_issues[0].title);
        let recs: usize = data
            .priority_issues
            .iter()
            .map(|i| i.recommendations.len())
            .sum();
        assert_eq!(draft.recommendations.len(), recs);
        let fact = &data.priority_issues[0].facts[0];
        assert!(draft.issues[0]
            .paragraphs
            .iter()
            .any(|p| p.contains(&format!("^[{}]", fact.source))));
        assert_eq!(
            draft.partners.len(),
            doc.organisation.as_ref().unwrap().partners.len()
        );
        assert!(
            draft
                .title
                .starts_with("Joint stakeholder submission by Meridia Coalition"),
            "{}",
            draft.title
        );
    }
}
