//! Queries of `priority_issue` and its children `key_fact`, `question`, `recommendation`.
//! Children are upserted and the missing ones deleted, never all deleted and re-inserted:
//! target States point at recommendations, and those links must survive an edit.

use rusqlite::{params, OptionalExtension, Transaction};
use uuid::Uuid;

use super::columns::{get_id, get_instant, instant};
use super::record_version::advance;
use super::stamping::{restamp_children, restamp_moved};
use super::Store;
use crate::model::{now, ActionCategory, KeyFact, PriorityIssue, Question, Recommendation};
use crate::{Error, Result};

impl Store {
    /// The campaign's priority issues, most important first, with all their children.
    pub fn priority_issues(&mut self, campaign_id: Uuid) -> Result<Vec<PriorityIssue>> {
        self.read(|tx| list(tx, campaign_id))
    }

    /// Moves recommendation `number` (from 1, in the order the brief lists them) of the
    /// current campaign's priority issue titled `title` (any case) one place up or down, and
    /// saves the issue as the window's arrows do: the moved recommendations are stamped, so a
    /// partner's next merge takes the new order.
    pub fn move_recommendation(
        &mut self,
        title: &str,
        number: usize,
        up: bool,
    ) -> Result<PriorityIssue> {
        let campaign = self.current_campaign()?.ok_or(Error::NoCampaign)?;
        let wanted = title.trim().to_lowercase();
        let mut issue = self
            .priority_issues(campaign.id)?
            .into_iter()
            .find(|i| i.title.trim().to_lowercase() == wanted)
            .ok_or_else(|| Error::NotFound {
                what: "priority issue",
                id: title.to_string(),
            })?;
        let count = issue.recommendations.len();
        let from = number
            .checked_sub(1)
            .filter(|i| *i < count)
            .ok_or_else(|| {
                Error::invalid(
                    "recommendation",
                    format!("there is no number {number}: the issue has {count}"),
                )
            })?;
        let to = if up {
            from.checked_sub(1)
        } else {
            Some(from + 1).filter(|t| *t < count)
        }
        .ok_or_else(|| Error::invalid("recommendation", "is already at that end of the list"))?;
        issue.recommendations.swap(from, to);
        self.save_priority_issue(campaign.id, issue)
    }

    /// Saves one priority issue as the user edited it, children included.
    pub fn save_priority_issue(
        &mut self,
        campaign_id: Uuid,
        mut issue: PriorityIssue,
    ) -> Result<PriorityIssue> {
        if issue.title.trim().is_empty() {
            return Err(Error::invalid("priority issue title", "must not be empty"));
        }
        self.write(|tx| {
            super::campaign::require(tx, campaign_id)?;
            let old = get(tx, issue.id)?;
            if let Some((owner, _)) = &old {
                if *owner != campaign_id {
                    return Err(Error::invalid(
                        "priority issue",
                        "belongs to another campaign",
                    ));
                }
            }
            let old = old.map(|(_, issue)| issue);
            let now = now();
            if let Some(old) = &old {
                restamp_children(&mut issue.facts, &old.facts, |c| c.id, now);
                restamp_children(&mut issue.questions, &old.questions, |c| c.id, now);
                restamp_children(
                    &mut issue.recommendations,
                    &old.recommendations,
                    |c| c.id,
                    now,
                );
                restamp_moved(&mut issue.facts, &old.facts, |c| c.id, now);
                restamp_moved(&mut issue.questions, &old.questions, |c| c.id, now);
                restamp_moved(
                    &mut issue.recommendations,
                    &old.recommendations,
                    |c| c.id,
                    now,
                );
            } else {
                restamp_children(&mut issue.facts, &[], |c| c.id, now);
                restamp_children(&mut issue.questions, &[], |c| c.id, now);
                restamp_children(&mut issue.recommendations, &[], |c| c.id, now);
            }
            advance(&mut issue, old.as_ref(), now)?;
            put(tx, campaign_id, &issue)?;
            Ok(issue)
        })
    }

