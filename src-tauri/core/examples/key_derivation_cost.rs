//! Prints what opening an encrypted data file costs here, key derivation included, against a
//! plain one: the figure `store::KDF_LOG_N` is tuned by (goal 0.5 to 1 s on an ordinary
//! laptop, so that guessing passphrases is slow while the user waits once per opening).
//!
//!     cargo run -p upr-core --release --example key_derivation_cost
//!
//! Build it with `--release`: a debug build's scrypt is several times slower than the app's.

use std::time::Instant;

use upr_core::passphrase::Passphrase;
use upr_core::store::{Store, KDF_LOG_N};

const OPENINGS: u32 = 5;

fn main() {
    let plain = tempfile::tempdir().expect("a temporary folder");
    let encrypted = tempfile::tempdir().expect("a temporary folder");
    for dir in [plain.path(), encrypted.path()] {
        let mut store = Store::open_dir(dir).expect("a store");
        upr_core::demo::load(&mut store).expect("the demo");
    }
    let passphrase = Passphrase::new("a passphrase for the figures".into());
    Store::open_dir(encrypted.path())
        .expect("the store")
        .encrypt(&passphrase)
        .expect("encrypted");

    let time = |open: &dyn Fn() -> Store| {
        let start = Instant::now();
        for _ in 0..OPENINGS {
            let mut store = open();
            store.summary().expect("a summary");
        }
        start.elapsed() / OPENINGS
    };
    let plain_time = time(&|| Store::open_dir(plain.path()).expect("opens"));
    let encrypted_time =
        time(&|| Store::open_dir_with(encrypted.path(), Some(&passphrase)).expect("opens"));
    for log_n in 15..=18u8 {
        let params = scrypt::Params::new(log_n, 8, 1, 32).expect("valid parameters");
        let start = Instant::now();
        let mut key = [0u8; 32];
        scrypt::scrypt(b"a passphrase", &[7u8; 16], &params, &mut key).expect("derived");
        println!(
            "scrypt log2 N = {log_n}, r = 8, p = 1 ({} MiB): {:?}{}",
            ((128u64 << log_n) * 8) >> 20,
            start.elapsed(),
            if log_n == KDF_LOG_N {
                "  <- the app's"
            } else {
                ""
            }
        );
    }
    println!("open + summary, plain:     {plain_time:?} (mean of {OPENINGS})");
    println!("open + summary, encrypted: {encrypted_time:?} (mean of {OPENINGS}, key derivation included)");
}
