//! The submission as a Word document, the format OHCHR works with: title and authors, then
//! the summary, the issues and the recommendations in one sequence of numbered paragraphs
//! (Word's own numbering, so that it renumbers when someone edits), footnotes as real Word
//! footnotes, annexes unnumbered at the end, and "Page x of y" in the footer.

use docx_rs::{
    AbstractNumbering, AlignmentType, Docx, Footer, Footnote, IndentLevel, Level, LevelJc,
    LevelText, NumPages, NumberFormat, Numbering, NumberingId, PageNum, Paragraph, Run, RunFonts,
    SpecialIndentType, Start, Style, StyleType, VertAlignType,
};

use crate::language::Language;
use crate::model::{split_footnotes, Campaign, Organisation, Segment, Submission, SubmissionKind};
use crate::settings::Paper;
use crate::wording::fill;
use crate::{Error, Result};

/// The numbering of the paragraphs (one list through the whole body).
const PARAGRAPH_NUMBERING: usize = 1;
/// Word sizes are in half points.
const BODY_HALF_POINTS: usize = 22;
const HEADING_HALF_POINTS: usize = 26;
const TITLE_HALF_POINTS: usize = 32;
/// Twentieths of a point: the hanging indent that holds the paragraph number.
const NUMBER_INDENT: i32 = 567;

/// The Word file's bytes, its fixed wording in `lang`.
pub fn to_docx(
    submission: &Submission,
    organisation: Option<&Organisation>,
    campaign: &Campaign,
    paper: Paper,
    lang: Language,
) -> Result<Vec<u8>> {
    let words = &lang.wording().cycle.submission;
    let mut doc = house_document(paper)
        .add_style(heading_style())
        .add_style(footnote_reference_style())
        .add_abstract_numbering(
            AbstractNumbering::new(PARAGRAPH_NUMBERING).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("decimal"),
                    LevelText::new("%1."),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(NUMBER_INDENT),
                    Some(SpecialIndentType::Hanging(NUMBER_INDENT)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(PARAGRAPH_NUMBERING, PARAGRAPH_NUMBERING))
        .footer(
            Footer::new().add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_run(text_run(&words.page_of[0]))
                    .add_page_num(PageNum::new())
                    .add_run(text_run(&words.page_of[1]))
                    .add_num_pages(NumPages::new()),
            ),
        );

    doc = doc.add_paragraph(
        Paragraph::new().align(AlignmentType::Center).add_run(
            text_run(submission.title.trim())
                .bold()
                .size(TITLE_HALF_POINTS),
        ),
    );
    let mut authors: Vec<String> = organisation.map(|o| o.name.clone()).into_iter().collect();
    if submission.kind == SubmissionKind::Joint {
        authors.extend(submission.partners.iter().cloned());
    }
    if !authors.is_empty() {
        doc = doc.add_paragraph(
            Paragraph::new().align(AlignmentType::Center).add_run(
                text_run(capitalised(&fill(
                    &words.submitted_by,
                    &[("authors", &lang.commas(&authors))],
                )))
                .italic(),
            ),
        );
    }
    doc = doc.add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_run(text_run(super::submission::review_line(words, campaign))),
    );

    let mut footnote_id = 0usize;
    let summary = submission.summary_paragraphs();
    if !summary.is_empty() {
        doc = doc.add_paragraph(heading(&words.summary));
        for p in summary {
            doc = doc.add_paragraph(numbered(p, &mut footnote_id));
        }
    }
    for (i, issue) in submission.issues.iter().enumerate() {
        doc = doc.add_paragraph(heading(&lang.numbered_section(i + 1, issue.heading.trim())));
        for p in &issue.paragraphs {
            doc = doc.add_paragraph(numbered(p, &mut footnote_id));
        }
    }
    if !submission.recommendations.is_empty() {
        doc = doc.add_paragraph(heading(&words.recommendations));
        for r in &submission.recommendations {
            doc = doc.add_paragraph(numbered(r, &mut footnote_id));
        }
    }
    let annexes = submission.annex_paragraphs();
    if !annexes.is_empty() {
        doc = doc.add_paragraph(heading(&words.annexes));
        for p in annexes {
            doc = doc.add_paragraph(runs(Paragraph::new(), p, &mut footnote_id));
        }
    }

    if lang.is_right_to_left() {
        // An Arabic submission: every paragraph of the body runs right to left (Word's
        // `w:bidi`), its numbers on the right.
        for child in doc.document.children.iter_mut() {
            if let docx_rs::DocumentChild::Paragraph(p) = child {
                p.property = p.property.clone().bidi(true);
            }
        }
    }
    packed(doc)
}

