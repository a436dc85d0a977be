//! The advocacy workflow in the real window, as short user stories.

use crate::e2e;

use crate::e2e::pages::{DocumentsScreen, Frame, Overview, PriorityIssues, SettingsScreen};
use crate::e2e::wait::{self, until_true};
use crate::e2e::App;

const RECOMMENDATIONS: [&str; 4] = [
    "Repeal article 17 of the 2024 Cybersecurity Act",
    "Release all journalists held in pre-trial detention for their reporting by the end of 2027",
    "Take all necessary measures to protect journalists",
    "Establish an independent mechanism to investigate attacks on journalists",
];

const QUESTIONS: [&str; 4] = [
    "How many journalists are in pre-trial detention today?",
    "When will article 17 be reviewed?",
    "Which body investigates attacks on journalists?",
    "What budget does the protection programme have?",
];

/// Text as pdftotext gives it, without the line breaks and hyphens that layout adds, so that
/// a sentence is found whatever its line breaks.
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{AD}')
        .collect()
}

#[test]
fn a_priority_issue_written_in_the_window_goes_into_a_brief_and_survives_a_restart() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("issues");
    let issues = PriorityIssues::new(&session);
    issues.add_issue("Right to housing");
    for q in QUESTIONS {
        issues.add_question(q);
    }
    for r in RECOMMENDATIONS {
        issues.add_recommendation(r);
    }
    // The checker reads each recommendation: "take all necessary measures" is general
    // action (4) and gets a hint; the others ask for a specific measure (5).
    assert_eq!(issues.categories(4), vec![5, 5, 4, 5]);
    let hints = issues.hints();
    assert_eq!(
        hints.len(),
        1,
        "one hint, for the general recommendation: {hints:?}"
    );
    assert!(
        hints[0].contains("“Take"),
        "the hint quotes the words to replace: {}",
        hints[0]
    );
    assert!(
        issues.is_complete(),
        "four questions and four recommendations make the issue complete"
    );
    frame.wait_until_saved();

    // A brief on the new issue alone, written to a file and read back with pdftotext.
    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    for demo in [
        "Freedom of expression and the safety of journalists",
        "Torture and conditions of detention",
        "Violence against women and girls",
    ] {
        documents.leave_out(demo);
    }
    let pdf = app.data_dir().with_file_name("brief.pdf");
    let outcome = documents.write_to(&pdf);
    assert_eq!(outcome.state, "written", "{}", outcome.text);
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt-get install poppler-utils)");
    let text = squeezed(&String::from_utf8_lossy(&text.stdout));
    for r in RECOMMENDATIONS.iter().chain(QUESTIONS.iter()) {
        assert!(text.contains(&squeezed(r)), "the brief lacks “{r}”");
    }
    session.end();

    // Closed and opened again: everything is there, in order.
    let session = app.open();
    let frame = Frame::new(&session);
    assert_eq!(
        Overview::new(&session).priority_issue_titles(),
        vec![
            "Freedom of expression and the safety of journalists",
            "Torture and conditions of detention",
            "Violence against women and girls",
            "Right to housing",
        ]
    );
    frame.go_to("issues");
    let issues = PriorityIssues::new(&session);
    issues.open("Right to housing");
    assert_eq!(issues.recommendations(), RECOMMENDATIONS.to_vec());
    session.end();

    // And the store holds it: the CLI, a separate process, sees the new issue.
    let show = String::from_utf8_lossy(&app.cli(&["show"]).stdout).to_string();
    assert!(show.contains("Priority issues: 4"), "{show}");
}

#[test]
fn an_issue_moved_up_with_the_keyboard_keeps_its_new_place() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("issues");
    let issues = PriorityIssues::new(&session);
    issues.move_up_with_keyboard("Violence against women and girls");
    let expected = vec![
        "Freedom of expression and the safety of journalists",
        "Violence against women and girls",
        "Torture and conditions of detention",
    ];
    until_true("the list in the new order", || issues.titles() == expected);
    frame.wait_until_saved();
    session.end();

    let session = app.open();
    assert_eq!(Overview::new(&session).priority_issue_titles(), expected);
    session.end();
}

