//! The coded recommendations the checker learns from and is measured on: UPR Info's files of
//! recommendations with their action category and session, read whole from a folder (the
//! build and evaluation scripts' `../shared/data/`), in the order of time.

use std::path::{Path, PathBuf};

use crate::model::ActionCategory;
use crate::recommendations::read_export;
use crate::{Error, Result};

/// How the files of coded recommendations are named: one file per run of sessions.
const FILE_PREFIX: &str = "upr-info-recommendations-sessions-";

/// One recommendation as coded by UPR Info.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedRecommendation {
    pub text: String,
    pub category: ActionCategory,
    /// The UPR Working Group session it was made at: the order of time.
    pub session: u32,
}

/// What was read from a folder.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedSet {
    /// The rows with a category and a session, sorted by session (stable within a session).
    pub rows: Vec<CodedRecommendation>,
    /// The files read, by name, in the order read.
    pub files: Vec<String>,
    /// Rows of those files without a category or a session (left out).
    pub uncoded: usize,
}

/// The files of coded recommendations in a folder, by name.
pub fn files_in(folder: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(folder).map_err(|source| Error::ReadFile {
        path: folder.to_path_buf(),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(FILE_PREFIX) && n.ends_with(".csv"))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Reads every file of coded recommendations in a folder. A folder without any is an error
/// that says what is expected there.
pub fn read_folder(folder: &Path) -> Result<CodedSet> {
    let files = files_in(folder)?;
    if files.is_empty() {
        return Err(Error::invalid(
            "data folder",
            format!(
                "{} holds no {FILE_PREFIX}*.csv file: point it at UPR Info's coded recommendations",
                folder.display()
            ),
        ));
    }
    let mut set = CodedSet {
        rows: Vec::new(),
        files: Vec::new(),
        uncoded: 0,
    };
    for path in &files {
        let (rows, _) = read_export(path)?;
        for r in rows {
            match (r.action_category, r.session) {
                (Some(category), Some(session)) => set.rows.push(CodedRecommendation {
                    text: r.text,
                    category,
                    session,
                }),
                _ => set.uncoded += 1,
            }
        }
        set.files.push(
            path.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
        );
    }
    set.rows.sort_by_key(|r| r.session);
    Ok(set)
}

/// The provenance line of a model file that names the sessions it was built on.
pub const SESSIONS_LABEL: &str = "built on sessions";

/// The provenance line for a model built on these rows: "built on sessions 1-13".
pub fn sessions_line(rows: &[CodedRecommendation]) -> String {
    let first = rows.iter().map(|r| r.session).min().unwrap_or(0);
    let last = rows.iter().map(|r| r.session).max().unwrap_or(0);
    format!("{SESSIONS_LABEL} {first}-{last}")
}
