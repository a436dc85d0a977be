//! Benchmarks of the database of past recommendations: importing 41,000 rows (goal ≤ 2 s) and
//! searching 100,000 (goal ≤ 20 ms a query).
//!
//! Run: `cargo bench -p upr-core --bench recommendations`
//!
//! The rows are real ones repeated with varied sessions and States under Review, so that no
//! two are the same recommendation. They come from `../shared/data/upr-info-recommendations-
//! sessions-1-5.csv` (6,094 rows) when that file is present, else from the 308-row excerpt in
//! `tests/data/`; the benchmark says which.

use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use upr_core::model::ActionCategory;
use upr_core::recommendations::{
    import_bytes, rank_states, search, LobbyModel, Response, SearchQuery,
};
use upr_core::store::Store;

const SHARED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/upr-info-recommendations-sessions-1-5.csv"
);
const EXCERPT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/data/upr-info-excerpt.csv"
);

/// The real rows, decoded, with their header.
fn real_rows() -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let path = if Path::new(SHARED).exists() {
        eprintln!("rows from {SHARED}");
        SHARED
    } else {
        eprintln!("../shared/data is not here: rows from the excerpt {EXCERPT}");
        EXCERPT
    };
    let bytes = std::fs::read(path).expect("the data file is readable");
    let (text, _) = upr_core::recommendations::export_file::decode(&bytes);
    let text = text.replace('\r', "\n");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("a header row").clone();
    let rows = reader
        .records()
        .collect::<Result<Vec<_>, _>>()
        .expect("rows");
    (header, rows)
}

/// A UTF-8 CSV of `n` rows: copy `k` of each real row moves its session on by `k` (wrapping
/// within 1–54) and hands it to the `k`-th next State under Review.
fn synthetic_csv(n: usize) -> Vec<u8> {
    let (header, rows) = real_rows();
    let col = |name: &str| header.iter().position(|h| h == name).expect("column");
    let (to, session) = (col("To"), col("Session"));
    let mut states: Vec<String> = rows.iter().map(|r| r[to].to_string()).collect();
    states.sort();
    states.dedup();
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(&header).expect("write");
    for i in 0..n {
        let (k, row) = (i / rows.len(), &rows[i % rows.len()]);
        let mut fields: Vec<String> = row.iter().map(String::from).collect();
        let s: usize = fields[session].parse().unwrap_or(1);
        fields[session] = ((s - 1 + k) % 54 + 1).to_string();
        let at = states.binary_search(&fields[to]).expect("a known State");
        fields[to] = states[(at + k) % states.len()].clone();
        out.write_record(&fields).expect("write");
    }
    out.into_inner().expect("written to memory")
}

fn import(c: &mut Criterion) {
    let file = synthetic_csv(41_000);
    let mut group = c.benchmark_group("import");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("41k rows: reading the file only", |b| {
        b.iter(|| {
            upr_core::recommendations::export_file::parse_export(&file, "synthetic").expect("parse")
        })
    });
    group.bench_function("41k rows into a new data file", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("a temporary folder");
                let store = Store::open_dir(dir.path()).expect("a store");
                (dir, store)
            },
            |(dir, mut store)| {
                let report =
                    import_bytes(&mut store, &file, "synthetic", &mut |_, _| {}).expect("import");
                assert!(report.added > 40_000, "{report:?}");
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

fn searches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut store = Store::open_dir(dir.path()).expect("a store");
    let report = import_bytes(
        &mut store,
        &synthetic_csv(100_000),
        "synthetic",
        &mut |_, _| {},
    )
    .expect("import");
    eprintln!("search store: {} recommendations", report.added);

    let q = SearchQuery::default;
    let queries: Vec<(&str, SearchQuery)> = vec![
        (
            "word: torture",
            SearchQuery {
                text: "torture".into(),
                ..q()
            },
        ),
        (
            "common word: ensure",
            SearchQuery {
                text: "ensure".into(),
                ..q()
            },
        ),
        (
            "words: women's rights",
            SearchQuery {
                text: "women's rights".into(),
                ..q()
            },
        ),
        (
            "phrase: \"death penalty\"",
            SearchQuery {
                text: "\"death penalty\"".into(),
                ..q()
            },
        ),
        (
            "prefix: ratif*",
            SearchQuery {
                text: "ratif*".into(),
                ..q()
            },
        ),
        (
            "word + State under Review",
            SearchQuery {
                text: "education".into(),
                state_under_review: Some("Mexico".into()),
                ..q()
            },
        ),
        (
            "word + response + category",
            SearchQuery {
                text: "ensure".into(),
                response: Some(Response::Noted),
                action_category: Some(ActionCategory::Specific),
                ..q()
            },
        ),
        (
            "filter: issue",
            SearchQuery {
                issue: Some("Women's rights".into()),
                ..q()
            },
        ),
        (
            "filters: recommending State + response",
            SearchQuery {
                recommending_state: Some("Canada".into()),
                response: Some(Response::Noted),
                ..q()
            },
        ),
        (
            "filters: group + cycle + category",
            SearchQuery {
                regional_group: Some("GRULAC".into()),
                cycle: Some(2),
                action_category: Some(ActionCategory::Specific),
                ..q()
            },
        ),
        ("no filter at all", q()),
    ];
    let mut group = c.benchmark_group("search 100k");
    for (name, query) in &queries {
        group.bench_function(*name, |b| {
            b.iter(|| search(&mut store, query).expect("search"))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("lobby 100k");
    group.sample_size(10);
    let issues: Vec<String> = [
        "Torture and other CID treatment",
        "Detention",
        "International instruments",
    ]
    .map(String::from)
    .to_vec();
    group.bench_function("three issues", |b| {
        b.iter(|| rank_states(&mut store, "Mexico", &issues, &LobbyModel::MEASURED).expect("lobby"))
    });
    group.finish();
}

criterion_group!(benches, import, searches);
criterion_main!(benches);
