//! The painter: writes laid-out pages (`crate::layout`) to a PDF file with printpdf.
//!
//! It decides nothing about where ink goes: it converts the layout's top-left coordinates to
//! PDF's bottom-left ones, embeds the faces the pages use (subset to the glyphs drawn), and
//! records the document's metadata (title, author, subject, language, creation date).
//!
//! Latin text is written as text. A shaped run (Arabic, Chinese, anything right to left) is
//! written glyph by glyph where the shaper placed each one, with the glyphs layout shaped and
//! measured it by (`TextRun::glyphs`: nothing is shaped here), each glyph mapped back to its
//! characters in the font's `/ToUnicode`, so pdftotext and readers give the text back in
//! reading order (they put right-to-left glyphs back in logical order themselves). An
//! `/ActualText` span would be the other way, but poppler spreads its text left to right over
//! the glyphs and then reverses Arabic a second time.

mod font_embedding;
mod image;

use chrono::{DateTime, Utc};
use printpdf::{
    Color, DictItem, Line, LinePoint, Mm, Op, PdfDocument, PdfPage, PdfSaveOptions, Point, Pt,
    Rgb as PdfRgb,
};

use font_embedding::EmbeddedFonts;

/// The stroke that makes regular Chinese glyphs bold, in em: about the difference between the
/// stems of Noto Sans CJK Regular and Bold.
const EMBOLDEN_STROKE: f32 = 0.035;

use crate::layout::fonts::{emboldened, FontId};
use crate::layout::{Item, Layout, Rgb, TextRun};
use crate::{Error, Result};

/// What the PDF says about itself (File > Properties in a reader).
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    pub title: String,
    /// The organisation.
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    /// A BCP 47 tag: "en", "fr", "es".
    pub language: String,
    pub created: DateTime<Utc>,
}

fn color(c: Rgb) -> Color {
    Color::Rgb(PdfRgb {
        r: f32::from(c.0) / 255.0,
        g: f32::from(c.1) / 255.0,
        b: f32::from(c.2) / 255.0,
        icc_profile: None,
    })
}

fn to_mm(pt: f32) -> Mm {
    Mm(pt * 25.4 / 72.0)
}

/// Paints `layout` and returns the bytes of the PDF file.
pub fn paint(layout: &Layout, meta: &Metadata) -> Result<Vec<u8>> {
    let mut doc = PdfDocument::new(&meta.title);
    let info = &mut doc.metadata.info;
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.keywords = meta.keywords.clone();
    info.creator = "UPR Advocacy Kit".into();
    info.producer = format!("UPR Advocacy Kit {} (printpdf)", env!("CARGO_PKG_VERSION"));
    let created = printpdf::OffsetDateTime::from_unix_timestamp(meta.created.timestamp())
        .map_err(|e| Error::Pdf(format!("creation date: {e}")))?;
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;

    // Only the fonts the pages use are embedded, with the glyphs they draw.
    let mut fonts = EmbeddedFonts::default();
    let mut images = image::Images::default();
    let mut pages = Vec::with_capacity(layout.pages.len());
    for page in &layout.pages {
        let h = page.height;
        let mut ops = Vec::with_capacity(page.items.len() * 6);
        let mut text = TextState::default();
        for placed in &page.items {
            if !matches!(placed.item, Item::Text(_)) {
                text.end(&mut ops);
            }
            match &placed.item {
                Item::Text(run) => text_run(&mut ops, &mut text, &mut fonts, run, h),
                Item::Rule {
                    x0,
                    x1,
                    y,
                    thickness,
                    color: c,
                } => {
                    ops.push(Op::SetOutlineColor { col: color(*c) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(*thickness) });
                    let point = |x: f32| LinePoint {
                        p: Point {
                            x: Pt(x),
                            y: Pt(h - y),
                        },
                        bezier: false,
                    };
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: vec![point(*x0), point(*x1)],
                            is_closed: false,
                        },
                    });
                }
                Item::Image {
                    x,
                    top,
                    width,
                    height,
                    logo,
                } => {
                    let at = image::ImageBox {
                        x: *x,
                        top: *top,
                        width: *width,
                        height: *height,
                    };
                    images.draw(&mut doc, &mut ops, logo, &at, h)?;
                }
            }
        }
        text.end(&mut ops);
        pages.push(PdfPage::new(to_mm(page.width), to_mm(page.height), ops));
    }
    doc.pages = pages;

    let mut warnings = Vec::new();
    // Not `secure`: that drops the raw operators text is drawn with (`raw`).
    let options = PdfSaveOptions {
        secure: false,
        ..PdfSaveOptions::default()
    };
    let mut lo = doc.to_lopdf_document(&options, &mut warnings);
    let fonts = fonts.write(&mut lo)?;
    add_fonts_to_pages(&mut lo, &fonts)?;
    // printpdf has no field for the document's language; readers (and screen readers) take
    // it from the catalog's /Lang.
    let root = lo
        .trailer
        .get(b"Root")
        .and_then(|r| r.as_reference())
        .map_err(|e| Error::Pdf(format!("no document catalog: {e}")))?;
    lo.get_object_mut(root)
        .and_then(|o| o.as_dict_mut())
        .map_err(|e| Error::Pdf(format!("no document catalog: {e}")))?
        .set(
            "Lang",
            lopdf::Object::string_literal(meta.language.as_str()),
        );
    compress_streams(&mut lo)?;
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| Error::Pdf(format!("writing the file: {e}")))?;
    Ok(bytes)
}

