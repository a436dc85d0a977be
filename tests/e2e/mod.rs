//! The end-to-end harness: the real `upr-kit` window under Xvfb, driven through tauri-driver
//! and WebKitWebDriver, as a user would use it.
//!
//! - `harness.rs` starts and stops the display, the driver and the app (each test its own, so
//!   it leaves nothing behind), one window at a time: a story holds a lock while its window is
//!   up, so stories never run beside each other even in the one test binary;
//! - `webdriver.rs` speaks the few W3C WebDriver calls we need;
//! - `pages.rs` holds page objects: what a user does on a screen, by name;
//! - `wait.rs` is how every story waits for the window (polling, never a fixed sleep);
//! - test ids come from `ui/src/testIds.json`, the one list the UI also uses.

pub mod harness;
pub mod pages;
pub mod wait;
pub mod webdriver;

pub use harness::App;

/// `ui/src/testIds.json`: a test id's name to its `data-testid` value.
fn test_ids() -> &'static std::collections::HashMap<String, String> {
    static IDS: std::sync::OnceLock<std::collections::HashMap<String, String>> =
        std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        serde_json::from_str(include_str!("../../ui/src/testIds.json"))
            .expect("ui/src/testIds.json is a JSON object of strings")
    })
}

/// The `data-testid` value for a name of `ui/src/testIds.json`.
pub fn test_id(name: &str) -> String {
    test_ids()
        .get(name)
        .unwrap_or_else(|| panic!("no test id '{name}' in ui/src/testIds.json"))
        .clone()
}

/// The names of `ui/src/testIds.json` that start with `prefix`, sorted.
pub fn test_id_names(prefix: &str) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = test_ids()
        .keys()
        .filter(|name| name.starts_with(prefix))
        .map(String::as_str)
        .collect();
    names.sort_unstable();
    names
}

/// A CSS selector for a test id.
pub fn by_test_id(name: &str) -> String {
    format!("[data-testid=\"{}\"]", test_id(name))
}
