//! The names the documents' sentences say, as the window shows and edits them: the State under
//! Review and the organisation, in each document language, as the UN's list (or the name as
//! typed) gives them, or in the campaign's own words (`model::CustomName`) where the user
//! wrote them — a fictional or disputed State, the organisation's article.

use serde::Serialize;

use crate::language::Language;
use crate::model::CustomName;
use crate::names_in_text::NameInText;
use crate::store::Store;
use crate::{Error, Result};

/// Whose name it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum NamedParty {
    StateUnderReview,
    Organisation,
}

/// One name in one language, as the documents will say it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct NameInDocuments {
    pub party: NamedParty,
    /// The name as the campaign or the organisation holds it.
    pub typed: String,
    pub language: Language,
    pub short: String,
    pub formal: String,
    pub article: String,
    /// The name in a sentence: "the Republic of Meridia", « l’Ukraine ».
    pub in_text: String,
    /// Whether these are the campaign's own words (else the UN's list or the name as typed).
    pub own: bool,
}

/// The State under Review and the organisation in every document language, for the current
/// campaign.
pub fn names_in_documents(store: &mut Store) -> Result<Vec<NameInDocuments>> {
    let organisation = store.organisation()?.ok_or(Error::NoOrganisation)?;
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let custom = store.custom_names(campaign.id)?;
    let own = |typed: &str, lang: Language| {
        let folded = crate::names_in_text::fold(typed);
        custom
            .iter()
            .any(|c| c.language == lang && crate::names_in_text::fold(&c.typed) == folded)
    };
    let mut names = Vec::new();
    for lang in Language::ALL {
        let state = NameInText::state(&campaign.state_under_review, lang, &custom);
        let org = NameInText::organisation(&organisation.name, lang, &custom);
        for (party, typed, name) in [
            (
                NamedParty::StateUnderReview,
                &campaign.state_under_review,
                state,
            ),
            (NamedParty::Organisation, &organisation.name, org),
        ] {
            names.push(NameInDocuments {
                party,
                typed: typed.trim().to_string(),
                language: lang,
                in_text: name.in_text(),
                own: own(typed, lang),
                short: name.short,
                formal: name.formal,
                article: name.article,
            });
        }
    }
    Ok(names)
}

/// Keeps the campaign's own words for a name in one language.
pub fn save_custom_name(store: &mut Store, name: &CustomName) -> Result<()> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    store.save_custom_name(campaign.id, name)
}

/// Forgets them: the UN's list (or the name as typed) is used again.
pub fn reset_custom_name(store: &mut Store, typed: &str, language: Language) -> Result<()> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    store.remove_custom_name(campaign.id, typed, language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_s_state_takes_its_article_and_own_words_replace_it_until_reset() {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        let names = names_in_documents(&mut store).unwrap();
        // The State under Review and the organisation, in every document language.
        assert_eq!(names.len(), 2 * Language::ALL.len());
        let state_en = |names: &[NameInDocuments]| {
            names
                .iter()
                .find(|n| n.party == NamedParty::StateUnderReview && n.language == Language::En)
                .cloned()
                .unwrap()
        };
        assert_eq!(state_en(&names).in_text, "the Republic of Meridia");
        assert!(!state_en(&names).own);

        let own = CustomName {
            typed: "Republic of Meridia".into(),
            language: Language::Fr,
            short: "Méridie".into(),
            formal: "République de Méridie".into(),
            article: "la".into(),
        };
        save_custom_name(&mut store, &own).unwrap();
        let names = names_in_documents(&mut store).unwrap();
        let fr = names
            .iter()
            .find(|n| n.party == NamedParty::StateUnderReview && n.language == Language::Fr)
            .unwrap();
        assert_eq!(fr.in_text, "la République de Méridie");
        assert!(fr.own);
        // Kept in the backup and brought back by its import.
        let exported = crate::exchange::export(&mut store).unwrap();
        assert!(exported.campaigns[0].custom_names.contains(&own));

        reset_custom_name(&mut store, "Republic of Meridia", Language::Fr).unwrap();
        let names = names_in_documents(&mut store).unwrap();
        let fr = names
            .iter()
            .find(|n| n.party == NamedParty::StateUnderReview && n.language == Language::Fr)
            .unwrap();
        // Back to the name as typed: the demo's own French words were the ones replaced.
        assert!(!fr.own);
        assert_eq!(fr.in_text, "Republic of Meridia");
    }

    #[test]
    fn a_name_without_its_formal_form_is_refused() {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        let empty = CustomName {
            typed: "Republic of Meridia".into(),
            language: Language::Es,
            short: String::new(),
            formal: "  ".into(),
            article: "la".into(),
        };
        let err = save_custom_name(&mut store, &empty).unwrap_err();
        assert_eq!(err.code(), "invalid_input", "{err}");
    }
}
