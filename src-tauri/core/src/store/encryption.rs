//! Encryption at rest: the data file, its write-ahead log and every snapshot are SQLCipher
//! files (AES-256 pages with an HMAC each, SQLCipher 4's defaults) when the user turns
//! encryption on. We never encrypt anything ourselves: SQLCipher does, with a key we give it.
//!
//! The key is derived from the passphrase once per opening, with scrypt (`KDF_LOG_N`, tuned
//! so that it costs 0.5 to 1 second on an ordinary laptop: guessing passphrases is slow, the
//! user waits once) and the 16 random bytes SQLCipher keeps at the start of the file as its
//! salt. SQLCipher is handed the raw key with that salt (`x'<key><salt>'`, its documented raw
//! key form), so it skips its own derivation; the snapshots are written with the same key and
//! salt, and listing or restoring them costs no second derivation. The key lives in a
//! [`StoreKey`] that wipes itself when dropped: closing the store (locking the window) drops
//! it.
//!
//! Encrypting, changing the passphrase and decrypting are one re-keying: a snapshot first,
//! then a re-keyed copy (`sqlcipher_export`) written beside the data file under a temporary
//! name, synced, opened with the new key and compared table by table with the store, and only
//! then renamed over the data file. A crash at any moment leaves the old file (old passphrase)
//! or the new one (new passphrase), never a mix. The snapshots are re-keyed after the store.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode};
use zeroize::Zeroizing;

use super::snapshots::{self, SnapshotReason};
use super::Store;
use crate::passphrase::Passphrase;
use crate::{Error, Result};

/// scrypt's cost, as log₂ N (with r = 8, p = 1; 128 MiB of memory): 2¹⁷ takes 0.75 to 0.9 s
/// on the two-core build machine, 2¹⁶ under 0.4 s and 2¹⁸ nearly 2 s
/// (`examples/key_derivation_cost.rs`). Part of the file format: a file encrypted with one
/// cost opens only with the same, so changing it needs a way to tell old files.
pub const KDF_LOG_N: u8 = 17;
const KDF_R: u32 = 8;
const KDF_P: u32 = 1;
const KEY_BYTES: usize = 32;
/// SQLCipher keeps this many random bytes at the start of an encrypted file as its salt.
const SALT_BYTES: usize = 16;
/// What a plain SQLite file starts with.
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";
/// The page cache of an encrypted store, in KiB: SQLCipher decrypts a page each time it is
/// read from the disk, so the pages of a search over the database of past recommendations
/// (100,000 rows, tens of MiB with its index) stay decrypted in memory instead of being
/// decrypted again at every query. SQLite's default is 2 MiB.
const ENCRYPTED_CACHE_KIB: i64 = 64 * 1024;
/// The re-keyed copy being written beside the data file; removed by the next opening if a
/// crash left it.
pub(super) const REKEY_PARTIAL: &str = ".rekeying-upr-kit.sqlite3";

/// What the first bytes of a data file say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Header {
    /// No file yet, or an empty one: SQLite makes a new, plain store.
    New,
    Plain,
    /// Not plain SQLite: an encrypted store, whose first bytes are its salt.
    Encrypted([u8; SALT_BYTES]),
}

