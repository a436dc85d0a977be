//! Where the data file lives: by default when the user does not say, and as the window
//! shows it.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::{Error, Result};

/// The one file that holds an organisation's data.
pub const DATA_FILE_NAME: &str = "upr-kit.sqlite3";

/// The per-user data folder of this system (for example `~/.local/share/upr-kit` on Linux,
/// `%APPDATA%\UPR Advocacy Kit\upr-kit\data` on Windows). `--data-dir` and `UPR_KIT_DATA_DIR`
/// override it; the shell resolves those.
pub fn default_data_dir() -> Result<PathBuf> {
    directories::ProjectDirs::from("org", "UPR Advocacy Kit", "upr-kit")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(Error::NoDataDir)
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
