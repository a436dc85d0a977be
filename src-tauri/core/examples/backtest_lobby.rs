//! Measures whom-to-lobby on UPR Info's data: every review is replayed with only what happened
//! before it, and the States the ranking puts first are checked against those that then raised
//! the issue.
//!
//!     cargo run -p upr-core --release --example backtest_lobby -- [CSV…] [--dev] [--fit] [--learn]
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
//! fitted on the sessions before it), never reading sessions 12–13. `--learn` tries a small
//! learned model over the shipped signals and signals not tried before (`TRIED`), fitted by
//! logistic regression and by a conditional logit; a signal is chosen only if, by rolling
//! origin on sessions 6–11, it beats the shipped signals refitted the same way by more than
//! twice the standard error of the case-by-case difference. Sessions 12–13 are reported
//! after the choice, with weights fitted on 2–11.

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
    let learn = args.iter().any(|a| a == "--learn");
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
    if learn {
        learn_and_report(&rows, &cases);
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

/// The shipped model's fitted features: record, record in group, same group (follow-up is set,
/// not fitted: it is always 0 before session 13).
const FITTED: usize = 3;

/// The signals `--learn` tries beside the shipped ones, in the order of [`Example::x`] after
/// the first `FITTED`.
const TRIED: [&str; 7] = [
    "share of reviews spoken at, last session",
    "share of reviews spoken at, last two sessions",
    "recommendations on any issue to the group of the State under Review (recency-weighted)",
    "record on the issue, each recommendation divided by its number of issue tags",
    "recommendations on any issue (recency-weighted)",
    "log of the share of reviews spoken at, last two sessions",
    "log of the share of its recommendations on the issue (recency-weighted)",
];

/// One candidate of one case: its features and whether it raised the issue.
struct Example {
    session: u32,
    case: usize,
    state: String,
    /// The shipped features, then the tried ones.
    x: Vec<f64>,
    raised: bool,
}

/// What every State did at every session, on any issue: the ground of the tried signals.
#[derive(Default)]
struct Activity {
    /// Reviews held at each session.
    reviews: HashMap<u32, usize>,
    /// (State, session) → the States under Review it recommended to there.
    spoke: HashMap<(String, u32), HashSet<String>>,
    /// (State, group of the State under Review, session) → recommendations.
    to_group: HashMap<(String, String, u32), usize>,
    /// (State, session) → recommendations.
    total: HashMap<(String, u32), usize>,
}

impl Activity {
    fn of(rows: &[StoredRecommendation]) -> Activity {
        let mut a = Activity::default();
        let mut reviews: HashSet<(String, u32)> = HashSet::new();
        for r in rows {
            let Some(s) = r.session else { continue };
            let from = r.recommending_state.to_lowercase();
            reviews.insert((r.state_under_review.to_lowercase(), s));
            a.spoke
                .entry((from.clone(), s))
                .or_default()
                .insert(r.state_under_review.to_lowercase());
            *a.to_group
                .entry((from.clone(), r.state_under_review_group.to_lowercase(), s))
                .or_default() += 1;
            *a.total.entry((from, s)).or_default() += 1;
        }
        for (_, s) in reviews {
            *a.reviews.entry(s).or_default() += 1;
        }
        a
    }

    /// The share of the reviews of `sessions` at which `state` recommended anything.
    fn spoke_share(&self, state: &str, sessions: &[u32]) -> f64 {
        let held: usize = sessions.iter().filter_map(|s| self.reviews.get(s)).sum();
        let spoke: usize = sessions
            .iter()
            .filter_map(|s| self.spoke.get(&(state.to_string(), *s)))
            .map(HashSet::len)
            .sum();
        if held == 0 {
            0.0
        } else {
            spoke as f64 / held as f64
        }
    }

    /// ln(1 + a count of sessions before `session`, each weighted decay^(sessions ago)).
    fn weighted(session: u32, decay: f64, count: impl Fn(u32) -> usize) -> f64 {
        (1..session)
            .map(|s| count(s) as f64 * decay.powi((session - 1 - s) as i32))
            .sum::<f64>()
            .ln_1p()
    }
}

/// Every candidate of every case (the States with a record on the issue, as the ranking has
/// them) with the shipped and the tried features.
fn examples(rows: &[StoredRecommendation], cases: &[Case]) -> Vec<Example> {
    let decay = LobbyModel::MEASURED.decay;
    let gather = LobbyModel {
        decay,
        ..LobbyModel::COUNT
    };
    let activity = Activity::of(rows);
    let mut out = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let past = past(rows, case.session);
        // The record on the issue with each recommendation divided by its tags.
        let mut by_breadth: HashMap<String, f64> = HashMap::new();
        for r in past {
            if r.issues.iter().any(|t| t.eq_ignore_ascii_case(&case.issue)) {
                let ago = (case.session - 1).saturating_sub(r.session.unwrap_or(1));
                *by_breadth
                    .entry(r.recommending_state.to_lowercase())
                    .or_default() += decay.powi(ago as i32) / r.issues.len().max(1) as f64;
            }
        }
        let group = case.group.to_lowercase();
        let s = case.session;
        for t in rank(past, &question(case, &[]), &gather) {
            let f = t.signals.features();
            let state = t.recommending_state.to_lowercase();
            let mut x = vec![f[0], f[1], f[2]];
            x.push(activity.spoke_share(&state, &[s - 1]));
            x.push(activity.spoke_share(&state, &[s - 1, s.saturating_sub(2)]));
            x.push(Activity::weighted(s, decay, |p| {
                activity
                    .to_group
                    .get(&(state.clone(), group.clone(), p))
                    .copied()
                    .unwrap_or(0)
            }));
            x.push(by_breadth.get(&state).copied().unwrap_or(0.0).ln_1p());
            x.push(Activity::weighted(s, decay, |p| {
                activity
                    .total
                    .get(&(state.clone(), p))
                    .copied()
                    .unwrap_or(0)
            }));
            // How often it speaks and how much of what it says is on the issue, as logs, so
            // that the weights can multiply them: P(speaks) × P(on the issue | speaks).
            x.push((x[4] + 0.01).ln());
            x.push(((f[0].exp() - 1.0 + 0.5) / (x[7].exp() - 1.0 + 1.0)).ln());
            out.push(Example {
                session: s,
                case: i,
                raised: case.raised.contains(&state),
                state: t.recommending_state,
                x,
            });
        }
    }
    out
}

