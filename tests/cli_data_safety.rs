//! The data file's safety, from the CLI: snapshots before a replace and their restore, the
//! one file that holds everything, a read-only folder, and a disk that fills up mid-save.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::common::Kit;

const DATA_FILE: &str = "upr-kit.sqlite3";

/// A small save of the user's own, to find again after a copy, a crash or a refusal.
const ADD_A_DATE: [&str; 4] = [
    "calendar",
    "add",
    "2027-02-01",
    "Meet the Norwegian embassy",
];

/// The demo document with another organisation's name and one priority issue, written to a
/// file of the test's own.
fn partner_file(kit: &Kit) -> std::path::PathBuf {
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../assets/demo/demo-organisation.json")).unwrap();
    doc["organisation"]["name"] = "Coalition of the North".into();
    doc["organisation"]["acronym"] = "".into();
    let path = kit.file("partner.json");
    std::fs::write(&path, serde_json::to_vec(&doc).unwrap()).unwrap();
    path
}

/// The binary on another data folder than the kit's own.
fn upr_kit_on(data_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_upr-kit"));
    cmd.env_remove("UPR_KIT_DATA_DIR")
        .arg("--data-dir")
        .arg(data_dir);
    cmd
}

/// What `export` writes, without the moment of the export.
fn exported(kit: &Kit, data_dir: &Path) -> serde_json::Value {
    let out = kit.file("compare.json");
    let status = upr_kit_on(data_dir)
        .arg("export")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let mut doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    std::fs::remove_file(&out).unwrap();
    doc["exported_at"] = serde_json::Value::Null;
    doc
}

fn data_dir(kit: &Kit) -> std::path::PathBuf {
    kit.data_dir().join("data")
}

