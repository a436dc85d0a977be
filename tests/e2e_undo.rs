//! Undoing a deletion as a keyboard user meets it (issue #19, point 1): the toast's Undo
//! button can be read, the focus stays in the list after the deleted record, and Ctrl+Z
//! undoes the deletion while the toast is up.

use crate::e2e::pages::{Frame, PriorityIssues};
use crate::e2e::wait::until_true;
use crate::e2e::webdriver::Key;
use crate::e2e::{by_test_id, App};

/// WCAG's contrast ratio of two CSS colours written `rgb(r, g, b)` or `rgba(…)`.
fn contrast(a: &str, b: &str) -> f64 {
    fn luminance(css: &str) -> f64 {
        let inside = css.split(['(', ')']).nth(1).unwrap_or_default();
        let channel = |c: f64| {
            let c = c / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let v: Vec<f64> = inside
            .split(',')
            .take(3)
            .map(|x| x.trim().parse::<f64>().unwrap_or(0.0))
            .map(channel)
            .collect();
        assert_eq!(v.len(), 3, "not a colour: {css}");
        0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn a_deletion_made_with_the_keyboard_keeps_the_focus_and_ctrl_z_undoes_it() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("issues");
    let issues = PriorityIssues::new(&session);
    issues.open("Torture and conditions of detention");

    // The keyboard user reaches Delete and presses Enter.
    let delete = session.wait(&by_test_id("deleteIssue"));
    session.execute("arguments[0].focus()", vec![delete.to_json()]);
    session.press_keys(&delete, &[Key::Enter]);
    until_true("the issue leaving the list", || issues.titles().len() == 2);

    // The focus is on the issue that followed the deleted one, not lost to the page.
    until_true("the focus on the next issue of the list", || {
        session
            .execute(
                "const e = document.activeElement; const r = e && e.closest('[data-issue-id]'); \
                 return r ? r.textContent : (e ? e.tagName : null);",
                vec![],
            )
            .as_str()
            .is_some_and(|s| s.contains("Violence against women and girls"))
    });

    // The Undo button reads: its text stands out from its background (WCAG AA, 4.5:1).
    let undo = session.wait(&by_test_id("undoButton"));
    let colours = session.execute(
        "const s = getComputedStyle(arguments[0]); return [s.color, s.backgroundColor];",
        vec![undo.to_json()],
    );
    let (text, ground) = (
        colours[0].as_str().unwrap_or_default(),
        colours[1].as_str().unwrap_or_default(),
    );
    let ratio = contrast(text, ground);
    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join("undo-toast.png"));
    }
    assert!(
        ratio >= 4.5,
        "the Undo button is {text} on {ground}: contrast {ratio:.2}:1"
    );

    // Ctrl+Z, from where the focus is, brings the issue back.
    let focused = session.active_element();
    session.press_keys(&focused, &[Key::Control, Key::Z]);
    until_true("Ctrl+Z bringing the issue back", || {
        issues.titles()
            == vec![
                "Freedom of expression and the safety of journalists",
                "Torture and conditions of detention",
                "Violence against women and girls",
            ]
    });
    frame.wait_until_saved();
    session.end();
}
