//! State and organisation names as running text says them: "We urge the Republic of
//! Meridia", « Nous exhortons la République du Kandoré », "exhortamos al Estado Plurinacional
//! de Valdoria". A name is looked up in the UN Member States shipped in `assets/states/`
//! (short name, formal name and the formal name's article per language, keyed by ISO 3166-1
//! alpha-3), unless the campaign wrote its own (`CustomName`: a fictional or disputed State,
//! the organisation's own name); a name in neither keeps its spelling and takes the article
//! its first words call for ("Republic of …" takes "the").
//!
//! Articles are joined here, by the grammar of each language: French elides before a vowel
//! (l’Ukraine, d’Israël) and contracts (à + le = au, à + les = aux, de + le = du, de + les =
//! des), Spanish contracts (a + el = al, de + el = del). The files only say "le", "el".

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::language::Language;
use crate::model::CustomName;

/// One State in one language, as `assets/states/{lang}.json` holds it.
#[derive(Debug, Clone, Deserialize)]
struct MemberState {
    short: String,
    formal: String,
    #[serde(default)]
    article: String,
}

type Catalogue = BTreeMap<String, MemberState>;

fn catalogue(lang: Language) -> &'static Catalogue {
    static CATALOGUES: OnceLock<[Catalogue; 6]> = OnceLock::new();
    let all = CATALOGUES.get_or_init(|| {
        // Compiled in; `every_catalogue_holds_the_193_member_states` proves they parse.
        let parse = |text: &str| serde_json::from_str::<Catalogue>(text).expect("states parse");
        [
            parse(include_str!("../../../assets/states/en.json")),
            parse(include_str!("../../../assets/states/fr.json")),
            parse(include_str!("../../../assets/states/es.json")),
            parse(include_str!("../../../assets/states/ar.json")),
            parse(include_str!("../../../assets/states/ru.json")),
            parse(include_str!("../../../assets/states/zh.json")),
        ]
    });
    // In the order of `Language`'s variants, as the array above is.
    &all[lang as usize]
}

/// A name folded for comparison: accents dropped, lower case, apostrophes and hyphens and runs
/// of spaces as one space ("Côte d’Ivoire" and "cote d'ivoire" fold alike).
pub fn fold(name: &str) -> String {
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The ISO 3166-1 alpha-3 code of a UN Member State named as typed, in any of the shipped
/// languages, short or formal ("Norway", "Royaume de Norvège" → "NOR").
pub fn member_state_code(typed: &str) -> Option<&'static str> {
    // Every name of every language, folded once: the ranking of whom to lobby looks up each
    // recommending State's name, and folding 2,300 names per look-up would cost milliseconds.
    static INDEX: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = HashMap::new();
        // The first language and the first code that give a name keep it, as a search in
        // `Language::ALL`'s order would find them.
        for lang in Language::ALL {
            for (code, s) in catalogue(lang) {
                for name in [&s.short, &s.formal] {
                    index.entry(fold(name)).or_insert(code.as_str());
                }
            }
        }
        index
    });
    let folded = fold(typed);
    if folded.is_empty() {
        return None;
    }
    index.get(&folded).copied()
}

/// The short name of the Member State with this ISO 3166-1 alpha-3 code (upper case) in
/// `lang`, when it is one.
pub fn member_state_name(code: &str, lang: Language) -> Option<&'static str> {
    catalogue(lang).get(code).map(|s| s.short.as_str())
}

/// A name ready for running text in one language: its short form for lists and headings, its
/// formal form with its article for sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameInText {
    pub language: Language,
    pub short: String,
    pub formal: String,
    /// "the", "le", "la", "les", "el", "la", "los", "las", or empty.
    pub article: String,
}

impl NameInText {
    /// The name of a State in `lang`: the campaign's own words for it when it has some, else
    /// the UN's, else the name as typed with the article its first words call for.
    pub fn state(typed: &str, lang: Language, custom: &[CustomName]) -> NameInText {
        if let Some(own) = own_words(typed, lang, custom) {
            return own;
        }
        if let Some(s) = member_state_code(typed).and_then(|code| catalogue(lang).get(code)) {
            return NameInText {
                language: lang,
                short: s.short.clone(),
                formal: s.formal.clone(),
                article: s.article.clone(),
            };
        }
        NameInText::as_typed(typed, lang, STATE_HEADS, false)
    }

