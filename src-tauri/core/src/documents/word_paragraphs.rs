//! The step the Word files of the letter and the written statement share: their parts, in
//! order, each made one Word paragraph of one run in the look its writer gives it (plain,
//! bold, a size, a bullet), added to the house document (`submission_docx`). Each writer says
//! only how its parts look.

use docx_rs::{Docx, Paragraph};

use super::submission_docx::text_run;

/// How a part looks in Word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Look {
    Plain,
    Bold,
    Italic,
    /// Bold, at this size in half points (a letterhead, a title).
    BoldSized(usize),
    /// An item of a bulleted list, as a plain paragraph opening with "• ".
    Bullet,
}

/// `doc` with one paragraph per part of `parts`, in order, as `look` says each looks.
pub(super) fn with_parts<P>(doc: Docx, parts: &[P], look: impl Fn(&P) -> (Look, &str)) -> Docx {
    parts.iter().fold(doc, |doc, part| {
        let (look, text) = look(part);
        doc.add_paragraph(paragraph(look, text))
    })
}

/// One paragraph of one run of `text` in `look`, for a writer whose parts are not all text
/// (the letter's logo).
pub(super) fn paragraph(look: Look, text: &str) -> Paragraph {
    let run = match look {
        Look::Plain => text_run(text),
        Look::Bold => text_run(text).bold(),
        Look::Italic => text_run(text).italic(),
        Look::BoldSized(half_points) => text_run(text).bold().size(half_points),
        Look::Bullet => text_run(format!("• {text}")),
    };
    Paragraph::new().add_run(run)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::submission_docx::{docx_part, house_document, packed};
    use crate::settings::Paper;

    #[test]
    fn each_part_is_one_paragraph_in_its_look_in_order() {
        let parts = [
            (Look::BoldSized(32), "Letterhead"),
            (Look::Plain, "A line"),
            (Look::Italic, "Also shared"),
            (Look::Bold, "Subject"),
            (Look::Bullet, "Repeal the law"),
        ];
        let doc = with_parts(house_document(Paper::A4), &parts, |&(look, text)| {
            (look, text)
        });
        let xml = docx_part(&packed(doc).unwrap(), "word/document.xml");
        let paragraphs: Vec<&str> = xml.split("<w:p ").skip(1).collect();
        assert_eq!(paragraphs.len(), parts.len(), "{xml}");
        assert!(
            paragraphs[0].contains("<w:b />") && paragraphs[0].contains("<w:sz w:val=\"32\" />")
        );
        assert!(paragraphs[0].contains("Letterhead"));
        assert!(!paragraphs[1].contains("<w:b />") && paragraphs[1].contains("A line"));
        assert!(paragraphs[2].contains("<w:i />") && paragraphs[2].contains("Also shared"));
        assert!(paragraphs[3].contains("<w:b />") && paragraphs[3].contains("Subject"));
        assert!(paragraphs[4].contains("• Repeal the law"));
    }
}
