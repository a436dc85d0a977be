//! Snapshots: whole copies of the data file, kept in `snapshots/` inside the data folder.
//!
//! One is taken before anything that replaces data (an import with replace, a restore, the
//! migration of an existing file) and one a day when the app is used, so that a mistake can
//! be undone from the CLI or the Settings screen. The newest [`Settings::snapshots_kept`] are
//! kept. A snapshot is whole or absent: SQLite writes it (`VACUUM INTO`, a consistent copy even
//! while another process writes) under a temporary name in the same folder, it is synced, and
//! only then renamed to its real name. Its name says when and why it was taken; what it holds
//! is read from the copy itself.
//!
//! [`Settings::snapshots_kept`]: crate::settings::Settings::snapshots_kept

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDateTime, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::encryption::{self, Header, StoreKey};
use super::{migrations, Store};
use crate::settings::Settings;
use crate::{Error, Result};

/// The folder inside the data folder that holds the snapshots.
pub const SNAPSHOTS_DIR: &str = "snapshots";
const EXTENSION: &str = ".sqlite3";
/// A snapshot being written; never listed, removed by the next snapshot if a crash left it.
pub(super) const PARTIAL_PREFIX: &str = ".partial-";
/// The time part of a snapshot's name: sortable, and valid in file names on every system.
const TIME_FORMAT: &str = "%Y-%m-%dT%H-%M-%S%.3fZ";

/// Why a snapshot was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SnapshotReason {
    /// Asked for by the user (`upr-kit snapshot`).
    Manual,
    /// The first use of the app on a day.
    Daily,
    /// An import replaced what the store held.
    BeforeReplace,
    /// A snapshot was restored over what the store held.
    BeforeRestore,
    /// The data file was brought up to a newer schema.
    BeforeMigration,
    /// A partner's share file was merged into the data.
    BeforeMerge,
    /// Encryption was turned on or off, or the passphrase changed.
    BeforePassphraseChange,
    /// The organisation's logo was replaced or removed.
    BeforeLogoChange,
}

impl SnapshotReason {
    const ALL: [SnapshotReason; 8] = [
        SnapshotReason::Manual,
        SnapshotReason::Daily,
        SnapshotReason::BeforeReplace,
        SnapshotReason::BeforeRestore,
        SnapshotReason::BeforeMigration,
        SnapshotReason::BeforeMerge,
        SnapshotReason::BeforePassphraseChange,
        SnapshotReason::BeforeLogoChange,
    ];

    /// The reason as written in the snapshot's file name.
    fn slug(self) -> &'static str {
        match self {
            SnapshotReason::Manual => "manual",
            SnapshotReason::Daily => "daily",
            SnapshotReason::BeforeReplace => "before-replace",
            SnapshotReason::BeforeRestore => "before-restore",
            SnapshotReason::BeforeMigration => "before-upgrade",
            SnapshotReason::BeforeMerge => "before-merge",
            SnapshotReason::BeforePassphraseChange => "before-passphrase",
            SnapshotReason::BeforeLogoChange => "before-logo",
        }
    }

    /// The reason in words, for the CLI (the window has its own catalogues).
    pub fn describe(self) -> &'static str {
        match self {
            SnapshotReason::Manual => "taken by hand",
            SnapshotReason::Daily => "daily",
            SnapshotReason::BeforeReplace => "before an import replaced the data",
            SnapshotReason::BeforeRestore => "before a snapshot was restored",
            SnapshotReason::BeforeMigration => "before the data file was upgraded",
            SnapshotReason::BeforeMerge => "before a partner's share file was merged",
            SnapshotReason::BeforePassphraseChange => {
                "before encryption was turned on or off or the passphrase changed"
            }
            SnapshotReason::BeforeLogoChange => "before the logo was replaced or removed",
        }
    }
}