/// A content operator printpdf has no op for, written as it is.
fn raw(key: &str, value: Vec<DictItem>) -> Op {
    Op::Unknown {
        key: key.into(),
        value,
    }
}

/// Two-byte glyph codes as a PDF string operand.
fn codes(bytes: Vec<u8>) -> DictItem {
    DictItem::String {
        data: bytes,
        literal: false,
    }
}

/// A text matrix that only moves the origin to (`x`, `y`).
fn move_to(x: f32, y: f32) -> Op {
    let numbers = [1.0, 0.0, 0.0, 1.0, x, y];
    raw("Tm", numbers.into_iter().map(DictItem::Real).collect())
}

/// The text state the page's content has set, so that consecutive runs share one text object
/// and a run sets only what differs from the run before it. A line of Arabic is a run per
/// word and one per space between words (set in the Latin font); written each in a text
/// object of its own, with its font and colour set again, they made most of a page's content
/// and of its writing time. Now a shaped run that starts where the open `TJ` ends, in its
/// font, continues it, and a space between two such runs is drawn with that font's own space
/// glyph, as wide as layout made it: an Arabic line is one `TJ`. Anything else drawn (a rule,
/// an image) ends the text object and forgets the state, its own operators setting colours
/// and widths.
#[derive(Default)]
struct TextState {
    open: bool,
    font: Option<(FontId, f32)>,
    color: Option<Rgb>,
    /// The stroke of emboldened glyphs (its colour and width) while the rendering mode is
    /// "fill and stroke"; `None` while it is "fill".
    stroke: Option<(Rgb, f32)>,
    /// The `TJ` being gathered, in the current font.
    tj: Option<OpenTj>,
}

/// A `TJ` not yet written: its glyphs and adjustments, and where its next glyph would go.
struct OpenTj {
    items: Vec<DictItem>,
    pen: f32,
    baseline: f32,
}

impl OpenTj {
    /// Adds a glyph drawn in `font` at `size`, followed by what moves the pen from the glyph's
    /// advance in the font to the shaper's `advance`: in thousandths of the font size,
    /// positive to the left (kerning, joining, justification, a space's width).
    fn push_glyph(
        &mut self,
        fonts: &EmbeddedFonts,
        font: FontId,
        gid: u16,
        code: [u8; 2],
        advance: f32,
        size: f32,
    ) {
        self.items.push(codes(code.to_vec()));
        let adjustment = (fonts.advance_em(font, gid) - advance / size) * 1000.0;
        if adjustment.abs() > 0.001 {
            self.items.push(DictItem::Real(adjustment));
        }
    }
}

/// How near, in points, a run must start to where the open `TJ` ends to continue it: far
/// below what a reader can see, far above the rounding of the shaper's advances.
const CONTINUOUS: f32 = 0.01;

impl TextState {
    /// Writes the open `TJ`, if any.
    fn flush(&mut self, ops: &mut Vec<Op>) {
        if let Some(tj) = self.tj.take() {
            ops.push(raw("TJ", vec![DictItem::Array(tj.items)]));
        }
    }

