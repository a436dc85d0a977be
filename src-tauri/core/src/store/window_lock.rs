//! One window per data folder. Two windows on one folder would each show what it read at
//! start and save over each other; the record versions (`record_version.rs`) refuse the stale
//! save, but the user of the second window would see refusal after refusal. So the window
//! holds an exclusive lock on a small file in the data folder for as long as it is open, and
//! a second window on the same folder is refused with [`Error::FolderInUse`]. (The shell also
//! brings the first window to the front; see `src-tauri/app/mod.rs`.)
//!
//! The command line takes no lock: it may run beside the window, and the version rule keeps
//! either from overwriting the other. The lock is the operating system's own (released when
//! the process ends, even by a crash), never a file whose mere presence means "locked", which
//! a crash would leave behind.

use std::fs::{File, OpenOptions};
use std::path::Path;

use fs4::{FileExt, TryLockError};
use sha2::{Digest, Sha256};

use crate::{Error, Result};

/// The file the window locks, beside the data file.
pub const WINDOW_LOCK_FILE_NAME: &str = "upr-kit.window-lock";

/// Held while a window is open on a data folder; dropping it releases the folder.
#[derive(Debug)]
pub struct WindowLock {
    /// `None` when the folder cannot hold a lock file (a read-only folder, which no window
    /// can write to anyway).
    _file: Option<File>,
}

impl WindowLock {
    /// Takes the data folder `dir` for this window, or says that another window has it.
    pub fn acquire(dir: &Path) -> Result<WindowLock> {
        // The first start on a new folder: the lock is taken before the store creates it.
        // A folder that cannot be made is reported by opening the store.
        let _ = std::fs::create_dir_all(dir);
        let path = dir.join(WINDOW_LOCK_FILE_NAME);
        let file = match OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
        {
            Ok(file) => file,
            // Opening the store reports a folder that cannot be used, in its own words.
            Err(_) => return Ok(WindowLock { _file: None }),
        };
        match FileExt::try_lock(&file) {
            Ok(()) => Ok(WindowLock { _file: Some(file) }),
            Err(TryLockError::WouldBlock) => Err(Error::FolderInUse {
                path: dir.to_path_buf(),
            }),
            // A file system without locks (some network shares): nothing to hold.
            Err(TryLockError::Error(_)) => Ok(WindowLock { _file: None }),
        }
    }
}

/// A short name of the data folder that stays the same for the same folder however it is
/// written (relative, through a link), for naming the one window of that folder.
pub fn folder_key(dir: &Path) -> String {
    let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let digest = Sha256::digest(canonical.to_string_lossy().as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_window_on_the_same_folder_is_refused_until_the_first_closes() {
        let dir = tempfile::tempdir().unwrap();
        let first = WindowLock::acquire(dir.path()).unwrap();
        let err = WindowLock::acquire(dir.path()).unwrap_err();
        assert_eq!(err.code(), "folder_in_use");
        assert!(
            err.to_string().contains("another UPR Advocacy Kit window"),
            "{err}"
        );
        drop(first);
        WindowLock::acquire(dir.path()).expect("free again once the first window closed");
    }

    #[test]
    fn windows_on_different_folders_do_not_hinder_each_other() {
        let one = tempfile::tempdir().unwrap();
        let other = tempfile::tempdir().unwrap();
        let _a = WindowLock::acquire(one.path()).unwrap();
        let _b = WindowLock::acquire(other.path()).unwrap();
        assert_ne!(folder_key(one.path()), folder_key(other.path()));
        assert_eq!(
            folder_key(one.path()),
            folder_key(&one.path().join("..").join(one.path().file_name().unwrap()))
        );
    }

    #[test]
    fn the_command_line_may_open_the_store_beside_the_window() {
        let dir = tempfile::tempdir().unwrap();
        let _window = WindowLock::acquire(dir.path()).unwrap();
        let mut cli = crate::store::Store::open_dir(dir.path()).unwrap();
        assert!(cli.is_empty().unwrap());
    }
}