#[test]
fn a_deleted_issue_comes_back_with_undo_and_stays() {
    let app = App::start();
    let session = app.open();
    let _failure = app.screenshot_on_failure("a_deleted_issue_comes_back_with_undo_and_stays");
    let frame = Frame::new(&session);
    frame.go_to("issues");
    let issues = PriorityIssues::new(&session);
    issues.open("Torture and conditions of detention");
    issues.delete_open_issue();
    until_true("the issue leaving the list", || issues.titles().len() == 2);
    frame.undo();
    let all = vec![
        "Freedom of expression and the safety of journalists",
        "Torture and conditions of detention",
        "Violence against women and girls",
    ];
    until_true("Undo bringing the issue back", || issues.titles() == all);
    frame.wait_until_saved();
    session.end();

    let session = app.open();
    assert_eq!(Overview::new(&session).priority_issue_titles(), all);
    session.end();
}

#[test]
fn switching_the_window_to_french_translates_it_and_is_remembered() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("settings");
    let settings = SettingsScreen::new(&session);
    assert!(settings
        .data_file()
        .starts_with(&app.data_dir().display().to_string()));
    settings.choose_window_language("fr");
    session.wait_for_text("the window in French", |t| {
        t.contains("Thématiques prioritaires") && t.contains("Réglages")
    });
    frame.wait_until_saved();
    session.end();

    let session = app.open();
    let frame = Frame::new(&session);
    assert_eq!(
        frame.navigation_labels(),
        vec![
            "Vue d'ensemble",
            "Organisation",
            "Campagne",
            "Thématiques prioritaires",
            "États cibles",
            "Rencontres",
            "Documents",
            "Calendrier",
            "Contribution",
            "Entre deux examens",
            "Recommandations passées",
            "Coalition",
            "Réglages"
        ]
    );
    assert!(Overview::new(&session)
        .campaign_line()
        .starts_with("EPU de Republic of Meridia"));
    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        frame.go_to("issues");
        session.wait_for_text("the French editor", |t| t.contains("Faits clés"));
        std::thread::sleep(std::time::Duration::from_millis(800));
        app.screenshot(&std::path::Path::new(&dir).join("issues-fr.png"));
    }
    session.end();
}

/// Every screen of the sidebar (the `nav…` test ids of `ui/src/testIds.json`) opens, is
/// drawn, and shows no error.
#[test]
fn every_screen_opens_without_an_error() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    let shots = std::env::var_os("UPR_KIT_SCREENSHOTS").map(std::path::PathBuf::from);
    let screens = Frame::screens();
    assert_eq!(
        screens.len(),
        session.find_all(".sidebar .nav-button").len(),
        "the sidebar's buttons are the screens of testIds.json: {screens:?}"
    );
    for nav in screens {
        frame.open(nav);
        let errors = session.find_all(&e2e::by_test_id("errorMessage"));
        assert!(
            errors.is_empty(),
            "{nav} reported an error:\n{}",
            session.page_text()
        );
        if let Some(dir) = &shots {
            if nav == "navIssues" {
                // The recommendations with their badges and hints are what this screen is for.
                session.wait(&e2e::by_test_id("categoryBadge"));
                session.execute(
                    "document.querySelector('[data-testid=\"category-badge\"]').closest('.child').scrollIntoView()",
                    vec![],
                );
            }
            // Let the checker's badges and the fonts settle before the picture.
            std::thread::sleep(std::time::Duration::from_millis(800));
            let screen = nav.trim_start_matches("nav").to_lowercase();
            app.screenshot(&dir.join(format!("{screen}.png")));
        }
    }
    session.end();
}

