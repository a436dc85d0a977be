//! `upr-kit` without a subcommand: start the window program installed beside this one.
//!
//! On Unix the window replaces this process (`exec`), so whoever started `upr-kit` — a desktop
//! entry, a terminal, the end-to-end tests' WebDriver — holds the window's own process, with the
//! same id, arguments and environment. On Windows there is no exec: the window runs as a child
//! and its exit code is passed on.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::CliError;

/// The window program's file name, beside `upr-kit` in every build and every package.
const WINDOW_PROGRAM: &str = "upr-kit-window";

/// Opens the window on `data_dir`; returns only when it has closed (or could not start).
pub fn open(data_dir: &Path) -> Result<(), CliError> {
    let program = window_program()?;
    let mut command = Command::new(&program);
    command.arg("--data-dir").arg(data_dir);
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
    let status = command
        .status()
        .map_err(|e| CliError::Window(format!("cannot start {}: {e}", program.display())))?;
    if status.success() {
        Ok(())
    } else {
        Err(CliError::Window(format!("it stopped with {status}")))
    }
}
