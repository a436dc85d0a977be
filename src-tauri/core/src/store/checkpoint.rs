//! Folding the write-ahead log back into the data file. In WAL mode a save lands first in
//! `upr-kit.sqlite3-wal`; until it is checkpointed, copying the data file alone would miss it.
//! The store checkpoints when it is closed, and the window asks for it once saves have settled
//! (see [`IDLE_BEFORE_CHECKPOINT`]), so that whenever the app is idle or closed the one file
//! really is the whole store.

use std::time::Duration;

use super::Store;
use crate::Result;

/// How long the window waits after the last command before it checkpoints: long enough that
/// typing (saved as it goes) is not slowed by a checkpoint after every word, short enough
/// that a user who copies the file right after a save gets it.
pub const IDLE_BEFORE_CHECKPOINT: Duration = Duration::from_secs(3);

impl Store {
    /// Copies every save from the write-ahead log into the data file and empties the log.
    /// Returns false when another program reading the file kept part of the log in use (its
    /// own close finishes the job); nothing to do for a read-only or in-memory store.
    pub fn checkpoint(&mut self) -> Result<bool> {
        if self.read_only || self.path.is_none() {
            return Ok(true);
        }
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        Ok(busy == 0)
    }
}

impl Drop for Store {
    /// SQLite checkpoints when the last connection to a file closes, but not while another
    /// process (the window, the CLI) still has it open: checkpoint here so that closing the
    /// store leaves the data file whole either way.
    fn drop(&mut self) {
        // Nothing can be reported from a drop; a failed checkpoint leaves the saves in the
        // log, where SQLite finds them on the next open.
        let _ = self.checkpoint();
    }
}
