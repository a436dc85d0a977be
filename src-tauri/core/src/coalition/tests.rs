//! Sharing and merging between two data folders: the demo organisation (MCHR) shares its
//! campaign with a partner (WLAC) that starts with nothing but its own organisation.

use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::*;
use crate::model::{new_id, now, Organisation, Recommendation};
use crate::store::{SnapshotReason, Store};
use crate::{demo, exchange};

struct Side {
    _dir: tempfile::TempDir,
    store: Store,
}

fn mchr() -> Side {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_dir(&dir.path().join("data")).unwrap();
    demo::load(&mut store).unwrap();
    Side { _dir: dir, store }
}

fn wlac() -> Side {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_dir(&dir.path().join("data")).unwrap();
    let mut org = Organisation::named("Women's Legal Aid Centre");
    org.acronym = "WLAC".into();
    store.save_organisation(org).unwrap();
    Side { _dir: dir, store }
}

impl Side {
    fn share(&mut self, choice: &ShareChoice) -> PathBuf {
        let out = self._dir.path().join(format!("{}.{EXTENSION}", new_id()));
        share(&mut self.store, choice, &out, None).unwrap();
        out
    }

    fn share_all(&mut self) -> PathBuf {
        self.share(&ShareChoice::default())
    }

    fn merge(&mut self, file: &Path) -> MergeOutcome {
        merge_file(&mut self.store, file, None).unwrap()
    }

    fn campaign_id(&mut self) -> Uuid {
        self.store.current_campaign().unwrap().unwrap().id
    }

    fn issue(&mut self, title: &str) -> crate::model::PriorityIssue {
        let c = self.campaign_id();
        self.store
            .priority_issues(c)
            .unwrap()
            .into_iter()
            .find(|i| i.title == title)
            .unwrap_or_else(|| panic!("no issue {title}"))
    }

    fn edit_issue(&mut self, title: &str, edit: impl FnOnce(&mut crate::model::PriorityIssue)) {
        let c = self.campaign_id();
        let mut issue = self.issue(title);
        edit(&mut issue);
        self.store.save_priority_issue(c, issue).unwrap();
    }

    fn titles(&mut self) -> Vec<String> {
        let c = self.campaign_id();
        let mut t: Vec<String> = self
            .store
            .priority_issues(c)
            .unwrap()
            .into_iter()
            .map(|i| i.title)
            .collect();
        t.sort();
        t
    }

    /// Everything the data folder holds, without the moment of export.
    fn everything(&mut self) -> exchange::Document {
        let mut doc = exchange::export(&mut self.store).unwrap();
        doc.exported_at = chrono::DateTime::UNIX_EPOCH;
        doc
    }
}

fn recommendation(text: &str) -> Recommendation {
    Recommendation {
        id: new_id(),
        text: text.into(),
        action_category: None,
        previously_recommended: String::new(),
        created_at: now(),
        updated_at: now(),
    }
}

/// The shared content of the campaign's priority issues, by id: what both sides must agree on.
fn shared_issues(side: &mut Side) -> Vec<serde_json::Value> {
    let c = side.campaign_id();
    let mut issues: Vec<serde_json::Value> = side
        .store
        .priority_issues(c)
        .unwrap()
        .into_iter()
        .map(|mut i| {
            // Local save counter and stamp: each side's own.
            i.version = 0;
            i.updated_at = i.created_at;
            serde_json::to_value(i).unwrap()
        })
        .collect();
    issues.sort_by_key(|v| v["id"].as_str().unwrap().to_string());
    issues
}

#[test]
fn a_first_share_file_brings_the_campaign_without_contacts_or_meetings() {
    let (mut a, mut b) = (mchr(), wlac());
    let file = a.share_all();
    let outcome = b.merge(&file);
    assert_eq!(outcome.from.name, "MCHR");
    assert!(outcome.conflicts.is_empty());
    assert_eq!(b.titles(), a.titles());
    let c = b.campaign_id();
    assert_eq!(c, a.campaign_id());
    let targets = b.store.target_states(c).unwrap();
    assert!(!targets.is_empty());
    assert!(
        targets.iter().all(|t| t.contacts.is_empty()),
        "contact persons never leave MCHR"
    );
    assert!(
        b.store.meetings(c).unwrap().is_empty(),
        "meetings stay home"
    );
    // WLAC's own organisation is untouched.
    assert_eq!(b.store.organisation().unwrap().unwrap().acronym, "WLAC");
    // The demo's asks to target States survive (their recommendations arrived first).
    let a_targets = a.store.target_states(c).unwrap();
    assert_eq!(targets[0].asks, a_targets[0].asks);
    assert_eq!(
        outcome.new_recommendations,
        a.store
            .priority_issues(c)
            .unwrap()
            .iter()
            .map(|i| i.recommendations.len())
            .sum::<usize>()
    );
}

