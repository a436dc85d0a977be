//! `upr-kit` without a subcommand: start the window program installed beside this one.
//!
//! On Unix the window replaces this process (`exec`), so whoever started `upr-kit` — a desktop
//! entry, a terminal, the end-to-end tests' WebDriver — holds the window's own process, with the
//! same id, arguments and environment. On Windows there is no exec: the window is started on
//! its own and `upr-kit` returns at once.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::CliError;

/// The window program's file name, beside `upr-kit` in every build and every package.
const WINDOW_PROGRAM: &str = "upr-kit-window";

/// Opens the window on `data_dir`, with `file` (an exchange or share file the window offers
/// to import or merge) if given; returns only when it has closed (or could not start).
pub fn open(data_dir: &Path, file: Option<&Path>) -> Result<(), CliError> {
    if let Some(file) = file {
        // A mistyped command would otherwise open the window on a file that is not there.
        if !file.is_file() {
            return Err(CliError::Usage(format!(
                "'{}' is neither a command nor a file (see upr-kit --help)",
                file.display()
            )));
        }
    }
    let program = window_program()?;
    let mut command = Command::new(&program);
    command.arg("--data-dir").arg(data_dir);
    if let Some(file) = file {
        command.arg(file);
    }
    run(command, &program)
}

fn window_program() -> Result<PathBuf, CliError> {
    let me = std::env::current_exe()
        .map_err(|e| CliError::Window(format!("cannot tell where upr-kit is installed ({e})")))?;
    let program = me.with_file_name(format!("{WINDOW_PROGRAM}{}", std::env::consts::EXE_SUFFIX));
    if !program.is_file() {
        return Err(CliError::Window(format!(
            "{} is missing; reinstall UPR Advocacy Kit (the command line works without it)",
            program.display()
        )));
    }
    Ok(program)
}

#[cfg(unix)]
fn run(mut command: Command, program: &Path) -> Result<(), CliError> {
    use std::os::unix::process::CommandExt;
    // `exec` returns only when it failed.
    let e = command.exec();
    Err(CliError::Window(format!(
        "cannot start {}: {e}",
        program.display()
    )))
}

#[cfg(not(unix))]
fn run(mut command: Command, program: &Path) -> Result<(), CliError> {
    // Started, not waited for: the Start menu and a double-click run `upr-kit.exe`, a console
    // program, and the console Windows opens for it closes as soon as this returns instead of
    // staying behind the window for as long as it is open.
    command
        .spawn()
        .map(drop)
        .map_err(|e| CliError::Window(format!("cannot start {}: {e}", program.display())))
}
