//! Page objects: what a user reads and does on each screen, by name, so that tests read as
//! stories and each selector is written once.

use super::by_test_id;
use super::webdriver::Session;

pub struct Overview<'s, 'd> {
    session: &'s Session<'d>,
}

impl<'s, 'd> Overview<'s, 'd> {
    /// Waits for the overview to show the organisation.
    pub fn new(session: &'s Session<'d>) -> Self {
        session.wait(&by_test_id("organisationName"));
        Overview { session }
    }

    pub fn organisation_name(&self) -> String {
        let e = self.session.wait(&by_test_id("organisationName"));
        self.session.text(&e)
    }

    pub fn campaign_line(&self) -> String {
        let e = self.session.wait(&by_test_id("campaignLine"));
        self.session.text(&e)
    }

    pub fn priority_issue_titles(&self) -> Vec<String> {
        self.session
            .wait_all(&by_test_id("priorityIssueTitle"), std::time::Duration::from_secs(20))
            .iter()
            .map(|e| self.session.text(e))
            .collect()
    }
}

/// The frame around every screen: the sidebar and the save indicator.
pub struct Frame<'s, 'd> {
    session: &'s Session<'d>,
}

impl<'s, 'd> Frame<'s, 'd> {
    /// Waits for the window to show its first screen.
    pub fn new(session: &'s Session<'d>) -> Self {
        session.wait(&by_test_id("organisationName"));
        Frame { session }
    }

    /// Opens a screen from the sidebar: "overview", "organisation", "campaign", "issues",
    /// "targets", "meetings", "documents" or "settings".
    pub fn go_to(&self, screen: &str) {
        let mut name = String::from("nav");
        name.push_str(&screen[..1].to_uppercase());
        name.push_str(&screen[1..]);
        let button = self.session.wait(&by_test_id(&name));
        self.session.click(&button);
    }

    /// The sidebar's labels, in order.
    pub fn navigation_labels(&self) -> Vec<String> {
        self.session
            .find_all(".sidebar .nav-button")
            .iter()
            .map(|e| self.session.text(e))
            .collect()
    }

