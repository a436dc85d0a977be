//! Starts what a test needs and stops it again: an Xvfb display, tauri-driver on a free port
//! (with WebKitWebDriver behind it), and the app on a data folder of the test's own.

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::wait;
use super::webdriver::{Session, WebDriver};

/// A display and a driver, ready to start the app as often as a test needs (a restart is a
/// new session on the same data folder).
pub struct App {
    // Held while the app is up: one window at a time in the test binary (every story of the
    // suite is in it). Several WebKit windows at once on a 2-core machine starve each other
    // and make timings, not the app, fail.
    _one_at_a_time: std::sync::MutexGuard<'static, ()>,
    xvfb: Child,
    driver_process: Child,
    pub display: String,
    pub driver: WebDriver,
    data: tempfile::TempDir,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

fn require(program: &str, install: &str) {
    let found = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
        .unwrap_or(false);
    assert!(
        found,
        "{program} is not installed: {install} (the README's test command does this)"
    );
}

impl App {
    /// Starts a display and a driver for a test, with an empty data folder.
    pub fn start() -> App {
        App::start_with_env(&[])
    }

    /// As [`App::start`], with `env` set for the app (a folder of stand-in programs first on
    /// `PATH`, say, to see what the app asks the system to open).
    pub fn start_with_env(env: &[(&str, &std::ffi::OsStr)]) -> App {
        require("Xvfb", "apt-get install xvfb");
        require("WebKitWebDriver", "apt-get install webkit2gtk-driver");
        require("tauri-driver", "cargo install tauri-driver --locked");

        static ONE_WINDOW: std::sync::Mutex<()> = std::sync::Mutex::new(());
        // A test that failed while holding the lock poisons it; the next one may still run.
        let one_at_a_time = ONE_WINDOW
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let data = tempfile::tempdir().expect("a temporary folder");
        // Xvfb picks a free display itself and writes its number to the pipe we give it.
        let (mut xvfb, display) = start_xvfb();
        let port = free_port();
        let native_port = free_port();
        // Its own process group, so that stopping it also stops the WebKitWebDriver it
        // starts, even when a failed test never ended its session.
        let driver_process = Command::new("tauri-driver")
            .process_group(0)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("DISPLAY", &display)
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .env("NO_AT_BRIDGE", "1")
            .env("GDK_BACKEND", "x11")
            .env_remove("UPR_KIT_DATA_DIR")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let driver_process = match driver_process {
            Ok(child) => child,
            Err(e) => {
                let _ = xvfb.kill();
                panic!("tauri-driver did not start: {e}");
            }
        };
        let driver = WebDriver::new(port);
        let mut app = App {
            _one_at_a_time: one_at_a_time,
            xvfb,
            driver_process,
            display,
            driver,
            data,
        };
        wait::until(Duration::from_secs(30), || {
            if let Ok(Some(status)) = app.driver_process.try_wait() {
                panic!("tauri-driver stopped at once ({status})");
            }
            if app.driver.is_up() {
                Ok(())
            } else {
                Err(format!("tauri-driver did not answer on port {port}"))
            }
        });
        app
    }

    pub fn data_dir(&self) -> PathBuf {
        self.data.path().join("data")
    }

    /// Opens the app window on this test's data folder.
    pub fn open(&self) -> Session<'_> {
        self.open_program(Path::new(env!("CARGO_BIN_EXE_upr-kit")), &[])
    }

