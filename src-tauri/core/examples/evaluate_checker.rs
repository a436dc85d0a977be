//! Measures the action-category checker on recommendations it has never seen, next to the two
//! baselines, and prints accuracy and macro-F1.
//!
//!     cargo run -p upr-core --release --example evaluate_checker -- [CSV] [--dev]
//!
//! CSV defaults to `../shared/data/upr-info-recommendations-sessions-1-5.csv` beside the
//! repository. Every model is rebuilt from the training rows of each split and tested on the
//! others: (1) built on sessions 1–4, tested on session 5; (2) each session held out in turn
//! (leave one session out, results pooled). `--dev` runs only the leave-one-session-out over
//! sessions 1–4 and never reads session 5: the figures to develop against. `--errors` lists
//! the rows the checker got wrong.

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use upr_core::checker::baselines::{FirstWordMajority, OpeningNaiveBayes};
use upr_core::checker::evaluation::Confusion;
use upr_core::checker::features::words;
use upr_core::checker::{Checker, TrainingOptions};
use upr_core::model::ActionCategory;
use upr_core::recommendations::read_export;

struct Row {
    text: String,
    category: ActionCategory,
    session: u32,
}

/// The results of one method on one split.
#[derive(Default)]
struct Results {
    checker: Confusion,
    /// The checker on test rows whose text (ignoring case and punctuation) is not among the
    /// training rows': States do repeat each other's recommendations word for word.
    checker_new_text: Confusion,
    first_word: Confusion,
    naive_bayes: Confusion,
    classify_seconds: f64,
}

fn normalised(text: &str) -> String {
    words(text)
        .into_iter()
        .map(|w| w.lower)
        .collect::<Vec<_>>()
        .join(" ")
}

fn run(train: &[&Row], test: &[&Row], options: &TrainingOptions) -> Results {
    let rows: Vec<(&str, ActionCategory)> = train
        .iter()
        .map(|r| (r.text.as_str(), r.category))
        .collect();
    let checker = Checker::build(&rows, options);
    let first_word = FirstWordMajority::train(&rows);
    let naive_bayes = OpeningNaiveBayes::train(&rows);
    let seen: HashSet<String> = train.iter().map(|r| normalised(&r.text)).collect();
    let mut out = Results::default();
    let start = Instant::now();
    let found: Vec<ActionCategory> = test
        .iter()
        .map(|r| {
            checker
                .classify(&r.text)
                .map_or(ActionCategory::General, |c| c.category)
        })
        .collect();
    out.classify_seconds = start.elapsed().as_secs_f64();
    if std::env::args().any(|a| a == "--errors") {
        for (r, found) in test.iter().zip(&found) {
            if *found != r.category {
                println!("  coded {} found {}: {}", r.category, found, r.text);
            }
        }
    }
    for (r, found) in test.iter().zip(found) {
        out.checker.add(r.category, found);
        if !seen.contains(&normalised(&r.text)) {
            out.checker_new_text.add(r.category, found);
        }
        out.first_word.add(r.category, first_word.classify(&r.text));
        out.naive_bayes
            .add(r.category, naive_bayes.classify(&r.text));
    }
    out
}

