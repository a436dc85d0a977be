//! The window in the six UN languages (issue #17): Arabic turns the whole window right to left
//! (the navigation on the right, text from the right, the user's own text in its own
//! direction) and stays readable at 200 % zoom without a sideways scroll; Russian and Chinese
//! show their catalogues; the choice outlives a restart.

use crate::e2e::pages::{Frame, PriorityIssues, SettingsScreen};
use crate::e2e::wait::until_true;
use crate::e2e::webdriver::Session;
use crate::e2e::App;

fn number(session: &Session, script: &str) -> f64 {
    let v = session.execute(script, vec![]);
    v.as_f64().unwrap_or_else(|| panic!("{script} gave {v}"))
}

fn text(session: &Session, script: &str) -> String {
    let v = session.execute(script, vec![]);
    v.as_str()
        .unwrap_or_else(|| panic!("{script} gave {v}"))
        .to_string()
}

/// Saved for a person to look at when `UPR_KIT_SCREENSHOTS` names a folder.
fn shot(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join(name));
    }
}

fn resize(session: &Session, width: u32, height: u32) {
    session.set_window_size(width, height);
    until_true("the window taking its new size", || {
        number(session, "return window.innerWidth") <= f64::from(width)
    });
}

#[test]
fn the_arabic_window_is_mirrored_and_fits_at_200_percent() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("settings");
    SettingsScreen::new(&session).choose_window_language("ar");
    session.wait_for_text("the window in Arabic", |t| t.contains("الإعدادات"));
    assert_eq!(text(&session, "return document.documentElement.dir"), "rtl");
    assert_eq!(text(&session, "return document.documentElement.lang"), "ar");

    // The navigation is on the right, the screen on its left, and text starts on the right.
    frame.go_to("overview");
    let width = number(&session, "return window.innerWidth");
    let nav_right = number(
        &session,
        "return document.querySelector('.sidebar').getBoundingClientRect().right",
    );
    let nav_left = number(
        &session,
        "return document.querySelector('.sidebar').getBoundingClientRect().left",
    );
    let content_right = number(
        &session,
        "return document.querySelector('.content').getBoundingClientRect().right",
    );
    shot(&app, "window-ar-overview.png");
    assert!(
        (nav_right - width).abs() < 1.0 && content_right <= nav_left + 1.0,
        "navigation at {nav_left}–{nav_right} px, screen ends at {content_right} px, window {width} px"
    );
    assert_eq!(
        text(
            &session,
            "return getComputedStyle(document.querySelector('.nav-button')).textAlign"
        ),
        "start"
    );
    assert_eq!(
        text(
            &session,
            "return getComputedStyle(document.querySelector('.nav-button')).direction"
        ),
        "rtl"
    );

    // The demo's English text keeps its own direction inside the Arabic window, and Arabic
    // typed into a field runs right to left.
    frame.go_to("issues");
    PriorityIssues::new(&session).open("Freedom of expression and the safety of journalists");
    let english_field = text(
        &session,
        "const e = document.querySelector('.issue-editor textarea'); \
         return e.getAttribute('dir') + ' ' + getComputedStyle(e).direction",
    );
    assert_eq!(
        english_field, "auto ltr",
        "an English fact in the Arabic window"
    );
    shot(&app, "window-ar-issues.png");

    // The State picker names each Member State in Arabic beside the UN's English name, which
    // stays the value stored.
    frame.go_to("campaign");
    assert_eq!(
        text(
            &session,
            "return document.querySelector('datalist option[value=\"Norway\"]').label"
        ),
        "النرويج"
    );

    // At 200 % zoom on a 1366×768 screen (683×384 CSS pixels) no screen scrolls sideways.
    resize(&session, 683, 384);
    for nav in Frame::screens() {
        frame.open(nav);
        let (page, view) = (
            number(&session, "return document.documentElement.scrollWidth"),
            number(&session, "return document.documentElement.clientWidth"),
        );
        shot(&app, &format!("window-ar-200-{nav}.png"));
        assert!(
            page <= view + 1.0,
            "{nav} in Arabic at 200 %: {page} px wide in a {view} px window"
        );
    }
    frame.wait_until_saved();
    session.end();

    // The choice is stored: the next start opens in Arabic, right to left.
    let session = app.open();
    Frame::new(&session);
    session.wait_for_text("the window in Arabic again", |t| t.contains("الإعدادات"));
    assert_eq!(text(&session, "return document.documentElement.dir"), "rtl");
    session.end();
}

#[test]
fn the_russian_and_chinese_windows_speak_their_catalogues() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    for (lang, settings, issues, navigation) in [
        ("ru", "Настройки", "Приоритетные темы", "Экраны"),
        ("zh", "设置", "优先议题", "页面"),
    ] {
        frame.go_to("settings");
        SettingsScreen::new(&session).choose_window_language(lang);
        session.wait_for_text(lang, |t| t.contains(settings));
        assert_eq!(text(&session, "return document.documentElement.lang"), lang);
        assert_eq!(text(&session, "return document.documentElement.dir"), "ltr");
        frame.go_to("issues");
        assert!(
            frame.navigation_labels().iter().any(|l| l == issues),
            "{lang}: {:?}",
            frame.navigation_labels()
        );
        assert_eq!(
            text(
                &session,
                "return document.querySelector('nav.sidebar').getAttribute('aria-label')"
            ),
            navigation
        );
        // No English left on the screen's own words: its heading is in the language.
        let heading = text(&session, "return document.querySelector('h1').textContent");
        assert!(!heading.is_ascii(), "{lang}: the heading is {heading:?}");
        shot(&app, &format!("window-{lang}-issues.png"));
    }
    frame.wait_until_saved();
    session.end();
}
