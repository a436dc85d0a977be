//! The print run on the demo, with a fourth delegation added: the files it writes, their
//! order, a delegation whose brief does not fit, and a run stopped half-way.

use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{NaiveDate, NaiveTime};

use super::*;
use crate::demo;
use crate::language::Language;
use crate::model::{new_id, now, MeetingPlace, UNSAVED};

/// Three long past recommendations of Norway's to the demo's State under Review.
const NORWAY_LONG_PAST: &[u8] =
    include_bytes!("../../../../tests/data/norway-long-past-recommendations.csv");

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The demo (Norway, Mexico, Sierra Leone) with Côte d’Ivoire added, asked for the first
/// recommendation of the first issue, met in Geneva before everyone else.
fn demo_with_four_targets() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    demo::load(&mut store).unwrap();
    let campaign = store.current_campaign().unwrap().unwrap();
    let first_ask = store.priority_issues(campaign.id).unwrap()[0].recommendations[0].id;
    let ivory = store
        .save_target_state(
            campaign.id,
            TargetState {
                id: new_id(),
                state: "Côte d’Ivoire".into(),
                reason: String::new(),
                contacts: Vec::new(),
                asks: vec![first_ask],
                created_at: now(),
                updated_at: now(),
                version: UNSAVED,
            },
        )
        .unwrap();
    let mut meeting = meeting_in_geneva(
        ivory.id,
        NaiveTime::from_hms_opt(10, 30, 0),
        "Permanent Mission, Rue de Lausanne 10",
    );
    meeting.people = "Awa Koné".into();
    store.save_meeting(campaign.id, meeting).unwrap();
    store
}

/// A meeting in Geneva on 2 November 2026 with the delegation `target`.
fn meeting_in_geneva(target: uuid::Uuid, time: Option<NaiveTime>, location: &str) -> Meeting {
    Meeting {
        id: new_id(),
        date: day("2026-11-02"),
        time,
        place: MeetingPlace::Geneva,
        location: location.into(),
        target_state_id: Some(target),
        people: String::new(),
        notes: String::new(),
        follow_up: None,
        created_at: now(),
        updated_at: now(),
        version: UNSAVED,
    }
}

fn options() -> DocumentOptions {
    DocumentOptions {
        language: Some(Language::En),
        date: Some(day("2027-01-15")),
        ..DocumentOptions::default()
    }
}

/// A print run into `folder` with the English options, not cancelled.
fn run_whole(store: &mut Store, folder: &Path) -> PrintRun {
    run_with(store, &options(), folder)
}

fn run_with(store: &mut Store, options: &DocumentOptions, folder: &Path) -> PrintRun {
    write_briefs(store, options, folder, &mut |_| {}, &AtomicBool::new(false)).unwrap()
}

fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn four_target_states_make_four_briefs_and_one_file_of_them_all_agenda_first() {
    let mut store = demo_with_four_targets();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Geneva");
    let mut heard = Vec::new();
    let run = write_briefs(
        &mut store,
        &options(),
        &folder,
        &mut |p| heard.push(p.clone()),
        &AtomicBool::new(false),
    )
    .unwrap();

    assert_eq!(
        names_in(&folder),
        [
            "All briefs with the agenda.pdf",
            "Brief for Côte d’Ivoire.pdf",
            "Brief for Mexico.pdf",
            "Brief for Norway.pdf",
            "Brief for Sierra Leone.pdf",
        ]
    );
    // Met first, printed first: Côte d'Ivoire (2 November), Norway (19 November), then the
    // two without a meeting in the campaign's order.
    let order: Vec<&str> = run.written.iter().map(|b| b.state.as_str()).collect();
    assert_eq!(order, ["Côte d’Ivoire", "Norway", "Mexico", "Sierra Leone"]);
    assert!(run.too_long.is_empty());
    assert!(!run.cancelled);
    assert_eq!(
        run.combined.as_deref(),
        Some(folder.join("All briefs with the agenda.pdf").as_path())
    );
    let told: Vec<(usize, usize, Option<&str>)> = heard
        .iter()
        .map(|p| (p.done, p.total, p.state.as_deref()))
        .collect();
    assert_eq!(
        told,
        [
            (1, 5, Some("Côte d’Ivoire")),
            (2, 5, Some("Norway")),
            (3, 5, Some("Mexico")),
            (4, 5, Some("Sierra Leone")),
            (5, 5, None),
        ]
    );

    // The combined file: the agenda's page, then every brief's pages in the same order.
    let combined = lopdf::Document::load(folder.join("All briefs with the agenda.pdf")).unwrap();
    let brief_pages: usize = run.written.iter().map(|b| b.pages).sum();
    assert_eq!(combined.get_pages().len(), 1 + brief_pages);
    for brief in &run.written {
        let alone = lopdf::Document::load(&brief.file).unwrap();
        assert_eq!(alone.get_pages().len(), brief.pages, "{}", brief.state);
    }
}