#[test]
fn the_preview_lists_exactly_what_the_file_holds() {
    let mut a = mchr();
    let c = a.campaign_id();
    let meeting = a.store.meetings(c).unwrap().remove(0);
    let choice = ShareChoice {
        issues: vec![],
        partner: Some("WLAC".into()),
        meetings: MeetingChoice::Chosen(vec![meeting.id]),
    };
    let shown = preview(&mut a.store, &choice).unwrap();
    let file = a.share(&choice);
    let bundle = Bundle::from_bytes(&std::fs::read(&file).unwrap(), "test").unwrap();
    let mut in_file: Vec<Uuid> = bundle.records.iter().map(|r| r.id).collect();
    let mut listed: Vec<Uuid> = shown.items.iter().map(|i| i.id).collect();
    in_file.sort();
    listed.sort();
    assert_eq!(in_file, listed);
    assert!(shown
        .items
        .iter()
        .any(|i| i.kind == Kind::Meeting && i.id == meeting.id));
    assert!(shown.contacts_left_out > 0);
    assert_eq!(bundle.partner.as_deref(), Some("WLAC"));
    // The ticked meeting travels with its notes; contacts still do not.
    let mut b = wlac();
    b.merge(&file);
    let got = b.store.meetings(c).unwrap();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].notes, meeting.notes);
}

#[test]
fn chosen_issues_travel_alone() {
    let mut a = mchr();
    let first = a.titles()[0].clone();
    let file = a.share(&ShareChoice {
        issues: vec![first.to_uppercase()],
        ..Default::default()
    });
    let mut b = wlac();
    b.merge(&file);
    assert_eq!(b.titles(), vec![first]);
    let c = b.campaign_id();
    assert!(b.store.target_states(c).unwrap().is_empty());
    let unknown = share(
        &mut a.store,
        &ShareChoice {
            issues: vec!["No such issue".into()],
            ..Default::default()
        },
        &a._dir.path().join("x.uprshare"),
        None,
    )
    .unwrap_err();
    assert_eq!(unknown.code(), "not_found");
}

#[test]
fn one_sided_changes_travel_both_ways_and_a_file_merged_twice_changes_nothing() {
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let title = a.titles()[0].clone();
    b.edit_issue(&title, |i| {
        i.recommendations
            .push(recommendation("Ratify the Optional Protocol."))
    });
    let from_b = b.share_all();
    let outcome = a.merge(&from_b);
    assert_eq!(outcome.from.name, "WLAC");
    // The recommendation arrives as an item of its own; the issue's own fields are unchanged.
    assert_eq!(outcome.added.len(), 1, "{outcome:?}");
    assert_eq!(outcome.added[0].kind, Kind::Recommendation);
    assert!(outcome.updated.is_empty(), "{outcome:?}");
    assert_eq!(outcome.new_recommendations, 1);
    assert!(a
        .issue(&title)
        .recommendations
        .iter()
        .any(|r| r.text == "Ratify the Optional Protocol."));
    let kept = a.everything();
    let again = a.merge(&from_b);
    assert!(again.is_empty(), "{again:?}");
    assert_eq!(a.everything(), kept, "the second merge changed nothing");
    // And back: B learns nothing new from A, and nothing is a conflict.
    let back = b.merge(&a.share_all());
    assert!(back.is_empty(), "{back:?}");
    assert_eq!(shared_issues(&mut a), shared_issues(&mut b));
    // The merge took a snapshot first.
    assert!(a
        .store
        .snapshots()
        .unwrap()
        .iter()
        .any(|s| s.reason == SnapshotReason::BeforeMerge));
}

#[test]
fn each_record_remembers_the_partner_that_changed_it_until_it_is_edited_here() {
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let title = a.titles()[0].clone();
    let id = a.issue(&title).id;
    assert!(
        changed_by_partners(&mut a.store).unwrap().is_empty(),
        "all MCHR's own"
    );
    let by_mchr = changed_by_partners(&mut b.store).unwrap();
    assert!(by_mchr.iter().any(|c| c.id == id && c.by.name == "MCHR"));
    b.edit_issue(&title, |i| i.background.push_str(" WLAC adds."));
    assert!(
        !changed_by_partners(&mut b.store)
            .unwrap()
            .iter()
            .any(|c| c.id == id),
        "edited here since: WLAC's now"
    );
    a.merge(&b.share_all());
    let by_wlac = changed_by_partners(&mut a.store).unwrap();
    assert_eq!(
        by_wlac
            .iter()
            .filter(|c| c.by.name == "WLAC")
            .map(|c| c.id)
            .collect::<Vec<_>>(),
        vec![id]
    );
}

