//! `upr-kit FILE`: what the Windows and macOS file associations run for a double-clicked
//! exchange file (Linux's desktop entry runs the window program directly). A word that is
//! neither a command nor a file must not open the window on nothing.

use crate::common::Kit;

#[test]
fn a_mistyped_command_is_neither_a_command_nor_a_file() {
    let kit = Kit::new();
    let out = kit.run(&["shwo"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("'shwo' is neither a command nor a file"),
        "{stderr}"
    );
}

#[test]
fn help_names_the_file_a_double_click_passes() {
    let kit = Kit::new();
    let help = kit.ok(&["--help"]);
    assert!(help.contains("[FILE]"), "{help}");
    assert!(help.contains(".uprkit"), "{help}");
}

#[test]
fn the_data_folder_given_as_a_flag_still_goes_with_any_command() {
    // Regression: with a FILE beside the commands, clap once refused every command that
    // followed `--data-dir DIR`, the way scripts and the window's tests call it.
    let kit = Kit::new();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_upr-kit"))
        .arg("--data-dir")
        .arg(kit.data_dir())
        .arg("init-demo")
        .env_remove("UPR_KIT_DATA_DIR")
        .output()
        .expect("upr-kit runs");
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn a_word_before_a_command_is_refused_not_ignored() {
    let kit = Kit::new();
    let out = kit.run(&["shwo", "show"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}
