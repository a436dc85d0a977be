//! The sheet: its size for the paper chosen, its margins, and the bands the header and the
//! footer take, so that every other room asks it where the body starts and ends.

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
