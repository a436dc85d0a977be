//! The demo organisation: a fictional coalition preparing the review of a fictional State,
//! shipped in `assets/demo/` as an exchange document, so that a first start shows real work
//! and every document has content out of the box. The window says that it is an example
//! while it is shown, and a user replaces it with their own organisation (the demo stays one
//! click away: it can be shown again), or by a partner's campaign that the user joins under
//! their own organisation. Every replacement takes a snapshot first.

use std::path::Path;

use chrono::Utc;

use crate::coalition::MergeOutcome;
use crate::exchange::{CampaignData, Document, ImportCounts};
use crate::model::{Campaign, Organisation};
use crate::passphrase::Passphrase;
use crate::store::Store;
use crate::{Error, Result};

const DEMO_JSON: &str = include_str!("../../../assets/demo/demo-organisation.json");

/// The demo as an exchange document.
pub fn document() -> Result<Document> {
    Document::from_json(DEMO_JSON, "the demo organisation")
}

/// Loads the demo into an empty store. A store that holds data is refused, never overwritten.
pub fn load(store: &mut Store) -> Result<ImportCounts> {
    crate::exchange::import(store, &document()?, false)
}

/// Whether the store holds the demo organisation (the one of the shipped example, by its id),
/// so that the window marks it as a fictional example.
pub fn is_shown(store: &mut Store) -> Result<bool> {
    let demo = document()?.organisation.map(|o| o.id);
    Ok(demo.is_some() && store.organisation()?.map(|o| o.id) == demo)
}

/// The first-run setup: replaces whatever the store holds (the demo) with the user's own
/// organisation and one campaign, nothing else in them yet. A store that held anything is
/// kept as a snapshot first, so the demo, or what replaced it by mistake, can be restored.
/// A blank organisation name or State under Review is refused before anything changes: the
/// demo would be replaced by records nobody can name.
pub fn start_own(
    store: &mut Store,
    organisation: Organisation,
    campaign: Campaign,
) -> Result<ImportCounts> {
    if organisation.name.trim().is_empty() {
        return Err(Error::invalid(
            "organisation's name",
            "it is blank; give your organisation's name",
        ));
    }
    if campaign.state_under_review.trim().is_empty() {
        return Err(Error::invalid(
            "State under Review",
            "it is blank; give the State whose review the campaign is for",
        ));
    }
    let own = replacement(
        Some(organisation),
        vec![CampaignData {
            campaign,
            priority_issues: Vec::new(),
            target_states: Vec::new(),
            meetings: Vec::new(),
            custom_milestones: Vec::new(),
            done_milestones: Vec::new(),
            submissions: Vec::new(),
            received_recommendations: Vec::new(),
            edited_texts: Default::default(),
            custom_names: Vec::new(),
            press_details: None,
            list_of_speakers: Vec::new(),
        }],
    )?;
    crate::exchange::import(store, &own, true)
}

/// A document of the demo's format holding `organisation` and `campaigns`, to replace what
/// the store holds. It carries no settings: they stay as they are, the user's, not the demo's.
fn replacement(
    organisation: Option<Organisation>,
    campaigns: Vec<CampaignData>,
) -> Result<Document> {
    let shipped = document()?;
    Ok(Document {
        format: shipped.format,
        version: shipped.version,
        exported_at: Utc::now(),
        organisation,
        campaigns,
        settings: None,
    })
}

/// Joins a partner's campaign from a fresh window: the partner's share file at `path`
/// replaces the demo, under the user's own organisation (`name`, `acronym`), as `upr-kit
/// join` does in an empty data folder. The file is read first, so a file that cannot be read
/// or opened leaves the demo in place; the demo is kept as a snapshot before it goes. A store
/// holding anything but the demo (the user's own work) is refused: that work is merged with
/// the partner's file instead, never replaced by it.
pub fn join_replacing_demo(
    store: &mut Store,
    name: &str,
    acronym: &str,
    path: &Path,
    passphrase: Option<&Passphrase>,
) -> Result<MergeOutcome> {
    if name.trim().is_empty() {
        return Err(Error::invalid(
            "organisation's name",
            "it is blank; give your organisation's name",
        ));
    }
    let mut organisation = Organisation::named(name);
    organisation.acronym = acronym.trim().to_string();
    crate::coalition::join_file_making_room(store, organisation, path, passphrase, |store| {
        if store.is_empty()? {
            return Ok(None);
        }
        if !is_shown(store)? {
            return Err(Error::invalid(
                "data folder",
                "holds your own organisation's work, not the demo: merge the partner's file on the Coalition screen instead",
            ));
        }
        replacement(None, Vec::new()).map(Some)
    })
}

/// Shows the demo again in place of what the store holds, which is kept as a snapshot first.
pub fn show_again(store: &mut Store) -> Result<ImportCounts> {
    crate::exchange::import(store, &document()?, true)
}

/// An in-memory store holding the demo, for the core's tests.
#[cfg(test)]
pub(crate) fn loaded_store() -> Store {
    let mut store = Store::open_in_memory().expect("an in-memory store");
    load(&mut store).expect("the demo loads");
    store
}

