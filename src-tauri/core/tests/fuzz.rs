//! No panic from input: property-based fuzzing of every parser and entry point that takes
//! user text. Each harness feeds random and mutated inputs (mutated from real files: the demo
//! export, UPR Info's excerpt, an Index export) and checks that nothing panics, and where the
//! input is accepted, that what went in comes back out.
//!
//! `cargo test -p upr-core --test fuzz` runs a modest number of inputs per harness. For a long
//! run, set `UPR_FUZZ_CASES` and show the figures:
//!
//! ```text
//! UPR_FUZZ_CASES=20000 cargo test -p upr-core --release --test fuzz -- --nocapture --test-threads 1
//! ```
//!
//! Each harness prints how many inputs it ran without a panic. A crasher found is kept as a
//! named regression test at the end of this file.

use std::cell::RefCell;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc, Weekday};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;
use upr_core::calendar::{agenda, geneva_to_utc, milestones, to_ics, CustomMilestone};
use upr_core::documents::to_docx;
use upr_core::documents::Language;
use upr_core::exchange::Document;
use upr_core::model::{Logo, LogoLimits};
use upr_core::monitoring::{parse_pasted_list, Response};
use upr_core::recommendations::{self, SearchQuery};
use upr_core::settings::{MilestoneOffsets, Settings};
use upr_core::store::Store;
use upr_core::submission::{count_words, split_footnotes, Submission, SubmissionKind};
use upr_core::{checker, demo};

/// Inputs per harness in `cargo test`; `UPR_FUZZ_CASES` sets it for a long run.
const DEFAULT_CASES: u32 = 64;

const UPR_INFO_EXCERPT: &[u8] = include_bytes!("../../../tests/data/upr-info-excerpt.csv");

const INDEX_EXPORT: &str = "\u{feff}Recommendation,State under Review,Position,Themes,Session,Document symbol,Affected persons
\"121.1 Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (France) (Iran (Islamic Republic of));\",Slovenia,Supported,\"Enforced disappearances; International instruments\",34th,A/HRC/43/15,Disappeared persons
\"122.11 Recognize the competence of the Committee (Senegal);\",Slovenia,Noted,Treaty bodies,34,A/HRC/43/15/Add.1,
";

const PASTED_LIST: &str =
    "112.34 Ratify the Optional Protocol to the Convention against Torture (Denmark) (Estonia);
112.35 Repeal article 12 of the press law (Norway);
  Consider a national human rights institution (Côte d’Ivoire)
";

fn cases() -> u32 {
    std::env::var("UPR_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_CASES)
}

/// Runs `check` on `cases()` inputs from `strategy`; a panic fails the test with the smallest
/// input proptest finds that still panics.
fn fuzz<S: Strategy>(name: &str, strategy: S, check: impl Fn(S::Value)) {
    let cases = cases();
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    if let Err(e) = runner.run(&strategy, |input| {
        check(input);
        Ok(())
    }) {
        panic!("fuzz {name}: {e}");
    }
    println!("fuzz {name}: {cases} inputs without a panic");
}

/// Any text: every Unicode scalar value may appear, control characters and line breaks
/// included, with proptest's bias towards the troublesome ones.
fn any_text(max: usize) -> impl Strategy<Value = String> {
    vec(any::<char>(), 0..max).prop_map(String::from_iter)
}

/// One change to a file's bytes.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    Token(usize, usize),
    Set(usize, u8),
    Duplicate(usize, usize, usize),
}

/// Fragments worth inserting: structure, quotes, dates at and past the limits, odd numbers.
const TOKENS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "\\u0000",
    "\\ud800",
    "1e999",
    "-1",
    "18446744073709551616",
    "-262143-01-01",
    "+10000-01-01T00:00:00Z",
    "0000-01-01",
    "9999-12-31T23:59:59.999999999Z",
    "\r",
    "\n",
    "\r\n",
    ";",
    "^[",
    "]",
    "(",
    ")",
    "*",
    "OR",
    "NEAR",
    "\"\"",
    "\u{1b}[2J",
    "中",
    "\u{FFFE}",
];

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1..64usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), vec(any::<u8>(), 1..16)).prop_map(|(at, b)| Edit::Insert(at, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(at, t)| Edit::Token(at, t)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Edit::Set(at, b)),
        (any::<usize>(), 1..256usize, any::<usize>())
            .prop_map(|(from, n, to)| Edit::Duplicate(from, n, to)),
    ]
}

