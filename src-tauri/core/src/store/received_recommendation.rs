//! Queries of `received_recommendation` and its child `implementation_evidence`. Evidence is
//! upserted and the missing deleted, like the children of a priority issue.

use rusqlite::{params, OptionalExtension, Transaction};
use uuid::Uuid;

use super::columns::{day, get_day, get_id, get_instant, get_opt_id, get_word, instant};
use super::record_version::advance;
use super::stamping::restamp_children;
use super::Store;
use crate::model::now;
use crate::model::{Evidence, ImplementationStatus, ReceivedRecommendation, Response};
use crate::{Error, Result};

impl Store {
    /// The recommendations the State received, in the order they were recorded.
    pub fn received_recommendations(
        &mut self,
        campaign_id: Uuid,
    ) -> Result<Vec<ReceivedRecommendation>> {
        self.read(|tx| list(tx, campaign_id))
    }

    /// Saves one received recommendation as edited, its evidence included.
    pub fn save_received_recommendation(
        &mut self,
        campaign_id: Uuid,
        recommendation: ReceivedRecommendation,
    ) -> Result<ReceivedRecommendation> {
        let mut saved = self.save_received_recommendations(campaign_id, vec![recommendation])?;
        // One in, one out.
        Ok(saved.remove(0))
    }

    /// Saves several at once (a pasted list) in one transaction: all or none.
    pub fn save_received_recommendations(
        &mut self,
        campaign_id: Uuid,
        recommendations: Vec<ReceivedRecommendation>,
    ) -> Result<Vec<ReceivedRecommendation>> {
        for (i, r) in recommendations.iter().enumerate() {
            if r.text.trim().is_empty() {
                return Err(Error::invalid(
                    format!("received recommendation {}", i + 1),
                    "the text is empty",
                ));
            }
            for e in &r.evidence {
                if e.text.trim().is_empty() {
                    return Err(Error::invalid(
                        "evidence",
                        "say what shows the state of implementation",
                    ));
                }
            }
        }
        self.write(|tx| {
            super::campaign::require(tx, campaign_id)?;
            let issues = super::priority_issue::list(tx, campaign_id)?;
            let mut next_position: i64 = tx.query_row(
                "SELECT coalesce(max(position), 0) + 1 FROM received_recommendation WHERE campaign_id = ?1",
                [campaign_id.to_string()],
                |r| r.get(0),
            )?;
            let stamp = now();
            let mut saved = Vec::new();
            for mut r in recommendations {
                if let Some(issue) = r.priority_issue_id {
                    if !issues.iter().any(|i| i.id == issue) {
                        return Err(Error::invalid(
                            "received recommendation",
                            "its priority issue is not one of this campaign's",
                        ));
                    }
                }
                let old = get(tx, r.id)?;
                let position = match &old {
                    Some((owner, _, _)) if *owner != campaign_id => {
                        return Err(Error::invalid("received recommendation", "belongs to another campaign"))
                    }
                    Some((_, position, _)) => *position,
                    None => {
                        next_position += 1;
                        next_position - 1
                    }
                };
                let old = old.map(|(_, _, r)| r);
                let old_evidence = old.as_ref().map(|o| o.evidence.clone()).unwrap_or_default();
                restamp_children(&mut r.evidence, &old_evidence, |e| e.id, stamp);
                advance(&mut r, old.as_ref(), stamp)?;
                put(tx, campaign_id, position, &r)?;
                saved.push(r);
            }
            Ok(saved)
        })
    }
}

const COLUMNS: &str = "id, cycle, reference, text, recommending_state, response, priority_issue_id,
                       status, responsible, created_at, updated_at, version";

fn from_row(r: &rusqlite::Row, at: usize) -> rusqlite::Result<ReceivedRecommendation> {
    Ok(ReceivedRecommendation {
        id: get_id(r, at)?,
        cycle: r.get(at + 1)?,
        reference: r.get(at + 2)?,
        text: r.get(at + 3)?,
        recommending_state: r.get(at + 4)?,
        response: get_word(r, at + 5, Response::parse)?,
        priority_issue_id: get_opt_id(r, at + 6)?,
        status: get_word(r, at + 7, ImplementationStatus::parse)?,
        responsible: r.get(at + 8)?,
        evidence: Vec::new(),
        created_at: get_instant(r, at + 9)?,
        updated_at: get_instant(r, at + 10)?,
        version: r.get(at + 11)?,
    })
}

