//! The command line: global options, the subcommands (one enum per group file, flattened into
//! [`Command`]), and how errors become one line on stderr and an exit code.

mod cycle;
mod data;
mod documents;
mod recommendations;
mod snapshots;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use upr_core::store::Store;

#[derive(Parser)]
#[command(
    name = "upr-kit",
    version,
    about = "UPR Advocacy Kit: lobbying briefs, talking points and oral statements for the Universal Periodic Review, offline.",
    long_about = "UPR Advocacy Kit keeps an organisation's priority issues, questions and recommendations for the UN Universal Periodic Review on this computer and turns them into print-ready documents.\n\nWithout a command it opens the app window. With one it works headless on the same data."
)]
pub struct Cli {
    /// Folder that holds the data file (default: the per-user data folder). For portable use,
    /// point it at a folder on a USB stick.
    #[arg(long, global = true, env = "UPR_KIT_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    #[command(flatten)]
    Data(data::DataCommand),
    #[command(flatten)]
    Recommendations(recommendations::RecommendationsCommand),
    #[command(flatten)]
    Documents(documents::DocumentsCommand),
    #[command(flatten)]
    Cycle(cycle::CycleCommand),
    #[command(flatten)]
    Snapshots(snapshots::SnapshotsCommand),
}

/// What every subcommand gets: where the data lives.
pub struct Context {
    pub data_dir: PathBuf,
}

impl Context {
    pub fn open_store(&self) -> Result<Store, CliError> {
        Ok(Store::open_dir(&self.data_dir)?)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Core(#[from] upr_core::Error),
    /// The arguments parse but do not make sense together.
    #[error("{0}")]
    Usage(String),
    #[error("cannot write the output: {0}")]
    Output(#[from] std::io::Error),
    #[error("the window could not be opened: {0}")]
    Window(String),
}

impl CliError {
    fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            _ => 1,
        }
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match try_main(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stops early (`upr-kit show | head`) is not an error.
        Err(CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "upr-kit: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

fn try_main(cli: Cli) -> Result<(), CliError> {
    let data_dir = match cli.data_dir {
        Some(dir) => dir,
        None => upr_core::store::default_data_dir()?,
    };
    let ctx = Context { data_dir };
    match cli.command {
        None => crate::app::run(ctx.data_dir).map_err(|e| CliError::Window(e.to_string())),
        Some(Command::Data(cmd)) => data::run(cmd, &ctx),
        Some(Command::Recommendations(cmd)) => recommendations::run(cmd, &ctx),
        Some(Command::Documents(cmd)) => documents::run(cmd, &ctx),
        Some(Command::Cycle(cmd)) => cycle::run(cmd, &ctx),
        Some(Command::Snapshots(cmd)) => snapshots::run(cmd, &ctx),
    }
}
