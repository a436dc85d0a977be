//! The letter before the adoption as a Word file, since letters get edited before they are
//! signed: the same parts as the PDF (`letter.rs`), the letterhead in bold, the recommendations
//! as a bulleted list of plain paragraphs.

use crate::settings::Paper;
use crate::Result;

use super::letter::LetterPart;
use super::submission_docx::{house_document, packed};
use super::word_paragraphs::{with_parts, Look};

/// Word sizes are in half points.
const LETTERHEAD_HALF_POINTS: usize = 32;

/// The Word file's bytes.
pub(super) fn to_docx(parts: &[LetterPart], paper: Paper) -> Result<Vec<u8>> {
    let doc = house_document(paper);
    packed(with_parts(doc, parts, |part| match part {
        LetterPart::Letterhead(t) => (Look::BoldSized(LETTERHEAD_HALF_POINTS), t),
        LetterPart::Line(t) | LetterPart::Paragraph(t) => (Look::Plain, t),
        LetterPart::Subject(t) | LetterPart::Signature(t) => (Look::Bold, t),
        LetterPart::Item(t) => (Look::Bullet, t),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::submission_docx::docx_part as part;

    #[test]
    fn every_part_is_in_the_word_file() {
        let parts = vec![
            LetterPart::Letterhead("Meridia Coalition".into()),
            LetterPart::Line("H.E. Ms Ana Ruiz".into()),
            LetterPart::Item("Decriminalise defamation — A/HRC/55/9, 118.34 (Norway)".into()),
            LetterPart::Signature("Meridia Coalition".into()),
        ];
        let bytes = to_docx(&parts, Paper::A4).unwrap();
        let xml = part(&bytes, "word/document.xml");
        for text in [
            "Meridia Coalition",
            "H.E. Ms Ana Ruiz",
            "• Decriminalise defamation — A/HRC/55/9, 118.34 (Norway)",
        ] {
            assert!(xml.contains(text), "{text} not in {xml}");
        }
        assert!(xml.contains("w:w=\"11906\""), "A4 width");
    }
}
