//! The fixed wording of the documents in English, French and Spanish, from the catalogues in
//! `assets/wording/`. Only our own words live there: the user's text is printed as written.
//! Dates, ordinals and durations are put into words here because their grammar differs by
//! language (55th, 55e, 55.º; 1 March, 1er mars, 1 de marzo).
//!
//! Below the documents, the calendar file and the Word export, which all speak it; it knows
//! the model and nothing that uses it.

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

pub use crate::language::Language;
use crate::model::MilestoneKind;
use crate::model::{ImplementationStatus, Response};

impl Language {
    pub fn wording(self) -> &'static Wording {
        use std::sync::OnceLock;
        static CATALOGUES: OnceLock<[Wording; 3]> = OnceLock::new();
        let all = CATALOGUES.get_or_init(|| {
            // The catalogues are compiled in; `every_catalogue_parses` proves they parse.
            let parse =
                |text: &str| serde_json::from_str::<Wording>(text).expect("catalogue parses");
            [
                parse(include_str!("../../../assets/wording/en.json")),
                parse(include_str!("../../../assets/wording/fr.json")),
                parse(include_str!("../../../assets/wording/es.json")),
            ]
        });
        &all[self as usize]
    }

    /// "55th", "55e", "55.º".
    pub fn ordinal(self, n: u32) -> String {
        match self {
            Language::En => {
                let suffix = match (n % 10, n % 100) {
                    (_, 11..=13) => "th",
                    (1, _) => "st",
                    (2, _) => "nd",
                    (3, _) => "rd",
                    _ => "th",
                };
                format!("{n}{suffix}")
            }
            // "Session" is feminine: 1re, then 2e, 3e…
            Language::Fr if n == 1 => "1re".into(),
            Language::Fr => format!("{n}e"),
            // "Período" is masculine.
            Language::Es => format!("{n}.º"),
        }
    }

    /// "10 March 2027", "1er mars 2027", "10 de marzo de 2027".
    /// The review a document concerns: "UPR of <State>, <n>th session, <date>" (the date
    /// left out while the review date is not set).
    pub fn context_line(self, campaign: &crate::model::Campaign) -> String {
        let wording = self.wording();
        let state = campaign.state_under_review.as_str();
        let session = fill(
            &wording.session,
            &[("ordinal", &self.ordinal(campaign.session))],
        );
        match campaign.review_date {
            Some(d) => fill(
                &wording.context,
                &[
                    ("state", state),
                    ("session", &session),
                    ("date", &self.date(d)),
                ],
            ),
            None => fill(
                &wording.context_no_date,
                &[("state", state), ("session", &session)],
            ),
        }
    }

    pub fn date(self, d: NaiveDate) -> String {
        let w = self.wording();
        let day = match self {
            Language::Fr if d.day() == 1 => "1er".to_string(),
            _ => d.day().to_string(),
        };
        fill(
            &w.date,
            &[
                ("day", &day),
                ("month", &w.months[d.month0() as usize]),
                ("year", &d.year().to_string()),
            ],
        )
    }

    /// "2 min 5 s"; "2 min" when the seconds are zero.
    pub fn duration(self, seconds: u32) -> String {
        if seconds % 60 == 0 && seconds > 0 {
            return format!("{} min", seconds / 60);
        }
        fill(
            &self.wording().minutes_seconds,
            &[
                ("minutes", &(seconds / 60).to_string()),
                ("seconds", &(seconds % 60).to_string()),
            ],
        )
    }

    /// "A", "A and B", "A, B and C".
    pub fn list(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {}", init.join(", "), self.wording().and, last),
        }
    }
}

