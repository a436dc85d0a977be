//! A past recommendation as the store keeps it: the words it is filed under (response,
//! regional group, cycle) folded to one spelling, the key that tells a recommendation already
//! present, and how a row is read back.

use rusqlite::{OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::model::ActionCategory;
use crate::store::Store;
use crate::{Error, Result};

/// One past recommendation read back from the store.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StoredRecommendation {
    pub id: i64,
    pub state_under_review: String,
    /// The State under Review's regional group, spelt as [`recommending_group`] is.
    ///
    /// [`recommending_group`]: StoredRecommendation::recommending_group
    pub state_under_review_group: String,
    pub text: String,
    pub recommending_state: String,
    /// African, Asia-Pacific, EEG, GRULAC or WEOG (or what the file said, e.g. "Observer").
    pub recommending_group: String,
    pub response: Response,
    /// The file's own word for the response ("Accepted", "Supported", "Noted", …).
    pub response_as_recorded: String,
    pub action_category: Option<ActionCategory>,
    pub issues: Vec<String>,
    pub session: Option<u32>,
    pub cycle: Option<u32>,
}

/// The columns [`StoredRecommendation::from_row`] reads, in its order; `r` is the table.
pub(crate) const COLUMNS: &str = "r.id, r.state_under_review, r.text, r.recommending_state,
    r.recommending_group, r.response, r.response_as_recorded, r.action_category, r.session,
    r.cycle, (SELECT group_concat(i.issue, char(31)) FROM past_recommendation_issue i
              WHERE i.recommendation_id = r.id), r.state_under_review_group";

/// One recommendation of the database of past recommendations, by its number there.
pub(crate) fn past_recommendation(store: &mut Store, id: i64) -> Result<StoredRecommendation> {
    store.read(|tx| {
        tx.query_row(
            &format!("SELECT {COLUMNS} FROM past_recommendation r WHERE r.id = ?1"),
            [id],
            StoredRecommendation::from_row,
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "past recommendation",
            id: id.to_string(),
        })
    })
}

impl StoredRecommendation {
    pub(crate) fn from_row(row: &Row) -> rusqlite::Result<StoredRecommendation> {
        let category: Option<u8> = row.get(7)?;
        let issues: Option<String> = row.get(10)?;
        let response: String = row.get(5)?;
        Ok(StoredRecommendation {
            id: row.get(0)?,
            state_under_review: row.get(1)?,
            state_under_review_group: row.get(11)?,
            text: row.get(2)?,
            recommending_state: row.get(3)?,
            recommending_group: row.get(4)?,
            response: Response::parse(&response),
            response_as_recorded: row.get(6)?,
            // The table's CHECK keeps the column within 1 to 5.
            action_category: category.and_then(|n| ActionCategory::try_from(n).ok()),
            session: row.get(8)?,
            cycle: row.get(9)?,
            issues: issues
                .map(|s| s.split('\u{1f}').map(String::from).collect())
                .unwrap_or_default(),
        })
    }
}

/// How the State under Review responded to a recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(rename = "PastResponse")]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// "Supported"; older data says "Accepted".
    Supported,
    Noted,
    /// The file gave no response, or one we do not know (kept as recorded).
    Unknown,
}

impl Response {
    /// Reads a response as files and users write it: "Accepted", "supported", "Noted",
    /// "rejected" (older wording for noted). Anything else is `Unknown`.
    pub fn parse(word: &str) -> Response {
        let w = word.trim().to_lowercase();
        if w.starts_with("accept") || w.starts_with("support") {
            Response::Supported
        } else if w.starts_with("note") || w.starts_with("reject") {
            Response::Noted
        } else {
            Response::Unknown
        }
    }

    /// The word stored in the `response` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Response::Supported => "supported",
            Response::Noted => "noted",
            Response::Unknown => "",
        }
    }
}

/// A response as a user names it in a filter: strict, so that a typo is an error rather than
/// a filter that silently finds nothing.
impl std::str::FromStr for Response {
    type Err = String;

    fn from_str(word: &str) -> Result<Response, String> {
        match word.trim().to_lowercase().as_str() {
            "supported" | "accepted" => Ok(Response::Supported),
            "noted" | "rejected" => Ok(Response::Noted),
            "none" | "unknown" => Ok(Response::Unknown),
            other => Err(format!(
                "'{other}' is not a response; use supported (older data: accepted), noted, or none"
            )),
        }
    }
}

impl std::fmt::Display for Response {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Response::Supported => "supported",
            Response::Noted => "noted",
            Response::Unknown => "no response recorded",
        })
    }
}

