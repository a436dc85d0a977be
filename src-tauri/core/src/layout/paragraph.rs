//! Line breaking: a paragraph of styled spans becomes lines that fit a measure.
//!
//! Text is set ragged-right, so word spaces keep their natural width and no river of white
//! can open. The breaks are chosen for the whole paragraph at once (total fit, in the manner
//! of Knuth and Plass): each line's cost grows with the square of the space left at its end,
//! so the rag is even; a hyphen costs, two hyphenated lines in a row cost more, and a last
//! line of one short word costs too. Break opportunities follow Unicode's line-breaking rules
//! (UAX 14); words are hyphenated with the patterns of the document's language where it has
//! them; a word longer than the measure (a web address) is broken where it must be, never cut.
//! Chinese breaks between ideographs by the same rules, which keep a closing mark off the
//! start of a line and an opening one off its end (kinsoku).
//!
//! Each character's width comes from the glyphs that draw it: Latin set as it is, Arabic and
//! Chinese shaped (`shaping`), so breaking and the page limits stay exact. Each line is then
//! put in visual order by the Unicode bidirectional algorithm (UAX 9, `unicode-bidi`): in a
//! right-to-left paragraph the line runs from the right, with numbers, dates and Latin names
//! left to right inside it. A piece drawn glyph by glyph carries its glyphs, those layout
//! measured, so the painter draws what was measured and shapes nothing again.

use std::ops::Range;

use hypher::Lang;
use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::{linebreaks, BreakOpportunity};

use super::fonts::{is_shaped, Face, FontId, Fonts, Glyph, IDEOGRAPHIC_SPACE};
use super::{shaping, Rgb};

/// A run of text in one face and colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub face: Face,
    pub color: Rgb,
}

impl Span {
    pub fn new(text: impl Into<String>, face: Face, color: Rgb) -> Span {
        Span {
            text: text.into(),
            face,
            color,
        }
    }
}

/// One line of a broken paragraph: pieces in one face each, placed from the line's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub pieces: Vec<Piece>,
    pub width: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// In logical (reading) order, whatever the direction it is drawn in.
    pub text: String,
    pub face: Face,
    /// The font that draws it (the face's own, or one standing in for another script).
    pub font: FontId,
    /// Drawn right to left (an Arabic word, or neutral signs inside Arabic text).
    pub rtl: bool,
    pub color: Rgb,
    /// Offset from the start of the line, in points.
    pub x: f32,
    pub width: f32,
    /// The glyphs that draw it, in drawing order (left to right), each with where its
    /// characters start in `text`, when it is drawn glyph by glyph: shaped text (Arabic,
    /// Chinese, a computer's font) and anything running right to left. Empty for Latin text
    /// running left to right, written as text.
    pub glyphs: Vec<Glyph>,
}

impl Line {
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}

// Costs of the total-fit search, in units of "one line ten per cent short" = 100.
const HYPHEN_COST: f32 = 150.0;
const CONSECUTIVE_HYPHEN_COST: f32 = 400.0;
const FORCED_BREAK_COST: f32 = 10_000.0;
/// A last line of one short word, worse than a line a quarter short.
const RUNT_COST: f32 = 800.0;
/// Words shorter than this are never hyphenated: "pro-tect" saves too little to be worth it.
const MIN_HYPHENATED_WORD: usize = 6;
const SOFT_HYPHEN: char = '\u{AD}';

#[derive(Debug, Clone, Copy, PartialEq)]
enum BreakKind {
    /// The start of the paragraph.
    Start,
    /// After a word space, which disappears at the end of the line.
    Space,
    /// After a hyphen, dash or slash already in the text.
    Direct,
    /// Inside a word: a hyphen is added.
    Hyphen,
    /// Inside an unbreakable string longer than the measure.
    Forced,
    /// A line end written by the user, or the end of the paragraph.
    Mandatory,
}

#[derive(Debug, Clone, Copy)]
struct Break {
    /// Index in the character sequence where the next line starts.
    pos: usize,
    kind: BreakKind,
}

struct Chars {
    chars: Vec<char>,
    style: Vec<usize>,
    /// The font that draws each character.
    font: Vec<FontId>,
    /// Width from the paragraph's start to before character `i`.
    cum: Vec<f32>,
    /// The runs of shaped characters, in order, with their glyphs.
    shaped: Vec<ShapedRun>,
}

/// Characters one shaped font draws, with the glyphs layout measured them by; a glyph's
/// cluster is the index of its first character in the paragraph.
struct ShapedRun {
    range: Range<usize>,
    rtl: bool,
    glyphs: Vec<Glyph>,
}

