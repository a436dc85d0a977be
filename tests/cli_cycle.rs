//! The UPR cycle commands run as a user would: the calendar (printed and as .ics), the
//! stakeholder submission (word count, Word and PDF), the received recommendations, the
//! mid-term report and the factsheet, the files read back with real readers (unzip,
//! poppler's pdftotext/pdfinfo/pdffonts, qpdf).

use std::process::Command;

use crate::common::Kit;

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} runs (install unzip, poppler-utils and qpdf): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Text without white space or hyphens, so that words broken at line ends read back whole.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

/// The lines of a PDF's text with five words or more, split in words: the rows of the
/// mid-term report's summary table among them.
fn table_rows(text: &str) -> Vec<Vec<&str>> {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|w| w.len() >= 5)
        .collect()
}

/// The line of the calendar whose title is `title`.
fn line<'a>(calendar: &'a str, title: &str) -> &'a str {
    calendar
        .lines()
        .find(|l| l.contains(title))
        .unwrap_or_else(|| panic!("no '{title}' in:\n{calendar}"))
}

/// Every PDF the cycle writes: one or more pages, every font embedded, no structural error.
fn assert_sound_pdf(pdf: &str) -> (usize, String) {
    let info = tool("pdfinfo", &[pdf]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .map(|v| v.trim().parse().unwrap())
        .unwrap();
    assert!(
        info.contains("Author:          Meridia Coalition for Human Rights"),
        "{info}"
    );
    let fonts = tool("pdffonts", &[pdf]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type encoding emb sub uni object ID: "emb" is the fourth from the end.
        assert_eq!(cols[cols.len() - 5], "yes", "font not embedded: {row}");
    }
    tool("qpdf", &["--check", pdf]);
    (pages, tool("pdftotext", &["-layout", pdf, "-"]))
}

#[test]
fn the_calendar_shows_what_is_under_way_next_done_and_late_on_a_given_day() {
    let kit = Kit::with_demo();
    let out = kit.ok(&["calendar", "--today", "2026-11-28"]);
    assert!(
        out.starts_with("UPR of Republic of Meridia, review 2027-03-10 (as of 2026-11-28):"),
        "{out}"
    );
    assert!(line(&out, "Lobbying embassies in the capital")
        .starts_with("2026-11-10 to 2026-12-10     under way"));
    assert!(line(&out, "Coalition meeting: divide the Geneva visits").contains("NEXT"));
    assert!(line(&out, "Stakeholder submission deadline").contains("done"));
    assert!(line(&out, "Sign-up for oral statements").starts_with("2027-06-10 14:00 Geneva"));
    assert!(line(&out, "Sign-up for oral statements").contains("(estimated)"));
    assert!(!out.contains("LATE"), "{out}");

    // Three months later the Geneva lobbying and the pre-session have gone by undone.
    let later = kit.ok(&["calendar", "--today", "2027-03-01"]);
    assert!(line(&later, "Lobbying Permanent Missions in Geneva").contains("LATE"));
    assert!(line(&later, "UPR Info pre-session").contains("LATE"));
    assert!(
        line(&later, "National report, UN compilation").contains("past"),
        "published documents are not the NGO's to do"
    );
    assert!(line(&later, "Review in the UPR Working Group").contains("NEXT"));
    // Also the capitals lobbying and the user's coalition meeting.
    assert!(line(&later, "Lobbying embassies in the capital").contains("LATE"));
    assert!(later.contains("4 late: mark what is done"), "{later}");

    kit.ok(&["calendar", "done", "pre_session"]);
    kit.ok(&[
        "calendar",
        "done",
        "Coalition meeting: divide the Geneva visits",
    ]);
    let marked = kit.ok(&["calendar", "--today", "2027-03-01"]);
    assert!(line(&marked, "UPR Info pre-session").contains("done"));
    assert!(line(&marked, "Lobbying Permanent Missions in Geneva").contains("LATE"));
    assert!(marked.contains("2 late"), "{marked}");
}

#[test]
fn a_users_date_sits_beside_the_milestones_and_a_bad_entry_is_named() {
    let kit = Kit::with_demo();
    kit.ok(&[
        "calendar",
        "add",
        "2027-02-24",
        "Side event rehearsal",
        "--notes",
        "Room XXIII",
    ]);
    let out = kit.ok(&["calendar", "--today", "2027-02-20"]);
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("Side event rehearsal"))
        .unwrap();
    assert!(lines[at - 1].contains("UPR Info pre-session"), "{out}");
    assert!(
        lines[at + 1].contains("Review in the UPR Working Group"),
        "{out}"
    );
    assert!(lines[at].contains("NEXT"));

    let err = kit.fails(&["calendar", "done", "lunch"]);
    assert!(
        err.contains("'lunch' is neither a milestone") && err.contains("submission_deadline"),
        "{err}"
    );
    let err = kit.fails(&["calendar", "add", "2027-02-30", "Impossible"]);
    assert!(err.contains("2027-02-30"), "{err}");
}