    /// The `TJ` a glyph at (`pen`, `baseline`) joins: the open one where it ends there, else a
    /// new one from there.
    fn tj_at(&mut self, ops: &mut Vec<Op>, pen: f32, baseline: f32) -> &mut OpenTj {
        let continues = self
            .tj
            .as_ref()
            .is_some_and(|tj| tj.baseline == baseline && (tj.pen - pen).abs() < CONTINUOUS);
        if !continues {
            self.flush(ops);
            ops.push(move_to(pen, baseline));
        }
        self.tj.get_or_insert_with(|| OpenTj {
            items: Vec::new(),
            pen,
            baseline,
        })
    }

    fn end(&mut self, ops: &mut Vec<Op>) {
        self.flush(ops);
        // The rendering mode outlives the text object: what is drawn next is filled only.
        if self.stroke.is_some() {
            ops.push(raw("Tr", vec![DictItem::Int(0)]));
        }
        if self.open {
            ops.push(raw("ET", vec![]));
        }
        *self = TextState::default();
    }
}

/// Writes a run of text in its font and colour, in the font's glyph codes (`font_embedding`):
/// unshaped text character by character through the font's character map, a shaped run
/// glyph by glyph ([`shaped_glyphs`]).
fn text_run(
    ops: &mut Vec<Op>,
    state: &mut TextState,
    fonts: &mut EmbeddedFonts,
    run: &TextRun,
    page_height: f32,
) {
    if space_in_open_tj(state, fonts, run, page_height) {
        return;
    }
    let rgb = || {
        [run.color.0, run.color.1, run.color.2]
            .map(|c| DictItem::Real(f32::from(c) / 255.0))
            .to_vec()
    };
    let font = (run.font, run.size);
    // Bold Chinese is filled and stroked (rendering mode 2), the stroke in the text's colour.
    let stroke = emboldened(run.face, run.font).then_some((run.color, run.size * EMBOLDEN_STROKE));
    if state.font != Some(font) || state.color != Some(run.color) || state.stroke != stroke {
        state.flush(ops);
    }
    if !state.open {
        ops.push(raw("BT", vec![]));
        state.open = true;
    }
    if state.font != Some(font) {
        ops.push(raw(
            "Tf",
            vec![
                DictItem::Name(fonts.name(run.font).into_bytes()),
                DictItem::Real(run.size),
            ],
        ));
        state.font = Some(font);
    }
    if state.color != Some(run.color) {
        ops.push(raw("rg", rgb()));
        state.color = Some(run.color);
    }
    if state.stroke != stroke {
        match stroke {
            Some((_, width)) => {
                if state.stroke.is_none() {
                    ops.push(raw("Tr", vec![DictItem::Int(2)]));
                }
                ops.push(raw("RG", rgb()));
                ops.push(raw("w", vec![DictItem::Real(width)]));
            }
            None => ops.push(raw("Tr", vec![DictItem::Int(0)])),
        }
        state.stroke = stroke;
    }
    if !run.glyphs.is_empty() {
        shaped_glyphs(ops, state, fonts, run, page_height);
    } else {
        state.flush(ops);
        ops.push(move_to(run.x, page_height - run.baseline));
        ops.push(raw("Tj", vec![codes(fonts.text(run.font, &run.text))]));
    }
}

/// Draws a shaped run of spaces in the open `TJ`'s font when it starts where that `TJ` ends,
/// at its size and colour: the font's space glyph for each, moved to the shaper's advance.
/// Returns false (nothing written) when it cannot.
fn space_in_open_tj(
    state: &mut TextState,
    fonts: &mut EmbeddedFonts,
    run: &TextRun,
    page_height: f32,
) -> bool {
    let (Some(tj), Some((font, size))) = (state.tj.as_mut(), state.font) else {
        return false;
    };
    let fits = !run.glyphs.is_empty()
        && run.text.chars().all(|c| c == ' ')
        && run.text.len() == run.glyphs.len()
        && size == run.size
        && state.color == Some(run.color)
        && tj.baseline == page_height - run.baseline
        && (tj.pen - run.x).abs() < CONTINUOUS
        && run
            .glyphs
            .iter()
            .all(|g| g.x_offset == 0.0 && g.y_offset == 0.0);
    if !fits {
        return false;
    }
    let Some((space, code)) = fonts.character(font, ' ') else {
        return false;
    };
    // One space glyph for each space, each as wide as the shaper made it.
    for glyph in &run.glyphs {
        tj.push_glyph(fonts, font, space, code, glyph.advance, size);
        tj.pen += glyph.advance;
    }
    true
}