    /// Opens the window with no data folder named, as a user starts it: on the folder the app
    /// remembers ("Move my data to…"), else its default.
    pub fn open_remembered(&self) -> Session<'_> {
        self.driver.new_session(env!("CARGO_BIN_EXE_upr-kit"), &[])
    }

    /// Opens the window through `program` (an installed copy, say) on this test's data
    /// folder, with `args` after `--data-dir`.
    pub fn open_program(&self, program: &Path, args: &[String]) -> Session<'_> {
        let mut all = vec![
            "--data-dir".to_string(),
            self.data_dir().display().to_string(),
        ];
        all.extend_from_slice(args);
        self.driver
            .new_session(&program.display().to_string(), &all)
    }

    /// Runs the CLI on the same data folder (for setting up or checking what the window did).
    pub fn cli(&self, args: &[&str]) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_upr-kit"))
            .arg("--data-dir")
            .arg(self.data_dir())
            .args(args)
            .output()
            .expect("upr-kit runs")
    }

    /// Loads the demo and imports the excerpt of UPR Info's data (`tests/data/`) from the
    /// command line, before the window starts.
    pub fn load_demo_and_past_recommendations(&self) {
        assert!(self.cli(&["init-demo"]).status.success());
        let excerpt = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/upr-info-excerpt.csv");
        let imported = self.cli(&["import-recommendations", excerpt.to_str().unwrap()]);
        assert!(imported.status.success(), "{imported:?}");
    }

    /// Imports, before the window starts, the demo with every issue's background six times as
    /// long: a campaign whose brief cannot fit its two pages.
    pub fn import_a_brief_too_long(&self) {
        let mut doc: serde_json::Value =
            serde_json::from_str(include_str!("../../assets/demo/demo-organisation.json"))
                .expect("the demo is JSON");
        for issue in doc["campaigns"][0]["priority_issues"]
            .as_array_mut()
            .expect("the demo has priority issues")
        {
            let background = issue["background"].as_str().unwrap_or_default().repeat(6);
            issue["background"] = background.into();
        }
        let long = self.data_dir().with_file_name("long.json");
        std::fs::write(&long, serde_json::to_vec(&doc).expect("JSON")).expect("written");
        assert!(self
            .cli(&["import", long.to_str().expect("a UTF-8 path")])
            .status
            .success());
    }

    /// Kills the running app with SIGKILL, as a crash or a power cut would stop it: no
    /// destructor runs, nothing is flushed. The app is found by its own process id (the
    /// binary started on this test's data folder), never by name. `upr-kit` replaces itself
    /// with the window program (`exec`), so the window's process runs `upr-kit-window`.
    pub fn kill_9_app(&self) {
        let binary =
            std::fs::canonicalize(env!("CARGO_BIN_EXE_upr-kit-window")).expect("the binary");
        let data_dir = self.data_dir().display().to_string();
        let mut killed = 0;
        for entry in std::fs::read_dir("/proc").expect("/proc lists processes") {
            let Ok(entry) = entry else { continue };
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|p| p.parse::<u32>().ok())
            else {
                continue;
            };
            let Ok(exe) = std::fs::read_link(entry.path().join("exe")) else {
                continue;
            };
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            let args: Vec<String> = cmdline
                .split(|b| *b == 0)
                .map(|a| String::from_utf8_lossy(a).into_owned())
                .collect();
            if exe == binary && args.contains(&data_dir) {
                let status = Command::new("kill")
                    .args(["-KILL", &pid.to_string()])
                    .status()
                    .expect("kill runs");
                assert!(status.success(), "kill -9 {pid} failed");
                killed += 1;
            }
        }
        assert_eq!(killed, 1, "expected one app process on {data_dir}");
    }

    /// A screenshot of the whole display, for a person to look at.
    pub fn screenshot(&self, path: &Path) {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("a folder for screenshots");
        }
        assert!(
            picture(&self.display, path),
            "the screenshot failed (ImageMagick's import: apt-get install imagemagick)"
        );
    }

    /// A guard that, when the story fails while it is held, saves a screenshot of the window
    /// as it was, as `name.png` in `UPR_KIT_SCREENSHOTS` (else the tests' scratch folder), and
    /// says where. Hold it after the session is opened, so it is dropped while the window is up.
    pub fn screenshot_on_failure(&self, name: &str) -> FailureScreenshot<'_> {
        FailureScreenshot {
            app: self,
            name: name.to_string(),
        }
    }
}

/// Starts Xvfb on a display it chooses itself (`-displayfd`): the stories of this binary run
/// one at a time (`App::start`'s lock), but another test run on the same machine never
/// collides with them on a display number. Xvfb writes the number on its standard output once it is ready.
fn start_xvfb() -> (Child, String) {
    use std::io::BufRead;

    let mut child = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1366x768x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts");
    let stdout = child
        .stdout
        .take()
        .expect("Xvfb's standard output is piped");
    let mut number = String::new();
    std::io::BufReader::new(stdout)
        .read_line(&mut number)
        .expect("Xvfb reports its display");
    assert!(
        !number.trim().is_empty(),
        "Xvfb stopped before reporting a display"
    );
    (child, format!(":{}", number.trim()))
}

impl Drop for App {
    fn drop(&mut self) {
        let group = format!("-{}", self.driver_process.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver_process.kill();
        let _ = self.driver_process.wait();
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
    }
}

/// Saves the whole `display` to `path` with ImageMagick's import; whether it worked.
fn picture(display: &str, path: &Path) -> bool {
    Command::new("import")
        .args(["-display", display, "-window", "root"])
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

/// See [`App::screenshot_on_failure`].
pub struct FailureScreenshot<'a> {
    app: &'a App,
    name: String,
}

impl Drop for FailureScreenshot<'_> {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            return;
        }
        let dir = std::env::var_os("UPR_KIT_SCREENSHOTS")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("e2e-failures"));
        let path = dir.join(format!("{}.png", self.name));
        // Already failing: a picture that cannot be taken must not turn the failure into an
        // abort, so nothing here panics.
        if std::fs::create_dir_all(&dir).is_ok() && picture(&self.app.display, &path) {
            eprintln!("the window when the story failed: {}", path.display());
        }
    }
}
