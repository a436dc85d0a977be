//! Every file the app produces (PDF, JSON backup, Word, iCalendar, …) is written here, and only
//! here, so two promises hold for all of them:
//!
//! - **Whole or absent.** The bytes go to a temporary file beside the target (same folder, so
//!   the rename cannot cross disks), are synced to the disk, then renamed over the target, and
//!   the folder is synced so the rename itself survives a power cut. A failure at any step
//!   removes the temporary file: the target is either the old file or the new one, never half.
//! - **Never into the data folder.** A target that is the data file, its `-wal`/`-shm`/
//!   `-journal`, or anything else inside the data folder is refused before anything is
//!   written: writing a backup over the live store destroyed it. Symlinks and `..` are
//!   resolved first, on the parent folder when the file does not exist yet.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// Writes `bytes` to `target`, whole or not at all. `data_dir` is the data folder to keep out of
/// (`None` for a store that lives in memory).
pub fn write(target: &Path, bytes: &[u8], data_dir: Option<&Path>) -> Result<()> {
    let real = resolve(target, data_dir)?;
    let folder = real
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let err = |source| Error::WriteFile {
        path: target.to_path_buf(),
        source,
    };
    // A hidden, uniquely named file beside the target, readable as a file written the ordinary
    // way would be (the user's umask applies), not only by its owner.
    let prefix = format!(
        ".{}.",
        real.file_name().unwrap_or_default().to_string_lossy()
    );
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(&folder).map_err(err)?;
    // Dropping `temp` on any early return below removes it from the disk.
    temp.write_all(bytes).map_err(err)?;
    temp.as_file().sync_all().map_err(err)?;
    temp.persist(&real).map_err(|e| {
        // A refused rename leaves the target as it was: if it is there now, it was before.
        if replacing_refused(&e.error) && real.exists() {
            Error::OutputInUse {
                path: target.to_path_buf(),
            }
        } else {
            err(e.error)
        }
    })?;
    sync_folder(&folder).map_err(err)
}

/// Whether renaming over an existing file failed because that file may not be replaced: on
/// Windows, a program holding it open without letting others delete it (as PDF readers and
/// Word do) makes the rename fail with "Access denied" or a sharing violation; a read-only
/// file does the same there, and a sticky folder on Unix.
fn replacing_refused(e: &std::io::Error) -> bool {
    /// Windows' ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION, which the standard library
    /// does not give a kind of their own.
    const SHARING_VIOLATIONS: [i32; 2] = [32, 33];
    e.kind() == std::io::ErrorKind::PermissionDenied
        || (cfg!(windows)
            && e.raw_os_error()
                .is_some_and(|c| SHARING_VIOLATIONS.contains(&c)))
}

/// Refuses a target inside the data folder, or one that cannot be a file; returns where the
/// bytes really go (symlinks and `..` resolved).
pub fn resolve(target: &Path, data_dir: Option<&Path>) -> Result<PathBuf> {
    let err = |source| Error::WriteFile {
        path: target.to_path_buf(),
        source,
    };
    if std::fs::metadata(target).is_ok_and(|m| m.is_dir()) {
        return Err(Error::OutputIsFolder {
            path: target.to_path_buf(),
        });
    }
    let real = match std::fs::symlink_metadata(target) {
        // An existing file (or a link to one): its real place, links followed.
        Ok(_) => std::fs::canonicalize(target).map_err(err)?,
        Err(_) => {
            let Some(name) = target.file_name() else {
                return Err(Error::OutputIsFolder {
                    path: target.to_path_buf(),
                });
            };
            let parent = match target.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            std::fs::canonicalize(parent).map_err(err)?.join(name)
        }
    };
    if let Some(dir) = data_dir {
        let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if real.starts_with(&dir) {
            return Err(Error::OutputInDataFolder {
                path: target.to_path_buf(),
                data_dir: dir,
            });
        }
    }
    Ok(real)
}

/// Syncs to the disk a file another writer has just written (SQLite's `VACUUM INTO`, its
/// export): the handle is opened for writing because Windows flushes a file only through one
/// (`FlushFileBuffers` needs write access: a read-only handle is refused with "Access denied"),
/// as Unix does not mind.
pub(crate) fn sync_written_file(path: &Path) -> std::io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)?
        .sync_all()
}

