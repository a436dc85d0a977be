//! Builds the action-category checker's model from every coded recommendation there is and
//! writes the file the app embeds.
//!
//!     cargo run -p upr-core --release --example build_checker -- [--data DIR] [OUT] [--no-hold-out]
//!
//! Reads every `upr-info-recommendations-sessions-*.csv` of `../shared/data/` beside the
//! repository (or `--data DIR`), and says so when they are not there; OUT defaults to
//! `assets/checker/model.tsv`. By default the rows of `tests/data/upr-info-excerpt.csv` (and
//! every row with the same text) are left out, so that the excerpt test measures the shipped
//! model on rows it never saw; `--no-hold-out` uses them too. The same rows and options always
//! give the same file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use upr_core::checker::coded::{read_folder, sessions_line, CodedRecommendation};
use upr_core::checker::holdout::{fingerprint, same_text_key, FINGERPRINT_LABEL};
use upr_core::checker::{Checker, TrainingOptions};
use upr_core::recommendations::read_export;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let hold_out = !args.iter().any(|a| a == "--no-hold-out");
    let data = args
        .iter()
        .position(|a| a == "--data")
        .and_then(|i| args.get(i + 1));
    let paths: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--data"))
        .map(|(_, a)| a)
        .collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = match paths[..] {
        [] => root.join("assets/checker/model.tsv"),
        [out] => PathBuf::from(out),
        _ => {
            eprintln!("usage: build_checker [--data DIR] [OUT] [--no-hold-out]");
            return ExitCode::from(2);
        }
    };
    let folder = data
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/data"));
    if !folder.is_dir() {
        eprintln!(
            "{} is not there: the checker is built from UPR Info's coded recommendations (the shared data set, `../shared/data/` beside the repository); pass --data DIR",
            folder.display()
        );
        return ExitCode::from(2);
    }
    match build(&folder, &root, &out, hold_out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn build(folder: &Path, root: &Path, out: &Path, hold_out: bool) -> upr_core::Result<()> {
    let set = read_folder(folder)?;
    let options = TrainingOptions::default();
    let mut provenance = vec![
        "built by: cargo run -p upr-core --release --example build_checker".to_string(),
        format!("options: {options:?}"),
    ];
    let mut held_out: HashSet<String> = HashSet::new();
    if hold_out {
        let excerpt = root.join("tests/data/upr-info-excerpt.csv");
        let (excerpt_rows, _) = read_export(&excerpt)?;
        held_out = excerpt_rows
            .iter()
            .map(|r| same_text_key(&r.text))
            .collect();
        provenance.push(format!(
            "{FINGERPRINT_LABEL} {}",
            fingerprint(excerpt_rows.iter().map(|r| r.text.as_str()))
        ));
        println!(
            "holding out the {} rows of tests/data/upr-info-excerpt.csv and the rows with the same texts (--no-hold-out to use them)",
            excerpt_rows.len()
        );
    }
    let training: Vec<CodedRecommendation> = set
        .rows
        .iter()
        .filter(|r| !held_out.contains(&same_text_key(&r.text)))
        .cloned()
        .collect();
    provenance.push(sessions_line(&training));
    provenance.push(format!(
        "trained on {} coded rows of {} ({} rows left out)",
        training.len(),
        set.files.join(", "),
        set.rows.len() - training.len()
    ));
    let checker = Checker::learn(&training, &options);
    let text = checker.to_text(&provenance);
    upr_core::output_file::write(out, text.as_bytes(), None)?;
    println!(
        "{}: {} features, {} bytes, from {} rows",
        out.display(),
        checker.feature_count(),
        text.len(),
        training.len()
    );
    Ok(())
}
