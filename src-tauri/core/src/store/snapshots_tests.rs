//! Snapshots and the safety of the data file, on real files in temporary folders.

use super::*;
use crate::demo;
use crate::exchange::Document;
use crate::store::{migrations, DATA_FILE_NAME};

fn demo_dir() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_dir(dir.path()).unwrap();
    demo::load(&mut store).unwrap();
    (dir, store)
}

/// Another organisation's document, to replace the demo with.
fn partner_document() -> Document {
    let mut doc = demo::document().unwrap();
    doc.organisation.as_mut().unwrap().name = "Coalition of the North".into();
    doc
}

fn organisation(store: &mut Store) -> String {
    store.summary().unwrap().organisation.unwrap_or_default()
}

#[test]
fn a_replacing_import_keeps_a_snapshot_of_what_it_replaced() {
    // #11: `import --replace` and the window's Replace kept no copy of what they replaced.
    let (_dir, mut store) = demo_dir();
    crate::exchange::import(&mut store, &partner_document(), true).unwrap();
    assert_eq!(organisation(&mut store), "Coalition of the North");

    let snapshots = store.snapshots().unwrap();
    let before = snapshots
        .iter()
        .find(|s| s.reason == SnapshotReason::BeforeReplace)
        .expect("a snapshot taken before the replace");
    let holds = before.holds.as_ref().expect("the snapshot can be read");
    assert_eq!(
        holds.organisation.as_deref(),
        Some("Meridia Coalition for Human Rights")
    );
    assert_eq!(holds.campaigns, vec!["Republic of Meridia".to_string()]);
    assert_eq!(holds.priority_issues, 3);

    let report = store.restore_snapshot(&before.name).unwrap();
    assert_eq!(report.restored.name, before.name);
    assert_eq!(
        organisation(&mut store),
        "Meridia Coalition for Human Rights"
    );
    assert_eq!(store.summary().unwrap().priority_issues.len(), 3);
    // What the restore replaced is itself kept.
    let saved_first = store
        .snapshots()
        .unwrap()
        .into_iter()
        .find(|s| s.name == report.saved_first.name)
        .expect("the snapshot taken before the restore is listed");
    assert_eq!(saved_first.reason, SnapshotReason::BeforeRestore);
    assert_eq!(
        saved_first.holds.unwrap().organisation.as_deref(),
        Some("Coalition of the North")
    );
}

#[test]
fn an_import_into_an_empty_store_takes_no_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_dir(dir.path()).unwrap();
    crate::exchange::import(&mut store, &partner_document(), true).unwrap();
    assert!(store
        .snapshots()
        .unwrap()
        .iter()
        .all(|s| s.reason != SnapshotReason::BeforeReplace));
}

#[test]
fn a_damaged_snapshot_is_refused_and_nothing_changes() {
    let (dir, mut store) = demo_dir();
    let taken = store
        .take_snapshot(SnapshotReason::Manual)
        .unwrap()
        .unwrap();
    crate::exchange::import(&mut store, &partner_document(), true).unwrap();
    let before = crate::exchange::export(&mut store).unwrap().to_json();
    let count_before = store.snapshots().unwrap().len();

    // Scribble over the middle of the copy, where its tables are.
    let path = dir.path().join(SNAPSHOTS_DIR).join(&taken.name);
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    for b in &mut bytes[middle - 2000..middle + 2000] {
        *b = 0x5A;
    }
    std::fs::write(&path, &bytes).unwrap();

    let err = store.restore_snapshot(&taken.name).unwrap_err();
    assert_eq!(err.code(), "snapshot_damaged", "{err}");
    assert!(err.to_string().contains("nothing was changed"), "{err}");
    let after = crate::exchange::export(&mut store).unwrap().to_json();
    // The export's own timestamp differs; everything else must not.
    let strip = |s: &str| -> serde_json::Value {
        let mut v: serde_json::Value = serde_json::from_str(s).unwrap();
        v["exported_at"] = serde_json::Value::Null;
        v
    };
    assert_eq!(strip(&before), strip(&after));
    assert_eq!(store.snapshots().unwrap().len(), count_before);
}

#[test]
fn a_truncated_snapshot_is_listed_as_unreadable_and_refused() {
    let (dir, mut store) = demo_dir();
    let taken = store
        .take_snapshot(SnapshotReason::Manual)
        .unwrap()
        .unwrap();
    let path = dir.path().join(SNAPSHOTS_DIR).join(&taken.name);
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 3]).unwrap();

    let listed = store.snapshots().unwrap();
    let listed = listed.iter().find(|s| s.name == taken.name).unwrap();
    assert!(listed.holds.is_none());
    assert!(listed.problem.is_some());
    let err = store.restore_snapshot(&taken.name).unwrap_err();
    assert_eq!(err.code(), "snapshot_damaged", "{err}");
    assert_eq!(
        organisation(&mut store),
        "Meridia Coalition for Human Rights"
    );
}

