//! Page objects: what a user reads and does on each screen, by name, so that tests read as
//! stories and each selector is written once.

use super::by_test_id;
use super::wait::{self, until_true};
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
            .wait_all(&by_test_id("priorityIssueTitle"), wait::PATIENCE)
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

    /// Opens a screen from the sidebar ("overview", "issues", "monitoring", …: the sidebar
    /// button's test id is `nav` and the name) and waits until the screen is drawn.
    pub fn go_to(&self, screen: &str) {
        let mut name = String::from("nav");
        name.push_str(&screen[..1].to_uppercase());
        name.push_str(&screen[1..]);
        self.open(&name);
    }

    /// Every screen of the window: the sidebar buttons of `ui/src/testIds.json` (`nav…`).
    pub fn screens() -> Vec<&'static str> {
        super::test_id_names("nav")
    }

    /// Presses the sidebar button `nav` (a name of `ui/src/testIds.json`, "navIssues") and
    /// waits for what only that screen shows.
    pub fn open(&self, nav: &str) {
        let button = self.session.wait(&by_test_id(nav));
        self.session.click(&button);
        self.session.wait(&drawn(nav));
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
        self.session.execute(
            "document.activeElement && document.activeElement.blur()",
            vec![],
        );
        wait::until(wait::PATIENCE, || {
            let state = self
                .session
                .find_all(&by_test_id("saveState"))
                .first()
                .and_then(|e| self.session.attribute(e, "data-state"));
            if state.as_deref() == Some("saved") {
                Ok(())
            } else {
                Err(format!(
                    "the edits were never saved (indicator: {state:?}); the page says:\n{}",
                    self.session.page_text()
                ))
            }
        })
    }
}

impl<'s, 'd> Frame<'s, 'd> {
    /// What the window told the user without being asked (a record reloaded because it
    /// changed elsewhere), waiting until there is something.
    pub fn announcements(&self) -> Vec<String> {
        self.session
            .wait_all(&by_test_id("announcement"), wait::PATIENCE)
            .iter()
            .map(|e| self.session.text(e))
            .collect()
    }
}

