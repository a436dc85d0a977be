//! The word count OHCHR applies: everything in the submission's body (title, summary,
//! headings, paragraphs, recommendations), footnotes and annexes excluded. The names of the
//! partner organisations on the cover are not counted either: they identify the authors.
//!
//! A word is a run of characters between spaces that holds at least one letter or digit, as
//! a word processor counts: "–" alone is not a word, "UN-led" and "2,815" are one each. Arabic
//! and Russian count so too. Chinese (and Japanese and Korean) is written without spaces: as
//! Microsoft Word, which OHCHR counts with, each ideograph (kana, hangul syllable) is one word,
//! and a run of Latin letters or digits between them one more ("2027年3月" is four words);
//! punctuation is not counted.

use serde::Serialize;
use ts_rs::TS;

use super::{split_footnotes, Segment, Submission, SubmissionKind};
use crate::settings::Settings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct WordCount {
    /// The words that count against the limit.
    pub words: usize,
    pub footnote_words: usize,
    pub annex_words: usize,
    /// OHCHR's limit for this kind of submission, from the settings.
    pub limit: usize,
}

impl WordCount {
    /// By how many words the submission is too long; 0 when it fits.
    pub fn over(&self) -> usize {
        self.words.saturating_sub(self.limit)
    }

    pub fn fits(&self) -> bool {
        self.words <= self.limit
    }
}

/// Words in a piece of text, by the rule above.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace().map(words_in_token).sum()
}

/// The words of a run without spaces: each East Asian character one, each stretch of other
/// characters between them (and full-width punctuation) one if it holds a letter or a digit.
fn words_in_token(token: &str) -> usize {
    let mut words = 0;
    let mut stretch_counts = false;
    for c in token.chars() {
        if is_east_asian_word(c) {
            words += 1 + usize::from(stretch_counts);
            stretch_counts = false;
        } else if c.is_alphanumeric() {
            stretch_counts = true;
        } else if matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}') {
            // Full-width punctuation ends a stretch as a space would.
            words += usize::from(stretch_counts);
            stretch_counts = false;
        }
    }
    words + usize::from(stretch_counts)
}

/// A character that is a word by itself: CJK ideographs, kana, hangul syllables.
fn is_east_asian_word(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{AC00}'..='\u{D7AF}')
}

/// Counts body words of a paragraph and the words of its footnotes separately. A note glued
/// to a word ("detained^[…]") does not split or join words.
fn count_paragraph(text: &str) -> (usize, usize) {
    let mut body = String::with_capacity(text.len());
    let mut notes = 0;
    for segment in split_footnotes(text) {
        match segment {
            Segment::Text(t) => body.push_str(t),
            Segment::Footnote(n) => notes += count_words(n),
        }
    }
    (count_words(&body), notes)
}

impl Submission {
    pub fn word_count(&self, settings: &Settings) -> WordCount {
        let limit = match self.kind {
            SubmissionKind::Individual => settings.submission_words_individual,
            SubmissionKind::Joint => settings.submission_words_joint,
        } as usize;
        let mut words = 0;
        let mut footnote_words = 0;
        let mut add = |text: &str| {
            let (b, n) = count_paragraph(text);
            words += b;
            footnote_words += n;
        };
        add(&self.title);
        for p in self.summary_paragraphs() {
            add(p);
        }
        for issue in &self.issues {
            add(&issue.heading);
            for p in &issue.paragraphs {
                add(p);
            }
        }
        for r in &self.recommendations {
            add(r);
        }
        let annex_words = self
            .annex_paragraphs()
            .iter()
            .map(|p| count_paragraph(p))
            .map(|(b, n)| b + n)
            .sum();
        WordCount {
            words,
            footnote_words,
            annex_words,
            limit,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::submission::SubmissionIssue;
    use chrono::Utc;
    use uuid::Uuid;

    #[test]
    fn words_are_counted_in_every_un_language() {
        assert_eq!(
            count_words("Repeal article 17 of the Cybersecurity Act – now."),
            8
        );
        assert_eq!(count_words("Abroger l’article 17 : maintenant !"), 4);
        assert_eq!(
            count_words("Отменить статью 17 Закона о кибербезопасности."),
            6
        );
        assert_eq!(count_words("إلغاء المادة 17 من قانون الأمن السيبراني."), 7);
        // Chinese: one word a character, a run of digits or Latin letters one, punctuation
        // none (as Word counts).
        assert_eq!(count_words("废除《网络安全法》第17条。"), 10);
        assert_eq!(count_words("2027年3月1日"), 6);
        assert_eq!(count_words("与WLAC、PWM和MUJ"), 5);
    }

    fn submission(kind: SubmissionKind, paragraphs: Vec<String>) -> Submission {
        Submission {
            id: Uuid::new_v4(),
            title: "Joint submission".into(),
            kind,
            partners: vec![
                "Prison Watch Meridia".into(),
                "Women's Legal Aid Centre".into(),
            ],
            summary: "First summary paragraph here.\n\nSecond one.".into(),
            issues: vec![SubmissionIssue {
                heading: "Torture in detention".into(),
                paragraphs,
            }],
            recommendations: vec!["Ratify OP-CAT.".into()],
            annexes: "Annex 1: list of cases with many many words in it.".into(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            version: crate::store::UNSAVED,
        }
    }

    #[test]
    fn words_are_runs_with_a_letter_or_digit() {
        assert_eq!(
            count_words("The UN-led  review – of 2,815 words\n(2027)."),
            7
        );
        assert_eq!(count_words(" – — ... "), 0);
        assert_eq!(count_words("Réforme de l'État, Свобода слова"), 5);
    }

    #[test]
    fn footnotes_and_annexes_do_not_count_against_the_limit() {
        let s = submission(
            SubmissionKind::Joint,
            vec!["Twelve journalists were detained in 2025.^[Committee to Protect Journalists, prison census, 1 December 2025.] Two remain in prison.^[Ibid.]".into()],
        );
        let c = s.word_count(&Settings::default());
        // title 2 + summary 4 + 2 + heading 3 + paragraph 6 + 4 + recommendation 2
        assert_eq!(c.words, 2 + 4 + 2 + 3 + 10 + 2);
        assert_eq!(c.footnote_words, 9 + 1);
        assert_eq!(c.annex_words, 11);
        assert_eq!(c.limit, 5630);
        assert!(c.fits());
        // The same text without its notes counts the same.
        let plain = submission(
            SubmissionKind::Joint,
            vec!["Twelve journalists were detained in 2025. Two remain in prison.".into()],
        );
        assert_eq!(plain.word_count(&Settings::default()).words, c.words);
    }

    #[test]
    fn over_the_limit_says_by_how_much_against_the_kind_of_submission() {
        let long = vec!["word ".repeat(2805)];
        let individual = submission(SubmissionKind::Individual, long.clone());
        let c = individual.word_count(&Settings::default());
        assert_eq!(c.limit, 2815);
        assert_eq!(c.words, 2805 + 13);
        assert_eq!(c.over(), 3);
        assert!(!c.fits());
        // Joint submissions may be twice as long.
        let joint = submission(SubmissionKind::Joint, long);
        assert!(joint.word_count(&Settings::default()).fits());
        // The limits are settings.
        let settings = Settings {
            submission_words_joint: 1000,
            ..Settings::default()
        };
        assert_eq!(joint.word_count(&settings).over(), 2818 - 1000);
    }
}