#[test]
fn a_merged_record_cannot_be_overwritten_by_a_stale_window() {
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let title = a.titles()[0].clone();
    let stale = a.issue(&title);
    b.edit_issue(&title, |i| i.background.push_str(" From WLAC."));
    a.merge(&b.share_all());
    let c = a.campaign_id();
    let err = a.store.save_priority_issue(c, stale).unwrap_err();
    assert_eq!(err.code(), "stale_record");
}

#[test]
fn edits_on_both_sides_are_a_conflict_kept_until_settled_and_then_converge() {
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let title = a.titles()[0].clone();
    a.edit_issue(&title, |i| i.background = "MCHR's background.".into());
    b.edit_issue(&title, |i| i.background = "WLAC's background.".into());
    let outcome = b.merge(&a.share_all());
    assert_eq!(outcome.conflicts.len(), 1, "{outcome:?}");
    assert_eq!(outcome.conflicts[0].name, title);
    assert_eq!(
        b.issue(&title).background,
        "WLAC's background.",
        "nothing is overwritten"
    );
    let open = conflicts(&mut b.store).unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].theirs_by.name, "MCHR");
    let field = open[0]
        .fields
        .iter()
        .find(|f| f.field == "background")
        .unwrap();
    assert_eq!(field.mine, "WLAC's background.");
    assert_eq!(field.theirs, "MCHR's background.");
    // Merging the same file again keeps one conflict, unchanged.
    let again = b.merge(&a.share_all());
    assert_eq!(again.conflicts.len(), 1);
    assert_eq!(conflicts(&mut b.store).unwrap(), open);

    // Settled field by field: MCHR's background, WLAC's title.
    let mut both = open[0].theirs.clone().unwrap();
    both["title"] = "Freedom of expression (joint)".into();
    settle(&mut b.store, open[0].id, Settlement::Edited(both)).unwrap();
    assert!(conflicts(&mut b.store).unwrap().is_empty());
    let settled = b.issue("Freedom of expression (joint)");
    assert_eq!(settled.background, "MCHR's background.");

    // A takes B's settled version without being asked again.
    let back = a.merge(&b.share_all());
    assert!(back.conflicts.is_empty(), "{back:?}");
    assert_eq!(
        a.issue("Freedom of expression (joint)").background,
        "MCHR's background."
    );
    assert_eq!(shared_issues(&mut a), shared_issues(&mut b));
}

#[test]
fn settling_mine_or_theirs() {
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let titles = a.titles();
    for t in &titles[..2] {
        a.edit_issue(t, |i| i.background = format!("{t} by MCHR"));
        b.edit_issue(t, |i| i.background = format!("{t} by WLAC"));
    }
    b.merge(&a.share_all());
    let open = conflicts(&mut b.store).unwrap();
    assert_eq!(open.len(), 2);
    let first = open.iter().find(|c| c.name == titles[0]).unwrap().id;
    let second = open.iter().find(|c| c.name == titles[1]).unwrap().id;
    settle(&mut b.store, first, Settlement::Mine).unwrap();
    settle(&mut b.store, second, Settlement::Theirs).unwrap();
    assert_eq!(
        b.issue(&titles[0]).background,
        format!("{} by WLAC", titles[0])
    );
    assert_eq!(
        b.issue(&titles[1]).background,
        format!("{} by MCHR", titles[1])
    );
    assert_eq!(
        settle(&mut b.store, first, Settlement::Mine)
            .unwrap_err()
            .code(),
        "not_found"
    );
    a.merge(&b.share_all());
    assert!(conflicts(&mut a.store).unwrap().is_empty());
    assert_eq!(shared_issues(&mut a), shared_issues(&mut b));
}

#[test]
fn deletions_travel_and_a_deletion_of_an_edited_record_is_a_conflict() {
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let titles = a.titles();
    // One-sided deletion: travels.
    let gone = a.issue(&titles[0]).id;
    a.store.delete_priority_issue(gone).unwrap();
    let outcome = b.merge(&a.share_all());
    assert_eq!(outcome.deleted.len(), 1, "{outcome:?}");
    assert!(!b.titles().contains(&titles[0]));
    // Deleted on A, edited on B: a conflict; B's edit is kept.
    let disputed = a.issue(&titles[1]).id;
    a.store.delete_priority_issue(disputed).unwrap();
    b.edit_issue(&titles[1], |i| i.background = "Still needed.".into());
    let outcome = b.merge(&a.share_all());
    assert_eq!(outcome.conflicts.len(), 1, "{outcome:?}");
    assert_eq!(b.issue(&titles[1]).background, "Still needed.");
    let open = conflicts(&mut b.store).unwrap();
    assert!(open[0].theirs.is_none(), "their side deleted it");
    // Kept: A gets it back from B without a conflict.
    settle(&mut b.store, disputed, Settlement::Mine).unwrap();
    let back = a.merge(&b.share_all());
    assert!(back.conflicts.is_empty(), "{back:?}");
    assert_eq!(a.issue(&titles[1]).background, "Still needed.");
}

