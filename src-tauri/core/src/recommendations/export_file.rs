//! Reads a spreadsheet export of past recommendations as it comes: UPR Info's CSV (old Mac
//! line endings, Mac Roman bytes, quoted fields with commas, comma-separated issue lists) or a
//! UTF-8 CSV with the same columns. Columns are found by their header, not their position.

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
    pub session: Option<u32>,
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
        let field = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("").trim();
        let text = field(Some(columns.text));
        if text.is_empty() {
            return Err(bad(line, "the recommendation's text is empty".into()));
        }
        let action_category = match field(columns.action) {
            "" => None,
            a => Some(
                a.parse::<u8>()
                    .ok()
                    .and_then(|n| ActionCategory::try_from(n).ok())
                    .ok_or_else(|| bad(line, format!("action category '{a}' is not 1 to 5")))?,
            ),
        };
        let session = match field(columns.session) {
            "" => None,
            s => Some(
                s.parse::<u32>()
                    .map_err(|_| bad(line, format!("session '{s}' is not a number")))?,
            ),
        };
        rows.push(PastRecommendation {
            state_under_review: field(Some(columns.to)).to_string(),
            state_under_review_group: field(columns.to_group).to_string(),
            text: text.to_string(),
            recommending_state: field(Some(columns.from)).to_string(),
            recommending_group: field(columns.from_group).to_string(),
            recommending_organisations: split_list(field(columns.from_orgs)),
            response: field(columns.response).to_string(),
            action_category,
            issues: split_list(field(columns.issues)),
            session,
            line,
        });
    }
    Ok((rows, report))
}

/// Splits UPR Info's comma-separated lists ("Rights of the Child,Women's rights").
fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Where each known column is in the file.
struct Columns {
    to: usize,
    to_group: Option<usize>,
    text: usize,
    from: usize,
    from_group: Option<usize>,
    from_orgs: Option<usize>,
    response: Option<usize>,
    action: Option<usize>,
    issues: Option<usize>,
    session: Option<usize>,
    unknown: Vec<String>,
}

impl Columns {
    fn find(headers: &csv::StringRecord) -> std::result::Result<Columns, String> {
        let mut found: [Option<usize>; 10] = [None; 10];
        let mut unknown = Vec::new();
        for (i, h) in headers.iter().enumerate() {
            let key = h.trim().to_lowercase();
            let slot = match key.as_str() {
                "to" | "state under review" | "sur" => 0,
                "to-rgrp" | "to rgrp" | "sur regional group" => 1,
                "text" | "recommendation" => 2,
                "from" | "recommending state" => 3,
                "from-rgrp" | "from rgrp" | "recommending state regional group" => 4,
                "from-org" | "from org" => 5,
                "response" | "position" => 6,
                "action" | "action category" => 7,
                "issue" | "issues" => 8,
                "session" => 9,
                "to-org" | "to org" => continue,
                _ => {
                    unknown.push(h.trim().to_string());
                    continue;
                }
            };
            found[slot].get_or_insert(i);
        }
        let need = |slot: usize, name: &str| {
            found[slot].ok_or_else(|| format!("no column '{name}' (columns found: {})", headers.iter().collect::<Vec<_>>().join(", ")))
        };
        Ok(Columns {
            to: need(0, "To")?,
            to_group: found[1],
            text: need(2, "Text")?,
            from: need(3, "From")?,
            from_group: found[4],
            from_orgs: found[5],
            response: found[6],
            action: found[7],
            issues: found[8],
            session: found[9],
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
