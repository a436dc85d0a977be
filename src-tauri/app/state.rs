//! What the window's commands share: the store, opened at start, and the lock that keeps the
//! data folder to this one window. "Move my data to…" switches both to the new folder while
//! the window runs (see [`AppState::move_data`]).
//!
//! A store that cannot be opened (a read-only USB stick, a file from a newer version, a folder
//! another window has open) does not stop the window from opening: every command answers with
//! the reason, so the user sees it in plain words instead of a window that never appears.
//!
//! The store is opened on a thread of its own while GTK and WebKit start on the main one, which
//! takes far longer: the window's first command (the workspace) finds it open, or waits for
//! the opening to finish (see [`AppState::open`]).
//!
//! It also keeps the one data file whole while the window is open: each command notes the time,
//! and once the commands have been quiet for [`IDLE_BEFORE_CHECKPOINT`] the write-ahead log is
//! folded back into the file (see [`AppState::checkpoint_when_idle`]).

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::Instant;

use upr_core::data_folder::MovedData;
use upr_core::passphrase::Passphrase;
use upr_core::store::{Store, StoreSession, WindowLock, IDLE_BEFORE_CHECKPOINT};

use super::commands::CommandError;

pub struct AppState {
    /// Filled by the opening thread's folder the first time a command needs it.
    folder: OnceLock<Mutex<Folder>>,
    /// The thread opening the folder at start; taken when `folder` is first filled.
    opening: Mutex<Option<JoinHandle<Folder>>>,
    /// The folder that thread opens, to open it here if the thread could not.
    opening_dir: PathBuf,
    /// When the last command ran, if the log has not been checkpointed since.
    unsettled_since: Mutex<Option<Instant>>,
    /// Set by the Cancel of a print run; the run reads it before each file.
    pub print_run_cancel: AtomicBool,
}

/// The data folder the window works on, its store, and the lock that keeps it to this window.
struct Folder {
    data_dir: PathBuf,
    /// The store, open or locked (an encrypted one until its passphrase is given).
    store: Result<StoreSession, CommandError>,
    /// Held for as long as the window works on this folder.
    _lock: Option<WindowLock>,
}

impl Folder {
    fn open(data_dir: PathBuf) -> Folder {
        let (lock, store) = match WindowLock::acquire(&data_dir) {
            Ok(lock) => (Some(lock), open_store(&data_dir)),
            Err(e) => (None, Err(CommandError::from(e))),
        };
        Folder {
            data_dir,
            store,
            _lock: lock,
        }
    }
}

impl AppState {
    /// Starts opening the data folder (its lock, the store, the demo on a first start, the
    /// day's snapshot) on a thread of its own, and returns at once: the window is built
    /// meanwhile. The first use of the state waits for the opening to finish.
    pub fn open(data_dir: PathBuf) -> AppState {
        let state = |folder: OnceLock<Mutex<Folder>>, opening| AppState {
            folder,
            opening: Mutex::new(opening),
            opening_dir: data_dir.clone(),
            unsettled_since: Mutex::new(None),
            print_run_cancel: AtomicBool::new(false),
        };
        let thread = std::thread::Builder::new().name("opening the data folder".into());
        let dir = data_dir.clone();
        match thread.spawn(move || Folder::open(dir)) {
            Ok(opening) => state(OnceLock::new(), Some(opening)),
            // No thread to be had: open it here, as the window starts.
            Err(_) => state(
                OnceLock::from(Mutex::new(Folder::open(data_dir.clone()))),
                None,
            ),
        }
    }

    /// The data folder the window works on now.
    pub fn data_dir(&self) -> PathBuf {
        self.folder().data_dir.clone()
    }

    /// "Move my data to…": copies the data into `dir`, checks the copy and remembers the
    /// folder (`data_folder::move_to`), then works there from now on: the old store is
    /// checkpointed and closed, the old folder's lock released, and `dir` opened under its
    /// own lock. All of it under the store's lock, so no save can land in the old folder after
    /// the copy. When the new folder cannot be opened (another window took it meanwhile), the
    /// window keeps the old one and says why; the next start opens the new one.
    pub fn move_data(&self, dir: &Path) -> Result<MovedData, CommandError> {
        let mut folder = self.folder();
        let session = folder.store.as_mut().map_err(|e| e.clone())?;
        let moved = upr_core::data_folder::move_to(session.store()?, dir)?;
        let new = Folder::open(moved.data_dir.clone());
        if let Err(e) = &new.store {
            return Err(e.clone());
        }
        // The old data file stays whole where it was: its log is folded in before it closes.
        if let Some(old) = folder
            .store
            .as_mut()
            .ok()
            .and_then(StoreSession::store_unused)
        {
            let _ = old.checkpoint();
        }
        // Dropping the old folder closes its store and releases its lock.
        *folder = new;
        *self.unsettled() = Some(Instant::now());
        Ok(moved)
    }

