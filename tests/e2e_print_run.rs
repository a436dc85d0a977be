//! The print run in the real window: "Briefs for every meeting" on the Documents screen writes
//! a brief per target State of the demo and the file of them all into the folder typed (the
//! native folder dialog cannot be driven by WebDriver; it fills the same path), says what it
//! wrote, and the window stays usable.

use crate::e2e::pages::{DocumentsScreen, Frame};
use crate::e2e::{by_test_id, wait, App};

#[test]
fn briefs_for_every_meeting_are_written_into_the_folder_with_the_file_of_them_all() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
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
    // The Start button is usable again, and so is the rest of the window.
    assert_eq!(
        session.property(&session.wait(&by_test_id("printRunStart")), "disabled"),
        "false"
    );
    frame.go_to("targets");
}
