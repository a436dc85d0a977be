//! The error's promises to its shells: the serialised `code` is `code()`, no message names a
//! flag or command of the CLI, and the window's TypeScript type is the one generated from
//! these types.

use std::path::PathBuf;

use ts_rs::{Config, TS};

use super::*;
use crate::documents::{
    DocumentKind, DocumentNote, DocumentPart, Overflow, OverflowMeasure, Shorten,
};
use crate::submission::SubmissionKind;

fn io() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::PermissionDenied, "Permission denied")
}

fn overflow() -> Overflow {
    Overflow {
        kind: DocumentKind::OralStatement,
        measure: OverflowMeasure::SpeakingTime {
            words: 300,
            seconds: 164,
            rate: 110,
            max_seconds: 120,
            fits: 220,
        },
        words_over: 80,
        lines_over: None,
        shorten: vec![Shorten {
            part: DocumentPart::Paragraph { number: 2 },
            words: 120,
        }],
        pages: Vec::new(),
    }
}

/// One error of every variant. The match below has no wildcard, so a new variant does not
/// compile until it is added here, and so to the checks of this file.
fn every_variant() -> Vec<Error> {
    let all = vec![
        Error::DataDir {
            path: "/data".into(),
            source: io(),
        },
        Error::FolderInUse {
            path: "/data".into(),
        },
        Error::NoDataDir,
        Error::SchemaTooNew {
            path: "/data/upr-kit.sqlite".into(),
            found: 99,
            known: 9,
        },
        Error::Database(rusqlite::Error::QueryReturnedNoRows),
        Error::StoreEncrypted {
            path: "/data/upr-kit.sqlite3".into(),
        },
        Error::WrongPassphrase,
        Error::PassphraseTooShort { chars: 5, min: 8 },
        Error::AlreadyEncrypted,
        Error::NotEncrypted,
        Error::StoreInUse,
        Error::RekeyCheckFailed {
            problem: "row counts differ".into(),
        },
        Error::FileEncrypted {
            file: "backup.uprkit.age".into(),
        },
        Error::ReadOnly {
            path: "/media/stick".into(),
        },
        Error::ReadOnlyNeedsUpgrade {
            path: "/media/stick".into(),
        },
        Error::DiskFull {
            detail: "database or disk is full".into(),
        },
        Error::DiskWrite {
            detail: "disk I/O error".into(),
        },
        Error::SnapshotDamaged {
            name: "2026-11-30".into(),
            problem: "malformed".into(),
        },
        Error::ReadFile {
            path: "in.json".into(),
            source: io(),
        },
        Error::WriteFile {
            path: "out.pdf".into(),
            source: io(),
        },
        Error::OutputInDataFolder {
            path: "/data/brief.pdf".into(),
            data_dir: "/data".into(),
        },
        Error::OutputIsFolder {
            path: "/tmp".into(),
        },
        Error::OutputInUse {
            path: "brief.pdf".into(),
        },
        Error::DataFolderTaken {
            path: "/media/usb/upr-kit.sqlite3".into(),
        },
        Error::InvalidExchange {
            file: "backup.json".into(),
            problem: ExchangeProblem::CutShort { line: 3, column: 1 },
        },
        Error::StoreNotEmpty {
            organisation: Some("Meridia Rights Watch".into()),
            state_under_review: Some("Meridia".into()),
        },
        Error::InvalidExport {
            file: "upr-info.csv".into(),
            line: 3,
            problem: "no column \"Recommendation\"".into(),
        },
        Error::CheckerModel {
            line: 3,
            problem: "bad weight".into(),
        },
        Error::NoOrganisation,
        Error::NoCampaign,
        Error::NoTargetStates,
        Error::NoSubmission,
        Error::NoReceivedRecommendations,
        Error::NoPastRecommendations {
            state: "Meridia".into(),
            session: 44,
        },
        Error::SubmissionTooLong {
            words: 3000,
            limit: 2815,
            over: 185,
            kind: SubmissionKind::Individual,
        },
        Error::StaleRecord {
            what: "meeting",
            name: "Geneva".into(),
            deleted: true,
        },
        Error::NotFound {
            what: "snapshot",
            id: "x".into(),
        },
        Error::invalid("speaking rate", "too fast"),
        Error::DocumentTooLong(Box::new(overflow())),
        Error::MissingCharacters {
            missing: vec![MissingCharacters {
                script: String::new(),
                count: 1,
                places: 1,
                first_places: vec!["priority issue 'Torture', fact 1".into()],
                characters: vec!["U+1F600 GRINNING FACE".into()],
            }],
        },
        Error::Pdf("no document catalog".into()),
        Error::UnknownSpeakers {
            names: vec!["Narnia".into()],
        },
        Error::CoalitionPassphraseNeeded,
        Error::LogoNotAnImage {
            file: "logo.gif".into(),
        },
        Error::LogoTooLarge {
            file: "logo.png".into(),
            bytes: 9_100_000,
            limit: 2_000_000,
        },
        Error::LogoTooManyPixels {
            file: "logo.png".into(),
            width: 5000,
            height: 3000,
            limit: 4000,
        },
    ];
    for e in &all {
        match e {
            Error::DataDir { .. }
            | Error::FolderInUse { .. }
            | Error::NoDataDir
            | Error::DataFolderTaken { .. }
            | Error::SchemaTooNew { .. }
            | Error::Database(_)
            | Error::StoreEncrypted { .. }
            | Error::WrongPassphrase
            | Error::PassphraseTooShort { .. }
            | Error::AlreadyEncrypted
            | Error::NotEncrypted
            | Error::StoreInUse
            | Error::RekeyCheckFailed { .. }
            | Error::FileEncrypted { .. }
            | Error::ReadOnly { .. }
            | Error::ReadOnlyNeedsUpgrade { .. }
            | Error::DiskFull { .. }
            | Error::DiskWrite { .. }
            | Error::SnapshotDamaged { .. }
            | Error::ReadFile { .. }
            | Error::WriteFile { .. }
            | Error::OutputInDataFolder { .. }
            | Error::OutputIsFolder { .. }
            | Error::OutputInUse { .. }
            | Error::InvalidExchange { .. }
            | Error::StoreNotEmpty { .. }
            | Error::InvalidExport { .. }
            | Error::CheckerModel { .. }
            | Error::NoOrganisation
            | Error::NoCampaign
            | Error::NoTargetStates
            | Error::NoSubmission
            | Error::NoReceivedRecommendations
            | Error::NoPastRecommendations { .. }
            | Error::SubmissionTooLong { .. }
            | Error::StaleRecord { .. }
            | Error::NotFound { .. }
            | Error::Invalid { .. }
            | Error::DocumentTooLong(_)
            | Error::MissingCharacters { .. }
            | Error::Pdf(_)
            | Error::UnknownSpeakers { .. }
            | Error::CoalitionPassphraseNeeded
            | Error::LogoNotAnImage { .. }
            | Error::LogoTooLarge { .. }
            | Error::LogoTooManyPixels { .. } => {}
        }
    }
    all
}

