//! The fonts the documents are set in, and their real metrics: glyph advances (from shaped
//! glyphs where a script needs shaping), ascender and descender, and which characters a font
//! can draw at all.
//!
//! Shipped in `assets/fonts/` under the SIL Open Font License and built into the binary, so a
//! document looks the same on every computer: Noto Sans (Regular, Bold, Italic) for Latin,
//! Greek and Cyrillic; Noto Naskh Arabic (Regular, Bold), the naskh style of the UN's Arabic
//! documents; Noto Sans CJK SC Regular, subset by `scripts/subset-cjk-font.py` to keep the
//! package small (bold Chinese is the regular face drawn with a stroke, see [`emboldened`]: a
//! second CJK weight would cost 2.8 MB in each of the two programs). A character none of them has is looked for in the computer's own fonts
//! (`fontdb`) before a document refuses it.
//!
//! Latin text is set unkerned, character by character, as it always was: Noto Sans reads
//! well so. Arabic, Chinese and any text in a right-to-left run are shaped with rustybuzz
//! (HarfBuzz's port): Arabic letters join and ligatures form, and the advances layout measures
//! are those of the shaped glyphs the painter draws.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};

use ttf_parser::Face as TtfFace;

/// A style of the document family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Face {
    Regular,
    Bold,
    Italic,
}

impl Face {
    pub const ALL: [Face; 3] = [Face::Regular, Face::Bold, Face::Italic];

    /// The Latin font of the style.
    pub fn font(self) -> FontId {
        self as FontId
    }

    /// The Noto Sans file of the style, as shipped in `assets/fonts/`.
    pub fn bytes(self) -> &'static [u8] {
        SHIPPED[self as usize]
    }
}

/// A font file: the shipped ones first (see [`SHIPPED`]), then the computer's own fonts in
/// the order a document first needed them.
pub type FontId = u16;

const NASKH_REGULAR: FontId = 3;
const NASKH_BOLD: FontId = 4;
const HAN_REGULAR: FontId = 5;

/// U+3000, the full-width space of Chinese (and Japanese) text.
pub const IDEOGRAPHIC_SPACE: char = '\u{3000}';

/// The shipped fonts, by [`FontId`]: Noto Sans Regular, Bold, Italic; Noto Naskh Arabic
/// Regular, Bold; Noto Sans CJK SC (subset) Regular.
pub const SHIPPED: [&[u8]; 6] = [
    include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../../../assets/fonts/NotoSans-Italic.ttf"),
    include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Bold.ttf"),
    include_bytes!("../../../../assets/fonts/NotoSansSC-Subset-Regular.otf"),
];

/// Characters below this code point keep their advance in a table, looked up in the font's
/// character map the first time each is measured: Latin-1, Latin Extended-A/B, Greek,
/// Cyrillic, Hebrew and Arabic, nearly every character of a text in English, French, Spanish,
/// Russian or Arabic. An Arabic letter is looked for in each font in turn (`font_for`), for
/// layout and for the check that every character can be drawn; through the character maps
/// that was a tenth of an Arabic brief's time.
const TABLE_LEN: usize = 0x700;

/// A slot of the advance table not looked up yet: a NaN unlike `f32::NAN`, which marks a
/// character the face does not have.
const NOT_LOOKED_UP: u32 = u32::MAX;

/// One font file, parsed for measuring (ttf-parser) and, when a run in it is first shaped,
/// for shaping (rustybuzz): Latin text is never shaped, so a brief in English never reads
/// the shaping tables of its faces.
pub struct Font {
    pub bytes: &'static [u8],
    face: TtfFace<'static>,
    shaper: OnceLock<Option<rustybuzz::Face<'static>>>,
    units_per_em: f32,
    /// Advance widths in em (an `f32`'s bits) for the characters of the table; `NaN` for a
    /// character the face does not have, [`NOT_LOOKED_UP`] until it is first asked for.
    /// Atomic because the fonts are shared by the whole process.
    table: Box<[AtomicU32]>,
}

/// A glyph of a shaped run (`shaping`), in the order it is drawn (left to right on the page).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    pub id: u16,
    /// Where the glyph's characters start in the run's text, in bytes.
    pub cluster: usize,
    /// In points at the size shaped.
    pub advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
}

impl Font {
    fn parse(bytes: &'static [u8]) -> Option<Font> {
        let face = TtfFace::parse(bytes, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em());
        Some(Font {
            bytes,
            face,
            shaper: OnceLock::new(),
            units_per_em,
            table: (0..TABLE_LEN)
                .map(|_| AtomicU32::new(NOT_LOOKED_UP))
                .collect(),
        })
    }