/// A CSS selector for what the screen of the sidebar button `nav` shows once it is drawn
/// (any of its test ids). A screen added to the sidebar needs its line here.
pub fn drawn(nav: &str) -> String {
    let shows: &[&str] = match nav {
        "navOverview" => &["organisationName"],
        "navOrganisation" => &["organisationNameField"],
        "navCampaign" => &["campaignStateField"],
        "navIssues" => &["issueList"],
        "navTargets" => &["newTargetState"],
        "navMeetings" => &["addMeeting"],
        "navDocuments" => &["documentKind"],
        "navCalendar" => &["agendaTable"],
        // The editor of the open submission, or the button that starts the first one.
        "navSubmission" => &["wordCount", "startSubmission"],
        "navMonitoring" => &["statusCounts"],
        "navDatabase" => &["pastSearch"],
        "navSettings" => &["dataFile"],
        "navCoalition" => &["sharePartner"],
        other => panic!("no screen known for the sidebar button '{other}': add it to pages::drawn"),
    };
    shows
        .iter()
        .map(|name| by_test_id(name))
        .collect::<Vec<_>>()
        .join(", ")
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
        self.session
            .click(&self.session.wait(&by_test_id("addIssue")));
        until_true(&format!("the editor opening on '{title}'"), || {
            self.session
                .first_value(&by_test_id("issueTitleField"))
                .as_deref()
                == Some(title)
        });
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
        // The editor is drawn again for the chosen issue: until then its buttons are the last
        // issue's, and a click on one of them (Delete) can be lost to the redraw.
        until_true("the chosen issue opening", || {
            self.session
                .find_all(&format!(
                    "{}[aria-current=\"true\"]",
                    by_test_id("issueListItem")
                ))
                .iter()
                .any(|e| self.session.text(e).contains(title))
        });
        self.wait_until_checked();
    }

    /// Waits until the checker has answered for every recommendation of the open issue, as a
    /// user sees the badges settle: each answer adds its hint and reason above the buttons at
    /// the editor's end, and a click aimed at Delete before they come lands on the text that
    /// took its place (the Delete button of the demo's second issue moves 111 px down).
    pub fn wait_until_checked(&self) {
        until_true("the checker answering for every recommendation", || {
            self.session
                .execute(
                    "const checks = Array.from(document.querySelectorAll('.issue-editor [data-verdict]'));
                     return checks.every((c) => c.dataset.verdict === 'ready' || c.dataset.verdict === 'failed');",
                    vec![],
                )
                .as_bool()
                == Some(true)
        });
    }

    fn add_item(&self, button: &str, field: &str, text: &str) {
        let before = self.session.find_all(&by_test_id(field)).len();
        self.session.click(&self.session.wait(&by_test_id(button)));
        let fields = wait::until(wait::PATIENCE, || {
            let fields = self.session.find_all(&by_test_id(field));
            if fields.len() > before {
                Ok(fields)
            } else {
                Err(format!("no new {field} appeared"))
            }
        });
        self.session
            .type_into(fields.last().expect("a new field"), text);
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
        let badges = wait::until(wait::PATIENCE, || {
            let badges = self.session.find_all(&by_test_id("categoryBadge"));
            if badges.len() >= expected {
                Ok(badges)
            } else {
                Err(format!("only {} category badges appeared", badges.len()))
            }
        });
        badges
            .iter()
            .map(|b| {
                self.session
                    .attribute(b, "data-category")
                    .and_then(|c| c.parse().ok())
                    .expect("a badge carries its category")
            })
            .collect()
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
        self.session.press_keys(
            &item,
            &[super::webdriver::Key::Alt, super::webdriver::Key::ArrowUp],
        );
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

    /// Switches the window's language: "en", "fr", "es", "ar", "ru" or "zh".
    pub fn choose_window_language(&self, lang: &str) {
        let radio = self.session.wait(&format!(
            "[data-testid=\"{}-{lang}\"]",
            super::test_id("uiLanguage")
        ));
        self.session.click(&radio);
    }

    pub fn data_file(&self) -> String {
        let e = self.session.wait(&by_test_id("dataFile"));
        self.session.text(&e)
    }

    /// Restores from a file by typing its path (the Open dialog is the system's).
    pub fn restore_typed(&self, path: &std::path::Path) {
        self.session
            .click(&self.session.wait(".path-entry summary"));
        let field = self.session.wait(&by_test_id("restorePath"));
        self.session.type_into(&field, &path.display().to_string());
        self.session
            .click(&self.session.wait(&by_test_id("restoreTyped")));
    }

    /// The listed snapshots, one line of text each (when, why, what it holds).
    pub fn snapshots(&self) -> Vec<String> {
        self.session
            .wait_all(&by_test_id("snapshotRow"), wait::PATIENCE)
            .iter()
            .map(|e| self.session.text(e))
            .collect()
    }

    /// Restores the snapshot whose line contains `text`: Restore…, read what the question
    /// says it holds, confirm. Returns the question's text and then the screen's report.
    pub fn restore_snapshot(&self, text: &str) -> (String, String) {
        let rows = self.session.find_all(&by_test_id("snapshotRow"));
        let index = rows
            .iter()
            .position(|r| self.session.text(r).contains(text))
            .unwrap_or_else(|| panic!("no snapshot listed with '{text}'"));
        let buttons = self.session.find_all(&by_test_id("snapshotRestore"));
        self.session.click(&buttons[index]);
        let dialog = self.session.wait("[role=alertdialog]");
        let question = self.session.text(&dialog);
        self.session
            .click(&self.session.wait(&by_test_id("snapshotConfirmRestore")));
        let report = self.session.wait(&by_test_id("snapshotRestored"));
        (question, self.session.text(&report))
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
        // Centred first: scrolled only to the top of the view, a long screen (the statement's
        // editor) leaves it under the sticky navigation, which would take the click.
        self.session.execute(
            "document.querySelector('.path-entry').scrollIntoView({block: 'center'})",
            vec![],
        );
        if self
            .session
            .attribute(&self.session.wait(".path-entry"), "open")
            .is_none()
        {
            self.session.click(&summary);
        }
        let field = self.session.wait(&by_test_id("documentPath"));
        self.session.clear(&field);
        self.session.type_into(&field, &path.display().to_string());
        self.session
            .click(&self.session.wait(&by_test_id("writeDocument")));
        // Laying out and painting a document takes longer than drawing a screen.
        wait::until(3 * wait::PATIENCE, || {
            let outcome = self.session.wait(&by_test_id("documentOutcome"));
            let state = self
                .session
                .attribute(&outcome, "data-state")
                .unwrap_or_default();
            if matches!(state.as_str(), "written" | "tooLong" | "failed") {
                Ok(DocumentOutcome {
                    state,
                    text: self.session.text(&outcome),
                })
            } else {
                Err(format!("the document was never written (state {state})"))
            }
        })
    }
}

