//! The organisation's logo in the window: chosen, refused in the window's language when the
//! file is not an image, seen, and removed; the CLI then reads what the window stored.

use crate::common::tool;
use crate::e2e::pages::{Frame, OrganisationLogo, SettingsScreen};
use crate::e2e::App;

#[test]
fn a_logo_is_chosen_seen_refused_in_french_and_removed() {
    let app = App::start();
    let _shot = app.screenshot_on_failure("logo");
    let files = app.data_dir().with_file_name("files");
    std::fs::create_dir_all(&files).unwrap();
    let logo = files.join("logo.png");
    tool(
        "convert",
        &["-size", "200x80", "xc:#005293", &logo.display().to_string()],
    );
    let fake = files.join("photo.png");
    std::fs::write(&fake, "not an image").unwrap();

    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("organisation");
    let screen = OrganisationLogo::new(&session);
    screen.shown(false);
    screen.choose_typed(&logo);
    screen.shown(true);
    let show = String::from_utf8(app.cli(&["show"]).stdout).unwrap();
    assert!(show.contains("Logo: PNG, 200 × 80 pixels"), "{show}");

    frame.go_to("settings");
    SettingsScreen::new(&session).choose_window_language("fr");
    frame.go_to("organisation");
    let screen = OrganisationLogo::new(&session);
    screen.choose_typed(&fake);
    let error = screen.error();
    assert!(
        error.contains("photo.png n’est pas une image PNG ou JPEG"),
        "{error}"
    );
    screen.shown(true);

    screen.remove();
    screen.shown(false);
    let show = String::from_utf8(app.cli(&["show"]).stdout).unwrap();
    assert!(!show.contains("Logo:"), "{show}");
}
