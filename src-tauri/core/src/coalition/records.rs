//! The records a coalition shares, kind by kind, as JSON: reading a campaign's records,
//! their shared content (what a partner sees: no local version counter, no contact persons),
//! and writing a partner's version in, keeping what is private to this side.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use super::items;
use crate::model::{
    Campaign, CustomMilestone, Meeting, PriorityIssue, ReceivedRecommendation, Submission,
    TargetState,
};
use crate::store;
use crate::{Error, Result};

/// The kinds of record a share file carries, in the order a merge writes them (a record
/// is written after those it points at).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "RecordKind")]
pub enum Kind {
    Campaign,
    PriorityIssue,
    /// Items of a priority issue, each its own record so that partners adding items to the
    /// same issue in parallel never conflict (see `items`).
    KeyFact,
    Question,
    Recommendation,
    TargetState,
    Submission,
    ReceivedRecommendation,
    CalendarDate,
    Meeting,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::Campaign,
        Kind::PriorityIssue,
        Kind::KeyFact,
        Kind::Question,
        Kind::Recommendation,
        Kind::TargetState,
        Kind::Submission,
        Kind::ReceivedRecommendation,
        Kind::CalendarDate,
        Kind::Meeting,
    ];

    /// The stable word stored and written in files.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Campaign => "campaign",
            Kind::PriorityIssue => "priority_issue",
            Kind::KeyFact => "key_fact",
            Kind::Question => "question",
            Kind::Recommendation => "recommendation",
            Kind::TargetState => "target_state",
            Kind::Submission => "submission",
            Kind::ReceivedRecommendation => "received_recommendation",
            Kind::CalendarDate => "calendar_date",
            Kind::Meeting => "meeting",
        }
    }

    /// True for the items of a priority issue.
    pub fn is_item(self) -> bool {
        matches!(self, Kind::KeyFact | Kind::Question | Kind::Recommendation)
    }

    pub fn from_word(word: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.word() == word)
    }

    fn table(self) -> &'static str {
        match self {
            Kind::Campaign => "campaign",
            Kind::PriorityIssue | Kind::KeyFact | Kind::Question | Kind::Recommendation => {
                "priority_issue"
            }
            Kind::TargetState => "target_state",
            Kind::Submission => "submission",
            Kind::ReceivedRecommendation => "received_recommendation",
            Kind::CalendarDate => "custom_milestone",
            Kind::Meeting => "meeting",
        }
    }
}

/// One record of this side, whole (its local version included).
#[derive(Debug, Clone)]
pub struct Local {
    pub kind: Kind,
    pub id: Uuid,
    pub data: Value,
}

fn json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("the model serialises to JSON")
}

/// Kinds whose order in the campaign is kept by a position column rather than a field: the
/// position is shared as part of the content, so both sides list them alike.
fn positioned(kind: Kind) -> bool {
    matches!(kind, Kind::TargetState | Kind::ReceivedRecommendation)
}

fn with_ids<T: Serialize>(kind: Kind, records: Vec<T>, id: impl Fn(&T) -> Uuid) -> Vec<Local> {
    records
        .iter()
        .enumerate()
        .map(|(index, r)| {
            let mut data = json(r);
            if let (true, Value::Object(map)) = (positioned(kind), &mut data) {
                map.insert("position".into(), index.into());
            }
            Local {
                kind,
                id: id(r),
                data,
            }
        })
        .collect()
}

/// The campaign's records of one kind, in the store's order.
pub fn read_kind(tx: &rusqlite::Transaction, campaign_id: Uuid, kind: Kind) -> Result<Vec<Local>> {
    Ok(match kind {
        Kind::Campaign => with_ids(
            kind,
            store::campaign_list(tx)?
                .into_iter()
                .filter(|c| c.id == campaign_id)
                .collect(),
            |c: &Campaign| c.id,
        ),
        Kind::PriorityIssue => with_ids(
            kind,
            store::priority_issue_list(tx, campaign_id)?,
            |r: &PriorityIssue| r.id,
        ),
        Kind::KeyFact | Kind::Question | Kind::Recommendation => {
            items::read(&store::priority_issue_list(tx, campaign_id)?, kind)
        }
        Kind::TargetState => with_ids(
            kind,
            store::target_state_list(tx, campaign_id)?,
            |r: &TargetState| r.id,
        ),
        Kind::Submission => with_ids(
            kind,
            store::submission_list(tx, campaign_id)?,
            |r: &Submission| r.id,
        ),
        Kind::ReceivedRecommendation => with_ids(
            kind,
            store::received_recommendation_list(tx, campaign_id)?,
            |r: &ReceivedRecommendation| r.id,
        ),
        Kind::CalendarDate => with_ids(
            kind,
            store::custom_milestone_list(tx, campaign_id)?,
            |r: &CustomMilestone| r.id,
        ),
        Kind::Meeting => with_ids(
            kind,
            store::meeting_list(tx, campaign_id)?,
            |r: &Meeting| r.id,
        ),
    })
}

