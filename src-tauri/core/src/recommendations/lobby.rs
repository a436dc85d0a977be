//! Whom to lobby, from the store: the current campaign's issues, the recommendations that
//! carry them, and the ranking of `lobby_ranking.rs` (the measured score, its signals and the
//! reasons a user reads) over them.
//!
//! UPR Info's advice is to meet the States that made recommendations on the organisation's
//! issues, to this State under Review or to others (the troika has no more weight than any
//! other State). The ranking orders them by how likely each is to raise the issues at the
//! coming review, as measured on UPR Info's data, the States inscribed on the review's list
//! of speakers first when the user gave it.

use rusqlite::types::Value;
use rusqlite::OptionalExtension;
use serde::Serialize;
use ts_rs::TS;

use super::lobby_ranking::{rank, LobbyModel, LobbyQuestion, LobbyTarget};
use super::state_names::{spelling_in_database, Spelling, StateRole};
use super::stored::{StoredRecommendation, COLUMNS};
use crate::store::Store;
use crate::{Error, Result};

/// The ranking for a campaign.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct LobbyTargets {
    pub state_under_review: String,
    /// The UPR Info issues the ranking looked for.
    pub issues: Vec<String>,
    /// The review's list of speakers the ranking used (empty: not known).
    pub list_of_speakers: Vec<String>,
    /// Best first: with a list of speakers, the inscribed States before the others.
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
    let list_of_speakers = store.list_of_speakers(campaign.id)?;
    let targets = rank_states(
        store,
        &campaign.state_under_review,
        &issues,
        &list_of_speakers,
        &LobbyModel::MEASURED,
    )?;
    Ok(LobbyTargets {
        state_under_review: campaign.state_under_review,
        issues,
        list_of_speakers,
        targets,
    })
}

/// Ranks the States that made recommendations carrying any of `issues` for the review that
/// follows the latest session the database holds (see `lobby_ranking.rs` for the score). The
/// State under Review itself is left out. Issues match without regard to ASCII case; an issue
/// no recommendation carries adds nothing. `list_of_speakers`, when not empty, puts the
/// States inscribed on it first.
pub fn rank_states(
    store: &mut Store,
    state_under_review: &str,
    issues: &[String],
    list_of_speakers: &[String],
    model: &LobbyModel,
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
    let marks = vec!["?"; issues.len()].join(", ");
    let sql = format!(
        "SELECT {COLUMNS} FROM past_recommendation r
         WHERE r.id IN (SELECT recommendation_id FROM past_recommendation_issue
                        WHERE issue IN ({marks}))
           AND r.recommending_state <> ?"
    );
    let mut args: Vec<Value> = issues.iter().map(|i| Value::Text(i.clone())).collect();
    args.push(Value::Text(state_under_review.clone()));
    let (found, group, latest) = store.read(|tx| {
        let mut stmt = tx.prepare(&sql)?;
        let rows = stmt.query_map(
            rusqlite::params_from_iter(args),
            StoredRecommendation::from_row,
        )?;
        let found = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        // Its regional group as the data records it: under review, else recommending.
        let group: Option<String> = tx
            .query_row(
                "SELECT g FROM (
                     SELECT state_under_review_group AS g, 0 AS o FROM past_recommendation
                     WHERE state_under_review = ?1 AND state_under_review_group <> ''
                     UNION ALL
                     SELECT recommending_group, 1 FROM past_recommendation
                     WHERE recommending_state = ?1 AND recommending_group <> ''
                 ) ORDER BY o LIMIT 1",
                [&state_under_review],
                |r| r.get(0),
            )
            .optional()?;
        let latest: Option<u32> =
            tx.query_row("SELECT max(session) FROM past_recommendation", [], |r| {
                r.get(0)
            })?;
        Ok((found, group, latest))
    })?;
    let question = LobbyQuestion {
        state_under_review: &state_under_review,
        state_under_review_group: group.as_deref().unwrap_or(""),
        issues,
        as_of_session: latest.unwrap_or(0).saturating_add(1),
        list_of_speakers,
    };
    Ok(rank(&found, &question, model))
}
