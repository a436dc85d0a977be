//! The fixed wording of the documents in the six UN languages, from the catalogues in
//! `assets/wording/`. Only our own words live there: the user's text is printed as written.
//! Dates, ordinals and durations are put into words here because their grammar differs by
//! language (55th, 55e, 55.º, 55-я, 第55届; 1 March, 1er mars, 1 de marzo, 1 марта,
//! 1 آذار/مارس, 3月1日). All six write numbers in Western digits, as the UN's own documents do
//! in Arabic too.
//!
//! Below the documents, the calendar file and the Word export, which all speak it; it knows
//! the model and nothing that uses it.

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

pub use crate::language::Language;
use crate::model::{ImplementationStatus, Response};
use crate::model::{MeetingPlace, MilestoneKind};

mod section_number;
mod spelled_ordinal;

impl Language {
    pub fn wording(self) -> &'static Wording {
        use std::sync::OnceLock;
        const TEXTS: [&str; 6] = [
            include_str!("../../../assets/wording/en.json"),
            include_str!("../../../assets/wording/fr.json"),
            include_str!("../../../assets/wording/es.json"),
            include_str!("../../../assets/wording/ar.json"),
            include_str!("../../../assets/wording/ru.json"),
            include_str!("../../../assets/wording/zh.json"),
        ];
        // Each parsed when a document first speaks its language: a command makes one.
        static CATALOGUES: [OnceLock<Wording>; 6] = [const { OnceLock::new() }; 6];
        CATALOGUES[self as usize].get_or_init(|| {
            // The catalogues are compiled in; `every_catalogue_parses` proves they parse.
            serde_json::from_str::<Wording>(TEXTS[self as usize]).expect("catalogue parses")
        })
    }

    /// A Council session the user typed as a number, named as the UN's documents of this
    /// language name it: "fifty-fifth session", « cinquante-cinquième session » (spelled out in
    /// English and French), "55.º período de sesiones", "الدورة 55", "55-я сессия",
    /// "第55届会议". `None` when the text typed is not a number: it is printed as typed.
    pub fn session_name(self, typed: &str) -> Option<String> {
        let n: u32 = typed.trim().parse().ok().filter(|&n| n > 0)?;
        let spelled = match self {
            Language::En => spelled_ordinal::english(n),
            Language::Fr => spelled_ordinal::french(n),
            _ => None,
        };
        let ordinal = spelled.unwrap_or_else(|| self.ordinal(n));
        Some(fill(&self.wording().session, &[("ordinal", &ordinal)]))
    }

    /// "55th", "55e", "55.º", "55" (Arabic: "الدورة 55", as UN documents number sessions),
    /// "55-я" (сессия is feminine), "第55届".
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
            Language::Ar => n.to_string(),
            Language::Ru => format!("{n}-я"),
            Language::Zh => format!("第{n}届"),
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
            let minutes = (seconds / 60).to_string();
            return match &self.wording().minutes {
                Some(pattern) => fill(pattern, &[("minutes", &minutes)]),
                None => format!("{minutes} min"),
            };
        }
        fill(
            &self.wording().minutes_seconds,
            &[
                ("minutes", &(seconds / 60).to_string()),
                ("seconds", &(seconds % 60).to_string()),
            ],
        )
    }

    /// "A", "A and B", "A, B and C"; "A وB"; "A、B和C".
    pub fn list(self, items: &[String]) -> String {
        let w = self.wording();
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let and = w.list_and.clone().unwrap_or_else(|| format!(" {} ", w.and));
                let separator = w.list_separator.as_deref().unwrap_or(", ");
                format!("{}{and}{last}", init.join(separator))
            }
        }
    }

    /// `text` as an aside after what precedes it: " (UNODC 2024)"; in Chinese with
    /// full-width brackets and no space, "（UNODC 2024）".
    pub fn aside(self, text: &str) -> String {
        fill(&self.wording().punctuation.aside, &[("text", text)])
    }

    /// Items joined with the language's comma, spaces included: "A, B", "A، B", "A，B".
    pub fn commas<S: std::borrow::Borrow<str>>(self, items: &[S]) -> String {
        items.join(&self.wording().punctuation.comma)
    }

    /// A section's heading with its number, as the UN's documents of this language number
    /// them: "II. Torture", "ثانياً- …", "二、…".
    pub fn numbered_section(self, n: usize, heading: &str) -> String {
        section_number::numbered(self, n, heading)
    }

    /// The items of one line that are not a list, joined with the language's separator:
    /// "a@b.org · +41 22", "a@b.org، +41 22", "a@b.org｜+41 22".
    pub fn separated<S: std::borrow::Borrow<str>>(self, items: &[S]) -> String {
        items.join(&self.wording().punctuation.separator)
    }

    /// Items joined with the language's semicolon: "A; B", "A ; B" (narrow no-break space),
    /// "A؛ B", "A；B".
    pub fn semicolons<S: std::borrow::Borrow<str>>(self, items: &[S]) -> String {
        items.join(&self.wording().punctuation.semicolon)
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
    /// What joins the last two items of a list, spaces included, where it is not " {and} ":
    /// Arabic's "و" joins the next word, Chinese puts no space.
    #[serde(default)]
    pub list_and: Option<String>,
    /// What separates the other items of a list, where it is not ", " ("、"; in Arabic "، "
    /// with a right-to-left mark, so that Latin names listed in Arabic text are read right to
    /// left as a list, not run together left to right by the bidi algorithm).
    #[serde(default)]
    pub list_separator: Option<String>,
    pub minutes_seconds: String,
    /// A whole number of minutes, where it is not "{minutes} min".
    #[serde(default)]
    pub minutes: Option<String>,
    pub timing: String,
    pub action_categories: [String; 5],
    pub category: String,
    pub previously_recommended: String,
    pub brief: BriefWording,
    pub talking_points: TalkingPointsWording,
    pub oral_statement: OralStatementWording,
    pub cycle: CycleWording,
    pub calendar: CalendarWording,
    pub print_run: PrintRunWording,
    pub press_release: PressReleaseWording,
    pub letter: LetterWording,
    pub written_statement: WrittenStatementWording,
    pub punctuation: PunctuationWording,
}