    /// The organisation's name in `lang`: its own words when the campaign wrote them, else
    /// the name as typed with the article its first words call for ("Meridia Coalition for
    /// Justice" takes "the" in English).
    pub fn organisation(name: &str, lang: Language, custom: &[CustomName]) -> NameInText {
        own_words(name, lang, custom)
            .unwrap_or_else(|| NameInText::as_typed(name, lang, ORGANISATION_HEADS, true))
    }

    fn as_typed(typed: &str, lang: Language, heads: &[Head], any_word: bool) -> NameInText {
        let name = typed.trim().to_string();
        NameInText {
            language: lang,
            article: guessed_article(&name, lang, heads, any_word).to_string(),
            short: name.clone(),
            formal: name,
        }
    }

    /// As the subject or object of a sentence: "the Republic of Meridia", "la Norvège",
    /// "l’Ukraine", "el Reino de Noruega", "Canada".
    pub fn in_text(&self) -> String {
        match (self.language, self.article.as_str()) {
            (_, "") => self.formal.clone(),
            (Language::Fr, "le" | "la") if elides(&self.formal) => format!("l’{}", self.formal),
            (_, article) => format!("{article} {}", self.formal),
        }
    }

    /// At the start of a sentence: "The Republic of Meridia", "La Norvège".
    pub fn at_sentence_start(&self) -> String {
        capitalised(&self.in_text())
    }

    /// After "of": "of the Republic of Meridia", "de la Norvège", "du Mexique", "des
    /// Pays-Bas", "de l’Ukraine", "d’Israël", "del Reino Unido", "de Noruega".
    pub fn of(&self) -> String {
        match self.language {
            Language::En => format!("of {}", self.in_text()),
            Language::Fr => self.after_french("de", "du", "des", "d’"),
            Language::Es => self.after_spanish("de", "del"),
            // No articles to contract, and Russian declines the name itself: the catalogues
            // of these languages word their sentences around the bare name.
            Language::Ar | Language::Ru | Language::Zh => self.in_text(),
        }
    }

    /// After "to": "to the Republic of Meridia", "à la Norvège", "au Mexique", "aux
    /// Pays-Bas", "à l’Ukraine", "al Reino Unido", "a Noruega".
    pub fn to(&self) -> String {
        match self.language {
            Language::En => format!("to {}", self.in_text()),
            Language::Fr => self.after_french("à", "au", "aux", "à "),
            Language::Es => self.after_spanish("a", "al"),
            Language::Ar | Language::Ru | Language::Zh => self.in_text(),
        }
    }

    /// `preposition` before the name, contracted with "le" (`with_le`) and "les"
    /// (`with_les`), elided before a vowel when the name has no article (`elided`).
    fn after_french(
        &self,
        preposition: &str,
        with_le: &str,
        with_les: &str,
        elided: &str,
    ) -> String {
        match self.article.as_str() {
            "le" | "la" if elides(&self.formal) => format!("{preposition} l’{}", self.formal),
            "le" => format!("{with_le} {}", self.formal),
            "les" => format!("{with_les} {}", self.formal),
            "" if elides(&self.formal) => format!("{elided}{}", self.formal),
            _ => format!("{preposition} {}", self.in_text()),
        }
    }

    /// `preposition` before the name, contracted with "el" (`with_el`).
    fn after_spanish(&self, preposition: &str, with_el: &str) -> String {
        match self.article.as_str() {
            "el" => format!("{with_el} {}", self.formal),
            _ => format!("{preposition} {}", self.in_text()),
        }
    }
}

/// The campaign's own words for `typed` in `lang`, if it wrote them.
fn own_words(typed: &str, lang: Language, custom: &[CustomName]) -> Option<NameInText> {
    let folded = fold(typed);
    custom
        .iter()
        .find(|c| c.language == lang && fold(&c.typed) == folded)
        .map(|c| NameInText {
            language: lang,
            short: non_empty_or(&c.short, typed),
            formal: non_empty_or(&c.formal, typed),
            article: c.article.trim().to_string(),
        })
}

