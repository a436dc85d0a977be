//! The W3C WebDriver calls the tests use, over plain HTTP: tauri-driver speaks nothing else.
//! A failed call panics with WebDriver's own error, which is what a failing test should show.

use std::time::Duration;

use serde_json::{json, Value};

use super::wait;

pub struct WebDriver {
    base: String,
    agent: ureq::Agent,
}

impl WebDriver {
    pub fn new(port: u16) -> WebDriver {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(120)))
            .build()
            .into();
        WebDriver {
            base: format!("http://127.0.0.1:{port}"),
            agent,
        }
    }

    /// True once the driver answers its status call.
    pub fn is_up(&self) -> bool {
        self.agent
            .get(&format!("{}/status", self.base))
            .call()
            .is_ok_and(|r| r.status().is_success())
    }

    fn send(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{path}", self.base);
        let response = match (method, body) {
            ("GET", _) => self.agent.get(&url).call(),
            ("DELETE", _) => self.agent.delete(&url).call(),
            (_, body) => self
                .agent
                .post(&url)
                .send_json(body.unwrap_or_else(|| json!({}))),
        };
        let mut response = response.unwrap_or_else(|e| panic!("WebDriver {method} {path}: {e}"));
        let status = response.status();
        let value: Value = response
            .body_mut()
            .read_json()
            .unwrap_or_else(|e| panic!("WebDriver {method} {path}: unreadable answer ({e})"));
        if !status.is_success() {
            panic!(
                "WebDriver {method} {path} answered {status}: {}",
                value["value"]
            );
        }
        value["value"].clone()
    }

    /// Starts the app through tauri-driver; returns the session.
    pub fn new_session(&self, application: &str, args: &[String]) -> Session<'_> {
        let value = self.send(
            "POST",
            "/session",
            Some(json!({
                "capabilities": {
                    "alwaysMatch": {
                        "tauri:options": { "application": application, "args": args }
                    }
                }
            })),
        );
        let id = value["sessionId"]
            .as_str()
            .expect("a session id")
            .to_string();
        Session { driver: self, id }
    }
}

/// The special keys the tests press, with their WebDriver code points.
#[derive(Clone, Copy, Debug)]
pub enum Key {
    Alt,
    ArrowUp,
    Control,
    /// The "=" key, which with Control zooms in.
    Equals,
    Enter,
    Escape,
    Space,
    /// The "z" key, which with Control undoes.
    Z,
    /// The "l" key, which with Control locks an encrypted store.
    L,
}

impl Key {
    fn code(self) -> char {
        match self {
            Key::Alt => '\u{E00A}',
            Key::ArrowUp => '\u{E013}',
            Key::Control => '\u{E009}',
            Key::Equals => '=',
            Key::Enter => '\u{E007}',
            Key::Escape => '\u{E00C}',
            Key::Space => '\u{E00D}',
            Key::Z => 'z',
            Key::L => 'l',
        }
    }
}

pub struct Session<'d> {
    driver: &'d WebDriver,
    id: String,
}

#[derive(Clone, Debug)]
pub struct Element(String);

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

impl Element {
    /// The element as a script argument of `Session::execute` (`arguments[0]`).
    pub fn to_json(&self) -> Value {
        json!({ ELEMENT_KEY: self.0 })
    }
}

