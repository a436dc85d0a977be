//! The kill -9 harness: many times over, the CLI is started on one data folder doing a save
//! (`calendar add`) or an import (`import-recommendations`, `import --replace`) and killed with
//! SIGKILL at a random moment. After every trial the store must pass SQLite's integrity check,
//! every save the CLI acknowledged (printed its success line for) must be there, and an import
//! must be there whole or not at all.
//!
//! A second harness kills the re-keying (`change-passphrase`) midway: the store must then open
//! with the old passphrase or the new one, whole and with every record.
//!
//! Ignored by default (it runs for minutes); run it with `make kill9` or
//! `cargo test -p upr-kit --test integration crash_safety:: -- --ignored --nocapture`.
//! `UPR_KIT_KILL9_TRIALS` sets the number of trials (default 300; the re-keying's,
//! `UPR_KIT_KILL9_REKEY_TRIALS`, 30: each takes seconds of key derivation),
//! `UPR_KIT_KILL9_SEED` the random seed (default: the clock, printed so that a failure can be
//! replayed).

use std::collections::BTreeSet;
use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::Kit;

/// Rows in each imported file of past recommendations: enough that the import takes a while.
const ROWS_PER_IMPORT: usize = 400;

/// A small random generator (xorshift64*): the harness needs no more, and a seed replays it.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// The number of trials (the variable `trials_var`, else `default`) and the random seed
/// (`UPR_KIT_KILL9_SEED`, else the clock).
fn trials_and_seed(trials_var: &str, default: usize) -> (usize, u64) {
    let trials = std::env::var(trials_var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    let seed = std::env::var("UPR_KIT_KILL9_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
                | 1
        });
    (trials, seed)
}

enum Operation {
    /// A save: one custom date with this title.
    Save(String),
    /// An import of past recommendations whose texts all carry this marker.
    Import(String),
    /// A replace by the demo document (every custom date goes).
    Replace,
}

/// What the harness knows must be in the store.
#[derive(Default)]
struct Expected {
    saves: BTreeSet<String>,
    imports: BTreeSet<String>,
}

fn csv_of(kit: &Kit, marker: &str) -> std::path::PathBuf {
    let path = kit.file(&format!("{marker}.csv"));
    let mut file = std::fs::File::create(&path).unwrap();
    writeln!(
        file,
        "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session"
    )
    .unwrap();
    for row in 0..ROWS_PER_IMPORT {
        writeln!(
            file,
            "Meridia,Africa,,\"{marker} row {row}: ensure that journalists can work freely\",Norway,WEOG,,Supported,4,Freedom of expression,30"
        )
        .unwrap();
    }
    path
}

/// Checks the store against what must be in it; `history` (what each trial did) is printed
/// with a failure, so that it can be understood.
fn check(kit: &Kit, expected: &Expected, imports_tried: &[String], history: &[String]) {
    let conn = rusqlite::Connection::open(kit.data_dir().join("data/upr-kit.sqlite3")).unwrap();
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(verdict, "ok");
    for title in &expected.saves {
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM custom_milestone WHERE title = ?1",
                [title],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            n,
            1,
            "the acknowledged save {title:?} is missing; trials:\n{}",
            history.join("\n")
        );
    }
    for marker in imports_tried {
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM past_recommendation WHERE text LIKE ?1 || ' row %'",
                [marker],
                |r| r.get(0),
            )
            .unwrap();
        assert!(
            n == 0 || n == ROWS_PER_IMPORT as i64,
            "import {marker} is there in part: {n} of {ROWS_PER_IMPORT} rows"
        );
        if expected.imports.contains(marker) {
            assert_eq!(
                n, ROWS_PER_IMPORT as i64,
                "the acknowledged import {marker} is missing"
            );
        }
    }
}

