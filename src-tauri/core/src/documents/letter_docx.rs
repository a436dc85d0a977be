//! The letter before the adoption as a Word file, since letters get edited before they are
//! signed: the same parts as the PDF (`letter.rs`), the logo as large as on the PDF, the
//! letterhead in bold, the recommendations as a bulleted list of plain paragraphs.

use docx_rs::{Paragraph, Pic, Run};

use crate::layout::mm;
use crate::model::Logo;
use crate::settings::Paper;
use crate::{Error, Result};

use super::design::LOGO_BOX_MM;

use super::letter::LetterPart;
use super::submission_docx::{house_document, packed};
use super::word_paragraphs::{paragraph, Look};

/// Word sizes are in half points.
const LETTERHEAD_HALF_POINTS: usize = 32;

/// The Word file's bytes.
pub(super) fn to_docx(parts: &[LetterPart], paper: Paper) -> Result<Vec<u8>> {
    let mut doc = house_document(paper);
    for part in parts {
        doc = doc.add_paragraph(match part {
            LetterPart::Logo(logo) => {
                Paragraph::new().add_run(Run::new().add_image(picture(logo)?))
            }
            LetterPart::Letterhead(t) => paragraph(Look::BoldSized(LETTERHEAD_HALF_POINTS), t),
            LetterPart::Line(t) | LetterPart::Paragraph(t) => paragraph(Look::Plain, t),
            LetterPart::Subject(t) | LetterPart::Signature(t) => paragraph(Look::Bold, t),
            LetterPart::Item(t) => paragraph(Look::Bullet, t),
        });
    }
    packed(doc)
}

/// Word measures drawings in English Metric Units: 12,700 to the point.
const EMU_PER_POINT: f32 = 12_700.0;

/// The logo as Word draws it: a PNG (Word's drawing takes one kind here) at print
/// resolution, the size the PDF's letterhead gives it.
fn picture(logo: &Logo) -> Result<Pic> {
    let (width, height) = logo.fitted(mm(LOGO_BOX_MM.0), mm(LOGO_BOX_MM.1));
    let image = logo
        .for_print(width, height)
        .map_err(|e| Error::Pdf(format!("the logo could not be decoded: {e}")))?;
    let mut png = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| Error::Pdf(format!("the logo could not be written: {e}")))?;
    Ok(
        Pic::new_with_dimensions(png.into_inner(), image.width(), image.height()).size(
            (width * EMU_PER_POINT).round() as u32,
            (height * EMU_PER_POINT).round() as u32,
        ),
    )
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
