//! Subcommands over the organisation's data as a whole: the demo, backup and restore through
//! the exchange document, and a readable summary.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;
use upr_core::exchange::Document;

use super::terminal::{counted, shown};
use super::{CliError, Context};

#[derive(Subcommand)]
pub enum DataCommand {
    /// Load the demo organisation (a fictional coalition preparing a fictional review) into an
    /// empty data folder.
    InitDemo,
    /// Start your own organisation and its campaign for one review in place of what the data
    /// folder holds (the demo): what it held is kept as a snapshot first (`snapshots`,
    /// `restore-snapshot`). The window's first-run setup does the same.
    StartOwn {
        /// Your organisation's name.
        #[arg(long, value_name = "NAME")]
        organisation: String,
        /// The State under Review, as the UN names it.
        #[arg(long = "state-under-review", value_name = "STATE")]
        state_under_review: String,
        /// The day of the review in the Working Group, when known.
        #[arg(long, value_name = "YYYY-MM-DD")]
        review_date: Option<chrono::NaiveDate>,
        /// The UPR cycle.
        #[arg(long, default_value_t = upr_core::model::CURRENT_CYCLE)]
        cycle: u32,
        /// The Working Group session of the review.
        #[arg(long, default_value_t = 1)]
        session: u32,
    },
    /// Write everything the data folder holds to one JSON file (backup, moving computer,
    /// sharing with a coalition partner).
    Export {
        /// The file to write, e.g. backup.json (backup.json.age when encrypted).
        file: PathBuf,
        /// Encrypt the file with a passphrase (age format: a partner opens it with this app,
        /// or with `age -d`). The passphrase is typed twice on a terminal, or read from
        /// --new-passphrase-file.
        #[arg(long)]
        encrypt: bool,
        /// With --encrypt: a file holding the passphrase (its first line).
        #[arg(long, value_name = "FILE", requires = "encrypt")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Read a file written by `export`. An empty data folder takes it as is; one that holds
    /// data is only replaced with --replace.
    Import {
        file: PathBuf,
        /// Replace the data this folder holds (export a backup first).
        #[arg(long)]
        replace: bool,
        /// Only say what the file holds (organisation, campaigns, counts, export date);
        /// the data folder is not opened.
        #[arg(long, conflicts_with = "replace")]
        dry_run: bool,
    },
    /// Print a readable summary of what is stored.
    Show,
}

pub fn run(cmd: DataCommand, ctx: &Context) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match cmd {
        DataCommand::InitDemo => {
            let mut store = ctx.open_store()?;
            let counts = upr_core::demo::load(&mut store)?;
            writeln!(
                out,
                "Loaded the demo organisation: {}.",
                issues_targets_meetings(&counts)
            )?;
        }
        DataCommand::StartOwn {
            organisation,
            state_under_review,
            review_date,
            cycle,
            session,
        } => {
            let mut store = ctx.open_store()?;
            upr_core::demo::start_own(
                &mut store,
                upr_core::model::Organisation::named(&organisation),
                upr_core::model::Campaign::for_review(
                    &state_under_review,
                    cycle,
                    session,
                    review_date,
                ),
            )?;
            writeln!(
                out,
                "Started {} with a campaign for the review of {}; what the data folder held before is kept as a snapshot (see `upr-kit snapshots`).",
                shown(organisation.trim()),
                shown(state_under_review.trim())
            )?;
        }
        DataCommand::Export {
            file,
            encrypt,
            new_passphrase_file,
        } => {
            let mut store = ctx.open_store()?;
            let contents = if encrypt {
                store.check_output(&file)?;
                let passphrase = ctx.passphrase.new_one(new_passphrase_file.as_ref())?;
                upr_core::exchange::export_encrypted_to(&mut store, &file, &passphrase)?
            } else {
                upr_core::exchange::export_to(&mut store, &file)?
            }
            .contents();
            if encrypt {
                writeln!(
                    out,
                    "Exported to {}, encrypted with the passphrase (it opens with this app, or with `age -d`).",
                    file.display()
                )?;
            } else {
                writeln!(out, "Exported to {}.", file.display())?;
            }
            if contents.holds_contacts() {
                writeln!(
                    out,
                    "This file holds {} and {}: keep it as safe as the data itself.",
                    counted(
                        contents.contact_persons,
                        "contact person",
                        "contact persons"
                    ),
                    counted(
                        contents.meeting_notes,
                        "meeting with notes",
                        "meetings with notes"
                    ),
                )?;
            }
        }
        DataCommand::Import {
            file,
            dry_run: true,
            ..
        } => {
            let passphrase = ctx.file_passphrase(&file)?;
            let c = upr_core::exchange::describe_file(&file, passphrase.as_ref())?;
            writeln!(out, "{} holds (nothing was imported):", file.display())?;
            writeln!(
                out,
                "Organisation: {}",
                c.organisation
                    .as_deref()
                    .map_or("(none)".to_string(), |o| shown(o).to_string())
            )?;
            if c.campaigns.is_empty() {
                writeln!(out, "Campaigns: (none)")?;
            } else {
                writeln!(out, "Campaigns: UPR of {}", shown(&c.campaigns.join(", ")))?;
            }
            writeln!(
                out,
                "{}, {}, {}, {} ({} with notes)",
                counted(c.priority_issues, "priority issue", "priority issues"),
                counted(c.target_states, "target State", "target States"),
                counted(c.contact_persons, "contact person", "contact persons"),
                counted(c.meetings, "meeting", "meetings"),
                c.meeting_notes,
            )?;
            writeln!(
                out,
                "Exported: {}",
                c.exported_at
                    .with_timezone(&chrono::Local)
                    .format("%Y-%m-%d %H:%M")
            )?;
        }
        DataCommand::Import { file, replace, .. } => {
            // Read and check the whole file before the store is even opened: a bad file must
            // not touch the data folder at all.
            let passphrase = ctx.file_passphrase(&file)?;
            let doc = Document::read_with(&file, passphrase.as_ref())?;
            let mut store = ctx.open_store()?;
            let counts = upr_core::exchange::import(&mut store, &doc, replace)?;
            writeln!(
                out,
                "Imported {}: {}, {}.",
                file.display(),
                counted(counts.campaigns, "campaign", "campaigns"),
                issues_targets_meetings(&counts)
            )?;
        }
        DataCommand::Show => {
            let mut store = ctx.open_store_for_reading()?;
            let s = store.summary()?;
            match &s.organisation {
                Some(name) if s.acronym.is_empty() => {
                    writeln!(out, "Organisation: {}", shown(name))?
                }
                Some(name) => {
                    writeln!(out, "Organisation: {} ({})", shown(name), shown(&s.acronym))?
                }
                None => writeln!(out, "Organisation: (none yet)")?,
            }
            if let Some(logo) = &s.logo {
                writeln!(out, "Logo: {}", super::logo::described(logo))?;
            }
            if !s.partners.is_empty() {
                writeln!(out, "Coalition partners: {}", shown(&s.partners.join("; ")))?;
            }
            match &s.campaign {
                Some(c) => {
                    let date = c.review_date.map_or("date not set".to_string(), |d| {
                        d.format("%-d %B %Y").to_string()
                    });
                    writeln!(
                        out,
                        "Campaign: UPR of {}, cycle {}, session {}, review {date}{}",
                        shown(&c.state_under_review),
                        c.cycle,
                        c.session,
                        if c.adoption_session.is_empty() {
                            String::new()
                        } else {
                            format!(", adoption at {}", shown(&c.adoption_session))
                        }
                    )?;
                }
                None => writeln!(out, "Campaign: (none yet)")?,
            }
            if s.other_campaigns > 0 {
                writeln!(out, "Other campaigns: {}", s.other_campaigns)?;
            }
            writeln!(out, "Priority issues: {}", s.priority_issues.len())?;
            for i in &s.priority_issues {
                writeln!(
                    out,
                    "  {}. {} ({}, {}, {})",
                    i.rank,
                    shown(&i.title),
                    counted(i.facts, "fact", "facts"),
                    counted(i.questions, "question", "questions"),
                    counted(i.recommendations, "recommendation", "recommendations"),
                )?;
            }
            if s.target_states.is_empty() {
                writeln!(out, "Target States: (none yet)")?;
            } else {
                writeln!(out, "Target States: {}", shown(&s.target_states.join(", ")))?;
            }
            writeln!(out, "Meetings: {}", s.meetings)?;
            writeln!(
                out,
                "Data file: {}",
                ctx.data_dir.join(upr_core::store::DATA_FILE_NAME).display()
            )?;
        }
    }
    Ok(())
}

/// "3 priority issues, 3 target States, 1 meeting": what an import or the demo brought in.
fn issues_targets_meetings(counts: &upr_core::exchange::ImportCounts) -> String {
    format!(
        "{}, {}, {}",
        counted(counts.priority_issues, "priority issue", "priority issues"),
        counted(counts.target_states, "target State", "target States"),
        counted(counts.meetings, "meeting", "meetings"),
    )
}
