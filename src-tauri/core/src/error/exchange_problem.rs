//! Why an exchange file was refused, with the place in the file: the data the CLI and the
//! window word (`cli/messages.rs`, `ui/src/i18n/errors.ts`). `Display` is the English
//! fallback. It is part of the error's vocabulary (`Error::InvalidExchange` carries it), so it
//! lives with the error, at the bottom of the layers; `exchange` names it again. A `path` is a place in the document as serde names it
//! (`campaigns[0].meetings[1].date`), the same in every language.

use std::fmt;

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ExchangeProblem {
    /// Not UTF-8 text from `byte` on: not one of our files.
    NotUtf8 { byte: usize },
    /// The JSON stops at `line`, `column`: the file was cut short while copying.
    CutShort { line: usize, column: usize },
    /// Not JSON at `line`, `column`; `detail` is the JSON reader's account.
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but not ours: its `format` is `found` (or absent).
    NotOurs { found: Option<String> },
    /// Written by a newer version of the app.
    NewerVersion { found: u64, known: u32 },
    /// A version that never existed (or none).
    UnknownVersion { found: Option<u64> },
    /// A field of the wrong shape; `detail` is the reader's account (a missing field, a
    /// wrong type).
    WrongShape { path: String, detail: String },
    /// The same id on two records.
    DuplicateId { path: String, id: String },
    /// A name or text that must be given is empty.
    Empty { path: String },
    /// A date (or, when `time`, a timestamp) outside the years the app keeps
    /// (`model::date_range`).
    OutOfRange {
        path: String,
        value: String,
        time: bool,
        first: i32,
        last: i32,
    },
    /// A link to a record that is not in the same campaign.
    UnknownLink { path: String, id: String },
    /// A share file whose digest does not match its content: changed or damaged after it
    /// was written.
    Altered,
    /// A share file of a campaign (on `found`) other than the one this data folder holds
    /// (on `held`).
    OtherCampaign { found: String, held: String },
}

impl fmt::Display for ExchangeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ExchangeProblem::*;
        match self {
            NotUtf8 { byte } => write!(f, "byte {byte}: not UTF-8 text; this is not a UPR Advocacy Kit export"),
            CutShort { line, column } => write!(f, "line {line}, column {column}: the file ends too early; it may have been cut short while copying"),
            NotJson { line, column, detail } => write!(f, "line {line}, column {column}: not JSON ({detail})"),
            NotOurs { found } => write!(
                f,
                "format: this is not a UPR Advocacy Kit export ({})",
                found.as_ref().map_or("it names no format".to_string(), |f| format!("its format is \"{f}\""))
            ),
            NewerVersion { found, known } => write!(f, "version: version {found} was written by a newer UPR Advocacy Kit; this one reads version {known}. Install the newer version"),
            UnknownVersion { found } => write!(f, "version: unknown version {}", found.map_or("(none)".to_string(), |v| v.to_string())),
            WrongShape { path, detail } => write!(f, "{path}: {detail}"),
            DuplicateId { path, id } => write!(f, "{path}: the id {id} is used twice"),
            Empty { path } => {
                // "campaigns[0].priority_issues[0].title: the title is empty".
                let field = path.rsplit('.').next().unwrap_or(path).replace('_', " ");
                write!(f, "{path}: the {field} is empty")
            }
            OutOfRange { path, value, time, first, last } => {
                let what = if *time { "time" } else { "date" };
                write!(f, "{path}: the {what} {value} is outside the years {first} to {last}; check the year")
            }
            UnknownLink { path, id } => write!(f, "{path}: {id} is not a record of this campaign"),
            Altered => write!(f, "the file was changed or damaged after it was written; ask the partner to send it again"),
            OtherCampaign { found, held } => write!(f, "this share file belongs to another campaign (on {found}) than the one in this data folder (on {held}); nothing was merged"),
        }
    }
}
