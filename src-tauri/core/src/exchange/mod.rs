//! The exchange document: one versioned JSON file that holds everything an organisation has,
//! for backup, moving to another computer and giving a coalition partner a copy.
//!
//! Its shape is described by `assets/schema/upr-kit-exchange-v1.schema.json`. Reading is
//! strict and explains itself: a file that is not JSON, is cut short, belongs to another
//! program, has an unknown version, or contradicts itself is refused with the place and the
//! reason, and nothing is written. Export then import gives the same data back, timestamps
//! included; only `exported_at` differs.

mod contents;
pub mod encrypted_file;
mod validate;
pub mod versioned_json;

pub use crate::error::ExchangeProblem;
pub use contents::{backup_contents, describe_file, FileContents};

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::ReceivedRecommendation;
use crate::model::Submission;
use crate::model::{now, Campaign, Meeting, Organisation, PriorityIssue, TargetState};
use crate::model::{CustomMilestone, CustomName, MilestoneKind, PressDetails};
use crate::passphrase::Passphrase;
use crate::settings::Settings;
use crate::store::Store;
use crate::{Error, Result};

/// The value of `format` that marks our files.
pub const FORMAT: &str = "upr-advocacy-kit";
/// The version this build writes and the only one it reads.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    pub version: u32,
    pub exported_at: DateTime<Utc>,
    pub organisation: Option<Organisation>,
    #[serde(default)]
    pub campaigns: Vec<CampaignData>,
    #[serde(default)]
    pub settings: Option<Settings>,
}

/// A campaign with everything it holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CampaignData {
    #[serde(flatten)]
    pub campaign: Campaign,
    #[serde(default)]
    pub priority_issues: Vec<PriorityIssue>,
    #[serde(default)]
    pub target_states: Vec<TargetState>,
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    /// Dates the user added to the calendar (absent from files written before they existed).
    #[serde(default)]
    pub custom_milestones: Vec<CustomMilestone>,
    /// Computed milestones marked done.
    #[serde(default)]
    pub done_milestones: Vec<MilestoneKind>,
    #[serde(default)]
    pub submissions: Vec<Submission>,
    /// The recommendations the State received, with their implementation.
    #[serde(default)]
    pub received_recommendations: Vec<ReceivedRecommendation>,
    /// Documents whose text the user edited, by document (`EditableDocument::key`:
    /// "oral_statement", "talking_points"); absent from files written before edits existed,
    /// and when nothing was edited. Kept as plain words, so a key a newer version adds is
    /// carried through, not refused.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub edited_texts: BTreeMap<String, String>,
    /// The campaign's own words for names in running text (absent from files written
    /// before they existed, and when there are none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom_names: Vec<CustomName>,
    /// What the press release says beyond the campaign (absent until written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub press_details: Option<PressDetails>,
    /// The States inscribed to speak at the review, in the list's order (absent from files
    /// written before the list existed, and when it is not known).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub list_of_speakers: Vec<String>,
}

/// What an import brought in, for the message the user sees.
#[derive(Debug, Clone, Default, Serialize, TS)]
pub struct ImportCounts {
    pub campaigns: usize,
    pub priority_issues: usize,
    pub target_states: usize,
    pub meetings: usize,
}

impl Document {
    /// Reads a document from JSON text. `file` names the source in errors.
    pub fn from_json(text: &str, file: &str) -> Result<Document> {
        let invalid = |problem: ExchangeProblem| Error::InvalidExchange {
            file: file.to_string(),
            problem,
        };
        let doc: Document =
            versioned_json::read(text, FORMAT, VERSION..=VERSION).map_err(invalid)?;
        validate::check(&doc).map_err(invalid)?;
        Ok(doc)
    }

    pub fn read(path: &Path) -> Result<Document> {
        Document::read_with(path, None)
    }

    /// Reads a plain or an encrypted exchange file; an encrypted one needs `passphrase`
    /// ([`Error::FileEncrypted`] without it, [`Error::WrongPassphrase`] when it is wrong).
    pub fn read_with(path: &Path, passphrase: Option<&Passphrase>) -> Result<Document> {
        let mut bytes = std::fs::read(path).map_err(|source| Error::ReadFile {
            path: path.to_path_buf(),
            source,
        })?;
        let name = path.display().to_string();
        if encrypted_file::is_encrypted(&bytes) {
            let passphrase =
                passphrase.ok_or_else(|| Error::FileEncrypted { file: name.clone() })?;
            bytes = encrypted_file::decrypt(&bytes, passphrase, &name)?;
        }
        let text = String::from_utf8(bytes).map_err(|e| Error::InvalidExchange {
            file: name.clone(),
            problem: ExchangeProblem::NotUtf8 {
                byte: e.utf8_error().valid_up_to(),
            },
        })?;
        Document::from_json(&text, &name)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the model serialises to JSON")
    }
}

