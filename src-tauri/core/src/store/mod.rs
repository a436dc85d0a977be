//! The local store: one SQLite file in the user's data folder holds everything.
//!
//! Each file of this module owns the queries of one part of the model (`organisation.rs`,
//! `priority_issue.rs`, …). A public method of [`Store`] is one user action and runs in one
//! transaction: it either happens whole or not at all. Saving stamps `updated_at` (and
//! `created_at` for a new record); the import path writes records exactly as given, so that an
//! export read back is the same data.
//!
//! Safety of the file itself: every commit is synced to the disk before it is acknowledged
//! (`synchronous = FULL`), the write-ahead log is folded back into the one file when the store
//! closes or the window is idle (`checkpoint.rs`), a folder the app may not write is opened
//! read-only (`read_only.rs`), and anything that replaces data first takes a snapshot
//! (`snapshots.rs`). An encrypted store (`encryption.rs`) opens only with its passphrase.

mod campaign;
mod checkpoint;
mod coalition;
mod coalition_passphrase;
mod columns;
mod custom_milestone;
mod custom_name;
mod data_dir;
mod deletion;
mod edited_text;
mod encryption;
mod list_of_speakers;
mod meeting;
pub mod migrations;
mod organisation;
mod press_details;
mod priority_issue;
mod read_only;
mod received_recommendation;
mod record_version;
mod session;
mod settings;
pub mod snapshots;
mod stamping;
mod submission;
mod summary;
mod target_state;
mod window_lock;
mod workspace;

pub use checkpoint::IDLE_BEFORE_CHECKPOINT;
pub use data_dir::{default_data_dir, remember_data_dir, DataLocation, DATA_FILE_NAME};
pub use deletion::{Ask, Deleted};
pub use encryption::{StoreKey, KDF_LOG_N};
pub use record_version::UNSAVED;
pub use session::StoreSession;
pub use snapshots::{RestoreReport, Snapshot, SnapshotContents, SnapshotReason};
pub use summary::{IssueSummary, LogoSummary, Summary};
pub use window_lock::{folder_key, WindowLock, WINDOW_LOCK_FILE_NAME};
pub use workspace::Workspace;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, Transaction};

use crate::passphrase::Passphrase;
use crate::{Error, Result};

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// Opened on a folder or file the app may not write: every write is refused.
    read_only: bool,
    /// The day the daily snapshot was last looked for, so that it is looked for once a day.
    daily_snapshot_checked: Option<chrono::NaiveDate>,
    /// The key of an encrypted data file; `None` for a plain one. Wiped when dropped.
    key: Option<StoreKey>,
}

impl Store {
    /// Opens (creating it if needed) the plain data file in `dir`, and brings its schema up to
    /// date. An encrypted one is [`Error::StoreEncrypted`]: see [`Store::open_dir_with`].
    pub fn open_dir(dir: &Path) -> Result<Store> {
        Self::open_dir_with(dir, None)
    }

    /// Opens the data file in `dir` as [`Store::open_dir`] does, with the passphrase of an
    /// encrypted one (ignored for a plain file). A wrong passphrase is
    /// [`Error::WrongPassphrase`], and the file is left untouched.
    pub fn open_dir_with(dir: &Path, passphrase: Option<&Passphrase>) -> Result<Store> {
        Self::open_dir_keyed(dir, passphrase, None)
    }

    /// Opens the data file in `dir` for a command that only reads it (a document, a search):
    /// nothing is written to the folder or the file, no checkpoint and no sync, and the schema
    /// is only looked at. Every save is refused, as in a read-only folder. A data file that is
    /// missing, at an older schema (it is upgraded first) or in a folder the app may not write
    /// is opened as [`Store::open_dir_with`] opens it.
    pub fn open_dir_for_reading(dir: &Path, passphrase: Option<&Passphrase>) -> Result<Store> {
        let path = dir.join(DATA_FILE_NAME);
        let Some(conn) = read_only::open_for_reading(&path)? else {
            return Self::open_dir_with(dir, passphrase);
        };
        let key = encryption::unlock(&conn, &path, passphrase, None)?;
        read_only::configure_for_reading(&conn)?;
        let current = conn
            .query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
            .is_ok_and(|found| found == migrations::latest_version());
        if !current {
            // An upgrade, a newer file or a folder SQLite cannot use as it stands: the full
            // opening says or does what is needed, with the key already derived.
            drop(conn);
            return match key {
                Some(key) => Self::open_dir_keyed(dir, None, Some(key)),
                None => Self::open_dir_with(dir, passphrase),
            };
        }
        Ok(Store {
            conn,
            path: Some(path),
            read_only: true,
            daily_snapshot_checked: None,
            key,
        })
    }

    /// Opens a copy of this store in `dir` (written by [`Store::copy_data_file_to`]) with this
    /// store's key, without deriving it again.
    pub fn open_copy(&self, dir: &Path) -> Result<Store> {
        let key = self.key.as_ref().map(StoreKey::duplicate);
        Self::open_dir_keyed(dir, None, key)
    }

