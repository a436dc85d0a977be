//! The one error type of the core. Each variant carries what went wrong as data (which file,
//! which line, which issue, how many words over…) and has a stable `code()`; the shells word
//! it for their user: the CLI in English with its flags and commands (`cli/messages.rs`), the
//! window in the user's language from its catalogues (`ui/src/i18n/errors.ts`). Serialised,
//! an error is `{ code, …data }`, and its TypeScript type is generated from this file
//! (`ui/src/generated/errors.ts`, see the test at the end).
//!
//! `Display` is an English fallback for logs and tests. It never names a command-line flag or
//! command: the core does not know how it was called.

use std::path::PathBuf;

use serde::{Serialize, Serializer};
use ts_rs::TS;

mod exchange_problem;

pub use exchange_problem::ExchangeProblem;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error, Serialize, TS)]
#[serde(tag = "code", rename_all = "snake_case")]
#[ts(rename = "CoreError")]
pub enum Error {
    #[error("cannot use the data folder {path}: {source}. Check that it exists and that you may write to it, or choose another data folder")]
    DataDir {
        path: PathBuf,
        #[source]
        #[serde(rename = "problem", serialize_with = "io_problem")]
        #[ts(as = "IoProblem")]
        source: std::io::Error,
    },

    /// Another window of the app has the data folder open.
    #[error("the data folder {path} is already open in another UPR Advocacy Kit window; use that window (two windows on one folder would save over each other), or close it and start again")]
    FolderInUse { path: PathBuf },

    /// The folder chosen to move the data to already holds a data file.
    #[error("{path} already exists; choose an empty folder to move the data to (an existing data file is never overwritten)")]
    DataFolderTaken { path: PathBuf },

    #[error("no per-user data folder is known on this system; choose a data folder")]
    NoDataDir,

    #[error("the data file {path} was written by a newer version of UPR Advocacy Kit (schema {found}, this version knows up to {known}); install the newer version to open it")]
    SchemaTooNew {
        path: String,
        found: i64,
        known: i64,
    },

    /// The data file is encrypted and no passphrase was given.
    #[error("the data file {path} is encrypted; give its passphrase to open it")]
    StoreEncrypted { path: PathBuf },

    /// The passphrase does not open the data file (or an encrypted file); nothing was changed.
    #[error("the passphrase is wrong; nothing was opened or changed. Type it again (capitals and spaces count)")]
    WrongPassphrase,

    #[error("a new passphrase needs at least {min} characters (this one has {chars}); a longer one, a few words, is both safer and easier to remember")]
    PassphraseTooShort { chars: usize, min: usize },

    #[error("the data file is already encrypted; change its passphrase instead")]
    AlreadyEncrypted,

    #[error("the data file is not encrypted; there is no passphrase to change or remove")]
    NotEncrypted,

    /// Re-keying needs the data file to itself.
    #[error("the data file is open in another program (the app's window, or a command still running); close it, then try again. Nothing was changed")]
    StoreInUse,

    /// The re-keyed copy did not check out; the store was left as it was.
    #[error("the re-encrypted copy of the data did not check out ({problem}); the data file was left as it was, with its old passphrase")]
    RekeyCheckFailed { problem: String },

    /// An encrypted file (an encrypted export) and no passphrase to open it.
    #[error("{file} is encrypted; give its passphrase to open it")]
    FileEncrypted { file: String },

