//! The UPR advocacy factsheet: one page per theme, in the format UPR Info's example uses —
//! coalition, theme, the previous recommendations and their implementation status, the
//! challenges (background and key facts with sources), questions and recommendations. What
//! does not fit on one page is reported, never cut or shrunk.

use serde::Serialize;

use crate::layout::{Block, BlockStyle, Face, Layout, Span};
use crate::model::PriorityIssue;
use crate::monitoring::{find_issue, ReceivedRecommendation};
use crate::{Error, Result};

use super::advice::longest_parts;
use super::cycle_design::{self, BODY, LEADING};
use super::design::{self, INK, MUTED};
use super::pipeline::{self, Composed, Document, Preamble};
use super::wording::{fill, CycleWording, Language};
use super::{DocumentDetails, DocumentKind, DocumentOptions, LaidOut, Overflow, Sources};

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct FactsheetSummary {
    pub theme: String,
    pub previous_recommendations: usize,
    pub questions: usize,
    pub recommendations: usize,
}

/// A factsheet is one page.
const MAX_PAGES: usize = 1;

/// Makes the factsheet of the priority issue `options.theme` names (its title or the start
/// of it; the first issue when none is named), with the recommendations `received` on it.
/// More than one page is refused with what to shorten.
pub(super) fn render(
    sources: &Sources,
    received: &[ReceivedRecommendation],
    options: &DocumentOptions,
) -> Result<LaidOut> {
    let preamble = sources.preamble(options)?;
    let issue = match options.theme.as_deref() {
        Some(title) => find_issue(sources.issues, title)?,
        None => sources.issues.first().ok_or_else(|| {
            Error::invalid(
                "factsheet",
                "there are no priority issues yet: a factsheet is about one; add it first",
            )
        })?,
    };
    let previous: Vec<&ReceivedRecommendation> = received
        .iter()
        .filter(|r| r.priority_issue_id == Some(issue.id))
        .collect();
    super::check_printable(&printable_texts(issue, &previous))?;
    let factsheet = Factsheet { issue, previous };
    let mut rendered = pipeline::run(&factsheet, &preamble, options)?;
    rendered.report.details = Some(DocumentDetails::Factsheet(FactsheetSummary {
        theme: issue.title.clone(),
        previous_recommendations: factsheet.previous.len(),
        questions: issue.questions.len(),
        recommendations: issue.recommendations.len(),
    }));
    Ok(rendered)
}

/// The user's text the factsheet prints, with where it comes from.
fn printable_texts<'a>(
    issue: &'a PriorityIssue,
    previous: &[&'a ReceivedRecommendation],
) -> Vec<(String, &'a str)> {
    let mut texts: Vec<(String, &str)> = vec![
        ("the title".into(), &issue.title),
        ("the background".into(), &issue.background),
    ];
    for f in &issue.facts {
        texts.push(("a key fact".into(), &f.text));
        texts.push(("a key fact's source".into(), &f.source));
    }
    for q in &issue.questions {
        texts.push(("a question".into(), &q.text));
    }
    for r in &issue.recommendations {
        texts.push(("a recommendation".into(), &r.text));
    }
    for r in previous {
        texts.push(("a previous recommendation".into(), &r.text));
        texts.push(("a previous recommendation".into(), &r.recommending_state));
    }
    texts
}

struct Factsheet<'a> {
    issue: &'a PriorityIssue,
    /// The recommendations received at the last review on this issue.
    previous: Vec<&'a ReceivedRecommendation>,
}

/// The factsheet's body text, a little smaller than the other cycle documents'.
const TEXT_SIZE: f32 = BODY - 0.5;
const TEXT_LEADING: f32 = LEADING - 1.0;

/// The factsheet's paragraphs and its lists.
fn body() -> BlockStyle {
    BlockStyle {
        space_after: 3.0,
        ..BlockStyle::text(TEXT_SIZE, TEXT_LEADING)
    }
}