#[test]
fn the_ics_file_has_stable_uids_all_day_dates_and_the_timed_signup() {
    let kit = Kit::with_demo();
    let first = kit.file("first.ics");
    let out = kit.ok(&["calendar", "--ics", first.to_str().unwrap()]);
    assert!(
        out.contains("Wrote 12 dates of the UPR of Republic of Meridia"),
        "{out}"
    );
    let text = std::fs::read_to_string(&first).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "only CRLF line ends"
    );
    assert!(
        text.split("\r\n").all(|l| l.len() <= 75),
        "lines folded at 75 octets"
    );
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 12);
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("UID:review-4a7c391c-9e90-52b4-827c-4e77fa65a749@upr-kit\r\n"));
    assert!(unfolded.contains("DTSTART;VALUE=DATE:20270310\r\n"));
    // Lobbying in Geneva: 10 January to 10 February, DTEND the day after.
    assert!(
        unfolded.contains("DTSTART;VALUE=DATE:20270110\r\n")
            && unfolded.contains("DTEND;VALUE=DATE:20270211\r\n")
    );
    // The sign-up: Thursday 10 June 2027, 14:00 in Geneva is 12:00 UTC (summer time).
    assert!(
        unfolded.contains("DTSTART:20270610T120000Z\r\n"),
        "{unfolded}"
    );

    let second = kit.file("second.ics");
    kit.ok(&["calendar", "--ics", second.to_str().unwrap()]);
    let uids = |t: &str| {
        t.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        uids(&unfolded),
        uids(
            &std::fs::read_to_string(&second)
                .unwrap()
                .replace("\r\n ", "")
        )
    );
}

