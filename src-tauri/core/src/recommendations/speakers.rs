//! The list of speakers: the States inscribed to speak at the review, which the UPR Working
//! Group publishes shortly before it. An advocate lobbying in Geneva has it in the last days;
//! given to the app, it tells whom to meet far better than the past alone (a State that is
//! not inscribed will not make a recommendation), so the ranking puts the inscribed States
//! first (`lobby_ranking.rs`).
//!
//! A list is pasted as it comes: one State per line or separated by commas (or semicolons,
//! or the Arabic and Chinese commas), numbered or not, each State by its UN name in any of
//! the six languages, short or formal, or by its ISO 3166-1 alpha-3 code. UPR Info's own
//! spellings ("United Kingdom", "Macedonia FYR") and the two observer States are known too.
//! A list naming a State none of these know is refused whole, naming it: a misspelt speaker
//! silently dropped would rank the State as "not on the list".
//!
//! Each State is kept under one name: the English UN short name of a Member State (as the
//! target States are), else the observer's name. An empty list means "not known".

use std::collections::HashSet;

use serde::Serialize;
use ts_rs::TS;

use crate::language::Language;
use crate::names_in_text::{fold, member_state_code, member_state_name};
use crate::store::Store;
use crate::{Error, Result};

/// UPR Info's spellings of Member States whose UN names differ (found in its exports of
/// sessions 1–13), and common short forms a user types, with the State's code.
const OTHER_SPELLINGS: &[(&str, &str)] = &[
    ("Bolivia", "BOL"),
    ("Bosnia & Herzegovina", "BIH"),
    ("Cape Verde", "CPV"),
    ("DPR Korea", "PRK"),
    ("North Korea", "PRK"),
    ("South Korea", "KOR"),
    ("Democratic Republic of Congo", "COD"),
    ("Republic of Congo", "COG"),
    ("Iran", "IRN"),
    ("Laos", "LAO"),
    ("Macedonia FYR", "MKD"),
    ("Moldova", "MDA"),
    ("Netherlands", "NLD"),
    ("Swaziland", "SWZ"),
    ("Syria", "SYR"),
    ("Tanzania", "TZA"),
    ("Trinidad & Tobago", "TTO"),
    ("Turkey", "TUR"),
    ("United Kingdom", "GBR"),
    ("United States", "USA"),
    ("Venezuela", "VEN"),
    ("Vietnam", "VNM"),
    ("Russia", "RUS"),
];

/// The non-member observer States that take the floor at reviews: their name, the other
/// names they go by, and their code.
const OBSERVERS: &[(&str, &[&str], &str)] = &[
    ("Holy See", &["Saint-Siège", "Santa Sede"], "VAT"),
    (
        "State of Palestine",
        &["Palestine", "État de Palestine", "Estado de Palestina"],
        "PSE",
    ),
];

/// One entry of a list as the user gave it, and the State it names (`None`: not known).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SpeakerEntry {
    pub typed: String,
    pub state: Option<String>,
}

/// The State a name names, as [`read_list_of_speakers`] keeps it: its English UN short name,
/// or the observer's name. `None` when no name the app knows matches.
pub fn recognise_state(typed: &str) -> Option<String> {
    let code = state_code(typed)?;
    member_state_name(code, Language::En)
        .map(str::to_string)
        .or_else(|| {
            OBSERVERS
                .iter()
                .find(|(_, _, c)| *c == code)
                .map(|(name, _, _)| name.to_string())
        })
}

/// The code a name stands for: a Member State's or an observer's alpha-3 code.
fn state_code(typed: &str) -> Option<&'static str> {
    let trimmed = typed.trim();
    if trimmed.len() == 3 && trimmed.chars().all(|c| c.is_ascii_alphabetic()) {
        // A Member State's code: its English name leads back to the catalogue's own `&'static`
        // code.
        if let Some(name) = member_state_name(&trimmed.to_ascii_uppercase(), Language::En) {
            return member_state_code(name);
        }
    }
    if let Some(code) = member_state_code(trimmed) {
        return Some(code);
    }
    let folded = fold(trimmed);
    if folded.is_empty() {
        return None;
    }
    OTHER_SPELLINGS
        .iter()
        .find(|(name, _)| fold(name) == folded)
        .map(|(_, code)| *code)
        .or_else(|| {
            OBSERVERS
                .iter()
                .find(|(name, others, code)| {
                    fold(name) == folded
                        || others.iter().any(|o| fold(o) == folded)
                        || code.eq_ignore_ascii_case(trimmed)
                })
                .map(|(_, _, code)| *code)
        })
}

/// What the ranking compares names by: the State's code when the app knows the name, else
/// the folded name. "Royaume-Uni", "United Kingdom" and "GBR" compare alike.
pub fn speaker_key(name: &str) -> String {
    match state_code(name) {
        Some(code) => code.to_string(),
        None => format!("?{}", fold(name)),
    }
}

/// The keys of a list of speakers, for [`speaker_key`] comparisons.
pub fn speaker_keys(list: &[String]) -> HashSet<String> {
    list.iter().map(|s| speaker_key(s)).collect()
}

