//! The items of a priority issue (key facts, questions, recommendations) as records of their
//! own: partners who each add, change or remove different items of the same issue merge
//! without a conflict, and an item changed on both sides is a conflict of that item only.
//!
//! An item travels with the id of its issue and its position in the issue's list. Order
//! rule: when an item is written, the issue's list is sorted by (position, id), where a held
//! item's position is its index in the list and the written item's is the one it carries;
//! ties (two items added at the same place on two sides) go by id, so both sides end with
//! the same order.

use serde_json::Value;
use uuid::Uuid;

use super::records::{Kind, Local};
use crate::model::{KeyFact, PriorityIssue, Question, Recommendation};
use crate::store;
use crate::{Error, Result};

/// The list fields of a priority issue that hold items.
pub const LISTS: [&str; 3] = ["facts", "questions", "recommendations"];

fn list_of(kind: Kind) -> &'static str {
    match kind {
        Kind::KeyFact => "facts",
        Kind::Question => "questions",
        _ => "recommendations",
    }
}

/// The items of one kind of every issue, each with its issue's id and its position.
pub fn read(issues: &[PriorityIssue], kind: Kind) -> Vec<Local> {
    let mut out = Vec::new();
    for issue in issues {
        let list = serde_json::to_value(issue).expect("the model serialises to JSON");
        let Some(Value::Array(items)) = list.get(list_of(kind)).cloned() else {
            continue;
        };
        for (position, item) in items.into_iter().enumerate() {
            if let Some((id, data)) = placed_item(item, &issue.id.to_string(), position) {
                out.push(Local { kind, id, data });
            }
        }
    }
    out
}

/// An item as it travels: with its id read, its issue's id and its position added.
fn placed_item(mut item: Value, issue_id: &str, position: usize) -> Option<(Uuid, Value)> {
    let id = item
        .get("id")
        .and_then(Value::as_str)
        .and_then(|i| Uuid::parse_str(i).ok())?;
    if let Value::Object(map) = &mut item {
        map.insert("issue_id".into(), issue_id.into());
        map.insert("position".into(), position.into());
    }
    Some((id, item))
}

/// The id of the issue an item (as shared) belongs to.
pub fn issue_of(data: &Value) -> Option<Uuid> {
    data.get("issue_id")
        .and_then(Value::as_str)
        .and_then(|i| Uuid::parse_str(i).ok())
}

/// The item without what only travels with it (its issue and position).
fn bare(data: &Value) -> Value {
    let mut out = data.clone();
    if let Value::Object(map) = &mut out {
        map.remove("issue_id");
        map.remove("position");
    }
    out
}

/// Saves an issue changed by a merge, moving its local version by one so that a window
/// holding the old copy cannot save over it.
fn put(tx: &rusqlite::Transaction, campaign_id: Uuid, mut issue: PriorityIssue) -> Result<()> {
    issue.version += 1;
    store::priority_issue_put(tx, campaign_id, &issue)
}

/// Takes the item out of whichever issue holds it; true if one did.
fn remove_from(issue: &mut PriorityIssue, kind: Kind, id: Uuid) -> bool {
    let before = (
        issue.facts.len(),
        issue.questions.len(),
        issue.recommendations.len(),
    );
    match kind {
        Kind::KeyFact => issue.facts.retain(|i| i.id != id),
        Kind::Question => issue.questions.retain(|i| i.id != id),
        _ => issue.recommendations.retain(|i| i.id != id),
    }
    before
        != (
            issue.facts.len(),
            issue.questions.len(),
            issue.recommendations.len(),
        )
}

