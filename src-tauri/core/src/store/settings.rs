//! The user's settings, kept as one JSON value so that a new setting needs no migration: a
//! file written before it existed reads with the new setting at its default.

use rusqlite::{OptionalExtension, Transaction};

use super::Store;
use crate::settings::Settings;
use crate::Result;

const KEY: &str = "settings";

impl Store {
    pub fn settings(&mut self) -> Result<Settings> {
        self.read(|tx| {
            let value: Option<String> = tx
                .query_row("SELECT value FROM setting WHERE key = ?1", [KEY], |r| {
                    r.get(0)
                })
                .optional()?;
            // A value this version cannot read (hand-edited, say) falls back to the defaults
            // rather than locking the user out of the app.
            Ok(value
                .and_then(|v| serde_json::from_str(&v).ok())
                .unwrap_or_default())
        })
    }

    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        self.write(|tx| put(tx, settings))
    }
}

pub(crate) fn put(tx: &Transaction, settings: &Settings) -> Result<()> {
    settings.validate()?;
    let value = serde_json::to_string(settings).expect("settings serialise");
    tx.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [KEY, &value],
    )?;
    Ok(())
}

/// Marks the first start of the app on this data file. True only the first time: the
/// demo is offered once, never forced back on a user who emptied their data.
pub(crate) fn mark_first_start(tx: &Transaction) -> Result<bool> {
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO setting (key, value) VALUES ('first_start', ?1)",
        [crate::model::now().to_rfc3339()],
    )?;
    Ok(inserted == 1)
}