pub(crate) fn header(path: &Path) -> Result<Header> {
    let mut first = [0u8; 16];
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Header::New),
        Err(source) => {
            return Err(Error::ReadFile {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    let mut read = 0;
    while read < first.len() {
        match file.read(&mut first[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(source) => {
                return Err(Error::ReadFile {
                    path: path.to_path_buf(),
                    source,
                })
            }
        }
    }
    Ok(match read {
        0 => Header::New,
        16 if &first == PLAIN_HEADER => Header::Plain,
        // A file shorter than a header is no store at all; SQLite says so when it is opened.
        n if n < 16 => Header::Plain,
        _ => Header::Encrypted(first),
    })
}

/// The key of an encrypted store: scrypt's output and the file's salt, in the form SQLCipher
/// takes. Wiped when dropped.
pub struct StoreKey {
    /// `x'<64 hex digits of key><32 hex digits of salt>'`.
    literal: Zeroizing<String>,
}

impl StoreKey {
    /// Derives the key of a file with this salt from the passphrase (the slow step).
    pub(crate) fn derive(passphrase: &Passphrase, salt: &[u8; SALT_BYTES]) -> Result<StoreKey> {
        let params = scrypt::Params::new(KDF_LOG_N, KDF_R, KDF_P, KEY_BYTES)
            // The constants above are valid scrypt parameters; a test derives with them.
            .map_err(|e| Error::invalid("key derivation", e.to_string()))?;
        let mut key = Zeroizing::new([0u8; KEY_BYTES]);
        scrypt::scrypt(passphrase.as_bytes(), salt, &params, key.as_mut())
            .map_err(|e| Error::invalid("key derivation", e.to_string()))?;
        let mut literal = Zeroizing::new(String::with_capacity(3 + 2 * (KEY_BYTES + SALT_BYTES)));
        literal.push_str("x'");
        for byte in key.iter().chain(salt.iter()) {
            use std::fmt::Write;
            // Writing to a String cannot fail.
            let _ = write!(literal, "{byte:02X}");
        }
        literal.push('\'');
        Ok(StoreKey { literal })
    }

    /// A key for a new file: a fresh random salt.
    pub(crate) fn new_for(passphrase: &Passphrase) -> Result<StoreKey> {
        let mut salt = [0u8; SALT_BYTES];
        getrandom::fill(&mut salt)
            .map_err(|e| Error::invalid("key derivation", format!("no random bytes: {e}")))?;
        StoreKey::derive(passphrase, &salt)
    }

    /// The same key, for a second connection (a copy of the store being opened).
    pub(crate) fn duplicate(&self) -> StoreKey {
        StoreKey {
            literal: self.literal.clone(),
        }
    }

    /// Whether this key was made for a file starting with `salt`.
    fn fits(&self, salt: &[u8; SALT_BYTES]) -> bool {
        let hex: String = salt.iter().map(|b| format!("{b:02X}")).collect();
        self.literal.ends_with(&format!("{hex}'"))
    }
}

/// Gives `conn` (just opened on `path`, nothing read yet) the key its file needs: none for a
/// plain or new file; for an encrypted one, `key` when it was made for this file, else one
/// derived from `passphrase`. Checks the key by reading the schema: a wrong one is
/// [`Error::WrongPassphrase`], and no passphrase at all [`Error::StoreEncrypted`].
pub(crate) fn unlock(
    conn: &Connection,
    path: &Path,
    passphrase: Option<&Passphrase>,
    key: Option<StoreKey>,
) -> Result<Option<StoreKey>> {
    let salt = match header(path)? {
        Header::New | Header::Plain => return Ok(None),
        Header::Encrypted(salt) => salt,
    };
    let key = match (key, passphrase) {
        (Some(key), _) if key.fits(&salt) => key,
        (_, Some(passphrase)) => StoreKey::derive(passphrase, &salt)?,
        _ => {
            return Err(Error::StoreEncrypted {
                path: path.to_path_buf(),
            })
        }
    };
    apply_key(conn, &key)?;
    Ok(Some(key))
}

/// Keys `conn` and reads its schema, which fails on a wrong key.
pub(crate) fn apply_key(conn: &Connection, key: &StoreKey) -> Result<()> {
    // SQLCipher writes its own log to standard error (an HMAC failure on a wrong key); the
    // user hears of it once, in words, as `WrongPassphrase`.
    conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(()),
            e => Err(e),
        })?;
    conn.pragma_update(None, "key", key.literal.as_str())?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|e| match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::WrongPassphrase,
        _ => Error::from(e),
    })?;
    // Once the key is known good: the pragma reads the schema.
    conn.pragma_update(None, "cache_size", -ENCRYPTED_CACHE_KIB)?;
    Ok(())
}

