//! Queries of `submission`: the campaign's stakeholder submissions, each saved whole.

use rusqlite::{params, OptionalExtension, Transaction};
use uuid::Uuid;

use super::columns::{get_id, get_instant, get_word, instant};
use super::record_version::advance;
use super::Store;
use crate::model::now;
use crate::model::{Submission, SubmissionKind};
use crate::{Error, Result};

impl Store {
    /// The campaign's submissions, oldest first (usually one individual, some joint).
    pub fn submissions(&mut self, campaign_id: Uuid) -> Result<Vec<Submission>> {
        self.read(|tx| list(tx, campaign_id))
    }

    pub fn save_submission(
        &mut self,
        campaign_id: Uuid,
        mut submission: Submission,
    ) -> Result<Submission> {
        if submission.title.trim().is_empty() {
            return Err(Error::invalid("submission title", "must not be empty"));
        }
        if submission.kind == SubmissionKind::Joint
            && submission.partners.iter().all(|p| p.trim().is_empty())
        {
            return Err(Error::invalid(
                "joint submission",
                "name at least one partner organisation, or make it an individual submission",
            ));
        }
        self.write(|tx| {
            super::campaign::require(tx, campaign_id)?;
            let old = get(tx, submission.id)?;
            if let Some((owner, _)) = &old {
                if *owner != campaign_id {
                    return Err(Error::invalid("submission", "belongs to another campaign"));
                }
            }
            advance(&mut submission, old.as_ref().map(|(_, s)| s), now())?;
            put(tx, campaign_id, &submission)?;
            Ok(submission)
        })
    }
}

const COLUMNS: &str =
    "id, title, kind, partners, summary, issues, recommendations, annexes, created_at, updated_at,
     version";

fn json<T: serde::de::DeserializeOwned>(r: &rusqlite::Row, idx: usize) -> rusqlite::Result<T> {
    let text: String = r.get(idx)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn from_row(r: &rusqlite::Row, at: usize) -> rusqlite::Result<Submission> {
    Ok(Submission {
        id: get_id(r, at)?,
        title: r.get(at + 1)?,
        kind: get_word(r, at + 2, SubmissionKind::parse)?,
        partners: json(r, at + 3)?,
        summary: r.get(at + 4)?,
        issues: json(r, at + 5)?,
        recommendations: json(r, at + 6)?,
        annexes: r.get(at + 7)?,
        created_at: get_instant(r, at + 8)?,
        updated_at: get_instant(r, at + 9)?,
        version: r.get(at + 10)?,
    })
}

pub(crate) fn list(tx: &Transaction, campaign_id: Uuid) -> Result<Vec<Submission>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {COLUMNS} FROM submission WHERE campaign_id = ?1 ORDER BY created_at, id"
    ))?;
    let rows = stmt.query_map([campaign_id.to_string()], |r| from_row(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn get(tx: &Transaction, id: Uuid) -> Result<Option<(Uuid, Submission)>> {
    Ok(tx
        .query_row(
            &format!("SELECT campaign_id, {COLUMNS} FROM submission WHERE id = ?1"),
            [id.to_string()],
            |r| Ok((get_id(r, 0)?, from_row(r, 1)?)),
        )
        .optional()?)
}

pub(crate) fn put(tx: &Transaction, campaign_id: Uuid, s: &Submission) -> Result<()> {
    tx.execute(
        "INSERT INTO submission (id, campaign_id, title, kind, partners, summary, issues,
                                 recommendations, annexes, created_at, updated_at, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (id) DO UPDATE SET
            title = excluded.title, kind = excluded.kind, partners = excluded.partners,
            summary = excluded.summary, issues = excluded.issues,
            recommendations = excluded.recommendations, annexes = excluded.annexes,
            created_at = excluded.created_at, updated_at = excluded.updated_at,
            version = excluded.version",
        params![
            s.id.to_string(),
            campaign_id.to_string(),
            s.title,
            s.kind.as_str(),
            to_json(&s.partners),
            s.summary,
            to_json(&s.issues),
            to_json(&s.recommendations),
            s.annexes,
            instant("created_at", &s.created_at)?,
            instant("updated_at", &s.updated_at)?,
            s.version,
        ],
    )?;
    Ok(())
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Vectors of strings and of plain structs of strings cannot fail to serialise.
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}
