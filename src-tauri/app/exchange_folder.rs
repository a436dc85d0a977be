//! The exchange folder's watch: a task on Tauri's tokio runtime looks into the folder at start
//! and then every `exchange_folder_check_seconds`, merges the partners' new share files
//! (`coalition::pick_up`) and tells the window when it merged something. The folder is only
//! read and written on this computer; whatever keeps it in step with the partners
//! (Syncthing, Nextcloud) does the transport.

use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager};

use super::AppState;

/// Emitted with the folder's listing when a look merged a partner's file.
pub const EXCHANGE_FOLDER_EVENT: &str = "exchange-folder";

/// How long to wait when the settings cannot be read (the store did not open).
const WAIT_WITHOUT_SETTINGS: Duration = Duration::from_secs(60);

pub async fn watch(app: AppHandle) {
    loop {
        let handle = app.clone();
        let wait = tauri::async_runtime::spawn_blocking(move || look(&handle))
            .await
            .unwrap_or(WAIT_WITHOUT_SETTINGS);
        tokio::time::sleep(wait).await;
    }
}

/// One look; returns how long to wait before the next.
fn look(app: &AppHandle) -> Duration {
    let state = app.state::<AppState>();
    // Not the user's use: a look neither keeps an encrypted store unlocked nor unlocks it.
    let Ok(Some(settings)) = state.in_background(|store| store.settings()) else {
        return WAIT_WITHOUT_SETTINGS;
    };
    let wait = Duration::from_secs(u64::from(settings.exchange_folder_check_seconds));
    if settings.exchange_folder.is_none() {
        return wait;
    }
    // A folder that cannot be read now (a USB stick pulled out) is looked at again later;
    // the window's own look says why.
    if let Ok(Some(files)) = state.in_background(upr_core::coalition::pick_up) {
        if files.iter().any(|f| f.merged_now) {
            let _ = app.emit(EXCHANGE_FOLDER_EVENT, files);
        }
    }
    wait
}
