//! The user's settings, kept as one JSON value so that a new setting needs no migration: a
//! file written before it existed reads with the new setting at its default.

use rusqlite::OptionalExtension;

use super::Store;
use crate::settings::Settings;
use crate::Result;

const KEY: &str = "settings";

impl Store {
    pub fn settings(&mut self) -> Result<Settings> {
        self.read(|tx| {
            let value: Option<String> = tx
                .query_row("SELECT value FROM setting WHERE key = ?1", [KEY], |r| r.get(0))
                .optional()?;
            // A value this version cannot read (hand-edited, say) falls back to the defaults
            // rather than locking the user out of the app.
            Ok(value
                .and_then(|v| serde_json::from_str(&v).ok())
                .unwrap_or_default())
        })
    }

    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        settings.validate()?;
        let value = serde_json::to_string(settings).expect("settings serialise");
        self.write(|tx| {
            tx.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [KEY, &value],
            )?;
            Ok(())
        })
    }
}
