//! Coalition work in the real window: WLAC opens MCHR's share file, reads the summary, settles
//! the conflict on an issue both changed field by field, and finds MCHR's new recommendation
//! (merged item by item, without a conflict) in the brief.

use upr_core::coalition::{self, ShareChoice};
use upr_core::model::{new_id, now, Organisation, Recommendation};
use upr_core::store::Store;

use crate::e2e::pages::{CoalitionScreen, DocumentsScreen, Frame, PriorityIssues};
use crate::e2e::App;

const MCHR_RECOMMENDATION: &str =
    "Establish an independent mechanism for the protection of journalists by 2028.";
const WLAC_BACKGROUND: &str = "WLAC documented 14 attacks on women journalists in 2026.";

fn recommendation(text: &str) -> Recommendation {
    Recommendation {
        id: new_id(),
        text: text.into(),
        action_category: None,
        previously_recommended: String::new(),
        created_at: now(),
        updated_at: now(),
    }
}

/// Edits the issue at `index` (of the campaign's list) in `store`.
fn edit_issue(
    store: &mut Store,
    index: usize,
    edit: impl FnOnce(&mut upr_core::model::PriorityIssue),
) {
    let c = store.current_campaign().unwrap().unwrap().id;
    let mut issue = store.priority_issues(c).unwrap().remove(index);
    edit(&mut issue);
    store.save_priority_issue(c, issue).unwrap();
}

/// WLAC (the window's data folder) joined MCHR's campaign; since then both changed the first
/// issue (MCHR a recommendation and the background, WLAC the background) and MCHR added a
/// recommendation to the second. Returns MCHR's new share file.
fn two_partners_with_a_conflict(app: &App, mchr_dir: &std::path::Path) -> std::path::PathBuf {
    let mut mchr = Store::open_dir(&mchr_dir.join("data")).unwrap();
    upr_core::demo::load(&mut mchr).unwrap();
    let first = mchr_dir.join("first.uprshare");
    coalition::share(&mut mchr, &ShareChoice::default(), &first, None).unwrap();
    let mut wlac = Store::open_dir(&app.data_dir()).unwrap();
    let mut org = Organisation::named("Women's Legal Aid Centre");
    org.acronym = "WLAC".into();
    coalition::join_file(&mut wlac, org, &first, None).unwrap();

    edit_issue(&mut wlac, 0, |i| i.background = WLAC_BACKGROUND.into());
    edit_issue(&mut mchr, 0, |i| {
        i.background.push_str(" MCHR updated this in November.");
        i.recommendations.push(recommendation(MCHR_RECOMMENDATION));
    });
    edit_issue(&mut mchr, 1, |i| {
        i.recommendations
            .push(recommendation("Amend the Penal Code to define torture."))
    });
    let second = mchr_dir.join("from-mchr.uprshare");
    coalition::share(&mut mchr, &ShareChoice::default(), &second, None).unwrap();
    second
}

fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{AD}')
        .collect()
}

