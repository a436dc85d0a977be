//! Recording, for the current campaign, the recommendations the State received and how they
//! are implemented: typed one by one, pasted as a list, or picked from the database of past
//! recommendations. Each call is one user action and one transaction.

use std::path::Path;

use chrono::NaiveDate;

use super::{parse_pasted_list, Evidence, ImplementationStatus, ReceivedRecommendation, Response};
use crate::model::{new_id, now, PriorityIssue};
use crate::recommendations::state_names::{spelling_in_database, Spelling, StateRole};
use crate::store::Store;
use crate::{Error, Result};

/// What the user typed for one recommendation.
#[derive(Debug, Clone, Default)]
pub struct NewReceived {
    pub text: String,
    pub recommending_state: String,
    pub response: Response,
    pub reference: String,
    pub cycle: Option<u32>,
    /// The title of the campaign's priority issue it belongs to.
    pub issue: Option<String>,
}

/// A change of implementation status, responsibility or a new piece of evidence.
#[derive(Debug, Clone, Default)]
pub struct Tracking {
    pub status: Option<ImplementationStatus>,
    pub responsible: Option<String>,
    /// Evidence: date, what shows it, source.
    pub evidence: Option<(NaiveDate, String, String)>,
}

/// The current campaign's received recommendations with its priority issues (for their
/// titles), in the order recorded.
pub fn received_with_issues(
    store: &mut Store,
) -> Result<(Vec<ReceivedRecommendation>, Vec<PriorityIssue>)> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    Ok((
        store.received_recommendations(campaign.id)?,
        store.priority_issues(campaign.id)?,
    ))
}

pub fn record_received(store: &mut Store, new: NewReceived) -> Result<ReceivedRecommendation> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let issues = store.priority_issues(campaign.id)?;
    let received = unsaved(
        new.cycle,
        new.reference.trim().to_string(),
        new.text.trim().to_string(),
        new.recommending_state.trim().to_string(),
        new.response,
        issue_id(&issues, new.issue.as_deref())?,
    );
    store.save_received_recommendation(campaign.id, received)
}

/// A received recommendation as first recorded, however it came in (typed, pasted, taken
/// from the database): not started, no one responsible yet, no evidence, never saved.
fn unsaved(
    cycle: Option<u32>,
    reference: String,
    text: String,
    recommending_state: String,
    response: Response,
    priority_issue_id: Option<uuid::Uuid>,
) -> ReceivedRecommendation {
    let stamp = now();
    ReceivedRecommendation {
        id: new_id(),
        cycle,
        reference,
        text,
        recommending_state,
        response,
        priority_issue_id,
        status: ImplementationStatus::NotStarted,
        responsible: String::new(),
        evidence: Vec::new(),
        created_at: stamp,
        updated_at: stamp,
        version: crate::store::UNSAVED,
    }
}

