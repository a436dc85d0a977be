//! Whom to lobby in the real window: the suggestions of the Target States screen, and the
//! review's list of speakers pasted there.

use crate::e2e::wait;
use crate::e2e::webdriver::Session;
use crate::e2e::App;

/// The names of the suggested States, in the order shown.
fn suggested(session: &Session<'_>) -> Vec<String> {
    session
        .find_all("[data-testid=suggestion] strong")
        .iter()
        .map(|e| session.text(e))
        .collect()
}

#[test]
fn a_pasted_list_of_speakers_is_recognised_and_puts_the_inscribed_states_first() {
    let app = App::start();
    let _shot = app.screenshot_on_failure("list-of-speakers");
    app.load_demo_and_past_recommendations();

    let session = app.open();
    crate::e2e::pages::Frame::new(&session).go_to("targets");
    session.click(&session.wait("[data-testid=suggest-lobby]"));
    let before = wait::until(wait::PATIENCE, || {
        let names = suggested(&session);
        if names.len() >= 4 {
            Ok(names)
        } else {
            Err(format!("fewer than 4 suggestions: {names:?}"))
        }
    });
    let kept = session.wait("[data-testid=speakers-kept]");
    assert!(
        session.text(&kept).starts_with("No list of speakers"),
        "{}",
        session.text(&kept)
    );

    // A name the app does not know: named, and nothing kept.
    let field = session.wait("[data-testid=speakers-list]");
    session.type_into(&field, &format!("Narnia, {}", before[before.len() - 1]));
    session.click(&session.wait("[data-testid=keep-speakers]"));
    session.wait_for_text("the name not recognised", |t| {
        t.contains("Not recognised: “Narnia”.")
    });
    assert!(session.text(&kept).starts_with("No list of speakers"));

    // The last two suggested, numbered as a published list has them.
    let inscribed = [&before[before.len() - 2], &before[before.len() - 1]];
    session.clear(&field);
    session.type_into(&field, &format!("1. {}, 2. {}", inscribed[0], inscribed[1]));
    session.click(&session.wait("[data-testid=keep-speakers]"));
    session.wait_for_text("the States recognised", |t| {
        t.contains("2 States recognised: ")
    });
    let after = wait::until(wait::PATIENCE, || {
        let names = suggested(&session);
        let mut first: Vec<&String> = names.iter().take(2).collect();
        first.sort();
        let mut wanted = inscribed.to_vec();
        wanted.sort();
        if first == wanted {
            Ok(names)
        } else {
            Err(format!("the inscribed States are not first: {names:?}"))
        }
    });
    assert_eq!(after.len(), before.len(), "{after:?}");
    let marked = session.find_all("[data-testid=not-inscribed]").len();
    assert_eq!(marked, after.len() - 2, "every other State is marked");
    let inscribed_marks: Vec<String> = session
        .find_all("[data-testid=suggestion] .badge--ok")
        .iter()
        .map(|e| session.text(e))
        .collect();
    assert_eq!(inscribed_marks, ["inscribed to speak"; 2]);
    session.wait_for_text("the ranking's note", |t| {
        t.contains("Ranked with the list of speakers: the 2 States inscribed come first")
    });
    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join("list-of-speakers.png"));
    }
    session.end();

    // The list is the campaign's: the command line reads it back.
    let out = app.cli(&["speakers", "show"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}