#[test]
fn refused_files_change_nothing_and_say_why() {
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let first = a.titles()[0].clone();
    a.edit_issue(&first, |i| i.background = "New.".into());
    let good = std::fs::read(a.share_all()).unwrap();
    let kept = b.everything();
    let snapshots = b.store.snapshots().unwrap().len();
    let dir = tempfile::tempdir().unwrap();
    let try_bytes = |b: &mut Side, bytes: &[u8]| {
        let path = dir.path().join("from-mchr.uprshare");
        std::fs::write(&path, bytes).unwrap();
        merge_file(&mut b.store, &path, None).unwrap_err()
    };

    let cut = try_bytes(&mut b, &good[..good.len() / 2]);
    assert!(cut.to_string().contains("cut short"), "{cut}");

    let text = String::from_utf8(good.clone()).unwrap();
    let altered = text.replacen("New.", "Newer.", 1);
    assert_ne!(altered, text);
    let err = try_bytes(&mut b, altered.as_bytes());
    assert!(err.to_string().contains("changed or damaged"), "{err}");

    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["version"] = (VERSION + 1).into();
    let err = try_bytes(&mut b, value.to_string().as_bytes());
    assert!(err.to_string().contains("newer"), "{err}");

    // A file of another campaign: C's own campaign, sealed properly.
    let mut other = mchr();
    let c = other.campaign_id();
    let mut campaign = other.store.campaign(c).unwrap();
    campaign.state_under_review = "Kenya".into();
    other.store.save_campaign(campaign).unwrap();
    let mut bundle =
        Bundle::from_bytes(&std::fs::read(other.share_all()).unwrap(), "other").unwrap();
    bundle.campaign.id = new_id();
    for r in &mut bundle.records {
        if r.kind == Kind::Campaign {
            r.id = bundle.campaign.id;
            r.data.as_mut().unwrap()["id"] = bundle.campaign.id.to_string().into();
        }
    }
    bundle.seal();
    let err = try_bytes(&mut b, bundle.to_json().as_bytes());
    assert_eq!(err.code(), "invalid_file");
    assert!(
        err.to_string().contains("another campaign (on Kenya)"),
        "{err}"
    );

    assert_eq!(b.everything(), kept, "nothing changed");
    assert_eq!(b.store.snapshots().unwrap().len(), snapshots);
    assert!(conflicts(&mut b.store).unwrap().is_empty());
}

#[test]
fn a_share_file_follows_the_published_schema() {
    const SCHEMA: &str = include_str!("../../../../assets/schema/upr-kit-share-v2.schema.json");
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let title = a.titles()[0].clone();
    let id = a.issue(&title).id;
    a.store.delete_priority_issue(id).unwrap();
    let file: serde_json::Value = serde_json::from_slice(
        &std::fs::read(a.share(&ShareChoice {
            meetings: MeetingChoice::All,
            ..Default::default()
        }))
        .unwrap(),
    )
    .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&file)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(file["records"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["deleted"] == true));
    let mut bad = file.clone();
    bad["records"][0]["clock"] = "yesterday".into();
    assert!(!validator.is_valid(&bad));
}

#[test]
fn partners_meet_in_the_exchange_folder() {
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let shared = tempfile::tempdir().unwrap();
    for side in [&mut a, &mut b] {
        let mut settings = side.store.settings().unwrap();
        settings.exchange_folder = Some(shared.path().display().to_string());
        side.store.save_settings(&settings).unwrap();
    }
    let (mine, _) = write_to_folder(&mut a.store).unwrap();
    assert_eq!(mine.file_name().unwrap(), "MCHR.uprshare");
    let title = a.titles()[0].clone();
    b.edit_issue(&title, |i| {
        i.recommendations
            .push(recommendation("Decriminalise defamation."))
    });
    write_to_folder(&mut b.store).unwrap();
    std::fs::write(
        shared.path().join("half.uprshare"),
        b"{\"format\": \"upr-adv",
    )
    .unwrap();

    let found = pick_up(&mut a.store).unwrap();
    assert_eq!(found.len(), 2, "its own file is not listed: {found:?}");
    let from_wlac = found.iter().find(|f| f.file == "WLAC.uprshare").unwrap();
    assert!(from_wlac.merged_now);
    assert_eq!(from_wlac.outcome.as_ref().unwrap().new_recommendations, 1);
    let half = found.iter().find(|f| f.file == "half.uprshare").unwrap();
    assert!(
        half.problem.as_deref().unwrap().contains("cut short"),
        "{half:?}"
    );
    assert!(a
        .issue(&title)
        .recommendations
        .iter()
        .any(|r| r.text == "Decriminalise defamation."));

    // A second look merges nothing again and still says what the file brought.
    let kept = a.everything();
    let again = pick_up(&mut a.store).unwrap();
    let from_wlac = again.iter().find(|f| f.file == "WLAC.uprshare").unwrap();
    assert!(!from_wlac.merged_now);
    assert_eq!(from_wlac.outcome.as_ref().unwrap().new_recommendations, 1);
    assert_eq!(a.everything(), kept);
}

