//! The checker's model: a multinomial logistic regression over the features of
//! `features.rs`, one weight per feature and category. Trained here (by the build script and by
//! the evaluation, always on the rows it is given and no others), written to and read from a
//! small text file that ships in `assets/checker/`.

use std::collections::HashMap;

use crate::model::ActionCategory;
use crate::{Error, Result};

use super::features::{Feature, Verbs};

/// The five categories in the order of the weights.
pub const CATEGORIES: usize = 5;

/// The first line of a model file.
const FORMAT_LINE: &str = "upr-kit action-category model 3";

/// Weights are written in hundredths, as whole numbers ("-12" for -0.12): the training keeps
/// two decimals, and whole numbers make the embedded file a third smaller than decimals.
const WEIGHT_UNITS: f32 = 100.0;

/// The label of the line that lists the action verbs.
const VERBS_LABEL: &str = "verbs";

/// How a model is trained. The first defaults were chosen on sessions 1–4 only (leave one
/// session out), before the figures on session 5 were looked at; `min_rows` went from 2 to 1
/// later, with all five sessions in view, and helped on sessions 1–4 alone as well.
/// `recency_half_life` was chosen on the dev sessions 8–11 (each tested with the model built
/// on the sessions before it) before sessions 12–13 were read: 3 gained 0.15 points with two
/// seeds, 6 less; other L2 penalties did not help there.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingOptions {
    /// Passes over the training rows.
    pub epochs: usize,
    /// AdaGrad's step size.
    pub learning_rate: f64,
    /// L2 penalty: keeps rare words from deciding alone.
    pub l2: f64,
    /// A feature seen in fewer training rows than this is left out (size). At 1 every feature
    /// is kept: a word met once still tells, and the L2 penalty keeps it from deciding alone.
    pub min_rows: usize,
    /// A feature whose weights are all smaller than this is dropped (it changes no decision
    /// but would make the file bigger).
    pub min_weight: f32,
    /// Seeds the order in which rows are visited, so a rebuild gives the same file.
    pub seed: u64,
    /// A row counts half as much for every this many sessions it is older than the newest
    /// training row (0: every row counts the same).
    pub recency_half_life: f64,
}

impl TrainingOptions {
    /// How much a row counts that is `age` sessions older than the newest training row.
    pub fn row_weight(&self, age: u32) -> f64 {
        if self.recency_half_life > 0.0 {
            0.5f64.powf(f64::from(age) / self.recency_half_life)
        } else {
            1.0
        }
    }
}

impl Default for TrainingOptions {
    fn default() -> Self {
        TrainingOptions {
            epochs: 20,
            learning_rate: 0.05,
            l2: 3e-3,
            min_rows: 1,
            min_weight: 0.05,
            seed: 0x5eed_u64,
            recency_half_life: 3.0,
        }
    }
}

/// A trained model: a bias and a weight vector per feature name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Model {
    pub bias: [f32; CATEGORIES],
    pub weights: HashMap<String, [f32; CATEGORIES]>,
    /// The action verbs the features were read with (learnt from the same rows).
    pub verbs: Verbs,
    /// Free-text lines about how the model was built (rows, hold-out), kept in the file.
    pub provenance: Vec<String>,
}

/// One training row: its features' names and its category.
pub struct Example<'a> {
    pub features: &'a [Feature],
    pub category: ActionCategory,
    /// How much the row counts (1 for an ordinary row; see `TrainingOptions::recency_half_life`).
    pub weight: f64,
    /// The value of each of its features (1 for the checker's own; the n-gram baseline gives
    /// a text's many n-grams a value that makes their vector's length 1).
    pub scale: f64,
}

impl Model {
    /// Scores per category (before the softmax).
    pub fn scores(&self, features: &[Feature]) -> [f32; CATEGORIES] {
        self.scaled_scores(features, 1.0)
    }

