//! The recommendation strength checker from the command line, as scripts use it: one line out
//! per line in, in order, category digit first.

use std::io::Write;
use std::process::Stdio;

use crate::common::Kit;

/// Runs `upr-kit classify` with `input` on standard input; returns standard output.
fn classify_stdin(kit: &Kit, input: &[u8]) -> String {
    let mut child = kit
        .command()
        .arg("classify")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("upr-kit runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input)
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn a_batch_on_stdin_gets_one_line_per_input_line_in_order() {
    let kit = Kit::new();
    let input = "Ratify the Optional Protocol to the Convention against Torture\n\
                 Continue its efforts to reduce poverty\n\
                 \n\
                 Consider ratifying the Convention on migrant workers\n\
                 Adopt measures to combat trafficking\n\
                 Seek technical assistance from OHCHR\n\
                 Adopt a law on trafficking\n";
    let out = classify_stdin(&kit, input.as_bytes());
    let lines: Vec<&str> = out.split('\n').collect();
    // Seven input lines, seven output lines (and the final line break).
    assert_eq!(lines.len(), 8, "{out:?}");
    assert_eq!(lines[7], "");
    let digits: Vec<&str> = lines[..7]
        .iter()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(digits, ["5", "2", "", "3", "4", "1", "5"], "{out}");
    for line in lines[..7].iter().filter(|l| !l.is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 3, "{line}");
        assert!(
            fields[1].starts_with('"'),
            "the reason quotes the text: {line}"
        );
        assert_eq!(
            fields[0] == "5",
            fields[2].is_empty(),
            "suggestion only for 1-4: {line}"
        );
    }
    assert!(lines[4].contains("\"Adopt measures"), "{}", lines[4]);
}

#[test]
fn old_mac_line_ends_count_as_lines() {
    let kit = Kit::new();
    let out = classify_stdin(
        &kit,
        b"Abolish the death penalty\rContinue to cooperate with OHCHR\r",
    );
    assert_eq!(out.lines().count(), 2, "{out:?}");
}

#[test]
fn text_classifies_one_recommendation() {
    let kit = Kit::new();
    let out = kit.ok(&[
        "classify",
        "--text",
        "Take all necessary measures to protect journalists",
    ]);
    let fields: Vec<&str> = out.trim_end_matches('\n').split('\t').collect();
    assert_eq!(fields[0], "4", "{out}");
    assert!(fields[1].contains("Take"), "{out}");
    assert!(fields[2].starts_with("replace \""), "{out}");
    assert_eq!(out.lines().count(), 1);
}

#[test]
fn suggestions_come_in_french_or_spanish_in_the_same_three_fields() {
    let kit = Kit::new();
    let text = "Take all necessary measures to protect journalists";
    let line = |lang: &str| {
        let out = kit.ok(&["classify", "--lang", lang, "--text", text]);
        let fields: Vec<String> = out.trim_end().split('\t').map(String::from).collect();
        assert_eq!(fields.len(), 3, "{out}");
        fields
    };
    let (en, fr, es) = (line("en"), line("fr"), line("es"));
    assert_eq!(
        (&fr[0], &es[0]),
        (&en[0], &en[0]),
        "the category does not change"
    );
    assert_eq!(
        (&fr[1], &es[1]),
        (&en[1], &en[1]),
        "the quoted words are the user's"
    );
    assert!(
        fr[2].starts_with("Remplacez « Take all necessary measures to » par la mesure elle-même"),
        "{}",
        fr[2]
    );
    assert!(
        es[2].starts_with("Sustituya «Take all necessary measures to» por la medida misma"),
        "{}",
        es[2]
    );
}
