//! Queries of `custom_milestone` (dates the user adds to the calendar) and `milestone_done`
//! (computed milestones the user marked done).

use rusqlite::{params, OptionalExtension, Transaction};
use uuid::Uuid;

use super::columns::{day, get_day, get_id, get_instant, instant};
use super::record_version::advance;
use super::Store;
use crate::model::now;
use crate::model::{CustomMilestone, MilestoneKind};
use crate::{Error, Result};

impl Store {
    /// The dates the user added to the campaign's calendar, in date order.
    pub fn custom_milestones(&mut self, campaign_id: Uuid) -> Result<Vec<CustomMilestone>> {
        self.read(|tx| list(tx, campaign_id))
    }

    pub fn save_custom_milestone(
        &mut self,
        campaign_id: Uuid,
        mut milestone: CustomMilestone,
    ) -> Result<CustomMilestone> {
        if milestone.title.trim().is_empty() {
            return Err(Error::invalid(
                "calendar date",
                "give it a title that says what happens",
            ));
        }
        self.write(|tx| {
            super::campaign::require(tx, campaign_id)?;
            let old = get(tx, milestone.id)?;
            if let Some((owner, _)) = &old {
                if *owner != campaign_id {
                    return Err(Error::invalid(
                        "calendar date",
                        "belongs to another campaign",
                    ));
                }
            }
            advance(&mut milestone, old.as_ref().map(|(_, m)| m), now())?;
            put(tx, campaign_id, &milestone)?;
            Ok(milestone)
        })
    }

    /// The computed milestones of the campaign the user marked done.
    pub fn done_milestones(&mut self, campaign_id: Uuid) -> Result<Vec<MilestoneKind>> {
        self.read(|tx| done_list(tx, campaign_id))
    }

    /// Marks a computed milestone done (or not done again).
    pub fn set_milestone_done(
        &mut self,
        campaign_id: Uuid,
        kind: MilestoneKind,
        done: bool,
    ) -> Result<()> {
        self.write(|tx| {
            super::campaign::require(tx, campaign_id)?;
            set_done(tx, campaign_id, kind, done)
        })
    }
}

const COLUMNS: &str = "id, date, title, notes, done, created_at, updated_at, version";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<CustomMilestone> {
    Ok(CustomMilestone {
        id: get_id(r, 0)?,
        date: get_day(r, 1)?,
        title: r.get(2)?,
        notes: r.get(3)?,
        done: r.get(4)?,
        created_at: get_instant(r, 5)?,
        updated_at: get_instant(r, 6)?,
        version: r.get(7)?,
    })
}

