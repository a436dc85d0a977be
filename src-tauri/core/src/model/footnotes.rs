//! Inline footnotes: `text^[note]text`. A note may hold brackets of its own (a document
//! symbol like "A/HRC/52/9 [para. 3]"), so the closing bracket is found by nesting. A `^[`
//! that is never closed is kept as text: nothing the user typed disappears.

/// A piece of a paragraph: running text or a footnote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Footnote(&'a str),
}

pub fn split_footnotes(paragraph: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = paragraph;
    while let Some(open) = rest.find("^[") {
        let after = &rest[open + 2..];
        let mut depth = 1usize;
        let mut close = None;
        for (i, c) in after.char_indices() {
            match c {
                '[' => depth += 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(close) = close else { break };
        if open > 0 {
            out.push(Segment::Text(&rest[..open]));
        }
        out.push(Segment::Footnote(after[..close].trim()));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Segment::*;

    #[test]
    fn notes_are_taken_out_where_they_stand() {
        assert_eq!(
            split_footnotes("Twelve journalists were detained.^[CPJ, 2025 census.] Two remain."),
            [
                Text("Twelve journalists were detained."),
                Footnote("CPJ, 2025 census."),
                Text(" Two remain.")
            ]
        );
    }

    #[test]
    fn brackets_inside_a_note_and_unclosed_notes_are_kept() {
        assert_eq!(
            split_footnotes("See^[A/HRC/52/9 [para. 3]]."),
            [Text("See"), Footnote("A/HRC/52/9 [para. 3]"), Text(".")]
        );
        assert_eq!(
            split_footnotes("Costs rose^[to check"),
            [Text("Costs rose^[to check")]
        );
        assert_eq!(split_footnotes("[1] stays text"), [Text("[1] stays text")]);
    }
}