fn apply(seed: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for e in edits {
        let len = bytes.len();
        let at = |i: usize| if len == 0 { 0 } else { i % (len + 1) };
        match e {
            Edit::Delete(i, n) => {
                let start = at(*i);
                let end = (start + n).min(len);
                bytes.drain(start..end);
            }
            Edit::Insert(i, b) => {
                let start = at(*i);
                bytes.splice(start..start, b.iter().copied());
            }
            Edit::Token(i, t) => {
                let start = at(*i);
                let token = TOKENS[t % TOKENS.len()].as_bytes();
                bytes.splice(start..start, token.iter().copied());
            }
            Edit::Set(i, b) => {
                if len > 0 {
                    bytes[i % len] = *b;
                }
            }
            Edit::Duplicate(from, n, to) => {
                let start = at(*from);
                let end = (start + n).min(len);
                let piece: Vec<u8> = bytes[start..end].to_vec();
                let to = at(*to);
                bytes.splice(to..to, piece);
            }
        }
    }
    bytes
}

/// `seed` with a few random edits.
fn mutated(seed: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    vec(edit(), 1..8).prop_map(move |edits| apply(&seed, &edits))
}

fn demo_json() -> String {
    demo::document().unwrap().to_json()
}

/// A JSON value to put in place of another: the kinds a hand-edited file brings.
fn odd_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        any_text(40).prop_map(Value::from),
        proptest::sample::select(TOKENS).prop_map(Value::from),
        (-300_000i32..300_000, 1u32..13, 1u32..32)
            .prop_map(|(y, m, d)| Value::from(format!("{y:04}-{m:02}-{d:02}"))),
        (-300_000i32..300_000).prop_map(|y| Value::from(format!("{y:04}-06-15T12:00:00Z"))),
        Just(Value::Array(Vec::new())),
        Just(Value::Object(Default::default())),
    ]
}

/// Every place in `value`, as JSON pointers.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                pointers(
                    v,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// The demo export with a few of its values replaced: the document still parses as JSON, so
/// the checks past the parser (types, ids, links, dates) are what is fuzzed.
fn demo_with_odd_values() -> impl Strategy<Value = String> {
    let demo: Value = serde_json::from_str(&demo_json()).unwrap();
    let mut places = Vec::new();
    pointers(&demo, String::new(), &mut places);
    // The root itself is not replaced.
    places.retain(|p| !p.is_empty());
    vec((proptest::sample::select(places), odd_value()), 1..4).prop_map(move |changes| {
        let mut doc = demo.clone();
        for (place, value) in changes {
            if let Some(slot) = doc.pointer_mut(&place) {
                *slot = value;
            }
        }
        serde_json::to_string_pretty(&doc).unwrap()
    })
}

/// What must hold for any exchange file: refused, or accepted and then readable, exportable
/// and importable again, giving the same document.
fn exchange_round_trip(text: &str) {
    let Ok(doc) = Document::from_json(text, "fuzz.json") else {
        return;
    };
    let mut store = Store::open_in_memory().unwrap();
    if upr_core::exchange::import(&mut store, &doc, false).is_err() {
        assert!(
            store.is_empty().unwrap(),
            "a refused import changed the store"
        );
        return;
    }
    store.summary().expect("an accepted file can be shown");
    let first = upr_core::exchange::export(&mut store).expect("an accepted file can be exported");
    let again = Document::from_json(&first.to_json(), "export.json")
        .expect("an export of an accepted file reads back");
    let mut other = Store::open_in_memory().unwrap();
    upr_core::exchange::import(&mut other, &again, false)
        .expect("an export of an accepted file imports");
    let mut second = upr_core::exchange::export(&mut other).unwrap();
    second.exported_at = first.exported_at;
    assert_eq!(first, second, "export → import → export changed the data");
    // The calendar of whatever was accepted: an error at most, never a panic.
    for today in ["1900-01-01", "2026-11-30", "2200-12-31"] {
        let _ = upr_core::calendar::current_agenda(&mut store, today.parse().unwrap());
    }
}

#[test]
fn exchange_document_random_text() {
    fuzz("exchange document, random text", any_text(400), |text| {
        exchange_round_trip(&text)
    });
}

