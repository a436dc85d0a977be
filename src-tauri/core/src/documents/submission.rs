//! The stakeholder submission as PDF: title and authors, then the summary, the issues and the
//! recommendations in one sequence of numbered paragraphs, and the annexes. The layout engine
//! has no footnotes, so a note is marked [n] where it stands and printed under "Notes" at the
//! end; the Word export (`crate::submission::to_docx`) makes real footnotes.

use crate::layout::page::{Block, BlockStyle};
use crate::layout::{Face, Span};
use crate::model::{split_footnotes, Segment, Submission, SubmissionKind};
use crate::model::{Campaign, Organisation};
use crate::settings::Settings;
use crate::wording::roman;
use crate::Result;

use super::cycle_design::{self, BODY, LEADING};
use super::design::{self, INK, MUTED};
use super::wording::{fill, Language, SubmissionWording};

/// "Universal Periodic Review of <State>, cycle <n>, session <n>": the Word file's line too.
pub fn review_line(words: &SubmissionWording, campaign: &Campaign) -> String {
    fill(
        &words.review,
        &[
            ("state", &campaign.state_under_review),
            ("cycle", &campaign.cycle.to_string()),
            ("session", &campaign.session.to_string()),
        ],
    )
}

/// The PDF's bytes, its fixed wording in `lang`. `draft` marks every page.
pub fn render(
    submission: &Submission,
    organisation: &Organisation,
    campaign: &Campaign,
    settings: &Settings,
    lang: Language,
    draft: bool,
) -> Result<Vec<u8>> {
    let words = &lang.wording().cycle.submission;
    let mut texts: Vec<(String, &str)> = vec![
        ("the title".into(), &submission.title),
        ("the summary".into(), &submission.summary),
    ];
    for issue in &submission.issues {
        texts.push((format!("issue '{}'", issue.heading), &issue.heading));
        for p in &issue.paragraphs {
            texts.push((format!("issue '{}'", issue.heading), p));
        }
    }
    for r in &submission.recommendations {
        texts.push(("the recommendations".into(), r));
    }
    for p in &submission.partners {
        texts.push(("the partners".into(), p));
    }
    texts.push(("the annexes".into(), &submission.annexes));
    super::check_printable(&texts)?;

    let mut authors = vec![organisation.name.clone()];
    if submission.kind == SubmissionKind::Joint {
        authors.extend(submission.partners.iter().cloned());
    }
    let context = format!(
        "{} · {}",
        review_line(words, campaign),
        fill(&words.submitted_by, &[("authors", &authors.join(", "))])
    );
    let kicker = match submission.kind {
        SubmissionKind::Individual => &words.individual,
        SubmissionKind::Joint => &words.joint,
    };
    let mut blocks = cycle_design::title_block(kicker, submission.title.trim(), &context);
    let body = BlockStyle {
        space_after: 5.0,
        ..BlockStyle::text(BODY, LEADING)
    };
    let numbered = BlockStyle {
        indent: design::list_indent(BODY),
        ..body
    };
    let mut number = 0;
    let mut notes: Vec<String> = Vec::new();
    let mut paragraph = |text: &str, blocks: &mut Vec<Block>| {
        number += 1;
        let mut spans = Vec::new();
        for segment in split_footnotes(text.trim()) {
            match segment {
                Segment::Text(t) => spans.push(Span::new(t, Face::Regular, INK)),
                Segment::Footnote(n) => {
                    notes.push(n.to_string());
                    spans.push(Span::new(
                        format!("[{}]", notes.len()),
                        Face::Regular,
                        MUTED,
                    ));
                }
            }
        }
        blocks.push(design::item(
            spans,
            &format!("{number}."),
            Face::Bold,
            numbered,
        ));
    };
    let summary = submission.summary_paragraphs();
    if !summary.is_empty() {
        blocks.push(cycle_design::section(&words.summary));
        for p in summary {
            paragraph(p, &mut blocks);
        }
    }
    for (i, issue) in submission.issues.iter().enumerate() {
        blocks.push(cycle_design::section(&format!(
            "{}. {}",
            roman(i + 1),
            issue.heading.trim()
        )));
        for p in &issue.paragraphs {
            paragraph(p, &mut blocks);
        }
    }
    if !submission.recommendations.is_empty() {
        blocks.push(cycle_design::section(&words.recommendations));
        for r in &submission.recommendations {
            paragraph(r, &mut blocks);
        }
    }
    if !notes.is_empty() {
        blocks.push(cycle_design::section(&words.notes));
        let style = BlockStyle {
            size: 8.5,
            leading: 11.0,
            indent: design::list_indent(8.5),
            space_after: 2.0,
            ..BlockStyle::text(8.5, 11.0)
        };
        for (n, note) in notes.iter().enumerate() {
            blocks.push(design::item(
                vec![Span::new(note.clone(), Face::Regular, INK)],
                &format!("{}", n + 1),
                Face::Regular,
                style,
            ));
        }
    }
    let annexes = submission.annex_paragraphs();
    if !annexes.is_empty() {
        blocks.push(cycle_design::section(&words.annexes));
        for p in annexes {
            blocks.push(design::text(p.to_string(), Face::Regular, INK, body));
        }
    }
    let (_, pdf) = cycle_design::lay_out_and_paint(
        &blocks,
        organisation,
        campaign,
        settings,
        kicker,
        &fill(
            &words.subject,
            &[("kind", kicker), ("state", &campaign.state_under_review)],
        ),
        lang,
        draft,
        None,
    )?;
    Ok(pdf)
}