impl Chars {
    /// The width of characters `from..to` as one line, without the white space it drops at
    /// its end.
    fn width(&self, from: usize, to: usize) -> f32 {
        let mut end = to;
        while end > from && vanishes_at_line_end(self.chars[end - 1]) {
            end -= 1;
        }
        if end <= from {
            return 0.0;
        }
        self.cum[end] - self.cum[from]
    }
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\n'
}

/// True for the white space a line does not keep at its end: word spaces, and the
/// ideographic space. Inside a line U+3000 keeps its full em (it is not collapsed as word
/// spaces are, nor does it join them); at the start of a paragraph or after a written line end
/// it is an indent and stays. At a break (UAX 14 allows one after it) and at the paragraph's
/// end it is dropped like a word space rather than hung: the line end already separates what
/// it separated; counted, the blank em would shorten the line for nothing and push a
/// flush-right or centred line an em off its edge; hung, it would be an invisible glyph past
/// the margin. CSS Text 3 allows either (hang or collapse "other space separators").
fn vanishes_at_line_end(c: char) -> bool {
    is_space(c) || c == IDEOGRAPHIC_SPACE
}

/// Breaks `spans` at `size` points into lines no wider than `measure` points. `lang` selects
/// hyphenation patterns; `None` hyphenates nothing. Runs of white space count as one space;
/// a line end in the text is kept. An empty paragraph gives no line. The paragraph runs left
/// to right (see [`break_lines_directed`]).
pub fn break_lines(spans: &[Span], size: f32, measure: f32, lang: Option<Lang>) -> Vec<Line> {
    break_lines_directed(spans, size, measure, lang, false)
}

/// The width of `spans` set on one line at `size`, white space collapsed.
pub fn natural_width(spans: &[Span], size: f32) -> f32 {
    let chars = collect_chars(spans, size, Fonts::get());
    chars.width(0, chars.chars.len())
}

/// [`break_lines`] for a paragraph whose direction is right to left when `rtl` (an Arabic
/// document's): its lines' pieces are in visual order, to be set flush right.
pub fn break_lines_directed(
    spans: &[Span],
    size: f32,
    measure: f32,
    lang: Option<Lang>,
    rtl: bool,
) -> Vec<Line> {
    let fonts = Fonts::get();
    let chars = collect_chars(spans, size, fonts);
    if chars.chars.is_empty() {
        return Vec::new();
    }
    let text: String = chars.chars.iter().collect();
    let hyphen_width = |pos: usize| {
        let face = spans[chars.style[pos - 1]].face;
        fonts.advance(face, '-', size)
    };
    let breaks = force_breaks(
        opportunities(&text, &chars.chars, lang),
        &chars,
        measure,
        hyphen_width,
    );

    // best[k]: the least cost of setting the text up to breaks[k]; prev[k]: where its last
    // line starts.
    let n = breaks.len();
    let mut best = vec![f32::INFINITY; n];
    let mut prev = vec![0usize; n];
    best[0] = 0.0;
    let mut last_mandatory = 0;
    for k in 1..n {
        let end = breaks[k];
        let is_last_line = end.kind == BreakKind::Mandatory;
        for i in (last_mandatory..k).rev() {
            let start = breaks[i];
            let mut width = chars.width(start.pos, end.pos);
            if end.kind == BreakKind::Hyphen {
                width += hyphen_width(end.pos);
            }
            if width > measure + 0.01 && i + 1 < k {
                // Lines only get wider as they start earlier.
                break;
            }
            if best[i].is_infinite() {
                continue;
            }
            let mut cost = if is_last_line {
                let words = breaks[i + 1..k]
                    .iter()
                    .filter(|b| b.kind == BreakKind::Space)
                    .count();
                if i > 0 && words == 0 && width < measure * 0.15 {
                    RUNT_COST
                } else {
                    0.0
                }
            } else {
                let slack = ((measure - width) / measure).max(0.0) * 100.0;
                slack * slack
            };
            match end.kind {
                BreakKind::Hyphen if start.kind == BreakKind::Hyphen => {
                    cost += HYPHEN_COST + CONSECUTIVE_HYPHEN_COST
                }
                BreakKind::Hyphen => cost += HYPHEN_COST,
                BreakKind::Forced => cost += FORCED_BREAK_COST,
                _ => {}
            }
            if best[i] + cost < best[k] {
                best[k] = best[i] + cost;
                prev[k] = i;
            }
        }
        if end.kind == BreakKind::Mandatory {
            last_mandatory = k;
        }
    }

    // Walk back from the end to the start.
    let mut ends = Vec::new();
    let mut k = n - 1;
    while k > 0 {
        ends.push(k);
        k = prev[k];
    }
    ends.reverse();
    let level = if rtl && !all_left_to_right(&text) {
        Level::rtl()
    } else {
        Level::ltr()
    };
    let bidi = BidiInfo::new(&text, Some(level));
    let mut byte_at = Vec::with_capacity(chars.chars.len() + 1);
    byte_at.extend(text.char_indices().map(|(b, _)| b));
    byte_at.push(text.len());
    let order = Order {
        bidi: &bidi,
        byte_at: &byte_at,
    };
    let mut lines = Vec::with_capacity(ends.len());
    let mut start = 0;
    for k in ends {
        let hyphen = breaks[k].kind == BreakKind::Hyphen;
        lines.push(build_line(
            spans,
            &chars,
            breaks[start].pos..breaks[k].pos,
            hyphen,
            size,
            &order,
            fonts,
        ));
        start = k;
    }
    lines
}