/// Every record of the campaign, kind by kind.
pub fn read_all(tx: &rusqlite::Transaction, campaign_id: Uuid) -> Result<Vec<Local>> {
    let mut all = Vec::new();
    for kind in Kind::ALL {
        all.extend(read_kind(tx, campaign_id, kind)?);
    }
    Ok(all)
}

pub fn read_one(
    tx: &rusqlite::Transaction,
    campaign_id: Uuid,
    kind: Kind,
    id: Uuid,
) -> Result<Option<Local>> {
    Ok(read_kind(tx, campaign_id, kind)?
        .into_iter()
        .find(|r| r.id == id))
}

/// What a partner sees of a record: everything but this side's version counter and, for a
/// target State, the contact persons, which never leave the organisation.
pub fn shared_content(kind: Kind, data: &Value) -> Value {
    let mut out = data.clone();
    if let Value::Object(map) = &mut out {
        map.remove("version");
        if kind == Kind::TargetState {
            map.remove("contacts");
        }
        // An issue's items travel as records of their own; its save stamp moves with every
        // item saved, so it is not part of what both sides compare (adding an item to an
        // issue is not a change of the issue's own fields).
        if kind == Kind::PriorityIssue {
            for list in items::LISTS {
                map.remove(list);
            }
            map.remove("updated_at");
        }
    }
    out
}

