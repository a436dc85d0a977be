//! The print run in the real window: the time of a meeting given on the Meetings screen, then
//! "Briefs for every meeting" on the Documents screen writes a brief per target State of the
//! demo and the file of them all into the folder typed (the native folder dialog cannot be
//! driven by WebDriver; it fills the same path), says what it wrote, the agenda says the
//! meeting with its time, and the window stays usable.

use crate::common::tool;
use crate::e2e::pages::{DocumentsScreen, Frame};
use crate::e2e::{by_test_id, wait, App};

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

    frame.go_to("documents");
    DocumentsScreen::new(&session);
    let folder = app.data_dir().with_file_name("Geneva");

    let start = session.wait(&by_test_id("printRunStart"));
    assert_eq!(session.text(&start), "Briefs for every meeting…");
    session.execute(
        "document.querySelector('.print-run .path-entry').scrollIntoView({block: 'center'})",
        vec![],
    );
    session.click(&session.wait(".print-run .path-entry summary"));
    let field = session.wait(&by_test_id("printRunFolder"));
    session.type_into(&field, &folder.display().to_string());
    session.click(&session.wait(&by_test_id("printRunWrite")));

    let text = wait::until(3 * wait::PATIENCE, || {
        let outcome = session.wait(&by_test_id("printRunOutcome"));
        match session.attribute(&outcome, "data-state").as_deref() {
            Some("done") => Ok(session.text(&outcome)),
            other => Err(format!("the print run never ended (state {other:?})")),
        }
    });
    assert!(text.contains("3 briefs written"), "{text}");
    assert!(text.contains("All briefs with the agenda.pdf"), "{text}");
    let written = session.find_all(&by_test_id("printRunWritten"));
    assert_eq!(written.len(), 3);
    assert!(session.text(&written[0]).ends_with("Brief for Norway.pdf"));
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .expect("the folder was made")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
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
