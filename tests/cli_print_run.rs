//! The print run for Geneva from the command line, read back with the readers a print shop
//! would use (pdfinfo, pdftotext, qpdf --check): four delegations make five files, the
//! combined one with the agenda first and each brief's pages in order; a delegation whose
//! brief does not fit is named, the others are written, and the exit code says so.

use crate::common::{names_in, tool, Kit};
use std::path::Path;

fn pages(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("pdfinfo says the pages")
}

/// The text of pages `from` to `to` (counted from 1), white space made single.
fn text(pdf: &Path, from: usize, to: usize) -> String {
    let (from, to) = (from.to_string(), to.to_string());
    let raw = tool(
        "pdftotext",
        &["-f", &from, "-l", &to, pdf.to_str().unwrap(), "-"],
    );
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The demo with a fourth delegation, Côte d’Ivoire, asked for the demo's first
/// recommendation and met in Geneva at 10:30, before the others.
fn demo_with_four_targets() -> Kit {
    let kit = Kit::with_demo();
    let backup = kit.file("backup.json");
    kit.ok(&["export", backup.to_str().unwrap()]);
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&backup).unwrap()).unwrap();
    let campaign = &mut doc["campaigns"][0];
    let ask = campaign["priority_issues"][0]["recommendations"][0]["id"].clone();
    let id = "6b1f8a52-3c1e-4f0a-9d7e-2a4b5c6d7e8f";
    campaign["target_states"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": id, "state": "Côte d’Ivoire", "reason": "", "contacts": [], "asks": [ask],
            "created_at": "2026-10-01T09:00:00.000Z", "updated_at": "2026-10-01T09:00:00.000Z"
        }));
    campaign["meetings"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": "0c9e7d6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "date": "2026-11-02", "time": "10:30",
            "place": "geneva", "location": "Mission permanente, Rue de Lausanne",
            "target_state_id": id,
            "people": "Awa Koné", "notes": "",
            "created_at": "2026-10-01T09:00:00.000Z", "updated_at": "2026-10-01T09:00:00.000Z"
        }));
    std::fs::write(&backup, serde_json::to_vec(&doc).unwrap()).unwrap();
    kit.ok(&["import", "--replace", backup.to_str().unwrap()]);
    kit
}

#[test]
fn four_delegations_make_five_files_and_the_combined_one_has_the_agenda_then_every_brief() {
    let kit = demo_with_four_targets();
    let folder = kit.file("Geneva");
    let out = kit.ok(&[
        "briefs",
        "--all-targets",
        "--out",
        folder.to_str().unwrap(),
        "--lang",
        "en",
        "--paper",
        "a4",
        "--draft",
    ]);
    assert!(out.contains("[5/5] the combined file"), "{out}");

    let order = ["Côte d’Ivoire", "Norway", "Mexico", "Sierra Leone"];
    let names = names_in(&folder);
    assert_eq!(
        names,
        [
            "All briefs with the agenda.pdf",
            "Brief for Côte d’Ivoire.pdf",
            "Brief for Mexico.pdf",
            "Brief for Norway.pdf",
            "Brief for Sierra Leone.pdf",
        ]
    );
    for name in &names {
        let file = folder.join(name);
        let check = tool("qpdf", &["--check", file.to_str().unwrap()]);
        assert!(
            check.contains("No syntax or stream encoding errors"),
            "{name}: {check}"
        );
    }

    let combined = folder.join("All briefs with the agenda.pdf");
    let agenda = text(&combined, 1, 1);
    assert!(agenda.contains("Agenda"), "{agenda}");
    assert!(
        agenda.contains("Meetings and asks, by delegation"),
        "{agenda}"
    );
    assert!(agenda.contains("DRAFT"), "{agenda}");
    // Each delegation in the order of the briefs, with its meetings and its asks.
    let mut at = 0;
    for (n, state) in order.iter().enumerate() {
        let heading = format!("{}. {state}", n + 1);
        let found = agenda[at..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{heading} after the one before: {agenda}"));
        at += found;
    }
    assert!(
        agenda.contains(
            "2 November 2026, 10:30, in Geneva – Mission permanente, Rue de Lausanne. Awa Koné"
        ),
        "{agenda}"
    );
    assert!(
        agenda.contains("19 November 2026, in the capital – Embassy of Norway"),
        "{agenda}"
    );
    assert!(agenda.contains("We ask Côte d’Ivoire to make:"), "{agenda}");

    // Then every brief's pages, in that order, as the brief alone has them.
    let mut page = 2;
    for state in order {
        let alone = folder.join(format!("Brief for {state}.pdf"));
        let n = pages(&alone);
        assert!((1..=2).contains(&n), "{state}: {n} pages");
        let first = text(&combined, page, page);
        assert!(
            first.contains(&format!("For the delegation of {state}")),
            "page {page} should open the brief for {state}: {first}"
        );
        assert_eq!(
            text(&combined, page, page + n - 1),
            text(&alone, 1, n),
            "{state}"
        );
        page += n;
    }
    assert_eq!(pages(&combined), page - 1);
}

#[test]
fn a_brief_too_long_is_named_with_what_to_shorten_and_the_others_are_written() {
    let kit = demo_with_four_targets();
    // Norway's past recommendations on the campaign's issues, long enough that its tailored
    // brief, which lists them, runs past two pages.
    kit.ok(&[
        "import-recommendations",
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/norway-long-past-recommendations.csv"
        ),
    ]);

    let folder = kit.file("Geneva");
    let out = kit.run(&["briefs", "--all-targets", "--out", folder.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(
            "upr-kit: 3 briefs of 4 written; not written, because they do not fit:\n- Norway: "
        ),
        "{err}"
    );
    assert!(!err.contains("Mexico"), "{err}");
    let names = names_in(&folder);
    assert_eq!(
        names,
        [
            "All briefs with the agenda.pdf",
            "Brief for Côte d’Ivoire.pdf",
            "Brief for Mexico.pdf",
            "Brief for Sierra Leone.pdf",
        ]
    );
    let agenda = text(&folder.join("All briefs with the agenda.pdf"), 1, 1);
    assert!(
        agenda.contains("Brief not included: it does not fit on its pages."),
        "{agenda}"
    );
}

#[test]
fn without_target_states_nothing_is_written_and_the_user_is_told_what_to_add() {
    let kit = Kit::with_demo();
    let backup = kit.file("backup.json");
    kit.ok(&["export", backup.to_str().unwrap()]);
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&backup).unwrap()).unwrap();
    doc["campaigns"][0]["target_states"] = serde_json::json!([]);
    for m in doc["campaigns"][0]["meetings"].as_array_mut().unwrap() {
        m["target_state_id"] = serde_json::Value::Null;
    }
    std::fs::write(&backup, serde_json::to_vec(&doc).unwrap()).unwrap();
    kit.ok(&["import", "--replace", backup.to_str().unwrap()]);
    let folder = kit.file("Geneva");
    let err = kit.fails(&["briefs", "--all-targets", "--out", folder.to_str().unwrap()]);
    assert!(err.contains("no target States yet"), "{err}");
    assert!(!folder.exists());
}