#[test]
fn a_partners_share_file_is_merged_and_a_conflict_settled_field_by_field() {
    let app = App::start();
    let mchr_dir = tempfile::tempdir().unwrap();
    let file = two_partners_with_a_conflict(&app, mchr_dir.path());

    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("coalition");
    let screen = CoalitionScreen::new(&session);
    let summary = screen.merge_typed(&file);
    assert!(summary.starts_with("From MCHR"), "{summary}");
    // Recommendations merge item by item: both of MCHR's arrive without asking.
    assert!(summary.contains("2 new recommendations"), "{summary}");
    assert!(summary.contains("1 conflict"), "{summary}");

    let conflicts = screen.conflicts();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert!(
        conflicts[0].contains("changed here and by MCHR"),
        "{conflicts:?}"
    );
    let fields = screen.fields();
    assert!(
        fields.iter().any(|f| f.starts_with("Background")),
        "{fields:?}"
    );
    // The conflict is the issue's own fields only; its recommendations are not in question.
    assert!(
        !fields.iter().any(|f| f.contains(MCHR_RECOMMENDATION)),
        "{fields:?}"
    );
    // Our background; MCHR's recommendation is already there.
    screen.pick("mine", "background");
    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        // The summary above the conflict: two recommendations merged item by item, and the
        // one issue whose own field both changed.
        session.execute(
            "document.querySelector(arguments[0]).scrollIntoView()",
            vec![crate::e2e::by_test_id("coalitionSummary").into()],
        );
        std::thread::sleep(std::time::Duration::from_millis(500));
        app.screenshot(&std::path::Path::new(&dir).join("app-coalition-conflict.png"));
    }
    screen.save_version();

    let listed = app.cli(&["conflicts"]);
    assert!(String::from_utf8_lossy(&listed.stdout).contains("No conflicts"));
    let mut store = Store::open_dir(&app.data_dir()).unwrap();
    let c = store.current_campaign().unwrap().unwrap().id;
    let settled = store.priority_issues(c).unwrap().remove(0);
    assert_eq!(settled.background, WLAC_BACKGROUND);
    assert!(settled
        .recommendations
        .iter()
        .any(|r| r.text == MCHR_RECOMMENDATION));
    drop(store);

    // The issue only MCHR changed says so, discreetly; the settled one is WLAC's own now.
    frame.go_to("issues");
    let issues = PriorityIssues::new(&session);
    issues.open("Torture and conditions of detention");
    session.wait_for_text("who changed it", |t| t.contains("Last changed by MCHR"));
    issues.open("Freedom of expression");
    crate::e2e::wait::until_true("the settled issue without a partner's mark", || {
        let title = session
            .first_value(&crate::e2e::by_test_id("issueTitleField"))
            .unwrap_or_default();
        title.starts_with("Freedom of expression")
            && session
                .find_all(&crate::e2e::by_test_id("changedBy"))
                .is_empty()
    });

    frame.go_to("documents");
    let pages = DocumentsScreen::new(&session).preview_pages();
    let text = squeezed(&pages.iter().map(|p| p.text.as_str()).collect::<String>());
    assert!(
        text.contains(&squeezed(MCHR_RECOMMENDATION)),
        "the brief lacks the merged recommendation"
    );
}

/// The exchange folder: while the window runs, its watch merges the share file a partner's
/// synchronising program drops into the folder, and the Coalition screen lists it.
/// `upr-kit FILE`, as a double-click on a `.uprshare` runs the window (the package's desktop
/// entry runs `upr-kit-window %f`, replayed in `package.rs`): asked first, then merged.
#[test]
fn a_share_file_the_window_is_opened_with_is_merged_once_the_user_says_so() {
    let app = App::start();
    let mchr_dir = tempfile::tempdir().unwrap();
    let file = two_partners_with_a_conflict(&app, mchr_dir.path());

    let session = app.open_program(
        std::path::Path::new(env!("CARGO_BIN_EXE_upr-kit")),
        &[file.display().to_string()],
    );
    let question = session.wait(&crate::e2e::by_test_id("openShareQuestion"));
    assert!(session.text(&question).contains("from-mchr.uprshare"));
    // Nothing of the file is merged before the answer.
    let conflicts = app.cli(&["conflicts"]);
    assert!(String::from_utf8_lossy(&conflicts.stdout).contains("No conflicts"));
    session.click(&session.wait(&crate::e2e::by_test_id("openShareMerge")));
    let summary = session.text(&session.wait(&crate::e2e::by_test_id("coalitionSummary")));
    assert!(summary.starts_with("From MCHR"), "{summary}");
    assert!(summary.contains("1 conflict"), "{summary}");
    session.end();
    let conflicts = app.cli(&["conflicts"]);
    assert!(!String::from_utf8_lossy(&conflicts.stdout).contains("No conflicts"));
}

