//! Version vectors: for each organisation, how many changes of a record it has made. Two
//! records' clocks say whether one version descends from the other (the later one wins
//! without asking) or whether both sides changed it since they last agreed (a conflict).

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Clock(BTreeMap<Uuid, u64>);

/// How two clocks relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Same,
    /// The first has seen everything the second has, and more.
    After,
    Before,
    /// Each has changes the other has not seen.
    Concurrent,
}

impl Clock {
    /// One more change by `organisation`.
    pub fn tick(&mut self, organisation: Uuid) {
        *self.0.entry(organisation).or_insert(0) += 1;
    }

    /// The clock that has seen everything either has seen.
    pub fn joined(&self, other: &Clock) -> Clock {
        let mut out = self.0.clone();
        for (org, n) in &other.0 {
            let e = out.entry(*org).or_insert(0);
            *e = (*e).max(*n);
        }
        Clock(out)
    }

    pub fn compare(&self, other: &Clock) -> Order {
        let mut ahead = false;
        let mut behind = false;
        for org in self.0.keys().chain(other.0.keys()) {
            let mine = self.0.get(org).copied().unwrap_or(0);
            let theirs = other.0.get(org).copied().unwrap_or(0);
            match mine.cmp(&theirs) {
                Ordering::Greater => ahead = true,
                Ordering::Less => behind = true,
                Ordering::Equal => {}
            }
        }
        match (ahead, behind) {
            (false, false) => Order::Same,
            (true, false) => Order::After,
            (false, true) => Order::Before,
            (true, true) => Order::Concurrent,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a map of ids to numbers serialises")
    }

    /// Reads a stored clock; one that cannot be read counts as empty (it has seen nothing,
    /// so any partner's version is newer or in conflict, never silently older).
    pub fn from_json(text: &str) -> Clock {
        serde_json::from_str(text).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_tell_descendants_from_concurrent_changes() {
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let mut base = Clock::default();
        base.tick(a);
        let mut later = base.clone();
        later.tick(a);
        let mut other = base.clone();
        other.tick(b);
        assert_eq!(later.compare(&base), Order::After);
        assert_eq!(base.compare(&later), Order::Before);
        assert_eq!(later.compare(&other), Order::Concurrent);
        assert_eq!(base.compare(&base.clone()), Order::Same);
        let joined = later.joined(&other);
        assert_eq!(joined.compare(&later), Order::After);
        assert_eq!(joined.compare(&other), Order::After);
        assert_eq!(Clock::from_json(&joined.to_json()), joined);
    }
}
