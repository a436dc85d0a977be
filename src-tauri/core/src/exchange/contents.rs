//! What an exchange document holds, told before anything is written: the restore question
//! shows it (organisation, campaigns, counts, when it was exported) so the user knows what
//! would replace their data, and a backup says whether it carries contact persons and
//! meeting notes (sensitive: whoever gets the file can read them).

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use super::Document;

/// A summary of one exchange document, read without importing it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FileContents {
    /// The organisation's name, when the file has one.
    pub organisation: Option<String>,
    /// Each campaign's State under Review, in the file's order.
    pub campaigns: Vec<String>,
    pub priority_issues: usize,
    pub target_states: usize,
    pub meetings: usize,
    /// Contact persons (diplomats, officials) across the target States.
    pub contact_persons: usize,
    /// Meetings whose notes or list of people are not empty.
    pub meeting_notes: usize,
    pub exported_at: DateTime<Utc>,
}

impl FileContents {
    /// Whether the file carries personal data about third parties: contact persons or what
    /// was said in meetings and by whom.
    pub fn holds_contacts(&self) -> bool {
        self.contact_persons > 0 || self.meeting_notes > 0
    }
}

impl Document {
    /// What this document holds, counted.
    pub fn contents(&self) -> FileContents {
        let mut c = FileContents {
            organisation: self.organisation.as_ref().map(|o| o.name.clone()),
            campaigns: Vec::new(),
            priority_issues: 0,
            target_states: 0,
            meetings: 0,
            contact_persons: 0,
            meeting_notes: 0,
            exported_at: self.exported_at,
        };
        for data in &self.campaigns {
            c.campaigns.push(data.campaign.state_under_review.clone());
            c.priority_issues += data.priority_issues.len();
            c.target_states += data.target_states.len();
            c.meetings += data.meetings.len();
            c.contact_persons += data
                .target_states
                .iter()
                .map(|t| t.contacts.len())
                .sum::<usize>();
            c.meeting_notes += data
                .meetings
                .iter()
                .filter(|m| !m.notes.trim().is_empty() || !m.people.trim().is_empty())
                .count();
        }
        c
    }
}

/// What the exchange file at `path` holds, read and checked as an import would, without
/// opening the store or writing anything.
pub fn describe_file(
    path: &std::path::Path,
    passphrase: Option<&crate::passphrase::Passphrase>,
) -> crate::Result<FileContents> {
    Ok(Document::read_with(path, passphrase)?.contents())
}

/// What a backup written now would hold: the window says before the Save dialog whether it
/// carries contact persons and meeting notes.
pub fn backup_contents(store: &mut crate::store::Store) -> crate::Result<FileContents> {
    Ok(super::export(store)?.contents())
}

#[cfg(test)]
mod tests {
    use crate::demo;
    use crate::store::Store;

    #[test]
    fn the_demo_counts_as_it_shows_and_holds_contacts() {
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        let c = crate::exchange::export(&mut store).unwrap().contents();
        assert_eq!(
            c.organisation.as_deref(),
            Some("Meridia Coalition for Human Rights")
        );
        assert_eq!(c.campaigns, vec!["Republic of Meridia".to_string()]);
        assert_eq!((c.priority_issues, c.target_states, c.meetings), (3, 3, 1));
        assert!(c.contact_persons > 0, "{c:?}");
        assert!(c.holds_contacts());
    }

    #[test]
    fn a_file_without_contacts_or_notes_says_so() {
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        let mut doc = crate::exchange::export(&mut store).unwrap();
        for data in &mut doc.campaigns {
            data.meetings.clear();
            for t in &mut data.target_states {
                t.contacts.clear();
            }
        }
        let c = doc.contents();
        assert_eq!((c.contact_persons, c.meeting_notes), (0, 0));
        assert!(!c.holds_contacts());
    }

    #[test]
    fn a_backup_is_remembered_for_the_reminder() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        assert_eq!(store.workspace().unwrap().last_backup_at, None);
        let doc = crate::exchange::export_to(&mut store, &dir.path().join("b.uprkit")).unwrap();
        assert_eq!(
            store.workspace().unwrap().last_backup_at,
            Some(doc.exported_at)
        );
        // Saving the settings (the window sends them whole) keeps it.
        let settings = store.settings().unwrap();
        store.save_settings(&settings).unwrap();
        assert_eq!(
            store.workspace().unwrap().last_backup_at,
            Some(doc.exported_at)
        );
        assert!(crate::exchange::backup_contents(&mut store)
            .unwrap()
            .holds_contacts());
    }

    #[test]
    fn describing_a_file_reads_it_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        let doc = crate::exchange::export(&mut store).unwrap();
        let path = dir.path().join("backup.uprkit");
        std::fs::write(&path, doc.to_json()).unwrap();
        let c = crate::exchange::describe_file(&path, None).unwrap();
        assert_eq!(c.exported_at, doc.exported_at);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let bad = dir.path().join("bad.uprkit");
        std::fs::write(&bad, "{").unwrap();
        assert_eq!(
            crate::exchange::describe_file(&bad, None)
                .unwrap_err()
                .code(),
            "invalid_file"
        );
    }
}
