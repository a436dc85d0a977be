//! Images on the page: the organisation's logo, decoded and scaled down to the resolution it
//! prints at (`Logo::for_print`), and embedded once per document however many pages show it. Transparency is kept (printpdf writes the alpha
//! channel as the image's soft mask).

use std::collections::HashMap;
use std::sync::Arc;

use printpdf::{
    Op, PdfDocument, Pt, RawImage, RawImageData, RawImageFormat, XObjectId, XObjectTransform,
};

use crate::model::Logo;
use crate::{Error, Result};

/// The images of one document, each embedded once.
#[derive(Default)]
pub(super) struct Images {
    embedded: HashMap<*const Logo, (XObjectId, u32, u32)>,
}

/// Where an image goes on the page, in the layout's top-left coordinates (points).
pub(super) struct ImageBox {
    pub x: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

impl Images {
    /// Draws `logo` into `at` on a page `page_height` high.
    pub(super) fn draw(
        &mut self,
        doc: &mut PdfDocument,
        ops: &mut Vec<Op>,
        logo: &Arc<Logo>,
        at: &ImageBox,
        page_height: f32,
    ) -> Result<()> {
        let key = Arc::as_ptr(logo);
        let (id, px_w, px_h) = match self.embedded.get(&key) {
            Some(found) => found.clone(),
            None => {
                let raw = raw_image(logo, at)?;
                let (w, h) = (raw.width as u32, raw.height as u32);
                let id = doc.add_image(&raw);
                self.embedded.insert(key, (id.clone(), w, h));
                (id, w, h)
            }
        };
        // At 72 dpi a pixel is a point; the scale then makes the image the box's size.
        ops.push(Op::UseXobject {
            id,
            transform: XObjectTransform {
                translate_x: Some(Pt(at.x)),
                translate_y: Some(Pt(page_height - at.top - at.height)),
                scale_x: Some(at.width / px_w.max(1) as f32),
                scale_y: Some(at.height / px_h.max(1) as f32),
                dpi: Some(72.0),
                ..XObjectTransform::default()
            },
        });
        Ok(())
    }
}

/// The logo's pixels for the box it fills.
fn raw_image(logo: &Logo, at: &ImageBox) -> Result<RawImage> {
    let image = logo
        .for_print(at.width, at.height)
        .map_err(|e| Error::Pdf(format!("the logo could not be decoded: {e}")))?;
    let (width, height) = (image.width() as usize, image.height() as usize);
    let (pixels, data_format) = if image.color().has_alpha() {
        (image.to_rgba8().into_raw(), RawImageFormat::RGBA8)
    } else {
        (image.to_rgb8().into_raw(), RawImageFormat::RGB8)
    };
    Ok(RawImage {
        pixels: RawImageData::U8(pixels),
        width,
        height,
        data_format,
        tag: Vec::new(),
    })
}