    fn open_dir_keyed(
        dir: &Path,
        passphrase: Option<&Passphrase>,
        key: Option<StoreKey>,
    ) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|source| Error::DataDir {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = dir.join(DATA_FILE_NAME);
        if !read_only::may_write(dir, &path) {
            let conn = read_only::open(&path)?;
            let key = encryption::unlock(&conn, &path, passphrase, key)?;
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            return Self::prepare(conn, Some(path), true, key);
        }
        // A re-keying a crash interrupted left its unfinished copy: the data file itself is
        // whole (the old one), so the copy goes.
        encryption::remove_partial(dir);
        let conn = encryption::open_connection(&path)?;
        let key = encryption::unlock(&conn, &path, passphrase, key)?;
        encryption::configure(&conn)?;
        Self::prepare(conn, Some(path), false, key)
    }

    /// A store that lives in memory only, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Self::prepare(Connection::open_in_memory()?, None, false, None)
    }

    fn prepare(
        mut conn: Connection,
        path: Option<PathBuf>,
        read_only: bool,
        key: Option<StoreKey>,
    ) -> Result<Store> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let label = path
            .as_ref()
            .map_or_else(|| "(memory)".to_string(), |p| p.display().to_string());
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if found < migrations::latest_version() {
            if read_only {
                return Err(Error::ReadOnlyNeedsUpgrade { path: label });
            }
            // An existing file (version 0 is a new, empty one) is copied before its schema
            // changes: a migration that goes wrong can then be undone.
            if let (Some(path), true) = (&path, found > 0) {
                snapshots::before_migration(&conn, path, key.as_ref())?;
            }
        }
        migrations::apply(&mut conn, &label)?;
        Ok(Store {
            conn,
            path,
            read_only,
            daily_snapshot_checked: None,
            key,
        })
    }

    /// The data file, or `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The folder holding the data file, or `None` for an in-memory store. No file the app
    /// produces may be written into it (see `output_file`).
    pub fn data_dir(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }

    /// Refuses `target` as an output (inside the data folder, or a folder) before a file is
    /// made for it, so the user hears of it at once.
    pub fn check_output(&self, target: &Path) -> Result<()> {
        crate::output_file::resolve(target, self.data_dir()).map(|_| ())
    }

    /// Writes a file the app produced to `target`, whole or not at all, never into the data
    /// folder.
    pub fn write_output(&self, target: &Path, bytes: &[u8]) -> Result<()> {
        crate::output_file::write(target, bytes, self.data_dir())
    }

    /// True when the data folder or file may not be written: reading works, saving is
    /// refused.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    pub(crate) fn refuse_if_read_only(&self) -> Result<()> {
        match (&self.path, self.read_only) {
            (Some(path), true) => Err(Error::ReadOnly {
                path: path.display().to_string(),
            }),
            _ => Ok(()),
        }
    }

    /// Runs `f` as one transaction: committed if it returns `Ok`, rolled back otherwise. The
    /// first write of a day takes the day's snapshot first.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        self.refuse_if_read_only()?;
        // The user's save matters more than the day's copy: a snapshot that cannot be written
        // (a nearly full disk) does not stop the save, which reports its own failure if the
        // disk cannot take it either. Snapshots before a replace or restore do stop them.
        let _ = self.take_daily_snapshot();
        let tx = self.conn.transaction()?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Reads inside one transaction, so that what is read is one consistent state even while
    /// another process writes.
    pub(crate) fn read<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        f(&tx)
    }

    /// The raw connection, for modules of the core that own their own tables.
    pub fn connection(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// True when the store holds no organisation and no campaign.
    pub fn is_empty(&mut self) -> Result<bool> {
        self.read(is_empty)
    }
}

pub(crate) fn is_empty(tx: &Transaction) -> Result<bool> {
    let n: i64 = tx.query_row(
        "SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM campaign)",
        [],
        |r| r.get(0),
    )?;
    Ok(n == 0)
}

#[cfg(test)]
mod tests;

// The exchange module reads and writes every table exactly as given; these are its doors.
pub(crate) use campaign::{list as campaign_list, put as campaign_put};
pub(crate) use custom_milestone::{
    done_list as milestone_done_list, list as custom_milestone_list, put as custom_milestone_put,
    set_done as milestone_done_set,
};
pub(crate) use custom_name::{list as custom_name_list, put as custom_name_put};
pub(crate) use edited_text::{list as edited_text_list, put as edited_text_put};
pub(crate) use list_of_speakers::{list as list_of_speakers_get, put as list_of_speakers_put};
pub(crate) use meeting::{list as meeting_list, put as meeting_put};
pub(crate) use organisation::{
    get as organisation_get, put as organisation_put, save_in as organisation_save_in,
};
pub(crate) use press_details::{get as press_details_get, put as press_details_put};
pub(crate) use priority_issue::{list as priority_issue_list, put as priority_issue_put};
pub(crate) use received_recommendation::{
    list as received_recommendation_list, put as received_recommendation_put,
};
pub(crate) use settings::{mark_first_start, put as settings_put, settings_in};
pub(crate) use submission::{list as submission_list, put as submission_put};
pub(crate) use target_state::{list as target_state_list, put as target_state_put};

// The coalition module keeps each shared record's exchange history and conflicts here.
pub(crate) use coalition::{
    conflict_delete, conflict_get, conflict_list, conflict_put, partner_by_file_digest,
    partner_file_digest_put, partner_get, partner_ids, partner_put, record_delete,
    shared_row_delete, shared_row_put, shared_rows, tombstone_ack_put, tombstone_acks,
    tombstones_before, ConflictRow, PartnerRow, SharedRow,
};
