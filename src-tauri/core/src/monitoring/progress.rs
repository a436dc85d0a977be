//! Implementation at a glance: how many received recommendations of each theme stand at each
//! status. The mid-term report opens with this table.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{ImplementationStatus, ReceivedRecommendation};
use crate::model::PriorityIssue;

/// The theme of recommendations not linked to a priority issue.
pub const OTHER_THEME: &str = "Other recommendations";

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ThemeProgress {
    /// The priority issue's title, or [`OTHER_THEME`].
    pub theme: String,
    /// Counts in the order of [`ImplementationStatus::ALL`].
    pub counts: [usize; 4],
}

impl ThemeProgress {
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    pub fn count(&self, status: ImplementationStatus) -> usize {
        let at = ImplementationStatus::ALL
            .iter()
            .position(|s| *s == status)
            .unwrap_or(0);
        self.counts[at]
    }
}

/// One row per priority issue that has received recommendations (in the campaign's order),
/// then one for those linked to none.
pub fn progress_by_theme(
    recommendations: &[ReceivedRecommendation],
    issues: &[PriorityIssue],
) -> Vec<ThemeProgress> {
    let mut by_issue: BTreeMap<Option<usize>, [usize; 4]> = BTreeMap::new();
    for r in recommendations {
        let issue = r
            .priority_issue_id
            .and_then(|id| issues.iter().position(|i| i.id == id));
        let at = ImplementationStatus::ALL
            .iter()
            .position(|s| *s == r.status)
            .unwrap_or(0);
        by_issue.entry(issue).or_default()[at] += 1;
    }
    let mut rows: Vec<ThemeProgress> = by_issue
        .iter()
        .filter_map(|(issue, counts)| {
            issue.map(|i| ThemeProgress {
                theme: issues[i].title.clone(),
                counts: *counts,
            })
        })
        .collect();
    if let Some(counts) = by_issue.get(&None) {
        rows.push(ThemeProgress {
            theme: OTHER_THEME.to_string(),
            counts: *counts,
        });
    }
    rows
}