/// One snapshot as listed: its name (what `restore-snapshot` takes), when and why it was
/// taken, and what it holds — or why it cannot be read.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Snapshot {
    pub name: String,
    pub taken_at: DateTime<Utc>,
    pub reason: SnapshotReason,
    pub bytes: u64,
    /// `None` when the copy cannot be read; `problem` says why.
    pub holds: Option<SnapshotContents>,
    pub problem: Option<String>,
}

/// What a snapshot holds, read from the copy.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct SnapshotContents {
    pub organisation: Option<String>,
    /// The State under Review of each campaign.
    pub campaigns: Vec<String>,
    pub priority_issues: usize,
    pub target_states: usize,
    pub meetings: usize,
    pub past_recommendations: usize,
}

/// What a restore did: the snapshot now in the store, and the snapshot taken of what the store
/// held just before.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RestoreReport {
    pub restored: Snapshot,
    pub saved_first: Snapshot,
}

impl Store {
    /// The folder of this store's snapshots; `None` for an in-memory store.
    fn snapshots_dir(&self) -> Option<PathBuf> {
        self.path
            .as_deref()
            .and_then(Path::parent)
            .map(|dir| dir.join(SNAPSHOTS_DIR))
    }

    /// Takes a snapshot of the store now and keeps only the newest ones. `None` for an
    /// in-memory store, which has no folder to keep them in.
    pub fn take_snapshot(&mut self, reason: SnapshotReason) -> Result<Option<Snapshot>> {
        self.refuse_if_read_only()?;
        let Some(dir) = self.snapshots_dir() else {
            return Ok(None);
        };
        let snapshot = write_snapshot(&self.conn, &dir, reason, self.key.as_ref())?;
        prune(&dir, self.settings()?.snapshots_kept, None)?;
        Ok(Some(snapshot))
    }

    /// Takes the day's automatic snapshot unless one was taken today (local time) or the store
    /// is empty, read-only or in memory; returns it when one was taken.
    pub fn take_daily_snapshot(&mut self) -> Result<Option<Snapshot>> {
        let today = Local::now().date_naive();
        if self.daily_snapshot_checked == Some(today) || self.read_only {
            return Ok(None);
        }
        let Some(dir) = self.snapshots_dir() else {
            return Ok(None);
        };
        let taken_today = names(&dir)?.iter().any(|(_, taken_at, reason)| {
            *reason == SnapshotReason::Daily && taken_at.with_timezone(&Local).date_naive() == today
        });
        if taken_today {
            self.daily_snapshot_checked = Some(today);
            return Ok(None);
        }
        // An empty store has nothing to keep; it is looked at again at its next write.
        if self.is_empty()? {
            return Ok(None);
        }
        let taken = self.take_snapshot(SnapshotReason::Daily)?;
        self.daily_snapshot_checked = Some(today);
        Ok(taken)
    }

    /// The snapshots of this store, newest first.
    pub fn snapshots(&self) -> Result<Vec<Snapshot>> {
        match self.snapshots_dir() {
            Some(dir) => list(&dir, self.key.as_ref()),
            None => Ok(Vec::new()),
        }
    }

    /// Puts the snapshot `name` back as the store's content, after taking a snapshot of what
    /// the store holds now. A snapshot that cannot be read whole is refused before anything
    /// changes.
    pub fn restore_snapshot(&mut self, name: &str) -> Result<RestoreReport> {
        self.refuse_if_read_only()?;
        let dir = self.snapshots_dir().ok_or_else(|| not_found(name))?;
        let (name, taken_at, reason) = names(&dir)?
            .into_iter()
            .find(|(n, _, _)| n == name)
            .ok_or_else(|| not_found(name))?;
        let name = name.as_str();
        let key = self.key.as_ref();
        let source = open_whole(&dir.join(name), key)?;
        let restored = describe(&dir, name.to_string(), taken_at, reason, key);
        let saved_first = write_snapshot(&self.conn, &dir, SnapshotReason::BeforeRestore, key)?;
        copy_into(&source, &mut self.conn, name)?;
        drop(source);
        // A snapshot taken before an upgrade has the older schema; bring it up to date.
        migrations::apply(&mut self.conn, name)?;
        prune(
            &dir,
            self.settings()?.snapshots_kept,
            Some(&saved_first.name),
        )?;
        Ok(RestoreReport {
            restored,
            saved_first,
        })
    }
}