/// 200 % zoom on a 1366×768 screen leaves 683×384 CSS pixels: every screen must still fit its
/// width (no sideways scrolling to read a line) and keep its navigation reachable.
#[test]
fn ctrl_equals_zooms_the_window_in() {
    let app = App::start();
    let session = app.open();
    Frame::new(&session);
    let width = || {
        session
            .execute("return window.innerWidth", vec![])
            .as_u64()
            .unwrap()
    };
    let before = width();
    let body = session.wait("body");
    for _ in 0..5 {
        session.press_keys(
            &body,
            &[e2e::webdriver::Key::Control, e2e::webdriver::Key::Equals],
        );
    }
    // Five steps of 20 % make 200 %: the page has half the CSS pixels it had.
    wait::until(wait::PATIENCE, || {
        let now = width();
        if now * 2 <= before + 4 {
            Ok(())
        } else {
            Err(format!("Ctrl+= did not zoom: {now} px of {before}"))
        }
    });
    session.end();
}

#[test]
fn every_screen_reads_at_200_percent_zoom() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    session.set_window_size(683, 384);
    let shots = std::env::var_os("UPR_KIT_SCREENSHOTS").map(std::path::PathBuf::from);
    for nav in Frame::screens() {
        frame.open(nav);
        // A screen that is still reading its data may be wider for a moment: judge it once
        // it has settled (up to two seconds).
        let fits = wait::within(std::time::Duration::from_secs(2), || {
            let widths = session.execute(
                "return [document.documentElement.scrollWidth, window.innerWidth]",
                vec![],
            );
            let (content, window) = (widths[0].as_u64().unwrap(), widths[1].as_u64().unwrap());
            assert!(window <= 700, "the window did not shrink: {window} px");
            if content <= window {
                Ok(())
            } else {
                Err(format!("{content} px wide in a {window} px window"))
            }
        });
        if let Some(dir) = &shots {
            let screen = nav.trim_start_matches("nav").to_lowercase();
            app.screenshot(&dir.join(format!("zoom-{screen}.png")));
        }
        if let Err(wide) = fits {
            // Name what sticks out, so the failure says what to fix.
            let culprit = session.execute(
                "let worst = null, right = 0; \
                 const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL); \
                 while (walk.nextNode()) { \
                   const n = walk.currentNode, range = document.createRange(); \
                   range.selectNodeContents(n); \
                   const r = n.nodeType === 1 ? Math.max(n.getBoundingClientRect().right, ['INPUT','TEXTAREA','SELECT'].includes(n.tagName) ? 0 : \
                     n.getBoundingClientRect().left + n.scrollWidth) : range.getBoundingClientRect().right; \
                   if (r > right) { right = r; worst = n.nodeType === 1 ? n : n.parentElement; } } \
                 let chain = ''; \
                 for (let e = worst; e && e !== document.body; e = e.parentElement) \
                   chain += ' < ' + e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().width); \
                 return worst ? '«' + (worst.textContent || '').slice(0, 40) + '» ' + \
                   Math.round(right) + chain : ''",
                vec![],
            );
            panic!("{nav} is {wide}: {culprit}");
        }
    }
    session.end();
}

