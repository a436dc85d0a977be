//! Store tests against an in-memory database and, for migrations, real files.

use super::migrations::{self, MIGRATIONS};
use super::Store;
use crate::model::*;
use crate::{demo, Error};

fn demo_store() -> Store {
    demo::loaded_store()
}

#[test]
fn a_new_store_is_empty_and_at_the_latest_schema() {
    let mut store = Store::open_in_memory().unwrap();
    assert!(store.is_empty().unwrap());
    let version: i64 = store
        .connection()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, migrations::latest_version());
}

#[test]
fn every_earlier_schema_version_migrates_to_the_latest() {
    // Build a file at each earlier version, put the demo's rows in where the schema allows it
    // (version 0 has no tables), then open it as the app would.
    for start in 0..MIGRATIONS.len() as i64 {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut conn =
                rusqlite::Connection::open(dir.path().join(super::DATA_FILE_NAME)).unwrap();
            migrations::apply_up_to(&mut conn, "test", start).unwrap();
            let v: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(v, start);
        }
        let mut store = Store::open_dir(dir.path()).unwrap();
        if store.is_empty().unwrap() {
            demo::load(&mut store).unwrap();
        }
        let v: i64 = store
            .connection()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, migrations::latest_version(), "from version {start}");
        let problems: i64 = store
            .connection()
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(problems, 0, "from version {start}");
        assert_eq!(store.summary().unwrap().priority_issues.len(), 3);
        // The edited statement (migration 5) is kept on every upgraded file.
        let campaign = store.current_campaign().unwrap().unwrap();
        store
            .save_edited_text(
                campaign.id,
                EditableDocument::OralStatement,
                "Our own words.",
            )
            .unwrap();
        assert_eq!(
            store
                .edited_text(campaign.id, EditableDocument::OralStatement)
                .unwrap()
                .as_deref(),
            Some("Our own words."),
            "from version {start}"
        );
        // A meeting's time (migration 6) is kept on every upgraded file, to the fraction of a
        // second a file may carry, so that what is imported exports the same.
        let mut meeting = store.meetings(campaign.id).unwrap().remove(0);
        assert_eq!(meeting.time, None, "from version {start}");
        meeting.time = chrono::NaiveTime::from_hms_milli_opt(10, 30, 15, 250);
        let saved = store.save_meeting(campaign.id, meeting).unwrap();
        assert_eq!(
            store.meetings(campaign.id).unwrap()[0].time,
            saved.time,
            "from version {start}"
        );
        assert_eq!(saved.time.unwrap().to_string(), "10:30:15.250");
        // The list of speakers (migration 9): unknown on an upgraded file, then kept in order.
        assert!(store.list_of_speakers(campaign.id).unwrap().is_empty());
        let list = ["Norway", "Brazil", "Holy See"].map(String::from);
        store.save_list_of_speakers(campaign.id, &list).unwrap();
        assert_eq!(
            store.list_of_speakers(campaign.id).unwrap(),
            list,
            "from version {start}"
        );
        // The digest of the last file merged from a partner (migration 11): none on an
        // upgraded file, then remembered and found again.
        let partner = new_id();
        store
            .write(|tx| {
                super::partner_put(
                    tx,
                    &super::PartnerRow {
                        organisation_id: partner,
                        name: "WLAC".into(),
                        last_merged_at: None,
                        last_digest: "bundle".into(),
                        last_outcome: "{}".into(),
                        last_written_at: None,
                    },
                )?;
                assert_eq!(super::partner_by_file_digest(tx, "")?, None);
                super::partner_file_digest_put(tx, partner, "bytes")
            })
            .unwrap();
        let found = store
            .read(|tx| super::partner_by_file_digest(tx, "bytes"))
            .unwrap();
        assert_eq!(found.map(|p| p.organisation_id), Some(partner));
    }
}

