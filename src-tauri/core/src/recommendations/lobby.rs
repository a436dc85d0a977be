//! Whom to lobby: the recommending States that raised the campaign's priority issues before,
//! ranked, each with the recommendations that put it on the list.
//!
//! UPR Info's advice is to meet the States that made recommendations on the organisation's
//! issues, to this State under Review or to others (the troika has no more weight than any
//! other State). The score, per recommending State, adds one term per past recommendation that
//! carries any of the issues (a recommendation tagged with two of them counts once):
//!
//! ```text
//! term = target × specificity × response
//!   target      = weights.to_this_state  when it was made to this State under Review
//!                 weights.to_others      when it was made to another State
//!   specificity = weights.category[c-1]  for action category c (1 minimal … 5 specific)
//!                 weights.unknown_category when the file gave no category
//!   response    = weights.supported / weights.noted / 1.0 (no response recorded), only for
//!                 recommendations to this State under Review; 1.0 for those to others
//! ```
//!
//! With the defaults, one specific (category 5) recommendation to this State under Review that
//! it supported is worth 3 × 1 × 1.25 = 3.75, as much as about four specific ones made to other
//! States or nineteen "seek assistance" (category 1) ones made elsewhere: a State that already
//! pressed this State under Review on the issue is the likeliest to do so again, and a
//! supported recommendation lets it ask what was done. Ties go to the State with more
//! recommendations to this State under Review, then by name.

use std::collections::HashMap;

use rusqlite::types::Value;
use serde::Serialize;

use super::state_names::{spelling_in_database, Spelling, StateRole};
use super::stored::{Response, StoredRecommendation, COLUMNS};
use crate::model::ActionCategory;
use crate::store::Store;
use crate::{Error, Result};

/// The weights of the score (see the module's documentation).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LobbyWeights {
    pub to_this_state: f64,
    pub to_others: f64,
    /// By action category, 1 (minimal) to 5 (specific).
    pub category: [f64; 5],
    pub unknown_category: f64,
    /// For recommendations to this State under Review, by its response.
    pub supported: f64,
    pub noted: f64,
}

impl LobbyWeights {
    pub const DEFAULT: LobbyWeights = LobbyWeights {
        to_this_state: 3.0,
        to_others: 1.0,
        category: [0.2, 0.4, 0.6, 0.8, 1.0],
        unknown_category: 0.5,
        supported: 1.25,
        noted: 1.0,
    };

    /// The term one recommendation adds to its State's score.
    pub fn term(&self, r: &StoredRecommendation, to_this_state: bool) -> f64 {
        let specificity = r.action_category.map_or(self.unknown_category, |c| {
            self.category[c.number() as usize - 1]
        });
        if !to_this_state {
            return self.to_others * specificity;
        }
        let response = match r.response {
            Response::Supported => self.supported,
            Response::Noted => self.noted,
            Response::Unknown => 1.0,
        };
        self.to_this_state * specificity * response
    }
}

impl Default for LobbyWeights {
    fn default() -> Self {
        LobbyWeights::DEFAULT
    }
}

/// A recommending State worth meeting, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LobbyTarget {
    pub recommending_state: String,
    pub regional_group: String,
    pub score: f64,
    /// Recommendations on the issues made to this State under Review, and to others.
    pub to_this_state: usize,
    pub to_others: usize,
    /// Of all its recommendations on the issues, how many were specific (category 5).
    pub specific: usize,
    /// How this State under Review responded to the State's recommendations on the issues.
    pub supported_by_this_state: usize,
    pub noted_by_this_state: usize,
    /// The recommendations: those to this State under Review first, then the most specific,
    /// then the most recent.
    pub evidence: Vec<StoredRecommendation>,
}

/// The ranking for a campaign.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LobbyTargets {
    pub state_under_review: String,
    /// The UPR Info issues the ranking looked for.
    pub issues: Vec<String>,
    /// Best first.
    pub targets: Vec<LobbyTarget>,
}

