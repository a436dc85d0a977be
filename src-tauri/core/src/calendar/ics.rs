//! The calendar as an RFC 5545 file for calendar apps. The `icalendar` crate writes the text
//! (escaping, line folding at 75 octets, CRLF); this file decides what goes in it, and cleans
//! what the crate does not: text a user typed (a State name, a date's title) never carries a
//! line break or a control character into a single-line property, where it could start an
//! event of its own, and `NAME`, which the crate writes unescaped, is escaped here.
//!
//! UIDs are derived from the campaign id and the milestone kind (or the user date's id), so
//! importing a newer file updates the events instead of doubling them. Days are all-day events
//! (`DTSTART;VALUE=DATE`, `DTEND` the day after the last); the oral-statement sign-up is a
//! timed event in UTC.

use chrono::{DateTime, Days, TimeDelta, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use std::path::Path;

use chrono::NaiveDate;

use super::{Agenda, CampaignAgenda};
use crate::language::Language;
use crate::model::Campaign;
use crate::store::Store;
use crate::wording::fill;
use crate::Result;

/// Who wrote the file (RFC 5545, 3.7.3).
const PRODID: &str = "-//UPR Advocacy Kit//UPR calendar//EN";

/// How long the sign-up event lasts in the calendar: the slots go first come first served, so
/// the half hour after opening is what matters.
const SIGNUP_MINUTES: i64 = 30;

/// The agenda of `campaign` as iCalendar text. `stamp` is the moment of writing (DTSTAMP).
pub fn to_ics(
    campaign: &Campaign,
    agenda: &Agenda,
    stamp: DateTime<Utc>,
    lang: Language,
) -> String {
    let words = &lang.wording().calendar;
    let state = campaign.state_under_review.as_str();
    let name = single_line(&fill(&words.name, &[("state", state)]));
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", PRODID))
        .append_property(("CALSCALE", "GREGORIAN"))
        // The crate escapes X-WR-CALNAME but writes NAME as given, so NAME is escaped here.
        .append_property(("NAME", escaped(&name).as_str()))
        .append_property(("X-WR-CALNAME", name.as_str()));
    for entry in &agenda.entries {
        let uid = match (entry.kind, entry.custom_id) {
            (Some(kind), _) => format!("{}-{}@upr-kit", kind.as_str(), campaign.id),
            (None, Some(id)) => format!("custom-{id}@upr-kit"),
            (None, None) => continue,
        };
        let mut event = Event::new();
        // A milestone in the file's language; a date of the user's as they wrote it.
        let title = entry
            .kind
            .map_or(entry.title.as_str(), |k| words.milestone(k));
        event.uid(&uid).timestamp(stamp).summary(&single_line(&fill(
            &words.event,
            &[("title", title), ("state", state)],
        )));
        match entry.utc {
            Some(utc) => {
                event.starts(utc).ends(
                    utc.checked_add_signed(TimeDelta::minutes(SIGNUP_MINUTES))
                        .unwrap_or(utc),
                );
            }
            None => {
                // DTEND of an all-day event is the day after the last (RFC 5545, 3.6.1).
                let after = entry
                    .end
                    .checked_add_days(Days::new(1))
                    .unwrap_or(entry.end);
                event.starts(entry.start).ends(after);
            }
        }
        let mut description = Vec::new();
        if let Some(time) = entry.geneva_time {
            let time = time.format("%H:%M").to_string();
            description.push(fill(&words.opens, &[("time", &time)]));
        }
        if entry.estimated {
            description.push(words.estimated.clone());
        }
        if !entry.notes.is_empty() {
            description.push(entry.notes.clone());
        }
        if !description.is_empty() {
            event.description(&multi_line(&description.join("\n")));
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

/// Text for a one-line property: every line break and control character becomes a space.
fn single_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Text for `DESCRIPTION`, which may hold lines: any line end (CRLF, bare CR) becomes the one
/// line feed the crate escapes as `\n`; other control characters become spaces.
fn multi_line(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' | '\n' => '\n',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// RFC 5545 TEXT escaping (3.3.11) for the properties the crate writes as given.
fn escaped(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
}

/// Writes the calendar of the current campaign on `today` to `path`, in `language`
/// (default: the settings' document language), written beside it and renamed into
/// place, so a failed write leaves no half file. Returns what was written.
pub fn write_ics(
    store: &mut Store,
    today: NaiveDate,
    path: &Path,
    language: Option<Language>,
) -> Result<CampaignAgenda> {
    // Refused before any work: never into the data folder, never onto a folder.
    store.check_output(path)?;
    let lang = language.unwrap_or(store.settings()?.document_language);
    let seen = crate::calendar::current_agenda(store, today)?;
    let text = to_ics(&seen.campaign, &seen.agenda, crate::model::now(), lang);
    store.write_output(path, text.as_bytes())?;
    Ok(seen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{agenda, milestones, CustomMilestone, MilestoneKind};
    use crate::settings::MilestoneOffsets;
    use ical::parser::ical::component::IcalEvent;
    use uuid::Uuid;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn campaign() -> Campaign {
        Campaign {
            id: Uuid::parse_str("4a7c391c-9e90-52b4-827c-4e77fa65a749").unwrap(),
            state_under_review: "Republic of Meridia".into(),
            cycle: 4,
            session: 55,
            review_date: Some(date("2027-03-10")),
            adoption_session: "HRC 65".into(),
            adoption_date: Some(date("2027-07-02")),
            hrc_session_start: Some(date("2027-06-14")),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            version: crate::store::UNSAVED,
        }
    }

    fn write(custom: &[CustomMilestone]) -> String {
        let c = campaign();
        let list = milestones(&c, &MilestoneOffsets::default()).unwrap();
        let a = agenda(&list, &[], custom, date("2026-11-28"));
        to_ics(
            &c,
            &a,
            "2026-11-28T10:00:00Z".parse().unwrap(),
            Language::En,
        )
    }

    fn parse(text: &str) -> Vec<IcalEvent> {
        let mut reader = ical::IcalParser::new(text.as_bytes());
        let calendar = reader
            .next()
            .expect("one calendar")
            .expect("a valid calendar");
        assert!(reader.next().is_none());
        calendar.events
    }

    fn prop<'a>(e: &'a IcalEvent, name: &str) -> Option<&'a ical::property::Property> {
        e.properties.iter().find(|p| p.name == name)
    }

    fn value(e: &IcalEvent, name: &str) -> String {
        prop(e, name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    }

    #[test]
    fn a_calendar_parser_reads_every_milestone_back() {
        let text = write(&[]);
        let events = parse(&text);
        assert_eq!(events.len(), MilestoneKind::ALL.len());
        let review = events
            .iter()
            .find(|e| value(e, "UID") == "review-4a7c391c-9e90-52b4-827c-4e77fa65a749@upr-kit")
            .unwrap();
        assert_eq!(value(review, "DTSTART"), "20270310");
        assert_eq!(value(review, "DTEND"), "20270311");
        let params = prop(review, "DTSTART")
            .unwrap()
            .params
            .clone()
            .unwrap_or_default();
        assert!(
            params
                .iter()
                .any(|(k, v)| k == "VALUE" && v == &vec!["DATE".to_string()]),
            "{params:?}"
        );
        assert!(value(review, "SUMMARY").starts_with("Review in the UPR Working Group"));
        assert!(text.contains("\r\nPRODID:-//UPR Advocacy Kit//UPR calendar//EN\r\n"));

        let geneva = events
            .iter()
            .find(|e| value(e, "UID").starts_with("geneva_lobbying-"))
            .unwrap();
        assert_eq!(
            (value(geneva, "DTSTART"), value(geneva, "DTEND")),
            ("20270110".into(), "20270211".into())
        );

        let signup = events
            .iter()
            .find(|e| value(e, "UID").starts_with("oral_statement_signup-"))
            .unwrap();
        assert_eq!(value(signup, "DTSTART"), "20270610T120000Z");
        assert_eq!(value(signup, "DTEND"), "20270610T123000Z");
        assert!(value(signup, "DESCRIPTION").contains("14:00 Geneva time"));
        for e in &events {
            assert_eq!(value(e, "DTSTAMP"), "20261128T100000Z");
        }
    }

    #[test]
    fn in_french_the_milestones_are_french_the_users_dates_as_written_and_the_uids_the_same() {
        let c = campaign();
        let list = milestones(&c, &MilestoneOffsets::default()).unwrap();
        let mine = CustomMilestone {
            id: Uuid::nil(),
            date: date("2027-02-01"),
            title: "Coalition meeting".into(),
            notes: String::new(),
            done: false,
            created_at: Utc::now(),
            updated_at: Utc::now(),
            version: crate::store::UNSAVED,
        };
        let a = agenda(&list, &[], std::slice::from_ref(&mine), date("2026-11-28"));
        let stamp = "2026-11-28T10:00:00Z".parse().unwrap();
        let fr = parse(&to_ics(&c, &a, stamp, Language::Fr));
        let en = parse(&to_ics(&c, &a, stamp, Language::En));
        let summary = |events: &[IcalEvent], uid: &str| {
            events
                .iter()
                .find(|e| value(e, "UID").starts_with(uid))
                .map(|e| value(e, "SUMMARY"))
                .unwrap()
        };
        assert_eq!(
            summary(&fr, "review-"),
            "Examen au Groupe de travail de l’EPU (Republic of Meridia)"
        );
        assert_eq!(
            summary(&fr, "custom-"),
            "Coalition meeting (Republic of Meridia)"
        );
        let signup = fr
            .iter()
            .find(|e| value(e, "UID").starts_with("oral_statement_signup-"))
            .unwrap();
        // (The parser leaves the comma escaped, as RFC 5545 writes it.)
        let description = value(signup, "DESCRIPTION");
        assert!(
            description.contains("Ouverture à 14:00") && description.contains("heure de Genève"),
            "{description}"
        );
        let uids =
            |events: &[IcalEvent]| events.iter().map(|e| value(e, "UID")).collect::<Vec<_>>();
        assert_eq!(
            uids(&fr),
            uids(&en),
            "a file in another language updates the same events"
        );
    }

    #[test]
    fn the_file_is_crlf_folded_at_75_octets_and_escaped() {
        let mine = CustomMilestone {
            id: Uuid::parse_str("0b6d1f7e-0000-4000-8000-000000000001").unwrap(),
            date: date("2026-12-15"),
            title: "Réunion de la coalition; suivi, «soumission» – données".into(),
            notes: "Bring: the draft, the list of partners; and the annex (Фонд «Свобода»). "
                .repeat(3),
            done: false,
            created_at: Utc::now(),
            updated_at: Utc::now(),
            version: crate::store::UNSAVED,
        };
        let text = write(std::slice::from_ref(&mine));
        assert!(text.ends_with("\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "bare line feeds");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        assert!(text.contains("\\;"), "semicolons escaped");
        let events = parse(&text);
        assert!(events
            .iter()
            .any(|e| value(e, "UID") == format!("custom-{}@upr-kit", mine.id)));
        // Unfolded as RFC 5545 says (a line break followed by one space is removed) and
        // unescaped, the text is what the user typed. (The `ical` crate also trims spaces at
        // the end of each folded line, which RFC 5545 does not allow, so the exact text is
        // checked here rather than through it.)
        let unfolded = text.replace("\r\n ", "");
        let unescape = |v: &str| {
            v.replace("\\n", "\n")
                .replace("\\;", ";")
                .replace("\\,", ",")
                .replace("\\\\", "\\")
        };
        let ours: Vec<&str> = unfolded
            .split("BEGIN:VEVENT")
            .filter(|e| e.contains(&format!("UID:custom-{}@upr-kit", mine.id)))
            .flat_map(|e| e.split("\r\n"))
            .collect();
        let field = |name: &str| {
            ours.iter()
                .find_map(|l| l.strip_prefix(&format!("{name}:")))
                .map(unescape)
                .unwrap_or_default()
        };
        assert_eq!(
            field("SUMMARY"),
            format!("{} – UPR of Republic of Meridia", mine.title)
        );
        assert_eq!(field("DESCRIPTION"), mine.notes);
    }

    #[test]
    fn a_line_break_typed_in_a_name_or_title_never_makes_an_event() {
        // Regression: a State name or a date's title with a line break injected an event
        // (the crate writes NAME unescaped and lets bare CRs through).
        let injected = "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\rSUMMARY:x\nDTSTART:20270101";
        let mut c = campaign();
        c.state_under_review = format!("Meridia;, \\{injected}\u{7}");
        let list = milestones(&c, &MilestoneOffsets::default()).unwrap();
        let mine = CustomMilestone {
            id: Uuid::nil(),
            date: date("2027-02-01"),
            title: format!("Coalition{injected}"),
            notes: format!("Line one\rline two{injected}"),
            done: false,
            created_at: Utc::now(),
            updated_at: Utc::now(),
            version: 1,
        };
        let a = agenda(&list, &[], std::slice::from_ref(&mine), date("2026-11-28"));
        let stamp = "2026-11-28T10:00:00Z".parse().unwrap();
        let text = to_ics(&c, &a, stamp, Language::En);
        // Every line ends CRLF; no CR or LF stands anywhere else.
        assert!(!text.replace("\r\n", "").contains(['\r', '\n']), "{text}");
        let mut reader = ical::IcalParser::new(text.as_bytes());
        let calendar = reader.next().unwrap().unwrap();
        assert!(reader.next().is_none());
        assert_eq!(calendar.events.len(), MilestoneKind::ALL.len() + 1);
        assert!(calendar.events.iter().all(|e| value(e, "UID") != "evil"));
        for e in &calendar.events {
            for name in ["UID", "SUMMARY", "DTSTART", "DTEND", "DTSTAMP"] {
                let count = e.properties.iter().filter(|p| p.name == name).count();
                assert_eq!(count, 1, "{name} in {:?}", value(e, "UID"));
            }
        }
        let names: Vec<&ical::property::Property> = calendar
            .properties
            .iter()
            .filter(|p| p.name == "NAME" || p.name == "X-WR-CALNAME")
            .collect();
        assert_eq!(names.len(), 2);
        for p in names {
            let v = p.value.clone().unwrap_or_default();
            // Escaped as TEXT: the semicolon, comma and backslash are preceded by a backslash.
            assert!(
                v.starts_with("UPR of Meridia\\;\\, \\\\  END:VEVENT"),
                "{v}"
            );
        }
    }

    #[test]
    fn uids_stay_the_same_from_one_export_to_the_next() {
        let uids = |text: String| {
            parse(&text)
                .iter()
                .map(|e| value(e, "UID"))
                .collect::<Vec<_>>()
        };
        assert_eq!(uids(write(&[])), uids(write(&[])));
    }
}
