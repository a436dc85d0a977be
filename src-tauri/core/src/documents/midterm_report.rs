//! The mid-term implementation report: how far the State under Review has implemented the
//! recommendations it received, first as a table by theme and status, then recommendation
//! by recommendation with its response, who is responsible and the evidence.

use serde::Serialize;

use crate::layout::{Block, BlockStyle, Cell, Face, Layout, Rgb, Span};
use crate::model::PriorityIssue;
use crate::monitoring::{
    progress_by_theme, Evidence, ImplementationStatus, ReceivedRecommendation, Response,
    ThemeProgress, OTHER_THEME,
};
use crate::{Error, Result};

use super::cycle_design::{self, BODY, LEADING};
use super::design::{self, ACCENT, INK, MUTED, RULE};
use super::pipeline::{self, Composed, Document, Preamble};
use super::wording::{fill, CycleWording, Language};
use super::{DocumentDetails, DocumentKind, DocumentOptions, LaidOut, Sources};

/// What the report holds, for the message the user sees.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct MidtermSummary {
    pub pages: usize,
    pub recommendations: usize,
    pub themes: Vec<ThemeProgress>,
}

/// Makes the report of the recommendations `received` at the campaign's review; an error
/// when none are recorded yet.
pub(super) fn render(
    sources: &Sources,
    received: &[ReceivedRecommendation],
    options: &DocumentOptions,
) -> Result<LaidOut> {
    let preamble = sources.preamble(options)?;
    if received.is_empty() {
        return Err(Error::NoReceivedRecommendations);
    }
    super::check_printable(&printable_texts(received))?;
    let report = MidtermReport {
        received,
        issues: sources.issues,
        themes: progress_by_theme(received, sources.issues),
    };
    let mut rendered = pipeline::run(&report, &preamble, options)?;
    rendered.report.details = Some(DocumentDetails::MidtermReport(MidtermSummary {
        pages: rendered.report.pages,
        recommendations: received.len(),
        themes: report.themes,
    }));
    Ok(rendered)
}

/// The user's text the report prints, with where it comes from.
fn printable_texts(received: &[ReceivedRecommendation]) -> Vec<(String, &str)> {
    let mut texts: Vec<(String, &str)> = Vec::new();
    for (n, r) in received.iter().enumerate() {
        let at = format!("received recommendation {}", n + 1);
        texts.push((at.clone(), &r.text));
        texts.push((at.clone(), &r.recommending_state));
        texts.push((at.clone(), &r.responsible));
        texts.push((at.clone(), &r.reference));
        for e in &r.evidence {
            texts.push((format!("{at}, evidence"), &e.text));
            texts.push((format!("{at}, evidence"), &e.source));
        }
    }
    texts
}

struct MidtermReport<'a> {
    received: &'a [ReceivedRecommendation],
    issues: &'a [PriorityIssue],
    themes: Vec<ThemeProgress>,
}

impl Document for MidtermReport<'_> {
    const KIND: DocumentKind = DocumentKind::MidtermReport;
    const BODY_SIZES: &'static [f32] = &[BODY];

    fn compose(&self, preamble: &Preamble, _size: f32) -> Result<Composed> {
        let lang = preamble.lang;
        let words = &lang.wording().cycle;
        let subject = self.subject(preamble);
        let mut blocks = cycle_design::title_block(
            &words.midterm.title,
            &subject,
            &fill(
                &words.midterm.by,
                &[(
                    "organisation",
                    &cycle_design::coalition(preamble.organisation, lang),
                )],
            ),
        );
        blocks.push(cycle_design::section(&words.midterm.summary));
        blocks.extend(summary_table(&self.themes, lang));
        blocks.push(self.tracked(words));
        blocks.extend(detail(self.received, self.issues, &self.themes, preamble));
        Ok(cycle_design::composed(
            preamble,
            blocks,
            &words.midterm.title,
            subject,
        ))
    }

    /// No limit: the report is as long as the recommendations it tracks.
    fn check(&self, _: &Preamble, _: &Composed, _: &Layout) -> Result<()> {
        Ok(())
    }
}