/// Joint documents: a partner whose work arrived is listed among the coalition's partners, so
/// the brief names it, and a joint submission (limit 5,630 words) can be drafted.
#[test]
fn a_partner_whose_work_arrived_is_named_in_joint_documents() {
    let (mut a, mut b) = (mchr(), wlac());
    let outcome = b.merge(&a.share_all());
    assert_eq!(
        outcome.added_partner.as_deref(),
        Some("Meridia Coalition for Human Rights")
    );
    let org = b.store.organisation().unwrap().unwrap();
    assert!(org
        .partners
        .iter()
        .any(|p| p.acronym == "MCHR" && p.name == "Meridia Coalition for Human Rights"));

    let joint =
        crate::submission::draft_submission(&mut b.store, crate::model::SubmissionKind::Joint)
            .unwrap();
    assert_eq!(joint.count.limit, 5630);
    assert!(
        joint
            .submission
            .partners
            .iter()
            .any(|p| p.contains("MCHR") || p.contains("Meridia Coalition for Human Rights")),
        "{:?}",
        joint.submission.partners
    );

    // Listed once: the next file from MCHR, and a file from WLAC back to MCHR (already its
    // partner in the demo), add no one.
    let title = a.titles()[0].clone();
    a.edit_issue(&title, |i| i.background.push_str(" More."));
    assert_eq!(b.merge(&a.share_all()).added_partner, None);
    b.edit_issue(&title, |i| i.background.push_str(" WLAC."));
    assert_eq!(a.merge(&b.share_all()).added_partner, None);
    assert_eq!(b.store.organisation().unwrap().unwrap().partners.len(), 1);
}

/// Issue #13 gap: two partners who each add a different recommendation to the same issue
/// both end with both, with no conflict, in the same order.
#[test]
fn recommendations_added_to_one_issue_on_both_sides_merge_without_conflict() {
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let title = a.titles()[0].clone();
    a.edit_issue(&title, |i| {
        i.recommendations
            .push(recommendation("Ratify the Optional Protocol."))
    });
    b.edit_issue(&title, |i| {
        i.recommendations
            .push(recommendation("Criminalise marital rape."))
    });
    let outcome = a.merge(&b.share_all());
    assert!(outcome.conflicts.is_empty(), "{outcome:?}");
    assert_eq!(outcome.new_recommendations, 1);
    let back = b.merge(&a.share_all());
    assert!(back.conflicts.is_empty(), "{back:?}");
    let texts = |side: &mut Side| -> Vec<String> {
        side.issue(&title)
            .recommendations
            .into_iter()
            .map(|r| r.text)
            .collect()
    };
    let ours = texts(&mut a);
    assert!(ours.contains(&"Ratify the Optional Protocol.".to_string()));
    assert!(ours.contains(&"Criminalise marital rape.".to_string()));
    assert_eq!(
        texts(&mut b),
        ours,
        "both sides list them in the same order"
    );
    // A recommendation changed on both sides is a conflict of that recommendation only.
    let first = a.issue(&title).recommendations[0].id;
    a.edit_issue(&title, |i| {
        i.recommendations[0].text = "MCHR's wording.".into()
    });
    b.edit_issue(&title, |i| {
        i.recommendations[0].text = "WLAC's wording.".into()
    });
    let outcome = a.merge(&b.share_all());
    assert_eq!(outcome.conflicts.len(), 1, "{outcome:?}");
    assert_eq!(outcome.conflicts[0].id, first);
    assert_eq!(outcome.conflicts[0].kind, Kind::Recommendation);
}