impl<'s, 'd> PriorityIssues<'s, 'd> {
    /// Deletes the issue open in the editor.
    pub fn delete_open_issue(&self) {
        self.session
            .click(&self.session.wait(&by_test_id("deleteIssue")));
    }
}

impl<'s, 'd> Frame<'s, 'd> {
    /// Presses Undo on the toast that follows a deletion.
    pub fn undo(&self) {
        self.session
            .click(&self.session.wait(&by_test_id("undoButton")));
    }
}

/// The dashboard's "what is due next and what is late", on the Overview.
pub struct DueNext<'s, 'd> {
    session: &'s Session<'d>,
}

impl<'s, 'd> DueNext<'s, 'd> {
    pub fn new(session: &'s Session<'d>) -> Self {
        DueNext { session }
    }

    fn texts(&self, id: &str) -> Vec<String> {
        self.session
            .find_all(&by_test_id(id))
            .iter()
            .map(|e| self.session.text(e))
            .collect()
    }

    /// The lines under "Due next" (title — date), once the calendar is read.
    pub fn due_next(&self) -> Vec<String> {
        self.session
            .wait_all(&by_test_id("dueNextEntry"), wait::PATIENCE)
            .iter()
            .map(|e| self.session.text(e))
            .collect()
    }

    pub fn late(&self) -> Vec<String> {
        self.texts("lateEntry")
    }
}

/// The Calendar screen: every milestone with its status, done marks, the user's dates.
pub struct CalendarScreen<'s, 'd> {
    session: &'s Session<'d>,
}

impl<'s, 'd> CalendarScreen<'s, 'd> {
    pub fn new(session: &'s Session<'d>) -> Self {
        session.wait(&by_test_id("agendaTable"));
        CalendarScreen { session }
    }

    /// The status shown for the milestone `kind` ("submission_deadline"), e.g. "Late".
    pub fn status_of(&self, kind: &str) -> String {
        let row = self.session.wait(&format!(
            "{}[data-kind=\"{kind}\"]",
            by_test_id("agendaEntry")
        ));
        let status = self.session.find_all(&format!(
            "{}[data-kind=\"{kind}\"] {}",
            by_test_id("agendaEntry"),
            by_test_id("agendaStatus")
        ));
        let _ = row;
        status
            .first()
            .map(|e| self.session.text(e))
            .unwrap_or_default()
    }

    /// Presses "Mark done" (or "Not done") on the milestone `kind` and waits for the new status.
    pub fn toggle_done(&self, kind: &str) {
        let before = self.status_of(kind);
        let button = self.session.wait(&format!(
            "{}[data-kind=\"{kind}\"] {}",
            by_test_id("agendaEntry"),
            by_test_id("markDone")
        ));
        self.session.click(&button);
        until_true(&format!("a new status for {kind}"), || {
            let now = self.status_of(kind);
            !now.is_empty() && now != before
        });
    }

    /// Adds a date of the user's own (the date field keeps today's date).
    pub fn add_date(&self, title: &str) {
        let field = self.session.wait(&by_test_id("newDateTitle"));
        self.session.type_into(&field, title);
        self.session
            .click(&self.session.wait(&by_test_id("addDate")));
        until_true(&format!("the date '{title}' in the calendar"), || {
            self.session.page_text().contains(title)
        });
    }

