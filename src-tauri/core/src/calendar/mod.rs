//! The UPR calendar of a campaign: every moment of the cycle where an NGO acts, computed from
//! the review date (and the adoption at the Human Rights Council when known) with offsets the
//! user can change in the settings, the dates the user adds beside them, what is due next and
//! what is late on a given day, and an RFC 5545 file that calendar apps import.

mod agenda;
mod geneva_time;
mod ics;
mod milestone;

pub use agenda::{
    add_calendar_date, agenda, current_agenda, custom_dates, entry_named, mark_calendar_entry,
    Agenda, AgendaEntry, CalendarEntry, CampaignAgenda, EntryStatus,
};
pub use geneva_time::geneva_to_utc;
pub use ics::{to_ics, write_ics};
pub use milestone::{milestones, Milestone};
// The calendar's records, kept in the model; named here too for the calendar's users.
pub use crate::model::{CustomMilestone, MilestoneKind};
