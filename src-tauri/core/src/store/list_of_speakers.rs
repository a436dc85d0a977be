//! Queries of `list_of_speakers`: the States inscribed to speak at the campaign's review, as
//! the user gave them (see `recommendations/speakers.rs` for how a list is read).

use rusqlite::{params, Transaction};
use uuid::Uuid;

use super::Store;
use crate::Result;

impl Store {
    /// The campaign's list of speakers in its order; empty when not known.
    pub fn list_of_speakers(&mut self, campaign_id: Uuid) -> Result<Vec<String>> {
        self.read(|tx| list(tx, campaign_id))
    }

    /// Keeps `states` as the campaign's list of speakers, replacing the earlier one; an empty
    /// list makes it unknown again.
    pub fn save_list_of_speakers(&mut self, campaign_id: Uuid, states: &[String]) -> Result<()> {
        self.write(|tx| {
            super::campaign::require(tx, campaign_id)?;
            put(tx, campaign_id, states)
        })
    }
}

pub(crate) fn list(tx: &Transaction, campaign_id: Uuid) -> Result<Vec<String>> {
    let mut stmt = tx.prepare_cached(
        "SELECT state FROM list_of_speakers WHERE campaign_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([campaign_id.to_string()], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn put(tx: &Transaction, campaign_id: Uuid, states: &[String]) -> Result<()> {
    let id = campaign_id.to_string();
    tx.execute("DELETE FROM list_of_speakers WHERE campaign_id = ?1", [&id])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO list_of_speakers (campaign_id, position, state) VALUES (?1, ?2, ?3)",
    )?;
    for (position, state) in states.iter().enumerate() {
        insert.execute(params![id, position as i64, state])?;
    }
    Ok(())
}
