//! The coalition passphrase: the one passphrase this organisation and its partners agree on
//! for the share files they leave in the exchange folder. It is kept only inside an encrypted
//! store (a row of the `setting` table, under its own key, never in the settings' JSON that
//! the window reads and saves), never in a plain store, a file or a command line. Turning the
//! encryption off forgets it, in the data file and in every snapshot (`encryption.rs`).

use rusqlite::{Connection, OptionalExtension};

use super::Store;
use crate::passphrase::Passphrase;
use crate::{Error, Result};

/// The `setting` key under which the passphrase is kept.
const KEY: &str = "coalition_passphrase";

impl Store {
    /// Keeps `passphrase` as the coalition passphrase (or forgets it with `None`). Only an
    /// encrypted store keeps one: a plain store refuses with [`Error::NotEncrypted`].
    pub fn set_coalition_passphrase(&mut self, passphrase: Option<&Passphrase>) -> Result<()> {
        if !self.is_encrypted() {
            return Err(Error::NotEncrypted);
        }
        self.write(|tx| {
            match passphrase {
                Some(p) => tx.execute(
                    "INSERT INTO setting (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [KEY, p.as_str()],
                )?,
                None => tx.execute("DELETE FROM setting WHERE key = ?1", [KEY])?,
            };
            Ok(())
        })
    }

    /// The coalition passphrase, when this (encrypted) store keeps one.
    pub fn coalition_passphrase(&mut self) -> Result<Option<Passphrase>> {
        if !self.is_encrypted() {
            return Ok(None);
        }
        self.read(|tx| {
            let value: Option<String> = tx
                .query_row("SELECT value FROM setting WHERE key = ?1", [KEY], |r| {
                    r.get(0)
                })
                .optional()?;
            Ok(value.map(Passphrase::new))
        })
    }

    /// True when a coalition passphrase is set (the window shows that, never the passphrase).
    pub fn has_coalition_passphrase(&mut self) -> Result<bool> {
        Ok(self.coalition_passphrase()?.is_some())
    }
}

/// Forgets the coalition passphrase in the database of `conn` (the data file before it is
/// decrypted, or a snapshot before its plain copy is written), so that no plain file ever
/// holds it. `secure_delete` overwrites the freed bytes.
pub(super) fn forget(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.execute("DELETE FROM setting WHERE key = ?1", [KEY])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SnapshotReason;

    const COALITION: &str = "our coalition's passphrase";

    fn files_holding(dir: &std::path::Path, needle: &[u8]) -> Vec<std::path::PathBuf> {
        let mut found = Vec::new();
        for entry in walk(dir) {
            let bytes = std::fs::read(&entry).unwrap_or_default();
            if bytes.windows(needle.len()).any(|w| w == needle) {
                found.push(entry);
            }
        }
        found
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path);
            }
        }
        out
    }

    #[test]
    fn a_plain_store_keeps_no_coalition_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_dir(dir.path()).unwrap();
        let err = store
            .set_coalition_passphrase(Some(&Passphrase::new(COALITION.into())))
            .unwrap_err();
        assert_eq!(err.code(), "not_encrypted", "{err}");
        assert!(store.coalition_passphrase().unwrap().is_none());
    }

    #[test]
    fn it_is_kept_inside_the_encrypted_store_and_forgotten_when_decrypted() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_dir(dir.path()).unwrap();
        crate::demo::load(&mut store).unwrap();
        store
            .encrypt(&Passphrase::new("the data's passphrase".into()))
            .unwrap();
        store
            .set_coalition_passphrase(Some(&Passphrase::new(COALITION.into())))
            .unwrap();
        store.take_snapshot(SnapshotReason::Manual).unwrap();
        assert_eq!(
            store.coalition_passphrase().unwrap().unwrap().as_str(),
            COALITION
        );
        assert!(store.has_coalition_passphrase().unwrap());
        // Nor in the settings the window reads and saves.
        let settings = serde_json::to_string(&store.settings().unwrap()).unwrap();
        assert!(!settings.contains(COALITION));
        store.checkpoint().unwrap();
        assert_eq!(
            files_holding(dir.path(), COALITION.as_bytes()),
            Vec::<std::path::PathBuf>::new(),
            "encrypted: no file shows it"
        );

        store.decrypt().unwrap();
        assert!(store.coalition_passphrase().unwrap().is_none());
        drop(store);
        assert_eq!(
            files_holding(dir.path(), COALITION.as_bytes()),
            Vec::<std::path::PathBuf>::new(),
            "the plain data file and its plain snapshots do not hold it"
        );
        let snapshots = Store::open_dir(dir.path()).unwrap().snapshots().unwrap();
        assert!(snapshots.len() >= 2, "{snapshots:?}");
    }
}
