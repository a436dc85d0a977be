//! Deleting a record, and undoing the deletion. A deletion returns everything it removed:
//! the record with its children and every row the database removed or unlinked with it
//! (a priority issue's recommendations asked of target States, received recommendations
//! linked to it; a target State's meetings). [`Store::restore`] puts all of it back in one
//! transaction, exactly as it was (ids, timestamps, versions), so that the export after Undo
//! is the export before the deletion.
//!
//! A link whose other end was itself deleted in the meantime cannot come back and is left
//! out; the record still does.

use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::columns::get_id;
use super::Store;
use crate::model::CustomMilestone;
use crate::model::ReceivedRecommendation;
use crate::model::Submission;
use crate::model::{Meeting, PriorityIssue, TargetState};
use crate::{Error, Result};

/// What one deletion removed, enough to put it back. The window keeps it for its Undo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Deleted {
    PriorityIssue {
        campaign_id: Uuid,
        issue: PriorityIssue,
        /// Target States' asks of the issue's recommendations.
        asks: Vec<Ask>,
        /// Received recommendations that were linked to the issue.
        received_recommendations: Vec<Uuid>,
    },
    TargetState {
        campaign_id: Uuid,
        /// Its place in the campaign's list.
        position: i64,
        target: TargetState,
        /// Meetings that were with its delegation.
        meetings: Vec<Uuid>,
    },
    Meeting {
        campaign_id: Uuid,
        meeting: Meeting,
    },
    Submission {
        campaign_id: Uuid,
        submission: Submission,
    },
    ReceivedRecommendation {
        campaign_id: Uuid,
        position: i64,
        recommendation: ReceivedRecommendation,
    },
    CalendarDate {
        campaign_id: Uuid,
        date: CustomMilestone,
    },
}

/// A target State asked to make one of the campaign's recommendations, at `position` in its
/// list of asks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Ask {
    pub target_state_id: Uuid,
    pub recommendation_id: Uuid,
    pub position: i64,
}

fn not_found(what: &'static str, id: Uuid) -> Error {
    Error::NotFound {
        what,
        id: id.to_string(),
    }
}