    #[error("the data file could not be read or written: {0}")]
    #[serde(serialize_with = "database_detail")]
    Database(#[ts(as = "Detail")] rusqlite::Error),

    /// The data folder or file may not be written (a locked USB stick, a read-only share).
    /// `path` is empty when SQLite found it out mid-write and the place is the data folder.
    #[error("the data in {} is read-only (a USB stick with its lock on, or a folder you may not write to): you can read and export it, but nothing can be saved. Copy the data folder somewhere you may write and open the copy", place(.path))]
    ReadOnly { path: String },

    #[error("the data file {path} needs an upgrade to this version, but its folder is read-only; copy the data folder where it can be written and open the copy")]
    #[serde(rename = "read_only_upgrade")]
    ReadOnlyNeedsUpgrade { path: String },

    /// The disk is full. SQLite rolled the transaction back, so what was saved before is
    /// untouched.
    #[error("the disk refused the save ({detail}): it is full. Nothing of this save was stored and everything saved before is safe; free some space, then save again")]
    DiskFull { detail: String },

    /// The disk refused a write (the USB stick was pulled out…); rolled back as `DiskFull`.
    #[error("the disk refused the save ({detail}): the USB stick may have been removed. Nothing of this save was stored and everything saved before is safe; reconnect the stick, then save again")]
    DiskWrite { detail: String },

    /// `problem` is SQLite's own report on the copy.
    #[error("the snapshot {name} is damaged and was not restored ({problem}); nothing was changed. Choose another snapshot")]
    SnapshotDamaged { name: String, problem: String },

    #[error("cannot read {path}: {source}")]
    ReadFile {
        path: PathBuf,
        #[source]
        #[serde(rename = "problem", serialize_with = "io_problem")]
        #[ts(as = "IoProblem")]
        source: std::io::Error,
    },

    #[error("cannot write {path}: {source}")]
    WriteFile {
        path: PathBuf,
        #[source]
        #[serde(rename = "problem", serialize_with = "io_problem")]
        #[ts(as = "IoProblem")]
        source: std::io::Error,
    },

    /// An output path inside the data folder: writing there could destroy the store.
    #[error("{path} is inside the data folder {data_dir}, where the app keeps your data; writing there could destroy it. Choose a file outside that folder")]
    OutputInDataFolder { path: PathBuf, data_dir: PathBuf },

    #[error("{path} is a folder; give the name of a file to write in it")]
    OutputIsFolder { path: PathBuf },

    /// The file to replace is held open by another program (on Windows a PDF reader or Word
    /// keeps others from replacing the file it shows) or may not be changed. The new file was
    /// not written and the old one is as it was.
    #[error("{path} could not be replaced: another program has it open (a PDF reader or Word, say) or it is read-only. Close it there, or write under another name; the file is as it was")]
    OutputInUse { path: PathBuf },

    /// An exchange file that is not valid JSON, not ours, of an unknown version or
    /// inconsistent; the problem names the place in the file.
    #[error("{file} is not a valid UPR Advocacy Kit file: {problem}. Nothing was imported")]
    #[serde(rename = "invalid_file")]
    InvalidExchange {
        file: String,
        problem: ExchangeProblem,
    },

    /// An import over data: the store holds this organisation and this campaign.
    #[error("the data folder already holds data ({}); importing would replace it. Export a backup first, then import again choosing to replace", holding(.organisation, .state_under_review))]
    StoreNotEmpty {
        organisation: Option<String>,
        state_under_review: Option<String>,
    },

    /// A file of past recommendations with a row that cannot be read. `problem` is the
    /// reader's own account of the row (a column, a value).
    #[error(
        "{file}, line {line}: {problem}. Correct the row and import again; nothing was imported"
    )]
    InvalidExport {
        file: String,
        line: usize,
        problem: String,
    },

    /// The action-category checker's model file is damaged (`line` 0: the file as a whole).
    #[error("the action-category model, line {line}: {problem}. The program's files are damaged; install it again")]
    CheckerModel { line: usize, problem: String },

    #[error("there is no organisation yet: describe your organisation first, or load the demo")]
    NoOrganisation,

    #[error("there is no campaign yet: create one for the State under Review, or load the demo")]
    NoCampaign,

    /// A print run for the delegations asked for with none to print for.
    #[error("the campaign has no target States yet: add the delegations you will meet, then print their briefs")]
    NoTargetStates,

    #[error("there is no submission yet; start one from your priority issues")]
    NoSubmission,

    #[error("no received recommendations are recorded yet; add them first")]
    NoReceivedRecommendations,

    /// Recommendations to pick from the database, and it has none for this review.
    #[error("the database of past recommendations holds no recommendation made to {state} at session {session}; import UPR Info's export of that review first")]
    NoPastRecommendations { state: String, session: u32 },

    /// A stakeholder submission longer than OHCHR accepts, found before export.
    #[error("the submission has {words} words, {over} over the limit of {limit} for {} submission (footnotes and annexes not counted); shorten it by {over} words, move material to an annex or footnotes, or export it as a draft for your partners' review", an_individual_or_joint(.kind))]
    SubmissionTooLong {
        words: usize,
        limit: usize,
        over: usize,
        #[ts(type = "\"individual\" | \"joint\"")]
        kind: crate::model::SubmissionKind,
    },

    /// A save based on a version of the record that is no longer the stored one: it changed
    /// (or was deleted) in another window or from the command line. Nothing was written.
    /// `what` is the kind of record, a stable word ("priority issue", "meeting"…).
    #[error("the {what} “{name}” was {} elsewhere (in another window or from the command line) after you opened it; nothing was saved, so nothing of that change is lost. Open it again to see it as it is now, then make your change again", changed_or_deleted(.deleted))]
    StaleRecord {
        what: &'static str,
        name: String,
        deleted: bool,
    },

    /// `what` is the kind of record, a stable word ("campaign", "snapshot"…).
    #[error("{what} not found: {id}")]
    NotFound { what: &'static str, id: String },

    /// A value the core refuses. `field` and `problem` are English words still (see
    /// ARCHITECTURE.md, "Errors").
    #[error("{field}: {problem}")]
    #[serde(rename = "invalid_input")]
    Invalid { field: String, problem: String },

    /// A document does not fit its limit: what overflows, by how much and what to
    /// shorten. Nothing was written.
    #[error("{0}")]
    DocumentTooLong(Box<crate::documents::Overflow>),

    /// Text with characters no font can draw, grouped by script.
    #[error("these characters cannot be printed with the document fonts: {}. Replace them (or write them out) and try again", listed(.missing))]
    MissingCharacters { missing: Vec<MissingCharacters> },

    /// The PDF could not be produced; a bug, not the user's doing.
    #[error("the PDF could not be produced ({0}); please report this as a bug")]
    #[serde(serialize_with = "pdf_detail")]
    Pdf(#[ts(as = "Detail")] String),

    /// A list of speakers naming States the app does not know, each as typed. Nothing was
    /// stored.
    #[error("the list of speakers names {} that the app does not know; write each as the UN names it (in any of the six languages) or by its three-letter ISO code. Nothing was saved", quoted(.names))]
    UnknownSpeakers { names: Vec<String> },
    /// The data is encrypted, so the share file written to the exchange folder must be too,
    /// and no coalition passphrase is set to encrypt it with.
    #[error("the data is encrypted, so the share file written to the exchange folder is encrypted too: set the coalition passphrase the partners share first. Nothing was written")]
    CoalitionPassphraseNeeded,

    /// A logo that is not a PNG or JPEG image, or one that does not decode as one (cut short,
    /// damaged, another format renamed).
    #[error("{file} is not a PNG or JPEG image; save the logo as PNG or JPEG and choose it again")]
    LogoNotAnImage { file: String },

    /// A logo file larger than the setting `logo_max_bytes`.
    #[error("{file} is {}; the limit is {}. Save a smaller copy of the logo (400 pixels wide is plenty for a letterhead) and choose it again", megabytes(*.bytes), megabytes(*.limit))]
    LogoTooLarge {
        file: String,
        bytes: u64,
        limit: u64,
    },

    /// A logo wider or taller than the setting `logo_max_pixels`.
    #[error("{file} is {width} × {height} pixels; the limit is {limit} pixels on each side. Save a smaller copy of the logo and choose it again")]
    LogoTooManyPixels {
        file: String,
        width: u32,
        height: u32,
        limit: u32,
    },
}

/// Names in quotation marks, joined: “Narnia”, “Norwey”.
fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "9.1 MB", "2 MB": a file size as people say it (decimal megabytes).
fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / 1_000_000.0;
    if (mb - mb.round()).abs() < 0.05 {
        format!("{} MB", mb.round())
    } else {
        format!("{mb:.1} MB")
    }
}