#[test]
fn an_edited_text_is_kept_per_campaign_and_document_and_reset_forgets_it() {
    let mut store = Store::open_in_memory().unwrap();
    demo::load(&mut store).unwrap();
    let campaign = store.current_campaign().unwrap().unwrap();
    assert_eq!(
        store
            .edited_text(campaign.id, EditableDocument::OralStatement)
            .unwrap(),
        None
    );
    store
        .save_edited_text(campaign.id, EditableDocument::OralStatement, "First.")
        .unwrap();
    store
        .save_edited_text(campaign.id, EditableDocument::OralStatement, "Second.")
        .unwrap();
    assert_eq!(
        store
            .edited_text(campaign.id, EditableDocument::OralStatement)
            .unwrap()
            .as_deref(),
        Some("Second.")
    );
    assert_eq!(
        store
            .edited_text(campaign.id, EditableDocument::TalkingPoints)
            .unwrap(),
        None
    );
    assert_eq!(
        store
            .edited_text(crate::model::new_id(), EditableDocument::OralStatement)
            .unwrap(),
        None,
        "another campaign has its own"
    );
    store
        .clear_edited_text(campaign.id, EditableDocument::OralStatement)
        .unwrap();
    store
        .clear_edited_text(campaign.id, EditableDocument::OralStatement)
        .unwrap();
    assert_eq!(
        store
            .edited_text(campaign.id, EditableDocument::OralStatement)
            .unwrap(),
        None
    );
    // An edit for a campaign that does not exist is refused.
    assert!(store
        .save_edited_text(crate::model::new_id(), EditableDocument::OralStatement, "x")
        .is_err());
}

#[test]
fn a_file_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(super::DATA_FILE_NAME);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open_dir(dir.path()).err().expect("refused");
    assert!(
        matches!(err, Error::SchemaTooNew { found: 99, .. }),
        "{err}"
    );
    let conn = rusqlite::Connection::open(&path).unwrap();
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 99);
}

#[test]
fn the_demo_has_three_complete_priority_issues_and_three_target_states() {
    let mut store = demo_store();
    let campaign = store.current_campaign().unwrap().unwrap();
    assert_eq!(campaign.state_under_review, "Republic of Meridia");
    let issues = store.priority_issues(campaign.id).unwrap();
    assert_eq!(issues.len(), 3);
    for issue in &issues {
        assert!(!issue.background.is_empty());
        assert!(
            issue.facts.iter().all(|f| !f.source.is_empty()),
            "{}",
            issue.title
        );
        assert!((4..=5).contains(&issue.questions.len()), "{}", issue.title);
        assert!(
            (4..=5).contains(&issue.recommendations.len()),
            "{}",
            issue.title
        );
    }
    let targets = store.target_states(campaign.id).unwrap();
    assert_eq!(targets.len(), 3);
    assert!(targets
        .iter()
        .all(|t| !t.reason.is_empty() && !t.asks.is_empty()));
    assert_eq!(store.meetings(campaign.id).unwrap().len(), 1);
}

#[test]
fn saving_an_edited_issue_keeps_unchanged_children_and_their_links() {
    let mut store = demo_store();
    let campaign = store.current_campaign().unwrap().unwrap();
    let mut issue = store.priority_issues(campaign.id).unwrap().remove(0);
    let kept = issue.recommendations[0].clone();
    let edited_at_first = issue.recommendations[1].updated_at;
    issue.recommendations[1].text.push_str(" Within two years.");
    issue.recommendations.remove(4);
    let saved = store.save_priority_issue(campaign.id, issue).unwrap();

    assert_eq!(
        saved.recommendations[0], kept,
        "an untouched child keeps its timestamps"
    );
    assert!(saved.recommendations[1].updated_at > edited_at_first);
    let reread = store.priority_issues(campaign.id).unwrap().remove(0);
    assert_eq!(reread, saved);
    // Norway's asks pointed at the first recommendation; the edit must not break the link.
    let norway = &store.target_states(campaign.id).unwrap()[0];
    assert!(norway.asks.contains(&kept.id));
}

