//! What the window's commands share: the store, opened once at start, and the lock that keeps
//! the data folder to this one window.
//!
//! A store that cannot be opened (a read-only USB stick, a file from a newer version, a folder
//! another window has open) does not stop the window from opening: every command answers with
//! the reason, so the user sees it in plain words instead of a window that never appears.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use upr_core::store::{Store, WindowLock};

use super::commands::CommandError;

pub struct AppState {
    pub data_dir: PathBuf,
    store: Mutex<Result<Store, CommandError>>,
    /// Held for as long as the window is open.
    _lock: Option<WindowLock>,
}

impl AppState {
    pub fn open(data_dir: PathBuf) -> AppState {
        let (lock, store) = match WindowLock::acquire(&data_dir) {
            Ok(lock) => (Some(lock), open_store(&data_dir)),
            Err(e) => (None, Err(CommandError::from(e))),
        };
        AppState {
            data_dir,
            store: Mutex::new(store),
            _lock: lock,
        }
    }

    /// Runs `f` with the store, one command at a time.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> upr_core::Result<T>,
    ) -> Result<T, CommandError> {
        // A command that panicked mid-way leaves the lock poisoned; the store itself is still
        // consistent (every action is one transaction), so carry on with it.
        let mut guard = self
            .store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match guard.as_mut() {
            Ok(store) => f(store).map_err(CommandError::from),
            Err(e) => Err(e.clone()),
        }
    }
}

fn open_store(data_dir: &Path) -> Result<Store, CommandError> {
    Store::open_dir(data_dir)
        .and_then(|mut store| {
            // The first start on an empty data folder shows the demo, so a new user sees
            // what the app is for; later starts never bring it back.
            upr_core::demo::load_on_first_start(&mut store)?;
            Ok(store)
        })
        .map_err(CommandError::from)
}
