//! The letter to the State under Review before the adoption (stage III: lobby the State to
//! support as many recommendations as possible and to file an addendum answering each). To a
//! named minister or Permanent Representative, it lists the recommendations the State received
//! on the priority issues that it has not answered yet or has noted, each with its reference
//! ("A/HRC/55/9, 118.34 (Norway)"), and asks for the support of each and for an addendum
//! before the adoption. One to two pages: what does not fit is reported, never cut.

use std::path::Path;
use std::sync::Arc;

use chrono::Local;

use crate::layout::{Block, Face, Layout, Span};
use crate::model::{Logo, PriorityIssue, ReceivedRecommendation, Response};
use crate::store::Store;
use crate::Result;

use super::advice::{issues_to_leave_out, within_pages};
use super::cycle_design::{self, BODY, LEADING};
use super::design::{self, INK, MUTED};
use super::pipeline::{self, Composed, Document, Preamble};
use super::running_text::fill_names;
use super::sources::select_issues;
use super::{DocumentKind, DocumentOptions, LaidOut, Sources};

/// A letter is one or two pages.
const MAX_PAGES: usize = 2;

/// The letter's parts in order: what the PDF sets (and the Word file writes).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum LetterPart {
    /// The organisation's logo, first on the letterhead, when one is stored.
    Logo(Arc<Logo>),
    /// The organisation's name and contacts at the top.
    Letterhead(String),
    /// A line of the letterhead's contacts, the date, the address block.
    Line(String),
    Subject(String),
    Paragraph(String),
    /// A recommendation asked for, with its reference.
    Item(String),
    /// The signature: the organisation's name.
    Signature(String),
}

/// Lays out and checks the letter of the store's current campaign.
pub(super) fn render(
    sources: &Sources,
    received: &[ReceivedRecommendation],
    options: &DocumentOptions,
) -> Result<LaidOut> {
    let preamble = sources.preamble(options)?;
    let (parts, issues) = letter_parts(sources, received, options)?;
    pipeline::run(
        &Letter {
            parts,
            issues: &issues,
        },
        &preamble,
        options,
    )
}

/// Writes the letter of the current campaign to `out`: Word for a `.docx` file (letters get
/// edited), else the PDF. On any failure nothing is written.
pub fn write_letter(
    store: &mut Store,
    options: &DocumentOptions,
    out: &Path,
) -> Result<super::DocumentReport> {
    super::write_pdf_or_word(
        store,
        DocumentKind::Letter,
        options,
        out,
        |store, sources, paper| {
            let received = store.received_recommendations(sources.campaign.id)?;
            let (parts, _) = letter_parts(sources, &received, options)?;
            super::letter_docx::to_docx(&parts, paper)
        },
    )
}

/// The letter's parts and the issues it is on, its user texts checked printable.
fn letter_parts(
    sources: &Sources,
    received: &[ReceivedRecommendation],
    options: &DocumentOptions,
) -> Result<(Vec<LetterPart>, Vec<PriorityIssue>)> {
    let preamble = sources.preamble(options)?;
    let issues = select_issues(sources.issues, &options.issues)?;
    let asked = asked(&issues, received, preamble.campaign.cycle);
    let mut texts: Vec<(String, &str)> = Vec::new();
    if let Some(to) = &options.to {
        texts.push(("the addressee".into(), to));
    }
    for r in &asked {
        texts.push(("a received recommendation".into(), &r.text));
        texts.push(("a received recommendation's reference".into(), &r.reference));
        texts.push((
            "a received recommendation's State".into(),
            &r.recommending_state,
        ));
    }
    super::check_printable(&texts)?;
    let parts = parts(&preamble, &asked, options);
    Ok((parts, issues))
}

