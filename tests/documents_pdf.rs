//! The three documents written by the real binary and checked with the readers a user's
//! printer shop would use: poppler's pdftotext, pdfinfo and pdffonts, and qpdf --check. CI
//! installs poppler-utils and qpdf.

use crate::common::{tool, Kit};

fn info_field(info: &str, field: &str) -> String {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")))
        .map(|v| v.trim().to_string())
        .unwrap_or_default()
}

/// Text without white space or hyphens, so that words broken at line ends read back whole.
/// Every font embedded, subset (a tag such as "HAGDGD+" before its name) and mapped back to
/// Unicode, as pdffonts reports.
pub(crate) fn assert_fonts_embedded_and_subset(pdf: &str, what: &str) {
    let fonts = tool("pdffonts", &[pdf]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{what}: {row}");
        assert!(
            cols[0].chars().nth(6) == Some('+'),
            "{what}: not a subset: {row}"
        );
    }
}

pub(crate) fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

#[test]
fn every_document_in_every_language_and_paper_passes_the_real_readers() {
    let kit = Kit::with_demo();
    let docs = [
        (
            "brief",
            "Lobbying brief",
            "Note de plaidoyer",
            "Nota de incidencia",
        ),
        (
            "talking-points",
            "Pre-session talking points",
            "Points d’intervention",
            "Puntos de intervención",
        ),
        (
            "oral-statement",
            "Oral statement",
            "Déclaration orale",
            "Declaración oral",
        ),
    ];
    for (command, en, fr, es) in docs {
        for (lang, title) in [("en", en), ("fr", fr), ("es", es)] {
            for (paper, size) in [
                ("a4", "595.276 x 841.89 pts (A4)"),
                ("letter", "612 x 792 pts (letter)"),
            ] {
                let pdf = kit.file(&format!("{command}-{lang}-{paper}.pdf"));
                let pdf_s = pdf.to_str().unwrap();
                kit.ok(&[command, "--out", pdf_s, "--lang", lang, "--paper", paper]);

                let info = tool("pdfinfo", &[pdf_s]);
                let pages: usize = info_field(&info, "Pages").parse().unwrap();
                assert!(pages >= 1);
                if command == "brief" {
                    assert!(pages <= 2, "{command} {lang} {paper}: {pages} pages");
                }
                assert!(
                    info_field(&info, "Title").starts_with(title),
                    "{command} {lang}: {info}"
                );
                assert_eq!(
                    info_field(&info, "Author"),
                    "Meridia Coalition for Human Rights"
                );
                assert_eq!(info_field(&info, "Page size"), size, "{command} {paper}");

                assert_fonts_embedded_and_subset(pdf_s, &format!("{command} {lang}"));

                let check = tool("qpdf", &["--check", pdf_s]);
                assert!(
                    check.contains("No syntax or stream encoding errors"),
                    "{check}"
                );

                let text = squeeze(&tool("pdftotext", &[pdf_s, "-"]));
                assert!(text.contains(&squeeze("Republic of Meridia")));
                assert!(text.contains(&squeeze("upr@mchr-meridia.org")));
            }
        }
    }
}

