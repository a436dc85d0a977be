//! Coalition work without a server: a campaign (or chosen priority issues of it) shared with
//! a partner organisation as a file, and a partner's file merged into the store, record by
//! record, without overwriting anything either side changed.
//!
//! - `bundle`: the share file (`.uprshare`), its format version, digest and strict reading.
//! - `records`: the kinds of record shared, as JSON, and what of each stays private.
//! - `items`: a priority issue's key facts, questions and recommendations as records of
//!   their own, merged item by item.
//! - `clock`: version vectors, which decide whether a version descends from the other.
//! - `history`: each record's version vector and last author, brought up to date with the
//!   saves made here since the last exchange.
//! - `share`: what a share file will contain (the preview) and writing it.
//! - `merge`: one transaction after a snapshot: one-sided changes taken, new records added,
//!   deletions applied, records changed on both sides kept as conflicts.
//! - `authors`: which records a partner changed last, for the window's discreet mention.
//! - `folder`: the exchange folder, where the share files of all partners meet.
//! - `conflicts`: the open conflicts, side by side field by field, and settling them.
//! - `tombstones`: tombstones purged once old and acknowledged by every partner, and stale
//!   files kept from bringing purged records back.

mod authors;
mod bundle;
mod clock;
mod conflicts;
mod folder;
mod history;
mod items;
mod merge;
mod records;
mod share;
mod tombstones;

pub use authors::{changed_by_partners, ChangedBy};
pub use bundle::{
    open_bytes, seal_bytes, Author, Bundle, CampaignRef, SharedRecord, EXTENSION, FORMAT,
    OLDEST_VERSION, VERSION,
};
pub use clock::{Clock, Order};
pub use conflicts::{conflicts, settle, Conflict, FieldDifference, Settlement};
pub use folder::{choose_folder, pick_up, write_to_folder, FolderFile, Sealed};
pub use merge::{join_file, join_file_making_room, merge, merge_file, Change, MergeOutcome};
pub use records::Kind;
pub use share::{bundle, preview, share, MeetingChoice, PreviewItem, ShareChoice, SharePreview};

use rusqlite::Transaction;

use crate::{Error, Result};

/// This organisation, as share files and histories name it.
fn own_author(tx: &Transaction) -> Result<Author> {
    let org = crate::store::organisation_get(tx)?.ok_or(Error::NoOrganisation)?;
    Ok(author_of(&org))
}

/// An organisation as histories name it: by id and short name (records' authors carry no
/// more, so that a history reads back as it was written).
fn author_of(org: &crate::model::Organisation) -> Author {
    let acronym = org.acronym.trim();
    Author {
        id: org.id,
        name: if acronym.is_empty() {
            org.name.clone()
        } else {
            acronym.to_string()
        },
        full_name: String::new(),
    }
}

#[cfg(test)]
mod laws_tests;
/// This organisation as the sender of a share file: with its full name beside an acronym,
/// for the partner's list of coalition partners.
fn own_sender(tx: &Transaction) -> Result<Author> {
    let org = crate::store::organisation_get(tx)?.ok_or(Error::NoOrganisation)?;
    let mut sender = author_of(&org);
    if sender.name != org.name {
        sender.full_name = org.name.clone();
    }
    Ok(sender)
}

#[cfg(test)]
mod tests;