/// Writes a shaped run at the shaper's positions, with the glyphs layout measured it by
/// (nothing is shaped here). Glyphs the shaper left on the baseline go in one `TJ` from where
/// the run starts (or on in the open one, see [`TextState`]), each followed by the difference
/// between its advance in the font and the shaper's; a glyph it moved off its place (a mark)
/// is set on its own. Each glyph carries the characters it draws, for the font's
/// `/ToUnicode`: a ligature all of its letters, a letter with its marks one character each,
/// so a reader copying the run gets the text as written.
fn shaped_glyphs(
    ops: &mut Vec<Op>,
    state: &mut TextState,
    fonts: &mut EmbeddedFonts,
    run: &TextRun,
    page_height: f32,
) {
    let glyphs = &run.glyphs;
    let characters = glyph_characters(&run.text, glyphs, run.rtl);
    let baseline = page_height - run.baseline;
    let mut pen = run.x;
    for (glyph, characters) in glyphs.iter().zip(characters) {
        let code = fonts.glyph(run.font, glyph.id, characters.as_deref());
        if glyph.x_offset != 0.0 || glyph.y_offset != 0.0 {
            state.flush(ops);
            ops.push(move_to(pen + glyph.x_offset, baseline + glyph.y_offset));
            ops.push(raw("Tj", vec![codes(code.to_vec())]));
        } else {
            let tj = state.tj_at(ops, pen, baseline);
            tj.push_glyph(fonts, run.font, glyph.id, code, glyph.advance, run.size);
            tj.pen = pen + glyph.advance;
        }
        pen += glyph.advance;
    }
}

/// Adds the embedded fonts to the fonts of every page, under the names the pages set them by.
fn add_fonts_to_pages(
    doc: &mut lopdf::Document,
    fonts: &[(String, lopdf::ObjectId)],
) -> Result<()> {
    let broken = |e: lopdf::Error| Error::Pdf(format!("page resources: {e}"));
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    let mut font_dicts = Vec::new();
    for page in pages {
        let resources = doc
            .get_dictionary(page)
            .and_then(|p| p.get(b"Resources"))
            .and_then(lopdf::Object::as_reference)
            .map_err(broken)?;
        // printpdf gives every page the same font dictionary, by reference.
        let font_dict = doc
            .get_dictionary(resources)
            .and_then(|r| r.get(b"Font"))
            .and_then(lopdf::Object::as_reference)
            .map_err(broken)?;
        if !font_dicts.contains(&font_dict) {
            font_dicts.push(font_dict);
        }
    }
    for font_dict in font_dicts {
        let dict = doc
            .get_object_mut(font_dict)
            .and_then(lopdf::Object::as_dict_mut)
            .map_err(broken)?;
        for (name, font) in fonts {
            dict.set(name.as_bytes(), lopdf::Object::Reference(*font));
        }
    }
    Ok(())
}

