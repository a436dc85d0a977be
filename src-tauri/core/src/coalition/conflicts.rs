//! Open conflicts: a record changed on both sides, the partner's version kept beside ours
//! until the user settles it — taking ours, theirs, or a version made of both field by field.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;
use uuid::Uuid;

use super::bundle::{Author, SharedRecord};
use super::history;
use super::records::{self, name_of, shared_content, Kind};
use crate::store::{self, Store};
use crate::{Error, Result};

/// One field that differs between the two versions.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FieldDifference {
    pub field: String,
    #[ts(type = "unknown")]
    pub mine: Value,
    #[ts(type = "unknown")]
    pub theirs: Value,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Conflict {
    pub id: Uuid,
    pub kind: Kind,
    pub name: String,
    pub found_at: DateTime<Utc>,
    /// Who changed the partner's version last.
    pub theirs_by: Author,
    /// Our version's shared content; `None` when we deleted the record.
    #[ts(type = "unknown")]
    pub mine: Option<Value>,
    /// The partner's version; `None` when they deleted it.
    #[ts(type = "unknown")]
    pub theirs: Option<Value>,
    /// The fields that differ, when both sides still have the record (stamps left out).
    pub fields: Vec<FieldDifference>,
}

/// How the user settles a conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "take", content = "record", rename_all = "snake_case")]
pub enum Settlement {
    Mine,
    Theirs,
    /// A version the user made of both (field by field, or edited): the record's shared
    /// content, same id.
    Edited(#[ts(type = "unknown")] Value),
}

/// Every open conflict, oldest first (of one merge, records before the items in them).
pub fn conflicts(store: &mut Store) -> Result<Vec<Conflict>> {
    store.read(|tx| {
        let mut out = Vec::new();
        for row in store::conflict_list(tx)? {
            // Rows are written by this module; one it cannot read is left for a newer version.
            if let Some(conflict) = describe(tx, &row)? {
                out.push(conflict);
            }
        }
        // Records before those that link to them (an issue before its items, a
        // recommendation before the target States asking for it), then as found: settled
        // from the top, taking a partner's issue brings its items back first, and a partner's
        // target State then finds the recommendations it asks for. By kind first, since the
        // conflicts of one merge are found at instants that may differ.
        out.sort_by_key(|c| (c.kind, c.found_at));
        Ok(out)
    })
}

fn describe(tx: &rusqlite::Transaction, row: &store::ConflictRow) -> Result<Option<Conflict>> {
    let Ok(theirs) = serde_json::from_str::<SharedRecord>(&row.theirs) else {
        return Ok(None);
    };
    let mine = records::read_one(tx, row.campaign_id, theirs.kind, row.record_id)?
        .map(|l| shared_content(l.kind, &l.data));
    let name = mine
        .as_ref()
        .or(theirs.data.as_ref())
        .map(|d| name_of(theirs.kind, d))
        .unwrap_or_default();
    Ok(Some(Conflict {
        id: row.record_id,
        kind: theirs.kind,
        name,
        found_at: row.found_at,
        theirs_by: theirs.changed_by.clone(),
        fields: differences(mine.as_ref(), theirs.data.as_ref()),
        mine,
        theirs: theirs.data,
    }))
}

fn differences(mine: Option<&Value>, theirs: Option<&Value>) -> Vec<FieldDifference> {
    let (Some(Value::Object(mine)), Some(Value::Object(theirs))) = (mine, theirs) else {
        return Vec::new();
    };
    let mut fields: Vec<&String> = mine.keys().chain(theirs.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter(|f| !matches!(f.as_str(), "created_at" | "updated_at"))
        .filter_map(|field| {
            let a = mine.get(field).cloned().unwrap_or(Value::Null);
            let b = theirs.get(field).cloned().unwrap_or(Value::Null);
            (a != b).then(|| FieldDifference {
                field: field.clone(),
                mine: a,
                theirs: b,
            })
        })
        .collect()
}

/// Settles the conflict on record `id`, in one transaction, and drops the partner's kept
/// version. Taking ours, or a version made of both, is a change by this organisation that has
/// seen both versions: the partner's next merge of ours takes it without asking again.
/// Returns the conflict as it was before it was settled.
pub fn settle(store: &mut Store, id: Uuid, settlement: Settlement) -> Result<Conflict> {
    store.write(|tx| {
        let not_found = || Error::NotFound {
            what: "conflict",
            id: id.to_string(),
        };
        let row = store::conflict_get(tx, id)?.ok_or_else(not_found)?;
        let settled = describe(tx, &row)?.ok_or_else(not_found)?;
        let theirs: SharedRecord = serde_json::from_str(&row.theirs)
            .map_err(|e| Error::invalid("conflict", e.to_string()))?;
        let me = super::own_author(tx)?;
        let campaign_id = row.campaign_id;
        let state = history::bring_up_to_date(tx, campaign_id, &me)?;
        let local = state.records.get(&id);
        let mut entry = match state.entries.get(&id) {
            Some(entry) => entry.clone(),
            None => {
                return Err(Error::NotFound {
                    what: "record",
                    id: id.to_string(),
                })
            }
        };
        let joined = entry.clock.joined(&theirs.clock);
        match settlement {
            Settlement::Mine => {
                entry.clock = joined;
                entry.clock.tick(me.id);
                entry.changed_by = me;
                entry.save(tx, campaign_id, id)?;
            }
            // Their version with their history: the record is now as they last sent it, so
            // their next change replaces it without asking.
            Settlement::Theirs => {
                let issue_gone = theirs
                    .data
                    .as_ref()
                    .and_then(super::items::issue_of)
                    .is_some_and(|issue| !state.records.contains_key(&issue));
                if theirs.kind.is_item() && issue_gone {
                    return Err(Error::invalid(
                        "item",
                        "its priority issue is deleted here: take the partner's version of the issue first, which brings its items back",
                    ));
                }
                super::merge::apply(tx, campaign_id, &theirs, local)?;
                if theirs.kind == Kind::PriorityIssue && theirs.data.is_some() {
                    bring_items_back(tx, campaign_id, id)?;
                }
            }
            Settlement::Edited(record) => {
                if record.get("id").and_then(Value::as_str) != Some(&id.to_string()) {
                    return Err(Error::invalid("settled record", "is not the same record"));
                }
                records::check_shape(theirs.kind, &with_version(&record))
                    .map_err(|e| Error::invalid("settled record", e))?;
                records::write(tx, campaign_id, theirs.kind, &record, local)?;
                entry.clock = joined;
                entry.clock.tick(me.id);
                entry.changed_by = me;
                entry.deleted = false;
                entry.content_hash = super::merge::stored_hash(tx, campaign_id, theirs.kind, id)?;
                entry.save(tx, campaign_id, id)?;
            }
        }
        store::conflict_delete(tx, id)?;
        Ok(settled)
    })
}

/// A priority issue deleted here and taken back from a partner: the partner's items of it,
/// kept as conflicts while the issue was gone, come back with it, in the partner's order.
fn bring_items_back(tx: &rusqlite::Transaction, campaign_id: Uuid, issue: Uuid) -> Result<()> {
    // Held items keep their places; those coming back take theirs.
    let mut positions = std::collections::HashMap::new();
    for kind in [Kind::KeyFact, Kind::Question, Kind::Recommendation] {
        for held in records::read_kind(tx, campaign_id, kind)? {
            if let Some(at) = held.data.get("position").and_then(Value::as_u64) {
                positions.insert(held.id, at);
            }
        }
    }
    let mut back = Vec::new();
    for row in store::conflict_list(tx)? {
        let Ok(item) = serde_json::from_str::<SharedRecord>(&row.theirs) else {
            continue;
        };
        let Some(data) = item.data.as_ref().filter(|_| item.kind.is_item()) else {
            continue;
        };
        if super::items::issue_of(data) != Some(issue) {
            continue;
        }
        // An item links to nothing but its issue, which is here: written as sent.
        super::merge::apply(tx, campaign_id, &item, None)?;
        positions.insert(
            item.id,
            data.get("position")
                .and_then(Value::as_u64)
                .unwrap_or(u64::MAX),
        );
        store::conflict_delete(tx, item.id)?;
        back.push(item);
    }
    if back.is_empty() {
        return Ok(());
    }
    super::items::order(tx, campaign_id, &[issue].into_iter().collect(), &positions)?;
    // Their hashes as the items now stand, in order.
    for item in back {
        let mut entry = history::read(tx, campaign_id)?
            .remove(&item.id)
            .ok_or_else(|| Error::invalid("item", "has no history"))?;
        entry.content_hash = super::merge::stored_hash(tx, campaign_id, item.kind, item.id)?;
        entry.save(tx, campaign_id, item.id)?;
    }
    Ok(())
}

fn with_version(record: &Value) -> Value {
    let mut out = record.clone();
    if let Value::Object(map) = &mut out {
        map.entry("version").or_insert(1.into());
    }
    out
}
