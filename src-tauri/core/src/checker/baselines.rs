//! The two baselines the checker must beat, trained like it on the training rows only: the
//! first word's majority category, and a plain linear model (multinomial naive Bayes) on the
//! first three words.

use std::collections::HashMap;

use crate::model::ActionCategory;

use super::features::words;

/// How many opening words the naive Bayes baseline reads.
const NAIVE_BAYES_WORDS: usize = 3;

fn first_word(text: &str) -> String {
    words(text)
        .into_iter()
        .next()
        .map(|w| w.lower)
        .unwrap_or_default()
}

fn index(c: ActionCategory) -> usize {
    c.number() as usize - 1
}

fn category(k: usize) -> ActionCategory {
    ActionCategory::ALL[k]
}

fn argmax(v: &[f64; 5]) -> usize {
    (0..5).fold(0, |best, k| if v[k] > v[best] { k } else { best })
}

/// Each first word gets the category most often coded for it; an unseen first word gets the
/// most frequent category overall.
pub struct FirstWordMajority {
    by_word: HashMap<String, ActionCategory>,
    overall: ActionCategory,
}

impl FirstWordMajority {
    pub fn train(rows: &[(&str, ActionCategory)]) -> Self {
        let mut counts: HashMap<String, [f64; 5]> = HashMap::new();
        let mut all = [0f64; 5];
        for (text, c) in rows {
            counts.entry(first_word(text)).or_default()[index(*c)] += 1.0;
            all[index(*c)] += 1.0;
        }
        FirstWordMajority {
            by_word: counts
                .into_iter()
                .map(|(w, n)| (w, category(argmax(&n))))
                .collect(),
            overall: category(argmax(&all)),
        }
    }

    pub fn classify(&self, text: &str) -> ActionCategory {
        *self.by_word.get(&first_word(text)).unwrap_or(&self.overall)
    }
}

/// Multinomial naive Bayes over the first words, each with its position ("1:take",
/// "2:measures"), add-one smoothing: a linear model in log space.
pub struct OpeningNaiveBayes {
    log_prior: [f64; 5],
    log_likelihood: HashMap<String, [f64; 5]>,
    log_unseen: [f64; 5],
}

fn opening_tokens(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .take(NAIVE_BAYES_WORDS)
        .enumerate()
        .map(|(i, w)| format!("{}:{}", i + 1, w.lower))
        .collect()
}

impl OpeningNaiveBayes {
    pub fn train(rows: &[(&str, ActionCategory)]) -> Self {
        let mut prior = [0f64; 5];
        let mut counts: HashMap<String, [f64; 5]> = HashMap::new();
        let mut totals = [0f64; 5];
        for (text, c) in rows {
            let k = index(*c);
            prior[k] += 1.0;
            for t in opening_tokens(text) {
                counts.entry(t).or_default()[k] += 1.0;
                totals[k] += 1.0;
            }
        }
        let vocabulary = counts.len() as f64 + 1.0;
        let n = rows.len().max(1) as f64;
        // Add-one smoothing; a category never seen keeps a tiny prior rather than log(0).
        let log_prior = prior.map(|p| ((p + 1e-3) / n).ln());
        let mut log_unseen = [0f64; 5];
        for k in 0..5 {
            log_unseen[k] = (1.0 / (totals[k] + vocabulary)).ln();
        }
        let log_likelihood = counts
            .into_iter()
            .map(|(t, c)| {
                let mut l = [0f64; 5];
                for k in 0..5 {
                    l[k] = ((c[k] + 1.0) / (totals[k] + vocabulary)).ln();
                }
                (t, l)
            })
            .collect();
        OpeningNaiveBayes {
            log_prior,
            log_likelihood,
            log_unseen,
        }
    }

    pub fn classify(&self, text: &str) -> ActionCategory {
        let mut s = self.log_prior;
        for t in opening_tokens(text) {
            let l = self.log_likelihood.get(&t).unwrap_or(&self.log_unseen);
            for k in 0..5 {
                s[k] += l[k];
            }
        }
        category(argmax(&s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ActionCategory::*;

    const ROWS: [(&str, ActionCategory); 5] = [
        ("Adopt measures to protect children", General),
        ("Adopt measures against torture", General),
        ("Adopt a law on torture", Specific),
        ("Continue its efforts", Continuing),
        ("Ratify the Convention", Specific),
    ];

    #[test]
    fn the_first_word_baseline_cannot_tell_measures_from_a_law() {
        let b = FirstWordMajority::train(&ROWS);
        assert_eq!(b.classify("Adopt a law on trafficking"), General);
        assert_eq!(b.classify("continue to cooperate"), Continuing);
        // Unseen first word: the most frequent category of the training rows.
        assert_eq!(b.classify("Eradicate poverty"), General);
    }

    #[test]
    fn naive_bayes_reads_the_second_and_third_words() {
        let b = OpeningNaiveBayes::train(&ROWS);
        assert_eq!(b.classify("Adopt a law against trafficking"), Specific);
        assert_eq!(b.classify("Adopt measures to end trafficking"), General);
    }
}
