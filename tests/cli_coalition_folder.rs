//! The exchange folder from the command line with encrypted data: two data folders, each
//! encrypted with its own passphrase, share one coalition passphrase and exchange through a
//! folder (as Syncthing would keep it) over two rounds; a partner file with another
//! passphrase is listed and merged by hand.

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use crate::cli_encryption::{ok_with, passphrase_file, run_with};
use crate::common::Kit;

const COALITION: &str = "the coalition's shared passphrase";

/// Encrypts the kit's data folder and sets the coalition passphrase; returns the data's key.
fn encrypted_with_coalition(kit: &Kit, own: &str, coalition: &str) -> std::path::PathBuf {
    let key = passphrase_file(kit, "store-key.txt", own);
    kit.ok(&["encrypt", "--new-passphrase-file", key.to_str().unwrap()]);
    let shared = passphrase_file(kit, "coalition-key.txt", coalition);
    let set = ok_with(
        kit,
        &key,
        &[
            "coalition-passphrase",
            "--new-passphrase-file",
            shared.to_str().unwrap(),
        ],
    );
    assert!(set.contains("coalition passphrase is set"), "{set}");
    key
}

fn holds(path: &Path, text: &str) -> bool {
    let bytes = std::fs::read(path).unwrap();
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

#[test]
fn two_encrypted_data_folders_exchange_through_the_folder_over_two_rounds() {
    let mchr = Kit::with_demo();
    let wlac = Kit::new();
    let first = mchr.file("first.uprshare");
    mchr.ok(&["share", "--out", first.to_str().unwrap()]);
    wlac.ok(&[
        "join",
        first.to_str().unwrap(),
        "--organisation",
        "Women's Legal Aid Centre",
        "--acronym",
        "WLAC",
    ]);
    let folder = tempfile::tempdir().unwrap();
    let folder_arg = folder.path().to_str().unwrap();
    for kit in [&mchr, &wlac] {
        kit.ok(&["exchange-folder", "--set", folder_arg]);
    }
    let mchr_key = passphrase_file(&mchr, "store-key.txt", "MCHR's own data passphrase");
    mchr.ok(&[
        "encrypt",
        "--new-passphrase-file",
        mchr_key.to_str().unwrap(),
    ]);
    // Encrypted data and no coalition passphrase: nothing is written to the folder.
    let refused = run_with(&mchr, &mchr_key, &["exchange-folder", "--write"]);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("upr-kit coalition-passphrase"), "{err}");
    assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 0);
    let shared = passphrase_file(&mchr, "coalition-key.txt", COALITION);
    ok_with(
        &mchr,
        &mchr_key,
        &[
            "coalition-passphrase",
            "--new-passphrase-file",
            shared.to_str().unwrap(),
        ],
    );
    let wlac_key = encrypted_with_coalition(&wlac, "WLAC's own data passphrase", COALITION);

    // Round 1: WLAC adds a date and writes to the folder; MCHR picks it up.
    ok_with(
        &wlac,
        &wlac_key,
        &["calendar", "add", "2027-02-01", "Joint briefing with WLAC"],
    );
    let wrote = ok_with(&wlac, &wlac_key, &["exchange-folder", "--write"]);
    assert!(
        wrote.contains("encrypted with the coalition passphrase"),
        "{wrote}"
    );
    let wlac_file = folder.path().join("WLAC.uprshare");
    assert!(std::fs::read(&wlac_file)
        .unwrap()
        .starts_with(b"age-encryption.org/v1\n"));
    assert!(!holds(&wlac_file, "Meridia"));
    let picked = ok_with(&mchr, &mchr_key, &["exchange-folder"]);
    assert!(picked.contains("WLAC.uprshare (merged now)"), "{picked}");
    assert!(picked.contains("Joint briefing with WLAC"), "{picked}");
    assert!(ok_with(&mchr, &mchr_key, &["calendar"]).contains("Joint briefing with WLAC"));
    let again = ok_with(&mchr, &mchr_key, &["exchange-folder"]);
    assert!(again.contains("WLAC.uprshare (merged before)"), "{again}");

    // Round 2: MCHR answers through the folder; WLAC picks it up.
    ok_with(
        &mchr,
        &mchr_key,
        &[
            "calendar",
            "add",
            "2027-03-01",
            "Embassy visits in the capital",
        ],
    );
    ok_with(&mchr, &mchr_key, &["exchange-folder", "--write"]);
    let mchr_file = folder.path().join("MCHR.uprshare");
    assert!(!holds(&mchr_file, "Embassy visits"));
    let picked = ok_with(&wlac, &wlac_key, &["exchange-folder"]);
    assert!(picked.contains("MCHR.uprshare (merged now)"), "{picked}");
    assert!(ok_with(&wlac, &wlac_key, &["calendar"]).contains("Embassy visits in the capital"));

    // A third partner chose another passphrase: listed with the reason, merged by hand.
    let lfj = Kit::new();
    lfj.ok(&[
        "join",
        first.to_str().unwrap(),
        "--organisation",
        "Lawyers for Justice",
        "--acronym",
        "LFJ",
    ]);
    lfj.ok(&["exchange-folder", "--set", folder_arg]);
    let lfj_key = encrypted_with_coalition(&lfj, "LFJ's own data passphrase", "LFJ's passphrase");
    ok_with(
        &lfj,
        &lfj_key,
        &["calendar", "add", "2027-04-01", "Pre-session in Geneva"],
    );
    ok_with(&lfj, &lfj_key, &["exchange-folder", "--write"]);
    let listed = ok_with(&mchr, &mchr_key, &["exchange-folder"]);
    assert!(
        listed.contains("LFJ.uprshare: encrypted with another passphrase"),
        "{listed}"
    );
    assert!(!ok_with(&mchr, &mchr_key, &["calendar"]).contains("Pre-session in Geneva"));
    // By hand: `merge` reads the data's passphrase, then the file's, from standard input.
    let lfj_file = folder.path().join("LFJ.uprshare");
    let mut merge = mchr
        .command()
        .args(["--passphrase-stdin", "merge", lfj_file.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    merge
        .stdin
        .take()
        .unwrap()
        .write_all(b"MCHR's own data passphrase\nLFJ's passphrase\n")
        .unwrap();
    let out = merge.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(ok_with(&mchr, &mchr_key, &["calendar"]).contains("Pre-session in Geneva"));
    // Merged by hand, it is listed as merged on the next look, no longer as sealed.
    let listed = ok_with(&mchr, &mchr_key, &["exchange-folder"]);
    assert!(listed.contains("LFJ.uprshare (merged before):"), "{listed}");

    // The coalition passphrase is forgotten on request, and with it the folder's encryption.
    ok_with(&mchr, &mchr_key, &["coalition-passphrase", "--clear"]);
    let refused = run_with(&mchr, &mchr_key, &["exchange-folder", "--write"]);
    assert!(!refused.status.success());
}
