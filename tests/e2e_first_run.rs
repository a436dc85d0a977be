//! A new user's first start (issue #19, point 2): the demo says it is a fictional example on
//! every screen, a short setup (organisation, State under Review, review date) replaces it
//! with the user's own, the demo is kept as a snapshot, and it is one click away in Settings.

use crate::e2e::pages::{Frame, Overview};
use crate::e2e::wait::until_true;
use crate::e2e::{by_test_id, App};

const MERIDIA: &str = "Meridia Coalition for Human Rights (MCHR)";

#[test]
fn the_demo_is_marked_as_fiction_and_a_short_setup_replaces_it_keeping_it_one_click_away() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    let shots = std::env::var_os("UPR_KIT_SCREENSHOTS").map(std::path::PathBuf::from);

    // The demo is marked as such, on the Overview and on any other screen.
    // (Read from the page each time: the banner may be drawn again while the window loads.)
    session.wait(&by_test_id("demoBanner"));
    session.wait_for_text("the demo marked as a fictional example", |t| {
        t.contains("This is a fictional example.")
    });
    frame.go_to("issues");
    session.wait(&by_test_id("demoBanner"));

    // The setup: organisation, State under Review, review date.
    session.click(&session.wait(&by_test_id("demoStart")));
    session.type_into(
        &session.wait(&by_test_id("demoOrganisation")),
        "Coalition of the North",
    );
    session.type_into(
        &session.wait(&by_test_id("demoState")),
        "Republic of Norland",
    );
    // The State field offers the UN Member States as the user types (issue #19, point 11).
    let offered = session.execute(
        "const i = arguments[0]; return i.list ? i.list.options.length : 0;",
        vec![session.wait(&by_test_id("demoState")).to_json()],
    );
    assert_eq!(
        offered.as_u64(),
        Some(193),
        "the State field offers {offered} names"
    );
    // A date field takes its value as a whole (typing into it depends on the locale).
    let date = session.wait(&by_test_id("demoReviewDate"));
    session.execute(
        "arguments[0].value = '2027-11-08'; \
         arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
        vec![date.to_json()],
    );
    if let Some(dir) = &shots {
        app.screenshot(&dir.join("first-run-setup.png"));
    }
    session.click(&session.wait(&by_test_id("demoReplace")));
    until_true("the banner leaving once the demo is replaced", || {
        session.find_all(&by_test_id("demoBanner")).is_empty()
    });

    frame.go_to("overview");
    let overview = Overview::new(&session);
    assert_eq!(overview.organisation_name(), "Coalition of the North");
    let line = overview.campaign_line();
    assert!(line.contains("Republic of Norland"), "{line}");
    assert!(line.contains("8 November 2027"), "{line}");
    if let Some(dir) = &shots {
        app.screenshot(&dir.join("first-run-own.png"));
    }

    // The demo was kept as a snapshot before it was replaced.
    let list = String::from_utf8_lossy(&app.cli(&["snapshots"]).stdout).to_string();
    assert!(
        list.contains("Meridia"),
        "no snapshot holds the demo:\n{list}"
    );

    // One click (and a confirmation) in Settings shows the demo again.
    frame.go_to("settings");
    session.click(&session.wait(&by_test_id("demoShowAgain")));
    session.click(&session.wait(&by_test_id("demoShowAgainConfirm")));
    session.wait(&by_test_id("demoBanner"));
    frame.go_to("overview");
    until_true("the demo shown again", || {
        Overview::new(&session).organisation_name() == MERIDIA
    });
    let list = String::from_utf8_lossy(&app.cli(&["snapshots"]).stdout).to_string();
    assert!(
        list.contains("Coalition of the North"),
        "the user's start is kept too:\n{list}"
    );
    session.end();
}
