//! The speeches edited in place (#19 point 4), in the real window: the user changes the oral
//! statement's text, the live counter follows, the saved PDF says the edited words (read back
//! with pdftotext), a text over the slot says how many words to cut and cannot be saved, and
//! Reset brings the generated text back; the talking points the same, their headings and
//! notes not timed; and "Shorten this part" of an edited statement selects the paragraph in
//! its text box (#19 point 3).
use crate::e2e::pages::{DocumentsScreen, Frame, SpeechEditor};
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

/// Types `text` at the end of the speech: the counter, at `before`, says `words` more at once,
/// and the edit is saved.
fn type_and_count(editor: &SpeechEditor, frame: &Frame, before: &str, text: &str, words: usize) {
    editor.type_text(text);
    let after = editor.counter_changed_from(before);
    let count = SpeechEditor::words;
    assert_eq!(count(&after), count(before) + words, "{before} → {after}");
    frame.wait_until_saved();
}

/// The text of the chosen document saved as `name` beside the data folder.
fn written(app: &App, documents: &DocumentsScreen, name: &str) -> String {
    let pdf = app.data_dir().with_file_name(name);
    let outcome = documents.write_to(&pdf);
    assert_eq!(outcome.state, "written", "{}", outcome.text);
    pdf_text(&pdf)
}

#[test]
fn the_oral_statement_is_edited_in_place_timed_live_saved_and_reset() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    documents.choose_kind("oral_statement");

    let editor = SpeechEditor::new(&session);
    let generated = editor.text_when("the generated statement", |v| {
        v.starts_with("Thank you, Mr./Madam President.")
    });
    let before = editor.counter();
    assert!(before.contains(" of 2:00 — "), "{before}");
    assert!(before.ends_with(" words"), "it fits: {before}");
    let reset = session.wait(&by_test_id("statementReset"));
    assert_eq!(
        session.property(&reset, "disabled"),
        "true",
        "nothing to reset yet"
    );

    // The user adds a sentence: the counter follows at once.
    type_and_count(&editor, &frame, &before, ADDED, 5);

    // The PDF says the edited words.
    assert!(written(&app, &documents, "statement.pdf").contains(&squeezed(ADDED)));

    // Over the two minutes the counter says what to cut, and Save says why it cannot save.
    editor.type_text(&" more".repeat(80));
    let over = wait::until(wait::PATIENCE, || {
        let c = editor.counter();
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
    editor.reset();
    editor.text_when("the generated text", |v| {
        v.trim_end() == generated.trim_end()
    });
    assert_eq!(editor.counter(), before);
    wait::until(wait::PATIENCE, || {
        if session.find_all(&by_test_id("saveRefusal")).is_empty() {
            Ok(())
        } else {
            Err("the refusal stayed after the reset".to_string())
        }
    });
    let text = written(&app, &documents, "statement-again.pdf");
    assert!(!text.contains(&squeezed(ADDED)));
    assert!(text.contains(&squeezed("Thank you, Mr./Madam President.")));
}

/// The talking points are edited in place as the statement is (#19 point 4): their generated
/// text shows its sections, the counter follows what is said (not the headings), the PDF says
/// the edit, and Reset brings the generated text back.
#[test]
fn the_talking_points_are_edited_in_place_saved_and_reset() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    documents.choose_kind("talking_points");

    session.wait("[data-document=\"talking_points\"]");
    let editor = SpeechEditor::new(&session);
    let generated = editor.text_when("the generated talking points", |v| v.contains("\n\n# "));
    let before = editor.counter();

    // A heading added is printed, not said; a sentence added is said, its [note] is not.
    let added = "\n\n# Our one ask\n\n- The Lantern editors remain jailed. [CPJ]";
    type_and_count(&editor, &frame, &before, added, 5);

    let text = written(&app, &documents, "talking-points.pdf");
    assert!(text.contains(&squeezed("Our one ask")), "{text}");
    assert!(text.contains(&squeezed("The Lantern editors remain jailed. (CPJ)")));

    // The statement was not edited by it.
    documents.choose_kind("oral_statement");
    session.wait("[data-document=\"oral_statement\"][data-edited=\"false\"]");
    documents.choose_kind("talking_points");
    session.wait("[data-document=\"talking_points\"][data-edited=\"true\"]");

    editor.reset();
    editor.text_when("the generated text", |v| {
        v.trim_end() == generated.trim_end()
    });
    assert_eq!(editor.counter(), before);
}

/// "Shorten this part" of an edited statement too long for its slot points into the text
/// box (#19 point 3): the box takes the focus with the paragraph to cut selected, in view.
#[test]
fn shorten_this_part_selects_the_paragraph_in_the_edited_statement() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    documents.choose_kind("oral_statement");
    let editor = SpeechEditor::new(&session);
    editor.text_when("the generated statement", |v| {
        v.starts_with("Thank you, Mr./Madam President.")
    });

    // A long paragraph added at the end makes the statement too long: it is the longest.
    editor.type_text(&format!("\n\nLong{}", " padding words".repeat(60)));
    frame.wait_until_saved();
    let message = session.wait(&format!(
        "{}[data-state=\"ready\"][data-kind=\"oral_statement\"] {}",
        by_test_id("documentPreview"),
        by_test_id("overflowMessage")
    ));
    // In a small window the end of the text box is out of view when the button is clicked.
    session.set_window_size(900, 600);
    session.execute("window.scrollTo(0, 0)", vec![]);
    let shorten = session
        .find_all(&format!(
            "{} {}",
            by_test_id("overflowMessage"),
            by_test_id("shortenPart")
        ))
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no Shorten this part in: {}", session.text(&message)));
    session.click(&shorten);

    let selected = wait::until(wait::PATIENCE, || {
        let v = session.execute(
            "const a = document.activeElement;
             if (!a || a.dataset.testid !== arguments[0]) return null;
             const r = a.getBoundingClientRect();
             return { text: a.value.slice(a.selectionStart, a.selectionEnd), bottom: r.bottom, height: window.innerHeight };",
            vec![serde_json::json!(crate::e2e::test_id("statementText"))],
        );
        if v.is_null() {
            Err("the text box never took the focus".to_string())
        } else {
            Ok(v)
        }
    });
    let text = selected["text"].as_str().unwrap_or_default();
    assert!(text.starts_with("Long padding words"), "selected: {text:?}");
    assert!(
        text.ends_with("padding words"),
        "the whole paragraph: {text:?}"
    );
    // The paragraph, the last of the box, was scrolled into view: the box's end is on screen.
    let (bottom, height) = (
        selected["bottom"].as_f64().unwrap(),
        selected["height"].as_f64().unwrap(),
    );
    assert!(
        bottom > 0.0 && bottom - 60.0 < height,
        "the paragraph is out of view: {selected}"
    );
}
