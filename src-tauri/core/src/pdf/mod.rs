//! The painter: writes laid-out pages (`crate::layout`) to a PDF file with printpdf.
//!
//! It decides nothing about where ink goes: it converts the layout's top-left coordinates to
//! PDF's bottom-left ones, embeds the faces the pages use (subset to the glyphs drawn), and
//! records the document's metadata (title, author, subject, language, creation date).

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rgb as PdfRgb, TextItem,
};

use crate::layout::{Face, Item, Layout, Rgb};
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

/// The faces parsed for embedding, once per process. `None` if a shipped font failed to
/// parse, which a test rules out.
fn parsed(face: Face) -> Option<&'static ParsedFont> {
    static FACES: OnceLock<Vec<Option<ParsedFont>>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            Face::ALL
                .iter()
                .map(|f| ParsedFont::from_bytes(f.bytes(), 0, &mut Vec::new()))
                .collect()
        })
        .get(face as usize)
        .and_then(Option::as_ref)
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

    // Only the faces the pages use are embedded.
    let mut font_ids: [Option<FontId>; 3] = [None, None, None];
    for page in &layout.pages {
        for placed in &page.items {
            if let Item::Text(run) = &placed.item {
                let slot = &mut font_ids[run.face as usize];
                if slot.is_none() {
                    let font = parsed(run.face).ok_or_else(|| {
                        Error::Pdf(format!("the shipped font {:?} could not be read", run.face))
                    })?;
                    *slot = Some(doc.add_font(font));
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
                    // Filled in the loop above for every face a run uses.
                    let Some(id) = font_ids[run.face as usize].clone() else {
                        continue;
                    };
                    ops.push(Op::StartTextSection);
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(id),
                        size: Pt(run.size),
                    });
                    ops.push(Op::SetFillColor {
                        col: color(run.color),
                    });
                    ops.push(Op::SetTextCursor {
                        pos: Point {
                            x: Pt(run.x),
                            y: Pt(h - run.baseline),
                        },
                    });
                    ops.push(Op::ShowText {
                        items: vec![TextItem::Text(run.text.clone())],
                    });
                    ops.push(Op::EndTextSection);
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
