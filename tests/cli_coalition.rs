//! Coalition work from the command line: two data folders (the demo's MCHR and a partner,
//! WLAC) passing share files back and forth through several rounds, conflicts listed and
//! settled, and files that are cut short or altered refused without change; an encrypted
//! share file opens with its passphrase only (and with the stock `age` tool).

use crate::cli_encryption::{ok_with, open_with_age, passphrase_file, run_with};
use crate::common::Kit;

/// What `export` writes, without the moment of the export.
fn everything(kit: &Kit) -> serde_json::Value {
    let out = kit.file("compare.json");
    kit.ok(&["export", out.to_str().unwrap()]);
    let mut doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    std::fs::remove_file(&out).unwrap();
    doc["exported_at"] = serde_json::Value::Null;
    doc
}

fn share(kit: &Kit, name: &str) -> String {
    let file = kit.file(name);
    kit.ok(&[
        "share",
        "--out",
        file.to_str().unwrap(),
        "--partner",
        "the coalition",
    ]);
    file.to_str().unwrap().to_string()
}

/// WLAC joins the campaign of MCHR's share file from its empty data folder.
fn join_as_wlac(wlac: &Kit, file: &str) -> String {
    wlac.ok(&[
        "join",
        file,
        "--organisation",
        "Women's Legal Aid Centre",
        "--acronym",
        "WLAC",
    ])
}

/// The id of the first conflict `conflicts` lists.
fn first_conflict(kit: &Kit) -> String {
    let listed = kit.ok(&["conflicts"]);
    listed
        .split_whitespace()
        .next()
        .unwrap_or_else(|| panic!("no conflict listed:\n{listed}"))
        .to_string()
}

#[test]
fn two_partners_exchange_share_files_through_several_rounds() {
    let mchr = Kit::with_demo();
    let wlac = Kit::new();

    // Round 1: WLAC joins MCHR's campaign from an empty data folder.
    let dry = mchr.ok(&["share", "--out", "x.uprshare", "--dry-run"]);
    assert!(dry.contains("nothing was written"), "{dry}");
    assert!(dry.contains("priority issue: Torture"), "{dry}");
    assert!(dry.contains("contact persons (never shared)"), "{dry}");
    let first = share(&mchr, "round1.uprshare");
    let joined = join_as_wlac(&wlac, &first);
    assert!(joined.contains("From MCHR"), "{joined}");
    assert!(joined.contains("new recommendations"), "{joined}");
    assert!(
        joined.contains("Meridia Coalition for Human Rights is now among your coalition partners"),
        "{joined}"
    );
    let shown = wlac.ok(&["show"]);
    assert!(shown.contains("Women's Legal Aid Centre"), "{shown}");
    assert!(shown.contains("Torture"), "{shown}");

    // Round 2: WLAC adds a date and tracks a recommendation; MCHR takes both.
    wlac.ok(&["calendar", "add", "2027-02-01", "Joint briefing with WLAC"]);
    wlac.ok(&[
        "received-recommendations",
        "track",
        "1",
        "--responsible",
        "Ministry of Justice",
    ]);
    let second = share(&wlac, "round2.uprshare");
    let merged = mchr.ok(&["merge", &second]);
    assert!(merged.contains("From WLAC"), "{merged}");
    assert!(merged.contains("1 record added, 1 updated"), "{merged}");
    assert!(
        merged.contains("calendar date “Joint briefing with WLAC”"),
        "{merged}"
    );
    assert!(mchr
        .ok(&["received-recommendations", "list"])
        .contains("Ministry of Justice"));
    // The same file again changes nothing.
    let kept = everything(&mchr);
    let again = mchr.ok(&["merge", &second]);
    assert!(again.contains("Nothing new"), "{again}");
    assert_eq!(everything(&mchr), kept);

    // Round 3: both change the same recommendation: a conflict, nothing overwritten.
    mchr.ok(&[
        "received-recommendations",
        "track",
        "1",
        "--responsible",
        "Ministry of Interior",
    ]);
    wlac.ok(&[
        "received-recommendations",
        "track",
        "1",
        "--responsible",
        "Office of the Prime Minister",
    ]);
    let third = share(&wlac, "round3.uprshare");
    let merged = mchr.ok(&["merge", &third]);
    assert!(
        merged.contains("1 conflict (changed here and by WLAC"),
        "{merged}"
    );
    assert!(mchr
        .ok(&["received-recommendations", "list"])
        .contains("Ministry of Interior"));
    let listed = mchr.ok(&["conflicts"]);
    assert!(listed.contains("yours:  Ministry of Interior"), "{listed}");
    assert!(
        listed.contains("theirs: Office of the Prime Minister"),
        "{listed}"
    );
    let id = first_conflict(&mchr);
    let settled = mchr.ok(&["resolve", &id, "--take", "theirs"]);
    assert!(settled.contains("Took WLAC's version"), "{settled}");
    assert!(mchr.ok(&["conflicts"]).contains("No conflicts"));
    let gone = mchr.fails(&["resolve", &id, "--take", "mine"]);
    assert!(gone.contains("not found"), "{gone}");

    // Round 4: MCHR's file brings WLAC nothing to argue about; both hold the same.
    let fourth = share(&mchr, "round4.uprshare");
    let back = wlac.ok(&["merge", &fourth]);
    assert!(!back.contains("conflict"), "{back}");
    assert!(wlac.ok(&["conflicts"]).contains("No conflicts"));
    assert_eq!(
        mchr.ok(&["received-recommendations", "list"]),
        wlac.ok(&["received-recommendations", "list"])
    );
    let calendar = wlac.ok(&["calendar"]);
    assert!(calendar.contains("Joint briefing with WLAC"), "{calendar}");
}

