//! The window in small sizes and long texts (issue #19, points 11 and 12): at 800×600 and at
//! 200 % zoom the navigation is a compact bar (two short lines) that stays on top; long texts are shown whole;
//! a focused field is wholly in view; a new screen starts at its top.

use crate::e2e::pages::{Frame, PriorityIssues, SettingsScreen};
use crate::e2e::wait::until_true;
use crate::e2e::webdriver::Session;
use crate::e2e::{by_test_id, App};

fn number(session: &Session, script: &str) -> f64 {
    let v = session.execute(script, vec![]);
    v.as_f64().unwrap_or_else(|| panic!("{script} gave {v}"))
}

fn shot(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join(name));
    }
}

#[test]
fn the_navigation_is_a_compact_bar_that_stays_on_top_in_small_windows() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    // 800×600, and 1366×768 at 200 % (683×384 CSS pixels).
    for (width, height, most) in [(800, 600, 60.0), (683, 384, 60.0)] {
        session.set_window_size(width, height);
        until_true("the window taking its new size", || {
            number(&session, "return window.innerWidth") <= f64::from(width)
        });
        frame.go_to("issues");
        let bar = number(
            &session,
            "return document.querySelector('.sidebar').getBoundingClientRect().height",
        );
        eprintln!("top bar at {width}×{height}: {bar} px high");
        shot(&app, &format!("top-bar-{width}x{height}.png"));
        assert!(
            bar <= most,
            "at {width}×{height} the top bar takes {bar} px of {height}"
        );
        // Far down the screen, the bar is still there to move on.
        session.execute("window.scrollTo(0, 3000)", vec![]);
        until_true("the screen scrolling down", || {
            number(&session, "return window.scrollY") > 100.0
        });
        let top = number(
            &session,
            "return document.querySelector('.sidebar').getBoundingClientRect().top",
        );
        shot(&app, &format!("top-bar-{width}x{height}-scrolled.png"));
        assert!(
            top.abs() < 1.0,
            "the bar scrolled away: its top is at {top} px"
        );
    }

    // French names are longer: at 200 % the bar takes a third line, no more.
    session.set_window_size(1366, 768);
    frame.go_to("settings");
    SettingsScreen::new(&session).choose_window_language("fr");
    session.wait_for_text("the window in French", |t| t.contains("Réglages"));
    session.set_window_size(683, 384);
    until_true("the window taking its new size", || {
        number(&session, "return window.innerWidth") <= 683.0
    });
    frame.go_to("issues");
    let bar = number(
        &session,
        "return document.querySelector('.sidebar').getBoundingClientRect().height",
    );
    eprintln!("top bar at 683×384 in French: {bar} px high");
    shot(&app, "top-bar-683x384-fr.png");
    assert!(bar <= 84.0, "in French the top bar takes {bar} px of 384");
    frame.wait_until_saved();
    session.end();
}

#[test]
fn long_texts_show_whole_focused_fields_are_in_view_and_a_new_screen_starts_at_the_top() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("issues");
    let issues = PriorityIssues::new(&session);
    issues.open("Freedom of expression and the safety of journalists");

    // No fact, question or recommendation is cut off behind a scroll bar of its own.
    let cut = session.execute(
        "return [...document.querySelectorAll('.issue-editor textarea')]\
           .filter(e => e.offsetParent !== null && e.scrollHeight > e.clientHeight + 1)\
           .map(e => e.value.slice(0, 50))",
        vec![],
    );
    shot(&app, "editor-long-texts.png");
    assert_eq!(cut.as_array().map(Vec::len), Some(0), "cut off: {cut}");

    // The checker says why as a person would (issue #19, point 6), not "Decided by …".
    until_true("the checker's reasons", || {
        !session.find_all(&by_test_id("checkerReason")).is_empty()
    });
    let reasons: Vec<String> = session
        .find_all(&by_test_id("checkerReason"))
        .iter()
        .map(|e| session.text(e))
        .collect();
    assert!(
        reasons.iter().all(|r| r.starts_with("Why: it ")),
        "{reasons:?}"
    );

    // In a small window, a field under the bar is brought wholly into view when focused.
    session.set_window_size(800, 600);
    until_true("the window taking its new size", || {
        number(&session, "return window.innerWidth") <= 800.0
    });
    let placed = session.execute(
        "const e = [...document.querySelectorAll('.issue-editor textarea')][3]; \
         window.scrollBy(0, e.getBoundingClientRect().top - 10); e.focus(); \
         const r = e.getBoundingClientRect(); \
         const bar = document.querySelector('.sidebar').getBoundingClientRect().bottom; \
         return [r.top, r.bottom, bar, window.innerHeight];",
        vec![],
    );
    let at = |i: usize| placed[i].as_f64().unwrap_or(f64::NAN);
    assert!(
        at(0) >= at(2) - 0.5 && at(1) <= at(3) + 0.5,
        "the focused field spans {}–{} px, the bar ends at {} px, the window at {} px",
        at(0),
        at(1),
        at(2),
        at(3)
    );

    // Far down one screen, another screen opens at its top.
    session.execute("window.scrollTo(0, 3000)", vec![]);
    until_true("the screen scrolling down", || {
        number(&session, "return window.scrollY") > 100.0
    });
    frame.go_to("targets");
    until_true("the new screen at its top", || {
        number(&session, "return window.scrollY") < 1.0
    });
    session.end();
}