impl<'d> Session<'d> {
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.driver
            .send(method, &format!("/session/{}{path}", self.id), body)
    }

    pub fn find_all(&self, css: &str) -> Vec<Element> {
        let value = self.call(
            "POST",
            "/elements",
            Some(json!({"using": "css selector", "value": css})),
        );
        value
            .as_array()
            .expect("a list of elements")
            .iter()
            .map(|e| {
                Element(
                    e[ELEMENT_KEY]
                        .as_str()
                        .unwrap_or_else(|| panic!("not an element: {e}"))
                        .to_string(),
                )
            })
            .collect()
    }

    /// Waits up to `timeout` for at least one element to match.
    pub fn wait_all(&self, css: &str, timeout: Duration) -> Vec<Element> {
        wait::until(timeout, || {
            let found = self.find_all(css);
            if found.is_empty() {
                Err(format!(
                    "nothing matched {css}; the page says:\n{}",
                    self.page_text()
                ))
            } else {
                Ok(found)
            }
        })
    }

    /// The element that has the keyboard focus (the body when none has).
    pub fn active_element(&self) -> Element {
        let e = self.call("GET", "/element/active", None);
        Element(
            e[ELEMENT_KEY]
                .as_str()
                .unwrap_or_else(|| panic!("not an element: {e}"))
                .to_string(),
        )
    }

    pub fn wait(&self, css: &str) -> Element {
        self.wait_all(css, wait::PATIENCE).remove(0)
    }

    pub fn text(&self, element: &Element) -> String {
        self.call("GET", &format!("/element/{}/text", element.0), None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    pub fn click(&self, element: &Element) {
        self.call(
            "POST",
            &format!("/element/{}/click", element.0),
            Some(json!({})),
        );
    }

    /// Types into a field, as keystrokes.
    pub fn type_into(&self, element: &Element, text: &str) {
        self.call(
            "POST",
            &format!("/element/{}/value", element.0),
            Some(json!({"text": text})),
        );
    }

    pub fn clear(&self, element: &Element) {
        self.call(
            "POST",
            &format!("/element/{}/clear", element.0),
            Some(json!({})),
        );
    }

    /// A property of the element as the page sees it now (an input's `value` as typed).
    pub fn property(&self, element: &Element, name: &str) -> String {
        let v = self.call(
            "GET",
            &format!("/element/{}/property/{name}", element.0),
            None,
        );
        v.as_str()
            .map(String::from)
            .unwrap_or_else(|| v.to_string())
    }

    /// The `value` of the first element matching `css`, read inside the page in one step: a
    /// polling loop must not hold an element the UI may re-render in between (stale element).
    pub fn first_value(&self, css: &str) -> Option<String> {
        self.execute(
            "const e = document.querySelector(arguments[0]); return e ? e.value : null;",
            vec![json!(css)],
        )
        .as_str()
        .map(String::from)
    }

    /// Presses keys together on an element (e.g. Alt+ArrowUp); modifiers are released after.
    pub fn press_keys(&self, element: &Element, keys: &[Key]) {
        let mut text: String = keys.iter().map(|k| k.code()).collect();
        text.push('\u{E000}'); // WebDriver's "release all modifiers"
        self.call(
            "POST",
            &format!("/element/{}/value", element.0),
            Some(json!({"text": text})),
        );
    }

    pub fn attribute(&self, element: &Element, name: &str) -> Option<String> {
        self.call(
            "GET",
            &format!("/element/{}/attribute/{name}", element.0),
            None,
        )
        .as_str()
        .map(String::from)
    }

    /// Resizes the window, in CSS pixels: half of 1366×768 is what a user sees at 200 % zoom.
    pub fn set_window_size(&self, width: u32, height: u32) {
        self.call(
            "POST",
            "/window/rect",
            Some(json!({"width": width, "height": height})),
        );
    }

    /// Runs a script in the page and returns its value.
    pub fn execute(&self, script: &str, args: Vec<Value>) -> Value {
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
    }

    /// All visible text of the page, for failure messages.
    pub fn page_text(&self) -> String {
        self.execute(
            "return document.body ? document.body.innerText : ''",
            vec![],
        )
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Waits until the page's text satisfies `check`.
    pub fn wait_for_text(&self, what: &str, check: impl Fn(&str) -> bool) -> String {
        wait::until(wait::PATIENCE, || {
            let text = self.page_text();
            if check(&text) {
                Ok(text)
            } else {
                Err(format!("the page never showed {what}; it says:\n{text}"))
            }
        })
    }

    /// Ends the session, which closes the app.
    pub fn end(self) {
        self.call("DELETE", "", None);
    }
}
