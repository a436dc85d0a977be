//! How the command line words the core's errors and a document's advice: in English, with the
//! flags and commands a terminal user types to act on them. The core gives the data (which
//! file, which line, how many words over); the window words the same data from its
//! catalogues (`ui/src/i18n/errors.ts`). The match has no wildcard, so a new error does not
//! compile until it has its sentence here.

use upr_core::documents::{DocumentKind, DocumentNote, DocumentPart, Overflow};
use upr_core::Error;

/// The three ways to give a passphrase, never an argument (it would show in the list of
/// running programs).
pub const HOW_TO_GIVE_PASSPHRASE: &str = "type its passphrase when asked (run the command on a terminal), name a file holding it in UPR_KIT_PASSPHRASE_FILE, or pipe it in with --passphrase-stdin";

/// The sentence for `e`, without the `upr-kit: ` prefix.
pub fn error(e: &Error) -> String {
    match e {
        Error::DataDir { .. } => format!("{e}, with --data-dir or UPR_KIT_DATA_DIR"),
        Error::NoDataDir => {
            "no per-user data folder is known on this system; choose one with --data-dir or UPR_KIT_DATA_DIR".into()
        }
        Error::ReadOnly { .. } => format!("{e} with --data-dir"),
        Error::ReadOnlyNeedsUpgrade { path } => format!(
            "the data file {path} needs an upgrade to this version, but its folder is read-only; open it where it can be written (copy the data folder, then use --data-dir)"
        ),
        Error::StoreNotEmpty {
            organisation,
            state_under_review,
        } => {
            let held = match (organisation, state_under_review) {
                (Some(org), Some(state)) => format!("{org}, campaign for {state}"),
                (Some(org), None) => org.clone(),
                (None, Some(state)) => format!("a campaign for {state}"),
                (None, None) => "records".into(),
            };
            format!("the data folder already holds data ({held}); importing would replace it. Export a backup first (upr-kit export FILE), then import again with --replace")
        }
        Error::CheckerModel { line, problem } => format!(
            "the action-category model, line {line}: {problem}. Rebuild it with `cargo run -p upr-core --release --example build_checker`"
        ),
        Error::NoCampaign => {
            "there is no campaign yet: create one for the State under Review (or load the demo with `upr-kit init-demo`)".into()
        }
        Error::NoTargetStates => {
            "the campaign has no target States yet: add the delegations you will meet (on the Target States screen), then print their briefs".into()
        }
        Error::NoOrganisation => {
            "there is no organisation yet: describe your organisation first (or load the demo with `upr-kit init-demo`)".into()
        }
        Error::NoSubmission => {
            "there is no submission yet; start one from your priority issues with `upr-kit submission draft`".into()
        }
        Error::NoReceivedRecommendations => {
            "no received recommendations are recorded yet; add them with `upr-kit received-recommendations add` or `import`".into()
        }
        Error::NoPastRecommendations { state, session } => format!(
            "the database of past recommendations holds no recommendation made to {state} at session {session}; import UPR Info's export of that review first (upr-kit import-recommendations FILE)"
        ),
        Error::SubmissionTooLong {
            words,
            limit,
            over,
            ..
        } => {
            let kind = match e {
                Error::SubmissionTooLong {
                    kind: upr_core::submission::SubmissionKind::Joint,
                    ..
                } => "a joint",
                _ => "an individual",
            };
            format!("the submission has {words} words, {over} over the limit of {limit} for {kind} submission (footnotes and annexes not counted); shorten it by {over} words, move material to an annex or footnotes, or export with --draft for your partners' review")
        }
        Error::NotFound {
            what: "past recommendation",
            id,
        } => format!("past recommendation not found: {id} (find its number with `upr-kit search`)"),
        Error::DocumentTooLong(overflow) => self::overflow(overflow),
        Error::StoreEncrypted { path } => format!(
            "the data file {} is encrypted: {HOW_TO_GIVE_PASSPHRASE}",
            path.display()
        ),
        Error::FileEncrypted { file } => {
            format!("{file} is encrypted: {HOW_TO_GIVE_PASSPHRASE}")
        }
        Error::StoreInUse => "the data file is open in another program (the app's window, or another upr-kit command); close the window, then run the command again. Nothing was changed".into(),
        // The core's English says all a terminal user needs for these.
        Error::FolderInUse { .. }
        | Error::SchemaTooNew { .. }
        | Error::Database(_)
        | Error::DiskFull { .. }
        | Error::DiskWrite { .. }
        | Error::WrongPassphrase
        | Error::PassphraseTooShort { .. }
        | Error::AlreadyEncrypted
        | Error::NotEncrypted
        | Error::RekeyCheckFailed { .. }
        | Error::SnapshotDamaged { .. }
        | Error::ReadFile { .. }
        | Error::WriteFile { .. }
        | Error::OutputInDataFolder { .. }
        | Error::OutputIsFolder { .. }
        | Error::OutputInUse { .. }
        | Error::DataFolderTaken { .. }
        | Error::InvalidExchange { .. }
        | Error::InvalidExport { .. }
        | Error::StaleRecord { .. }
        | Error::NotFound { .. }
        | Error::Invalid { .. }
        | Error::MissingCharacters { .. }
        | Error::Pdf(_)
        | Error::LogoNotAnImage { .. }
        | Error::LogoTooLarge { .. }
        | Error::LogoTooManyPixels { .. } => e.to_string(),
        Error::UnknownSpeakers { names } => format!(
            "the list of speakers names {}, which the app does not know: write each State as the UN names it (in English, French, Spanish, Arabic, Russian or Chinese) or by its three-letter ISO code (NOR), then run `upr-kit speakers set` again. Nothing was saved",
            names
                .iter()
                .map(|n| format!("\"{}\"", super::terminal::shown(n)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Error::CoalitionPassphraseNeeded => "the data folder is encrypted, so the share file written to the exchange folder is too: set the passphrase the coalition shares with `upr-kit coalition-passphrase` first. Nothing was written".into(),
    }
}

/// What overflows, by how much, and what to shorten: the core's English, each part to shorten
/// on a line of its own, with the flag that leaves issues out where it helps. A factsheet
/// says what else fills its one page.
pub fn overflow(o: &Overflow) -> String {
    let english = o.to_string();
    let mut lines = english.split('\n');
    let mut out = lines.next().unwrap_or_default().to_string();
    if o.kind == DocumentKind::Factsheet {
        out.push_str(
            " (a factsheet is one page per --issue; the received recommendations linked to the issue take room on it too)",
        );
    }
    for (line, shorten) in lines.zip(&o.shorten) {
        let hint = match &shorten.part {
            DocumentPart::WholeIssue { .. } => " (leave it out, or choose issues with --issue)",
            DocumentPart::Paragraph { .. } => " (of the statement's text as oral-statement-text prints it: edit it with --set, or choose issues with --issue)",
            DocumentPart::Passage { .. } => " (of the text talking-points-text prints: edit it with --set, or go back with --reset-text)",
            _ => "",
        };
        out.push('\n');
        out.push_str(line);
        out.push_str(hint);
    }
    out
}

/// A remark on a document that was written.
pub fn note(n: &DocumentNote) -> String {
    match n {
        DocumentNote::ShorterThanSlot { .. } | DocumentNote::DraftOverLimit { .. } => n.to_string(),
        DocumentNote::SomeRecommendationsSpoken { .. } => {
            format!("{n}; choose which with --issue")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cli_names_its_flags_where_the_core_does_not() {
        let e = Error::StoreNotEmpty {
            organisation: Some("Meridia Coalition".into()),
            state_under_review: Some("Meridia".into()),
        };
        assert!(!e.to_string().contains("--replace"));
        let worded = error(&e);
        assert!(
            worded.contains("already holds data (Meridia Coalition, campaign for Meridia)"),
            "{worded}"
        );
        assert!(worded.contains("--replace"), "{worded}");
        assert!(error(&Error::NoCampaign).contains("upr-kit init-demo"));
    }

    #[test]
    fn a_factsheet_over_its_page_says_how_far_and_what_to_shorten() {
        use upr_core::documents::{OverflowMeasure, Shorten};
        let e = Error::DocumentTooLong(Box::new(Overflow {
            kind: DocumentKind::Factsheet,
            measure: OverflowMeasure::Pages {
                pages: 2,
                max_pages: 1,
                smallest_size: 9.5,
            },
            words_over: 140,
            lines_over: Some(12),
            shorten: vec![Shorten {
                part: DocumentPart::Background {
                    issue: "Torture".into(),
                },
                words: 600,
            }],
            pages: Vec::new(),
        }));
        let worded = error(&e);
        assert!(
            worded.starts_with("the factsheet needs 2 pages"),
            "{worded}"
        );
        assert!(worded.contains("its limit is 1"), "{worded}");
        assert!(
            worded.contains("about 12 lines (roughly 140 words) do not fit"),
            "{worded}"
        );
        assert!(worded.contains("one page per --issue"), "{worded}");
        assert!(
            worded.contains("\n  - the background of 'Torture': 600 words"),
            "{worded}"
        );
    }
}
