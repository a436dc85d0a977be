//! The furniture: what every page carries above and below the body — organisation, title,
//! context and date in the header, contact, page number and the draft mark in the footer —
//! measured once to reserve its bands, then set on each page when the page count is known.
//! In a right-to-left document the sides swap: what a left-to-right page carries on its left
//! (organisation, contact) goes on the right, the page number on the left.

use super::fonts::Fonts;
use super::geometry::PageGeometry;
use super::line_box::{push_line, LineBox};
use super::paragraph::{break_lines_directed, Line, Span};
use super::{Item, Page, Placed, Region, Rgb};

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

/// The furniture's lines, broken once for every page.
pub(super) struct Bands<'a> {
    furniture: &'a Furniture,
    rtl: bool,
    header_left: Vec<Line>,
    header_right: Vec<Line>,
    footer_left: Vec<Line>,
    mark: Vec<Line>,
}

impl<'a> Bands<'a> {
    /// Breaks the furniture's lines for the sheet `geometry` and reserves the header and
    /// footer bands in it.
    pub(super) fn measure(
        furniture: &'a Furniture,
        geometry: &mut PageGeometry,
        rtl: bool,
    ) -> Bands<'a> {
        let half = geometry.body_width() / 2.0 - 6.0;
        // Each entry is one line, wrapped when wider than `measure`.
        let lines = |entry: &Span, measure: f32| {
            break_lines_directed(
                std::slice::from_ref(entry),
                furniture.size,
                measure,
                None,
                rtl,
            )
        };
        let column = |entries: &[Span]| -> Vec<Line> {
            entries.iter().flat_map(|s| lines(s, half)).collect()
        };
        let header_left = column(&furniture.header_left);
        let header_right = column(&furniture.header_right);
        // The footer's left column has what the page number leaves: contacts are long.
        let footer_left: Vec<Line> = furniture
            .footer_left
            .iter()
            .flat_map(|s| lines(s, geometry.body_width() * 0.75))
            .collect();
        let mark: Vec<Line> = furniture
            .mark
            .as_ref()
            .map_or_else(Vec::new, |m| lines(m, geometry.body_width()));
        let bands = Bands {
            furniture,
            rtl,
            header_left,
            header_right,
            footer_left,
            mark,
        };
        geometry.header_height =
            bands.header_lines() as f32 * furniture.leading + RULE_GAP + BAND_GAP;
        geometry.footer_height =
            bands.footer_lines() as f32 * furniture.leading + RULE_GAP + BAND_GAP;
        bands
    }

    fn header_lines(&self) -> usize {
        self.header_left.len().max(self.header_right.len())
    }

    fn footer_lines(&self) -> usize {
        self.mark.len() + self.footer_left.len().max(1)
    }

    /// Sets the header and footer on page `n` (from 0) of `count`.
    pub(super) fn set_on(
        &self,
        page: &mut Page,
        n: usize,
        count: usize,
        g: &PageGeometry,
        fonts: &Fonts,
    ) {
        self.set_header(page, g, fonts);
        self.set_footer(page, n, count, g, fonts);
    }

    fn set_header(&self, page: &mut Page, g: &PageGeometry, fonts: &Fonts) {
        let furniture = self.furniture;
        let top = g.margin_top;
        let (start, start_flush_right, end, end_flush_right) = self.sides(g);
        self.column(
            page,
            &self.header_left,
            start,
            top,
            start_flush_right,
            Region::Header,
            fonts,
        );
        self.column(
            page,
            &self.header_right,
            end,
            top,
            end_flush_right,
            Region::Header,
            fonts,
        );
        let rule_y = top + self.header_lines() as f32 * furniture.leading + RULE_GAP / 2.0;
        page.items.push(self.rule(g, rule_y, Region::Header));
    }

    fn set_footer(&self, page: &mut Page, n: usize, count: usize, g: &PageGeometry, fonts: &Fonts) {
        let furniture = self.furniture;
        let footer_top =
            g.height - g.margin_bottom - self.footer_lines() as f32 * furniture.leading;
        page.items
            .push(self.rule(g, footer_top - RULE_GAP / 2.0, Region::Footer));
        for (i, line) in self.mark.iter().enumerate() {
            self.column(
                page,
                std::slice::from_ref(line),
                g.body_left() + (g.body_width() - line.width) / 2.0,
                footer_top + i as f32 * furniture.leading,
                false,
                Region::Footer,
                fonts,
            );
        }
        // The contact and the page number go under the mark.
        let footer_top = footer_top + self.mark.len() as f32 * furniture.leading;
        let (start, start_flush_right, end, end_flush_right) = self.sides(g);
        self.column(
            page,
            &self.footer_left,
            start,
            footer_top,
            start_flush_right,
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
        let number = break_lines_directed(
            &[number],
            furniture.size,
            g.body_width() * 0.2,
            None,
            self.rtl,
        );
        self.column(
            page,
            &number,
            end,
            footer_top,
            end_flush_right,
            Region::Footer,
            fonts,
        );
    }

    /// Where the side a page is read from starts (the left edge, or the right one in a
    /// right-to-left document, lines then flush right), and where the other side ends.
    fn sides(&self, g: &PageGeometry) -> (f32, bool, f32, bool) {
        if self.rtl {
            (g.body_right(), true, g.body_left(), false)
        } else {
            (g.body_left(), false, g.body_right(), true)
        }
    }

    /// The rule across the body's width that closes the header or opens the footer.
    fn rule(&self, g: &PageGeometry, y: f32, region: Region) -> Placed {
        Placed {
            item: Item::Rule {
                x0: g.body_left(),
                x1: g.body_right(),
                y,
                thickness: FURNITURE_RULE,
                color: self.furniture.rule_color,
            },
            region,
        }
    }

    /// Lines one under the other from `top`, starting at `edge` or ending there when
    /// `right_aligned`.
    #[allow(clippy::too_many_arguments)]
    fn column(
        &self,
        page: &mut Page,
        lines: &[Line],
        edge: f32,
        top: f32,
        right_aligned: bool,
        region: Region,
        fonts: &Fonts,
    ) {
        let furniture = self.furniture;
        for (i, line) in lines.iter().enumerate() {
            let x = if right_aligned {
                edge - line.width
            } else {
                edge
            };
            let at = LineBox {
                x,
                top: top + i as f32 * furniture.leading,
                size: furniture.size,
                leading: furniture.leading,
                region,
            };
            push_line(page, line, at, fonts);
        }
    }
}