#[test]
fn the_serialised_code_is_the_code_and_the_data_sits_beside_it() {
    let mut codes = Vec::new();
    for e in every_variant() {
        let value = serde_json::to_value(&e).unwrap();
        assert_eq!(value["code"], e.code(), "{value}");
        codes.push(e.code());
    }
    let count = codes.len();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), count, "two variants share a code: {codes:?}");

    let value = serde_json::to_value(Error::DocumentTooLong(Box::new(overflow()))).unwrap();
    assert_eq!(value["words_over"], 80);
    assert_eq!(value["measure"]["limit"], "speaking_time");
    assert_eq!(value["shorten"][0]["part"]["part"], "paragraph");
    let value = serde_json::to_value(Error::ReadFile {
        path: "in.json".into(),
        source: io(),
    })
    .unwrap();
    assert_eq!(value["problem"]["kind"], "permission_denied");
}

#[test]
fn no_message_names_a_flag_or_a_command_of_the_cli() {
    for e in every_variant() {
        let message = e.to_string();
        for marker in ["--", "upr-kit ", "cargo ", "UPR_KIT_"] {
            assert!(!message.contains(marker), "{}: {message}", e.code());
        }
    }
}

/// The TypeScript declarations of everything an error or a document report carries to the
/// window, in one file.
fn typescript() -> String {
    let cfg = Config::new().with_large_int("number");
    let decls = [
        Error::decl(&cfg),
        IoProblem::decl(&cfg),
        IoKind::decl(&cfg),
        Detail::decl(&cfg),
        MissingCharacters::decl(&cfg),
        ExchangeProblem::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from upr_core::error by the test\n\
         // `error::tests::the_window_types_are_generated_from_rust`. Do not edit.\n\n",
    );
    // The overflow report and the notes have their own files (`tests/generated_types.rs`
    // writes them with the preview that carries them); named here again for the wording.
    out.push_str("import type { Overflow } from \"./Overflow\";\n");
    for name in [
        DocumentKind::ident(&cfg),
        Overflow::ident(&cfg),
        OverflowMeasure::ident(&cfg),
        Shorten::ident(&cfg),
        DocumentPart::ident(&cfg),
        DocumentNote::ident(&cfg),
    ] {
        out.push_str(&format!("export type {{ {name} }} from \"./{name}\";\n"));
    }
    out.push('\n');
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push('\n');
    }
    // The codes as a list the window can check its catalogues against.
    out.push_str("\nexport const ERROR_CODES = [\n");
    let mut codes: Vec<&str> = every_variant().iter().map(Error::code).collect();
    codes.sort_unstable();
    for code in codes {
        out.push_str(&format!("  \"{code}\",\n"));
    }
    out.push_str("] as const satisfies readonly CoreError[\"code\"][];\n");
    out
}

#[test]
fn the_window_types_are_generated_from_rust() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/generated/errors.ts");
    let fresh = typescript();
    let stored = std::fs::read_to_string(&path).unwrap_or_default();
    if stored != fresh {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &fresh).unwrap();
        panic!(
            "{} was stale and has been written again; check the UI still builds and commit it",
            path.display()
        );
    }
}