    /// Scores per category with every feature's value `scale` (see [`Example::scale`]).
    pub fn scaled_scores(&self, features: &[Feature], scale: f32) -> [f32; CATEGORIES] {
        let mut s = self.bias;
        for f in features {
            if let Some(w) = self.weights.get(&f.name) {
                for k in 0..CATEGORIES {
                    s[k] += scale * w[k];
                }
            }
        }
        s
    }

    /// The categories' probabilities.
    pub fn probabilities(&self, features: &[Feature]) -> [f32; CATEGORIES] {
        softmax(self.scores(features))
    }

    /// Fits a model to weighted rows given with their features (`features[i]` are those of
    /// `rows[i]`), each feature of a row worth `value(its features)`.
    pub fn train_rows(
        features: &[Vec<Feature>],
        rows: &[(&str, ActionCategory, f64)],
        value: impl Fn(&[Feature]) -> f64,
        options: &TrainingOptions,
    ) -> Model {
        let examples: Vec<Example> = features
            .iter()
            .zip(rows)
            .map(|(f, &(_, category, weight))| Example {
                features: f,
                category,
                weight,
                scale: value(f),
            })
            .collect();
        Model::train(&examples, options)
    }

    /// Fits a model to the examples and nothing else.
    pub fn train(examples: &[Example], options: &TrainingOptions) -> Model {
        let mut rows_with: HashMap<&str, usize> = HashMap::new();
        for e in examples {
            for f in e.features {
                *rows_with.entry(f.name.as_str()).or_default() += 1;
            }
        }
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut names: Vec<&str> = rows_with
            .iter()
            .filter(|(_, &n)| n >= options.min_rows)
            .map(|(&name, _)| name)
            .collect();
        // A stable order, so that the same rows give the same file.
        names.sort_unstable();
        for (i, name) in names.iter().enumerate() {
            index.insert(name, i);
        }
        let rows: Vec<(Vec<usize>, usize, f64, f64)> = examples
            .iter()
            .map(|e| {
                let ids = e
                    .features
                    .iter()
                    .filter_map(|f| index.get(f.name.as_str()).copied());
                (
                    ids.collect(),
                    e.category.number() as usize - 1,
                    e.weight,
                    e.scale,
                )
            })
            .collect();

        let mut w = vec![[0f64; CATEGORIES]; names.len()];
        let mut g2 = vec![[0f64; CATEGORIES]; names.len()];
        let mut bias = [0f64; CATEGORIES];
        let mut bias_g2 = [0f64; CATEGORIES];
        let mut order: Vec<usize> = (0..rows.len()).collect();
        let mut rng = XorShift(options.seed | 1);
        let eps = 1e-8;
        for _ in 0..options.epochs {
            shuffle(&mut order, &mut rng);
            for &r in &order {
                let (ids, y, weight, x) = &rows[r];
                let mut s = bias;
                for &i in ids {
                    for k in 0..CATEGORIES {
                        s[k] += x * w[i][k];
                    }
                }
                let p = softmax64(s);
                for k in 0..CATEGORIES {
                    let g = weight * (p[k] - if k == *y { 1.0 } else { 0.0 });
                    bias_g2[k] += g * g;
                    bias[k] -= options.learning_rate * g / (bias_g2[k].sqrt() + eps);
                    for &i in ids {
                        let gi = g * x + options.l2 * w[i][k];
                        g2[i][k] += gi * gi;
                        w[i][k] -= options.learning_rate * gi / (g2[i][k].sqrt() + eps);
                    }
                }
            }
        }
        // Weights are kept to two decimals, as the file writes them, so that a model measured
        // in memory is the model that ships.
        let to32 = |a: [f64; CATEGORIES]| a.map(|x| ((x * 100.0).round() / 100.0) as f32);
        let weights = names
            .iter()
            .zip(w)
            .map(|(name, v)| (name.to_string(), to32(v)))
            .filter(|(_, v)| v.iter().any(|x| x.abs() >= options.min_weight))
            .collect();
        Model {
            bias: to32(bias),
            weights,
            verbs: Verbs::default(),
            provenance: Vec::new(),
        }
    }