    fn folder(&self) -> std::sync::MutexGuard<'_, Folder> {
        // A command that panicked mid-way leaves the lock poisoned; the store itself is still
        // consistent (every action is one transaction), so carry on with it.
        self.folder
            .get_or_init(|| Mutex::new(self.opened()))
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The folder the opening thread opened, once it has. Called once (`OnceLock` runs the
    /// first caller's initialisation and makes the others wait for it).
    fn opened(&self) -> Folder {
        let opening = self
            .opening
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        match opening.map(JoinHandle::join) {
            Some(Ok(folder)) => folder,
            // The opening thread panicked (a bug), or an earlier first call panicked here and
            // left no handle: open the folder on this thread, as the window did before the
            // opening moved to a thread of its own. The thread's lock on the folder was
            // released as its panic unwound; the same bug again panics in this command.
            _ => Folder::open(self.opening_dir.clone()),
        }
    }

    /// Checkpoints the store if no command ran for [`IDLE_BEFORE_CHECKPOINT`] since the last
    /// one; the window calls it every second from a thread of its own.
    pub fn checkpoint_when_idle(&self) {
        let since = *self.unsettled();
        let Some(since) = since.filter(|t| t.elapsed() >= IDLE_BEFORE_CHECKPOINT) else {
            return;
        };
        // A reader in another process can hold part of the log; try again next time.
        if let Ok(true) = self.quietly(|store| store.checkpoint()) {
            let mut unsettled = self.unsettled();
            // A command that ran meanwhile leaves its newer time: it is checkpointed later.
            if *unsettled <= Some(since) {
                *unsettled = None;
            }
        }
    }

    fn unsettled(&self) -> std::sync::MutexGuard<'_, Option<Instant>> {
        // The value is a plain time: a panic elsewhere cannot leave it half-written.
        self.unsettled_since
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Checkpoints now, as the window closes, so that the data file alone holds everything.
    pub fn checkpoint_now(&self) {
        // The window is going away: a failure here leaves the saves in the log, where the
        // next start finds them.
        let _ = self.quietly(|store| store.checkpoint());
    }

    /// Opens the locked store with its passphrase, and readies it as at start.
    pub fn unlock(&self, passphrase: &Passphrase) -> Result<(), CommandError> {
        self.session(|session| {
            session.unlock(passphrase)?;
            match session.store_unused() {
                Some(store) => ready(store),
                None => Ok(()),
            }
        })
    }

    /// Lock now: the key is wiped and the file closed (nothing happens to a plain store).
    /// Returns whether the store is locked.
    pub fn lock(&self) -> Result<bool, CommandError> {
        self.session(|session| Ok(session.lock()))
    }

    /// Locks the store after `auto_lock_minutes` without a command; true if it just locked.
    /// The window calls it every second from a thread of its own.
    pub fn lock_when_idle(&self) -> bool {
        self.session(|session| Ok(session.lock_if_idle()))
            .unwrap_or(false)
    }

    /// Runs `f` with the store, one command at a time.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> upr_core::Result<T>,
    ) -> Result<T, CommandError> {
        let result = self.locked(f);
        // Every command counts, reads included: the checkpoint waits for a quiet moment.
        *self.unsettled() = Some(Instant::now());
        result
    }

    /// Runs `f` with the store for the window's own background work (the exchange folder's
    /// watch): not the user's use, so it neither keeps an encrypted store unlocked (auto-lock
    /// counts from the user's last command) nor runs while the store is locked (`None`). What
    /// it writes is checkpointed like a command's.
    pub fn in_background<T>(
        &self,
        f: impl FnOnce(&mut Store) -> upr_core::Result<T>,
    ) -> Result<Option<T>, CommandError> {
        let result = self.session(|session| match session.store_unused() {
            Some(store) => f(store).map(Some),
            None => Ok(None),
        });
        *self.unsettled() = Some(Instant::now());
        result
    }

    /// Runs `f` with the store, as a command (an encrypted store's use keeps it unlocked).
    fn locked<T>(
        &self,
        f: impl FnOnce(&mut Store) -> upr_core::Result<T>,
    ) -> Result<T, CommandError> {
        self.session(|session| f(session.store()?))
    }

    /// Runs `f` with the store without counting as a command (the checkpoints themselves);
    /// nothing to do while it is locked.
    fn quietly(
        &self,
        f: impl FnOnce(&mut Store) -> upr_core::Result<bool>,
    ) -> Result<bool, CommandError> {
        self.session(|session| match session.store_unused() {
            Some(store) => f(store),
            None => Ok(true),
        })
    }

    fn session<T>(
        &self,
        f: impl FnOnce(&mut StoreSession) -> upr_core::Result<T>,
    ) -> Result<T, CommandError> {
        let mut folder = self.folder();
        match folder.store.as_mut() {
            Ok(session) => f(session).map_err(CommandError::from),
            Err(e) => Err(e.clone()),
        }
    }
}

fn open_store(data_dir: &Path) -> Result<StoreSession, CommandError> {
    StoreSession::open(data_dir)
        .and_then(|mut session| {
            // An encrypted store is readied once it is unlocked.
            if let Some(store) = session.store_unused() {
                ready(store)?;
            }
            Ok(session)
        })
        .map_err(CommandError::from)
}

/// What opening the window does to a store it can read.
fn ready(store: &mut Store) -> upr_core::Result<()> {
    // A read-only folder is shown as it is: nothing is loaded into it.
    if store.is_read_only() {
        return Ok(());
    }
    // The first start on an empty data folder shows the demo, so a new user sees what the
    // app is for; later starts never bring it back.
    upr_core::demo::load_on_first_start(store)?;
    // Opening the window counts as using the app: the day's snapshot is taken now. One that
    // cannot be written (a full disk) must not keep the window shut; the first save reports
    // the disk's trouble in words.
    let _ = store.take_daily_snapshot();
    Ok(())
}
