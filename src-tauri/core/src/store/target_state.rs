//! Queries of `target_state`, its `contact_person`s and its asks (`target_state_ask`).

use rusqlite::{params, OptionalExtension, Transaction};
use uuid::Uuid;

use super::columns::{get_id, get_instant, get_word, instant};
use super::record_version::advance;
use super::stamping::restamp_children;
use super::Store;
use crate::model::{now, ContactPerson, Post, TargetState};
use crate::{Error, Result};

impl Store {
    /// The campaign's target States in the user's order.
    pub fn target_states(&mut self, campaign_id: Uuid) -> Result<Vec<TargetState>> {
        self.read(|tx| list(tx, campaign_id))
    }

    /// Saves a target State as the user edited it. A new one goes to the end of the list.
    pub fn save_target_state(
        &mut self,
        campaign_id: Uuid,
        mut target: TargetState,
    ) -> Result<TargetState> {
        if target.state.trim().is_empty() {
            return Err(Error::invalid("target State", "name the State"));
        }
        self.write(|tx| {
            super::campaign::require(tx, campaign_id)?;
            let existing = list(tx, campaign_id)?;
            let position = existing
                .iter()
                .position(|t| t.id == target.id)
                .unwrap_or(existing.len());
            let old = existing.iter().find(|t| t.id == target.id);
            let now = now();
            let old_contacts = old.map_or(&[][..], |o| &o.contacts[..]);
            restamp_children(&mut target.contacts, old_contacts, |c| c.id, now);
            advance(&mut target, old, now)?;
            put(tx, campaign_id, position, &target)?;
            Ok(target)
        })
    }
}

pub(crate) fn list(tx: &Transaction, campaign_id: Uuid) -> Result<Vec<TargetState>> {
    let mut stmt = tx.prepare(
        "SELECT id, state, reason, created_at, updated_at, version FROM target_state
         WHERE campaign_id = ?1 ORDER BY position",
    )?;
    let mut targets: Vec<TargetState> = stmt
        .query_map([campaign_id.to_string()], |r| {
            Ok(TargetState {
                id: get_id(r, 0)?,
                state: r.get(1)?,
                reason: r.get(2)?,
                contacts: Vec::new(),
                asks: Vec::new(),
                created_at: get_instant(r, 3)?,
                updated_at: get_instant(r, 4)?,
                version: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    for t in &mut targets {
        let id = t.id.to_string();
        let mut stmt = tx.prepare_cached(
            "SELECT id, name, role, post, email, phone, created_at, updated_at
             FROM contact_person WHERE target_state_id = ?1 ORDER BY position",
        )?;
        t.contacts = stmt
            .query_map([&id], |r| {
                Ok(ContactPerson {
                    id: get_id(r, 0)?,
                    name: r.get(1)?,
                    role: r.get(2)?,
                    post: get_word(r, 3, Post::parse)?,
                    email: r.get(4)?,
                    phone: r.get(5)?,
                    created_at: get_instant(r, 6)?,
                    updated_at: get_instant(r, 7)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = tx.prepare_cached(
            "SELECT recommendation_id FROM target_state_ask
             WHERE target_state_id = ?1 ORDER BY position",
        )?;
        t.asks = stmt
            .query_map([&id], |r| get_id(r, 0))?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(targets)
}

/// Writes the target State exactly as given at `position` in its campaign's list.
pub(crate) fn put(
    tx: &Transaction,
    campaign_id: Uuid,
    position: usize,
    t: &TargetState,
) -> Result<()> {
    let id = t.id.to_string();
    tx.execute(
        "INSERT INTO target_state (id, campaign_id, position, state, reason, created_at, updated_at,
                                   version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, state = excluded.state,
            reason = excluded.reason, created_at = excluded.created_at,
            updated_at = excluded.updated_at, version = excluded.version",
        params![
            id,
            campaign_id.to_string(),
            position as i64,
            t.state,
            t.reason,
            instant("created_at", &t.created_at)?,
            instant("updated_at", &t.updated_at)?,
            t.version
        ],
    )?;
    tx.execute(
        "DELETE FROM contact_person WHERE target_state_id = ?1",
        [&id],
    )?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO contact_person (id, target_state_id, position, name, role, post, email,
                                     phone, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (position, c) in t.contacts.iter().enumerate() {
        stmt.execute(params![
            c.id.to_string(),
            id,
            position as i64,
            c.name,
            c.role,
            c.post.as_str(),
            c.email,
            c.phone,
            instant("created_at", &c.created_at)?,
            instant("updated_at", &c.updated_at)?
        ])?;
    }
    tx.execute(
        "DELETE FROM target_state_ask WHERE target_state_id = ?1",
        [&id],
    )?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO target_state_ask (target_state_id, recommendation_id, position)
         VALUES (?1, ?2, ?3)",
    )?;
    for (position, rec) in t.asks.iter().enumerate() {
        let known: Option<i64> = tx
            .query_row(
                "SELECT 1 FROM recommendation r JOIN priority_issue i ON i.id = r.priority_issue_id
                 WHERE r.id = ?1 AND i.campaign_id = ?2",
                params![rec.to_string(), campaign_id.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        if known.is_none() {
            return Err(Error::invalid(
                format!("{}: asks", t.state),
                format!("recommendation {rec} is not one of this campaign's recommendations"),
            ));
        }
        stmt.execute(params![id, rec.to_string(), position as i64])?;
    }
    Ok(())
}
