//! Record versions: the rule that keeps two writers on one data file (a window that has been
//! open for hours and the command line, say) from undoing each other's work.
//!
//! Every record saved on its own (organisation, campaign, priority issue, target State,
//! meeting, submission, received recommendation, calendar date) carries a version. A save
//! names the version it was based on: when the stored record has moved on since, the save is
//! refused as [`Error::StaleRecord`] and nothing is written, because writing it would put
//! back old text and delete the children (facts, recommendations, contacts, evidence) added
//! elsewhere. A save that changes the record moves its version by one; a save that changes
//! nothing keeps it, so that it cannot make anyone else's copy stale.
//!
//! A record the window made and never saved has version 0. A save with a higher version of a
//! record the store does not hold is refused too: it was deleted elsewhere (or the data was
//! replaced by an import), and writing it would bring back what was removed on purpose.

use chrono::{DateTime, Utc};

use super::stamping::{restamp, Stamped};
use crate::model::CustomMilestone;
use crate::model::ReceivedRecommendation;
use crate::model::Submission;
use crate::model::{first_version, Campaign, Meeting, Organisation, PriorityIssue, TargetState};
use crate::{Error, Result};

pub use crate::model::UNSAVED;

pub trait Versioned: Stamped {
    fn version(&self) -> u32;
    fn version_mut(&mut self) -> &mut u32;
    /// What the record is and its name, as the user knows it ("priority issue", "Torture").
    fn label(&self) -> (&'static str, String);
}

macro_rules! versioned {
    ($($t:ty => $what:literal, |$r:ident| $name:expr);* $(;)?) => {$(
        impl Versioned for $t {
            fn version(&self) -> u32 {
                self.version
            }
            fn version_mut(&mut self) -> &mut u32 {
                &mut self.version
            }
            fn label(&self) -> (&'static str, String) {
                let $r = self;
                ($what, $name)
            }
        }
    )*};
}

versioned!(
    Organisation => "organisation", |r| r.name.clone();
    Campaign => "campaign", |r| r.state_under_review.clone();
    PriorityIssue => "priority issue", |r| r.title.clone();
    TargetState => "target State", |r| r.state.clone();
    Meeting => "meeting", |r| r.date.to_string();
    Submission => "submission", |r| r.title.clone();
    ReceivedRecommendation => "received recommendation", |r| short(&r.text);
    CustomMilestone => "calendar date", |r| r.title.clone();
);

/// The opening words of a long text, enough to recognise it in a message.
fn short(text: &str) -> String {
    const WORDS: usize = 8;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= WORDS {
        words.join(" ")
    } else {
        format!("{}…", words[..WORDS].join(" "))
    }
}

/// Checks that `new` was based on the stored record `old` (`None`: the store holds no record
/// with its id), then stamps it and sets the version it is saved with. Children must be
/// restamped before, as for [`restamp`].
pub fn advance<T: Versioned>(new: &mut T, old: Option<&T>, now: DateTime<Utc>) -> Result<()> {
    let based_on = new.version();
    match old {
        None if based_on != UNSAVED => Err(stale(new, true)),
        None => {
            restamp(new, None, now);
            *new.version_mut() = first_version();
            Ok(())
        }
        Some(old) => {
            let stored_version = old.version();
            if based_on != stored_version {
                return Err(stale(old, false));
            }
            restamp(new, Some(old), now);
            if *new != *old {
                *new.version_mut() = stored_version + 1;
            }
            Ok(())
        }
    }
}

fn stale<T: Versioned>(record: &T, deleted: bool) -> Error {
    let (what, name) = record.label();
    Error::StaleRecord {
        what,
        name,
        deleted,
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::exchange::Document;
    use crate::model::{new_id, now, KeyFact, Recommendation};
    use crate::monitoring::{ImplementationStatus, Tracking};
    use crate::store::Store;
    use crate::{demo, Error};

    /// Two stores on one data file, as a window and a second window (or the command line)
    /// open it; the demo loaded.
    fn two_writers() -> (tempfile::TempDir, Store, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut first = Store::open_dir(dir.path()).unwrap();
        demo::load(&mut first).unwrap();
        let second = Store::open_dir(dir.path()).unwrap();
        (dir, first, second)
    }

    /// The whole store as an export, without the moment of export.
    fn contents(store: &mut Store) -> Document {
        let mut doc = crate::exchange::export(store).unwrap();
        doc.exported_at = chrono::DateTime::UNIX_EPOCH;
        doc
    }

    fn assert_stale(err: Error, name: &str) {
        assert_eq!(err.code(), "stale_record", "{err}");
        assert!(err.to_string().contains(name), "{err}");
    }

    /// Issue #11, "Two windows…": a stale window's save used to put back its old copy and
    /// delete the facts and recommendations added in the other window.
    #[test]
    fn a_stale_save_is_refused_and_nothing_saved_elsewhere_is_lost() {
        let (_dir, mut first, mut second) = two_writers();
        let campaign = first.current_campaign().unwrap().unwrap();
        let issue = first.priority_issues(campaign.id).unwrap().remove(0);
        let mut stale = second.priority_issues(campaign.id).unwrap().remove(0);
        assert_eq!(stale.id, issue.id);

        let mut edited = issue.clone();
        let fact = KeyFact {
            id: new_id(),
            text: "41 journalists were detained in 2026.".into(),
            source: "Press Freedom Observatory, annual report 2026".into(),
            created_at: now(),
            updated_at: now(),
        };
        let recommendation = Recommendation {
            id: new_id(),
            text: "Release all journalists detained for their work.".into(),
            action_category: None,
            previously_recommended: String::new(),
            created_at: now(),
            updated_at: now(),
        };
        edited.facts.push(fact.clone());
        edited.recommendations.push(recommendation.clone());
        first.save_priority_issue(campaign.id, edited).unwrap();
        let saved_first = contents(&mut first);

        stale.title = "Edited in a window opened before".into();
        let err = second
            .save_priority_issue(campaign.id, stale)
            .expect_err("a save based on an outdated issue is refused");
        assert_stale(err, &issue.title);

        assert_eq!(contents(&mut second), saved_first, "nothing was written");
        let now_stored = first
            .priority_issues(campaign.id)
            .unwrap()
            .into_iter()
            .find(|i| i.id == issue.id)
            .unwrap();
        assert_eq!(now_stored.title, issue.title);
        assert!(now_stored.facts.iter().any(|f| f.id == fact.id));
        assert!(now_stored
            .recommendations
            .iter()
            .any(|r| r.id == recommendation.id));
    }

    #[test]
    fn every_kind_of_record_refuses_a_stale_save() {
        let (_dir, mut first, mut second) = two_writers();
        let c = first.current_campaign().unwrap().unwrap();

        // Each kind: the second store reads, the first saves a change, the second's save of
        // its old copy is refused and the store stays as the first left it.
        let stale = second.organisation().unwrap().unwrap();
        let mut fresh = first.organisation().unwrap().unwrap();
        fresh.partners.clear();
        fresh.website = "https://example.org/new".into();
        first.save_organisation(fresh).unwrap();
        let kept = contents(&mut first);
        assert_stale(second.save_organisation(stale).unwrap_err(), "");
        assert_eq!(contents(&mut first), kept);

        let stale = second.campaign(c.id).unwrap();
        let mut fresh = first.campaign(c.id).unwrap();
        fresh.adoption_session = "HRC 66".into();
        first.save_campaign(fresh).unwrap();
        let kept = contents(&mut first);
        assert_stale(
            second.save_campaign(stale).unwrap_err(),
            &c.state_under_review,
        );
        assert_eq!(contents(&mut first), kept);

        let stale = second.target_states(c.id).unwrap().remove(0);
        let mut fresh = first.target_states(c.id).unwrap().remove(0);
        fresh.contacts.pop();
        fresh.reason.push_str(" Met in March.");
        first.save_target_state(c.id, fresh).unwrap();
        let kept = contents(&mut first);
        assert_stale(
            second.save_target_state(c.id, stale.clone()).unwrap_err(),
            &stale.state,
        );
        assert_eq!(contents(&mut first), kept);

        let stale = second.meetings(c.id).unwrap().remove(0);
        let mut fresh = first.meetings(c.id).unwrap().remove(0);
        fresh.notes.push_str(" They will raise it.");
        first.save_meeting(c.id, fresh).unwrap();
        let kept = contents(&mut first);
        assert_stale(second.save_meeting(c.id, stale).unwrap_err(), "");
        assert_eq!(contents(&mut first), kept);

        let stale = second.submissions(c.id).unwrap().remove(0);
        let mut fresh = first.submissions(c.id).unwrap().remove(0);
        fresh.summary.push_str(" Updated.");
        first.save_submission(c.id, fresh).unwrap();
        let kept = contents(&mut first);
        assert_stale(
            second.save_submission(c.id, stale.clone()).unwrap_err(),
            &stale.title,
        );
        assert_eq!(contents(&mut first), kept);

        let stale = second.custom_milestones(c.id).unwrap().remove(0);
        let mut fresh = first.custom_milestones(c.id).unwrap().remove(0);
        fresh.notes.push_str(" Room XX.");
        first.save_custom_milestone(c.id, fresh).unwrap();
        let kept = contents(&mut first);
        assert_stale(
            second
                .save_custom_milestone(c.id, stale.clone())
                .unwrap_err(),
            &stale.title,
        );
        assert_eq!(contents(&mut first), kept);
    }

    /// The command line and the window obey the same rule: a window holding a received
    /// recommendation from before `upr-kit received-recommendations track` cannot put back
    /// its old copy and drop the evidence the command line added.
    #[test]
    fn a_window_cannot_overwrite_what_the_command_line_saved() {
        let (_dir, mut window, mut cli) = two_writers();
        let c = window.current_campaign().unwrap().unwrap();
        let mut stale = window.received_recommendations(c.id).unwrap().remove(0);

        let tracked = crate::monitoring::track_received(
            &mut cli,
            1,
            Tracking {
                status: Some(ImplementationStatus::Partially),
                responsible: None,
                evidence: Some((
                    NaiveDate::from_ymd_opt(2027, 5, 2).unwrap(),
                    "Decree 12/2027 sets up the complaints body".into(),
                    "Official Gazette".into(),
                )),
            },
        )
        .unwrap();
        let kept = contents(&mut cli);

        stale.responsible = "Ministry of Justice".into();
        let err = window
            .save_received_recommendation(c.id, stale)
            .expect_err("the window's copy is outdated");
        assert_eq!(err.code(), "stale_record");
        assert_eq!(contents(&mut window), kept);
        let now_stored = window.received_recommendations(c.id).unwrap().remove(0);
        assert_eq!(now_stored.evidence, tracked.evidence);

        // And the other way round: the window saves first, the command line's read is fresh.
        let mut fresh = now_stored;
        fresh.responsible = "Ministry of Justice".into();
        window.save_received_recommendation(c.id, fresh).unwrap();
        crate::monitoring::track_received(
            &mut cli,
            1,
            Tracking {
                status: Some(ImplementationStatus::Fully),
                responsible: None,
                evidence: None,
            },
        )
        .unwrap();
        let last = window.received_recommendations(c.id).unwrap().remove(0);
        assert_eq!(last.responsible, "Ministry of Justice");
        assert_eq!(last.status, ImplementationStatus::Fully);
    }

    #[test]
    fn a_save_that_changes_the_record_moves_its_version_and_one_that_does_not_keeps_it() {
        let (_dir, mut store, _) = two_writers();
        let c = store.current_campaign().unwrap().unwrap();
        let issue = store.priority_issues(c.id).unwrap().remove(0);
        assert_eq!(issue.version, 1, "the demo's records start at version 1");

        let same = store.save_priority_issue(c.id, issue.clone()).unwrap();
        assert_eq!(same, issue, "nothing changed: neither stamps nor version");

        let mut edited = same;
        edited.background.push_str(" More.");
        let saved = store.save_priority_issue(c.id, edited).unwrap();
        assert_eq!(saved.version, 2);
        // The window goes on from what the save returned.
        let mut again = saved;
        again.background.push_str(" Even more.");
        assert_eq!(store.save_priority_issue(c.id, again).unwrap().version, 3);

        // A new record is saved from version 0 (never saved) and stored as version 1.
        let mut new = issue.clone();
        new.id = new_id();
        new.version = crate::store::UNSAVED;
        new.facts.clear();
        new.questions.clear();
        new.recommendations.clear();
        assert_eq!(store.save_priority_issue(c.id, new).unwrap().version, 1);
    }

    #[test]
    fn a_record_deleted_elsewhere_is_not_brought_back_by_a_stale_save() {
        let (_dir, mut first, mut second) = two_writers();
        let c = first.current_campaign().unwrap().unwrap();
        let stale = second.meetings(c.id).unwrap().remove(0);
        first.delete_meeting(stale.id).unwrap();
        let err = second.save_meeting(c.id, stale).unwrap_err();
        assert_eq!(err.code(), "stale_record");
        assert!(err.to_string().contains("was deleted"), "{err}");
        assert!(first.meetings(c.id).unwrap().is_empty());
    }

    #[test]
    fn reordering_moves_the_versions_of_the_issues_that_moved() {
        let (_dir, mut first, mut second) = two_writers();
        let c = first.current_campaign().unwrap().unwrap();
        let issues = first.priority_issues(c.id).unwrap();
        let stale = second.priority_issues(c.id).unwrap();
        let reordered = first
            .reorder_priority_issues(c.id, &[issues[1].id, issues[0].id])
            .unwrap();
        let moved = reordered.iter().find(|i| i.id == issues[0].id).unwrap();
        assert_eq!((moved.rank, moved.version), (2, 2));
        let unmoved = reordered.iter().find(|i| i.id == issues[2].id).unwrap();
        assert_eq!(unmoved.version, 1);
        // A stale copy cannot put the old order back.
        assert_eq!(
            second
                .save_priority_issue(c.id, stale[0].clone())
                .unwrap_err()
                .code(),
            "stale_record"
        );
    }
}

#[cfg(test)]
mod migration_tests {
    use crate::store::migrations;
    use crate::store::Store;

    /// A data file from before versions (schema 3) opens with every record at version 1,
    /// and the window's next save, based on 1, goes through.
    #[test]
    fn records_stored_before_versions_start_at_version_1() {
        let dir = tempfile::tempdir().unwrap();
        migrations::old_data_file_with_organisation(dir.path(), 3, "Meridia Coalition");
        let mut store = Store::open_dir(dir.path()).unwrap();
        let mut org = store.organisation().unwrap().unwrap();
        assert_eq!(org.version, 1);
        org.acronym = "MCHR".into();
        assert_eq!(store.save_organisation(org).unwrap().version, 2);
    }
}
