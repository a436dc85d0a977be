//! What to write instead: for a recommendation of category 1–4, one suggestion that would make
//! it a category-5 recommendation (a concrete measure). Suggestions are keyed, with the words
//! to replace as their one argument, so that French and Spanish wording can be added to the
//! catalogue below without touching the checker.

use serde::Serialize;

use crate::model::ActionCategory;

/// Which advice applies, by the category found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKey {
    Minimal,
    Continuing,
    Considering,
    General,
}

impl SuggestionKey {
    /// The advice for a category; none for category 5, which is what NGOs should propose.
    pub fn for_category(category: ActionCategory) -> Option<SuggestionKey> {
        match category {
            ActionCategory::Minimal => Some(SuggestionKey::Minimal),
            ActionCategory::Continuing => Some(SuggestionKey::Continuing),
            ActionCategory::Considering => Some(SuggestionKey::Considering),
            ActionCategory::General => Some(SuggestionKey::General),
            ActionCategory::Specific => None,
        }
    }

    /// The stable id of the wording in a catalogue.
    pub fn id(self) -> &'static str {
        match self {
            SuggestionKey::Minimal => "checker.suggestion.minimal",
            SuggestionKey::Continuing => "checker.suggestion.continuing",
            SuggestionKey::Considering => "checker.suggestion.considering",
            SuggestionKey::General => "checker.suggestion.general",
        }
    }
}

/// A suggestion: its key and the words of the recommendation it asks to replace.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    pub key: SuggestionKey,
    /// Quoted from the recommendation, e.g. "Take all necessary measures to".
    pub phrase: String,
}

/// The wording, by language and id. `{phrase}` stands for the words to replace. A language
/// without its own wording falls back to English.
const CATALOGUE: &[(&str, &str, &str)] = &[
    (
        "en",
        "checker.suggestion.minimal",
        "\"{phrase}\" asks little of the State under Review: add the measure it should take with that help or information, e.g. \"with OHCHR's technical assistance, establish …\" or \"adopt a law on …\"",
    ),
    (
        "en",
        "checker.suggestion.continuing",
        "\"{phrase}\" asks for more of the same: name the next concrete step instead, e.g. adopt a law on …, establish …, extend … to …, allocate a budget for …, by a set date",
    ),
    (
        "en",
        "checker.suggestion.considering",
        "\"{phrase}\" only asks the State to think about it: ask for the decision itself, e.g. \"ratify …\" rather than \"consider ratifying …\", \"adopt a law on …\" rather than \"review …\"",
    ),
    (
        "en",
        "checker.suggestion.general",
        "replace \"{phrase}\" with the measure itself: adopt a law on …, establish a body to …, ratify …, allocate a budget for …, by a set date",
    ),
];

impl Suggestion {
    /// The advice in `language` ("en", "fr", "es"), in English when that language has no
    /// wording yet.
    pub fn text(&self, language: &str) -> String {
        let id = self.key.id();
        let find = |lang: &str| {
            CATALOGUE
                .iter()
                .find(|(l, k, _)| *l == lang && *k == id)
                .map(|(_, _, t)| *t)
        };
        // Every key has English wording (see the test below), so the fallback always finds one.
        let template = find(language).or_else(|| find("en")).unwrap_or_default();
        template.replace("{phrase}", &self.phrase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_english_wording_with_the_phrase() {
        for category in ActionCategory::ALL {
            let Some(key) = SuggestionKey::for_category(category) else {
                assert_eq!(category, ActionCategory::Specific);
                continue;
            };
            let s = Suggestion {
                key,
                phrase: "Take measures to".into(),
            };
            let text = s.text("en");
            assert!(text.contains("\"Take measures to\""), "{text}");
            assert_eq!(s.text("fr"), text, "French falls back to English for now");
        }
    }
}
