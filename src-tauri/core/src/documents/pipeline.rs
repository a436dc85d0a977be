//! The one path every document takes: gather its sources (`sources.rs`), compose its blocks
//! (the document's own file), lay them out (`crate::layout`), check its limit, and paint it
//! (`crate::pdf`). A document says only what is its own — its blocks, its wording, its limit —
//! through [`Document`]; [`run`] takes the same steps in the same order for every one up to
//! the check, and [`LaidOut::paint`] is the last step, which only `write` takes: the preview
//! stops before it, on the same pages, so the two cannot disagree.

use chrono::Local;

use crate::layout::{lay_out, Block, Layout};
use crate::model::{Campaign, CustomName, Organisation};
use crate::names_in_text::NameInText;
use crate::pdf::{paint, Metadata};
use crate::settings::Settings;
use crate::{Error, Result};

use super::design;
use super::speech::word_count;
use super::wording::Language;
use super::{DocumentKind, DocumentOptions, DocumentReport, Rendered};

/// Who writes a document, for which review, with which settings and in which language: what
/// every document's header, footer and metadata are made from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Preamble<'a> {
    pub organisation: &'a Organisation,
    pub campaign: &'a Campaign,
    pub settings: &'a Settings,
    pub lang: Language,
    /// The campaign's own words for names in running text (fictional or disputed States,
    /// the organisation's name).
    pub names: &'a [CustomName],
}

impl Preamble<'_> {
    /// The State under Review as the document's sentences name it.
    pub fn state_under_review(&self) -> NameInText {
        self.state(&self.campaign.state_under_review)
    }

    /// A State (a delegation, a recommending State) as the document's sentences name it.
    pub fn state(&self, typed: &str) -> NameInText {
        NameInText::state(typed, self.lang, self.names)
    }

    /// The recommending States of a recommendation as recorded ("Denmark; Estonia"), each by
    /// its short name in the document's language, joined by the language's semicolon:
    /// "Danemark ; Estonie", "丹麦；爱沙尼亚". A name the UN's list does not hold stays as typed.
    pub fn recommending_states(&self, recorded: &str) -> String {
        let names: Vec<String> = recorded
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| self.state(s).short)
            .collect();
        self.lang.semicolons(&names)
    }

    /// The organisation as the document's sentences name it.
    pub fn organisation_in_text(&self) -> NameInText {
        NameInText::organisation(&self.organisation.name, self.lang, self.names)
    }
}

/// A document composed at one body size, ready to be laid out.
pub(super) struct Composed {
    pub blocks: Vec<Block>,
    /// What the document is ("Lobbying brief"): the header's second line and the start of
    /// the PDF's title.
    pub title: String,
    /// The PDF's subject.
    pub subject: String,
    pub keywords: Vec<String>,
    /// Hyphenated in the document's language. Text read aloud is not: a word split across
    /// lines trips the speaker.
    pub hyphenate: bool,
    pub body_size: f32,
    /// For a speech, the words said and the seconds they take; other documents report the
    /// words of their body.
    pub spoken: Option<(usize, u32)>,
    /// Remarks for the user (a speech shorter than its slot…).
    pub notes: Vec<super::DocumentNote>,
}

/// What one document says of itself; [`run`] does the rest.
pub(super) trait Document {
    const KIND: DocumentKind;

    /// The body sizes to try in turn, largest first, until the document fits its limit.
    /// Never empty.
    const BODY_SIZES: &'static [f32];

    /// The document's blocks, set at `size`, with what its header and metadata say.
    fn compose(&self, preamble: &Preamble, size: f32) -> Result<Composed>;

    /// Whether the laid-out document keeps to its limit (pages, speaking time, words); when
    /// it does not, the error says by how much and what to shorten.
    fn check(&self, preamble: &Preamble, composed: &Composed, layout: &Layout) -> Result<()>;
}

/// A document laid out and checked against its limit, with its report and its metadata:
/// everything but the painted PDF.
#[derive(Debug, Clone)]
pub(crate) struct LaidOut {
    pub report: DocumentReport,
    /// The pages the PDF is painted from; the app's preview draws the same tree.
    pub layout: Layout,
    meta: Metadata,
}

impl LaidOut {
    /// The pages laid out, to be put into another PDF (the print run's combined file).
    pub(crate) fn pages(&self) -> &[crate::layout::Page] {
        &self.layout.pages
    }

