//! The three documents made in process from the demo organisation: data in memory, PDF bytes
//! out (layout, painting, font subsetting). The fonts are parsed once per process, as in the
//! app, so the first call is not what is measured.
//!
//! cargo bench -p upr-core --bench documents

use criterion::{criterion_group, criterion_main, Criterion};
use upr_core::documents::{render, DocumentKind, DocumentOptions, Sources};
use upr_core::settings::Settings;
use upr_core::{demo, store::Store};

fn documents(c: &mut Criterion) {
    let mut store = Store::open_in_memory().expect("an in-memory store");
    demo::load(&mut store).expect("the demo loads");
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
        custom_names: &[],
    };
    let general = DocumentOptions::default();
    let norway = DocumentOptions {
        target_state: Some("Norway".into()),
        ..DocumentOptions::default()
    };
    for (name, kind, options) in [
        ("brief (demo)", DocumentKind::Brief, &general),
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
