//! The faces the documents are set in, and their real metrics: glyph advances, ascender and
//! descender, and which characters a face can draw at all. Text is set without kerning:
//! Noto Sans keeps its pairs in OpenType GPOS, which would need a shaper; unkerned Noto
//! Sans is designed to read well as it is.
//!
//! The faces are Noto Sans Regular, Bold and Italic, shipped in `assets/fonts/` under the SIL
//! Open Font License and built into the binary, so a document looks the same on every
//! computer and needs no installed font. Layout measures with these numbers; the painter
//! embeds the same bytes.

use std::sync::OnceLock;

use ttf_parser::Face as TtfFace;

/// A face of the document family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Face {
    Regular,
    Bold,
    Italic,
}

impl Face {
    pub const ALL: [Face; 3] = [Face::Regular, Face::Bold, Face::Italic];

    fn index(self) -> usize {
        self as usize
    }

    /// The font file, as shipped in `assets/fonts/`.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf"),
            Face::Bold => include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf"),
            Face::Italic => include_bytes!("../../../../assets/fonts/NotoSans-Italic.ttf"),
        }
    }
}

/// Characters below this code point keep their advance in a table: all of Latin-1 and
/// Latin Extended-A/B, which is nearly every character of an English, French, Spanish or
/// Portuguese text, so measuring rarely needs the font's character map.
const TABLE_LEN: usize = 0x250;

struct FaceMetrics {
    face: TtfFace<'static>,
    units_per_em: f32,
    /// Advance widths in em for the characters of the table; `NaN` for a character the face
    /// does not have.
    table: Vec<f32>,
}

impl FaceMetrics {
    fn load(which: Face) -> FaceMetrics {
        // The bytes are the font files shipped with this source; a test parses every face,
        // so a broken file cannot reach a user.
        let face = TtfFace::parse(which.bytes(), 0).expect("shipped font parses");
        let units_per_em = f32::from(face.units_per_em());
        let mut metrics = FaceMetrics {
            face,
            units_per_em,
            table: Vec::new(),
        };
        metrics.table = (0..TABLE_LEN as u32)
            .map(|c| {
                char::from_u32(c)
                    .and_then(|c| metrics.lookup_advance(c))
                    .unwrap_or(f32::NAN)
            })
            .collect();
        metrics
    }

    fn lookup_advance(&self, c: char) -> Option<f32> {
        let gid = self.face.glyph_index(c)?;
        let adv = self.face.glyph_hor_advance(gid)?;
        Some(f32::from(adv) / self.units_per_em)
    }

    fn advance(&self, c: char) -> Option<f32> {
        match self.table.get(c as usize) {
            Some(w) if w.is_nan() => None,
            Some(w) => Some(*w),
            None => self.lookup_advance(c),
        }
    }
}

/// The family with its metrics, parsed once per process.
pub struct Fonts {
    faces: [FaceMetrics; 3],
}

static FONTS: OnceLock<Fonts> = OnceLock::new();

impl Fonts {
    /// The shipped family. Parsed on first use (well under a millisecond), then shared.
    pub fn get() -> &'static Fonts {
        FONTS.get_or_init(|| Fonts {
            faces: Face::ALL.map(FaceMetrics::load),
        })
    }

    fn metrics(&self, face: Face) -> &FaceMetrics {
        &self.faces[face.index()]
    }

    /// True when `face` can draw `c`. Spaces and line ends count as drawable: layout turns
    /// them into white space.
    pub fn has(&self, face: Face, c: char) -> bool {
        c.is_whitespace() || self.metrics(face).advance(c).is_some()
    }

    /// The advance of `c` in points at `size`. A character the face lacks measures as zero:
    /// documents refuse such text before layout (see [`missing_characters`]).
    pub fn advance(&self, face: Face, c: char, size: f32) -> f32 {
        self.metrics(face).advance(c).unwrap_or(0.0) * size
    }

    /// The width of `text` set in one face.
    pub fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(face, c, size)).sum()
    }

    /// How far above the baseline the face reaches, in points at `size`.
    pub fn ascender(&self, face: Face, size: f32) -> f32 {
        let m = self.metrics(face);
        f32::from(m.face.ascender()) / m.units_per_em * size
    }

    /// How far below the baseline the face reaches, in points at `size` (a positive number).
    pub fn descender(&self, face: Face, size: f32) -> f32 {
        let m = self.metrics(face);
        -f32::from(m.face.descender()) / m.units_per_em * size
    }
}

/// A character of a text that no face of the family can draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingCharacter {
    pub character: char,
    /// "U+4E2D CJK UNIFIED IDEOGRAPH-4E2D".
    pub name: String,
}

/// The characters of `text` that `face` cannot draw, each once, in order of appearance.
/// Control characters other than line ends count as missing: they would print as nothing.
pub fn missing_characters(text: &str, face: Face) -> Vec<MissingCharacter> {
    let fonts = Fonts::get();
    let mut seen = Vec::new();
    for c in text.chars() {
        let drawable = match c {
            '\n' | '\r' | '\t' => true,
            // A soft hyphen is a break opportunity, never drawn unless the line breaks there.
            '\u{AD}' => true,
            c if c.is_control() => false,
            c => fonts.has(face, c),
        };
        if !drawable && !seen.iter().any(|m: &MissingCharacter| m.character == c) {
            seen.push(MissingCharacter {
                character: c,
                name: character_name(c),
            });
        }
    }
    seen
}

/// "U+00E9 LATIN SMALL LETTER E WITH ACUTE"; the code point alone when Unicode names none.
pub fn character_name(c: char) -> String {
    match unicode_names2::name(c) {
        Some(name) => format!("U+{:04X} {}", c as u32, name),
        None => format!("U+{:04X}", c as u32),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_face_parses_and_measures_real_advances() {
        let fonts = Fonts::get();
        for face in Face::ALL {
            // An "m" is wider than an "i" in any proportional face.
            assert!(fonts.width(face, "m", 10.0) > fonts.width(face, "i", 10.0));
            assert!(fonts.ascender(face, 10.0) > 5.0);
            assert!(fonts.descender(face, 10.0) > 0.0);
        }
        // Bold is wider than regular for the same text.
        assert!(
            fonts.width(Face::Bold, "Recommendations", 10.0)
                > fonts.width(Face::Regular, "Recommendations", 10.0)
        );
    }

    #[test]
    fn latin_accents_and_cyrillic_are_covered() {
        let text = "àâäçéèêëîïôöùûüÿœæ ÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ áéíóúñü¿¡ ÁÉÍÓÚÑ ãõâêô ÃÕ \
                    Правозащитники Україна «» – — € ’ “ ” … \u{202F}\u{A0}";
        for face in Face::ALL {
            assert_eq!(missing_characters(text, face), vec![]);
        }
    }

    #[test]
    fn a_character_no_face_has_is_named() {
        let missing = missing_characters("Meridia 中 and 中", Face::Regular);
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].name, "U+4E2D CJK UNIFIED IDEOGRAPH-4E2D");
        let control = missing_characters("a\u{7}b", Face::Regular);
        assert_eq!(control[0].name, "U+0007");
    }
}
