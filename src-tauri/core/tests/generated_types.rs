//! The window's TypeScript types are generated from the Rust types by ts-rs into
//! `ui/src/generated/` (one file per type, committed), and `ui/src/model.ts` re-exports them:
//! nothing the window receives or sends from the core is written twice by hand.
//!
//! This test generates them again into a temporary folder and fails when the committed files
//! differ. To regenerate after changing a type: `make types`, which runs
//! `UPDATE_GENERATED_TYPES=1 cargo test -p upr-core --test generated_types`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use ts_rs::{Config, ExportError, TS};

use upr_core::calendar::{CalendarEntry, CampaignAgenda};
use upr_core::checker::Classification;
use upr_core::coalition::{
    ChangedBy, Conflict, FolderFile, MergeOutcome, Settlement, ShareChoice, SharePreview,
};
use upr_core::data_folder::MovedData;
use upr_core::documents::{
    DocumentOptions, DocumentReport, DocumentRequest, NameInDocuments, Preview, PrintProgress,
    PrintRun, SpeechText,
};
use upr_core::exchange::{FileContents, ImportCounts};
use upr_core::language::Language;
use upr_core::model::{
    Campaign, CustomMilestone, CustomName, ImplementationStatus, Meeting, Organisation,
    PressDetails, PriorityIssue, ReceivedRecommendation, Response, Submission, SubmissionKind,
    TargetState,
};
use upr_core::recommendations::{ImportReport, LobbyTargets, SearchQuery, StoredRecommendation};
use upr_core::settings::{Paper, Settings};
use upr_core::store::{DataLocation, Deleted, RestoreReport, Snapshot, Summary, Workspace};
use upr_core::submission::CountedSubmission;

/// Files of `ui/src/generated/` that other generators write: the errors (the core's
/// `error::tests`) and the licence listing (`scripts/licences.mjs`).
const WRITTEN_ELSEWHERE: &[&str] = &["errors.ts", "licences.json"];

/// Where the committed files live, from the core's folder.
fn committed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/generated")
}

/// Every type the window receives from the core or sends to it; ts-rs follows their fields to
/// the types they are made of.
fn export_all(dir: &Path) -> Result<(), ExportError> {
    // Ids of past recommendations and byte counts fit a JavaScript number.
    let cfg = Config::new().with_out_dir(dir).with_large_int("number");
    Workspace::export_all(&cfg)?;
    Summary::export_all(&cfg)?;
    Settings::export_all(&cfg)?;
    Language::export_all(&cfg)?;
    Paper::export_all(&cfg)?;
    Organisation::export_all(&cfg)?;
    Campaign::export_all(&cfg)?;
    CustomName::export_all(&cfg)?;
    PressDetails::export_all(&cfg)?;
    NameInDocuments::export_all(&cfg)?;
    PriorityIssue::export_all(&cfg)?;
    TargetState::export_all(&cfg)?;
    Meeting::export_all(&cfg)?;
    Snapshot::export_all(&cfg)?;
    RestoreReport::export_all(&cfg)?;
    Deleted::export_all(&cfg)?;
    ImportCounts::export_all(&cfg)?;
    FileContents::export_all(&cfg)?;
    MovedData::export_all(&cfg)?;
    CampaignAgenda::export_all(&cfg)?;
    CalendarEntry::export_all(&cfg)?;
    CustomMilestone::export_all(&cfg)?;
    Submission::export_all(&cfg)?;
    SubmissionKind::export_all(&cfg)?;
    CountedSubmission::export_all(&cfg)?;
    ReceivedRecommendation::export_all(&cfg)?;
    Response::export_all(&cfg)?;
    ImplementationStatus::export_all(&cfg)?;
    Classification::export_all(&cfg)?;
    StoredRecommendation::export_all(&cfg)?;
    LobbyTargets::export_all(&cfg)?;
    ImportReport::export_all(&cfg)?;
    SearchQuery::export_all(&cfg)?;
    DataLocation::export_all(&cfg)?;
    DocumentRequest::export_all(&cfg)?;
    DocumentReport::export_all(&cfg)?;
    Preview::export_all(&cfg)?;
    SpeechText::export_all(&cfg)?;
    DocumentOptions::export_all(&cfg)?;
    PrintRun::export_all(&cfg)?;
    PrintProgress::export_all(&cfg)?;
    MergeOutcome::export_all(&cfg)?;
    ChangedBy::export_all(&cfg)?;
    FolderFile::export_all(&cfg)?;
    Conflict::export_all(&cfg)?;
    Settlement::export_all(&cfg)?;
    ShareChoice::export_all(&cfg)?;
    SharePreview::export_all(&cfg)?;
    Ok(())
}

/// The `.ts` files of `dir` by name, with their text.
fn files(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ts"))
        .map(|path| {
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let text = fs::read_to_string(&path).expect("a generated file is UTF-8");
            (name, text)
        })
        .collect()
}

#[test]
fn the_committed_typescript_types_are_the_ones_the_rust_types_generate() {
    let fresh = tempfile::tempdir().expect("a temporary folder");
    export_all(fresh.path()).expect("ts-rs exports every type");
    let generated = files(fresh.path());
    assert!(
        generated.contains_key("Settings.ts"),
        "{:?}",
        generated.keys()
    );

    let committed_dir = committed_dir();
    if std::env::var_os("UPDATE_GENERATED_TYPES").is_some() {
        fs::create_dir_all(&committed_dir).expect("ui/src/generated can be made");
        for name in files(&committed_dir).keys() {
            if !generated.contains_key(name) && !WRITTEN_ELSEWHERE.contains(&name.as_str()) {
                fs::remove_file(committed_dir.join(name)).expect("a stale file can be removed");
            }
        }
        for (name, text) in &generated {
            fs::write(committed_dir.join(name), text).expect("a generated file can be written");
        }
        return;
    }

    let committed = files(&committed_dir);
    let mut stale = Vec::new();
    for (name, text) in &generated {
        match committed.get(name) {
            None => stale.push(format!("missing: ui/src/generated/{name}")),
            Some(old) if old != text => stale.push(format!("out of date: ui/src/generated/{name}")),
            Some(_) => {}
        }
    }
    for name in committed.keys() {
        if !generated.contains_key(name) && !WRITTEN_ELSEWHERE.contains(&name.as_str()) {
            stale.push(format!("no longer generated: ui/src/generated/{name}"));
        }
    }
    assert!(
        stale.is_empty(),
        "the TypeScript types in ui/src/generated/ are stale; regenerate them with `make types` \
         (UPDATE_GENERATED_TYPES=1 cargo test -p upr-core --test generated_types) and commit \
         them:\n{}",
        stale.join("\n")
    );
}
