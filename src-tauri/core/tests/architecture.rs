//! The core's layers only look down: every `crate::<module>` a source file names must be a
//! module of a lower layer than its own (ARCHITECTURE.md, "Layers", states the same table).
//! The test reads the sources as text; test code (`tests.rs`, `*_tests.rs`, and a file's
//! `#[cfg(test)] mod` at its end) may reach anywhere, fixtures included.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The layers of `upr-core`, from the ground up. A module may use the modules of any layer
/// below its own, and none of its own layer or above.
const LAYERS: &[&[&str]] = &[
    &["error"],
    &["language", "output_file", "passphrase"],
    &["model", "settings"],
    &["wording", "names_in_text", "layout", "store"],
    &["pdf", "recommendations"],
    &["checker", "monitoring", "calendar", "submission", "logo"],
    &["documents"],
    &["exchange"],
    &["data_folder", "coalition"],
    &["demo"],
];

/// Arrows that run the wrong way today, each with the reason it is tolerated. Keep it short.
const TOLERATED: &[(&str, &str, &str)] = &[
    (
        "error",
        "documents",
        "`Error::DocumentTooLong` carries the documents' `Overflow` report",
    ),
    (
        "error",
        "model",
        "`Error::SubmissionTooLong` names the submission's kind, a plain enum of the model",
    ),
];

/// The files `lib.rs` declares and re-exports from: the crate's root, not a layer.
const ROOT: &str = "lib";

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

fn sources() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file of `src/` belongs to: `store` for `src/store/deletion.rs`,
/// `settings` for `src/settings.rs`.
fn module_of(relative: &Path) -> String {
    let first = relative
        .components()
        .next()
        .expect("a path inside src/")
        .as_os_str()
        .to_string_lossy()
        .to_string();
    first.trim_end_matches(".rs").to_string()
}

fn is_test_file(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name == "tests.rs" || name.ends_with("_tests.rs")
}

/// One `crate::<module>` a line names.
#[derive(Debug, PartialEq)]
struct Reference {
    line: usize,
    module: String,
}

/// Every top-level module the code of `text` names through `crate::`, with its line, test
/// code and comments left out. `crate::{a::b, c}` names `a` and `c`, across lines too.
fn references(text: &str) -> Vec<Reference> {
    let mut found = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        let next = lines.get(index + 1).copied().unwrap_or_default();
        if line.trim_start().starts_with("#[cfg(test)]") && next.trim_start().starts_with("mod ") {
            break;
        }
        let code = match line.find("//") {
            Some(comment) => &line[..comment],
            None => line,
        };
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            // `upr_crate::` or `some_crate::` are not this crate.
            let before = rest[..at].chars().next_back();
            let after = &rest[at + "crate::".len()..];
            rest = after;
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            if let Some(group) = after.strip_prefix('{') {
                // The group may close lines later.
                let mut text = group.to_string();
                let mut end = index;
                while depth(&text) > 0 && end + 1 < lines.len() {
                    end += 1;
                    text.push('\n');
                    text.push_str(lines[end]);
                }
                for module in group_heads(&text) {
                    found.push(Reference {
                        line: index + 1,
                        module,
                    });
                }
            } else {
                let module: String = after
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !module.is_empty() {
                    found.push(Reference {
                        line: index + 1,
                        module,
                    });
                }
            }
        }
        index += 1;
    }
    found
}

/// How many braces of a `crate::{` group are still open in `text` (the first is open).
fn depth(text: &str) -> i32 {
    1 + text.matches('{').count() as i32 - text.matches('}').count() as i32
}

/// The first path segment of each item of a group: `a::b, c, d::{e, f}}` gives a, c, d.
fn group_heads(text: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut level = 0;
    let mut item = String::new();
    for c in text.chars() {
        match c {
            '{' => level += 1,
            '}' if level == 0 => break,
            '}' => level -= 1,
            ',' if level == 0 => {
                heads.push(std::mem::take(&mut item));
                continue;
            }
            _ => {}
        }
        if level == 0 {
            item.push(c);
        }
    }
    heads.push(item);
    heads
        .iter()
        .filter_map(|item| {
            let head: String = item
                .trim()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            (!head.is_empty()).then_some(head)
        })
        .collect()
}

/// What `lib.rs` re-exports at the crate's root (`crate::Error`, `crate::Result`) lives in
/// the module it comes from.
fn home_of(name: &str) -> &str {
    match name {
        "Error" | "Result" => "error",
        other => other,
    }
}

#[test]
fn every_module_of_the_core_has_a_layer() {
    let mut modules = BTreeSet::new();
    for entry in fs::read_dir(sources()).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.is_dir() || name.ends_with(".rs") {
            modules.insert(name.trim_end_matches(".rs").to_string());
        }
    }
    modules.remove(ROOT);
    let missing: Vec<&String> = modules.iter().filter(|m| layer_of(m).is_none()).collect();
    assert!(
        missing.is_empty(),
        "{missing:?} have no layer: put each in LAYERS of tests/architecture.rs and in \
         ARCHITECTURE.md's layer table"
    );
}

#[test]
fn layers_only_look_down() {
    let root = sources();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut wrong = Vec::new();
    for path in files {
        if is_test_file(&path) {
            continue;
        }
        let relative = path.strip_prefix(&root).expect("a file under src/");
        let from = module_of(relative);
        if from == ROOT {
            continue;
        }
        let Some(from_layer) = layer_of(&from) else {
            continue; // every_module_of_the_core_has_a_layer names it
        };
        let text = fs::read_to_string(&path).expect("a source file is UTF-8");
        for reference in references(&text) {
            let to = home_of(&reference.module);
            if to == from || to == "self" || to == "super" {
                continue;
            }
            if TOLERATED.iter().any(|(a, b, _)| *a == from && *b == to) {
                continue;
            }
            let Some(to_layer) = layer_of(to) else {
                continue; // a name lib.rs re-exports; its own module is checked
            };
            if to_layer >= from_layer {
                wrong.push(format!(
                    "src/{}:{}: {from} -> {to} runs {} (layer {from_layer} may use only layers \
                     below it)",
                    relative.display(),
                    reference.line,
                    if to_layer == from_layer {
                        format!("sideways ({to} is layer {to_layer} too)")
                    } else {
                        format!("upward ({to} is layer {to_layer})")
                    }
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers of ARCHITECTURE.md (move the type or function down, or \
         call from above):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn references_are_read_from_paths_and_groups_but_not_from_comments_or_tests() {
    let text = "use crate::model::Campaign;\n\
                use crate::{\n    store::Store,\n    wording::{fill, roman},\n};\n\
                // crate::demo is named in a comment only\n\
                let x = crate::settings::Paper::A4; // and crate::pdf here\n\
                let y = upr_crate::thing;\n\
                #[cfg(test)]\nmod tests {\n    use crate::demo;\n}\n";
    let modules: Vec<(usize, String)> = references(text)
        .into_iter()
        .map(|r| (r.line, r.module))
        .collect();
    assert_eq!(
        modules,
        [
            (1, "model".to_string()),
            (2, "store".to_string()),
            (2, "wording".to_string()),
            (7, "settings".to_string()),
        ]
    );
}
