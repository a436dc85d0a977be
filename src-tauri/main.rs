//! The `upr-kit` binary. With a subcommand it is the headless CLI (what tests, scripts and
//! benchmarks drive); with none it opens the app window. Either way it only translates: the
//! work is done by `upr-core`.

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod app;
mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
