//! Documents in Arabic, Russian and Chinese, from demo-like campaigns written in each
//! (`tests/data/demo-{ar,ru,zh}.json`: the demo's first priority issue, its facts, questions
//! and recommendations translated), written by the real binary and read back with poppler
//! and qpdf as in `documents_pdf`.

use crate::common::tool;
use crate::common::Kit;
use crate::documents_pdf::{assert_fonts_embedded_and_subset, squeeze};

const CAMPAIGNS: [(&str, &str); 3] = [
    ("ar", include_str!("data/demo-ar.json")),
    ("ru", include_str!("data/demo-ru.json")),
    ("zh", include_str!("data/demo-zh.json")),
];

/// A data folder holding the campaign written in `lang`.
fn kit_with(lang: &str, campaign: &str) -> Kit {
    let kit = Kit::new();
    let file = kit.file(&format!("demo-{lang}.json"));
    std::fs::write(&file, campaign).unwrap();
    kit.ok(&["import", file.to_str().unwrap()]);
    kit
}

/// Text as compared: white space and hyphens gone (`squeeze`). For Arabic, only letters and
/// digits, short-vowel marks left out: poppler sets a raised mark on a line of its own, and its
/// own reordering of right-to-left text puts the punctuation next to a number or a Latin word
/// on the wrong side ("عام ،2024", "()ICCPR") although the page shows it right. Letters, words
/// and numbers come back in reading order, which is what this checks.
fn normalised(s: &str, lang: &str) -> String {
    let squeezed = squeeze(s);
    if lang != "ar" {
        return squeezed;
    }
    squeezed
        .chars()
        .filter(|c| c.is_alphanumeric() && !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}'))
        .collect()
}

fn assert_qpdf_clean(pdf: &str) {
    let check = tool("qpdf", &["--check", pdf]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
}

#[test]
fn the_brief_in_arabic_russian_and_chinese_fits_and_gives_back_every_question_and_recommendation() {
    for (lang, campaign) in CAMPAIGNS {
        let kit = kit_with(lang, campaign);
        let pdf = kit.file(&format!("brief-{lang}.pdf"));
        let pdf_s = pdf.to_str().unwrap();
        kit.ok(&["brief", "--out", pdf_s, "--lang", lang]);

        let info = tool("pdfinfo", &[pdf_s]);
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert!(pages <= 2, "{lang}: {pages} pages");
        assert_fonts_embedded_and_subset(pdf_s, lang);
        assert_qpdf_clean(pdf_s);

        let text = normalised(&tool("pdftotext", &[pdf_s, "-"]), lang);
        let data: serde_json::Value = serde_json::from_str(campaign).unwrap();
        let mut checked = 0;
        let issue = &data["campaigns"][0]["priority_issues"][0];
        for key in ["questions", "recommendations"] {
            for item in issue[key].as_array().unwrap() {
                let t = item["text"].as_str().unwrap();
                assert!(
                    text.contains(&normalised(t, lang)),
                    "{lang}: missing from the brief's text: {t}\n{text}"
                );
                checked += 1;
            }
        }
        assert_eq!(checked, 8, "{lang}");
        let org = data["organisation"]["name"].as_str().unwrap();
        assert!(text.contains(&normalised(org, lang)), "{lang}: {org}");
    }
}

#[test]
fn talking_points_and_the_oral_statement_in_arabic_russian_and_chinese_pass_the_readers() {
    for (lang, campaign) in CAMPAIGNS {
        let kit = kit_with(lang, campaign);
        for command in ["talking-points", "oral-statement"] {
            let pdf = kit.file(&format!("{command}-{lang}.pdf"));
            let pdf_s = pdf.to_str().unwrap();
            kit.ok(&[command, "--out", pdf_s, "--lang", lang]);
            assert_fonts_embedded_and_subset(pdf_s, &format!("{command} {lang}"));
            assert_qpdf_clean(pdf_s);
            let text = normalised(&tool("pdftotext", &[pdf_s, "-"]), lang);
            let data: serde_json::Value = serde_json::from_str(campaign).unwrap();
            let first = data["campaigns"][0]["priority_issues"][0]["recommendations"][0]["text"]
                .as_str()
                .unwrap();
            // The statement words the recommendation into its own sentence, lowercased.
            let start: String = normalised(first, lang)
                .to_lowercase()
                .chars()
                .take(12)
                .collect();
            let text = text.to_lowercase();
            assert!(text.contains(&start), "{command} {lang}: {start}\n{text}");
        }
    }
}
