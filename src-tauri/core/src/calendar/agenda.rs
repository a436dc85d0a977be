//! The calendar as seen on one day: every milestone and user-added date with whether it is
//! done, past, under way, next or late. The dashboard shows `next` and `late`; `upr-kit
//! calendar` prints the whole list.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::{CustomMilestone, Milestone, MilestoneKind};
use crate::model::Campaign;
use crate::store::Store;
use crate::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EntryStatus {
    /// The user marked it done.
    Done,
    /// Its day has gone and there was nothing to do (the review, documents published).
    Past,
    /// Its day has gone, it was the NGO's to do, and it is not marked done.
    Late,
    /// Today falls inside it (a lobbying period) or it is today.
    UnderWay,
    /// The first date still ahead; several entries share it when they fall on the same day.
    Next,
    Upcoming,
}

impl EntryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EntryStatus::Done => "done",
            EntryStatus::Past => "past",
            EntryStatus::Late => "late",
            EntryStatus::UnderWay => "under way",
            EntryStatus::Next => "next",
            EntryStatus::Upcoming => "upcoming",
        }
    }
}

/// One line of the calendar: a computed milestone (`kind`) or a date the user added (`custom_id`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AgendaEntry {
    pub kind: Option<MilestoneKind>,
    pub custom_id: Option<Uuid>,
    pub title: String,
    pub notes: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub geneva_time: Option<NaiveTime>,
    pub utc: Option<DateTime<Utc>>,
    pub estimated: bool,
    pub status: EntryStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Agenda {
    pub today: NaiveDate,
    /// Every entry in date order.
    pub entries: Vec<AgendaEntry>,
}

impl Agenda {
    /// What is due next: entries under way, then those of the next date ahead.
    pub fn due_next(&self) -> impl Iterator<Item = &AgendaEntry> {
        self.entries
            .iter()
            .filter(|e| matches!(e.status, EntryStatus::UnderWay | EntryStatus::Next))
    }

    /// What the NGO should have done and has not marked done.
    pub fn late(&self) -> impl Iterator<Item = &AgendaEntry> {
        self.entries
            .iter()
            .filter(|e| e.status == EntryStatus::Late)
    }
}

/// The calendar on `today`: the computed milestones (`done` lists those marked done) and the
/// user's own dates, merged in date order.
pub fn agenda(
    milestones: &[Milestone],
    done: &[MilestoneKind],
    custom: &[CustomMilestone],
    today: NaiveDate,
) -> Agenda {
    let mut entries: Vec<(AgendaEntry, bool, bool)> = Vec::new();
    for m in milestones {
        entries.push((
            AgendaEntry {
                kind: Some(m.kind),
                custom_id: None,
                title: m.kind.title().to_string(),
                notes: String::new(),
                start: m.start,
                end: m.end,
                geneva_time: m.geneva_time,
                utc: m.utc,
                estimated: m.estimated,
                status: EntryStatus::Upcoming,
            },
            done.contains(&m.kind),
            m.kind.is_task(),
        ));
    }
    for c in custom {
        entries.push((
            AgendaEntry {
                kind: None,
                custom_id: Some(c.id),
                title: c.title.clone(),
                notes: c.notes.clone(),
                start: c.date,
                end: c.date,
                geneva_time: None,
                utc: None,
                estimated: false,
                status: EntryStatus::Upcoming,
            },
            c.done,
            // A date the user added is there to be acted on.
            true,
        ));
    }
    entries.sort_by_key(|e| (e.0.start, e.0.end));

    let next_date = entries
        .iter()
        .filter(|(e, done, _)| !done && e.start > today)
        .map(|(e, _, _)| e.start)
        .min();
    let entries = entries
        .into_iter()
        .map(|(mut e, done, task)| {
            e.status = if done {
                EntryStatus::Done
            } else if e.end < today {
                if task {
                    EntryStatus::Late
                } else {
                    EntryStatus::Past
                }
            } else if e.start <= today {
                EntryStatus::UnderWay
            } else if Some(e.start) == next_date {
                EntryStatus::Next
            } else {
                EntryStatus::Upcoming
            };
            e
        })
        .collect();
    Agenda { today, entries }
}

/// The current campaign with its calendar on a given day: what the dashboard and `upr-kit
/// calendar` show.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CampaignAgenda {
    pub campaign: Campaign,
    pub agenda: Agenda,
}

