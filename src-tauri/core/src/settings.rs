//! The user's settings: every limit and convention from UPR-FACTS.md that is a convention
//! rather than a rule lives here with its default, never as a number buried in code.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The pace interpreters can follow, used to time speeches (about 100–120 words a minute).
    pub speaking_rate_wpm: u32,
    /// Above this pace a speech cannot be interpreted; a text that needs it is too long.
    pub speaking_rate_ceiling_wpm: u32,
    /// An NGO's oral statement at the adoption of the outcome (HRC, item 6).
    pub oral_statement_seconds: u32,
    /// A joint statement by several NGOs, as some NGOs report.
    pub joint_oral_statement_seconds: u32,
    /// A pre-session speech runs 5 to 7 minutes.
    pub talking_points_min_seconds: u32,
    pub talking_points_target_seconds: u32,
    pub talking_points_max_seconds: u32,
    /// A pre-session speech makes two or three recommendations.
    pub talking_points_recommendations: u32,
    /// A lobbying brief is one or two pages.
    pub brief_max_pages: u32,
    /// Per priority issue, delegations can lift about 4–5 questions and recommendations.
    pub items_per_issue_min: u32,
    pub items_per_issue_max: u32,
    /// OHCHR's limits for stakeholder submissions, footnotes and annexes excluded.
    pub submission_words_individual: u32,
    pub submission_words_joint: u32,
    /// Written statements to the HRC, by ECOSOC status.
    pub written_statement_words_general: u32,
    pub written_statement_words_special: u32,
    pub paper: Paper,
    /// The language of the documents' fixed wording: "en", "fr" or "es".
    pub document_language: String,
    /// The language of the window: "en", "fr" or "es".
    pub ui_language: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            speaking_rate_wpm: 110,
            speaking_rate_ceiling_wpm: 150,
            oral_statement_seconds: 120,
            joint_oral_statement_seconds: 180,
            talking_points_min_seconds: 5 * 60,
            talking_points_target_seconds: 6 * 60,
            talking_points_max_seconds: 7 * 60,
            talking_points_recommendations: 3,
            brief_max_pages: 2,
            items_per_issue_min: 4,
            items_per_issue_max: 5,
            submission_words_individual: 2815,
            submission_words_joint: 5630,
            written_statement_words_general: 2000,
            written_statement_words_special: 1500,
            paper: Paper::A4,
            document_language: "en".into(),
            ui_language: "en".into(),
        }
    }
}

impl Settings {
    /// Settings a user typed in may not be nonsense: a pace of zero would divide by zero, a
    /// target outside its own range could never be met.
    pub fn validate(&self) -> crate::Result<()> {
        use crate::Error;
        if !(40..=250).contains(&self.speaking_rate_wpm) {
            return Err(Error::invalid(
                "speaking rate",
                format!("{} words a minute is not a speaking pace; use 40 to 250 (interpreters ask for about 110)", self.speaking_rate_wpm),
            ));
        }
        if self.speaking_rate_ceiling_wpm < self.speaking_rate_wpm {
            return Err(Error::invalid(
                "speaking rate ceiling",
                "must be at least the speaking rate",
            ));
        }
        if !(self.talking_points_min_seconds..=self.talking_points_max_seconds)
            .contains(&self.talking_points_target_seconds)
        {
            return Err(Error::invalid(
                "talking points length",
                "the target must lie between the shortest and the longest length",
            ));
        }
        if self.brief_max_pages == 0 {
            return Err(Error::invalid("brief length", "a brief needs at least one page"));
        }
        for (field, lang) in [
            ("document language", &self.document_language),
            ("window language", &self.ui_language),
        ] {
            if !LANGUAGES.contains(&lang.as_str()) {
                return Err(Error::invalid(
                    field,
                    format!("'{lang}' is not available; choose en, fr or es"),
                ));
            }
        }
        Ok(())
    }
}

/// The languages of the fixed wording, in the order they are offered.
pub const LANGUAGES: [&str; 3] = ["en", "fr", "es"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}
