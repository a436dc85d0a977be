//! Safety cues in the window (#19, point 8): the Overview reminds the user when the last
//! backup is older than the setting, the Settings screen says before a backup is written that
//! it holds contact persons and meeting notes, and a restore shows what the file holds
//! (organisation, review, counts, export date) before it replaces anything.

use crate::e2e::pages::{Frame, Overview, PriorityIssues, SettingsScreen};
use crate::e2e::{by_test_id, App};

const DATA_FILE: &str = "upr-kit.sqlite3";
/// An issue added in the window after its data was moved.
const ADDED_AFTER_MOVE: &str = "Added on the USB stick";

fn screenshots() -> Option<std::path::PathBuf> {
    std::env::var_os("UPR_KIT_SCREENSHOTS").map(std::path::PathBuf::from)
}

/// The demo's records under an organisation of the user's own (another id): the window does
/// not remind anyone to back up the fictional demo.
fn own_organisation(app: &App) {
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../assets/demo/demo-organisation.json")).unwrap();
    doc["organisation"]["id"] = "0f6b3c1e-7a52-4c1d-9a3e-2b8f4d6e1a70".into();
    let own = app.data_dir().with_file_name("own.uprkit");
    std::fs::write(&own, serde_json::to_vec(&doc).unwrap()).unwrap();
    assert!(app.cli(&["import", own.to_str().unwrap()]).status.success());
}

#[test]
fn the_demo_brings_no_reminder() {
    let app = App::start();
    assert!(app.cli(&["init-demo"]).status.success());
    let session = app.open();
    Frame::new(&session);
    session.wait_for_text("the demo banner", |t| {
        t.contains("This is a fictional example")
    });
    assert!(session.find_all(&by_test_id("backupReminder")).is_empty());
    session.end();
}

#[test]
fn an_old_backup_is_recalled_a_backup_names_its_contacts_and_a_restore_shows_the_file_first() {
    let app = App::start();
    own_organisation(&app);
    // A partner's file, exported on a known day.
    let partner = app.data_dir().with_file_name("partner.uprkit");
    assert!(app
        .cli(&["export", partner.to_str().unwrap()])
        .status
        .success());
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&partner).unwrap()).unwrap();
    doc["organisation"]["name"] = "Coalition of the North".into();
    doc["exported_at"] = "2026-11-02T09:30:00Z".into();
    std::fs::write(&partner, serde_json::to_vec(&doc).unwrap()).unwrap();
    // The last backup was written forty days ago.
    let forty_days_ago = (chrono::Utc::now() - chrono::Duration::days(40)).to_rfc3339();
    rusqlite::Connection::open(app.data_dir().join(DATA_FILE))
        .unwrap()
        .execute(
            "UPDATE setting SET value = ?1 WHERE key = 'last_backup_at'",
            [forty_days_ago],
        )
        .unwrap();

    let session = app.open();
    let frame = Frame::new(&session);
    let reminder = session.text(&session.wait(&by_test_id("backupReminder")));
    assert!(
        reminder.contains("The last backup was saved on")
            && reminder.contains("more than 14 days ago"),
        "{reminder}"
    );
    if let Some(dir) = screenshots() {
        app.screenshot(&dir.join("overview-backup-reminder.png"));
    }

    // The reminder's button leads to the backup, which says what it will carry.
    session.click(&session.wait(&format!("{} button", by_test_id("backupReminder"))));
    let cue = session.text(&session.wait(&by_test_id("backupContactsCue")));
    assert!(
        cue.contains("This backup will hold 4 contact persons and the notes of 1 meeting"),
        "{cue}"
    );
    if let Some(dir) = screenshots() {
        app.screenshot(&dir.join("settings-backup-names-its-contacts.png"));
    }

    // Restoring the partner's file over the data first shows what the file holds.
    SettingsScreen::new(&session).restore_typed(&partner);
    let holds = session.text(&session.wait(&by_test_id("fileContents")));
    for line in [
        "Organisation: Coalition of the North",
        "Review: UPR of Republic of Meridia",
        "3 priority issues, 3 target States, 4 contact persons, 1 meeting",
        "Exported on 2 November 2026",
    ] {
        assert!(holds.contains(line), "no “{line}”: {holds}");
    }
    if let Some(dir) = screenshots() {
        app.screenshot(&dir.join("settings-restore-shows-the-file.png"));
    }
    // Cancelling replaces nothing.
    session.click(&session.wait(".notice--error button.primary"));
    frame.go_to("overview");
    let name = Overview::new(&session).organisation_name();
    assert!(name.starts_with("Meridia Coalition"), "{name}");
    session.end();
}

#[test]
fn a_recent_backup_brings_no_reminder() {
    let app = App::start();
    own_organisation(&app);
    let backup = app.data_dir().with_file_name("backup.uprkit");
    assert!(app
        .cli(&["export", backup.to_str().unwrap()])
        .status
        .success());

    let session = app.open();
    let overview = Overview::new(&session);
    assert!(overview
        .organisation_name()
        .starts_with("Meridia Coalition"));
    assert!(
        session.find_all(&by_test_id("backupReminder")).is_empty(),
        "a backup written today needs no reminder"
    );
    session.end();
}

