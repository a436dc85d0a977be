//! The organisation's logo, printed on the letterhead: set from a PNG or JPEG file, or
//! removed.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;

use super::{CliError, Context};

#[derive(Subcommand)]
pub enum LogoCommand {
    /// The organisation's logo, printed on the letter's letterhead.
    Logo {
        #[command(subcommand)]
        action: LogoAction,
    },
}

#[derive(Subcommand)]
pub enum LogoAction {
    /// Use the image in FILE (PNG or JPEG) as the logo. Replacing a logo keeps the old one in
    /// a snapshot first.
    Set { file: PathBuf },
    /// Remove the logo (it is kept in a snapshot first).
    Remove,
}

pub fn run(cmd: LogoCommand, ctx: &Context) -> Result<(), CliError> {
    let LogoCommand::Logo { action } = cmd;
    let mut out = std::io::stdout().lock();
    let mut store = ctx.open_store()?;
    match action {
        LogoAction::Set { file } => {
            upr_core::logo::set_logo(&mut store, &file)?;
            let summary = store.summary()?;
            let described = summary.logo.as_ref().map(described).unwrap_or_default();
            writeln!(out, "Logo set: {described}.")?;
        }
        LogoAction::Remove => {
            let held = store.summary()?.logo.is_some();
            upr_core::logo::remove_logo(&mut store)?;
            if held {
                writeln!(out, "Logo removed (the old one is kept in a snapshot).")?;
            } else {
                writeln!(out, "There was no logo to remove.")?;
            }
        }
    }
    Ok(())
}

/// "PNG, 400 × 120 pixels".
pub fn described(logo: &upr_core::store::LogoSummary) -> String {
    let kind = match logo.kind {
        upr_core::model::LogoKind::Png => "PNG",
        upr_core::model::LogoKind::Jpeg => "JPEG",
    };
    format!("{kind}, {} × {} pixels", logo.width, logo.height)
}
