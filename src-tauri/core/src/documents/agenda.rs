//! The agenda page that opens the print run's combined PDF: for each delegation, in the order
//! its brief follows, the meetings recorded with it (date, where, the place or room as typed,
//! who takes part) and the recommendations we ask it to make. A delegation whose brief does
//! not fit is still listed, with a line saying its brief is not in the file. The meetings
//! with no target State of the run (the State under Review's mission, OHCHR, a side event)
//! follow under "Other meetings", in the order of their days and times, without asks: the
//! delegate's days are all on the page.

use crate::layout::{Block, BlockStyle, Face, Span};
use crate::model::{Meeting, PriorityIssue, TargetState};
use crate::names_in_text::NameInText;

use super::design::{self, ACCENT, INK, MUTED};
use super::running_text::fill_names;
use super::wording::{fill, Language};

const SIZE: f32 = 10.0;
const LEADING: f32 = 13.0;

/// One delegation on the agenda.
pub(super) struct AgendaEntry<'a> {
    pub target: &'a TargetState,
    /// The delegation's State as the agenda's language names it ("挪威" for "Norway").
    pub name: NameInText,
    /// Its meetings, in date order.
    pub meetings: Vec<&'a Meeting>,
    /// False when its brief does not fit and is left out of the combined file.
    pub brief_included: bool,
}

/// The agenda's blocks: a title block, one section per delegation, then the `others`
/// meetings (in date order) when there are any.
pub(super) fn blocks(
    entries: &[AgendaEntry],
    others: &[&Meeting],
    issues: &[PriorityIssue],
    context: String,
    lang: Language,
) -> Vec<Block> {
    let w = &lang.wording().print_run;
    let body = BlockStyle {
        space_after: 2.5,
        hyphenate: false,
        ..BlockStyle::text(SIZE, LEADING)
    };
    let list = BlockStyle {
        indent: design::list_indent(SIZE),
        space_after: 2.0,
        ..body
    };
    let mut b = vec![
        design::kicker(&w.title, 8.5),
        design::subject(context),
        design::heading(
            vec![Span::new(w.heading.clone(), Face::Bold, ACCENT)],
            10.0,
            1.0,
            0.0,
        ),
        design::rule(4.0, 5.0),
    ];
    for (n, entry) in entries.iter().enumerate() {
        let state = &entry.name.short;
        b.push(design::heading(
            vec![
                Span::new(format!("{}. ", n + 1), Face::Bold, ACCENT),
                Span::new(state.clone(), Face::Bold, ACCENT),
            ],
            SIZE * 1.2,
            if n == 0 { 2.0 } else { SIZE * 1.1 },
            SIZE * 0.3,
        ));
        if entry.meetings.is_empty() {
            b.push(design::text(
                w.no_meeting.clone(),
                Face::Italic,
                MUTED,
                body,
            ));
        }
        for meeting in &entry.meetings {
            b.push(meeting_line(meeting, lang, list));
        }
        let asks = asked(entry.target, issues);
        if asks.is_empty() {
            b.push(design::text(w.no_asks.clone(), Face::Italic, MUTED, body));
        } else {
            b.push(design::text(
                // `{state}` its short name ("We ask Norway to make:"), `{to_delegation}` its
                // formal name after "to" where the grammar wants it ("au Royaume de Norvège").
                fill_names(&w.asks, &[("delegation", &entry.name)], &[("state", state)]),
                Face::Bold,
                INK,
                BlockStyle {
                    keep_with_next: true,
                    ..body
                },
            ));
            for text in asks {
                b.push(design::item(
                    vec![Span::new(text.to_string(), Face::Regular, INK)],
                    "•",
                    Face::Bold,
                    list,
                ));
            }
        }
        if !entry.brief_included {
            b.push(design::text(
                w.not_included.clone(),
                Face::Bold,
                design::DRAFT,
                body,
            ));
        }
    }
    if !others.is_empty() {
        b.push(design::heading(
            vec![Span::new(w.other_meetings.clone(), Face::Bold, ACCENT)],
            SIZE * 1.2,
            SIZE * 1.1,
            SIZE * 0.3,
        ));
        for meeting in others {
            b.push(meeting_line(meeting, lang, list));
        }
    }
    b
}

/// "10 March 2027, 10:30, in Geneva – Palais des Nations, room XXIV. Ingrid Solberg".
fn meeting_line(meeting: &Meeting, lang: Language, style: BlockStyle) -> Block {
    let w = &lang.wording().print_run;
    let mut when = lang.date(meeting.date);
    if let Some(time) = meeting.time {
        let hours = time.format("%-H").to_string();
        let minutes = time.format("%M").to_string();
        when.push_str(&lang.wording().punctuation.comma);
        when.push_str(&fill(&w.time, &[("hours", &hours), ("minutes", &minutes)]));
    }
    let mut spans = vec![
        Span::new(when, Face::Bold, INK),
        Span::new(
            format!(
                "{}{}",
                lang.wording().punctuation.comma,
                w.places.of(meeting.place)
            ),
            Face::Regular,
            INK,
        ),
    ];
    let location = meeting.location.trim();
    if !location.is_empty() {
        let dash = &lang.wording().punctuation.dash;
        spans.push(Span::new(format!("{dash}{location}"), Face::Regular, INK));
    }
    let people = meeting.people.trim();
    if !people.is_empty() {
        let punctuation = &lang.wording().punctuation;
        spans.push(Span::new(
            format!("{}{}{people}", punctuation.stop, punctuation.space),
            Face::Italic,
            MUTED,
        ));
    }
    let mark = &lang.wording().punctuation.list_mark;
    design::item(spans, mark, Face::Regular, style)
}

/// The texts of the recommendations we ask `target` to make, in the issues' order.
fn asked<'a>(target: &TargetState, issues: &'a [PriorityIssue]) -> Vec<&'a str> {
    issues
        .iter()
        .flat_map(|issue| &issue.recommendations)
        .filter(|r| target.asks.contains(&r.id))
        .map(|r| r.text.as_str())
        .collect()
}
