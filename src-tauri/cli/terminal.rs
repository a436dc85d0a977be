//! How text the user typed or a file brought in reaches the terminal. Stored text is printed
//! through [`shown`] only: a control character (an escape sequence that would recolour or
//! clear the terminal, a line break that would split one row of `search` in two) or a
//! bidirectional override (which reorders what the reader sees) is written as a visible
//! escape such as `\n` or `\u{1b}`, so every row stays one line and says what is stored.

use std::fmt;

/// `text` as it may be printed: one line, nothing the terminal would act on.
pub fn shown(text: &str) -> Shown<'_> {
    Shown(text)
}

pub struct Shown<'a>(&'a str);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        for c in self.0.chars() {
            if c.is_control() || is_bidi_control(c) {
                // `\n`, `\t`, `\r` as such; everything else as `\u{…}`.
                write!(f, "{}", c.escape_debug())?;
            } else {
                f.write_char(c)?;
            }
        }
        Ok(())
    }
}

/// A count with its noun in the right number: "1 meeting", "0 meetings", "3 meetings".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The Unicode bidirectional embedding, override and isolate marks.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_singular_for_one_only() {
        assert_eq!(counted(0, "meeting", "meetings"), "0 meetings");
        assert_eq!(counted(1, "meeting", "meetings"), "1 meeting");
        assert_eq!(
            counted(2, "target State", "target States"),
            "2 target States"
        );
    }

    #[test]
    fn control_characters_are_escaped_and_text_stays_one_line() {
        let text = "Côte d’Ivoire\nline two\t\u{1b}[2J\r\u{7}\u{202E}abc";
        let out = shown(text).to_string();
        assert_eq!(
            out,
            "Côte d’Ivoire\\nline two\\t\\u{1b}[2J\\r\\u{7}\\u{202e}abc"
        );
        assert!(!out.chars().any(char::is_control));
    }
}