#[test]
fn a_brief_that_does_not_fit_is_reported_by_state_and_the_others_are_written() {
    let mut store = demo_with_four_targets();
    // Long past recommendations of Norway's on the campaign's issues: its tailored brief,
    // which lists them, runs past its two pages; the other delegations' do not.
    crate::recommendations::import_bytes(&mut store, NORWAY_LONG_PAST, "long.csv", &mut |_, _| {})
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let run = run_whole(&mut store, dir.path());

    let too_long: Vec<&str> = run.too_long.iter().map(|t| t.state.as_str()).collect();
    assert_eq!(too_long, ["Norway"]);
    assert!(
        run.too_long[0].overflow.lines_over.is_some_and(|l| l > 0),
        "{:?}",
        run.too_long[0].overflow
    );
    let written: Vec<&str> = run.written.iter().map(|b| b.state.as_str()).collect();
    assert_eq!(written, ["Côte d’Ivoire", "Mexico", "Sierra Leone"]);
    assert_eq!(
        names_in(dir.path()),
        [
            "All briefs with the agenda.pdf",
            "Brief for Côte d’Ivoire.pdf",
            "Brief for Mexico.pdf",
            "Brief for Sierra Leone.pdf",
        ]
    );
    let combined = lopdf::Document::load(run.combined.unwrap()).unwrap();
    let brief_pages: usize = run.written.iter().map(|b| b.pages).sum();
    assert_eq!(combined.get_pages().len(), 1 + brief_pages);
}