fn listed() -> BlockStyle {
    BlockStyle {
        indent: design::list_indent(BODY),
        ..body()
    }
}

impl Document for Factsheet<'_> {
    const KIND: DocumentKind = DocumentKind::Factsheet;
    const BODY_SIZES: &'static [f32] = &[BODY];

    fn compose(&self, preamble: &Preamble, _size: f32) -> Result<Composed> {
        let lang = preamble.lang;
        let words = &lang.wording().cycle;
        let campaign = preamble.campaign;
        let session = fill(
            &lang.wording().session,
            &[("ordinal", &lang.ordinal(campaign.session))],
        );
        let context = fill(
            &words.factsheet.context,
            &[
                (
                    "coalition",
                    &cycle_design::coalition(preamble.organisation, lang),
                ),
                ("state", &campaign.state_under_review),
                ("session", &session),
            ],
        );
        let issue = self.issue;
        // The coalition's logo heads the sheet when one is stored (UPR-FACTS: "coalition
        // name and logo").
        let mut blocks: Vec<Block> =
            crate::logo::stored_logo(preamble.organisation, preamble.settings)
                .map(|logo| design::logo(&std::sync::Arc::new(logo)))
                .into_iter()
                .collect();
        blocks.extend(cycle_design::title_block(
            &words.factsheet.title,
            issue.title.trim(),
            &context,
        ));
        blocks.extend(self.previous_blocks(words, preamble));
        blocks.extend(challenges(issue, words, lang));
        blocks.extend(numbered(
            &words.factsheet.questions,
            issue.questions.iter().map(|q| q.text.as_str()),
        ));
        blocks.extend(numbered(
            &words.factsheet.recommendations,
            issue.recommendations.iter().map(|r| r.text.as_str()),
        ));
        let subject = fill(
            &words.factsheet.subject,
            &[
                ("issue", issue.title.trim()),
                ("state", &campaign.state_under_review),
            ],
        );
        Ok(cycle_design::composed(
            preamble,
            blocks,
            &words.factsheet.title,
            subject,
        ))
    }

    /// One page; over it, the pages it needs, the lines that do not fit and the longest
    /// parts of the issue, as the brief reports its own limit.
    fn check(&self, _: &Preamble, _: &Composed, layout: &Layout) -> Result<()> {
        if layout.pages.len() <= MAX_PAGES {
            return Ok(());
        }
        Err(Error::DocumentTooLong(Box::new(Overflow::of_pages(
            DocumentKind::Factsheet,
            layout,
            (TEXT_SIZE, TEXT_LEADING),
            MAX_PAGES,
            longest_parts(std::slice::from_ref(self.issue)),
        ))))
    }
}

impl Factsheet<'_> {
    /// The recommendations of the last review on this issue: who made them, the response,
    /// and how far they are implemented.
    fn previous_blocks(&self, words: &CycleWording, preamble: &Preamble) -> Vec<Block> {
        let lang = preamble.lang;
        if self.previous.is_empty() {
            return Vec::new();
        }
        let mut blocks = vec![cycle_design::section(&words.factsheet.previous)];
        for r in &self.previous {
            let mut spans = vec![Span::new(r.text.clone(), Face::Regular, INK)];
            let states = preamble.recommending_states(&r.recommending_state);
            let who: Vec<&str> = [states.as_str(), words.response(r.response)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            // The dash's leading space stays with the aside, the dash itself is bold with
            // the status: " — " in most languages, "——" with no space in Chinese.
            let dash = &lang.wording().punctuation.long_dash;
            let dash_starts = dash.len() - dash.trim_start().len();
            spans.push(Span::new(
                format!("{}{}", lang.aside(&lang.commas(&who)), &dash[..dash_starts]),
                Face::Regular,
                MUTED,
            ));
            spans.push(Span::new(
                format!("{}{}", &dash[dash_starts..], words.status(r.status)),
                Face::Bold,
                INK,
            ));
            blocks.push(design::item(spans, "•", Face::Bold, listed()));
        }
        blocks
    }
}

