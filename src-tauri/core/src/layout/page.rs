//! Pages: sheet geometry, the flow of blocks from page to page, and the header and footer
//! every page carries.
//!
//! The flow keeps a heading with what follows it, leaves at least two lines of a paragraph at
//! the foot of a page and at least two at the top of the next (so no line, let alone a
//! single word, is stranded), and never lets a line cross the bottom margin. It lays out
//! everything it is given, on as many pages as that takes: the documents judge whether the
//! result respects their page limit and explain it to the user when it does not.

use hypher::Lang;

use super::fonts::{Face, Fonts};
use super::paragraph::{break_lines, Line, Span};
use super::{Item, Layout, Page, Placed, Region, Rgb, TextRun};
use crate::settings::Paper;

/// Millimetres to points.
pub fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

/// The sheet and its margins, in points. Header and footer sit inside the top and bottom
/// margins' bands; the body is what lies between them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageGeometry {
    pub width: f32,
    pub height: f32,
    pub margin_top: f32,
    pub margin_bottom: f32,
    pub margin_left: f32,
    pub margin_right: f32,
    /// Height of the header band below the top margin, space beneath it included.
    pub header_height: f32,
    /// Height of the footer band above the bottom margin, space above it included.
    pub footer_height: f32,
}

impl PageGeometry {
    /// A sheet of `paper` with the given margins (in millimetres); the bands are set when
    /// the header and footer are laid out.
    pub fn new(paper: Paper, top: f32, bottom: f32, sides: f32) -> PageGeometry {
        let (width, height) = match paper {
            Paper::A4 => (mm(210.0), mm(297.0)),
            Paper::Letter => (612.0, 792.0),
        };
        PageGeometry {
            width,
            height,
            margin_top: mm(top),
            margin_bottom: mm(bottom),
            margin_left: mm(sides),
            margin_right: mm(sides),
            header_height: 0.0,
            footer_height: 0.0,
        }
    }

    pub fn body_left(&self) -> f32 {
        self.margin_left
    }
    pub fn body_right(&self) -> f32 {
        self.width - self.margin_right
    }
    pub fn body_top(&self) -> f32 {
        self.margin_top + self.header_height
    }
    pub fn body_bottom(&self) -> f32 {
        self.height - self.margin_bottom - self.footer_height
    }
    pub fn body_width(&self) -> f32 {
        self.body_right() - self.body_left()
    }
    pub fn body_height(&self) -> f32 {
        self.body_bottom() - self.body_top()
    }
}

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

/// What every page carries above and below the body. Each entry of a column is one line,
/// wrapped if it is wider than its half of the page. `page_number` is a pattern with
/// `{page}` and `{pages}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Furniture {
    pub size: f32,
    pub leading: f32,
    pub header_left: Vec<Span>,
    pub header_right: Vec<Span>,
    pub footer_left: Vec<Span>,
    pub page_number: Span,
    /// A mark such as "DRAFT" centred on its own line at the top of the footer (the contact
    /// line below it may run across the middle).
    pub mark: Option<Span>,
    pub rule_color: Rgb,
}

const RULE_GAP: f32 = 4.0;
const BAND_GAP: f32 = 14.0;
const FURNITURE_RULE: f32 = 0.5;

