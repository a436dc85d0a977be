//! The `upr-kit` command line. With a subcommand it works headless on the data (what tests,
//! scripts and benchmarks drive); with none it starts the window program, `upr-kit-window`,
//! installed beside it. It links no GTK or WebKit: loading them cost every command about
//! 50 ms before `main` ran. Either way it only translates: the work is done by `upr-core`.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