/// Whether `text` has left-to-right letters and no right-to-left ones: a paragraph of the
/// user's in English inside an Arabic document (a submission drafted in English), which
/// runs left to right although it is set flush right, so that its full stop ends the
/// sentence instead of standing at the line's left end (".the fourth"). A paragraph with
/// any Arabic letter runs in the document's direction.
fn all_left_to_right(text: &str) -> bool {
    use unicode_bidi::BidiClass::{AL, L, R};
    let mut left = false;
    for c in text.chars() {
        match unicode_bidi::bidi_class(c) {
            R | AL => return false,
            L => left = true,
            _ => {}
        }
    }
    left
}

/// The paragraph's bidirectional levels, and where each character starts in its text.
struct Order<'a> {
    bidi: &'a BidiInfo<'a>,
    byte_at: &'a [usize],
}

impl Order<'_> {
    /// The runs of characters `range` in visual order, each with its direction.
    fn visual_runs(&self, range: Range<usize>) -> Vec<(Range<usize>, bool)> {
        if range.is_empty() {
            return Vec::new();
        }
        let bytes = self.byte_at[range.start]..self.byte_at[range.end];
        let Some(para) = self
            .bidi
            .paragraphs
            .iter()
            .find(|p| p.range.start <= bytes.start && bytes.start < p.range.end)
        else {
            return vec![(range, false)];
        };
        let (levels, runs) = self.bidi.visual_runs(para, bytes);
        let char_at = |b: usize| self.byte_at.partition_point(|x| *x < b);
        runs.into_iter()
            .map(|r| {
                let rtl = levels[r.start].is_rtl();
                (char_at(r.start)..char_at(r.end), rtl)
            })
            .collect()
    }
}

/// Flattens the spans into characters, white space collapsed, with their widths.
fn collect_chars(spans: &[Span], size: f32, fonts: &Fonts) -> Chars {
    let mut chars = Vec::new();
    let mut style = Vec::new();
    for (s, span) in spans.iter().enumerate() {
        for c in span.text.chars() {
            let c = match c {
                '\r' => continue,
                '\t' | '\u{2028}' => ' ',
                c => c,
            };
            let last = chars.last().copied();
            if c == ' ' && (last.is_none() || last.is_some_and(is_space)) {
                continue;
            }
            if c == '\n' {
                // A line end swallows the spaces before it; two in a row are one.
                while chars.last() == Some(&' ') {
                    chars.pop();
                    style.pop();
                }
                if last.is_none() || chars.last() == Some(&'\n') {
                    continue;
                }
            }
            chars.push(c);
            style.push(s);
        }
    }
    while chars.last().is_some_and(|c| is_space(*c)) {
        chars.pop();
        style.pop();
    }
    let font: Vec<FontId> = chars
        .iter()
        .zip(&style)
        .map(|(c, s)| {
            let face = spans[*s].face;
            fonts.font_for(face, *c).unwrap_or(face.font())
        })
        .collect();
    let font = han_punctuation(&chars, font, fonts);
    let mut advance = vec![0.0f32; chars.len()];
    let mut shaped = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut j = i + 1;
        while j < chars.len() && font[j] == font[i] && chars[j] != '\n' && chars[i] != '\n' {
            j += 1;
        }
        if is_shaped(font[i]) {
            shaped.push(shape_run(
                &chars[i..j],
                i,
                fonts,
                font[i],
                size,
                &mut advance[i..j],
            ));
        } else {
            for k in i..j {
                let c = chars[k];
                advance[k] = if c == SOFT_HYPHEN || c == '\n' {
                    0.0
                } else {
                    fonts.advance(spans[style[k]].face, c, size)
                };
            }
        }
        i = j;
    }
    let mut cum = Vec::with_capacity(chars.len() + 1);
    let mut total = 0.0;
    cum.push(0.0);
    for a in &advance {
        total += a;
        cum.push(total);
    }
    Chars {
        chars,
        style,
        font,
        cum,
        shaped,
    }
}