/// The characters each glyph of a shaped run stands for, in the glyphs' (drawing) order. In
/// each cluster, in reading order, a glyph stands for one character and the last glyph for
/// all those left: a ligature (one glyph) for all its letters, a letter with its marks one
/// each, a letter with a ligature of two marks (shadda and kasra) the letter, then both marks.
/// A glyph left with none falls back to the font's own character map (`None`). A bracket
/// drawn mirrored in right-to-left text stands for the bracket it shows.
fn glyph_characters(
    text: &str,
    glyphs: &[crate::layout::fonts::Glyph],
    rtl: bool,
) -> Vec<Option<String>> {
    // The glyphs by cluster, each cluster's in drawing order (a stable sort), then each
    // cluster's turned to reading order: one pass, however long the run (a Chinese paragraph
    // is one run of hundreds of glyphs).
    let mut by_cluster: Vec<usize> = (0..glyphs.len()).collect();
    by_cluster.sort_by_key(|i| glyphs[*i].cluster);
    let mut out = vec![None; glyphs.len()];
    let mut rest = by_cluster.as_slice();
    while let Some(first) = rest.first() {
        let cluster = glyphs[*first].cluster;
        let len = rest
            .iter()
            .position(|i| glyphs[*i].cluster != cluster)
            .unwrap_or(rest.len());
        let (members, after) = rest.split_at(len);
        rest = after;
        let end = rest.first().map_or(text.len(), |i| glyphs[*i].cluster);
        let mut chars: Vec<char> = text.get(cluster..end).unwrap_or_default().chars().collect();
        if rtl {
            // A bracket in right-to-left text is drawn with its mirror's glyph; the glyph
            // maps to the character it shows, as it does in left-to-right text of the same
            // font (one glyph, one mapping), and readers mirror it back in reading order.
            for c in chars.iter_mut() {
                *c = unicode_bidi_mirroring::get_mirrored(*c).unwrap_or(*c);
            }
        }
        let reading = |k: usize| {
            if rtl {
                members[len - 1 - k]
            } else {
                members[k]
            }
        };
        for k in 0..len {
            let text: String = if k + 1 < len {
                chars.get(k).map(|c| c.to_string()).unwrap_or_default()
            } else {
                chars.iter().skip(k).collect()
            };
            out[reading(k)] = (!text.is_empty()).then_some(text);
        }
    }
    out
}

/// Compresses every stream not yet compressed, at zlib's default level. lopdf's own
/// `compress` uses the best level, which took longer than laying out and painting the whole
/// brief together (about 2 ms of 5.8) for a few percent of file size.
fn compress_streams(doc: &mut lopdf::Document) -> Result<()> {
    // One compressor for every stream, reset between them: each new one allocated its tables
    // afresh (a few hundred KB, zeroed), and where the allocator placed them decided how
    // many fresh pages each document touched.
    let mut compressor = flate2::Compress::new(flate2::Compression::default(), true);
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let compressed = deflate(&mut compressor, &stream.content)?;
        // A stream that does not shrink is left as it is.
        if compressed.len() < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
    Ok(())
}

