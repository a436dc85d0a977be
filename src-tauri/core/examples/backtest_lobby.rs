//! Measures whom-to-lobby on UPR Info's data: every review is replayed with only what happened
//! before it, and the States the ranking puts first are checked against those that then raised
//! the issue.
//!
//!     cargo run -p upr-core --release --example backtest_lobby -- [CSV…] [--dev] [--fit]
//!
//! The CSVs default to the three files of `../shared/data/` beside the repository (sessions
//! 1–13). They are imported into a store in memory by the app's own importer, and each review
//! is ranked by `upr_core::recommendations::rank`, the function the app calls.
//!
//! A case is one review (State under Review X at session S) and one UPR Info issue carried by
//! at least 5 of its recommendations from at least 3 States. It is ranked as for a campaign on
//! X with one priority issue tagged with that issue, with the recommendations of sessions
//! before S only. The States that made a recommendation on it to X at S are the ones to find:
//! precision@10 is how many of the first ten are among them, recall@10 how many of them are in
//! the first ten. Two references are ranked the same way: past recommendations on the issue
//! counted, and that count weighted by recency.
//!
//! The last column ranks with a list of speakers, as the app does when the user gives the
//! review's list (`speakers.rs`): the inscribed States first. The data holds no list of
//! speakers, so the States that made any recommendation at the review stand in for it. A real
//! list also names States that speak without recommending (and the data's recommending States
//! are exactly those that spoke and recommended), so this column is an upper bound of what a
//! real list gives, not a measure of it.
//!
//! Sessions 12 and 13 are held out (13 opens the second cycle, where States under Review come
//! back). `--dev` reports sessions 2–11 only. `--fit` refits the model's weights by logistic
//! regression on sessions 2–11 (the ranking's signals as inputs, "raised the issue" as output)
//! and prints them with their rolling-origin figures (each session 6–11 ranked by weights
//! fitted on the sessions before it), never reading sessions 12–13.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use upr_core::recommendations::{
    import_file, rank, search, LobbyModel, LobbyQuestion, SearchQuery, StoredRecommendation,
};
use upr_core::store::Store;

const FILES: [&str; 3] = [
    "upr-info-recommendations-sessions-1-5.csv",
    "upr-info-recommendations-sessions-6-9.csv",
    "upr-info-recommendations-sessions-10-13.csv",
];
/// The sessions held out from every choice (see the module's documentation).
const HELD_OUT: [u32; 2] = [12, 13];
/// A case needs this many recommendations on the issue, from this many States.
const MIN_RECOMMENDATIONS: usize = 5;
const MIN_STATES: usize = 3;
/// The list a delegation can meet: the first ten.
const K: usize = 10;

/// One review and one issue, with the States that raised it there.
struct Case {
    state_under_review: String,
    group: String,
    session: u32,
    issue: String,
    raised: HashSet<String>,
}

#[derive(Default, Clone, Copy)]
struct Score {
    precision: f64,
    recall: f64,
    cases: usize,
}