    /// Saves the calendar to `path` through the path field (the Save dialog cannot be driven).
    pub fn save_to(&self, path: &std::path::Path) -> String {
        let summary = self.session.wait(".path-entry summary");
        self.session.click(&summary);
        let field = self.session.wait(&by_test_id("calendarPath"));
        self.session.type_into(&field, &path.display().to_string());
        self.session
            .click(&self.session.wait(&by_test_id("writeCalendar")));
        let outcome = self.session.wait(&by_test_id("calendarOutcome"));
        until_true("the calendar saved", || {
            self.session.attribute(&outcome, "data-state").as_deref() == Some("written")
        });
        self.session.text(&outcome)
    }
}

/// The stakeholder submission screen: the draft by sections and its live word count.
pub struct SubmissionScreen<'s, 'd> {
    session: &'s Session<'d>,
}

impl<'s, 'd> SubmissionScreen<'s, 'd> {
    /// Opens the screen, starting an individual submission from the priority issues when there
    /// is none yet.
    pub fn new(session: &'s Session<'d>) -> Self {
        // The screen reads the stored submissions first: wait for the editor or the button.
        let either = format!(
            "{}, {}",
            by_test_id("wordCount"),
            by_test_id("startSubmission")
        );
        session.wait(&either);
        if session.find_all(&by_test_id("wordCount")).is_empty() {
            session.click(&session.wait(&by_test_id("startSubmission")));
        }
        session.wait(&by_test_id("wordCount"));
        SubmissionScreen { session }
    }

    /// The words counted against the limit, as the count beside the draft shows them.
    pub fn words(&self) -> usize {
        let e = self.session.wait(&by_test_id("wordCount"));
        self.session
            .attribute(&e, "data-words")
            .and_then(|w| w.parse().ok())
            .expect("the count carries its figure")
    }

    /// "fits", "close" or "over".
    pub fn level(&self) -> String {
        let e = self.session.wait(&by_test_id("wordCount"));
        self.session.attribute(&e, "data-level").unwrap_or_default()
    }

    pub fn count_text(&self) -> String {
        let e = self.session.wait(&by_test_id("wordCount"));
        self.session.text(&e)
    }

    /// The footnotes' words the count leaves out ("Not counted: footnotes 7 words, …").
    pub fn footnote_words(&self) -> usize {
        let text = self.count_text();
        text.split("footnotes ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("the count names no footnote words: {text}"))
    }

    /// Types at the end of the summary.
    pub fn type_in_summary(&self, text: &str) {
        let e = self.session.wait(&by_test_id("submissionSummary"));
        self.session.type_into(&e, text);
    }

    /// Types at the end of the first numbered paragraph.
    pub fn type_in_first_paragraph(&self, text: &str) {
        let e = self.session.wait(&by_test_id("submissionParagraph"));
        self.session.type_into(&e, text);
    }

    /// Starts a joint submission (with the coalition's partners) beside the open one.
    pub fn start_joint(&self) {
        let before = self.titles().len().max(1);
        self.session
            .click(&self.session.wait(&by_test_id("newJointSubmission")));
        until_true("the new submission is listed", || {
            self.titles().len() == before + 1
        });
    }

    /// The titles of the stored submissions, as the chooser lists them (empty while there is
    /// only one, when no chooser is shown).
    pub fn titles(&self) -> Vec<String> {
        self.session
            .find_all(&format!("{} option", by_test_id("submissionWhich")))
            .iter()
            .map(|o| self.session.text(o))
            .collect()
    }

    /// Opens the `n`-th submission of the chooser (from 0).
    pub fn open(&self, n: usize) {
        let options = self
            .session
            .find_all(&format!("{} option", by_test_id("submissionWhich")));
        self.session.click(&options[n]);
    }

    /// Exports through the path field; returns the outcome's state and text.
    pub fn export_to(&self, path: &std::path::Path) -> (String, String) {
        let summary = self.session.wait(".submission__export .path-entry summary");
        self.session.click(&summary);
        let field = self.session.wait(&by_test_id("submissionPath"));
        self.session.type_into(&field, &path.display().to_string());
        self.session
            .click(&self.session.wait(&by_test_id("exportSubmission")));
        let outcome = self.session.wait(&by_test_id("submissionOutcome"));
        until_true("the export finished", || {
            matches!(
                self.session.attribute(&outcome, "data-state").as_deref(),
                Some("written" | "tooLong")
            )
        });
        (
            self.session
                .attribute(&outcome, "data-state")
                .unwrap_or_default(),
            self.session.text(&outcome),
        )
    }
}

/// The "Between reviews" screen: the received recommendations and their implementation.
pub struct MonitoringScreen<'s, 'd> {
    session: &'s Session<'d>,
}

impl<'s, 'd> MonitoringScreen<'s, 'd> {
    pub fn new(session: &'s Session<'d>) -> Self {
        session.wait(&by_test_id("statusCounts"));
        MonitoringScreen { session }
    }

