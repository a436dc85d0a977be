//! The data commands of the CLI, run as a user would: demo, show, export, import.

use crate::common::Kit;

#[test]
fn init_demo_then_show_lists_the_organisation_and_its_issues() {
    let kit = Kit::new();
    let out = kit.ok(&["init-demo"]);
    assert!(out.contains("3 priority issues"), "{out}");
    let show = kit.ok(&["show"]);
    assert!(
        show.contains("Organisation: Meridia Coalition for Human Rights (MCHR)"),
        "{show}"
    );
    assert!(
        show.contains(
            "Campaign: UPR of Republic of Meridia, cycle 4, session 55, review 10 March 2027"
        ),
        "{show}"
    );
    assert!(show.contains("1. Freedom of expression and the safety of journalists (2 facts, 4 questions, 5 recommendations)"), "{show}");
    assert!(
        show.contains("3. Violence against women and girls"),
        "{show}"
    );
    assert!(
        show.contains("Target States: Norway, Mexico, Sierra Leone"),
        "{show}"
    );
}

#[test]
fn commands_other_than_init_demo_never_load_the_demo() {
    let kit = Kit::new();
    let show = kit.ok(&["show"]);
    assert!(show.contains("Organisation: (none yet)"), "{show}");
    assert!(show.contains("Priority issues: 0"), "{show}");
    assert!(show.contains("Target States: (none yet)"), "{show}");
}

#[test]
fn init_demo_refuses_a_folder_that_holds_data() {
    let kit = Kit::with_demo();
    let err = kit.fails(&["init-demo"]);
    assert!(
        err.starts_with("upr-kit: the data folder already holds data"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "one clear line: {err}");
}

#[test]
fn start_own_replaces_the_demo_after_a_snapshot_and_a_bad_start_changes_nothing() {
    let kit = Kit::with_demo();
    let before = kit.ok(&["show"]);
    // A refused start (no name, a year the app does not take) leaves the demo as it was.
    let err = kit.fails(&[
        "start-own",
        "--organisation",
        " ",
        "--state-under-review",
        "Kenya",
    ]);
    assert!(err.contains("organisation's name: it is blank"), "{err}");
    let err = kit.fails(&[
        "start-own",
        "--organisation",
        "Kenya Human Rights Watch",
        "--state-under-review",
        "Kenya",
        "--review-date",
        "1800-01-01",
    ]);
    assert!(err.contains("1800-01-01"), "{err}");
    assert_eq!(kit.ok(&["show"]), before);

    let out = kit.ok(&[
        "start-own",
        "--organisation",
        "Kenya Human Rights Watch",
        "--state-under-review",
        "Kenya",
        "--review-date",
        "2027-01-20",
        "--session",
        "48",
    ]);
    assert!(out.contains("snapshot"), "{out}");
    let show = kit.ok(&["show"]);
    assert!(
        show.contains("Organisation: Kenya Human Rights Watch"),
        "{show}"
    );
    assert!(
        show.contains("UPR of Kenya, cycle 4, session 48, review 20 January 2027"),
        "{show}"
    );
    assert!(show.contains("Priority issues: 0"), "{show}");
    // The demo it replaced is one snapshot away.
    let snapshots = kit.ok(&["snapshots"]);
    assert!(
        snapshots
            .lines()
            .any(|l| l.contains("before an import replaced the data") && l.contains("Meridia")),
        "{snapshots}"
    );
}

#[test]
fn export_then_import_into_an_empty_folder_gives_the_same_data() {
    let kit = Kit::with_demo();
    let first = kit.file("first.json");
    kit.ok(&["export", first.to_str().unwrap()]);

    let other = Kit::new();
    let out = other.ok(&["import", first.to_str().unwrap()]);
    assert!(
        out.contains(": 1 campaign, 3 priority issues, 3 target States, 1 meeting."),
        "{out}"
    );
    let second = other.file("second.json");
    other.ok(&["export", second.to_str().unwrap()]);

    let mut a: serde_json::Value = serde_json::from_slice(&std::fs::read(&first).unwrap()).unwrap();
    let mut b: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&second).unwrap()).unwrap();
    // Only the moment of export may differ.
    a.as_object_mut().unwrap().remove("exported_at");
    b.as_object_mut().unwrap().remove("exported_at");
    assert_eq!(a, b);
    assert_eq!(a["format"], "upr-advocacy-kit");
    assert_eq!(a["version"], 1);
}