#[test]
fn exchange_document_mutated_bytes() {
    let seed = demo_json().into_bytes();
    fuzz(
        "exchange document, demo with bytes mutated",
        mutated(seed),
        |bytes| exchange_round_trip(&String::from_utf8_lossy(&bytes)),
    );
}

#[test]
fn exchange_document_odd_values() {
    fuzz(
        "exchange document, demo with values replaced",
        demo_with_odd_values(),
        |text| exchange_round_trip(&text),
    );
}

/// A CSV of past recommendations: refused with a line number, or imported whole and then
/// searchable.
fn past_recommendations_file(bytes: &[u8]) {
    let _ = recommendations::export_file::parse_export(bytes, "fuzz.csv");
    let mut store = Store::open_in_memory().unwrap();
    match recommendations::import_bytes(&mut store, bytes, "fuzz.csv", &mut |_, _| {}) {
        Ok(_) => {
            recommendations::search(&mut store, &SearchQuery::default())
                .expect("what was imported can be listed");
        }
        Err(e) => assert!(
            matches!(e.code(), "invalid_export" | "invalid_input"),
            "unexpected refusal: {e}"
        ),
    }
}

#[test]
fn upr_info_csv_mutated() {
    fuzz(
        "UPR Info CSV, excerpt mutated",
        mutated(UPR_INFO_EXCERPT[..UPR_INFO_EXCERPT.len().min(6000)].to_vec()),
        |bytes| past_recommendations_file(&bytes),
    );
}

#[test]
fn index_csv_mutated() {
    fuzz(
        "UHRI CSV, export mutated",
        mutated(INDEX_EXPORT.as_bytes().to_vec()),
        |bytes| past_recommendations_file(&bytes),
    );
}

#[test]
fn recommendations_csv_random_bytes() {
    fuzz(
        "recommendations CSV, random bytes",
        vec(any::<u8>(), 0..600),
        |bytes| past_recommendations_file(&bytes),
    );
}

/// A logo file: refused with a logo code, or accepted and then printable (decoded and scaled
/// for the letterhead) and written back as the same logo.
fn logo_file(bytes: Vec<u8>) {
    let limits = LogoLimits {
        max_bytes: 2_000_000,
        max_pixels: 4000,
    };
    match Logo::read("fuzz.png", bytes, limits) {
        Ok(logo) => {
            logo.for_print(100.0, 50.0)
                .expect("an accepted logo decodes for print");
            let again = Logo::from_data_url("fuzz", &logo.data_url(), limits)
                .expect("an accepted logo reads back");
            assert_eq!(again, logo);
        }
        Err(e) => assert!(
            matches!(
                e.code(),
                "logo_not_an_image" | "logo_too_large" | "logo_too_many_pixels"
            ),
            "unexpected refusal: {e}"
        ),
    }
}

/// A small image in `format`, with an alpha channel where the format keeps one.
fn small_image(format: image::ImageFormat) -> Vec<u8> {
    let image =
        image::RgbImage::from_fn(24, 12, |x, y| image::Rgb([x as u8 * 9, y as u8 * 20, 90]));
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, format).unwrap();
    out.into_inner()
}

#[test]
fn logo_png_mutated() {
    fuzz(
        "logo, PNG mutated",
        mutated(small_image(image::ImageFormat::Png)),
        logo_file,
    );
}

#[test]
fn logo_jpeg_mutated() {
    fuzz(
        "logo, JPEG mutated",
        mutated(small_image(image::ImageFormat::Jpeg)),
        logo_file,
    );
}

#[test]
fn logo_random_bytes() {
    fuzz("logo, random bytes", vec(any::<u8>(), 0..600), logo_file);
}

#[test]
fn pasted_list() {
    let store = RefCell::new({
        let mut s = Store::open_in_memory().unwrap();
        demo::load(&mut s).unwrap();
        s
    });
    let text = prop_oneof![
        any_text(300),
        mutated(PASTED_LIST.as_bytes().to_vec())
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ];
    fuzz("pasted list of received recommendations", text, |text| {
        let parsed = parse_pasted_list(&text, Response::Supported, Some(4));
        let mut store = store.borrow_mut();
        match upr_core::monitoring::record_pasted_list(
            &mut store,
            &text,
            Response::Noted,
            Some(4),
            None,
        ) {
            Ok(saved) => assert_eq!(saved.len(), parsed.len()),
            Err(e) => assert_eq!(e.code(), "invalid_input", "{e}"),
        }
    });
    upr_core::exchange::export(&mut store.borrow_mut()).expect("the store still exports");
}