/// Figures, not a pass/fail: how long the window takes to show the organisation from a cold
/// start, and how much memory it holds then. Run with
/// `cargo test --release -p upr-kit --test integration -- --ignored --nocapture e2e_workflow::measure`,
/// or, to measure the programs `make package` built without building the tests in release,
/// `UPR_KIT_MEASURE_PROGRAM=target/release/upr-kit cargo test -p upr-kit --test integration -- --ignored --nocapture e2e_workflow::measure`.
#[test]
#[ignore = "prints figures; run by hand on a release build"]
fn measure_cold_start_and_memory() {
    let program = std::env::var_os("UPR_KIT_MEASURE_PROGRAM")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_upr-kit").into());
    let program = std::fs::canonicalize(&program).expect("the program to measure exists");
    let app = App::start();
    for run in 1..=3 {
        let started = std::time::Instant::now();
        let session = app.open_program(&program, &[]);
        let overview = Overview::new(&session);
        assert!(!overview.organisation_name().is_empty());
        let shown_at = epoch_ms(std::time::SystemTime::now());
        let shown = started.elapsed();
        // Where the time went, from inside: the page's own clock says when WebKit began to
        // load the front-end and when its script had run.
        let page = session.execute(
            "return [performance.timeOrigin, performance.timeOrigin + \
             performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd]",
            vec![],
        );
        let page_ms = |i: usize| page.get(i).and_then(|v| v.as_f64()).unwrap_or(0.0) as u64;
        std::thread::sleep(std::time::Duration::from_secs(2));
        let memory = memory_of_the_app(&app.data_dir());
        println!(
            "run {run}: first screen after {} ms through WebDriver; the app process started \
             {} ms before the test saw its first screen (to the page's load {} ms, the \
             front-end's script {} ms more)",
            shown.as_millis(),
            shown_at.saturating_sub(memory.started_ms),
            page_ms(0).saturating_sub(memory.started_ms),
            page_ms(1).saturating_sub(page_ms(0)),
        );
        println!(
            "run {run}: RSS app process {} MB ({} MB its own heap and stacks, {} MB mapped \
             files: the programs and libraries), WebKit's processes {} MB",
            memory.app_kb / 1024,
            memory.app_anon_kb / 1024,
            memory.app_file_kb / 1024,
            memory.webkit_kb / 1024
        );
        session.end();
    }
}

fn epoch_ms(t: std::time::SystemTime) -> u64 {
    t.duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// When process `pid` started, in ms since the epoch (to the kernel's tick, 10 ms): its age
/// is the time since boot (`/proc/uptime`) less its start in ticks after boot
/// (`/proc/PID/stat`).
fn process_started_ms(pid: u32) -> u64 {
    let now = epoch_ms(std::time::SystemTime::now());
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The fields after the command's name, which is in parentheses and may hold spaces;
    // the start time is the 22nd field of the line, the 20th after the name.
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let ticks: u64 = after_name
        .split_whitespace()
        .nth(19)
        .and_then(|t| t.parse().ok())
        .unwrap_or(0);
    let uptime_s: f64 = std::fs::read_to_string("/proc/uptime")
        .unwrap_or_default()
        .split_whitespace()
        .next()
        .and_then(|t| t.parse().ok())
        .unwrap_or(0.0);
    // SAFETY: sysconf only reads a system constant.
    let per_s = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as u64;
    let age_ms = ((uptime_s * 1000.0) as u64).saturating_sub(ticks * 1000 / per_s);
    now.saturating_sub(age_ms)
}

/// Resident memory (kB) of the app process on a data folder, and of WebKit's processes it
/// started.
struct Memory {
    app_kb: u64,
    /// Anonymous pages: heaps, stacks, caches — what the process itself allocated.
    app_anon_kb: u64,
    /// Pages of mapped files: the program and the shared libraries (GTK, WebKit…).
    app_file_kb: u64,
    webkit_kb: u64,
    /// When the app process started, in ms since the epoch.
    started_ms: u64,
}

/// RSS of the upr-kit process on this data folder, and of the WebKit processes it started.
fn memory_of_the_app(data_dir: &std::path::Path) -> Memory {
    let want = data_dir.display().to_string();
    let mut app_pid = None;
    let mut table = Vec::new();
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        let status = std::fs::read_to_string(entry.path().join("status")).unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0)
        };
        if cmdline.contains(&want) && cmdline.contains("upr-kit") {
            app_pid = Some(pid);
        }
        table.push((
            pid,
            field("PPid:") as u32,
            [field("VmRSS:"), field("RssAnon:"), field("RssFile:")],
        ));
    }
    let app_pid = app_pid.expect("the app process on this data folder");
    let [app_kb, app_anon_kb, app_file_kb] = table
        .iter()
        .find(|p| p.0 == app_pid)
        .map_or([0; 3], |p| p.2);
    let webkit_kb = table
        .iter()
        .filter(|p| p.1 == app_pid)
        .map(|p| p.2[0])
        .sum();
    Memory {
        app_kb,
        app_anon_kb,
        app_file_kb,
        webkit_kb,
        started_ms: process_started_ms(app_pid),
    }
}
