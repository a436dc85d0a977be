//! The database of past recommendations in the real window: a user imports UPR Info's export
//! as it comes and finds recommendations in it.

use crate::e2e::pages::{Frame, PastRecommendationsScreen, PriorityIssues};
use crate::e2e::App;

#[test]
fn an_upr_info_export_imported_in_the_window_can_be_searched() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("database");
    let screen = PastRecommendationsScreen::new(&session);

    let excerpt =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/upr-info-excerpt.csv");
    let done = screen.import(&excerpt);
    assert!(
        done.contains("Read 308 recommendations: 308 added, 0 already present."),
        "{done}"
    );

    // The Mac Roman "é" of the export reads back as it should.
    let found = screen.search("Equité");
    assert!(!found.is_empty());
    assert!(found.iter().all(|t| t.contains("Equité")), "{found:?}");

    // A State spelt otherwise than UPR Info spells it is corrected, not answered with nothing.
    let refused = screen.search_refused_for_state_under_review("Vietnam");
    assert!(refused.contains("did you mean \"Viet Nam\""), "{refused}");

    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join("database-refused.png"));
    }
    session.end();

    // What the window imported is stored: the CLI finds it too.
    let out = app.cli(&["search", "Equité"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Morocco"));
}

/// #19 point 10: a search shows its results where the eye is (scrolled to, counted aloud),
/// marks the words searched, and a result is put to use in one click: the model of a new
/// recommendation in the priority issue chosen, its recommending State a target (once).
#[test]
fn a_past_recommendation_found_becomes_a_recommendation_and_its_state_a_target() {
    let app = App::start();
    app.load_demo_and_past_recommendations();

    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("database");
    let screen = PastRecommendationsScreen::new(&session);
    // A laptop's window: the results start below the fold unless the screen scrolls to them.
    session.set_window_size(1000, 600);
    let found = screen.search_with_enter("journalist*");
    assert!(found.len() > 1, "{found:?}");
    let count = screen.found_count();
    assert!(count.contains(&format!("{} found", found.len())), "{count}");
    let (in_view, live) = screen.results_in_view_and_announced();
    assert!(in_view, "the count of results is out of sight");
    assert_eq!(live.as_deref(), Some("polite"));
    let marked = screen.marked();
    assert!(!marked.is_empty());
    assert!(
        marked.len() >= found.len()
            && marked
                .iter()
                .all(|m| m.to_lowercase().starts_with("journalist")),
        "{marked:?}"
    );
    session.set_window_size(1366, 768);
    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        // The README's picture of the screen, at the size of the others: the results where
        // the eye is, words marked.
        assert_eq!(screen.search("journalist*"), found);
        app.screenshot(&std::path::Path::new(&dir).join("app-database.png"));
    }

    let line = session.text(&session.find_all(".past-results li .muted")[0]);
    let from = line.split(" to ").next().unwrap().trim().to_string();
    screen.choose_issue_for_models("Torture and conditions of detention");
    screen.use_as_model(0);
    screen.add_state_as_target(0);
    let said = frame.announcements().join("\n");
    assert!(
        said.contains("Added to “Torture and conditions of detention”"),
        "{said}"
    );
    session.wait_for_text("the State added", |t| {
        t.contains(&format!("{from} added to the target States."))
    });
    screen.add_state_as_target(0);
    session.wait_for_text("the State already there", |t| {
        t.contains(&format!("{from} is already a target State."))
    });
    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join("past-results-used.png"));
    }
    session.end();

    // Both were saved: a new window shows them.
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("issues");
    let issues = PriorityIssues::new(&session);
    issues.open("Torture and conditions of detention");
    assert!(
        issues.recommendations().contains(&found[0]),
        "{:?}",
        issues.recommendations()
    );
    frame.go_to("targets");
    let page = session.wait_for_text("the new target", |t| t.contains(&from));
    assert_eq!(
        page.matches(&format!("Remove {from} from the target States"))
            .count(),
        1,
        "{page}"
    );
    session.end();
}