fn non_empty_or(text: &str, otherwise: &str) -> String {
    if text.trim().is_empty() {
        otherwise.trim().to_string()
    } else {
        text.trim().to_string()
    }
}

/// Whether French elides before `word`: a vowel, or the mute h of Haïti (the h of Hongrie
/// and Honduras is aspirated: la Hongrie, le Honduras).
fn elides(word: &str) -> bool {
    let first = fold(word).chars().next();
    matches!(first, Some('a' | 'e' | 'i' | 'o' | 'u' | 'y')) || fold(word).starts_with("haiti")
}

/// The text with its first letter in upper case (a line or a sentence starts with it).
pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A word that calls for an article in one language, with the article.
type Head = (Language, &'static str, &'static str);

/// The first words of a State's name that call for an article, by language, with it.
const STATE_HEADS: &[Head] = &[
    (Language::En, "republic", "the"),
    (Language::En, "kingdom", "the"),
    (Language::En, "state", "the"),
    (Language::En, "states", "the"),
    (Language::En, "federation", "the"),
    (Language::En, "union", "the"),
    (Language::En, "principality", "the"),
    (Language::En, "commonwealth", "the"),
    (Language::En, "united", "the"),
    (Language::En, "islamic", "the"),
    (Language::En, "democratic", "the"),
    (Language::En, "federal", "the"),
    (Language::En, "plurinational", "the"),
    (Language::Fr, "republique", "la"),
    (Language::Fr, "royaume", "le"),
    (Language::Fr, "etat", "le"),
    (Language::Fr, "etats", "les"),
    (Language::Fr, "federation", "la"),
    (Language::Fr, "union", "la"),
    (Language::Fr, "principaute", "la"),
    (Language::Fr, "iles", "les"),
    (Language::Es, "republica", "la"),
    (Language::Es, "reino", "el"),
    (Language::Es, "estado", "el"),
    (Language::Es, "estados", "los"),
    (Language::Es, "federacion", "la"),
    (Language::Es, "union", "la"),
    (Language::Es, "principado", "el"),
    (Language::Es, "islas", "las"),
];

/// Words of an organisation's name that make it a common noun with an article in running
/// text ("the Meridia Coalition", "la Coalition méridienne", "la Coalición de Meridia").
const ORGANISATION_HEADS: &[Head] = &[
    (Language::En, "coalition", "the"),
    (Language::En, "network", "the"),
    (Language::En, "association", "the"),
    (Language::En, "alliance", "the"),
    (Language::En, "league", "the"),
    (Language::En, "centre", "the"),
    (Language::En, "center", "the"),
    (Language::En, "federation", "the"),
    (Language::En, "union", "the"),
    (Language::En, "institute", "the"),
    (Language::En, "foundation", "the"),
    (Language::En, "committee", "the"),
    (Language::En, "council", "the"),
    (Language::En, "forum", "the"),
    (Language::En, "society", "the"),
    (Language::En, "platform", "the"),
    (Language::Fr, "coalition", "la"),
    (Language::Fr, "reseau", "le"),
    (Language::Fr, "association", "la"),
    (Language::Fr, "alliance", "la"),
    (Language::Fr, "ligue", "la"),
    (Language::Fr, "centre", "le"),
    (Language::Fr, "federation", "la"),
    (Language::Fr, "union", "la"),
    (Language::Fr, "institut", "le"),
    (Language::Fr, "fondation", "la"),
    (Language::Fr, "comite", "le"),
    (Language::Fr, "collectif", "le"),
    (Language::Fr, "observatoire", "le"),
    (Language::Fr, "plateforme", "la"),
    (Language::Es, "coalicion", "la"),
    (Language::Es, "red", "la"),
    (Language::Es, "asociacion", "la"),
    (Language::Es, "alianza", "la"),
    (Language::Es, "liga", "la"),
    (Language::Es, "centro", "el"),
    (Language::Es, "federacion", "la"),
    (Language::Es, "union", "la"),
    (Language::Es, "instituto", "el"),
    (Language::Es, "fundacion", "la"),
    (Language::Es, "comite", "el"),
    (Language::Es, "colectivo", "el"),
    (Language::Es, "observatorio", "el"),
    (Language::Es, "plataforma", "la"),
];