impl MidtermReport<'_> {
    /// "Implementation of the recommendations to <State>", with the cycle when known.
    fn subject(&self, preamble: &Preamble) -> String {
        let words = &preamble.lang.wording().cycle;
        let cycle = self.received.iter().filter_map(|r| r.cycle).max();
        let state = preamble.campaign.state_under_review.as_str();
        match cycle {
            Some(c) => fill(
                &words.midterm.subject_cycle,
                &[("state", state), ("cycle", &c.to_string())],
            ),
            None => fill(&words.midterm.subject, &[("state", state)]),
        }
    }

    /// The line under the table: how many are tracked, supported, noted, fully implemented.
    fn tracked(&self, words: &CycleWording) -> Block {
        let received = self.received;
        let count = |f: &dyn Fn(&ReceivedRecommendation) -> bool| {
            received.iter().filter(|r| f(r)).count().to_string()
        };
        design::text(
            fill(
                &words.midterm.tracked,
                &[
                    ("count", &received.len().to_string()),
                    ("supported", &count(&|r| r.response == Response::Supported)),
                    ("noted", &count(&|r| r.response == Response::Noted)),
                    (
                        "fully",
                        &count(&|r| r.status == ImplementationStatus::Fully),
                    ),
                ],
            ),
            Face::Regular,
            MUTED,
            BlockStyle {
                space_before: 6.0,
                ..BlockStyle::text(9.0, 12.0)
            },
        )
    }
}

/// Column positions (from the body's left edge) and widths, in points: the theme, then the
/// four statuses and the total as figures.
const THEME_WIDTH: f32 = 190.0;
const FIGURE_WIDTH: f32 = 50.0;
const FIGURE_GAP: f32 = 6.0;

fn row(cells: Vec<(String, Face, Rgb)>, heading: bool, rule: Option<Rgb>) -> Block {
    let cells = cells
        .into_iter()
        .enumerate()
        .map(|(i, (text, face, color))| {
            let (x, width) = if i == 0 {
                (0.0, THEME_WIDTH)
            } else {
                (
                    THEME_WIDTH + FIGURE_GAP + (i - 1) as f32 * (FIGURE_WIDTH + FIGURE_GAP),
                    FIGURE_WIDTH,
                )
            };
            Cell {
                spans: vec![Span::new(text, face, color)],
                x,
                width,
                align_right: i > 0,
            }
        })
        .collect();
    let size = if heading { 8.5 } else { 9.5 };
    Block::Row {
        cells,
        size,
        leading: size * 1.35,
        space_before: 3.0,
        space_after: 2.0,
        keep_with_next: heading,
        rule_below: rule,
    }
}

/// A theme's name as printed: the catch-all theme in the document's language.
fn theme_name(theme: &str, lang: Language) -> String {
    if theme == OTHER_THEME {
        lang.wording().cycle.midterm.other_theme.clone()
    } else {
        theme.to_string()
    }
}

fn summary_table(themes: &[ThemeProgress], lang: Language) -> Vec<Block> {
    let words = &lang.wording().cycle;
    let mut header = vec![(words.midterm.theme.clone(), Face::Bold, ACCENT)];
    for s in ImplementationStatus::ALL {
        header.push((words.status_short(s).to_string(), Face::Bold, ACCENT));
    }
    header.push((words.midterm.total.clone(), Face::Bold, ACCENT));
    let mut blocks = vec![row(header, true, Some(ACCENT))];
    let mut totals = [0usize; 4];
    for t in themes {
        let mut cells = vec![(theme_name(&t.theme, lang), Face::Regular, INK)];
        for (i, n) in t.counts.iter().enumerate() {
            totals[i] += n;
            cells.push((n.to_string(), Face::Regular, INK));
        }
        cells.push((t.total().to_string(), Face::Bold, INK));
        blocks.push(row(cells, false, Some(RULE)));
    }
    let mut cells = vec![(words.midterm.all_themes.clone(), Face::Bold, INK)];
    for n in totals {
        cells.push((n.to_string(), Face::Bold, INK));
    }
    cells.push((totals.iter().sum::<usize>().to_string(), Face::Bold, INK));
    blocks.push(row(cells, false, None));
    blocks
}

