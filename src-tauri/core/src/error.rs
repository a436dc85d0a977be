//! The one error type of the core. Every variant says what went wrong in words a user can act
//! on; the shell shows `to_string()` as is and maps `code()` to the UI's typed errors.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot use the data folder {path}: {source}. Check that it exists and that you may write to it, or choose another with --data-dir")]
    DataDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// Another window of the app has the data folder open.
    #[error("the data folder {path} is already open in another UPR Advocacy Kit window; use that window (two windows on one folder would save over each other), or close it and start again")]
    FolderInUse { path: PathBuf },

    #[error("no per-user data folder is known on this system; choose one with --data-dir or UPR_KIT_DATA_DIR")]
    NoDataDir,

    #[error("the data file {path} was written by a newer version of UPR Advocacy Kit (schema {found}, this version knows up to {known}); install the newer version to open it")]
    SchemaTooNew {
        path: String,
        found: i64,
        known: i64,
    },

    #[error("the data file could not be read or written: {0}")]
    Database(rusqlite::Error),

    /// The data folder or file may not be written (a locked USB stick, a read-only share).
    #[error("the data in {path} is read-only (a USB stick with its lock on, or a folder you may not write to): you can read and export it, but nothing can be saved. Copy the data folder somewhere you may write and open the copy with --data-dir")]
    ReadOnly { path: String },

    #[error("the data file {path} needs an upgrade to this version, but its folder is read-only; open it where it can be written (copy the data folder, then use --data-dir)")]
    ReadOnlyNeedsUpgrade { path: String },

    /// The disk refused a write: full, or the USB stick was pulled out. SQLite rolled the
    /// transaction back, so what was saved before is untouched.
    #[error("the disk refused the save ({detail}): it may be full or the USB stick removed. Nothing of this save was stored and everything saved before is safe; free some space or reconnect the stick, then save again")]
    DiskWrite { full: bool, detail: String },

    #[error("the snapshot {name} is damaged and was not restored ({problem}); nothing was changed. Choose another snapshot")]
    SnapshotDamaged { name: String, problem: String },

    #[error("cannot read {path}: {source}")]
    ReadFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("cannot write {path}: {source}")]
    WriteFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// An output path inside the data folder: writing there could destroy the store.
    #[error("{path} is inside the data folder {data_dir}, where the app keeps your data; writing there could destroy it. Choose a file outside that folder")]
    OutputInDataFolder { path: PathBuf, data_dir: PathBuf },

    #[error("{path} is a folder; give the name of a file to write in it")]
    OutputIsFolder { path: PathBuf },

    /// An exchange file that is not valid JSON, not ours, of an unknown version or
    /// inconsistent. `location` names where in the file (line and column, or a field path).
    #[error("{file} is not a valid UPR Advocacy Kit file: {location}: {problem}")]
    InvalidExchange {
        file: String,
        location: String,
        problem: String,
    },

    #[error("the data folder already holds data ({what}); importing would replace it. Export a backup first, then import again with --replace")]
    StoreNotEmpty { what: String },

    /// A file of past recommendations with a row that cannot be read.
    #[error(
        "{file}, line {line}: {problem}. Correct the row and import again; nothing was imported"
    )]
    InvalidExport {
        file: String,
        line: usize,
        problem: String,
    },

    /// The action-category checker's model file is damaged (`line` 0: the file as a whole).
    #[error("the action-category model, line {line}: {problem}. Rebuild it with `cargo run -p upr-core --release --example build_checker`")]
    CheckerModel { line: usize, problem: String },

    #[error("there is no campaign yet: create one for the State under Review (or load the demo with `upr-kit init-demo`)")]
    NoCampaign,

    /// A stakeholder submission longer than OHCHR accepts, found before export.
    #[error("the submission has {words} words, {over} over the limit of {limit} for {kind} submission (footnotes and annexes not counted); shorten it by {over} words, move material to an annex or footnotes, or export with --draft for your partners' review")]
    SubmissionTooLong {
        words: usize,
        limit: usize,
        over: usize,
        kind: &'static str,
    },

    /// A save based on a version of the record that is no longer the stored one: it changed
    /// (or was deleted) in another window or from the command line. Nothing was written.
    #[error("the {what} “{name}” {how} elsewhere (in another window or from the command line) after you opened it; nothing was saved, so nothing of that change is lost. Open it again to see it as it is now, then make your change again")]
    StaleRecord {
        what: &'static str,
        name: String,
        how: &'static str,
    },

    #[error("{what} not found: {id}")]
    NotFound { what: &'static str, id: String },

    #[error("{field}: {problem}")]
    Invalid { field: String, problem: String },

    /// A document does not fit its limit: what overflows, by how much and what to
    /// shorten. Nothing was written.
    #[error("{0}")]
    DocumentTooLong(Box<crate::documents::Overflow>),

    /// Text with characters none of the document fonts can draw.
    #[error("these characters cannot be printed with the document fonts: {report}. Replace them (or write them out) and try again")]
    MissingCharacters { report: String },

    /// The PDF could not be produced; a bug, not the user's doing.
    #[error("the PDF could not be produced ({0}); please report this as a bug")]
    Pdf(String),
}

impl From<rusqlite::Error> for Error {
    /// Failures of the disk are the user's to act on (free space, reconnect the stick), so
    /// they get their own variant; everything else stays a database error.
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => Error::DiskWrite {
                full: true,
                detail: e.to_string(),
            },
            Some(ErrorCode::SystemIoFailure) => Error::DiskWrite {
                full: false,
                detail: e.to_string(),
            },
            Some(ErrorCode::ReadOnly) => Error::ReadOnly {
                path: "the data folder".into(),
            },
            _ => Error::Database(e),
        }
    }
}

impl Error {
    /// A stable code for the UI, which must never match on message text.
    pub fn code(&self) -> &'static str {
        match self {
            Error::DataDir { .. } | Error::NoDataDir => "data_dir",
            Error::FolderInUse { .. } => "folder_in_use",
            Error::SchemaTooNew { .. } => "schema_too_new",
            Error::Database(_) => "database",
            Error::ReadOnly { .. } | Error::ReadOnlyNeedsUpgrade { .. } => "read_only",
            Error::DiskWrite { full: true, .. } => "disk_full",
            Error::DiskWrite { full: false, .. } => "disk_write",
            Error::SnapshotDamaged { .. } => "snapshot_damaged",
            Error::ReadFile { .. } => "read_file",
            Error::WriteFile { .. } => "write_file",
            Error::OutputInDataFolder { .. } => "output_in_data_folder",
            Error::OutputIsFolder { .. } => "output_is_folder",
            Error::InvalidExchange { .. } => "invalid_file",
            Error::InvalidExport { .. } => "invalid_export",
            Error::StoreNotEmpty { .. } => "store_not_empty",
            Error::CheckerModel { .. } => "checker_model",
            Error::NoCampaign => "no_campaign",
            Error::SubmissionTooLong { .. } => "submission_too_long",
            Error::StaleRecord { .. } => "stale_record",
            Error::NotFound { .. } => "not_found",
            Error::Invalid { .. } => "invalid_input",
            Error::DocumentTooLong(_) => "document_too_long",
            Error::MissingCharacters { .. } => "missing_characters",
            Error::Pdf(_) => "pdf",
        }
    }

    pub fn invalid(field: impl Into<String>, problem: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            problem: problem.into(),
        }
    }
}
