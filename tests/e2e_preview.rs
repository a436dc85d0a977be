//! The Documents screen's preview in the real window: the pages the PDF would have, drawn by
//! the app itself (WebKitGTK has no PDF viewer).

use crate::e2e::pages::{DocumentsScreen, Frame};
use crate::e2e::App;

/// Text without the white space and hyphens that line breaks add, so a sentence is found
/// whatever its line breaks.
fn squeezed(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{AD}')
        .collect()
}

/// The demo's recommendations, as shipped.
fn demo_recommendations() -> Vec<String> {
    let demo: serde_json::Value =
        serde_json::from_str(include_str!("../assets/demo/demo-organisation.json"))
            .expect("the demo file is JSON");
    demo["campaigns"][0]["priority_issues"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|i| i["recommendations"].as_array().into_iter().flatten())
        .filter_map(|r| r["text"].as_str().map(String::from))
        .collect()
}

#[test]
fn opening_the_documents_screen_shows_the_demo_brief_on_its_two_pages() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    let pages = documents.preview_pages();

    let captions: Vec<&str> = pages.iter().map(|p| p.caption.as_str()).collect();
    assert_eq!(captions, ["Page 1 of 2", "Page 2 of 2"]);
    let text = squeezed(&pages.iter().map(|p| p.text.as_str()).collect::<String>());
    let recommendations = demo_recommendations();
    assert!(!recommendations.is_empty(), "the demo has recommendations");
    for r in &recommendations {
        assert!(
            text.contains(&squeezed(r)),
            "the preview lacks the demo recommendation “{r}”"
        );
    }
    // The pages are drawn in the documents' own Noto Sans, which the window program serves
    // (app/document_fonts.rs): the faces the brief uses load, and none fails.
    let faces = || {
        session
            .execute(
                "return [...document.fonts].filter((f) => f.family.includes('Noto Sans')) \
                 .map((f) => `${f.weight} ${f.style} ${f.status}`).join('; ')",
                vec![],
            )
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    crate::e2e::wait::until(crate::e2e::wait::PATIENCE, || {
        let seen = faces();
        if seen.contains("400 normal loaded") && seen.contains("700 normal loaded") {
            Ok(())
        } else {
            Err(format!("the preview's fonts: {seen}"))
        }
    });
    assert!(!faces().contains("error"), "{}", faces());

    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        // The fonts and the layout settle before the picture is taken.
        std::thread::sleep(std::time::Duration::from_millis(500));
        app.screenshot(&std::path::Path::new(&dir).join("app-documents-preview.png"));
    }
}

/// The demo's value at `path` (e.g. the first priority issue's title), as shipped.
fn demo_text(path: &[&str]) -> String {
    let demo: serde_json::Value =
        serde_json::from_str(include_str!("../assets/demo/demo-organisation.json"))
            .expect("the demo file is JSON");
    let mut value = &demo["campaigns"][0];
    for key in path {
        value = match key.parse::<usize>() {
            Ok(n) => &value[n],
            Err(_) => &value[*key],
        };
    }
    value.as_str().expect("a text").to_string()
}

#[test]
fn the_documents_of_the_cycle_preview_in_the_window_like_the_lobbying_documents() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    documents.preview_pages();

    documents.choose_kind("midterm_report");
    let pages = documents.preview_pages_of("midterm_report");
    assert!(!pages.is_empty());
    let text = squeezed(&pages.iter().map(|p| p.text.as_str()).collect::<String>());
    let received = demo_text(&["received_recommendations", "0", "text"]);
    assert!(
        text.contains(&squeezed(&received)),
        "the mid-term report's preview lacks “{received}”"
    );

    documents.choose_kind("factsheet");
    let pages = documents.preview_pages_of("factsheet");
    let captions: Vec<&str> = pages.iter().map(|p| p.caption.as_str()).collect();
    assert_eq!(captions, ["Page 1 of 1"], "a factsheet is one page");
    let first_issue = demo_text(&["priority_issues", "0", "title"]);
    assert!(
        squeezed(&pages[0].text).contains(&squeezed(&first_issue)),
        "the factsheet is on the first issue, “{first_issue}”"
    );
    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        // The fonts and the layout settle before the picture is taken.
        std::thread::sleep(std::time::Duration::from_millis(500));
        app.screenshot(&std::path::Path::new(&dir).join("app-documents-factsheet-preview.png"));
    }

    documents.choose_kind("submission");
    let pages = documents.preview_pages_of("submission");
    let title = demo_text(&["submissions", "0", "title"]);
    assert!(
        squeezed(&pages[0].text).contains(&squeezed(&title)),
        "the submission's preview starts with its title, “{title}”"
    );
}

#[test]
fn the_press_release_and_the_letter_are_chosen_and_previewed_like_the_others() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    documents.preview_pages();

    documents.choose_kind("press_release");
    let pages = documents.preview_pages_of("press_release");
    let captions: Vec<&str> = pages.iter().map(|p| p.caption.as_str()).collect();
    assert_eq!(captions, ["Page 1 of 1"], "a press release is one page");
    let text = squeezed(&pages[0].text);
    let quote = demo_text(&["press_details", "quote"]);
    assert!(
        text.contains(&squeezed(&quote)),
        "the press release quotes the spokesperson: “{quote}”"
    );
    assert!(
        text.contains(&squeezed("the Republic of Meridia")),
        "the State is named with its article"
    );

    documents.choose_kind("letter");
    let pages = documents.preview_pages_of("letter");
    assert!(
        (1..=2).contains(&pages.len()),
        "a letter is one or two pages"
    );
    let text = squeezed(&pages.iter().map(|p| p.text.as_str()).collect::<String>());
    assert!(
        text.contains(&squeezed("Excellency,")),
        "the letter is addressed to a minister"
    );
}

#[test]
fn the_written_statement_is_chosen_and_previewed_with_its_un_heading_block() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    documents.preview_pages();

    documents.choose_kind("written_statement");
    let pages = documents.preview_pages_of("written_statement");
    let text = squeezed(&pages.iter().map(|p| p.text.as_str()).collect::<String>());
    for expected in [
        "Human Rights Council",
        "Agenda item 6: Universal Periodic Review",
        "in special consultative status",
    ] {
        assert!(
            text.contains(&squeezed(expected)),
            "the heading block says “{expected}”"
        );
    }
}