#[test]
fn a_new_issue_is_stamped_and_reordering_moves_it_first() {
    let mut store = demo_store();
    let campaign = store.current_campaign().unwrap().unwrap();
    let t = now();
    let issue = PriorityIssue {
        id: new_id(),
        title: "Right to education of children with disabilities".into(),
        rank: 4,
        upr_issues: vec!["Right to education".into(), "Disabilities".into()],
        background: String::new(),
        facts: vec![],
        questions: vec![],
        recommendations: vec![Recommendation {
            id: new_id(),
            text: "Adopt an inclusive education law.".into(),
            action_category: Some(ActionCategory::Specific),
            previously_recommended: String::new(),
            created_at: t,
            updated_at: t,
        }],
        created_at: t,
        updated_at: t,
        version: crate::store::UNSAVED,
    };
    let saved = store.save_priority_issue(campaign.id, issue).unwrap();
    store
        .reorder_priority_issues(campaign.id, &[saved.id])
        .unwrap();
    let issues = store.priority_issues(campaign.id).unwrap();
    assert_eq!(
        issues[0].title,
        "Right to education of children with disabilities"
    );
    assert_eq!(
        issues.iter().map(|i| i.rank).collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );
}

#[test]
fn a_refused_save_changes_nothing() {
    let mut store = demo_store();
    let campaign = store.current_campaign().unwrap().unwrap();
    let before = crate::exchange::export(&mut store).unwrap();
    let mut norway = store.target_states(campaign.id).unwrap().remove(0);
    norway.reason = "changed".into();
    norway.asks.push(new_id()); // not a recommendation of this campaign
    let err = store.save_target_state(campaign.id, norway).unwrap_err();
    assert!(
        err.to_string()
            .contains("not one of this campaign's recommendations"),
        "{err}"
    );
    let after = crate::exchange::export(&mut store).unwrap();
    assert_eq!(before.campaigns, after.campaigns);
}

#[test]
fn deleting_a_target_state_keeps_its_meetings_without_the_link() {
    let mut store = demo_store();
    let campaign = store.current_campaign().unwrap().unwrap();
    let norway = store.target_states(campaign.id).unwrap().remove(0);
    let deleted = store.delete_target_state(norway.id).unwrap();
    let meetings = store.meetings(campaign.id).unwrap();
    assert_eq!(meetings.len(), 1);
    assert_eq!(meetings[0].target_state_id, None);
    // Undo gives back what the deletion returned: the State with its contacts and asks, and
    // the meeting's link to it.
    store.restore(&deleted).unwrap();
    let back = store.target_states(campaign.id).unwrap();
    assert!(back
        .iter()
        .any(|t| t.id == norway.id && t.asks == norway.asks && t.contacts.len() == 2));
    assert_eq!(
        store.meetings(campaign.id).unwrap()[0].target_state_id,
        Some(norway.id)
    );
}

#[test]
fn settings_default_to_upr_facts_and_are_validated() {
    let mut store = Store::open_in_memory().unwrap();
    let mut s = store.settings().unwrap();
    assert_eq!(s.speaking_rate_wpm, 110);
    assert_eq!(s.oral_statement_seconds, 120);
    s.speaking_rate_wpm = 0;
    assert!(store.save_settings(&s).is_err());
    s.speaking_rate_wpm = 120;
    store.save_settings(&s).unwrap();
    assert_eq!(store.settings().unwrap().speaking_rate_wpm, 120);
}

#[test]
fn a_typed_date_outside_the_years_kept_is_refused_and_changes_nothing() {
    let mut store = demo_store();
    let before = crate::exchange::export(&mut store).unwrap();
    let campaign = store.current_campaign().unwrap().unwrap();
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();

    let mut typed = campaign.clone();
    typed.review_date = Some(day("1850-03-10"));
    let e = store.save_campaign(typed).unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    assert!(
        e.to_string()
            .starts_with("review date: the date 1850-03-10"),
        "{e}"
    );

    let mut meeting = before.campaigns[0].meetings[0].clone();
    meeting.date = day("2201-01-01");
    let e = store.save_meeting(campaign.id, meeting).unwrap_err();
    assert!(e.to_string().starts_with("meeting date: "), "{e}");

    let e = crate::calendar::add_calendar_date(&mut store, day("1899-12-31"), "Too early", "")
        .unwrap_err();
    assert!(e.to_string().contains("1900 to 2200"), "{e}");

    let mut after = crate::exchange::export(&mut store).unwrap();
    after.exported_at = before.exported_at;
    assert_eq!(before, after, "a refused save changed the store");

    // The edges are accepted and come back out.
    let mut typed = campaign;
    typed.review_date = Some(day("2200-12-31"));
    store.save_campaign(typed).unwrap();
    crate::exchange::export(&mut store).unwrap();
    crate::calendar::current_agenda(&mut store, day("2200-12-31")).unwrap();
}

