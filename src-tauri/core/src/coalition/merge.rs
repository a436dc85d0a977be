//! Merging a partner's share file: one transaction, after a snapshot of the data folder.
//! Records are matched by id; one changed only on the partner's side since the last exchange
//! takes the partner's version, one changed only here stays; new records arrive, deletions
//! travel; one changed on both sides (or deleted on one and edited on the other) becomes a
//! conflict with both versions kept and nothing overwritten. Merging the same file again
//! changes nothing.

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::Transaction;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::bundle::{file_digest, open_bytes, Author, Bundle, SharedRecord};
use super::clock::Order;
use super::history::{self, Entry, State};
use super::records::{self, content_hash, name_of, shared_content, Kind, Local, Written};
use crate::error::ExchangeProblem;
use crate::model::{now, Organisation};
use crate::passphrase::Passphrase;
use crate::store::{self, ConflictRow, PartnerRow, SnapshotReason, Store};
use crate::{Error, Result};

/// One record a merge touched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Change {
    pub kind: Kind,
    pub id: Uuid,
    pub name: String,
}

/// What a merge did, for the summary the user reads ("from WLAC: 3 new recommendations,
/// 1 conflict").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MergeOutcome {
    pub from: Author,
    pub state_under_review: String,
    pub written_at: DateTime<Utc>,
    /// Records that arrived.
    pub added: Vec<Change>,
    /// Records that took the partner's newer version.
    pub updated: Vec<Change>,
    /// Records the partner deleted, deleted here too.
    pub deleted: Vec<Change>,
    /// Records changed on both sides: both versions kept until settled.
    pub conflicts: Vec<Change>,
    /// Recommendations (of priority issues) that arrived with this file.
    pub new_recommendations: usize,
    /// The sender, when this merge added it to the organisation's coalition partners (its
    /// work is now in the campaign, so joint documents name it).
    #[serde(default)]
    pub added_partner: Option<String>,
}

impl MergeOutcome {
    /// True when the merge changed nothing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.updated.is_empty()
            && self.deleted.is_empty()
            && self.conflicts.is_empty()
    }
}

/// Reads the share file at `path` (opened with `passphrase` when it is encrypted) and
/// merges it.
pub fn merge_file(
    store: &mut Store,
    path: &Path,
    passphrase: Option<&Passphrase>,
) -> Result<MergeOutcome> {
    let (bundle, name, digest) = read_file(path, passphrase)?;
    merge_bytes_of(store, &bundle, &name, Some(&digest))
}

/// Joins a partner's campaign: an empty data folder takes `organisation` as its own and the
/// campaign of the partner's share file at `path` (read, with `passphrase` when it is
/// encrypted, and refused if need be, first).
pub fn join_file(
    store: &mut Store,
    organisation: Organisation,
    path: &Path,
    passphrase: Option<&Passphrase>,
) -> Result<MergeOutcome> {
    join_file_making_room(store, organisation, path, passphrase, |store| {
        if store.is_empty()? {
            Ok(None)
        } else {
            Err(Error::invalid(
                "data folder",
                "already holds an organisation or a campaign: join from an empty data folder, or merge the file into this one",
            ))
        }
    })
}

/// Joins like [`join_file`] in one step: once the file is read, `make_room` says what replaces
/// what the store holds (`None`: it is empty; or refuses); then, after one snapshot of what
/// is replaced, the replacement, the organisation and the partner's campaign are written in
/// one transaction. A file that cannot be read, or anything refused on the way, leaves the
/// store exactly as it was.
pub fn join_file_making_room(
    store: &mut Store,
    organisation: Organisation,
    path: &Path,
    passphrase: Option<&Passphrase>,
    make_room: impl FnOnce(&mut Store) -> Result<Option<crate::exchange::Document>>,
) -> Result<MergeOutcome> {
    let (bundle, _, digest) = read_file(path, passphrase)?;
    store.refuse_if_read_only()?;
    let replacement = make_room(store)?;
    if replacement.is_some() && !store.is_empty()? {
        store.take_snapshot(SnapshotReason::BeforeReplace)?;
    }
    store.write(|tx| {
        if let Some(doc) = &replacement {
            crate::exchange::import_into(tx, doc)?;
        }
        store::organisation_save_in(tx, organisation)?;
        let outcome = merge_into(tx, &bundle, false)?;
        store::partner_file_digest_put(tx, bundle.from.id, &digest)?;
        Ok(outcome)
    })
}