#[test]
fn a_campaign_without_a_review_date_is_told_what_to_set() {
    let kit = Kit::with_demo();
    let backup = kit.file("backup.json");
    kit.ok(&["export", backup.to_str().unwrap()]);
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&backup).unwrap()).unwrap();
    doc["campaigns"][0]["review_date"] = serde_json::Value::Null;
    std::fs::write(&backup, serde_json::to_vec(&doc).unwrap()).unwrap();
    kit.ok(&["import", "--replace", backup.to_str().unwrap()]);
    let err = kit.fails(&["calendar"]);
    assert!(err.contains("has no review date yet; set it"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn the_submission_is_counted_and_exported_to_word_with_numbered_paragraphs_in_order() {
    let kit = Kit::with_demo();
    let show = kit.ok(&["submission", "show"]);
    assert!(show.contains("Word count: 412 words of 2815 (2403 left); footnotes 70 and annexes 28 words not counted"), "{show}");
    assert!(
        show.contains("\nTorture and conditions of detention\n  6. Overcrowding"),
        "{show}"
    );

    let docx = kit.file("submission.docx");
    kit.ok(&["submission", "export", "--out", docx.to_str().unwrap()]);
    let xml = tool(
        "unzip",
        &["-p", docx.to_str().unwrap(), "word/document.xml"],
    );
    // Each piece up to a closing </w:p> holds one paragraph.
    let numbered: Vec<&str> = xml
        .split("</w:p>")
        .filter(|p| p.contains("<w:numPr>"))
        .collect();
    assert_eq!(
        numbered.len(),
        2 + 7 + 6,
        "summary, issue paragraphs and recommendations are numbered"
    );
    let order = [
        "brings together 14 organisations",
        "supported recommendation 118.52",
        "Overcrowding has reached 240",
        "has not acted on recommendation 118.95",
        "Repeal or amend article 17",
        "Annex 1: list of the 23 journalists",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|t| xml.find(t).unwrap_or_else(|| panic!("{t} missing")))
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "paragraphs out of order: {at:?}"
    );
    let notes = tool(
        "unzip",
        &["-p", docx.to_str().unwrap(), "word/footnotes.xml"],
    );
    assert!(
        notes.contains("MUJ monitoring database, July 2026."),
        "sources are footnotes"
    );
    assert!(
        !xml.contains("MUJ monitoring database"),
        "footnotes stay out of the body"
    );
    let footer = tool("unzip", &["-p", docx.to_str().unwrap(), "word/footer1.xml"]);
    assert!(
        footer.contains("PAGE") && footer.contains("NUMPAGES"),
        "{footer}"
    );
}

#[test]
fn the_submission_as_pdf_passes_the_real_readers() {
    let kit = Kit::with_demo();
    let pdf = kit.file("submission.pdf");
    kit.ok(&["submission", "export", "--out", pdf.to_str().unwrap()]);
    let (pages, text) = assert_sound_pdf(pdf.to_str().unwrap());
    assert_eq!(pages, 2);
    let text = squeeze(&text);
    for t in [
        "1.TheMeridiaCoalition",
        "I.Freedomofexpression",
        "Recommendations",
        "Notes",
        "MUJmonitoringdatabase,July2026.",
        "Annexes",
    ] {
        assert!(text.contains(t), "{t} missing");
    }
    // The last of the 15 numbered paragraphs is the last recommendation.
    assert!(text.find("15.AmendtheFamilyCode").unwrap() > text.find("Recommendations").unwrap());
}

#[test]
fn a_submission_over_the_limit_is_refused_before_anything_is_written() {
    let kit = Kit::with_demo();
    kit.set_setting("submission_words_individual", 300.into());

    let show = kit.ok(&["submission", "show"]);
    assert!(
        show.contains("412 words of 300: 112 OVER THE LIMIT"),
        "{show}"
    );
    let docx = kit.file("too-long.docx");
    let err = kit.fails(&["submission", "export", "--out", docx.to_str().unwrap()]);
    assert!(
        err.contains(
            "the submission has 412 words, 112 over the limit of 300 for an individual submission"
        ),
        "{err}"
    );
    assert!(!docx.exists(), "nothing written");
    kit.ok(&[
        "submission",
        "export",
        "--draft",
        "--out",
        docx.to_str().unwrap(),
    ]);
    assert!(docx.exists());

    let err = kit.fails(&[
        "submission",
        "export",
        "--out",
        kit.file("s.odt").to_str().unwrap(),
    ]);
    assert!(err.contains("must end in .docx"), "{err}");
}

#[test]
fn a_joint_submission_is_drafted_from_the_priority_issues_with_the_partners() {
    let kit = Kit::with_demo();
    let out = kit.ok(&["submission", "draft", "--joint"]);
    assert!(
        out.contains("Started: Joint stakeholder submission by Meridia Coalition for Human Rights"),
        "{out}"
    );
    assert!(out.contains(" of 5630 "), "{out}");
    let show = kit.ok(&["submission", "show", "--which", "Joint"]);
    assert!(show.contains("joint submission with Women's Legal Aid Centre, Prison Watch Meridia, Meridian Union of Journalists"), "{show}");
}

#[test]
fn a_submission_named_by_the_start_of_a_title_two_share_is_refused_with_both_titles() {
    let kit = Kit::with_demo();
    kit.ok(&["submission", "draft", "--joint"]);
    kit.ok(&["submission", "draft", "--joint"]);
    let err = kit.fails(&["submission", "show", "--which", "joint"]);
    assert!(
        err.contains("several start with 'joint'")
            && err.matches("'Joint stakeholder submission").count() == 2,
        "{err}"
    );
    let err = kit.fails(&["submission", "show", "--which", "Annual report"]);
    assert!(err.contains("none starts with 'Annual report'"), "{err}");
    // The one the start of a title names alone is shown.
    let show = kit.ok(&["submission", "show", "--which", "stakeholder"]);
    assert!(show.starts_with("Stakeholder submission"), "{show}");
}

#[test]
fn received_recommendations_pasted_as_a_list_are_recorded_and_tracked() {
    let kit = Kit::with_demo();
    let before = kit.ok(&["received-recommendations", "list"]);
    assert!(
        before.starts_with("1. Ratify the Optional Protocol"),
        "{before}"
    );
    assert_eq!(before.lines().filter(|l| !l.starts_with(' ')).count(), 8);

    let list = kit.file("pasted.txt");
    std::fs::write(
        &list,
        "118.140 Establish a national human rights institution in line with the Paris Principles (Germany) (Kenya);\n\n118.141 Invite the Special Rapporteur on torture (France);\n",
    )
    .unwrap();
    let out = kit.ok(&[
        "received-recommendations",
        "import",
        list.to_str().unwrap(),
        "--response",
        "supported",
        "--cycle",
        "3",
        "--issue",
        "Torture",
    ]);
    assert!(out.contains("Recorded 2 recommendations"), "{out}");
    let after = kit.ok(&["received-recommendations", "list"]);
    assert!(after.contains("9. Establish a national human rights institution in line with the Paris Principles\n   118.140 · Germany; Kenya · Supported · Not started · Torture and conditions of detention"), "{after}");

    kit.ok(&[
        "received-recommendations",
        "track",
        "10",
        "--status",
        "partially",
        "--responsible",
        "Ministry of Justice",
        "--evidence",
        "The Special Rapporteur visited in May 2026.",
        "--evidence-date",
        "2026-05-20",
        "--source",
        "OHCHR press release",
    ]);
    let tracked = kit.ok(&["received-recommendations", "list"]);
    assert!(tracked.contains("10. Invite the Special Rapporteur on torture\n   118.141 · France · Supported · Partially implemented · Torture and conditions of detention · responsible: Ministry of Justice\n   - 2026-05-20 The Special Rapporteur visited in May 2026. (OHCHR press release)"), "{tracked}");

    // A list in another encoding is refused whole, and nothing is added.
    let bad = kit.file("latin1.txt");
    std::fs::write(
        &bad,
        b"Ratifier la Convention sur les droits des personnes handicap\xe9es\n",
    )
    .unwrap();
    let err = kit.fails(&["received-recommendations", "import", bad.to_str().unwrap()]);
    assert!(err.contains("not UTF-8 text"), "{err}");
    assert_eq!(kit.ok(&["received-recommendations", "list"]), tracked);
    let err = kit.fails(&[
        "received-recommendations",
        "track",
        "42",
        "--status",
        "fully",
    ]);
    assert!(
        err.contains("there is no number 42; the list has 10"),
        "{err}"
    );
}

#[test]
fn the_midterm_report_and_the_factsheets_pass_the_real_readers() {
    let kit = Kit::with_demo();
    let report = kit.file("midterm.pdf");
    let out = kit.ok(&["midterm-report", "--out", report.to_str().unwrap()]);
    assert!(out.contains("8 recommendations in 4 themes"), "{out}");
    let (pages, text) = assert_sound_pdf(report.to_str().unwrap());
    assert!(pages >= 1);
    // The summary table: heading row, then one row per theme with its counts.
    let rows = table_rows(&text);
    let totals = rows
        .iter()
        .find(|w| w[..2] == ["All", "themes"])
        .expect("a totals row");
    assert_eq!(
        totals[2..],
        ["4", "1", "1", "2", "8"],
        "not started, partially, fully, regressed, total"
    );
    let squeezed = squeeze(&text);
    assert!(
        squeezed.find("Summarybythemeandstatus").unwrap()
            < squeezed.find("Recommendationbyrecommendation").unwrap()
    );
    assert!(
        squeezed.contains("15July2026Atleast23journalists"),
        "evidence with its date"
    );

    for (issue, theme) in [
        ("Freedom", "Freedomofexpressionandthesafetyofjournalists"),
        ("torture", "Tortureandconditionsofdetention"),
        (
            "Violence against women and girls",
            "Violenceagainstwomenandgirls",
        ),
    ] {
        let sheet = kit.file(&format!("{issue}.pdf"));
        kit.ok(&[
            "factsheet",
            "--issue",
            issue,
            "--out",
            sheet.to_str().unwrap(),
        ]);
        let (pages, text) = assert_sound_pdf(sheet.to_str().unwrap());
        assert_eq!(pages, 1, "a factsheet is one page");
        let text = squeeze(&text);
        let order = [
            "UPRADVOCACYFACTSHEET",
            theme,
            "Previousrecommendationsandtheirstatus",
            "Challenges",
            "Questions",
            "Recommendations",
        ];
        let at: Vec<usize> = order
            .iter()
            .map(|t| {
                text.find(t)
                    .unwrap_or_else(|| panic!("{t} missing in {issue}"))
            })
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{issue}: {at:?}");
    }
    let err = kit.fails(&[
        "factsheet",
        "--issue",
        "Health",
        "--out",
        kit.file("x.pdf").to_str().unwrap(),
    ]);
    assert!(
        err.contains("no priority issue is called 'Health'; there are 'Freedom of expression"),
        "{err}"
    );
}

#[test]
fn the_cycle_documents_speak_french_and_spanish_and_the_users_words_stay_as_written() {
    let kit = Kit::with_demo();
    let report = kit.file("rapport.pdf");
    kit.ok(&[
        "midterm-report",
        "--lang",
        "fr",
        "--out",
        report.to_str().unwrap(),
    ]);
    let (_, text) = assert_sound_pdf(report.to_str().unwrap());
    let rows = table_rows(&text);
    let totals = rows
        .iter()
        .find(|w| w[..3] == ["Tous", "les", "thèmes"])
        .expect("a totals row in French");
    assert_eq!(totals[3..], ["4", "1", "1", "2", "8"]);
    let squeezed = squeeze(&text);
    for t in [
        "RAPPORTÀMIPARCOURS",
        "Synthèseparthèmeetparétatd’avancement",
        "Recommandationparrecommandation",
        "Enrecul",
        "Acceptée",
        "15juillet2026Atleast23journalists",
        "Freedomofexpressionandthesafetyofjournalists",
    ] {
        assert!(squeezed.contains(t), "{t} missing from the French report");
    }
    assert!(!squeezed.contains("Recommendationbyrecommendation"));

    let sheet = kit.file("ficha.pdf");
    kit.ok(&[
        "factsheet",
        "--issue",
        "Torture",
        "--lang",
        "es",
        "--out",
        sheet.to_str().unwrap(),
    ]);
    let (pages, text) = assert_sound_pdf(sheet.to_str().unwrap());
    assert_eq!(pages, 1);
    let text = squeeze(&text);
    let order = [
        "FICHADEINCIDENCIAEPU",
        "Tortureandconditionsofdetention",
        "Recomendacionesanterioresysuaplicación",
        "Desafíos",
        "Preguntas",
        "Recomendaciones",
    ];
    // Each heading after the one before ("Recomendaciones" also opens the first heading).
    let mut from = 0;
    for t in order {
        from += text[from..]
            .find(t)
            .unwrap_or_else(|| panic!("{t} missing, or out of order"))
            + t.len();
    }

    let submission = kit.file("contribution.pdf");
    kit.ok(&[
        "submission",
        "export",
        "--lang",
        "fr",
        "--out",
        submission.to_str().unwrap(),
    ]);
    let (_, text) = assert_sound_pdf(submission.to_str().unwrap());
    let text = squeeze(&text);
    for t in [
        "CONTRIBUTIONDESPARTIESPRENANTES",
        "Résumé",
        "Recommandations",
        "Annexes",
    ] {
        assert!(text.contains(t), "{t} missing from the French submission");
    }

    let ics = kit.file("calendrier.ics");
    kit.ok(&["calendar", "--ics", ics.to_str().unwrap(), "--lang", "fr"]);
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(
        text.contains("SUMMARY:Consultations nationales (Republic of Meridia)"),
        "{text}"
    );

    let err = kit.fails(&["midterm-report", "--lang", "de", "--out", "x.pdf"]);
    assert!(err.contains("'de'"), "{err}");
}

/// Issue #11, "Two windows (or a stale window and the CLI)…": a window holding a received
/// recommendation from before `received-recommendations track` used to put back its old copy,
/// dropping the evidence the command line had added. The same version rule binds both.
#[test]
fn a_window_holding_an_old_copy_cannot_overwrite_what_the_command_line_saved() {
    let kit = Kit::with_demo();
    let mut window = upr_core::store::Store::open_dir(&kit.data_dir().join("data")).unwrap();
    let campaign = window.current_campaign().unwrap().unwrap();
    let mut stale = window
        .received_recommendations(campaign.id)
        .unwrap()
        .remove(0);

    kit.ok(&[
        "received-recommendations",
        "track",
        "1",
        "--evidence",
        "Decree 12/2027 sets up the complaints body",
        "--evidence-date",
        "2027-05-02",
    ]);

    stale.responsible = "Typed in a stale window".into();
    let err = window
        .save_received_recommendation(campaign.id, stale)
        .expect_err("the window's copy is older than the command line's save");
    assert_eq!(err.code(), "stale_record", "{err}");
    let list = kit.ok(&["received-recommendations", "list"]);
    assert!(
        list.contains("Decree 12/2027 sets up the complaints body"),
        "{list}"
    );
    assert!(!list.contains("Typed in a stale window"), "{list}");
}