/// A share file of version 1 carried an issue's items inside it: it is still merged, its
/// items split out.
#[test]
fn a_version_1_share_file_is_still_merged() {
    let (mut a, mut b) = (mchr(), wlac());
    let file = a.share_all();
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    // Write it as version 1 did: the items inside their issues.
    let records = doc["records"].as_array().unwrap().clone();
    let mut kept = Vec::new();
    for record in &records {
        let kind = record["kind"].as_str().unwrap();
        if ["key_fact", "question", "recommendation"].contains(&kind) {
            continue;
        }
        let mut record = record.clone();
        if kind == "priority_issue" {
            let id = record["id"].clone();
            for (k, list) in [
                ("key_fact", "facts"),
                ("question", "questions"),
                ("recommendation", "recommendations"),
            ] {
                let mut items: Vec<serde_json::Value> = records
                    .iter()
                    .filter(|r| r["kind"] == k && r["data"]["issue_id"] == id)
                    .map(|r| r["data"].clone())
                    .collect();
                items.sort_by_key(|i| i["position"].as_u64());
                for item in &mut items {
                    let map = item.as_object_mut().unwrap();
                    map.remove("issue_id");
                    map.remove("position");
                }
                record["data"][list] = items.into();
            }
        }
        kept.push(record);
    }
    doc["records"] = kept.into();
    doc["version"] = 1.into();
    doc["digest"] = "".into();
    let mut bundle: Bundle = serde_json::from_value(doc).unwrap();
    bundle.seal();
    let old = a._dir.path().join("old.uprshare");
    std::fs::write(&old, bundle.to_json()).unwrap();
    b.merge(&old);
    assert_eq!(shared_issues(&mut a), shared_issues(&mut b));
}

fn phrase(text: &str) -> crate::passphrase::Passphrase {
    crate::passphrase::Passphrase::new(text.into())
}

#[test]
fn an_encrypted_share_file_opens_with_its_passphrase_only() {
    let mut a = mchr();
    let mut b = wlac();
    let path = a._dir.path().join(format!("for-wlac.{EXTENSION}"));
    let right = phrase("coalition passphrase 2026");
    share(&mut a.store, &ShareChoice::default(), &path, Some(&right)).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(exchange::encrypted_file::is_encrypted(&bytes));
    assert!(
        !bytes.windows(b"Meridia".len()).any(|w| w == b"Meridia"),
        "the State's name is not readable in the file"
    );

    let without = merge_file(&mut b.store, &path, None).unwrap_err();
    assert_eq!(without.code(), "file_encrypted", "{without}");
    let wrong = merge_file(&mut b.store, &path, Some(&phrase("not the passphrase"))).unwrap_err();
    assert_eq!(wrong.code(), "wrong_passphrase", "{wrong}");
    assert!(
        b.store.current_campaign().unwrap().is_none(),
        "a refused file changes nothing"
    );

    let outcome = merge_file(&mut b.store, &path, Some(&right)).unwrap();
    assert!(!outcome.added.is_empty());
    assert_eq!(b.campaign_id(), a.campaign_id());
}