    /// The font parsed for shaping, on first use; `None` if rustybuzz cannot read it (a
    /// test rules that out for the shipped fonts).
    fn face_for_shaping(&self) -> Option<&rustybuzz::Face<'static>> {
        self.shaper
            .get_or_init(|| rustybuzz::Face::from_slice(self.bytes, 0))
            .as_ref()
    }

    fn lookup_advance(&self, c: char) -> Option<f32> {
        let gid = self.face.glyph_index(c)?;
        let adv = self.face.glyph_hor_advance(gid)?;
        Some(f32::from(adv) / self.units_per_em)
    }

    fn advance_em(&self, c: char) -> Option<f32> {
        let Some(slot) = self.table.get(c as usize) else {
            return self.lookup_advance(c);
        };
        // Relaxed: two threads measuring the same character store the same value.
        let bits = slot.load(Ordering::Relaxed);
        let width = if bits == NOT_LOOKED_UP {
            let width = self.lookup_advance(c).unwrap_or(f32::NAN);
            slot.store(width.to_bits(), Ordering::Relaxed);
            width
        } else {
            f32::from_bits(bits)
        };
        Some(width).filter(|w| !w.is_nan())
    }

    /// True when the font has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        self.advance_em(c).is_some()
    }

    /// The font parsed for shaping and its units per em (`shaping` scales what it gives), or
    /// `None` if rustybuzz cannot read the font (a test rules that out for the shipped ones).
    pub(super) fn shaper(&self) -> Option<(&rustybuzz::Face<'static>, f32)> {
        self.face_for_shaping()
            .map(|face| (face, self.units_per_em))
    }

    /// The font's units per em, which shaped glyphs are measured in.
    pub(super) fn units_per_em(&self) -> f32 {
        self.units_per_em
    }

    /// The font as parsed for measuring: the painter reads its glyph ids, advances and
    /// metrics from it when embedding the font (`pdf::font_embedding`), without parsing the
    /// file again.
    pub fn face(&self) -> &TtfFace<'static> {
        &self.face
    }
}

/// The computer's fonts, searched only when a character is in no shipped font.
#[derive(Default)]
struct SystemFonts {
    /// Every font of the computer with the characters it has (sorted), read once, when a
    /// document first needs a character no shipped font has.
    index: Option<Vec<(fontdb::ID, Vec<u32>)>>,
    db: Option<fontdb::Database>,
    /// The fonts loaded so far, by their place in `index`, with their id.
    loaded: Vec<(usize, &'static Font)>,
    /// What a character was found in, so a font is searched for once per character.
    found: HashMap<char, Option<FontId>>,
}

impl SystemFonts {
    /// Reads the computer's fonts and what each covers. Collections count by their first face
    /// only: rustybuzz and the painter read face 0.
    fn index(&mut self) -> &[(fontdb::ID, Vec<u32>)] {
        let db = self.db.get_or_insert_with(|| {
            let mut db = fontdb::Database::new();
            db.load_system_fonts();
            db
        });
        self.index.get_or_insert_with(|| {
            let ids: Vec<fontdb::ID> = db.faces().filter(|f| f.index == 0).map(|f| f.id).collect();
            ids.into_iter()
                .filter_map(|id| {
                    let covered = db.with_face_data(id, |data, index| {
                        let face = TtfFace::parse(data, index).ok()?;
                        let mut covered = Vec::new();
                        for table in face.tables().cmap?.subtables {
                            if table.is_unicode() {
                                table.codepoints(|c| covered.push(c));
                            }
                        }
                        covered.sort_unstable();
                        covered.dedup();
                        Some(covered)
                    })??;
                    Some((id, covered))
                })
                .collect()
        })
    }