/// Writes a copy of `conn`'s main database to `target` (which must not exist), encrypted
/// with `key` or plain, through SQLCipher's export: every table, index and the schema
/// version, in one read transaction so that it is one consistent state.
pub(crate) fn export_copy(conn: &Connection, target: &Path, key: Option<&StoreKey>) -> Result<()> {
    let target_text = target.to_str().ok_or_else(|| Error::WriteFile {
        path: target.to_path_buf(),
        source: std::io::Error::other("the folder's name cannot be handed to SQLite"),
    })?;
    let literal = key.map_or("", |k| k.literal.as_str());
    conn.execute(
        "ATTACH DATABASE ?1 AS rekeyed KEY ?2",
        rusqlite::params![target_text, literal],
    )?;
    let exported = (|| {
        let version: i64 = conn.query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
        conn.execute_batch("BEGIN")?;
        let copied = conn
            .query_row("SELECT sqlcipher_export('rekeyed')", [], |_| Ok(()))
            .and_then(|()| conn.pragma_update(Some("rekeyed"), "user_version", version))
            .and_then(|()| conn.execute_batch("COMMIT"));
        if copied.is_err() {
            let _ = conn.execute_batch("ROLLBACK");
        }
        copied
    })();
    let detached = conn.execute("DETACH DATABASE rekeyed", []);
    exported?;
    detached?;
    Ok(())
}

/// The number of rows of every table of the schema, to compare a copy with its source.
fn row_counts(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    tables
        .into_iter()
        .map(|table| {
            let n: i64 = conn.query_row(
                &format!("SELECT count(*) FROM \"{}\"", table.replace('"', "\"\"")),
                [],
                |r| r.get(0),
            )?;
            Ok((table, n))
        })
        .collect()
}

