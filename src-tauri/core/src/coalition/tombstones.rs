//! Purging tombstones once it is safe. A deletion travels as a tombstone (an id and a version
//! vector, no content); kept forever, tombstones would fill every share file. One may go when
//! both hold:
//!
//! - it is older than the setting `tombstone_keep_days` (here since then), and
//! - every partner this organisation merged a file from has acknowledged it: that partner's
//!   last file held the record deleted with a version vector that covers ours, or, being a
//!   whole-campaign file, did not hold it (a partner that purged it first still lets the
//!   others purge theirs).
//!
//! A purged record must not come back from a late, stale file (a partner's file written
//! before the one that acknowledged the deletion, arriving afterwards). Such a file is older
//! than the newest file merged from its sender (`exchange_partner.last_written_at`); a stale
//! file brings no record unknown here, so a purged record is not taken again. The records it
//! holds that are known here merge as usual: their version vectors say they are not newer.
//!
//! Purging runs inside the transaction of a merge, never alone.

use chrono::{DateTime, Utc};
use rusqlite::Transaction;
use uuid::Uuid;

use super::bundle::Bundle;
use super::clock::{Clock, Order};
use crate::store;
use crate::Result;

/// Notes which of this side's tombstones the sender of `bundle` acknowledged: its file holds
/// the record deleted (with its version vector), or — a whole-campaign file — does not hold
/// it at all (the sender purged it, or never had it: either way it will not send it alive).
/// A stale file acknowledges nothing.
pub(super) fn acknowledge(tx: &Transaction, campaign_id: Uuid, bundle: &Bundle) -> Result<()> {
    for (id, mine) in super::history::read(tx, campaign_id)? {
        if !mine.deleted {
            continue;
        }
        match bundle.records.iter().find(|r| r.id == id) {
            Some(theirs) if theirs.deleted => {
                store::tombstone_ack_put(tx, id, bundle.from.id, &theirs.clock.to_json())?
            }
            None if !bundle.issues_only => {
                store::tombstone_ack_put(tx, id, bundle.from.id, &mine.clock.to_json())?
            }
            _ => {}
        }
    }
    Ok(())
}

/// Purges the campaign's tombstones that are older than `keep` at `now` and acknowledged
/// by every partner (none is purged before a first partner's file was merged, nor while it
/// is in conflict). Returns how many went.
pub(super) fn purge(
    tx: &Transaction,
    campaign_id: Uuid,
    me: Uuid,
    keep: chrono::Duration,
    now: DateTime<Utc>,
) -> Result<usize> {
    let partners: Vec<Uuid> = store::partner_ids(tx)?
        .into_iter()
        .filter(|p| *p != me)
        .collect();
    if partners.is_empty() {
        return Ok(0);
    }
    let mut purged = 0;
    for (id, clock) in store::tombstones_before(tx, campaign_id, &(now - keep))? {
        let ours = Clock::from_json(&clock);
        let acks = store::tombstone_acks(tx, id)?;
        let covered = partners.iter().all(|p| {
            acks.iter().any(|(by, theirs)| {
                by == p
                    && matches!(
                        Clock::from_json(theirs).compare(&ours),
                        Order::Same | Order::After
                    )
            })
        });
        if covered && store::conflict_get(tx, id)?.is_none() {
            store::shared_row_delete(tx, id)?;
            purged += 1;
        }
    }
    Ok(purged)
}