/// An empty Word document in the house's body font and size, on `paper`.
pub(super) fn house_document(paper: Paper) -> Docx {
    let doc = Docx::new()
        .default_fonts(
            RunFonts::new()
                .ascii("Calibri")
                .hi_ansi("Calibri")
                .cs("Calibri"),
        )
        .default_size(BODY_HALF_POINTS);
    match paper {
        // Twentieths of a point: 210 × 297 mm and 8.5 × 11 in.
        Paper::A4 => doc.page_size(11906, 16838),
        Paper::Letter => doc.page_size(12240, 15840),
    }
}

/// The Word file's bytes.
pub(super) fn packed(doc: Docx) -> Result<Vec<u8>> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).map_err(|e| Error::WriteFile {
        path: "(the Word document)".into(),
        source: std::io::Error::other(e.to_string()),
    })?;
    Ok(bytes.into_inner())
}

fn heading_style() -> Style {
    Style::new("Heading1", StyleType::Paragraph)
        .name("heading 1")
        .bold()
        .size(HEADING_HALF_POINTS)
        .outline_lvl(0)
}

fn footnote_reference_style() -> Style {
    let mut style =
        Style::new("FootnoteReference", StyleType::Character).name("footnote reference");
    style.run_property = style.run_property.vert_align(VertAlignType::SuperScript);
    style
}

/// A run of text with every character XML 1.0 forbids (controls other than tab, line feed
/// and carriage return, U+FFFE, U+FFFF) left out: one of them in `word/document.xml` makes Word
/// call the whole file corrupt, and no text a user typed may do that.
pub(super) fn text_run(text: impl AsRef<str>) -> Run {
    let clean: String = text
        .as_ref()
        .chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        })
        .collect();
    Run::new().add_text(clean)
}

