//! Where the data file lives when the user does not say.

use std::path::PathBuf;

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
