//! State names as a user types them, matched against the names in the database of past
//! recommendations. UPR Info writes "Côte d’Ivoire" with an accent and a curly apostrophe; a
//! user types "Cote d'Ivoire". Names are compared folded (no accents, one kind of apostrophe,
//! no case, words one space apart), and a name that matches nothing is refused with the
//! closest names the database holds, never answered with an empty list that looks like "no
//! recommendations".

use rusqlite::{OptionalExtension, Transaction};

use crate::{Error, Result};

/// The two State columns a search can filter on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateRole {
    UnderReview,
    Recommending,
}

impl StateRole {
    fn column(self) -> &'static str {
        match self {
            StateRole::UnderReview => "state_under_review",
            StateRole::Recommending => "recommending_state",
        }
    }

    fn label(self) -> &'static str {
        match self {
            StateRole::UnderReview => "State under Review",
            StateRole::Recommending => "recommending State",
        }
    }
}

/// At most this many names are offered when a typed name matches none.
const CLOSEST_NAMES: usize = 3;
/// How alike (Jaro-Winkler, 0 to 1) a name must be to the typed one to be offered.
const CLOSE_ENOUGH: f64 = 0.8;

pub use crate::names_in_text::fold;

/// The database's spelling of the State the user typed, in the given role.
///
/// An exact match (case aside) is taken as it is; otherwise the folded name is looked up among
/// the names the database holds. A name that matches none is an error naming the closest
/// ones. An empty database accepts any name (there is nothing to correct it against).
pub(crate) fn resolve(tx: &Transaction, role: StateRole, typed: &str) -> Result<String> {
    match spelling_in_database(tx, role, typed)? {
        Spelling::Found(name) => Ok(name),
        Spelling::EmptyDatabase => Ok(typed.to_string()),
        Spelling::Unknown(names) => Err(Error::invalid(
            role.label(),
            unknown(typed, &fold(typed), &names),
        )),
    }
}

/// What the database holds for a typed name.
pub(crate) enum Spelling {
    Found(String),
    /// Not there; these are the names there are.
    Unknown(Vec<String>),
    EmptyDatabase,
}

/// Looks a typed name up as [`resolve`] does, without refusing it.
pub(crate) fn spelling_in_database(
    tx: &Transaction,
    role: StateRole,
    typed: &str,
) -> Result<Spelling> {
    let column = role.column();
    let exact: Option<String> = tx
        .query_row(
            &format!("SELECT {column} FROM past_recommendation WHERE {column} = ?1 LIMIT 1"),
            [typed],
            |row| row.get(0),
        )
        .optional()?;
    if let Some(name) = exact {
        return Ok(Spelling::Found(name));
    }
    let names: Vec<String> = {
        let mut stmt = tx.prepare_cached(&format!(
            "SELECT DISTINCT {column} FROM past_recommendation ORDER BY {column}"
        ))?;
        let rows = stmt.query_map([], |row| row.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    if names.is_empty() {
        return Ok(Spelling::EmptyDatabase);
    }
    let wanted = fold(typed);
    Ok(match names.iter().find(|n| fold(n) == wanted) {
        Some(name) => Spelling::Found(name.clone()),
        None => Spelling::Unknown(names),
    })
}

/// The message for a name that matches none: the closest names, or how many there are.
fn unknown(typed: &str, wanted: &str, names: &[String]) -> String {
    let mut scored: Vec<(f64, &String)> = names
        .iter()
        .map(|n| {
            let folded = fold(n);
            // A typed beginning ("mex") is as good as a close spelling.
            let score = if folded.starts_with(wanted) {
                1.0
            } else {
                strsim::jaro_winkler(wanted, &folded)
            };
            (score, n)
        })
        .filter(|(score, _)| *score >= CLOSE_ENOUGH)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    let closest: Vec<String> = scored
        .iter()
        .take(CLOSEST_NAMES)
        .map(|(_, n)| format!("\"{n}\""))
        .collect();
    if closest.is_empty() {
        format!(
            "no past recommendation names \"{typed}\"; the database knows {} States in this role, spelt as UPR Info spells them",
            names.len()
        )
    } else {
        format!(
            "no past recommendation names \"{typed}\"; did you mean {}?",
            closest.join(" or ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_apostrophes_case_and_spacing_fold_alike() {
        assert_eq!(fold("Côte d’Ivoire"), fold("cote d'ivoire"));
        assert_eq!(fold("  Guinea-Bissau "), "guinea bissau");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_ne!(fold("Niger"), fold("Nigeria"));
    }

    #[test]
    fn an_unknown_name_is_told_the_closest_ones() {
        let names: Vec<String> = ["Mexico", "Morocco", "Nigeria", "Niger"]
            .map(String::from)
            .to_vec();
        let m = unknown("Mexco", &fold("Mexco"), &names);
        assert!(m.contains("did you mean \"Mexico\""), "{m}");
        let m = unknown("Nige", &fold("Nige"), &names);
        assert!(m.contains("\"Niger\" or \"Nigeria\""), "{m}");
        let m = unknown("Atlantis", &fold("Atlantis"), &names);
        assert!(m.contains("4 States"), "{m}");
    }
}
