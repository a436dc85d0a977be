//! Shaping: the glyphs that draw a run of text in one font, by rustybuzz (HarfBuzz's port).
//!
//! A run is shaped once. Layout shapes Arabic, Chinese and every right-to-left run to measure
//! it (`paragraph`), and the glyphs travel with the line to the painter (`Piece::glyphs`, then
//! `TextRun::glyphs`), which draws them as they are. Shaping is most of the cost of setting
//! these scripts, so two things are kept for the life of the process, as the fonts are:
//! - the shaping plan of each font, script and direction (HarfBuzz's lookups compiled for
//!   them, slow to make);
//! - the glyphs of every run shaped, in the font's units, so a run met again is not shaped
//!   again: Arabic words are runs of their own (the spaces between them are set in the Latin
//!   font), a document repeats its words, and documents repeat each other's: the window lays
//!   a document out again at each change to it, and a print run sets one brief per delegation
//!   from the same issues. At most [`MAX_KEPT_BYTES`] of them are kept, so memory stays
//!   bounded whatever is set (a long Chinese paragraph is one run, and each change to it in
//!   the window makes a new one).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use rustybuzz::{Direction, Script, ShapePlan, UnicodeBuffer};

use super::fonts::{FontId, Fonts, Glyph};

/// A glyph as the shaper gives it, in the font's units: scaled to a size when used.
#[derive(Debug, Clone, Copy)]
struct UnitGlyph {
    id: u16,
    cluster: u32,
    advance: i32,
    x_offset: i32,
    y_offset: i32,
}

/// How much of shaped runs (their glyphs and text) the process keeps: an Arabic brief's
/// distinct words take about 40 KB, a Chinese brief's paragraphs about 100 KB, so this holds
/// dozens of documents. When full, the kept runs are forgotten and kept afresh.
const MAX_KEPT_BYTES: usize = 4 << 20;

/// Shapes `text` in font `id` at `size`, right to left when `rtl`: the glyphs in drawing
/// order (left to right on the page), each with where its characters start in `text`.
pub fn shape(fonts: &Fonts, id: FontId, text: &str, size: f32, rtl: bool) -> Vec<Glyph> {
    let units = match kept_run(id, rtl, text) {
        Some(units) => units,
        None => {
            // Shaped outside the lock: another thread may shape the same run meanwhile, and
            // either result serves.
            let units: Arc<[UnitGlyph]> = shape_units(fonts, id, text, rtl).into();
            keep_run(id, rtl, text, Arc::clone(&units));
            units
        }
    };
    scaled(&units, size / fonts.font(id).units_per_em())
}

/// Glyphs in the font's units scaled by `scale` (points per unit).
fn scaled(units: &[UnitGlyph], scale: f32) -> Vec<Glyph> {
    units
        .iter()
        .map(|g| Glyph {
            id: g.id,
            cluster: g.cluster as usize,
            advance: g.advance as f32 * scale,
            x_offset: g.x_offset as f32 * scale,
            y_offset: g.y_offset as f32 * scale,
        })
        .collect()
}

/// The runs shaped so far, by font and direction, then by text (so a run is found by its text
/// without copying it).
#[derive(Default)]
struct KeptRuns {
    by_font: HashMap<(FontId, bool), RunsByText>,
    /// The glyphs and text of the runs kept, in bytes.
    bytes: usize,
}

type RunsByText = HashMap<Box<str>, Arc<[UnitGlyph]>>;

fn kept_runs() -> std::sync::MutexGuard<'static, KeptRuns> {
    static KEPT: OnceLock<Mutex<KeptRuns>> = OnceLock::new();
    KEPT.get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
}

fn kept_run(id: FontId, rtl: bool, text: &str) -> Option<Arc<[UnitGlyph]>> {
    kept_runs().by_font.get(&(id, rtl))?.get(text).cloned()
}

fn keep_run(id: FontId, rtl: bool, text: &str, units: Arc<[UnitGlyph]>) {
    let bytes = std::mem::size_of_val(&*units) + text.len();
    let mut kept = kept_runs();
    if kept.bytes + bytes > MAX_KEPT_BYTES {
        *kept = KeptRuns::default();
    }
    let runs = kept.by_font.entry((id, rtl)).or_default();
    if runs.insert(text.into(), units).is_none() {
        kept.bytes += bytes;
    }
}

/// `text` ready to shape in direction `rtl`, its script guessed from its letters.
fn buffer(text: &str, rtl: bool) -> UnicodeBuffer {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    buffer
}