#[test]
fn joining_from_an_encrypted_share_file_needs_its_passphrase() {
    let mut a = mchr();
    let path = a._dir.path().join(format!("for-new.{EXTENSION}"));
    let right = phrase("coalition passphrase 2026");
    share(&mut a.store, &ShareChoice::default(), &path, Some(&right)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut empty = Store::open_dir(&dir.path().join("data")).unwrap();
    let org = || Organisation::named("Women's Legal Aid Centre");
    let without = join_file(&mut empty, org(), &path, None).unwrap_err();
    assert_eq!(without.code(), "file_encrypted", "{without}");
    assert!(empty.is_empty().unwrap(), "a refused join changes nothing");
    join_file(&mut empty, org(), &path, Some(&right)).unwrap();
    assert_eq!(
        empty.current_campaign().unwrap().unwrap().id,
        a.campaign_id()
    );
}

#[test]
fn an_encrypted_data_folder_writes_only_encrypted_share_files() {
    let mut a = mchr();
    a.store
        .encrypt(&phrase("the data folder's passphrase"))
        .unwrap();
    let path = a._dir.path().join(format!("plain.{EXTENSION}"));
    let err = share(&mut a.store, &ShareChoice::default(), &path, None).unwrap_err();
    assert_eq!(err.code(), "invalid_input", "{err}");
    assert!(!path.exists(), "nothing is written");
    // The preview writes nothing and needs no passphrase.
    preview(&mut a.store, &ShareChoice::default()).unwrap();
    let right = phrase("coalition passphrase 2026");
    share(&mut a.store, &ShareChoice::default(), &path, Some(&right)).unwrap();
    assert!(exchange::encrypted_file::is_encrypted(
        &std::fs::read(&path).unwrap()
    ));
}

#[test]
fn a_plain_share_file_still_opens_when_a_passphrase_is_given() {
    let mut a = mchr();
    let mut b = wlac();
    let path = a.share_all();
    merge_file(&mut b.store, &path, Some(&phrase("unused passphrase"))).unwrap();
    assert_eq!(b.campaign_id(), a.campaign_id());
}

fn use_folder(side: &mut Side, folder: &Path) {
    let mut settings = side.store.settings().unwrap();
    settings.exchange_folder = Some(folder.display().to_string());
    side.store.save_settings(&settings).unwrap();
}

#[test]
fn encrypted_partners_meet_in_the_exchange_folder_with_the_coalition_passphrase() {
    let (mut a, mut b, mut c) = (mchr(), wlac(), wlac());
    let mut org = c.store.organisation().unwrap().unwrap();
    org.name = "Lawyers for Justice".into();
    org.acronym = "LFJ".into();
    c.store.save_organisation(org).unwrap();
    let first = a.share_all();
    b.merge(&first);
    c.merge(&first);
    let shared = tempfile::tempdir().unwrap();
    for side in [&mut a, &mut b] {
        use_folder(side, shared.path());
        side.store.encrypt(&phrase("each side's own data")).unwrap();
    }
    let err = write_to_folder(&mut a.store).unwrap_err();
    assert_eq!(err.code(), "coalition_passphrase_needed", "{err}");
    assert_eq!(std::fs::read_dir(shared.path()).unwrap().count(), 0);

    for side in [&mut a, &mut b] {
        side.store
            .set_coalition_passphrase(Some(&phrase("the coalition's passphrase")))
            .unwrap();
    }
    let title = a.titles()[0].clone();
    b.edit_issue(&title, |i| {
        i.recommendations
            .push(recommendation("Decriminalise defamation."))
    });
    let (written, _) = write_to_folder(&mut b.store).unwrap();
    let bytes = std::fs::read(&written).unwrap();
    assert!(exchange::encrypted_file::is_encrypted(&bytes));
    assert!(!bytes.windows(7).any(|w| w == b"Meridia"));

    let found = pick_up(&mut a.store).unwrap();
    let from_wlac = found.iter().find(|f| f.file == "WLAC.uprshare").unwrap();
    assert!(from_wlac.merged_now, "{from_wlac:?}");
    assert_eq!(from_wlac.sealed, None);
    assert!(a
        .issue(&title)
        .recommendations
        .iter()
        .any(|r| r.text == "Decriminalise defamation."));

    // A file of a partner who chose another passphrase is listed, not merged, and can be
    // merged by hand with its own passphrase.
    use_folder(&mut c, shared.path());
    c.store.encrypt(&phrase("LFJ's own data")).unwrap();
    c.store
        .set_coalition_passphrase(Some(&phrase("another passphrase")))
        .unwrap();
    write_to_folder(&mut c.store).unwrap();
    let found = pick_up(&mut a.store).unwrap();
    let from_lfj = found.iter().find(|f| f.file == "LFJ.uprshare").unwrap();
    assert_eq!(
        from_lfj.sealed,
        Some(Sealed::OtherPassphrase),
        "{from_lfj:?}"
    );
    assert!(!from_lfj.merged_now);
    merge_file(
        &mut a.store,
        &from_lfj.path,
        Some(&phrase("another passphrase")),
    )
    .unwrap();
    assert_sealed_file_listed_as_merged(&mut a.store, "LFJ.uprshare");
    // The partner writes again: the new file is sealed once more, until merged by hand.
    write_to_folder(&mut c.store).unwrap();
    let found = pick_up(&mut a.store).unwrap();
    let from_lfj = found.iter().find(|f| f.file == "LFJ.uprshare").unwrap();
    assert_eq!(from_lfj.sealed, Some(Sealed::OtherPassphrase));
}

#[test]
fn with_plain_data_an_encrypted_file_in_the_folder_waits_for_its_passphrase() {
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let shared = tempfile::tempdir().unwrap();
    use_folder(&mut a, shared.path());
    use_folder(&mut b, shared.path());
    b.store.encrypt(&phrase("WLAC's own data")).unwrap();
    b.store
        .set_coalition_passphrase(Some(&phrase("the coalition's passphrase")))
        .unwrap();
    write_to_folder(&mut b.store).unwrap();
    // The plain side writes plain files, which the encrypted side merges as they are.
    let (plain, _) = write_to_folder(&mut a.store).unwrap();
    assert!(!exchange::encrypted_file::is_encrypted(
        &std::fs::read(&plain).unwrap()
    ));
    let at_b = pick_up(&mut b.store).unwrap();
    assert!(at_b.iter().all(|f| f.problem.is_none()), "{at_b:?}");

    let found = pick_up(&mut a.store).unwrap();
    let from_wlac = found.iter().find(|f| f.file == "WLAC.uprshare").unwrap();
    assert_eq!(
        from_wlac.sealed,
        Some(Sealed::NeedsPassphrase),
        "{from_wlac:?}"
    );
    assert!(!from_wlac.merged_now);
    merge_file(
        &mut a.store,
        &from_wlac.path,
        Some(&phrase("the coalition's passphrase")),
    )
    .unwrap();
    assert_sealed_file_listed_as_merged(&mut a.store, "WLAC.uprshare");
}

/// The next pick-up lists the sealed `file`, merged by hand, as merged before: who wrote it,
/// what merging it did, no problem, not sealed, not merged again.
fn assert_sealed_file_listed_as_merged(store: &mut Store, file: &str) {
    let found = pick_up(store).unwrap();
    let again = found.iter().find(|f| f.file == file).unwrap();
    assert_eq!(again.sealed, None, "{again:?}");
    assert_eq!(again.problem, None, "{again:?}");
    assert!(!again.merged_now, "{again:?}");
    let outcome = again.outcome.as_ref().expect("what merging it did");
    assert_eq!(again.from.as_ref(), Some(&outcome.from));
    assert_eq!(again.written_at, Some(outcome.written_at));
}

/// Every tombstone of the store as if deleted long ago (beyond any keeping time).
fn age_tombstones(store: &mut Store) {
    store
        .connection()
        .execute(
            "UPDATE shared_record SET deleted_at = '2001-01-01T00:00:00.000Z' WHERE deleted = 1",
            [],
        )
        .unwrap();
}

fn history_ids(store: &mut Store, campaign: Uuid) -> Vec<Uuid> {
    store
        .write(|tx| history::read(tx, campaign))
        .unwrap()
        .into_keys()
        .collect()
}

#[test]
fn a_purged_tombstone_is_not_brought_back_by_a_late_stale_file() {
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let c = a.campaign_id();
    // WLAC writes a file while the issue still lives; it travels slowly.
    let late = b.share_all();
    let title = a.titles()[0].clone();
    let gone = a.issue(&title).id;
    a.store.delete_priority_issue(gone).unwrap();
    // The deletion reaches WLAC, whose next file acknowledges it.
    b.merge(&a.share_all());
    assert!(!b.titles().contains(&title));
    let ack = b.share_all();

    // Too young: acknowledged, but kept.
    a.merge(&ack);
    assert!(history_ids(&mut a.store, c).contains(&gone));
    // Old enough and acknowledged by every partner: purged in the next merge.
    age_tombstones(&mut a.store);
    a.merge(&ack);
    assert!(
        !history_ids(&mut a.store, c).contains(&gone),
        "the tombstone is purged"
    );
    let shared: Vec<serde_json::Value> = serde_json::from_str::<serde_json::Value>(
        &bundle(&mut a.store, &ShareChoice::default())
            .unwrap()
            .to_json(),
    )
    .unwrap()["records"]
        .as_array()
        .unwrap()
        .clone();
    assert!(
        !shared.iter().any(|r| r["id"] == gone.to_string()),
        "nor does it travel any more"
    );

    // The late file arrives: the issue stays deleted, and nothing else changes.
    let before = a.everything();
    let outcome = a.merge(&late);
    assert!(outcome.added.is_empty(), "{outcome:?}");
    assert!(!a.titles().contains(&title));
    assert_eq!(a.everything(), before);
}

#[test]
fn a_tombstone_stays_until_every_partner_acknowledged_it() {
    let (mut a, mut b, mut l) = (mchr(), wlac(), wlac());
    let mut org = l.store.organisation().unwrap().unwrap();
    org.acronym = "LFJ".into();
    org.name = "Lawyers for Justice".into();
    l.store.save_organisation(org).unwrap();
    let first = a.share_all();
    b.merge(&first);
    l.merge(&first);
    a.merge(&l.share_all());
    let c = a.campaign_id();
    let title = a.titles()[0].clone();
    let gone = a.issue(&title).id;
    a.store.delete_priority_issue(gone).unwrap();
    let deletion = a.share_all();
    b.merge(&deletion);
    age_tombstones(&mut a.store);
    // WLAC acknowledged; LFJ, also a partner, has not yet.
    a.merge(&b.share_all());
    assert!(history_ids(&mut a.store, c).contains(&gone));
    l.merge(&deletion);
    a.merge(&l.share_all());
    assert!(!history_ids(&mut a.store, c).contains(&gone));
}

#[test]
fn a_move_up_or_down_travels_with_the_next_share_file() {
    let (mut a, mut b) = (mchr(), wlac());
    b.merge(&a.share_all());
    let title = a.titles()[0].clone();
    a.edit_issue(&title, |i| {
        i.recommendations
            .push(recommendation("Ratify the Optional Protocol."));
        i.recommendations
            .push(recommendation("Establish a national preventive mechanism."));
    });
    b.merge(&a.share_all());
    // The last one moves to the top; another added at B meanwhile stays where B put it.
    a.edit_issue(&title, |i| {
        let last = i.recommendations.pop().unwrap();
        i.recommendations.insert(0, last);
    });
    let order = |side: &mut Side| -> Vec<String> {
        side.issue(&title)
            .recommendations
            .into_iter()
            .map(|r| r.text)
            .collect()
    };
    let wanted = order(&mut a);
    let outcome = b.merge(&a.share_all());
    assert!(!outcome.updated.is_empty(), "{outcome:?}");
    assert_eq!(order(&mut b), wanted);
    assert!(outcome.conflicts.is_empty(), "{outcome:?}");
}
