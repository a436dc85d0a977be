//! Subcommands over the organisation's data as a whole: the demo, backup and restore through
//! the exchange document, and a readable summary.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;
use upr_core::exchange::Document;

use super::terminal::shown;
use super::{CliError, Context};

#[derive(Subcommand)]
pub enum DataCommand {
    /// Load the demo organisation (a fictional coalition preparing a fictional review) into an
    /// empty data folder.
    InitDemo,
    /// Write everything the data folder holds to one JSON file (backup, moving computer,
    /// sharing with a coalition partner).
    Export {
        /// The file to write, e.g. backup.json.
        file: PathBuf,
    },
    /// Read a file written by `export`. An empty data folder takes it as is; one that holds
    /// data is only replaced with --replace.
    Import {
        file: PathBuf,
        /// Replace the data this folder holds (export a backup first).
        #[arg(long)]
        replace: bool,
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
                "Loaded the demo organisation: {} priority issues, {} target States, {} meeting.",
                counts.priority_issues, counts.target_states, counts.meetings
            )?;
        }
        DataCommand::Export { file } => {
            let mut store = ctx.open_store()?;
            upr_core::exchange::export_to(&mut store, &file)?;
            writeln!(out, "Exported to {}.", file.display())?;
        }
        DataCommand::Import { file, replace } => {
            // Read and check the whole file before the store is even opened: a bad file must
            // not touch the data folder at all.
            let doc = Document::read(&file)?;
            let mut store = ctx.open_store()?;
            let counts = upr_core::exchange::import(&mut store, &doc, replace)?;
            writeln!(
                out,
                "Imported {}: {} campaign(s), {} priority issues, {} target States, {} meetings.",
                file.display(),
                counts.campaigns,
                counts.priority_issues,
                counts.target_states,
                counts.meetings
            )?;
        }
        DataCommand::Show => {
            let mut store = ctx.open_store()?;
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
                    "  {}. {} ({} facts, {} questions, {} recommendations)",
                    i.rank,
                    shown(&i.title),
                    i.facts,
                    i.questions,
                    i.recommendations
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