fn integrity(data_dir: &Path) -> String {
    let conn = rusqlite::Connection::open(data_dir.join(DATA_FILE)).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn import_replace_keeps_a_snapshot_that_restore_snapshot_brings_back() {
    // #11: `import --replace` kept no copy of what it replaced.
    let kit = Kit::with_demo();
    let before = exported(&kit, &data_dir(&kit));
    let partner = partner_file(&kit);
    kit.ok(&["import", "--replace", partner.to_str().unwrap()]);
    assert!(kit.ok(&["show"]).contains("Coalition of the North"));

    let list = kit.ok(&["snapshots"]);
    let line = list
        .lines()
        .find(|l| l.contains("before an import replaced the data"))
        .unwrap_or_else(|| panic!("no snapshot before the replace:\n{list}"));
    assert!(
        line.contains("Meridia Coalition for Human Rights; UPR of Republic of Meridia; 3 priority issues, 3 target States, 1 meeting, "),
        "{line}"
    );
    let name = line.split_whitespace().next().unwrap();

    let out = kit.ok(&["restore-snapshot", name]);
    assert!(out.contains("before-restore"), "{out}");
    assert_eq!(exported(&kit, &data_dir(&kit)), before);
    // What the restore replaced is itself a snapshot, listed with what it holds.
    let list = kit.ok(&["snapshots"]);
    assert!(
        list.lines()
            .any(|l| l.contains("before a snapshot was restored")
                && l.contains("Coalition of the North")),
        "{list}"
    );
}

#[test]
fn a_damaged_snapshot_is_refused_clearly_and_nothing_changes() {
    let kit = Kit::with_demo();
    let out = kit.ok(&["snapshot"]);
    let name = out
        .trim_start_matches("Snapshot taken: ")
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    let partner = partner_file(&kit);
    kit.ok(&["import", "--replace", partner.to_str().unwrap()]);
    let before = exported(&kit, &data_dir(&kit));

    let path = data_dir(&kit).join("snapshots").join(&name);
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let listed = kit.ok(&["snapshots"]);
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with(&name) && l.contains("cannot be read")),
        "{listed}"
    );

    let out = kit.run(&["restore-snapshot", &name]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("the snapshot {name} is damaged")),
        "{err}"
    );
    assert!(err.contains("nothing was changed"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(exported(&kit, &data_dir(&kit)), before);

    let err = kit.fails(&["restore-snapshot", "no-such-snapshot.sqlite3"]);
    assert!(err.contains("snapshot not found"), "{err}");
}

#[test]
fn after_a_command_the_data_file_alone_holds_everything() {
    let kit = Kit::with_demo();
    let partner = partner_file(&kit);
    kit.ok(&["import", "--replace", partner.to_str().unwrap()]);
    kit.ok(&ADD_A_DATE);
    let wal = data_dir(&kit).join(format!("{DATA_FILE}-wal"));
    assert!(
        !wal.exists() || std::fs::metadata(&wal).unwrap().len() == 0,
        "saves left in the write-ahead log after the command ended"
    );

    let copy = tempfile::tempdir().unwrap();
    std::fs::copy(data_dir(&kit).join(DATA_FILE), copy.path().join(DATA_FILE)).unwrap();
    assert_eq!(exported(&kit, copy.path()), exported(&kit, &data_dir(&kit)));
    let calendar = upr_kit_on(copy.path())
        .args(["calendar", "--today", "2026-12-01"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&calendar.stdout).contains("Meet the Norwegian embassy"));
}

#[test]
fn a_copy_of_the_data_folder_made_while_the_app_is_closed_restores_completely() {
    let kit = Kit::with_demo();
    kit.ok(&ADD_A_DATE);
    kit.ok(&["snapshot"]);
    let backup = tempfile::tempdir().unwrap();
    let status = Command::new("cp")
        .arg("-a")
        .arg(data_dir(&kit))
        .arg(backup.path().join("data"))
        .status()
        .unwrap();
    assert!(status.success());
    let original = exported(&kit, &data_dir(&kit));

    // The original is lost; the copy is put back where the data lives.
    std::fs::remove_dir_all(data_dir(&kit)).unwrap();
    std::fs::rename(backup.path().join("data"), data_dir(&kit)).unwrap();
    assert_eq!(exported(&kit, &data_dir(&kit)), original);
    assert_eq!(integrity(&data_dir(&kit)), "ok");
    assert!(kit.ok(&["snapshots"]).contains("taken by hand"));
}

/// Runs `upr-kit --data-dir DIR ARGS` with DIR mounted read-only over itself, in a mount
/// namespace of its own (`unshare`), the way a USB stick with its lock switched on looks.
/// Tests run as root here, and root ignores permission bits: only a read-only mount stops it.
fn run_on_read_only_folder(dir: &Path, args: &[&str]) -> Output {
    let out = Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c"])
        .arg(r#"mount --bind -o ro "$1" "$1" && shift && exec "$@""#)
        .arg("sh")
        .arg(dir)
        .arg(env!("CARGO_BIN_EXE_upr-kit"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("UPR_KIT_DATA_DIR")
        .stdin(Stdio::null())
        .output()
        .expect("unshare (util-linux) runs; the read-only tests need it");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains("unshare:") && !err.contains("mount:"),
        "a read-only mount could not be made here (user namespaces needed): {err}"
    );
    out
}

#[test]
fn a_read_only_folder_opens_read_only_reads_work_and_writes_are_refused_clearly() {
    let kit = Kit::with_demo();
    let dir = data_dir(&kit);
    let before = exported(&kit, &dir);

    let show = run_on_read_only_folder(&dir, &["show"]);
    assert!(show.status.success(), "{show:?}");
    assert!(String::from_utf8_lossy(&show.stdout).contains("Meridia Coalition for Human Rights"));
    let out = kit.file("from-stick.json");
    let export = run_on_read_only_folder(&dir, &["export", out.to_str().unwrap()]);
    assert!(export.status.success(), "{export:?}");
    assert!(std::fs::read_to_string(&out).unwrap().contains("Meridia"));
    assert!(run_on_read_only_folder(&dir, &["snapshots"])
        .status
        .success());

    let partner = partner_file(&kit);
    for args in [
        vec!["import", "--replace", partner.to_str().unwrap()],
        ADD_A_DATE.to_vec(),
        vec!["snapshot"],
    ] {
        let refused = run_on_read_only_folder(&dir, &args);
        assert_eq!(refused.status.code(), Some(1), "{args:?}: {refused:?}");
        let err = String::from_utf8_lossy(&refused.stderr);
        assert!(err.contains("is read-only"), "{args:?}: {err}");
        assert!(err.contains("--data-dir"), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert_eq!(exported(&kit, &dir), before);
}

#[test]
fn a_read_only_folder_with_saves_left_in_the_log_shows_them() {
    // The app was killed (or the stick pulled) before the log was folded into the file, and
    // the stick was then locked: the saves in `-wal` must still be read.
    let kit = Kit::with_demo();
    let dir = data_dir(&kit);
    let crashed = kit.file("crashed");
    std::fs::create_dir(&crashed).unwrap();
    {
        let conn = rusqlite::Connection::open(dir.join(DATA_FILE)).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.execute(
            "UPDATE organisation SET name = 'Saved before the crash'",
            [],
        )
        .unwrap();
        // Copy while the connection is open: the update is only in the log.
        for suffix in ["", "-wal", "-shm"] {
            let name = format!("{DATA_FILE}{suffix}");
            std::fs::copy(dir.join(&name), crashed.join(&name)).unwrap();
        }
    }
    let show = run_on_read_only_folder(&crashed, &["show"]);
    assert!(show.status.success(), "{show:?}");
    assert!(
        String::from_utf8_lossy(&show.stdout).contains("Saved before the crash"),
        "{show:?}"
    );
}

/// Runs the CLI with its file size limited to `limit` bytes (`setrlimit(RLIMIT_FSIZE)` in the
/// child before exec), the way a nearly full disk refuses a write. SIGXFSZ is ignored so the
/// write fails with an error instead of killing the process.
fn run_with_file_size_limit(kit: &Kit, limit: u64, args: &[&str]) -> Output {
    let mut cmd = kit.command();
    cmd.args(args).stdin(Stdio::null());
    // SAFETY: between fork and exec only async-signal-safe calls are made (signal,
    // setrlimit), touching no memory of the parent.
    unsafe {
        cmd.pre_exec(move || {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let rlimit = libc::rlimit {
                rlim_cur: limit as libc::rlim_t,
                rlim_max: limit as libc::rlim_t,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &rlimit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    cmd.output().expect("upr-kit runs")
}

#[test]
fn a_disk_that_fills_up_during_a_save_gives_a_clear_error_and_loses_nothing() {
    let kit = Kit::with_demo();
    kit.ok(&ADD_A_DATE);
    let dir = data_dir(&kit);
    let before = exported(&kit, &dir);

    // A replace with a much bigger document: its write-ahead log outgrows the limit.
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../assets/demo/demo-organisation.json")).unwrap();
    doc["campaigns"][0]["priority_issues"][0]["background"] =
        "A long background, typed over years. "
            .repeat(60_000)
            .into();
    let big = kit.file("big.json");
    std::fs::write(&big, serde_json::to_vec(&doc).unwrap()).unwrap();
    let size = std::fs::metadata(dir.join(DATA_FILE)).unwrap().len();

    let out = run_with_file_size_limit(
        &kit,
        size + 64 * 1024,
        &["import", "--replace", big.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the disk refused the save"), "{err}");
    assert!(err.contains("everything saved before is safe"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    assert_eq!(integrity(&dir), "ok");
    assert_eq!(exported(&kit, &dir), before);
    let calendar = kit.ok(&["calendar", "--today", "2026-12-01"]);
    assert!(
        calendar.contains("Meet the Norwegian embassy"),
        "{calendar}"
    );
}