/// Takes a snapshot of a file about to be migrated, on its own connection, before the
/// migration: the settings are read as the old schema allows.
pub(crate) fn before_migration(
    conn: &Connection,
    data_file: &Path,
    key: Option<&StoreKey>,
) -> Result<()> {
    let Some(dir) = data_file.parent().map(|d| d.join(SNAPSHOTS_DIR)) else {
        return Ok(());
    };
    write_snapshot(conn, &dir, SnapshotReason::BeforeMigration, key)?;
    let kept = conn
        .query_row(
            "SELECT value FROM setting WHERE key = 'settings'",
            [],
            |r| r.get::<_, String>(0),
        )
        .optional()
        .ok()
        .flatten()
        .and_then(|v| serde_json::from_str::<Settings>(&v).ok())
        .unwrap_or_default()
        .snapshots_kept;
    prune(&dir, kept, None)
}

fn not_found(name: &str) -> Error {
    Error::NotFound {
        what: "snapshot",
        id: name.to_string(),
    }
}

/// Writes a snapshot of `conn`'s database into `dir`: a temporary name, synced, renamed, and
/// the folder synced so that the new name itself survives a power cut.
fn write_snapshot(
    conn: &Connection,
    dir: &Path,
    reason: SnapshotReason,
    key: Option<&StoreKey>,
) -> Result<Snapshot> {
    std::fs::create_dir_all(dir).map_err(|source| Error::WriteFile {
        path: dir.to_path_buf(),
        source,
    })?;
    remove_partials(dir);
    // Two snapshots in the same millisecond (a restore right after a replace in a script) get
    // distinct names: the later one waits for the next millisecond.
    let (taken_at, name) = loop {
        let taken_at = Utc::now();
        let name = format!(
            "{}-{}{EXTENSION}",
            taken_at.format(TIME_FORMAT),
            reason.slug()
        );
        if !dir.join(&name).exists() {
            break (taken_at, name);
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    };
    consistent_copy(conn, dir, &name, key)?;
    Ok(describe(dir, name, taken_at, reason, key))
}

/// Writes a consistent copy of the store (`VACUUM INTO`, whole even while another process
/// writes) to `dir/name`: under a temporary name in the same folder, synced, then renamed.
/// On failure nothing is left under either name. The copy of an encrypted store is encrypted
/// with the same key (SQLCipher's export: `VACUUM INTO` would not encrypt it).
fn consistent_copy(
    conn: &Connection,
    dir: &Path,
    name: &str,
    key: Option<&StoreKey>,
) -> Result<()> {
    let io_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::WriteFile { path, source }
    };
    let partial = dir.join(format!("{PARTIAL_PREFIX}{name}"));
    let target = dir.join(name);
    let written = (|| {
        if key.is_some() {
            encryption::export_copy(conn, &partial, key)?;
        } else {
            let partial_text = partial.to_str().ok_or_else(|| Error::WriteFile {
                path: partial.clone(),
                source: std::io::Error::other("the folder's name cannot be handed to SQLite"),
            })?;
            conn.execute("VACUUM INTO ?1", [partial_text])?;
        }
        crate::output_file::sync_written_file(&partial).map_err(io_err(&partial))?;
        std::fs::rename(&partial, &target).map_err(io_err(&target))?;
        sync_dir(dir);
        Ok(())
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written
}

impl Store {
    /// Copies the data file into `dir` (created if needed) as that folder's data file, through
    /// the same consistent copy as a snapshot, never a raw copy of the live file. Refuses a
    /// folder that already holds a data file: it is never overwritten.
    pub fn copy_data_file_to(&self, dir: &Path) -> Result<PathBuf> {
        let target = dir.join(super::DATA_FILE_NAME);
        if target.exists() {
            return Err(Error::DataFolderTaken { path: target });
        }
        let existed = dir.exists();
        std::fs::create_dir_all(dir).map_err(|source| Error::DataDir {
            path: dir.to_path_buf(),
            source,
        })?;
        // The copy may not land inside this store's own folder (its snapshots, say); the
        // folder is checked once it exists, so links and `..` are resolved.
        if let Err(e) = crate::output_file::resolve(&target, self.data_dir()) {
            if !existed {
                // Only removes the folder if it is still empty, as just created.
                let _ = std::fs::remove_dir(dir);
            }
            return Err(e);
        }
        consistent_copy(&self.conn, dir, super::DATA_FILE_NAME, self.key.as_ref())?;
        Ok(target)
    }
}

/// Syncs a folder so that a rename inside it is on the disk, as every written file's folder is
/// (`output_file::sync_folder`). Best effort: the snapshot itself is already synced; a folder
/// that cannot be synced at worst loses the new name on a power cut, never the data file.
pub(super) fn sync_dir(dir: &Path) {
    let _ = crate::output_file::sync_folder(dir);
}

/// Removes snapshots left half-written by a crash.
fn remove_partials(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(PARTIAL_PREFIX))
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Deletes all but the newest `kept` snapshots (never `spare`, the one just taken).
fn prune(dir: &Path, kept: u32, spare: Option<&str>) -> Result<()> {
    for (name, _, _) in names(dir)?.into_iter().skip(kept as usize) {
        if Some(name.as_str()) != spare {
            std::fs::remove_file(dir.join(&name)).map_err(|source| Error::WriteFile {
                path: dir.join(&name),
                source,
            })?;
        }
    }
    Ok(())
}

/// The snapshots in `dir`, newest first, each opened to say what it holds.
fn list(dir: &Path, key: Option<&StoreKey>) -> Result<Vec<Snapshot>> {
    Ok(names(dir)?
        .into_iter()
        .map(|(name, taken_at, reason)| describe(dir, name, taken_at, reason, key))
        .collect())
}

/// The file names of the snapshots in `dir`, newest first.
pub(super) fn names_in(dir: &Path) -> Result<Vec<String>> {
    Ok(names(dir)?.into_iter().map(|(name, _, _)| name).collect())
}

/// The names of the snapshots in `dir` with when and why each was taken, newest first;
/// files whose names are not a snapshot's are ignored.
fn names(dir: &Path) -> Result<Vec<(String, DateTime<Utc>, SnapshotReason)>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(Error::ReadFile {
                path: dir.to_path_buf(),
                source,
            })
        }
    };
    let mut found: Vec<_> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let (taken_at, reason) = parse_name(&name)?;
            Some((name, taken_at, reason))
        })
        .collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    Ok(found)
}