/// The bundle of the file at `path`, the file's name and the digest of its bytes on disk.
fn read_file(path: &Path, passphrase: Option<&Passphrase>) -> Result<(Bundle, String, String)> {
    let bytes = std::fs::read(path).map_err(|source| Error::ReadFile {
        path: path.to_path_buf(),
        source,
    })?;
    let name = path.display().to_string();
    let digest = file_digest(&bytes);
    let plain = open_bytes(bytes, passphrase, &name)?;
    Ok((Bundle::from_bytes(&plain, &name)?, name, digest))
}

/// Merges a partner's share file into the store, in one transaction, after a snapshot. A
/// file of a campaign other than the one this data folder holds is refused (`file` names
/// it in the error); a data folder without a campaign takes the file's campaign.
pub fn merge(store: &mut Store, bundle: &Bundle, file: &str) -> Result<MergeOutcome> {
    merge_bytes_of(store, bundle, file, None)
}

/// Like [`merge`], remembering `file_digest` (the digest of the file's bytes on disk, see
/// [`file_digest`]) as the sender's last merged file, in the same transaction.
pub(crate) fn merge_bytes_of(
    store: &mut Store,
    bundle: &Bundle,
    file: &str,
    file_digest: Option<&str>,
) -> Result<MergeOutcome> {
    store.refuse_if_read_only()?;
    let held = store
        .campaigns()?
        .iter()
        .any(|c| c.id == bundle.campaign.id);
    if !held {
        if let Some(current) = store.current_campaign()? {
            return Err(Error::InvalidExchange {
                file: file.to_string(),
                problem: ExchangeProblem::OtherCampaign {
                    found: bundle.campaign.state_under_review.clone(),
                    held: current.state_under_review,
                },
            });
        }
    }
    if !store.is_empty()? {
        store.take_snapshot(SnapshotReason::BeforeMerge)?;
    }
    store.write(|tx| {
        let outcome = merge_into(tx, bundle, held)?;
        if let Some(digest) = file_digest {
            store::partner_file_digest_put(tx, bundle.from.id, digest)?;
        }
        Ok(outcome)
    })
}