/// Opens the re-keyed copy with its new key, checks every page (SQLite's integrity check) and
/// that it holds as many rows of every table as `source`.
fn verify_copy(source: &Connection, copy: &Path, key: Option<&StoreKey>) -> Result<()> {
    let conn = Connection::open(copy)?;
    if let Some(key) = key {
        apply_key(&conn, key)?;
    }
    let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    let (expected, found) = (row_counts(source)?, row_counts(&conn)?);
    if verdict != "ok" || expected != found {
        return Err(Error::RekeyCheckFailed {
            problem: if verdict != "ok" {
                verdict
            } else {
                "the copy does not hold the same records".into()
            },
        });
    }
    Ok(())
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> Error {
    let path = path.to_path_buf();
    move |source| Error::WriteFile { path, source }
}

/// Writes `source`'s database re-keyed to `partial`, syncs it and checks it. A failure
/// removes the partial file.
fn write_checked_copy(source: &Connection, partial: &Path, key: Option<&StoreKey>) -> Result<()> {
    let _ = std::fs::remove_file(partial);
    let done = (|| {
        export_copy(source, partial, key)?;
        crate::output_file::sync_written_file(partial).map_err(io_error(partial))?;
        verify_copy(source, partial, key)
    })();
    if done.is_err() {
        let _ = std::fs::remove_file(partial);
    }
    done
}

/// Renames the checked copy over `target` in one step, and syncs the folder so that the new
/// name survives a power cut.
fn put_in_place(partial: &Path, target: &Path) -> Result<()> {
    std::fs::rename(partial, target).map_err(|e| {
        let _ = std::fs::remove_file(partial);
        io_error(target)(e)
    })?;
    if let Some(dir) = target.parent() {
        snapshots::sync_dir(dir);
    }
    Ok(())
}

impl Store {
    /// True when the data file is encrypted (the store was opened with its passphrase).
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// Turns encryption on: from now on the data file and its snapshots open only with
    /// `passphrase`, which cannot be recovered.
    pub fn encrypt(&mut self, passphrase: &Passphrase) -> Result<()> {
        if self.is_encrypted() {
            return Err(Error::AlreadyEncrypted);
        }
        self.rekey(Some(passphrase))
    }

    /// Replaces the passphrase of an encrypted store.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        if !self.is_encrypted() {
            return Err(Error::NotEncrypted);
        }
        self.rekey(Some(new))
    }

    /// Turns encryption off: the data file and its snapshots become plain SQLite files.
    pub fn decrypt(&mut self) -> Result<()> {
        if !self.is_encrypted() {
            return Err(Error::NotEncrypted);
        }
        self.rekey(None)
    }

    fn rekey(&mut self, new: Option<&Passphrase>) -> Result<()> {
        self.refuse_if_read_only()?;
        let path = self
            .path
            .clone()
            .ok_or_else(|| Error::invalid("store", "a store in memory has no file to encrypt"))?;
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        // Nobody else may have the file open: a program still holding the old file after
        // the rename would save into a file that is gone.
        self.hold_alone()?;
        let result = self.rekey_held(&path, &dir, new);
        if result.is_err() {
            // Hands the file back to other programs (the window, the command line).
            let _ = self.conn.pragma_update(None, "locking_mode", "NORMAL");
            let _ = self
                .conn
                .query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()));
        }
        result
    }

    fn rekey_held(&mut self, path: &Path, dir: &Path, new: Option<&Passphrase>) -> Result<()> {
        self.take_snapshot(SnapshotReason::BeforePassphraseChange)?;
        let new_key = new.map(StoreKey::new_for).transpose()?;
        if new_key.is_none() {
            // A plain data file never holds the coalition passphrase.
            super::coalition_passphrase::forget(&self.conn)?;
        }
        self.checkpoint()?;
        let partial = dir.join(REKEY_PARTIAL);
        write_checked_copy(&self.conn, &partial, new_key.as_ref())?;
        // The old connection is closed before the rename (its log is empty and goes with
        // it), so that nothing of the old file is left for the new one to misread.
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        if let Err((conn, e)) = old.close() {
            self.conn = conn;
            let _ = std::fs::remove_file(&partial);
            return Err(e.into());
        }
        let placed = put_in_place(&partial, path);
        let old_key = self.key.take();
        // Whatever happened, the store is opened again on what the data file now is: the
        // new file, or the old one if the rename failed.
        let key = match placed {
            Ok(()) => new_key,
            Err(_) => old_key.as_ref().map(StoreKey::duplicate),
        };
        self.conn = open_connection(path)?;
        self.key = unlock(&self.conn, path, None, key)?;
        configure(&self.conn)?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        placed?;
        self.rekey_snapshots(dir, old_key.as_ref())
    }

    /// Takes the store's file for this connection alone (SQLite's exclusive locking), or
    /// says that another program has it open.
    fn hold_alone(&mut self) -> Result<()> {
        self.conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
        self.conn
            .execute_batch("BEGIN EXCLUSIVE; COMMIT;")
            .map_err(|e| match e.sqlite_error_code() {
                Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::StoreInUse,
                _ => Error::from(e),
            })
    }

    /// Re-keys every snapshot to the store's new key (or to plain): a snapshot under the old
    /// passphrase could not be restored, and a plain one would undo the encryption.
    fn rekey_snapshots(&mut self, dir: &Path, old_key: Option<&StoreKey>) -> Result<()> {
        let folder = dir.join(snapshots::SNAPSHOTS_DIR);
        for name in snapshots::names_in(&folder)? {
            let path = folder.join(&name);
            let source = Connection::open(&path)?;
            if let Some(old) = old_key {
                if matches!(header(&path)?, Header::Encrypted(_)) {
                    apply_key(&source, old)?;
                    if self.key.is_none() {
                        // Out of the encrypted snapshot before its plain copy is written.
                        super::coalition_passphrase::forget(&source)?;
                    }
                }
            }
            let partial: PathBuf = folder.join(format!("{}{name}", snapshots::PARTIAL_PREFIX));
            write_checked_copy(&source, &partial, self.key.as_ref())?;
            drop(source);
            put_in_place(&partial, &path)?;
        }
        Ok(())
    }
}

/// Opens the data file, writable, with nothing read yet (the key comes first).
pub(super) fn open_connection(path: &Path) -> Result<Connection> {
    Ok(Connection::open(path)?)
}

/// The settings of a writable store's connection, once it is unlocked.
pub(super) fn configure(conn: &Connection) -> Result<()> {
    // WAL keeps the file readable while a save is under way and survives a crash of the
    // window mid-write; the busy timeout covers a second process (the CLI) on the same file.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL syncs the log at every commit: a save the app has reported done survives a
    // power cut or a USB stick pulled out right after (NORMAL, WAL's usual choice, may
    // lose the last saves then). A save is a few small pages, so the cost is one sync.
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Sorting and temporary tables stay in memory: no temporary file, encrypted or not, is
    // ever written beside the store.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

/// Removes a re-keyed copy a crash left half-written beside the data file.
pub(super) fn remove_partial(dir: &Path) {
    let _ = std::fs::remove_file(dir.join(REKEY_PARTIAL));
}

#[cfg(test)]
#[path = "encryption_tests.rs"]
mod tests;