    /// The texts of the received recommendations, in order, once the list is read.
    pub fn texts(&self) -> Vec<String> {
        self.session
            .wait_all(&by_test_id("receivedText"), wait::PATIENCE)
            .iter()
            .map(|e| self.session.property(e, "value"))
            .collect()
    }

    fn item_index(&self, starting: &str) -> usize {
        self.texts()
            .iter()
            .position(|t| t.starts_with(starting))
            .unwrap_or_else(|| panic!("no received recommendation starts with '{starting}'"))
    }

    /// The implementation status ("not_started", "partially", "fully", "regressed").
    pub fn status_of(&self, starting: &str) -> String {
        let i = self.item_index(starting);
        let selects = self.session.find_all(&by_test_id("receivedStatus"));
        self.session.property(&selects[i], "value")
    }

    /// Chooses the implementation status of the recommendation starting with `starting`.
    pub fn set_status(&self, starting: &str, status: &str) {
        let i = self.item_index(starting);
        let selects = self.session.find_all(&by_test_id("receivedStatus"));
        let option = self.session.find_all(&format!(
            "{} option[value=\"{status}\"]",
            by_test_id("receivedItem")
        ));
        // Each item has one option per status: the i-th item's is the i-th found. Clicking
        // the option picks it as the keyboard or the mouse would, without the popup.
        // In the middle of the window, as a user looks at it: at its bottom edge a toast
        // (the "changed elsewhere" notice) may cover it.
        self.session.execute(
            "arguments[0].scrollIntoView({ block: 'center' })",
            vec![selects[i].to_json()],
        );
        self.session.click(&option[i]);
    }

    /// Adds one recommendation by hand.
    pub fn add(&self, text: &str, state: &str) {
        let field = self.session.wait(&by_test_id("newReceivedText"));
        self.session.type_into(&field, text);
        let field = self.session.wait(&by_test_id("newReceivedState"));
        // Enter in the last field submits the form, as a keyboard user does (U+E007 is
        // WebDriver's Enter key).
        self.session.type_into(&field, &format!("{state}\u{E007}"));
        wait::until(wait::PATIENCE, || {
            if self.texts().iter().any(|t| t == text) {
                return Ok(());
            }
            Err(format!(
                "'{text}' never came in the list (field {:?}, button disabled {:?}); the page says:\n{}",
                self.session.property(&self.session.wait(&by_test_id("newReceivedText")), "value"),
                self.session.property(&self.session.wait(&by_test_id("addReceived")), "disabled"),
                self.session.page_text()
            ))
        })
    }
}

/// One page of the Documents screen's preview, as drawn.
#[derive(Debug)]
pub struct PreviewPage {
    /// "Page 1 of 2".
    pub caption: String,
    /// The text of its runs, in drawing order.
    pub text: String,
}

impl<'s, 'd> DocumentsScreen<'s, 'd> {
    /// Chooses the oral statement and waits for its generated text (the demo's) in the
    /// statement's editor; returns that text.
    pub fn open_oral_statement(&self) -> String {
        self.choose_kind("oral_statement");
        let text_box = self.session.wait(&by_test_id("statementText"));
        wait::until(wait::PATIENCE, || {
            let v = self.session.property(&text_box, "value");
            if v.starts_with("Thank you, Mr./Madam President.") {
                Ok(v)
            } else {
                Err(format!("the generated statement never came: {v:?}"))
            }
        })
    }

