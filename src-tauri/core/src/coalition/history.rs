//! The exchange history of a campaign's records: for each, its version vector, the hash of
//! its shared content when the clock last moved, who changed it last, and whether it was
//! deleted. Saves in the window do not touch it; instead, before every share, merge and
//! settlement, [`bring_up_to_date`] compares each record with its stored hash and counts a
//! change by this organisation where they differ (and a deletion where the record is gone),
//! so that "changed on this side since the last exchange" is always decidable.

use std::collections::BTreeMap;

use rusqlite::Transaction;
use uuid::Uuid;

use super::bundle::Author;
use super::clock::Clock;
use super::records::{self, content_hash, shared_content, Kind, Local};
use crate::store::{self, SharedRow};
use crate::Result;

/// A record's history, read.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub kind: Kind,
    pub clock: Clock,
    pub content_hash: String,
    pub changed_by: Author,
    pub deleted: bool,
}

impl Entry {
    fn from_row(row: &SharedRow) -> Option<Entry> {
        Some(Entry {
            kind: Kind::from_word(&row.kind)?,
            clock: Clock::from_json(&row.clock),
            content_hash: row.content_hash.clone(),
            changed_by: Author {
                id: row.changed_by_id,
                name: row.changed_by_name.clone(),
                full_name: String::new(),
            },
            deleted: row.deleted,
        })
    }

    pub fn save(&self, tx: &Transaction, campaign_id: Uuid, id: Uuid) -> Result<()> {
        store::shared_row_put(
            tx,
            campaign_id,
            &SharedRow {
                record_id: id,
                kind: self.kind.word().into(),
                clock: self.clock.to_json(),
                content_hash: self.content_hash.clone(),
                changed_by_id: self.changed_by.id,
                changed_by_name: self.changed_by.name.clone(),
                deleted: self.deleted,
            },
        )
    }
}

/// The campaign's records and their histories, as they stand.
pub struct State {
    pub records: BTreeMap<Uuid, Local>,
    pub entries: BTreeMap<Uuid, Entry>,
}

/// The histories as stored, without counting anything new.
pub fn read(tx: &Transaction, campaign_id: Uuid) -> Result<BTreeMap<Uuid, Entry>> {
    Ok(store::shared_rows(tx, campaign_id)?
        .iter()
        .filter_map(|row| Some((row.record_id, Entry::from_row(row)?)))
        .collect())
}

/// Counts every change this side made since the histories were last brought up to date as a
/// change by `me`, and returns the records and their histories.
pub fn bring_up_to_date(tx: &Transaction, campaign_id: Uuid, me: &Author) -> Result<State> {
    let mut entries = read(tx, campaign_id)?;
    let records: BTreeMap<Uuid, Local> = records::read_all(tx, campaign_id)?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    for (id, record) in &records {
        let hash = content_hash(&shared_content(record.kind, &record.data));
        let changed = match entries.get(id) {
            None => true,
            Some(entry) => entry.deleted || entry.content_hash != hash,
        };
        if changed {
            let entry = entries.entry(*id).or_insert_with(|| Entry {
                kind: record.kind,
                clock: Clock::default(),
                content_hash: String::new(),
                changed_by: me.clone(),
                deleted: false,
            });
            entry.clock.tick(me.id);
            entry.content_hash = hash;
            entry.changed_by = me.clone();
            entry.deleted = false;
            entry.save(tx, campaign_id, *id)?;
        }
    }
    for (id, entry) in entries.iter_mut() {
        // The campaign itself is never tombstoned: deleting it deletes its histories too.
        if !entry.deleted && entry.kind != Kind::Campaign && !records.contains_key(id) {
            entry.clock.tick(me.id);
            entry.content_hash = String::new();
            entry.changed_by = me.clone();
            entry.deleted = true;
            entry.save(tx, campaign_id, *id)?;
        }
    }
    Ok(State { records, entries })
}