/// The entries of a pasted list, in order, each with the State it names; empty entries,
/// list numbers ("12.", "3)") and bullets are left out, and a State named twice is kept once
/// (the first time).
pub fn read_list_of_speakers(text: &str) -> Vec<SpeakerEntry> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for piece in text.split(['\n', '\r', ',', ';', '،', '，', '、', '；']) {
        let typed = piece
            .trim()
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start_matches(['.', ')', '-', '•', '*', '–'])
            .trim();
        if typed.is_empty() {
            continue;
        }
        let state = recognise_state(typed);
        let key = state.clone().unwrap_or_else(|| fold(typed));
        if seen.insert(key) {
            out.push(SpeakerEntry {
                typed: typed.to_string(),
                state,
            });
        }
    }
    out
}

/// The current campaign's list of speakers; empty when not known.
pub fn list_of_speakers(store: &mut Store) -> Result<Vec<String>> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    store.list_of_speakers(campaign.id)
}

/// Reads `text` as a list of speakers and keeps it as the current campaign's, replacing the
/// earlier one; returns the States kept, in order. A list naming a State the app does not
/// know is refused ([`Error::UnknownSpeakers`], naming each) and nothing is stored. An empty
/// text makes the list unknown again.
pub fn set_list_of_speakers(store: &mut Store, text: &str) -> Result<Vec<String>> {
    let entries = read_list_of_speakers(text);
    let unknown: Vec<String> = entries
        .iter()
        .filter(|e| e.state.is_none())
        .map(|e| e.typed.clone())
        .collect();
    if !unknown.is_empty() {
        return Err(Error::UnknownSpeakers { names: unknown });
    }
    let states: Vec<String> = entries.into_iter().filter_map(|e| e.state).collect();
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    store.save_list_of_speakers(campaign.id, &states)?;
    Ok(states)
}

/// Forgets the current campaign's list of speakers: whom to lobby is ranked from the past
/// alone again.
pub fn clear_list_of_speakers(store: &mut Store) -> Result<()> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    store.save_list_of_speakers(campaign.id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_language_codes_and_upr_info_spellings_are_recognised() {
        for typed in [
            "Norway",
            "Royaume de Norvège",
            "Noruega",
            "النرويج",
            "Норвегия",
            "挪威",
            "NOR",
            "nor",
        ] {
            assert_eq!(recognise_state(typed).as_deref(), Some("Norway"), "{typed}");
        }
        assert_eq!(
            recognise_state("United Kingdom").as_deref(),
            Some("United Kingdom of Great Britain and Northern Ireland")
        );
        assert_eq!(
            recognise_state("Macedonia FYR").as_deref(),
            Some("North Macedonia")
        );
        assert_eq!(recognise_state("Saint-Siège").as_deref(), Some("Holy See"));
        assert_eq!(
            recognise_state("Palestine").as_deref(),
            Some("State of Palestine")
        );
        assert_eq!(recognise_state("Meridia"), None);
        assert_eq!(recognise_state("XYZ"), None);
    }

    #[test]
    fn a_pasted_list_is_read_line_by_line_or_by_commas_numbers_and_repeats_left_out() {
        let entries = read_list_of_speakers("1. Norway\n2) Brésil ; Japon،挪威\n\n  Meridia , ");
        let got: Vec<(&str, Option<&str>)> = entries
            .iter()
            .map(|e| (e.typed.as_str(), e.state.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("Norway", Some("Norway")),
                ("Brésil", Some("Brazil")),
                ("Japon", Some("Japan")),
                ("Meridia", None),
            ]
        );
    }

    #[test]
    fn names_compare_by_the_state_they_name() {
        assert_eq!(speaker_key("United Kingdom"), speaker_key("Royaume-Uni"));
        assert_eq!(speaker_key("GBR"), "GBR");
        assert_eq!(speaker_key("Palestine"), speaker_key("State of Palestine"));
        assert_ne!(speaker_key("Niger"), speaker_key("Nigeria"));
        assert_eq!(speaker_key("Meridia"), speaker_key("meridia"));
    }

    #[test]
    fn an_unknown_name_refuses_the_whole_list_and_an_empty_one_clears_it() {
        let mut store = crate::demo::loaded_store();
        let campaign = store.current_campaign().unwrap().unwrap();
        assert!(list_of_speakers(&mut store).unwrap().is_empty());
        let kept = set_list_of_speakers(&mut store, "Norway, Brazil\nHoly See").unwrap();
        assert_eq!(kept, ["Norway", "Brazil", "Holy See"]);
        let err = set_list_of_speakers(&mut store, "Japan, Narnia, Norwey").unwrap_err();
        assert!(
            matches!(&err, Error::UnknownSpeakers { names } if names == &["Narnia", "Norwey"]),
            "{err:?}"
        );
        // Refused means unchanged.
        assert_eq!(store.list_of_speakers(campaign.id).unwrap(), kept);
        set_list_of_speakers(&mut store, "  \n").unwrap();
        assert!(list_of_speakers(&mut store).unwrap().is_empty());
        set_list_of_speakers(&mut store, "Chile").unwrap();
        clear_list_of_speakers(&mut store).unwrap();
        assert!(list_of_speakers(&mut store).unwrap().is_empty());
    }
}