#[test]
fn the_demo_brief_without_options_holds_every_question_and_recommendation() {
    let kit = Kit::with_demo();
    let pdf = kit.file("brief.pdf");
    let out = kit.ok(&["brief", "--out", pdf.to_str().unwrap()]);
    assert!(out.contains("2 pages"), "{out}");
    let text = squeeze(&tool("pdftotext", &[pdf.to_str().unwrap(), "-"]));
    let demo: serde_json::Value =
        serde_json::from_str(include_str!("../assets/demo/demo-organisation.json")).unwrap();
    let mut checked = 0;
    for issue in demo["campaigns"][0]["priority_issues"].as_array().unwrap() {
        for key in ["questions", "recommendations"] {
            for item in issue[key].as_array().unwrap() {
                let t = item["text"].as_str().unwrap();
                assert!(text.contains(&squeeze(t)), "missing from the brief: {t}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 20);
    assert_eq!(
        info_field(&tool("pdfinfo", &[pdf.to_str().unwrap()]), "Pages"),
        "2"
    );
}

#[test]
fn the_demo_oral_statement_is_at_most_two_minutes_and_says_so() {
    let kit = Kit::with_demo();
    let pdf = kit.file("statement.pdf");
    let out = kit.ok(&["oral-statement", "--out", pdf.to_str().unwrap(), "--draft"]);
    assert!(out.contains("about 1 min"), "{out}");
    let text = tool("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    assert!(text.contains("Thank you, Mr./Madam President."));
    assert!(text.contains("Reading time: about 1 min"));
    assert!(text.contains("DRAFT"));
}

#[test]
fn a_brief_tailored_to_a_delegation_names_its_asks() {
    let kit = Kit::with_demo();
    let pdf = kit.file("norway.pdf");
    kit.ok(&[
        "brief",
        "--out",
        pdf.to_str().unwrap(),
        "--target-state",
        "Norway",
    ]);
    let text = squeeze(&tool("pdftotext", &[pdf.to_str().unwrap(), "-"]));
    assert!(text.contains(&squeeze("For the delegation of Norway")));
    // Named in the sentence as the UN names it, with its article.
    assert!(text.contains(&squeeze(
        "We ask the Kingdom of Norway to make recommendations 1, 2 and 6"
    )));
}

#[test]
fn a_document_that_does_not_fit_writes_nothing_and_says_what_to_shorten() {
    let kit = Kit::with_demo();
    let export = kit.file("export.json");
    kit.ok(&["export", export.to_str().unwrap()]);
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&export).unwrap()).unwrap();
    let issue = &mut doc["campaigns"][0]["priority_issues"][0];
    let long = issue["background"].as_str().unwrap().repeat(12);
    issue["background"] = long.into();
    std::fs::write(&export, serde_json::to_string(&doc).unwrap()).unwrap();
    kit.ok(&["import", export.to_str().unwrap(), "--replace"]);

    let pdf = kit.file("too-long.pdf");
    let err = kit.fails(&["brief", "--out", pdf.to_str().unwrap()]);
    assert!(
        err.contains("its limit is 2") && err.contains("do not fit"),
        "{err}"
    );
    assert!(
        err.contains("the background of 'Freedom of expression and the safety of journalists'"),
        "{err}"
    );
    assert!(!pdf.exists());
}

#[test]
fn an_unknown_issue_is_refused_with_the_titles_there_are() {
    let kit = Kit::with_demo();
    let pdf = kit.file("x.pdf");
    let err = kit.fails(&[
        "talking-points",
        "--out",
        pdf.to_str().unwrap(),
        "--issue",
        "Water",
    ]);
    assert!(
        err.contains("no priority issue is called 'Water'")
            && err.contains("Torture and conditions of detention"),
        "{err}"
    );
    assert!(!pdf.exists());
}

#[test]
fn the_midterm_report_and_the_factsheet_take_the_paper_asked_for() {
    let kit = Kit::with_demo();
    for (command, extra) in [
        ("midterm-report", &[][..]),
        ("factsheet", &["--issue", "torture"][..]),
    ] {
        for (paper, size) in [
            ("letter", "612 x 792 pts (letter)"),
            ("a4", "595.276 x 841.89 pts (A4)"),
        ] {
            let pdf = kit.file(&format!("{command}-{paper}.pdf"));
            let pdf_s = pdf.to_str().unwrap();
            let mut args = vec![command, "--out", pdf_s, "--paper", paper];
            args.extend_from_slice(extra);
            kit.ok(&args);
            let info = tool("pdfinfo", &[pdf_s]);
            assert_eq!(info_field(&info, "Page size"), size, "{command} {paper}");
        }
    }
}

#[test]
fn the_oral_statement_says_the_edited_text_until_it_is_reset() {
    let kit = Kit::with_demo();
    let generated = kit.ok(&["oral-statement-text"]);
    assert!(
        generated.starts_with("Thank you, Mr./Madam President.\n\n"),
        "{generated}"
    );
    let edited = generated.replace("welcomes", "warmly welcomes");
    let file = kit.file("statement.txt");
    std::fs::write(&file, &edited).unwrap();
    kit.ok(&["oral-statement-text", "--set", file.to_str().unwrap()]);
    assert_eq!(kit.ok(&["oral-statement-text"]).trim(), edited.trim());

    let pdf = kit.file("statement.pdf");
    kit.ok(&["oral-statement", "--out", pdf.to_str().unwrap()]);
    let text = squeeze(&tool("pdftotext", &[pdf.to_str().unwrap(), "-"]));
    assert!(text.contains(&squeeze("warmly welcomes")), "{text}");

    // Over the two minutes the edited text is refused as a generated one is.
    std::fs::write(&file, format!("Thank you.\n\n{}", "word ".repeat(300))).unwrap();
    kit.ok(&["oral-statement-text", "--set", file.to_str().unwrap()]);
    let long = kit.file("long.pdf");
    let err = kit.fails(&["oral-statement", "--out", long.to_str().unwrap()]);
    assert!(err.contains("words too many"), "{err}");
    assert!(!long.exists());

    kit.ok(&["oral-statement-text", "--reset-text"]);
    assert_eq!(kit.ok(&["oral-statement-text"]), generated);
    kit.ok(&["oral-statement", "--out", pdf.to_str().unwrap()]);
    let text = squeeze(&tool("pdftotext", &[pdf.to_str().unwrap(), "-"]));
    assert!(!text.contains(&squeeze("warmly welcomes")));
}

#[test]
fn the_talking_points_say_the_edited_text_until_it_is_reset() {
    let kit = Kit::with_demo();
    let generated = kit.ok(&["talking-points-text"]);
    assert!(
        generated.contains("\n\n# "),
        "sections are marked: {generated}"
    );
    let edited = format!(
        "{}\n\n# Our one ask\n\n- Free the Lantern editors. [CPJ, 2024]\n",
        generated.trim_end()
    );
    let file = kit.file("talking-points.txt");
    std::fs::write(&file, &edited).unwrap();
    kit.ok(&["talking-points-text", "--set", file.to_str().unwrap()]);
    assert_eq!(kit.ok(&["talking-points-text"]).trim(), edited.trim());
    // The statement is a text of its own.
    assert!(!kit.ok(&["oral-statement-text"]).contains("Our one ask"));

    let pdf = kit.file("talking-points.pdf");
    kit.ok(&["talking-points", "--out", pdf.to_str().unwrap()]);
    let text = squeeze(&tool("pdftotext", &[pdf.to_str().unwrap(), "-"]));
    assert!(text.contains(&squeeze("Our one ask")), "{text}");
    assert!(
        text.contains(&squeeze("Free the Lantern editors. (CPJ, 2024)")),
        "{text}"
    );

    // Over seven minutes the edited text is refused, naming the passage to shorten.
    std::fs::write(&file, format!("Thank you.\n\n- {}", "word ".repeat(900))).unwrap();
    kit.ok(&["talking-points-text", "--set", file.to_str().unwrap()]);
    let long = kit.file("long.pdf");
    let err = kit.fails(&["talking-points", "--out", long.to_str().unwrap()]);
    assert!(err.contains("words too many"), "{err}");
    assert!(err.contains("passage 2 of your text: 900 words"), "{err}");
    assert!(!long.exists());

    kit.ok(&["talking-points-text", "--reset-text"]);
    assert_eq!(kit.ok(&["talking-points-text"]), generated);
}