/// Makes the rename itself durable. Only Unix can open a folder to sync it; elsewhere the
/// file system journals renames on its own.
pub(crate) fn sync_folder(folder: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(folder)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_file_is_written_whole_and_replaces_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("backup.json");
        std::fs::write(&target, "old").unwrap();
        write(&target, b"new", None).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(leftovers(dir.path()), ["backup.json"]);
    }

    #[test]
    fn a_folder_as_target_is_refused_and_nothing_is_left_behind() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("Backups");
        std::fs::create_dir(&folder).unwrap();
        let e = write(&folder, b"x", None).unwrap_err();
        assert_eq!(e.code(), "output_is_folder");
        assert!(e.to_string().contains("is a folder"), "{e}");
        assert_eq!(leftovers(dir.path()), ["Backups"]);
        assert!(leftovers(&folder).is_empty());
    }

    #[test]
    fn a_file_another_program_keeps_from_being_replaced_is_named_as_such() {
        use std::io::{Error as IoError, ErrorKind};
        // What Windows answers when a PDF reader holds the file: "Access denied", or a
        // sharing violation, which only counts there.
        assert!(replacing_refused(&IoError::from(
            ErrorKind::PermissionDenied
        )));
        assert_eq!(
            replacing_refused(&IoError::from_raw_os_error(32)),
            cfg!(windows)
        );
        assert!(!replacing_refused(&IoError::from(ErrorKind::NotFound)));
        assert!(!replacing_refused(&IoError::other("disk full")));
        let e = Error::OutputInUse {
            path: "Brief for Norway.pdf".into(),
        };
        assert_eq!(e.code(), "output_in_use");
        assert!(e.to_string().contains("Close it there"), "{e}");
    }

    #[test]
    fn a_written_file_is_synced_through_a_handle_that_may_write() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("snapshot.sqlite3");
        std::fs::write(&file, "copy").unwrap();
        sync_written_file(&file).unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "copy");
        assert!(sync_written_file(&dir.path().join("missing")).is_err());
    }

    #[test]
    fn a_missing_folder_is_a_write_error_and_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let e = write(&dir.path().join("nowhere/out.pdf"), b"x", None).unwrap_err();
        assert_eq!(e.code(), "write_file");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn the_data_file_and_everything_in_its_folder_are_refused() {
        let root = tempfile::tempdir().unwrap();
        let data = root.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::fs::create_dir(data.join("sub")).unwrap();
        std::fs::write(data.join("upr-kit.sqlite3"), "live").unwrap();
        let other = root.path().join("other");
        std::fs::create_dir(&other).unwrap();
        for target in [
            data.join("upr-kit.sqlite3"),
            data.join("upr-kit.sqlite3-wal"),
            data.join("upr-kit.sqlite3-shm"),
            data.join("upr-kit.sqlite3-journal"),
            data.join("sub/brief.pdf"),
            other.join("../data/upr-kit.sqlite3"),
        ] {
            let e = write(&target, b"x", Some(&data)).unwrap_err();
            assert_eq!(e.code(), "output_in_data_folder", "{}", target.display());
        }
        assert_eq!(
            std::fs::read_to_string(data.join("upr-kit.sqlite3")).unwrap(),
            "live"
        );
        assert_eq!(leftovers(&data), ["sub", "upr-kit.sqlite3"]);
        // Beside the data folder is fine.
        write(&other.join("brief.pdf"), b"x", Some(&data)).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_link_into_the_data_folder_is_refused() {
        let root = tempfile::tempdir().unwrap();
        let data = root.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::fs::write(data.join("upr-kit.sqlite3"), "live").unwrap();
        // A link to the data file, and a link to the data folder used as a parent.
        std::os::unix::fs::symlink(data.join("upr-kit.sqlite3"), root.path().join("b.json"))
            .unwrap();
        std::os::unix::fs::symlink(&data, root.path().join("docs")).unwrap();
        for target in [root.path().join("b.json"), root.path().join("docs/new.pdf")] {
            let e = write(&target, b"x", Some(&data)).unwrap_err();
            assert_eq!(e.code(), "output_in_data_folder", "{}", target.display());
        }
        assert_eq!(
            std::fs::read_to_string(data.join("upr-kit.sqlite3")).unwrap(),
            "live"
        );
    }
}