/// Migration 0009 (tombstones purged when safe): a tombstone already in the file starts its
/// keeping time at the upgrade, so that it is not purged at once.
#[test]
fn tombstones_from_before_the_upgrade_start_their_keeping_time_then() {
    let dir = tempfile::tempdir().unwrap();
    let index = MIGRATIONS
        .iter()
        .position(|(name, _)| name.ends_with("_tombstones"))
        .expect("the tombstones migration") as i64;
    {
        let mut conn = rusqlite::Connection::open(dir.path().join(super::DATA_FILE_NAME)).unwrap();
        migrations::apply_up_to(&mut conn, "test", index).unwrap();
        // A history row alone: its campaign does not matter to the migration.
        conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
        conn.execute(
            "INSERT INTO shared_record (record_id, campaign_id, kind, clock, changed_by_id,
                                        changed_by_name, deleted)
             VALUES ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002',
                     'priority_issue', '{}', '00000000-0000-0000-0000-000000000003', 'MCHR', 1)",
            [],
        )
        .unwrap();
    }
    let before = chrono::Utc::now() - chrono::Duration::seconds(5);
    let mut store = Store::open_dir(dir.path()).unwrap();
    let deleted_at: String = store
        .connection()
        .query_row("SELECT deleted_at FROM shared_record", [], |r| r.get(0))
        .unwrap();
    let deleted_at = chrono::DateTime::parse_from_rfc3339(&deleted_at).unwrap();
    assert!(deleted_at > before, "{deleted_at}");
}

/// The names in `dir` with each file's bytes.
fn folder_contents(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let bytes = std::fs::read(e.path()).unwrap_or_default();
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_store_opened_for_reading_reads_refuses_saves_and_leaves_the_folder_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = Store::open_dir(dir.path()).unwrap();
        demo::load(&mut store).unwrap();
    }
    let before = folder_contents(dir.path());
    {
        let mut store = Store::open_dir_for_reading(dir.path(), None).unwrap();
        assert!(store.is_read_only());
        let summary = store.summary().unwrap();
        assert!(summary.organisation.is_some());
        let campaign = store.current_campaign().unwrap().unwrap();
        let mut issue = store.priority_issues(campaign.id).unwrap().remove(0);
        issue.title = "Changed while reading".into();
        let err = store.save_priority_issue(campaign.id, issue).unwrap_err();
        assert_eq!(err.code(), "read_only");
        // Even SQL that goes around the store's methods cannot change the file.
        assert!(store
            .connection()
            .execute("DELETE FROM priority_issue", [])
            .is_err());
    }
    assert_eq!(folder_contents(dir.path()), before, "the folder changed");
}

#[test]
fn a_store_opened_for_reading_at_an_older_schema_is_upgraded_first() {
    let dir = tempfile::tempdir().unwrap();
    migrations::old_data_file_with_organisation(dir.path(), 1, "Old Coalition");
    let mut store = Store::open_dir_for_reading(dir.path(), None).unwrap();
    let version: i64 = store
        .connection()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, migrations::latest_version());
    assert_eq!(store.organisation().unwrap().unwrap().name, "Old Coalition");
}

#[test]
fn a_store_opened_for_reading_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    {
        let conn = rusqlite::Connection::open(dir.path().join(super::DATA_FILE_NAME)).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open_dir_for_reading(dir.path(), None)
        .err()
        .expect("refused");
    assert!(
        matches!(err, Error::SchemaTooNew { found: 99, .. }),
        "{err}"
    );
}
