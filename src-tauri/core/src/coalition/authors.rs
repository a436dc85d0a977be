//! Which organisation last changed each record, for the window's discreet mention ("last
//! changed by MCHR"). Only records a partner changed last are named: a record edited here
//! since the last exchange is this organisation's, whatever its history says. Documents never
//! read this: who changed what is never printed.

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use super::bundle::Author;
use super::history;
use super::records::{self, content_hash, shared_content};
use crate::store::Store;
use crate::Result;

/// A record last changed by a partner organisation.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ChangedBy {
    pub id: Uuid,
    pub by: Author,
}

/// The records of the current campaign that a partner changed last (none without a campaign
/// or an organisation). Reads only.
pub fn changed_by_partners(store: &mut Store) -> Result<Vec<ChangedBy>> {
    store.read(|tx| {
        let (Some(org), Some(campaign)) = (
            crate::store::organisation_get(tx)?,
            crate::store::campaign_list(tx)?.into_iter().next(),
        ) else {
            return Ok(Vec::new());
        };
        let entries = history::read(tx, campaign.id)?;
        let mut out = Vec::new();
        for record in records::read_all(tx, campaign.id)? {
            let Some(entry) = entries.get(&record.id) else {
                continue;
            };
            let unchanged_here =
                entry.content_hash == content_hash(&shared_content(record.kind, &record.data));
            if entry.changed_by.id != org.id && unchanged_here && !entry.deleted {
                out.push(ChangedBy {
                    id: record.id,
                    by: entry.changed_by.clone(),
                });
            }
        }
        Ok(out)
    })
}
