//! The fonts of one document, embedded by us: each font the pages use, subset to the glyphs
//! drawn with `subsetter` (typst's subsetter) and written as a PDF composite font (Type 0,
//! Identity-H), with the widths of its glyphs and a `/ToUnicode` map so readers give the text
//! back.
//!
//! Why not printpdf's own fonts: it copies the whole font file per document, parses all its
//! tables, subsets with allsorts and parses the subset again. That was most of the time a
//! brief took as a whole process, and most of the Chinese brief's. Here the font is read
//! where layout parsed it (`Font::face`, borrowed, never copied), and the subsetter reads only
//! the glyphs kept.
//!
//! Glyphs are addressed by their id in the subset, written as two bytes (Identity-H); in the
//! subset font the CID of a glyph is its id (`subsetter` makes CFF fonts CID-keyed with an
//! identity mapping), so no `/CIDToGIDMap` beyond the identity is needed.

use std::collections::HashMap;
use std::fmt::Write as _;

use lopdf::{Dictionary, Object, ObjectId, Stream};
use subsetter::GlyphRemapper;
use ttf_parser::{Face as TtfFace, GlyphId, Tag};

use crate::layout::{FontId, Fonts};
use crate::{Error, Result};

/// A font the pages use, with the glyphs drawn so far.
struct UsedFont {
    id: FontId,
    /// Old glyph ids to subset ids, in the order first drawn; `.notdef` is 0.
    remapper: GlyphRemapper,
    /// By subset id: the characters the glyph stands for, as first drawn; `None` until then
    /// or when layout did not say (then the font's own character map answers).
    text: Vec<Option<String>>,
    /// The glyph of each character of unshaped text, looked up once per document.
    cmap: HashMap<char, Option<u16>>,
}

/// The fonts of one document, each named `/U0`, `/U1`… in the order the pages first use them.
#[derive(Default)]
pub(super) struct EmbeddedFonts {
    fonts: Vec<UsedFont>,
}

impl EmbeddedFonts {
    /// The place of `id` among the used fonts, added on first use.
    fn used(&mut self, id: FontId) -> usize {
        if let Some(i) = self.fonts.iter().position(|f| f.id == id) {
            return i;
        }
        self.fonts.push(UsedFont {
            id,
            remapper: GlyphRemapper::new(),
            text: vec![None],
            cmap: HashMap::new(),
        });
        self.fonts.len() - 1
    }

    /// The resource name the pages set font `id` by (`/U0 10 Tf`).
    pub fn name(&mut self, id: FontId) -> String {
        resource_name(self.used(id))
    }

    /// The two-byte code of glyph `gid` of font `id`, which stands for `characters` in the
    /// text (the first mapping given for a glyph is kept, as `/ToUnicode` has one per glyph).
    pub fn glyph(&mut self, id: FontId, gid: u16, characters: Option<&str>) -> [u8; 2] {
        let i = self.used(id);
        let font = &mut self.fonts[i];
        let new = font.remapper.remap(gid);
        let slot = usize::from(new);
        if font.text.len() <= slot {
            font.text.resize(slot + 1, None);
        }
        if font.text[slot].is_none() {
            font.text[slot] = characters.map(str::to_owned);
        }
        new.to_be_bytes()
    }

    /// The advance glyph `gid` of font `id` takes in the PDF (its `/W` width), in em.
    pub fn advance_em(&self, id: FontId, gid: u16) -> f32 {
        width_em(Fonts::get().font(id).face(), gid)
    }

    /// The codes of unshaped text in font `id`, each character through the font's character
    /// map. A character the font has no glyph for is left out: layout measured it as nothing
    /// (`Fonts::advance`), and `.notdef` would take room.
    pub fn text(&mut self, id: FontId, text: &str) -> Vec<u8> {
        let mut codes = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            if let Some((_, code)) = self.character(id, c) {
                codes.extend(code);
            }
        }
        codes
    }

    /// The glyph id and code of character `c` in font `id`, through the font's character map
    /// (looked up once per font and character); `None` when the font has no glyph for it.
    pub fn character(&mut self, id: FontId, c: char) -> Option<(u16, [u8; 2])> {
        let i = self.used(id);
        let gid = (*self.fonts[i]
            .cmap
            .entry(c)
            .or_insert_with(|| Fonts::get().font(id).face().glyph_index(c).map(|g| g.0)))?;
        let mut buffer = [0u8; 4];
        Some((gid, self.glyph(id, gid, Some(c.encode_utf8(&mut buffer)))))
    }

    /// Subsets and writes every used font into `doc`; returns each font's resource name and
    /// the reference of its Type 0 font dictionary.
    pub fn write(self, doc: &mut lopdf::Document) -> Result<Vec<(String, ObjectId)>> {
        self.fonts
            .into_iter()
            .enumerate()
            .map(|(i, font)| Ok((resource_name(i), write_font(doc, font)?)))
            .collect()
    }
}