/// Writes a partner's version of an item into its issue, at its place by the order rule.
/// The issue must be held here (the merge checks first).
pub fn write(
    tx: &rusqlite::Transaction,
    campaign_id: Uuid,
    kind: Kind,
    shared: &Value,
) -> Result<()> {
    let shape = |detail: String| Error::invalid(kind.word(), detail);
    let issue_id = issue_of(shared).ok_or_else(|| shape("has no priority issue".into()))?;
    let position = shared
        .get("position")
        .and_then(Value::as_u64)
        .unwrap_or(u64::MAX);
    let id = shared
        .get("id")
        .and_then(Value::as_str)
        .and_then(|i| Uuid::parse_str(i).ok())
        .ok_or_else(|| shape("has no id".into()))?;
    let issues = store::priority_issue_list(tx, campaign_id)?;
    // An item moved to another issue leaves the one it was in.
    for mut other in issues.iter().filter(|i| i.id != issue_id).cloned() {
        if remove_from(&mut other, kind, id) {
            put(tx, campaign_id, other)?;
        }
    }
    let mut issue = issues
        .into_iter()
        .find(|i| i.id == issue_id)
        .ok_or_else(|| {
            shape(format!(
                "belongs to priority issue {issue_id}, not held here"
            ))
        })?;
    let item = bare(shared);
    let shape_of = |e: serde_json::Error| shape(e.to_string());
    // At its position (a merge then puts the whole list in order by the rule).
    fn placed<T: serde::de::DeserializeOwned>(
        list: &mut Vec<T>,
        id_of: impl Fn(&T) -> Uuid,
        item: &Value,
        id: Uuid,
        position: u64,
    ) -> serde_json::Result<()> {
        let new: T = serde_json::from_value(item.clone())?;
        list.retain(|t| id_of(t) != id);
        let at = usize::try_from(position).unwrap_or(usize::MAX);
        list.insert(at.min(list.len()), new);
        Ok(())
    }
    match kind {
        Kind::KeyFact => placed(&mut issue.facts, |i: &KeyFact| i.id, &item, id, position),
        Kind::Question => placed(
            &mut issue.questions,
            |i: &Question| i.id,
            &item,
            id,
            position,
        ),
        _ => placed(
            &mut issue.recommendations,
            |i: &Recommendation| i.id,
            &item,
            id,
            position,
        ),
    }
    .map_err(shape_of)?;
    put(tx, campaign_id, issue)
}

/// Puts the item lists of the issues in `issues` in order by the order rule: by (position,
/// id), where `positions` gives each item's position (the partner's for an item taken from
/// their file, else its place here before the merge).
pub fn order(
    tx: &rusqlite::Transaction,
    campaign_id: Uuid,
    issues: &std::collections::BTreeSet<Uuid>,
    positions: &std::collections::HashMap<Uuid, u64>,
) -> Result<()> {
    fn sorted<T: Clone>(
        list: &[T],
        id_of: impl Fn(&T) -> Uuid,
        positions: &std::collections::HashMap<Uuid, u64>,
    ) -> Vec<T> {
        let mut keyed: Vec<(u64, Uuid, T)> = list
            .iter()
            .map(|t| {
                let id = id_of(t);
                (
                    positions.get(&id).copied().unwrap_or(u64::MAX),
                    id,
                    t.clone(),
                )
            })
            .collect();
        keyed.sort_by_key(|(p, i, _)| (*p, *i));
        keyed.into_iter().map(|(_, _, t)| t).collect()
    }
    for issue in store::priority_issue_list(tx, campaign_id)? {
        if !issues.contains(&issue.id) {
            continue;
        }
        let mut ordered = issue.clone();
        ordered.facts = sorted(&issue.facts, |i| i.id, positions);
        ordered.questions = sorted(&issue.questions, |i| i.id, positions);
        ordered.recommendations = sorted(&issue.recommendations, |i| i.id, positions);
        if ordered != issue {
            put(tx, campaign_id, ordered)?;
        }
    }
    Ok(())
}

/// Deletes an item, as a partner's tombstone asks (nothing to do if its issue is gone).
pub fn delete(tx: &rusqlite::Transaction, campaign_id: Uuid, kind: Kind, id: Uuid) -> Result<()> {
    for mut issue in store::priority_issue_list(tx, campaign_id)? {
        if remove_from(&mut issue, kind, id) {
            put(tx, campaign_id, issue)?;
        }
    }
    Ok(())
}

/// Whether `data` has the shape of an item of `kind`, with its issue.
pub fn check_shape(kind: Kind, data: &Value) -> std::result::Result<(), String> {
    if issue_of(data).is_none() {
        return Err("missing field `issue_id`".into());
    }
    let item = bare(data);
    let read = match kind {
        Kind::KeyFact => serde_json::from_value::<KeyFact>(item).map(|_| ()),
        Kind::Question => serde_json::from_value::<Question>(item).map(|_| ()),
        _ => serde_json::from_value::<Recommendation>(item).map(|_| ()),
    };
    read.map_err(|e| e.to_string())
}

/// A version-1 share file's priority issue, which carried its items inside: the items as
/// records of their own (with the issue's history) and the issue without them.
pub fn split_issue(issue: &mut Value) -> Vec<(Kind, Uuid, Value)> {
    let Some(issue_id) = issue.get("id").and_then(Value::as_str).map(str::to_string) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let Value::Object(map) = issue else {
        return out;
    };
    for (kind, list) in [
        (Kind::KeyFact, "facts"),
        (Kind::Question, "questions"),
        (Kind::Recommendation, "recommendations"),
    ] {
        let Some(Value::Array(items)) = map.remove(list) else {
            continue;
        };
        for (position, item) in items.into_iter().enumerate() {
            if let Some((id, data)) = placed_item(item, &issue_id, position) {
                out.push((kind, id, data));
            }
        }
    }
    out
}
