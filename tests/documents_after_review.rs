//! The documents after the review, written by the real binary and read back with poppler and
//! qpdf as the lobbying documents are (`documents_pdf`): the press release (one page, its
//! plain text, its embargo line), the letter before the adoption and the written statement to
//! the Council (its UN heading block, its word limit by ECOSOC status).

use crate::common::tool;
use crate::common::Kit;
use crate::documents_pdf::squeeze;

fn pages(pdf: &str) -> usize {
    tool("pdfinfo", &[pdf])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap()
}

/// Every font embedded and subset, and qpdf finds nothing wrong.
fn sound(pdf: &str) {
    for row in tool("pdffonts", &[pdf]).lines().skip(2) {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{row}");
    }
    assert!(tool("qpdf", &["--check", pdf]).contains("No syntax or stream encoding errors"));
}

#[test]
fn the_press_release_is_one_page_in_every_language_with_its_plain_text() {
    let kit = Kit::with_demo();
    for (lang, paper, embargo_line, state) in [
        (
            "en",
            "a4",
            "EMBARGOED UNTIL 10 MARCH 2027, 14:00 GENEVA TIME",
            "the Republic of Meridia",
        ),
        (
            "fr",
            "letter",
            "SOUS EMBARGO JUSQU’AU 10 MARS 2027, 14:00 HEURE DE GENÈVE",
            // The demo's own words for its fictional State.
            "la République de Méridie",
        ),
        (
            "es",
            "a4",
            "EMBARGADO HASTA EL 10 DE MARZO DE 2027, 14:00 HORA DE GINEBRA",
            "la República de Meridia",
        ),
    ] {
        let pdf = kit.file(&format!("press-{lang}.pdf"));
        let txt = kit.file(&format!("press-{lang}.txt"));
        let (pdf_s, txt_s) = (pdf.to_str().unwrap(), txt.to_str().unwrap());
        let out = kit.ok(&[
            "press-release",
            "--out",
            pdf_s,
            "--text",
            txt_s,
            "--lang",
            lang,
            "--paper",
            paper,
            "--embargo",
            "2027-03-10T14:00",
        ]);
        assert!(out.contains("1 page"), "{out}");
        assert_eq!(pages(pdf_s), 1, "{lang}");
        sound(pdf_s);
        let text = squeeze(&tool("pdftotext", &[pdf_s, "-"]));
        let plain = std::fs::read_to_string(&txt).unwrap();
        assert!(plain.starts_with(embargo_line), "{lang}: {plain}");
        // What the PDF says is what the e-mail says, and the organisation's contacts are there.
        for line in plain.lines().filter(|l| !l.trim().is_empty()) {
            let line = line.trim_start_matches("- ");
            assert!(
                text.to_lowercase().contains(&squeeze(line).to_lowercase()),
                "{lang}: '{line}' is in the text, not in the PDF"
            );
        }
        assert!(plain.contains("upr@mchr-meridia.org"), "{plain}");
        assert!(plain.contains(state), "{plain}");
    }
}

#[test]
fn a_bad_embargo_is_refused_before_anything_is_written() {
    let kit = Kit::with_demo();
    let pdf = kit.file("press.pdf");
    let err = kit.fails(&[
        "press-release",
        "--out",
        pdf.to_str().unwrap(),
        "--embargo",
        "tomorrow",
    ]);
    assert!(err.contains("2027-03-10T14:00"), "{err}");
    assert!(!pdf.exists());
}

#[test]
fn the_letter_is_addressed_to_the_contact_named_and_keeps_to_two_pages() {
    let kit = Kit::with_demo();
    let pdf = kit.file("letter.pdf");
    let pdf_s = pdf.to_str().unwrap();
    for (text, state, response, reference) in [
        (
            "Decriminalise defamation",
            "Norway",
            "pending",
            "A/HRC/55/9, 118.34",
        ),
        (
            "Protect journalists from reprisals",
            "Chile",
            "noted",
            "A/HRC/55/9, 118.35",
        ),
        (
            "Answered already",
            "Peru",
            "supported",
            "A/HRC/55/9, 118.36",
        ),
    ] {
        kit.ok(&[
            "received-recommendations",
            "add",
            text,
            "--state",
            state,
            "--response",
            response,
            "--reference",
            reference,
            "--cycle",
            "4",
            "--issue",
            "Freedom of expression and the safety of journalists",
        ]);
    }
    kit.ok(&[
        "letter",
        "--out",
        pdf_s,
        "--to",
        "H.E. Ms Ana Ruiz, Minister of Justice",
        "--lang",
        "en",
    ]);
    let n = pages(pdf_s);
    assert!((1..=2).contains(&n), "{n} pages");
    sound(pdf_s);
    let text = squeeze(&tool("pdftotext", &[pdf_s, "-"]));
    for expected in [
        "H.E. Ms Ana Ruiz, Minister of Justice",
        "We respectfully ask the Republic of Meridia to support each of these recommendations",
        "Meridia Coalition for Human Rights",
        "Decriminalise defamation — A/HRC/55/9, 118.34 (Norway)",
        "Protect journalists from reprisals — A/HRC/55/9, 118.35 (Chile)",
    ] {
        assert!(
            text.contains(&squeeze(expected)),
            "{expected} not in {text}"
        );
    }
    assert!(!text.contains(&squeeze("Answered already")), "{text}");

    // The same letter as Word, parsed back: every part is there, to edit before signing.
    let docx = kit.file("letter.docx");
    let docx_s = docx.to_str().unwrap();
    kit.ok(&[
        "letter",
        "--out",
        docx_s,
        "--to",
        "H.E. Ms Ana Ruiz, Minister of Justice",
    ]);
    let xml = tool("unzip", &["-p", docx_s, "word/document.xml"]);
    for expected in [
        "H.E. Ms Ana Ruiz, Minister of Justice",
        "Decriminalise defamation — A/HRC/55/9, 118.34 (Norway)",
        "We respectfully ask the Republic of Meridia",
    ] {
        assert!(xml.contains(expected), "{expected} not in the Word file");
    }
}

