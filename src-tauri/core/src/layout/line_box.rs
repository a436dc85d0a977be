//! A broken line set on a page: one text run per piece, the baseline centred in the line's
//! box (its leading). The flow and the furniture both put their lines down through here.

use super::fonts::{Face, Fonts};
use super::paragraph::Line;
use super::{Item, Page, Placed, Region, TextRun};

/// Where a line box lies and how its text is set.
#[derive(Debug, Clone, Copy)]
pub(super) struct LineBox {
    pub x: f32,
    pub top: f32,
    pub size: f32,
    pub leading: f32,
    pub region: Region,
}

/// Puts `line` on `page` in the box `at`.
pub(super) fn push_line(page: &mut Page, line: &Line, at: LineBox, fonts: &Fonts) {
    let baseline = baseline_in(at.top, at.size, at.leading, fonts);
    for piece in &line.pieces {
        page.items.push(Placed {
            item: Item::Text(TextRun {
                text: piece.text.clone(),
                face: piece.face,
                font: piece.font,
                rtl: piece.rtl,
                size: at.size,
                color: piece.color,
                x: at.x + piece.x,
                baseline,
                width: piece.width,
                top: at.top,
                height: at.leading,
                glyphs: piece.glyphs.clone(),
            }),
            region: at.region,
        });
    }
}

/// The baseline that centres the face's full height (ascender to descender) in a line box.
fn baseline_in(top: f32, size: f32, leading: f32, fonts: &Fonts) -> f32 {
    let asc = fonts.ascender(Face::Regular, size);
    let desc = fonts.descender(Face::Regular, size);
    top + (leading - asc - desc) / 2.0 + asc
}
