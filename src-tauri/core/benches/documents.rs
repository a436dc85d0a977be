//! The three documents made in process from the demo organisation: data in memory, PDF bytes
//! out (layout, painting, font subsetting). What the process keeps is warm, as in the app
//! setting a document again (the window's preview after each change, a print run's briefs):
//! the fonts are parsed once, and the runs shaped are kept (`layout/shaping.rs`), so a
//! repeated brief shapes nothing. The first brief of a process, with nothing kept, is timed
//! whole by `scripts/bench-cli.sh`. Then the brief of the demo-like campaigns
//! written in Arabic, Russian and Chinese (`tests/data/demo-{ar,ru,zh}.json`), set in their
//! own language: the goal is within twice the English brief's time.
//!
//! cargo bench -p upr-core --bench documents

use criterion::{criterion_group, criterion_main, Criterion};
use upr_core::documents::{render, DocumentKind, DocumentOptions, Sources};
use upr_core::exchange::Document;
use upr_core::language::Language;
use upr_core::settings::Settings;
use upr_core::{demo, store::Store};

fn documents(c: &mut Criterion) {
    let mut store = Store::open_in_memory().expect("an in-memory store");
    demo::load(&mut store).expect("the demo loads");
    bench_briefs(c, &mut store, "demo", DocumentOptions::default());
    for (lang, json) in [
        (
            Language::Ar,
            include_str!("../../../tests/data/demo-ar.json"),
        ),
        (
            Language::Ru,
            include_str!("../../../tests/data/demo-ru.json"),
        ),
        (
            Language::Zh,
            include_str!("../../../tests/data/demo-zh.json"),
        ),
    ] {
        let mut store = Store::open_in_memory().expect("an in-memory store");
        let doc = Document::from_json(json, lang.code()).expect("the fixture parses");
        upr_core::exchange::import(&mut store, &doc, false).expect("the fixture imports");
        let options = DocumentOptions {
            language: Some(lang),
            ..DocumentOptions::default()
        };
        bench_briefs(c, &mut store, lang.code(), options);
    }
}

/// The documents of the campaign in `store`: all three for the demo, the brief for the others.
fn bench_briefs(c: &mut Criterion, store: &mut Store, name: &str, general: DocumentOptions) {
    let campaign = store
        .current_campaign()
        .unwrap()
        .expect("the demo has a campaign");
    let organisation = store
        .organisation()
        .unwrap()
        .expect("the demo has an organisation");
    let issues = store.priority_issues(campaign.id).unwrap();
    let targets = store.target_states(campaign.id).unwrap();
    let settings = Settings::default();
    let sources = Sources {
        organisation: &organisation,
        campaign: &campaign,
        issues: &issues,
        target_states: &targets,
        settings: &settings,
        oral_statement_text: None,
        talking_points_text: None,
        custom_names: &[],
    };
    if name != "demo" {
        c.bench_function(&format!("brief ({name})"), |b| {
            b.iter(|| render(DocumentKind::Brief, &sources, &general).expect("the brief renders"))
        });
        return;
    }
    let norway = DocumentOptions {
        target_state: Some("Norway".into()),
        ..DocumentOptions::default()
    };
    // The same issue as the campaigns in the other languages, for comparison.
    let first_issue = DocumentOptions {
        issues: vec![issues[0].title.clone()],
        ..DocumentOptions::default()
    };
    for (name, kind, options) in [
        ("brief (demo)", DocumentKind::Brief, &general),
        ("brief (en, first issue)", DocumentKind::Brief, &first_issue),
        ("brief for Norway (demo)", DocumentKind::Brief, &norway),
        (
            "talking points (demo)",
            DocumentKind::TalkingPoints,
            &general,
        ),
        (
            "oral statement (demo)",
            DocumentKind::OralStatement,
            &general,
        ),
    ] {
        c.bench_function(name, |b| {
            b.iter(|| render(kind, &sources, options).expect("the demo document renders"))
        });
    }
}

criterion_group!(benches, documents);
criterion_main!(benches);
