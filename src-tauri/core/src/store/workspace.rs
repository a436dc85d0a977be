//! Everything the window shows of the current campaign, read in one transaction: what the app
//! loads at start and after an import.

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use super::Store;
use crate::model::{Campaign, Meeting, Organisation, PriorityIssue, TargetState};
use crate::settings::Settings;
use crate::Result;

#[derive(Debug, Clone, Serialize, TS)]
pub struct Workspace {
    pub organisation: Option<Organisation>,
    /// The current campaign (see [`Store::current_campaign`]).
    pub campaign: Option<Campaign>,
    pub priority_issues: Vec<PriorityIssue>,
    pub target_states: Vec<TargetState>,
    pub meetings: Vec<Meeting>,
    pub settings: Settings,
    /// When the last backup was written, for the Overview's reminder.
    pub last_backup_at: Option<DateTime<Utc>>,
}

impl Store {
    pub fn workspace(&mut self) -> Result<Workspace> {
        let settings = self.settings()?;
        self.read(|tx| {
            let organisation = super::organisation::get(tx)?;
            let campaign = super::campaign::list(tx)?.into_iter().next();
            let (priority_issues, target_states, meetings) = match &campaign {
                Some(c) => (
                    super::priority_issue::list(tx, c.id)?,
                    super::target_state::list(tx, c.id)?,
                    super::meeting::list(tx, c.id)?,
                ),
                None => Default::default(),
            };
            Ok(Workspace {
                organisation,
                campaign,
                priority_issues,
                target_states,
                meetings,
                settings,
                last_backup_at: super::settings::last_backup_at(tx)?,
            })
        })
    }
}
