//! Two writers on one data folder, in the real window: a change made from the command line
//! while the window is open is never overwritten by the window's older copy (issue #11,
//! guarantee 6). Two windows cannot be had on one folder (the second start brings the first
//! to the front), so the other writer here is the CLI, a separate process.

use crate::e2e::pages::{Frame, MonitoringScreen};
use crate::e2e::wait::until_true;
use crate::e2e::App;

#[test]
fn a_change_made_from_the_command_line_while_the_window_is_open_is_never_overwritten() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("monitoring");
    let monitoring = MonitoringScreen::new(&session);
    assert!(
        !monitoring.texts().is_empty(),
        "the demo has received recommendations"
    );

    // Meanwhile, from a terminal: the first received recommendation is partially implemented,
    // with evidence. The window still holds its copy from before.
    let evidence = "Decree 12/2027 sets up the independent complaints body";
    let out = app.cli(&[
        "received-recommendations",
        "track",
        "1",
        "--status",
        "partially",
        "--evidence",
        evidence,
        "--evidence-date",
        "2027-05-02",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout).to_string();
    // "1. Decriminalise defamation and …: Partially implemented, 1 piece(s) of evidence."
    let opening = said
        .trim_start_matches("1. ")
        .split(['…', ':'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    assert!(!opening.is_empty(), "{said}");

    // The user, on the old copy, marks it regressed: the window does not write over the
    // command line's change; it shows the recommendation as stored now and says why.
    monitoring.set_status(&opening, "regressed");
    let told = frame.announcements();
    assert!(
        told.iter().any(|t| t.contains("changed elsewhere")),
        "{told:?}"
    );
    until_true(
        "the window shows the status set from the command line",
        || monitoring.status_of(&opening) == "partially",
    );
    let list = cli_list(&app);
    assert!(
        list.contains(evidence),
        "the evidence is still stored:\n{list}"
    );
    assert!(list.contains("Partially implemented"), "{list}");

    // Now on the fresh copy, a change is saved, and the evidence stays.
    monitoring.set_status(&opening, "fully");
    until_true("the window shows the new status", || {
        monitoring.status_of(&opening) == "fully"
    });
    frame.wait_until_saved();
    let list = cli_list(&app);
    let at = list.find(&opening).expect("the CLI lists it");
    let item: String = list[at..].lines().take(4).collect::<Vec<_>>().join("\n");
    assert!(item.contains(evidence), "{list}");
    assert!(item.contains("Fully implemented"), "{list}");
    session.end();
}

fn cli_list(app: &App) -> String {
    String::from_utf8_lossy(&app.cli(&["received-recommendations", "list"]).stdout).to_string()
}
