//! The preview: the pages of a document as the PDF painter would paint them, for the app to
//! draw in its own window (WebKitGTK, the Linux webview, has no PDF viewer).
//!
//! It is the same page tree `write` paints, laid out with the same fonts, so the preview and
//! the PDF cannot disagree about a line break or a page break. Nothing is written to disk.

use serde::Serialize;

use super::{render_from_store, DocumentKind, DocumentOptions, DocumentReport, Overflow};
use crate::layout::Page;
use crate::store::Store;
use crate::{Error, Result};

/// What the Documents screen shows for the user's current choices.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Preview {
    /// The document fits its limit: its pages (in points, origin top-left, y downwards) and
    /// the report `write` would give.
    Fits {
        pages: Vec<Page>,
        report: DocumentReport,
    },
    /// The document does not fit: what overflows and what to shorten, as `write` would say,
    /// and its pages as laid out at the smallest size tried (the pages past the limit, or the
    /// words past the speaking time, are what the window marks as running over).
    TooLong {
        overflow: Overflow,
        pages: Vec<Page>,
    },
}

/// Lays out the document `kind` (any of the six) from the store's current campaign with
/// `options`, as [`super::write`] would, and returns its pages instead of writing a PDF. A
/// document over its limit is not an error here: the preview shows the advice. Missing data,
/// an unknown issue or target State, or a character the fonts lack are errors, as for
/// `write`; so is a submission over OHCHR's word limit (`submission_too_long`, which the
/// draft mark lifts).
pub fn preview(
    store: &mut Store,
    kind: DocumentKind,
    options: &DocumentOptions,
) -> Result<Preview> {
    match render_from_store(store, kind, options) {
        Ok(rendered) => Ok(Preview::Fits {
            pages: rendered.layout.pages,
            report: rendered.report,
        }),
        Err(Error::DocumentTooLong(overflow)) => {
            let mut overflow = *overflow;
            let pages = std::mem::take(&mut overflow.pages);
            Ok(Preview::TooLong { overflow, pages })
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use crate::documents::OverflowMeasure;
    use crate::layout::Item;

    /// The text of the runs, without white space or hyphens, so a word hyphenated at a line
    /// end or a sentence broken across lines reads back whole.
    fn squeezed(s: &str) -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{AD}')
            .collect()
    }

    #[test]
    fn the_demo_brief_previews_as_its_pdf_with_every_recommendation_on_the_page() {
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("brief.pdf");
        let options = DocumentOptions::default();
        let written = super::super::write(&mut store, DocumentKind::Brief, &options, &out).unwrap();

        let Preview::Fits { pages, report } =
            preview(&mut store, DocumentKind::Brief, &options).unwrap()
        else {
            panic!("the demo brief fits its page limit");
        };
        assert_eq!(report, written);
        assert_eq!(pages.len(), written.pages);
        let pdf = lopdf::Document::load(&out).unwrap();
        assert_eq!(pages.len(), pdf.get_pages().len());

        let mut text = String::new();
        for page in &pages {
            for placed in &page.items {
                let (left, top, right, bottom) = placed.item.bounds();
                assert!(
                    left >= 0.0 && top >= 0.0 && right <= page.width && bottom <= page.height,
                    "{:?} lies outside the {}×{} page",
                    placed.item,
                    page.width,
                    page.height
                );
                if let Item::Text(run) = &placed.item {
                    text.push_str(&run.text);
                }
            }
        }
        let text = squeezed(&text);
        let campaign = store.current_campaign().unwrap().unwrap();
        let issues = store.priority_issues(campaign.id).unwrap();
        let recommendations: Vec<&str> = issues
            .iter()
            .flat_map(|i| i.recommendations.iter().map(|r| r.text.as_str()))
            .collect();
        assert!(!recommendations.is_empty(), "the demo has recommendations");
        for r in recommendations {
            assert!(text.contains(&squeezed(r)), "the preview lacks '{r}'");
        }
    }

    #[test]
    fn every_document_of_the_demo_previews_as_the_pages_of_its_pdf() {
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let options = DocumentOptions::default();
        for kind in DocumentKind::ALL {
            let out = dir.path().join(format!("{kind}.pdf"));
            let written = super::super::write(&mut store, kind, &options, &out)
                .unwrap_or_else(|e| panic!("the demo {kind}: {e}"));
            let Preview::Fits { pages, report } = preview(&mut store, kind, &options).unwrap()
            else {
                panic!("the demo {kind} fits its limit");
            };
            assert_eq!(report, written, "{kind}");
            assert_eq!(report.kind, kind);
            let pdf = lopdf::Document::load(&out).unwrap();
            assert_eq!(pages.len(), pdf.get_pages().len(), "{kind}");
            assert!(
                pages.iter().any(|p| !p.body_text().is_empty()),
                "the {kind} has a body"
            );
        }
    }

    #[test]
    fn an_oral_statement_over_its_time_previews_as_advice_not_an_error() {
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        let mut settings = store.settings().unwrap();
        settings.oral_statement_seconds = 20;
        store.save_settings(&settings).unwrap();
        match preview(
            &mut store,
            DocumentKind::OralStatement,
            &DocumentOptions::default(),
        ) {
            Ok(Preview::TooLong { overflow, pages }) => {
                assert_eq!(overflow.kind, DocumentKind::OralStatement);
                assert!(overflow.words_over > 0);
                assert!(
                    pages.iter().any(|p| !p.body_text().is_empty()),
                    "the statement that runs over is still shown"
                );
            }
            other => panic!("expected advice to shorten, got {other:?}"),
        }
    }

    #[test]
    fn a_brief_over_its_pages_previews_with_its_pages_the_ones_past_the_limit_included() {
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        let mut settings = store.settings().unwrap();
        settings.brief_max_pages = 1;
        store.save_settings(&settings).unwrap();
        match preview(&mut store, DocumentKind::Brief, &DocumentOptions::default()) {
            Ok(Preview::TooLong { overflow, pages }) => {
                let OverflowMeasure::Pages {
                    pages: needed,
                    max_pages,
                    ..
                } = overflow.measure
                else {
                    panic!("a brief runs over pages, got {:?}", overflow.measure);
                };
                assert_eq!(max_pages, 1);
                assert_eq!(pages.len(), needed, "every page laid out is shown");
                assert!(pages.len() > max_pages);
                assert!(overflow.pages.is_empty(), "the pages travel once");
            }
            other => panic!("expected the brief to run over one page, got {other:?}"),
        }
    }
}
