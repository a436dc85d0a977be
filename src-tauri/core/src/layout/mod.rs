//! Layout: turns a document description (headings, paragraphs of styled spans, bulleted and
//! numbered items, rules) into pages of items at absolute positions, measured with the real
//! advances of the shipped fonts.
//!
//! Every decision about where ink goes is made here: line breaks (`paragraph`), page breaks,
//! headers and footers (`page`). The PDF painter (`crate::pdf`) only walks the result. Units
//! are PostScript points; the origin is the top-left corner of the sheet, y grows downwards.

pub mod fonts;
pub mod page;
pub mod paragraph;

pub use fonts::{character_name, missing_characters, Face, Fonts, MissingCharacter};
pub use page::{Block, BlockStyle, Cell, Furniture, Label, PageGeometry};
pub use paragraph::{break_lines, Line, Span};

use serde::Serialize;

/// A colour, 0–255 per channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// A run of text in one face, size and colour.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextRun {
    pub text: String,
    pub face: Face,
    pub size: f32,
    pub color: Rgb,
    /// The left end of the run.
    pub x: f32,
    pub baseline: f32,
    pub width: f32,
    /// The top of the line box the run sits in, and its height (the leading).
    pub top: f32,
    pub height: f32,
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
        }
    }
}

/// Where an item belongs on its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    Header,
    Body,
    Footer,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Placed {
    pub item: Item,
    pub region: Region,
}

/// One sheet of the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