pub(crate) fn list(tx: &Transaction, campaign_id: Uuid) -> Result<Vec<CustomMilestone>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {COLUMNS} FROM custom_milestone WHERE campaign_id = ?1 ORDER BY date, created_at"
    ))?;
    let rows = stmt.query_map([campaign_id.to_string()], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn get(tx: &Transaction, id: Uuid) -> Result<Option<(Uuid, CustomMilestone)>> {
    // The owner after the columns, so that `from_row` reads them where `list` has them.
    Ok(tx
        .query_row(
            &format!("SELECT {COLUMNS}, campaign_id FROM custom_milestone WHERE id = ?1"),
            [id.to_string()],
            |r| Ok((get_id(r, 8)?, from_row(r)?)),
        )
        .optional()?)
}

pub(crate) fn put(tx: &Transaction, campaign_id: Uuid, m: &CustomMilestone) -> Result<()> {
    tx.execute(
        "INSERT INTO custom_milestone (id, campaign_id, date, title, notes, done, created_at,
                                       updated_at, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (id) DO UPDATE SET
            date = excluded.date, title = excluded.title, notes = excluded.notes,
            done = excluded.done, created_at = excluded.created_at, updated_at = excluded.updated_at,
            version = excluded.version",
        params![
            m.id.to_string(),
            campaign_id.to_string(),
            day("date", &m.date)?,
            m.title,
            m.notes,
            m.done,
            instant("created_at", &m.created_at)?,
            instant("updated_at", &m.updated_at)?,
            m.version,
        ],
    )?;
    Ok(())
}

pub(crate) fn done_list(tx: &Transaction, campaign_id: Uuid) -> Result<Vec<MilestoneKind>> {
    let mut stmt = tx.prepare("SELECT kind FROM milestone_done WHERE campaign_id = ?1")?;
    let words = stmt.query_map([campaign_id.to_string()], |r| r.get::<_, String>(0))?;
    let mut kinds = Vec::new();
    for word in words {
        // A kind this version does not know (written by a newer one) is left aside.
        if let Some(kind) = MilestoneKind::parse(&word?) {
            kinds.push(kind);
        }
    }
    kinds.sort();
    Ok(kinds)
}

pub(crate) fn set_done(
    tx: &Transaction,
    campaign_id: Uuid,
    kind: MilestoneKind,
    done: bool,
) -> Result<()> {
    if done {
        tx.execute(
            "INSERT OR IGNORE INTO milestone_done (campaign_id, kind) VALUES (?1, ?2)",
            params![campaign_id.to_string(), kind.as_str()],
        )?;
    } else {
        tx.execute(
            "DELETE FROM milestone_done WHERE campaign_id = ?1 AND kind = ?2",
            params![campaign_id.to_string(), kind.as_str()],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::model::MilestoneKind;
    use crate::store::Store;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_and_done_marks_are_kept_per_campaign() {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        let campaign = store.current_campaign().unwrap().unwrap();
        crate::calendar::add_calendar_date(
            &mut store,
            day("2027-02-01"),
            "  Briefing for journalists ",
            "",
        )
        .unwrap();
        let dates = store.custom_milestones(campaign.id).unwrap();
        assert_eq!(
            dates.iter().map(|d| d.title.as_str()).collect::<Vec<_>>(),
            [
                "Coalition meeting: divide the Geneva visits",
                "Briefing for journalists"
            ]
        );
        assert!(
            crate::calendar::add_calendar_date(&mut store, day("2027-02-01"), " ", "").is_err()
        );

        use crate::calendar::{custom_dates, entry_named, mark_calendar_entry};
        let mark = |store: &mut Store, which: &str, done: bool| {
            let entry = entry_named(which, &custom_dates(store).unwrap()).unwrap();
            mark_calendar_entry(store, entry, done).unwrap();
        };
        mark(&mut store, "pre-session", true);
        mark(&mut store, "briefing for journalists", true);
        assert!(store
            .done_milestones(campaign.id)
            .unwrap()
            .contains(&MilestoneKind::PreSession));
        assert!(store.custom_milestones(campaign.id).unwrap()[1].done);
        mark(&mut store, "pre_session", false);
        assert!(!store
            .done_milestones(campaign.id)
            .unwrap()
            .contains(&MilestoneKind::PreSession));
    }

    #[test]
    fn an_adoption_before_the_review_is_refused() {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        let mut campaign = store.current_campaign().unwrap().unwrap();
        campaign.adoption_date = Some(day("2027-01-10"));
        let err = store.save_campaign(campaign.clone()).unwrap_err();
        assert!(
            err.to_string()
                .contains("2027-01-10 is not after the review on 2027-03-10"),
            "{err}"
        );
        campaign.adoption_date = Some(day("2027-07-02"));
        campaign.hrc_session_start = Some(day("2027-06-14"));
        let saved = store.save_campaign(campaign).unwrap();
        let agenda = crate::calendar::current_agenda(&mut store, day("2027-06-01")).unwrap();
        let signup = agenda
            .agenda
            .entries
            .iter()
            .find(|e| e.kind == Some(MilestoneKind::OralStatementSignup))
            .unwrap();
        assert_eq!((signup.start, signup.estimated), (day("2027-06-10"), false));
        assert_eq!(saved.adoption_date, Some(day("2027-07-02")));
    }
}