/// Lays `blocks` out on pages of `geometry` with `furniture` on each. `lang` chooses the
/// hyphenation patterns of blocks that hyphenate.
pub fn lay_out(
    blocks: &[Block],
    furniture: &Furniture,
    mut geometry: PageGeometry,
    lang: Option<Lang>,
) -> Layout {
    let fonts = Fonts::get();
    let half = geometry.body_width() / 2.0 - 6.0;
    let column = |entries: &[Span]| -> Vec<Line> {
        entries
            .iter()
            .flat_map(|s| break_lines(std::slice::from_ref(s), furniture.size, half, None))
            .collect()
    };
    let header_left = column(&furniture.header_left);
    let header_right = column(&furniture.header_right);
    // The footer's left column has what the page number leaves: contacts are long.
    let footer_left: Vec<Line> = furniture
        .footer_left
        .iter()
        .flat_map(|s| {
            let width = geometry.body_width() * 0.75;
            break_lines(std::slice::from_ref(s), furniture.size, width, None)
        })
        .collect();
    let mark: Vec<Line> = furniture.mark.as_ref().map_or_else(Vec::new, |m| {
        break_lines(
            std::slice::from_ref(m),
            furniture.size,
            geometry.body_width(),
            None,
        )
    });
    let header_lines = header_left.len().max(header_right.len());
    let footer_lines = mark.len() + footer_left.len().max(1);
    geometry.header_height = header_lines as f32 * furniture.leading + RULE_GAP + BAND_GAP;
    geometry.footer_height = footer_lines as f32 * furniture.leading + RULE_GAP + BAND_GAP;

    let mut flow = Flow::new(geometry);
    let prepared: Vec<Prepared> = blocks
        .iter()
        .map(|b| Prepared::new(b, &geometry, lang))
        .collect();
    for (i, block) in prepared.iter().enumerate() {
        flow.place(block, &prepared[i + 1..], fonts);
    }
    let mut pages = flow.finish();

    let count = pages.len();
    for (n, page) in pages.iter_mut().enumerate() {
        let g = &geometry;
        let top = g.margin_top;
        place_column(
            page,
            &header_left,
            g.body_left(),
            top,
            furniture,
            false,
            Region::Header,
            fonts,
        );
        place_column(
            page,
            &header_right,
            g.body_right(),
            top,
            furniture,
            true,
            Region::Header,
            fonts,
        );
        let rule_y = top + header_lines as f32 * furniture.leading + RULE_GAP / 2.0;
        page.items.push(Placed {
            item: Item::Rule {
                x0: g.body_left(),
                x1: g.body_right(),
                y: rule_y,
                thickness: FURNITURE_RULE,
                color: furniture.rule_color,
            },
            region: Region::Header,
        });

        let footer_top = g.height - g.margin_bottom - footer_lines as f32 * furniture.leading;
        page.items.push(Placed {
            item: Item::Rule {
                x0: g.body_left(),
                x1: g.body_right(),
                y: footer_top - RULE_GAP / 2.0,
                thickness: FURNITURE_RULE,
                color: furniture.rule_color,
            },
            region: Region::Footer,
        });
        for (i, line) in mark.iter().enumerate() {
            place_column(
                page,
                std::slice::from_ref(line),
                g.body_left() + (g.body_width() - line.width) / 2.0,
                footer_top + i as f32 * furniture.leading,
                furniture,
                false,
                Region::Footer,
                fonts,
            );
        }
        // The contact and the page number go under the mark.
        let footer_top = footer_top + mark.len() as f32 * furniture.leading;
        place_column(
            page,
            &footer_left,
            g.body_left(),
            footer_top,
            furniture,
            false,
            Region::Footer,
            fonts,
        );
        let number = Span {
            text: furniture
                .page_number
                .text
                .replace("{page}", &(n + 1).to_string())
                .replace("{pages}", &count.to_string()),
            ..furniture.page_number.clone()
        };
        let number = break_lines(&[number], furniture.size, g.body_width() * 0.2, None);
        place_column(
            page,
            &number,
            g.body_right(),
            footer_top,
            furniture,
            true,
            Region::Footer,
            fonts,
        );
    }
    Layout { pages, geometry }
}

#[allow(clippy::too_many_arguments)]
fn place_column(
    page: &mut Page,
    lines: &[Line],
    edge: f32,
    top: f32,
    furniture: &Furniture,
    right_aligned: bool,
    region: Region,
    fonts: &Fonts,
) {
    for (i, line) in lines.iter().enumerate() {
        let x = if right_aligned {
            edge - line.width
        } else {
            edge
        };
        let top = top + i as f32 * furniture.leading;
        push_line(
            page,
            line,
            x,
            top,
            furniture.size,
            furniture.leading,
            region,
            fonts,
        );
    }
}

#[allow(clippy::too_many_arguments)]
fn push_line(
    page: &mut Page,
    line: &Line,
    x: f32,
    top: f32,
    size: f32,
    leading: f32,
    region: Region,
    fonts: &Fonts,
) {
    let baseline = baseline_in(top, size, leading, fonts);
    for piece in &line.pieces {
        page.items.push(Placed {
            item: Item::Text(TextRun {
                text: piece.text.clone(),
                face: piece.face,
                size,
                color: piece.color,
                x: x + piece.x,
                baseline,
                width: piece.width,
                top,
                height: leading,
            }),
            region,
        });
    }
}

/// The baseline that centres the face's full height (ascender to descender) in a line box.
fn baseline_in(top: f32, size: f32, leading: f32, fonts: &Fonts) -> f32 {
    let asc = fonts.ascender(Face::Regular, size);
    let desc = fonts.descender(Face::Regular, size);
    top + (leading - asc - desc) / 2.0 + asc
}

/// A block with its lines broken.
enum Prepared<'a> {
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
}

