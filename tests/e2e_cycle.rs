//! The UPR cycle around the documents in the real window, as short user stories: the
//! dashboard's calendar, the stakeholder submission's live word count, and tracking the
//! implementation of the recommendations the State received.

use crate::e2e::pages::{
    CalendarScreen, DueNext, Frame, MonitoringScreen, Overview, SubmissionScreen,
};
use crate::e2e::wait::until_true;
use crate::e2e::App;

/// The titles the CLI marks NEXT or "under way" today: what the dashboard must show.
fn due_next_from_cli(app: &App) -> Vec<String> {
    let out = String::from_utf8_lossy(&app.cli(&["calendar"]).stdout).to_string();
    out.lines()
        .filter(|l| l.contains(" NEXT ") || l.contains(" under way "))
        .map(|l| {
            let after = l
                .split_once(" NEXT ")
                .or_else(|| l.split_once(" under way "))
                .map(|(_, rest)| rest)
                .unwrap_or_default();
            // Drop " (estimated)" and " [kind]".
            let title = after.trim().split(" [").next().unwrap_or_default();
            title.trim_end_matches(" (estimated)").trim().to_string()
        })
        .collect()
}

fn screenshots() -> Option<std::path::PathBuf> {
    std::env::var_os("UPR_KIT_SCREENSHOTS").map(std::path::PathBuf::from)
}

#[test]
fn the_dashboard_shows_what_is_due_next_in_the_demo_and_the_calendar_marks_it_done() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    Overview::new(&session);
    let dashboard = DueNext::new(&session);
    let shown = dashboard.due_next();
    let expected = due_next_from_cli(&app);
    assert!(
        !expected.is_empty(),
        "the demo's calendar has something ahead"
    );
    for title in &expected {
        assert!(
            shown.iter().any(|line| line.starts_with(title.as_str())),
            "the dashboard lacks “{title}”: {shown:?}"
        );
    }
    if let Some(dir) = screenshots() {
        app.screenshot(&dir.join("overview-due-next.png"));
    }

    // On the calendar, the demo has sent its submission: the deadline of March 2027's review
    // (7 months before) is marked done. "Not done" makes it late, as it has passed, and the
    // dashboard says so; marking it done again takes it off.
    frame.go_to("calendar");
    let calendar = CalendarScreen::new(&session);
    assert_eq!(calendar.status_of("submission_deadline"), "Done");
    calendar.toggle_done("submission_deadline");
    assert_eq!(calendar.status_of("submission_deadline"), "Late");
    calendar.add_date("Coalition meeting on the follow-up");
    if let Some(dir) = screenshots() {
        app.screenshot(&dir.join("calendar.png"));
    }
    let ics = app.data_dir().with_file_name("calendar.ics");
    let said = calendar.save_to(&ics);
    assert!(said.contains("calendar.ics"), "{said}");
    let written = std::fs::read_to_string(&ics).expect("the .ics was written");
    assert!(written.starts_with("BEGIN:VCALENDAR"), "{written}");
    assert!(written.contains("Coalition meeting on the follow-up"));
    frame.go_to("overview");
    let late = DueNext::new(&session).late();
    assert!(
        late.iter()
            .any(|l| l.starts_with("Stakeholder submission deadline (OHCHR)")),
        "the dashboard shows the deadline late: {late:?}"
    );
    frame.go_to("calendar");
    let calendar = CalendarScreen::new(&session);
    calendar.toggle_done("submission_deadline");
    assert_eq!(calendar.status_of("submission_deadline"), "Done");
    session.end();
}

#[test]
fn typing_in_the_submission_updates_the_word_count_before_any_export() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("submission");
    let submission = SubmissionScreen::new(&session);
    let before = submission.words();
    assert!(before > 0, "the draft from the demo's issues has words");
    // After a space: glued to the summary's last word, the first word would join it.
    submission.type_in_summary(" Meridia detains journalists for their reporting.");
    until_true(
        &format!("the count following the typing: {before} + 6"),
        || submission.words() == before + 6,
    );
    // A footnote is not counted: once the count shows its seven words as left out (which
    // only the closed note gives), it has read the new text.
    let notes = submission.footnote_words();
    submission.type_in_first_paragraph("^[Committee to Protect Journalists, census of 2025.]");
    until_true("the count taking in the footnote", || {
        submission.footnote_words() == notes + 7
    });
    assert_eq!(
        submission.words(),
        before + 6,
        "{}",
        submission.count_text()
    );
    assert_eq!(submission.level(), "fits");
    frame.wait_until_saved();

    // The core counts the same on export as the window did while typing.
    let docx = app.data_dir().with_file_name("submission.docx");
    let (state, text) = submission.export_to(&docx);
    assert_eq!(state, "written", "{text}");
    assert!(
        text.contains(&format!("{} of", before + 6)),
        "the export reports the count shown: {text}"
    );
    assert!(std::fs::metadata(&docx)
        .map(|m| m.len() > 0)
        .unwrap_or(false));

    // The coalition also signs a joint submission: a second draft, counted against the joint
    // limit, and the first is still there as it was left.
    submission.start_joint();
    let titles = submission.titles();
    assert_eq!(titles.len(), 2, "{titles:?}");
    until_true("the joint draft is open", || {
        submission.count_text().contains("5,630")
    });
    submission.open(0);
    until_true("the first draft is open again", || {
        submission.words() == before + 6
    });
    assert!(
        submission.count_text().contains("2,815"),
        "{}",
        submission.count_text()
    );
    if let Some(dir) = screenshots() {
        app.screenshot(&dir.join("submission.png"));
    }
    session.end();
}

#[test]
fn a_received_recommendation_marked_fully_implemented_stays_so_after_a_restart() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("monitoring");
    let monitoring = MonitoringScreen::new(&session);
    let text =
        "Decriminalise defamation and bring the Press Code in line with article 19 of the ICCPR";
    monitoring.add(text, "Estonia");
    assert_eq!(monitoring.status_of(text), "not_started");
    monitoring.set_status(text, "fully");
    assert_eq!(monitoring.status_of(text), "fully");
    frame.wait_until_saved();
    if let Some(dir) = screenshots() {
        app.screenshot(&dir.join("monitoring.png"));
    }
    session.end();

    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("monitoring");
    let monitoring = MonitoringScreen::new(&session);
    assert_eq!(monitoring.status_of(text), "fully");
    session.end();

    // The store holds it too: the CLI, a separate process, lists it as fully implemented.
    let list =
        String::from_utf8_lossy(&app.cli(&["received-recommendations", "list"]).stdout).to_string();
    let at = list
        .find(text)
        .expect("the CLI lists the new recommendation");
    assert!(
        list[at..]
            .lines()
            .nth(1)
            .unwrap_or_default()
            .contains("Fully implemented"),
        "{list}"
    );
}
