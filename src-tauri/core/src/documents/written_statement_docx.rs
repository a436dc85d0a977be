//! The written statement as a Word file, the form the Council's secretariat takes
//! submissions in: the same parts as the PDF (`written_statement.rs`), the heading block as
//! plain lines, the title and the issues' titles in bold, the recommendations as a bulleted
//! list of plain paragraphs.

use crate::settings::Paper;
use crate::Result;

use super::submission_docx::{house_document, packed};
use super::word_paragraphs::{with_parts, Look};
use super::written_statement::StatementPart;

/// Word sizes are in half points.
const TITLE_HALF_POINTS: usize = 28;

/// The Word file's bytes.
pub(super) fn to_docx(parts: &[StatementPart], paper: Paper) -> Result<Vec<u8>> {
    let doc = house_document(paper);
    packed(with_parts(doc, parts, |part| match part {
        StatementPart::Heading(t) | StatementPart::Paragraph(t) => (Look::Plain, t),
        StatementPart::Title(t) => (Look::BoldSized(TITLE_HALF_POINTS), t),
        StatementPart::Section(t) | StatementPart::DraftOverLimit(t) => (Look::Bold, t),
        StatementPart::Item(t) => (Look::Bullet, t),
        StatementPart::Sharing(t) => (Look::Italic, t),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::submission_docx::docx_part as part;

    #[test]
    fn every_part_is_in_the_word_file() {
        let parts = vec![
            StatementPart::Heading("Agenda item 6: Universal Periodic Review".into()),
            StatementPart::Title("The outcome of the review of Meridia".into()),
            StatementPart::Section("Press freedom".into()),
            StatementPart::Item("decriminalise defamation".into()),
        ];
        let bytes = to_docx(&parts, Paper::Letter).unwrap();
        let xml = part(&bytes, "word/document.xml");
        for text in [
            "Agenda item 6: Universal Periodic Review",
            "The outcome of the review of Meridia",
            "Press freedom",
            "• decriminalise defamation",
        ] {
            assert!(xml.contains(text), "{text} not in {xml}");
        }
        assert!(xml.contains("w:w=\"12240\""), "Letter width");
    }
}
