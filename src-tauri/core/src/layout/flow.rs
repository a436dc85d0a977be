//! The flow: blocks placed one under the other down the body of a page, and onto a new page
//! when the next one does not fit.
//!
//! Its rules: a heading stays with what follows it (keep with next); a block kept together
//! moves whole to the next page; a paragraph leaves at least two lines at the foot of a page
//! (no orphan) and carries at least two to the top of the next (no widow), so no line, let
//! alone a single word, is stranded; no line crosses the bottom margin. A fresh page that
//! cannot hold even that takes what fits, so the flow always moves on. It lays out everything
//! it is given, on as many pages as that takes: the documents judge whether the result
//! respects their page limit.

use std::sync::Arc;

use super::block::BlockStyle;
use super::fonts::Fonts;
use super::geometry::PageGeometry;
use super::line_box::{push_line, LineBox};
use super::paragraph::Line;
use super::prepared::{row_lines, Prepared};
use super::{Item, Page, Placed, Region, Rgb};
use crate::model::Logo;

/// The rule under a table row.
const ROW_RULE: f32 = 0.4;

/// Tolerance for rounding when a line just fits.
const EPS: f32 = 0.01;

pub(super) struct Flow {
    g: PageGeometry,
    /// A right-to-left document: lines flush right, labels on the right, columns mirrored.
    rtl: bool,
    pages: Vec<Page>,
    y: f32,
}

impl Flow {
    pub(super) fn new(g: PageGeometry, rtl: bool) -> Flow {
        let mut flow = Flow {
            g,
            rtl,
            pages: Vec::new(),
            y: 0.0,
        };
        flow.new_page();
        flow
    }

    fn new_page(&mut self) {
        self.pages.push(Page {
            width: self.g.width,
            height: self.g.height,
            items: Vec::new(),
        });
        self.y = self.g.body_top();
    }

    fn at_top(&self) -> bool {
        (self.y - self.g.body_top()).abs() < EPS
    }

    fn room(&self) -> f32 {
        self.g.body_bottom() - self.y
    }

    fn page(&mut self) -> &mut Page {
        // `new` pushed the first page, and pages are never removed.
        self.pages.last_mut().expect("a flow always has a page")
    }

    /// Places `block`; `rest` are the blocks after it, which a block kept with the next one
    /// needs room for.
    pub(super) fn place(&mut self, block: &Prepared, rest: &[Prepared], fonts: &Fonts) {
        if block.is_empty() {
            return;
        }
        self.start(block, rest);
        match block {
            Prepared::Rule {
                thickness,
                color,
                space_after,
                ..
            } => {
                self.rule_across(*thickness, *color);
                self.y += thickness + space_after;
            }
            Prepared::Text {
                lines,
                style,
                label,
            } => {
                self.place_text(lines, style, label.as_ref().map(|(line, _)| line), fonts);
                self.y += style.space_after;
            }
            Prepared::Row {
                cells,
                size,
                leading,
                space_after,
                rule_below,
                ..
            } => {
                self.place_row(cells, *size, *leading, fonts);
                if let Some(color) = rule_below {
                    self.rule_across(ROW_RULE, *color);
                    self.y += ROW_RULE;
                }
                self.y += space_after;
            }
            Prepared::Image {
                logo,
                width,
                height,
                space_after,
            } => {
                self.place_image(logo, *width, *height);
                self.y += height + space_after;
            }
        }
    }

    /// The logo at the body's start edge (the right one in a right-to-left document).
    fn place_image(&mut self, logo: &Arc<Logo>, width: f32, height: f32) {
        let x = if self.rtl {
            self.g.body_right() - width
        } else {
            self.g.body_left()
        };
        let top = self.y;
        self.page().items.push(Placed {
            item: Item::Image {
                x,
                top,
                width,
                height,
                logo: logo.clone(),
            },
            region: Region::Body,
        });
    }