    /// The place in `index` of the first font that has `c`, loaded; `None` if none has it.
    fn load_for(&mut self, c: char) -> Option<usize> {
        let place = self
            .index()
            .iter()
            .position(|(_, covered)| covered.binary_search(&(c as u32)).is_ok())?;
        if let Some(i) = self.loaded.iter().position(|(p, _)| *p == place) {
            return Some(i);
        }
        let id = self.index.as_ref()?[place].0;
        let data = self
            .db
            .as_ref()?
            .with_face_data(id, |data, _| data.to_vec())?;
        // Kept for the life of the process, as the shipped fonts are: a document refers to
        // it by id until it is painted.
        let font = Font::parse(Box::leak(data.into_boxed_slice()))?;
        // A computer's font rustybuzz cannot read would draw nothing: not used, so the
        // character is refused as one no font has, as before shaping was made lazy.
        font.shaper()?;
        self.loaded.push((place, Box::leak(Box::new(font))));
        Some(self.loaded.len() - 1)
    }
}

/// The shipped fonts with their metrics, each parsed once per process when a document first
/// needs it, and the computer's fonts found since.
pub struct Fonts {
    /// By [`FontId`]: an English brief parses the Latin faces only, never the Arabic or the
    /// Chinese one.
    shipped: [OnceLock<Font>; SHIPPED.len()],
    system: Mutex<SystemFonts>,
    /// The font chosen for each character beyond the advance tables ([`TABLE_LEN`]) in each
    /// style, so a Chinese character is looked for in the Latin, Arabic and Chinese character
    /// maps once per process, not every time layout or the check that every character can be
    /// drawn meets it: those lookups were a tenth of a Chinese brief's time. At most
    /// [`MAX_CHOSEN`], so a file holding every character of Unicode cannot make it grow
    /// without end.
    chosen: Mutex<HashMap<(Face, char), Option<FontId>>>,
}

/// How many font choices are kept: every character of the shipped Chinese subset in all three
/// styles, and more. When full, they are forgotten and kept afresh.
const MAX_CHOSEN: usize = 1 << 16;

static FONTS: OnceLock<Fonts> = OnceLock::new();

impl Fonts {
    /// The fonts, shared by the whole process; each shipped one is parsed on first use.
    pub fn get() -> &'static Fonts {
        FONTS.get_or_init(|| Fonts {
            shipped: Default::default(),
            system: Mutex::new(SystemFonts::default()),
            chosen: Mutex::new(HashMap::new()),
        })
    }

    /// The shipped font `i` (below `SHIPPED.len()`), parsed now if it was not yet.
    fn shipped(&self, i: usize) -> &Font {
        self.shipped[i].get_or_init(|| {
            // The bytes are the font files shipped with this source; a test parses every
            // one, so a broken file cannot reach a user.
            Font::parse(SHIPPED[i]).expect("shipped font parses")
        })
    }

    /// The font `id`: a shipped one, or one found on the computer by [`Fonts::font_for`].
    pub fn font(&self, id: FontId) -> &Font {
        let i = usize::from(id);
        if i < SHIPPED.len() {
            return self.shipped(i);
        }
        let system = self.system.lock().unwrap_or_else(|e| e.into_inner());
        // Ids above the shipped ones are only handed out by `font_for` after loading.
        match system.loaded.get(i - SHIPPED.len()) {
            Some((_, font)) => font,
            None => self.shipped(0),
        }
    }