#[test]
fn a_share_file_dropped_into_the_exchange_folder_is_merged_while_the_window_runs() {
    let app = App::start();
    let mchr_dir = tempfile::tempdir().unwrap();
    let shared = tempfile::tempdir().unwrap();
    let mut mchr = Store::open_dir(&mchr_dir.path().join("data")).unwrap();
    upr_core::demo::load(&mut mchr).unwrap();
    let first = mchr_dir.path().join("first.uprshare");
    coalition::share(&mut mchr, &ShareChoice::default(), &first, None).unwrap();
    {
        let mut wlac = Store::open_dir(&app.data_dir()).unwrap();
        let mut org = Organisation::named("Women's Legal Aid Centre");
        org.acronym = "WLAC".into();
        coalition::join_file(&mut wlac, org, &first, None).unwrap();
        let mut settings = wlac.settings().unwrap();
        settings.exchange_folder = Some(shared.path().display().to_string());
        settings.exchange_folder_check_seconds = 5;
        wlac.save_settings(&settings).unwrap();
    }

    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("coalition");

    edit_issue(&mut mchr, 0, |i| {
        i.recommendations.push(recommendation(MCHR_RECOMMENDATION))
    });
    let mut settings = mchr.settings().unwrap();
    settings.exchange_folder = Some(shared.path().display().to_string());
    mchr.save_settings(&settings).unwrap();
    coalition::write_to_folder(&mut mchr).unwrap();

    let listed = session.wait_for_text("MCHR's file merged from the folder", |t| {
        t.contains("From MCHR") && t.contains("1 new recommendation")
    });
    assert!(!listed.contains("was not merged"), "{listed}");
    let mut wlac = Store::open_dir(&app.data_dir()).unwrap();
    let c = wlac.current_campaign().unwrap().unwrap().id;
    assert!(wlac.priority_issues(c).unwrap()[0]
        .recommendations
        .iter()
        .any(|r| r.text == MCHR_RECOMMENDATION));
}

/// A fresh window holds the demo; a partner (made with the CLI) shares its own campaign on
/// Norland. Joining from the banner replaces the demo by that campaign under the user's own
/// organisation, says what arrived, and the partner's priority issues are listed.
#[test]
fn a_fresh_window_joins_a_partners_campaign_in_place_of_the_demo() {
    let partner = crate::common::Kit::new();
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("../assets/demo/demo-organisation.json")).unwrap();
    let campaign = &mut doc["campaigns"][0];
    campaign["id"] = "2f6e1a3c-7b4d-4c8e-9f01-23456789abcd".into();
    campaign["state_under_review"] = "Republic of Norland".into();
    for issue in campaign["priority_issues"].as_array_mut().unwrap() {
        let title = format!("{} in Norland", issue["title"].as_str().unwrap());
        issue["title"] = title.into();
    }
    let json = partner.file("norland.json");
    std::fs::write(&json, serde_json::to_vec(&doc).unwrap()).unwrap();
    partner.ok(&["import", json.to_str().unwrap()]);
    let file = partner.file("norland.uprshare");
    partner.ok(&["share", "--out", file.to_str().unwrap()]);

    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("coalition");
    session.wait(&crate::e2e::by_test_id("joinHint"));
    join_as_wlac(&session, &file);

    let said = frame.announcements().join("\n");
    assert!(
        said.contains(
            "You joined the campaign for Republic of Norland as Women's Legal Aid Centre."
        ),
        "{said}"
    );
    assert!(
        said.contains("records added") && said.contains("From "),
        "{said}"
    );
    crate::e2e::wait::until_true("the banner leaving once the demo is replaced", || {
        session
            .find_all(&crate::e2e::by_test_id("demoBanner"))
            .is_empty()
    });

    frame.go_to("issues");
    let issues = PriorityIssues::new(&session);
    crate::e2e::wait::until_true("the partner's priority issues listed", || {
        issues
            .titles()
            .iter()
            .any(|t| t.contains("Torture and conditions of detention in Norland"))
    });
    let titles = issues.titles();
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert!(
        titles.iter().all(|t| t.contains("in Norland")),
        "{titles:?}"
    );

    // Under the user's own organisation; the demo kept as a snapshot.
    let shown = String::from_utf8_lossy(&app.cli(&["show"]).stdout).to_string();
    assert!(shown.contains("Women's Legal Aid Centre"), "{shown}");
    let list = String::from_utf8_lossy(&app.cli(&["snapshots"]).stdout).to_string();
    assert!(
        list.contains("Meridia"),
        "no snapshot holds the demo:\n{list}"
    );
}

/// Joins, from the demo banner's form, as WLAC with the share file at `file` (typed).
fn join_as_wlac(session: &crate::e2e::webdriver::Session<'_>, file: &std::path::Path) {
    session.click(&session.wait(&crate::e2e::by_test_id("joinStart")));
    for (field, text) in [
        ("joinOrganisation", "Women's Legal Aid Centre"),
        ("joinAcronym", "WLAC"),
        ("joinPath", &file.display().to_string()),
    ] {
        session.type_into(&session.wait(&crate::e2e::by_test_id(field)), text);
    }
    session.click(&session.wait(&crate::e2e::by_test_id("joinTyped")));
}

