//! Encryption at rest from the command line: turning it on, changing and removing the
//! passphrase keep every record; every command works on an encrypted data folder given its
//! passphrase (a file named by UPR_KIT_PASSPHRASE_FILE, or --passphrase-stdin) and says how to
//! give it when none is; the raw bytes of the data folder hold nothing readable; an encrypted
//! export opens with the stock `age` tool.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use crate::common::Kit;

const FIRST: &str = "Meridia coalition passphrase";
const SECOND: &str = "a second, longer passphrase";
/// A save of the user's own, made on the encrypted folder.
const ADD_A_DATE: [&str; 4] = [
    "calendar",
    "add",
    "2027-02-01",
    "Meet the Norwegian embassy",
];

pub(crate) fn passphrase_file(kit: &Kit, name: &str, text: &str) -> PathBuf {
    let path = kit.file(name);
    std::fs::write(&path, format!("{text}\n")).unwrap();
    path
}

/// Runs with the passphrase in the file named by UPR_KIT_PASSPHRASE_FILE.
pub(crate) fn run_with(kit: &Kit, file: &Path, args: &[&str]) -> Output {
    kit.command()
        .env("UPR_KIT_PASSPHRASE_FILE", file)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

pub(crate) fn ok_with(kit: &Kit, file: &Path, args: &[&str]) -> String {
    let out = run_with(kit, file, args);
    assert!(
        out.status.success(),
        "upr-kit {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Opens the age file `sealed` into `opened` with the stock `age -d` and `passphrase`.
pub(crate) fn open_with_age(sealed: &Path, opened: &Path, passphrase: &str) {
    // `age -d` reads the passphrase from the terminal only: `script` gives it one.
    let mut child = std::process::Command::new("script")
        .args(["-q", "-e", "-c"])
        .arg(format!(
            "age -d -o '{}' '{}'",
            opened.display(),
            sealed.display()
        ))
        .arg("/dev/null")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("`script` and `age` are installed (make test-deps)");
    writeln!(child.stdin.take().unwrap(), "{passphrase}").unwrap();
    assert!(child.wait().unwrap().success());
}

/// What `export` writes, without the moment of the export.
fn records(kit: &Kit, passphrase: Option<&Path>) -> serde_json::Value {
    let out = kit.file("records.json");
    let _ = std::fs::remove_file(&out);
    let args = ["export", out.to_str().unwrap()];
    match passphrase {
        Some(file) => ok_with(kit, file, &args),
        None => kit.ok(&args),
    };
    let mut doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    doc["exported_at"] = serde_json::Value::Null;
    doc
}

fn encrypted_demo(kit: &Kit) -> PathBuf {
    let first = passphrase_file(kit, "first.txt", FIRST);
    let out = kit.ok(&["encrypt", "--new-passphrase-file", first.to_str().unwrap()]);
    assert!(out.contains("cannot be recovered"), "{out}");
    first
}

#[test]
fn without_its_passphrase_an_encrypted_folder_says_how_to_give_it() {
    let kit = Kit::with_demo();
    let before = records(&kit, None);
    let first = encrypted_demo(&kit);

    let out = kit.run(&["show"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is encrypted"), "{err}");
    assert!(err.contains("UPR_KIT_PASSPHRASE_FILE"), "{err}");
    assert!(err.contains("--passphrase-stdin"), "{err}");

    let wrong = passphrase_file(&kit, "wrong.txt", "not the passphrase");
    let out = run_with(&kit, &wrong, &["show"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("passphrase is wrong"), "{err}");
    assert!(!err.contains("not a database"), "{err}");

    assert_eq!(records(&kit, Some(&first)), before);
    // From standard input.
    let mut child = kit
        .command()
        .args(["--passphrase-stdin", "show"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{FIRST}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Meridia Coalition for Human Rights"));
}

#[test]
fn every_kind_of_command_works_on_an_encrypted_folder() {
    let kit = Kit::with_demo();
    let first = encrypted_demo(&kit);
    ok_with(&kit, &first, &ADD_A_DATE);
    let agenda = ok_with(&kit, &first, &["calendar"]);
    assert!(agenda.contains("Meet the Norwegian embassy"), "{agenda}");
    ok_with(&kit, &first, &["snapshot"]);
    let listed = ok_with(&kit, &first, &["snapshots"]);
    assert!(!listed.contains("damaged"), "{listed}");
    let brief = kit.file("brief.pdf");
    ok_with(&kit, &first, &["brief", "--out", brief.to_str().unwrap()]);
    assert!(std::fs::read(&brief).unwrap().starts_with(b"%PDF"));
}

#[test]
fn changing_and_removing_the_passphrase_keep_every_record() {
    let kit = Kit::with_demo();
    let before = records(&kit, None);
    let first = encrypted_demo(&kit);
    let second = passphrase_file(&kit, "second.txt", SECOND);
    ok_with(
        &kit,
        &first,
        &[
            "change-passphrase",
            "--new-passphrase-file",
            second.to_str().unwrap(),
        ],
    );
    let err = String::from_utf8_lossy(&run_with(&kit, &first, &["show"]).stderr).to_string();
    assert!(err.contains("passphrase is wrong"), "{err}");
    assert_eq!(records(&kit, Some(&second)), before);
    ok_with(&kit, &second, &["decrypt"]);
    assert_eq!(records(&kit, None), before);
    let err = kit.fails(&["decrypt"]);
    assert!(err.contains("not encrypted"), "{err}");
}

#[test]
fn a_new_passphrase_must_be_given_in_a_file_off_a_terminal_and_be_long_enough() {
    let kit = Kit::with_demo();
    let err = kit.fails(&["encrypt"]);
    assert!(err.contains("--new-passphrase-file"), "{err}");
    let short = passphrase_file(&kit, "short.txt", "abc");
    let err = kit.fails(&["encrypt", "--new-passphrase-file", short.to_str().unwrap()]);
    assert!(err.contains("at least 8 characters"), "{err}");
    kit.ok(&["show"]);
}

/// Every file under `dir`, snapshots included.
fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The demo's names, e-mail addresses and recommendation texts found in the raw bytes of the
/// data folder.
fn readable_in_data_folder(kit: &Kit) -> Vec<String> {
    let needles = [
        "Meridia Coalition for Human Rights",
        "ingrid.solberg@example.no",
        "upr@mchr-meridia.org",
        "Republic of Meridia",
        "journalists",
        "Repeal or amend article 17 of the Cybersecurity Act",
    ];
    let mut files = Vec::new();
    files_under(&kit.data_dir().join("data"), &mut files);
    assert!(files.len() >= 2, "{files:?}");
    let mut found = Vec::new();
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        for needle in needles {
            if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                found.push(format!("{needle} in {}", file.display()));
            }
        }
    }
    found
}

#[test]
fn with_encryption_on_the_data_folder_holds_nothing_readable() {
    let kit = Kit::with_demo();
    kit.ok(&["snapshot"]);
    // The test can fail: in a plain folder, every needle is found.
    let plain = readable_in_data_folder(&kit);
    assert!(plain.iter().any(|f| f.contains("snapshots")), "{plain:?}");
    assert!(
        plain.iter().any(|f| f.starts_with("ingrid.solberg@")),
        "{plain:?}"
    );
    assert!(
        plain.iter().any(|f| f.starts_with("Repeal or amend")),
        "{plain:?}"
    );

    let first = encrypted_demo(&kit);
    ok_with(&kit, &first, &ADD_A_DATE);
    ok_with(&kit, &first, &["snapshot"]);
    let found = readable_in_data_folder(&kit);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_encrypted_export_opens_with_the_stock_age_tool_and_the_passphrase_only() {
    let kit = Kit::with_demo();
    let before = records(&kit, None);
    let key = passphrase_file(&kit, "export.txt", FIRST);
    let sealed = kit.file("backup.json.age");
    kit.ok(&[
        "export",
        sealed.to_str().unwrap(),
        "--encrypt",
        "--new-passphrase-file",
        key.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&sealed).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    assert!(!bytes.windows(7).any(|w| w == b"Meridia"));

    let opened = kit.file("opened.json");
    open_with_age(&sealed, &opened, FIRST);
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&opened).unwrap()).unwrap();
    doc["exported_at"] = serde_json::Value::Null;
    assert_eq!(doc, before);

    // Import asks for it too: none, a wrong one, the right one.
    let other = Kit::new();
    let err = other.fails(&["import", sealed.to_str().unwrap()]);
    assert!(err.contains("is encrypted"), "{err}");
    let wrong = passphrase_file(&other, "wrong.txt", "not the passphrase");
    let out = run_with(&other, &wrong, &["import", sealed.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("passphrase is wrong"));
    ok_with(&other, &key, &["import", sealed.to_str().unwrap()]);
    assert_eq!(records(&other, None), before);
}
