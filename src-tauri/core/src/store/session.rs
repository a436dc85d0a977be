//! The window's hold on its store: open, or locked. An encrypted store starts locked until its
//! passphrase is given; locking (Lock now, or no command for `auto_lock_minutes`) drops the
//! store, which closes the file and wipes the key. A plain store is never locked. The window's
//! commands only translate: the session decides.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::Store;
use crate::passphrase::Passphrase;
use crate::{Error, Result};

pub struct StoreSession {
    dir: PathBuf,
    /// `None` while locked.
    store: Option<Store>,
    /// When a command last used the store.
    last_used: Instant,
    /// A delay in place of the `auto_lock_minutes` setting (tests cannot wait minutes).
    auto_lock_override: Option<Duration>,
}

impl StoreSession {
    /// Opens the data folder `dir`: a plain store at once, an encrypted one locked.
    pub fn open(dir: &Path) -> Result<StoreSession> {
        let store = match Store::open_dir(dir) {
            Ok(store) => Some(store),
            Err(Error::StoreEncrypted { .. }) => None,
            Err(e) => return Err(e),
        };
        let mut session = StoreSession {
            dir: dir.to_path_buf(),
            store: None,
            last_used: Instant::now(),
            auto_lock_override: None,
        };
        if let Some(store) = store {
            session.adopt(store);
        }
        Ok(session)
    }

    fn adopt(&mut self, store: Store) {
        self.store = Some(store);
        self.last_used = Instant::now();
    }

    pub fn is_locked(&self) -> bool {
        self.store.is_none()
    }

    /// Opens the locked store with its passphrase; a wrong one is [`Error::WrongPassphrase`]
    /// and the session stays locked.
    pub fn unlock(&mut self, passphrase: &Passphrase) -> Result<()> {
        if self.store.is_some() {
            return Ok(());
        }
        let store = Store::open_dir_with(&self.dir, Some(passphrase))?;
        self.adopt(store);
        Ok(())
    }

    /// Locks an encrypted store now: the key is wiped and the file closed. Returns whether
    /// the session is locked (a plain store never is).
    pub fn lock(&mut self) -> bool {
        if self.store.as_ref().is_some_and(Store::is_encrypted) {
            // Dropping the store checkpoints, closes the connection and wipes the key.
            self.store = None;
        }
        self.is_locked()
    }

    /// Locks an encrypted store if no command used it for `auto_lock_minutes` (read from the
    /// settings as they are now); true if it did lock.
    pub fn lock_if_idle(&mut self) -> bool {
        let Some(store) = self.store.as_mut().filter(|s| s.is_encrypted()) else {
            return false;
        };
        let delay = match self.auto_lock_override {
            Some(delay) => delay,
            // Settings that cannot be read leave the default delay.
            None => Duration::from_secs(
                60 * u64::from(store.settings().unwrap_or_default().auto_lock_minutes),
            ),
        };
        if self.last_used.elapsed() < delay {
            return false;
        }
        self.lock()
    }

    /// The open store without counting as a command's use (the window's own checkpoints);
    /// `None` while locked.
    pub fn store_unused(&mut self) -> Option<&mut Store> {
        self.store.as_mut()
    }

    /// The open store for a command (which counts as use), or [`Error::StoreEncrypted`] while
    /// locked. The auto-lock delay follows the settings as they are saved.
    pub fn store(&mut self) -> Result<&mut Store> {
        self.last_used = Instant::now();
        let path = self.dir.join(super::DATA_FILE_NAME);
        self.store.as_mut().ok_or(Error::StoreEncrypted { path })
    }

    /// Sets the auto-lock delay in place of the setting, for tests that cannot wait minutes.
    pub fn set_auto_lock(&mut self, delay: Duration) {
        self.auto_lock_override = Some(delay);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_encrypted_store_opens_locked_unlocks_with_its_passphrase_and_locks_again() {
        let dir = tempfile::tempdir().unwrap();
        let passphrase = Passphrase::new("session passphrase".into());
        {
            let mut store = Store::open_dir(dir.path()).unwrap();
            crate::demo::load(&mut store).unwrap();
            store.encrypt(&passphrase).unwrap();
        }
        let mut session = StoreSession::open(dir.path()).unwrap();
        assert!(session.is_locked());
        assert_eq!(session.store().err().unwrap().code(), "store_encrypted");
        let wrong = Passphrase::new("wrong passphrase".into());
        assert_eq!(
            session.unlock(&wrong).unwrap_err().code(),
            "wrong_passphrase"
        );
        assert!(session.is_locked());
        session.unlock(&passphrase).unwrap();
        assert!(session
            .store()
            .unwrap()
            .summary()
            .unwrap()
            .organisation
            .is_some());

        // Not idle long enough: stays open. Idle past the delay: locks.
        session.set_auto_lock(Duration::from_secs(3600));
        assert!(!session.lock_if_idle());
        session.set_auto_lock(Duration::ZERO);
        assert!(session.lock_if_idle());
        assert_eq!(session.store().err().unwrap().code(), "store_encrypted");

        session.unlock(&passphrase).unwrap();
        assert!(session.lock(), "Lock now");
    }

    #[test]
    fn a_plain_store_is_never_locked() {
        let dir = tempfile::tempdir().unwrap();
        let mut session = StoreSession::open(dir.path()).unwrap();
        assert!(!session.is_locked());
        session.set_auto_lock(Duration::ZERO);
        assert!(!session.lock_if_idle());
        assert!(!session.lock());
        session.store().unwrap();
    }
}
