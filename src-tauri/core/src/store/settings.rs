//! The user's settings, kept as one JSON value so that a new setting needs no migration: a
//! file written before it existed reads with the new setting at its default.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction};

use super::Store;
use crate::language::Language;
use crate::settings::Settings;
use crate::Result;

const KEY: &str = "settings";
/// When the last backup was written (RFC 3339), kept apart from the settings: the window
/// saves its copy of the settings whole, and must not write an older time back.
const LAST_BACKUP_KEY: &str = "last_backup_at";

impl Store {
    pub fn settings(&mut self) -> Result<Settings> {
        // A value this version cannot read (hand-edited, say) falls back to the defaults
        // rather than locking the user out of the app.
        self.read(settings_in)
    }

    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        self.write(|tx| put(tx, settings))
    }

    /// Remembers that a backup of everything was written at `at` (the Overview's reminder).
    pub fn record_backup(&mut self, at: DateTime<Utc>) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [LAST_BACKUP_KEY, &at.to_rfc3339()],
            )?;
            Ok(())
        })
    }
}

/// When the last backup was written; `None` before the first one (or when the stored value
/// cannot be read, which the reminder then treats as "no backup yet").
pub(crate) fn last_backup_at(tx: &Transaction) -> Result<Option<DateTime<Utc>>> {
    let value: Option<String> = tx
        .query_row(
            "SELECT value FROM setting WHERE key = ?1",
            [LAST_BACKUP_KEY],
            |r| r.get(0),
        )
        .optional()?;
    Ok(value
        .and_then(|v| DateTime::parse_from_rfc3339(&v).ok())
        .map(|d| d.with_timezone(&Utc)))
}

/// The settings, read inside a transaction already open (a merge's).
pub(crate) fn settings_in(tx: &Transaction) -> Result<Settings> {
    let value: Option<String> = tx
        .query_row("SELECT value FROM setting WHERE key = ?1", [KEY], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(value.and_then(|v| from_stored(&v)).unwrap_or_default())
}

/// The stored settings. A language this version does not know (written by a newer version or
/// by hand) reads as the default language, and only that setting: the others stay as saved.
fn from_stored(text: &str) -> Option<Settings> {
    let mut value: serde_json::Value = serde_json::from_str(text).ok()?;
    if let Some(fields) = value.as_object_mut() {
        for key in ["document_language", "ui_language"] {
            let known = fields.get(key).map_or(true, |v| {
                serde_json::from_value::<Language>(v.clone()).is_ok()
            });
            if !known {
                fields.remove(key);
            }
        }
    }
    serde_json::from_value(value).ok()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Paper;

    fn stored(store: &mut Store, json: &str) {
        store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO setting (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [KEY, json],
                )?;
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn languages_are_stored_as_their_codes() {
        let mut store = Store::open_in_memory().unwrap();
        let settings = Settings {
            document_language: Language::Fr,
            ui_language: Language::Es,
            ..Settings::default()
        };
        store.save_settings(&settings).unwrap();
        let text: String = store
            .read(|tx| {
                Ok(
                    tx.query_row("SELECT value FROM setting WHERE key = ?1", [KEY], |r| {
                        r.get(0)
                    })?,
                )
            })
            .unwrap();
        assert!(text.contains(r#""document_language":"fr""#), "{text}");
        assert!(text.contains(r#""ui_language":"es""#), "{text}");
        assert_eq!(store.settings().unwrap(), settings);
    }

    #[test]
    fn the_window_keeps_arabic_russian_and_chinese() {
        // Regression: "ar", "ru" and "zh" were unknown codes, so the window's language read back
        // as English and the window fell back to English at the next start.
        for code in ["ar", "ru", "zh"] {
            let mut store = Store::open_in_memory().unwrap();
            stored(
                &mut store,
                &format!(r#"{{"speaking_rate_wpm": 130, "ui_language": "{code}"}}"#),
            );
            let settings = store.settings().unwrap();
            assert_eq!(settings.ui_language.code(), code);
            store.save_settings(&settings).unwrap();
            assert_eq!(store.settings().unwrap(), settings);
        }
    }

    #[test]
    fn an_unknown_stored_language_reads_as_the_default_and_keeps_the_other_settings() {
        let mut store = Store::open_in_memory().unwrap();
        stored(
            &mut store,
            r#"{"speaking_rate_wpm": 130, "paper": "letter", "document_language": "de", "ui_language": 7}"#,
        );
        let settings = store.settings().unwrap();
        assert_eq!(settings.document_language, Language::En);
        assert_eq!(settings.ui_language, Language::En);
        assert_eq!(settings.speaking_rate_wpm, 130);
        assert_eq!(settings.paper, Paper::Letter);
    }
}
