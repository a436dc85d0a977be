//! The end-to-end harness: the real `upr-kit` window under Xvfb, driven through tauri-driver
//! and WebKitWebDriver, as a user would use it.
//!
//! - `harness.rs` starts and stops the display, the driver and the app (each test its own, so
//!   tests run in parallel and leave nothing behind);
//! - `webdriver.rs` speaks the few W3C WebDriver calls we need;
//! - `pages.rs` holds page objects: what a user does on a screen, by name;
//! - test ids come from `ui/src/testIds.json`, the one list the UI also uses.
#![allow(dead_code)] // each test binary uses its own subset

pub mod harness;
pub mod pages;
pub mod webdriver;

pub use harness::App;

/// The `data-testid` value for a name of `ui/src/testIds.json`.
pub fn test_id(name: &str) -> String {
    static IDS: std::sync::OnceLock<std::collections::HashMap<String, String>> =
        std::sync::OnceLock::new();
    let ids = IDS.get_or_init(|| {
        serde_json::from_str(include_str!("../../ui/src/testIds.json"))
            .expect("ui/src/testIds.json is a JSON object of strings")
    });
    ids.get(name)
        .unwrap_or_else(|| panic!("no test id '{name}' in ui/src/testIds.json"))
        .clone()
}

/// A CSS selector for a test id.
pub fn by_test_id(name: &str) -> String {
    format!("[data-testid=\"{}\"]", test_id(name))
}