/// Quotation marks, dashes, the ellipsis and the middle dot are drawn by the Latin font, which
/// has them; next to a Chinese character they are the Chinese font's full-width ones instead,
/// as Chinese typesetting wants (“散布虚假信息”, not the narrow Latin marks).
fn han_punctuation(chars: &[char], mut font: Vec<FontId>, fonts: &Fonts) -> Vec<FontId> {
    let is_han = |f: FontId| fonts.is_han(f);
    for i in 0..chars.len() {
        if !matches!(chars[i], '‘' | '’' | '“' | '”' | '…' | '—' | '·') {
            continue;
        }
        let before = (0..i).rev().find(|k| !is_space(chars[*k]));
        let after = (i + 1..chars.len()).find(|k| !is_space(chars[*k]));
        let han = [before, after]
            .into_iter()
            .flatten()
            .map(|k| font[k])
            .find(|f| is_han(*f) && fonts.font(*f).has(chars[i]));
        if let Some(han) = han {
            font[i] = han;
        }
    }
    font
}

/// Shapes characters that one font draws, from character `offset` of the paragraph, and
/// writes their advances to `out`: each glyph's advance counts for the first character of its
/// cluster, so a ligature's width sits on its first letter.
fn shape_run(
    chars: &[char],
    offset: usize,
    fonts: &Fonts,
    font: FontId,
    size: f32,
    out: &mut [f32],
) -> ShapedRun {
    let text: String = chars.iter().collect();
    let mut char_at_byte = vec![0usize; text.len() + 1];
    for (i, (b, _)) in text.char_indices().enumerate() {
        char_at_byte[b] = i;
    }
    let rtl = chars
        .iter()
        .find_map(|c| match unicode_bidi::bidi_class(*c) {
            unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL => Some(true),
            unicode_bidi::BidiClass::L => Some(false),
            _ => None,
        })
        .unwrap_or(false);
    let mut glyphs = shaping::shape(fonts, font, &text, size, rtl);
    for glyph in &mut glyphs {
        // A cluster starts where a character does, inside the text shaped.
        let i = char_at_byte.get(glyph.cluster).copied().unwrap_or(0);
        out[i] += glyph.advance;
        glyph.cluster = offset + i;
    }
    ShapedRun {
        range: offset..offset + chars.len(),
        rtl,
        glyphs,
    }
}

impl Chars {
    /// The glyphs layout measured characters `range` by (one shaped font's), drawn in
    /// direction `rtl`, with their clusters as byte offsets in `text` (the characters with
    /// soft hyphens left out). `None` when the characters were shaped in the other direction
    /// (neutral signs alone, digits inside Arabic), so must be shaped again as drawn.
    fn measured_glyphs(&self, range: Range<usize>, rtl: bool) -> Option<Vec<Glyph>> {
        let at = self.shaped.partition_point(|r| r.range.end <= range.start);
        let run = self
            .shaped
            .get(at)
            .filter(|r| r.range.start <= range.start)?;
        if run.rtl != rtl || range.end > run.range.end {
            return None;
        }
        let mut byte_at = Vec::with_capacity(range.len());
        let mut bytes = 0;
        for c in &self.chars[range.clone()] {
            byte_at.push(bytes);
            if *c != SOFT_HYPHEN {
                bytes += c.len_utf8();
            }
        }
        Some(
            run.glyphs
                .iter()
                .filter(|g| range.contains(&g.cluster))
                .map(|g| Glyph {
                    cluster: byte_at[g.cluster - range.start],
                    ..*g
                })
                .collect(),
        )
    }
}

/// Where lines may end: UAX 14's opportunities, plus hyphenation points inside words.
fn opportunities(text: &str, chars: &[char], lang: Option<Lang>) -> Vec<Break> {
    // Byte offsets to character indices.
    let mut char_at_byte = vec![0usize; text.len() + 1];
    for (i, (b, _)) in text.char_indices().enumerate() {
        char_at_byte[b] = i;
    }
    char_at_byte[text.len()] = chars.len();

    let mut breaks = vec![Break {
        pos: 0,
        kind: BreakKind::Start,
    }];
    let mut word_start = 0;
    for (byte, opportunity) in linebreaks(text) {
        let pos = char_at_byte[byte];
        if let Some(lang) = lang {
            hyphenation_points(&chars[word_start..pos], word_start, lang, &mut breaks);
        }
        let before = chars[pos - 1];
        let kind = match opportunity {
            BreakOpportunity::Mandatory => BreakKind::Mandatory,
            BreakOpportunity::Allowed if before == SOFT_HYPHEN => BreakKind::Hyphen,
            BreakOpportunity::Allowed if is_space(before) => BreakKind::Space,
            BreakOpportunity::Allowed => BreakKind::Direct,
        };
        breaks.push(Break { pos, kind });
        word_start = pos;
    }
    // UAX 14 always ends the text with a mandatory break.
    debug_assert_eq!(breaks.last().map(|b| b.kind), Some(BreakKind::Mandatory));
    breaks
}

