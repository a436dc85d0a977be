//! The app window: Tauri is set up here and nowhere else. The store is opened once and kept in
//! Tauri's managed state; commands (in `commands.rs`) reach it through [`AppState`]. A thread
//! of the window's own checkpoints the store once commands have settled, and the window's exit
//! checkpoints it a last time, so that the data file alone holds everything.

mod commands;
mod state;

use std::path::PathBuf;
use std::time::Duration;

use tauri::Manager;

pub use state::AppState;

/// Opens the window on the data in `data_dir` and runs until it is closed.
pub fn run(data_dir: PathBuf) -> tauri::Result<()> {
    let state = AppState::open(data_dir);
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .invoke_handler(commands::handler())
        .setup(|app| {
            let handle = app.handle().clone();
            std::thread::spawn(move || loop {
                // How often to look whether commands have settled; the wait itself is
                // `IDLE_BEFORE_CHECKPOINT`.
                std::thread::sleep(Duration::from_secs(1));
                handle.state::<AppState>().checkpoint_when_idle();
            });
            Ok(())
        })
        .build(tauri::generate_context!())?;
    app.run(|app, event| {
        if let tauri::RunEvent::Exit = event {
            app.state::<AppState>().checkpoint_now();
        }
    });
    Ok(())
}