    /// Waits until every edit is written: the indicator says "saved" and nothing waits.
    pub fn wait_until_saved(&self) {
        // Moving the focus out of a field writes its edit at once (as a user tabbing away).
        self.session.execute("document.activeElement && document.activeElement.blur()", vec![]);
        let start = std::time::Instant::now();
        loop {
            let state = self
                .session
                .find_all(&by_test_id("saveState"))
                .first()
                .and_then(|e| self.session.attribute(e, "data-state"));
            if state.as_deref() == Some("saved") {
                return;
            }
            if start.elapsed() > std::time::Duration::from_secs(20) {
                panic!("the edits were never saved (indicator: {state:?}); the page says:\n{}", self.session.page_text());
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
}

/// The Priority issues screen: the ordered list and the editor of one issue.
pub struct PriorityIssues<'s, 'd> {
    session: &'s Session<'d>,
}

impl<'s, 'd> PriorityIssues<'s, 'd> {
    pub fn new(session: &'s Session<'d>) -> Self {
        session.wait(&by_test_id("issueList"));
        PriorityIssues { session }
    }

    /// Adds an issue by its title; the editor opens on it.
    pub fn add_issue(&self, title: &str) {
        let field = self.session.wait(&by_test_id("newIssueTitle"));
        self.session.type_into(&field, title);
        self.session.click(&self.session.wait(&by_test_id("addIssue")));
        let start = std::time::Instant::now();
        loop {
            let open = self.session.find_all(&by_test_id("issueTitleField"));
            if open.first().is_some_and(|e| self.session.property(e, "value") == title) {
                return;
            }
            assert!(start.elapsed().as_secs() < 20, "the editor never opened on '{title}'");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    /// The titles in the list, in priority order.
    pub fn titles(&self) -> Vec<String> {
        self.session
            .find_all(&by_test_id("issueListItem"))
            .iter()
            .map(|e| self.session.text(e).trim().to_string())
            .collect()
    }

    /// Opens an issue of the list in the editor.
    pub fn open(&self, title: &str) {
        let item = self
            .session
            .find_all(&by_test_id("issueListItem"))
            .into_iter()
            .find(|e| self.session.text(e).contains(title))
            .unwrap_or_else(|| panic!("no issue '{title}' in the list"));
        self.session.click(&item);
    }

    fn add_item(&self, button: &str, field: &str, text: &str) {
        let before = self.session.find_all(&by_test_id(field)).len();
        self.session.click(&self.session.wait(&by_test_id(button)));
        let start = std::time::Instant::now();
        let fields = loop {
            let fields = self.session.find_all(&by_test_id(field));
            if fields.len() > before {
                break fields;
            }
            assert!(start.elapsed().as_secs() < 20, "no new {field} appeared");
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        self.session.type_into(fields.last().expect("a new field"), text);
    }

    pub fn add_question(&self, text: &str) {
        self.add_item("addQuestion", "questionText", text);
    }

    pub fn add_recommendation(&self, text: &str) {
        self.add_item("addRecommendation", "recommendationText", text);
    }

    /// The texts of the open issue's recommendations, in order.
    pub fn recommendations(&self) -> Vec<String> {
        self.session
            .find_all(&by_test_id("recommendationText"))
            .iter()
            .map(|e| self.session.property(e, "value"))
            .collect()
    }

    /// The action categories the badges show, in order, once the checker answered each.
    pub fn categories(&self, expected: usize) -> Vec<u8> {
        let start = std::time::Instant::now();
        loop {
            let badges = self.session.find_all(&by_test_id("categoryBadge"));
            if badges.len() >= expected {
                return badges
                    .iter()
                    .map(|b| {
                        self.session
                            .attribute(b, "data-category")
                            .and_then(|c| c.parse().ok())
                            .expect("a badge carries its category")
                    })
                    .collect();
            }
            assert!(start.elapsed().as_secs() < 20, "only {} category badges appeared", badges.len());
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    /// The checker's hints shown in the editor.
    pub fn hints(&self) -> Vec<String> {
        self.session
            .find_all(&by_test_id("checkerHint"))
            .iter()
            .map(|e| self.session.text(e))
            .collect()
    }

    /// Whether the editor says the open issue is complete.
    pub fn is_complete(&self) -> bool {
        let e = self.session.wait(&by_test_id("issueCompleteness"));
        self.session.attribute(&e, "data-complete").as_deref() == Some("true")
    }

    /// Moves the focused issue up with the keyboard (Alt+↑).
    pub fn move_up_with_keyboard(&self, title: &str) {
        let item = self
            .session
            .find_all(&by_test_id("issueListItem"))
            .into_iter()
            .find(|e| self.session.text(e).contains(title))
            .unwrap_or_else(|| panic!("no issue '{title}' in the list"));
        self.session.press_keys(&item, &[super::webdriver::Key::Alt, super::webdriver::Key::ArrowUp]);
    }
}

/// The Settings screen.
pub struct SettingsScreen<'s, 'd> {
    session: &'s Session<'d>,
}

impl<'s, 'd> SettingsScreen<'s, 'd> {
    pub fn new(session: &'s Session<'d>) -> Self {
        session.wait(&by_test_id("dataFile"));
        SettingsScreen { session }
    }

    /// Switches the window's language: "en", "fr" or "es".
    pub fn choose_window_language(&self, lang: &str) {
        let radio = self
            .session
            .wait(&format!("[data-testid=\"{}-{lang}\"]", super::test_id("uiLanguage")));
        self.session.click(&radio);
    }

    pub fn data_file(&self) -> String {
        let e = self.session.wait(&by_test_id("dataFile"));
        self.session.text(&e)
    }
}

/// The Documents screen.
pub struct DocumentsScreen<'s, 'd> {
    session: &'s Session<'d>,
}

/// What the Documents screen reports after writing.
#[derive(Debug)]
pub struct DocumentOutcome {
    /// "written", "tooLong" or "failed".
    pub state: String,
    pub text: String,
}

impl<'s, 'd> DocumentsScreen<'s, 'd> {
    pub fn new(session: &'s Session<'d>) -> Self {
        session.wait(&by_test_id("documentKind"));
        DocumentsScreen { session }
    }

    /// Leaves a priority issue out of the document.
    pub fn leave_out(&self, title: &str) {
        let boxes = self.session.find_all(&by_test_id("documentIssue"));
        let b = boxes
            .iter()
            .find(|b| self.session.attribute(b, "data-title").as_deref() == Some(title))
            .unwrap_or_else(|| panic!("no issue '{title}' to leave out"));
        if self.session.property(b, "checked") == "true" {
            self.session.click(b);
        }
    }

    /// Writes the document to `path` through the path field (the native Save dialog cannot be
    /// driven by WebDriver; it fills the same field and takes the same path), and waits for
    /// the outcome.
    pub fn write_to(&self, path: &std::path::Path) -> DocumentOutcome {
        let summary = self.session.wait(".path-entry summary");
        self.session.click(&summary);
        let field = self.session.wait(&by_test_id("documentPath"));
        self.session.clear(&field);
        self.session.type_into(&field, &path.display().to_string());
        self.session.click(&self.session.wait(&by_test_id("writeDocument")));
        let start = std::time::Instant::now();
        loop {
            let outcome = self.session.wait(&by_test_id("documentOutcome"));
            let state = self.session.attribute(&outcome, "data-state").unwrap_or_default();
            if matches!(state.as_str(), "written" | "tooLong" | "failed") {
                return DocumentOutcome {
                    state,
                    text: self.session.text(&outcome),
                };
            }
            assert!(start.elapsed().as_secs() < 60, "the document was never written (state {state})");
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
}

impl<'s, 'd> PriorityIssues<'s, 'd> {
    /// Deletes the issue open in the editor.
    pub fn delete_open_issue(&self) {
        self.session.click(&self.session.wait(&by_test_id("deleteIssue")));
    }
}

impl<'s, 'd> Frame<'s, 'd> {
    /// Presses Undo on the toast that follows a deletion.
    pub fn undo(&self) {
        self.session.click(&self.session.wait(&by_test_id("undoButton")));
    }
}
