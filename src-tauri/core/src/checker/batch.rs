//! The checker's batch contract, which scripts depend on: one recommendation per input line,
//! one output line per input line, in order. An output line is the category digit, a tab, the
//! quoted words that decided it, a tab, and the suggestion (empty for category 5). An input
//! line without a single word gives an empty output line, so that line numbers still match.
//!
//! Lines may end with LF, CRLF or a lone CR (old Mac files, like UPR Info's exports); a line
//! that is not valid UTF-8 is read as Mac Roman.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use crate::recommendations::export_file::decode;
use crate::{Error, Result};

use super::Checker;

/// The output line for one recommendation, without its line break: `4\t"Take measures to"\treplace …`,
/// or an empty string for a text without words.
pub fn line_for(text: &str, language: &str) -> String {
    match Checker::shipped().classify(text) {
        Ok(c) => {
            let suggestion = c
                .suggestion
                .as_ref()
                .map(|s| s.text(language))
                .unwrap_or_default();
            format!("{}\t{}\t{}", c.category, c.reason(), suggestion)
        }
        // The only refusal is a text without words: its line stays empty.
        Err(_) => String::new(),
    }
}

/// Reads recommendations from `input` and writes one line for each to `output`, flushing after
/// each input line so that a script can talk to it line by line. Returns how many lines were
/// written.
pub fn classify_lines(
    mut input: impl BufRead,
    mut output: impl Write,
    language: &str,
) -> Result<usize> {
    let read_error = |source| Error::ReadFile {
        path: PathBuf::from("standard input"),
        source,
    };
    let write_error = |source| Error::WriteFile {
        path: PathBuf::from("standard output"),
        source,
    };
    let mut chunk = Vec::new();
    let mut written = 0;
    loop {
        chunk.clear();
        if input.read_until(b'\n', &mut chunk).map_err(read_error)? == 0 {
            break;
        }
        for line in split_lines(&chunk) {
            let (text, _) = decode(line);
            writeln!(output, "{}", line_for(&text, language)).map_err(write_error)?;
            written += 1;
        }
        output.flush().map_err(write_error)?;
    }
    Ok(written)
}

/// The lines of a chunk read up to (and including) an LF: a CRLF or LF ends the last line;
/// lone CRs inside end lines of their own.
fn split_lines(chunk: &[u8]) -> Vec<&[u8]> {
    let body = chunk.strip_suffix(b"\n").unwrap_or(chunk);
    let body = body.strip_suffix(b"\r").unwrap_or(body);
    let ended_by_cr = chunk.len() > body.len() && !chunk.ends_with(b"\n");
    let mut lines: Vec<&[u8]> = body.split(|&b| b == b'\r').collect();
    // "a\rb\r" (old Mac file, no LF at all): the last CR ends "b" and starts no new line.
    if ended_by_cr && lines.last().is_some_and(|l| l.is_empty()) && lines.len() > 1 {
        lines.pop();
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8]) -> Vec<String> {
        let mut out = Vec::new();
        let n = classify_lines(input, &mut out, "en").unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<String> = text.lines().map(String::from).collect();
        assert_eq!(lines.len(), n);
        lines
    }

    #[test]
    fn one_output_line_per_input_line_whatever_the_line_ends() {
        let input = b"Ratify the Convention against Torture\r\n\nConsider ratifying it\rContinue its efforts\r";
        let lines = run(input);
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert!(lines[0].starts_with("5\t"), "{}", lines[0]);
        assert_eq!(lines[1], "");
        assert!(lines[2].starts_with("3\t"), "{}", lines[2]);
        assert!(lines[3].starts_with("2\t"), "{}", lines[3]);
    }

    #[test]
    fn every_line_has_three_fields_and_category_5_no_suggestion() {
        for line in run(b"Take measures to protect journalists\nAbolish the death penalty\n") {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{line}");
            assert!(
                fields[1].starts_with('"'),
                "the reason quotes the text: {line}"
            );
            assert_eq!(fields[0] == "5", fields[2].is_empty(), "{line}");
        }
    }

    #[test]
    fn a_mac_roman_line_is_read() {
        // 0x8E is "é" in Mac Roman: "Créer" is not valid UTF-8 here.
        let lines = run(b"Establish the Instance Equit\x8E et R\x8Econciliation\n");
        assert!(
            lines[0].contains("Equité") || lines[0].starts_with('5'),
            "{}",
            lines[0]
        );
        assert_eq!(lines.len(), 1);
    }
}