/// When and why, from a snapshot's file name.
fn parse_name(name: &str) -> Option<(DateTime<Utc>, SnapshotReason)> {
    let stem = name.strip_suffix(EXTENSION)?;
    let (time, slug) = stem.split_once("Z-")?;
    let reason = SnapshotReason::ALL.into_iter().find(|r| r.slug() == slug)?;
    let taken_at = NaiveDateTime::parse_from_str(time, &TIME_FORMAT[..TIME_FORMAT.len() - 1])
        .ok()?
        .and_utc();
    Some((taken_at, reason))
}

fn describe(
    dir: &Path,
    name: String,
    taken_at: DateTime<Utc>,
    reason: SnapshotReason,
    key: Option<&StoreKey>,
) -> Snapshot {
    let path = dir.join(&name);
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    // Listing reads what each copy holds but leaves the full integrity check to a restore:
    // checking every page of every snapshot would make the Settings screen slow to open.
    let (holds, problem) = match open_readable(&path, key) {
        Ok((conn, _)) => match contents(&conn) {
            Ok(c) => (Some(c), None),
            Err(e) => (None, Some(e.to_string())),
        },
        Err(e) => (None, Some(e.to_string())),
    };
    Snapshot {
        name,
        taken_at,
        reason,
        bytes,
        holds,
        problem,
    }
}