fn merge_into(tx: &Transaction, bundle: &Bundle, held: bool) -> Result<MergeOutcome> {
    let campaign_id = bundle.campaign.id;
    let mut state = if held {
        history::bring_up_to_date(tx, campaign_id, &super::own_author(tx)?)?
    } else {
        State {
            records: Default::default(),
            entries: Default::default(),
        }
    };
    let mut outcome = MergeOutcome {
        from: bundle.from.clone(),
        state_under_review: bundle.campaign.state_under_review.clone(),
        written_at: bundle.written_at,
        added: Vec::new(),
        updated: Vec::new(),
        deleted: Vec::new(),
        conflicts: Vec::new(),
        new_recommendations: 0,
        added_partner: None,
    };
    // A file written before the newest one merged from its sender is stale: it brings no
    // record unknown here (a purged tombstone's record among them), see `tombstones`.
    let known = store::partner_get(tx, bundle.from.id)?;
    let stale = known
        .as_ref()
        .and_then(|p| p.last_written_at)
        .is_some_and(|newest| bundle.written_at < newest);
    // What was taken, and how it was written: one written without links to records not held
    // here keeps the partner's hash.
    let mut taken = std::collections::HashMap::new();
    // Items' positions before the merge, for putting lists in order at its end.
    let mut positions: std::collections::HashMap<Uuid, u64> = state
        .records
        .values()
        .filter(|l| l.kind.is_item())
        .filter_map(|l| Some((l.id, l.data.get("position")?.as_u64()?)))
        .collect();
    let mut reordered = std::collections::BTreeSet::new();
    let mut incoming: Vec<&SharedRecord> = bundle.records.iter().collect();
    incoming.sort_by_key(|r| r.kind);
    for theirs in incoming {
        let mut entry = state.entries.get(&theirs.id).cloned();
        if stale && entry.is_none() {
            continue;
        }
        if orphan(theirs, &state) && entry.is_none() {
            // An item added there to an issue deleted here: it was deleted here with its
            // issue, so it is a conflict (kept, never lost), not a silent arrival.
            let mut clock = super::clock::Clock::default();
            clock.tick(super::own_author(tx)?.id);
            let deleted = Entry {
                kind: theirs.kind,
                clock,
                content_hash: String::new(),
                changed_by: super::own_author(tx)?,
                deleted: true,
            };
            deleted.save(tx, campaign_id, theirs.id)?;
            state.entries.insert(theirs.id, deleted.clone());
            entry = Some(deleted);
        }
        match entry {
            None => {
                let written = take(tx, campaign_id, theirs, &mut state, &mut outcome)?;
                taken.insert(theirs.id, written);
            }
            Some(mine) => match theirs.clock.compare(&mine.clock) {
                Order::Same | Order::Before => {}
                Order::After if !orphan(theirs, &state) && !drops_items(bundle, theirs, &state) => {
                    let written = take(tx, campaign_id, theirs, &mut state, &mut outcome)?;
                    taken.insert(theirs.id, written);
                }
                // Both sides made the same change (often the same deletion's side effects):
                // no conflict, and their history is taken, so that a later change on their
                // side replaces this one without asking.
                Order::Concurrent if same_content(theirs, &mine) => {
                    let adopted = Entry {
                        clock: theirs.clock.clone(),
                        changed_by: theirs.changed_by.clone(),
                        ..mine
                    };
                    adopted.save(tx, campaign_id, theirs.id)?;
                    state.entries.insert(theirs.id, adopted);
                    store::conflict_delete(tx, theirs.id)?;
                }
                Order::After | Order::Concurrent => {
                    keep_conflict(tx, campaign_id, theirs)?;
                    // An item changed there in an issue deleted here: the deletion of the
                    // issue is in question too (taking theirs brings its items back).
                    if let Some(issue) = orphan_issue(bundle, theirs, &state) {
                        if !outcome.conflicts.iter().any(|c| c.id == issue.id) {
                            keep_conflict(tx, campaign_id, issue)?;
                            outcome.conflicts.push(Change {
                                kind: issue.kind,
                                id: issue.id,
                                name: issue
                                    .data
                                    .as_ref()
                                    .map(|d| name_of(issue.kind, d))
                                    .unwrap_or_default(),
                            });
                        }
                    }
                    let name = state
                        .records
                        .get(&theirs.id)
                        .map(|l| name_of(l.kind, &l.data))
                        .or_else(|| theirs.data.as_ref().map(|d| name_of(theirs.kind, d)))
                        .unwrap_or_default();
                    outcome.conflicts.push(Change {
                        kind: theirs.kind,
                        id: theirs.id,
                        name,
                    });
                }
            },
        }
    }
    for theirs in bundle.records.iter().filter(|r| taken.contains_key(&r.id)) {
        let Some(data) = theirs.data.as_ref().filter(|_| theirs.kind.is_item()) else {
            continue;
        };
        if let (Some(issue), Some(at)) = (
            super::items::issue_of(data),
            data.get("position").and_then(|p| p.as_u64()),
        ) {
            positions.insert(theirs.id, at);
            reordered.insert(issue);
        }
    }
    super::items::order(tx, campaign_id, &reordered, &positions)?;
    // A record's position in its list is part of its content, and it is only final once all
    // records are written: the hashes of what was taken are taken now.
    for (id, entry) in state.entries.iter_mut() {
        if taken.get(id) == Some(&Written::AsSent) && !entry.deleted {
            entry.content_hash = stored_hash(tx, campaign_id, entry.kind, *id)?;
            entry.save(tx, campaign_id, *id)?;
        }
    }
    // What the merge changed as a side effect (a target State's asks of a recommendation
    // deleted with its issue) is a change made here; where it leaves a record as the partner
    // has it, that record's conflict has gone, now rather than at the next merge.
    if held {
        let after = history::bring_up_to_date(tx, campaign_id, &super::own_author(tx)?)?;
        let mut settled = Vec::new();
        for theirs in bundle
            .records
            .iter()
            .filter(|r| outcome.conflicts.iter().any(|c| c.id == r.id))
        {
            let Some(mine) = after.entries.get(&theirs.id) else {
                continue;
            };
            if same_content(theirs, mine) {
                let adopted = Entry {
                    clock: theirs.clock.clone(),
                    changed_by: theirs.changed_by.clone(),
                    ..mine.clone()
                };
                adopted.save(tx, campaign_id, theirs.id)?;
                store::conflict_delete(tx, theirs.id)?;
                settled.push(theirs.id);
            }
        }
        outcome.conflicts.retain(|c| !settled.contains(&c.id));
    }
    if !(outcome.added.is_empty() && outcome.updated.is_empty() && outcome.deleted.is_empty()) {
        outcome.added_partner = list_as_partner(tx, &bundle.from)?;
    }
    if known.as_ref().map(|p| p.last_digest.as_str()) != Some(bundle.digest.as_str()) {
        let newest = known
            .as_ref()
            .and_then(|p| p.last_written_at)
            .map_or(bundle.written_at, |w| w.max(bundle.written_at));
        store::partner_put(
            tx,
            &PartnerRow {
                organisation_id: bundle.from.id,
                name: bundle.from.name.clone(),
                last_merged_at: Some(now()),
                last_digest: bundle.digest.clone(),
                last_outcome: serde_json::to_string(&outcome).expect("an outcome serialises"),
                last_written_at: Some(newest),
            },
        )?;
    }
    if held && !stale {
        super::tombstones::acknowledge(tx, campaign_id, bundle)?;
        let keep = store::settings_in(tx)?.tombstone_keep_days;
        let me = super::own_author(tx)?.id;
        super::tombstones::purge(
            tx,
            campaign_id,
            me,
            chrono::Duration::days(i64::from(keep)),
            now(),
        )?;
    }
    Ok(outcome)
}