/// The challenges: the issue's background and its key facts with their sources.
fn challenges(issue: &PriorityIssue, words: &CycleWording, lang: Language) -> Vec<Block> {
    if issue.background.trim().is_empty() && issue.facts.is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![cycle_design::section(&words.factsheet.challenges)];
    if !issue.background.trim().is_empty() {
        blocks.push(design::text(
            issue.background.trim().to_string(),
            Face::Regular,
            INK,
            body(),
        ));
    }
    for f in &issue.facts {
        let spans = design::fact_with_source(f, |source| lang.aside(source));
        blocks.push(design::item(spans, "•", Face::Bold, listed()));
    }
    blocks
}

/// A section of numbered texts (questions, recommendations); nothing when there are none.
fn numbered<'t>(heading: &str, texts: impl ExactSizeIterator<Item = &'t str>) -> Vec<Block> {
    if texts.len() == 0 {
        return Vec::new();
    }
    let mut blocks = vec![cycle_design::section(heading)];
    for (n, text) in texts.enumerate() {
        blocks.push(design::item(
            vec![Span::new(text.to_string(), Face::Regular, INK)],
            &format!("{}.", n + 1),
            Face::Bold,
            listed(),
        ));
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn on(theme: &str) -> DocumentOptions {
        DocumentOptions {
            theme: Some(theme.into()),
            ..DocumentOptions::default()
        }
    }

    #[test]
    fn a_theme_too_long_for_one_page_is_reported_and_nothing_is_written() {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        let campaign = store.current_campaign().unwrap().unwrap();
        let mut issue = store.priority_issues(campaign.id).unwrap().remove(1);
        issue.background =
            "Detainees wait years for trial in cells built for a third of them. ".repeat(60);
        store.save_priority_issue(campaign.id, issue).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("torture.pdf");
        let err = super::super::write(&mut store, DocumentKind::Factsheet, &on("Torture"), &out)
            .unwrap_err();
        assert_eq!(err.code(), "document_too_long", "{err}");
        let Error::DocumentTooLong(overflow) = err else {
            unreachable!("the code says so");
        };
        assert_eq!(overflow.kind, DocumentKind::Factsheet);
        let crate::documents::OverflowMeasure::Pages {
            pages, max_pages, ..
        } = overflow.measure
        else {
            panic!("a factsheet is limited in pages: {:?}", overflow.measure);
        };
        assert_eq!((pages, max_pages), (2, 1));
        assert!(overflow.lines_over.is_some_and(|l| l > 0), "{overflow:?}");
        assert!(overflow.words_over > 0, "{overflow:?}");
        // The background the user made long is the first thing to shorten.
        assert_eq!(
            overflow.shorten.first().map(|s| &s.part),
            Some(&crate::documents::DocumentPart::Background {
                issue: "Torture and conditions of detention".into()
            }),
            "{overflow:?}"
        );
        assert!(!out.exists());
        // The other themes still fit.
        super::super::write(&mut store, DocumentKind::Factsheet, &on("Violence"), &out).unwrap();
        assert!(out.exists());
    }

    #[test]
    fn the_coalition_logo_heads_each_theme_and_the_sheet_still_fits_one_page() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("logo.png");
        std::fs::write(&file, crate::model::test_png(600, 200)).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        crate::logo::set_logo(&mut store, &file).unwrap();
        for theme in ["Torture", "Freedom", "Violence"] {
            let laid =
                super::super::render_from_store(&mut store, DocumentKind::Factsheet, &on(theme))
                    .unwrap();
            assert_eq!(laid.layout.pages.len(), 1, "{theme}");
            let first = laid.layout.pages[0]
                .items
                .iter()
                .find(|p| p.region == crate::layout::Region::Body);
            assert!(
                matches!(
                    first.map(|p| &p.item),
                    Some(crate::layout::Item::Image { .. })
                ),
                "{theme}: the logo comes first"
            );
        }
    }
}