/// Loads the demo when the app starts for the first time on an empty data file; returns
/// whether it did. Checked and loaded in one transaction.
pub fn load_on_first_start(store: &mut Store) -> Result<bool> {
    let doc = document()?;
    store.write(|tx| {
        if crate::store::mark_first_start(tx)? && crate::store::is_empty(tx)? {
            crate::exchange::import_into(tx, &doc)?;
            Ok(true)
        } else {
            Ok(false)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SnapshotReason;

    fn own() -> (Organisation, Campaign) {
        let organisation = serde_json::from_value(serde_json::json!({
            "id": "7d0c6a4e-3b1f-4e8a-9a57-0c2f7f0f1e11",
            "name": "Coalition of the North",
            "created_at": "2026-11-30T10:00:00Z",
            "updated_at": "2026-11-30T10:00:00Z",
        }))
        .unwrap();
        let campaign = serde_json::from_value(serde_json::json!({
            "id": "0b5e7c8d-1a2b-4c3d-8e9f-a0b1c2d3e4f5",
            "state_under_review": "Republic of Norland",
            "cycle": 4,
            "session": 56,
            "review_date": "2027-11-08",
            "created_at": "2026-11-30T10:00:00Z",
            "updated_at": "2026-11-30T10:00:00Z",
        }))
        .unwrap();
        (organisation, campaign)
    }

    #[test]
    fn the_first_run_setup_replaces_the_demo_after_a_snapshot_and_the_demo_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_dir(dir.path()).unwrap();
        load(&mut store).unwrap();
        assert!(is_shown(&mut store).unwrap());

        let (organisation, campaign) = own();
        start_own(&mut store, organisation, campaign).unwrap();
        assert!(!is_shown(&mut store).unwrap());
        let w = store.workspace().unwrap();
        assert_eq!(w.organisation.unwrap().name, "Coalition of the North");
        let c = w.campaign.unwrap();
        assert_eq!(c.state_under_review, "Republic of Norland");
        assert_eq!(c.review_date.unwrap().to_string(), "2027-11-08");
        assert!(w.priority_issues.is_empty() && w.meetings.is_empty());

        // The demo was kept as a snapshot before it was replaced.
        let kept = store.snapshots().unwrap();
        let before = kept
            .iter()
            .find(|s| s.reason == SnapshotReason::BeforeReplace)
            .expect("a snapshot before the replacement");
        let holds = before.holds.as_ref().unwrap();
        assert!(holds
            .organisation
            .as_deref()
            .unwrap()
            .starts_with("Meridia"));
        assert_eq!(holds.priority_issues, 3);

        // One click shows the demo again, and keeps the user's start as a snapshot too.
        show_again(&mut store).unwrap();
        assert!(is_shown(&mut store).unwrap());
        let kept = store.snapshots().unwrap();
        assert!(kept
            .iter()
            .any(|s| s.holds.as_ref().and_then(|h| h.organisation.as_deref())
                == Some("Coalition of the North")));
    }

    /// A partner's share file of another campaign (Norland), with one priority issue.
    fn partners_file(dir: &Path) -> std::path::PathBuf {
        let mut partner = loaded_store();
        let (organisation, campaign) = own();
        let campaign_id = campaign.id;
        start_own(&mut partner, organisation, campaign).unwrap();
        let issue = serde_json::from_value(serde_json::json!({
            "id": "5f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b",
            "title": "Freedom of the press",
            "version": 0,
            "rank": 1,
            "created_at": "2026-11-30T10:00:00Z",
            "updated_at": "2026-11-30T10:00:00Z",
        }))
        .unwrap();
        partner.save_priority_issue(campaign_id, issue).unwrap();
        let file = dir.join(format!("norland.{}", crate::coalition::EXTENSION));
        crate::coalition::share(&mut partner, &Default::default(), &file, None).unwrap();
        file
    }

    #[test]
    fn joining_a_partners_campaign_replaces_the_demo_after_a_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let file = partners_file(dir.path());
        let mut store = Store::open_dir(&dir.path().join("data")).unwrap();
        load(&mut store).unwrap();

        let outcome = join_replacing_demo(
            &mut store,
            " Women's Legal Aid Centre ",
            "WLAC",
            &file,
            None,
        )
        .unwrap();
        assert_eq!(outcome.state_under_review, "Republic of Norland");
        assert!(outcome
            .added
            .iter()
            .any(|c| c.name == "Freedom of the press"));
        assert!(!is_shown(&mut store).unwrap());
        let w = store.workspace().unwrap();
        let org = w.organisation.unwrap();
        assert_eq!(
            (org.name.as_str(), org.acronym.as_str()),
            ("Women's Legal Aid Centre", "WLAC")
        );
        assert_eq!(
            w.campaign.unwrap().state_under_review,
            "Republic of Norland"
        );
        assert_eq!(w.priority_issues.len(), 1);
        assert_eq!(w.priority_issues[0].title, "Freedom of the press");
        let kept = store.snapshots().unwrap();
        let before = kept
            .iter()
            .find(|s| s.reason == SnapshotReason::BeforeReplace)
            .expect("the demo kept as a snapshot");
        assert!(before
            .holds
            .as_ref()
            .unwrap()
            .organisation
            .as_deref()
            .unwrap()
            .starts_with("Meridia"));
    }

    #[test]
    fn joining_is_refused_over_own_work_and_an_unreadable_file_leaves_the_demo() {
        let dir = tempfile::tempdir().unwrap();
        let file = partners_file(dir.path());

        let mut demo = loaded_store();
        let garbage = dir.path().join("garbage.uprshare");
        std::fs::write(&garbage, b"not a share file").unwrap();
        assert!(join_replacing_demo(&mut demo, "WLAC", "", &garbage, None).is_err());
        assert!(join_replacing_demo(&mut demo, "  ", "", &file, None).is_err());
        assert!(is_shown(&mut demo).unwrap(), "the demo stays");
        assert!(demo.snapshots().unwrap().is_empty(), "nothing was replaced");

        let mut mine = loaded_store();
        let (organisation, campaign) = own();
        start_own(&mut mine, organisation, campaign).unwrap();
        let e = join_replacing_demo(&mut mine, "WLAC", "", &file, None).unwrap_err();
        assert_eq!(e.code(), "invalid_input");
        assert!(e.to_string().contains("merge the partner's file"), "{e}");
        assert_eq!(
            mine.organisation().unwrap().unwrap().name,
            "Coalition of the North"
        );
    }

    #[test]
    fn an_encrypted_partners_file_joins_only_with_its_passphrase_and_the_demo_stays_till_then() {
        let dir = tempfile::tempdir().unwrap();
        let plain = partners_file(dir.path());
        let file = dir.path().join("norland-sealed.uprshare");
        let passphrase = Passphrase::new_checked("partners passphrase".into()).unwrap();
        let mut partner = Store::open_dir(&dir.path().join("partner")).unwrap();
        crate::coalition::join_file(
            &mut partner,
            Organisation::named("Norland Watch"),
            &plain,
            None,
        )
        .unwrap();
        crate::coalition::share(&mut partner, &Default::default(), &file, Some(&passphrase))
            .unwrap();

        let mut store = loaded_store();
        let e = join_replacing_demo(&mut store, "WLAC", "", &file, None).unwrap_err();
        assert_eq!(e.code(), "file_encrypted");
        let wrong = Passphrase::new("not the passphrase".into());
        let e = join_replacing_demo(&mut store, "WLAC", "", &file, Some(&wrong)).unwrap_err();
        assert_eq!(e.code(), "wrong_passphrase");
        assert!(is_shown(&mut store).unwrap(), "the demo stays");

        let outcome =
            join_replacing_demo(&mut store, "WLAC", "", &file, Some(&passphrase)).unwrap();
        assert_eq!(outcome.state_under_review, "Republic of Norland");
        assert!(!is_shown(&mut store).unwrap());
    }

    /// Joining is one step: a file that reads well but is refused while its records are
    /// written (a date out of range) leaves the demo exactly as it was, organisation and all.
    #[test]
    fn a_join_refused_while_writing_leaves_the_demo_exactly_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let file = partners_file(dir.path());
        let mut bundle: crate::coalition::Bundle =
            serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        let issue = bundle
            .records
            .iter_mut()
            .find(|r| r.kind == crate::coalition::Kind::PriorityIssue)
            .unwrap();
        issue.data.as_mut().unwrap()["created_at"] = "1800-01-01T00:00:00Z".into();
        bundle.seal();
        let refused = dir.path().join("refused.uprshare");
        std::fs::write(&refused, bundle.to_json()).unwrap();

        let mut store = Store::open_dir(&dir.path().join("data")).unwrap();
        load(&mut store).unwrap();
        let export = |store: &mut Store| {
            let mut doc = crate::exchange::export(store).unwrap();
            doc.exported_at = chrono::DateTime::UNIX_EPOCH;
            serde_json::to_value(doc).unwrap()
        };
        let before = export(&mut store);
        let e = join_replacing_demo(&mut store, "WLAC", "", &refused, None).unwrap_err();
        assert_eq!(e.code(), "invalid_input", "{e}");
        assert!(is_shown(&mut store).unwrap(), "the demo stays");
        assert_eq!(export(&mut store), before, "exactly as it was");
    }

    #[test]
    fn a_start_without_a_name_or_a_state_is_refused_and_the_demo_stays() {
        let mut store = loaded_store();
        let (organisation, campaign) = own();
        let blank_name = Organisation {
            name: "  ".into(),
            ..organisation.clone()
        };
        let e = start_own(&mut store, blank_name, campaign.clone()).unwrap_err();
        assert_eq!(e.code(), "invalid_input");
        assert!(e.to_string().starts_with("organisation's name"), "{e}");
        let blank_state = Campaign {
            state_under_review: "\t".into(),
            ..campaign
        };
        let e = start_own(&mut store, organisation, blank_state).unwrap_err();
        assert!(e.to_string().starts_with("State under Review"), "{e}");
        assert!(is_shown(&mut store).unwrap());
        assert!(
            store.snapshots().unwrap().is_empty(),
            "nothing was replaced"
        );
    }
}
