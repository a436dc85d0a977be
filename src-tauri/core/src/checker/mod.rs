//! The recommendation strength checker: gives a recommendation's action category on the
//! McMahon scale (1 minimal … 5 specific), quotes the words that decided it, and for
//! categories 1–4 suggests how to make it a concrete measure.
//!
//! It runs offline on a small model learnt from UPR Info's coded recommendations of sessions
//! 1–13, the newer sessions weighing more (`assets/checker/model.tsv`, built by
//! `examples/build_checker.rs`, measured by `examples/evaluate_checker.rs` on sessions newer
//! than those each model was built on): a linear model over the words that open the main clause,
//! the action verb paired with what follows it and with the rest of the text, and the words of
//! the whole text, since the verb alone is not enough ("adopt measures" is general action,
//! "adopt a law" specific).
//!
//! ```
//! use upr_core::checker::classify;
//! use upr_core::model::ActionCategory;
//!
//! let c = classify("Take all necessary measures to protect journalists").unwrap();
//! assert_eq!(c.category, ActionCategory::General);
//! assert!(c.suggestion.is_some());
//! ```

pub mod baselines;
pub mod batch;
pub mod coded;
pub mod evaluation;
pub mod features;
pub mod holdout;
pub mod model;
mod strongest;
pub mod suggestion;

use std::sync::OnceLock;

use serde::Serialize;
use ts_rs::TS;

use crate::model::ActionCategory;
use crate::{Error, Result};

pub use batch::{classify_lines, line_for};
pub use coded::CodedRecommendation;
pub use model::TrainingOptions;
pub use strongest::strongest;
pub use suggestion::{Suggestion, SuggestionKey};

use features::{Feature, Word};
use model::{Model, CATEGORIES};

/// The model that ships with the app, `assets/checker/model.tsv` compressed by `build.rs`
/// (zlib): both programs embed it, and it is a third of the size so.
const SHIPPED_MODEL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/checker-model.tsv.zlib"));

/// At most this many phrases are quoted as the reason.
const REASON_PHRASES: usize = 3;
/// A phrase is quoted only if it weighs at least this share of the strongest one.
const REASON_SHARE: f32 = 0.5;

/// What the checker found for one recommendation.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Classification {
    pub category: ActionCategory,
    /// The model's probability for that category, 0 to 1.
    pub confidence: f32,
    /// The words that decided it, quoted from the text, in the text's order.
    pub decided_by: Vec<String>,
    /// How to make it specific; `None` for category 5.
    pub suggestion: Option<Suggestion>,
    /// The same quotations as `decided_by`, each with the part of the recommendation it is, so
    /// that the window can say why in a person's words ("it asks to “adopt a law”, and it
    /// mentions “budget”") in its own language.
    pub because: Vec<Reason>,
}

/// One quotation that decided the category, and what it is in the recommendation.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Reason {
    pub phrase: String,
    pub part: ReasonPart,
}

/// What a quoted phrase is in the recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReasonPart {
    /// The action asked: the opening of the main clause, its verb and what follows it.
    Action,
    /// The means the action names ("including by adopting a law").
    Means,
    /// A word elsewhere in the text.
    Word,
}

impl ReasonPart {
    /// The part a feature quotes, from its name (see `features.rs`).
    fn of(feature: &str) -> ReasonPart {
        if feature.starts_with("mh=") {
            ReasonPart::Means
        } else if feature.starts_with("w=") || feature.starts_with("e=") {
            ReasonPart::Word
        } else {
            ReasonPart::Action
        }
    }
}

