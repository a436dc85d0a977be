//! The Documents screen when a document does not fit and when a brief carries weak
//! recommendations (#19 points 3, 5 and 6), in the real window: the preview keeps the pages
//! with what runs over marked, the message holds its actions, Save says why it cannot save
//! before any dialog, a stale message clears, and the weak recommendations are named before
//! the brief is saved, each a link into the issue editor.

use crate::e2e::pages::{DocumentsScreen, Frame, PriorityIssues};
use crate::e2e::{by_test_id, wait, App};

/// Takes a picture of the window into `UPR_KIT_SCREENSHOTS`, when set.
fn screenshot(app: &App, name: &str) {
    if let Some(dir) = std::env::var_os("UPR_KIT_SCREENSHOTS") {
        app.screenshot(&std::path::Path::new(&dir).join(name));
    }
}

#[test]
fn a_brief_that_does_not_fit_keeps_its_pages_offers_its_actions_and_clears_once_it_fits() {
    let app = App::start();
    app.import_a_brief_too_long();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);

    // The preview keeps the pages, the ones past the limit marked, under the message.
    let message = session.wait(&format!(
        "{}[data-state=\"ready\"] {}",
        by_test_id("documentPreview"),
        by_test_id("overflowMessage")
    ));
    let text = session.text(&message);
    assert!(!text.contains("--issue"), "{text}");
    assert!(text.contains("Shorten this part"), "{text}");
    assert!(text.contains("Leave out"), "{text}");
    let pages = session.find_all(&by_test_id("previewPage"));
    assert!(
        pages.len() > 2,
        "the pages of a brief over two pages are all shown"
    );
    let over: Vec<String> = session
        .find_all(&format!(
            "{}[data-over=\"true\"] figcaption",
            by_test_id("previewPage")
        ))
        .iter()
        .map(|c| session.text(c))
        .collect();
    assert_eq!(
        over.len(),
        pages.len() - 2,
        "every page past the second is marked"
    );
    assert!(over[0].starts_with("Page 3 of"), "{over:?}");
    assert!(over[0].contains("past the limit"), "{over:?}");

    // Save says why it cannot save, before any dialog: the button is disabled with the reason.
    let save = session.wait(&by_test_id("saveDocument"));
    assert_eq!(session.property(&save, "disabled"), "true");
    let reason = session.text(&session.wait(&by_test_id("saveRefusal")));
    assert!(reason.contains("does not fit"), "{reason}");
    screenshot(&app, "docflow-overflow-before.png");
    let scroll_to = |css: &str| {
        session.execute(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'center'})",
            vec![css.into()],
        );
    };
    scroll_to(&by_test_id("saveRefusal"));
    screenshot(&app, "docflow-save-refused.png");
    scroll_to(&format!(
        "{}[data-over=\"true\"]",
        by_test_id("previewPage")
    ));
    screenshot(&app, "docflow-page-over.png");

    // "Shorten this part" opens the issue editor on that part, with the cursor in it.
    session.click(&session.wait(&by_test_id("shortenPart")));
    PriorityIssues::new(&session);
    wait::until_true("the part to shorten taking the focus", || {
        session
            .execute(
                "const a = document.activeElement; return !!a && a.tagName === 'TEXTAREA' && !!a.closest('.issue-editor');",
                vec![],
            )
            .as_bool()
            == Some(true)
    });
    screenshot(&app, "docflow-shorten-jump.png");

    // Back on the documents, leaving issues out from inside the message until the brief fits:
    // then the message, the refusal and the marks are gone, and Save is back.
    frame.go_to("documents");
    DocumentsScreen::new(&session);
    session.wait(&format!(
        "{}[data-state=\"ready\"] {}",
        by_test_id("documentPreview"),
        by_test_id("leaveOutIssue")
    ));
    // Read in one script: the message is drawn anew with each preview, so an element found in
    // one call may be gone by the next.
    let problem = || {
        session
            .execute(
                "const p = document.querySelector(arguments[0]); return p ? p.innerText : null;",
                vec![serde_json::json!(format!(
                    "{} > p",
                    by_test_id("overflowMessage")
                ))],
            )
            .as_str()
            .map(str::to_string)
    };
    let mut left_out = 0;
    while let Some(button) = session
        .find_all(&format!(
            "{}[data-state=\"ready\"] {}",
            by_test_id("documentPreview"),
            by_test_id("leaveOutIssue")
        ))
        .into_iter()
        .last()
    {
        let before = problem();
        session.click(&button);
        left_out += 1;
        assert!(left_out < 3, "a brief of one issue fits");
        // The next preview answers: it fits, or says what overflows now.
        wait::until(3 * wait::PATIENCE, || {
            let ready = !session
                .find_all(&format!(
                    "{}[data-state=\"ready\"]",
                    by_test_id("documentPreview")
                ))
                .is_empty();
            if ready && problem() != before {
                Ok(())
            } else {
                Err("the preview was not made again".to_string())
            }
        });
    }
    let pages = documents.preview_pages_of("brief");
    assert!(pages.len() <= 2, "{pages:?}");
    assert!(session.find_all(&by_test_id("overflowMessage")).is_empty());
    assert!(session.find_all(&by_test_id("saveRefusal")).is_empty());
    assert!(session
        .find_all(&format!(
            "{}[data-over=\"true\"]",
            by_test_id("previewPage")
        ))
        .is_empty());
    let save = session.wait(&by_test_id("saveDocument"));
    assert_eq!(session.property(&save, "disabled"), "false");
    // Its figures: real plurals, and no time to read aloud for a brief.
    let summary = session.text(&session.wait(&by_test_id("previewSummary")));
    assert!(!summary.contains("read aloud"), "{summary}");
    assert!(!summary.contains("1 pages"), "{summary}");
    assert!(
        summary.contains(if pages.len() == 1 {
            "1 page ·"
        } else {
            "2 pages ·"
        }),
        "{summary}"
    );
    screenshot(&app, "docflow-overflow-after.png");

    let outcome = documents.write_to(&app.data_dir().with_file_name("brief.pdf"));
    assert_eq!(outcome.state, "written", "{}", outcome.text);
    assert!(!outcome.text.contains("read aloud"), "{}", outcome.text);
}