/// The recommendations one by one, theme by theme, numbered through.
fn detail(
    received: &[ReceivedRecommendation],
    issues: &[PriorityIssue],
    themes: &[ThemeProgress],
    preamble: &Preamble,
) -> Vec<Block> {
    let lang = preamble.lang;
    let words = &lang.wording().cycle;
    let mut blocks = vec![cycle_design::section(&words.midterm.one_by_one)];
    let mut number = 0;
    for theme in themes {
        blocks.push(design::heading(
            vec![Span::new(theme_name(&theme.theme, lang), Face::Bold, INK)],
            10.5,
            8.0,
            2.0,
        ));
        let in_theme = received.iter().filter(|r| {
            let title = r
                .priority_issue_id
                .and_then(|id| issues.iter().find(|i| i.id == id))
                .map_or(OTHER_THEME, |i| i.title.as_str());
            title == theme.theme
        });
        for r in in_theme {
            number += 1;
            blocks.extend(recommendation_blocks(r, number, preamble));
        }
    }
    blocks
}

/// One received recommendation: its text, numbered; its status, reference, State, response
/// and who is responsible; then its evidence, dated.
fn recommendation_blocks(
    r: &ReceivedRecommendation,
    number: usize,
    preamble: &Preamble,
) -> Vec<Block> {
    let lang = preamble.lang;
    let text_style = BlockStyle {
        indent: design::list_indent(BODY),
        space_before: 5.0,
        space_after: 1.0,
        keep_with_next: true,
        ..BlockStyle::text(BODY, LEADING)
    };
    let meta_style = BlockStyle {
        indent: design::list_indent(BODY),
        space_after: 1.0,
        ..BlockStyle::text(8.5, 11.5)
    };
    let evidence_style = BlockStyle {
        indent: design::list_indent(BODY) + 12.0,
        space_after: 1.0,
        ..BlockStyle::text(8.5, 11.5)
    };
    let mut blocks = vec![design::item(
        vec![Span::new(r.text.clone(), Face::Regular, INK)],
        &format!("{number}."),
        Face::Bold,
        text_style,
    )];
    blocks.push(status_line(r, preamble, meta_style));
    blocks.extend(
        r.evidence
            .iter()
            .map(|e| evidence_item(e, lang, evidence_style)),
    );
    blocks
}

/// The status in its colour, then the reference, the recommending State, the response and
/// who is responsible; kept with the evidence under it.
fn status_line(r: &ReceivedRecommendation, preamble: &Preamble, style: BlockStyle) -> Block {
    let lang = preamble.lang;
    let words = &lang.wording().cycle;
    let mut meta = Vec::new();
    if !r.reference.is_empty() {
        meta.push(r.reference.clone());
    }
    if !r.recommending_state.is_empty() {
        meta.push(preamble.recommending_states(&r.recommending_state));
    }
    meta.push(words.response(r.response).to_string());
    let separator = &lang.wording().punctuation.separator;
    let mut spans = vec![
        Span::new(
            words.status(r.status).to_string(),
            Face::Bold,
            status_color(r.status),
        ),
        Span::new(
            format!("{separator}{}", lang.separated(&meta)),
            Face::Regular,
            MUTED,
        ),
    ];
    if !r.responsible.is_empty() {
        spans.push(Span::new(
            format!(
                "{separator}{}",
                fill(&words.midterm.responsible, &[("who", &r.responsible)])
            ),
            Face::Regular,
            MUTED,
        ));
    }
    Block::Text {
        spans,
        style: BlockStyle {
            keep_with_next: !r.evidence.is_empty(),
            ..style
        },
        label: None,
    }
}