/// Adds the sender to the organisation's coalition partners unless it is there (by name or
/// acronym) or is this organisation; returns its name when added.
fn list_as_partner(tx: &Transaction, from: &Author) -> Result<Option<String>> {
    let Some(mut org) = store::organisation_get(tx)? else {
        return Ok(None);
    };
    let (name, acronym) = if from.full_name.is_empty() {
        (from.name.clone(), String::new())
    } else {
        (from.full_name.clone(), from.name.clone())
    };
    let same = |a: &str, b: &str| !a.trim().is_empty() && a.trim().eq_ignore_ascii_case(b.trim());
    let listed = org
        .partners
        .iter()
        .any(|p| same(&p.name, &name) || same(&p.acronym, &from.name) || same(&p.name, &from.name));
    if org.id == from.id || listed {
        return Ok(None);
    }
    let stamp = now();
    org.partners.push(crate::model::Partner {
        id: crate::model::new_id(),
        name: name.clone(),
        acronym,
        contact_email: String::new(),
        created_at: stamp,
        updated_at: stamp,
    });
    // A window holding the organisation's old copy must not save it over this one.
    org.version += 1;
    org.updated_at = stamp;
    store::organisation_put(tx, &org)?;
    Ok(Some(name))
}

/// A partner's deletion of a priority issue that would take with it items this side added
/// or changed since (the file does not delete them too): a conflict, never a silent loss.
fn drops_items(bundle: &Bundle, theirs: &SharedRecord, state: &State) -> bool {
    if theirs.kind != Kind::PriorityIssue || !theirs.deleted {
        return false;
    }
    state.records.values().any(|item| {
        item.kind.is_item()
            && super::items::issue_of(&item.data) == Some(theirs.id)
            && !bundle.records.iter().any(|r| {
                r.id == item.id
                    && r.deleted
                    && state.entries.get(&item.id).is_some_and(|mine| {
                        matches!(r.clock.compare(&mine.clock), Order::After | Order::Same)
                    })
            })
    })
}

/// The partner's (living) issue of an item whose issue is not held here.
fn orphan_issue<'b>(
    bundle: &'b Bundle,
    theirs: &SharedRecord,
    state: &State,
) -> Option<&'b SharedRecord> {
    if !orphan(theirs, state) {
        return None;
    }
    let issue = theirs.data.as_ref().and_then(super::items::issue_of)?;
    bundle
        .records
        .iter()
        .find(|r| r.id == issue && r.data.is_some())
}

/// An item whose priority issue is not held here (deleted here): it cannot be written.
fn orphan(theirs: &SharedRecord, state: &State) -> bool {
    theirs.kind.is_item()
        && theirs
            .data
            .as_ref()
            .and_then(super::items::issue_of)
            .is_some_and(|issue| !state.records.contains_key(&issue))
}

fn same_content(theirs: &SharedRecord, mine: &Entry) -> bool {
    match (&theirs.data, theirs.deleted, mine.deleted) {
        (_, true, true) => true,
        (Some(data), false, false) => content_hash(data) == mine.content_hash,
        _ => false,
    }
}

