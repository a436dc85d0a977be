//! The exchange folder: a folder that Syncthing or Nextcloud keeps in step between partners
//! (a setting). The app writes its own share file there on request and merges the partners'
//! share files it finds there — at start and while it runs — and lists them ("from WLAC,
//! written 2 days ago: 3 new recommendations, 1 conflict"). Transport is the folder's
//! business: the app never opens a network connection.
//!
//! Encrypted data: the partners agree on one *coalition passphrase*, kept inside this
//! organisation's encrypted store (`store/coalition_passphrase.rs`). While the data is
//! encrypted, the file written here is encrypted with it (without one, nothing is written),
//! and the partners' encrypted files are opened with it; a file it does not open is listed as
//! [`Sealed::OtherPassphrase`], to be merged by hand with its own passphrase. With plain data
//! the file written here is plain and an encrypted partner file is listed as
//! [`Sealed::NeedsPassphrase`].

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

use super::bundle::{file_digest, open_bytes, Author, Bundle, EXTENSION};
use super::merge::{merge_bytes_of, MergeOutcome};
use super::share::{share, ShareChoice, SharePreview};
use crate::passphrase::Passphrase;
use crate::store::Store;
use crate::{Error, Result};

/// Why an encrypted partner file in the folder was not merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Sealed {
    /// No coalition passphrase here (plain data, or none set): merge it with its passphrase.
    NeedsPassphrase,
    /// The coalition passphrase does not open it: it was encrypted with another passphrase.
    OtherPassphrase,
}

/// One partner's share file found in the exchange folder.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FolderFile {
    /// The file's name in the folder.
    pub file: String,
    /// Its whole path, to merge it by hand.
    #[ts(type = "string")]
    pub path: PathBuf,
    /// Who wrote it, when it could be read.
    pub from: Option<Author>,
    pub written_at: Option<DateTime<Utc>>,
    /// What merging it did: now, or (when it was merged before) the last time.
    pub outcome: Option<MergeOutcome>,
    /// True when it was merged just now.
    pub merged_now: bool,
    /// Why it was refused (cut short, altered, another campaign…), in the core's words.
    pub problem: Option<String>,
    /// Set when it is encrypted and could not be opened here.
    pub sealed: Option<Sealed>,
}

fn folder(store: &mut Store) -> Result<PathBuf> {
    store
        .settings()?
        .exchange_folder
        .filter(|f| !f.trim().is_empty())
        .map(PathBuf::from)
        .ok_or_else(|| Error::invalid("exchange folder", "is not set: choose one in the settings"))
}

/// Makes `dir` the exchange folder (or none), keeping the other settings as they are.
pub fn choose_folder(store: &mut Store, dir: Option<&Path>) -> Result<()> {
    let mut settings = store.settings()?;
    settings.exchange_folder = dir.map(|d| d.display().to_string());
    store.save_settings(&settings)
}

/// Writes this organisation's share file of the whole campaign (no meetings) into the
/// exchange folder, under a name of its own ("MCHR.uprshare"), replacing its previous one:
/// encrypted with the coalition passphrase while the data is encrypted (refused without
/// one), plain otherwise.
pub fn write_to_folder(store: &mut Store) -> Result<(PathBuf, SharePreview)> {
    let dir = folder(store)?;
    let passphrase = store.coalition_passphrase()?;
    if store.is_encrypted() && passphrase.is_none() {
        return Err(Error::CoalitionPassphraseNeeded);
    }
    let own = store.organisation()?.ok_or(Error::NoOrganisation)?;
    let name: String = super::author_of(&own)
        .name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let path = dir.join(format!("{name}.{EXTENSION}"));
    let preview = share(store, &ShareChoice::default(), &path, passphrase.as_ref())?;
    Ok((path, preview))
}

/// Merges every partner's share file in the exchange folder that was not merged yet, and
/// lists them all (this organisation's own file left out). A file that is refused is listed
/// with the reason and stops nothing else.
pub fn pick_up(store: &mut Store) -> Result<Vec<FolderFile>> {
    let dir = folder(store)?;
    let own = store.organisation()?.map(|o| o.id);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|source| Error::ReadFile {
            path: dir.clone(),
            source,
        })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == EXTENSION))
        .collect();
    files.sort();
    let passphrase = store.coalition_passphrase()?;
    let mut listed = Vec::new();
    for path in files {
        if let Some(file) = pick_up_one(store, &path, own, passphrase.as_ref())? {
            listed.push(file);
        }
    }
    Ok(listed)
}

fn pick_up_one(
    store: &mut Store,
    path: &Path,
    own: Option<uuid::Uuid>,
    passphrase: Option<&Passphrase>,
) -> Result<Option<FolderFile>> {
    let mut found = FolderFile {
        file: path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default(),
        path: path.to_path_buf(),
        from: None,
        written_at: None,
        outcome: None,
        merged_now: false,
        problem: None,
        sealed: None,
    };
    let name = path.display().to_string();
    // A file still being copied in by the synchronising program is refused now and merged
    // on a later look, once whole.
    let mut digest = None;
    let read = std::fs::read(path)
        .map_err(|source| Error::ReadFile {
            path: path.to_path_buf(),
            source,
        })
        .and_then(|bytes| {
            digest = Some(file_digest(&bytes));
            // An encrypted file the coalition passphrase (if any) does not open is listed
            // as such, for the user to merge it by hand with its passphrase.
            open_bytes(bytes, passphrase, &name)
        })
        .and_then(|bytes| Bundle::from_bytes(&bytes, &name));
    let bundle = match read {
        Ok(bundle) => bundle,
        Err(e) => {
            let sealed = match e {
                Error::FileEncrypted { .. } => Some(Sealed::NeedsPassphrase),
                Error::WrongPassphrase => Some(Sealed::OtherPassphrase),
                _ => None,
            };
            // A sealed file whose very bytes were merged (by hand, with their passphrase) is
            // listed as merged, as an open file merged before is.
            if let (Some(_), Some(digest)) = (sealed, &digest) {
                let merged = store.read(|tx| crate::store::partner_by_file_digest(tx, digest))?;
                if let Some(outcome) =
                    merged.and_then(|p| serde_json::from_str::<MergeOutcome>(&p.last_outcome).ok())
                {
                    found.from = Some(outcome.from.clone());
                    found.written_at = Some(outcome.written_at);
                    found.outcome = Some(outcome);
                    return Ok(Some(found));
                }
            }
            found.sealed = sealed;
            found.problem = Some(e.to_string());
            return Ok(Some(found));
        }
    };
    if Some(bundle.from.id) == own {
        return Ok(None);
    }
    found.from = Some(bundle.from.clone());
    found.written_at = Some(bundle.written_at);
    let before = store.read(|tx| crate::store::partner_get(tx, bundle.from.id))?;
    match before {
        Some(partner) if partner.last_digest == bundle.digest => {
            found.outcome = serde_json::from_str(&partner.last_outcome).ok();
        }
        _ => match merge_bytes_of(store, &bundle, &name, digest.as_deref()) {
            Ok(outcome) => {
                found.outcome = Some(outcome);
                found.merged_now = true;
            }
            Err(e) => found.problem = Some(e.to_string()),
        },
    }
    Ok(Some(found))
}