/// Adds the hyphenation points of the letters in `segment` (text between two opportunities).
fn hyphenation_points(segment: &[char], offset: usize, lang: Lang, breaks: &mut Vec<Break>) {
    // Find the word: the longest run of letters of the segment.
    let mut i = 0;
    while i < segment.len() {
        if !segment[i].is_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < segment.len() && segment[i].is_alphabetic() {
            i += 1;
        }
        let word = &segment[start..i];
        // Addresses (web, e-mail, file) are never hyphenated: a hyphen would change them.
        if segment
            .iter()
            .any(|c| matches!(c, '/' | '@' | ':' | '.' | '_'))
            && segment
                .windows(2)
                .any(|w| matches!(w[0], '/' | '@' | '.' | ':' | '_') && w[1].is_alphanumeric())
        {
            return;
        }
        // Acronyms and words in a script without patterns here (not Latin or Cyrillic) keep
        // whole.
        let latin = word
            .iter()
            .all(|c| (*c as u32) < 0x250 || ('\u{400}'..='\u{4FF}').contains(c));
        let acronym = word.iter().filter(|c| c.is_uppercase()).count() > 1;
        if word.len() >= MIN_HYPHENATED_WORD && latin && !acronym {
            let word: String = word.iter().collect();
            let mut at = offset + start;
            let syllables: Vec<&str> = hypher::hyphenate(&word, lang).collect();
            for syllable in &syllables[..syllables.len().saturating_sub(1)] {
                at += syllable.chars().count();
                breaks.push(Break {
                    pos: at,
                    kind: BreakKind::Hyphen,
                });
            }
        }
    }
}

/// Where a string between two opportunities is wider than the measure, adds breaks at the
/// last character that still fits, so that nothing runs past the margin.
fn force_breaks(
    breaks: Vec<Break>,
    chars: &Chars,
    measure: f32,
    hyphen_width: impl Fn(usize) -> f32,
) -> Vec<Break> {
    let mut out = Vec::with_capacity(breaks.len());
    let mut last = 0usize;
    for b in breaks {
        if b.kind != BreakKind::Start {
            let extra = if b.kind == BreakKind::Hyphen {
                hyphen_width(b.pos)
            } else {
                0.0
            };
            let mut start = last;
            while chars.width(start, b.pos) + extra > measure {
                let mut cut = start + 1;
                while cut + 1 < b.pos && chars.width(start, cut + 1) <= measure {
                    cut += 1;
                }
                if cut >= b.pos {
                    // One character wider than the measure: nothing left to split.
                    break;
                }
                out.push(Break {
                    pos: cut,
                    kind: BreakKind::Forced,
                });
                start = cut;
            }
        }
        last = b.pos;
        out.push(b);
    }
    out
}