#[test]
fn a_brief_with_a_weak_recommendation_is_named_before_saving_with_a_link_to_it() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("issues");
    let issues = PriorityIssues::new(&session);
    issues.add_recommendation("Continue efforts to protect journalists");
    let before = issues.recommendations().len();
    let categories = issues.categories(before);
    assert_eq!(
        categories.last().copied(),
        Some(2),
        "the checker reads it as continuing action"
    );
    frame.wait_until_saved();

    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    documents.preview_pages_of("brief");
    session.click(&session.wait(&by_test_id("saveDocument")));
    let warning = session.text(&session.wait(&by_test_id("weakWarning")));
    assert!(
        warning.contains("1 recommendation is not specific"),
        "{warning}"
    );
    assert!(
        warning.contains("Continue efforts to protect journalists"),
        "{warning}"
    );
    assert!(
        warning.contains(&format!("Recommendation {before} of")),
        "{warning}"
    );
    screenshot(&app, "docflow-weak-warning.png");

    // Its link opens the issue editor on that recommendation.
    session.click(&session.wait(&by_test_id("weakLink")));
    PriorityIssues::new(&session);
    wait::until_true("the weak recommendation taking the focus", || {
        session
            .execute(
                "return document.activeElement && document.activeElement.value;",
                vec![],
            )
            .as_str()
            == Some("Continue efforts to protect journalists")
    });

    // Printing the category is a setting, off by default.
    frame.go_to("settings");
    let setting = session.wait(&by_test_id("briefShowsCategory"));
    assert_eq!(session.property(&setting, "checked"), "false");
    let brief = |documents: &DocumentsScreen| {
        documents
            .preview_pages_of("brief")
            .iter()
            .map(|p| p.text.clone())
            .collect::<String>()
    };
    frame.go_to("documents");
    assert!(!brief(&DocumentsScreen::new(&session)).contains("(category"));
    // Turned on, the brief prints it.
    frame.go_to("settings");
    session.click(&session.wait(&by_test_id("briefShowsCategory")));
    frame.wait_until_saved();
    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    wait::until_true("the brief printing the categories", || {
        brief(&documents).contains("(category 2, continuing action)")
    });
}

#[test]
fn an_oral_statement_over_its_time_keeps_its_page_with_its_last_words_marked() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    // At 40 words a minute the demo's statement runs past its two minutes.
    frame.go_to("settings");
    let rate = session.execute(
        "const l = Array.from(document.querySelectorAll('label')).find((l) => l.textContent.startsWith('Speaking rate')); \
         return l ? '#' + l.htmlFor : null;",
        vec![],
    );
    let rate = session.wait(rate.as_str().expect("the speaking rate field"));
    session.clear(&rate);
    session.type_into(&rate, "40");
    frame.wait_until_saved();

    frame.go_to("documents");
    let documents = DocumentsScreen::new(&session);
    documents.choose_kind("oral_statement");
    session.wait(&format!(
        "{}[data-state=\"ready\"][data-kind=\"oral_statement\"] {}",
        by_test_id("documentPreview"),
        by_test_id("overflowMessage")
    ));
    let marked = session.find_all("[data-testid=\"overflow-run\"]");
    assert!(!marked.is_empty(), "the words past the time are marked");
    let pages = session.find_all(&by_test_id("previewPage"));
    assert!(!pages.is_empty(), "the statement's page is still shown");
    let legend = session.text(&session.wait(".overflow-legend"));
    assert!(legend.contains("past the speaking time"), "{legend}");
    let save = session.wait(&by_test_id("saveDocument"));
    assert_eq!(session.property(&save, "disabled"), "true");
    session.execute(
        "document.querySelector('[data-testid=\"overflow-run\"]').scrollIntoView({block: 'center'})",
        vec![],
    );
    screenshot(&app, "docflow-speech-over.png");
}