/// The scores of the cases of `session`, ranked by `weights` over the features `used`.
fn score_session(
    examples: &[Example],
    cases: &[Case],
    session: u32,
    used: &[usize],
    weights: &[f64],
) -> BTreeMap<usize, Score> {
    let mut by_case: BTreeMap<usize, Vec<(f64, &str)>> = BTreeMap::new();
    for e in examples.iter().filter(|e| e.session == session) {
        let s: f64 = used.iter().zip(weights).map(|(&j, w)| w * e.x[j]).sum();
        by_case.entry(e.case).or_default().push((s, &e.state));
    }
    by_case
        .into_iter()
        .map(|(case, mut scored)| {
            scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
            let ranked: Vec<String> = scored.iter().map(|s| s.1.to_string()).collect();
            let mut score = Score::default();
            score.add(&ranked, &cases[case].raised);
            (case, score)
        })
        .collect()
}

/// How weights are fitted: over the features `used`, the weights in that order (and for the
/// logistic regression the intercept after them).
type Fitter = fn(&[&Example], &[usize]) -> Vec<f64>;

/// Rolling origin over sessions 6–11: each session ranked by weights fitted on the sessions
/// before it. The precision@10 of each case, by case.
fn rolling_origin(
    examples: &[Example],
    cases: &[Case],
    used: &[usize],
    fit: Fitter,
) -> BTreeMap<usize, Score> {
    let mut out = BTreeMap::new();
    for session in 6..HELD_OUT[0] {
        let before: Vec<&Example> = examples.iter().filter(|e| e.session < session).collect();
        let w = fit(&before, used);
        out.extend(score_session(examples, cases, session, used, &w));
    }
    out
}

