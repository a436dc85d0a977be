//! The share file (`.uprshare`): one campaign, or chosen priority issues of it, as one
//! organisation writes it for a partner. Each record travels with its version vector, the
//! organisation that last changed it, and, once deleted, as a tombstone without content.
//!
//! Its shape is `assets/schema/upr-kit-share-v2.schema.json`. A digest over everything else
//! in the file lets the reader refuse a file that was altered or damaged after it was
//! written; reading is strict and explains itself like the exchange document's, and a file
//! refused changes nothing.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use super::clock::Clock;
use super::records::{hex, Kind};
use crate::error::ExchangeProblem;
use crate::exchange::{encrypted_file, versioned_json};
use crate::passphrase::Passphrase;
use crate::{Error, Result};

/// The value of `format` that marks a share file.
pub const FORMAT: &str = "upr-advocacy-kit-share";
/// The version this build writes; it reads this one and every older one. Version 2 carries
/// a priority issue's items (key facts, questions, recommendations) as records of their own;
/// version 1 carried them inside the issue and is split on reading.
pub const VERSION: u32 = 2;
/// The oldest version this build still reads.
pub const OLDEST_VERSION: u32 = 1;
/// The file name extension of share files.
pub const EXTENSION: &str = "uprshare";

/// An organisation as a share file names it: by id (what clocks count) and by the name the
/// user knows it by (its acronym when it has one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Author {
    pub id: Uuid,
    pub name: String,
    /// The organisation's full name, when its short name above is an acronym (a share
    /// file's sender; the receiver lists it among its coalition partners).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub full_name: String,
}

/// The campaign a share file belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CampaignRef {
    pub id: Uuid,
    pub state_under_review: String,
}

/// One record as it travels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedRecord {
    pub kind: Kind,
    pub id: Uuid,
    pub clock: Clock,
    pub changed_by: Author,
    #[serde(default)]
    pub deleted: bool,
    /// The record's shared content; absent for a tombstone.
    #[serde(default)]
    pub data: Option<Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub format: String,
    pub version: u32,
    pub written_at: DateTime<Utc>,
    pub from: Author,
    /// The partner it was written for, as the sender named them.
    #[serde(default)]
    pub partner: Option<String>,
    pub campaign: CampaignRef,
    /// True when only chosen priority issues are in it (and no other kind of record).
    #[serde(default)]
    pub issues_only: bool,
    pub records: Vec<SharedRecord>,
    /// SHA-256 (hex) of the file written with an empty digest.
    #[serde(default)]
    pub digest: String,
}

impl Bundle {
    fn computed_digest(&self) -> String {
        let mut unsigned = self.clone();
        unsigned.digest = String::new();
        let text = serde_json::to_string(&unsigned).expect("a bundle serialises");
        hex(&Sha256::digest(text.as_bytes()))
    }

    /// Sets the digest; the last step before the bundle is written.
    pub fn seal(&mut self) {
        self.digest = self.computed_digest();
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a bundle serialises")
    }

    /// Reads a share file's bytes; `file` names it in errors.
    pub fn from_bytes(bytes: &[u8], file: &str) -> Result<Bundle> {
        let invalid = |problem: ExchangeProblem| Error::InvalidExchange {
            file: file.to_string(),
            problem,
        };
        let text = std::str::from_utf8(bytes).map_err(|e| {
            invalid(ExchangeProblem::NotUtf8 {
                byte: e.valid_up_to(),
            })
        })?;
        let bundle: Bundle =
            versioned_json::read(text, FORMAT, OLDEST_VERSION..=VERSION).map_err(invalid)?;
        if bundle.digest != bundle.computed_digest() {
            return Err(invalid(ExchangeProblem::Altered));
        }
        check(&bundle).map_err(invalid)?;
        Ok(if bundle.version < 2 {
            items_apart(bundle)
        } else {
            bundle
        })
    }
}

/// A version-1 file read as version 2: each issue's items become records of their own, with
/// the issue's history (the only one version 1 kept for them).
fn items_apart(mut bundle: Bundle) -> Bundle {
    let mut items = Vec::new();
    for record in &mut bundle.records {
        if record.kind != Kind::PriorityIssue {
            continue;
        }
        let Some(data) = record.data.as_mut() else {
            continue;
        };
        for (kind, id, item) in super::items::split_issue(data) {
            items.push(SharedRecord {
                kind,
                id,
                clock: record.clock.clone(),
                changed_by: record.changed_by.clone(),
                deleted: false,
                data: Some(item),
            });
        }
    }
    bundle.records.extend(items);
    bundle.version = VERSION;
    bundle
}

/// What the digest cannot say: every record once, with content unless a tombstone, of the
/// shape of its kind, and the campaign's own record present.
fn check(bundle: &Bundle) -> std::result::Result<(), ExchangeProblem> {
    let mut seen = std::collections::HashSet::new();
    for (i, record) in bundle.records.iter().enumerate() {
        let path = format!("records[{i}]");
        if !seen.insert(record.id) {
            return Err(ExchangeProblem::DuplicateId {
                path,
                id: record.id.to_string(),
            });
        }
        match (&record.data, record.deleted) {
            (None, false) => {
                return Err(ExchangeProblem::WrongShape {
                    path: format!("{path}.data"),
                    detail: "missing field `data`".into(),
                })
            }
            (Some(data), false) => {
                if data.get("id").and_then(Value::as_str) != Some(&record.id.to_string()) {
                    return Err(ExchangeProblem::WrongShape {
                        path: format!("{path}.data.id"),
                        detail: format!("not the record's id {}", record.id),
                    });
                }
                super::records::check_shape(record.kind, data).map_err(|detail| {
                    ExchangeProblem::WrongShape {
                        path: format!("{path}.data"),
                        detail,
                    }
                })?
            }
            _ => {}
        }
    }
    let holds_campaign = bundle
        .records
        .iter()
        .any(|r| r.kind == Kind::Campaign && r.id == bundle.campaign.id && !r.deleted);
    if !holds_campaign {
        return Err(ExchangeProblem::WrongShape {
            path: "records".into(),
            detail: format!(
                "the campaign {} is not among the records",
                bundle.campaign.id
            ),
        });
    }
    Ok(())
}

/// The SHA-256 (hex) of a share file's bytes as they are on disk, encrypted or not: how the
/// exchange folder knows a file it merged, or one merged by hand that it cannot open.
pub fn file_digest(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The bytes of a share file as read from disk in, its plain bytes out. An encrypted share
/// file (an age file with a passphrase, the same format as encrypted exports: see
/// [`encrypted_file`]) needs `passphrase`: without one it is [`Error::FileEncrypted`], with
/// a wrong one [`Error::WrongPassphrase`]. A plain file is taken as it is. `file` names it.
pub fn open_bytes(bytes: Vec<u8>, passphrase: Option<&Passphrase>, file: &str) -> Result<Vec<u8>> {
    if !encrypted_file::is_encrypted(&bytes) {
        return Ok(bytes);
    }
    let passphrase = passphrase.ok_or_else(|| Error::FileEncrypted {
        file: file.to_string(),
    })?;
    encrypted_file::decrypt(&bytes, passphrase, file)
}

/// The other side: the plain bytes of a share file in, the bytes written out, encrypted to
/// `passphrase` when there is one.
pub fn seal_bytes(plain: Vec<u8>, passphrase: Option<&Passphrase>) -> Result<Vec<u8>> {
    match passphrase {
        Some(passphrase) => encrypted_file::encrypt(&plain, passphrase),
        None => Ok(plain),
    }
}