#[test]
fn import_into_a_folder_with_data_needs_replace() {
    let kit = Kit::with_demo();
    let backup = kit.file("backup.json");
    kit.ok(&["export", backup.to_str().unwrap()]);

    let err = kit.fails(&["import", backup.to_str().unwrap()]);
    assert!(err.contains("already holds data (Meridia Coalition for Human Rights, campaign for Republic of Meridia)"), "{err}");
    assert!(err.contains("--replace"), "{err}");

    // A partner's file with another organisation replaces ours only when asked.
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&backup).unwrap()).unwrap();
    doc["organisation"]["name"] = "Partner Network".into();
    let partner = kit.file("partner.json");
    std::fs::write(&partner, serde_json::to_vec(&doc).unwrap()).unwrap();
    kit.ok(&["import", "--replace", partner.to_str().unwrap()]);
    assert!(kit.ok(&["show"]).contains("Organisation: Partner Network"));
}

/// Every refused file leaves the stored data exactly as it was.
fn assert_refused_untouched(kit: &Kit, content: &[u8], expected: &str) {
    let before = kit.file("before.json");
    kit.ok(&["export", before.to_str().unwrap()]);
    let bad = kit.file("bad.json");
    std::fs::write(&bad, content).unwrap();
    let err = kit.fails(&["import", "--replace", bad.to_str().unwrap()]);
    assert!(err.contains(expected), "expected «{expected}» in: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one clear line: {err}");

    let after = kit.file("after.json");
    kit.ok(&["export", after.to_str().unwrap()]);
    let strip = |p: &std::path::Path| {
        let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
        v.as_object_mut().unwrap().remove("exported_at");
        v
    };
    assert_eq!(strip(&before), strip(&after), "the stored data changed");
}

#[test]
fn a_truncated_file_is_refused_with_its_place_and_nothing_changes() {
    let kit = Kit::with_demo();
    let full = kit.file("full.json");
    kit.ok(&["export", full.to_str().unwrap()]);
    let text = std::fs::read(&full).unwrap();
    assert_refused_untouched(&kit, &text[..text.len() / 2], "the file ends too early");
}

#[test]
fn a_foreign_file_is_refused() {
    let kit = Kit::with_demo();
    assert_refused_untouched(
        &kit,
        br#"{"name": "my-package", "version": "1.0.0"}"#,
        "this is not a UPR Advocacy Kit export",
    );
    assert_refused_untouched(&kit, b"\x89PNG\r\n\x1a\n\0\0", "not UTF-8 text");
    assert_refused_untouched(&kit, b"To,Text,From\rA,B,C", "not JSON");
}

#[test]
fn a_file_from_a_newer_version_is_refused() {
    let kit = Kit::with_demo();
    assert_refused_untouched(
        &kit,
        br#"{"format": "upr-advocacy-kit", "version": 7, "exported_at": "2030-01-01T00:00:00Z", "organisation": null}"#,
        "written by a newer UPR Advocacy Kit",
    );
}

#[test]
fn an_inconsistent_file_names_the_field_and_nothing_changes() {
    let kit = Kit::with_demo();
    let full = kit.file("full.json");
    kit.ok(&["export", full.to_str().unwrap()]);
    let good: serde_json::Value = serde_json::from_slice(&std::fs::read(&full).unwrap()).unwrap();

    let mut bad = good.clone();
    bad["campaigns"][0]["priority_issues"][1]["recommendations"][2]["action_category"] = 9.into();
    assert_refused_untouched(
        &kit,
        &serde_json::to_vec(&bad).unwrap(),
        "campaigns[0].priority_issues[1].recommendations[2].action_category: action category must be 1 to 5, not 9",
    );

    let mut bad = good.clone();
    bad["campaigns"][0]["target_states"][0]["asks"][0] =
        "7d0c6f0e-0000-4000-8000-000000000000".into();
    assert_refused_untouched(
        &kit,
        &serde_json::to_vec(&bad).unwrap(),
        "campaigns[0].target_states[0].asks[0]",
    );

    let mut bad = good;
    bad["campaigns"][0]["priority_issues"][0]["title"] = "  ".into();
    assert_refused_untouched(
        &kit,
        &serde_json::to_vec(&bad).unwrap(),
        "campaigns[0].priority_issues[0].title: the title is empty",
    );
}

#[test]
fn a_missing_file_is_one_clear_line() {
    let kit = Kit::new();
    let err = kit.fails(&["import", "/nonexistent/backup.json"]);
    assert!(
        err.starts_with("upr-kit: cannot read /nonexistent/backup.json"),
        "{err}"
    );
}

#[test]
fn the_data_folder_comes_from_the_environment_when_not_given() {
    let kit = Kit::new();
    let dir = kit.file("from-env");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_upr-kit"))
        .env("UPR_KIT_DATA_DIR", &dir)
        .arg("init-demo")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(dir.join("upr-kit.sqlite3").exists());
}