impl<'a> Prepared<'a> {
    fn new(block: &'a Block, g: &PageGeometry, lang: Option<Lang>) -> Prepared<'a> {
        match block {
            Block::Text {
                spans,
                style,
                label,
            } => {
                let lang = if style.hyphenate { lang } else { None };
                let lines = break_lines(spans, style.size, g.body_width() - style.indent, lang);
                let label = label.as_ref().and_then(|l| {
                    let span = Span::new(l.text.clone(), l.face, l.color);
                    break_lines(&[span], style.size, style.indent.max(1.0) * 4.0, None)
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
                    .map(|c| (break_lines(&c.spans, *size, c.width, None), c))
                    .collect(),
                size: *size,
                leading: *leading,
                space_before: *space_before,
                space_after: *space_after,
                keep_with_next: *keep_with_next,
                rule_below: *rule_below,
            },
        }
    }

    fn space_before(&self) -> f32 {
        match self {
            Prepared::Text { style, .. } => style.space_before,
            Prepared::Rule { space_before, .. } => *space_before,
            Prepared::Row { space_before, .. } => *space_before,
        }
    }

    /// The height the block needs at the foot of a page before a page may break: all of it
    /// when it is kept together or with the next block (and then what that one needs), else
    /// its first two lines.
    fn height_needed(&self, rest: &[Prepared]) -> f32 {
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

    fn is_empty(&self) -> bool {
        matches!(self, Prepared::Text { lines, .. } if lines.is_empty())
    }
}

/// The rule under a table row.
const ROW_RULE: f32 = 0.4;

/// The height of a row in lines: its tallest cell (one line for an empty row).
fn row_lines(cells: &[(Vec<Line>, &Cell)]) -> usize {
    cells
        .iter()
        .map(|(lines, _)| lines.len())
        .max()
        .unwrap_or(0)
        .max(1)
}

struct Flow {
    g: PageGeometry,
    pages: Vec<Page>,
    y: f32,
}

/// Tolerance for rounding when a line just fits.
const EPS: f32 = 0.01;

impl Flow {
    fn new(g: PageGeometry) -> Flow {
        let mut flow = Flow {
            g,
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

    fn place(&mut self, block: &Prepared, rest: &[Prepared], fonts: &Fonts) {
        if block.is_empty() {
            return;
        }
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
        match block {
            Prepared::Rule {
                thickness,
                color,
                space_after,
                ..
            } => {
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
                        thickness: *thickness,
                        color: *color,
                    },
                    region: Region::Body,
                });
                self.y += thickness + space_after;
            }
            Prepared::Text {
                lines,
                style,
                label,
            } => {
                let x = self.g.body_left() + style.indent;
                let mut i = 0;
                while i < lines.len() {
                    let fit = ((self.room() + EPS) / style.leading).floor().max(0.0) as usize;
                    let remaining = lines.len() - i;
                    let take = if fit >= remaining {
                        remaining
                    } else {
                        let mut take = fit;
                        // Two lines at least on the next page: no widow.
                        if remaining - take < 2 {
                            take = remaining.saturating_sub(2);
                        }
                        // Two lines at least here: no orphan.
                        if take < 2 && !self.at_top() {
                            take = 0;
                        }
                        if take == 0 && self.at_top() {
                            // A fresh page can do no better: place what fits, at least one
                            // line, so that the flow moves on.
                            take = fit.max(1).min(remaining);
                        }
                        take
                    };
                    for (n, line) in lines[i..i + take].iter().enumerate() {
                        let top = self.y;
                        let page = self.page();
                        // The label first: it is read before the text it numbers.
                        if i + n == 0 {
                            if let Some((label_line, _)) = label {
                                let lx = x - style.size * 0.45 - label_line.width;
                                push_line(
                                    page,
                                    label_line,
                                    lx,
                                    top,
                                    style.size,
                                    style.leading,
                                    Region::Body,
                                    fonts,
                                );
                            }
                        }
                        push_line(
                            page,
                            line,
                            x,
                            top,
                            style.size,
                            style.leading,
                            Region::Body,
                            fonts,
                        );
                        self.y += style.leading;
                    }
                    i += take;
                    if i < lines.len() {
                        self.new_page();
                    }
                }
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
                let top = self.y;
                let left = self.g.body_left();
                for (lines, cell) in cells {
                    for (n, line) in lines.iter().enumerate() {
                        let x = if cell.align_right {
                            left + cell.x + cell.width - line.width
                        } else {
                            left + cell.x
                        };
                        let line_top = top + n as f32 * leading;
                        push_line(
                            self.page(),
                            line,
                            x,
                            line_top,
                            *size,
                            *leading,
                            Region::Body,
                            fonts,
                        );
                    }
                }
                self.y += row_lines(cells) as f32 * leading;
                if let Some(color) = rule_below {
                    let (x0, x1, y) = (
                        self.g.body_left(),
                        self.g.body_right(),
                        self.y + ROW_RULE / 2.0,
                    );
                    self.page().items.push(Placed {
                        item: Item::Rule {
                            x0,
                            x1,
                            y,
                            thickness: ROW_RULE,
                            color: *color,
                        },
                        region: Region::Body,
                    });
                    self.y += ROW_RULE;
                }
                self.y += space_after;
            }
        }
    }

    fn finish(self) -> Vec<Page> {
        self.pages
    }
}
