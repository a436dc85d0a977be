//! A short account of what the store holds: what `upr-kit show` prints and the first window
//! lists.

use serde::Serialize;
use ts_rs::TS;

use super::Store;
use crate::model::Campaign;
use crate::Result;

#[derive(Debug, Clone, Serialize, TS)]
pub struct Summary {
    pub organisation: Option<String>,
    pub acronym: String,
    pub partners: Vec<String>,
    /// The current campaign (see [`Store::current_campaign`]).
    pub campaign: Option<Campaign>,
    pub other_campaigns: usize,
    pub priority_issues: Vec<IssueSummary>,
    pub target_states: Vec<String>,
    pub meetings: usize,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct IssueSummary {
    pub rank: u32,
    pub title: String,
    pub facts: usize,
    pub questions: usize,
    pub recommendations: usize,
}

impl Store {
    pub fn summary(&mut self) -> Result<Summary> {
        let org = self.organisation()?;
        let campaigns = self.campaigns()?;
        let campaign = campaigns.first().cloned();
        let (issues, targets, meetings) = match &campaign {
            Some(c) => (
                self.priority_issues(c.id)?,
                self.target_states(c.id)?,
                self.meetings(c.id)?.len(),
            ),
            None => (Vec::new(), Vec::new(), 0),
        };
        Ok(Summary {
            organisation: org.as_ref().map(|o| o.name.clone()),
            acronym: org.as_ref().map(|o| o.acronym.clone()).unwrap_or_default(),
            partners: org
                .map(|o| o.partners.into_iter().map(|p| p.name).collect())
                .unwrap_or_default(),
            campaign,
            other_campaigns: campaigns.len().saturating_sub(1),
            priority_issues: issues
                .into_iter()
                .map(|i| IssueSummary {
                    rank: i.rank,
                    title: i.title,
                    facts: i.facts.len(),
                    questions: i.questions.len(),
                    recommendations: i.recommendations.len(),
                })
                .collect(),
            target_states: targets.into_iter().map(|t| t.state).collect(),
            meetings,
        })
    }
}
