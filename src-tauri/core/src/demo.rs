//! The demo organisation: a fictional coalition preparing the review of a fictional State,
//! shipped in `assets/demo/` as an exchange document, so that a first start shows real work
//! and every document has content out of the box.

use crate::exchange::{Document, ImportCounts};
use crate::store::Store;
use crate::Result;

const DEMO_JSON: &str = include_str!("../../../assets/demo/demo-organisation.json");

/// The demo as an exchange document.
pub fn document() -> Result<Document> {
    Document::from_json(DEMO_JSON, "the demo organisation")
}

/// Loads the demo into an empty store. A store that holds data is refused, never overwritten.
pub fn load(store: &mut Store) -> Result<ImportCounts> {
    crate::exchange::import(store, &document()?, false)
}

/// An in-memory store holding the demo, for the core's tests.
#[cfg(test)]
pub(crate) fn loaded_store() -> Store {
    let mut store = Store::open_in_memory().expect("an in-memory store");
    load(&mut store).expect("the demo loads");
    store
}

/// Loads the demo when the app starts for the first time on an empty data file; returns
/// whether it did. Checked and loaded in one transaction.
pub fn load_on_first_start(store: &mut Store) -> Result<bool> {
    let doc = document()?;
    store.write(|tx| {
        if crate::store::mark_first_start(tx)? && crate::store::is_empty(tx)? {
            crate::exchange::import_into(tx, &doc)?;
            Ok(true)
        } else {
            Ok(false)
        }
    })
}
