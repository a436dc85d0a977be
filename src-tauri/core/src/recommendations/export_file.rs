//! Reads a spreadsheet export of past recommendations as it comes: UPR Info's CSV (old Mac
//! line endings, Mac Roman bytes, quoted fields with commas, comma-separated issue lists,
//! HTML character references such as `&#40;Unknown&#41;`), a UTF-8 CSV with the same columns,
//! or a CSV saved from OHCHR's Universal Human Rights Index (a "Recommendation" column whose
//! text ends with the recommending States in brackets, "Position", "Themes", "Cycle"…).
//! Columns are found by their header, not their position; headers not understood are reported.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::model::ActionCategory;
use crate::{Error, Result};

/// One recommendation made at a review, as recorded by UPR Info.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PastRecommendation {
    /// The State under Review.
    pub state_under_review: String,
    /// Its regional group (African, Asia-Pacific, EEG, GRULAC, WEOG; UPR Info writes "Asia", "Africa"…).
    pub state_under_review_group: String,
    pub text: String,
    /// The recommending State.
    pub recommending_state: String,
    pub recommending_group: String,
    /// Organisations the recommending State belongs to (EU, OIC, …).
    pub recommending_organisations: Vec<String>,
    /// "Accepted"/"Supported" or "Noted", as recorded; empty when unknown.
    pub response: String,
    pub action_category: Option<ActionCategory>,
    /// Issues from UPR Info's list.
    pub issues: Vec<String>,
    /// The number of the UPR Working Group session.
    pub session: Option<u32>,
    /// The UPR cycle when the file gives it; the store derives it from the session otherwise.
    pub cycle: Option<u32>,
    /// The line of the file it came from (1 is the header), for messages.
    pub line: usize,
}

/// What reading a file found besides the rows.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ReadReport {
    /// "UTF-8" or "Mac Roman".
    pub encoding: String,
    /// Headers of the file that were not understood (their columns are ignored).
    pub unknown_columns: Vec<String>,
}

/// Decodes the bytes of an export: UTF-8 when they are valid UTF-8 (a BOM is dropped),
/// otherwise Mac Roman, which is what UPR Info's older exports use. Line endings of any kind
/// (CR, LF, CRLF) are accepted by the CSV reader.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), "UTF-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::MACINTOSH.decode(bytes);
            (text.into_owned(), "Mac Roman")
        }
    }
}

/// Reads a whole export file; see [`parse_export`].
pub fn read_export(path: &Path) -> Result<(Vec<PastRecommendation>, ReadReport)> {
    let bytes = std::fs::read(path).map_err(|source| Error::ReadFile {
        path: path.to_path_buf(),
        source,
    })?;
    parse_export(&bytes, &path.display().to_string())
}

/// Parses an export. `file` names it in errors. A row that cannot be read is an error naming
/// its line; nothing is returned for a file with a bad row, so that an import is all or
/// nothing.
pub fn parse_export(bytes: &[u8], file: &str) -> Result<(Vec<PastRecommendation>, ReadReport)> {
    let (text, encoding) = decode(bytes);
    // The CSV reader counts lines by LF only; with old Mac files every row would be "line 1".
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let bad = |line: usize, problem: String| Error::InvalidExport {
        file: file.to_string(),
        line,
        problem,
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| bad(1, format!("the header row cannot be read: {e}")))?
        .clone();
    let columns = Columns::find(&headers).map_err(|problem| bad(1, problem))?;
    let mut report = ReadReport {
        encoding: encoding.into(),
        unknown_columns: columns.unknown.clone(),
    };
    report.unknown_columns.sort();

    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            bad(line, format!("the row cannot be read: {e}"))
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let field = |i: Option<usize>| {
            let raw = i.and_then(|i| record.get(i)).unwrap_or("").trim();
            decode_character_references(raw)
        };
        let mut text = field(Some(columns.text));
        let recommending_states = match columns.from {
            Some(from) => split_states(&field(Some(from))),
            None => {
                // The Index writes "121.1 Ratify … (France) (Lithuania);": the States are
                // the bracketed names at the end of the text.
                let (bare, states) = states_at_end(&text);
                text = bare;
                states
            }
        };
        let text = strip_paragraph_number(&text).to_string();
        if text.is_empty() {
            return Err(bad(line, "the recommendation's text is empty".into()));
        }
        if recommending_states.is_empty() {
            let problem = match columns.from {
                Some(_) => "the recommending State is empty".to_string(),
                None => "no recommending State: the file has no 'From' column and the text does not end with the State in brackets".to_string(),
            };
            return Err(bad(line, problem));
        }
        let state_under_review = field(Some(columns.to));
        if state_under_review.is_empty() {
            return Err(bad(line, "the State under Review is empty".into()));
        }
        let action_category = match field(columns.action).as_str() {
            "" => None,
            a => Some(
                a.parse::<u8>()
                    .ok()
                    .and_then(|n| ActionCategory::try_from(n).ok())
                    .ok_or_else(|| bad(line, format!("action category '{a}' is not 1 to 5")))?,
            ),
        };
        let session = parse_ordinal(&field(columns.session))
            .map_err(|s| bad(line, format!("session '{s}' is not a session number")))?;
        let cycle = parse_ordinal(&field(columns.cycle))
            .map_err(|s| bad(line, format!("cycle '{s}' is not a cycle number")))?;
        // A recommendation made jointly by several States is one row per State, as UPR Info
        // records it, so that each State's record can be counted.
        for recommending_state in recommending_states {
            rows.push(PastRecommendation {
                state_under_review: state_under_review.clone(),
                state_under_review_group: field(columns.to_group),
                text: text.clone(),
                recommending_state,
                recommending_group: field(columns.from_group),
                recommending_organisations: split_list(&field(columns.from_orgs)),
                response: field(columns.response),
                action_category,
                issues: split_list(&field(columns.issues)),
                session,
                cycle,
                line,
            });
        }
    }
    Ok((rows, report))
}