    /// Sets the order of the campaign's priority issues: `ids` first to last. Issues not named
    /// keep their relative order after the named ones. An issue whose rank moves gets a new
    /// version, as on any save; the issues are returned as stored, with their versions.
    pub fn reorder_priority_issues(
        &mut self,
        campaign_id: Uuid,
        ids: &[Uuid],
    ) -> Result<Vec<PriorityIssue>> {
        self.write(|tx| {
            let mut order: Vec<Uuid> = ids.to_vec();
            for issue in list(tx, campaign_id)? {
                if !order.contains(&issue.id) {
                    order.push(issue.id);
                }
            }
            let now = instant("updated_at", &now())?;
            for (index, id) in order.iter().enumerate() {
                let rank = index as i64 + 1;
                tx.execute(
                    "UPDATE priority_issue SET rank = ?1, updated_at = ?2, version = version + 1
                     WHERE id = ?3 AND campaign_id = ?4 AND rank != ?1",
                    params![rank, now, id.to_string(), campaign_id.to_string()],
                )?;
            }
            list(tx, campaign_id)
        })
    }
}

fn issue_from_row(r: &rusqlite::Row) -> rusqlite::Result<PriorityIssue> {
    let tags: String = r.get(3)?;
    Ok(PriorityIssue {
        id: get_id(r, 0)?,
        title: r.get(1)?,
        rank: r.get(2)?,
        upr_issues: serde_json::from_str(&tags).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e))
        })?,
        background: r.get(4)?,
        facts: Vec::new(),
        questions: Vec::new(),
        recommendations: Vec::new(),
        created_at: get_instant(r, 5)?,
        updated_at: get_instant(r, 6)?,
        version: r.get(7)?,
    })
}

const ISSUE_COLUMNS: &str =
    "id, title, rank, upr_issues, background, created_at, updated_at, version";

pub(crate) fn list(tx: &Transaction, campaign_id: Uuid) -> Result<Vec<PriorityIssue>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {ISSUE_COLUMNS} FROM priority_issue WHERE campaign_id = ?1 ORDER BY rank, created_at"
    ))?;
    let mut issues: Vec<PriorityIssue> = stmt
        .query_map([campaign_id.to_string()], issue_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    for issue in &mut issues {
        load_children(tx, issue)?;
    }
    Ok(issues)
}

/// One issue with the campaign it belongs to.
pub(crate) fn get(tx: &Transaction, id: Uuid) -> Result<Option<(Uuid, PriorityIssue)>> {
    let found = tx
        .query_row(
            &format!("SELECT {ISSUE_COLUMNS}, campaign_id FROM priority_issue WHERE id = ?1"),
            [id.to_string()],
            |r| Ok((get_id(r, 8)?, issue_from_row(r)?)),
        )
        .optional()?;
    let Some((campaign, mut issue)) = found else {
        return Ok(None);
    };
    load_children(tx, &mut issue)?;
    Ok(Some((campaign, issue)))
}

