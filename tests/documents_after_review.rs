//! The documents after the review, written by the real binary and read back with poppler and
//! qpdf as the lobbying documents are (`documents_pdf`): the press release (one page, its
//! plain text, its embargo line) and the letter before the adoption.

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
