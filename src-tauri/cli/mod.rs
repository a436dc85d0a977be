//! The command line: global options, the subcommands (one enum per group file, flattened into
//! [`Command`]), and how errors become one line on stderr and an exit code.

mod coalition;
mod cycle;
mod data;
mod documents;
mod encryption;
mod issues;
mod logo;
mod messages;
mod passphrase;
mod recommendations;
mod snapshots;
mod terminal;
mod window;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
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

    /// An exchange file (`.uprkit`) or a partner's share file (`.uprshare`) to open in the
    /// window, which asks before importing or merging it.
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,

    /// Read the passphrase of an encrypted data folder (or encrypted file) from the first line
    /// of standard input. Or name a file holding it in UPR_KIT_PASSPHRASE_FILE; on a terminal
    /// it is asked for. Never give it as an argument.
    #[arg(long, global = true)]
    passphrase_stdin: bool,

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
    #[command(flatten)]
    Coalition(coalition::CoalitionCommand),
    #[command(flatten)]
    Encryption(encryption::EncryptionCommand),
    #[command(flatten)]
    Issues(issues::IssuesCommand),
    #[command(flatten)]
    Logo(logo::LogoCommand),
}

/// What every subcommand gets: where the data lives, and where a passphrase comes from.
pub struct Context {
    pub data_dir: PathBuf,
    pub passphrase: passphrase::PassphraseSource,
}

impl Context {
    /// Opens the store; an encrypted one with its passphrase, asked for only then.
    pub fn open_store(&self) -> Result<Store, CliError> {
        self.open_with(Store::open_dir_with)
    }

    /// Opens the store for a command that only reads it (the documents, `show`, `search`,
    /// `lobby-targets`, `conflicts`, `snapshots`, `speakers show`, `calendar`, `submission
    /// show`, `received-recommendations list`): nothing is written
    /// to the data folder, and every save would be refused.
    pub fn open_store_for_reading(&self) -> Result<Store, CliError> {
        self.open_with(Store::open_dir_for_reading)
    }

    /// Opens the store with `open`, first without a passphrase, then with one when the data
    /// file turns out encrypted.
    fn open_with(
        &self,
        open: fn(
            &std::path::Path,
            Option<&upr_core::passphrase::Passphrase>,
        ) -> upr_core::Result<Store>,
    ) -> Result<Store, CliError> {
        match open(&self.data_dir, None) {
            Err(upr_core::Error::StoreEncrypted { path }) => {
                let Some(passphrase) = self.passphrase.current("the data file")? else {
                    return Err(upr_core::Error::StoreEncrypted { path }.into());
                };
                Ok(open(&self.data_dir, Some(&passphrase))?)
            }
            opened => Ok(opened?),
        }
    }

    /// The passphrase of an encrypted file about to be read (`None` for a plain file); an
    /// encrypted one with no passphrase to be had says how to give it.
    pub fn file_passphrase(
        &self,
        file: &std::path::Path,
    ) -> Result<Option<upr_core::passphrase::Passphrase>, CliError> {
        if !upr_core::exchange::is_encrypted_file(file) {
            return Ok(None);
        }
        match self.passphrase.current(&file.display().to_string())? {
            Some(passphrase) => Ok(Some(passphrase)),
            None => Err(upr_core::Error::FileEncrypted {
                file: file.display().to_string(),
            }
            .into()),
        }
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
    /// Part of the work was done and part could not be (a print run with briefs too long).
    #[error("{0}")]
    Incomplete(String),
    /// A passphrase that could not be read, or two that differ.
    #[error("{0}")]
    Passphrase(String),
}

impl CliError {
    fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Incomplete(_) => 3,
            _ => 1,
        }
    }
}

pub fn main() -> ExitCode {
    // `upr-kit --version` alone (what scripts and the package test ask) answers before clap
    // is given the whole command line's description, which is most of the work it would do.
    let mut args = std::env::args_os().skip(1);
    if let (Some(arg), None) = (args.next(), args.next()) {
        if arg == "--version" || arg == "-V" {
            let _ = writeln!(std::io::stdout(), "upr-kit {}", version_line());
            return ExitCode::SUCCESS;
        }
    }
    // clap keeps its texts as `&'static str`; this one line is made once per process.
    let version: &'static str = version_line().leak();
    let matches = Cli::command().version(version).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match try_main(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stops early (`upr-kit show | head`) is not an error.
        Err(CliError::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            // A message may quote what the user typed: nothing in it reaches the terminal as
            // a control sequence. (Its own line breaks, in an overflow's list, stay.)
            let message = match &e {
                CliError::Core(e) => messages::error(e),
                other => other.to_string(),
            };
            let lines: Vec<String> = message
                .split('\n')
                .map(|line| terminal::shown(line).to_string())
                .collect();
            let _ = writeln!(std::io::stderr(), "upr-kit: {}", lines.join("\n"));
            ExitCode::from(e.exit_code())
        }
    }
}

/// `--version`: the program's version and the versions of the data it reads and writes, which
/// is what decides whether a partner's file or an older data folder can be opened.
fn version_line() -> String {
    format!(
        "{} (data file schema {}, exchange file version {})",
        env!("CARGO_PKG_VERSION"),
        upr_core::store::migrations::latest_version(),
        upr_core::exchange::VERSION
    )
}

fn try_main(cli: Cli) -> Result<(), CliError> {
    let data_dir = match cli.data_dir {
        Some(dir) => dir,
        None => upr_core::store::default_data_dir()?,
    };
    let ctx = Context {
        data_dir,
        passphrase: passphrase::PassphraseSource {
            stdin: cli.passphrase_stdin,
        },
    };
    if let (Some(file), Some(_)) = (&cli.file, &cli.command) {
        // `upr-kit shwo show`: a file goes to the window, never to a command.
        return Err(CliError::Usage(format!(
            "'{}' is neither a command nor a file (see upr-kit --help)",
            file.display()
        )));
    }
    match cli.command {
        None => window::open(&ctx.data_dir, cli.file.as_deref()),
        Some(Command::Data(cmd)) => data::run(cmd, &ctx),
        Some(Command::Recommendations(cmd)) => recommendations::run(cmd, &ctx),
        Some(Command::Documents(cmd)) => documents::run(cmd, &ctx),
        Some(Command::Cycle(cmd)) => cycle::run(cmd, &ctx),
        Some(Command::Snapshots(cmd)) => snapshots::run(cmd, &ctx),
        Some(Command::Coalition(cmd)) => coalition::run(cmd, &ctx),
        Some(Command::Encryption(cmd)) => encryption::run(cmd, &ctx),
        Some(Command::Issues(cmd)) => issues::run(cmd, &ctx),
        Some(Command::Logo(cmd)) => logo::run(cmd, &ctx),
    }
}