    /// The model as the text file that ships in `assets/checker/`: a format line, `#`
    /// provenance lines, the bias, the action verbs (one line, space-separated), then one
    /// feature per line, sorted, as the number of bytes its name shares with the previous
    /// feature's, the rest of its name, and its five weights in hundredths.
    pub fn to_text(&self) -> String {
        let row = |w: &[f32; CATEGORIES]| {
            w.iter()
                .map(|x| ((x * WEIGHT_UNITS).round() as i32).to_string())
                .collect::<Vec<_>>()
                .join("\t")
        };
        let mut out = String::new();
        out.push_str(FORMAT_LINE);
        out.push('\n');
        for line in &self.provenance {
            out.push_str(&format!("# {line}\n"));
        }
        out.push_str(&format!("bias\t{}\n", row(&self.bias)));
        out.push_str(&format!(
            "{VERBS_LABEL}\t{}\n",
            self.verbs.iter().collect::<Vec<_>>().join(" ")
        ));
        let mut names: Vec<&String> = self.weights.keys().collect();
        names.sort();
        let mut previous = "";
        for name in names {
            let shared = shared_prefix(previous, name);
            out.push_str(&format!(
                "{shared}\t{}\t{}\n",
                &name[shared..],
                row(&self.weights[name])
            ));
            previous = name;
        }
        out
    }

    /// Reads a model file written by [`Model::to_text`].
    pub fn from_text(text: &str) -> Result<Model> {
        let bad = |line: usize, problem: String| Error::CheckerModel { line, problem };
        let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
        match lines.next() {
            Some((_, FORMAT_LINE)) => {}
            _ => return Err(bad(1, format!("the first line is not '{FORMAT_LINE}'"))),
        }
        let mut model = Model::default();
        let mut has_bias = false;
        let mut previous = String::new();
        for (n, line) in lines {
            if let Some(note) = line.strip_prefix('#') {
                model.provenance.push(note.trim().to_string());
                continue;
            }
            if let Some(verbs) = line
                .strip_prefix(VERBS_LABEL)
                .and_then(|l| l.strip_prefix('\t'))
            {
                model.verbs = Verbs::from_words(verbs.split_whitespace().map(str::to_string));
                continue;
            }
            let mut fields = line.split('\t');
            let first = fields.next().unwrap_or_default();
            let name = if first == "bias" {
                first.to_string()
            } else {
                let rest = fields.next().unwrap_or_default();
                let shared = first
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| previous.get(..n))
                    .ok_or_else(|| {
                        bad(
                            n,
                            format!("'{first}' is not a length of the previous feature's name"),
                        )
                    })?;
                format!("{shared}{rest}")
            };
            let values: Vec<f32> = fields
                .map(|v| {
                    v.parse::<i32>()
                        .map(|h| h as f32 / WEIGHT_UNITS)
                        .map_err(|_| bad(n, format!("'{v}' is not a weight in hundredths")))
                })
                .collect::<Result<_>>()?;
            let values: [f32; CATEGORIES] = values.try_into().map_err(|v: Vec<f32>| {
                bad(n, format!("{} weights instead of {CATEGORIES}", v.len()))
            })?;
            if name == "bias" {
                model.bias = values;
                has_bias = true;
            } else if model.weights.insert(name.clone(), values).is_some() {
                return Err(bad(n, format!("feature '{name}' appears twice")));
            } else {
                previous = name;
            }
        }
        if !has_bias {
            return Err(bad(0, "there is no bias line".into()));
        }
        Ok(model)
    }
}