#[test]
#[ignore = "runs for minutes; `make kill9`"]
fn kill_9_during_saves_and_imports_never_loses_an_acknowledged_save() {
    let (trials, seed) = trials_and_seed("UPR_KIT_KILL9_TRIALS", 300);
    println!("kill -9 harness: {trials} trials, seed {seed}");
    let mut random = Random(seed);
    let kit = Kit::with_demo();
    let demo = kit.file("demo.json");
    std::fs::write(&demo, include_str!("../assets/demo/demo-organisation.json")).unwrap();

    // How long each kind of command runs when left alone: kills fall anywhere in it.
    let mut runtime = [Duration::ZERO; 3];
    for (kind, args) in [
        (
            0,
            vec![
                "calendar".to_string(),
                "add".into(),
                "2027-01-01".into(),
                "warm-up".into(),
            ],
        ),
        (
            1,
            vec![
                "import-recommendations".into(),
                csv_of(&kit, "warmup").display().to_string(),
            ],
        ),
        (
            2,
            vec![
                "import".into(),
                "--replace".into(),
                demo.display().to_string(),
            ],
        ),
    ] {
        let start = Instant::now();
        let out = kit.command().args(&args).output().unwrap();
        assert!(out.status.success(), "{out:?}");
        runtime[kind] = start.elapsed();
    }
    println!(
        "left alone: a save takes {:?}, an import {:?}, a replace {:?}",
        runtime[0], runtime[1], runtime[2]
    );

    let mut expected = Expected::default();
    let mut imports_tried = vec!["warmup".to_string()];
    expected.imports.insert("warmup".into());
    let (mut killed, mut finished, mut acknowledged) = (0, 0, 0);
    let mut history = Vec::new();
    for trial in 0..trials {
        let operation = match random.below(10) {
            0..=5 => Operation::Save(format!("kill9 save {trial}")),
            6..=8 => Operation::Import(format!("kill9-import-{trial}")),
            _ => Operation::Replace,
        };
        let (args, kind, success): (Vec<String>, usize, &str) = match &operation {
            Operation::Save(title) => (
                vec![
                    "calendar".into(),
                    "add".into(),
                    "2027-01-01".into(),
                    title.clone(),
                ],
                0,
                "Added 2027-01-01",
            ),
            Operation::Import(marker) => {
                imports_tried.push(marker.clone());
                (
                    vec![
                        "import-recommendations".into(),
                        csv_of(&kit, marker).display().to_string(),
                    ],
                    1,
                    "added",
                )
            }
            Operation::Replace => (
                vec![
                    "import".into(),
                    "--replace".into(),
                    demo.display().to_string(),
                ],
                2,
                "Imported",
            ),
        };
        // Anywhere from the start of the process to a little past its usual end.
        let wait = Duration::from_micros(random.below(runtime[kind].as_micros() as u64 * 6 / 5));
        let mut child = kit
            .command()
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(wait);
        let was_running = child.try_wait().unwrap().is_none();
        if was_running {
            // SIGKILL: no destructor, no checkpoint, no close.
            child.kill().unwrap();
        }
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        history.push(format!(
            "{trial}: {args:?} after {wait:?}: {}, {:?}",
            if was_running { "killed" } else { "finished" },
            out.status
        ));
        if out.status.success() && stdout.contains(success) {
            acknowledged += 1;
            match operation {
                Operation::Save(title) => {
                    expected.saves.insert(title);
                }
                Operation::Import(marker) => {
                    expected.imports.insert(marker);
                }
                // The replace took every date saved before it.
                Operation::Replace => expected.saves.clear(),
            }
        } else if out.status.success() {
            panic!("{args:?} succeeded without saying so: {stdout}");
        } else if !was_running {
            panic!(
                "{args:?} failed on its own: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        } else if matches!(operation, Operation::Replace) {
            // A killed replace happened whole or not at all: either every save made since the
            // last replace is still there, or none is (`check` fails on anything between).
            let conn =
                rusqlite::Connection::open(kit.data_dir().join("data/upr-kit.sqlite3")).unwrap();
            let present = expected
                .saves
                .iter()
                .filter(|title| {
                    conn.query_row(
                        "SELECT count(*) FROM custom_milestone WHERE title = ?1",
                        [title],
                        |r| r.get::<_, i64>(0),
                    )
                    .unwrap()
                        > 0
                })
                .count();
            if present == 0 {
                expected.saves.clear();
            }
        }
        if was_running {
            killed += 1;
        } else {
            finished += 1;
        }
        check(&kit, &expected, &imports_tried, &history);
    }
    println!(
        "kill -9 harness: {trials} trials survived ({killed} killed mid-run, {finished} finished before the kill); {acknowledged} acknowledged saves and imports, every one present; integrity_check ok after every trial"
    );
}

/// The records `export` writes (the moment aside), the store opened with the passphrase in
/// `key`; `None` when that passphrase does not open it.
fn records_with(kit: &Kit, key: &std::path::Path) -> Option<serde_json::Value> {
    let out = kit.file("records.json");
    let _ = std::fs::remove_file(&out);
    let run = kit
        .command()
        .env("UPR_KIT_PASSPHRASE_FILE", key)
        .arg("export")
        .arg(&out)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    if !run.status.success() {
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(err.contains("passphrase is wrong"), "{err}");
        return None;
    }
    let mut doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    doc["exported_at"] = serde_json::Value::Null;
    Some(doc)
}

#[test]
#[ignore = "runs for minutes; `make kill9`"]
fn kill_9_during_a_passphrase_change_leaves_the_old_or_the_new_store() {
    let (trials, seed) = trials_and_seed("UPR_KIT_KILL9_REKEY_TRIALS", 30);
    println!("kill -9 re-keying harness: {trials} trials, seed {seed}");
    let mut random = Random(seed);
    let kit = Kit::with_demo();
    let keys = [kit.file("a.txt"), kit.file("b.txt")];
    std::fs::write(&keys[0], "first passphrase of the harness\n").unwrap();
    std::fs::write(&keys[1], "second passphrase of the harness\n").unwrap();
    let before = {
        let out = kit.file("before.json");
        kit.ok(&["export", out.to_str().unwrap()]);
        let mut doc: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
        doc["exported_at"] = serde_json::Value::Null;
        doc
    };
    kit.ok(&[
        "encrypt",
        "--new-passphrase-file",
        keys[0].to_str().unwrap(),
    ]);
    // Which passphrase opens the store now.
    let mut current = 0;
    let start = Instant::now();
    let change = |from: usize| {
        kit.command()
            .env("UPR_KIT_PASSPHRASE_FILE", &keys[from])
            .arg("change-passphrase")
            .arg("--new-passphrase-file")
            .arg(&keys[1 - from])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    assert!(change(0).wait().unwrap().success());
    current = 1 - current;
    let runtime = start.elapsed();
    println!("left alone: a passphrase change takes {runtime:?}");
    let (mut killed, mut finished) = (0, 0);
    for trial in 0..trials {
        let wait = Duration::from_micros(random.below(runtime.as_micros() as u64 * 6 / 5));
        let mut child = change(current);
        std::thread::sleep(wait);
        let was_running = child.try_wait().unwrap().is_none();
        if was_running {
            child.kill().unwrap();
            killed += 1;
        } else {
            finished += 1;
        }
        let out = child.wait_with_output().unwrap();
        assert!(
            was_running || out.status.success(),
            "trial {trial}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let opened: Vec<usize> = (0..2)
            .filter(|&k| match records_with(&kit, &keys[k]) {
                Some(records) => {
                    assert_eq!(records, before, "trial {trial}: records differ");
                    true
                }
                None => false,
            })
            .collect();
        assert_eq!(
            opened.len(),
            1,
            "trial {trial} after {wait:?}: opens with {opened:?}"
        );
        current = opened[0];
    }
    println!(
        "kill -9 re-keying harness: {trials} trials ({killed} killed mid-run, {finished} finished); the store opened with exactly one of the two passphrases and held every record after each"
    );
}
