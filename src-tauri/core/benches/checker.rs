//! Benchmark of the action-category checker as the window uses it while the user types: one
//! recommendation at a time with the shipped model (goal ≤ 100 µs a recommendation), and the
//! one-off cost of loading that model.
//!
//! Run: `cargo bench -p upr-core --bench checker`
//!
//! The texts are the 308 real rows of `tests/data/upr-info-excerpt.csv`, which ship with the
//! source, so the figure does not depend on `../shared/data`.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use upr_core::checker::Checker;

const EXCERPT: &[u8] = include_bytes!("../../../tests/data/upr-info-excerpt.csv");
const MODEL: &str = include_str!("../../../assets/checker/model.tsv");

fn excerpt_texts() -> Vec<String> {
    let (text, _) = upr_core::recommendations::export_file::decode(EXCERPT);
    let text = text.replace('\r', "\n");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let text_column = reader
        .headers()
        .expect("a header row")
        .iter()
        .position(|h| h == "Text")
        .expect("a Text column");
    reader
        .records()
        .map(|r| r.expect("a row")[text_column].to_string())
        .collect()
}

fn checker(c: &mut Criterion) {
    let texts = excerpt_texts();
    let shipped = Checker::shipped();
    let mut group = c.benchmark_group("checker");
    group.measurement_time(Duration::from_secs(5));
    // One iteration classifies every excerpt row; criterion's time divided by the row count is
    // the time per recommendation.
    group.bench_function(format!("classify {} recommendations", texts.len()), |b| {
        b.iter(|| {
            for text in &texts {
                let _ = std::hint::black_box(shipped.classify(text));
            }
        })
    });
    group.sample_size(10);
    group.bench_function("load the shipped model", |b| {
        b.iter(|| Checker::from_text(std::hint::black_box(MODEL)).expect("the model loads"))
    });
    group.finish();
}

criterion_group!(benches, checker);
criterion_main!(benches);
