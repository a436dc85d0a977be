//! The app window: Tauri is set up here and nowhere else. The store is opened once and kept in
//! Tauri's managed state; commands (in `commands.rs`) reach it through [`AppState`].

mod commands;
mod state;

use std::path::PathBuf;

pub use state::AppState;

/// Opens the window on the data in `data_dir` and runs until it is closed.
pub fn run(data_dir: PathBuf) -> tauri::Result<()> {
    let state = AppState::open(data_dir);
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
}
