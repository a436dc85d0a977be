//! The oral statement edited in place (#19 point 4), in the real window: the user changes its
//! text, the live counter follows, the saved PDF says the edited words (read back with
//! pdftotext), a text over the slot says how many words to cut and cannot be saved, and Reset
//! brings the generated text back.
use crate::e2e::pages::{DocumentsScreen, Frame};
use crate::e2e::{by_test_id, wait, App};

const ADDED: &str = " The Lantern editors remain jailed.";

/// Text as pdftotext gives it, without the line breaks and hyphens layout adds.
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{AD}')
        .collect()
}

fn pdf_text(pdf: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt-get install poppler-utils)");
    squeezed(&String::from_utf8_lossy(&out.stdout))
}

#[test]
fn the_oral_statement_is_edited_in_place_timed_live_saved_and_reset() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    let generated = documents.open_oral_statement();
    let text_box = session.wait(&by_test_id("statementText"));
    let counter = || session.text(&session.wait(&by_test_id("statementCounter")));
    let before = counter();
    assert!(before.contains(" of 2:00 — "), "{before}");
    assert!(before.ends_with(" words"), "it fits: {before}");
    let reset = session.wait(&by_test_id("statementReset"));
    assert_eq!(
        session.property(&reset, "disabled"),
        "true",
        "nothing to reset yet"
    );

    // The user adds a sentence: the counter follows at once.
    session.type_into(&text_box, ADDED);
    let after = wait::until(wait::PATIENCE, || {
        let c = counter();
        if c != before {
            Ok(c)
        } else {
            Err(format!("the counter stayed at {c}"))
        }
    });
    let words = |c: &str| -> usize {
        c.rsplit("— ")
            .next()
            .and_then(|w| w.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no word count in {c}"))
    };
    assert_eq!(words(&after), words(&before) + 5, "{before} → {after}");
    frame.wait_until_saved();

    // The PDF says the edited words.
    let pdf = app.data_dir().with_file_name("statement.pdf");
    let outcome = documents.write_to(&pdf);
    assert_eq!(outcome.state, "written", "{}", outcome.text);
    assert!(pdf_text(&pdf).contains(&squeezed(ADDED)));

    // Over the two minutes the counter says what to cut, and Save says why it cannot save.
    session.type_into(&text_box, &" more".repeat(80));
    let over = wait::until(wait::PATIENCE, || {
        let c = counter();
        if c.contains("cut ") {
            Ok(c)
        } else {
            Err(format!("the counter never asked to cut: {c}"))
        }
    });
    assert!(over.ends_with("words to fit"), "{over}");
    frame.wait_until_saved();
    session.wait(&by_test_id("saveRefusal"));

    // Reset: the generated text is back in the box, the counter and the next PDF.
    session.click(&session.wait(&by_test_id("statementReset")));
    wait::until(wait::PATIENCE, || {
        let v = session.property(&text_box, "value");
        if v.trim_end() == generated.trim_end() {
            Ok(())
        } else {
            Err(format!("the generated text never came back: {v:?}"))
        }
    });
    assert_eq!(counter(), before);
    wait::until(wait::PATIENCE, || {
        if session.find_all(&by_test_id("saveRefusal")).is_empty() {
            Ok(())
        } else {
            Err("the refusal stayed after the reset".to_string())
        }
    });
    let again = app.data_dir().with_file_name("statement-again.pdf");
    let outcome = documents.write_to(&again);
    assert_eq!(outcome.state, "written", "{}", outcome.text);
    let text = pdf_text(&again);
    assert!(!text.contains(&squeezed(ADDED)));
    assert!(text.contains(&squeezed("Thank you, Mr./Madam President.")));
}
