//! Line breaking: a paragraph of styled spans becomes lines that fit a measure.
//!
//! Text is set ragged-right, so word spaces keep their natural width and no river of white
//! can open. The breaks are chosen for the whole paragraph at once (total fit, in the manner
//! of Knuth and Plass): each line's cost grows with the square of the space left at its end,
//! so the rag is even; a hyphen costs, two hyphenated lines in a row cost more, and a last
//! line of one short word costs too. Break opportunities follow Unicode's line-breaking rules
//! (UAX 14); words are hyphenated with the patterns of the document's language where it has
//! them; a word longer than the measure (a web address) is broken where it must be, never cut.

use hypher::Lang;
use unicode_linebreak::{linebreaks, BreakOpportunity};

use super::fonts::{Face, Fonts};
use super::Rgb;

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
    pub text: String,
    pub face: Face,
    pub color: Rgb,
    /// Offset from the start of the line, in points.
    pub x: f32,
    pub width: f32,
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
    /// Width from the paragraph's start to before character `i`.
    cum: Vec<f32>,
}

impl Chars {
    /// The width of characters `from..to` as one line, without trailing spaces.
    fn width(&self, from: usize, to: usize) -> f32 {
        let mut end = to;
        while end > from && is_space(self.chars[end - 1]) {
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

/// Breaks `spans` at `size` points into lines no wider than `measure` points. `lang` selects
/// hyphenation patterns; `None` hyphenates nothing. Runs of white space count as one space;
/// a line end in the text is kept. An empty paragraph gives no line.
pub fn break_lines(spans: &[Span], size: f32, measure: f32, lang: Option<Lang>) -> Vec<Line> {
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
    let mut lines = Vec::with_capacity(ends.len());
    let mut start = 0;
    for k in ends {
        let hyphen = breaks[k].kind == BreakKind::Hyphen;
        lines.push(build_line(
            spans,
            &chars,
            breaks[start].pos,
            breaks[k].pos,
            hyphen,
            size,
            fonts,
        ));
        start = k;
    }
    lines
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
    let mut cum = Vec::with_capacity(chars.len() + 1);
    let mut total = 0.0;
    cum.push(0.0);
    for i in 0..chars.len() {
        let face = spans[style[i]].face;
        let c = chars[i];
        let advance = if c == SOFT_HYPHEN || c == '\n' {
            0.0
        } else {
            fonts.advance(face, c, size)
        };
        total += advance;
        cum.push(total);
    }
    Chars { chars, style, cum }
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
    from: usize,
    to: usize,
    hyphen: bool,
    size: f32,
    fonts: &Fonts,
) -> Line {
    let mut end = to;
    while end > from && is_space(chars.chars[end - 1]) {
        end -= 1;
    }
    let mut pieces: Vec<Piece> = Vec::new();
    let mut i = from;
    while i < end {
        let s = chars.style[i];
        let mut j = i;
        while j < end && chars.style[j] == s {
            j += 1;
        }
        let text: String = chars.chars[i..j]
            .iter()
            .filter(|c| **c != SOFT_HYPHEN)
            .collect();
        let x = chars.cum[i] - chars.cum[from];
        let width = chars.width(i, j);
        pieces.push(Piece {
            text,
            face: spans[s].face,
            color: spans[s].color,
            x,
            width,
        });
        i = j;
    }
    let mut width = chars.width(from, end);
    if hyphen {
        if let Some(last) = pieces.last_mut() {
            let w = fonts.advance(last.face, '-', size);
            last.text.push('-');
            last.width += w;
            width += w;
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
}