/// Sharing chosen issues: ticking one priority issue in the share dialog narrows the preview
/// to that issue, as `upr-kit share --issue` does; untick it and the whole campaign is back.
#[test]
fn ticking_priority_issues_narrows_what_the_share_file_will_hold() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("coalition");
    let preview = |what: &str, check: &dyn Fn(&str) -> bool| {
        crate::e2e::wait::until_true(what, || {
            session
                .find_all(&crate::e2e::by_test_id("sharePreview"))
                .first()
                .is_some_and(|p| check(&session.text(p)))
        })
    };
    let all_three = |t: &str| {
        t.contains("Priority issue: Freedom of expression and the safety of journalists")
            && t.contains("Priority issue: Torture and conditions of detention")
            && t.contains("Priority issue: Violence against women and girls")
    };
    preview("the whole campaign in the preview", &all_three);

    let tick = || {
        let boxes = session.find_all(&format!(
            "{} input[type=checkbox]",
            crate::e2e::by_test_id("shareIssues")
        ));
        assert_eq!(boxes.len(), 3, "one tick per priority issue");
        // Priority order: the second is torture.
        session.click(&boxes[1]);
    };
    tick();
    preview("only the ticked issue in the preview", &|t| {
        t.contains("Priority issue: Torture and conditions of detention")
            && !t.contains("Priority issue: Freedom of expression")
            && !t.contains("Priority issue: Violence against women")
    });
    tick();
    preview("the whole campaign again once unticked", &all_three);
}

/// A partner's share file encrypted with `upr-kit share --new-passphrase-file`: the window
/// asks for its passphrase instead of refusing it, says plainly when the one typed is wrong
/// (nothing merged), and merges it with the right one.
#[test]
fn a_partners_encrypted_share_file_is_merged_once_its_passphrase_is_typed() {
    const PARTNERS_PASSPHRASE: &str = "passphrase given to WLAC by phone";
    let app = App::start();
    let mchr_dir = tempfile::tempdir().unwrap();
    two_partners_with_a_conflict(&app, mchr_dir.path());
    let passphrase_file = mchr_dir.path().join("passphrase.txt");
    std::fs::write(&passphrase_file, PARTNERS_PASSPHRASE).unwrap();
    let file = mchr_dir.path().join("from-mchr-sealed.uprshare");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_upr-kit"))
        .arg("--data-dir")
        .arg(mchr_dir.path().join("data"))
        .args(["share", "--out"])
        .arg(&file)
        .arg("--new-passphrase-file")
        .arg(&passphrase_file)
        .output()
        .expect("upr-kit runs");
    assert!(out.status.success(), "{out:?}");
    assert!(
        !String::from_utf8_lossy(&std::fs::read(&file).unwrap()).contains(MCHR_RECOMMENDATION),
        "the share file is encrypted"
    );

    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("coalition");
    session.click(&session.wait(".path-entry summary"));
    let field = session.wait(&crate::e2e::by_test_id("coalitionMergePath"));
    session.type_into(&field, &file.display().to_string());
    session.click(&session.wait(&crate::e2e::by_test_id("coalitionMergeTyped")));

    let asked = session.text(&session.wait(&crate::e2e::by_test_id("filePassphrase")));
    assert!(asked.contains("is encrypted"), "{asked}");
    let passphrase = session.wait(&crate::e2e::by_test_id("filePassphraseField"));
    session.type_into(&passphrase, "not the passphrase");
    session.click(&session.wait(&crate::e2e::by_test_id("filePassphraseOpen")));
    let error = session.text(&session.wait(&crate::e2e::by_test_id("errorMessage")));
    assert!(error.contains("passphrase is wrong"), "{error}");
    assert!(session
        .find_all(&crate::e2e::by_test_id("coalitionSummary"))
        .is_empty());
    let listed = String::from_utf8_lossy(&app.cli(&["conflicts"]).stdout).to_string();
    assert!(
        listed.contains("No conflicts"),
        "nothing merged yet: {listed}"
    );

    let passphrase = session.wait(&crate::e2e::by_test_id("filePassphraseField"));
    session.clear(&passphrase);
    session.type_into(&passphrase, PARTNERS_PASSPHRASE);
    session.click(&session.wait(&crate::e2e::by_test_id("filePassphraseOpen")));
    let summary = session.text(&session.wait(&crate::e2e::by_test_id("coalitionSummary")));
    assert!(summary.starts_with("From MCHR"), "{summary}");
    assert!(summary.contains("1 conflict"), "{summary}");
    assert!(session
        .find_all(&crate::e2e::by_test_id("filePassphrase"))
        .is_empty());
    session.end();
}