/// Writes one font: the subset font program, its descriptor, the CID font with the glyph
/// widths, the `/ToUnicode` map and the Type 0 font the pages refer to.
fn write_font(doc: &mut lopdf::Document, font: UsedFont) -> Result<ObjectId> {
    let source = Fonts::get().font(font.id);
    let face = source.face();
    let unreadable = |e: &dyn std::fmt::Display| {
        Error::Pdf(format!(
            "the font {} could not be subset: {e}",
            postscript_name(face).unwrap_or_default()
        ))
    };
    let subset = subsetter::subset(source.bytes, 0, &font.remapper).map_err(|e| unreadable(&e))?;
    let old_glyphs: Vec<u16> = font.remapper.remapped_gids().collect();
    let name = format!(
        "{}+{}",
        subset_tag(font.id, &old_glyphs),
        postscript_name(face).unwrap_or_else(|| format!("Font{}", font.id))
    );
    let scale = 1000.0 / f32::from(face.units_per_em());
    let em = |units: f32| Object::Real(units * scale);

    // A CFF font is embedded as its bare CFF table (CIDFontType0C, any PDF version), a
    // TrueType one as the whole subset file.
    let cff = ttf_parser::RawFace::parse(&subset, 0)
        .ok()
        .and_then(|raw| raw.table(Tag::from_bytes(b"CFF ")))
        .map(<[u8]>::to_vec);
    let (program_key, cid_subtype, program) = match cff {
        Some(table) => {
            let stream = Stream::new(
                Dictionary::from_iter([("Subtype", Object::Name(b"CIDFontType0C".to_vec()))]),
                table,
            );
            ("FontFile3", "CIDFontType0", stream)
        }
        None => {
            let length = i64::try_from(subset.len()).map_err(|e| unreadable(&e))?;
            let stream = Stream::new(
                Dictionary::from_iter([("Length1", Object::Integer(length))]),
                subset,
            );
            ("FontFile2", "CIDFontType2", stream)
        }
    };
    let program = doc.add_object(program);

    let bbox = face.global_bounding_box();
    // Symbolic (its glyphs are not the standard Latin set by name), italic when it slants.
    let flags = 4 | if face.is_italic() { 64 } else { 0 };
    let ascent = f32::from(face.ascender());
    let descent = f32::from(face.descender());
    let cap_height = face.capital_height().map_or(ascent, f32::from);
    // PDF readers only use the stem width as a hint; this estimate from the weight class is
    // the one typst writes.
    let stem_v = 10.0 + 0.244 * (f32::from(face.weight().to_number()) - 50.0);
    let descriptor = doc.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"FontDescriptor".to_vec())),
        ("FontName", Object::Name(name.clone().into_bytes())),
        ("Flags", Object::Integer(flags)),
        (
            "FontBBox",
            Object::Array(vec![
                em(f32::from(bbox.x_min)),
                em(f32::from(bbox.y_min)),
                em(f32::from(bbox.x_max)),
                em(f32::from(bbox.y_max)),
            ]),
        ),
        ("ItalicAngle", Object::Real(face.italic_angle())),
        ("Ascent", em(ascent)),
        ("Descent", em(descent)),
        ("CapHeight", em(cap_height)),
        ("StemV", Object::Real(stem_v)),
        (program_key, Object::Reference(program)),
    ]));

    // The same widths the painter's adjustments are taken from (`advance_em`).
    let widths: Vec<Object> = old_glyphs
        .iter()
        .map(|g| Object::Real(width_em(face, *g) * 1000.0))
        .collect();
    let mut cid_font = Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(cid_subtype.as_bytes().to_vec())),
        ("BaseFont", Object::Name(name.clone().into_bytes())),
        (
            "CIDSystemInfo",
            Object::Dictionary(Dictionary::from_iter([
                ("Registry", Object::string_literal("Adobe")),
                ("Ordering", Object::string_literal("Identity")),
                ("Supplement", Object::Integer(0)),
            ])),
        ),
        ("FontDescriptor", Object::Reference(descriptor)),
        (
            "W",
            Object::Array(vec![Object::Integer(0), Object::Array(widths)]),
        ),
    ]);
    if cid_subtype == "CIDFontType2" {
        cid_font.set("CIDToGIDMap", Object::Name(b"Identity".to_vec()));
    }
    let cid_font = doc.add_object(cid_font);

    let to_unicode = doc.add_object(Stream::new(
        Dictionary::new(),
        to_unicode_cmap(face, &old_glyphs, font.text).into_bytes(),
    ));
    Ok(doc.add_object(Dictionary::from_iter([
        ("Type", Object::Name(b"Font".to_vec())),
        ("Subtype", Object::Name(b"Type0".to_vec())),
        ("BaseFont", Object::Name(name.into_bytes())),
        ("Encoding", Object::Name(b"Identity-H".to_vec())),
        (
            "DescendantFonts",
            Object::Array(vec![Object::Reference(cid_font)]),
        ),
        ("ToUnicode", Object::Reference(to_unicode)),
    ])))
}

