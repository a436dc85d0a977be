//! The documents after the review in the real window: the press release with an embargo
//! typed on the Documents screen, saved as plain text and as PDF; the letter addressed to a
//! contact stored with a target State, saved as Word; the written statement saved as Word.
//! Each file is read back as a user's tools read it (the text file as it is, `pdftotext`,
//! `unzip`). The native Save dialog cannot be driven by WebDriver; it fills the same path
//! field the story types into.

use crate::common::{tool, word_text};
use crate::e2e::pages::DocumentsScreen;
use crate::e2e::webdriver::Session;
use crate::e2e::{by_test_id, wait, App};

/// Sets a date or time field as the system's widget does when the user picks a value
/// (WebDriver cannot type into those alike everywhere).
fn pick(session: &Session, test_id: &str, value: &str) {
    session.execute(
        "const f = document.querySelector(arguments[0]); f.value = arguments[1]; \
         f.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![by_test_id(test_id).into(), value.into()],
    );
}

#[test]
fn the_press_release_the_letter_and_the_written_statement_are_saved_in_their_other_formats() {
    let app = App::start();
    let _screenshot = app.screenshot_on_failure("after-review-formats");
    let session = app.open();
    let out = app.data_dir().with_file_name("after-review");
    std::fs::create_dir_all(&out).unwrap();
    crate::e2e::pages::Frame::new(&session).go_to("documents");
    let documents = DocumentsScreen::new(&session);

    // The press release, embargoed: the preview says it before anything is saved.
    documents.choose_kind("press_release");
    session.wait(&by_test_id("documentEmbargoDate"));
    pick(&session, "documentEmbargoDate", "2027-03-10");
    pick(&session, "documentEmbargoTime", "14:00");
    wait::until(3 * wait::PATIENCE, || {
        let pages = documents.preview_pages_of("press_release");
        let text = pages.iter().map(|p| p.text.as_str()).collect::<String>();
        if text.to_lowercase().contains("embargoed until") {
            Ok(())
        } else {
            Err(format!("the preview never said the embargo: {text}"))
        }
    });
    let text_file = out.join("press.txt");
    let outcome = documents.write_to(&text_file);
    assert_eq!(outcome.state, "written", "{}", outcome.text);
    let plain = std::fs::read_to_string(&text_file).unwrap();
    assert!(
        plain.starts_with("EMBARGOED UNTIL 10 MARCH 2027, 14:00 GENEVA TIME"),
        "{plain}"
    );
    assert!(plain.contains("– Ends –"), "{plain}");
    let pdf = out.join("press.pdf");
    let outcome = documents.write_to(&pdf);
    assert_eq!(outcome.state, "written", "{}", outcome.text);
    let printed = tool("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    assert!(
        printed
            .to_lowercase()
            .contains("embargoed until 10 march 2027, 14:00 geneva time"),
        "{printed}"
    );

    // The letter, to a contact stored with a target State (the demo's Norwegian diplomat).
    documents.choose_kind("letter");
    let addressee = "Ingrid Solberg, Second Secretary, human rights";
    session.click(&session.wait(&format!(
        "{} option[value=\"{addressee}\"]",
        by_test_id("documentToContact")
    )));
    let typed = session.wait(&by_test_id("documentTo"));
    assert_eq!(session.property(&typed, "value"), addressee);
    let letter = out.join("letter.docx");
    let outcome = documents.write_to(&letter);
    assert_eq!(outcome.state, "written", "{}", outcome.text);
    let words = word_text(&letter);
    assert!(words.contains(addressee), "{words}");
    assert!(words.contains("Excellency,"), "{words}");

    // The written statement, as Word: the UN heading block and the organisation.
    documents.choose_kind("written_statement");
    let statement = out.join("statement.docx");
    let outcome = documents.write_to(&statement);
    assert_eq!(outcome.state, "written", "{}", outcome.text);
    let words = word_text(&statement);
    for expected in [
        "Human Rights Council",
        "Agenda item 6: Universal Periodic Review",
    ] {
        assert!(words.contains(expected), "{expected} not in {words}");
    }
    assert!(words.contains("Meridia Coalition"), "{words}");
}
