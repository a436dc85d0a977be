//! Importing a file of past recommendations into the store: all of it or none of it.
//!
//! The file is read whole first (a bad row stops everything with its line number), then every
//! row goes in within one transaction. A recommendation already present (same dedup key, see
//! [`super::stored::dedup_key`]) is counted, not added again, so re-importing a file is safe.

use std::path::Path;

use rusqlite::{params, Transaction};
use serde::Serialize;
use ts_rs::TS;

use super::export_file::{parse_export, PastRecommendation};
use super::stored::{cycle_of_session, dedup_key, regional_group, Response};
use crate::store::Store;
use crate::{Error, Result};

/// How often (in rows) the progress callback hears of the import: often enough for a smooth
/// bar, rarely enough to cost nothing.
const PROGRESS_EVERY_ROWS: usize = 500;

/// The page cache during an import, in KiB (SQLite's negative `cache_size`).
const IMPORT_CACHE_KIB: i64 = -64 * 1024;

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct ImportReport {
    /// The file, as named in messages.
    pub file: String,
    /// "UTF-8" or "Mac Roman".
    pub encoding: String,
    /// Recommendations read from the file (a row made by several States counts once per State).
    pub read: usize,
    /// Recommendations new to the store.
    pub added: usize,
    /// Recommendations the store already held (or that the file holds twice).
    pub already_present: usize,
    /// Headers of the file that were not understood; their columns were ignored.
    pub unknown_columns: Vec<String>,
}

/// Imports the file at `path`. `progress(done, total)` is called as rows go in, from
/// `(0, total)` to `(total, total)`. On any error nothing is imported.
pub fn import_file(
    store: &mut Store,
    path: &Path,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport> {
    let bytes = std::fs::read(path).map_err(|source| Error::ReadFile {
        path: path.to_path_buf(),
        source,
    })?;
    import_bytes(store, &bytes, &path.display().to_string(), progress)
}

/// Imports the bytes of an export; `file` names it in messages. See [`import_file`].
pub fn import_bytes(
    store: &mut Store,
    bytes: &[u8],
    file: &str,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<ImportReport> {
    let (rows, read_report) = parse_export(bytes, file)?;
    let total = rows.len();
    progress(0, total);
    // A bigger page cache for the import: the dedup key's index takes its rows in random order,
    // and with SQLite's default 2 MB most of its pages would be read back and forth.
    let conn = store.connection();
    let cache_pages: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", IMPORT_CACHE_KIB)?;
    let added = store.write(|tx| insert_all(tx, &rows, progress));
    store
        .connection()
        .pragma_update(None, "cache_size", cache_pages)?;
    let added = added?;
    progress(total, total);
    Ok(ImportReport {
        file: file.to_string(),
        encoding: read_report.encoding,
        read: total,
        added,
        already_present: total - added,
        unknown_columns: read_report.unknown_columns,
    })
}

/// Inserts the rows not yet present and returns how many were.
fn insert_all(
    tx: &Transaction,
    rows: &[PastRecommendation],
    progress: &mut dyn FnMut(usize, usize),
) -> Result<usize> {
    // A large import into a small table goes faster by building the secondary indexes once at
    // the end than by updating them row by row. Their definitions are read from the schema
    // itself, so that this never drifts from the migrations; all of it is inside the
    // transaction, so a failure leaves the indexes as they were.
    let present: i64 =
        tx.query_row("SELECT count(*) FROM past_recommendation", [], |r| r.get(0))?;
    let rebuild = rows.len() as i64 > present;
    let indexes: Vec<(String, String)> = if rebuild {
        let mut stmt = tx.prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
               AND tbl_name IN ('past_recommendation', 'past_recommendation_issue')",
        )?;
        let found = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        found
    } else {
        Vec::new()
    };
    for (name, _) in &indexes {
        tx.execute_batch(&format!("DROP INDEX \"{name}\""))?;
    }
    let added = insert_rows(tx, rows, progress)?;
    for (_, sql) in &indexes {
        tx.execute_batch(sql)?;
    }
    Ok(added)
}

fn insert_rows(
    tx: &Transaction,
    rows: &[PastRecommendation],
    progress: &mut dyn FnMut(usize, usize),
) -> Result<usize> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO past_recommendation (dedup_key, state_under_review,
             state_under_review_group, text, recommending_state, recommending_group,
             recommending_orgs, response, response_as_recorded, action_category, session, cycle)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (dedup_key) DO NOTHING",
    )?;
    let mut tag = tx.prepare_cached(
        "INSERT OR IGNORE INTO past_recommendation_issue (recommendation_id, issue) VALUES (?1, ?2)",
    )?;
    let mut added = 0;
    for (done, row) in rows.iter().enumerate() {
        if done % PROGRESS_EVERY_ROWS == 0 && done > 0 {
            progress(done, rows.len());
        }
        let key = dedup_key(
            &row.state_under_review,
            &row.recommending_state,
            row.session,
            &row.text,
        );
        let changed = insert.execute(params![
            &key[..],
            row.state_under_review,
            regional_group(&row.state_under_review_group),
            row.text,
            row.recommending_state,
            regional_group(&row.recommending_group),
            row.recommending_organisations.join(", "),
            Response::parse(&row.response).as_str(),
            row.response,
            row.action_category.map(|c| c.number()),
            row.session,
            row.cycle.or(row.session.and_then(cycle_of_session)),
        ])?;
        if changed == 0 {
            continue;
        }
        added += 1;
        let id = tx.last_insert_rowid();
        for issue in &row.issues {
            tag.execute(params![id, issue])?;
        }
    }
    Ok(added)
}