/// The name the pages set the `n`th used font by (`/U0 10 Tf`) and the pages' font
/// dictionaries hold it under.
fn resource_name(n: usize) -> String {
    format!("U{n}")
}

/// The advance of glyph `gid` in em: its `/W` width, and what the painter's `TJ` adjustments
/// are measured against, so the two always agree.
fn width_em(face: &TtfFace, gid: u16) -> f32 {
    f32::from(face.glyph_hor_advance(GlyphId(gid)).unwrap_or(0)) / f32::from(face.units_per_em())
}

/// The font's PostScript name, the name a PDF gives a font, with anything a PDF name may
/// not hold left out.
fn postscript_name(face: &TtfFace) -> Option<String> {
    let name = face
        .names()
        .into_iter()
        .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
        .find_map(|n| n.to_string())?;
    let name: String = name
        .chars()
        .filter(|c| c.is_ascii_graphic() && !"()<>[]{}/%#".contains(*c))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// The six capital letters a subset font's name starts with, told apart by the glyphs it
/// keeps: the same document gives the same tag, so its file is the same byte for byte.
fn subset_tag(id: FontId, glyphs: &[u16]) -> String {
    // FNV-1a: stable across builds and platforms, unlike the standard library's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in id
        .to_be_bytes()
        .into_iter()
        .chain(glyphs.iter().flat_map(|g| g.to_be_bytes()))
    {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (0..6)
        .map(|_| {
            // Below 26, so a capital letter.
            let letter = char::from(b'A' + (hash % 26) as u8);
            hash /= 26;
            letter
        })
        .collect()
}

/// The `/ToUnicode` CMap: each subset glyph to the characters it stands for. A glyph layout
/// gave no characters for takes the first the font's own character map draws with it.
fn to_unicode_cmap(face: &TtfFace, old_glyphs: &[u16], mut text: Vec<Option<String>>) -> String {
    text.resize(old_glyphs.len(), None);
    let unmapped: HashMap<u16, usize> = old_glyphs
        .iter()
        .enumerate()
        .filter(|(new, _)| *new > 0 && text[*new].is_none())
        .map(|(new, old)| (*old, new))
        .collect();
    if !unmapped.is_empty() {
        for table in face.tables().cmap.into_iter().flat_map(|c| c.subtables) {
            if !table.is_unicode() {
                continue;
            }
            table.codepoints(|code| {
                let Some(c) = char::from_u32(code) else {
                    return;
                };
                let Some(old) = table.glyph_index(code) else {
                    return;
                };
                if let Some(new) = unmapped.get(&old.0) {
                    text[*new].get_or_insert_with(|| c.to_string());
                }
            });
        }
    }

    let mut entries: Vec<(usize, String)> = Vec::new();
    for (new, characters) in text.iter().enumerate() {
        let Some(characters) = characters else {
            continue;
        };
        let mut hex = String::new();
        for unit in characters.encode_utf16() {
            // Writing to a String cannot fail.
            let _ = write!(hex, "{unit:04X}");
        }
        entries.push((new, hex));
    }
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    // A CMap section holds at most 100 entries.
    for chunk in entries.chunks(100) {
        let _ = writeln!(cmap, "{} beginbfchar", chunk.len());
        for (new, hex) in chunk {
            let _ = writeln!(cmap, "<{new:04X}> <{hex}>");
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    cmap
}

#[cfg(test)]
mod tests {
    use super::*;

    const LATIN: FontId = 0;
    const HAN: FontId = 5;

    /// The dictionary `key` of `dict` refers to.
    fn referred<'a>(doc: &'a lopdf::Document, dict: &Dictionary, key: &[u8]) -> &'a Dictionary {
        let id = dict.get(key).and_then(Object::as_reference).unwrap();
        doc.get_dictionary(id).unwrap()
    }

    fn name(dict: &Dictionary, key: &[u8]) -> String {
        String::from_utf8(dict.get(key).and_then(Object::as_name).unwrap().to_vec()).unwrap()
    }

    #[test]
    fn each_font_is_written_as_a_subset_composite_font_with_its_program() {
        let mut fonts = EmbeddedFonts::default();
        assert_eq!(fonts.name(LATIN), "U0");
        let latin = fonts.text(LATIN, "Meridia");
        // Seven characters, six glyphs (two "i"), two bytes each.
        assert_eq!(latin.len(), 14);
        assert_eq!(latin[6..8], latin[10..12]);
        let han = Fonts::get().font(HAN).face().glyph_index('中').unwrap().0;
        assert_eq!(fonts.glyph(HAN, han, Some("中")), [0, 1]);
        assert_eq!(fonts.name(HAN), "U1");

        let mut doc = lopdf::Document::with_version("1.3");
        let written = fonts.write(&mut doc).unwrap();
        assert_eq!(written.len(), 2);
        for ((resource, id), (subtype, program, glyphs)) in written.iter().zip([
            ("CIDFontType2", "FontFile2", 7),
            ("CIDFontType0", "FontFile3", 2),
        ]) {
            assert!(resource.starts_with('U'));
            let type0 = doc.get_dictionary(*id).unwrap();
            assert_eq!(name(type0, b"Subtype"), "Type0");
            assert_eq!(name(type0, b"Encoding"), "Identity-H");
            let base = name(type0, b"BaseFont");
            let (tag, _) = base.split_once('+').unwrap();
            assert!(
                tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
                "{base}"
            );
            let cid = type0
                .get(b"DescendantFonts")
                .and_then(Object::as_array)
                .and_then(|a| a[0].as_reference())
                .unwrap();
            let cid = doc.get_dictionary(cid).unwrap();
            assert_eq!(name(cid, b"Subtype"), subtype);
            // One width per glyph kept, .notdef first.
            let widths = cid.get(b"W").and_then(Object::as_array).unwrap();
            assert_eq!(widths[1].as_array().unwrap().len(), glyphs);
            let descriptor = referred(&doc, cid, b"FontDescriptor");
            assert_eq!(name(descriptor, b"FontName"), base);
            let program_id = descriptor.get(program.as_bytes()).unwrap().as_reference();
            let program = doc
                .get_object(program_id.unwrap())
                .unwrap()
                .as_stream()
                .unwrap();
            if subtype == "CIDFontType2" {
                // The subset is a font file of its own, with only the glyphs drawn.
                let face = TtfFace::parse(&program.content, 0).unwrap();
                assert_eq!(usize::from(face.number_of_glyphs()), glyphs);
                assert!(program.content.len() < 20_000, "{}", program.content.len());
            } else {
                assert_eq!(name(&program.dict, b"Subtype"), "CIDFontType0C");
                assert!(program.content.len() < 20_000, "{}", program.content.len());
            }
        }
    }

    #[test]
    fn the_to_unicode_map_gives_each_glyph_its_characters() {
        let face = Fonts::get().font(LATIN).face();
        let gid = |c: char| face.glyph_index(c).unwrap().0;
        let mut fonts = EmbeddedFonts::default();
        // A ligature stands for all its letters; a glyph layout said nothing for, for the
        // character the font draws with it; the first mapping given for a glyph stays.
        fonts.glyph(LATIN, gid('f'), Some("ffi"));
        fonts.glyph(LATIN, gid('x'), None);
        fonts.glyph(LATIN, gid('f'), Some("f"));
        // A character the font has no glyph for is left out, as layout measured it.
        assert_eq!(fonts.text(LATIN, "a\u{E000}"), vec![0, 3]);
        let font = fonts.fonts.remove(0);
        let old: Vec<u16> = font.remapper.remapped_gids().collect();
        let cmap = to_unicode_cmap(face, &old, font.text);
        assert!(
            cmap.contains("3 beginbfchar\n<0001> <006600660069>\n<0002> <0078>\n<0003> <0061>\n"),
            "{cmap}"
        );
    }

    #[test]
    fn the_subset_tag_is_the_same_for_the_same_glyphs_only() {
        assert_eq!(subset_tag(0, &[0, 5, 9]), subset_tag(0, &[0, 5, 9]));
        assert_ne!(subset_tag(0, &[0, 5, 9]), subset_tag(0, &[0, 5, 10]));
        assert_ne!(subset_tag(0, &[0, 5, 9]), subset_tag(1, &[0, 5, 9]));
    }
}