#[test]
fn the_written_statement_carries_the_un_heading_block_and_keeps_to_its_word_limit() {
    let kit = Kit::with_demo();
    for (lang, paper, expected) in [
        (
            "en",
            "a4",
            [
                "Human Rights Council",
                "Agenda item 6: Universal Periodic Review",
                "Written statement submitted by Meridia Coalition for Human Rights, a non-governmental organization in special consultative status",
            ],
        ),
        (
            "fr",
            "letter",
            [
                "Conseil des droits de l’homme",
                "Point 6 de l’ordre du jour\u{202f}: Examen périodique universel",
                "organisation non gouvernementale dotée du statut consultatif spécial",
            ],
        ),
        (
            "es",
            "a4",
            [
                "Consejo de Derechos Humanos",
                "Tema 6 de la agenda: Examen Periódico Universal",
                "organización no gubernamental reconocida como entidad consultiva especial",
            ],
        ),
    ] {
        let pdf = kit.file(&format!("statement-{lang}.pdf"));
        let pdf_s = pdf.to_str().unwrap();
        let said = kit.ok(&[
            "written-statement",
            "--out",
            pdf_s,
            "--lang",
            lang,
            "--paper",
            paper,
        ]);
        // "Wrote …: 3 pages, 1009 words (body text 10 pt)": within the special status's 1,500.
        let words: usize = said
            .split(" words")
            .next()
            .and_then(|s| s.rsplit(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no word count in {said}"));
        assert!((100..=1500).contains(&words), "{said}");
        sound(pdf_s);
        let text = squeeze(&tool("pdftotext", &[pdf_s, "-"]));
        for e in expected
            .iter()
            .chain(&["Freedom of expression and the safety of journalists"])
        {
            assert!(text.contains(&squeeze(e)), "{lang}: {e} not in {text}");
        }
        let size = tool("pdfinfo", &[pdf_s]);
        let width = if paper == "a4" { "595.276" } else { "612" };
        assert!(size.contains(width), "{lang} on {paper}: {size}");
    }

    // As Word, parsed back: the heading block and the issues, for the secretariat.
    let docx = kit.file("statement.docx");
    let docx_s = docx.to_str().unwrap();
    kit.ok(&["written-statement", "--out", docx_s, "--lang", "en"]);
    let xml = tool("unzip", &["-p", docx_s, "word/document.xml"]);
    for expected in [
        "Agenda item 6: Universal Periodic Review",
        "in special consultative status",
        "Freedom of expression and the safety of journalists",
    ] {
        assert!(xml.contains(expected), "{expected} not in the Word file");
    }
}

#[test]
fn a_written_statement_over_the_limit_of_its_status_is_refused_with_the_words_to_cut() {
    let kit = Kit::with_demo();
    // The demo coalition is in special status: its limit is the special one.
    kit.set_setting("written_statement_words_special", 200.into());

    for file in ["too-long.pdf", "too-long.docx"] {
        let out = kit.file(file);
        let err = kit.fails(&["written-statement", "--out", out.to_str().unwrap()]);
        assert!(err.contains("the written statement has"), "{err}");
        assert!(
            err.contains("the limit for the organisation's ECOSOC status is 200"),
            "{err}"
        );
        assert!(err.contains("words too many"), "{err}");
        assert!(err.contains("the longest parts are"), "{err}");
        assert!(!out.exists(), "nothing written for {file}");
    }
}

#[test]
fn a_written_statement_over_its_limit_is_written_as_a_draft_marked_over_the_limit() {
    let kit = Kit::with_demo();
    kit.set_setting("written_statement_words_special", 200.into());
    let pdf = kit.file("draft.pdf");
    let pdf_s = pdf.to_str().unwrap();
    let out = kit.ok(&["written-statement", "--out", pdf_s, "--draft"]);
    assert!(
        out.contains("Note: a draft over the limit:") && out.contains("against 200"),
        "{out}"
    );
    let text = squeeze(&tool("pdftotext", &[pdf_s, "-"]));
    assert!(text.contains("Draftoverthelimit:"), "{text}");
    assert!(text.contains("against200;cut"), "{text}");
    assert!(
        text.contains("DRAFT"),
        "every page carries the draft mark: {text}"
    );
    sound(pdf_s);
}

#[test]
fn a_joint_oral_statement_has_the_joint_slot() {
    let kit = Kit::with_demo();
    // One NGO's slot shorter than the demo's statement, the joint one longer.
    kit.set_setting("oral_statement_seconds", 30.into());
    let pdf = kit.file("joint.pdf");
    let pdf_s = pdf.to_str().unwrap();
    let err = kit.fails(&["oral-statement", "--out", pdf_s]);
    assert!(err.contains("the oral statement has"), "{err}");
    let out = kit.ok(&["oral-statement", "--out", pdf_s, "--joint"]);
    assert!(out.contains("spoken"), "{out}");
    let text = squeeze(&tool("pdftotext", &[pdf_s, "-"]));
    assert!(text.contains("limit3min"), "{text}");
}
