//! Queries of the coalition tables (migration 0006): the exchange history of each shared
//! record (version vector, content hash, last author, tombstone), the partners' versions kept
//! in conflict, and the last exchange with each partner. The rows are plain text here; what
//! they mean (clocks, bundles, the merge rules) is the `coalition` module's.

use rusqlite::{params, OptionalExtension, Transaction};
use uuid::Uuid;

use super::columns::{get_id, instant};
use crate::{Error, Result};

/// The exchange history of one record, as stored.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SharedRow {
    pub record_id: Uuid,
    pub kind: String,
    /// JSON object: organisation id → number of changes it made.
    pub clock: String,
    /// SHA-256 (hex) of the record's shared content when the clock last moved; empty for a
    /// tombstone.
    pub content_hash: String,
    pub changed_by_id: Uuid,
    pub changed_by_name: String,
    pub deleted: bool,
}

pub(crate) fn shared_rows(tx: &Transaction, campaign_id: Uuid) -> Result<Vec<SharedRow>> {
    let mut stmt = tx.prepare(
        "SELECT record_id, kind, clock, content_hash, changed_by_id, changed_by_name, deleted
         FROM shared_record WHERE campaign_id = ?1 ORDER BY kind, record_id",
    )?;
    let rows = stmt.query_map([campaign_id.to_string()], |r| {
        Ok(SharedRow {
            record_id: get_id(r, 0)?,
            kind: r.get(1)?,
            clock: r.get(2)?,
            content_hash: r.get(3)?,
            changed_by_id: get_id(r, 4)?,
            changed_by_name: r.get(5)?,
            deleted: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn shared_row_put(tx: &Transaction, campaign_id: Uuid, row: &SharedRow) -> Result<()> {
    tx.execute(
        // A tombstone keeps the moment it became one; a living record has none.
        "INSERT INTO shared_record (record_id, campaign_id, kind, clock, content_hash,
                                    changed_by_id, changed_by_name, deleted, deleted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CASE WHEN ?8 THEN ?9 END)
         ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind, clock = excluded.clock,
            content_hash = excluded.content_hash, changed_by_id = excluded.changed_by_id,
            changed_by_name = excluded.changed_by_name, deleted = excluded.deleted,
            deleted_at = CASE WHEN excluded.deleted
                THEN coalesce(shared_record.deleted_at, excluded.deleted_at) END",
        params![
            row.record_id.to_string(),
            campaign_id.to_string(),
            row.kind,
            row.clock,
            row.content_hash,
            row.changed_by_id.to_string(),
            row.changed_by_name,
            row.deleted,
            instant("deleted_at", &crate::model::now())?,
        ],
    )?;
    Ok(())
}

/// The tombstones of a campaign that became tombstones before `before`: id and clock.
pub(crate) fn tombstones_before(
    tx: &Transaction,
    campaign_id: Uuid,
    before: &chrono::DateTime<chrono::Utc>,
) -> Result<Vec<(Uuid, String)>> {
    let mut stmt = tx.prepare(
        "SELECT record_id, clock FROM shared_record
         WHERE campaign_id = ?1 AND deleted = 1 AND deleted_at < ?2 ORDER BY record_id",
    )?;
    let rows = stmt.query_map(
        params![campaign_id.to_string(), instant("before", before)?],
        |r| Ok((get_id(r, 0)?, r.get(1)?)),
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Notes that `organisation`'s last file held the record deleted with `clock`.
pub(crate) fn tombstone_ack_put(
    tx: &Transaction,
    record_id: Uuid,
    organisation: Uuid,
    clock: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO tombstone_ack (record_id, organisation_id, clock) VALUES (?1, ?2, ?3)
         ON CONFLICT (record_id, organisation_id) DO UPDATE SET clock = excluded.clock",
        params![record_id.to_string(), organisation.to_string(), clock],
    )?;
    Ok(())
}

/// Which organisations acknowledged the tombstone of `record_id`, with the clock they had.
pub(crate) fn tombstone_acks(tx: &Transaction, record_id: Uuid) -> Result<Vec<(Uuid, String)>> {
    let mut stmt =
        tx.prepare("SELECT organisation_id, clock FROM tombstone_ack WHERE record_id = ?1")?;
    let rows = stmt.query_map([record_id.to_string()], |r| Ok((get_id(r, 0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Forgets a record's exchange history (a purged tombstone), its acknowledgements with it.
pub(crate) fn shared_row_delete(tx: &Transaction, record_id: Uuid) -> Result<()> {
    tx.execute(
        "DELETE FROM shared_record WHERE record_id = ?1",
        [record_id.to_string()],
    )?;
    Ok(())
}

/// Every partner organisation a file was merged from.
pub(crate) fn partner_ids(tx: &Transaction) -> Result<Vec<Uuid>> {
    let mut stmt = tx.prepare("SELECT organisation_id FROM exchange_partner")?;
    let rows = stmt.query_map([], |r| get_id(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A partner's version of a record kept until the user settles the conflict.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ConflictRow {
    pub record_id: Uuid,
    pub campaign_id: Uuid,
    pub kind: String,
    /// JSON of the partner's shared record.
    pub theirs: String,
    pub found_at: chrono::DateTime<chrono::Utc>,
}

const CONFLICT_COLUMNS: &str = "record_id, campaign_id, kind, theirs, found_at";

fn conflict_from_row(r: &rusqlite::Row) -> rusqlite::Result<ConflictRow> {
    Ok(ConflictRow {
        record_id: get_id(r, 0)?,
        campaign_id: get_id(r, 1)?,
        kind: r.get(2)?,
        theirs: r.get(3)?,
        found_at: super::columns::get_instant(r, 4)?,
    })
}

/// Every open conflict, oldest first.
pub(crate) fn conflict_list(tx: &Transaction) -> Result<Vec<ConflictRow>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {CONFLICT_COLUMNS} FROM merge_conflict ORDER BY found_at, record_id"
    ))?;
    let rows = stmt.query_map([], conflict_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn conflict_get(tx: &Transaction, record_id: Uuid) -> Result<Option<ConflictRow>> {
    Ok(tx
        .query_row(
            &format!("SELECT {CONFLICT_COLUMNS} FROM merge_conflict WHERE record_id = ?1"),
            [record_id.to_string()],
            conflict_from_row,
        )
        .optional()?)
}

pub(crate) fn conflict_put(tx: &Transaction, row: &ConflictRow) -> Result<()> {
    tx.execute(
        "INSERT INTO merge_conflict (record_id, campaign_id, kind, theirs, found_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (record_id) DO UPDATE SET kind = excluded.kind, theirs = excluded.theirs,
            found_at = excluded.found_at",
        params![
            row.record_id.to_string(),
            row.campaign_id.to_string(),
            row.kind,
            row.theirs,
            instant("found_at", &row.found_at)?,
        ],
    )?;
    Ok(())
}

pub(crate) fn conflict_delete(tx: &Transaction, record_id: Uuid) -> Result<()> {
    tx.execute(
        "DELETE FROM merge_conflict WHERE record_id = ?1",
        [record_id.to_string()],
    )?;
    Ok(())
}

/// The last exchange with one partner organisation.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PartnerRow {
    pub organisation_id: Uuid,
    pub name: String,
    pub last_merged_at: Option<chrono::DateTime<chrono::Utc>>,
    pub last_digest: String,
    /// JSON of what the last merge did.
    pub last_outcome: String,
    /// When the newest file merged from them was written (their clock).
    pub last_written_at: Option<chrono::DateTime<chrono::Utc>>,
}

pub(crate) fn partner_get(tx: &Transaction, organisation_id: Uuid) -> Result<Option<PartnerRow>> {
    Ok(tx
        .query_row(
            "SELECT organisation_id, name, last_merged_at, last_digest, last_outcome,
                    last_written_at
             FROM exchange_partner WHERE organisation_id = ?1",
            [organisation_id.to_string()],
            |r| {
                let merged: Option<String> = r.get(2)?;
                let written: Option<String> = r.get(5)?;
                Ok(PartnerRow {
                    organisation_id: get_id(r, 0)?,
                    name: r.get(1)?,
                    last_merged_at: merged
                        .and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok())
                        .map(|t| t.with_timezone(&chrono::Utc)),
                    last_digest: r.get(3)?,
                    last_outcome: r.get(4)?,
                    last_written_at: written
                        .and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok())
                        .map(|t| t.with_timezone(&chrono::Utc)),
                })
            },
        )
        .optional()?)
}

pub(crate) fn partner_put(tx: &Transaction, row: &PartnerRow) -> Result<()> {
    let merged = row
        .last_merged_at
        .as_ref()
        .map(|t| instant("last_merged_at", t))
        .transpose()?;
    let written = row
        .last_written_at
        .as_ref()
        .map(|t| instant("last_written_at", t))
        .transpose()?;
    tx.execute(
        "INSERT INTO exchange_partner (organisation_id, name, last_merged_at, last_digest,
                                       last_outcome, last_written_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (organisation_id) DO UPDATE SET name = excluded.name,
            last_merged_at = excluded.last_merged_at, last_digest = excluded.last_digest,
            last_outcome = excluded.last_outcome, last_written_at = excluded.last_written_at",
        params![
            row.organisation_id.to_string(),
            row.name,
            merged,
            row.last_digest,
            row.last_outcome,
            written
        ],
    )?;
    Ok(())
}

/// Remembers the digest of the bytes of the file just merged from `organisation_id`, as
/// they were on disk (see [`partner_by_file_digest`]).
pub(crate) fn partner_file_digest_put(
    tx: &Transaction,
    organisation_id: Uuid,
    file_digest: &str,
) -> Result<()> {
    tx.execute(
        "UPDATE exchange_partner SET last_file_digest = ?2 WHERE organisation_id = ?1",
        params![organisation_id.to_string(), file_digest],
    )?;
    Ok(())
}

/// The partner whose last merged file had exactly these bytes (SHA-256, hex), if any: a file
/// merged by hand that the exchange folder cannot open itself (sealed) is known by them.
pub(crate) fn partner_by_file_digest(
    tx: &Transaction,
    file_digest: &str,
) -> Result<Option<PartnerRow>> {
    let id: Option<Uuid> = tx
        .query_row(
            "SELECT organisation_id FROM exchange_partner
             WHERE last_file_digest = ?1 AND last_file_digest != ''",
            [file_digest],
            |r| get_id(r, 0),
        )
        .optional()?;
    match id {
        Some(id) => partner_get(tx, id),
        None => Ok(None),
    }
}

/// The tables a merge may delete a record from (its children go with it, by the schema's
/// cascades).
const RECORD_TABLES: [&str; 6] = [
    "priority_issue",
    "target_state",
    "meeting",
    "submission",
    "received_recommendation",
    "custom_milestone",
];

/// Deletes the record `id` from `table`, one of [`RECORD_TABLES`].
pub(crate) fn record_delete(tx: &Transaction, table: &str, id: Uuid) -> Result<()> {
    if !RECORD_TABLES.contains(&table) {
        return Err(Error::invalid(
            "record kind",
            "cannot be deleted by a merge",
        ));
    }
    tx.execute(
        &format!("DELETE FROM {table} WHERE id = ?1"),
        [id.to_string()],
    )?;
    Ok(())
}
