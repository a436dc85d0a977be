//! "Move my data to…": the data file is copied into another folder (a USB stick, say)
//! through the store's consistent copy, the copy is opened and must hold the same records,
//! and only then is the folder remembered for the next starts. The old data file stays where
//! it was: nothing is deleted, and the user removes it once they have checked the new place.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use crate::exchange::{self, FileContents};
use crate::store::Store;
use crate::{Error, Result};

/// Where the data now is, and what the verified copy holds (for the message the user sees).
#[derive(Debug, Clone, Serialize, TS)]
pub struct MovedData {
    pub data_dir: PathBuf,
    pub data_file: PathBuf,
    pub contents: FileContents,
}

/// Copies the data into `dir`, checks the copy, and remembers `dir` for the next starts.
pub fn move_to(store: &mut Store, dir: &Path) -> Result<MovedData> {
    copy_and_verify(store, dir)?;
    crate::store::remember_data_dir(dir)?;
    copied(store, dir)
}

/// The copy and its check, without remembering (what `move_to` does first; tests use it
/// alone so that they never touch the user's config folder).
pub fn copy_and_verify(store: &mut Store, dir: &Path) -> Result<()> {
    let before = exchange::export(store)?;
    let data_file = store.copy_data_file_to(dir)?;
    let checked = (|| {
        let mut copy = store.open_copy(dir)?;
        let mut after = exchange::export(&mut copy)?;
        after.exported_at = before.exported_at;
        Ok::<bool, Error>(after == before)
    })();
    match checked {
        Ok(true) => Ok(()),
        outcome => {
            // The copy is ours (the folder held no data file before): a copy that does not
            // open or differs is removed, with its WAL files, so nobody mistakes it for data.
            for suffix in ["", "-wal", "-shm"] {
                let mut name = data_file.clone().into_os_string();
                name.push(suffix);
                let _ = std::fs::remove_file(PathBuf::from(name));
            }
            outcome?;
            Err(Error::DataDir {
                path: dir.to_path_buf(),
                source: std::io::Error::other(
                    "the copy written there does not hold the same records; nothing was moved",
                ),
            })
        }
    }
}

fn copied(store: &mut Store, dir: &Path) -> Result<MovedData> {
    Ok(MovedData {
        data_dir: dir.to_path_buf(),
        data_file: dir.join(crate::store::DATA_FILE_NAME),
        contents: exchange::backup_contents(store)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    fn demo_store(dir: &Path) -> Store {
        let mut store = Store::open_dir(dir).unwrap();
        demo::load(&mut store).unwrap();
        store
    }

    #[test]
    fn the_copy_opens_and_holds_the_same_records() {
        let home = tempfile::tempdir().unwrap();
        let usb = tempfile::tempdir().unwrap();
        let mut store = demo_store(home.path());
        let target = usb.path().join("UPR data");
        copy_and_verify(&mut store, &target).unwrap();

        let mut copy = Store::open_dir(&target).unwrap();
        let mut a = exchange::export(&mut store).unwrap();
        let b = exchange::export(&mut copy).unwrap();
        a.exported_at = b.exported_at;
        assert_eq!(a, b);
        // The old data stays where it was.
        assert!(home.path().join(crate::store::DATA_FILE_NAME).is_file());
    }

    #[test]
    fn a_folder_that_holds_a_data_file_is_refused_and_kept() {
        let home = tempfile::tempdir().unwrap();
        let usb = tempfile::tempdir().unwrap();
        let mut store = demo_store(home.path());
        let theirs = usb.path().join(crate::store::DATA_FILE_NAME);
        std::fs::write(&theirs, b"someone else's data").unwrap();
        let e = copy_and_verify(&mut store, usb.path()).unwrap_err();
        assert_eq!(e.code(), "data_folder_taken");
        assert_eq!(std::fs::read(&theirs).unwrap(), b"someone else's data");
    }

    #[test]
    fn the_data_folder_itself_or_a_folder_inside_it_is_refused() {
        let home = tempfile::tempdir().unwrap();
        let mut store = demo_store(home.path());
        let e = copy_and_verify(&mut store, home.path()).unwrap_err();
        assert_eq!(e.code(), "data_folder_taken");
        let e = copy_and_verify(&mut store, &home.path().join("inside")).unwrap_err();
        assert_eq!(e.code(), "output_in_data_folder");
    }
}
