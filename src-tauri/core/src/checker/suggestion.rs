//! What to write instead: for a recommendation of category 1–4, one suggestion that would make
//! it a category-5 recommendation (a concrete measure). Suggestions are keyed, with the words
//! to replace as their one argument; the catalogue below words them in English, French and
//! Spanish (as the window's catalogues do).

use serde::Serialize;
use ts_rs::TS;

use crate::model::ActionCategory;

/// Which advice applies, by the category found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
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
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Suggestion {
    pub key: SuggestionKey,
    /// Quoted from the recommendation, e.g. "Take all necessary measures to".
    pub phrase: String,
}

/// The wording, by language and id. `{phrase}` stands for the words to replace. A language
/// without its own wording would fall back to English.
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
    ),    (
        "fr",
        "checker.suggestion.minimal",
        "« {phrase} » demande peu à l'État examiné : ajoutez la mesure qu'il doit prendre avec cette aide ou ces informations, par ex. « avec l'assistance technique du HCDH, créer … » ou « adopter une loi sur … »",
    ),
    (
        "fr",
        "checker.suggestion.continuing",
        "« {phrase} » demande de poursuivre ce qui existe : nommez plutôt la prochaine étape concrète, par ex. adopter une loi sur …, créer …, étendre … à …, allouer un budget à …, avant une date fixée",
    ),
    (
        "fr",
        "checker.suggestion.considering",
        "« {phrase} » demande seulement à l'État d'y réfléchir : demandez la décision elle-même, par ex. « ratifier … » plutôt que « envisager de ratifier … »",
    ),
    (
        "fr",
        "checker.suggestion.general",
        "Remplacez « {phrase} » par la mesure elle-même : adopter une loi sur …, créer un organe chargé de …, ratifier …, allouer un budget à …, avant une date fixée",
    ),
    (
        "es",
        "checker.suggestion.minimal",
        "«{phrase}» pide poco al Estado examinado: añada la medida que debe tomar con esa ayuda o información, p. ej. «con la asistencia técnica del ACNUDH, crear …» o «aprobar una ley sobre …»",
    ),
    (
        "es",
        "checker.suggestion.continuing",
        "«{phrase}» pide más de lo mismo: nombre en su lugar el siguiente paso concreto, p. ej. aprobar una ley sobre …, crear …, extender … a …, asignar un presupuesto a …, antes de una fecha fijada",
    ),
    (
        "es",
        "checker.suggestion.considering",
        "«{phrase}» solo pide al Estado que lo piense: pida la decisión misma, p. ej. «ratificar …» en lugar de «considerar la ratificación de …»",
    ),
    (
        "es",
        "checker.suggestion.general",
        "Sustituya «{phrase}» por la medida misma: aprobar una ley sobre …, crear un órgano que …, ratificar …, asignar un presupuesto a …, antes de una fecha fijada",
    ),
];

impl Suggestion {
    /// The advice in `language` ("en", "fr", "es"); in English for any other.
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
    fn every_key_has_its_wording_with_the_phrase_in_every_language() {
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
            let fr = s.text("fr");
            assert!(fr.contains("« Take measures to »"), "{fr}");
            let es = s.text("es");
            assert!(es.contains("«Take measures to»"), "{es}");
            assert_eq!(s.text("de"), text, "another language falls back to English");
        }
    }
}