/// The calendar of the current campaign on `today`, from the settings' offsets, the done
/// marks and the user's dates. These are separate reads, not one transaction: a change saved
/// between them by another program shows on the next look, and nothing is written here.
pub fn current_agenda(store: &mut Store, today: NaiveDate) -> Result<CampaignAgenda> {
    let offsets = store.settings()?.milestones;
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let computed = super::milestones(&campaign, &offsets)?;
    let done = store.done_milestones(campaign.id)?;
    let custom = store.custom_milestones(campaign.id)?;
    let agenda = agenda(&computed, &done, &custom, today);
    Ok(CampaignAgenda { campaign, agenda })
}

/// Adds a date of the user's own to the current campaign's calendar.
pub fn add_calendar_date(
    store: &mut Store,
    date: NaiveDate,
    title: &str,
    notes: &str,
) -> Result<CustomMilestone> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let stamp = crate::model::now();
    store.save_custom_milestone(
        campaign.id,
        CustomMilestone {
            id: crate::model::new_id(),
            date,
            title: title.trim().to_string(),
            notes: notes.trim().to_string(),
            done: false,
            created_at: stamp,
            updated_at: stamp,
            version: crate::store::UNSAVED,
        },
    )
}

/// One entry of the calendar as a user acts on it: a computed milestone by its kind, or one
/// of the user's own dates by its id. Sent by the window as `{"milestone": "review"}` or
/// `{"custom": "<id>"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CalendarEntry {
    Milestone(MilestoneKind),
    Custom(Uuid),
}

/// The user's own dates of the current campaign's calendar, in date order.
pub fn custom_dates(store: &mut Store) -> Result<Vec<CustomMilestone>> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    store.custom_milestones(campaign.id)
}

/// The entry a user names in words: a milestone by its word ("submission_deadline",
/// "pre-session"), or one of `dates` by its title (case and spacing aside) or its id. A title
/// two dates share names neither.
pub fn entry_named(which: &str, dates: &[CustomMilestone]) -> Result<CalendarEntry> {
    if let Some(kind) = MilestoneKind::parse(which) {
        return Ok(CalendarEntry::Milestone(kind));
    }
    let wanted = which.trim().to_lowercase();
    let mut found = dates
        .iter()
        .filter(|c| c.title.trim().to_lowercase() == wanted || c.id.to_string() == wanted);
    match (found.next(), found.next()) {
        (Some(entry), None) => Ok(CalendarEntry::Custom(entry.id)),
        (Some(_), Some(_)) => Err(Error::invalid(
            "calendar entry",
            format!("several of your dates are called '{which}'; rename one first"),
        )),
        (None, _) => {
            let words: Vec<&str> = MilestoneKind::ALL.iter().map(|k| k.as_str()).collect();
            Err(Error::invalid(
                "calendar entry",
                format!(
                    "'{which}' is neither a milestone ({}) nor the title of one of your dates",
                    words.join(", ")
                ),
            ))
        }
    }
}

