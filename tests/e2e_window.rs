//! The real window, as a user meets it: started under Xvfb through tauri-driver.

use crate::e2e;
use crate::e2e::pages::{Frame, Overview};
use crate::e2e::App;

#[test]
fn a_first_start_shows_the_demo_organisation_and_its_priority_issues() {
    let app = App::start();
    let session = app.open();
    let overview = Overview::new(&session);
    assert_eq!(
        overview.organisation_name(),
        "Meridia Coalition for Human Rights (MCHR)"
    );
    assert!(overview.campaign_line().contains("Republic of Meridia"));
    assert_eq!(
        overview.priority_issue_titles(),
        vec![
            "Freedom of expression and the safety of journalists",
            "Torture and conditions of detention",
            "Violence against women and girls",
        ]
    );
    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join("overview.png"));
    }
    session.end();

    // The demo came in through the window's first start, and is really stored.
    let show = app.cli(&["show"]);
    assert!(String::from_utf8_lossy(&show.stdout).contains("Priority issues: 3"));
}

#[test]
fn the_demo_is_not_forced_back_on_a_folder_that_holds_data() {
    let app = App::start();
    let backup = app.data_dir().with_file_name("partner.json");
    // Another organisation's data, imported before the first start.
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../assets/demo/demo-organisation.json")).unwrap();
    doc["organisation"]["name"] = "Coalition of the North".into();
    doc["organisation"]["acronym"] = "".into();
    std::fs::write(&backup, serde_json::to_vec(&doc).unwrap()).unwrap();
    assert!(app
        .cli(&["import", backup.to_str().unwrap()])
        .status
        .success());

    let session = app.open();
    let overview = Overview::new(&session);
    assert_eq!(overview.organisation_name(), "Coalition of the North");
    session.end();
}

/// A screen added to the sidebar (a `nav…` test id) is known to the stories, which wait for
/// it to be drawn: checked without a window, so it fails at once.
#[test]
fn every_sidebar_button_names_a_screen_the_stories_can_wait_for() {
    let screens = Frame::screens();
    assert!(screens.contains(&"navIssues"), "{screens:?}");
    for nav in screens {
        assert!(!e2e::pages::drawn(nav).is_empty(), "{nav}");
    }
}