    /// The font that draws `c` in style `face`: the Latin face when it has it, else Noto Naskh
    /// Arabic, else Noto Sans CJK, else a font of the computer. `None`: nothing can draw it.
    pub fn font_for(&self, face: Face, c: char) -> Option<FontId> {
        if (c as usize) < TABLE_LEN {
            // The fonts' advance tables already answer these without a character map.
            return self.choose_font(face, c);
        }
        let known = self
            .chosen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&(face, c))
            .copied();
        if let Some(found) = known {
            return found;
        }
        // Chosen outside the lock: a font of the computer may be searched for, which is slow,
        // and another thread choosing the same character meanwhile chooses the same font.
        let found = self.choose_font(face, c);
        let mut chosen = self.chosen.lock().unwrap_or_else(|e| e.into_inner());
        if chosen.len() >= MAX_CHOSEN {
            chosen.clear();
        }
        chosen.insert((face, c), found);
        found
    }

    /// [`Fonts::font_for`], looked up in the fonts' character maps.
    fn choose_font(&self, face: Face, c: char) -> Option<FontId> {
        let latin = face.font();
        // The ideographic space is as wide as an ideograph (one em) and Noto Sans has no
        // glyph for it: set in the Latin face, as other spaces are, it measured nothing and
        // joined the Latin word before it ("UPR　审议" read "UPR审议").
        if c == IDEOGRAPHIC_SPACE && self.shipped(usize::from(HAN_REGULAR)).has(c) {
            return Some(HAN_REGULAR);
        }
        if c.is_whitespace() || self.shipped(usize::from(latin)).has(c) {
            return Some(latin);
        }
        let arabic = if face == Face::Bold {
            NASKH_BOLD
        } else {
            NASKH_REGULAR
        };
        if self.shipped(usize::from(arabic)).has(c) {
            return Some(arabic);
        }
        if self.shipped(usize::from(HAN_REGULAR)).has(c) {
            return Some(HAN_REGULAR);
        }
        self.system_font_for(c)
    }

    /// True for the shipped Chinese font.
    pub fn is_han(&self, id: FontId) -> bool {
        id == HAN_REGULAR
    }

    fn system_font_for(&self, c: char) -> Option<FontId> {
        let shipped = SHIPPED.len();
        let mut system = self.system.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = system.found.get(&c) {
            return *found;
        }
        let id = system
            .load_for(c)
            .and_then(|i| FontId::try_from(shipped + i).ok());
        system.found.insert(c, id);
        id
    }

    /// True when `face` (or a font standing in for it) can draw `c`. Spaces and line ends
    /// count as drawable: layout turns them into white space.
    pub fn has(&self, face: Face, c: char) -> bool {
        c.is_whitespace() || self.font_for(face, c).is_some()
    }

    /// The unshaped advance of `c` in points at `size`, in the font that draws it. A
    /// character nothing can draw measures as zero: documents refuse such text before layout
    /// (see [`missing_characters`]).
    pub fn advance(&self, face: Face, c: char, size: f32) -> f32 {
        self.font_for(face, c)
            .and_then(|id| self.font(id).advance_em(c))
            .unwrap_or(0.0)
            * size
    }

    /// The width of `text` set in one face, shaped where its script needs it.
    pub fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        let spans = [super::Span::new(text, face, super::Rgb(0, 0, 0))];
        super::paragraph::natural_width(&spans, size)
    }

    /// How far above the baseline the face reaches, in points at `size`.
    pub fn ascender(&self, face: Face, size: f32) -> f32 {
        let f = self.font(face.font());
        f32::from(f.face.ascender()) / f.units_per_em * size
    }

    /// How far below the baseline the face reaches, in points at `size` (a positive number).
    pub fn descender(&self, face: Face, size: f32) -> f32 {
        let f = self.font(face.font());
        -f32::from(f.face.descender()) / f.units_per_em * size
    }
}

/// True when text in style `face` drawn with font `id` is made bold by the painter: the
/// shipped Chinese font has its regular weight only, so its bold is the regular glyphs filled
/// and stroked (with the same advances: layout needs nothing else).
pub fn emboldened(face: Face, id: FontId) -> bool {
    face == Face::Bold && id == HAN_REGULAR
}

/// True when text in font `id` is shaped rather than set character by character: every font
/// but the Latin ones.
pub fn is_shaped(id: FontId) -> bool {
    id > Face::Italic.font()
}

/// A character of a text that no font can draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingCharacter {
    pub character: char,
    /// "U+1F600 GRINNING FACE".
    pub name: String,
}

