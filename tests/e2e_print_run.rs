//! The print run in the real window: the time of a meeting given on the Meetings screen, then
//! "Briefs for every meeting" on the Documents screen writes a brief per target State of the
//! demo and the file of them all into the folder typed (the native folder dialog cannot be
//! driven by WebDriver; it fills the same path), says what it wrote, the agenda says the
//! meeting with its time, and the window stays usable.

use crate::common::{names_in, tool};
use crate::e2e::pages::{DocumentsScreen, Frame};
use crate::e2e::webdriver::Session;
use crate::e2e::{by_test_id, wait, App};

/// Types `folder` under "Or type the folder" and starts the print run.
fn print_into(session: &Session, folder: &std::path::Path) {
    session.execute(
        "document.querySelector('.print-run .path-entry').scrollIntoView({block: 'center'})",
        vec![],
    );
    session.click(&session.wait(".print-run .path-entry summary"));
    session.type_into(
        &session.wait(&by_test_id("printRunFolder")),
        &folder.display().to_string(),
    );
    session.click(&session.wait(&by_test_id("printRunWrite")));
}

/// What the print run says once it is over (written, stopped or refused).
fn when_done(session: &Session) -> String {
    wait::until(3 * wait::PATIENCE, || {
        let outcome = session.wait(&by_test_id("printRunOutcome"));
        match session.attribute(&outcome, "data-state").as_deref() {
            Some("done") => Ok(session.text(&outcome)),
            other => Err(format!("the print run never ended (state {other:?})")),
        }
    })
}

#[test]
fn briefs_for_every_meeting_are_written_into_the_folder_with_the_file_of_them_all() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);

    // The demo's one meeting (Norway, in the capital) gets its time. The time field is the
    // system's own widget, which WebDriver cannot type into alike everywhere: its value is set
    // and announced as the widget does when the user picks a time.
    frame.go_to("meetings");
    session.wait(&by_test_id("meetingTime"));
    session.execute(
        "const f = document.querySelector(arguments[0]); f.value = '14:30'; \
         f.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![by_test_id("meetingTime").into()],
    );
    frame.wait_until_saved();
    session.wait_for_text("the meeting's heading with its time", |page| {
        page.contains("19 November 2026, 14:30 — Norway")
    });

    frame.go_to("documents");
    DocumentsScreen::new(&session);
    let folder = app.data_dir().with_file_name("Geneva");

    let start = session.wait(&by_test_id("printRunStart"));
    assert_eq!(session.text(&start), "Briefs for every meeting…");
    print_into(&session, &folder);

    let text = when_done(&session);
    assert!(text.contains("3 briefs written"), "{text}");
    assert!(text.contains("All briefs with the agenda.pdf"), "{text}");
    let written = session.find_all(&by_test_id("printRunWritten"));
    assert_eq!(written.len(), 3);
    assert!(session.text(&written[0]).ends_with("Brief for Norway.pdf"));
    let names = names_in(&folder);
    assert_eq!(
        names,
        [
            "All briefs with the agenda.pdf",
            "Brief for Mexico.pdf",
            "Brief for Norway.pdf",
            "Brief for Sierra Leone.pdf",
        ]
    );
    let combined = folder.join("All briefs with the agenda.pdf");
    let agenda = tool(
        "pdftotext",
        &["-f", "1", "-l", "1", combined.to_str().expect("UTF-8"), "-"],
    );
    let agenda = agenda.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        agenda.contains("19 November 2026, 14:30, in the capital – Embassy of Norway"),
        "{agenda}"
    );
    // The Start button is usable again, and so is the rest of the window.
    assert_eq!(
        session.property(&session.wait(&by_test_id("printRunStart")), "disabled"),
        "false"
    );
    frame.go_to("targets");
}

/// Cancel during a long run (the demo with a hundred and fifty more delegations, which take seconds to print): the run stops between two
/// files, says how many whole briefs it wrote, and leaves no file of them all; every file left
/// in the folder is a whole PDF.
#[test]
fn cancel_stops_the_run_between_two_files_and_leaves_only_whole_briefs() {
    let app = App::start();
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../assets/demo/demo-organisation.json"))
            .expect("the demo is JSON");
    let targets = doc["campaigns"][0]["target_states"]
        .as_array_mut()
        .expect("the demo has target States");
    for n in 1..=150 {
        targets.push(serde_json::json!({
            "id": format!("00000000-0000-4000-8000-{n:012}"),
            "state": format!("Delegation {n:02}"),
            "created_at": "2026-10-01T09:00:00.000Z",
            "updated_at": "2026-10-01T09:00:00.000Z"
        }));
    }
    let many = app.data_dir().with_file_name("many.json");
    std::fs::write(&many, serde_json::to_vec(&doc).expect("JSON")).expect("written");
    assert!(app
        .cli(&["import", many.to_str().expect("a UTF-8 path")])
        .status
        .success());

    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("documents");
    DocumentsScreen::new(&session);
    let folder = app.data_dir().with_file_name("Geneva");
    print_into(&session, &folder);

    // The progress says each file as it is finished; Cancel once the first is.
    let progress = wait::until(3 * wait::PATIENCE, || {
        let outcome = session.wait(&by_test_id("printRunOutcome"));
        let text = session.text(&outcome);
        if text.contains(" of 154 files: ") {
            Ok(text)
        } else {
            Err(format!("no progress shown: {text:?}"))
        }
    });
    assert!(!progress.starts_with("154 of 154"), "{progress}");
    session.click(&session.wait(&by_test_id("printRunCancel")));

    let text = when_done(&session);
    assert!(text.starts_with("Stopped: "), "{text}");
    assert!(
        text.contains("the rest and the file of all briefs were not"),
        "{text}"
    );
    let written = session.find_all(&by_test_id("printRunWritten")).len();
    let names = names_in(&folder);
    assert!((1..153).contains(&written), "{written} briefs written");
    assert_eq!(names.len(), written, "{names:?}");
    assert!(
        !names.iter().any(|n| n.starts_with("All briefs")),
        "{names:?}"
    );
    for name in &names {
        assert!(
            name.starts_with("Brief for ") && name.ends_with(".pdf"),
            "{name}"
        );
        let check = tool(
            "qpdf",
            &["--check", folder.join(name).to_str().expect("UTF-8")],
        );
        assert!(
            check.contains("No syntax or stream encoding errors"),
            "{name}: {check}"
        );
    }
}