fn build_line(
    spans: &[Span],
    chars: &Chars,
    range: Range<usize>,
    hyphen: bool,
    size: f32,
    order: &Order,
    fonts: &Fonts,
) -> Line {
    let from = range.start;
    let mut end = range.end;
    while end > from && vanishes_at_line_end(chars.chars[end - 1]) {
        end -= 1;
    }
    let mut pieces: Vec<Piece> = Vec::new();
    let mut x = 0.0;
    for (run, rtl) in order.visual_runs(from..end) {
        // A run's pieces (one style and font each) in logical order, then turned round when
        // the run goes right to left.
        let mut run_pieces = Vec::new();
        let mut i = run.start;
        while i < run.end {
            let (s, f) = (chars.style[i], chars.font[i]);
            let mut j = i;
            while j < run.end && chars.style[j] == s && chars.font[j] == f {
                j += 1;
            }
            let text: String = chars.chars[i..j]
                .iter()
                .filter(|c| **c != SOFT_HYPHEN)
                .collect();
            let glyphs = if is_shaped(f) {
                chars
                    .measured_glyphs(i..j, rtl)
                    .unwrap_or_else(|| shaping::shape(fonts, f, &text, size, rtl))
            } else if rtl {
                // Latin signs inside right-to-left text (spaces, brackets drawn mirrored):
                // measured unshaped, drawn as the shaper orders them.
                shaping::shape(fonts, f, &text, size, rtl)
            } else {
                Vec::new()
            };
            run_pieces.push(Piece {
                text,
                face: spans[s].face,
                font: f,
                rtl,
                color: spans[s].color,
                x: 0.0,
                width: chars.cum[j] - chars.cum[i],
                glyphs,
            });
            i = j;
        }
        if rtl {
            run_pieces.reverse();
        }
        for mut piece in run_pieces {
            piece.x = x;
            x += piece.width;
            pieces.push(piece);
        }
    }
    let mut width = chars.width(from, end);
    if hyphen {
        // The hyphen goes after the last word read, which is the last piece of a line
        // hyphenated left to right (only Latin and Cyrillic words are).
        if let Some(last) = pieces.last_mut() {
            let w = fonts.advance(last.face, '-', size);
            last.text.push('-');
            last.width += w;
            width += w;
            if !last.glyphs.is_empty() {
                last.glyphs = shaping::shape(fonts, last.font, &last.text, size, last.rtl);
            }
        }
    }
    pieces.retain(|p| !p.text.is_empty());
    Line { pieces, width }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INK: Rgb = Rgb(0, 0, 0);

    fn plain(text: &str) -> Vec<Span> {
        vec![Span::new(text, Face::Regular, INK)]
    }

    fn words(lines: &[Line]) -> String {
        // Undo hyphenation to compare with the source text.
        let mut out = String::new();
        for line in lines {
            let t = line.text();
            if let Some(stem) = t.strip_suffix('-') {
                out.push_str(stem);
            } else {
                out.push_str(&t);
                out.push(' ');
            }
        }
        out.trim_end().to_string()
    }

    #[test]
    fn every_line_fits_and_every_word_is_kept() {
        let text = "Overcrowding in Meridia's prisons has reached 240 % of capacity, and \
                    detainees report beatings during police interrogation. Meridia ratified the \
                    Convention against Torture in 2009 but has not accepted the Optional Protocol.";
        let lines = break_lines(&plain(text), 10.0, 200.0, Some(Lang::English));
        assert!(lines.len() > 3);
        for line in &lines {
            assert!(
                line.width <= 200.01,
                "{} is {} wide",
                line.text(),
                line.width
            );
        }
        // Hyphenation may split words but never loses or changes one.
        let joined = words(&lines).replace("- ", "-");
        let expected = text.split_whitespace().collect::<Vec<_>>().join(" ");
        // A hyphen that was in the source ("ill-treatment") stays; ours disappear.
        assert_eq!(joined, expected);
    }

    #[test]
    fn a_last_line_of_one_short_word_is_avoided() {
        // Greedy filling would leave "ff" alone on the last line.
        let text = "aaaa bbbb cccc dddd eeee ff";
        let measure = Fonts::get().width(Face::Regular, "aaaa bbbb cccc dddd eeee", 10.0) + 1.0;
        let lines = break_lines(&plain(text), 10.0, measure, None);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].text(), "eeee ff");
    }

    #[test]
    fn a_word_longer_than_the_measure_is_broken_not_cut() {
        let url = "www.example.org/a/very/long/path/that/never/ends/and/keeps/going/on";
        let lines = break_lines(&plain(url), 10.0, 80.0, Some(Lang::English));
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.width <= 80.01));
        let joined: String = lines.iter().map(|l| l.text()).collect();
        assert_eq!(joined, url);
    }

    #[test]
    fn styles_keep_their_text_and_order() {
        let spans = vec![
            Span::new("Source: ", Face::Bold, INK),
            Span::new(
                "Office of the Ombudsman, annual report 2025",
                Face::Italic,
                INK,
            ),
        ];
        let lines = break_lines(&spans, 9.0, 500.0, None);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].pieces.len(), 2);
        assert_eq!(lines[0].pieces[0].face, Face::Bold);
        assert!(lines[0].pieces[1].x >= lines[0].pieces[0].width - 0.01);
        assert_eq!(
            lines[0].text(),
            "Source: Office of the Ombudsman, annual report 2025"
        );
    }

    #[test]
    fn a_line_end_in_the_text_is_kept_and_blank_space_collapses() {
        let lines = break_lines(&plain("  first   line \n\n second  "), 10.0, 500.0, None);
        let texts: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(texts, ["first line", "second"]);
        assert!(break_lines(&plain("   "), 10.0, 500.0, None).is_empty());
    }

    #[test]
    fn french_and_spanish_words_hyphenate_with_their_own_patterns() {
        let fr = "recommandations constitutionnellement internationalisation";
        let lines = break_lines(&plain(fr), 10.0, 90.0, Some(Lang::French));
        assert!(lines.iter().any(|l| l.text().ends_with('-')), "{lines:?}");
        assert!(lines.iter().all(|l| l.width <= 90.01));
    }

    /// Where each piece of the only line containing `needle` starts.
    fn x_of(line: &Line, needle: &str) -> f32 {
        line.pieces
            .iter()
            .find(|p| p.text.contains(needle))
            .map(|p| p.x)
            .unwrap_or_else(|| panic!("{needle} in {line:?}"))
    }

    #[test]
    fn an_arabic_line_runs_right_to_left_with_a_number_and_a_latin_name_left_to_right() {
        // "The report of Amnesty International for 2025 is important."
        let text = "تقرير Amnesty International لعام 2025 مهم";
        let lines = break_lines_directed(&plain(text), 10.0, 500.0, None, true);
        assert_eq!(lines.len(), 1);
        let line = &lines[0];
        // Read from the right: تقرير, then the name, then لعام, 2025, مهم at the left end.
        let first = x_of(line, "تقرير");
        let name = x_of(line, "Amnesty International");
        let year = x_of(line, "لعام");
        let number = x_of(line, "2025");
        let last = x_of(line, "مهم");
        assert!(
            last < number && number < year && year < name && name < first,
            "{line:?}"
        );
        // The name and the number keep their own left-to-right order inside the line.
        assert!(line
            .pieces
            .iter()
            .any(|p| p.text.contains("Amnesty International") && !p.rtl));
        assert!(line.pieces.iter().any(|p| p.text == "2025" && !p.rtl));
        assert!(line.pieces.iter().any(|p| p.text == "تقرير" && p.rtl));
        // The pieces tile the line from its left end, and the text reads back whole.
        let width: f32 = line.pieces.iter().map(|p| p.width).sum();
        assert!((width - line.width).abs() < 0.01);
    }

    #[test]
    fn an_english_paragraph_in_an_arabic_document_ends_with_its_full_stop() {
        // Regression: set right to left, the full stop of "…the fourth." stood at the line's
        // left end, before "the".
        let text = "This submission proposes specific measures for the fourth.";
        let lines = break_lines_directed(&plain(text), 10.0, 500.0, None, true);
        assert_eq!(lines.len(), 1);
        let line = &lines[0];
        let read: String = line.pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(read, text, "{line:?}");
        assert!(line.pieces.iter().all(|p| !p.rtl), "{line:?}");
        // A paragraph with an Arabic word keeps the document's direction.
        let mixed = "تقرير Amnesty International.";
        let lines = break_lines_directed(&plain(mixed), 10.0, 500.0, None, true);
        assert!(lines[0].pieces.iter().any(|p| p.rtl), "{:?}", lines[0]);
    }

    #[test]
    fn a_piece_carries_the_glyphs_it_was_measured_by() {
        // Arabic with a mark, a ligature (لا), a Latin name, brackets and a number, then
        // Chinese broken over lines.
        let fonts = Fonts::get();
        let arabic = "وُجِّهت التهم إلى Amnesty International (لا) في عام 2025";
        let chinese = "自2024年《网络安全法》颁布以来，报道腐败问题的记者和博主遭到起诉。";
        let lines = [
            break_lines_directed(&plain(arabic), 10.0, 500.0, None, true),
            break_lines_directed(&plain(chinese), 10.0, 80.0, None, false),
        ]
        .concat();
        assert!(lines.len() > 2);
        for piece in lines.iter().flat_map(|l| &l.pieces) {
            if !is_shaped(piece.font) && !piece.rtl {
                // Latin running left to right is written as text.
                assert!(piece.glyphs.is_empty(), "{piece:?}");
                continue;
            }
            // What the painter drew when it shaped each piece itself.
            let alone = shaping::shape(fonts, piece.font, &piece.text, 10.0, piece.rtl);
            let ids = |g: &[Glyph]| g.iter().map(|g| (g.id, g.cluster)).collect::<Vec<_>>();
            assert_eq!(ids(&piece.glyphs), ids(&alone), "{}", piece.text);
            let drawn: f32 = piece.glyphs.iter().map(|g| g.advance).sum();
            assert!((drawn - piece.width).abs() < 0.01, "{}", piece.text);
        }
    }

    #[test]
    fn arabic_is_measured_from_its_joined_glyphs() {
        let fonts = Fonts::get();
        // Joined letters are narrower than the same letters set alone.
        let word = "المحكمة";
        let joined = natural_width(&plain(word), 10.0);
        let alone: f32 = word
            .chars()
            .map(|c| natural_width(&plain(&c.to_string()), 10.0))
            .sum();
        assert!(joined < alone, "{joined} vs {alone}");
        assert!(fonts.width(Face::Regular, word, 10.0) > 0.0);
    }

    /// Where `c` (its `nth` occurrence in the line's text) starts on `line`, in points from
    /// the line's start: its piece's place plus the advances of the glyphs (or characters,
    /// for Latin written as text) before it.
    fn x_of_char(line: &Line, c: char, nth: usize) -> f32 {
        let fonts = Fonts::get();
        let mut seen = 0;
        for piece in &line.pieces {
            for (byte, ch) in piece.text.char_indices() {
                if ch != c {
                    continue;
                }
                if seen < nth {
                    seen += 1;
                    continue;
                }
                let before: f32 = if piece.glyphs.is_empty() {
                    piece.text[..byte]
                        .chars()
                        .map(|ch| fonts.advance(piece.face, ch, 10.0))
                        .sum()
                } else {
                    piece
                        .glyphs
                        .iter()
                        .filter(|g| g.cluster < byte)
                        .map(|g| g.advance)
                        .sum()
                };
                return piece.x + before;
            }
        }
        panic!("{c} in {line:?}")
    }

    #[test]
    fn an_ideographic_space_after_a_latin_word_or_a_number_keeps_its_full_width() {
        // Regression: U+3000 after "UPR" joined the Latin run, which has no glyph for it, so
        // it measured nothing and the next character sat against the Latin word.
        let fonts = Fonts::get();
        let em = 10.0;
        for (before, after) in [("UPR", '审'), ("2027", '年'), ("Norway", '代')] {
            let text = format!("我们在{before}\u{3000}{after}议中");
            let lines = break_lines(&plain(&text), em, 500.0, None);
            assert_eq!(lines.len(), 1, "{text}");
            let line = &lines[0];
            assert_eq!(line.text(), text);
            // The space is one em, the Chinese face's width for it, drawn by that face.
            let space = line
                .pieces
                .iter()
                .find(|p| p.text.contains('\u{3000}'))
                .expect("a piece holds the space");
            assert!(fonts.is_han(space.font), "{space:?}");
            let latin_end = x_of_char(line, before.chars().last().unwrap(), 0)
                + fonts.advance(Face::Regular, before.chars().last().unwrap(), em);
            let at_space = x_of_char(line, '\u{3000}', 0);
            assert!((at_space - latin_end).abs() < 0.01, "{text}: {line:?}");
            let next = x_of_char(line, after, 0);
            assert!((next - at_space - em).abs() < 0.01, "{text}: {line:?}");
            // The line is as wide as its pieces, the space counted.
            let pieces: f32 = line.pieces.iter().map(|p| p.width).sum();
            assert!((pieces - line.width).abs() < 0.01, "{text}: {line:?}");
            let without = natural_width(&plain(&text.replace('\u{3000}', "")), em);
            assert!((line.width - without - em).abs() < 0.01, "{text}");
        }
    }

    #[test]
    fn an_ideographic_space_indents_a_line_start_and_is_dropped_at_a_break() {
        let fonts = Fonts::get();
        let em = 10.0;
        // Two full-width spaces open a Chinese paragraph (its indent), and after a line end
        // written by the user: kept, two em.
        let text = "\u{3000}\u{3000}我们敦促该国。\n\u{3000}\u{3000}UPR审议";
        let lines = break_lines(&plain(text), em, 500.0, None);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!((x_of_char(&lines[0], '我', 0) - 2.0 * em).abs() < 0.01);
        assert!((x_of_char(&lines[1], 'U', 0) - 2.0 * em).abs() < 0.01);
        // A line broken just after one (UAX 14 allows a break after U+3000) ends at the
        // word before it: the space neither counts against the measure nor is drawn past it.
        let first = "普遍定期审议UPR";
        let measure = fonts.width(Face::Regular, first, em) + em / 2.0;
        let text = format!("{first}\u{3000}审议代表团的发言");
        let lines = break_lines(&plain(&text), em, measure, None);
        assert_eq!(lines[0].text(), first, "{lines:?}");
        assert!(lines[0].width <= measure, "{lines:?}");
        assert!(lines[1].text().starts_with('审'), "{lines:?}");
        let joined: String = lines.iter().map(Line::text).collect();
        assert_eq!(joined, text.replace('\u{3000}', ""));
    }

    #[test]
    fn a_chinese_line_never_starts_with_closing_punctuation_nor_ends_with_opening() {
        let text = "自2024年《网络安全法》颁布以来，报道腐败问题的记者和博主以“散布虚假信息”为由遭到起诉。\
                    国家在第三轮审议中支持了两项关于新闻自由的建议，但均未得到落实（见附件）。\
                    我们敦促该国：释放记者、撤销指控；设立独立机构！这是否可行？“是的”，他说。";
        let closing = "，。、；：？！）》」』】”’";
        let opening = "（《「『【“‘";
        let em = 10.0;
        for n in 5..40 {
            let measure = n as f32 * em + 0.5;
            let lines = break_lines(&plain(text), em, measure, None);
            let joined: String = lines.iter().map(Line::text).collect();
            assert_eq!(joined, text, "nothing lost or added at {n} em");
            for line in &lines {
                let t = line.text();
                let first = t.chars().next().unwrap();
                let last = t.chars().last().unwrap();
                assert!(
                    !closing.contains(first),
                    "{n} em: line starts with {first}: {t}"
                );
                assert!(
                    !opening.contains(last),
                    "{n} em: line ends with {last}: {t}"
                );
                assert!(line.width <= measure + 0.01, "{n} em: {t}");
            }
        }
    }
}
