//! Rehearsing the oral statement in the real window: the rehearsal view opens from the
//! statement's editor with the text in large type, Space starts the clock and the words pass
//! at the speaking rate, Space again stops it and says the time taken against the two-minute
//! slot, Esc leaves. The story waits on what the window shows (the clock moving), never for a
//! fixed time.

use crate::e2e::pages::{DocumentsScreen, Frame};
use crate::e2e::webdriver::Key;
use crate::e2e::{by_test_id, wait, App};

/// Takes a picture of the window into `UPR_KIT_SCREENSHOTS`, when set.
fn screenshot(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join(name));
    }
}

#[test]
fn the_statement_is_rehearsed_with_a_running_clock_and_the_time_taken_against_the_slot() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    documents.open_oral_statement();

    session.click(&session.wait(&by_test_id("rehearse")));
    let view = session.wait(&by_test_id("rehearsal"));
    assert_eq!(
        session.attribute(&view, "data-state").as_deref(),
        Some("ready")
    );
    let clock = || session.text(&session.wait(&by_test_id("rehearsalClock")));
    assert_eq!(clock(), "0:00 / 2:00");
    let shown = session.text(&view);
    assert!(shown.contains("Thank you, Mr./Madam President."), "{shown}");
    assert!(shown.contains("110 words a minute"), "{shown}");

    // Space starts the clock; the words follow it.
    session.press_keys(&session.active_element(), &[Key::Space]);
    // The seconds the clock shows ("0:01 / 2:00" is 1), read only from a clock as drawn.
    let seconds = |c: &str| -> Option<u32> {
        let (m, s) = c.split(' ').next()?.split_once(':')?;
        Some(m.parse::<u32>().ok()? * 60 + s.parse::<u32>().ok()?)
    };
    wait::until(3 * wait::PATIENCE, || {
        let c = clock();
        match seconds(&c) {
            Some(s) if s >= 1 => Ok(()),
            _ => Err(format!("the clock never moved: {c:?}")),
        }
    });
    let view = session.wait(&by_test_id("rehearsal"));
    assert_eq!(
        session.attribute(&view, "data-state").as_deref(),
        Some("running")
    );
    let said: usize = session
        .attribute(&view, "data-said")
        .and_then(|s| s.parse().ok())
        .unwrap_or_default();
    assert!(
        said >= 1,
        "after a second at 110 words a minute, a word is said: {said}"
    );
    assert_eq!(session.find_all(".rehearsal__word--current").len(), 1);
    screenshot(&app, "rehearsal.png");

    // Space again stops it and says the time taken against the slot.
    session.press_keys(&session.active_element(), &[Key::Space]);
    let result = session.text(&session.wait(&by_test_id("rehearsalResult")));
    assert!(result.starts_with("You took 0:0"), "{result}");
    assert!(result.contains("within the 2:00 limit"), "{result}");
    screenshot(&app, "rehearsal-stopped.png");

    // Esc leaves, back to the editor.
    session.press_keys(&session.active_element(), &[Key::Escape]);
    wait::until(wait::PATIENCE, || {
        if session.find_all(&by_test_id("rehearsal")).is_empty() {
            Ok(())
        } else {
            Err("the rehearsal view stayed open after Esc".to_string())
        }
    });
    session.wait(&by_test_id("statementText"));
}
