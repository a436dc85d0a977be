//! The wording's sentences with names in them: a State or the organisation goes into running
//! text with its article, contracted with the preposition before it. A catalogue sentence
//! chooses the form by its placeholder — `{state}` ("the Kingdom of Norway", « le Royaume de
//! Norvège »), `{state_start}` at the start of a sentence, `{of_state}` (« du Royaume de
//! Norvège »), `{to_state}` (« au Royaume de Norvège », "al Reino de Noruega") — and the same
//! four for `organisation`.

use crate::names_in_text::NameInText;
use crate::wording::fill;

/// Fills `pattern` with the names in their four forms, under their names ("state",
/// "organisation"…), and the other `values` as written.
pub(super) fn fill_names(
    pattern: &str,
    names: &[(&str, &NameInText)],
    values: &[(&str, &str)],
) -> String {
    let mut owned: Vec<(String, String)> = Vec::new();
    for (key, name) in names {
        owned.push((key.to_string(), name.in_text()));
        owned.push((format!("{key}_start"), name.at_sentence_start()));
        owned.push((format!("of_{key}"), name.of()));
        owned.push((format!("to_{key}"), name.to()));
    }
    let mut all: Vec<(&str, &str)> = owned
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    all.extend_from_slice(values);
    fill(pattern, &all)
}