/// Splits UPR Info's comma-separated lists ("Rights of the Child,Women's rights"); the Index
/// separates its themes with semicolons or line breaks.
fn split_list(s: &str) -> Vec<String> {
    s.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Splits a column of recommending States. Commas are not separators here: UN names such as
/// "Iran (Islamic Republic of)" have none, but a few older spellings ("Korea, Republic of")
/// do, so only semicolons and line breaks separate States.
fn split_states(s: &str) -> Vec<String> {
    s.split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Takes the bracketed names off the end of an Index recommendation: "Ratify … (France)
/// (Iran (Islamic Republic of));" gives the bare text and ["France", "Iran (Islamic Republic
/// of)"]. Brackets nest, so a State's own brackets stay in its name.
fn states_at_end(text: &str) -> (String, Vec<String>) {
    let mut rest = text.trim_end_matches(|c: char| c == ';' || c == '.' || c.is_whitespace());
    let mut states = Vec::new();
    while rest.ends_with(')') {
        let mut depth = 0usize;
        let mut open = None;
        for (i, c) in rest.char_indices().rev() {
            match c {
                ')' => depth += 1,
                '(' => {
                    depth -= 1;
                    if depth == 0 {
                        open = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(open) = open else { break };
        let name = rest[open + 1..rest.len() - 1].trim();
        if !name.is_empty() {
            states.push(name.to_string());
        }
        rest = rest[..open].trim_end();
    }
    states.reverse();
    if states.is_empty() {
        (text.to_string(), states)
    } else {
        (format!("{rest}."), states)
    }
}

/// Drops a report's paragraph number ("121.1 Ratify …" becomes "Ratify …").
fn strip_paragraph_number(text: &str) -> &str {
    let mut parts = text.splitn(2, ' ');
    let (Some(first), Some(rest)) = (parts.next(), parts.next()) else {
        return text;
    };
    let is_number = first.split('.').filter(|p| !p.is_empty()).count() >= 2
        && first.chars().all(|c| c.is_ascii_digit() || c == '.');
    if is_number {
        rest.trim_start()
    } else {
        text
    }
}

/// Reads a session or cycle number as spreadsheets write it: "5", "48th", "Session 48",
/// "4th cycle". Years ("January 2025") are not the number. `Err` gives back the field when it
/// holds no number or more than one.
fn parse_ordinal(field: &str) -> std::result::Result<Option<u32>, String> {
    if field.is_empty() {
        return Ok(None);
    }
    let numbers: Vec<u32> = field
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|word| {
            let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
            let suffix = &word[digits.len()..].to_lowercase();
            let ordinal =
                ["", "st", "nd", "rd", "th", "e", "er", "ème", "o", "a"].contains(&suffix.as_str());
            if digits.is_empty() || !ordinal || !digits.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            digits.parse::<u32>().ok()
        })
        .filter(|&n| !(1900..=2999).contains(&n))
        .collect();
    match numbers.as_slice() {
        [n] => Ok(Some(*n)),
        _ => Err(field.to_string()),
    }
}

/// UPR Info's export writes some characters as HTML numeric references ("&#40;Unknown&#41;").
fn decode_character_references(s: &str) -> String {
    if !s.contains("&#") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find("&#") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let decoded = after.find(';').and_then(|end| {
            let code = &after[..end];
            let n = match code.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => code.parse::<u32>().ok(),
            };
            n.and_then(char::from_u32).map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push_str("&#");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Where each known column is in the file.
struct Columns {
    to: usize,
    to_group: Option<usize>,
    text: usize,
    /// Without it, the States are read from the end of the text (the Index's style).
    from: Option<usize>,
    from_group: Option<usize>,
    from_orgs: Option<usize>,
    response: Option<usize>,
    action: Option<usize>,
    issues: Option<usize>,
    session: Option<usize>,
    cycle: Option<usize>,
    unknown: Vec<String>,
}

impl Columns {
    /// Headers are matched without regard to case, spaces, hyphens or brackets, so that
    /// "To-Rgrp", "to rgrp" and "State under review" all match what they mean.
    fn find(headers: &csv::StringRecord) -> std::result::Result<Columns, String> {
        let mut found: [Option<usize>; 11] = [None; 11];
        let mut unknown = Vec::new();
        for (i, h) in headers.iter().enumerate() {
            let key: String = h
                .to_lowercase()
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            let slot = match key.as_str() {
                "to" | "stateunderreview" | "sur" | "country" | "state" | "countryunderreview" => 0,
                "torgrp" | "surregionalgroup" | "stateunderreviewregionalgroup" => 1,
                "text" | "recommendation" | "recommendations" | "recommendationtext"
                | "annotation" => 2,
                "from" | "recommendingstate" | "recommendingstates" | "recommendingcountry" => 3,
                "fromrgrp" | "regionalgroup" | "recommendingstateregionalgroup" => 4,
                "fromorg" | "organisations" | "organizations" => 5,
                "response" | "position" | "positionofthestateunderreview" | "sursresponse" => 6,
                "action" | "actioncategory" | "category" => 7,
                "issue" | "issues" | "theme" | "themes" | "humanrightsthemes" => 8,
                "session" | "uprsession" | "sessionnumber" | "wgsession" => 9,
                "cycle" | "uprcycle" | "reviewcycle" => 10,
                // Known, and not needed: the organisations the State under Review belongs to.
                "toorg" => continue,
                _ => {
                    unknown.push(h.trim().to_string());
                    continue;
                }
            };
            found[slot].get_or_insert(i);
        }
        let need = |slot: usize, name: &str| {
            found[slot].ok_or_else(|| {
                format!(
                    "no column '{name}' (columns found: {})",
                    headers.iter().collect::<Vec<_>>().join(", ")
                )
            })
        };
        Ok(Columns {
            to: need(0, "To")?,
            to_group: found[1],
            text: need(2, "Text")?,
            from: found[3],
            from_group: found[4],
            from_orgs: found[5],
            response: found[6],
            action: found[7],
            issues: found[8],
            session: found[9],
            cycle: found[10],
            unknown,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXCERPT: &[u8] = include_bytes!("../../../../tests/data/upr-info-excerpt.csv");

    #[test]
    fn the_upr_info_export_reads_as_it_is() {
        let (rows, report) = parse_export(EXCERPT, "excerpt").unwrap();
        assert_eq!(rows.len(), 308);
        assert_eq!(report.encoding, "Mac Roman");
        assert!(report.unknown_columns.is_empty());
        let first = &rows[0];
        assert_eq!(first.state_under_review, "Afghanistan");
        assert_eq!(first.recommending_state, "Austria");
        assert_eq!(first.action_category, Some(ActionCategory::Specific));
        assert_eq!(first.issues, vec!["Rights of the Child", "Women's rights"]);
        assert_eq!(first.session, Some(5));
        // The Mac Roman byte 0x8E is "é".
        assert!(rows.iter().any(|r| r.text.contains("Instance Equité")));
    }

    #[test]
    fn a_bad_row_is_reported_with_its_line() {
        let csv = "To,Text,From,Action\rA,Do this.,B,5\rC,Do that.,D,7\r";
        let err = parse_export(csv.as_bytes(), "mine.csv").unwrap_err();
        assert_eq!(
            err.to_string(),
            "mine.csv, line 3: action category '7' is not 1 to 5. Correct the row and import again; nothing was imported"
        );
    }
}