/// This review's recommendations on the chosen issues that the State has not answered or has
/// noted, in the order of the issues.
fn asked<'a>(
    issues: &[PriorityIssue],
    received: &'a [ReceivedRecommendation],
    cycle: u32,
) -> Vec<&'a ReceivedRecommendation> {
    issues
        .iter()
        .flat_map(|issue| {
            received.iter().filter(move |r| {
                r.priority_issue_id == Some(issue.id)
                    && r.cycle.map_or(true, |c| c == cycle)
                    && r.response != Response::Supported
            })
        })
        .collect()
}

/// "Repeal the law — A/HRC/55/9, 118.34 (Norway)", the brackets the language's own.
fn with_reference(r: &ReceivedRecommendation, preamble: &Preamble) -> String {
    let lang = preamble.lang;
    let mut reference = r.reference.trim().to_string();
    if !r.recommending_state.trim().is_empty() {
        let state = lang.aside(&preamble.recommending_states(&r.recommending_state));
        reference = if reference.is_empty() {
            state.trim_start().to_string()
        } else {
            format!("{reference}{state}")
        };
    }
    if reference.is_empty() {
        r.text.trim().to_string()
    } else {
        let dash = &lang.wording().punctuation.long_dash;
        format!("{}{dash}{reference}", r.text.trim())
    }
}

fn parts(
    preamble: &Preamble,
    asked: &[&ReceivedRecommendation],
    options: &DocumentOptions,
) -> Vec<LetterPart> {
    let lang = preamble.lang;
    let w = &lang.wording().letter;
    let org = preamble.organisation;
    let state = preamble.state_under_review();
    let org_name = preamble.organisation_in_text();
    let names = [("state", &state), ("organisation", &org_name)];
    let campaign = preamble.campaign;

    let mut parts: Vec<LetterPart> = crate::logo::stored_logo(org, preamble.settings)
        .map(|logo| LetterPart::Logo(Arc::new(logo)))
        .into_iter()
        .collect();
    parts.push(LetterPart::Letterhead(org.name.trim().to_string()));
    let contacts = cycle_design::contacts(org, true);
    if !contacts.is_empty() {
        parts.push(LetterPart::Line(lang.separated(&contacts)));
    }
    let today = options.date.unwrap_or_else(|| Local::now().date_naive());
    parts.push(LetterPart::Line(lang.date(today)));
    let to = options
        .to
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| w.default_addressee.clone());
    parts.push(LetterPart::Line(to));
    parts.push(LetterPart::Line(state.formal.clone()));
    parts.push(LetterPart::Subject(fill_names(&w.subject, &names, &[])));
    parts.push(LetterPart::Paragraph(w.salutation.clone()));

    let session = super::adoption_session(lang, &campaign.adoption_session, false);
    let adoption = match (campaign.adoption_date, session.as_str()) {
        (Some(d), "") => lang.date(d),
        (Some(d), session) => lang.commas(&[session, lang.date(d).as_str()]),
        (None, "") => w.adoption_unknown.clone(),
        (None, session) => session.to_string(),
    };
    parts.push(LetterPart::Paragraph(fill_names(
        &w.opening,
        &names,
        &[("adoption", &adoption)],
    )));
    if asked.is_empty() {
        parts.push(LetterPart::Paragraph(fill_names(&w.none_open, &names, &[])));
    } else {
        parts.push(LetterPart::Paragraph(fill_names(&w.listed, &names, &[])));
        parts.extend(
            asked
                .iter()
                .map(|r| LetterPart::Item(with_reference(r, preamble))),
        );
        parts.push(LetterPart::Paragraph(fill_names(
            &w.ask,
            &names,
            &[("adoption", &adoption)],
        )));
    }
    parts.push(LetterPart::Paragraph(w.closing.clone()));
    parts.push(LetterPart::Signature(cycle_design::coalition(org, lang)));
    parts
}

struct Letter<'a> {
    parts: Vec<LetterPart>,
    issues: &'a [PriorityIssue],
}

