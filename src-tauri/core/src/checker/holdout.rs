//! The rows kept out of the shipped model so that a test can measure it on recommendations it
//! has never seen: the rows of `tests/data/upr-info-excerpt.csv`, and every other row with the
//! same text. The model file records a fingerprint of those texts; the test checks it.

use super::features::words;

/// The provenance line of a model file that holds the fingerprint.
pub const FINGERPRINT_LABEL: &str = "held-out fingerprint:";

/// A text as compared for sameness: its words, lower-cased, one space apart (so that
/// punctuation, case and spacing do not make two copies of a recommendation differ).
pub fn same_text_key(text: &str) -> String {
    words(text)
        .into_iter()
        .map(|w| w.lower)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A fingerprint of a set of texts (FNV-1a over their sorted, distinct keys): the same texts
/// in any order give the same fingerprint.
pub fn fingerprint<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    let mut keys: Vec<String> = texts.into_iter().map(same_text_key).collect();
    keys.sort();
    keys.dedup();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for key in &keys {
        for b in key.bytes().chain(std::iter::once(b'\n')) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x} ({} texts)", keys.len())
}

/// The fingerprint a model file records, if any.
pub fn recorded_fingerprint(provenance: &[String]) -> Option<&str> {
    provenance
        .iter()
        .find_map(|line| line.strip_prefix(FINGERPRINT_LABEL))
        .map(str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_ignores_order_case_and_punctuation_but_not_words() {
        let a = fingerprint(["Ratify CAT.", "Consider it"]);
        assert_eq!(a, fingerprint(["consider it", "ratify  cat"]));
        assert_ne!(a, fingerprint(["Ratify CAT", "Consider them"]));
        assert!(a.ends_with("(2 texts)"));
    }
}