/// Replaces each `{name}` of `pattern` with its value, in one pass over the pattern: a value
/// is never read again, so `{state}` typed inside a title stays as typed.
pub fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            // Not a placeholder of this pattern: the brace stays as written.
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// I, II, III… for the issues' headings.
pub fn roman(n: usize) -> String {
    const NUMERALS: [(usize, &str); 9] = [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    pub months: [String; 12],
    pub date: String,
    pub session: String,
    pub context: String,
    pub context_no_date: String,
    pub page_number: String,
    pub draft: String,
    pub contact: String,
    pub with_partners: String,
    pub and: String,
    pub minutes_seconds: String,
    pub timing: String,
    pub action_categories: [String; 5],
    pub category: String,
    pub previously_recommended: String,
    pub brief: BriefWording,
    pub talking_points: TalkingPointsWording,
    pub oral_statement: OralStatementWording,
    pub cycle: CycleWording,
    pub calendar: CalendarWording,
    pub press_release: PressReleaseWording,
    pub letter: LetterWording,
}

/// The letter to the State under Review before the adoption.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LetterWording {
    pub title: String,
    pub subject: String,
    pub default_addressee: String,
    pub salutation: String,
    pub opening: String,
    pub adoption_unknown: String,
    pub listed: String,
    pub none_open: String,
    pub ask: String,
    pub closing: String,
}

/// The press release right after the review.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PressReleaseWording {
    pub title: String,
    pub subject: String,
    pub immediate: String,
    pub embargo: String,
    pub headline: String,
    pub default_city: String,
    pub dateline: String,
    pub lead: String,
    pub received: String,
    pub urged: String,
    pub quote: String,
    pub quote_no_role: String,
    pub ends: String,
    pub notes: String,
    pub contacts: String,
    pub about_upr: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BriefWording {
    pub title: String,
    pub subject: String,
    pub for_delegation: String,
    pub general: String,
    pub asks: String,
    pub background: String,
    pub facts: String,
    pub source: String,
    pub questions: String,
    pub recommendations: String,
    pub prior: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TalkingPointsWording {
    pub title: String,
    pub subject: String,
    pub slot: String,
    pub opening: String,
    pub opening_partners: String,
    pub update: String,
    pub changes: String,
    pub recommendations: String,
    pub questions: String,
    pub closing: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OralStatementWording {
    pub title: String,
    pub subject: String,
    pub item: String,
    pub opening: String,
    pub intro: String,
    pub intro_partners: String,
    pub urge: String,
    pub closing: String,
    pub reading_time: String,
}

/// The wording of the documents of the UPR cycle: the mid-term report, the factsheets and the
/// stakeholder submission (PDF and Word).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CycleWording {
    /// In the order of `ImplementationStatus::ALL`.
    pub statuses: [String; 4],
    /// The same, short enough for a table's column heading.
    pub statuses_short: [String; 4],
    /// Supported, noted, pending.
    pub responses: [String; 3],
    pub midterm: MidtermWording,
    pub factsheet: FactsheetWording,
    pub submission: SubmissionWording,
}

impl CycleWording {
    pub fn status(&self, status: ImplementationStatus) -> &str {
        &self.statuses[status_index(status)]
    }

    pub fn status_short(&self, status: ImplementationStatus) -> &str {
        &self.statuses_short[status_index(status)]
    }

    pub fn response(&self, response: Response) -> &str {
        &self.responses[match response {
            Response::Supported => 0,
            Response::Noted => 1,
            Response::Pending => 2,
        }]
    }
}

fn status_index(status: ImplementationStatus) -> usize {
    // Every status is in ALL, which has exactly four (the catalogue's arrays match it).
    ImplementationStatus::ALL
        .iter()
        .position(|s| *s == status)
        .expect("every status is listed in ALL")
}

/// The wording of the calendar file (.ics): its name, each event's summary, and the
/// milestones' titles by their id (`MilestoneKind::as_str`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarWording {
    pub name: String,
    pub event: String,
    pub opens: String,
    pub estimated: String,
    pub milestones: std::collections::BTreeMap<String, String>,
}