fn load_children(tx: &Transaction, issue: &mut PriorityIssue) -> Result<()> {
    let id = issue.id.to_string();
    let mut stmt = tx.prepare_cached(
        "SELECT id, text, source, created_at, updated_at FROM key_fact
         WHERE priority_issue_id = ?1 ORDER BY position",
    )?;
    issue.facts = stmt
        .query_map([&id], |r| {
            Ok(KeyFact {
                id: get_id(r, 0)?,
                text: r.get(1)?,
                source: r.get(2)?,
                created_at: get_instant(r, 3)?,
                updated_at: get_instant(r, 4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = tx.prepare_cached(
        "SELECT id, text, created_at, updated_at FROM question
         WHERE priority_issue_id = ?1 ORDER BY position",
    )?;
    issue.questions = stmt
        .query_map([&id], |r| {
            Ok(Question {
                id: get_id(r, 0)?,
                text: r.get(1)?,
                created_at: get_instant(r, 2)?,
                updated_at: get_instant(r, 3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = tx.prepare_cached(
        "SELECT id, text, action_category, previously_recommended, created_at, updated_at
         FROM recommendation WHERE priority_issue_id = ?1 ORDER BY position",
    )?;
    issue.recommendations = stmt
        .query_map([&id], |r| {
            let category: Option<u8> = r.get(2)?;
            Ok(Recommendation {
                id: get_id(r, 0)?,
                text: r.get(1)?,
                action_category: category.and_then(|n| ActionCategory::try_from(n).ok()),
                previously_recommended: r.get(3)?,
                created_at: get_instant(r, 4)?,
                updated_at: get_instant(r, 5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(())
}

/// Writes the issue exactly as given, with its children.
pub(crate) fn put(tx: &Transaction, campaign_id: Uuid, issue: &PriorityIssue) -> Result<()> {
    let id = issue.id.to_string();
    let tags = serde_json::to_string(&issue.upr_issues).expect("a list of strings serialises");
    tx.execute(
        "INSERT INTO priority_issue (id, campaign_id, rank, title, upr_issues, background,
                                     created_at, updated_at, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (id) DO UPDATE SET
            rank = excluded.rank, title = excluded.title, upr_issues = excluded.upr_issues,
            background = excluded.background,
            created_at = excluded.created_at, updated_at = excluded.updated_at,
            version = excluded.version",
        params![
            id,
            campaign_id.to_string(),
            issue.rank,
            issue.title,
            tags,
            issue.background,
            instant("created_at", &issue.created_at)?,
            instant("updated_at", &issue.updated_at)?,
            issue.version,
        ],
    )?;

    let mut stmt = tx.prepare_cached(
        "INSERT INTO key_fact (id, priority_issue_id, position, text, source, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, text = excluded.text,
            source = excluded.source, created_at = excluded.created_at,
            updated_at = excluded.updated_at",
    )?;
    for (position, f) in issue.facts.iter().enumerate() {
        stmt.execute(params![
            f.id.to_string(),
            id,
            position as i64,
            f.text,
            f.source,
            instant("created_at", &f.created_at)?,
            instant("updated_at", &f.updated_at)?
        ])?;
    }
    delete_missing(tx, "key_fact", &id, issue.facts.iter().map(|c| c.id))?;

    let mut stmt = tx.prepare_cached(
        "INSERT INTO question (id, priority_issue_id, position, text, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, text = excluded.text,
            created_at = excluded.created_at, updated_at = excluded.updated_at",
    )?;
    for (position, q) in issue.questions.iter().enumerate() {
        stmt.execute(params![
            q.id.to_string(),
            id,
            position as i64,
            q.text,
            instant("created_at", &q.created_at)?,
            instant("updated_at", &q.updated_at)?
        ])?;
    }
    delete_missing(tx, "question", &id, issue.questions.iter().map(|c| c.id))?;

    let mut stmt = tx.prepare_cached(
        "INSERT INTO recommendation (id, priority_issue_id, position, text, action_category,
                                     previously_recommended, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, text = excluded.text,
            action_category = excluded.action_category,
            previously_recommended = excluded.previously_recommended,
            created_at = excluded.created_at, updated_at = excluded.updated_at",
    )?;
    for (position, r) in issue.recommendations.iter().enumerate() {
        stmt.execute(params![
            r.id.to_string(),
            id,
            position as i64,
            r.text,
            r.action_category.map(|c| c.number()),
            r.previously_recommended,
            instant("created_at", &r.created_at)?,
            instant("updated_at", &r.updated_at)?
        ])?;
    }
    delete_missing(
        tx,
        "recommendation",
        &id,
        issue.recommendations.iter().map(|c| c.id),
    )?;
    Ok(())
}

/// Deletes the children of `issue_id` in `table` whose ids are not in `keep`.
fn delete_missing(
    tx: &Transaction,
    table: &str,
    issue_id: &str,
    keep: impl Iterator<Item = Uuid>,
) -> Result<()> {
    let keep: Vec<String> = keep.map(|id| id.to_string()).collect();
    let keep_json = serde_json::to_string(&keep).expect("a list of strings serialises");
    tx.execute(
        &format!(
            "DELETE FROM {table} WHERE priority_issue_id = ?1
             AND id NOT IN (SELECT value FROM json_each(?2))"
        ),
        params![issue_id, keep_json],
    )?;
    Ok(())
}
