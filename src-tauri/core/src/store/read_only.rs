//! A data folder the app may not write to — a USB stick with its lock switched on, a folder
//! on a read-only share, a file without write permission — is opened read-only: everything can
//! be read and exported, and every save is refused with [`Error::ReadOnly`] before SQLite is
//! even asked.

use std::fs::OpenOptions;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::{Error, Result};

/// True when the app may write both the data folder (SQLite needs its `-wal` and `-shm` files
/// next to the data file) and the data file itself. Asked of the file system by trying, since
/// permissions alone do not tell (a read-only mount, an administrator's account).
pub(super) fn may_write(dir: &Path, data_file: &Path) -> bool {
    let probe = dir.join(format!(".upr-kit-write-probe-{}", std::process::id()));
    let folder = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
        .map(|_| std::fs::remove_file(&probe))
        .is_ok();
    // Opening for writing neither truncates nor changes the file.
    let file = !data_file.exists() || OpenOptions::new().write(true).open(data_file).is_ok();
    folder && file
}

/// Opens the data file for reading only. SQLite reads a WAL file without its `-shm` only when
/// told the file cannot change (`immutable`); that is true here when no `-wal` file is left,
/// since nobody can write the folder. A `-wal` left behind (the app was killed before the
/// folder was locked) is read through, so that its saves are not hidden.
pub(super) fn open(data_file: &Path) -> Result<Connection> {
    if !data_file.exists() {
        return Err(Error::ReadOnly {
            path: data_file.display().to_string(),
        });
    }
    let mut wal = data_file.as_os_str().to_owned();
    wal.push("-wal");
    let immutable = !Path::new(&wal).exists();
    let uri = format!(
        "file:{}?mode=ro{}",
        uri_path(data_file),
        if immutable { "&immutable=1" } else { "" }
    );
    Ok(Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?)
}

/// Opens an existing data file the app may write for a command that only reads it, or `None`
/// when the file is missing or may not be written (the caller then opens it the full way).
/// The connection is read-write at the file level, so that SQLite keeps its `-wal` and `-shm`
/// files as a writer does (made when needed, removed when the last connection closes) and can
/// recover a log a crash left; [`configure_for_reading`] makes SQLite refuse any statement
/// that would change the file.
pub(super) fn open_for_reading(data_file: &Path) -> Result<Option<Connection>> {
    // Opening for writing neither truncates nor changes the file.
    if OpenOptions::new().write(true).open(data_file).is_err() {
        return Ok(None);
    }
    Ok(Some(Connection::open_with_flags(
        data_file,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?))
}

/// The settings of a connection from [`open_for_reading`], once it is unlocked.
pub(super) fn configure_for_reading(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "query_only", true)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

/// A path as the path part of an SQLite URI: forward slashes, a drive letter after a slash,
/// and every byte that could end the path (`?`, `#`, `%`) or is not plain ASCII escaped.
fn uri_path(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::new();
    if !text.starts_with('/') {
        out.push('/');
    }
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' | b':' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_with_uri_characters_is_escaped() {
        assert_eq!(
            uri_path(Path::new("/media/stick/ONG #2?/données")),
            "/media/stick/ONG%20%232%3F/donn%C3%A9es"
        );
        assert_eq!(uri_path(Path::new("C:\\Data")), "/C:/Data");
    }
}
