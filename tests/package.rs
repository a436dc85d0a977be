//! The Linux packages as a user gets them (`make package-test`): the `.deb` unpacked into a
//! throwaway root, its command line run from there, its window started from there under Xvfb,
//! and a double-click on an exchange file and on a partner's share file replayed through the
//! desktop entry it installs.
//! Ignored by default: they need the packages, which `make package` builds (a release build
//! and the pinned Tauri CLI, several minutes).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::e2e::pages::{Frame, Overview};
use crate::e2e::{by_test_id, App};

/// The one file with `extension` that `make package` wrote into `target/release/bundle/KIND`.
fn built_package(kind: &str, extension: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/release/bundle")
        .join(kind);
    let found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} cannot be read ({e}): run `make package`", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == extension))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one .{extension} in {}: {found:?}",
        dir.display()
    );
    found.into_iter().next().unwrap_or_default()
}

/// The `.deb` unpacked into a temporary root, as `dpkg -i` would lay it out.
struct Installed {
    root: tempfile::TempDir,
}

impl Installed {
    fn unpack() -> Installed {
        let deb = built_package("deb", "deb");
        let root = tempfile::tempdir().expect("a temporary folder");
        let status = Command::new("dpkg-deb")
            .arg("-x")
            .arg(&deb)
            .arg(root.path())
            .status()
            .expect("dpkg-deb runs");
        assert!(status.success(), "dpkg-deb -x {} failed", deb.display());
        Installed { root }
    }

    fn path(&self, inside: &str) -> PathBuf {
        self.root.path().join(inside.trim_start_matches('/'))
    }

    fn cli(&self, data_dir: &Path, args: &[&str]) -> std::process::Output {
        Command::new(self.path("/usr/bin/upr-kit"))
            .arg("--data-dir")
            .arg(data_dir)
            .args(args)
            .env_remove("UPR_KIT_DATA_DIR")
            .output()
            .expect("the installed upr-kit runs")
    }

    fn desktop_entry(&self) -> String {
        let dir = self.path("/usr/share/applications");
        let entries: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("the package installs a desktop entry")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "desktop"))
            .collect();
        assert_eq!(entries.len(), 1, "one desktop entry: {entries:?}");
        std::fs::read_to_string(&entries[0]).expect("the desktop entry reads")
    }

    /// What a file manager runs when `file` is double-clicked: the desktop entry's command,
    /// with the file in place of `%f`, as the program installed in this root and its arguments.
    fn double_click(&self, file: &Path) -> (PathBuf, Vec<String>) {
        let entry = self.desktop_entry();
        let exec = entry
            .lines()
            .find_map(|l| l.strip_prefix("Exec="))
            .expect("an Exec line");
        let mut words = exec.split_whitespace();
        let program = self.path(&format!("/usr/bin/{}", words.next().expect("a program")));
        let args = words
            .map(|w| {
                if w == "%f" {
                    file.display().to_string()
                } else {
                    w.to_string()
                }
            })
            .collect();
        (program, args)
    }
}

