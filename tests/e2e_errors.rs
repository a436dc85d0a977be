//! The window words the core's refusals in its own language: the core sends data (how many
//! lines over, which parts to shorten, where a file is broken), the window's catalogues make
//! the sentence. A French window shows no English sentence from the core.

use crate::e2e::pages::{DocumentsScreen, Frame, SettingsScreen};
use crate::e2e::{by_test_id, App};

/// Words of the core's English (and of the CLI's) that must never reach a French window.
const ENGLISH: &[&str] = &[
    "Nothing was written",
    "Nothing was imported",
    "Shorten",
    "shorten",
    "words too many",
    "do not fit",
    "the longest parts",
    "the background of",
    "is not a valid UPR Advocacy Kit file",
    "the file ends too early",
    "--",
    "upr-kit",
];

fn assert_no_english(what: &str, text: &str) {
    for english in ENGLISH {
        assert!(
            !text.contains(english),
            "{what} shows the English “{english}”: {text}"
        );
    }
}

#[test]
fn a_french_window_words_an_overflowing_brief_and_a_refused_backup_in_french() {
    let app = App::start();
    // A campaign whose brief cannot fit its two pages, imported before the first start.
    app.import_a_brief_too_long();
    // A backup cut short while being copied.
    let demo = include_bytes!("../assets/demo/demo-organisation.json");
    let cut = app.data_dir().with_file_name("sauvegarde-coupee.json");
    std::fs::write(&cut, &demo[..demo.len() / 2]).unwrap();

    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("settings");
    SettingsScreen::new(&session).choose_window_language("fr");

    // The brief does not fit: the preview and the Save button say why, in French.
    frame.go_to("documents");
    DocumentsScreen::new(&session);
    let preview = session.wait(&format!(
        "{}[data-state=\"ready\"] .notice",
        by_test_id("documentPreview")
    ));
    let preview = session.text(&preview);
    assert!(preview.contains("ne tiennent pas"), "{preview}");
    assert!(preview.contains("le contexte de «\u{202f}"), "{preview}");
    assert_no_english("the preview's overflow", &preview);

    // Saving is refused before any dialog, with the reason in French beside the button.
    let save = session.wait(&by_test_id("saveDocument"));
    assert_eq!(session.property(&save, "disabled"), "true");
    let reason = session.text(&session.wait(&by_test_id("saveRefusal")));
    assert!(
        reason.contains("ne peut pas encore être enregistré"),
        "{reason}"
    );
    assert_no_english("the refusal to save", &reason);
    let screenshots = std::env::var_os("UPR_KIT_SCREENSHOTS").map(std::path::PathBuf::from);
    if let Some(dir) = &screenshots {
        session.execute(
            "document.querySelector(arguments[0]).scrollIntoView()",
            vec![by_test_id("overflowMessage").into()],
        );
        app.screenshot(&dir.join("app-overflow-fr.png"));
    }

    // The cut backup is refused, with where it breaks, in French.
    frame.go_to("settings");
    SettingsScreen::new(&session).restore_typed(&cut);
    let refused = session.text(&session.wait(&by_test_id("errorMessage")));
    for french in [
        "sauvegarde-coupee.json n’est pas un fichier valide du Kit de plaidoyer EPU",
        "le fichier s’arrête trop tôt",
        "Rien n’a été importé",
    ] {
        assert!(refused.contains(french), "no “{french}”: {refused}");
    }
    assert_no_english("the refused import", &refused);

    if let Some(dir) = &screenshots {
        app.screenshot(&dir.join("app-refused-backup-fr.png"));
    }
    session.end();
}