impl CalendarWording {
    /// A milestone's title; the English one where a catalogue lacks it (the test
    /// `every_milestone_has_a_title_in_every_language` keeps that from happening).
    pub fn milestone(&self, kind: MilestoneKind) -> &str {
        self.milestones
            .get(kind.as_str())
            .map_or(kind.title(), String::as_str)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MidtermWording {
    pub title: String,
    pub subject: String,
    pub subject_cycle: String,
    pub by: String,
    pub summary: String,
    pub theme: String,
    pub total: String,
    pub all_themes: String,
    pub other_theme: String,
    pub tracked: String,
    pub one_by_one: String,
    pub responsible: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactsheetWording {
    pub title: String,
    pub context: String,
    pub subject: String,
    pub previous: String,
    pub challenges: String,
    pub questions: String,
    pub recommendations: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmissionWording {
    pub individual: String,
    pub joint: String,
    pub review: String,
    pub submitted_by: String,
    pub subject: String,
    pub summary: String,
    pub recommendations: String,
    pub notes: String,
    pub annexes: String,
    /// The footer of the Word file, around its page fields: "Page ", " of ".
    pub page_of: [String; 2],
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Language; 3] = [Language::En, Language::Fr, Language::Es];

    #[test]
    fn a_placeholder_typed_in_a_value_is_left_as_typed() {
        // Regression: `{state}` inside a title was replaced by the State's name.
        let text = fill(
            "{title} ({state})",
            &[
                ("title", "Ask {state} about {title} {"),
                ("state", "Freedonia"),
            ],
        );
        assert_eq!(text, "Ask {state} about {title} { (Freedonia)");
        assert_eq!(fill("{unknown} {x", &[("x", "y")]), "{unknown} {x");
    }

    #[test]
    fn every_catalogue_parses_and_says_something_different() {
        let titles: Vec<&str> = ALL
            .iter()
            .map(|l| l.wording().brief.title.as_str())
            .collect();
        assert_eq!(
            titles,
            ["Lobbying brief", "Note de plaidoyer", "Nota de incidencia"]
        );
    }

    #[test]
    fn the_cycle_documents_have_their_wording_in_every_language() {
        let titles: Vec<&str> = ALL
            .iter()
            .map(|l| l.wording().cycle.midterm.title.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "Mid-term implementation report",
                "Rapport à mi-parcours",
                "Informe de mitad de período"
            ]
        );
        for lang in ALL {
            let cycle = &lang.wording().cycle;
            let statuses: std::collections::HashSet<&str> = ImplementationStatus::ALL
                .iter()
                .map(|&s| cycle.status(s))
                .collect();
            assert_eq!(statuses.len(), 4, "{lang:?}: four different statuses");
            assert!(cycle.midterm.tracked.contains("{fully}"), "{lang:?}");
        }
        assert_eq!(
            Language::Es.wording().cycle.response(Response::Noted),
            "Tomada en cuenta"
        );
    }

    #[test]
    fn every_milestone_has_a_title_in_every_language() {
        for lang in ALL {
            let calendar = &lang.wording().calendar;
            for kind in MilestoneKind::ALL {
                assert!(
                    calendar.milestones.contains_key(kind.as_str()),
                    "{lang:?} lacks {}",
                    kind.as_str()
                );
            }
            assert_eq!(
                calendar.milestones.len(),
                MilestoneKind::ALL.len(),
                "{lang:?}"
            );
        }
        assert_eq!(
            Language::En
                .wording()
                .calendar
                .milestone(MilestoneKind::Review),
            MilestoneKind::Review.title()
        );
    }

    #[test]
    fn ordinals_follow_each_language() {
        let en: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 55, 111]
            .map(|n| Language::En.ordinal(n))
            .into();
        assert_eq!(
            en,
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "55th", "111th"]
        );
        assert_eq!(Language::Fr.ordinal(1), "1re");
        assert_eq!(Language::Fr.ordinal(55), "55e");
        assert_eq!(Language::Es.ordinal(55), "55.º");
    }

    #[test]
    fn dates_are_written_the_way_each_language_writes_them() {
        let d = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(Language::En.date(d), "1 March 2027");
        assert_eq!(Language::Fr.date(d), "1er mars 2027");
        assert_eq!(Language::Es.date(d), "1 de marzo de 2027");
    }

    #[test]
    fn lists_and_durations() {
        let items = ["WLAC".to_string(), "PWM".into(), "MUJ".into()];
        assert_eq!(Language::En.list(&items), "WLAC, PWM and MUJ");
        assert_eq!(Language::Es.list(&items[..2]), "WLAC y PWM");
        assert_eq!(Language::Fr.duration(125), "2 min 5 s");
        assert!(Language::parse("de").is_err());
    }
}
