//! The talking points as a plain text the user edits in place of the generated ones: the
//! passages of the speech in order, each marked by how it is printed, so that an edit keeps
//! the sections, the bullets and the numbered recommendations of the structure UPR-FACTS sets
//! out. The generated talking points are made from the same passages, so the editor starts
//! from exactly what the PDF prints.
//!
//! The text, one passage after another (a blank line or a marked line starts the next; the
//! other lines of a passage are joined by a space):
//! - `# Heading`: a section heading, printed, not said;
//! - `## Title`: a priority issue's title under "what has changed", printed, not said;
//! - `- text`: a bullet point; `? text`: an advance question; `3. text`: a numbered point;
//! - any other text: a paragraph.
//!
//! A passage may end with a note in square brackets (`[UN Treaty Body, 2023]`): printed after
//! it in small italics for the speaker (a source, where a recommendation was made before),
//! not read aloud, so not counted in the speaking time. The window's counter
//! (`ui/src/state/speechText.ts`) reads the text by the same rules.

use super::speech::word_count;

/// How a passage that is said is printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Marker {
    Paragraph,
    Bullet,
    Question,
    /// A numbered point, with its number as written.
    Number(String),
}

/// One passage of the talking points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Passage {
    /// A section heading.
    Section(String),
    /// A priority issue's title.
    Issue(String),
    /// What the speaker says, with the note printed after it.
    Said {
        marker: Marker,
        text: String,
        note: Option<String>,
    },
}

impl Passage {
    /// A passage said, with no note.
    pub(super) fn said(marker: Marker, text: &str) -> Passage {
        Passage::Said {
            marker,
            text: text.trim().to_string(),
            note: None,
        }
    }

    /// A passage said, with the note printed after it when `note` has any text.
    pub(super) fn noted(marker: Marker, text: &str, note: &str) -> Passage {
        let note = note.trim();
        Passage::Said {
            marker,
            text: text.trim().to_string(),
            note: (!note.is_empty()).then(|| note.to_string()),
        }
    }

    /// The words read aloud: none for a heading, none of the note.
    pub(super) fn words(&self) -> usize {
        match self {
            Passage::Said { text, .. } => word_count(text),
            _ => 0,
        }
    }
}

/// The passages as the user edits them, separated by blank lines.
pub(super) fn to_text(passages: &[Passage]) -> String {
    passages
        .iter()
        .map(|p| match p {
            Passage::Section(t) => format!("# {t}"),
            Passage::Issue(t) => format!("## {t}"),
            Passage::Said { marker, text, note } => {
                let mark = match marker {
                    Marker::Paragraph => String::new(),
                    Marker::Bullet => "- ".to_string(),
                    Marker::Question => "? ".to_string(),
                    Marker::Number(n) => format!("{n}. "),
                };
                match note {
                    Some(n) => format!("{mark}{text} [{n}]"),
                    None => format!("{mark}{text}"),
                }
            }
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The passages of an edited text. Empty passages (a bullet with no text) are dropped.
pub(super) fn parse(text: &str) -> Vec<Passage> {
    let mut passages = Vec::new();
    let mut current: Option<(Marker, Vec<&str>)> = None;
    let finish = |current: &mut Option<(Marker, Vec<&str>)>, passages: &mut Vec<Passage>| {
        if let Some((marker, lines)) = current.take() {
            let joined = lines.join(" ");
            let (text, note) = split_note(&joined);
            if !text.is_empty() {
                passages.push(Passage::Said {
                    marker,
                    text: text.to_string(),
                    note: note.map(str::to_string),
                });
            }
        }
    };
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            finish(&mut current, &mut passages);
        } else if let Some(title) = line.strip_prefix("## ") {
            finish(&mut current, &mut passages);
            passages.push(Passage::Issue(title.trim().to_string()));
        } else if let Some(title) = line.strip_prefix("# ") {
            finish(&mut current, &mut passages);
            passages.push(Passage::Section(title.trim().to_string()));
        } else if let Some((marker, rest)) = marked(line) {
            finish(&mut current, &mut passages);
            current = Some((marker, vec![rest]));
        } else {
            match current.as_mut() {
                Some((_, lines)) => lines.push(line),
                None => current = Some((Marker::Paragraph, vec![line])),
            }
        }
    }
    finish(&mut current, &mut passages);
    passages
}

/// The marker a line starts with, and the rest of the line.
fn marked(line: &str) -> Option<(Marker, &str)> {
    if let Some(rest) = line.strip_prefix("- ") {
        return Some((Marker::Bullet, rest));
    }
    if let Some(rest) = line.strip_prefix("? ") {
        return Some((Marker::Question, rest));
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 {
        if let Some(rest) = line[digits..].strip_prefix(". ") {
            return Some((Marker::Number(line[..digits].to_string()), rest));
        }
    }
    None
}

/// A passage's text and the note in square brackets that ends it, if any.
fn split_note(passage: &str) -> (&str, Option<&str>) {
    let passage = passage.trim();
    if let Some(inner) = passage.strip_suffix(']') {
        if let Some(open) = inner.rfind('[') {
            let note = inner[open + 1..].trim();
            let text = inner[..open].trim_end();
            if !text.is_empty() && !note.is_empty() {
                return (text, Some(note));
            }
        }
    }
    (passage, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_of_the_passages_reads_back_as_the_same_passages() {
        let passages = vec![
            Passage::said(Marker::Paragraph, "Thank you, Mr. President."),
            Passage::Section("What has changed".into()),
            Passage::Issue("Press freedom".into()),
            Passage::noted(Marker::Bullet, "Nine journalists [sic] held.", "CPJ, 2023"),
            Passage::said(Marker::Number("1".into()), "Repeal article 12."),
            Passage::said(Marker::Question, "When will the law be amended?"),
        ];
        assert_eq!(parse(&to_text(&passages)), passages);
    }

    #[test]
    fn a_marked_line_starts_a_passage_and_other_lines_continue_one() {
        let text =
            "Opening line\nwraps here.\n# Asks\n1. First\nask.\n2. Second ask.\n- A point [a note]";
        assert_eq!(
            parse(text),
            vec![
                Passage::said(Marker::Paragraph, "Opening line wraps here."),
                Passage::Section("Asks".into()),
                Passage::said(Marker::Number("1".into()), "First ask."),
                Passage::said(Marker::Number("2".into()), "Second ask."),
                Passage::noted(Marker::Bullet, "A point", "a note"),
            ]
        );
    }

    #[test]
    fn headings_and_notes_are_not_read_aloud() {
        let words: usize = parse("# Two words\n\n- Three words here [not said at all]")
            .iter()
            .map(Passage::words)
            .sum();
        assert_eq!(words, 3);
    }
}