    /// Moves down by the block's space before it, or to a new page when what the block needs
    /// at the foot of this one (`Prepared::height_needed`) is not there. At the top of a page
    /// the space before is dropped.
    fn start(&mut self, block: &Prepared, rest: &[Prepared]) {
        let mut before = if self.at_top() {
            0.0
        } else {
            block.space_before()
        };
        if !self.at_top() && before + block.height_needed(rest) > self.room() + EPS {
            self.new_page();
            before = 0.0;
        }
        self.y += before;
    }

    /// A paragraph's lines, page after page, as many on each as the widow and orphan rules
    /// allow; its label goes with its first line.
    fn place_text(
        &mut self,
        lines: &[Line],
        style: &BlockStyle,
        label: Option<&Line>,
        fonts: &Fonts,
    ) {
        let left = self.g.body_left() + style.indent;
        let right = self.g.body_right() - style.indent;
        let mut i = 0;
        while i < lines.len() {
            let fit = ((self.room() + EPS) / style.leading).floor().max(0.0) as usize;
            let take = lines_to_take(fit, lines.len() - i, self.at_top());
            for (n, line) in lines[i..i + take].iter().enumerate() {
                let x = if self.rtl { right - line.width } else { left };
                let at = LineBox {
                    x,
                    top: self.y,
                    size: style.size,
                    leading: style.leading,
                    region: Region::Body,
                };
                // The label first: it is read before the text it numbers.
                if let (0, Some(label_line)) = (i + n, label) {
                    let lx = if self.rtl {
                        right + style.size * 0.45
                    } else {
                        left - style.size * 0.45 - label_line.width
                    };
                    push_line(self.page(), label_line, LineBox { x: lx, ..at }, fonts);
                }
                push_line(self.page(), line, at, fonts);
                self.y += style.leading;
            }
            i += take;
            if i < lines.len() {
                self.new_page();
            }
        }
    }

    /// A table row: its cells side by side from the same top, the row as tall as its
    /// tallest cell.
    fn place_row(
        &mut self,
        cells: &[(Vec<Line>, &super::block::Cell)],
        size: f32,
        leading: f32,
        fonts: &Fonts,
    ) {
        let top = self.y;
        let left = self.g.body_left();
        for (lines, cell) in cells {
            // Mirrored, a cell starts as far from the right edge as it would from the left,
            // and figures align to its left.
            let (cell_left, flush_right) = if self.rtl {
                (self.g.body_width() - cell.x - cell.width, !cell.align_right)
            } else {
                (cell.x, cell.align_right)
            };
            for (n, line) in lines.iter().enumerate() {
                let x = if flush_right {
                    left + cell_left + cell.width - line.width
                } else {
                    left + cell_left
                };
                let at = LineBox {
                    x,
                    top: top + n as f32 * leading,
                    size,
                    leading,
                    region: Region::Body,
                };
                push_line(self.page(), line, at, fonts);
            }
        }
        self.y += row_lines(cells) as f32 * leading;
    }

    /// A rule across the body's width, its top where the flow stands.
    fn rule_across(&mut self, thickness: f32, color: Rgb) {
        let (x0, x1, y) = (
            self.g.body_left(),
            self.g.body_right(),
            self.y + thickness / 2.0,
        );
        self.page().items.push(Placed {
            item: Item::Rule {
                x0,
                x1,
                y,
                thickness,
                color,
            },
            region: Region::Body,
        });
    }

    pub(super) fn finish(self) -> Vec<Page> {
        self.pages
    }
}

/// How many of a paragraph's `remaining` lines go on this page when `fit` lines fit in the
/// room left: all when they fit; otherwise never fewer than two here (no orphan: none at all
/// then, unless the page is fresh) and never fewer than two left for the next page (no widow).
/// A fresh page that can do no better takes what fits, at least one line, so the flow moves on.
fn lines_to_take(fit: usize, remaining: usize, at_top: bool) -> usize {
    if fit >= remaining {
        return remaining;
    }
    let mut take = fit;
    // Two lines at least on the next page: no widow.
    if remaining - take < 2 {
        take = remaining.saturating_sub(2);
    }
    // Two lines at least here: no orphan.
    if take < 2 && !at_top {
        take = 0;
    }
    if take == 0 && at_top {
        take = fit.max(1).min(remaining);
    }
    take
}
