//! The stakeholder submission as PDF: title and authors, then the summary, the issues and the
//! recommendations in one sequence of numbered paragraphs, and the annexes. The layout engine
//! has no footnotes, so a note is marked [n] where it stands and printed under "Notes" at the
//! end; the Word export (`submission_docx.rs`) makes real footnotes.

use crate::layout::{Block, BlockStyle, Face, Layout, Span};
use crate::model::{split_footnotes, Campaign, Segment, Submission, SubmissionKind};
use crate::submission::CountedSubmission;
use crate::{Error, Result};

use super::cycle_design::{self, BODY, LEADING};
use super::design::{self, INK, MUTED};
use super::pipeline::{self, Composed, Document, Preamble};
use super::wording::{fill, Language, SubmissionWording};
use super::{DocumentDetails, DocumentKind, DocumentOptions, LaidOut, Sources};

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

/// Makes the PDF of the submission `chosen`. Over OHCHR's word limit it is refused, unless
/// `options.draft` asks for a copy marked as a draft for the partners' review.
pub(super) fn render(
    sources: &Sources,
    chosen: &CountedSubmission,
    options: &DocumentOptions,
) -> Result<LaidOut> {
    let preamble = sources.preamble(options)?;
    super::check_printable(&printable_texts(&chosen.submission))?;
    let document = SubmissionPdf {
        chosen,
        draft: options.draft,
    };
    let mut rendered = pipeline::run(&document, &preamble, options)?;
    rendered.report.details = Some(DocumentDetails::Submission(chosen.count));
    Ok(rendered)
}

/// The user's text the submission prints, with where it comes from.
fn printable_texts(submission: &Submission) -> Vec<(String, &str)> {
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
    texts
}

struct SubmissionPdf<'a> {
    chosen: &'a CountedSubmission,
    draft: bool,
}

impl Document for SubmissionPdf<'_> {
    const KIND: DocumentKind = DocumentKind::Submission;
    const BODY_SIZES: &'static [f32] = &[BODY];

    fn compose(&self, preamble: &Preamble, _size: f32) -> Result<Composed> {
        let words = &preamble.lang.wording().cycle.submission;
        let submission = &self.chosen.submission;
        let kicker = match submission.kind {
            SubmissionKind::Individual => &words.individual,
            SubmissionKind::Joint => &words.joint,
        };
        let mut blocks =
            cycle_design::title_block(kicker, submission.title.trim(), &self.context(preamble));
        blocks.extend(body_blocks(submission, words, preamble.lang));
        let subject = fill(
            &words.subject,
            &[
                ("kind", kicker),
                ("state", &preamble.campaign.state_under_review),
            ],
        );
        Ok(cycle_design::composed(preamble, blocks, kicker, subject))
    }

    /// OHCHR's word limit, footnotes and annexes not counted; a draft may go over it.
    fn check(&self, _: &Preamble, _: &Composed, _: &Layout) -> Result<()> {
        let count = &self.chosen.count;
        if count.fits() || self.draft {
            return Ok(());
        }
        Err(Error::SubmissionTooLong {
            words: count.words,
            limit: count.limit,
            over: count.over(),
            kind: self.chosen.submission.kind,
        })
    }
}

impl SubmissionPdf<'_> {
    /// The review, and who submits: the organisation, with its partners for a joint one.
    fn context(&self, preamble: &Preamble) -> String {
        let words = &preamble.lang.wording().cycle.submission;
        let submission = &self.chosen.submission;
        let mut authors = vec![preamble.organisation.name.clone()];
        if submission.kind == SubmissionKind::Joint {
            authors.extend(submission.partners.iter().cloned());
        }
        preamble.lang.separated(&[
            review_line(words, preamble.campaign),
            fill(
                &words.submitted_by,
                &[("authors", &preamble.lang.commas(&authors))],
            ),
        ])
    }
}

/// The summary, the issues and the recommendations as one sequence of numbered paragraphs,
/// then the notes and the annexes.
fn body_blocks(submission: &Submission, words: &SubmissionWording, lang: Language) -> Vec<Block> {
    let mut numbered = Numbered::default();
    let summary = submission.summary_paragraphs();
    if !summary.is_empty() {
        numbered.blocks.push(cycle_design::section(&words.summary));
        for p in summary {
            numbered.paragraph(p);
        }
    }
    for (i, issue) in submission.issues.iter().enumerate() {
        numbered.blocks.push(cycle_design::section(
            &lang.numbered_section(i + 1, issue.heading.trim()),
        ));
        for p in &issue.paragraphs {
            numbered.paragraph(p);
        }
    }
    if !submission.recommendations.is_empty() {
        numbered
            .blocks
            .push(cycle_design::section(&words.recommendations));
        for r in &submission.recommendations {
            numbered.paragraph(r);
        }
    }
    let mut blocks = numbered.blocks;
    blocks.extend(notes(&numbered.notes, words));
    let annexes = submission.annex_paragraphs();
    if !annexes.is_empty() {
        blocks.push(cycle_design::section(&words.annexes));
        for p in annexes {
            blocks.push(design::text(p.to_string(), Face::Regular, INK, body()));
        }
    }
    blocks
}

fn body() -> BlockStyle {
    BlockStyle {
        space_after: 5.0,
        ..BlockStyle::text(BODY, LEADING)
    }
}

/// The numbered paragraphs as they are written, and the notes they mark.
#[derive(Default)]
struct Numbered {
    blocks: Vec<Block>,
    number: usize,
    notes: Vec<String>,
}

impl Numbered {
    /// The next numbered paragraph; each `^[note]` in it becomes a mark [n] and a note.
    fn paragraph(&mut self, text: &str) {
        self.number += 1;
        let mut spans = Vec::new();
        for segment in split_footnotes(text.trim()) {
            match segment {
                Segment::Text(t) => spans.push(Span::new(t, Face::Regular, INK)),
                Segment::Footnote(n) => {
                    self.notes.push(n.to_string());
                    spans.push(Span::new(
                        format!("[{}]", self.notes.len()),
                        Face::Regular,
                        MUTED,
                    ));
                }
            }
        }
        let numbered = BlockStyle {
            indent: design::list_indent(BODY),
            ..body()
        };
        self.blocks.push(design::item(
            spans,
            &format!("{}.", self.number),
            Face::Bold,
            numbered,
        ));
    }
}

/// The notes, numbered as their marks, under "Notes".
fn notes(notes: &[String], words: &SubmissionWording) -> Vec<Block> {
    if notes.is_empty() {
        return Vec::new();
    }
    let style = BlockStyle {
        size: 8.5,
        leading: 11.0,
        indent: design::list_indent(8.5),
        space_after: 2.0,
        ..BlockStyle::text(8.5, 11.0)
    };
    let mut blocks = vec![cycle_design::section(&words.notes)];
    for (n, note) in notes.iter().enumerate() {
        blocks.push(design::item(
            vec![Span::new(note.clone(), Face::Regular, INK)],
            &format!("{}", n + 1),
            Face::Regular,
            style,
        ));
    }
    blocks
}