/// The punctuation the documents put around and between the user's text (an acronym after
/// a name, a source after a fact, notes after a recommendation): Chinese takes its
/// full-width marks, Arabic its own comma, semicolon and question mark, French a narrow
/// no-break space before a semicolon.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PunctuationWording {
    /// An aside after text, `{text}` the aside with the brackets and space around it.
    pub aside: String,
    pub comma: String,
    pub semicolon: String,
    /// The mark before each advance question in a list.
    pub question: String,
    /// What stands between a sentence and what follows it: a space, none in Chinese.
    pub space: String,
    /// The full stop put after a sentence of the user's that has none: "." or "。".
    pub stop: String,
    /// Between the items of one line that are not a list (contacts in a footer; a status,
    /// its reference and its State): " · "; in Arabic its comma (without the list's
    /// right-to-left mark, which would turn a phone number's groups around), in Chinese the
    /// full-width bar "｜", since a middle dot between Chinese words reads as a foreign
    /// name's dot.
    pub separator: String,
    /// Before what details a place or a title (a meeting's location, the State in a PDF's
    /// title): " – "; Russian's spaced em dash, Chinese's double dash "——" without spaces.
    pub dash: String,
    /// Between a recommendation and its reference or its status: " — ", "——" in Chinese.
    pub long_dash: String,
    /// The mark of an item in a plain list (a meeting, a piece of evidence): "–"; Russian's
    /// "—", and in Chinese a bullet, Chinese having no one-dash list mark.
    pub list_mark: String,
}

/// The written statement to the Human Rights Council under item 6.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrittenStatementWording {
    pub title: String,
    pub council: String,
    pub session: String,
    pub session_unknown: String,
    pub agenda_item: String,
    pub submitted_by: String,
    pub status_general: String,
    pub status_special: String,
    pub status_roster: String,
    pub title_line: String,
    pub opening: String,
    pub recommendations: String,
    pub closing: String,
    /// A joint statement: the partners, whose consultative status the app does not know,
    /// as the UN's guidelines name organisations associated with a statement.
    pub also_share: String,
    /// The mark of a draft written over its limit: `{words}`, `{limit}`, `{over}`.
    pub draft_over_limit: String,
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

/// The print run for Geneva: its agenda page and the names of the files it writes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrintRunWording {
    pub title: String,
    pub subject: String,
    pub heading: String,
    pub no_meeting: String,
    pub asks: String,
    pub no_asks: String,
    pub not_included: String,
    pub places: MeetingPlaceWording,
    /// A brief's file name, without its extension.
    pub file: String,
    pub combined_file: String,
    pub combined_title: String,
    /// A meeting's time of day: "10:30", "10 h 30".
    pub time: String,
    /// The heading of the meetings with no delegation of the run.
    pub other_meetings: String,
}

/// Where a meeting takes place, as the agenda says it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingPlaceWording {
    pub capital: String,
    pub geneva: String,
    pub other: String,
}