/// How many bytes of `name` (up to a character boundary) are the same as the start of
/// `previous`: the file writes only the rest, since sorted names share long starts
/// ("ow=ensure|…"), which keeps the embedded file a third smaller.
fn shared_prefix(previous: &str, name: &str) -> usize {
    previous
        .char_indices()
        .zip(name.chars())
        .find(|((_, a), b)| a != b)
        .map_or_else(|| previous.len().min(name.len()), |((i, _), _)| i)
}

pub fn softmax(s: [f32; CATEGORIES]) -> [f32; CATEGORIES] {
    softmax64(s.map(f64::from)).map(|x| x as f32)
}

fn softmax64(s: [f64; CATEGORIES]) -> [f64; CATEGORIES] {
    let max = s.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e = s.map(|x| (x - max).exp());
    let sum: f64 = e.iter().sum();
    e.map(|x| x / sum)
}

/// A tiny deterministic generator for the visiting order; no randomness is needed beyond it.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn shuffle(v: &mut [usize], rng: &mut XorShift) {
    for i in (1..v.len()).rev() {
        let j = (rng.next() % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feature(name: &str) -> Feature {
        Feature {
            name: name.into(),
            words: None,
        }
    }

    #[test]
    fn a_trained_model_reads_back_from_its_file() {
        let (a, b) = (vec![feature("o1=consider")], vec![feature("o1=ratify")]);
        let examples = [
            Example {
                features: &a,
                category: ActionCategory::Considering,
                weight: 1.0,
                scale: 1.0,
            },
            Example {
                features: &a,
                category: ActionCategory::Considering,
                weight: 1.0,
                scale: 1.0,
            },
            Example {
                features: &b,
                category: ActionCategory::Specific,
                weight: 1.0,
                scale: 1.0,
            },
            Example {
                features: &b,
                category: ActionCategory::Specific,
                weight: 1.0,
                scale: 1.0,
            },
        ];
        let mut model = Model::train(&examples, &TrainingOptions::default());
        model.provenance.push("four rows".into());
        model.verbs = Verbs::from_words(["consider".to_string(), "ratify".to_string()]);
        let p = model.probabilities(&a);
        assert!(p[2] > 0.5, "{p:?}");
        let back = Model::from_text(&model.to_text()).unwrap();
        assert_eq!(back.provenance, ["four rows"]);
        assert_eq!(back.verbs, model.verbs);
        assert_eq!(back.weights.len(), model.weights.len());
        let q = back.probabilities(&b);
        assert!(q[4] > 0.5, "{q:?}");
    }

    #[test]
    fn a_damaged_model_file_names_its_line() {
        let text = format!("{FORMAT_LINE}\nbias\t0\t0\t0\t0\t0\n0\to1=adopt\t1\t2\tthree\t4\t5\n");
        let err = Model::from_text(&text).unwrap_err();
        assert!(matches!(err, Error::CheckerModel { line: 3, .. }), "{err}");
        assert!(Model::from_text("something else").is_err());
        // A name said to share more than the previous name has, or to share half a character.
        for shared in ["9", "3", "x"] {
            let text = format!(
                "{FORMAT_LINE}\nbias\t0\t0\t0\t0\t0\n0\tw=é\t1\t2\t3\t4\t5\n{shared}\tz\t1\t2\t3\t4\t5\n"
            );
            let err = Model::from_text(&text).unwrap_err();
            assert!(matches!(err, Error::CheckerModel { line: 4, .. }), "{err}");
        }
    }

    #[test]
    fn names_share_their_start_up_to_a_whole_character() {
        assert_eq!(shared_prefix("w=é", "w=è"), 2);
        assert_eq!(shared_prefix("ow=adopt|law", "ow=adopt|laws"), 12);
        assert_eq!(shared_prefix("", "o1=adopt"), 0);
        let mut model = Model::default();
        for name in ["w=é", "w=è", "w=éa", "w=€"] {
            model
                .weights
                .insert(name.to_string(), [0.5, 0.0, -0.25, 0.0, 1.0]);
        }
        assert_eq!(Model::from_text(&model.to_text()).unwrap(), model);
    }
}