/// Records every line of a pasted list (a file of one recommendation per line), all or
/// none.
pub fn import_received_list(
    store: &mut Store,
    path: &Path,
    response: Response,
    cycle: Option<u32>,
    issue: Option<&str>,
) -> Result<Vec<ReceivedRecommendation>> {
    let bytes = std::fs::read(path).map_err(|source| Error::ReadFile {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::invalid(
            path.display().to_string(),
            format!(
                "not UTF-8 text (byte {}); save the list as UTF-8 text and try again",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    if parse_pasted_list(&text, response, cycle).is_empty() {
        return Err(Error::invalid(
            path.display().to_string(),
            "holds no recommendation; put one per line",
        ));
    }
    record_pasted_list(store, &text, response, cycle, issue)
}

/// Records every line of a list pasted into the window (one recommendation per line, as
/// in the Working Group's report), all or none.
pub fn record_pasted_list(
    store: &mut Store,
    text: &str,
    response: Response,
    cycle: Option<u32>,
    issue: Option<&str>,
) -> Result<Vec<ReceivedRecommendation>> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let issues = store.priority_issues(campaign.id)?;
    let issue = issue_id(&issues, issue)?;
    let mut list = parse_pasted_list(text, response, cycle);
    if list.is_empty() {
        return Err(Error::invalid(
            "pasted list",
            "holds no recommendation; paste one per line",
        ));
    }
    for r in &mut list {
        r.priority_issue_id = issue;
    }
    store.save_received_recommendations(campaign.id, list)
}

/// Records a recommendation from the database of past recommendations by its number there
/// (as `upr-kit search` shows it), linked to the priority issue that
/// shares one of its UPR Info issues when there is one.
pub fn record_received_from_past(
    store: &mut Store,
    past_id: i64,
) -> Result<ReceivedRecommendation> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let issues = store.priority_issues(campaign.id)?;
    let past = crate::recommendations::stored::past_recommendation(store, past_id)?;
    store.save_received_recommendation(campaign.id, received_from_past(past, &issues))
}

/// Records, all or none, every recommendation of the database that the campaign's State
/// under Review received at `session` (and that matches `filter`'s other conditions): the
/// way to take in a whole review after importing UPR Info's export. Those already recorded
/// (same text and recommending State) are left out, so doing it twice adds nothing.
pub fn record_received_from_database(
    store: &mut Store,
    session: u32,
    filter: &crate::recommendations::SearchQuery,
) -> Result<Vec<ReceivedRecommendation>> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let issues = store.priority_issues(campaign.id)?;
    // A State the database does not know simply received nothing there yet.
    let spelling = store.read(|tx| {
        spelling_in_database(tx, StateRole::UnderReview, &campaign.state_under_review)
    })?;
    let found = match spelling {
        Spelling::Found(name) => {
            let query = crate::recommendations::SearchQuery {
                state_under_review: Some(name),
                session: Some(session),
                // A review gives a State a few hundred recommendations at most.
                limit: 10_000,
                ..filter.clone()
            };
            crate::recommendations::search(store, &query)?
        }
        Spelling::Unknown(_) | Spelling::EmptyDatabase => Vec::new(),
    };
    if found.is_empty() {
        return Err(Error::NoPastRecommendations {
            state: campaign.state_under_review.clone(),
            session,
        });
    }
    let already = store.received_recommendations(campaign.id)?;
    let list: Vec<ReceivedRecommendation> = found
        .into_iter()
        .map(|past| received_from_past(past, &issues))
        .filter(|new| {
            !already
                .iter()
                .any(|old| old.text == new.text && old.recommending_state == new.recommending_state)
        })
        .collect();
    if list.is_empty() {
        return Ok(list);
    }
    store.save_received_recommendations(campaign.id, list)
}

/// Updates the implementation of the `number`th received recommendation (1 is the first,
/// as `upr-kit received-recommendations list` numbers them).
pub fn track_received(
    store: &mut Store,
    number: usize,
    tracking: Tracking,
) -> Result<ReceivedRecommendation> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let list = store.received_recommendations(campaign.id)?;
    let count = list.len();
    let mut r = list
        .into_iter()
        .nth(number.wrapping_sub(1))
        .ok_or_else(|| {
            Error::invalid(
                "received recommendation",
                format!("there is no number {number}; the list has {count}"),
            )
        })?;
    if let Some(status) = tracking.status {
        r.status = status;
    }
    if let Some(responsible) = tracking.responsible {
        r.responsible = responsible.trim().to_string();
    }
    if let Some((date, text, source)) = tracking.evidence {
        let stamp = now();
        r.evidence.push(Evidence {
            id: new_id(),
            date,
            text: text.trim().to_string(),
            source: source.trim().to_string(),
            created_at: stamp,
            updated_at: stamp,
        });
    }
    store.save_received_recommendation(campaign.id, r)
}

/// The id of the priority issue called `title` (case and spacing aside).
pub fn issue_id(issues: &[PriorityIssue], title: Option<&str>) -> Result<Option<uuid::Uuid>> {
    let Some(title) = title else { return Ok(None) };
    find_issue(issues, title).map(|i| Some(i.id))
}

/// The priority issue called `title`, or whose title starts with it when only one does.
pub fn find_issue<'a>(issues: &'a [PriorityIssue], title: &str) -> Result<&'a PriorityIssue> {
    let wanted = title.trim().to_lowercase();
    if let Some(exact) = issues
        .iter()
        .find(|i| i.title.trim().to_lowercase() == wanted)
    {
        return Ok(exact);
    }
    let starting: Vec<&PriorityIssue> = issues
        .iter()
        .filter(|i| i.title.trim().to_lowercase().starts_with(&wanted))
        .collect();
    match starting.as_slice() {
        [one] => Ok(one),
        _ => {
            let known: Vec<String> = issues.iter().map(|i| format!("'{}'", i.title)).collect();
            Err(Error::invalid(
                "issue",
                format!(
                    "no priority issue is called '{title}'; there are {}",
                    if known.is_empty() {
                        "none yet".to_string()
                    } else {
                        known.join(", ")
                    }
                ),
            ))
        }
    }
}

