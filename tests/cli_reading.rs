//! The commands that only read the data — `show`, `search`, `lobby-targets`, `conflicts`,
//! `snapshots`, `speakers show`, `calendar` (printed or written to a file), `submission show`,
//! `received-recommendations list`, the mid-term report and the factsheet — leave the data folder
//! exactly as it was: same files, same bytes, not even rewritten (a backup tool or a folder
//! synchronised between colleagues sees no change), and still print what they printed. The
//! window is open meanwhile with a save still in its write-ahead log: a command that opened
//! the store the full way would fold that log into the data file when it closes.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::SystemTime;

use crate::common::Kit;

const EXCERPT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/upr-info-excerpt.csv"
);

/// Every file under `dir` (snapshots included) with its bytes and when it was last written,
/// but for SQLite's `-shm`: the shared memory between the connections open on the file, where
/// every reader, even one SQLite forbids to write, marks how far into the log it reads. It
/// holds no data and is rebuilt from the log whenever it is missing.
fn folder_contents(dir: &Path) -> BTreeMap<String, (Vec<u8>, SystemTime)> {
    let mut found = BTreeMap::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("the folder can be read") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if !path.to_string_lossy().ends_with("-shm") {
                let written = path.metadata().and_then(|m| m.modified()).expect("a time");
                let name = path
                    .strip_prefix(dir)
                    .expect("inside")
                    .display()
                    .to_string();
                found.insert(name, (bytes_of(&path), written));
            }
        }
    }
    found
}

/// The bytes of a file, read by another process: closing a file this process opened would
/// drop every lock it holds on that file (POSIX locks are per process), and with them the
/// open window's hold on the store.
fn bytes_of(path: &Path) -> Vec<u8> {
    let out = std::process::Command::new("cat")
        .arg(path)
        .output()
        .expect("cat runs");
    assert!(out.status.success(), "{} can be read", path.display());
    out.stdout
}

/// What differs between two listings, by file name, for a readable failure.
fn changes(
    before: &BTreeMap<String, (Vec<u8>, SystemTime)>,
    after: &BTreeMap<String, (Vec<u8>, SystemTime)>,
) -> Vec<String> {
    let names: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    names
        .into_iter()
        .filter(|name| before.get(*name) != after.get(*name))
        .map(|name| match (before.get(name), after.get(name)) {
            (None, _) => format!("{name} appeared"),
            (_, None) => format!("{name} went"),
            (Some(b), Some(a)) if b.0 == a.0 => format!("{name} was rewritten"),
            _ => format!("{name} changed"),
        })
        .collect()
}

#[test]
fn commands_that_only_read_leave_the_data_folder_as_it_was_and_print_as_before() {
    let kit = Kit::with_demo();
    kit.ok(&["import-recommendations", EXCERPT]);
    kit.ok(&["snapshot"]);
    let data = kit.data_dir().join("data");
    // The window, open all along, has just saved the list of speakers.
    let mut window = upr_core::store::Store::open_dir(&data).unwrap();
    upr_core::recommendations::set_list_of_speakers(&mut window, "Norway, Brazil, Japan").unwrap();
    let report = kit.file("midterm.pdf");
    let sheet = kit.file("factsheet.pdf");
    let ics = kit.file("upr.ics");
    let before = folder_contents(&data);
    assert!(before.len() > 1, "the data file and a snapshot: {before:?}");

    let runs: [(&[&str], &str); 12] = [
        (
            &["show"],
            "Organisation: Meridia Coalition for Human Rights (MCHR)",
        ),
        (&["search", "death penalty"], "Abolish the death penalty."),
        (
            &["lobby-targets", "--issue", "Death penalty"],
            "With the list of speakers (3 States): the States inscribed to speak first.",
        ),
        (&["conflicts"], "No conflicts: nothing waits to be settled."),
        (&["snapshots"], "taken by hand"),
        (&["speakers", "show"], "Norway\nBrazil\nJapan\n"),
        (
            &["midterm-report", "--out", report.to_str().unwrap()],
            "8 recommendations in 4 themes",
        ),
        (
            &[
                "factsheet",
                "--issue",
                "Freedom of expression and the safety of journalists",
                "--out",
                sheet.to_str().unwrap(),
            ],
            "Wrote the factsheet on Freedom of expression and the safety of journalists",
        ),
        (
            &["calendar", "--today", "2026-11-28"],
            "UPR of Republic of Meridia, review 2027-03-10 (as of 2026-11-28):",
        ),
        (
            &["calendar", "--ics", ics.to_str().unwrap()],
            "dates of the UPR of Republic of Meridia to",
        ),
        (&["submission", "show"], "Word count: 412 words of 2815"),
        (
            &["received-recommendations", "list"],
            "1. Ratify the Optional Protocol to the Convention against Torture",
        ),
    ];
    for (args, printed) in runs {
        let out = kit.ok(args);
        assert!(out.contains(printed), "{args:?} printed:\n{out}");
        let after = folder_contents(&data);
        assert!(
            changes(&before, &after).is_empty(),
            "{args:?} changed the data folder: {:?}",
            changes(&before, &after)
        );
    }
    drop(window);
}
