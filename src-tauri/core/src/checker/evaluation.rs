//! Scores a classifier against coded recommendations: accuracy, macro-F1 (the mean of the five
//! categories' F1, so that the rare "minimal action" counts as much as "general action") and
//! the confusion matrix.

use crate::model::ActionCategory;

/// Counts of (coded, predicted) pairs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Confusion {
    /// `counts[coded - 1][predicted - 1]`.
    pub counts: [[usize; 5]; 5],
}

impl Confusion {
    pub fn add(&mut self, coded: ActionCategory, predicted: ActionCategory) {
        self.counts[coded.number() as usize - 1][predicted.number() as usize - 1] += 1;
    }

    pub fn merge(&mut self, other: &Confusion) {
        for (row, o) in self.counts.iter_mut().zip(other.counts) {
            for (c, n) in row.iter_mut().zip(o) {
                *c += n;
            }
        }
    }

    pub fn total(&self) -> usize {
        self.counts.iter().flatten().sum()
    }

    /// How many rows were predicted as coded.
    pub fn correct(&self) -> usize {
        (0..5).map(|k| self.counts[k][k]).sum()
    }

    /// The share of rows predicted as coded; 0 for no rows.
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct(), self.total())
    }

    /// F1 of one category; 0 when it is neither coded nor predicted.
    pub fn f1(&self, category: ActionCategory) -> f64 {
        let k = category.number() as usize - 1;
        let tp = self.counts[k][k];
        let coded: usize = self.counts[k].iter().sum();
        let predicted: usize = (0..5).map(|r| self.counts[r][k]).sum();
        ratio(2 * tp, coded + predicted)
    }

    /// The unweighted mean of the categories' F1, over the categories present in the coded
    /// rows (a test set without any category-1 row is not scored on category 1).
    pub fn macro_f1(&self) -> f64 {
        let present: Vec<ActionCategory> = ActionCategory::ALL
            .into_iter()
            .filter(|c| self.counts[c.number() as usize - 1].iter().sum::<usize>() > 0)
            .collect();
        if present.is_empty() {
            return 0.0;
        }
        present.iter().map(|&c| self.f1(c)).sum::<f64>() / present.len() as f64
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ActionCategory::*;

    #[test]
    fn accuracy_and_macro_f1_follow_their_definitions() {
        let mut c = Confusion::default();
        for _ in 0..8 {
            c.add(General, General);
        }
        c.add(General, Specific);
        c.add(Specific, Specific);
        assert_eq!(c.total(), 10);
        assert!((c.accuracy() - 0.9).abs() < 1e-12);
        // General: tp 8, coded 9, predicted 8 → 16/17. Specific: tp 1, coded 1, predicted 2 → 2/3.
        let expected = (16.0 / 17.0 + 2.0 / 3.0) / 2.0;
        assert!((c.macro_f1() - expected).abs() < 1e-12);
        assert_eq!(Confusion::default().accuracy(), 0.0);
    }
}