#[test]
fn show_the_data_folder_opens_it_in_the_file_manager() {
    // A stand-in file manager first on PATH writes down what it was asked to open.
    let tools = tempfile::tempdir().unwrap();
    let asked = tools.path().join("asked.txt");
    let opener = tools.path().join("xdg-open");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", asked.display()),
    )
    .unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut path = std::ffi::OsString::from(tools.path());
    path.push(":");
    path.push(std::env::var_os("PATH").unwrap_or_default());
    let app = App::start_with_env(&[("PATH", &path)]);
    assert!(app.cli(&["init-demo"]).status.success());

    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("settings");
    session.click(&session.wait(&by_test_id("showDataFolder")));
    crate::e2e::wait::until_true("the file manager was asked to open the data folder", || {
        std::fs::read_to_string(&asked).is_ok_and(|a| !a.is_empty())
    });
    assert_eq!(
        std::path::PathBuf::from(std::fs::read_to_string(&asked).unwrap()),
        app.data_dir()
    );
    session.end();
}

#[test]
fn move_my_data_switches_the_window_which_keeps_working_there_and_the_next_start_opens_it() {
    // The app's per-user config folder, where the chosen folder is remembered, is this test's.
    let config = tempfile::tempdir().unwrap();
    let app = App::start_with_env(&[("XDG_CONFIG_HOME", config.path().as_os_str())]);
    assert!(app.cli(&["init-demo"]).status.success());
    let usb = tempfile::tempdir().unwrap();
    let target = usb.path().join("UPR data");

    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("settings");
    let entries = session.find_all(".path-entry summary");
    assert_eq!(
        entries.len(),
        2,
        "a typed path for restore and for the move"
    );
    session.click(&entries[1]);
    session.type_into(
        &session.wait(&by_test_id("movePath")),
        &target.display().to_string(),
    );
    session.click(&session.wait(&by_test_id("moveTyped")));
    let moved = session.text(&session.wait(&by_test_id("movedData")));
    for words in [
        "Your data was copied to",
        "and checked: 3 priority issues, 3 target States, 4 contact persons, 1 meeting.",
        "This window now works there",
    ] {
        assert!(moved.contains(words), "no “{words}”: {moved}");
    }
    // The Settings screen names the new data file without a restart.
    let new_file = target.join(DATA_FILE).display().to_string();
    crate::e2e::wait::until_true("the data file shown to become the new one", || {
        session
            .execute(
                "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;",
                vec![by_test_id("dataFile").into()],
            )
            .as_str()
            == Some(new_file.as_str())
    });
    if let Some(dir) = screenshots() {
        session.execute(
            "document.querySelector(arguments[0]).scrollIntoView()",
            vec![by_test_id("movedData").into()],
        );
        app.screenshot(&dir.join("settings-data-moved.png"));
    }

    // The window keeps working, on the new folder: an issue added now is saved there only.
    frame.go_to("issues");
    PriorityIssues::new(&session).add_issue(ADDED_AFTER_MOVE);
    frame.wait_until_saved();
    let cli_on = |dir: &std::path::Path| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_upr-kit"))
            .arg("--data-dir")
            .arg(dir)
            .arg("show")
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(
        cli_on(&target).contains(ADDED_AFTER_MOVE),
        "saved in the new folder"
    );
    assert!(
        !cli_on(&app.data_dir()).contains(ADDED_AFTER_MOVE),
        "not in the old one"
    );
    session.end();

    // A restart with no folder named opens the new folder, the issue in it.
    let again = app.open_remembered();
    let titles = Overview::new(&again).priority_issue_titles();
    assert!(
        titles.iter().any(|t| t.contains(ADDED_AFTER_MOVE)),
        "{titles:?}"
    );
    again.end();

    // The next start without --data-dir opens the copy; the old data is still where it was.
    let show = |args: &[&str], env: Option<&std::path::Path>| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_upr-kit"));
        command
            .args(args)
            .env("XDG_CONFIG_HOME", config.path())
            .env_remove("UPR_KIT_DATA_DIR");
        if let Some(dir) = env {
            command.env("UPR_KIT_DATA_DIR", dir);
        }
        let out = command.output().unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let next = show(&["show"], None);
    assert!(
        next.contains("Meridia Coalition for Human Rights"),
        "{next}"
    );
    assert!(
        next.contains(&format!("Data file: {}", target.join(DATA_FILE).display())),
        "{next}"
    );
    // --data-dir and UPR_KIT_DATA_DIR still win.
    let old = app.data_dir();
    let explicit = show(&["--data-dir", old.to_str().unwrap(), "show"], None);
    assert!(
        explicit.contains(&format!("Data file: {}", old.join(DATA_FILE).display())),
        "{explicit}"
    );
    let from_env = show(&["show"], Some(&old));
    assert!(
        from_env.contains(&format!("Data file: {}", old.join(DATA_FILE).display())),
        "{from_env}"
    );
}