#[test]
fn every_command_has_help() {
    let kit = Kit::new();
    for cmd in ["init-demo", "export", "import", "show"] {
        let out = kit.ok(&[cmd, "--help"]);
        assert!(out.contains("Usage: upr-kit"), "{cmd}: {out}");
        assert!(out.contains("--data-dir"), "{cmd}: {out}");
    }
}

/// The command line must not pay for the window: a program that links WebKitGTK spends about
/// 50 ms loading ~170 libraries before `main`, on every command.
#[cfg(target_os = "linux")]
#[test]
fn the_command_line_links_neither_gtk_nor_webkit_and_the_window_does() {
    let libraries = |program: &str| {
        let out = std::process::Command::new("ldd")
            .arg(program)
            .output()
            .expect("ldd runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let cli = libraries(env!("CARGO_BIN_EXE_upr-kit"));
    assert!(!cli.is_empty(), "ldd printed nothing for upr-kit");
    for lib in [
        "libwebkit2gtk",
        "libjavascriptcoregtk",
        "libgtk-3",
        "libgdk-3",
    ] {
        assert!(!cli.contains(lib), "upr-kit links {lib}:\n{cli}");
    }
    // The check above could pass for a reason that has nothing to do with the split (ldd
    // failing, say): the window program beside it does link WebKit.
    let window = libraries(env!("CARGO_BIN_EXE_upr-kit-window"));
    assert!(window.contains("libwebkit2gtk"), "{window}");
}

#[test]
fn version_names_the_data_formats_it_reads() {
    let kit = Kit::new();
    let out = kit.ok(&["--version"]);
    let line = out.trim();
    assert!(line.starts_with("upr-kit 0."), "{line}");
    assert!(line.contains("data file schema "), "{line}");
    assert!(line.contains("exchange file version 1"), "{line}");
}

#[test]
fn version_alone_says_what_it_says_among_other_options() {
    // `--version` alone is answered before clap; said among other options, by clap.
    let kit = Kit::new();
    let through_clap = kit.ok(&["--version"]);
    for flag in ["--version", "-V"] {
        let alone = std::process::Command::new(env!("CARGO_BIN_EXE_upr-kit"))
            .arg(flag)
            .output()
            .expect("upr-kit runs");
        assert!(alone.status.success());
        assert_eq!(String::from_utf8_lossy(&alone.stdout), through_clap);
    }
}

#[test]
fn without_the_window_program_beside_it_the_command_line_says_what_is_missing() {
    // A copy of `upr-kit` alone in a folder, as after a broken install.
    let kit = Kit::new();
    let lonely = kit.file("upr-kit");
    std::fs::copy(env!("CARGO_BIN_EXE_upr-kit"), &lonely).expect("copy the program");
    let out = std::process::Command::new(&lonely)
        .arg("--data-dir")
        .arg(kit.data_dir().join("data"))
        .env_remove("UPR_KIT_DATA_DIR")
        .output()
        .expect("upr-kit runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("upr-kit-window is missing"), "{err}");
    // The data commands still work from there.
    let show = std::process::Command::new(&lonely)
        .args(["--data-dir"])
        .arg(kit.data_dir().join("data"))
        .arg("show")
        .env_remove("UPR_KIT_DATA_DIR")
        .output()
        .expect("upr-kit runs");
    assert!(show.status.success());
}

#[test]
fn export_says_when_the_backup_holds_contacts() {
    let kit = Kit::with_demo();
    let file = kit.file("backup.json");
    let out = kit.ok(&["export", file.to_str().unwrap()]);
    assert!(out.contains("This file holds"), "{out}");
    assert!(out.contains("contact persons"), "{out}");
    assert!(out.contains("keep it as safe as the data itself"), "{out}");
}

#[test]
fn import_dry_run_says_what_the_file_holds_and_changes_nothing() {
    let kit = Kit::with_demo();
    let file = kit.file("backup.json");
    kit.ok(&["export", file.to_str().unwrap()]);

    let other = Kit::new();
    let out = other.ok(&["import", "--dry-run", file.to_str().unwrap()]);
    assert!(out.contains("nothing was imported"), "{out}");
    assert!(
        out.contains("Organisation: Meridia Coalition for Human Rights"),
        "{out}"
    );
    assert!(
        out.contains("Campaigns: UPR of Republic of Meridia"),
        "{out}"
    );
    assert!(
        out.contains("3 priority issues, 3 target States, "),
        "{out}"
    );
    assert!(out.contains(", 1 meeting ("), "{out}");
    assert!(out.contains("Exported: "), "{out}");
    // The empty folder stayed empty.
    assert!(other.ok(&["show"]).contains("Organisation: (none yet)"));
}
