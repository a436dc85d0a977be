//! The baselines the checker must beat, trained like it on the training rows only: the first
//! word's majority category, a plain linear model (multinomial naive Bayes) on the first three
//! words, and a strong linear model (logistic regression) over the word and character n-grams
//! of the whole text, which knows nothing of verbs, clauses or means.

use std::collections::{HashMap, HashSet};

use crate::model::ActionCategory;

use super::features::{words, Feature};
use super::model::{Model, TrainingOptions};

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

/// The longest word n-gram of the n-gram baseline.
const NGRAM_WORDS: usize = 2;
/// The shortest and longest character n-grams, read inside each word padded with a space on
/// both sides (" law ", so that a word's start and end are their own n-grams).
const NGRAM_CHARS: (usize, usize) = (2, 5);

/// Logistic regression over the text's word 1–2-grams and the character 2–5-grams of its
/// words, each counted once per text; trained like the checker's model (same optimiser, same
/// settings), so that what the checker adds is its reading of the text, not its training.
pub struct NgramLogistic {
    model: Model,
}

fn ngram_features(text: &str) -> Vec<Feature> {
    let lower: Vec<String> = words(text).into_iter().map(|w| w.lower).collect();
    let mut names: HashSet<String> = HashSet::new();
    for n in 1..=NGRAM_WORDS {
        for gram in lower.windows(n) {
            names.insert(format!("w{n}={}", gram.join(" ")));
        }
    }
    for word in &lower {
        let padded: Vec<char> = format!(" {word} ").chars().collect();
        for n in NGRAM_CHARS.0..=NGRAM_CHARS.1 {
            for gram in padded.windows(n) {
                names.insert(format!("c={}", gram.iter().collect::<String>()));
            }
        }
    }
    let mut names: Vec<String> = names.into_iter().collect();
    // A stable order: the training visits features in it.
    names.sort_unstable();
    names
        .into_iter()
        .map(|name| Feature { name, words: None })
        .collect()
}

/// The length every text's vector of n-grams is scaled to, so that a long text does not
/// outvote a short one by its number of n-grams alone. Not 1: the trainer keeps weights to two
/// decimals, and at length 1 the many small weights of the n-grams would round to nothing.
const NGRAM_VECTOR_LENGTH: f64 = 10.0;

/// The value of each of a text's n-grams that gives their vector [`NGRAM_VECTOR_LENGTH`].
fn unit_length(features: &[Feature]) -> f64 {
    NGRAM_VECTOR_LENGTH / (features.len().max(1) as f64).sqrt()
}

impl NgramLogistic {
    /// Its training settings: a larger vector length and every weight kept, so that the
    /// many small weights of its n-grams survive the two decimals (README: the two settings
    /// run on the dev sessions).
    pub fn options() -> TrainingOptions {
        TrainingOptions {
            l2: 1e-4,
            learning_rate: 0.1,
            min_weight: 0.0,
            // Every row counts the same: the baseline the issue names, without the checker's
            // weighting of recent sessions.
            recency_half_life: 0.0,
            ..TrainingOptions::default()
        }
    }

    pub fn train(rows: &[(&str, ActionCategory, f64)], options: &TrainingOptions) -> Self {
        let features: Vec<Vec<Feature>> = rows.iter().map(|r| ngram_features(r.0)).collect();
        NgramLogistic {
            model: Model::train_rows(&features, rows, unit_length, options),
        }
    }

    pub fn classify(&self, text: &str) -> ActionCategory {
        let features = ngram_features(text);
        let s = self
            .model
            .scaled_scores(&features, unit_length(&features) as f32);
        category((0..5).fold(0, |best, k| if s[k] > s[best] { k } else { best }))
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
    fn the_ngram_model_reads_words_and_pieces_of_words() {
        let rows: Vec<(&str, ActionCategory, f64)> =
            ROWS.iter().map(|&(t, c)| (t, c, 1.0)).collect();
        let b = NgramLogistic::train(&rows, &NgramLogistic::options());
        assert_eq!(b.classify("Adopt a law on torture"), Specific);
        assert_eq!(b.classify("Continue its efforts"), Continuing);
        // "Ratifies" shares most of its character n-grams with "Ratify".
        assert_eq!(b.classify("Ratifies the Convention"), Specific);
    }

    #[test]
    fn naive_bayes_reads_the_second_and_third_words() {
        let b = OpeningNaiveBayes::train(&ROWS);
        assert_eq!(b.classify("Adopt a law against trafficking"), Specific);
        assert_eq!(b.classify("Adopt measures to end trafficking"), General);
    }
}