/// SHA-256 of the shared content, hex: equal content, equal hash, on every computer
/// (serde_json writes object keys in order).
///
/// An item of a priority issue is compared without its position: an item's place shifts
/// whenever another is added or removed before it, and such shifts are not changes of the
/// item (they would make conflicts of items nobody touched). Its place travels with it and
/// orders new items; a reorder alone does not travel.
pub fn content_hash(shared: &Value) -> String {
    let mut compared = shared.clone();
    if let Value::Object(map) = &mut compared {
        if map.contains_key("issue_id") {
            map.remove("position");
        }
    }
    let text = serde_json::to_string(&compared).expect("a JSON value serialises");
    hex(&Sha256::digest(text.as_bytes()))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A name the user recognises the record by.
pub fn name_of(kind: Kind, data: &Value) -> String {
    let field = |name: &str| {
        data.get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    match kind {
        Kind::Campaign => field("state_under_review"),
        Kind::PriorityIssue | Kind::Submission | Kind::CalendarDate => field("title"),
        Kind::TargetState => field("state"),
        Kind::KeyFact | Kind::Question | Kind::Recommendation | Kind::ReceivedRecommendation => {
            let text = field("text");
            let words: Vec<&str> = text.split_whitespace().collect();
            if words.len() > 8 {
                format!("{}…", words[..8].join(" "))
            } else {
                words.join(" ")
            }
        }
        Kind::Meeting => format!("{} {}", field("date"), field("location"))
            .trim()
            .to_string(),
    }
}

/// Writes a partner's version (`shared`) of a record over this side's (`local`, if any),
/// keeping what is private to this side (the contact persons of a target State), moving the
/// local version by one so that a window holding the old copy cannot save over it, and
/// dropping links to records this side does not hold (a partner's choice of issues may leave
/// them out). Says whether it dropped any: the record is then not as the partner sent it.
pub fn write(
    tx: &rusqlite::Transaction,
    campaign_id: Uuid,
    kind: Kind,
    shared: &Value,
    local: Option<&Local>,
) -> Result<Written> {
    let mut data = shared.clone();
    let version = local
        .and_then(|l| l.data.get("version"))
        .and_then(Value::as_u64)
        .map_or(1, |v| v + 1);
    let Value::Object(map) = &mut data else {
        return Err(Error::invalid(kind.word(), "is not a record"));
    };
    map.insert("version".into(), version.into());
    if kind == Kind::TargetState {
        let contacts = local
            .and_then(|l| l.data.get("contacts").cloned())
            .unwrap_or(Value::Array(Vec::new()));
        map.insert("contacts".into(), contacts);
    }
    // The partner's position where it gives one; else this side's, or the end of the list.
    let given = shared.get("position").and_then(Value::as_u64);
    let position = |records: Vec<Uuid>, id: Uuid| {
        given.map(|p| p as usize).unwrap_or_else(|| {
            records
                .iter()
                .position(|r| *r == id)
                .unwrap_or(records.len())
        })
    };
    let shape = |e: serde_json::Error| Error::invalid(kind.word(), e.to_string());
    let mut trimmed = false;
    match kind {
        Kind::Campaign => {
            let c: Campaign = serde_json::from_value(data).map_err(shape)?;
            store::campaign_put(tx, &c)
        }
        Kind::PriorityIssue => {
            // The issue's own fields; its items and save stamp stay as this side holds them.
            let stamp = local
                .and_then(|l| l.data.get("updated_at").cloned())
                .unwrap_or_else(|| json(&crate::model::now()));
            map.insert("updated_at".into(), stamp);
            for list in items::LISTS {
                let held = local
                    .and_then(|l| l.data.get(list).cloned())
                    .unwrap_or(Value::Array(Vec::new()));
                map.insert(list.into(), held);
            }
            let r: PriorityIssue = serde_json::from_value(data).map_err(shape)?;
            store::priority_issue_put(tx, campaign_id, &r)
        }
        Kind::KeyFact | Kind::Question | Kind::Recommendation => {
            items::write(tx, campaign_id, kind, shared)
        }
        Kind::TargetState => {
            let mut r: TargetState = serde_json::from_value(data).map_err(shape)?;
            let held: Vec<Uuid> = store::priority_issue_list(tx, campaign_id)?
                .into_iter()
                .flat_map(|i| i.recommendations.into_iter().map(|r| r.id))
                .collect();
            let asked = r.asks.len();
            r.asks.retain(|a| held.contains(a));
            trimmed = r.asks.len() != asked;
            let order = store::target_state_list(tx, campaign_id)?
                .into_iter()
                .map(|t| t.id)
                .collect();
            store::target_state_put(tx, campaign_id, position(order, r.id), &r)
        }
        Kind::Submission => {
            let r: Submission = serde_json::from_value(data).map_err(shape)?;
            store::submission_put(tx, campaign_id, &r)
        }
        Kind::ReceivedRecommendation => {
            let mut r: ReceivedRecommendation = serde_json::from_value(data).map_err(shape)?;
            if let Some(issue) = r.priority_issue_id {
                if !store::priority_issue_list(tx, campaign_id)?
                    .iter()
                    .any(|i| i.id == issue)
                {
                    r.priority_issue_id = None;
                    trimmed = true;
                }
            }
            let order = store::received_recommendation_list(tx, campaign_id)?
                .into_iter()
                .map(|t| t.id)
                .collect();
            store::received_recommendation_put(tx, campaign_id, position(order, r.id) as i64, &r)
        }
        Kind::CalendarDate => {
            let r: CustomMilestone = serde_json::from_value(data).map_err(shape)?;
            store::custom_milestone_put(tx, campaign_id, &r)
        }
        Kind::Meeting => {
            let mut r: Meeting = serde_json::from_value(data).map_err(shape)?;
            if let Some(target) = r.target_state_id {
                if !store::target_state_list(tx, campaign_id)?
                    .iter()
                    .any(|t| t.id == target)
                {
                    r.target_state_id = None;
                    trimmed = true;
                }
            }
            store::meeting_put(tx, campaign_id, &r)
        }
    }?;
    Ok(if trimmed {
        Written::WithoutUnheldLinks
    } else {
        Written::AsSent
    })
}

/// What [`write`] made of a partner's version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    AsSent,
    /// Without its links to records this side does not hold (deleted here, or never taken):
    /// a change made here, which the record's history has to count, or this side would hold
    /// other content than the partner's under the same version vector.
    WithoutUnheldLinks,
}

/// Deletes this side's record, as a partner's tombstone asks (never the campaign itself).
pub fn delete(tx: &rusqlite::Transaction, campaign_id: Uuid, kind: Kind, id: Uuid) -> Result<()> {
    if kind.is_item() {
        return items::delete(tx, campaign_id, kind, id);
    }
    store::record_delete(tx, kind.table(), id)
}

/// Whether `data` has the shape of a record of `kind` (the account of what is wrong if not).
pub fn check_shape(kind: Kind, data: &Value) -> std::result::Result<(), String> {
    fn is<T: serde::de::DeserializeOwned>(data: &Value) -> std::result::Result<(), String> {
        serde_json::from_value::<T>(data.clone())
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
    match kind {
        Kind::Campaign => is::<Campaign>(data),
        Kind::PriorityIssue => {
            // Shared without its save stamp (see `shared_content`).
            let mut stamped = data.clone();
            if let (Some(created), Value::Object(map)) = (data.get("created_at"), &mut stamped) {
                map.entry("updated_at").or_insert(created.clone());
            }
            is::<PriorityIssue>(&stamped)
        }
        Kind::KeyFact | Kind::Question | Kind::Recommendation => items::check_shape(kind, data),
        Kind::TargetState => is::<TargetState>(data),
        Kind::Submission => is::<Submission>(data),
        Kind::ReceivedRecommendation => is::<ReceivedRecommendation>(data),
        Kind::CalendarDate => is::<CustomMilestone>(data),
        Kind::Meeting => is::<Meeting>(data),
    }
}
