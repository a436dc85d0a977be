//! Queries of the `meeting` table.

use rusqlite::{params, OptionalExtension, Transaction};
use uuid::Uuid;

use super::columns::{
    day, get_day, get_id, get_instant, get_opt_day, get_opt_id, get_opt_time, get_word, instant,
};
use super::record_version::advance;
use super::Store;
use crate::model::{now, FollowUp, Meeting, MeetingPlace};
use crate::{Error, Result};

const COLUMNS: &str = "id, date, place, location, target_state_id, people, notes,
                       follow_up_text, follow_up_due, follow_up_done, created_at, updated_at,
                       version, time";

impl Store {
    /// The campaign's meetings in date order.
    pub fn meetings(&mut self, campaign_id: Uuid) -> Result<Vec<Meeting>> {
        self.read(|tx| list(tx, campaign_id))
    }

    pub fn save_meeting(&mut self, campaign_id: Uuid, mut meeting: Meeting) -> Result<Meeting> {
        self.write(|tx| {
            super::campaign::require(tx, campaign_id)?;
            let old = get(tx, meeting.id)?;
            if let Some((owner, _)) = &old {
                if *owner != campaign_id {
                    return Err(Error::invalid("meeting", "belongs to another campaign"));
                }
            }
            advance(&mut meeting, old.as_ref().map(|(_, m)| m), now())?;
            put(tx, campaign_id, &meeting)?;
            Ok(meeting)
        })
    }
}

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Meeting> {
    let follow_up_text: Option<String> = r.get(7)?;
    let follow_up = match follow_up_text {
        Some(text) => Some(FollowUp {
            text,
            due: get_opt_day(r, 8)?,
            done: r.get(9)?,
        }),
        None => None,
    };
    Ok(Meeting {
        id: get_id(r, 0)?,
        date: get_day(r, 1)?,
        time: get_opt_time(r, 13)?,
        place: get_word(r, 2, MeetingPlace::parse)?,
        location: r.get(3)?,
        target_state_id: get_opt_id(r, 4)?,
        people: r.get(5)?,
        notes: r.get(6)?,
        follow_up,
        created_at: get_instant(r, 10)?,
        updated_at: get_instant(r, 11)?,
        version: r.get(12)?,
    })
}

pub(crate) fn list(tx: &Transaction, campaign_id: Uuid) -> Result<Vec<Meeting>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {COLUMNS} FROM meeting WHERE campaign_id = ?1
         ORDER BY date, time IS NULL, time, created_at"
    ))?;
    let rows = stmt.query_map([campaign_id.to_string()], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One meeting with the campaign it belongs to.
pub(crate) fn get(tx: &Transaction, id: Uuid) -> Result<Option<(Uuid, Meeting)>> {
    Ok(tx
        .query_row(
            &format!("SELECT {COLUMNS}, campaign_id FROM meeting WHERE id = ?1"),
            [id.to_string()],
            |r| Ok((get_id(r, 14)?, from_row(r)?)),
        )
        .optional()?)
}

pub(crate) fn put(tx: &Transaction, campaign_id: Uuid, m: &Meeting) -> Result<()> {
    let target_ok = match m.target_state_id {
        None => true,
        Some(target) => tx
            .query_row(
                "SELECT 1 FROM target_state WHERE id = ?1 AND campaign_id = ?2",
                params![target.to_string(), campaign_id.to_string()],
                |_| Ok(()),
            )
            .optional()?
            .is_some(),
    };
    if !target_ok {
        return Err(Error::invalid(
            format!("meeting of {}", m.date.format("%Y-%m-%d")),
            "the delegation met is not one of this campaign's target States",
        ));
    }
    tx.execute(
        "INSERT INTO meeting (id, campaign_id, date, place, location, target_state_id, people,
                              notes, follow_up_text, follow_up_due, follow_up_done,
                              created_at, updated_at, version, time)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
         ON CONFLICT (id) DO UPDATE SET date = excluded.date, time = excluded.time,
            place = excluded.place,
            location = excluded.location, target_state_id = excluded.target_state_id,
            people = excluded.people, notes = excluded.notes,
            follow_up_text = excluded.follow_up_text, follow_up_due = excluded.follow_up_due,
            follow_up_done = excluded.follow_up_done,
            created_at = excluded.created_at, updated_at = excluded.updated_at,
            version = excluded.version",
        params![
            m.id.to_string(),
            campaign_id.to_string(),
            day("meeting date", &m.date)?,
            m.place.as_str(),
            m.location,
            m.target_state_id.map(|id| id.to_string()),
            m.people,
            m.notes,
            m.follow_up.as_ref().map(|f| f.text.clone()),
            m.follow_up
                .as_ref()
                .and_then(|f| f.due.as_ref())
                .map(|d| day("follow-up due date", d))
                .transpose()?,
            m.follow_up.as_ref().is_some_and(|f| f.done),
            instant("created_at", &m.created_at)?,
            instant("updated_at", &m.updated_at)?,
            m.version,
            m.time.map(|t| t.to_string())
        ],
    )?;
    Ok(())
}
