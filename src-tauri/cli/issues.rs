//! Subcommands on a priority issue's lists from the terminal: moving a recommendation up or
//! down, as the window's arrows do (a coalition partner's next merge takes the new order).

use std::io::Write;

use clap::Subcommand;

use super::terminal::shown;
use super::{CliError, Context};

#[derive(Subcommand)]
pub enum IssuesCommand {
    /// Move a recommendation of a priority issue one place up or down (documents list them
    /// in this order; partners take the new order with your next share file).
    MoveRecommendation {
        /// The priority issue, by title.
        #[arg(long, value_name = "TITLE")]
        issue: String,
        /// The recommendation's number in the issue, from 1.
        number: usize,
        /// One place up.
        #[arg(long, conflicts_with = "down", required_unless_present = "down")]
        up: bool,
        /// One place down.
        #[arg(long)]
        down: bool,
    },
}

pub fn run(cmd: IssuesCommand, ctx: &Context) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match cmd {
        IssuesCommand::MoveRecommendation {
            issue, number, up, ..
        } => {
            let mut store = ctx.open_store()?;
            let saved = store.move_recommendation(&issue, number, up)?;
            writeln!(
                out,
                "The recommendations of “{}” now read:",
                shown(&saved.title)
            )?;
            for (n, r) in saved.recommendations.iter().enumerate() {
                writeln!(out, "  {}. {}", n + 1, shown(&r.text))?;
            }
        }
    }
    Ok(())
}