/// The characters of `text` that no font can draw in `face`, each once, in order of
/// appearance. Control characters other than line ends count as missing: they would print as
/// nothing. Directional marks and joiners are drawn as nothing on purpose and are kept.
pub fn missing_characters(text: &str, face: Face) -> Vec<MissingCharacter> {
    let fonts = Fonts::get();
    let mut seen = Vec::new();
    for c in text.chars() {
        let drawable = match c {
            '\n' | '\r' | '\t' => true,
            // A soft hyphen is a break opportunity, never drawn unless the line breaks there.
            '\u{AD}' => true,
            // Joiners and directional marks steer shaping and bidi; they have no ink.
            '\u{200C}'..='\u{200F}' | '\u{061C}' => true,
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
    fn the_advance_table_gives_what_the_character_map_gives_first_time_and_after() {
        // Latin, Cyrillic and Arabic letters, Arabic digits and comma, and characters a face
        // lacks (an Arabic letter in Noto Sans, a Latin one in the Chinese face).
        let chars = ['a', 'é', 'Ж', 'я', 'ح', 'ﻻ', '٣', '،', 'ŋ', '\u{6FF}', '中'];
        for (i, bytes) in SHIPPED.iter().enumerate() {
            let font = Font::parse(bytes).expect("shipped font parses");
            for c in chars {
                let expected = font.lookup_advance(c);
                assert_eq!(font.advance_em(c), expected, "font {i}, {c:?} first");
                assert_eq!(font.advance_em(c), expected, "font {i}, {c:?} kept");
            }
        }
    }

    #[test]
    fn the_font_chosen_for_a_character_is_the_same_first_time_and_after() {
        let fonts = Fonts::get();
        // Beyond the advance tables: Chinese (with full-width punctuation and the ideographic
        // space), an Arabic presentation form, a Latin letter of Latin Extended Additional,
        // and an emoji, which no shipped font has.
        let chars = ['中', '，', '》', IDEOGRAPHIC_SPACE, 'ﻻ', 'ẞ', '😀'];
        for face in Face::ALL {
            for c in chars {
                let expected = fonts.choose_font(face, c);
                assert_eq!(fonts.font_for(face, c), expected, "{face:?} {c:?} first");
                assert_eq!(fonts.font_for(face, c), expected, "{face:?} {c:?} kept");
            }
        }
        assert_eq!(fonts.font_for(Face::Bold, '中'), Some(HAN_REGULAR));
        assert_eq!(fonts.font_for(Face::Bold, 'ﻻ'), Some(NASKH_BOLD));
    }

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
        for id in 0..SHIPPED.len() {
            let font = fonts.font(id as FontId);
            assert!(font.face.number_of_glyphs() > 100, "font {id} parses");
            assert!(font.shaper().is_some(), "font {id} can be shaped");
        }
    }

    #[test]
    fn latin_accents_cyrillic_arabic_and_chinese_are_covered() {
        let text = "àâäçéèêëîïôöùûüÿœæ ÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ áéíóúñü¿¡ ÁÉÍÓÚÑ ãõâêô ÃÕ \
                    Правозащитники Україна «» – — € ’ “ ” … \u{202F}\u{A0} \
                    الاستعراض الدوري الشامل، ٢٠٢٧ \
                    普遍定期审议：我们敦促该国批准《禁止酷刑公约》。";
        for face in Face::ALL {
            assert_eq!(missing_characters(text, face), vec![]);
        }
    }

    #[test]
    fn arabic_letters_join_when_shaped() {
        let fonts = Fonts::get();
        let naskh =
            |text: &str| super::super::shaping::shape(fonts, NASKH_REGULAR, text, 10.0, true);
        // Alone, each letter takes its isolated form; in a word, the joined forms are other
        // glyphs (narrower, as they connect).
        let word = naskh("سلم");
        let alone: Vec<u16> = ['س', 'ل', 'م']
            .iter()
            .map(|c| naskh(&c.to_string())[0].id)
            .collect();
        assert_eq!(word.len(), 3);
        let mut joined: Vec<u16> = word.iter().map(|g| g.id).collect();
        joined.reverse();
        assert_ne!(joined, alone);
    }

    #[test]
    fn a_character_no_font_has_is_named() {
        // A private-use character: no font of any computer draws it by rule.
        let missing = missing_characters("Meridia \u{E000} and \u{E000}", Face::Regular);
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].name, "U+E000");
        let control = missing_characters("a\u{7}b", Face::Regular);
        assert_eq!(control[0].name, "U+0007");
    }

    #[test]
    fn every_character_of_the_general_standard_table_is_shipped() {
        // The 8,105 characters of the General Standard Chinese Characters table (2013), the
        // characters a Chinese text in mainland use is written in: none needs the computer's
        // fonts, and none is refused.
        let table =
            include_str!("../../../../assets/fonts/general-standard-chinese-characters.txt");
        let han: Vec<char> = table
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(1)?.chars().next())
            .collect();
        assert_eq!(han.len(), 8105);
        let chinese = Fonts::get().font(HAN_REGULAR);
        let missing: String = han.iter().filter(|c| !chinese.has(**c)).collect();
        assert_eq!(missing, "");
    }

    #[test]
    fn a_character_outside_the_shipped_fonts_is_drawn_by_a_font_of_the_computer() {
        // 龑 (in names: Liu Yan, founder of the Southern Han) is in neither the General
        // Standard table nor GB 2312, so not in the shipped subset. The test machines have
        // Droid Sans Fallback, which draws it.
        let fonts = Fonts::get();
        assert!(!(0..SHIPPED.len()).any(|i| fonts.shipped(i).has('龑')));
        let id = fonts
            .font_for(Face::Regular, '龑')
            .expect("a system font draws 龑");
        assert!(usize::from(id) >= SHIPPED.len());
        assert!(fonts.font(id).has('龑'));
        assert_eq!(missing_characters("刘龑", Face::Bold), vec![]);
        // Asked again, the same font answers without a new search.
        assert_eq!(fonts.font_for(Face::Italic, '龑'), Some(id));
    }
}
