//! The black-box tests of the shipped program, in one test binary (as ripgrep keeps its own):
//! one link instead of one per file, and the shared harnesses compiled once, so a helper that
//! no test uses is dead code the compiler names.
//!
//! - `common` runs the real `upr-kit` on a data folder of a test's own; the `cli_*` modules,
//!   `documents_pdf` and `crash_safety` (the kill -9 harness, ignored: `make kill9`) use it;
//! - `e2e` is the end-to-end harness (Xvfb, tauri-driver, page objects); the `e2e_*` modules
//!   are its stories. They run one window at a time (`e2e::App::start` holds a lock for the
//!   life of the window), while the CLI tests run beside them.
//!
//! Run one module or one test by its path: `cargo test -p upr-kit --test integration
//! cli_data::` or `… --test integration e2e_window::a_first_start`. A new file of tests,
//! `tests/NAME.rs`, is added as one line below (`mod NAME;`), using `crate::common` or
//! `crate::e2e`.

mod common;
mod e2e;

mod cli_classify;
mod cli_coalition;
mod cli_coalition_folder;
mod cli_cycle;
mod cli_data;
mod cli_data_safety;
mod cli_encryption;
mod cli_logo;
mod cli_open_file;
mod cli_print_run;
mod cli_reading;
mod cli_recommendations;
mod cli_safety;
mod crash_safety;
mod documents_after_review;
mod documents_languages;
mod documents_pdf;
mod e2e_after_review;
mod e2e_coalition;
mod e2e_cycle;
mod e2e_data_safety;
mod e2e_database;
mod e2e_document_flow;
mod e2e_encryption;
mod e2e_errors;
mod e2e_first_run;
mod e2e_languages;
mod e2e_lobby;
mod e2e_logo;
mod e2e_names;
mod e2e_preview;
mod e2e_print_run;
mod e2e_rehearsal;
mod e2e_safety_cues;
mod e2e_small_windows;
mod e2e_stale_edits;
mod e2e_statement;
mod e2e_undo;
mod e2e_window;
mod e2e_workflow;
mod package;