#[test]
fn checker() {
    let words = prop_oneof![
        any_text(200),
        vec(
            proptest::sample::select(vec![
                "Ratify",
                "ratifying",
                "the",
                "Convention",
                "CO₂ed",
                "consider",
                "Continue",
                "efforts",
                "to",
                "ensure",
                "é",
                "İ",
                "ß",
                "ﬁ",
                "\u{301}",
                "-",
                "'",
                "’",
                " ",
                "\n",
                "中文",
                "Ωmega",
                "",
            ]),
            0..30
        )
        .prop_map(|w| w.join(" ")),
    ];
    fuzz("action-category checker", words, |text| {
        let _ = checker::Checker::shipped().classify(&text);
        for lang in ["en", "fr", "es"] {
            let line = checker::line_for(&text, lang);
            assert!(!line.contains('\n'), "one line per recommendation");
        }
    });
}

#[test]
fn search_query() {
    let store = RefCell::new({
        let mut s = Store::open_in_memory().unwrap();
        recommendations::import_bytes(&mut s, UPR_INFO_EXCERPT, "excerpt", &mut |_, _| {}).unwrap();
        s
    });
    let fts = vec(
        proptest::sample::select(vec![
            "torture",
            "ratif*",
            "\"",
            "OR",
            "AND",
            "NOT",
            "NEAR",
            "(",
            ")",
            "*",
            ":",
            "^",
            "-",
            "+",
            "text:",
            "{",
            "}",
            "death penalty",
            "''",
            "\u{0}",
            "é",
            "中",
        ]),
        0..12,
    )
    .prop_map(|w| w.join(" "));
    let query = (
        prop_oneof![any_text(60), fts],
        proptest::option::of(any_text(20)),
        proptest::option::of(any_text(20)),
        proptest::option::of(any_text(20)),
        proptest::option::of(any_text(20)),
        any::<usize>(),
    );
    fuzz(
        "search query",
        query,
        |(text, sur, from, group, issue, limit)| {
            let q = SearchQuery {
                text,
                state_under_review: sur,
                recommending_state: from,
                regional_group: group,
                issue,
                limit: limit % 1000,
                ..SearchQuery::default()
            };
            if let Err(e) = recommendations::search(&mut store.borrow_mut(), &q) {
                assert_eq!(e.code(), "invalid_input", "{e}");
            }
        },
    );
}

#[test]
fn footnote_syntax() {
    let demo = demo::document().unwrap();
    let campaign = demo.campaigns[0].campaign.clone();
    let text = prop_oneof![
        any_text(200),
        vec(
            proptest::sample::select(vec![
                "^[", "]", "^", "[", "note", "word", " ", "\n\n", "\u{7}", "\u{b}", "é", "^[^[",
                "]]", "\u{FFFF}",
            ]),
            0..40
        )
        .prop_map(|w| w.concat()),
    ];
    fuzz("footnote syntax and the Word file", text, |text| {
        let _ = split_footnotes(&text).len();
        let _ = count_words(&text);
        let now = Utc::now();
        let submission = Submission {
            id: uuid::Uuid::nil(),
            title: text.clone(),
            kind: SubmissionKind::Joint,
            partners: vec![text.clone()],
            summary: text.clone(),
            issues: vec![upr_core::submission::SubmissionIssue {
                heading: text.clone(),
                paragraphs: vec![text.clone()],
            }],
            recommendations: vec![text.clone()],
            annexes: text.clone(),
            created_at: now,
            updated_at: now,
            version: upr_core::store::UNSAVED,
        };
        let _ = submission.word_count(&Settings::default());
        let bytes = to_docx(
            &submission,
            demo.organisation.as_ref(),
            &campaign,
            upr_core::settings::Paper::A4,
            Language::Fr,
        )
        .expect("any text makes a Word file");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
            .unwrap();
        roxmltree::Document::parse(&xml).expect("word/document.xml is well-formed");
    });
}