fn fit_and_report(rows: &[StoredRecommendation], cases: &[Case]) {
    let examples: Vec<Example> = examples(rows, cases)
        .into_iter()
        .filter(|e| !HELD_OUT.contains(&e.session))
        .collect();
    let shipped: Vec<usize> = (0..FITTED).collect();
    let all: Vec<&Example> = examples.iter().collect();
    let weights = logistic_regression(&all, &shipped);
    println!(
        "decay {}: record {:.2}, record_in_group {:.2}, same_group {:.2} (intercept {:.2})",
        LobbyModel::MEASURED.decay,
        weights[0],
        weights[1],
        weights[2],
        weights[FITTED]
    );
    let mut rolling = Score::default();
    for s in rolling_origin(&examples, cases, &shipped, logistic_regression).into_values() {
        rolling.merge(s);
    }
    println!(
        "rolling origin, sessions 6-11 ({} cases): precision@{K} recall@{K} {}",
        rolling.cases,
        rolling.show()
    );
}

/// `--learn`: a logistic regression over the shipped signals and signals not tried before,
/// chosen by rolling origin on sessions 6–11 against the shipped signals refitted the same
/// way (the difference, case by case, with its standard error), then reported on 12–13 with
/// weights fitted on 2–11.
fn learn_and_report(rows: &[StoredRecommendation], cases: &[Case]) {
    let examples = examples(rows, cases);
    let dev: Vec<&Example> = examples
        .iter()
        .filter(|e| !HELD_OUT.contains(&e.session))
        .collect();
    let shipped: Vec<usize> = (0..FITTED).collect();
    let mut candidates: Vec<(String, Vec<usize>)> =
        vec![("shipped signals".into(), shipped.clone())];
    for (k, name) in TRIED.iter().enumerate() {
        let mut used = shipped.clone();
        used.push(FITTED + k);
        candidates.push((format!("+ {name}"), used));
    }
    candidates.push(("all".into(), (0..FITTED + TRIED.len()).collect()));
    let fitters: [(&str, Fitter); 2] = [
        ("logistic regression", logistic_regression),
        (
            "conditional logit (softmax within each review)",
            conditional_logit,
        ),
    ];
    for (fitter, fit) in fitters {
        println!("{fitter}; rolling origin, sessions 6-11: precision@{K} recall@{K}, and precision@{K} minus the shipped signals' (± standard error)");
        let base = rolling_origin(&examples, cases, &shipped, fit);
        let mut best: Option<(f64, Vec<usize>)> = None;
        for (name, used) in &candidates {
            let scores = rolling_origin(&examples, cases, used, fit);
            let mut sum = Score::default();
            let diffs: Vec<f64> = scores
                .iter()
                .map(|(case, s)| {
                    sum.merge(*s);
                    s.precision - base[case].precision
                })
                .collect();
            let n = diffs.len() as f64;
            let mean = diffs.iter().sum::<f64>() / n;
            let sd = (diffs.iter().map(|d| (d - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt();
            let se = sd / n.sqrt();
            println!("  {name}: {} ({:+.4} ± {:.4})", sum.show(), mean, se);
            if mean > 2.0 * se && best.as_ref().map_or(true, |(m, _)| mean > *m) {
                best = Some((mean, used.clone()));
            }
        }
        let used = match best {
            Some((_, used)) => used,
            None => {
                println!("  no tried signal beats the shipped ones by more than twice its standard error");
                shipped.clone()
            }
        };
        let w = fit(&dev, &used);
        let shipped_w = fit(&dev, &shipped);
        println!("  chosen: features {used:?}, weights fitted on 2-11 {w:.3?}");
        for (name, sessions) in [
            (
                "sessions 2-11, in sample",
                (2..HELD_OUT[0]).collect::<Vec<u32>>(),
            ),
            ("held out 12-13", HELD_OUT.to_vec()),
        ] {
            let (mut learned, mut plain) = (Score::default(), Score::default());
            for &s in &sessions {
                merge_all(&mut learned, score_session(&examples, cases, s, &used, &w));
                merge_all(
                    &mut plain,
                    score_session(&examples, cases, s, &shipped, &shipped_w),
                );
            }
            println!(
                "  {name}: chosen {} | shipped signals {}",
                learned.show(),
                plain.show()
            );
        }
    }
}

/// A conditional logit: within each review, each State that raised the issue is taken as
/// chosen among the review's candidates with probability softmax(w·x). It fits a ranking
/// (who comes before whom in one review) rather than how many raise an issue across reviews.
/// No intercept: it would cancel within a review.
fn conditional_logit(examples: &[&Example], used: &[usize]) -> Vec<f64> {
    let n = used.len();
    let mut by_case: BTreeMap<usize, Vec<(Vec<f64>, bool)>> = BTreeMap::new();
    for e in examples {
        let x: Vec<f64> = used.iter().map(|&j| e.x[j]).collect();
        by_case.entry(e.case).or_default().push((x, e.raised));
    }
    newton(n, |w| {
        let mut g = vec![0.0; n];
        let mut h = vec![vec![0.0; n]; n];
        for candidates in by_case.values() {
            let chosen = candidates.iter().filter(|c| c.1).count() as f64;
            if chosen == 0.0 {
                continue;
            }
            let z: Vec<f64> = candidates
                .iter()
                .map(|(x, _)| (0..n).map(|j| w[j] * x[j]).sum())
                .collect();
            let top = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let e: Vec<f64> = z.iter().map(|v| (v - top).exp()).collect();
            let total: f64 = e.iter().sum();
            let mut mean = vec![0.0; n];
            for ((x, _), ei) in candidates.iter().zip(&e) {
                for j in 0..n {
                    mean[j] += ei / total * x[j];
                }
            }
            for (x, raised) in candidates {
                if *raised {
                    for j in 0..n {
                        g[j] += mean[j] - x[j];
                    }
                }
            }
            for ((x, _), ei) in candidates.iter().zip(&e) {
                let p = ei / total;
                for j in 0..n {
                    for k in 0..n {
                        h[j][k] += chosen * p * (x[j] - mean[j]) * (x[k] - mean[k]);
                    }
                }
            }
        }
        (g, h)
    })
}

/// Adds every case's score to `sum`.
fn merge_all(sum: &mut Score, scores: BTreeMap<usize, Score>) {
    for s in scores.into_values() {
        sum.merge(s);
    }
}

/// Logistic regression over the features `used`; the weights in that order, then the
/// intercept.
fn logistic_regression(examples: &[&Example], used: &[usize]) -> Vec<f64> {
    let n = used.len() + 1;
    let data: Vec<(Vec<f64>, f64)> = examples
        .iter()
        .map(|e| {
            let mut x: Vec<f64> = used.iter().map(|&j| e.x[j]).collect();
            x.push(1.0);
            (x, if e.raised { 1.0 } else { 0.0 })
        })
        .collect();
    newton(n, |w| {
        let mut g = vec![0.0; n];
        let mut h = vec![vec![0.0; n]; n];
        for (x, y) in &data {
            let z: f64 = (0..n).map(|j| w[j] * x[j]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            for j in 0..n {
                g[j] += (p - y) * x[j];
                for k in 0..n {
                    h[j][k] += p * (1.0 - p) * x[j] * x[k];
                }
            }
        }
        (g, h)
    })
}

/// Newton's method from zero weights: `derivatives` gives the gradient and the Hessian of the
/// loss at the weights; a little ridge keeps it stable.
fn newton(n: usize, derivatives: impl Fn(&[f64]) -> (Vec<f64>, Vec<Vec<f64>>)) -> Vec<f64> {
    let mut w = vec![0.0; n];
    for _ in 0..50 {
        let (mut g, mut h) = derivatives(&w);
        for (j, row) in h.iter_mut().enumerate() {
            row[j] += 1e-3;
            g[j] += 1e-3 * w[j];
        }
        let step = solve(h, g);
        for j in 0..n {
            w[j] -= step[j];
        }
        if step.iter().all(|s| s.abs() < 1e-9) {
            break;
        }
    }
    w
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting (`a` is positive definite).
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..n {
            let f = a[row][col] / a[col][col];
            let pivot_row = a[col].clone();
            for (cell, p) in a[row].iter_mut().zip(pivot_row).skip(col) {
                *cell -= f * p;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let s: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - s) / a[row][row];
    }
    x
}