#[test]
fn a_cancelled_run_leaves_the_whole_briefs_written_before_and_no_combined_file() {
    let mut store = demo_with_four_targets();
    let dir = tempfile::tempdir().unwrap();
    let cancel = AtomicBool::new(false);
    let run = write_briefs(
        &mut store,
        &options(),
        dir.path(),
        &mut |p| {
            if p.done == 2 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    )
    .unwrap();

    assert!(run.cancelled);
    assert_eq!(run.combined, None);
    assert_eq!(
        names_in(dir.path()),
        ["Brief for Côte d’Ivoire.pdf", "Brief for Norway.pdf"]
    );
    for brief in &run.written {
        lopdf::Document::load(&brief.file).expect("a whole PDF");
    }
}

#[test]
fn a_campaign_without_target_states_is_told_so_and_nothing_is_written() {
    let mut store = Store::open_in_memory().unwrap();
    demo::load(&mut store).unwrap();
    let campaign = store.current_campaign().unwrap().unwrap();
    for t in store.target_states(campaign.id).unwrap() {
        store.delete_target_state(t.id).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("out");
    let err = write_briefs(
        &mut store,
        &options(),
        &folder,
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap_err();
    assert_eq!(err.code(), "no_target_states");
    assert!(!folder.exists());
}

#[test]
fn meetings_on_the_same_day_come_in_the_order_of_their_times_and_the_agenda_says_the_time() {
    let mut store = demo_with_four_targets();
    let campaign = store.current_campaign().unwrap().unwrap();
    let mexico = store
        .target_states(campaign.id)
        .unwrap()
        .into_iter()
        .find(|t| t.state == "Mexico")
        .unwrap();
    // Mexico on the same day as Côte d'Ivoire (10:30), later (the campaign lists Mexico
    // first); and one without a time, which goes after the timed ones of its day.
    for (time, location) in [
        (NaiveTime::from_hms_opt(11, 0, 0), "Mission of Mexico"),
        (None, "Café"),
    ] {
        store
            .save_meeting(campaign.id, meeting_in_geneva(mexico.id, time, location))
            .unwrap();
    }
    let meetings = store.meetings(campaign.id).unwrap();
    let on_the_day: Vec<(&str, Option<NaiveTime>)> = meetings
        .iter()
        .filter(|m| m.date == day("2026-11-02"))
        .map(|m| (m.location.as_str(), m.time))
        .collect();
    assert_eq!(
        on_the_day,
        [
            (
                "Permanent Mission, Rue de Lausanne 10",
                NaiveTime::from_hms_opt(10, 30, 0)
            ),
            ("Mission of Mexico", NaiveTime::from_hms_opt(11, 0, 0)),
            ("Café", None),
        ]
    );

    for (lang, expected) in [
        (Language::En, "2 November 2026, 10:30, in Geneva"),
        (Language::Fr, "2 novembre 2026, 10 h 30, à Genève"),
        (Language::Es, "2 de noviembre de 2026, 10:30, en Ginebra"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let options = DocumentOptions {
            language: Some(lang),
            ..options()
        };
        let run = write_briefs(
            &mut store,
            &options,
            dir.path(),
            &mut |_| {},
            &AtomicBool::new(false),
        )
        .unwrap();
        let order: Vec<&str> = run.written.iter().map(|b| b.state.as_str()).collect();
        assert_eq!(order, ["Côte d’Ivoire", "Mexico", "Norway", "Sierra Leone"]);
        let combined = lopdf::Document::load(run.combined.unwrap()).unwrap();
        // Runs are read back with spaces between them: compared without white space.
        let squeeze = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let agenda = squeeze(&combined.extract_text(&[1]).unwrap());
        assert!(agenda.contains(&squeeze(expected)), "{lang:?}: {agenda}");
    }
}

#[test]
fn a_planned_run_is_written_without_the_store_from_what_it_was_when_planned() {
    let mut store = demo_with_four_targets();
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_briefs(&mut store, &options(), dir.path()).unwrap();
    // An edit while the briefs are written (the window saves meanwhile) changes the next run,
    // not this one; and the store is no longer needed.
    let campaign = store.current_campaign().unwrap().unwrap();
    let norway = store.target_states(campaign.id).unwrap().remove(0);
    store.delete_target_state(norway.id).unwrap();
    drop(store);
    let run = plan.write(&mut |_| {}, &AtomicBool::new(false)).unwrap();
    assert_eq!(run.written.len(), 4);
    assert!(run.written.iter().any(|b| b.state == "Norway"));
    assert_eq!(names_in(dir.path()).len(), 5);
}

#[test]
fn the_agenda_lists_the_meetings_with_no_target_state_too_without_asks() {
    let mut store = demo_with_four_targets();
    let campaign = store.current_campaign().unwrap().unwrap();
    let any_target = store.target_states(campaign.id).unwrap()[0].id;
    // Two meetings with no delegation of the run, saved latest first: the agenda puts them
    // in the order of their times.
    for (time, location, people) in [
        (
            NaiveTime::from_hms_opt(16, 0, 0),
            "OHCHR, Palais Wilson",
            "UPR desk officer",
        ),
        (
            NaiveTime::from_hms_opt(9, 0, 0),
            "Mission of Meridia",
            "Deputy Permanent Representative",
        ),
    ] {
        let mut meeting = meeting_in_geneva(any_target, time, location);
        meeting.target_state_id = None;
        meeting.people = people.into();
        store.save_meeting(campaign.id, meeting).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let run = run_whole(&mut store, dir.path());
    assert_eq!(
        run.written.len(),
        4,
        "the briefs are the target States' alone"
    );
    let combined = lopdf::Document::load(run.combined.unwrap()).unwrap();
    let squeeze = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let agenda = squeeze(&combined.extract_text(&[1]).unwrap());
    let others = agenda
        .find("Othermeetings")
        .unwrap_or_else(|| panic!("no other meetings: {agenda}"));
    let rest = &agenda[others..];
    let morning = rest
        .find(&squeeze("2 November 2026, 9:00, in Geneva – Mission of Meridia. Deputy Permanent Representative"))
        .unwrap_or_else(|| panic!("the morning meeting: {rest}"));
    let afternoon = rest
        .find(&squeeze(
            "2 November 2026, 16:00, in Geneva – OHCHR, Palais Wilson. UPR desk officer",
        ))
        .unwrap_or_else(|| panic!("the afternoon meeting: {rest}"));
    assert!(morning < afternoon, "{rest}");
    // Shown without asks: nothing after them asks a State for anything.
    assert!(!rest.contains(&squeeze("We ask")), "{rest}");
}

/// The people met follow the place after the language's own full stop: "。" with no space in
/// Chinese, where ". " would be a Latin mark inside Chinese text.
#[test]
fn the_chinese_agenda_puts_its_own_full_stop_before_the_people_met() {
    let mut store = demo_with_four_targets();
    let campaign = store.current_campaign().unwrap().unwrap();
    let any_target = store.target_states(campaign.id).unwrap()[0].id;
    let mut meeting = meeting_in_geneva(
        any_target,
        NaiveTime::from_hms_opt(9, 0, 0),
        "Mission of Meridia",
    );
    meeting.people = "Deputy Permanent Representative".into();
    store.save_meeting(campaign.id, meeting).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let options = DocumentOptions {
        language: Some(Language::Zh),
        ..options()
    };
    let run = run_with(&mut store, &options, dir.path());
    let combined = lopdf::Document::load(run.combined.unwrap()).unwrap();
    let squeeze = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let agenda = squeeze(&combined.extract_text(&[1]).unwrap());
    assert!(
        agenda.contains(&squeeze(
            "Mission of Meridia。Deputy Permanent Representative"
        )),
        "{agenda}"
    );
}