/// One piece of evidence: its date, what it shows, its source.
fn evidence_item(e: &Evidence, lang: Language, style: BlockStyle) -> Block {
    let mut spans = vec![
        Span::new(format!("{} ", lang.date(e.date)), Face::Bold, INK),
        Span::new(e.text.clone(), Face::Regular, INK),
    ];
    if !e.source.is_empty() {
        spans.push(Span::new(lang.aside(&e.source), Face::Italic, MUTED));
    }
    let mark = &lang.wording().punctuation.list_mark;
    design::item(spans, mark, Face::Regular, style)
}

/// Green for done, red for worse, grey for nothing yet, the accent for on the way.
fn status_color(status: ImplementationStatus) -> Rgb {
    match status {
        ImplementationStatus::Fully => Rgb(30, 120, 60),
        ImplementationStatus::Partially => ACCENT,
        ImplementationStatus::NotStarted => MUTED,
        ImplementationStatus::Regressed => Rgb(190, 30, 45),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::lay_out;
    use crate::layout::{Item, Region};
    use crate::settings::Paper;

    #[test]
    fn the_summary_table_keeps_its_columns_inside_the_margins_with_figures_flush_right_in_every_language(
    ) {
        let doc = crate::demo::document().unwrap();
        let data = &doc.campaigns[0];
        let themes = progress_by_theme(&data.received_recommendations, &data.priority_issues);
        assert_eq!(
            themes.iter().map(ThemeProgress::total).sum::<usize>(),
            data.received_recommendations.len()
        );
        let furniture = crate::layout::Furniture {
            size: 7.5,
            leading: 10.0,
            header_left: Vec::new(),
            header_right: Vec::new(),
            footer_left: Vec::new(),
            page_number: Span::new("{page}", Face::Regular, MUTED),
            mark: None,
            rule_color: RULE,
        };
        let layouts = [Language::En, Language::Fr, Language::Es]
            .into_iter()
            .flat_map(|lang| [(lang, Paper::A4), (lang, Paper::Letter)]);
        for (lang, paper) in layouts {
            let blocks = summary_table(&themes, lang);
            let layout = lay_out(&blocks, &furniture, design::geometry(paper), None);
            assert_eq!(layout.pages.len(), 1);
            let g = &layout.geometry;
            let texts: Vec<_> = layout.pages[0]
                .items
                .iter()
                .filter(|p| p.region == Region::Body)
                .filter_map(|p| match &p.item {
                    Item::Text(t) => Some(t),
                    Item::Rule { .. } | Item::Image { .. } => None,
                })
                .collect();
            for t in &texts {
                assert!(
                    t.x >= g.body_left() - 0.01 && t.x + t.width <= g.body_right() + 0.01,
                    "{t:?}"
                );
            }
            // The totals column: every figure ends on the same right edge.
            let right = g.body_left()
                + THEME_WIDTH
                + FIGURE_GAP
                + 4.0 * (FIGURE_WIDTH + FIGURE_GAP)
                + FIGURE_WIDTH;
            let totals: Vec<_> = texts
                .iter()
                .filter(|t| (t.x + t.width - right).abs() < 0.01)
                .collect();
            assert_eq!(
                totals.len(),
                themes.len() + 2,
                "heading, one per theme, all themes"
            );
            // No two pieces of text overlap, wrapped theme names included.
            for (i, a) in texts.iter().enumerate() {
                for b in &texts[i + 1..] {
                    let apart = a.x + a.width <= b.x + 0.01
                        || b.x + b.width <= a.x + 0.01
                        || a.top + a.height <= b.top + 0.01
                        || b.top + b.height <= a.top + 0.01;
                    assert!(apart, "{a:?} overlaps {b:?}");
                }
            }
        }
    }
}
