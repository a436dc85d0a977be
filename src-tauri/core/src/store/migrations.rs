//! Numbered schema migrations, embedded in the binary and applied in order when a data file
//! is opened. `PRAGMA user_version` records how many have been applied. A migration is never
//! edited once released: a change to the schema is a new file at the end of the list.

use rusqlite::Connection;

use crate::{Error, Result};

/// The migrations in order; the schema version of a file is how many of them it has.
pub const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_initial", include_str!("migrations/0001_initial.sql")),
    (
        "0002_past_recommendations",
        include_str!("migrations/0002_past_recommendations.sql"),
    ),
    ("0003_cycle", include_str!("migrations/0003_cycle.sql")),
    (
        "0004_record_versions",
        include_str!("migrations/0004_record_versions.sql"),
    ),
    (
        "0005_edited_texts",
        include_str!("migrations/0005_edited_texts.sql"),
    ),
    (
        "0006_meeting_time",
        include_str!("migrations/0006_meeting_time.sql"),
    ),
    (
        "0007_coalition",
        include_str!("migrations/0007_coalition.sql"),
    ),
    (
        "0008_names_and_press",
        include_str!("migrations/0008_names_and_press.sql"),
    ),
    (
        "0009_list_of_speakers",
        include_str!("migrations/0009_list_of_speakers.sql"),
    ),
    (
        "0010_tombstones",
        include_str!("migrations/0010_tombstones.sql"),
    ),
    (
        "0011_merged_file_digest",
        include_str!("migrations/0011_merged_file_digest.sql"),
    ),
];

/// The schema version this build writes.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Brings the file up to the latest schema, each migration in its own transaction, so that a
/// failure leaves the file at the last good version. `label` names the file in errors.
pub fn apply(conn: &mut Connection, label: &str) -> Result<()> {
    apply_up_to(conn, label, latest_version())
}

/// Applies migrations until the file is at `target`; tests use it to build files of every
/// earlier version.
pub fn apply_up_to(conn: &mut Connection, label: &str, target: i64) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > latest_version() {
        return Err(Error::SchemaTooNew {
            path: label.to_string(),
            found,
            known: latest_version(),
        });
    }
    for (index, (_name, sql)) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let version = index as i64 + 1;
        if version > target {
            break;
        }
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

/// For tests of upgrades: a data file in `dir` at schema `version` holding one organisation
/// named `name`, as an older version of the app left it.
#[cfg(test)]
pub(crate) fn old_data_file_with_organisation(dir: &std::path::Path, version: i64, name: &str) {
    let mut conn = Connection::open(dir.join(super::DATA_FILE_NAME)).unwrap();
    apply_up_to(&mut conn, "test", version).unwrap();
    conn.execute(
        "INSERT INTO organisation (id, name, created_at, updated_at)
         VALUES ('0b0e3c5e-7a55-4a4f-9d55-1c2f2b7e9a01', ?1,
                 '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')",
        [name],
    )
    .unwrap();
}
