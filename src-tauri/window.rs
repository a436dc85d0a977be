//! `upr-kit-window`, the app window. Started by `upr-kit` without a subcommand, or directly by
//! the desktop entry; it takes the same `--data-dir` and `UPR_KIT_DATA_DIR` as the command line.

// No console window behind the app on Windows release builds. (The command line, `upr-kit`,
// keeps its console, so its output shows in a terminal.)
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod app;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

#[derive(Parser)]
#[command(
    name = "upr-kit-window",
    version,
    about = "The window of UPR Advocacy Kit (`upr-kit` without a command starts it)."
)]
struct WindowArgs {
    /// Folder that holds the data file (default: the per-user data folder).
    #[arg(long, env = "UPR_KIT_DATA_DIR", value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// A file to open: an exchange file (a backup or a partner's file, `.uprkit`) or a
    /// partner's share file (`.uprshare`). The window asks before importing or merging it.
    /// What a double-click on such a file runs.
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
}

/// The file named on a command line of this program (a second start's, handed over by the
/// single-instance plugin), if any.
fn file_argument(args: &[String]) -> Option<PathBuf> {
    WindowArgs::try_parse_from(args).ok()?.file
}

fn main() -> ExitCode {
    let args = WindowArgs::parse();
    let data_dir = match args.data_dir {
        Some(dir) => dir,
        None => match upr_core::store::default_data_dir() {
            Ok(dir) => dir,
            Err(e) => return fail(&e),
        },
    };
    match app::run(data_dir, args.file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

fn fail(e: &dyn std::fmt::Display) -> ExitCode {
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "upr-kit: the window could not be opened: {e}"
    );
    ExitCode::FAILURE
}
