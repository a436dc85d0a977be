//! The written statement as a Word file, the form the Council's secretariat takes
//! submissions in: the same parts as the PDF (`written_statement.rs`), the heading block as
//! plain lines, the title and the issues' titles in bold, the recommendations as a bulleted
//! list of plain paragraphs.

use docx_rs::Paragraph;

use crate::settings::Paper;
use crate::Result;

use super::submission_docx::{house_document, packed, text_run};
use super::written_statement::StatementPart;

/// Word sizes are in half points.
const TITLE_HALF_POINTS: usize = 28;

/// The Word file's bytes.
pub(super) fn to_docx(parts: &[StatementPart], paper: Paper) -> Result<Vec<u8>> {
    let mut doc = house_document(paper);
    for part in parts {
        let paragraph = match part {
            StatementPart::Heading(t) | StatementPart::Paragraph(t) => {
                Paragraph::new().add_run(text_run(t))
            }
            StatementPart::Title(t) => {
                Paragraph::new().add_run(text_run(t).bold().size(TITLE_HALF_POINTS))
            }
            StatementPart::Section(t) => Paragraph::new().add_run(text_run(t).bold()),
            StatementPart::Item(t) => Paragraph::new().add_run(text_run(format!("• {t}"))),
            StatementPart::Sharing(t) => Paragraph::new().add_run(text_run(t).italic()),
            StatementPart::DraftOverLimit(t) => Paragraph::new().add_run(text_run(t).bold()),
        };
        doc = doc.add_paragraph(paragraph);
    }
    packed(doc)
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
