//! The database of past recommendations in the real window: a user imports UPR Info's export
//! as it comes and finds recommendations in it.

use crate::e2e::pages::{Frame, PastRecommendationsScreen};
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
        app.screenshot(&std::path::Path::new(&dir).join("app-database.png"));
    }
    session.end();

    // What the window imported is stored: the CLI finds it too.
    let out = app.cli(&["search", "Equité"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Morocco"));
}
