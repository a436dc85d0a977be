//! Encryption at rest: a wrong or missing passphrase is a typed error and leaves the file as
//! it was; encrypting, changing and removing the passphrase keep every record; snapshots of
//! an encrypted store are encrypted with its key.

use super::*;
use crate::store::Store;

fn passphrase(text: &str) -> Passphrase {
    Passphrase::new(text.into())
}

fn demo_store(dir: &Path) -> Store {
    let mut store = Store::open_dir(dir).unwrap();
    crate::demo::load(&mut store).unwrap();
    store
}

/// What the store holds, as the export sees it (the time of export aside).
fn records(store: &mut Store) -> serde_json::Value {
    let mut value = serde_json::to_value(crate::exchange::export(store).unwrap()).unwrap();
    value["exported_at"] = serde_json::Value::Null;
    value
}

#[test]
fn an_encrypted_store_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(dir.path());
    let before = records(&mut store);
    store.encrypt(&passphrase("correct horse battery")).unwrap();
    assert!(store.is_encrypted());
    assert_eq!(
        records(&mut store),
        before,
        "the open store after encrypting"
    );
    drop(store);

    let file = dir.path().join(crate::store::DATA_FILE_NAME);
    assert!(matches!(header(&file).unwrap(), Header::Encrypted(_)));
    let bytes_before = std::fs::read(&file).unwrap();
    let err = Store::open_dir(dir.path()).err().unwrap();
    assert_eq!(err.code(), "store_encrypted", "{err}");
    let err = Store::open_dir_with(dir.path(), Some(&passphrase("wrong horse battery")))
        .err()
        .unwrap();
    assert_eq!(err.code(), "wrong_passphrase", "{err}");
    assert!(!err.to_string().contains("not a database"));
    assert_eq!(
        std::fs::read(&file).unwrap(),
        bytes_before,
        "left untouched"
    );

    let mut store =
        Store::open_dir_with(dir.path(), Some(&passphrase("correct horse battery"))).unwrap();
    assert_eq!(records(&mut store), before);
}

#[test]
fn changing_and_removing_the_passphrase_keep_every_record_and_the_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(dir.path());
    let before = records(&mut store);
    store.take_snapshot(SnapshotReason::Manual).unwrap();
    store.encrypt(&passphrase("first passphrase")).unwrap();
    store
        .change_passphrase(&passphrase("second passphrase"))
        .unwrap();
    drop(store);
    let err = Store::open_dir_with(dir.path(), Some(&passphrase("first passphrase")))
        .err()
        .unwrap();
    assert_eq!(err.code(), "wrong_passphrase");
    let mut store =
        Store::open_dir_with(dir.path(), Some(&passphrase("second passphrase"))).unwrap();
    assert_eq!(records(&mut store), before);
    // Every snapshot (the manual one, and one before each re-keying) reads with the key.
    let snapshots = store.snapshots().unwrap();
    assert_eq!(snapshots.len(), 3, "{snapshots:?}");
    for snapshot in &snapshots {
        assert!(snapshot.problem.is_none(), "{snapshot:?}");
        let path = dir.path().join("snapshots").join(&snapshot.name);
        assert!(matches!(header(&path).unwrap(), Header::Encrypted(_)));
    }
    // A restore of an encrypted snapshot into the encrypted store.
    let manual = snapshots.last().unwrap().name.clone();
    store.restore_snapshot(&manual).unwrap();
    assert_eq!(records(&mut store), before);

    store.decrypt().unwrap();
    assert!(!store.is_encrypted());
    drop(store);
    let mut store = Store::open_dir(dir.path()).unwrap();
    assert_eq!(records(&mut store), before);
    for snapshot in store.snapshots().unwrap() {
        assert!(snapshot.problem.is_none(), "{snapshot:?}");
    }
}

#[test]
fn encrypting_twice_or_decrypting_a_plain_store_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(dir.path());
    assert_eq!(store.decrypt().unwrap_err().code(), "not_encrypted");
    store.encrypt(&passphrase("a passphrase")).unwrap();
    assert_eq!(
        store
            .encrypt(&passphrase("another one"))
            .unwrap_err()
            .code(),
        "already_encrypted"
    );
}

#[test]
fn re_keying_is_refused_while_another_program_has_the_file_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(dir.path());
    let mut other = Store::open_dir(dir.path()).unwrap();
    other.summary().unwrap();
    let err = store.encrypt(&passphrase("a passphrase")).unwrap_err();
    assert_eq!(err.code(), "store_in_use", "{err}");
    // Both still work on the plain file.
    other.summary().unwrap();
    drop(other);
    store.encrypt(&passphrase("a passphrase")).unwrap();
}

#[test]
fn moving_an_encrypted_store_copies_it_encrypted_and_checks_the_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(dir.path());
    store.encrypt(&passphrase("moving passphrase")).unwrap();
    let target = tempfile::tempdir().unwrap();
    let moved = target.path().join("moved");
    crate::data_folder::copy_and_verify(&mut store, &moved).unwrap();
    let copy = moved.join(crate::store::DATA_FILE_NAME);
    assert!(matches!(header(&copy).unwrap(), Header::Encrypted(_)));
    assert_eq!(
        Store::open_dir(&moved).err().unwrap().code(),
        "store_encrypted"
    );
    let mut opened = Store::open_dir_with(&moved, Some(&passphrase("moving passphrase"))).unwrap();
    assert_eq!(records(&mut opened), records(&mut store));
}
