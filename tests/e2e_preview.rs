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

    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        // The fonts and the layout settle before the picture is taken.
        std::thread::sleep(std::time::Duration::from_millis(500));
        app.screenshot(&std::path::Path::new(&dir).join("app-documents-preview.png"));
    }
}