/// The article a name as typed takes in `lang`: a State's by its first word ("Republic of
/// Meridia"), an organisation's by any of its words in English ("Meridia Coalition"), by its
/// first word in French and Spanish, where the head noun comes first. A name that starts
/// with an article already, or that nothing matches, takes none.
fn guessed_article(name: &str, lang: Language, heads: &[Head], any_word: bool) -> &'static str {
    let folded = fold(name);
    let words: Vec<&str> = folded.split(' ').collect();
    let already = ["the", "le", "la", "les", "l", "el", "los", "las"];
    if words.first().is_some_and(|w| already.contains(w)) {
        return "";
    }
    let candidates: &[&str] = if any_word && lang == Language::En {
        &words
    } else {
        &words[..words.len().min(1)]
    };
    heads
        .iter()
        .find(|(l, head, _)| *l == lang && candidates.contains(head))
        .map(|(_, _, article)| *article)
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(typed: &str, lang: Language) -> NameInText {
        NameInText::state(typed, lang, &[])
    }

    #[test]
    fn every_catalogue_holds_the_193_member_states() {
        for lang in Language::ALL {
            let c = catalogue(lang);
            assert_eq!(c.len(), 193, "{lang:?}");
            for (code, s) in c {
                assert_eq!(code.len(), 3, "{code}");
                assert!(
                    !s.short.trim().is_empty() && !s.formal.trim().is_empty(),
                    "{code}"
                );
                let allowed: &[&str] = match lang {
                    Language::En => &["", "the"],
                    Language::Fr => &["", "le", "la", "les"],
                    Language::Es => &["", "el", "la", "los", "las"],
                    Language::Ar | Language::Ru | Language::Zh => &[""],
                };
                assert!(allowed.contains(&s.article.as_str()), "{lang:?} {code}");
            }
            // The same States in every language.
            assert!(c.keys().eq(catalogue(Language::En).keys()));
        }
    }

    #[test]
    fn every_name_of_the_window_list_is_a_member_state() {
        let list = include_str!("../../../ui/src/state/memberStates.ts");
        // The list's array, up to its end (the file then maps the same names to codes).
        let names: Vec<&str> = list
            .lines()
            .take_while(|l| !l.starts_with("];"))
            .filter_map(|l| l.trim().strip_prefix('"')?.strip_suffix("\","))
            .collect();
        assert_eq!(names.len(), 193);
        for name in names {
            assert!(member_state_code(name).is_some(), "{name}");
        }
    }

    #[test]
    fn english_puts_the_before_a_formal_name_that_takes_it() {
        assert_eq!(
            state("Norway", Language::En).in_text(),
            "the Kingdom of Norway"
        );
        assert_eq!(state("Canada", Language::En).in_text(), "Canada");
        assert_eq!(
            state("Republic of Meridia", Language::En).in_text(),
            "the Republic of Meridia"
        );
        assert_eq!(
            state("Republic of Meridia", Language::En).at_sentence_start(),
            "The Republic of Meridia"
        );
        assert_eq!(
            state("Mexico", Language::En).of(),
            "of the United Mexican States"
        );
        assert_eq!(state("Japan", Language::En).to(), "to Japan");
        assert_eq!(state("Norway", Language::En).short, "Norway");
    }

    #[test]
    fn french_elides_and_contracts() {
        let fr = Language::Fr;
        assert_eq!(state("Norway", fr).in_text(), "le Royaume de Norvège");
        assert_eq!(state("Norway", fr).to(), "au Royaume de Norvège");
        assert_eq!(state("Norway", fr).of(), "du Royaume de Norvège");
        assert_eq!(state("Ukraine", fr).in_text(), "l’Ukraine");
        assert_eq!(state("Ukraine", fr).of(), "de l’Ukraine");
        assert_eq!(state("Ukraine", fr).to(), "à l’Ukraine");
        assert_eq!(state("Israel", fr).in_text(), "l’État d’Israël");
        assert_eq!(state("Israel", fr).of(), "de l’État d’Israël");
        assert_eq!(state("Hungary", fr).in_text(), "la Hongrie");
        assert_eq!(state("Hungary", fr).of(), "de la Hongrie");
        assert_eq!(state("Japan", fr).of(), "du Japon");
        assert_eq!(
            state("United States of America", fr).of(),
            "des États-Unis d’Amérique"
        );
        assert_eq!(
            state("United States of America", fr).to(),
            "aux États-Unis d’Amérique"
        );
        assert_eq!(state("Mexico", fr).in_text(), "les États-Unis du Mexique");
        assert_eq!(state("Saint Lucia", fr).to(), "à Sainte-Lucie");
        assert_eq!(
            state("Antigua and Barbuda", fr).of(),
            "d’Antigua-et-Barbuda"
        );
        assert_eq!(state("Haiti", fr).in_text(), "la République d’Haïti");
    }

    #[test]
    fn spanish_contracts_a_and_de_with_el() {
        let es = Language::Es;
        assert_eq!(state("Norway", es).in_text(), "el Reino de Noruega");
        assert_eq!(state("Norway", es).to(), "al Reino de Noruega");
        assert_eq!(state("Norway", es).of(), "del Reino de Noruega");
        assert_eq!(
            state("Sierra Leone", es).to(),
            "a la República de Sierra Leona"
        );
        assert_eq!(state("Japan", es).of(), "del Japón");
        assert_eq!(state("Hungary", es).to(), "a Hungría");
        assert_eq!(
            state("Bolivia (Plurinational State of)", es).in_text(),
            "el Estado Plurinacional de Bolivia"
        );
        assert_eq!(
            state("United States of America", es).of(),
            "de los Estados Unidos de América"
        );
    }

    #[test]
    fn a_name_is_found_however_it_was_typed() {
        assert_eq!(member_state_code("cote d'ivoire"), Some("CIV"));
        assert_eq!(member_state_code("Royaume de Norvège"), Some("NOR"));
        assert_eq!(member_state_code("Estados Unidos de América"), Some("USA"));
        assert_eq!(member_state_code("Meridia"), None);
        assert_eq!(member_state_code(""), None);
    }

    #[test]
    fn the_campaign_s_own_words_come_first() {
        let own = |lang, formal: &str, article: &str| CustomName {
            typed: "Kandoré".into(),
            language: lang,
            short: String::new(),
            formal: formal.into(),
            article: article.into(),
        };
        let custom = vec![
            own(Language::Fr, "République du Kandoré", "la"),
            own(Language::Es, "Estado Plurinacional de Valdoria", "el"),
            own(Language::En, "Republic of Kandore", "the"),
        ];
        let fr = NameInText::state("kandore", Language::Fr, &custom);
        assert_eq!(fr.in_text(), "la République du Kandoré");
        assert_eq!(fr.of(), "de la République du Kandoré");
        assert_eq!(fr.short, "kandore");
        let es = NameInText::state("Kandoré", Language::Es, &custom);
        assert_eq!(es.to(), "al Estado Plurinacional de Valdoria");
        // Own words override the UN's too (a disputed name).
        let mut disputed = own(Language::En, "Kingdom of the North", "the");
        disputed.typed = "Norway".into();
        assert_eq!(
            NameInText::state("Norway", Language::En, &[disputed]).in_text(),
            "the Kingdom of the North"
        );
    }

    #[test]
    fn an_organisation_takes_the_article_of_its_head_noun() {
        let org = |name, lang| NameInText::organisation(name, lang, &[]);
        assert_eq!(
            org("Meridia Coalition for Justice", Language::En).at_sentence_start(),
            "The Meridia Coalition for Justice"
        );
        assert_eq!(
            org("Amnesty International", Language::En).in_text(),
            "Amnesty International"
        );
        assert_eq!(
            org("The Meridia Coalition", Language::En).in_text(),
            "The Meridia Coalition"
        );
        assert_eq!(
            org("Coalition méridienne", Language::Fr).of(),
            "de la Coalition méridienne"
        );
        assert_eq!(
            org("Observatoire des droits", Language::Fr).in_text(),
            "l’Observatoire des droits"
        );
        assert_eq!(
            org("Centro de Derechos", Language::Es).of(),
            "del Centro de Derechos"
        );
    }
}
