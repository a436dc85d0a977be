//! The block model: what a document hands to layout, in reading order — paragraphs of
//! styled spans (with a number or bullet in the hanging indent), rules, table rows and the
//! organisation's logo — with the style that says how each may be broken across pages.

use std::sync::Arc;

use super::fonts::Face;
use super::paragraph::Span;
use super::Rgb;
use crate::model::Logo;

/// A number or bullet set in the hanging indent of a block's first line, right-aligned
/// against the text so that "9." and "10." line up on their full stops.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub face: Face,
    pub color: Rgb,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BlockStyle {
    pub size: f32,
    /// Distance between baselines.
    pub leading: f32,
    /// Where the text starts, from the body's left edge.
    pub indent: f32,
    /// Space above the block; dropped at the top of a page.
    pub space_before: f32,
    pub space_after: f32,
    /// Never end a page after this block (headings).
    pub keep_with_next: bool,
    /// Never split this block across pages.
    pub keep_together: bool,
    pub hyphenate: bool,
}

impl BlockStyle {
    pub fn text(size: f32, leading: f32) -> BlockStyle {
        BlockStyle {
            size,
            leading,
            indent: 0.0,
            space_before: 0.0,
            space_after: 0.0,
            keep_with_next: false,
            keep_together: false,
            hyphenate: true,
        }
    }
}

/// What a document is made of, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Text {
        spans: Vec<Span>,
        style: BlockStyle,
        label: Option<Label>,
    },
    Rule {
        thickness: f32,
        color: Rgb,
        space_before: f32,
        space_after: f32,
    },
    /// A row of a table: cells side by side, each wrapped to its width, never split across
    /// pages; a rule under it when `rule_below` is set.
    Row {
        cells: Vec<Cell>,
        size: f32,
        leading: f32,
        space_before: f32,
        space_after: f32,
        /// Never end a page after this row (a table's heading row).
        keep_with_next: bool,
        rule_below: Option<Rgb>,
    },
    /// The logo, `width` × `height` points (already fitted, its aspect kept), at the body's
    /// start edge; never split, of course.
    Image {
        logo: Arc<Logo>,
        width: f32,
        height: f32,
        space_after: f32,
    },
}

/// One cell of a [`Block::Row`]: its text set from `x` (measured from the body's left edge)
/// within `width`, flush right when `align_right` (figures).
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub spans: Vec<Span>,
    pub x: f32,
    pub width: f32,
    pub align_right: bool,
}