/// `input` through `compressor`, reset first, to the end of a zlib stream.
fn deflate(compressor: &mut flate2::Compress, input: &[u8]) -> Result<Vec<u8>> {
    // The counts below are of this stream alone.
    compressor.reset();
    let failed = |e: flate2::CompressError| Error::Pdf(format!("compressing a stream: {e}"));
    let mut out = Vec::with_capacity(input.len() / 2 + 64);
    loop {
        let read = usize::try_from(compressor.total_in()).unwrap_or(usize::MAX);
        let rest = input.get(read..).unwrap_or_default();
        // Room for the rest even should it not shrink (stored blocks add 5 bytes in 16 KB).
        out.reserve(rest.len() + rest.len() / 1000 + 64);
        let written = compressor.total_out();
        match compressor
            .compress_vec(rest, &mut out, flate2::FlushCompress::Finish)
            .map_err(failed)?
        {
            flate2::Status::StreamEnd => return Ok(out),
            // With room to write, each call moves on; one that did not would never end.
            _ if compressor.total_out() == written && compressor.total_in() as usize == read => {
                return Err(Error::Pdf(
                    "compressing a stream: zlib made no progress".into(),
                ))
            }
            flate2::Status::Ok | flate2::Status::BufError => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::fonts::Glyph;
    use crate::layout::Face;

    /// Glyphs in drawing order, each standing at `cluster` (bytes into the run's text).
    fn at_clusters(clusters: &[usize]) -> Vec<Glyph> {
        clusters
            .iter()
            .map(|&cluster| Glyph {
                id: 1,
                cluster,
                advance: 5.0,
                x_offset: 0.0,
                y_offset: 0.0,
            })
            .collect()
    }

    #[test]
    fn each_glyph_stands_for_the_characters_it_draws() {
        let text = |v: Vec<Option<String>>| -> Vec<String> {
            v.into_iter().map(Option::unwrap_or_default).collect()
        };
        // A ligature stands for all its letters; the glyph after it for its own.
        let ffi = glyph_characters("ffia", &at_clusters(&[0, 3]), false);
        assert_eq!(text(ffi), ["ffi", "a"]);
        // Right to left the glyphs are drawn last letter first, and a bracket drawn mirrored
        // stands for the bracket it shows.
        let rtl = glyph_characters("ab(", &at_clusters(&[2, 1, 0]), true);
        assert_eq!(text(rtl), [")", "b", "a"]);
        // A letter with two marks in one cluster, right to left: the glyph read first (drawn
        // last) is the letter, the other stands for both marks.
        let marked = "\u{628}\u{650}\u{651}";
        let letter = glyph_characters(marked, &at_clusters(&[0, 0]), true);
        assert_eq!(text(letter), ["\u{650}\u{651}", "\u{628}"]);
        // More glyphs than characters: the extra one stands for nothing, and falls back to
        // the font's own character map.
        let split = glyph_characters("e", &at_clusters(&[0, 0]), false);
        assert_eq!(split, [Some("e".to_string()), None]);
    }

    #[test]
    fn the_glyphs_of_a_shaped_run_give_its_text_back_in_reading_order() {
        for (text, rtl) in [
            ("قالت المحكمة إنّ الصحفيين لا يُسجنون بسبب عملهم", true),
            (
                "《网络安全法》第十七条规定，任何个人和组织不得利用网络散布虚假信息。",
                false,
            ),
        ] {
            let spans = [crate::layout::Span::new(text, Face::Regular, Rgb(0, 0, 0))];
            let lines = crate::layout::break_lines_directed(&spans, 10.0, 2000.0, None, rtl);
            let shaped: Vec<_> = lines
                .iter()
                .flat_map(|line| &line.pieces)
                .filter(|piece| !piece.glyphs.is_empty() && !piece.text.trim().is_empty())
                .collect();
            assert!(!shaped.is_empty(), "{text}");
            for piece in shaped {
                let characters = glyph_characters(&piece.text, &piece.glyphs, piece.rtl);
                // Reading order: by cluster, and in a cluster the glyph drawn last first when
                // right to left.
                let mut order: Vec<usize> = (0..piece.glyphs.len()).collect();
                order.sort_by_key(|i| {
                    let turned = if piece.rtl { usize::MAX - i } else { *i };
                    (piece.glyphs[*i].cluster, turned)
                });
                let back: String = order
                    .iter()
                    .filter_map(|i| characters[*i].as_deref())
                    .collect();
                assert_eq!(back, piece.text);
            }
        }
    }

    fn operators(ops: &[Op]) -> Vec<String> {
        ops.iter()
            .filter_map(|op| match op {
                Op::Unknown { key, .. } => Some(key.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_shaped_run_is_one_tj_but_for_a_glyph_set_off_its_place() {
        let glyph = |id, cluster, x_offset, y_offset| Glyph {
            id,
            cluster,
            advance: 5.0,
            x_offset,
            y_offset,
        };
        let run = TextRun {
            text: "abcd".into(),
            face: Face::Regular,
            font: Face::Regular.font(),
            rtl: false,
            size: 10.0,
            color: Rgb(0, 0, 0),
            x: 100.0,
            baseline: 50.0,
            width: 20.0,
            top: 40.0,
            height: 12.0,
            glyphs: vec![
                glyph(68, 0, 0.0, 0.0),
                glyph(69, 1, 0.0, 0.0),
                glyph(70, 2, 0.5, 2.0),
                glyph(71, 3, 0.0, 0.0),
            ],
        };
        let mut ops = Vec::new();
        let mut fonts = EmbeddedFonts::default();
        let mut state = TextState::default();
        shaped_glyphs(&mut ops, &mut state, &mut fonts, &run, 800.0);
        state.flush(&mut ops);
        assert_eq!(operators(&ops), ["Tm", "TJ", "Tm", "Tj", "Tm", "TJ"]);
        let Op::Unknown { value, .. } = &ops[1] else {
            unreachable!()
        };
        let DictItem::Array(items) = &value[0] else {
            panic!("{value:?}")
        };
        // Two glyphs, each followed by what moves the pen from the font's advance to the
        // shaper's 5 pt (half an em at 10 pt).
        let advance = |gid| (fonts.advance_em(0, gid) - 0.5) * 1000.0;
        assert_eq!(items.len(), 4);
        assert_eq!(items[1], DictItem::Real(advance(68)));
        assert_eq!(items[3], DictItem::Real(advance(69)));
        // The mark is set where the shaper put it, the pen having moved two glyphs on.
        let Op::Unknown { value, .. } = &ops[2] else {
            unreachable!()
        };
        assert_eq!(value[4..], [DictItem::Real(110.5), DictItem::Real(752.0)]);
        let Op::Unknown { value, .. } = &ops[4] else {
            unreachable!()
        };
        assert_eq!(value[4..], [DictItem::Real(115.0), DictItem::Real(750.0)]);
    }

    fn unshaped_run(text: &str, x: f32, face: Face, font: crate::layout::fonts::FontId) -> TextRun {
        TextRun {
            text: text.into(),
            face,
            font,
            rtl: false,
            size: 10.0,
            color: Rgb(0, 0, 0),
            x,
            baseline: 50.0,
            width: 20.0,
            top: 40.0,
            height: 12.0,
            glyphs: Vec::new(),
        }
    }

    #[test]
    fn runs_in_a_row_share_one_text_object_and_set_only_what_changes() {
        let mut ops = Vec::new();
        let mut fonts = EmbeddedFonts::default();
        let mut state = TextState::default();
        let regular = Face::Regular.font();
        for (i, word) in ["one", "two", "three"].into_iter().enumerate() {
            let run = unshaped_run(word, 100.0 + 30.0 * i as f32, Face::Regular, regular);
            text_run(&mut ops, &mut state, &mut fonts, &run, 800.0);
        }
        let mut red = unshaped_run("four", 200.0, Face::Regular, regular);
        red.color = Rgb(200, 0, 0);
        text_run(&mut ops, &mut state, &mut fonts, &red, 800.0);
        state.end(&mut ops);
        assert_eq!(
            operators(&ops),
            ["BT", "Tf", "rg", "Tm", "Tj", "Tm", "Tj", "Tm", "Tj", "rg", "Tm", "Tj", "ET"]
        );
    }

    #[test]
    fn emboldened_chinese_strokes_only_its_own_glyphs() {
        let han = crate::layout::fonts::Fonts::get()
            .font_for(Face::Bold, '中')
            .expect("the shipped Chinese font draws 中");
        assert!(emboldened(Face::Bold, han));
        let mut ops = Vec::new();
        let mut fonts = EmbeddedFonts::default();
        let mut state = TextState::default();
        let bold_han = unshaped_run("中", 100.0, Face::Bold, han);
        let latin_bold = unshaped_run("1.", 90.0, Face::Bold, Face::Bold.font());
        text_run(&mut ops, &mut state, &mut fonts, &bold_han, 800.0);
        text_run(&mut ops, &mut state, &mut fonts, &latin_bold, 800.0);
        text_run(&mut ops, &mut state, &mut fonts, &bold_han, 800.0);
        // A rule or an image comes next: the page is left filling, not stroking.
        state.end(&mut ops);
        assert_eq!(
            operators(&ops),
            [
                "BT", "Tf", "rg", "Tr", "RG", "w", "Tm", "Tj", "Tf", "Tr", "Tm", "Tj", "Tf", "Tr",
                "RG", "w", "Tm", "Tj", "Tr", "ET"
            ]
        );
    }

    #[test]
    fn one_compressor_writes_each_stream_whole_whatever_it_holds() {
        use std::io::Read;
        // Incompressible bytes (a simple generator), empty, and very repetitive content.
        let mut state = 0x2545_f491_u32;
        let noise: Vec<u8> = (0..200_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                state as u8
            })
            .collect();
        let page = b"BT /U0 10 Tf 1 0 0 1 72 700 Tm (Hello) Tj ET\n".repeat(5_000);
        let mut compressor = flate2::Compress::new(flate2::Compression::default(), true);
        for input in [noise.as_slice(), b"", page.as_slice(), noise.as_slice()] {
            let packed = deflate(&mut compressor, input).expect("compresses");
            let mut back = Vec::new();
            flate2::read::ZlibDecoder::new(packed.as_slice())
                .read_to_end(&mut back)
                .expect("a whole zlib stream");
            assert_eq!(back, input);
        }
    }
}