/// No glyphs when rustybuzz cannot read the font: never, since a test in `fonts` shapes each
/// shipped font and a computer's font is used only once rustybuzz has read it.
fn shape_units(fonts: &Fonts, id: FontId, text: &str, rtl: bool) -> Vec<UnitGlyph> {
    let Some((face, _)) = fonts.font(id).shaper() else {
        return Vec::new();
    };
    let buffer = buffer(text, rtl);
    // The buffer's script is the first one its text has; none for a run of punctuation,
    // spaces or digits alone (which `script()` reports as unknown).
    let script = Some(buffer.script()).filter(|s| *s != rustybuzz::script::UNKNOWN);
    let plan = plan(face, id, buffer.direction(), script);
    units_of(&rustybuzz::shape_with_plan(face, &plan, buffer))
}

fn units_of(shaped: &rustybuzz::GlyphBuffer) -> Vec<UnitGlyph> {
    shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, pos)| UnitGlyph {
            id: info.glyph_id as u16,
            cluster: info.cluster,
            advance: pos.x_advance,
            x_offset: pos.x_offset,
            y_offset: pos.y_offset,
        })
        .collect()
}

type PlanKey = (FontId, Direction, Option<Script>);

/// The shaping plan of font `id` for text in `script` set in `direction`, made on first use:
/// what `rustybuzz::shape` would make for every run, and the slowest part of shaping a word.
fn plan(
    face: &rustybuzz::Face<'static>,
    id: FontId,
    direction: Direction,
    script: Option<Script>,
) -> Arc<ShapePlan> {
    static PLANS: OnceLock<Mutex<HashMap<PlanKey, Arc<ShapePlan>>>> = OnceLock::new();
    let plans = PLANS.get_or_init(Default::default);
    let key = (id, direction, script);
    if let Some(plan) = plans.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return Arc::clone(plan);
    }
    // Made outside the lock: another thread may make the same plan meanwhile, and either
    // serves.
    let plan = Arc::new(ShapePlan::new(face, direction, script, None, &[]));
    plans
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(key)
        .or_insert(plan)
        .clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::fonts::Face;

    /// The glyphs `rustybuzz::shape` gives, plan made afresh, as the painter once drew them.
    fn shaped_afresh(id: FontId, text: &str, size: f32, rtl: bool) -> Vec<Glyph> {
        let fonts = Fonts::get();
        let (face, units_per_em) = fonts.font(id).shaper().expect("shipped fonts shape");
        let shaped = rustybuzz::shape(face, &[], buffer(text, rtl));
        scaled(&units_of(&shaped), size / units_per_em)
    }

    #[test]
    fn a_kept_plan_and_a_kept_run_shape_as_a_fresh_plan_does() {
        let fonts = Fonts::get();
        let runs = [
            // Arabic with marks (shadda and kasra on one letter) and a ligature (lam-alef).
            ("المحكمة", true),
            ("وُجِّهت", true),
            ("لا", true),
            // Chinese with full-width punctuation, and a run of punctuation alone.
            ("《网络安全法》第17条，", false),
            ("（", false),
            // Latin in a right-to-left run: the bracket is drawn mirrored.
            (" (", true),
        ];
        for (text, rtl) in runs {
            let id = text
                .chars()
                .find(|c| !c.is_whitespace())
                .and_then(|c| fonts.font_for(Face::Regular, c))
                .expect("a shipped font draws it");
            let fresh = shaped_afresh(id, text, 10.0, rtl);
            // Twice: the second time from the kept runs, at another size.
            assert_eq!(shape(fonts, id, text, 10.0, rtl), fresh, "{text}");
            let again = shape(fonts, id, text, 20.0, rtl);
            let doubled: Vec<f32> = fresh.iter().map(|g| g.advance * 2.0).collect();
            assert_eq!(again.iter().map(|g| g.advance).collect::<Vec<_>>(), doubled);
        }
    }

    #[test]
    fn the_runs_kept_are_bounded() {
        let fonts = Fonts::get();
        let han = fonts.font_for(Face::Regular, '中').expect("Noto Sans CJK");
        // Paragraphs of 200 ideographs (one run each, about 4 KB kept), all different, as a
        // long paragraph edited in the window is: more than can be kept.
        let paragraph = |n: usize| format!("{}{n}", "人权审议".repeat(50));
        let first = paragraph(0);
        shape(fonts, han, &first, 10.0, false);
        assert!(kept_run(han, false, &first).is_some());
        for n in 1..=MAX_KEPT_BYTES / 4000 {
            let text = paragraph(n);
            shape(fonts, han, &text, 10.0, false);
            assert!(kept_runs().bytes <= MAX_KEPT_BYTES);
        }
        // Forgotten on the way, when the runs kept were full.
        assert!(kept_run(han, false, &first).is_none());
    }
}