impl Score {
    fn add(&mut self, ranked: &[String], raised: &HashSet<String>) {
        let hits = ranked
            .iter()
            .take(K)
            .filter(|s| raised.contains(&s.to_lowercase()))
            .count();
        self.precision += hits as f64 / K as f64;
        self.recall += hits as f64 / raised.len() as f64;
        self.cases += 1;
    }
    fn merge(&mut self, other: Score) {
        self.precision += other.precision;
        self.recall += other.recall;
        self.cases += other.cases;
    }
    fn show(&self) -> String {
        let n = self.cases.max(1) as f64;
        format!("{:.3} {:.3}", self.precision / n, self.recall / n)
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dev_only = args.iter().any(|a| a == "--dev");
    let fit = args.iter().any(|a| a == "--fit");
    let mut paths: Vec<PathBuf> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .collect();
    if paths.is_empty() {
        let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
        paths = FILES.iter().map(|f| shared.join(f)).collect();
    }
    for path in &paths {
        if !path.exists() {
            eprintln!(
                "{} is not there: the backtest needs UPR Info's coded recommendations (the shared data set); pass the CSVs' paths",
                path.display()
            );
            return ExitCode::from(2);
        }
    }

    let start = Instant::now();
    let rows = match load(&paths) {
        Ok(rows) => rows,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let cases = cases(&rows);
    eprintln!(
        "{} recommendations, {} cases, read in {:.1} s",
        rows.len(),
        cases.len(),
        start.elapsed().as_secs_f64()
    );
    // Rows sorted by session, so that each case's past is a prefix.
    let mut rows = rows;
    rows.sort_by_key(|r| r.session.unwrap_or(0));

    if fit {
        fit_and_report(&rows, &cases);
        return ExitCode::SUCCESS;
    }

    let models = [
        ("count", LobbyModel::COUNT),
        ("recency", LobbyModel::RECENCY),
        ("ranking", LobbyModel::MEASURED),
    ];
    let mut by_session: BTreeMap<u32, Vec<Score>> = BTreeMap::new();
    let mut with_list: BTreeMap<u32, Score> = BTreeMap::new();
    let speakers = speakers(&rows);
    let start = Instant::now();
    for case in &cases {
        if dev_only && HELD_OUT.contains(&case.session) {
            continue;
        }
        let past = past(&rows, case.session);
        let scores = by_session
            .entry(case.session)
            .or_insert_with(|| vec![Score::default(); models.len()]);
        for (i, (_, model)) in models.iter().enumerate() {
            let ranked: Vec<String> = rank(past, &question(case, &[]), model)
                .into_iter()
                .map(|t| t.recommending_state)
                .collect();
            scores[i].add(&ranked, &case.raised);
        }
        // With the list of speakers, as the app ranks when the user gives it; the States that
        // made any recommendation to X at S stand in for the list (an upper bound, see above).
        let spoke = &speakers[&(case.state_under_review.to_lowercase(), case.session)];
        let ranked: Vec<String> = rank(past, &question(case, spoke), &LobbyModel::MEASURED)
            .into_iter()
            .map(|t| t.recommending_state)
            .collect();
        with_list
            .entry(case.session)
            .or_default()
            .add(&ranked, &case.raised);
    }
    let seconds = start.elapsed().as_secs_f64();

    println!("precision@{K} recall@{K} by session (cases): count | recency | ranking || ranking with the list of speakers (recommending States as the list: an upper bound)");
    let mut dev = vec![Score::default(); models.len() + 1];
    let mut held = vec![Score::default(); models.len() + 1];
    for (session, scores) in &by_session {
        let sum = if HELD_OUT.contains(session) {
            &mut held
        } else {
            &mut dev
        };
        for (i, s) in scores.iter().enumerate() {
            sum[i].merge(*s);
        }
        sum[models.len()].merge(with_list[session]);
        println!(
            "session {session:>2} ({:>3}): {} | {} | {} || {}",
            scores[0].cases,
            scores[0].show(),
            scores[1].show(),
            scores[2].show(),
            with_list[session].show()
        );
    }
    for (name, sum) in [("sessions 2-11", &dev), ("held out 12-13", &held)] {
        if sum[0].cases > 0 {
            println!(
                "{name} ({:>3}): {} | {} | {} || {}",
                sum[0].cases,
                sum[0].show(),
                sum[1].show(),
                sum[2].show(),
                sum[3].show()
            );
        }
    }
    eprintln!(
        "{} rankings in {seconds:.1} s",
        by_session.values().map(|s| s[0].cases).sum::<usize>() * (models.len() + 1)
    );
    ExitCode::SUCCESS
}

/// Imports the files into a store in memory, as the app does, and reads every row back.
fn load(paths: &[PathBuf]) -> upr_core::Result<Vec<StoredRecommendation>> {
    let mut store = Store::open_in_memory()?;
    for path in paths {
        import_file(&mut store, path, &mut |_, _| {})?;
    }
    search(
        &mut store,
        &SearchQuery {
            limit: usize::MAX / 2,
            ..SearchQuery::default()
        },
    )
}

fn cases(rows: &[StoredRecommendation]) -> Vec<Case> {
    // (State under Review, session) → issue → (recommendations, States)
    type Raised = (usize, HashSet<String>);
    let mut reviews: BTreeMap<(String, u32), (String, BTreeMap<String, Raised>)> = BTreeMap::new();
    for r in rows {
        let Some(session) = r.session else { continue };
        let review = reviews
            .entry((r.state_under_review.clone(), session))
            .or_insert_with(|| (r.state_under_review_group.clone(), BTreeMap::new()));
        for issue in &r.issues {
            let e = review.1.entry(issue.clone()).or_default();
            e.0 += 1;
            e.1.insert(r.recommending_state.to_lowercase());
        }
    }
    let mut out = Vec::new();
    for ((sur, session), (group, issues)) in reviews {
        // Nothing comes before the first session to rank with.
        if session < 2 {
            continue;
        }
        for (issue, (n, states)) in issues {
            if n >= MIN_RECOMMENDATIONS && states.len() >= MIN_STATES {
                out.push(Case {
                    state_under_review: sur.clone(),
                    group: group.clone(),
                    session,
                    issue,
                    raised: states,
                });
            }
        }
    }
    out
}

/// Who made any recommendation at each review: the stand-in for its list of speakers.
fn speakers(rows: &[StoredRecommendation]) -> HashMap<(String, u32), Vec<String>> {
    let mut out: HashMap<(String, u32), Vec<String>> = HashMap::new();
    for r in rows {
        if let Some(s) = r.session {
            let list = out
                .entry((r.state_under_review.to_lowercase(), s))
                .or_default();
            if !list.contains(&r.recommending_state) {
                list.push(r.recommending_state.clone());
            }
        }
    }
    out
}

/// The rows of sessions before `session` (the ranking filters too; this only saves time).
fn past(rows: &[StoredRecommendation], session: u32) -> &[StoredRecommendation] {
    let end = rows.partition_point(|r| r.session.unwrap_or(0) < session);
    &rows[..end]
}

fn question<'a>(case: &'a Case, list_of_speakers: &'a [String]) -> LobbyQuestion<'a> {
    LobbyQuestion {
        state_under_review: &case.state_under_review,
        state_under_review_group: &case.group,
        issues: std::slice::from_ref(&case.issue),
        as_of_session: case.session,
        list_of_speakers,
    }
}

/// The fitted features: record, record in group, same group (follow-up is set, not fitted:
/// it is always 0 before session 13).
const FITTED: usize = 3;

/// One candidate of one case: its features and whether it raised the issue.
struct Example {
    session: u32,
    case: usize,
    state: String,
    x: [f64; FITTED],
    raised: bool,
}

fn fit_and_report(rows: &[StoredRecommendation], cases: &[Case]) {
    let decay = LobbyModel::MEASURED.decay;
    let gather = LobbyModel {
        decay,
        ..LobbyModel::COUNT
    };
    let mut examples = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        if HELD_OUT.contains(&case.session) {
            continue;
        }
        for t in rank(past(rows, case.session), &question(case, &[]), &gather) {
            let f = t.signals.features();
            examples.push(Example {
                session: case.session,
                case: i,
                raised: case.raised.contains(&t.recommending_state.to_lowercase()),
                state: t.recommending_state,
                x: [f[0], f[1], f[2]],
            });
        }
    }
    let weights = logistic_regression(examples.iter().filter(|e| e.session < HELD_OUT[0]));
    println!(
        "decay {decay}: record {:.2}, record_in_group {:.2}, same_group {:.2} (intercept {:.2})",
        weights[0], weights[1], weights[2], weights[FITTED]
    );
    // Rolling origin: each session from 6 ranked by weights fitted on the sessions before it.
    let mut rolling = Score::default();
    for session in 6..HELD_OUT[0] {
        let w = logistic_regression(examples.iter().filter(|e| e.session < session));
        let mut by_case: BTreeMap<usize, Vec<(f64, &str)>> = BTreeMap::new();
        for e in examples.iter().filter(|e| e.session == session) {
            let s: f64 = (0..FITTED).map(|j| w[j] * e.x[j]).sum();
            by_case.entry(e.case).or_default().push((s, &e.state));
        }
        for (case, mut scored) in by_case {
            scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
            let ranked: Vec<String> = scored.iter().map(|s| s.1.to_string()).collect();
            rolling.add(&ranked, &cases[case].raised);
        }
    }
    println!(
        "rolling origin, sessions 6-11 ({} cases): precision@{K} recall@{K} {}",
        rolling.cases,
        rolling.show()
    );
}

/// Logistic regression by Newton's method (a little ridge keeps it stable); the weights, then
/// the intercept.
fn logistic_regression<'a>(examples: impl Iterator<Item = &'a Example>) -> [f64; FITTED + 1] {
    const N: usize = FITTED + 1;
    let data: Vec<([f64; N], f64)> = examples
        .map(|e| {
            let mut x = [1.0; N];
            x[..FITTED].copy_from_slice(&e.x);
            (x, if e.raised { 1.0 } else { 0.0 })
        })
        .collect();
    let mut w = [0.0; N];
    for _ in 0..50 {
        let mut g = [0.0; N];
        let mut h = [[0.0; N]; N];
        for (x, y) in &data {
            let z: f64 = (0..N).map(|j| w[j] * x[j]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            for j in 0..N {
                g[j] += (p - y) * x[j];
                for k in 0..N {
                    h[j][k] += p * (1.0 - p) * x[j] * x[k];
                }
            }
        }
        for (j, row) in h.iter_mut().enumerate() {
            row[j] += 1e-3;
            g[j] += 1e-3 * w[j];
        }
        let step = solve(h, g);
        for j in 0..N {
            w[j] -= step[j];
        }
        if step.iter().all(|s| s.abs() < 1e-9) {
            break;
        }
    }
    w
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting (`a` is positive definite).
fn solve<const N: usize>(mut a: [[f64; N]; N], mut b: [f64; N]) -> [f64; N] {
    for col in 0..N {
        let pivot = (col..N)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..N {
            let f = a[row][col] / a[col][col];
            let pivot_row = a[col];
            for (cell, p) in a[row].iter_mut().zip(pivot_row).skip(col) {
                *cell -= f * p;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; N];
    for row in (0..N).rev() {
        let s: f64 = (row + 1..N).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - s) / a[row][row];
    }
    x
}
