//! The user's settings: every limit and convention from UPR-FACTS.md that is a convention
//! rather than a rule lives here with its default, never as a number buried in code.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::language::Language;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Settings {
    /// The pace interpreters can follow, used to time speeches (about 100–120 words a minute).
    pub speaking_rate_wpm: u32,
    /// Above this pace a speech cannot be interpreted; a text that needs it is too long.
    pub speaking_rate_ceiling_wpm: u32,
    /// Chinese speech is timed in characters, each of which counts as a word
    /// (`submission::count_words`). 180 characters a minute: a Chinese UN text runs about 1.6
    /// to 1.8 characters for each English word, so the 110 words a minute interpreters ask for
    /// come to about 180 to 200 characters; the lower end, as a speech timed too kindly is cut
    /// off by the gavel.
    pub speaking_rate_zh_cpm: u32,
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
    /// A brief tailored to a delegation lists at most this many recommendations that State
    /// made before on the same issues (from the database of past recommendations).
    pub brief_prior_recommendations: u32,
    /// Whether the brief prints each recommendation's action category beside it ("category
    /// 5, specific action"). Off by default: a brief goes to delegations, and a category
    /// there tells a diplomat only which of the organisation's asks are weak.
    pub brief_shows_action_category: bool,
    /// Per priority issue, delegations can lift about 4–5 questions and recommendations.
    pub items_per_issue_min: u32,
    pub items_per_issue_max: u32,
    /// OHCHR's limits for stakeholder submissions, footnotes and annexes excluded.
    pub submission_words_individual: u32,
    pub submission_words_joint: u32,
    /// Written statements to the HRC, by ECOSOC status.
    pub written_statement_words_general: u32,
    pub written_statement_words_special: u32,
    /// A joint written statement (the organisation with its coalition partners). The HRC
    /// secretariat's guidelines (ECOSOC resolution 1996/31) give limits by status only, and
    /// only an organisation in consultative status submits; so by default (`None`) a joint
    /// statement has the limit of the submitting organisation's status. A number here is
    /// used instead, for a secretariat that announces its own.
    pub written_statement_words_joint: Option<u32>,
    pub paper: Paper,
    /// The language of the documents' fixed wording.
    pub document_language: Language,
    /// The language of the window.
    pub ui_language: Language,
    /// When each moment of the UPR cycle falls, counted from the review (see `calendar`).
    pub milestones: MilestoneOffsets,
    /// How many snapshots of the store (`store::snapshots`) are kept; older ones are deleted.
    /// Ten covers a week and a half of daily use plus a few replaces and restores.
    pub snapshots_kept: u32,
    /// The Overview reminds the user to write a backup (Settings → Backup) when the last one
    /// is older than this many days, or when none was written yet. Two weeks: a lost laptop
    /// then costs at most two weeks of work.
    pub backup_reminder_days: u32,
    /// A folder that Syncthing or Nextcloud keeps in step with the partners (coalition
    /// work): the app writes its share file there on request and merges the partners' share
    /// files it finds there. None: no exchange folder.
    pub exchange_folder: Option<String>,
    /// How often the window looks for partners' share files in the exchange folder. A minute
    /// is quick enough for files that took longer to travel.
    pub exchange_folder_check_seconds: u32,
    /// An encrypted store is locked (its key dropped, its file closed) after this many
    /// minutes without a command in the window: a laptop left open is covered.
    pub auto_lock_minutes: u32,
    /// Coalition work: a deletion's tombstone is kept at least this many days, and then
    /// only until every partner has acknowledged it. 90 days: a partner's laptop may stay
    /// out of step for weeks around a session in Geneva, and a snapshot restored from
    /// before the deletion must still meet the tombstone; a tombstone costs only an id and
    /// a version vector, so keeping it long is cheap.
    pub tombstone_keep_days: u32,
    /// The largest logo file accepted, in bytes. A letterhead prints a logo about 5 cm wide,
    /// for which 2 MB is far more than enough; a larger file only makes every backup heavier.
    pub logo_max_bytes: u32,
    /// The most pixels a logo may have on each side: 4000 is 30 cm at 300 dpi.
    pub logo_max_pixels: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            speaking_rate_wpm: 110,
            speaking_rate_ceiling_wpm: 150,
            speaking_rate_zh_cpm: 180,
            oral_statement_seconds: 120,
            joint_oral_statement_seconds: 180,
            talking_points_min_seconds: 5 * 60,
            talking_points_target_seconds: 6 * 60,
            talking_points_max_seconds: 7 * 60,
            talking_points_recommendations: 3,
            brief_max_pages: 2,
            brief_prior_recommendations: 3,
            brief_shows_action_category: false,
            items_per_issue_min: 4,
            items_per_issue_max: 5,
            submission_words_individual: 2815,
            submission_words_joint: 5630,
            written_statement_words_general: 2000,
            written_statement_words_special: 1500,
            written_statement_words_joint: None,
            paper: Paper::A4,
            document_language: Language::En,
            ui_language: Language::En,
            milestones: MilestoneOffsets::default(),
            snapshots_kept: 10,
            backup_reminder_days: 14,
            exchange_folder: None,
            exchange_folder_check_seconds: 60,
            auto_lock_minutes: 15,
            tombstone_keep_days: 90,
            logo_max_bytes: 2_000_000,
            logo_max_pixels: 4000,
        }
    }
}

