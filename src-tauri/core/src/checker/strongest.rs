//! Which of an issue's recommendations to say aloud when a speech has room for one: the
//! strongest by action category (the one stored, set by the user or an earlier check, else the
//! shipped checker's), the earliest of equals, so that a weak "continue efforts…" is not what
//! a delegation hears when the issue has a specific ask.

use crate::model::{ActionCategory, Recommendation};

/// The strongest of `recommendations`; a text the checker cannot read counts as the weakest.
pub fn strongest(recommendations: &[Recommendation]) -> Option<&Recommendation> {
    recommendations
        .iter()
        .enumerate()
        .max_by_key(|(n, r)| (category(r), std::cmp::Reverse(*n)))
        .map(|(_, r)| r)
}

fn category(r: &Recommendation) -> ActionCategory {
    r.action_category.unwrap_or_else(|| {
        super::classify(&r.text)
            .map(|c| c.category)
            .unwrap_or(ActionCategory::Minimal)
    })
}
