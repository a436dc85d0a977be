//! A block made ready for the flow: its lines broken to the body's measure, and what it needs
//! at the foot of a page before the page may end (the keep-with-next, keep-together and
//! orphan rules live in [`Prepared::height_needed`]).

use std::sync::Arc;

use super::block::{Block, BlockStyle, Cell, Label};
use super::geometry::PageGeometry;
use super::paragraph::{break_lines_directed, Line, Span};
use super::{Rgb, Typesetting};
use crate::model::Logo;

/// A block with its lines broken.
pub(super) enum Prepared<'a> {
    Text {
        lines: Vec<Line>,
        style: &'a BlockStyle,
        label: Option<(Line, &'a Label)>,
    },
    Rule {
        thickness: f32,
        color: Rgb,
        space_before: f32,
        space_after: f32,
    },
    Row {
        cells: Vec<(Vec<Line>, &'a Cell)>,
        size: f32,
        leading: f32,
        space_before: f32,
        space_after: f32,
        keep_with_next: bool,
        rule_below: Option<Rgb>,
    },
    Image {
        logo: &'a Arc<Logo>,
        width: f32,
        height: f32,
        space_after: f32,
    },
}

impl<'a> Prepared<'a> {
    pub(super) fn new(block: &'a Block, g: &PageGeometry, t: Typesetting) -> Prepared<'a> {
        let rtl = t.right_to_left;
        match block {
            Block::Text {
                spans,
                style,
                label,
            } => {
                let lang = if style.hyphenate { t.hyphenation } else { None };
                let measure = g.body_width() - style.indent;
                let lines = break_lines_directed(spans, style.size, measure, lang, rtl);
                let label = label.as_ref().and_then(|l| {
                    let span = Span::new(l.text.clone(), l.face, l.color);
                    let measure = style.indent.max(1.0) * 4.0;
                    break_lines_directed(&[span], style.size, measure, None, rtl)
                        .into_iter()
                        .next()
                        .map(|line| (line, l))
                });
                Prepared::Text {
                    lines,
                    style,
                    label,
                }
            }
            Block::Rule {
                thickness,
                color,
                space_before,
                space_after,
            } => Prepared::Rule {
                thickness: *thickness,
                color: *color,
                space_before: *space_before,
                space_after: *space_after,
            },
            Block::Row {
                cells,
                size,
                leading,
                space_before,
                space_after,
                keep_with_next,
                rule_below,
            } => Prepared::Row {
                cells: cells
                    .iter()
                    .map(|c| {
                        let lines = break_lines_directed(&c.spans, *size, c.width, None, rtl);
                        (lines, c)
                    })
                    .collect(),
                size: *size,
                leading: *leading,
                space_before: *space_before,
                space_after: *space_after,
                keep_with_next: *keep_with_next,
                rule_below: *rule_below,
            },
            Block::Image {
                logo,
                width,
                height,
                space_after,
            } => Prepared::Image {
                logo,
                width: *width,
                height: *height,
                space_after: *space_after,
            },
        }
    }

    pub(super) fn space_before(&self) -> f32 {
        match self {
            Prepared::Text { style, .. } => style.space_before,
            Prepared::Rule { space_before, .. } => *space_before,
            Prepared::Row { space_before, .. } => *space_before,
            Prepared::Image { .. } => 0.0,
        }
    }

    /// The height the block needs at the foot of a page before a page may break: all of it
    /// when it is kept together or with the next block (and then what that one needs), else
    /// its first two lines.
    pub(super) fn height_needed(&self, rest: &[Prepared]) -> f32 {
        match self {
            Prepared::Text { lines, style, .. } => {
                let all = lines.len() as f32 * style.leading;
                if style.keep_with_next {
                    let next = rest.iter().position(|b| !b.is_empty()).map_or(0.0, |i| {
                        style.space_after
                            + rest[i].space_before()
                            + rest[i].height_needed(&rest[i + 1..])
                    });
                    all + next
                } else if style.keep_together || lines.len() <= 3 {
                    all
                } else {
                    2.0 * style.leading
                }
            }
            Prepared::Rule { thickness, .. } => *thickness,
            Prepared::Image { height, .. } => *height,
            Prepared::Row {
                cells,
                leading,
                space_after,
                keep_with_next,
                ..
            } => {
                let all = row_lines(cells) as f32 * leading;
                let next = if *keep_with_next {
                    rest.iter().position(|b| !b.is_empty()).map_or(0.0, |i| {
                        space_after + rest[i].space_before() + rest[i].height_needed(&rest[i + 1..])
                    })
                } else {
                    0.0
                };
                all + next
            }
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        matches!(self, Prepared::Text { lines, .. } if lines.is_empty())
    }
}

/// The height of a row in lines: its tallest cell (one line for an empty row).
pub(super) fn row_lines(cells: &[(Vec<Line>, &Cell)]) -> usize {
    cells
        .iter()
        .map(|(lines, _)| lines.len())
        .max()
        .unwrap_or(0)
        .max(1)
}