/// The line with its first letter in capitals ("submitted by …" opens the Word file's line).
fn capitalised(line: &str) -> String {
    let mut chars = line.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn heading(text: &str) -> Paragraph {
    Paragraph::new()
        .style("Heading1")
        .keep_next(true)
        .add_run(text_run(text))
}

fn numbered(text: &str, footnote_id: &mut usize) -> Paragraph {
    runs(
        Paragraph::new().numbering(NumberingId::new(PARAGRAPH_NUMBERING), IndentLevel::new(0)),
        text,
        footnote_id,
    )
}

/// The paragraph's text with its `^[notes]` as Word footnotes where they stood.
fn runs(mut paragraph: Paragraph, text: &str, footnote_id: &mut usize) -> Paragraph {
    for segment in split_footnotes(text.trim()) {
        paragraph = match segment {
            Segment::Text(t) => paragraph.add_run(text_run(t)),
            Segment::Footnote(note) => {
                // Word reserves footnote ids below 1 for its separators.
                *footnote_id += 1;
                let footnote = Footnote {
                    id: *footnote_id,
                    content: vec![Paragraph::new().add_run(text_run(note))],
                };
                paragraph.add_run(Run::new().add_footnote_reference(footnote))
            }
        };
    }
    paragraph
}

/// The text of the part `name` ("word/document.xml") of a Word file: what the tests of every
/// Word document read back.
#[cfg(test)]
pub(super) fn docx_part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::submission::SubmissionIssue;
    use chrono::Utc;
    use std::io::Read;
    use uuid::Uuid;

    fn sample() -> (Submission, Campaign) {
        let doc = crate::demo::document().unwrap();
        let campaign = doc.campaigns[0].campaign.clone();
        let submission = Submission {
            id: Uuid::new_v4(),
            title: "Joint submission on Meridia".into(),
            kind: SubmissionKind::Joint,
            partners: vec!["Prison Watch Meridia".into()],
            summary: "Summary paragraph one.\n\nSummary paragraph two.".into(),
            issues: vec![
                SubmissionIssue {
                    heading: "Journalists".into(),
                    paragraphs: vec![
                        "Twelve journalists were detained.^[CPJ census, 2025.] Two remain.".into(),
                        "Reporting on corruption is prosecuted.".into(),
                    ],
                },
                SubmissionIssue {
                    heading: "Détention".into(),
                    paragraphs: vec![
                        "Les cellules sont surpeuplées.^[Rapport du MNP, 2026.]".into()
                    ],
                },
            ],
            recommendations: vec!["Release the journalists.".into(), "Ratify OP-CAT.".into()],
            annexes: "Annex: list of cases.".into(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
            version: crate::store::UNSAVED,
        };
        (submission, campaign)
    }

    use super::docx_part as part;

    /// Each `<w:p>` of a part: its text and whether it is numbered.
    fn paragraphs(xml: &str) -> Vec<(String, bool)> {
        let mut starts = Vec::new();
        for pattern in ["<w:p>", "<w:p "] {
            starts.extend(xml.match_indices(pattern).map(|(i, _)| i));
        }
        starts.sort();
        starts
            .into_iter()
            .map(|i| &xml[i..])
            .map(|p| {
                let p = p.split("</w:p>").next().unwrap_or("");
                let mut text = String::new();
                for piece in p.split("<w:t").skip(1) {
                    let inner = piece.split_once('>').map_or("", |(_, rest)| rest);
                    text.push_str(inner.split("</w:t>").next().unwrap_or(""));
                }
                (text, p.contains("<w:numPr>"))
            })
            .collect()
    }

    #[test]
    fn the_word_file_holds_the_paragraphs_in_order_numbered_with_footnotes_and_page_numbers() {
        let (submission, campaign) = sample();
        let org = crate::demo::document().unwrap().organisation;
        let bytes = to_docx(
            &submission,
            org.as_ref(),
            &campaign,
            Paper::A4,
            Language::En,
        )
        .unwrap();
        let document = part(&bytes, "word/document.xml");
        let numbered: Vec<String> = paragraphs(&document)
            .into_iter()
            .filter(|(_, n)| *n)
            .map(|(t, _)| t)
            .collect();
        assert_eq!(
            numbered,
            [
                "Summary paragraph one.",
                "Summary paragraph two.",
                "Twelve journalists were detained. Two remain.",
                "Reporting on corruption is prosecuted.",
                "Les cellules sont surpeuplées.",
                "Release the journalists.",
                "Ratify OP-CAT.",
            ]
        );
        let all: Vec<String> = paragraphs(&document).into_iter().map(|(t, _)| t).collect();
        let at = |t: &str| {
            all.iter()
                .position(|p| p == t)
                .unwrap_or_else(|| panic!("{t} missing: {all:?}"))
        };
        assert!(at("I. Journalists") < at("II. Détention"));
        assert!(at("II. Détention") < at("Recommendations"));
        assert!(all.iter().any(|p| p
            .starts_with("Submitted by Meridia Coalition for Human Rights, Prison Watch Meridia")));
        assert!(at("Annex: list of cases.") > at("Ratify OP-CAT."));

        let notes = part(&bytes, "word/footnotes.xml");
        assert!(
            notes.contains("CPJ census, 2025.") && notes.contains("Rapport du MNP, 2026."),
            "{notes}"
        );
        let footer = (1..=3)
            .filter_map(|i| {
                let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes[..])).unwrap();
                let mut text = String::new();
                zip.by_name(&format!("word/footer{i}.xml"))
                    .ok()?
                    .read_to_string(&mut text)
                    .ok()?;
                Some(text)
            })
            .collect::<String>();
        assert!(
            footer.contains("PAGE") && footer.contains("NUMPAGES"),
            "{footer}"
        );

        // In French, our own words are French and the user's stay as written.
        let bytes = to_docx(
            &submission,
            org.as_ref(),
            &campaign,
            Paper::A4,
            Language::Fr,
        )
        .unwrap();
        let all: Vec<String> = paragraphs(&part(&bytes, "word/document.xml"))
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        for expected in ["Résumé", "Recommandations", "Annexes", "I. Journalists"] {
            assert!(all.iter().any(|p| p == expected), "{expected} in {all:?}");
        }
        assert!(all
            .iter()
            .any(|p| p.starts_with("Présentée par Meridia Coalition")));
        assert!(!all.iter().any(|p| p == "Recommendations"), "{all:?}");
    }

    #[test]
    fn docx_rs_reads_the_file_back() {
        let (submission, campaign) = sample();
        let bytes = to_docx(&submission, None, &campaign, Paper::Letter, Language::En).unwrap();
        let read = docx_rs::read_docx(&bytes).expect("a readable Word file");
        let json = read.json();
        assert!(json.contains("Ratify OP-CAT."));
        let document = part(&bytes, "word/document.xml");
        assert!(
            document.contains("w:w=\"12240\"") && document.contains("w:h=\"15840\""),
            "US Letter page size"
        );
    }

    #[test]
    fn characters_xml_forbids_never_reach_the_word_file() {
        // Regression: U+0007 or U+000B in a submission made `word/document.xml` malformed,
        // and Word called the file corrupt.
        let (mut submission, campaign) = sample();
        let nasty = "Bell\u{7} tab\u{b} nul\u{0} \u{FFFE}\u{FFFF} esc\u{1b}0m <&> \"q\" 'a'";
        submission.title = format!("Title {nasty}");
        submission.summary = format!("Summary {nasty}");
        submission.issues[0].heading = format!("Heading {nasty}");
        submission.issues[0].paragraphs[0] = format!("Text {nasty}^[Note {nasty}]");
        submission.recommendations[0] = format!("Release {nasty}");
        submission.partners = vec![format!("Partner {nasty}")];
        let bytes = to_docx(&submission, None, &campaign, Paper::A4, Language::En).unwrap();
        for name in ["word/document.xml", "word/footnotes.xml"] {
            let xml = part(&bytes, name);
            let parsed = roxmltree::Document::parse(&xml)
                .unwrap_or_else(|e| panic!("{name} is not well-formed XML: {e}"));
            let text: String = parsed
                .descendants()
                .filter(|n| n.has_tag_name("t"))
                .filter_map(|n| n.text())
                .collect();
            assert!(
                text.contains("Bell tab nul  esc0m <&> \"q\" 'a'"),
                "{name}: {text}"
            );
        }
    }

    #[test]
    fn issues_are_numbered_in_roman() {
        use crate::wording::roman;
        assert_eq!([1, 4, 9, 14, 40].map(roman), ["I", "IV", "IX", "XIV", "XL"]);
    }

    #[test]
    fn an_arabic_word_file_runs_right_to_left_and_an_english_one_does_not() {
        let (submission, campaign) = sample();
        let paragraphs_rtl = |lang: Language| {
            let bytes = to_docx(&submission, None, &campaign, Paper::A4, lang).unwrap();
            let document = part(&bytes, "word/document.xml");
            let all = document.matches("<w:p>").count() + document.matches("<w:p ").count();
            (all, document.matches("<w:bidi").count())
        };
        let (all, rtl) = paragraphs_rtl(Language::Ar);
        assert!(
            all > 3 && rtl == all,
            "{rtl} of {all} paragraphs right to left"
        );
        assert_eq!(paragraphs_rtl(Language::En).1, 0);
    }
}
