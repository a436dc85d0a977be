//! Shared helpers of the black-box tests: run the real `upr-kit` binary against a data folder
//! of its own, the way a user would from a terminal.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The program under test: the one Cargo built, or the one `UPR_KIT_TEST_PROGRAM` names (a
/// script running the Windows build under Wine, say: `tests/windows/run.sh`).
pub fn program() -> PathBuf {
    std::env::var_os("UPR_KIT_TEST_PROGRAM")
        .map(PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_upr-kit").into())
}

/// A fresh, empty data folder and the binary to run against it.
pub struct Kit {
    dir: tempfile::TempDir,
}

impl Kit {
    pub fn new() -> Kit {
        Kit {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// A data folder with the demo organisation loaded.
    pub fn with_demo() -> Kit {
        let kit = Kit::new();
        kit.ok(&["init-demo"]);
        kit
    }

    /// Sets one of the settings as a user would who has no window: exported to a backup,
    /// changed there, and the backup imported over the data.
    pub fn set_setting(&self, name: &str, value: serde_json::Value) {
        let backup = self.file("settings-backup.json");
        self.ok(&["export", backup.to_str().unwrap()]);
        let mut doc: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&backup).unwrap()).unwrap();
        doc["settings"][name] = value;
        std::fs::write(&backup, serde_json::to_vec(&doc).unwrap()).unwrap();
        self.ok(&["import", "--replace", backup.to_str().unwrap()]);
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    /// A path for a file of the test's own, inside the temporary folder.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The binary with `--data-dir` set, and nothing from the environment that could point it
    /// at the user's real data.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(program());
        cmd.env_remove("UPR_KIT_DATA_DIR")
            .env_remove("UPR_KIT_PASSPHRASE_FILE")
            .arg("--data-dir")
            .arg(self.dir.path().join("data"));
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command()
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("upr-kit runs")
    }

    /// Runs and expects success; returns standard output.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "upr-kit {args:?} failed ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Runs and expects failure; returns standard error.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            !out.status.success(),
            "upr-kit {args:?} should have failed but printed:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stderr).expect("UTF-8 errors")
    }
}

/// Runs one of the readers a print shop would use (poppler's pdfinfo, pdftotext, pdffonts;
/// qpdf) and returns what it printed; a reader that fails fails the test.
pub fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} runs (install poppler-utils and qpdf): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of a Word file's body, its XML tags dropped.
pub fn word_text(docx: &Path) -> String {
    let xml = tool(
        "unzip",
        &["-p", docx.to_str().unwrap(), "word/document.xml"],
    );
    let mut text = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// The names of the files in `folder`, sorted.
pub fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{} can be read: {e}", folder.display()))
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}
