//! The app window: Tauri is set up here and nowhere else. The store is opened once and kept in
//! Tauri's managed state; commands (in `commands.rs`) reach it through [`AppState`].
//!
//! One window per data folder: starting the app again on a folder whose window is open brings
//! that window to the front and tells the user why (tauri-plugin-single-instance), instead of a
//! second window that would save over the first. The plugin's scope is the app, not the
//! folder, so on Linux its D-Bus name carries a key of the data folder: windows on different
//! folders (the end-to-end tests, a test copy beside the real data) still open side by side.
//! On Windows and macOS the plugin keeps to one window of the app altogether. Where the
//! plugin cannot work (no session bus), the lock in the data folder (`AppState`) still keeps
//! a second window from the store and says why. After "Move my data to…" the window works on
//! the new folder and holds its lock, but the plugin's name stays the one of the folder it
//! started on (it is registered once): a second start on the new folder is then kept out by
//! the lock, in words, rather than by bringing this window to the front.
//!
//! A thread of the window's own checkpoints the store once commands have settled, and the
//! window's exit checkpoints it a last time, so that the data file alone holds everything.

mod commands;
mod document_fonts;
mod exchange_folder;
mod opened_file;
mod state;

use std::path::{Path, PathBuf};
use std::time::Duration;

use opened_file::{OpenedFile, OPEN_FILE_EVENT};
pub use state::AppState;
use tauri::{Emitter, Manager, Runtime};

/// The event the window hears when the app was started again on its data folder.
const SECOND_START_EVENT: &str = "second-start";
/// The store was locked after `auto_lock_minutes` without a command: the window shows the
/// unlock screen.
const STORE_LOCKED_EVENT: &str = "store-locked";

/// Opens the window on the data in `data_dir` and runs until it is closed. `file`, an exchange
/// file to open, is offered to the user, who is asked before anything is imported.
pub fn run(data_dir: PathBuf, file: Option<PathBuf>) -> tauri::Result<()> {
    // First among the plugins: a second start must hand over before anything else runs.
    let single_instance = single_instance(&data_dir);
    // The store is opened only under the folder's lock, so a second start never touches it
    // before the plugin hands it over to the first window. It opens on a thread of its own
    // while the window is built (`AppState::open`).
    let state = AppState::open(data_dir);
    let app = tauri::Builder::default()
        .plugin(single_instance)
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .manage(OpenedFile::new(file, &current_dir()))
        .register_uri_scheme_protocol(document_fonts::SCHEME, |_, request| {
            document_fonts::serve(&request)
        })
        .invoke_handler(commands::handler())
        .setup(|app| {
            let handle = app.handle().clone();
            std::thread::spawn(move || loop {
                // How often to look whether commands have settled; the wait itself is
                // `IDLE_BEFORE_CHECKPOINT`.
                std::thread::sleep(Duration::from_secs(1));
                let state = handle.state::<AppState>();
                state.checkpoint_when_idle();
                if state.lock_when_idle() {
                    let _ = handle.emit(STORE_LOCKED_EVENT, ());
                }
            });
            tauri::async_runtime::spawn(exchange_folder::watch(app.handle().clone()));
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

/// The plugin that turns a second start on this data folder into the first window coming to
/// the front, with a word to the user.
fn single_instance<R: Runtime>(data_dir: &Path) -> tauri::plugin::TauriPlugin<R> {
    // A D-Bus name element may not start with a digit: the key follows a word.
    let dbus_id = format!(
        "org.upradvocacykit.app.folder_{}",
        upr_core::store::folder_key(data_dir)
    );
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(dbus_id)
        .callback(|app, args, cwd| {
            if let Some(window) = app.get_webview_window("main") {
                // Best effort: a window manager may refuse focus; the notice still shows.
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
            let _ = app.emit(SECOND_START_EVENT, ());
            // A double-click on an exchange file while the window is open.
            if let Some(file) = crate::file_argument(&args) {
                app.state::<OpenedFile>().offer(Path::new(&cwd).join(file));
                let _ = app.emit(OPEN_FILE_EVENT, ());
            }
        })
        .build()
}

/// The folder relative paths are given against; `.` when it cannot be read (the path is then
/// left as given).
fn current_dir() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}
