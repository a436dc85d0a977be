//! Queries of the `campaign` table: one campaign per review of a State under Review.

use rusqlite::{params, OptionalExtension, Transaction};
use uuid::Uuid;

use super::columns::{day, get_id, get_instant, get_opt_day, instant};
use super::record_version::advance;
use super::Store;
use crate::model::{now, Campaign};
use crate::{Error, Result};

const COLUMNS: &str = "id, state_under_review, cycle, session, review_date, adoption_session,
                       created_at, updated_at, adoption_date, hrc_session_start, version";

impl Store {
    /// All campaigns, the most recent review first.
    pub fn campaigns(&mut self) -> Result<Vec<Campaign>> {
        self.read(list)
    }

    pub fn campaign(&mut self, id: Uuid) -> Result<Campaign> {
        self.read(|tx| require(tx, id))
    }

    /// The campaign the app works on: the one with the latest review.
    pub fn current_campaign(&mut self) -> Result<Option<Campaign>> {
        Ok(self.campaigns()?.into_iter().next())
    }

    pub fn save_campaign(&mut self, mut campaign: Campaign) -> Result<Campaign> {
        if campaign.state_under_review.trim().is_empty() {
            return Err(Error::invalid("State under Review", "must not be empty"));
        }
        // The calendar counts from these dates; in the wrong order every milestone is wrong.
        if let (Some(review), Some(adoption)) = (campaign.review_date, campaign.adoption_date) {
            if adoption <= review {
                return Err(Error::invalid(
                    "adoption date",
                    format!("{adoption} is not after the review on {review}; the Council adopts the outcome months after the review"),
                ));
            }
        }
        if let (Some(start), Some(adoption)) = (campaign.hrc_session_start, campaign.adoption_date)
        {
            if start > adoption {
                return Err(Error::invalid(
                    "HRC session start",
                    format!("{start} is after the adoption on {adoption}; the adoption falls within the session"),
                ));
            }
        }
        self.write(|tx| {
            let old = get(tx, campaign.id)?;
            advance(&mut campaign, old.as_ref(), now())?;
            put(tx, &campaign)?;
            Ok(campaign)
        })
    }

    /// Deletes a campaign with everything it holds.
    pub fn delete_campaign(&mut self, id: Uuid) -> Result<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM campaign WHERE id = ?1", [id.to_string()])?;
            Ok(())
        })
    }
}

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Campaign> {
    Ok(Campaign {
        id: get_id(r, 0)?,
        state_under_review: r.get(1)?,
        cycle: r.get(2)?,
        session: r.get(3)?,
        review_date: get_opt_day(r, 4)?,
        adoption_session: r.get(5)?,
        created_at: get_instant(r, 6)?,
        updated_at: get_instant(r, 7)?,
        adoption_date: get_opt_day(r, 8)?,
        hrc_session_start: get_opt_day(r, 9)?,
        version: r.get(10)?,
    })
}

pub(crate) fn list(tx: &Transaction) -> Result<Vec<Campaign>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {COLUMNS} FROM campaign
         ORDER BY review_date IS NULL, review_date DESC, created_at DESC"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn get(tx: &Transaction, id: Uuid) -> Result<Option<Campaign>> {
    Ok(tx
        .query_row(
            &format!("SELECT {COLUMNS} FROM campaign WHERE id = ?1"),
            [id.to_string()],
            from_row,
        )
        .optional()?)
}

/// The campaign `id`, which a record is saved into: refused as `not_found` when it is gone
/// (deleted in another window, or never there).
pub(crate) fn require(tx: &Transaction, id: Uuid) -> Result<Campaign> {
    get(tx, id)?.ok_or(Error::NotFound {
        what: "campaign",
        id: id.to_string(),
    })
}

pub(crate) fn put(tx: &Transaction, c: &Campaign) -> Result<()> {
    tx.execute(
        "INSERT INTO campaign (id, state_under_review, cycle, session, review_date,
                               adoption_session, created_at, updated_at, adoption_date,
                               hrc_session_start, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (id) DO UPDATE SET
            state_under_review = excluded.state_under_review, cycle = excluded.cycle,
            session = excluded.session, review_date = excluded.review_date,
            adoption_session = excluded.adoption_session,
            created_at = excluded.created_at, updated_at = excluded.updated_at,
            adoption_date = excluded.adoption_date,
            hrc_session_start = excluded.hrc_session_start, version = excluded.version",
        params![
            c.id.to_string(),
            c.state_under_review,
            c.cycle,
            c.session,
            c.review_date
                .as_ref()
                .map(|d| day("review date", d))
                .transpose()?,
            c.adoption_session,
            instant("created_at", &c.created_at)?,
            instant("updated_at", &c.updated_at)?,
            c.adoption_date
                .as_ref()
                .map(|d| day("adoption date", d))
                .transpose()?,
            c.hrc_session_start
                .as_ref()
                .map(|d| day("session start", d))
                .transpose()?,
            c.version,
        ],
    )?;
    Ok(())
}
