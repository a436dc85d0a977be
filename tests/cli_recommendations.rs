//! The database of past recommendations from the command line, run as a user would: import
//! UPR Info's export, search it, and ask whom to lobby.

use crate::common::Kit;

const EXCERPT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/upr-info-excerpt.csv"
);

/// The excerpt's rows, one per CR-ended line after the header (no field in it spans lines).
fn excerpt_lines() -> Vec<String> {
    let bytes = std::fs::read(EXCERPT).unwrap();
    let text: String = bytes
        .iter()
        .map(|&b| if b < 0x80 { b as char } else { '?' })
        .collect();
    text.split('\r')
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn importing_the_upr_info_export_twice_adds_it_once() {
    let kit = Kit::new();
    let rows = excerpt_lines().len();
    let out = kit.ok(&["import-recommendations", EXCERPT]);
    assert!(
        out.contains(&format!("Read {rows} recommendations from {EXCERPT} (Mac Roman): {rows} added, 0 already present.")),
        "{out}"
    );
    let again = kit.ok(&["import-recommendations", EXCERPT]);
    assert!(
        again.contains(&format!(": 0 added, {rows} already present.")),
        "{again}"
    );
}

#[test]
fn a_broken_row_is_named_by_its_line_and_nothing_is_imported() {
    let kit = Kit::new();
    let file = kit.file("broken.csv");
    std::fs::write(
        &file,
        "To,Text,From,Action,Session\nChad,Abolish the death penalty.,France,5,3\nMali,Ratify the Convention.,Chad,eight,3\n",
    )
    .unwrap();
    let err = kit.fails(&["import-recommendations", file.to_str().unwrap()]);
    assert!(
        err.contains("broken.csv, line 3: action category 'eight' is not 1 to 5"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let found = kit.ok(&["search", "death penalty"]);
    assert!(
        found.is_empty(),
        "the good row must not have been imported: {found}"
    );
}

#[test]
fn unknown_columns_are_reported() {
    let kit = Kit::new();
    let file = kit.file("index.csv");
    std::fs::write(
        &file,
        "Recommendation,State under Review,Position,Document symbol\n\"121.1 Ratify the Convention against Torture (France);\",Chad,Supported,A/HRC/43/15\n",
    )
    .unwrap();
    let out = kit.ok(&["import-recommendations", file.to_str().unwrap()]);
    assert!(out.contains("1 added"), "{out}");
    assert!(
        out.contains("Columns not understood (ignored): Document symbol"),
        "{out}"
    );
    let found = kit.ok(&["search", "torture"]);
    assert_eq!(
        found.trim_end(),
        "Chad\tFrance\t-\tsupported\t-\tRatify the Convention against Torture."
    );
}

#[test]
fn search_prints_one_recommendation_per_line_with_its_states_and_session() {
    let kit = Kit::new();
    kit.ok(&["import-recommendations", EXCERPT]);
    let out = kit.ok(&["search", "torture", "--limit", "1000"]);
    // Count rows whose text says it, not rows merely tagged with the issue of that name.
    let expected = excerpt_lines()
        .iter()
        .map(|l| {
            l.to_lowercase()
                .replace("torture and other cid treatment", "")
        })
        .filter(|l| l.contains("tortur"))
        .count();
    assert_eq!(out.lines().count(), expected, "{out}");
    for line in out.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 6, "{line}");
        assert!(fields[2].parse::<u32>().is_ok(), "session in {line}");
        assert!(fields[5].to_lowercase().contains("tortur"), "{line}");
    }
}

#[test]
fn search_filters_combine() {
    let kit = Kit::new();
    kit.ok(&["import-recommendations", EXCERPT]);
    let out = kit.ok(&[
        "search",
        "",
        "--sur",
        "Afghanistan",
        "--from",
        "Austria",
        "--session",
        "5",
        "--response",
        "accepted",
        "--category",
        "5",
        "--issue",
        "women's rights",
        "--limit",
        "5",
    ]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.starts_with("Afghanistan\tAustria\t5\tsupported\t5\tEnact legislation"),
        "{out}"
    );
    let noted = kit.ok(&["search", "", "--response", "noted", "--limit", "1000"]);
    let expected = excerpt_lines()
        .iter()
        .filter(|l| l.contains(",Noted,"))
        .count();
    assert_eq!(noted.lines().count(), expected);
}

#[test]
fn odd_search_text_never_fails_and_a_bad_filter_is_explained() {
    let kit = Kit::new();
    kit.ok(&["import-recommendations", EXCERPT]);
    for typed in ["women's", "\"unclosed", "child-marriage", "NOT", "(", "*"] {
        kit.ok(&["search", typed]);
    }
    let err = kit.fails(&["search", "x", "--response", "maybe"]);
    assert!(err.contains("'maybe' is not a response"), "{err}");
    let err = kit.fails(&["search", "x", "--category", "7"]);
    assert!(err.contains("--category"), "{err}");
}

#[test]
fn a_state_is_found_however_it_is_typed_and_a_misspelt_one_is_corrected() {
    let kit = Kit::new();
    kit.ok(&["import-recommendations", EXCERPT]);
    let exported = kit.ok(&["search", "", "--from", "Cote d'Ivoire"]);
    assert!(!exported.is_empty());
    assert_eq!(kit.ok(&["search", "", "--from", "Côte d’Ivoire"]), exported);
    let err = kit.fails(&["search", "rights", "--sur", "Vietnam"]);
    assert!(
        err.contains("State under Review") && err.contains("did you mean \"Viet Nam\""),
        "{err}"
    );
}

#[test]
fn lobby_targets_rank_states_for_the_campaigns_issues_with_evidence() {
    let kit = Kit::with_demo();
    kit.ok(&["import-recommendations", EXCERPT]);
    let out = kit.ok(&["lobby-targets", "--issue", "Death penalty"]);
    assert!(
        out.starts_with("Whom to lobby for the review of Republic of Meridia, on: Death penalty"),
        "{out}"
    );
    let first = out.lines().nth(1).expect("a ranked State");
    assert!(first.starts_with(" 1. "), "{out}");
    // Why it ranks there, in words: its record on the issue, since when, how specific.
    assert!(
        first.contains("on Death penalty since session ") && first.contains(" specific)"),
        "{out}"
    );
    let evidence = out.lines().nth(2).expect("its evidence");
    assert!(evidence.trim_start().starts_with("to "), "{out}");
    assert!(evidence.contains("session "), "{out}");
    // Every State named made a recommendation tagged "Death penalty" in the excerpt.
    let raised: Vec<String> = excerpt_lines()
        .into_iter()
        .filter(|l| l.contains("Death penalty"))
        .collect();
    for line in out
        .lines()
        .skip(1)
        .filter(|l| l.contains(". ") && l.contains("score"))
    {
        let state = line.split(". ").nth(1).unwrap().split(" (").next().unwrap();
        assert!(
            raised.iter().any(|l| l.contains(&format!(",{state},"))),
            "{state} never raised it"
        );
    }
}

#[test]
fn lobby_targets_without_a_campaign_say_what_to_do() {
    let kit = Kit::new();
    let err = kit.fails(&["lobby-targets"]);
    assert!(err.contains("there is no campaign yet"), "{err}");
}

/// The States `lobby-targets` printed, in order, each with the rest of its line.
fn ranked_lines(out: &str) -> Vec<(String, String)> {
    out.lines()
        .filter(|l| l.contains(". ") && l.contains("score"))
        .map(|l| {
            let state = l.split(". ").nth(1).unwrap().split(" (").next().unwrap();
            (state.to_string(), l.to_string())
        })
        .collect()
}

#[test]
fn the_list_of_speakers_puts_the_inscribed_states_first_and_an_unknown_name_is_refused() {
    let kit = Kit::with_demo();
    kit.ok(&["import-recommendations", EXCERPT]);
    let ask = [
        "lobby-targets",
        "--issue",
        "Death penalty",
        "--limit",
        "100",
    ];
    let before = kit.ok(&ask);
    let ranked = ranked_lines(&before);
    assert!(ranked.len() >= 3, "{before}");
    assert!(!before.contains("list of speakers"), "{before}");
    let (last, _) = ranked
        .iter()
        .rev()
        .find(|(s, _)| s != "United Kingdom")
        .unwrap()
        .clone();

    // A name the app does not know refuses the whole list, naming it; nothing is kept.
    let err = kit.fails(&["speakers", "set", &format!("{last}, Narnia")]);
    assert!(
        err.contains("\"Narnia\"") && err.contains("Nothing was saved"),
        "{err}"
    );
    assert!(!err.contains(&format!("\"{last}\"")), "{err}");
    assert_eq!(kit.ok(&["speakers", "show"]), "");

    // The published list, pasted into a file as it comes: numbered, one per line, one State
    // by its French name (Royaume-Uni, which UPR Info spells "United Kingdom").
    let list = kit.file("speakers.txt");
    std::fs::write(&list, format!("1. {last}\n2. Royaume-Uni\n")).unwrap();
    let out = kit.ok(&["speakers", "set", "--file", list.to_str().unwrap()]);
    assert!(
        out.starts_with("Kept the list of speakers, 2 States: "),
        "{out}"
    );
    assert!(
        out.contains("United Kingdom of Great Britain and Northern Ireland"),
        "{out}"
    );

    let after = kit.ok(&ask);
    assert!(
        after
            .contains("With the list of speakers (2 States): the States inscribed to speak first."),
        "{after}"
    );
    let now = ranked_lines(&after);
    assert_eq!(now.len(), ranked.len(), "no State is dropped");
    let mut first_two: Vec<&str> = now[..2].iter().map(|(s, _)| s.as_str()).collect();
    first_two.sort_unstable();
    let mut wanted = vec![last.as_str(), "United Kingdom"];
    wanted.sort_unstable();
    assert_eq!(first_two, wanted, "{after}");
    assert!(
        now[..2]
            .iter()
            .all(|(_, l)| l.contains("[inscribed to speak]")),
        "{after}"
    );
    assert!(
        now[2..]
            .iter()
            .all(|(_, l)| l.contains("[not on the list of speakers]")),
        "{after}"
    );

    // Cleared, the ranking is the past's alone again.
    kit.ok(&["speakers", "clear"]);
    assert_eq!(kit.ok(&["speakers", "show"]), "");
    assert_eq!(kit.ok(&ask), before);
}