/// Ranks the States to lobby for the current campaign's priority issues. `issue` narrows it
/// to one: a priority issue's title, or one of UPR Info's issues (any, even one the campaign
/// has not tagged). An error when there is no campaign or its issues carry no UPR Info tags.
pub fn lobby_targets(store: &mut Store, issue: Option<&str>) -> Result<LobbyTargets> {
    let campaign = store.current_campaign()?.ok_or_else(|| {
        Error::invalid(
            "campaign",
            "there is no campaign yet: create one (or load the demo) before asking whom to lobby",
        )
    })?;
    let priority_issues = store.priority_issues(campaign.id)?;
    let issues: Vec<String> = match issue.map(str::trim).filter(|s| !s.is_empty()) {
        None => {
            let mut all: Vec<String> = Vec::new();
            for tag in priority_issues.iter().flat_map(|p| &p.upr_issues) {
                if !all.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
                    all.push(tag.clone());
                }
            }
            all
        }
        Some(wanted) => match priority_issues
            .iter()
            .find(|p| p.title.eq_ignore_ascii_case(wanted))
        {
            Some(p) => p.upr_issues.clone(),
            None => vec![wanted.to_string()],
        },
    };
    if issues.is_empty() {
        return Err(Error::invalid(
            "priority issues",
            "none is tagged with UPR Info's issues (e.g. \"Women's rights\"); tag them so that past recommendations can be found",
        ));
    }
    let targets = rank_states(
        store,
        &campaign.state_under_review,
        &issues,
        &LobbyWeights::DEFAULT,
    )?;
    Ok(LobbyTargets {
        state_under_review: campaign.state_under_review,
        issues,
        targets,
    })
}

/// Ranks the States that made recommendations carrying any of `issues` (see the module's
/// documentation for the score). The State under Review itself is left out. Issues match
/// without regard to ASCII case; an issue no recommendation carries adds nothing.
pub fn rank_states(
    store: &mut Store,
    state_under_review: &str,
    issues: &[String],
    weights: &LobbyWeights,
) -> Result<Vec<LobbyTarget>> {
    if issues.is_empty() {
        return Ok(Vec::new());
    }
    // The campaign may spell its State under Review otherwise than UPR Info ("Cote d'Ivoire");
    // a State the database does not know is still ranked against, it just has no
    // recommendations of its own.
    let state_under_review = store.read(|tx| {
        Ok(
            match spelling_in_database(tx, StateRole::UnderReview, state_under_review)? {
                Spelling::Found(name) => name,
                Spelling::Unknown(_) | Spelling::EmptyDatabase => state_under_review.to_string(),
            },
        )
    })?;
    let state_under_review = state_under_review.as_str();
    let marks = vec!["?"; issues.len()].join(", ");
    let sql = format!(
        "SELECT {COLUMNS} FROM past_recommendation r
         WHERE r.id IN (SELECT recommendation_id FROM past_recommendation_issue
                        WHERE issue IN ({marks}))
           AND r.recommending_state <> ?"
    );
    let mut args: Vec<Value> = issues.iter().map(|i| Value::Text(i.clone())).collect();
    args.push(Value::Text(state_under_review.to_string()));
    let found = store.read(|tx| {
        let mut stmt = tx.prepare(&sql)?;
        let rows = stmt.query_map(
            rusqlite::params_from_iter(args),
            StoredRecommendation::from_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    })?;

    let mut by_state: HashMap<String, LobbyTarget> = HashMap::new();
    for r in found {
        let to_this_state = r
            .state_under_review
            .eq_ignore_ascii_case(state_under_review);
        let target = by_state
            .entry(r.recommending_state.to_lowercase())
            .or_insert_with(|| LobbyTarget {
                recommending_state: r.recommending_state.clone(),
                regional_group: r.recommending_group.clone(),
                score: 0.0,
                to_this_state: 0,
                to_others: 0,
                specific: 0,
                supported_by_this_state: 0,
                noted_by_this_state: 0,
                evidence: Vec::new(),
            });
        target.score += weights.term(&r, to_this_state);
        if to_this_state {
            target.to_this_state += 1;
            match r.response {
                Response::Supported => target.supported_by_this_state += 1,
                Response::Noted => target.noted_by_this_state += 1,
                Response::Unknown => {}
            }
        } else {
            target.to_others += 1;
        }
        if r.action_category == Some(ActionCategory::Specific) {
            target.specific += 1;
        }
        target.evidence.push(r);
    }

    let mut targets: Vec<LobbyTarget> = by_state.into_values().collect();
    for t in &mut targets {
        t.evidence.sort_by(|a, b| {
            let here = |r: &StoredRecommendation| {
                r.state_under_review
                    .eq_ignore_ascii_case(state_under_review)
            };
            here(b)
                .cmp(&here(a))
                .then(b.action_category.cmp(&a.action_category))
                .then(b.session.cmp(&a.session))
                .then(a.id.cmp(&b.id))
        });
    }
    targets.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.to_this_state.cmp(&a.to_this_state))
            .then(a.recommending_state.cmp(&b.recommending_state))
    });
    Ok(targets)
}