/// A recommendation of the database as a received recommendation of the campaign, linked to
/// the priority issue that shares one of its UPR Info issues when there is one.
fn received_from_past(
    past: crate::recommendations::StoredRecommendation,
    issues: &[PriorityIssue],
) -> ReceivedRecommendation {
    let linked = issues
        .iter()
        .find(|i| {
            i.upr_issues
                .iter()
                .any(|t| past.issues.iter().any(|g| g.eq_ignore_ascii_case(t)))
        })
        .map(|i| i.id);
    unsaved(
        past.cycle,
        past.session
            .map_or(String::new(), |s| format!("UPR session {s}")),
        past.text,
        past.recommending_state,
        // Its word is "supported", "noted" or "" (unknown: pending here).
        Response::parse(past.response.as_str()).unwrap_or_default(),
        linked,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Store {
        crate::demo::loaded_store()
    }

    #[test]
    fn a_list_pasted_in_the_window_is_recorded_all_or_none() {
        let mut store = demo();
        let before = crate::monitoring::received_with_issues(&mut store)
            .unwrap()
            .0
            .len();
        let saved = crate::monitoring::record_pasted_list(&mut store,
                "118.2 Ratify the Optional Protocol to the Convention against Torture (Denmark);\n\n118.3 Abolish the death penalty (Estonia) (Iceland);\n",
                Response::Noted,
                Some(3),
                None,
            )
            .unwrap();
        assert_eq!(saved.len(), 2);
        assert_eq!(saved[1].recommending_state, "Estonia; Iceland");
        assert!(saved.iter().all(|r| r.response == Response::Noted));
        assert_eq!(
            crate::monitoring::received_with_issues(&mut store)
                .unwrap()
                .0
                .len(),
            before + 2
        );

        let err = crate::monitoring::record_pasted_list(
            &mut store,
            "  \n \n",
            Response::Noted,
            None,
            None,
        )
        .unwrap_err();
        assert!(err.to_string().contains("one per line"), "{err}");
        let err = crate::monitoring::record_pasted_list(
            &mut store,
            "Abolish the death penalty",
            Response::Noted,
            None,
            Some("no such issue"),
        )
        .unwrap_err();
        assert_eq!(err.code(), "invalid_input");
        assert_eq!(
            crate::monitoring::received_with_issues(&mut store)
                .unwrap()
                .0
                .len(),
            before + 2
        );
    }

    #[test]
    fn a_whole_review_is_taken_from_the_database_once() {
        let mut store = demo();
        let excerpt = include_bytes!("../../../../tests/data/upr-info-excerpt.csv");
        crate::recommendations::import_bytes(&mut store, excerpt, "excerpt", &mut |_, _| {})
            .unwrap();
        let filter = crate::recommendations::SearchQuery::default();

        // The demo's State is fictional: the database has nothing for it, and says what to do.
        let err =
            crate::monitoring::record_received_from_database(&mut store, 5, &filter).unwrap_err();
        assert!(
            err.to_string().contains("import UPR Info's export"),
            "{err}"
        );

        // A campaign for Viet Nam takes in what Viet Nam received at session 5, once.
        let mut campaign = store.current_campaign().unwrap().unwrap();
        campaign.state_under_review = "Viet Nam".into();
        store.save_campaign(campaign).unwrap();
        let before = crate::monitoring::received_with_issues(&mut store)
            .unwrap()
            .0
            .len();
        let (rows, _) =
            crate::recommendations::export_file::parse_export(excerpt, "excerpt").unwrap();
        let expected: Vec<_> = rows
            .iter()
            .filter(|r| r.state_under_review == "Viet Nam" && r.session == Some(5))
            .collect();
        assert!(!expected.is_empty());
        let saved =
            crate::monitoring::record_received_from_database(&mut store, 5, &filter).unwrap();
        assert_eq!(saved.len(), expected.len());
        for r in &expected {
            assert!(
                saved
                    .iter()
                    .any(|s| s.text == r.text && s.recommending_state == r.recommending_state),
                "{}",
                r.text
            );
        }
        assert_eq!(
            crate::monitoring::received_with_issues(&mut store)
                .unwrap()
                .0
                .len(),
            before + expected.len()
        );
        assert!(
            crate::monitoring::record_received_from_database(&mut store, 5, &filter)
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            crate::monitoring::received_with_issues(&mut store)
                .unwrap()
                .0
                .len(),
            before + expected.len()
        );
    }
}
