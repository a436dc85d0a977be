//! What one recommending State said before on a campaign's issues: the evidence a tailored
//! brief puts in front of that State's delegate ("you recommended this before").

use std::collections::HashSet;

use super::search::{search, SearchQuery};
use super::state_names::{fold, spelling_in_database, Spelling, StateRole};
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
    let state_under_review = fold(state_under_review);
    let mut found: Vec<StoredRecommendation> = Vec::new();
    let mut seen = HashSet::new();
    for issue in issues {
        let query = SearchQuery {
            recommending_state: Some(recommending_state.clone()),
            issue: Some(issue.clone()),
            limit: 200,
            ..SearchQuery::default()
        };
        for r in search(store, &query)? {
            if seen.insert(r.id) {
                found.push(r);
            }
        }
    }
    // Folding a name costs more than comparing: once per row, not per comparison.
    found.sort_by_cached_key(|r| {
        (
            fold(&r.state_under_review) != state_under_review,
            std::cmp::Reverse(r.action_category),
            std::cmp::Reverse(r.session),
            r.id,
        )
    });
    found.truncate(limit);
    Ok(found)
}
