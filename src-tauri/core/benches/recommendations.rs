//! Benchmarks of the database of past recommendations: importing 41,000 rows (goal ≤ 2 s) and
//! searching 100,000 (goal ≤ 20 ms a query), each in a plain and in an encrypted data file
//! (goal: encrypted within 15 % of plain), and opening an encrypted data file, key derivation
//! included (goal 0.5 to 1 s).
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
use upr_core::passphrase::Passphrase;
use upr_core::recommendations::{
    import_bytes, rank_states, search, LobbyModel, Response, SearchQuery,
};
use upr_core::store::Store;

/// The data file of each benchmark, plain or encrypted.
#[derive(Clone, Copy)]
enum DataFile {
    Plain,
    Encrypted,
}

impl DataFile {
    const BOTH: [DataFile; 2] = [DataFile::Plain, DataFile::Encrypted];

    fn name(self) -> &'static str {
        match self {
            DataFile::Plain => "plain",
            DataFile::Encrypted => "encrypted",
        }
    }

    /// A new, empty store of this kind in `dir`.
    fn open(self, dir: &Path) -> Store {
        let mut store = Store::open_dir(dir).expect("a store");
        if let DataFile::Encrypted = self {
            store.encrypt(&passphrase()).expect("encrypted");
        }
        store
    }
}

fn passphrase() -> Passphrase {
    Passphrase::new("a passphrase for the benchmarks".into())
}

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
    for kind in DataFile::BOTH {
        group.bench_function(
            format!("41k rows into a new data file, {}", kind.name()),
            |b| {
                b.iter_batched(
                    || {
                        let dir = tempfile::tempdir().expect("a temporary folder");
                        let store = kind.open(dir.path());
                        (dir, store)
                    },
                    |(dir, mut store)| {
                        let report = import_bytes(&mut store, &file, "synthetic", &mut |_, _| {})
                            .expect("import");
                        assert!(report.added > 40_000, "{report:?}");
                        (dir, store)
                    },
                    BatchSize::PerIteration,
                )
            },
        );
    }
    group.finish();
}

/// Opening a data file and reading its summary: the encrypted one derives its key first.
fn opening(c: &mut Criterion) {
    let mut group = c.benchmark_group("open");
    group.sample_size(10);
    for kind in DataFile::BOTH {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut store = kind.open(dir.path());
        upr_core::demo::load(&mut store).expect("the demo");
        drop(store);
        group.bench_function(format!("open and summary, {}", kind.name()), |b| {
            b.iter(|| {
                let mut store =
                    Store::open_dir_with(dir.path(), Some(&passphrase())).expect("opens");
                store.summary().expect("a summary")
            })
        });
    }
    group.finish();
}

fn searches(c: &mut Criterion) {
    let rows = synthetic_csv(100_000);
    for kind in DataFile::BOTH {
        searches_in(c, kind, &rows);
    }
}

fn searches_in(c: &mut Criterion, kind: DataFile, rows: &[u8]) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut store = kind.open(dir.path());
    let report = import_bytes(&mut store, rows, "synthetic", &mut |_, _| {}).expect("import");
    eprintln!(
        "search store ({}): {} recommendations",
        kind.name(),
        report.added
    );

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
    let mut group = c.benchmark_group(format!("search 100k, {}", kind.name()));
    for (name, query) in &queries {
        group.bench_function(*name, |b| {
            b.iter(|| search(&mut store, query).expect("search"))
        });
    }
    group.finish();

    let mut group = c.benchmark_group(format!("lobby 100k, {}", kind.name()));
    group.sample_size(10);
    let issues: Vec<String> = [
        "Torture and other CID treatment",
        "Detention",
        "International instruments",
    ]
    .map(String::from)
    .to_vec();
    group.bench_function("three issues", |b| {
        b.iter(|| {
            rank_states(&mut store, "Mexico", &issues, &[], &LobbyModel::MEASURED).expect("lobby")
        })
    });
    // With a list of speakers as long as a review's (every name looked up by its code).
    let speakers: Vec<String> = [
        "Norway",
        "Brazil",
        "Japan",
        "France",
        "Egypt",
        "Chile",
        "India",
        "Ghana",
        "Canada",
        "Mexico",
        "Spain",
        "Cuba",
        "China",
        "Italy",
        "Peru",
        "Kenya",
        "Nigeria",
        "Sweden",
        "Germany",
        "Argentina",
        "Indonesia",
        "Pakistan",
        "Algeria",
        "Morocco",
        "Australia",
        "Belgium",
        "Netherlands",
        "Portugal",
        "Austria",
        "Switzerland",
        "Ireland",
        "Denmark",
        "Finland",
        "Iceland",
        "Poland",
        "Hungary",
        "Slovenia",
        "Croatia",
        "Ukraine",
        "Turkey",
        "Iran",
        "Iraq",
        "Jordan",
        "Qatar",
        "Senegal",
        "Botswana",
        "Namibia",
        "Uruguay",
        "Paraguay",
        "Ecuador",
    ]
    .map(String::from)
    .to_vec();
    group.bench_function("three issues, with a list of 50 speakers", |b| {
        b.iter(|| {
            rank_states(
                &mut store,
                "Mexico",
                &issues,
                &speakers,
                &LobbyModel::MEASURED,
            )
            .expect("lobby")
        })
    });
    group.finish();
}

criterion_group!(benches, opening, import, searches);
criterion_main!(benches);