pub(crate) fn list(tx: &Transaction, campaign_id: Uuid) -> Result<Vec<ReceivedRecommendation>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {COLUMNS} FROM received_recommendation WHERE campaign_id = ?1 ORDER BY position, created_at"
    ))?;
    let mut list: Vec<ReceivedRecommendation> = stmt
        .query_map([campaign_id.to_string()], |r| from_row(r, 0))?
        .collect::<rusqlite::Result<_>>()?;
    for r in &mut list {
        r.evidence = evidence(tx, r.id)?;
    }
    Ok(list)
}

pub(crate) fn get(
    tx: &Transaction,
    id: Uuid,
) -> Result<Option<(Uuid, i64, ReceivedRecommendation)>> {
    let found = tx
        .query_row(
            &format!("SELECT campaign_id, position, {COLUMNS} FROM received_recommendation WHERE id = ?1"),
            [id.to_string()],
            |r| Ok((get_id(r, 0)?, r.get(1)?, from_row(r, 2)?)),
        )
        .optional()?;
    match found {
        Some((owner, position, mut r)) => {
            r.evidence = evidence(tx, r.id)?;
            Ok(Some((owner, position, r)))
        }
        None => Ok(None),
    }
}

fn evidence(tx: &Transaction, recommendation: Uuid) -> Result<Vec<Evidence>> {
    let mut stmt = tx.prepare(
        "SELECT id, date, text, source, created_at, updated_at FROM implementation_evidence
         WHERE received_recommendation_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([recommendation.to_string()], |r| {
        Ok(Evidence {
            id: get_id(r, 0)?,
            date: get_day(r, 1)?,
            text: r.get(2)?,
            source: r.get(3)?,
            created_at: get_instant(r, 4)?,
            updated_at: get_instant(r, 5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn put(
    tx: &Transaction,
    campaign_id: Uuid,
    position: i64,
    r: &ReceivedRecommendation,
) -> Result<()> {
    tx.execute(
        "INSERT INTO received_recommendation (id, campaign_id, position, cycle, reference, text,
                recommending_state, response, priority_issue_id, status, responsible, created_at, updated_at,
                version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
         ON CONFLICT (id) DO UPDATE SET
            position = excluded.position, cycle = excluded.cycle, reference = excluded.reference,
            text = excluded.text, recommending_state = excluded.recommending_state,
            response = excluded.response, priority_issue_id = excluded.priority_issue_id,
            status = excluded.status, responsible = excluded.responsible,
            created_at = excluded.created_at, updated_at = excluded.updated_at,
            version = excluded.version",
        params![
            r.id.to_string(),
            campaign_id.to_string(),
            position,
            r.cycle,
            r.reference,
            r.text,
            r.recommending_state,
            r.response.as_str(),
            r.priority_issue_id.map(|id| id.to_string()),
            r.status.as_str(),
            r.responsible,
            instant("created_at", &r.created_at)?,
            instant("updated_at", &r.updated_at)?,
            r.version,
        ],
    )?;
    let keep: Vec<String> = r.evidence.iter().map(|e| e.id.to_string()).collect();
    let mut stmt =
        tx.prepare("SELECT id FROM implementation_evidence WHERE received_recommendation_id = ?1")?;
    let stored: Vec<String> = stmt
        .query_map([r.id.to_string()], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in stored.iter().filter(|id| !keep.contains(id)) {
        tx.execute("DELETE FROM implementation_evidence WHERE id = ?1", [id])?;
    }
    for (position, e) in r.evidence.iter().enumerate() {
        tx.execute(
            "INSERT INTO implementation_evidence (id, received_recommendation_id, position, date, text,
                    source, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (id) DO UPDATE SET
                received_recommendation_id = excluded.received_recommendation_id,
                position = excluded.position, date = excluded.date, text = excluded.text,
                source = excluded.source, created_at = excluded.created_at,
                updated_at = excluded.updated_at",
            params![
                e.id.to_string(),
                r.id.to_string(),
                position as i64,
                day("evidence date", &e.date)?,
                e.text,
                e.source,
                instant("created_at", &e.created_at)?,
                instant("updated_at", &e.updated_at)?,
            ],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use crate::exchange::Document;
    use crate::monitoring::{parse_pasted_list, ImplementationStatus, Response};
    use crate::store::{migrations, Store};

    fn demo() -> Store {
        crate::demo::loaded_store()
    }

    #[test]
    fn a_recommendation_with_its_evidence_reads_back_as_saved() {
        let mut store = demo();
        let campaign = store.current_campaign().unwrap().unwrap();
        let list = store.received_recommendations(campaign.id).unwrap();
        assert_eq!(list.len(), 8);
        let mut r = list[5].clone();
        assert_eq!(r.evidence.len(), 2);
        r.status = ImplementationStatus::Fully;
        r.evidence.remove(0);
        let saved = store
            .save_received_recommendation(campaign.id, r.clone())
            .unwrap();
        assert!(saved.updated_at > r.updated_at, "an edit moves updated_at");
        let again = store.received_recommendations(campaign.id).unwrap();
        assert_eq!(again[5], saved, "same place, one piece of evidence left");
        assert_eq!(again[5].evidence.len(), 1);
    }

    #[test]
    fn a_pasted_list_with_one_bad_entry_stores_none_of_it() {
        let mut store = demo();
        let campaign = store.current_campaign().unwrap().unwrap();
        let mut list = parse_pasted_list(
            "1.1 Ratify CAT (Chile)\n1.2 Abolish the death penalty (Italy)",
            Response::Noted,
            Some(4),
        );
        list[1].text = "   ".into();
        let err = store
            .save_received_recommendations(campaign.id, list)
            .unwrap_err();
        assert!(
            err.to_string()
                .contains("received recommendation 2: the text is empty"),
            "{err}"
        );
        assert_eq!(
            store.received_recommendations(campaign.id).unwrap().len(),
            8
        );
    }

    #[test]
    fn a_file_of_schema_2_opens_with_its_campaign_and_the_new_tables() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(crate::store::DATA_FILE_NAME);
        {
            let mut conn = Connection::open(&path).unwrap();
            migrations::apply_up_to(&mut conn, "test", 2).unwrap();
            conn.execute(
                "INSERT INTO campaign (id, state_under_review, cycle, session, review_date, adoption_session, created_at, updated_at)
                 VALUES ('4a7c391c-9e90-52b4-827c-4e77fa65a749', 'Meridia', 4, 55, '2027-03-10', 'HRC 65',
                         '2026-09-14T09:30:00.000Z', '2026-09-14T09:30:00.000Z')",
                [],
            )
            .unwrap();
        }
        let mut store = Store::open_dir(dir.path()).unwrap();
        let campaign = store.current_campaign().unwrap().unwrap();
        assert_eq!(campaign.state_under_review, "Meridia");
        assert_eq!(
            (campaign.adoption_date, campaign.hrc_session_start),
            (None, None)
        );
        assert!(store
            .received_recommendations(campaign.id)
            .unwrap()
            .is_empty());
        assert!(store.submissions(campaign.id).unwrap().is_empty());
        let agenda = crate::calendar::current_agenda(
            &mut store,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        )
        .unwrap();
        assert_eq!(
            agenda.agenda.entries.len(),
            crate::model::MilestoneKind::ALL.len()
        );
    }

    #[test]
    fn a_version_1_file_written_before_the_cycle_fields_still_imports() {
        let mut doc: serde_json::Value =
            serde_json::from_str(&crate::exchange::export(&mut demo()).unwrap().to_json()).unwrap();
        let campaign = doc["campaigns"][0].as_object_mut().unwrap();
        for key in [
            "adoption_date",
            "hrc_session_start",
            "custom_milestones",
            "done_milestones",
            "submissions",
            "received_recommendations",
        ] {
            assert!(campaign.remove(key).is_some(), "{key} is exported");
        }
        doc["settings"]
            .as_object_mut()
            .unwrap()
            .remove("milestones");
        let old = Document::from_json(&doc.to_string(), "old.json").unwrap();
        let mut store = Store::open_in_memory().unwrap();
        crate::exchange::import(&mut store, &old, false).unwrap();
        let campaign = store.current_campaign().unwrap().unwrap();
        assert!(store
            .received_recommendations(campaign.id)
            .unwrap()
            .is_empty());
        assert_eq!(
            store.settings().unwrap().milestones,
            crate::settings::MilestoneOffsets::default()
        );
    }

    #[test]
    fn an_exchange_file_linking_a_recommendation_to_another_campaigns_issue_is_refused() {
        let mut doc: serde_json::Value =
            serde_json::from_str(&crate::exchange::export(&mut demo()).unwrap().to_json()).unwrap();
        doc["campaigns"][0]["received_recommendations"][0]["priority_issue_id"] =
            "00000000-0000-4000-8000-000000000000".into();
        let err = Document::from_json(&doc.to_string(), "partner.json").unwrap_err();
        assert!(
            err.to_string()
                .contains("campaigns[0].received_recommendations[0].priority_issue_id"),
            "{err}"
        );
    }
}
