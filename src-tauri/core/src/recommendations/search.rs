//! Searching past recommendations: full text (SQLite FTS5) with filters on who recommended
//! what to whom, when, on which issue, how specifically and with what response.
//!
//! What the user types is never handed to FTS5 as query syntax: it is cut into words and
//! quoted phrases, each written as an FTS5 string, so quotes, hyphens, apostrophes and
//! operators' characters can never make the query fail. See [`fts_query`].

use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::state_names::{self, StateRole};
use super::stored::{regional_group, Response, StoredRecommendation, COLUMNS};
use crate::model::ActionCategory;
use crate::store::Store;
use crate::Result;

/// How many recommendations a search returns when the caller does not say.
pub const DEFAULT_LIMIT: usize = 50;

/// A search: words to find (may be empty) and filters, all of which must hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct SearchQuery {
    /// Words to find, in any order; "a quoted phrase" must appear as written; a word ending
    /// in `*` matches any word it begins ("ratif*"); `OR` between two words finds either.
    /// Empty: filters only.
    pub text: String,
    pub state_under_review: Option<String>,
    pub recommending_state: Option<String>,
    /// The recommending State's regional group (African, Asia-Pacific, EEG, GRULAC, WEOG;
    /// "Asia" and "Africa" are understood too).
    pub regional_group: Option<String>,
    /// One of UPR Info's issues, e.g. "Death penalty" (case does not matter).
    pub issue: Option<String>,
    pub session: Option<u32>,
    pub cycle: Option<u32>,
    pub response: Option<Response>,
    pub action_category: Option<ActionCategory>,
    /// At most this many results; 0 means [`DEFAULT_LIMIT`].
    pub limit: usize,
}

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            text: String::new(),
            state_under_review: None,
            recommending_state: None,
            regional_group: None,
            issue: None,
            session: None,
            cycle: None,
            response: None,
            action_category: None,
            limit: DEFAULT_LIMIT,
        }
    }
}