impl Document for Letter<'_> {
    const KIND: DocumentKind = DocumentKind::Letter;
    const BODY_SIZES: &'static [f32] = &[BODY];

    fn compose(&self, preamble: &Preamble, _size: f32) -> Result<Composed> {
        let w = &preamble.lang.wording().letter;
        let blocks: Vec<Block> = self
            .parts
            .iter()
            .map(|part| match part {
                LetterPart::Logo(logo) => design::logo(logo),
                LetterPart::Letterhead(t) => design::subject(t.clone()),
                LetterPart::Line(t) => {
                    design::text(t.clone(), Face::Regular, MUTED, cycle_design::spaced(3.0))
                }
                LetterPart::Subject(t) => design::heading(
                    vec![Span::new(t.clone(), Face::Bold, INK)],
                    BODY + 1.0,
                    10.0,
                    8.0,
                ),
                LetterPart::Paragraph(t) => cycle_design::paragraph(t),
                LetterPart::Item(t) => cycle_design::bullet(t),
                LetterPart::Signature(t) => {
                    design::heading(vec![Span::new(t.clone(), Face::Bold, INK)], BODY, 18.0, 0.0)
                }
            })
            .collect();
        let subject = fill_names(
            &w.subject,
            &[
                ("state", &preamble.state_under_review()),
                ("organisation", &preamble.organisation_in_text()),
            ],
            &[],
        );
        Ok(cycle_design::composed(preamble, blocks, &w.title, subject))
    }

    /// Two pages; over them, the pages needed, the lines over and the issues to leave out.
    fn check(&self, _: &Preamble, _: &Composed, layout: &Layout) -> Result<()> {
        within_pages(
            DocumentKind::Letter,
            layout,
            (BODY, LEADING),
            MAX_PAGES,
            || issues_to_leave_out(self.issues),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;
    use crate::monitoring::{record_received, NewReceived};
    use crate::store::Store;

    #[test]
    fn the_letter_asks_for_the_open_and_noted_recommendations_with_their_references() {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        let campaign = store.current_campaign().unwrap().unwrap();
        let issue = store.priority_issues(campaign.id).unwrap()[0].title.clone();
        for (text, state, response, reference) in [
            (
                "Decriminalise defamation",
                "Norway",
                Response::Pending,
                "A/HRC/55/9, 118.34",
            ),
            (
                "Protect journalists",
                "Chile",
                Response::Noted,
                "A/HRC/55/9, 118.35",
            ),
            (
                "Already answered",
                "Peru",
                Response::Supported,
                "A/HRC/55/9, 118.36",
            ),
        ] {
            record_received(
                &mut store,
                NewReceived {
                    text: text.into(),
                    recommending_state: state.into(),
                    response,
                    reference: reference.into(),
                    cycle: Some(campaign.cycle),
                    issue: Some(issue.clone()),
                },
            )
            .unwrap();
        }
        let options = DocumentOptions {
            language: Some(Language::Fr),
            to: Some("S. E. Mme Ana Ruiz, Ministre de la Justice".into()),
            ..DocumentOptions::default()
        };
        let laid =
            super::super::render_from_store(&mut store, DocumentKind::Letter, &options).unwrap();
        assert!(laid.layout.pages.len() <= 2);
        let text = laid
            .layout
            .pages
            .iter()
            .flat_map(|p| p.body_text())
            .collect::<Vec<_>>()
            .join("\n");
        for expected in [
            "Mme Ana Ruiz",
            // The recommending States by their French names, as the letter is in French.
            "Decriminalise defamation — A/HRC/55/9, 118.34 (Norvège)",
            "Protect journalists — A/HRC/55/9, 118.35 (Chili)",
        ] {
            assert!(text.contains(expected), "{expected} not in {text}");
        }
        assert!(!text.contains("Already answered"), "{text}");
    }

    /// A logo twice as wide as the box allows, so that fitting it is what sets its size.
    fn store_with_logo(files: &std::path::Path) -> Store {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        let image = image::RgbaImage::from_fn(1200, 300, |x, _| {
            image::Rgba([0, 82, 147, if x < 600 { 255 } else { 0 }])
        });
        let file = files.join("logo.png");
        image.save(&file).unwrap();
        crate::logo::set_logo(&mut store, &file).unwrap();
        store
    }

    #[test]
    fn the_letterhead_shows_the_stored_logo_fitted_in_its_box() {
        let files = tempfile::tempdir().unwrap();
        let mut store = store_with_logo(files.path());
        let options = DocumentOptions::default();
        let laid =
            super::super::render_from_store(&mut store, DocumentKind::Letter, &options).unwrap();
        let first = &laid.layout.pages[0];
        let images: Vec<_> = first
            .items
            .iter()
            .filter_map(|p| match &p.item {
                crate::layout::Item::Image {
                    x,
                    top,
                    width,
                    height,
                    ..
                } => Some((*x, *top, *width, *height)),
                _ => None,
            })
            .collect();
        assert_eq!(images.len(), 1, "one logo on the first page");
        let (x, top, width, height) = images[0];
        let g = &laid.layout.geometry;
        assert!((x - g.body_left()).abs() < 0.01);
        assert!((top - g.body_top()).abs() < 0.01, "first on the letterhead");
        // 1200 × 300 into 50 × 20 mm: as wide as the box, a quarter as tall.
        assert!((width - crate::layout::mm(50.0)).abs() < 0.01, "{width}");
        assert!((width / height - 4.0).abs() < 0.01, "{width} × {height}");
        // The organisation's name comes under it.
        let name_top = first
            .items
            .iter()
            .find_map(|p| match &p.item {
                crate::layout::Item::Text(t) if p.region == crate::layout::Region::Body => {
                    Some(t.top)
                }
                _ => None,
            })
            .unwrap();
        assert!(
            name_top >= top + height,
            "{name_top} under {}",
            top + height
        );
        assert!(laid.layout.pages.len() <= MAX_PAGES);

        let out = files.path().join("letter.pdf");
        write_letter(&mut store, &options, &out).unwrap();
        let pdf = lopdf::Document::load(&out).unwrap();
        let images: Vec<_> = pdf
            .objects
            .values()
            .filter_map(|o| o.as_stream().ok())
            .filter(|s| s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image"))
            .map(|s| {
                let n = |k: &[u8]| s.dict.get(k).and_then(|v| v.as_i64()).unwrap();
                (n(b"Width"), n(b"Height"))
            })
            .collect();
        // The image and its transparency mask, scaled to 300 dpi for 50 mm (591 pixels).
        assert_eq!(images.len(), 2, "{images:?}");
        assert!(
            images.iter().all(|(w, h)| *w == 591 && *h == 148),
            "{images:?}"
        );
    }

    #[test]
    fn the_word_letter_carries_the_logo() {
        let files = tempfile::tempdir().unwrap();
        let mut store = store_with_logo(files.path());
        let out = files.path().join("letter.docx");
        write_letter(&mut store, &DocumentOptions::default(), &out).unwrap();
        let bytes = std::fs::read(&out).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let media: Vec<String> = zip
            .file_names()
            .filter(|n| n.starts_with("word/media/") && n.ends_with(".png"))
            .map(String::from)
            .collect();
        assert_eq!(media.len(), 1, "{media:?}");
        let mut png = Vec::new();
        std::io::Read::read_to_end(&mut zip.by_name(&media[0]).unwrap(), &mut png).unwrap();
        let picture = image::load_from_memory(&png).unwrap();
        assert_eq!((picture.width(), picture.height()), (591, 148));
        let xml = crate::documents::submission_docx::docx_part(&bytes, "word/document.xml");
        // 50 mm in English Metric Units.
        assert!(xml.contains("cx=\"1800000\""), "{xml}");
    }

    #[test]
    fn without_a_logo_the_letter_has_no_image() {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        let laid = super::super::render_from_store(
            &mut store,
            DocumentKind::Letter,
            &DocumentOptions::default(),
        )
        .unwrap();
        assert!(laid
            .layout
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .all(|p| !matches!(p.item, crate::layout::Item::Image { .. })));
    }
}
