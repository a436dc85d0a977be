//! A short account of what the store holds: what `upr-kit show` prints and the first window
//! lists.

use serde::Serialize;
use ts_rs::TS;

use super::Store;
use crate::model::{Campaign, Logo, LogoKind, LogoLimits};
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
    /// The organisation's logo, when one is stored.
    pub logo: Option<LogoSummary>,
}

/// What a stored logo is: its kind and size in pixels.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LogoSummary {
    pub kind: LogoKind,
    pub width: u32,
    pub height: u32,
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
        // Described, not judged: the limits were applied when the logo came in.
        let unlimited = LogoLimits {
            max_bytes: u64::MAX,
            max_pixels: u32::MAX,
        };
        let logo = org
            .as_ref()
            .and_then(|o| o.logo.as_deref())
            .and_then(|url| Logo::from_data_url("logo", url, unlimited).ok())
            .map(|l| LogoSummary {
                kind: l.kind,
                width: l.width,
                height: l.height,
            });
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
            logo,
        })
    }
}