/// Finds past recommendations: the most relevant first (FTS5's bm25), then the most recent
/// session. Without words, the most recent session first. Issues match without regard to
/// ASCII case; State names without regard to case, accents or the kind of apostrophe, and a
/// State the database does not know is an error naming the closest ones.
pub fn search(store: &mut Store, query: &SearchQuery) -> Result<Vec<StoredRecommendation>> {
    // State names as the database spells them; a name it does not know is refused with the
    // closest ones rather than answered with nothing.
    let mut spelt = |typed: &Option<String>, role| {
        non_empty(typed)
            .map(|s| store.read(|tx| state_names::resolve(tx, role, s)))
            .transpose()
    };
    let sur = spelt(&query.state_under_review, StateRole::UnderReview)?;
    let from = spelt(&query.recommending_state, StateRole::Recommending)?;
    let mut sql = String::with_capacity(800);
    let mut args: Vec<Value> = Vec::new();
    let matching = fts_query(&query.text);
    // Ranked: the matches are first narrowed to their ids, score and session, sorted and cut
    // to the limit, and only then joined to their columns. Sorting the whole rows of every
    // match made a word found in a third of 100,000 recommendations ("ensure") cost 30 ms.
    match &matching {
        Some(m) => {
            sql.push_str(&format!(
                "SELECT {COLUMNS} FROM (
                     SELECT t.rowid AS id, t.rank AS score, r.session AS session
                     FROM past_recommendation_text t
                     JOIN past_recommendation r ON r.id = t.rowid
                     WHERE past_recommendation_text MATCH ?"
            ));
            args.push(Value::Text(m.clone()));
        }
        None => sql.push_str(&format!(
            "SELECT {COLUMNS} FROM past_recommendation r WHERE 1"
        )),
    }
    let mut filter = |condition: &str, value: Value| {
        sql.push_str(" AND ");
        sql.push_str(condition);
        args.push(value);
    };
    if let Some(s) = sur {
        filter("r.state_under_review = ?", Value::Text(s));
    }
    if let Some(s) = from {
        filter("r.recommending_state = ?", Value::Text(s));
    }
    if let Some(g) = non_empty(&query.regional_group) {
        filter("r.recommending_group = ?", Value::Text(regional_group(g)));
    }
    if let Some(issue) = non_empty(&query.issue) {
        filter(
            "r.id IN (SELECT recommendation_id FROM past_recommendation_issue WHERE issue = ?)",
            Value::Text(issue.to_string()),
        );
    }
    if let Some(n) = query.session {
        filter("r.session = ?", Value::Integer(n.into()));
    }
    if let Some(n) = query.cycle {
        filter("r.cycle = ?", Value::Integer(n.into()));
    }
    if let Some(r) = query.response {
        filter("r.response = ?", Value::Text(r.as_str().to_string()));
    }
    if let Some(c) = query.action_category {
        filter("r.action_category = ?", Value::Integer(c.number().into()));
    }
    let limit = if query.limit == 0 {
        DEFAULT_LIMIT
    } else {
        query.limit
    };
    sql.push_str(if matching.is_some() {
        " ORDER BY score, session DESC, id LIMIT ?
         ) hit JOIN past_recommendation r ON r.id = hit.id
         ORDER BY hit.score, hit.session DESC, hit.id"
    } else {
        " ORDER BY r.session DESC, r.id LIMIT ?"
    });
    args.push(Value::Integer(limit as i64));

    store.read(|tx| {
        let mut stmt = tx.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            rusqlite::params_from_iter(args),
            StoredRecommendation::from_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    })
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Turns what a user typed into an FTS5 query that cannot fail: each word or "quoted phrase"
/// becomes an FTS5 string of its letters and digits ("child-marriage" and "women's" become
/// the phrases "child marriage" and "women s", as the index splits them); a trailing `*`
/// keeps its meaning of a prefix; `OR` between two terms keeps its meaning; every other
/// character is only a separator. `None` when nothing searchable is left.
pub fn fts_query(typed: &str) -> Option<String> {
    enum Piece {
        Term(String),
        Or,
    }
    let mut pieces: Vec<Piece> = Vec::new();
    let push_term = |chunk: &str, quoted: bool, pieces: &mut Vec<Piece>| {
        if !quoted && chunk == "OR" {
            pieces.push(Piece::Or);
            return;
        }
        let words: Vec<&str> = chunk
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() {
            return;
        }
        let prefix = !quoted && chunk.ends_with('*');
        let mut term = format!("\"{}\"", words.join(" "));
        if prefix {
            term.push('*');
        }
        pieces.push(Piece::Term(term));
    };
    // Quotes split the input into phrases and the rest; an unclosed quote runs to the end.
    for (i, part) in typed.split('"').enumerate() {
        let quoted = i % 2 == 1;
        if quoted {
            push_term(part, true, &mut pieces);
        } else {
            for chunk in part.split_whitespace() {
                push_term(chunk, false, &mut pieces);
            }
        }
    }
    // OR only between two terms; anywhere else it is dropped.
    let mut out: Vec<&str> = Vec::new();
    let mut pending_or = false;
    for piece in &pieces {
        match piece {
            Piece::Or => pending_or = !out.is_empty(),
            Piece::Term(t) => {
                if pending_or {
                    out.push("OR");
                    pending_or = false;
                }
                out.push(t);
            }
        }
    }
    if out.is_empty() {
        None
    } else {
        Some(out.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn typed_text_becomes_quoted_fts_terms() {
        assert_eq!(
            fts_query("death penalty").as_deref(),
            Some("\"death\" \"penalty\"")
        );
        assert_eq!(
            fts_query("\"death penalty\"").as_deref(),
            Some("\"death penalty\"")
        );
        assert_eq!(
            fts_query("child-marriage").as_deref(),
            Some("\"child marriage\"")
        );
        assert_eq!(fts_query("women's").as_deref(), Some("\"women s\""));
        assert_eq!(fts_query("ratif*").as_deref(), Some("\"ratif\"*"));
        assert_eq!(
            fts_query("torture OR detention").as_deref(),
            Some("\"torture\" OR \"detention\"")
        );
        assert_eq!(fts_query("OR torture OR").as_deref(), Some("\"torture\""));
        assert_eq!(
            fts_query("  \"unclosed phrase").as_deref(),
            Some("\"unclosed phrase\"")
        );
        assert_eq!(fts_query("' - \" * ( ) :"), None);
        assert_eq!(fts_query(""), None);
    }
}
