//! Benchmarks of the three documents, in process, on the demo organisation.
use criterion::{criterion_group, criterion_main, Criterion};

fn documents(_c: &mut Criterion) {}

criterion_group!(benches, documents);
criterion_main!(benches);
