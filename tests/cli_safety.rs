//! The data is safe from what a user types: every output path into the data folder is
//! refused, a refused input of any kind leaves the store as it was, anything accepted comes
//! back out, and stored text reaches the terminal one line per row with no control sequence.

use std::path::Path;

use crate::common::Kit;

/// What the store holds, as `export` writes it (without the moment of export), and the
/// database of past recommendations as `search` lists it.
fn everything(kit: &Kit) -> (serde_json::Value, String) {
    let file = kit.file("snapshot.json");
    kit.ok(&["export", file.to_str().unwrap()]);
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    v.as_object_mut().unwrap().remove("exported_at");
    std::fs::remove_file(&file).unwrap();
    (v, kit.ok(&["search", "", "--limit", "100000"]))
}

/// Runs `args`, which must be refused with one line containing `expected` and exit code 1,
/// and checks that nothing stored changed.
fn refused_unchanged(kit: &Kit, args: &[&str], expected: &str) {
    let before = everything(kit);
    let out = kit.run(args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "upr-kit {args:?}: {err}");
    assert!(err.contains(expected), "expected «{expected}» in: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one clear line: {err}");
    assert!(err.starts_with("upr-kit: "), "{err}");
    assert!(
        before == everything(kit),
        "upr-kit {args:?} changed the store"
    );
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn export_onto_the_data_file_is_refused_and_the_store_survives() {
    // Regression: this wrote the backup over the live store; every later command said "file
    // is not a database".
    let kit = Kit::with_demo();
    let data = kit.data_dir().join("data");
    let live = data.join("upr-kit.sqlite3");
    let live_bytes = std::fs::read(&live).unwrap();
    for name in [
        "upr-kit.sqlite3",
        "upr-kit.sqlite3-wal",
        "upr-kit.sqlite3-shm",
        "upr-kit.sqlite3-journal",
        "backup.json",
    ] {
        refused_unchanged(
            &kit,
            &["export", s(&data.join(name))],
            "inside the data folder",
        );
    }
    // Through `..` and through a link to the folder.
    let sideways = kit.data_dir().join("elsewhere");
    std::fs::create_dir(&sideways).unwrap();
    refused_unchanged(
        &kit,
        &["export", s(&sideways.join("../data/upr-kit.sqlite3"))],
        "inside the data folder",
    );
    #[cfg(unix)]
    {
        let link = kit.file("link-to-data");
        std::os::unix::fs::symlink(&data, &link).unwrap();
        refused_unchanged(
            &kit,
            &["export", s(&link.join("upr-kit.sqlite3"))],
            "inside the data folder",
        );
        let file_link = kit.file("backup-link.json");
        std::os::unix::fs::symlink(&live, &file_link).unwrap();
        refused_unchanged(&kit, &["export", s(&file_link)], "inside the data folder");
    }
    assert!(kit
        .ok(&["show"])
        .contains("Organisation: Meridia Coalition"));
    assert!(!data.join("backup.json").exists());
    assert_eq!(std::fs::read(&live).unwrap().len(), live_bytes.len());
}

#[test]
fn every_out_into_the_data_folder_is_refused() {
    let kit = Kit::with_demo();
    let data = kit.data_dir().join("data");
    let live = s(&data.join("upr-kit.sqlite3")).to_string();
    kit.ok(&["submission", "draft"]);
    for args in [
        vec!["brief", "--out", &live],
        vec!["talking-points", "--out", &live],
        vec!["oral-statement", "--out", &live],
        vec!["calendar", "--ics", &live],
        vec!["submission", "export", "--out", &live],
        vec!["midterm-report", "--out", &live],
        vec![
            "factsheet",
            "--issue",
            "Freedom of expression",
            "--out",
            &live,
        ],
    ] {
        let out = kit.run(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("inside the data folder"), "{args:?}: {err}");
        assert!(kit.ok(&["show"]).contains("Priority issues: 3"), "{args:?}");
    }
}

#[test]
fn export_onto_a_folder_says_so_and_leaves_nothing_behind() {
    // Regression: `NAME.partial` stayed behind.
    let kit = Kit::with_demo();
    let folder = kit.file("Backups");
    std::fs::create_dir(&folder).unwrap();
    refused_unchanged(&kit, &["export", s(&folder)], "is a folder");
    let left: Vec<_> = std::fs::read_dir(kit.data_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("partial") || n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
}

#[test]
fn an_exported_file_replaces_the_old_one_whole() {
    let kit = Kit::with_demo();
    let file = kit.file("backup.json");
    std::fs::write(&file, "an older backup").unwrap();
    kit.ok(&["export", s(&file)]);
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(v["format"], "upr-advocacy-kit");
    let names: Vec<_> = std::fs::read_dir(kit.data_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

fn demo_export(kit: &Kit) -> serde_json::Value {
    let file = kit.file("demo.json");
    kit.ok(&["export", s(&file)]);
    serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap()
}

fn write_json(kit: &Kit, name: &str, v: &serde_json::Value) -> String {
    let file = kit.file(name);
    std::fs::write(&file, serde_json::to_vec(v).unwrap()).unwrap();
    s(&file).to_string()
}

#[test]
fn dates_outside_the_years_the_app_keeps_are_refused_with_their_place() {
    // Regression: a `created_at` in year 10000 was accepted, then show, export and import
    // all failed; a review date of -262143-01-01 made `calendar` panic.
    let kit = Kit::with_demo();
    let good = demo_export(&kit);

    let mut bad = good.clone();
    bad["campaigns"][0]["priority_issues"][1]["created_at"] = "+10000-01-01T00:00:00Z".into();
    let file = write_json(&kit, "far.json", &bad);
    refused_unchanged(
        &kit,
        &["import", "--replace", &file],
        "campaigns[0].priority_issues[1].created_at: the time +10000-01-01 00:00:00 UTC is outside the years 1900 to 9999",
    );

    let mut bad = good.clone();
    bad["campaigns"][0]["review_date"] = "-262143-01-01".into();
    let file = write_json(&kit, "early.json", &bad);
    refused_unchanged(
        &kit,
        &["import", "--replace", &file],
        "campaigns[0].review_date: the date -262143-01-01 is outside the years 1900 to 2200",
    );

    let mut bad = good;
    bad["campaigns"][0]["meetings"][0]["date"] = "2201-01-01".into();
    let file = write_json(&kit, "meeting.json", &bad);
    refused_unchanged(
        &kit,
        &["import", "--replace", &file],
        "campaigns[0].meetings[0].date",
    );
    assert!(kit
        .ok(&["calendar", "--today", "2026-11-30"])
        .contains("UPR of"));
}

#[test]
fn a_bad_date_argument_is_refused_and_changes_nothing() {
    let kit = Kit::with_demo();
    refused_unchanged(
        &kit,
        &["calendar", "add", "1850-01-01", "Too early"],
        "outside the years 1900 to 2200",
    );
    // The calendar of any day, even far away, is an answer, not a panic.
    for today in ["1900-01-01", "2200-12-31", "-262143-01-01", "+262142-12-31"] {
        let out = kit.run(&["calendar", &format!("--today={today}")]);
        assert_ne!(
            out.status.code(),
            Some(101),
            "calendar --today {today} panicked"
        );
    }
}

#[test]
fn what_an_import_accepts_comes_back_out() {
    let kit = Kit::with_demo();
    let mut doc = demo_export(&kit);
    // The edges of what is accepted, and text with every kind of awkward character.
    doc["campaigns"][0]["review_date"] = "2200-12-31".into();
    doc["campaigns"][0]["created_at"] = "1900-01-01T00:00:00Z".into();
    doc["campaigns"][0]["priority_issues"][0]["updated_at"] = "9999-12-31T23:59:59.999Z".into();
    doc["campaigns"][0]["priority_issues"][0]["title"] =
        "Line\nbreak \u{1b}[31mred\u{7} {state} ^[x] \u{202e}txet 中".into();
    doc["campaigns"][0]["state_under_review"] = "Meridia\r\nEND:VEVENT".into();
    let file = write_json(&kit, "edges.json", &doc);
    kit.ok(&["import", "--replace", &file]);
    let show = kit.ok(&["show"]);
    assert!(
        show.contains("Line\\nbreak \\u{1b}[31mred\\u{7} {state} ^[x] \\u{202e}txet 中"),
        "{show}"
    );
    assert!(!show.contains('\u{1b}'), "{show}");
    let again = kit.file("again.json");
    kit.ok(&["export", s(&again)]);
    let fresh = Kit::new();
    fresh.ok(&["import", s(&again)]);
    let mut first: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&again).unwrap()).unwrap();
    let mut second = demo_export(&fresh);
    first.as_object_mut().unwrap().remove("exported_at");
    second.as_object_mut().unwrap().remove("exported_at");
    assert_eq!(first, second);
    assert!(kit
        .ok(&["calendar", "--today", "2026-11-30"])
        .contains("UPR of Meridia\\r\\nEND:VEVENT"));
    let ics = kit.file("cal.ics");
    kit.ok(&["calendar", "--today", "2026-11-30", "--ics", s(&ics)]);
    let text = std::fs::read_to_string(&ics).unwrap();
    // The State's name did not close an event of its own.
    let lines: Vec<&str> = text.split("\r\n").collect();
    let count = |l: &str| lines.iter().filter(|x| **x == l).count();
    assert_eq!(count("BEGIN:VEVENT"), count("END:VEVENT"), "{text}");
    assert!(
        !text.replace("\r\n", "").contains('\r'),
        "a bare CR: {text}"
    );
}

#[test]
fn refused_recommendation_files_change_nothing() {
    let kit = Kit::with_demo();
    let excerpt = kit.file("excerpt.csv");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/upr-info-excerpt.csv"),
        &excerpt,
    )
    .unwrap();
    kit.ok(&["import-recommendations", s(&excerpt)]);

    // UPR Info: a row with an action category of 9.
    let upr_info = kit.file("upr-info.csv");
    std::fs::write(
        &upr_info,
        "To,Text,From,Response,Action,Issue,Session\rMeridia,Adopt a law,Norway,Accepted,3,Torture,41\rMeridia,Repeal the law,Chile,Noted,9,Torture,41\r",
    )
    .unwrap();
    refused_unchanged(
        &kit,
        &["import-recommendations", s(&upr_info)],
        "upr-info.csv, line 3: action category '9' is not 1 to 5",
    );
    // The Universal Human Rights Index: a row without its text.
    let index = kit.file("index.csv");
    std::fs::write(
        &index,
        "Recommendation,State under Review,Position,Themes,Session\n\"121.1 Ratify the Convention (France);\",Slovenia,Supported,Treaties,34\n\"\",Slovenia,Noted,Treaties,34\n",
    )
    .unwrap();
    refused_unchanged(
        &kit,
        &["import-recommendations", s(&index)],
        "index.csv, line 3",
    );
    // A pasted list with no recommendation in it, and one that is not text.
    let empty = kit.file("empty.txt");
    std::fs::write(&empty, "\n   \n\t\n").unwrap();
    refused_unchanged(
        &kit,
        &["received-recommendations", "import", s(&empty)],
        "holds no recommendation",
    );
    let binary = kit.file("list.txt");
    std::fs::write(&binary, b"112.3 Ratify \xff\xfe the Convention (Chile);\n").unwrap();
    refused_unchanged(
        &kit,
        &["received-recommendations", "import", s(&binary)],
        "not UTF-8 text",
    );
    // An exchange file with a link to nothing.
    let mut bad = demo_export(&kit);
    bad["campaigns"][0]["meetings"][0]["target_state_id"] =
        "7d0c6f0e-0000-4000-8000-000000000000".into();
    let file = write_json(&kit, "link.json", &bad);
    refused_unchanged(
        &kit,
        &["import", "--replace", &file],
        "campaigns[0].meetings[0].target_state_id",
    );
}

#[test]
fn search_prints_one_line_per_row_whatever_the_text_holds() {
    // Regression: a line break inside a stored text split its row in two, and escape
    // sequences reached the terminal.
    let kit = Kit::new();
    let csv = kit.file("odd.csv");
    std::fs::write(
        &csv,
        "Recommendation,State under Review,Position,Themes,Session\n\"Ratify the Convention\nagainst Torture \u{1b}]0;owned\u{7}\tnow (France);\",Slovenia,Supported,Treaties,34\n\"Adopt a law (Chile);\",Slovenia,Noted,Treaties,34\n",
    )
    .unwrap();
    kit.ok(&["import-recommendations", s(&csv)]);
    let out = kit.ok(&["search", ""]);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(
        out.contains("Ratify the Convention\\nagainst Torture \\u{1b}]0;owned\\u{7}\\tnow"),
        "{out}"
    );
    for line in out.lines() {
        assert_eq!(line.split('\t').count(), 6, "six columns: {line:?}");
    }
}
