//! Layout: turns a document description (headings, paragraphs of styled spans, bulleted and
//! numbered items, rules) into pages of items at absolute positions, measured with the real
//! advances of the shipped fonts.
//!
//! Every decision about where ink goes is made here, in rooms of one concern each: the sheet
//! and its margins (`geometry`), what a document hands over (`block`), line breaks
//! (`paragraph`), blocks made ready for the flow (`prepared`), page breaks (`flow`), the
//! header and footer (`furniture`), and a line set on a page (`line_box`). [`lay_out`] runs
//! them in that order. Text that needs shaping is shaped once, by `shaping`, and drawn with
//! the glyphs layout measured. The PDF painter (`crate::pdf`) only walks the result. Units are
//! PostScript points; the origin is the top-left corner of the sheet, y grows downwards.

pub mod block;
mod flow;
pub mod fonts;
pub mod furniture;
pub mod geometry;
mod line_box;
pub mod paragraph;
mod prepared;
mod shaping;

#[cfg(test)]
mod flow_tests;

pub use block::{Block, BlockStyle, Cell, Label};
pub use fonts::{character_name, missing_characters, Face, FontId, Fonts, MissingCharacter};
pub use furniture::Furniture;
pub use geometry::{mm, PageGeometry};
pub use paragraph::{break_lines, break_lines_directed, Line, Span};

use hypher::Lang;
use serde::Serialize;
use ts_rs::TS;

use flow::Flow;
use furniture::Bands;
use prepared::Prepared;

/// How a document's text is set: the hyphenation patterns of blocks that hyphenate, and
/// whether its paragraphs run right to left (an Arabic document, whose page is mirrored).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Typesetting {
    pub hyphenation: Option<Lang>,
    pub right_to_left: bool,
}

impl From<Option<Lang>> for Typesetting {
    fn from(hyphenation: Option<Lang>) -> Typesetting {
        Typesetting {
            hyphenation,
            right_to_left: false,
        }
    }
}

/// Lays `blocks` out on pages of `geometry` with `furniture` on each, set as `typesetting`
/// says (or, given hyphenation patterns alone, left to right with those patterns).
///
/// A right-to-left document is the mirror of a left-to-right one: lines flush right, numbers
/// and bullets in the right margin, table columns from the right, header and footer sides
/// swapped.
///
/// The furniture is measured first (its bands fix where the body lies), then every block has
/// its lines broken, the flow places them page after page, and last each page gets its header
/// and footer, which need the page count.
pub fn lay_out(
    blocks: &[Block],
    furniture: &Furniture,
    mut geometry: PageGeometry,
    typesetting: impl Into<Typesetting>,
) -> Layout {
    let typesetting = typesetting.into();
    let fonts = Fonts::get();
    let bands = Bands::measure(furniture, &mut geometry, typesetting.right_to_left);
    let prepared: Vec<Prepared> = blocks
        .iter()
        .map(|b| Prepared::new(b, &geometry, typesetting))
        .collect();
    let mut flow = Flow::new(geometry, typesetting.right_to_left);
    for (i, block) in prepared.iter().enumerate() {
        flow.place(block, &prepared[i + 1..], fonts);
    }
    let mut pages = flow.finish();
    let count = pages.len();
    for (n, page) in pages.iter_mut().enumerate() {
        bands.set_on(page, n, count, &geometry, fonts);
    }
    Layout { pages, geometry }
}

/// A colour, 0–255 per channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// A run of text in one face, size and colour.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TextRun {
    pub text: String,
    pub face: Face,
    /// The font that draws it: the face's own, or one for another script.
    pub font: FontId,
    /// Drawn right to left; `text` is always in reading order.
    pub rtl: bool,
    pub size: f32,
    pub color: Rgb,
    /// The left end of the run.
    pub x: f32,
    pub baseline: f32,
    pub width: f32,
    /// The top of the line box the run sits in, and its height (the leading).
    pub top: f32,
    pub height: f32,
    /// The glyphs the painter draws, as layout measured them (see `paragraph::Piece::glyphs`);
    /// empty when the text is written as text. The window's preview draws `text`.
    #[serde(skip)]
    #[ts(skip)]
    pub glyphs: Vec<fonts::Glyph>,
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Item {
    Text(TextRun),
    /// A horizontal rule from `x0` to `x1`, centred on `y`.
    Rule {
        x0: f32,
        x1: f32,
        y: f32,
        thickness: f32,
        color: Rgb,
    },
    /// The logo, drawn into the box from `x`, `top`, `width` × `height`. The window's preview
    /// receives the box only and draws the logo it already holds.
    Image {
        x: f32,
        top: f32,
        width: f32,
        height: f32,
        #[serde(skip)]
        #[ts(skip)]
        logo: std::sync::Arc<crate::model::Logo>,
    },
}

impl Item {
    /// The box the item occupies: left, top, right, bottom.
    pub fn bounds(&self) -> (f32, f32, f32, f32) {
        match self {
            Item::Text(t) => (t.x, t.top, t.x + t.width, t.top + t.height),
            Item::Rule {
                x0,
                x1,
                y,
                thickness,
                ..
            } => (*x0, y - thickness / 2.0, *x1, y + thickness / 2.0),
            Item::Image {
                x,
                top,
                width,
                height,
                ..
            } => (*x, *top, x + width, top + height),
        }
    }
}

/// Where an item belongs on its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    Header,
    Body,
    Footer,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Placed {
    pub item: Item,
    pub region: Region,
}

/// One sheet of the document.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Placed>,
}

impl Page {
    /// The text of the page's body, line by line, in reading order.
    pub fn body_text(&self) -> Vec<String> {
        let mut lines: Vec<(f32, String)> = Vec::new();
        for p in &self.items {
            if let (Region::Body, Item::Text(t)) = (p.region, &p.item) {
                match lines.last_mut() {
                    Some((baseline, line)) if (*baseline - t.baseline).abs() < 0.01 => {
                        line.push_str(&t.text)
                    }
                    _ => lines.push((t.baseline, t.text.clone())),
                }
            }
        }
        lines.into_iter().map(|(_, l)| l).collect()
    }
}

/// Pages laid out, with how far the content ran past a page limit when one was given.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub pages: Vec<Page>,
    pub geometry: PageGeometry,
}
