//! The window on an encrypted store: the unlock screen (one field, a plain error on a wrong
//! passphrase), Lock now (Ctrl+L) and auto-lock after `auto_lock_minutes` without use. Locked,
//! the window shows nothing of the data. Encrypted, the Documents screen says the saved PDFs
//! are not.

use std::time::Duration;

use crate::e2e::pages::{Frame, Overview, SettingsScreen};
use crate::e2e::webdriver::{Key, Session};
use crate::e2e::{by_test_id, wait, App};

pub(crate) const PASSPHRASE: &str = "window passphrase of Meridia";

/// The demo, encrypted from the command line before the window opens.
pub(crate) fn encrypted_demo(app: &App) {
    assert!(app.cli(&["init-demo"]).status.success());
    let file = app.data_dir().with_file_name("passphrase.txt");
    std::fs::write(&file, PASSPHRASE).unwrap();
    let out = app.cli(&["encrypt", "--new-passphrase-file", file.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
}

pub(crate) fn unlock_with(session: &Session<'_>, passphrase: &str) {
    let field = session.wait(&by_test_id("unlockPassphrase"));
    session.clear(&field);
    session.type_into(&field, passphrase);
    session.click(&session.wait(&by_test_id("unlockButton")));
}

/// Waits for the unlock screen, and checks that none of the data is on the page.
fn wait_until_locked(session: &Session<'_>) {
    session.wait(&by_test_id("unlockScreen"));
    let text = session.page_text();
    assert!(!text.contains("Meridia Coalition"), "{text}");
}

#[test]
fn an_encrypted_store_opens_on_the_unlock_screen_and_a_wrong_passphrase_says_so() {
    let app = App::start();
    encrypted_demo(&app);
    let session = app.open();
    wait_until_locked(&session);
    unlock_with(&session, "not the passphrase");
    let error = session.text(&session.wait(&by_test_id("unlockError")));
    assert!(error.contains("passphrase is wrong"), "{error}");
    assert!(!error.contains("not a database"), "{error}");
    unlock_with(&session, PASSPHRASE);
    let name = Overview::new(&session).organisation_name();
    assert!(
        name.starts_with("Meridia Coalition for Human Rights"),
        "{name}"
    );
    session.end();
}

#[test]
fn lock_now_with_ctrl_l_shows_the_unlock_screen_again() {
    let app = App::start();
    encrypted_demo(&app);
    let session = app.open();
    unlock_with(&session, PASSPHRASE);
    Overview::new(&session).organisation_name();
    session.press_keys(&session.active_element(), &[Key::Control, Key::L]);
    wait_until_locked(&session);
    // The key is gone from the window: the command line still needs the passphrase, and the
    // window opens again only with it.
    unlock_with(&session, PASSPHRASE);
    Overview::new(&session).organisation_name();
    session.end();
}

#[test]
fn the_window_locks_itself_after_the_auto_lock_minutes() {
    let app = App::start();
    encrypted_demo(&app);
    let session = app.open();
    unlock_with(&session, PASSPHRASE);
    let frame = Frame::new(&session);
    frame.go_to("settings");
    let field = session.wait(&by_test_id("autoLockMinutes"));
    session.clear(&field);
    session.type_into(&field, "1");
    frame.wait_until_saved();
    // One minute without a command, and a little more for the once-a-second look.
    wait::until(Duration::from_secs(100), || {
        if session.find_all(&by_test_id("unlockScreen")).is_empty() {
            Err("the window did not lock itself after a minute without use".into())
        } else {
            Ok(())
        }
    });
    wait_until_locked(&session);
    session.end();
}

#[test]
fn encryption_is_turned_on_in_settings_which_says_the_passphrase_cannot_be_recovered() {
    let app = App::start();
    let session = app.open();
    Overview::new(&session).organisation_name();
    let frame = Frame::new(&session);
    frame.go_to("settings");
    let section = session.text(&session.wait(&by_test_id("encryptionSection")));
    assert!(section.contains("cannot be recovered"), "{section}");
    let first = session.wait(&by_test_id("encryptionPassphrase"));
    session.type_into(&first, PASSPHRASE);
    let again = session.wait(&by_test_id("encryptionPassphraseAgain"));
    session.type_into(&again, PASSPHRASE);
    session.click(&session.wait(&by_test_id("encryptionTurnOn")));
    session.wait_for_text("the data encrypted", |text| {
        text.contains("Your data is encrypted")
    });
    // The data file now opens only with the passphrase.
    let out = app.cli(&["show"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is encrypted"), "{err}");
    // Where documents are saved, the window says the PDFs are not encrypted.
    frame.go_to("documents");
    let note = session.text(&session.wait(&by_test_id("pdfPlainNote")));
    assert!(note.contains("PDFs you save are not"), "{note}");
    session.press_keys(&session.active_element(), &[Key::Control, Key::L]);
    wait_until_locked(&session);
    session.end();
}

#[test]
fn an_encrypted_export_is_restored_in_settings_after_its_passphrase() {
    let app = App::start();
    encrypted_demo(&app);
    let key = app.data_dir().with_file_name("passphrase.txt");
    let sealed = app.data_dir().with_file_name("backup.json.age");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_upr-kit"))
        .arg("--data-dir")
        .arg(app.data_dir())
        .env("UPR_KIT_PASSPHRASE_FILE", &key)
        .args(["export", sealed.to_str().unwrap(), "--encrypt"])
        .arg("--new-passphrase-file")
        .arg(&key)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let session = app.open();
    unlock_with(&session, PASSPHRASE);
    Frame::new(&session).go_to("settings");
    SettingsScreen::new(&session).restore_typed(&sealed);
    let field = session.wait(&by_test_id("filePassphraseField"));
    session.type_into(&field, PASSPHRASE);
    session.click(&session.wait(&by_test_id("filePassphraseOpen")));
    // The store holds the demo: the file's contents are shown before anything is replaced.
    session.click(&session.wait(&by_test_id("backupConfirmReplace")));
    session.wait_for_text("the restore report", |text| text.contains("Restored"));
    session.end();
}