/// Any date chrono can hold, with a bias towards the app's range and the limits.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
            .prop_filter_map("a date", NaiveDate::from_num_days_from_ce_opt),
        (693_596i32..803_533).prop_filter_map("a date", NaiveDate::from_num_days_from_ce_opt),
    ]
}

fn any_offsets() -> impl Strategy<Value = MilestoneOffsets> {
    let n = || prop_oneof![0u32..130, any::<u32>()];
    (vec(n(), 15), 0u8..7, (0u32..24, 0u32..60)).prop_map(|(n, day, (h, m))| MilestoneOffsets {
        consultations_months_before_review: n[0],
        submission_months_before_review: n[1],
        documents_weeks_before_review: n[2],
        capitals_lobbying_from_months_before_review: n[3],
        capitals_lobbying_until_months_before_review: n[4],
        geneva_lobbying_from_months_before_review: n[5],
        geneva_lobbying_until_months_before_review: n[6],
        pre_session_weeks_before_review: n[7],
        side_event_days_after_review: n[8],
        adoption_months_after_review: n[9],
        adoption_weeks_into_session: n[10],
        oral_statement_signup_weeks_before_session: n[11],
        oral_statement_signup_weekday: Weekday::try_from(day).unwrap_or(Weekday::Thu),
        oral_statement_signup_time: NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default(),
        midterm_report_months_after_review: n[12],
    })
}

#[test]
fn calendar_dates() {
    let demo = demo::document().unwrap();
    let base = demo.campaigns[0].campaign.clone();
    let store = RefCell::new({
        let mut s = Store::open_in_memory().unwrap();
        demo::load(&mut s).unwrap();
        s
    });
    let input = (
        proptest::option::of(any_date()),
        proptest::option::of(any_date()),
        proptest::option::of(any_date()),
        any_date(),
        any_offsets(),
        any_text(30),
    );
    fuzz(
        "calendar dates",
        input,
        |(review, adoption, session, today, offsets, title)| {
            let mut campaign = base.clone();
            campaign.review_date = review;
            campaign.adoption_date = adoption;
            campaign.hrc_session_start = session;
            let now = Utc::now();
            let mine = CustomMilestone {
                id: uuid::Uuid::nil(),
                date: today,
                title: title.clone(),
                notes: title.clone(),
                done: false,
                created_at: now,
                updated_at: now,
                version: upr_core::store::UNSAVED,
            };
            if let Ok(list) = milestones(&campaign, &offsets) {
                let seen = agenda(&list, &[], std::slice::from_ref(&mine), today);
                let _ = seen.due_next().count() + seen.late().count();
                let _ = to_ics(&campaign, &seen, now, Language::Es);
            }
            let _ = geneva_to_utc(NaiveDateTime::new(today, NaiveTime::MIN));
            let _ = geneva_to_utc(NaiveDateTime::MAX);

            // Through the store, as the window and the CLI save them: refused, or accepted
            // and then the calendar works and the store still exports.
            let mut store = store.borrow_mut();
            if store.save_campaign(campaign).is_ok() {
                let _ = upr_core::calendar::current_agenda(&mut store, today);
                upr_core::exchange::export(&mut store).expect("an accepted date comes back out");
            }
            let _ = upr_core::calendar::add_calendar_date(&mut store, today, &title, "");
            upr_core::exchange::export(&mut store).expect("the store still exports");
        },
    );
}

// Crashers found by these harnesses, kept as they were found.

#[test]
fn a_review_date_at_the_edge_of_time_does_not_panic_the_calendar() {
    // Found by `calendar_dates`: every date of the campaign at -262143-01-01, the first day
    // chrono knows, made `monday_of` subtract past it.
    let first = NaiveDate::from_ymd_opt(-262143, 1, 1);
    let mut campaign = demo::document().unwrap().campaigns[0].campaign.clone();
    campaign.review_date = first;
    campaign.adoption_date = first;
    campaign.hrc_session_start = first;
    let _ = milestones(&campaign, &MilestoneOffsets::default());
    campaign.hrc_session_start = None;
    let _ = milestones(&campaign, &MilestoneOffsets::default());
    let at: DateTime<Utc> = geneva_to_utc(NaiveDateTime::MIN);
    let _ = at.checked_add_signed(TimeDelta::hours(1));
}
