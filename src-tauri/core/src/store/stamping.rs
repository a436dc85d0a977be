//! Timestamps on save: a record keeps its `created_at` from the first save, and its
//! `updated_at` moves only when its content really changed, so that partners' copies of the
//! same record can later be compared by time.

use chrono::{DateTime, Utc};

use crate::model::*;

pub trait Stamped: Clone + PartialEq {
    fn stamps(&mut self) -> (&mut DateTime<Utc>, &mut DateTime<Utc>);
}

macro_rules! stamped {
    ($($t:ty),*) => {$(
        impl Stamped for $t {
            fn stamps(&mut self) -> (&mut DateTime<Utc>, &mut DateTime<Utc>) {
                (&mut self.created_at, &mut self.updated_at)
            }
        }
    )*};
}

stamped!(
    Organisation,
    Partner,
    Campaign,
    PriorityIssue,
    KeyFact,
    Question,
    Recommendation,
    TargetState,
    ContactPerson,
    Meeting,
    crate::model::CustomMilestone,
    crate::model::Submission,
    crate::model::ReceivedRecommendation,
    crate::model::Evidence
);

/// Sets the stamps of `new` against the stored version `old` (if any) at time `now`.
/// Children must be restamped before their parent, whose comparison includes them.
pub fn restamp<T: Stamped>(new: &mut T, old: Option<&T>, now: DateTime<Utc>) {
    match old {
        None => {
            let (created, updated) = new.stamps();
            *created = now;
            *updated = now;
        }
        Some(old) => {
            let mut old_stamps = old.clone();
            let (old_created, old_updated) = old_stamps.stamps();
            let (old_created, old_updated) = (*old_created, *old_updated);
            let mut probe = new.clone();
            let (c, u) = probe.stamps();
            *c = old_created;
            *u = old_updated;
            let unchanged = probe == *old;
            let (created, updated) = new.stamps();
            *created = old_created;
            *updated = if unchanged { old_updated } else { now };
        }
    }
}

/// Restamps each child of a list against the stored child with the same id.
pub fn restamp_children<T: Stamped>(
    new: &mut [T],
    old: &[T],
    id: impl Fn(&T) -> uuid::Uuid,
    now: DateTime<Utc>,
) {
    for child in new.iter_mut() {
        let key = id(child);
        let previous = old.iter().find(|o| id(o) == key);
        restamp(child, previous, now);
    }
}

/// Stamps the children of a list that were moved: those whose place among the children kept
/// from `old` changed (an item added or removed before another does not move it). Coalition
/// work compares an item without its position, so the stamp is what makes a move travel:
/// the moved items' next share file carries their new places.
pub fn restamp_moved<T: Stamped>(
    new: &mut [T],
    old: &[T],
    id: impl Fn(&T) -> uuid::Uuid,
    now: DateTime<Utc>,
) {
    let old_ids: Vec<uuid::Uuid> = old.iter().map(&id).collect();
    let kept_new: Vec<uuid::Uuid> = new
        .iter()
        .map(&id)
        .filter(|i| old_ids.contains(i))
        .collect();
    let kept_old: Vec<uuid::Uuid> = old_ids
        .iter()
        .copied()
        .filter(|i| kept_new.contains(i))
        .collect();
    for child in new.iter_mut() {
        let key = id(child);
        let was = kept_old.iter().position(|i| *i == key);
        let is = kept_new.iter().position(|i| *i == key);
        if was.is_some() && was != is {
            *child.stamps().1 = now;
        }
    }
}