impl Classification {
    /// The quoted words, as one line: `"Take all necessary measures", "protect"`.
    pub fn reason(&self) -> String {
        self.decided_by
            .iter()
            .map(|q| format!("\"{q}\""))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A trained checker: the shipped one (see [`classify`]) or one built from other rows.
#[derive(Debug, Clone)]
pub struct Checker {
    model: Model,
}

/// The text of the shipped model, inflated from what `build.rs` embedded. An embedded stream
/// that does not inflate gives no text, which `Model::from_text` refuses (its first line is
/// missing) and the tests catch.
fn shipped_model_text() -> String {
    use std::io::Read;
    let mut text = String::new();
    match flate2::read::ZlibDecoder::new(SHIPPED_MODEL).read_to_string(&mut text) {
        Ok(_) => text,
        Err(_) => String::new(),
    }
}

impl Checker {
    /// The checker that ships with the app.
    pub fn shipped() -> &'static Checker {
        static SHIPPED: OnceLock<Checker> = OnceLock::new();
        SHIPPED.get_or_init(|| Checker {
            // The embedded file is checked by the test `the_shipped_model_loads_and_was_not_built_on_the_excerpt`;
            // a damaged file cannot pass the test suite, so this cannot fail in a build that did.
            model: Model::from_text(&shipped_model_text())
                .expect("the shipped checker model is valid"),
        })
    }

    /// Learns a checker from coded recommendations, and from nothing else, every row counting
    /// the same.
    pub fn build(rows: &[(&str, ActionCategory)], options: &TrainingOptions) -> Checker {
        let weighted: Vec<(&str, ActionCategory, f64)> =
            rows.iter().map(|&(text, c)| (text, c, 1.0)).collect();
        Checker::build_weighted(&weighted, options)
    }

    /// Learns a checker from coded recommendations of known sessions, the newer ones counting
    /// more when `options.recency_half_life` says so: the language of recommendations drifts,
    /// and the checker is used on recommendations newer than any it learnt from.
    pub fn learn(rows: &[CodedRecommendation], options: &TrainingOptions) -> Checker {
        let newest = rows.iter().map(|r| r.session).max().unwrap_or(0);
        let weighted: Vec<(&str, ActionCategory, f64)> = rows
            .iter()
            .map(|r| {
                (
                    r.text.as_str(),
                    r.category,
                    options.row_weight(newest - r.session),
                )
            })
            .collect();
        Checker::build_weighted(&weighted, options)
    }

    /// Learns a checker from rows that each carry how much they count.
    fn build_weighted(rows: &[(&str, ActionCategory, f64)], options: &TrainingOptions) -> Checker {
        let words: Vec<Vec<Word>> = rows
            .iter()
            .map(|(text, _, _)| features::words(text))
            .collect();
        let verbs = features::Verbs::learn(words.iter().map(Vec::as_slice));
        let features: Vec<Vec<Feature>> = words
            .iter()
            .map(|w| features::features(w, &verbs))
            .collect();
        let mut model = Model::train_rows(&features, rows, |_| 1.0, options);
        model.verbs = verbs;
        Checker { model }
    }

    /// Reads a checker from its file (see [`Checker::to_text`]).
    pub fn from_text(text: &str) -> Result<Checker> {
        Ok(Checker {
            model: Model::from_text(text)?,
        })
    }

    /// The checker as a model file, with `provenance` lines saying how it was built.
    pub fn to_text(&self, provenance: &[String]) -> String {
        let mut model = self.model.clone();
        model.provenance = provenance.to_vec();
        model.to_text()
    }

    /// The notes the model file keeps about how it was built.
    pub fn provenance(&self) -> &[String] {
        &self.model.provenance
    }

    /// How many features carry weight (a measure of the model's size).
    pub fn feature_count(&self) -> usize {
        self.model.weights.len()
    }

    /// Classifies one recommendation. A text without a single word is refused.
    pub fn classify(&self, text: &str) -> Result<Classification> {
        let words = features::words(text);
        if words.is_empty() {
            return Err(Error::invalid(
                "recommendation",
                "it has no words to classify; write the recommendation's text",
            ));
        }
        let features = features::features(&words, &self.model.verbs);
        let p = self.model.probabilities(&features);
        let mut ranked: Vec<usize> = (0..CATEGORIES).collect();
        ranked.sort_by(|&a, &b| p[b].total_cmp(&p[a]));
        let (best, runner_up) = (ranked[0], ranked[1]);
        let category = ActionCategory::ALL[best];

        // A feature's share in the decision: how much more it weighs for the category found
        // than for the next most likely one.
        let weigh = |f: &Feature| {
            self.model
                .weights
                .get(&f.name)
                .map_or(0.0, |w| w[best] - w[runner_up])
        };
        let mut quotable: Vec<(f32, (usize, usize), ReasonPart)> = features
            .iter()
            .filter_map(|f| {
                f.words
                    .map(|span| (weigh(f), span, ReasonPart::of(&f.name)))
            })
            .filter(|(weight, _, _)| *weight > 0.0)
            .collect();
        quotable.sort_by(|a, b| b.0.total_cmp(&a.0));
        let strongest = quotable.first().map_or(0.0, |q| q.0);
        let mut spans: Vec<((usize, usize), ReasonPart)> = quotable
            .iter()
            .take(REASON_PHRASES)
            .filter(|(weight, _, _)| *weight >= strongest * REASON_SHARE)
            .map(|(_, span, part)| (*span, *part))
            .collect();
        if spans.is_empty() {
            // Nothing stood out: the opening of the main clause is what was read.
            let main = features::main_clause_start(&words);
            spans.push(((main, (main + 1).min(words.len() - 1)), ReasonPart::Action));
        }
        let because: Vec<Reason> = merge(spans)
            .into_iter()
            .map(|(span, part)| Reason {
                phrase: quote(text, &words, span),
                part,
            })
            .collect();
        let decided_by = because.iter().map(|r| r.phrase.clone()).collect();

        let suggestion = SuggestionKey::for_category(category).map(|key| Suggestion {
            key,
            phrase: quote(
                text,
                &words,
                opening_to_replace(&features, &weigh, &words, &self.model.verbs),
            ),
        });
        Ok(Classification {
            category,
            confidence: p[best],
            decided_by,
            suggestion,
            because,
        })
    }
}

/// The opening words to replace: the longest opening n-gram ("Take all necessary measures")
/// that weighs for the category found, with a "to" that follows it; or the main clause's
/// first word. When the main clause opens with its subject ("Benin ensure …"), the action
/// verb itself.
fn opening_to_replace(
    features: &[Feature],
    weigh: &dyn Fn(&Feature) -> f32,
    words: &[Word],
    verbs: &features::Verbs,
) -> (usize, usize) {
    let main = features::main_clause_start(words);
    let verb = features::action_verb(words, verbs);
    if verb != main {
        return (verb, verb);
    }
    let (first, last) = features
        .iter()
        .filter(|f| features::is_opening(f) && weigh(f) > 0.0)
        .filter_map(|f| f.words)
        .max_by_key(|&(a, b)| b - a)
        .unwrap_or((main, main));
    match words.get(last + 1) {
        Some(next) if next.lower == "to" && !next.after_break => (first, last + 1),
        _ => (first, last),
    }
}

/// Joins overlapping and touching word ranges, in the text's order.
/// A merged quotation is the weightiest part it holds: an action before its means, a means
/// before a word.
fn merge(mut spans: Vec<((usize, usize), ReasonPart)>) -> Vec<((usize, usize), ReasonPart)> {
    spans.sort();
    let mut out: Vec<((usize, usize), ReasonPart)> = Vec::new();
    for ((a, b), part) in spans {
        match out.last_mut() {
            Some((last, kept)) if a <= last.1 + 1 => {
                last.1 = last.1.max(b);
                *kept = (*kept).min(part);
            }
            _ => out.push(((a, b), part)),
        }
    }
    out
}

/// The original words of a range, with any run of white space (tabs, line breaks) as one
/// space, so that a quote never breaks a line of output.
fn quote(text: &str, words: &[Word], (first, last): (usize, usize)) -> String {
    text[words[first].start..words[last].end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Classifies one recommendation with the shipped checker; see [`Checker::classify`].
pub fn classify(text: &str) -> Result<Classification> {
    Checker::shipped().classify(text)
}

#[cfg(test)]
mod tests;