#[test]
fn an_unknown_snapshot_name_is_refused() {
    let (_dir, mut store) = demo_dir();
    for name in ["nope.sqlite3", "../upr-kit.sqlite3", ""] {
        let err = store.restore_snapshot(name).unwrap_err();
        assert_eq!(err.code(), "not_found", "{name}: {err}");
    }
}

#[test]
fn only_the_newest_snapshots_are_kept() {
    let (_dir, mut store) = demo_dir();
    let mut settings = store.settings().unwrap();
    settings.snapshots_kept = 3;
    store.save_settings(&settings).unwrap();
    let mut taken = Vec::new();
    for _ in 0..5 {
        taken.push(
            store
                .take_snapshot(SnapshotReason::Manual)
                .unwrap()
                .unwrap()
                .name,
        );
    }
    let left: Vec<String> = store
        .snapshots()
        .unwrap()
        .into_iter()
        .map(|s| s.name)
        .collect();
    taken.reverse();
    assert_eq!(left, taken[..3]);
}

#[test]
fn the_first_save_of_the_day_takes_one_daily_snapshot() {
    let (_dir, mut store) = demo_dir();
    // The demo was loaded into an empty store: nothing to keep yet.
    let daily = |store: &Store| {
        store
            .snapshots()
            .unwrap()
            .iter()
            .filter(|s| s.reason == SnapshotReason::Daily)
            .count()
    };
    assert_eq!(daily(&store), 0);
    let settings = store.settings().unwrap();
    store.save_settings(&settings).unwrap();
    assert_eq!(daily(&store), 1);
    store.save_settings(&settings).unwrap();
    assert_eq!(daily(&store), 1);

    // A new session on the same day (the CLI's next command) takes none either.
    let dir = store.path().unwrap().parent().unwrap().to_path_buf();
    drop(store);
    let mut store = Store::open_dir(&dir).unwrap();
    store.save_settings(&settings).unwrap();
    assert_eq!(daily(&store), 1);
}

#[test]
fn a_half_written_snapshot_is_never_listed_and_is_cleared() {
    let (dir, mut store) = demo_dir();
    let snapshots = dir.path().join(SNAPSHOTS_DIR);
    std::fs::create_dir_all(&snapshots).unwrap();
    let partial = snapshots.join(".partial-2026-01-01T00-00-00.000Z-manual.sqlite3");
    std::fs::write(&partial, b"SQLite format 3\0 half").unwrap();
    assert!(store.snapshots().unwrap().is_empty());
    store.take_snapshot(SnapshotReason::Manual).unwrap();
    assert!(!partial.exists());
}

#[test]
fn upgrading_an_existing_file_takes_a_snapshot_at_the_old_version_first() {
    let dir = tempfile::tempdir().unwrap();
    migrations::old_data_file_with_organisation(dir.path(), 1, "Old Coalition");
    let mut store = Store::open_dir(dir.path()).unwrap();
    let snapshots = store.snapshots().unwrap();
    assert_eq!(snapshots.len(), 1);
    let snapshot = &snapshots[0];
    assert_eq!(snapshot.reason, SnapshotReason::BeforeMigration);
    assert_eq!(
        snapshot.holds.as_ref().unwrap().organisation.as_deref(),
        Some("Old Coalition")
    );
    let conn =
        rusqlite::Connection::open(dir.path().join(SNAPSHOTS_DIR).join(&snapshot.name)).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1, "the snapshot is the file as it was");
    drop(conn);

    // Restoring it brings the old data back, upgraded again.
    crate::exchange::import(&mut store, &partner_document(), true).unwrap();
    store.restore_snapshot(&snapshot.name).unwrap();
    assert_eq!(organisation(&mut store), "Old Coalition");
    let version: i64 = store
        .connection()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, migrations::latest_version());

    // A new file is not snapshotted: there is nothing to keep.
    let fresh = tempfile::tempdir().unwrap();
    let store = Store::open_dir(fresh.path()).unwrap();
    assert!(store.snapshots().unwrap().is_empty());
}

#[test]
fn after_a_checkpoint_the_data_file_alone_holds_every_save() {
    // #11: the Settings screen says all data is "in one file", but while the window is open
    // recent saves sat in `upr-kit.sqlite3-wal`, and copying the one file lost them.
    let (dir, mut store) = demo_dir();
    crate::exchange::import(&mut store, &partner_document(), true).unwrap();
    store.checkpoint().unwrap();

    let copy = tempfile::tempdir().unwrap();
    std::fs::copy(
        dir.path().join(DATA_FILE_NAME),
        copy.path().join(DATA_FILE_NAME),
    )
    .unwrap();
    let mut copied = Store::open_dir(copy.path()).unwrap();
    assert_eq!(organisation(&mut copied), "Coalition of the North");
    drop(store);
}

#[test]
fn closing_the_store_leaves_no_write_ahead_log_behind() {
    let (dir, store) = demo_dir();
    drop(store);
    let wal = dir.path().join(format!("{DATA_FILE_NAME}-wal"));
    assert!(
        !wal.exists() || std::fs::metadata(&wal).unwrap().len() == 0,
        "the log still holds saves after the store closed"
    );
}