fn print(title: &str, r: &Results, tested: usize) {
    println!("\n{title}");
    let line = |name: &str, c: &Confusion| {
        println!(
            "  {name:<44} accuracy {:>5.1} %   macro-F1 {:.3}   ({} of {} rows right)",
            100.0 * c.accuracy(),
            c.macro_f1(),
            c.correct(),
            c.total()
        );
    };
    line("checker", &r.checker);
    line("checker, texts not seen in training", &r.checker_new_text);
    line("baseline: first word's majority category", &r.first_word);
    line("baseline: naive Bayes on the first 3 words", &r.naive_bayes);
    println!(
        "  checker F1 by category: {}",
        ActionCategory::ALL
            .iter()
            .map(|&c| format!("{c}: {:.3}", r.checker.f1(c)))
            .collect::<Vec<_>>()
            .join("  ")
    );
    println!("  confusion (rows: coded 1-5, columns: found 1-5)");
    for (k, row) in r.checker.counts.iter().enumerate() {
        println!(
            "    {}: {}",
            k + 1,
            row.iter().map(|n| format!("{n:>6}")).collect::<String>()
        );
    }
    println!(
        "  classify: {:.1} µs per recommendation",
        1e6 * r.classify_seconds / tested.max(1) as f64
    );
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dev = args.iter().any(|a| a == "--dev");
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map(|v| v.parse::<f64>().expect("a number after the option"))
    };
    let defaults = TrainingOptions::default();
    let options = TrainingOptions {
        epochs: option("--epochs").map_or(defaults.epochs, |v| v as usize),
        learning_rate: option("--learning-rate").unwrap_or(defaults.learning_rate),
        l2: option("--l2").unwrap_or(defaults.l2),
        min_rows: option("--min-rows").map_or(defaults.min_rows, |v| v as usize),
        min_weight: option("--min-weight").map_or(defaults.min_weight, |v| v as f32),
        seed: option("--seed").map_or(defaults.seed, |v| v as u64),
    };
    println!("{options:?}");
    let path = args
        .iter()
        .enumerate()
        .find(|(i, a)| {
            !a.starts_with("--")
                && (*i == 0 || !args[i - 1].starts_with("--") || args[i - 1] == "--dev")
        })
        .map(|(_, a)| a)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/data/upr-info-recommendations-sessions-1-5.csv")
        });
    if !path.exists() {
        eprintln!(
            "{} is not there: the evaluation needs UPR Info's coded recommendations (the shared data set); pass its path",
            path.display()
        );
        return ExitCode::from(2);
    }
    let (all, _) = match read_export(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let rows: Vec<Row> = all
        .into_iter()
        .filter_map(|r| {
            Some(Row {
                text: r.text,
                category: r.action_category?,
                session: r.session?,
            })
        })
        .filter(|r| !dev || r.session <= 4)
        .collect();
    println!(
        "{}: {} coded rows with a session{}",
        path.display(),
        rows.len(),
        if dev {
            " (--dev: sessions 1-4 only)"
        } else {
            ""
        }
    );

    let mut sessions: Vec<u32> = rows
        .iter()
        .map(|r| r.session)
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    sessions.sort();

    if !dev {
        let train: Vec<&Row> = rows.iter().filter(|r| r.session <= 4).collect();
        let test: Vec<&Row> = rows.iter().filter(|r| r.session == 5).collect();
        let r = run(&train, &test, &options);
        print(
            &format!(
                "Built on sessions 1-4 ({} rows), tested on session 5 ({} rows)",
                train.len(),
                test.len()
            ),
            &r,
            test.len(),
        );
    }

    println!("\nLeave one session out:");
    let pooled = leave_one_session_out(&rows, &sessions, &options, true);
    print("Leave one session out, pooled", &pooled, rows.len());

    // The training visits rows in a seeded random order; other seeds give other models. The
    // figure above is the shipped seed's; these say how much it owes to that seed.
    if let Some(n) = option("--seeds") {
        println!("\nLeave one session out, pooled, with other training seeds:");
        let mut accuracies = Vec::new();
        // Odd seeds only: the generator starts from `seed | 1`, so 2k and 2k+1 are one seed.
        for seed in (0..n as u64).map(|k| 2 * k + 1) {
            let options = TrainingOptions {
                seed,
                ..options.clone()
            };
            let r = leave_one_session_out(&rows, &sessions, &options, false);
            accuracies.push(r.checker.accuracy());
            println!(
                "  seed {seed:>2}: accuracy {:.2} % ({} of {} right), macro-F1 {:.3}",
                100.0 * r.checker.accuracy(),
                r.checker.correct(),
                r.checker.total(),
                r.checker.macro_f1()
            );
        }
        let (min, max) = accuracies
            .iter()
            .fold((f64::MAX, f64::MIN), |(a, b), &x| (a.min(x), b.max(x)));
        println!(
            "  over {} seeds: lowest {:.2} %, mean {:.2} %, highest {:.2} %",
            accuracies.len(),
            100.0 * min,
            100.0 * accuracies.iter().sum::<f64>() / accuracies.len().max(1) as f64,
            100.0 * max
        );
    }
    ExitCode::SUCCESS
}

/// Each session held out in turn, the checker built on the others; the results pooled.
fn leave_one_session_out(
    rows: &[Row],
    sessions: &[u32],
    options: &TrainingOptions,
    verbose: bool,
) -> Results {
    let mut pooled = Results::default();
    for &s in sessions {
        let train: Vec<&Row> = rows.iter().filter(|r| r.session != s).collect();
        let test: Vec<&Row> = rows.iter().filter(|r| r.session == s).collect();
        let r = run(&train, &test, options);
        if verbose {
            println!(
            "  session {s} held out ({:>4} rows): checker {:>5.1} %, first word {:>5.1} %, naive Bayes {:>5.1} %",
            test.len(),
            100.0 * r.checker.accuracy(),
            100.0 * r.first_word.accuracy(),
            100.0 * r.naive_bayes.accuracy()
        );
        }
        pooled.checker.merge(&r.checker);
        pooled.checker_new_text.merge(&r.checker_new_text);
        pooled.first_word.merge(&r.first_word);
        pooled.naive_bayes.merge(&r.naive_bayes);
        pooled.classify_seconds += r.classify_seconds;
    }
    pooled
}