/// What the system said about a file or folder: the kind the window words, and the system's
/// own text for anything else.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct IoProblem {
    pub kind: IoKind,
    pub detail: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum IoKind {
    NotFound,
    PermissionDenied,
    AlreadyExists,
    Other,
}

impl From<&std::io::Error> for IoProblem {
    fn from(e: &std::io::Error) -> Self {
        use std::io::ErrorKind;
        IoProblem {
            kind: match e.kind() {
                ErrorKind::NotFound => IoKind::NotFound,
                ErrorKind::PermissionDenied => IoKind::PermissionDenied,
                ErrorKind::AlreadyExists => IoKind::AlreadyExists,
                _ => IoKind::Other,
            },
            detail: e.to_string(),
        }
    }
}

/// The technical account of a failure that is not the user's doing (SQLite's, the PDF
/// writer's): shown as is, for a bug report.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Detail {
    pub detail: String,
}

/// Characters no font can draw, of one script: how many and where, short however many there
/// are ("Han script: 412 characters in 19 places, first in the organisation's name").
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MissingCharacters {
    /// "Han", "Arabic"…; "" for characters of no script (emoji, symbols, private use).
    pub script: String,
    /// How many different characters.
    pub count: usize,
    /// How many places of the document's sources hold one.
    pub places: usize,
    /// The first places ("priority issue 'Torture', fact 2"), in English still; at most
    /// [`MissingCharacters::SHOWN`].
    pub first_places: Vec<String>,
    /// The first characters by their Unicode names; at most [`MissingCharacters::SHOWN`].
    pub characters: Vec<String>,
}