    /// Chooses the document by its kind ("factsheet") in the Document list.
    pub fn choose_kind(&self, kind: &str) {
        let option = self.session.wait(&format!(
            "{} option[value=\"{kind}\"]",
            by_test_id("documentKind")
        ));
        self.session.click(&option);
    }

    /// The pages of the preview once it is made (it is remade a moment after each change).
    pub fn preview_pages(&self) -> Vec<PreviewPage> {
        self.preview_pages_in(&format!(
            "{}[data-state=\"ready\"]",
            by_test_id("documentPreview")
        ))
    }

    /// The pages of the preview of the document `kind`, once it is made.
    pub fn preview_pages_of(&self, kind: &str) -> Vec<PreviewPage> {
        self.preview_pages_in(&format!(
            "{}[data-state=\"ready\"][data-kind=\"{kind}\"]",
            by_test_id("documentPreview")
        ))
    }

    fn preview_pages_in(&self, ready: &str) -> Vec<PreviewPage> {
        let page = format!("{ready} {}", by_test_id("previewPage"));
        self.session.wait(&page);
        let pages = self.session.execute(
            "return Array.from(document.querySelectorAll(arguments[0])).map((p) => \
             [p.querySelector('figcaption').textContent, p.querySelector('svg').textContent])",
            vec![page.into()],
        );
        pages
            .as_array()
            .map(|pages| {
                pages
                    .iter()
                    .map(|p| PreviewPage {
                        caption: p[0].as_str().unwrap_or_default().to_string(),
                        text: p[1].as_str().unwrap_or_default().to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The screen of past recommendations: import a file, search it.
pub struct PastRecommendationsScreen<'s, 'd> {
    session: &'s Session<'d>,
}

impl<'s, 'd> PastRecommendationsScreen<'s, 'd> {
    pub fn new(session: &'s Session<'d>) -> Self {
        session.wait(&by_test_id("pastSearch"));
        PastRecommendationsScreen { session }
    }

    /// Imports the file at `path` (typed, as the native dialog cannot be driven) and returns
    /// what the window says when it is done.
    pub fn import(&self, path: &std::path::Path) -> String {
        let summary = self.session.wait(".path-entry summary");
        self.session.click(&summary);
        let field = self.session.wait(&by_test_id("pastImportPath"));
        self.session.type_into(&field, &path.display().to_string());
        self.session
            .click(&self.session.wait(&by_test_id("pastImport")));
        let done = self.session.wait(&by_test_id("pastImportDone"));
        self.session.text(&done)
    }

    /// Searches recommendations made to `state` (as typed) and returns the error the window
    /// shows.
    pub fn search_refused_for_state_under_review(&self, state: &str) -> String {
        let field = self.session.wait(&by_test_id("pastSearchSur"));
        self.session.clear(&field);
        self.session.type_into(&field, state);
        self.session
            .click(&self.session.wait(&by_test_id("pastSearch")));
        let error = self.session.wait(&by_test_id("errorMessage"));
        self.session.text(&error)
    }

    /// Searches for `words` as a user at the top of the screen does: Enter in the Words box,
    /// with the page scrolled back to the top first. Returns the texts found, in order.
    pub fn search_with_enter(&self, words: &str) -> Vec<String> {
        let field = self.session.wait(&by_test_id("pastSearchText"));
        self.session.execute("window.scrollTo(0, 0)", vec![]);
        self.session.clear(&field);
        self.session.type_into(&field, words);
        self.session
            .press_keys(&field, &[super::webdriver::Key::Enter]);
        self.session
            .wait_all(&by_test_id("pastResultText"), wait::PATIENCE)
            .iter()
            .map(|e| self.session.text(e))
            .collect()
    }

    /// What the live region under the filters says (the count found), once it says it.
    pub fn found_count(&self) -> String {
        wait::until(wait::PATIENCE, || {
            let text = self
                .session
                .text(&self.session.wait(&by_test_id("pastFound")));
            if text.trim().is_empty() {
                Err("the count is not said yet".into())
            } else {
                Ok(text)
            }
        })
    }

    /// Whether the live region is in the viewport (the screen scrolled to the results) and is
    /// one a screen reader reads out.
    pub fn results_in_view_and_announced(&self) -> (bool, Option<String>) {
        let found = self.session.wait(&by_test_id("pastFound"));
        let top = self.session.execute(
            "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
            vec![found.to_json()],
        );
        (
            top.as_bool() == Some(true),
            self.session.attribute(&found, "aria-live"),
        )
    }

    /// The words marked in the results, in order.
    pub fn marked(&self) -> Vec<String> {
        self.session
            .find_all(&format!("{} mark", by_test_id("pastResults")))
            .iter()
            .map(|e| self.session.text(e))
            .collect()
    }

    /// Chooses the priority issue new recommendations go into, by its title.
    pub fn choose_issue_for_models(&self, title: &str) {
        self.session.wait(&by_test_id("pastInto"));
        let option = self
            .session
            .find_all(&format!("{} option", by_test_id("pastInto")))
            .into_iter()
            .find(|o| self.session.text(o) == title)
            .unwrap_or_else(|| panic!("no issue '{title}' to choose"));
        self.session.click(&option);
    }

    /// Clicks "Use as a model for a new recommendation" on the `n`th result (0 first).
    pub fn use_as_model(&self, n: usize) {
        self.click_in_result("pastUseAsModel", n);
    }

    /// Clicks a result's button, scrolled to the middle first: the toasts of earlier clicks
    /// sit at the bottom of the window and would take the click.
    fn click_in_result(&self, test_id: &str, n: usize) {
        let buttons = self.session.find_all(&by_test_id(test_id));
        self.session.execute(
            "arguments[0].scrollIntoView({ block: 'center' })",
            vec![buttons[n].to_json()],
        );
        self.session.click(&buttons[n]);
    }

    /// Clicks "Add … as a target" on the `n`th result (0 first).
    pub fn add_state_as_target(&self, n: usize) {
        self.click_in_result("pastAddTarget", n);
    }

    /// Searches for `words` and returns the texts found, in order.
    pub fn search(&self, words: &str) -> Vec<String> {
        let field = self.session.wait(&by_test_id("pastSearchText"));
        self.session.clear(&field);
        self.session.type_into(&field, words);
        self.session
            .click(&self.session.wait(&by_test_id("pastSearch")));
        self.session
            .wait_all(&by_test_id("pastResultText"), wait::PATIENCE)
            .iter()
            .map(|e| self.session.text(e))
            .collect()
    }
}

/// The text box of a speech on the Documents screen (the oral statement's or the talking
/// points'), its live counter and its Reset.
pub struct SpeechEditor<'s, 'd> {
    session: &'s Session<'d>,
}

impl<'s, 'd> SpeechEditor<'s, 'd> {
    pub fn new(session: &'s Session<'d>) -> Self {
        session.wait(&by_test_id("statementText"));
        Self { session }
    }

    /// The text in the box once `ready` says it is the one awaited (`what`, for the failure).
    pub fn text_when(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        wait::until(wait::PATIENCE, || {
            let v = self
                .session
                .first_value(&by_test_id("statementText"))
                .unwrap_or_default();
            if ready(&v) {
                Ok(v)
            } else {
                Err(format!("{what} never came: {v:?}"))
            }
        })
    }

    /// Types at the end of the text, a line break as the Enter key (WebDriver drops a "\n").
    pub fn type_text(&self, text: &str) {
        let box_ = self.session.wait(&by_test_id("statementText"));
        self.session
            .type_into(&box_, &text.replace('\n', "\u{E007}"));
    }

    /// The counter: "1:34 of 2:00 — 172 words", or "… — cut 25 words to fit".
    pub fn counter(&self) -> String {
        self.session
            .text(&self.session.wait(&by_test_id("statementCounter")))
    }

    /// The counter once it says something else than `before`.
    pub fn counter_changed_from(&self, before: &str) -> String {
        wait::until(wait::PATIENCE, || {
            let c = self.counter();
            if c != before {
                Ok(c)
            } else {
                Err(format!("the counter stayed at {c}"))
            }
        })
    }

    /// The words a counter that fits says.
    pub fn words(counter: &str) -> usize {
        counter
            .rsplit("— ")
            .next()
            .and_then(|w| w.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no word count in {counter}"))
    }

    pub fn reset(&self) {
        self.session
            .click(&self.session.wait(&by_test_id("statementReset")));
    }
}

/// The Coalition screen: a partner's share file merged, its conflicts settled field by field.
pub struct CoalitionScreen<'s, 'd> {
    session: &'s Session<'d>,
}

impl<'s, 'd> CoalitionScreen<'s, 'd> {
    pub fn new(session: &'s Session<'d>) -> Self {
        CoalitionScreen { session }
    }

    /// Merges the share file at `path` (typed: the Open dialog is the system's) and returns
    /// the summary the screen shows.
    pub fn merge_typed(&self, path: &std::path::Path) -> String {
        // The first path field of the screen is the merge's; the second the share's.
        self.session
            .click(&self.session.wait(".path-entry summary"));
        let field = self.session.wait(&by_test_id("coalitionMergePath"));
        self.session.type_into(&field, &path.display().to_string());
        self.session
            .click(&self.session.wait(&by_test_id("coalitionMergeTyped")));
        let summary = self.session.wait(&by_test_id("coalitionSummary"));
        self.session.text(&summary)
    }

    /// The open conflicts' headings.
    pub fn conflicts(&self) -> Vec<String> {
        self.session
            .find_all(&format!("{} h3", by_test_id("conflictItem")))
            .iter()
            .map(|e| self.session.text(e))
            .collect()
    }

    /// The fields listed side by side, one line of text each.
    pub fn fields(&self) -> Vec<String> {
        self.session
            .wait_all(&by_test_id("conflictField"), wait::PATIENCE)
            .iter()
            .map(|e| self.session.text(e))
            .collect()
    }

    /// Picks `side` ("mine" or "theirs") for `field` of the first conflict.
    pub fn pick(&self, side: &str, field: &str) {
        let radio = self.session.wait(&format!(
            "[data-testid=\"{}-{side}-{field}\"]",
            super::test_id("conflictPick")
        ));
        self.session.click(&radio);
    }

    /// Saves the version made field by field and waits until no conflict is left.
    pub fn save_version(&self) {
        self.session
            .click(&self.session.wait(&by_test_id("conflictSave")));
        wait::until_true("the conflict is settled", || {
            self.session
                .find_all(&by_test_id("conflictItem"))
                .is_empty()
        });
    }
}

/// The Organisation screen's logo: chosen by typing its path (the Open dialog is the
/// system's), seen, removed.
pub struct OrganisationLogo<'s, 'd> {
    session: &'s Session<'d>,
}

impl<'s, 'd> OrganisationLogo<'s, 'd> {
    pub fn new(session: &'s Session<'d>) -> Self {
        session.wait(&by_test_id("chooseLogo"));
        OrganisationLogo { session }
    }

    /// Types the path of an image file and asks for it as the logo.
    pub fn choose_typed(&self, path: &std::path::Path) {
        let entry = self.session.wait(".logo-row + .path-entry");
        if self.session.attribute(&entry, "open").is_none() {
            self.session
                .click(&self.session.wait(".logo-row + .path-entry summary"));
        }
        let field = self.session.wait(&by_test_id("logoPath"));
        self.session.clear(&field);
        self.session.type_into(&field, &path.display().to_string());
        self.session
            .click(&self.session.wait(&by_test_id("logoTyped")));
    }

    /// Whether the logo is shown, waiting for the answer to `expected`.
    pub fn shown(&self, expected: bool) -> bool {
        until_true("the logo shown or not", || {
            self.session.find_all(&by_test_id("logoPreview")).is_empty() != expected
        });
        expected
    }

    pub fn remove(&self) {
        self.session
            .click(&self.session.wait(&by_test_id("removeLogo")));
    }

    /// The error the window shows, in its language.
    pub fn error(&self) -> String {
        let e = self.session.wait(&by_test_id("errorMessage"));
        self.session.text(&e)
    }
}