/// Marks an entry of the current campaign's calendar done (or not done again). Returns the
/// entry's title.
pub fn mark_calendar_entry(store: &mut Store, entry: CalendarEntry, done: bool) -> Result<String> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    match entry {
        CalendarEntry::Milestone(kind) => {
            store.set_milestone_done(campaign.id, kind, done)?;
            Ok(kind.title().to_string())
        }
        CalendarEntry::Custom(id) => {
            let mut date = store
                .custom_milestones(campaign.id)?
                .into_iter()
                .find(|c| c.id == id)
                .ok_or_else(|| Error::NotFound {
                    what: "calendar date",
                    id: id.to_string(),
                })?;
            date.done = done;
            let title = date.title.clone();
            store.save_custom_milestone(campaign.id, date)?;
            Ok(title)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::MilestoneOffsets;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn demo_milestones() -> Vec<Milestone> {
        let c = Campaign {
            id: Uuid::nil(),
            state_under_review: "Republic of Meridia".into(),
            cycle: 4,
            session: 55,
            review_date: Some(date("2027-03-10")),
            adoption_session: "HRC 65".into(),
            adoption_date: None,
            hrc_session_start: None,
            created_at: Utc::now(),
            updated_at: Utc::now(),
            version: crate::store::UNSAVED,
        };
        super::super::milestones(&c, &MilestoneOffsets::default()).unwrap()
    }

    fn status(a: &Agenda, kind: MilestoneKind) -> EntryStatus {
        a.entries
            .iter()
            .find(|e| e.kind == Some(kind))
            .unwrap()
            .status
    }

    #[test]
    fn on_a_day_in_the_capitals_lobbying_the_deadline_passed_is_late_and_lobbying_under_way() {
        let a = agenda(&demo_milestones(), &[], &[], date("2026-11-28"));
        assert_eq!(
            status(&a, MilestoneKind::NationalConsultations),
            EntryStatus::Late
        );
        assert_eq!(
            status(&a, MilestoneKind::SubmissionDeadline),
            EntryStatus::Late
        );
        assert_eq!(
            status(&a, MilestoneKind::CapitalsLobbying),
            EntryStatus::UnderWay
        );
        assert_eq!(status(&a, MilestoneKind::GenevaLobbying), EntryStatus::Next);
        assert_eq!(
            status(&a, MilestoneKind::DocumentsPublished),
            EntryStatus::Upcoming
        );
        let next: Vec<_> = a.due_next().map(|e| e.kind.unwrap()).collect();
        assert_eq!(
            next,
            [
                MilestoneKind::CapitalsLobbying,
                MilestoneKind::GenevaLobbying
            ]
        );
        let late: Vec<_> = a.late().map(|e| e.kind.unwrap()).collect();
        assert_eq!(
            late,
            [
                MilestoneKind::NationalConsultations,
                MilestoneKind::SubmissionDeadline
            ]
        );
    }

    #[test]
    fn marked_done_is_not_late_and_events_that_passed_are_only_past() {
        let a = agenda(
            &demo_milestones(),
            &[MilestoneKind::SubmissionDeadline],
            &[],
            date("2027-03-20"),
        );
        assert_eq!(
            status(&a, MilestoneKind::SubmissionDeadline),
            EntryStatus::Done
        );
        assert_eq!(status(&a, MilestoneKind::Review), EntryStatus::Past);
        assert_eq!(
            status(&a, MilestoneKind::DocumentsPublished),
            EntryStatus::Past
        );
        assert_eq!(status(&a, MilestoneKind::PreSession), EntryStatus::Late);
        assert_eq!(
            status(&a, MilestoneKind::OralStatementSignup),
            EntryStatus::Next
        );
    }

    #[test]
    fn user_dates_sit_beside_the_computed_ones_in_date_order() {
        let mine = CustomMilestone {
            id: Uuid::new_v4(),
            date: date("2026-12-15"),
            title: "Coalition meeting on the submission follow-up".into(),
            notes: String::new(),
            done: false,
            created_at: Utc::now(),
            updated_at: Utc::now(),
            version: crate::store::UNSAVED,
        };
        let a = agenda(
            &demo_milestones(),
            &[],
            std::slice::from_ref(&mine),
            date("2026-12-01"),
        );
        let titles: Vec<&str> = a.entries.iter().map(|e| e.title.as_str()).collect();
        let at = titles.iter().position(|t| *t == mine.title).unwrap();
        assert_eq!(titles[at - 1], MilestoneKind::CapitalsLobbying.title());
        assert_eq!(titles[at + 1], MilestoneKind::GenevaLobbying.title());
        let next: Vec<&str> = a.due_next().map(|e| e.title.as_str()).collect();
        assert_eq!(
            next,
            [MilestoneKind::CapitalsLobbying.title(), mine.title.as_str()]
        );
        // Once its day has gone without being marked done, it is late.
        let later = agenda(
            &demo_milestones(),
            &[],
            std::slice::from_ref(&mine),
            date("2026-12-16"),
        );
        assert!(later.late().any(|e| e.custom_id == Some(mine.id)));
    }

    #[test]
    fn a_users_date_is_marked_done_by_its_id_even_when_another_has_the_same_title() {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        let first = crate::calendar::add_calendar_date(
            &mut store,
            date("2026-12-20"),
            "Coalition call",
            "",
        )
        .unwrap();
        crate::calendar::add_calendar_date(&mut store, date("2027-01-20"), "Coalition call", "")
            .unwrap();
        let dates = custom_dates(&mut store).unwrap();
        let err = entry_named("coalition call", &dates).unwrap_err();
        assert!(err.to_string().contains("several of your dates"), "{err}");
        assert_eq!(
            entry_named(&first.id.to_string(), &dates).unwrap(),
            CalendarEntry::Custom(first.id)
        );
        mark_calendar_entry(&mut store, CalendarEntry::Custom(first.id), true).unwrap();
        let seen = crate::calendar::current_agenda(&mut store, date("2026-12-01")).unwrap();
        let calls: Vec<_> = seen
            .agenda
            .entries
            .iter()
            .filter(|e| e.title == "Coalition call")
            .map(|e| (e.start, e.status))
            .collect();
        assert_eq!(
            calls,
            [
                (date("2026-12-20"), EntryStatus::Done),
                (date("2027-01-20"), EntryStatus::Upcoming)
            ]
        );
    }
}