/// Writes everything the store holds to `path` as one exchange document, whole or not at
/// all (a full disk or a pulled USB stick never leaves half a backup under the chosen
/// name), and never into the data folder. The time of the backup is remembered for the
/// Overview's reminder (not in a read-only folder, which cannot be written).
pub fn export_to(store: &mut Store, path: &Path) -> Result<Document> {
    store.check_output(path)?;
    let doc = export(store)?;
    store.write_output(path, doc.to_json().as_bytes())?;
    if !store.is_read_only() {
        store.record_backup(doc.exported_at)?;
    }
    Ok(doc)
}

/// As [`export_to`], the file encrypted to `passphrase` (an age file: see
/// [`encrypted_file`]). Only the encrypted bytes ever reach the disk.
pub fn export_encrypted_to(
    store: &mut Store,
    path: &Path,
    passphrase: &Passphrase,
) -> Result<Document> {
    store.check_output(path)?;
    let doc = export(store)?;
    let sealed = encrypted_file::encrypt(doc.to_json().as_bytes(), passphrase)?;
    store.write_output(path, &sealed)?;
    if !store.is_read_only() {
        store.record_backup(doc.exported_at)?;
    }
    Ok(doc)
}

/// Whether the file at `path` is encrypted (an age file), so that a shell asks for its
/// passphrase before reading it. A file that cannot be read is not: reading it says why.
pub fn is_encrypted_file(path: &Path) -> bool {
    let mut start = [0u8; 32];
    std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut start))
        .is_ok_and(|n| encrypted_file::is_encrypted(&start[..n]))
}

/// Everything the store holds, as one document, read in one transaction.
pub fn export(store: &mut Store) -> Result<Document> {
    let settings = store.settings()?;
    store.read(|tx| {
        let organisation = crate::store::organisation_get(tx)?;
        let mut campaigns = Vec::new();
        for campaign in crate::store::campaign_list(tx)? {
            campaigns.push(CampaignData {
                priority_issues: crate::store::priority_issue_list(tx, campaign.id)?,
                target_states: crate::store::target_state_list(tx, campaign.id)?,
                meetings: crate::store::meeting_list(tx, campaign.id)?,
                custom_milestones: crate::store::custom_milestone_list(tx, campaign.id)?,
                done_milestones: crate::store::milestone_done_list(tx, campaign.id)?,
                submissions: crate::store::submission_list(tx, campaign.id)?,
                received_recommendations: crate::store::received_recommendation_list(
                    tx,
                    campaign.id,
                )?,
                edited_texts: crate::store::edited_text_list(tx, campaign.id)?,
                custom_names: crate::store::custom_name_list(tx, campaign.id)?,
                press_details: crate::store::press_details_get(tx, campaign.id)?,
                list_of_speakers: crate::store::list_of_speakers_get(tx, campaign.id)?,
                campaign,
            });
        }
        Ok(Document {
            format: FORMAT.into(),
            version: VERSION,
            exported_at: now(),
            organisation,
            campaigns,
            settings: Some(settings),
        })
    })
}

/// Writes the document into the store in one transaction. A store that already holds data
/// is only replaced when `replace` is true, after a snapshot of what it held; otherwise
/// nothing changes.
pub fn import(store: &mut Store, doc: &Document, replace: bool) -> Result<ImportCounts> {
    let empty = store.is_empty()?;
    if replace && !empty {
        store.take_snapshot(crate::store::SnapshotReason::BeforeReplace)?;
    }
    if !replace && !empty {
        let summary = store.summary()?;
        return Err(Error::StoreNotEmpty {
            organisation: summary.organisation,
            state_under_review: summary.campaign.map(|c| c.state_under_review),
        });
    }
    store.write(|tx| import_into(tx, doc))
}

