//! What one recommending State said before on a campaign's issues: the evidence a tailored
//! brief puts in front of that State's delegate ("you recommended this before"). It is the
//! evidence whom-to-lobby ranked the State on, so the brief and the Target States screen
//! show the same recommendations.

use super::lobby::rank_states;
use super::lobby_ranking::LobbyModel;
use super::state_names::{spelling_in_database, Spelling, StateRole};
use super::stored::StoredRecommendation;
use crate::store::Store;
use crate::Result;

/// The past recommendations `recommending_state` made on any of `issues` (UPR Info issue
/// names), at most `limit`: those made to `state_under_review` first, then the most specific
/// (action category 5 before 4 …), then the most recent. Empty when the database holds none,
/// which is not an error: the brief is then made without them.
pub fn prior_recommendations(
    store: &mut Store,
    recommending_state: &str,
    state_under_review: &str,
    issues: &[String],
    limit: usize,
) -> Result<Vec<StoredRecommendation>> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    // A State the database never heard recommend anything has nothing to show; a spelling of
    // its own ("Cote d'Ivoire") is read as the database's.
    let recommending_state = match store
        .read(|tx| spelling_in_database(tx, StateRole::Recommending, recommending_state))?
    {
        Spelling::Found(name) => name,
        Spelling::Unknown(_) | Spelling::EmptyDatabase => return Ok(Vec::new()),
    };
    // The recommendations that put the State on the ranking's list, in the ranking's order.
    let ranked = rank_states(
        store,
        state_under_review,
        issues,
        &[],
        &LobbyModel::MEASURED,
    )?;
    let mut found = ranked
        .into_iter()
        .find(|t| {
            t.recommending_state
                .eq_ignore_ascii_case(&recommending_state)
        })
        .map(|t| t.evidence)
        .unwrap_or_default();
    found.truncate(limit);
    Ok(found)
}