/// The five UN regional groups under one spelling: UPR Info writes "Africa" and "Asia".
/// Other words ("Observer") are kept as written.
pub fn regional_group(word: &str) -> String {
    let w = word.trim();
    match w.to_lowercase().as_str() {
        "africa" | "african" | "african group" | "african states" => "African".into(),
        "asia" | "asia-pacific" | "asia pacific" | "asia-pacific group" | "asian" => {
            "Asia-Pacific".into()
        }
        "eeg" | "eastern european group" | "eastern european states" => "EEG".into(),
        "grulac" | "latin american and caribbean group" => "GRULAC".into(),
        "weog" | "western european and others group" => "WEOG".into(),
        _ => w.to_string(),
    }
}

/// The first session of each UPR cycle: cycle 1 held sessions 1–12 (2008–2011), cycles 2 to 4
/// fourteen sessions each. These are facts of the calendar, not conventions.
const FIRST_SESSION_OF_CYCLE: [u32; 4] = [1, 13, 27, 41];
/// Cycles after the fourth are assumed to hold as many sessions as the fourth.
const SESSIONS_PER_CYCLE: u32 = 14;

/// The UPR cycle a Working Group session belongs to.
pub fn cycle_of_session(session: u32) -> Option<u32> {
    if session == 0 {
        return None;
    }
    let last_known = FIRST_SESSION_OF_CYCLE.len() as u32;
    let start_of_last = FIRST_SESSION_OF_CYCLE[FIRST_SESSION_OF_CYCLE.len() - 1];
    if session >= start_of_last {
        return Some(last_known + (session - start_of_last) / SESSIONS_PER_CYCLE);
    }
    let index = FIRST_SESSION_OF_CYCLE
        .iter()
        .rposition(|&first| session >= first)?;
    Some(index as u32 + 1)
}

/// The key that makes a recommendation present once, however often it is imported: the State
/// under Review, the recommending State, the session, and the text with case, punctuation and
/// spacing folded (files differ in curly quotes and trailing full stops).
pub fn dedup_key(
    state_under_review: &str,
    recommending_state: &str,
    session: Option<u32>,
    text: &str,
) -> [u8; 16] {
    let mut hasher = Sha256::new();
    for part in [state_under_review, recommending_state] {
        hasher.update(fold(part).as_bytes());
        hasher.update([0x1f]);
    }
    hasher.update(session.map_or(String::new(), |s| s.to_string()).as_bytes());
    hasher.update([0x1f]);
    hasher.update(fold(text).as_bytes());
    let digest = hasher.finalize();
    let mut key = [0u8; 16];
    key.copy_from_slice(&digest[..16]);
    key
}

/// Lower case, with every run of characters other than letters and digits made one space:
/// "Côte d’Ivoire" and "côte d'ivoire" fold alike.
fn fold(s: &str) -> String {
    let mut folded = String::with_capacity(s.len());
    let mut in_word = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            folded.push(c);
            in_word = true;
        } else if in_word {
            folded.push(' ');
            in_word = false;
        }
    }
    folded.truncate(folded.trim_end().len());
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_read_in_old_and_new_wording() {
        assert_eq!(Response::parse("Accepted"), Response::Supported);
        assert_eq!(Response::parse(" supported "), Response::Supported);
        assert_eq!(Response::parse("Noted"), Response::Noted);
        assert_eq!(Response::parse("Pending"), Response::Unknown);
        assert_eq!(Response::parse(""), Response::Unknown);
    }

    #[test]
    fn sessions_fall_in_their_cycles() {
        assert_eq!(cycle_of_session(1), Some(1));
        assert_eq!(cycle_of_session(12), Some(1));
        assert_eq!(cycle_of_session(13), Some(2));
        assert_eq!(cycle_of_session(40), Some(3));
        assert_eq!(cycle_of_session(41), Some(4));
        assert_eq!(cycle_of_session(54), Some(4));
        assert_eq!(cycle_of_session(55), Some(5));
        assert_eq!(cycle_of_session(0), None);
    }

    #[test]
    fn the_dedup_key_ignores_case_spacing_and_punctuation_but_not_the_session() {
        let a = dedup_key("Chad", "France", Some(5), "Ratify the Optional Protocol.");
        let b = dedup_key("chad ", "FRANCE", Some(5), "ratify  the optional protocol");
        let c = dedup_key("Chad", "France", Some(6), "Ratify the Optional Protocol.");
        let d = dedup_key("Chad", "France", Some(5), "Ratify the Optional Protocols.");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, d);
    }

    #[test]
    fn regional_groups_take_one_spelling() {
        assert_eq!(regional_group("Asia"), "Asia-Pacific");
        assert_eq!(regional_group("Africa"), "African");
        assert_eq!(regional_group("weog"), "WEOG");
        assert_eq!(regional_group("Observer"), "Observer");
    }
}