    /// The end step of every document written: the PDF painted from its pages.
    pub(crate) fn paint(self) -> Result<Rendered> {
        Ok(Rendered {
            pdf: paint(&self.layout, &self.meta)?,
            report: self.report,
            layout: self.layout,
        })
    }
}

/// Composes, lays out and checks `document`. A document over its limit at one body size is
/// tried at the next; over it at the last, the last check's error is returned.
pub(super) fn run<D: Document>(
    document: &D,
    preamble: &Preamble,
    options: &DocumentOptions,
) -> Result<LaidOut> {
    let sizes = D::BODY_SIZES;
    for (n, &size) in sizes.iter().enumerate() {
        let composed = document.compose(preamble, size)?;
        let layout = lay_out_composed(&composed, preamble, options);
        match document.check(preamble, &composed, &layout) {
            Ok(()) => return Ok(laid_out(D::KIND, composed, layout, preamble, options)),
            // The last size tried: its pages go with the report, for the preview to show
            // what fits and what runs over.
            Err(Error::DocumentTooLong(mut overflow)) if n + 1 == sizes.len() => {
                overflow.pages = layout.pages;
                return Err(Error::DocumentTooLong(overflow));
            }
            Err(over) if n + 1 == sizes.len() => return Err(over),
            Err(_) => {}
        }
    }
    Err(Error::invalid(
        "document",
        format!("the {} has no body size to be set in", D::KIND),
    ))
}

/// The layout step: the house header and footer, the paper chosen (else the settings'), the
/// date chosen (else today), hyphenation when the document allows it.
fn lay_out_composed(composed: &Composed, preamble: &Preamble, options: &DocumentOptions) -> Layout {
    lay_out_pages(
        &composed.blocks,
        &composed.title,
        composed.hyphenate,
        preamble,
        options,
    )
}

/// Lays `blocks` out as every document is laid out, with `title` in the header: the step
/// the documents share, and the print run's agenda, which is a page and no document.
pub(super) fn lay_out_pages(
    blocks: &[Block],
    title: &str,
    hyphenate: bool,
    preamble: &Preamble,
    options: &DocumentOptions,
) -> Layout {
    let lang = preamble.lang;
    let date = lang.date(options.date.unwrap_or_else(|| Local::now().date_naive()));
    let furniture = design::furniture(preamble, title, &date, options.draft);
    let paper = options.paper.unwrap_or(preamble.settings.paper);
    lay_out(
        blocks,
        &furniture,
        design::geometry(paper),
        crate::layout::Typesetting {
            hyphenation: hyphenate.then(|| lang.hyphenation()).flatten(),
            right_to_left: lang.is_right_to_left(),
        },
    )
}

/// What a PDF says about itself: `title` with the State under Review, the organisation as
/// author, the document's language and creation time.
pub(super) fn metadata(
    title: &str,
    subject: String,
    keywords: Vec<String>,
    preamble: &Preamble,
    options: &DocumentOptions,
) -> Metadata {
    Metadata {
        title: format!(
            "{title}{}{}",
            preamble.lang.wording().punctuation.dash,
            preamble.campaign.state_under_review
        ),
        author: preamble.organisation.name.clone(),
        subject,
        keywords,
        language: preamble.lang.tag().into(),
        created: options.created.unwrap_or_else(chrono::Utc::now),
    }
}

/// The step after the check: the document's metadata and its report, with its pages.
fn laid_out(
    kind: DocumentKind,
    composed: Composed,
    layout: Layout,
    preamble: &Preamble,
    options: &DocumentOptions,
) -> LaidOut {
    let meta = metadata(
        &composed.title,
        composed.subject,
        composed.keywords,
        preamble,
        options,
    );
    let (words, seconds) = composed.spoken.unwrap_or_else(|| (body_words(&layout), 0));
    LaidOut {
        report: DocumentReport {
            kind,
            pages: layout.pages.len(),
            words,
            seconds,
            body_size: composed.body_size,
            notes: composed.notes,
            details: None,
        },
        layout,
        meta,
    }
}

/// The words printed in the body.
pub(super) fn body_words(layout: &Layout) -> usize {
    layout
        .pages
        .iter()
        .flat_map(|p| p.body_text())
        .map(|l| word_count(&l))
        .sum()
}
