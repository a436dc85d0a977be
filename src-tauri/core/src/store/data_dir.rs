//! Where the data file lives when the user does not say: the folder the user moved the data
//! to ("Move my data to…", remembered in a small file of the per-user config folder), else
//! the per-user data folder. `--data-dir` and `UPR_KIT_DATA_DIR` win over both; the shell
//! resolves those. And where it is, as the window shows it.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::{Error, Result};

/// The one file that holds an organisation's data.
pub const DATA_FILE_NAME: &str = "upr-kit.sqlite3";

/// The file, in the per-user config folder, that names the folder the data was moved to.
const REMEMBERED_FILE_NAME: &str = "data-folder.txt";

fn project_dirs() -> Result<directories::ProjectDirs> {
    directories::ProjectDirs::from("org", "UPR Advocacy Kit", "upr-kit").ok_or(Error::NoDataDir)
}

/// The data folder to use when none is given: the one the data was moved to, else the
/// per-user data folder of this system (for example `~/.local/share/upr-kit` on Linux,
/// `%APPDATA%\UPR Advocacy Kit\upr-kit\data` on Windows).
pub fn default_data_dir() -> Result<PathBuf> {
    let dirs = project_dirs()?;
    match remembered_in(&dirs.config_dir().join(REMEMBERED_FILE_NAME))? {
        Some(dir) => Ok(dir),
        None => Ok(dirs.data_dir().to_path_buf()),
    }
}

/// Remembers `dir` as the data folder of the next starts (written whole or not at all).
pub fn remember_data_dir(dir: &Path) -> Result<()> {
    remember_in(
        &project_dirs()?.config_dir().join(REMEMBERED_FILE_NAME),
        dir,
    )
}

/// The folder `file` remembers. A remembered folder whose data file is gone (a USB stick
/// not plugged in) is an error that names it, never a silent fall back to an older copy
/// or to a new, empty store.
fn remembered_in(file: &Path) -> Result<Option<PathBuf>> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(Error::ReadFile {
                path: file.to_path_buf(),
                source,
            })
        }
    };
    let line = text.lines().next().unwrap_or_default().trim();
    if line.is_empty() {
        return Ok(None);
    }
    let dir = PathBuf::from(line);
    if !dir.join(DATA_FILE_NAME).is_file() {
        return Err(Error::DataDir {
            path: dir,
            source: std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "the data was moved here and its data file is not there (is the USB stick plugged in?)",
            ),
        });
    }
    Ok(Some(dir))
}

fn remember_in(file: &Path, dir: &Path) -> Result<()> {
    let text = dir.to_str().ok_or_else(|| Error::WriteFile {
        path: file.to_path_buf(),
        source: std::io::Error::other("the folder's name is not valid Unicode"),
    })?;
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder).map_err(|source| Error::WriteFile {
            path: folder.to_path_buf(),
            source,
        })?;
    }
    crate::output_file::write(file, format!("{text}\n").as_bytes(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remembered_folder_is_read_back_and_none_means_the_default() {
        let config = tempfile::tempdir().unwrap();
        let file = config.path().join("upr-kit").join(REMEMBERED_FILE_NAME);
        assert_eq!(remembered_in(&file).unwrap(), None);

        let usb = tempfile::tempdir().unwrap();
        std::fs::write(usb.path().join(DATA_FILE_NAME), b"").unwrap();
        remember_in(&file, usb.path()).unwrap();
        assert_eq!(
            remembered_in(&file).unwrap(),
            Some(usb.path().to_path_buf())
        );
    }

    #[test]
    fn a_remembered_folder_without_its_data_file_is_an_error_not_an_empty_store() {
        let config = tempfile::tempdir().unwrap();
        let file = config.path().join(REMEMBERED_FILE_NAME);
        let gone = config.path().join("unplugged-stick");
        remember_in(&file, &gone).unwrap();
        let e = remembered_in(&file).unwrap_err();
        assert_eq!(e.code(), "data_dir");
        assert!(e.to_string().contains("unplugged-stick"), "{e}");
    }
}

/// Where a window's data is, and whether it may be written: the Settings screen names the
/// folder and the file, and a read-only folder gets a banner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct DataLocation {
    pub data_dir: PathBuf,
    pub data_file: PathBuf,
    /// The folder may not be written: everything can be read, nothing saved.
    pub read_only: bool,
}

impl DataLocation {
    /// The data folder `data_dir` and the one file in it.
    pub fn of(data_dir: &Path, read_only: bool) -> DataLocation {
        DataLocation {
            data_dir: data_dir.to_path_buf(),
            data_file: data_dir.join(DATA_FILE_NAME),
            read_only,
        }
    }
}
