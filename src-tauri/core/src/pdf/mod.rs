//! The painter: writes laid-out pages (`crate::layout`) to a PDF file with printpdf.
//!
//! It decides nothing about where ink goes: it converts the layout's top-left coordinates to
//! PDF's bottom-left ones, embeds the faces the pages use (subset to the glyphs drawn), and
//! records the document's metadata (title, author, subject, language, creation date).
//!
//! Latin text is written as text. A shaped run (Arabic, Chinese, anything right to left) is
//! written glyph by glyph where the shaper placed each one, each glyph mapped back to its
//! characters in the font's `/ToUnicode`, so pdftotext and readers give the text back in
//! reading order (they put right-to-left glyphs back in logical order themselves). An
//! `/ActualText` span would be the other way, but poppler spreads its text left to right over
//! the glyphs and then reverses Arabic a second time.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use chrono::{DateTime, Utc};
use printpdf::{
    Codepoint, Color, FontId, Line, LinePoint, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, Rgb as PdfRgb, TextItem, TextMatrix, TextRenderingMode,
};

/// The stroke that makes regular Chinese glyphs bold, in em: about the difference between the
/// stems of Noto Sans CJK Regular and Bold.
const EMBOLDEN_STROKE: f32 = 0.035;

use crate::layout::fonts::{emboldened, is_shaped};
use crate::layout::{Fonts, Item, Layout, Rgb, TextRun};
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

/// A font parsed for embedding, once per process (the Chinese face takes a while). `None` if
/// it failed to parse, which a test rules out for the shipped ones.
fn parsed(id: crate::layout::FontId) -> Option<&'static ParsedFont> {
    static PARSED: OnceLock<Mutex<HashMap<crate::layout::FontId, Option<&'static ParsedFont>>>> =
        OnceLock::new();
    let mut parsed = PARSED
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    *parsed.entry(id).or_insert_with(|| {
        let bytes = Fonts::get().font(id).bytes;
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())?;
        Some(&*Box::leak(Box::new(font)))
    })
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

    // Only the fonts the pages use are embedded.
    let mut font_ids: HashMap<crate::layout::FontId, FontId> = HashMap::new();
    for page in &layout.pages {
        for placed in &page.items {
            if let Item::Text(run) = &placed.item {
                if let std::collections::hash_map::Entry::Vacant(slot) = font_ids.entry(run.font) {
                    let font = parsed(run.font).ok_or_else(|| {
                        Error::Pdf(format!("the font of {:?} could not be read", run.text))
                    })?;
                    slot.insert(doc.add_font(font));
                }
            }
        }
    }

    let mut pages = Vec::with_capacity(layout.pages.len());
    for page in &layout.pages {
        let h = page.height;
        let mut ops = Vec::with_capacity(page.items.len() * 6);
        for placed in &page.items {
            match &placed.item {
                Item::Text(run) => {
                    // Filled in the loop above for every font a run uses.
                    let Some(id) = font_ids.get(&run.font).cloned() else {
                        continue;
                    };
                    text_run(&mut ops, run, id, h);
                }
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
            }
        }
        pages.push(PdfPage::new(to_mm(page.width), to_mm(page.height), ops));
    }
    doc.pages = pages;

    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
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

/// Writes a run of text in its font and colour: Latin text as text, a shaped run glyph by
/// glyph ([`shaped_glyphs`]).
fn text_run(ops: &mut Vec<Op>, run: &TextRun, id: FontId, page_height: f32) {
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFont {
        font: PdfFontHandle::External(id),
        size: Pt(run.size),
    });
    ops.push(Op::SetFillColor {
        col: color(run.color),
    });
    let bold = emboldened(run.face, run.font);
    if bold {
        ops.push(Op::SetTextRenderingMode {
            mode: TextRenderingMode::FillStroke,
        });
        ops.push(Op::SetOutlineColor {
            col: color(run.color),
        });
        ops.push(Op::SetOutlineThickness {
            pt: Pt(run.size * EMBOLDEN_STROKE),
        });
    }
    if is_shaped(run.font) || run.rtl {
        shaped_glyphs(ops, run, page_height);
    } else {
        ops.push(Op::SetTextCursor {
            pos: Point {
                x: Pt(run.x),
                y: Pt(page_height - run.baseline),
            },
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(run.text.clone())],
        });
    }
    if bold {
        ops.push(Op::SetTextRenderingMode {
            mode: TextRenderingMode::Fill,
        });
    }
    ops.push(Op::EndTextSection);
}

/// Writes a shaped run glyph by glyph at the shaper's positions. Each glyph carries the
/// characters it draws, for the font's `/ToUnicode`: a ligature all of its letters, a letter
/// with its marks one character each, so a reader copying the run gets the text as written.
fn shaped_glyphs(ops: &mut Vec<Op>, run: &TextRun, page_height: f32) {
    let glyphs = Fonts::get()
        .font(run.font)
        .shape(&run.text, run.size, run.rtl);
    let characters = glyph_characters(&run.text, &glyphs, run.rtl);
    let mut pen = run.x;
    for (glyph, cid) in glyphs.iter().zip(characters) {
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(
                Pt(pen + glyph.x_offset),
                Pt(page_height - run.baseline + glyph.y_offset),
            ),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(vec![Codepoint {
                gid: glyph.id,
                offset: 0.0,
                cid,
            }])],
        });
        pen += glyph.advance;
    }
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
    let mut starts: Vec<usize> = glyphs.iter().map(|g| g.cluster).collect();
    starts.sort_unstable();
    starts.dedup();
    let cluster_text = |cluster: usize| -> &str {
        let end = starts
            .iter()
            .find(|s| **s > cluster)
            .copied()
            .unwrap_or(text.len());
        text.get(cluster..end).unwrap_or_default()
    };
    let mut out = vec![None; glyphs.len()];
    for &cluster in &starts {
        // The cluster's glyphs in reading order.
        let mut members: Vec<usize> = (0..glyphs.len())
            .filter(|i| glyphs[*i].cluster == cluster)
            .collect();
        if rtl {
            members.reverse();
        }
        let mut chars: Vec<char> = cluster_text(cluster).chars().collect();
        if rtl {
            // A bracket in right-to-left text is drawn with its mirror's glyph; the glyph
            // maps to the character it shows, as it does in left-to-right text of the same
            // font (one glyph, one mapping), and readers mirror it back in reading order.
            for c in chars.iter_mut() {
                *c = unicode_bidi_mirroring::get_mirrored(*c).unwrap_or(*c);
            }
        }
        let last = members.len().saturating_sub(1);
        for (k, g) in members.iter().enumerate() {
            let text: String = if k < last {
                chars.get(k).map(|c| c.to_string()).unwrap_or_default()
            } else {
                chars.iter().skip(k).collect()
            };
            out[*g] = (!text.is_empty()).then_some(text);
        }
    }
    out
}

/// Compresses every stream not yet compressed, at zlib's default level. lopdf's own
/// `compress` uses the best level, which took longer than laying out and painting the whole
/// brief together (about 2 ms of 5.8) for a few percent of file size.
fn compress_streams(doc: &mut lopdf::Document) -> Result<()> {
    use std::io::Write;

    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder =
            flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.finish())
            .map_err(|e| Error::Pdf(format!("compressing a stream: {e}")))
            .map(|compressed| {
                // A stream that does not shrink is left as it is.
                if compressed.len() < stream.content.len() {
                    stream.dict.set("Filter", "FlateDecode");
                    stream.set_content(compressed);
                }
            })?;
    }
    Ok(())
}