/// Replaces everything in the store with the document, inside the caller's transaction.
pub(crate) fn import_into(tx: &rusqlite::Transaction, doc: &Document) -> Result<ImportCounts> {
    tx.execute_batch("DELETE FROM organisation; DELETE FROM campaign;")?;
    if let Some(org) = &doc.organisation {
        crate::store::organisation_put(tx, org)?;
    }
    let mut counts = ImportCounts::default();
    for data in &doc.campaigns {
        let id = data.campaign.id;
        crate::store::campaign_put(tx, &data.campaign)?;
        for issue in &data.priority_issues {
            crate::store::priority_issue_put(tx, id, issue)?;
        }
        for (position, target) in data.target_states.iter().enumerate() {
            crate::store::target_state_put(tx, id, position, target)?;
        }
        for meeting in &data.meetings {
            crate::store::meeting_put(tx, id, meeting)?;
        }
        for milestone in &data.custom_milestones {
            crate::store::custom_milestone_put(tx, id, milestone)?;
        }
        for kind in &data.done_milestones {
            crate::store::milestone_done_set(tx, id, *kind, true)?;
        }
        for submission in &data.submissions {
            crate::store::submission_put(tx, id, submission)?;
        }
        for (position, received) in data.received_recommendations.iter().enumerate() {
            crate::store::received_recommendation_put(tx, id, position as i64 + 1, received)?;
        }
        for (document, text) in &data.edited_texts {
            crate::store::edited_text_put(tx, id, document, text)?;
        }
        for name in &data.custom_names {
            crate::store::custom_name_put(tx, id, name)?;
        }
        if let Some(details) = &data.press_details {
            crate::store::press_details_put(tx, id, details)?;
        }
        crate::store::list_of_speakers_put(tx, id, &data.list_of_speakers)?;
        counts.campaigns += 1;
        counts.priority_issues += data.priority_issues.len();
        counts.target_states += data.target_states.len();
        counts.meetings += data.meetings.len();
    }
    if let Some(settings) = &doc.settings {
        crate::store::settings_put(tx, settings)?;
    }
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use crate::model::EditableDocument;

    const SCHEMA: &str = include_str!("../../../../assets/schema/upr-kit-exchange-v1.schema.json");

    #[test]
    fn an_export_follows_the_published_schema() {
        let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        let campaign = store.current_campaign().unwrap().unwrap();
        store
            .save_edited_text(
                campaign.id,
                EditableDocument::OralStatement,
                "Our own words.",
            )
            .unwrap();
        store
            .save_list_of_speakers(campaign.id, &["Norway".into(), "Holy See".into()])
            .unwrap();
        let export: serde_json::Value =
            serde_json::from_str(&crate::exchange::export(&mut store).unwrap().to_json()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&export)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        // And the schema is strict enough to refuse a wrong file.
        let mut bad = export.clone();
        bad["campaigns"][0]["meetings"][0]["place"] = "moon".into();
        assert!(!validator.is_valid(&bad));
    }

    #[test]
    fn a_document_reads_back_as_it_was_written() {
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        let campaign = store.current_campaign().unwrap().unwrap();
        store
            .save_edited_text(
                campaign.id,
                EditableDocument::OralStatement,
                "Our own words.",
            )
            .unwrap();
        let doc = crate::exchange::export(&mut store).unwrap();
        let again = Document::from_json(&doc.to_json(), "test").unwrap();
        assert_eq!(doc, again);
        // The edited statement travels with the file.
        let mut other = Store::open_in_memory().unwrap();
        import(&mut other, &again, false).unwrap();
        assert_eq!(
            other
                .edited_text(campaign.id, EditableDocument::OralStatement)
                .unwrap()
                .as_deref(),
            Some("Our own words.")
        );
    }

    #[test]
    fn the_list_of_speakers_travels_and_an_older_file_imports_without_one() {
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        let campaign = store.current_campaign().unwrap().unwrap();
        let list = ["Norway", "Brazil", "Holy See"].map(String::from);
        store.save_list_of_speakers(campaign.id, &list).unwrap();
        let json = crate::exchange::export(&mut store).unwrap().to_json();
        let mut other = Store::open_in_memory().unwrap();
        import(
            &mut other,
            &Document::from_json(&json, "test").unwrap(),
            false,
        )
        .unwrap();
        assert_eq!(other.list_of_speakers(campaign.id).unwrap(), list);

        // A file written before the list existed has no such field: it imports, list unknown.
        let mut older: serde_json::Value = serde_json::from_str(&json).unwrap();
        older["campaigns"][0]
            .as_object_mut()
            .unwrap()
            .remove("list_of_speakers");
        let older = Document::from_json(&older.to_string(), "older").unwrap();
        import(&mut other, &older, true).unwrap();
        assert!(other.list_of_speakers(campaign.id).unwrap().is_empty());
        // And an unknown list is not written at all.
        let json = crate::exchange::export(&mut other).unwrap().to_json();
        assert!(!json.contains("list_of_speakers"), "{json}");
    }

    #[test]
    fn the_logo_travels_with_a_backup_and_follows_the_schema() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("logo.png");
        std::fs::write(&file, crate::model::test_png(40, 20)).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        crate::logo::set_logo(&mut store, &file).unwrap();
        let doc = crate::exchange::export(&mut store).unwrap();
        let json = doc.to_json();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let url = value["organisation"]["logo"].as_str().unwrap();
        assert!(url.starts_with("data:image/png;base64,"), "{url}");
        let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
        assert!(jsonschema::validator_for(&schema).unwrap().is_valid(&value));

        let mut other = Store::open_in_memory().unwrap();
        import(
            &mut other,
            &Document::from_json(&json, "backup.json").unwrap(),
            false,
        )
        .unwrap();
        assert_eq!(
            other.organisation().unwrap().unwrap().logo,
            store.organisation().unwrap().unwrap().logo
        );
        let again = crate::exchange::export(&mut other).unwrap();
        assert_eq!(again.organisation, doc.organisation);
    }

    #[test]
    fn a_backup_whose_logo_is_not_an_image_is_refused_with_the_place() {
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        let mut value: serde_json::Value =
            serde_json::from_str(&crate::exchange::export(&mut store).unwrap().to_json()).unwrap();
        // What the window once accepted by the file's type alone: text named .png.
        value["organisation"]["logo"] = "data:image/png;base64,aGVsbG8=".into();
        let err = Document::from_json(&value.to_string(), "backup.json").unwrap_err();
        let Error::InvalidExchange { problem, .. } = &err else {
            panic!("{err:?}")
        };
        assert!(
            matches!(problem, ExchangeProblem::WrongShape { path, .. } if path == "organisation.logo"),
            "{problem:?}"
        );
        assert!(err.to_string().contains("not a PNG or JPEG image"), "{err}");
    }
}
