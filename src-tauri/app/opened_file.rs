//! The file the window was asked to open: given on its command line (a double-click on a
//! `.uprkit` exchange file or a `.uprshare` share file runs `upr-kit-window FILE`), or handed
//! over by a second start on the same data folder. The window never imports or merges it by
//! itself: the UI takes it ([`take_opened_file`]), asks the user first (an exchange file on
//! the Settings screen, a share file on the Coalition screen), then imports or merges through
//! the usual command.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::State;

/// The event that tells the UI a second start handed over a file.
pub const OPEN_FILE_EVENT: &str = "open-file";

/// The file waiting for the user's answer, if any (the newest one wins).
#[derive(Default)]
pub struct OpenedFile(Mutex<Option<PathBuf>>);

impl OpenedFile {
    /// `file` as given, made absolute against `cwd` (the folder of the start that gave it).
    pub fn new(file: Option<PathBuf>, cwd: &Path) -> OpenedFile {
        OpenedFile(Mutex::new(file.map(|f| cwd.join(f))))
    }

    pub fn offer(&self, file: PathBuf) {
        *self.lock() = Some(file);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<PathBuf>> {
        // A panic while holding this lock cannot leave the `Option` half-written.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The file the window was asked to open, once: a second call gives `None`.
#[tauri::command]
pub async fn take_opened_file(opened: State<'_, OpenedFile>) -> Result<Option<PathBuf>, ()> {
    Ok(opened.lock().take())
}