/// Keeps the partner's version beside ours; the same version kept twice keeps its date.
fn keep_conflict(tx: &Transaction, campaign_id: Uuid, theirs: &SharedRecord) -> Result<()> {
    let json = serde_json::to_string(theirs).expect("a shared record serialises");
    if let Some(kept) = store::conflict_get(tx, theirs.id)? {
        if kept.theirs == json {
            return Ok(());
        }
    }
    store::conflict_put(
        tx,
        &ConflictRow {
            record_id: theirs.id,
            campaign_id,
            kind: theirs.kind.word().into(),
            theirs: json,
            found_at: now(),
        },
    )
}

/// Takes the partner's version of a record (or its deletion), with its history.
fn take(
    tx: &Transaction,
    campaign_id: Uuid,
    theirs: &SharedRecord,
    state: &mut State,
    outcome: &mut MergeOutcome,
) -> Result<Written> {
    let local = state.records.get(&theirs.id).cloned();
    let (entry, written) = apply(tx, campaign_id, theirs, local.as_ref())?;
    store::conflict_delete(tx, theirs.id)?;
    let change = |data: &serde_json::Value| Change {
        kind: theirs.kind,
        id: theirs.id,
        name: name_of(theirs.kind, data),
    };
    match (&theirs.data, &local) {
        (None, Some(l)) => {
            state.records.remove(&theirs.id);
            // Items deleted with their issue are said with it.
            let with_issue = super::items::issue_of(&l.data)
                .is_some_and(|issue| !state.records.contains_key(&issue));
            if !with_issue {
                outcome.deleted.push(change(&l.data));
            }
        }
        (None, None) => {}
        (Some(data), l) => {
            outcome.new_recommendations += new_recommendations(theirs.kind, data, l.as_ref());
            if let Some(fresh) = records::read_one(tx, campaign_id, theirs.kind, theirs.id)? {
                state.records.insert(theirs.id, fresh);
            }
            if l.is_some() {
                outcome.updated.push(change(data));
            } else {
                outcome.added.push(change(data));
            }
        }
    }
    state.entries.insert(theirs.id, entry);
    Ok(written)
}

/// Writes (or deletes) the partner's version and stores its history: the partner's clock
/// and author, and the hash of the content as this store now holds it. Where the write
/// dropped links to records not held here, the hash is that of the partner's content, the
/// version their clock stands for: the next [`history::bring_up_to_date`] counts the dropped
/// links as a change made here, which travels on, so that no two sides hold different
/// content under the same clock (a settlement that later brings the linked records back
/// cannot bring the links back).
pub(super) fn apply(
    tx: &Transaction,
    campaign_id: Uuid,
    theirs: &SharedRecord,
    local: Option<&Local>,
) -> Result<(Entry, Written)> {
    let mut entry = Entry {
        kind: theirs.kind,
        clock: theirs.clock.clone(),
        content_hash: String::new(),
        changed_by: theirs.changed_by.clone(),
        deleted: true,
    };
    let mut written = Written::AsSent;
    match &theirs.data {
        None => {
            if local.is_some() {
                records::delete(tx, campaign_id, theirs.kind, theirs.id)?;
            }
        }
        Some(data) => {
            written = records::write(tx, campaign_id, theirs.kind, data, local)?;
            entry.deleted = false;
            entry.content_hash = match written {
                Written::AsSent => stored_hash(tx, campaign_id, theirs.kind, theirs.id)?,
                Written::WithoutUnheldLinks => content_hash(data),
            };
        }
    }
    entry.save(tx, campaign_id, theirs.id)?;
    Ok((entry, written))
}

/// The hash of the record as the store holds it now.
pub(super) fn stored_hash(
    tx: &Transaction,
    campaign_id: Uuid,
    kind: Kind,
    id: Uuid,
) -> Result<String> {
    Ok(records::read_one(tx, campaign_id, kind, id)?
        .map(|r| content_hash(&shared_content(kind, &r.data)))
        .unwrap_or_default())
}

fn new_recommendations(kind: Kind, theirs: &serde_json::Value, local: Option<&Local>) -> usize {
    if kind == Kind::Recommendation {
        return usize::from(local.is_none());
    }
    if kind != Kind::PriorityIssue {
        return 0;
    }
    let ids = |data: &serde_json::Value| -> Vec<String> {
        data.get("recommendations")
            .and_then(|r| r.as_array())
            .map(|list| {
                list.iter()
                    .filter_map(|r| r.get("id").and_then(|i| i.as_str()).map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let held = local.map(|l| ids(&l.data)).unwrap_or_default();
    ids(theirs).iter().filter(|id| !held.contains(id)).count()
}
