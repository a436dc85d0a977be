//! Writing a share file for a partner, and the preview that lists exactly what it will
//! contain before it is written. What is private stays out: contact persons always, meetings
//! (with their notes) unless the user includes them, meeting by meeting.

use std::path::Path;

use rusqlite::Transaction;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::bundle::{seal_bytes, Author, Bundle, CampaignRef, SharedRecord, FORMAT, VERSION};
use super::history;
use super::records::{name_of, shared_content, Kind};
use crate::model::now;
use crate::passphrase::Passphrase;
use crate::store::Store;
use crate::{Error, Result};

/// Which meetings go into the share file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "include", content = "ids", rename_all = "snake_case")]
pub enum MeetingChoice {
    #[default]
    None,
    All,
    /// The meetings the user ticked.
    Chosen(Vec<Uuid>),
}

/// What the user chose to share.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ShareChoice {
    /// Titles of the priority issues to share (any case); empty: the whole campaign.
    #[serde(default)]
    pub issues: Vec<String>,
    /// The partner the file is for, as the user names them.
    #[serde(default)]
    pub partner: Option<String>,
    #[serde(default)]
    pub meetings: MeetingChoice,
}

/// One record the file will hold.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PreviewItem {
    pub kind: Kind,
    pub id: Uuid,
    pub name: String,
    /// A deletion travelling to the partner (no content).
    pub deleted: bool,
}

/// Exactly what the share file will contain.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SharePreview {
    pub from: Author,
    pub partner: Option<String>,
    pub state_under_review: String,
    pub items: Vec<PreviewItem>,
    /// Meetings of the campaign left out of the file.
    pub meetings_left_out: usize,
    /// Contact persons of target States, which never leave the organisation.
    pub contacts_left_out: usize,
}

/// What the share file for `choice` will contain; nothing is written.
pub fn preview(store: &mut Store, choice: &ShareChoice) -> Result<SharePreview> {
    // The histories are brought up to date inside this transaction and rolled back with it.
    store.read(|tx| Ok(build(tx, choice)?.1))
}

/// Writes the share file for `choice` to `out` (whole or not at all, never into the data
/// folder), encrypted to `passphrase` when there is one, and returns what it holds. While
/// the data folder is encrypted, a share file is too: without a passphrase it is refused
/// and nothing is written.
pub fn share(
    store: &mut Store,
    choice: &ShareChoice,
    out: &Path,
    passphrase: Option<&Passphrase>,
) -> Result<SharePreview> {
    if store.is_encrypted() && passphrase.is_none() {
        return Err(Error::invalid(
            "share file",
            "the data folder is encrypted, so its share files are too: give a passphrase for the file (the partner needs it to open the file). Nothing was written",
        ));
    }
    store.check_output(out)?;
    let (bundle, preview) = store.write(|tx| build(tx, choice))?;
    let bytes = seal_bytes(bundle.to_json().into_bytes(), passphrase)?;
    store.write_output(out, &bytes)?;
    Ok(preview)
}

/// The share file for `choice`, in memory (the histories brought up to date).
pub fn bundle(store: &mut Store, choice: &ShareChoice) -> Result<Bundle> {
    Ok(store.write(|tx| build(tx, choice))?.0)
}

fn build(tx: &Transaction, choice: &ShareChoice) -> Result<(Bundle, SharePreview)> {
    let me = super::own_author(tx)?;
    let campaign = crate::store::campaign_list(tx)?
        .into_iter()
        .next()
        .ok_or(Error::NoCampaign)?;
    let state = history::bring_up_to_date(tx, campaign.id, &me)?;
    let mut chosen_issues = Vec::new();
    for title in &choice.issues {
        let wanted = title.trim().to_lowercase();
        let found = state.records.values().find(|r| {
            r.kind == Kind::PriorityIssue
                && r.data
                    .get("title")
                    .and_then(|t| t.as_str())
                    .map(|t| t.trim().to_lowercase())
                    == Some(wanted.clone())
        });
        match found {
            Some(issue) => chosen_issues.push(issue.id),
            None => {
                return Err(Error::NotFound {
                    what: "priority issue",
                    id: title.clone(),
                })
            }
        }
    }
    let issues_only = !chosen_issues.is_empty();
    let wanted = |kind: Kind, id: Uuid| -> bool {
        match kind {
            Kind::Campaign => true,
            Kind::PriorityIssue if issues_only => chosen_issues.contains(&id),
            kind if issues_only && kind.is_item() => state
                .records
                .get(&id)
                .and_then(|l| super::items::issue_of(&l.data))
                .is_some_and(|issue| chosen_issues.contains(&issue)),
            _ if issues_only => false,
            Kind::Meeting => match &choice.meetings {
                super::MeetingChoice::None => false,
                super::MeetingChoice::All => true,
                super::MeetingChoice::Chosen(ids) => ids.contains(&id),
            },
            _ => true,
        }
    };
    let mut records = Vec::new();
    let mut items = Vec::new();
    let mut meetings_left_out = 0;
    let mut contacts_left_out = 0;
    for (id, entry) in &state.entries {
        let local = state.records.get(id);
        if let Some(l) = local {
            if l.kind == Kind::TargetState && wanted(l.kind, *id) {
                contacts_left_out += l
                    .data
                    .get("contacts")
                    .and_then(|c| c.as_array())
                    .map_or(0, Vec::len);
            }
        }
        // A deletion travels in a whole-campaign file; it carries no content.
        let include = match local {
            Some(l) => wanted(l.kind, *id),
            None => entry.deleted && !issues_only,
        };
        if !include {
            if local.is_some_and(|l| l.kind == Kind::Meeting) {
                meetings_left_out += 1;
            }
            continue;
        }
        let data = local.map(|l| shared_content(l.kind, &l.data));
        items.push(PreviewItem {
            kind: entry.kind,
            id: *id,
            name: data
                .as_ref()
                .map(|d| name_of(entry.kind, d))
                .unwrap_or_default(),
            deleted: data.is_none(),
        });
        records.push(SharedRecord {
            kind: entry.kind,
            id: *id,
            clock: entry.clock.clone(),
            changed_by: entry.changed_by.clone(),
            deleted: data.is_none(),
            data,
        });
    }
    records.sort_by_key(|r| (r.kind, r.id));
    items.sort_by(|a, b| (a.kind, &a.name).cmp(&(b.kind, &b.name)));
    let mut bundle = Bundle {
        format: FORMAT.into(),
        version: VERSION,
        written_at: now(),
        from: super::own_sender(tx)?,
        partner: choice.partner.clone(),
        campaign: CampaignRef {
            id: campaign.id,
            state_under_review: campaign.state_under_review.clone(),
        },
        issues_only,
        records,
        digest: String::new(),
    };
    bundle.seal();
    let preview = SharePreview {
        from: me,
        partner: choice.partner.clone(),
        state_under_review: campaign.state_under_review,
        items,
        meetings_left_out,
        contacts_left_out,
    };
    Ok((bundle, preview))
}