impl Settings {
    /// The pace speeches in `lang` are timed at, in the unit its words are counted in: words
    /// a minute, characters a minute for Chinese.
    pub fn speaking_rate(&self, lang: Language) -> u32 {
        match lang {
            Language::Zh => self.speaking_rate_zh_cpm,
            _ => self.speaking_rate_wpm,
        }
    }

    /// Settings a user typed in may not be nonsense: a pace of zero would divide by zero, a
    /// target outside its own range could never be met.
    pub fn validate(&self) -> crate::Result<()> {
        use crate::Error;
        if !(1..=3650).contains(&self.tombstone_keep_days) {
            return Err(Error::invalid(
                "tombstone keep days",
                format!(
                    "{} is not a number of days to keep a deletion for partners; use 1 to 3650",
                    self.tombstone_keep_days
                ),
            ));
        }
        if self.exchange_folder_check_seconds < 5 {
            return Err(Error::invalid(
                "exchange folder check",
                "looking more often than every 5 seconds only keeps the disk busy; use 5 or more",
            ));
        }
        if !(40..=250).contains(&self.speaking_rate_wpm) {
            return Err(Error::invalid(
                "speaking rate",
                format!("{} words a minute is not a speaking pace; use 40 to 250 (interpreters ask for about 110)", self.speaking_rate_wpm),
            ));
        }
        if !(60..=400).contains(&self.speaking_rate_zh_cpm) {
            return Err(Error::invalid(
                "Chinese speaking rate",
                format!("{} characters a minute is not a speaking pace; use 60 to 400 (about 180 is usual)", self.speaking_rate_zh_cpm),
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
        self.milestones.validate()?;
        if !(1..=1000).contains(&self.snapshots_kept) {
            return Err(Error::invalid(
                "snapshots kept",
                format!("{} is not a number of snapshots to keep; use 1 to 1000 (each is a copy of the data file)", self.snapshots_kept),
            ));
        }
        if !(1..=1440).contains(&self.auto_lock_minutes) {
            return Err(Error::invalid(
                "auto-lock",
                format!(
                    "{} is not a number of minutes; use 1 to 1440",
                    self.auto_lock_minutes
                ),
            ));
        }
        if !(1..=365).contains(&self.backup_reminder_days) {
            return Err(Error::invalid(
                "backup reminder",
                format!(
                    "{} is not a number of days; use 1 to 365",
                    self.backup_reminder_days
                ),
            ));
        }
        if self.brief_max_pages == 0 {
            return Err(Error::invalid(
                "brief length",
                "a brief needs at least one page",
            ));
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

/// The offsets of the UPR calendar, from the first table of UPR-FACTS.md. Where the facts give
/// a range ("6–8 months"), the default is a point inside it that leaves the NGO time to act.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct MilestoneOffsets {
    /// National consultations: at least 12 months before the review.
    pub consultations_months_before_review: u32,
    /// OHCHR's deadline for stakeholder submissions: about 6–8 months before the Working
    /// Group session; late submissions are not considered.
    pub submission_months_before_review: u32,
    /// National report, UN compilation and stakeholder summary come out about 6 weeks before.
    pub documents_weeks_before_review: u32,
    /// Lobbying embassies in the capital: 3–4 months before the review.
    pub capitals_lobbying_from_months_before_review: u32,
    pub capitals_lobbying_until_months_before_review: u32,
    /// Lobbying the Permanent Missions in Geneva: 1–2 months before (come at least a month
    /// before: side events the day before are too late).
    pub geneva_lobbying_from_months_before_review: u32,
    pub geneva_lobbying_until_months_before_review: u32,
    /// UPR Info's pre-session: about one month before the review.
    pub pre_session_weeks_before_review: u32,
    /// Side event, webcast screening and press conference: the review day itself.
    pub side_event_days_after_review: u32,
    /// The adoption at the Human Rights Council comes a few months after the review; used
    /// only while the campaign has no adoption date.
    pub adoption_months_after_review: u32,
    /// Where the adoption falls inside its HRC session; used to place the session (and the
    /// sign-up before it) while the campaign has no session start date.
    pub adoption_weeks_into_session: u32,
    /// Sign-up for the oral statements (10 NGO slots, first come first served) opens online
    /// the week before the HRC session, usually Thursday 14:00 Geneva time.
    pub oral_statement_signup_weeks_before_session: u32,
    pub oral_statement_signup_weekday: chrono::Weekday,
    pub oral_statement_signup_time: chrono::NaiveTime,
    /// The mid-term report: halfway to the next review (reviews are about 4.5 years apart).
    pub midterm_report_months_after_review: u32,
}

impl Default for MilestoneOffsets {
    fn default() -> Self {
        MilestoneOffsets {
            consultations_months_before_review: 12,
            submission_months_before_review: 7,
            documents_weeks_before_review: 6,
            capitals_lobbying_from_months_before_review: 4,
            capitals_lobbying_until_months_before_review: 3,
            geneva_lobbying_from_months_before_review: 2,
            geneva_lobbying_until_months_before_review: 1,
            pre_session_weeks_before_review: 4,
            side_event_days_after_review: 0,
            adoption_months_after_review: 4,
            adoption_weeks_into_session: 3,
            oral_statement_signup_weeks_before_session: 1,
            oral_statement_signup_weekday: chrono::Weekday::Thu,
            // 14:00 is a valid time of day.
            oral_statement_signup_time: chrono::NaiveTime::from_hms_opt(14, 0, 0)
                .expect("14:00:00 is a time of day"),
            midterm_report_months_after_review: 27,
        }
    }
}

impl MilestoneOffsets {
    /// Offsets beyond one cycle (about 4.5 years) are typing mistakes, and a lobbying period
    /// must start before it ends.
    pub fn validate(&self) -> crate::Result<()> {
        use crate::Error;
        const CYCLE_MONTHS: u32 = 60;
        let months = [
            ("consultations", self.consultations_months_before_review),
            ("submission deadline", self.submission_months_before_review),
            (
                "lobbying in capitals",
                self.capitals_lobbying_from_months_before_review,
            ),
            (
                "lobbying in Geneva",
                self.geneva_lobbying_from_months_before_review,
            ),
            ("adoption", self.adoption_months_after_review),
            ("mid-term report", self.midterm_report_months_after_review),
        ];
        for (what, value) in months {
            if value > CYCLE_MONTHS {
                return Err(Error::invalid(
                    format!("calendar: {what}"),
                    format!(
                        "{value} months is longer than a UPR cycle; use at most {CYCLE_MONTHS}"
                    ),
                ));
            }
        }
        let weeks = [
            ("documents published", self.documents_weeks_before_review),
            ("pre-session", self.pre_session_weeks_before_review),
            (
                "adoption within its session",
                self.adoption_weeks_into_session,
            ),
            (
                "oral-statement sign-up",
                self.oral_statement_signup_weeks_before_session,
            ),
        ];
        for (what, value) in weeks {
            if value > 52 {
                return Err(Error::invalid(
                    format!("calendar: {what}"),
                    format!("{value} weeks is more than a year; use at most 52"),
                ));
            }
        }
        if self.side_event_days_after_review > 31 {
            return Err(Error::invalid(
                "calendar: side event",
                "the side event and press conference follow the review within days; use at most 31",
            ));
        }
        for (what, from, until) in [
            (
                "lobbying in capitals",
                self.capitals_lobbying_from_months_before_review,
                self.capitals_lobbying_until_months_before_review,
            ),
            (
                "lobbying in Geneva",
                self.geneva_lobbying_from_months_before_review,
                self.geneva_lobbying_until_months_before_review,
            ),
        ] {
            if from < until {
                return Err(Error::invalid(
                    format!("calendar: {what}"),
                    format!("starts {from} months before the review but ends {until} months before; the start must be earlier"),
                ));
            }
        }
        Ok(())
    }
}