impl MissingCharacters {
    /// How many places and characters are named; the rest are counted.
    pub const SHOWN: usize = 3;
}

impl std::fmt::Display for MissingCharacters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = |n: usize, one: &str, many: &str| {
            if n == 1 {
                format!("1 {one}")
            } else {
                format!("{n} {many}")
            }
        };
        let more = if self.count > self.characters.len() {
            ", …"
        } else {
            ""
        };
        let script = if self.script.is_empty() {
            "Characters of no script".to_string()
        } else {
            format!("{} script", self.script)
        };
        write!(
            f,
            "{script}: {} in {}, first in {} ({}{more})",
            plural(self.count, "character", "characters"),
            plural(self.places, "place", "places"),
            self.first_places.join(", "),
            self.characters.join(", "),
        )
    }
}

fn io_problem<S: Serializer>(e: &std::io::Error, s: S) -> Result<S::Ok, S::Error> {
    IoProblem::from(e).serialize(s)
}

fn database_detail<S: Serializer>(e: &rusqlite::Error, s: S) -> Result<S::Ok, S::Error> {
    Detail {
        detail: e.to_string(),
    }
    .serialize(s)
}

fn pdf_detail<S: Serializer>(detail: &str, s: S) -> Result<S::Ok, S::Error> {
    Detail {
        detail: detail.to_string(),
    }
    .serialize(s)
}

/// "/media/stick/upr-kit", or the data folder when SQLite did not say which.
fn place(path: &str) -> &str {
    if path.is_empty() {
        "the data folder"
    } else {
        path
    }
}

fn an_individual_or_joint(kind: &crate::model::SubmissionKind) -> &'static str {
    match kind {
        crate::model::SubmissionKind::Individual => "an individual",
        crate::model::SubmissionKind::Joint => "a joint",
    }
}

fn changed_or_deleted(deleted: &bool) -> &'static str {
    if *deleted {
        "deleted"
    } else {
        "changed"
    }
}

fn listed(missing: &[MissingCharacters]) -> String {
    let places: Vec<String> = missing.iter().map(ToString::to_string).collect();
    places.join("; ")
}

