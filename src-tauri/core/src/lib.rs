//! The domain core of UPR Advocacy Kit: everything the app knows about an organisation's
//! Universal Periodic Review work, and everything it does with it.
//!
//! It holds the model (`model`), keeps it in one local SQLite file (`store`), moves it in and
//! out of the versioned exchange document (`exchange`), and ships the demo organisation
//! (`demo`). It knows nothing of Tauri, WebKit or the command line: the shell in `src-tauri/`
//! translates windows and arguments into calls of this crate.
//!
//! ```
//! use upr_core::{demo, store::Store};
//!
//! let mut store = Store::open_in_memory().unwrap();
//! demo::load(&mut store).unwrap();
//! let summary = store.summary().unwrap();
//! assert_eq!(summary.priority_issues.len(), 3);
//! ```

pub mod calendar;
pub mod checker;
pub mod coalition;
pub mod data_folder;
pub mod demo;
pub mod documents;
pub mod error;
pub mod exchange;
pub mod language;
pub mod layout;
pub mod logo;
pub mod model;
pub mod monitoring;
pub mod names_in_text;
pub mod output_file;
pub mod passphrase;
pub mod pdf;
pub mod recommendations;
pub mod settings;
pub mod store;
pub mod submission;
pub mod wording;

pub use error::{Error, Result};