/// While the data is encrypted, the share dialog's "Encrypt with a passphrase" is ticked and
/// cannot be unticked, nothing is written until the passphrase is typed twice alike, and the
/// file written opens for the partner only with that passphrase.
#[test]
fn sharing_from_encrypted_data_writes_a_share_file_encrypted_with_the_passphrase_typed_twice() {
    const SHARE_PASSPHRASE: &str = "passphrase for our partners";
    let app = App::start();
    crate::e2e_encryption::encrypted_demo(&app);
    let session = app.open();
    crate::e2e_encryption::unlock_with(&session, crate::e2e_encryption::PASSPHRASE);
    Frame::new(&session).go_to("coalition");

    let tick = session.wait(&crate::e2e::by_test_id("shareEncryptTick"));
    crate::e2e::wait::until_true("the tick set while the data is encrypted", || {
        session.property(&tick, "checked") == "true"
    });
    assert_eq!(session.property(&tick, "disabled"), "true");
    let entries = session.find_all(".path-entry summary");
    session.click(&entries[1]);
    let path = session.wait(&crate::e2e::by_test_id("sharePath"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("for-wlac.uprshare");
    session.type_into(&path, &file.display().to_string());
    let write = session.wait(&crate::e2e::by_test_id("shareTyped"));
    assert_eq!(session.property(&write, "disabled"), "true");
    let first = session.wait(&crate::e2e::by_test_id("sharePassphrase"));
    session.type_into(&first, SHARE_PASSPHRASE);
    let again = session.wait(&crate::e2e::by_test_id("sharePassphraseAgain"));
    session.type_into(&again, "passphrase for our partner");
    session.wait_for_text("the two passphrases differ", |t| {
        t.contains("The two passphrases differ")
    });
    assert_eq!(session.property(&write, "disabled"), "true");
    session.type_into(&again, "s");
    crate::e2e::wait::until_true("the button ready", || {
        session.property(&write, "disabled") == "false"
    });
    session.click(&write);
    session.wait(&crate::e2e::by_test_id("shareWritten"));
    session.end();

    let mut partner = Store::open_dir(&dir.path().join("wlac")).unwrap();
    let wlac = || Organisation::named("Women's Legal Aid Centre");
    let e = coalition::join_file(&mut partner, wlac(), &file, None).unwrap_err();
    assert_eq!(e.code(), "file_encrypted");
    let passphrase = upr_core::passphrase::Passphrase::new(SHARE_PASSPHRASE.into());
    let joined = coalition::join_file(&mut partner, wlac(), &file, Some(&passphrase)).unwrap();
    assert_eq!(joined.state_under_review, "Republic of Meridia");
}

/// Joining from a fresh window with a partner's encrypted share file: the join form asks for
/// its passphrase, and the demo gives way only once the right one is typed.
#[test]
fn a_fresh_window_joins_with_an_encrypted_share_file_once_its_passphrase_is_typed() {
    const PARTNERS_PASSPHRASE: &str = "passphrase given to WLAC by phone";
    let partner = crate::common::Kit::new();
    partner.ok(&["init-demo"]);
    let passphrase_file = partner.file("passphrase.txt");
    std::fs::write(&passphrase_file, PARTNERS_PASSPHRASE).unwrap();
    let file = partner.file("meridia.uprshare");
    partner.ok(&[
        "share",
        "--out",
        file.to_str().unwrap(),
        "--new-passphrase-file",
        passphrase_file.to_str().unwrap(),
    ]);

    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("coalition");
    join_as_wlac(&session, &file);
    let passphrase = session.wait(&crate::e2e::by_test_id("filePassphraseField"));
    assert!(session
        .find_all(&crate::e2e::by_test_id("announcement"))
        .is_empty());
    session.type_into(&passphrase, PARTNERS_PASSPHRASE);
    session.click(&session.wait(&crate::e2e::by_test_id("filePassphraseOpen")));
    let said = frame.announcements().join("\n");
    assert!(
        said.contains(
            "You joined the campaign for Republic of Meridia as Women's Legal Aid Centre."
        ),
        "{said}"
    );
    session.end();
    let shown = String::from_utf8_lossy(&app.cli(&["show"]).stdout).to_string();
    assert!(shown.contains("Women's Legal Aid Centre"), "{shown}");
}

/// The exchange folder with encrypted data: WLAC's file there is encrypted with the
/// coalition's passphrase. Before the window has that passphrase the file is listed as
/// waiting for it (and merged by hand once typed); once the coalition passphrase is set
/// (typed twice), this organisation's own file is written there encrypted with it.
#[test]
fn encrypted_data_meets_partners_in_the_exchange_folder_with_the_coalition_passphrase() {
    const COALITION: &str = "the coalition's shared passphrase";
    let phrase = |text: &str| upr_core::passphrase::Passphrase::new(text.into());
    let app = App::start();
    crate::e2e_encryption::encrypted_demo(&app);
    let shared = tempfile::tempdir().unwrap();
    let wlac_dir = tempfile::tempdir().unwrap();
    {
        let mut mchr = Store::open_dir_with(
            &app.data_dir(),
            Some(&phrase(crate::e2e_encryption::PASSPHRASE)),
        )
        .unwrap();
        let first = wlac_dir.path().join("first.uprshare");
        let once = phrase("passphrase of the first file");
        coalition::share(&mut mchr, &ShareChoice::default(), &first, Some(&once)).unwrap();
        coalition::choose_folder(&mut mchr, Some(shared.path())).unwrap();
        let mut wlac = Store::open_dir(&wlac_dir.path().join("data")).unwrap();
        let mut org = Organisation::named("Women's Legal Aid Centre");
        org.acronym = "WLAC".into();
        coalition::join_file(&mut wlac, org, &first, Some(&once)).unwrap();
        edit_issue(&mut wlac, 0, |i| {
            i.recommendations.push(recommendation(MCHR_RECOMMENDATION))
        });
        wlac.encrypt(&phrase("WLAC's own data passphrase")).unwrap();
        wlac.set_coalition_passphrase(Some(&phrase(COALITION)))
            .unwrap();
        coalition::choose_folder(&mut wlac, Some(shared.path())).unwrap();
        coalition::write_to_folder(&mut wlac).unwrap();
    }

    let session = app.open();
    crate::e2e_encryption::unlock_with(&session, crate::e2e_encryption::PASSPHRASE);
    Frame::new(&session).go_to("coalition");
    session.wait_for_text("no coalition passphrase yet", |t| {
        t.contains("No coalition passphrase is set")
    });
    session.click(&session.wait(&crate::e2e::by_test_id("pickUpFolder")));
    session.wait_for_text("WLAC's file waiting for its passphrase", |t| {
        t.contains("WLAC.uprshare is encrypted: type its passphrase to merge it")
    });
    session.click(&session.wait(&crate::e2e::by_test_id("folderMergeWithPassphrase")));
    let field = session.wait(&crate::e2e::by_test_id("filePassphraseField"));
    session.type_into(&field, COALITION);
    session.click(&session.wait(&crate::e2e::by_test_id("filePassphraseOpen")));
    let summary = session.text(&session.wait(&crate::e2e::by_test_id("coalitionSummary")));
    assert!(summary.contains("From WLAC"), "{summary}");
    assert!(summary.contains("1 new recommendation"), "{summary}");

    // The coalition passphrase, typed twice; then our own file goes to the folder, sealed.
    let first = session.wait(&crate::e2e::by_test_id("coalitionPassphrase"));
    session.type_into(&first, COALITION);
    let again = session.wait(&crate::e2e::by_test_id("coalitionPassphraseAgain"));
    session.type_into(&again, COALITION);
    session.click(&session.wait(&crate::e2e::by_test_id("coalitionPassphraseSave")));
    let page = session.wait_for_text("the coalition passphrase set", |t| {
        t.contains("A coalition passphrase is set")
    });
    assert!(!page.contains(COALITION), "the passphrase is never shown");
    session.click(&session.wait(&crate::e2e::by_test_id("writeToFolder")));
    let ours = shared.path().join("MCHR.uprshare");
    crate::e2e::wait::until_true("MCHR's file in the folder", || ours.exists());
    session.end();
    let bytes = std::fs::read(&ours).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    let mut partner = Store::open_dir(&wlac_dir.path().join("other")).unwrap();
    let wlac = || Organisation::named("Another partner");
    coalition::join_file(&mut partner, wlac(), &ours, Some(&phrase(COALITION))).unwrap();
}