fn holding(organisation: &Option<String>, state: &Option<String>) -> String {
    match (organisation, state) {
        (Some(org), Some(state)) => format!("{org}, campaign for {state}"),
        (Some(org), None) => org.clone(),
        (None, Some(state)) => format!("a campaign for {state}"),
        (None, None) => "records".into(),
    }
}

impl From<rusqlite::Error> for Error {
    /// Failures of the disk are the user's to act on (free space, reconnect the stick), so
    /// they get their own variant; everything else stays a database error.
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => Error::DiskFull {
                detail: e.to_string(),
            },
            Some(ErrorCode::SystemIoFailure) => Error::DiskWrite {
                detail: e.to_string(),
            },
            Some(ErrorCode::ReadOnly) => Error::ReadOnly {
                path: String::new(),
            },
            _ => Error::Database(e),
        }
    }
}

impl Error {
    /// A stable code for the UI, which must never match on message text. It is the `code`
    /// of the serialised error (a test holds the two together).
    pub fn code(&self) -> &'static str {
        match self {
            Error::DataDir { .. } => "data_dir",
            Error::NoDataDir => "no_data_dir",
            Error::DataFolderTaken { .. } => "data_folder_taken",
            Error::FolderInUse { .. } => "folder_in_use",
            Error::SchemaTooNew { .. } => "schema_too_new",
            Error::StoreEncrypted { .. } => "store_encrypted",
            Error::WrongPassphrase => "wrong_passphrase",
            Error::PassphraseTooShort { .. } => "passphrase_too_short",
            Error::AlreadyEncrypted => "already_encrypted",
            Error::NotEncrypted => "not_encrypted",
            Error::StoreInUse => "store_in_use",
            Error::RekeyCheckFailed { .. } => "rekey_check_failed",
            Error::FileEncrypted { .. } => "file_encrypted",
            Error::Database(_) => "database",
            Error::ReadOnly { .. } => "read_only",
            Error::ReadOnlyNeedsUpgrade { .. } => "read_only_upgrade",
            Error::DiskFull { .. } => "disk_full",
            Error::DiskWrite { .. } => "disk_write",
            Error::SnapshotDamaged { .. } => "snapshot_damaged",
            Error::ReadFile { .. } => "read_file",
            Error::WriteFile { .. } => "write_file",
            Error::OutputInDataFolder { .. } => "output_in_data_folder",
            Error::OutputIsFolder { .. } => "output_is_folder",
            Error::OutputInUse { .. } => "output_in_use",
            Error::InvalidExchange { .. } => "invalid_file",
            Error::InvalidExport { .. } => "invalid_export",
            Error::StoreNotEmpty { .. } => "store_not_empty",
            Error::CheckerModel { .. } => "checker_model",
            Error::NoOrganisation => "no_organisation",
            Error::NoCampaign => "no_campaign",
            Error::NoTargetStates => "no_target_states",
            Error::NoSubmission => "no_submission",
            Error::NoReceivedRecommendations => "no_received_recommendations",
            Error::NoPastRecommendations { .. } => "no_past_recommendations",
            Error::SubmissionTooLong { .. } => "submission_too_long",
            Error::StaleRecord { .. } => "stale_record",
            Error::NotFound { .. } => "not_found",
            Error::Invalid { .. } => "invalid_input",
            Error::DocumentTooLong(_) => "document_too_long",
            Error::MissingCharacters { .. } => "missing_characters",
            Error::Pdf(_) => "pdf",
            Error::UnknownSpeakers { .. } => "unknown_speakers",
            Error::CoalitionPassphraseNeeded => "coalition_passphrase_needed",
            Error::LogoNotAnImage { .. } => "logo_not_an_image",
            Error::LogoTooLarge { .. } => "logo_too_large",
            Error::LogoTooManyPixels { .. } => "logo_too_many_pixels",
        }
    }

    pub fn invalid(field: impl Into<String>, problem: impl Into<String>) -> Self {
        Error::Invalid {
            field: field.into(),
            problem: problem.into(),
        }
    }
}

#[cfg(test)]
mod tests;
