//! Shaping: the glyphs that draw a run of text in one font, by rustybuzz (HarfBuzz's port).
//!
//! A run is shaped once. Layout shapes Arabic, Chinese and every right-to-left run to measure
//! it (`paragraph`), and the glyphs travel with the line to the painter (`Piece::glyphs`, then
//! `TextRun::glyphs`), which draws them as they are. Shaping is most of the cost of setting
//! these scripts, so two things are kept as well:
//! - the shaping plan of each font, script and direction (HarfBuzz's lookups compiled for
//!   them, slow to make), for the life of the process, as the fonts are;
//! - while a document is laid out ([`DocumentRuns`]), the glyphs of every run shaped, so a
//!   run met again is not shaped again: Arabic words are runs of their own (the spaces
//!   between them are set in the Latin font) and a document repeats its words.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::{Arc, Mutex, OnceLock};

use rustybuzz::{Direction, Script, ShapePlan, UnicodeBuffer};

use super::fonts::{FontId, Fonts, Glyph};

/// A glyph as the shaper gives it, in the font's units: scaled to a size when used.
#[derive(Debug, Clone, Copy)]
struct UnitGlyph {
    id: u16,
    cluster: usize,
    advance: i32,
    x_offset: i32,
    y_offset: i32,
}

/// Shapes `text` in font `id` at `size`, right to left when `rtl`: the glyphs in drawing
/// order (left to right on the page), each with where its characters start in `text`.
pub fn shape(fonts: &Fonts, id: FontId, text: &str, size: f32, rtl: bool) -> Vec<Glyph> {
    let units = DOCUMENT_RUNS.with(|runs| {
        let mut runs = runs.borrow_mut();
        match runs.as_mut() {
            Some(kept) => {
                let key = (id, rtl, Box::<str>::from(text));
                Rc::clone(
                    kept.entry(key)
                        .or_insert_with(|| shape_units(fonts, id, text, rtl).into()),
                )
            }
            None => shape_units(fonts, id, text, rtl).into(),
        }
    });
    scaled(&units, size / fonts.font(id).units_per_em())
}

/// Glyphs in the font's units scaled by `scale` (points per unit).
fn scaled(units: &[UnitGlyph], scale: f32) -> Vec<Glyph> {
    units
        .iter()
        .map(|g| Glyph {
            id: g.id,
            cluster: g.cluster,
            advance: g.advance as f32 * scale,
            x_offset: g.x_offset as f32 * scale,
            y_offset: g.y_offset as f32 * scale,
        })
        .collect()
}

type RunKey = (FontId, bool, Box<str>);

thread_local! {
    /// The runs shaped while a [`DocumentRuns`] is alive on this thread.
    static DOCUMENT_RUNS: RefCell<Option<HashMap<RunKey, Rc<[UnitGlyph]>>>> =
        const { RefCell::new(None) };
}

/// While it lives, every run shaped on this thread is kept, so the same text in the same font
/// and direction is shaped once. `lay_out` holds one for the document it sets; the runs are
/// forgotten with it, so nothing grows with the life of the process.
pub(super) struct DocumentRuns {
    /// False when an outer one was already keeping the runs: it forgets them, not this one.
    outermost: bool,
}

impl DocumentRuns {
    pub(super) fn keep() -> DocumentRuns {
        let outermost = DOCUMENT_RUNS.with(|runs| {
            let mut runs = runs.borrow_mut();
            let outermost = runs.is_none();
            if outermost {
                *runs = Some(HashMap::new());
            }
            outermost
        });
        DocumentRuns { outermost }
    }
}

impl Drop for DocumentRuns {
    fn drop(&mut self) {
        if self.outermost {
            DOCUMENT_RUNS.with(|runs| *runs.borrow_mut() = None);
        }
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
            cluster: info.cluster as usize,
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
        let _kept = DocumentRuns::keep();
        for (text, rtl) in runs {
            let id = text
                .chars()
                .find(|c| !c.is_whitespace())
                .and_then(|c| fonts.font_for(Face::Regular, c))
                .expect("a shipped font draws it");
            let fresh = shaped_afresh(id, text, 10.0, rtl);
            // Twice: the second time from the document's runs, at another size.
            assert_eq!(shape(fonts, id, text, 10.0, rtl), fresh, "{text}");
            let again = shape(fonts, id, text, 20.0, rtl);
            let doubled: Vec<f32> = fresh.iter().map(|g| g.advance * 2.0).collect();
            assert_eq!(again.iter().map(|g| g.advance).collect::<Vec<_>>(), doubled);
        }
    }

    #[test]
    fn runs_are_kept_only_while_a_document_is_laid_out() {
        let fonts = Fonts::get();
        let naskh = fonts
            .font_for(Face::Regular, 'ح')
            .expect("Noto Naskh Arabic");
        let kept = || DOCUMENT_RUNS.with(|r| r.borrow().as_ref().map(HashMap::len));
        assert_eq!(kept(), None);
        {
            let _outer = DocumentRuns::keep();
            shape(fonts, naskh, "حقوق", 10.0, true);
            {
                let _inner = DocumentRuns::keep();
                shape(fonts, naskh, "الإنسان", 10.0, true);
            }
            // The inner one leaves the outer document's runs alone.
            assert_eq!(kept(), Some(2));
        }
        assert_eq!(kept(), None);
    }
}
