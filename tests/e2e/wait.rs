//! The one way a story waits for the window: ask again every tenth of a second until the
//! answer comes, and after a patience fail with what the window showed last, never sleep for
//! a fixed time and hope.

use std::time::{Duration, Instant};

/// How long a story waits for the window to do one thing (draw a screen, save, answer).
pub const PATIENCE: Duration = Duration::from_secs(20);

/// How often the window is asked again.
const POLL: Duration = Duration::from_millis(100);

/// Asks `attempt` until it gives a value; each refusal says what the window shows now, and
/// after `patience` the last one is the failure.
pub fn until<T>(patience: Duration, attempt: impl FnMut() -> Result<T, String>) -> T {
    within(patience, attempt).unwrap_or_else(|seen| panic!("waited {patience:?} in vain: {seen}"))
}

/// As `until`, but hands the last refusal back instead of failing, for a story that names
/// the culprit itself.
pub fn within<T>(
    patience: Duration,
    mut attempt: impl FnMut() -> Result<T, String>,
) -> Result<T, String> {
    let start = Instant::now();
    loop {
        match attempt() {
            Ok(value) => return Ok(value),
            Err(seen) if start.elapsed() > patience => return Err(seen),
            Err(_) => std::thread::sleep(POLL),
        }
    }
}

/// Waits until `check` holds, failing with `what` never happened.
pub fn until_true(what: &str, mut check: impl FnMut() -> bool) {
    until(PATIENCE, || {
        if check() {
            Ok(())
        } else {
            Err(format!("{what} never happened"))
        }
    })
}