impl Store {
    /// Deletes a priority issue with its facts, questions and recommendations; the asks of
    /// those recommendations go too, and received recommendations lose their link to it.
    pub fn delete_priority_issue(&mut self, id: Uuid) -> Result<Deleted> {
        self.write(|tx| {
            let (campaign_id, issue) = super::priority_issue::get(tx, id)?
                .ok_or_else(|| not_found("priority issue", id))?;
            let mut stmt = tx.prepare(
                "SELECT a.target_state_id, a.recommendation_id, a.position
                 FROM target_state_ask a JOIN recommendation r ON r.id = a.recommendation_id
                 WHERE r.priority_issue_id = ?1 ORDER BY a.target_state_id, a.position",
            )?;
            let asks = stmt
                .query_map([id.to_string()], |r| {
                    Ok(Ask {
                        target_state_id: get_id(r, 0)?,
                        recommendation_id: get_id(r, 1)?,
                        position: r.get(2)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            let received_recommendations = ids(
                tx,
                "SELECT id FROM received_recommendation WHERE priority_issue_id = ?1 ORDER BY id",
                id,
            )?;
            tx.execute("DELETE FROM priority_issue WHERE id = ?1", [id.to_string()])?;
            Ok(Deleted::PriorityIssue {
                campaign_id,
                issue,
                asks,
                received_recommendations,
            })
        })
    }

    /// Deletes a target State with its contacts and asks; its meetings stay, no longer
    /// linked to it.
    pub fn delete_target_state(&mut self, id: Uuid) -> Result<Deleted> {
        self.write(|tx| {
            let (campaign_id, position): (Uuid, i64) = tx
                .query_row(
                    "SELECT campaign_id, position FROM target_state WHERE id = ?1",
                    [id.to_string()],
                    |r| Ok((get_id(r, 0)?, r.get(1)?)),
                )
                .optional()?
                .ok_or_else(|| not_found("target State", id))?;
            let target = super::target_state::list(tx, campaign_id)?
                .into_iter()
                .find(|t| t.id == id)
                .ok_or_else(|| not_found("target State", id))?;
            let meetings = ids(
                tx,
                "SELECT id FROM meeting WHERE target_state_id = ?1 ORDER BY id",
                id,
            )?;
            tx.execute("DELETE FROM target_state WHERE id = ?1", [id.to_string()])?;
            Ok(Deleted::TargetState {
                campaign_id,
                position,
                target,
                meetings,
            })
        })
    }

    pub fn delete_meeting(&mut self, id: Uuid) -> Result<Deleted> {
        self.write(|tx| {
            let (campaign_id, meeting) =
                super::meeting::get(tx, id)?.ok_or_else(|| not_found("meeting", id))?;
            tx.execute("DELETE FROM meeting WHERE id = ?1", [id.to_string()])?;
            Ok(Deleted::Meeting {
                campaign_id,
                meeting,
            })
        })
    }

    pub fn delete_submission(&mut self, id: Uuid) -> Result<Deleted> {
        self.write(|tx| {
            let (campaign_id, submission) =
                super::submission::get(tx, id)?.ok_or_else(|| not_found("submission", id))?;
            tx.execute("DELETE FROM submission WHERE id = ?1", [id.to_string()])?;
            Ok(Deleted::Submission {
                campaign_id,
                submission,
            })
        })
    }

    /// Deletes a received recommendation with its evidence.
    pub fn delete_received_recommendation(&mut self, id: Uuid) -> Result<Deleted> {
        self.write(|tx| {
            let (campaign_id, position, recommendation) =
                super::received_recommendation::get(tx, id)?
                    .ok_or_else(|| not_found("received recommendation", id))?;
            tx.execute(
                "DELETE FROM received_recommendation WHERE id = ?1",
                [id.to_string()],
            )?;
            Ok(Deleted::ReceivedRecommendation {
                campaign_id,
                position,
                recommendation,
            })
        })
    }

    pub fn delete_custom_milestone(&mut self, id: Uuid) -> Result<Deleted> {
        self.write(|tx| {
            let (campaign_id, date) = super::custom_milestone::get(tx, id)?
                .ok_or_else(|| not_found("calendar date", id))?;
            tx.execute(
                "DELETE FROM custom_milestone WHERE id = ?1",
                [id.to_string()],
            )?;
            Ok(Deleted::CalendarDate { campaign_id, date })
        })
    }

    /// Undoes a deletion: the record and everything removed with it, in one transaction.
    /// Refused when the record is back already, or its campaign is gone.
    pub fn restore(&mut self, deleted: &Deleted) -> Result<()> {
        self.write(|tx| {
            let (campaign_id, table, id) = deleted.place();
            super::campaign::require(tx, campaign_id)?;
            if exists(tx, table, id)? {
                return Err(Error::invalid(
                    "undo",
                    "the deleted record is back already; there is nothing to undo",
                ));
            }
            match deleted {
                Deleted::PriorityIssue {
                    issue,
                    asks,
                    received_recommendations,
                    ..
                } => {
                    super::priority_issue::put(tx, campaign_id, issue)?;
                    for ask in asks {
                        tx.execute(
                            "INSERT OR IGNORE INTO target_state_ask
                                (target_state_id, recommendation_id, position)
                             SELECT ?1, ?2, ?3 WHERE EXISTS
                                (SELECT 1 FROM target_state WHERE id = ?1)",
                            params![
                                ask.target_state_id.to_string(),
                                ask.recommendation_id.to_string(),
                                ask.position
                            ],
                        )?;
                    }
                    for received in received_recommendations {
                        tx.execute(
                            "UPDATE received_recommendation SET priority_issue_id = ?1
                             WHERE id = ?2 AND priority_issue_id IS NULL",
                            params![id.to_string(), received.to_string()],
                        )?;
                    }
                }
                Deleted::TargetState {
                    position,
                    target,
                    meetings,
                    ..
                } => {
                    let mut target = target.clone();
                    let mut asks = Vec::new();
                    for rec in &target.asks {
                        if exists(tx, "recommendation", *rec)? {
                            asks.push(*rec);
                        }
                    }
                    target.asks = asks;
                    super::target_state::put(tx, campaign_id, *position as usize, &target)?;
                    for meeting in meetings {
                        tx.execute(
                            "UPDATE meeting SET target_state_id = ?1
                             WHERE id = ?2 AND target_state_id IS NULL",
                            params![id.to_string(), meeting.to_string()],
                        )?;
                    }
                }
                Deleted::Meeting { meeting, .. } => {
                    let mut meeting = meeting.clone();
                    if let Some(target) = meeting.target_state_id {
                        if !exists(tx, "target_state", target)? {
                            meeting.target_state_id = None;
                        }
                    }
                    super::meeting::put(tx, campaign_id, &meeting)?;
                }
                Deleted::Submission { submission, .. } => {
                    super::submission::put(tx, campaign_id, submission)?;
                }
                Deleted::ReceivedRecommendation {
                    position,
                    recommendation,
                    ..
                } => {
                    let mut recommendation = recommendation.clone();
                    if let Some(issue) = recommendation.priority_issue_id {
                        if !exists(tx, "priority_issue", issue)? {
                            recommendation.priority_issue_id = None;
                        }
                    }
                    super::received_recommendation::put(
                        tx,
                        campaign_id,
                        *position,
                        &recommendation,
                    )?;
                }
                Deleted::CalendarDate { date, .. } => {
                    super::custom_milestone::put(tx, campaign_id, date)?;
                }
            }
            Ok(())
        })
    }
}

impl Deleted {
    /// The campaign, table and id of the deleted record.
    fn place(&self) -> (Uuid, &'static str, Uuid) {
        match self {
            Deleted::PriorityIssue {
                campaign_id, issue, ..
            } => (*campaign_id, "priority_issue", issue.id),
            Deleted::TargetState {
                campaign_id,
                target,
                ..
            } => (*campaign_id, "target_state", target.id),
            Deleted::Meeting {
                campaign_id,
                meeting,
            } => (*campaign_id, "meeting", meeting.id),
            Deleted::Submission {
                campaign_id,
                submission,
            } => (*campaign_id, "submission", submission.id),
            Deleted::ReceivedRecommendation {
                campaign_id,
                recommendation,
                ..
            } => (*campaign_id, "received_recommendation", recommendation.id),
            Deleted::CalendarDate { campaign_id, date } => {
                (*campaign_id, "custom_milestone", date.id)
            }
        }
    }
}

fn ids(tx: &Transaction, sql: &str, id: Uuid) -> Result<Vec<Uuid>> {
    let mut stmt = tx.prepare(sql)?;
    let rows = stmt.query_map([id.to_string()], |r| get_id(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn exists(tx: &Transaction, table: &'static str, id: Uuid) -> Result<bool> {
    let found: Option<i64> = tx
        .query_row(
            &format!("SELECT 1 FROM {table} WHERE id = ?1"),
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.is_some())
}

#[cfg(test)]
mod tests {
    use crate::demo;
    use crate::exchange::Document;
    use crate::store::{Deleted, Store};

    fn contents(store: &mut Store) -> Document {
        let mut doc = crate::exchange::export(store).unwrap();
        doc.exported_at = chrono::DateTime::UNIX_EPOCH;
        doc
    }

    /// Deletes with `delete`, undoes, and checks the store is exactly as before.
    fn undo_restores_everything(delete: impl FnOnce(&mut Store) -> Deleted) -> Deleted {
        let mut store = demo::loaded_store();
        let before = contents(&mut store);
        let deleted = delete(&mut store);
        assert_ne!(
            contents(&mut store),
            before,
            "the deletion removed something"
        );
        store.restore(&deleted).unwrap();
        assert_eq!(contents(&mut store), before);
        deleted
    }

    fn campaign(store: &mut Store) -> uuid::Uuid {
        store.current_campaign().unwrap().unwrap().id
    }

    /// Issue #11, "Undo of a deleted issue…": the issue came back without the asks of its
    /// recommendations and without its received recommendations' links.
    #[test]
    fn undo_of_a_deleted_priority_issue_restores_its_asks_and_links() {
        let deleted = undo_restores_everything(|store| {
            let c = campaign(store);
            let issue = store.priority_issues(c).unwrap().remove(0);
            store.delete_priority_issue(issue.id).unwrap()
        });
        let Deleted::PriorityIssue {
            asks,
            received_recommendations,
            ..
        } = deleted
        else {
            panic!("an issue's deletion");
        };
        assert!(
            !asks.is_empty(),
            "the demo asks for this issue's recommendations"
        );
        assert!(!received_recommendations.is_empty());
    }

    #[test]
    fn undo_of_a_deleted_target_state_restores_its_meetings_links() {
        let deleted = undo_restores_everything(|store| {
            let c = campaign(store);
            let met = store.meetings(c).unwrap()[0].target_state_id.unwrap();
            store.delete_target_state(met).unwrap()
        });
        let Deleted::TargetState { meetings, .. } = deleted else {
            panic!("a target State's deletion");
        };
        assert_eq!(meetings.len(), 1);
    }

    #[test]
    fn undo_of_every_other_deletion_restores_the_record_as_it_was() {
        undo_restores_everything(|store| {
            let c = campaign(store);
            let id = store.meetings(c).unwrap()[0].id;
            store.delete_meeting(id).unwrap()
        });
        undo_restores_everything(|store| {
            let c = campaign(store);
            let id = store.submissions(c).unwrap()[0].id;
            store.delete_submission(id).unwrap()
        });
        undo_restores_everything(|store| {
            let c = campaign(store);
            let id = store.received_recommendations(c).unwrap()[2].id;
            store.delete_received_recommendation(id).unwrap()
        });
        undo_restores_everything(|store| {
            let c = campaign(store);
            let id = store.custom_milestones(c).unwrap()[0].id;
            store.delete_custom_milestone(id).unwrap()
        });
    }

    #[test]
    fn undo_leaves_out_links_whose_other_end_is_gone_and_refuses_twice() {
        let mut store = demo::loaded_store();
        let c = campaign(&mut store);
        let issue = store.priority_issues(c).unwrap().remove(0);
        let deleted = store.delete_priority_issue(issue.id).unwrap();
        let Deleted::PriorityIssue { asks, .. } = &deleted else {
            panic!("an issue's deletion");
        };
        let gone = asks[0].target_state_id;
        store.delete_target_state(gone).unwrap();
        store.restore(&deleted).unwrap();
        assert!(store
            .priority_issues(c)
            .unwrap()
            .iter()
            .any(|i| i.id == issue.id));
        let err = store.restore(&deleted).unwrap_err();
        assert_eq!(err.code(), "invalid_input");
    }
}
