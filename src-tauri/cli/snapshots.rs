//! Subcommands over the store's snapshots: list them, take one now, restore one.

use std::io::Write;

use clap::Subcommand;
use upr_core::store::{Snapshot, SnapshotContents};

use super::terminal::counted;
use super::{CliError, Context};

#[derive(Subcommand)]
pub enum SnapshotsCommand {
    /// List the snapshots of the data file (taken before every replace, restore and upgrade,
    /// and once a day), newest first: when, why, and what each holds.
    Snapshots,
    /// Take a snapshot of the data file now.
    Snapshot,
    /// Put a snapshot back as the data (a snapshot of the current data is taken first).
    RestoreSnapshot {
        /// The snapshot's name, as `upr-kit snapshots` lists it.
        name: String,
    },
}

pub fn run(cmd: SnapshotsCommand, ctx: &Context) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    let mut store = match cmd {
        SnapshotsCommand::Snapshots => ctx.open_store_for_reading()?,
        SnapshotsCommand::Snapshot | SnapshotsCommand::RestoreSnapshot { .. } => {
            ctx.open_store()?
        }
    };
    match cmd {
        SnapshotsCommand::Snapshots => {
            let snapshots = store.snapshots()?;
            if snapshots.is_empty() {
                writeln!(out, "No snapshots yet.")?;
            }
            for s in &snapshots {
                writeln!(out, "{}", line(s))?;
            }
        }
        SnapshotsCommand::Snapshot => {
            match store.take_snapshot(upr_core::store::SnapshotReason::Manual)? {
                Some(s) => writeln!(out, "Snapshot taken: {}", line(&s))?,
                None => writeln!(out, "Nothing to snapshot: the store is in memory.")?,
            }
        }
        SnapshotsCommand::RestoreSnapshot { name } => {
            let report = store.restore_snapshot(&name)?;
            writeln!(
                out,
                "Restored {}. What the data held before is in snapshot {}.",
                line(&report.restored),
                report.saved_first.name
            )?;
        }
    }
    Ok(())
}

/// One snapshot on one line: name, when (local time), why, what it holds.
fn line(s: &Snapshot) -> String {
    let when = s
        .taken_at
        .with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M");
    let holds = match (&s.holds, &s.problem) {
        (Some(c), _) => holds(c),
        (None, Some(problem)) => format!("cannot be read: {problem}"),
        (None, None) => "cannot be read".into(),
    };
    format!("{}  {when}  {}  {holds}", s.name, s.reason.describe())
}

fn holds(c: &SnapshotContents) -> String {
    let organisation = c.organisation.as_deref().unwrap_or("no organisation");
    let campaigns = if c.campaigns.is_empty() {
        "no campaign".to_string()
    } else {
        format!("UPR of {}", c.campaigns.join(", "))
    };
    format!(
        "{organisation}; {campaigns}; {}, {}, {}, {}",
        counted(c.priority_issues, "priority issue", "priority issues"),
        counted(c.target_states, "target State", "target States"),
        counted(c.meetings, "meeting", "meetings"),
        counted(
            c.past_recommendations,
            "past recommendation",
            "past recommendations"
        ),
    )
}