impl MeetingPlaceWording {
    pub fn of(&self, place: MeetingPlace) -> &str {
        match place {
            MeetingPlace::Capital => &self.capital,
            MeetingPlace::Geneva => &self.geneva,
            MeetingPlace::Other => &self.other,
        }
    }
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

    const ALL: [Language; 6] = Language::ALL;

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
            [
                "Lobbying brief",
                "Note de plaidoyer",
                "Nota de incidencia",
                "مذكرة مناصرة",
                "Аналитическая записка для лоббирования",
                "游说简报"
            ]
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
                "Informe de mitad de período",
                "تقرير منتصف المدة عن التنفيذ",
                "Среднесрочный доклад о выполнении рекомендаций",
                "建议落实情况中期报告"
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
        assert_eq!(Language::Ru.ordinal(55), "55-я");
        assert_eq!(Language::Zh.ordinal(55), "第55届");
        assert_eq!(
            Language::Zh
                .wording()
                .session
                .replace("{ordinal}", &Language::Zh.ordinal(55)),
            "第55届会议"
        );
    }

    #[test]
    fn dates_are_written_the_way_each_language_writes_them() {
        let d = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(Language::En.date(d), "1 March 2027");
        assert_eq!(Language::Fr.date(d), "1er mars 2027");
        assert_eq!(Language::Es.date(d), "1 de marzo de 2027");
        assert_eq!(Language::Ar.date(d), "1 آذار/مارس 2027");
        assert_eq!(Language::Ru.date(d), "1 марта 2027 года");
        assert_eq!(Language::Zh.date(d), "2027年3月1日");
    }

    #[test]
    fn lists_and_durations() {
        let items = ["WLAC".to_string(), "PWM".into(), "MUJ".into()];
        assert_eq!(Language::En.list(&items), "WLAC, PWM and MUJ");
        assert_eq!(Language::Es.list(&items[..2]), "WLAC y PWM");
        assert_eq!(Language::Fr.duration(125), "2 min 5 s");
        assert_eq!(Language::En.duration(120), "2 min");
        assert_eq!(Language::Zh.duration(125), "2分5秒");
        assert_eq!(Language::Zh.duration(120), "2分钟");
        assert_eq!(Language::Zh.list(&items), "WLAC、PWM和MUJ");
        assert_eq!(Language::Ar.list(&items), "WLAC،\u{200F} PWM وMUJ");
        assert_eq!(Language::Ru.list(&items), "WLAC, PWM и MUJ");
        assert!(Language::parse("de").is_err());
    }

    #[test]
    fn the_items_of_a_line_are_separated_as_each_language_separates_them() {
        let contacts = ["upr@mchr.org", "+000 21 555 0142", "www.mchr.org"];
        assert_eq!(
            Language::En.separated(&contacts),
            "upr@mchr.org · +000 21 555 0142 · www.mchr.org"
        );
        assert_eq!(
            Language::Zh.separated(&contacts),
            "upr@mchr.org｜+000 21 555 0142｜www.mchr.org"
        );
        // The Arabic comma, without the right-to-left mark of a list: with one, the
        // bidi algorithm would set the phone number's groups right to left ("0142 555 21").
        assert_eq!(
            Language::Ar.separated(&contacts),
            "upr@mchr.org، +000 21 555 0142، www.mchr.org"
        );
        assert_eq!(
            Language::Ru.separated(&["HRC 65", "пункт 6"]),
            "HRC 65 · пункт 6"
        );
    }

    #[test]
    fn dashes_and_list_marks_are_each_languages_own() {
        let marks = |l: Language| {
            let p = &l.wording().punctuation;
            (p.dash.as_str(), p.long_dash.as_str(), p.list_mark.as_str())
        };
        for lang in [Language::En, Language::Fr, Language::Es] {
            assert_eq!(marks(lang), (" – ", " — ", "–"), "{lang:?}");
        }
        assert_eq!(marks(Language::Ar), (" – ", " — ", "–"));
        // Russian sets off with the em dash, and lists with it.
        assert_eq!(marks(Language::Ru), (" — ", " — ", "—"));
        // Chinese: the double dash, never spaced; a bullet for a list.
        assert_eq!(marks(Language::Zh), ("——", "——", "•"));
        // Nothing Latin is left between the Chinese words of the fixed wording.
        let zh = Language::Zh.wording();
        for text in [
            &zh.timing,
            &zh.talking_points.slot,
            &zh.cycle.factsheet.context,
            &zh.draft,
        ] {
            assert!(!text.contains(" · ") && !text.contains('–'), "{text}");
        }
    }
}