/// Opens a snapshot read-only and checks that it is one: a schema this version can read, and
/// the tables that say what it holds. Returns the connection and the file's name for errors.
/// An encrypted snapshot opens with the store's key when it was written with it.
fn open_readable(path: &Path, key: Option<&StoreKey>) -> Result<(Connection, String)> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let damaged = |problem: String| Error::SnapshotDamaged {
        name: name.clone(),
        problem,
    };
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| damaged(e.to_string()))?;
    if let Header::Encrypted(_) = encryption::header(path)? {
        let key = key.ok_or_else(|| damaged("it is encrypted and the store is not".into()))?;
        encryption::apply_key(&conn, key).map_err(|e| match e {
            Error::WrongPassphrase => damaged("it is encrypted with another passphrase".into()),
            other => damaged(other.to_string()),
        })?;
    }
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| damaged(e.to_string()))?;
    if version < 1 || version > migrations::latest_version() {
        return Err(damaged(format!(
            "its schema version {version} is not one this version of the app can read (1 to {})",
            migrations::latest_version()
        )));
    }
    contents(&conn).map_err(|e| damaged(e.to_string()))?;
    Ok((conn, name))
}

/// Opens a snapshot to restore it: readable, and every page of it whole (SQLite's integrity
/// check), so that a damaged copy is refused before the store is touched.
fn open_whole(path: &Path, key: Option<&StoreKey>) -> Result<Connection> {
    let (conn, name) = open_readable(path, key)?;
    let verdict: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut stmt| {
            stmt.query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<_>>()
        })
        .map_err(|e| Error::SnapshotDamaged {
            name: name.clone(),
            problem: e.to_string(),
        })?;
    if verdict != ["ok"] {
        return Err(Error::SnapshotDamaged {
            name,
            problem: verdict.join("; "),
        });
    }
    Ok(conn)
}

/// What a snapshot holds, with queries every schema version since the first can answer.
fn contents(conn: &Connection) -> rusqlite::Result<SnapshotContents> {
    let count = |table: &str| -> rusqlite::Result<usize> {
        let exists: bool = conn.query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(0);
        }
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
            r.get::<_, i64>(0)
        })
        .map(|n| n as usize)
    };
    let organisation = conn
        .query_row("SELECT name FROM organisation LIMIT 1", [], |r| r.get(0))
        .optional()?;
    let campaigns = conn
        .prepare("SELECT state_under_review FROM campaign ORDER BY created_at")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(SnapshotContents {
        organisation,
        campaigns,
        priority_issues: count("priority_issue")?,
        target_states: count("target_state")?,
        meetings: count("meeting")?,
        past_recommendations: count("past_recommendation")?,
    })
}

/// Copies the whole of `source` over the store's database, in one step, so that the store
/// holds either all of the old content or all of the snapshot, even after a crash.
fn copy_into(source: &Connection, dest: &mut Connection, name: &str) -> Result<()> {
    use rusqlite::backup::{Backup, StepResult};
    let backup = Backup::new(source, dest)?;
    match backup.step(-1)? {
        StepResult::Done => Ok(()),
        // Another program holds the data file; nothing was copied.
        StepResult::Busy | StepResult::Locked | StepResult::More => Err(Error::Invalid {
            field: format!("snapshot {name}"),
            problem: "the data file is in use by another program; close it and restore again"
                .into(),
        }),
        _ => Err(Error::Invalid {
            field: format!("snapshot {name}"),
            problem: "the copy did not finish; nothing was restored".into(),
        }),
    }
}

#[cfg(test)]
#[path = "snapshots_tests.rs"]
mod tests;