#[test]
fn a_share_file_cut_short_altered_or_of_another_campaign_is_refused_and_nothing_changes() {
    let mchr = Kit::with_demo();
    let wlac = Kit::new();
    let first = share(&mchr, "first.uprshare");
    wlac.ok(&["join", &first, "--organisation", "WLAC"]);
    mchr.ok(&["calendar", "add", "2027-03-01", "Side event"]);
    let good = std::fs::read(share(&mchr, "second.uprshare")).unwrap();
    let kept = everything(&wlac);

    let cut = wlac.file("cut.uprshare");
    std::fs::write(&cut, &good[..good.len() / 3]).unwrap();
    let err = wlac.fails(&["merge", cut.to_str().unwrap()]);
    assert!(err.contains("cut short"), "{err}");

    let altered = wlac.file("altered.uprshare");
    let text = String::from_utf8(good.clone()).unwrap();
    std::fs::write(&altered, text.replacen("Side event", "Side evening", 1)).unwrap();
    let err = wlac.fails(&["merge", altered.to_str().unwrap()]);
    assert!(err.contains("changed or damaged"), "{err}");

    let other = Kit::new();
    other.ok(&[
        "start-own",
        "--organisation",
        "Third Coalition",
        "--state-under-review",
        "Kenya",
    ]);
    let theirs = share(&other, "kenya.uprshare");
    let err = wlac.fails(&["merge", &theirs]);
    assert!(err.contains("another campaign (on Kenya)"), "{err}");

    assert_eq!(everything(&wlac), kept, "nothing changed");
    // A folder that holds data cannot join.
    let err = wlac.fails(&["join", &first, "--organisation", "WLAC"]);
    assert!(err.contains("already holds"), "{err}");
}