fn stdout(output: &std::process::Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
#[ignore = "needs the packages: run `make package-test`"]
fn the_deb_installs_both_programs_the_menu_entry_the_icons_and_the_file_type() {
    let installed = Installed::unpack();
    for program in ["/usr/bin/upr-kit", "/usr/bin/upr-kit-window"] {
        assert!(installed.path(program).is_file(), "{program} is installed");
    }
    let entry = installed.desktop_entry();
    assert!(entry.contains("Name=UPR Advocacy Kit"), "{entry}");
    assert!(entry.contains("Exec=upr-kit-window %f"), "{entry}");
    assert!(entry.contains("Icon=upr-kit"), "{entry}");
    let mime_types: Vec<&str> = entry
        .lines()
        .find_map(|l| l.strip_prefix("MimeType="))
        .expect("a MimeType line")
        .split(';')
        .collect();
    for mime_type in [
        "application/x-upr-advocacy-kit",
        "application/x-upr-advocacy-kit-share",
    ] {
        assert!(mime_types.contains(&mime_type), "{entry}");
    }
    for size in [
        "16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512",
    ] {
        let icon = installed.path(&format!("/usr/share/icons/hicolor/{size}/apps/upr-kit.png"));
        assert!(icon.is_file(), "an icon of {size}: {}", icon.display());
    }
    let mime = std::fs::read_to_string(installed.path("/usr/share/mime/packages/upr-kit.xml"))
        .expect("the package installs the exchange file's MIME type");
    assert!(mime.contains(r#"type="application/x-upr-advocacy-kit""#));
    assert!(mime.contains(r#"pattern="*.uprkit""#));
    assert!(mime.contains(r#"type="application/x-upr-advocacy-kit-share""#));
    assert!(mime.contains(r#"pattern="*.uprshare""#));

    // What dpkg would ask the system for: the window's libraries, as packages.
    let depends = Command::new("dpkg-deb")
        .args(["-f"])
        .arg(built_package("deb", "deb"))
        .arg("Depends")
        .output()
        .expect("dpkg-deb runs");
    let depends = stdout(&depends);
    assert!(
        depends.contains("libwebkit2gtk-4.1-0"),
        "Depends: {depends}"
    );

    // The .rpm carries the same files (read with rpm2cpio, as no rpm database is needed).
    let listing = Command::new("sh")
        .arg("-c")
        .arg("rpm2cpio \"$0\" | cpio -t --quiet")
        .arg(built_package("rpm", "rpm"))
        .output()
        .expect("rpm2cpio and cpio run (apt-get install rpm2cpio cpio)");
    let listing = stdout(&listing);
    for file in [
        "./usr/bin/upr-kit",
        "./usr/bin/upr-kit-window",
        "./usr/share/mime/packages/upr-kit.xml",
        "./usr/share/icons/hicolor/256x256/apps/upr-kit.png",
    ] {
        assert!(
            listing.lines().any(|l| l == file),
            "the .rpm holds {file}:\n{listing}"
        );
    }
    assert!(listing.contains("/usr/share/applications/"), "{listing}");
}

/// The goal of #14: a download small enough for a poor connection.
#[test]
#[ignore = "needs the packages: run `make package-test`"]
fn the_deb_is_at_most_15_mb() {
    let size = std::fs::metadata(built_package("deb", "deb"))
        .map(|m| m.len())
        .unwrap_or(0);
    println!("the .deb is {:.1} MB", size as f64 / 1e6);
    assert!(size <= 15_000_000, "the .deb is {size} bytes, over 15 MB");
}

/// The bytes of every file under `dir`.
fn bytes_under(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .expect("the folder reads")
        .filter_map(|entry| entry.ok())
        .map(|entry| match entry.file_type() {
            Ok(kind) if kind.is_dir() => bytes_under(&entry.path()),
            Ok(kind) if kind.is_file() => entry.metadata().map(|m| m.len()).unwrap_or(0),
            _ => 0,
        })
        .sum()
}

/// The goal of #17: the app installed, with every font (Arabic, the Chinese subset), at most
/// 25 MB on the user's disk.
#[test]
#[ignore = "needs the packages: run `make package-test`"]
fn the_installed_package_is_at_most_25_mb() {
    let installed = Installed::unpack();
    let bytes = bytes_under(installed.root.path());
    let declared = Command::new("dpkg-deb")
        .arg("-f")
        .arg(built_package("deb", "deb"))
        .arg("Installed-Size")
        .output()
        .expect("dpkg-deb runs");
    let declared_kib: u64 = stdout(&declared).trim().parse().expect("a size in KiB");
    println!(
        "installed: {:.1} MB in files; Installed-Size {declared_kib} KiB",
        bytes as f64 / 1e6
    );
    assert!(bytes <= 25_000_000, "installed, it is {bytes} bytes");
    assert!(
        declared_kib * 1024 <= 25_000_000,
        "dpkg is told {declared_kib} KiB"
    );
}

#[test]
#[ignore = "needs the packages: run `make package-test`"]
fn the_installed_command_line_prints_its_version_its_help_and_a_brief_of_the_demo() {
    let installed = Installed::unpack();
    let data = tempfile::tempdir().expect("a temporary folder");
    let version = stdout(&installed.cli(data.path(), &["--version"]));
    assert!(
        version.starts_with(&format!("upr-kit {}", env!("CARGO_PKG_VERSION"))),
        "{version}"
    );
    assert!(version.contains("data file schema"), "{version}");

    let help = stdout(&installed.cli(data.path(), &["--help"]));
    for command in [
        "init-demo",
        "export",
        "import",
        "brief",
        "talking-points",
        "oral-statement",
        "classify",
        "search",
        "calendar",
        "snapshots",
    ] {
        assert!(help.contains(command), "--help names {command}:\n{help}");
    }

    stdout(&installed.cli(data.path(), &["init-demo"]));
    let out = tempfile::tempdir().expect("a temporary folder");
    let brief = out.path().join("brief.pdf");
    stdout(&installed.cli(
        data.path(),
        &["brief", "--out", brief.to_str().expect("UTF-8")],
    ));
    let text = Command::new("pdftotext")
        .arg(&brief)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt-get install poppler-utils)");
    let text = stdout(&text);
    assert!(text.contains("Republic of Meridia"), "{text}");
}

#[test]
#[ignore = "needs the packages: run `make package-test`"]
fn the_installed_window_opens_on_its_first_screen() {
    let installed = Installed::unpack();
    let app = App::start();
    // `upr-kit` with no command, as a user types it: it starts `upr-kit-window` from beside
    // itself, inside the throwaway root.
    let session = app.open_program(&installed.path("/usr/bin/upr-kit"), &[]);
    let overview = Overview::new(&session);
    assert_eq!(
        overview.organisation_name(),
        "Meridia Coalition for Human Rights (MCHR)"
    );
    // The About section lists the licences of what ships inside.
    Frame::new(&session).go_to("settings");
    let about = session.text(&session.wait(&by_test_id("aboutLicences")));
    assert!(
        about.contains("GNU Affero General Public License"),
        "{about}"
    );
    assert!(about.contains("Noto Sans Regular — OFL-1.1"), "{about}");
    assert!(about.contains("Rust crates in the program"), "{about}");
    assert!(
        about.contains("JavaScript packages in the window (6)"),
        "{about}"
    );
    session.end();
}

#[test]
#[ignore = "needs the packages: run `make package-test`"]
fn a_double_clicked_exchange_file_is_imported_only_after_the_user_says_so() {
    let installed = Installed::unpack();
    let app = App::start();
    // A partner's file: the demo under another organisation's name, exported under the name
    // a double-click opens.
    let partner = tempfile::tempdir().expect("a temporary folder");
    stdout(&installed.cli(&partner.path().join("data"), &["init-demo"]));
    let file = partner.path().join("partner.uprkit");
    stdout(&installed.cli(
        &partner.path().join("data"),
        &["export", file.to_str().expect("UTF-8")],
    ));
    let mut document: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("the export reads")).expect("JSON");
    document["organisation"]["name"] = "Partner Coalition of Meridia".into();
    std::fs::write(&file, document.to_string()).expect("the partner's file is written");

    let (program, args) = installed.double_click(&file);
    let session = app.open_program(&program, &args);

    // Asked first; nothing of the file is stored before the answer.
    let question = session.wait(&by_test_id("openFileQuestion"));
    assert!(session.text(&question).contains("partner.uprkit"));
    assert!(!stdout(&app.cli(&["show"])).contains("Partner Coalition"));
    session.click(&session.wait(&by_test_id("openFileImport")));
    // The first start loaded the demo, so replacing it is asked about too.
    session.click(&session.wait(&by_test_id("backupConfirmReplace")));
    session.wait_for_text("the import's result", |t| t.contains("Restored"));
    session.end();
    assert!(stdout(&app.cli(&["show"])).contains("Partner Coalition of Meridia"));
}

/// Whether the campaign in `data_dir` holds a recommendation worded `text`.
fn holds_recommendation(data_dir: &Path, text: &str) -> bool {
    let mut store = upr_core::store::Store::open_dir(data_dir).expect("the store opens");
    let campaign = store
        .current_campaign()
        .expect("the campaign reads")
        .expect("a campaign")
        .id;
    store
        .priority_issues(campaign)
        .expect("the issues read")
        .iter()
        .flat_map(|issue| &issue.recommendations)
        .any(|r| r.text == text)
}

#[test]
#[ignore = "needs the packages: run `make package-test`"]
fn a_double_clicked_share_file_is_merged_only_after_the_user_says_so() {
    const NEW: &str =
        "Establish an independent mechanism for the protection of journalists by 2028.";
    let installed = Installed::unpack();
    let app = App::start();
    // MCHR shares its campaign; WLAC (the window's data folder) joins it with the installed
    // command line; MCHR then adds a recommendation and shares again.
    let mchr = tempfile::tempdir().expect("a temporary folder");
    let mchr_data = mchr.path().join("data");
    stdout(&installed.cli(&mchr_data, &["init-demo"]));
    let first = mchr.path().join("first.uprshare");
    stdout(&installed.cli(
        &mchr_data,
        &["share", "--out", first.to_str().expect("UTF-8")],
    ));
    stdout(&installed.cli(
        &app.data_dir(),
        &[
            "join",
            first.to_str().expect("UTF-8"),
            "--organisation",
            "Women's Legal Aid Centre",
            "--acronym",
            "WLAC",
        ],
    ));
    {
        let mut store = upr_core::store::Store::open_dir(&mchr_data).expect("MCHR's store");
        let campaign = store
            .current_campaign()
            .expect("the campaign reads")
            .expect("a campaign")
            .id;
        let mut issue = store
            .priority_issues(campaign)
            .expect("the issues read")
            .remove(0);
        issue.recommendations.push(upr_core::model::Recommendation {
            id: upr_core::model::new_id(),
            text: NEW.into(),
            action_category: None,
            previously_recommended: String::new(),
            created_at: upr_core::model::now(),
            updated_at: upr_core::model::now(),
        });
        store
            .save_priority_issue(campaign, issue)
            .expect("MCHR's recommendation is saved");
    }
    let file = mchr.path().join("from-mchr.uprshare");
    stdout(&installed.cli(
        &mchr_data,
        &["share", "--out", file.to_str().expect("UTF-8")],
    ));

    let (program, args) = installed.double_click(&file);
    let session = app.open_program(&program, &args);

    // Asked first, on the Coalition screen; nothing of the file is merged before the answer.
    let question = session.wait(&by_test_id("openShareQuestion"));
    assert!(session.text(&question).contains("from-mchr.uprshare"));
    assert!(!holds_recommendation(&app.data_dir(), NEW));
    session.click(&session.wait(&by_test_id("openShareMerge")));
    let summary = session.text(&session.wait(&by_test_id("coalitionSummary")));
    assert!(summary.starts_with("From MCHR"), "{summary}");
    assert!(summary.contains("1 new recommendation"), "{summary}");
    session.end();
    assert!(holds_recommendation(&app.data_dir(), NEW));
}