#[test]
fn an_encrypted_share_file_travels_and_opens_with_its_passphrase_only() {
    const PHRASE: &str = "our coalition's passphrase";
    let mchr = Kit::with_demo();
    let wlac = Kit::new();
    let key = passphrase_file(&mchr, "share-key.txt", PHRASE);
    let sealed = mchr.file("for-wlac.uprshare");
    let wrote = mchr.ok(&[
        "share",
        "--out",
        sealed.to_str().unwrap(),
        "--encrypt",
        "--new-passphrase-file",
        key.to_str().unwrap(),
    ]);
    assert!(wrote.contains("encrypted with the passphrase"), "{wrote}");
    let bytes = std::fs::read(&sealed).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    assert!(!bytes.windows(7).any(|w| w == b"Meridia"));

    // No passphrase, then a wrong one: refused, and the data folder stays empty.
    let join = [
        "join",
        sealed.to_str().unwrap(),
        "--organisation",
        "Women's Legal Aid Centre",
        "--acronym",
        "WLAC",
    ];
    let err = wlac.fails(&join);
    assert!(err.contains("is encrypted"), "{err}");
    let wrong = passphrase_file(&wlac, "wrong.txt", "not the passphrase");
    let out = run_with(&wlac, &wrong, &join);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("passphrase is wrong"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!wlac.ok(&["show"]).contains("Torture"));
    let right = passphrase_file(&wlac, "right.txt", PHRASE);
    let joined = ok_with(&wlac, &right, &join);
    assert!(joined.contains("From MCHR"), "{joined}");
    assert!(wlac.ok(&["show"]).contains("Torture"));

    // Back the other way, merged: refused without the passphrase, taken with it.
    wlac.ok(&["calendar", "add", "2027-02-01", "Joint briefing with WLAC"]);
    let back = wlac.file("for-mchr.uprshare");
    let back = back.to_str().unwrap();
    wlac.ok(&[
        "share",
        "--out",
        back,
        "--new-passphrase-file",
        right.to_str().unwrap(),
    ]);
    let err = mchr.fails(&["merge", back]);
    assert!(err.contains("is encrypted"), "{err}");
    let merged = ok_with(&mchr, &key, &["merge", back]);
    assert!(merged.contains("1 record added"), "{merged}");

    // The stock `age` tool opens it with the passphrase, and what it holds is the share file.
    let opened = mchr.file("opened.json");
    open_with_age(&sealed, &opened, PHRASE);
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&opened).unwrap()).unwrap();
    assert_eq!(doc["format"], "upr-advocacy-kit-share");
}

#[test]
fn an_encrypted_data_folder_shares_only_encrypted_files() {
    let kit = Kit::with_demo();
    let store_key = passphrase_file(&kit, "store-key.txt", "the data folder's passphrase");
    kit.ok(&[
        "encrypt",
        "--new-passphrase-file",
        store_key.to_str().unwrap(),
    ]);
    let out = kit.file("plain.uprshare");
    // No --encrypt: it is implied, so a passphrase for the file is asked for.
    let refused = run_with(&kit, &store_key, &["share", "--out", out.to_str().unwrap()]);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("--new-passphrase-file"), "{err}");
    assert!(!out.exists(), "nothing is written");
    let file_key = passphrase_file(&kit, "file-key.txt", "the share file's passphrase");
    ok_with(
        &kit,
        &store_key,
        &[
            "share",
            "--out",
            out.to_str().unwrap(),
            "--new-passphrase-file",
            file_key.to_str().unwrap(),
        ],
    );
    assert!(std::fs::read(&out)
        .unwrap()
        .starts_with(b"age-encryption.org/v1\n"));
}

/// The first words of a recommendation as the move listed it ("  2. Establish …").
fn listed_texts(moved: &str) -> Vec<String> {
    moved
        .lines()
        .filter_map(|l| l.trim().split_once(". ").map(|(_, text)| text.to_string()))
        .collect()
}

/// The brief's text on one line, words separated by single spaces.
fn brief_text(kit: &Kit) -> String {
    let pdf = kit.file("brief.pdf");
    kit.ok(&["brief", "--out", pdf.to_str().unwrap()]);
    let text = crate::common::tool("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first few words of a text, enough to find it in a brief whatever the line breaks.
fn opening(text: &str) -> String {
    text.split_whitespace()
        .take(5)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn moving_a_recommendation_up_travels_to_the_partner() {
    let mchr = Kit::with_demo();
    let wlac = Kit::new();
    let first = share(&mchr, "round1.uprshare");
    join_as_wlac(&wlac, &first);
    let moved = mchr.ok(&[
        "move-recommendation",
        "--issue",
        "Torture and conditions of detention",
        "2",
        "--up",
    ]);
    let order = listed_texts(&moved);
    assert!(order.len() >= 2, "{moved}");
    let (now_first, now_second) = (opening(&order[0]), opening(&order[1]));
    let before = brief_text(&wlac);
    let (a, b) = (before.find(&now_first), before.find(&now_second));
    assert!(
        a.is_some() && b.is_some() && a > b,
        "WLAC had the old order:\n{before}"
    );

    let merged = wlac.ok(&["merge", &share(&mchr, "moved.uprshare")]);
    assert!(merged.contains("updated"), "{merged}");
    let after = brief_text(&wlac);
    let (a, b) = (after.find(&now_first), after.find(&now_second));
    assert!(
        a.is_some() && b.is_some() && a < b,
        "WLAC's brief shows the new order:\n{after}"
    );
}
