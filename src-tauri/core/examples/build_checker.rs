//! Builds the action-category checker's model from coded recommendations and writes the file
//! the app embeds.
//!
//!     cargo run -p upr-core --release --example build_checker -- CSV OUT [--no-hold-out]
//!
//! e.g. `-- ../shared/data/upr-info-recommendations-sessions-1-5.csv assets/checker/model.tsv`.
//! By default the rows of `tests/data/upr-info-excerpt.csv` (and every row with the same text)
//! are left out, so that the excerpt test measures the shipped model on rows it never saw;
//! `--no-hold-out` uses them too. The same rows and options always give the same file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use upr_core::checker::holdout::{fingerprint, same_text_key, FINGERPRINT_LABEL};
use upr_core::checker::{Checker, TrainingOptions};
use upr_core::model::ActionCategory;
use upr_core::recommendations::read_export;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let hold_out = !args.iter().any(|a| a == "--no-hold-out");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [csv, out] = paths[..] else {
        eprintln!("usage: build_checker CSV OUT [--no-hold-out]");
        return ExitCode::from(2);
    };
    match build(Path::new(csv), Path::new(out), hold_out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn build(csv: &Path, out: &Path, hold_out: bool) -> upr_core::Result<()> {
    let (rows, _) = read_export(csv)?;
    let file_name = csv.file_name().map_or_else(
        || csv.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let options = TrainingOptions::default();
    let mut provenance = vec![
        "built by: cargo run -p upr-core --release --example build_checker -- CSV OUT".to_string(),
        format!("options: {options:?}"),
    ];
    let mut held_out: HashSet<String> = HashSet::new();
    if hold_out {
        let excerpt =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/upr-info-excerpt.csv");
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
    let training: Vec<(&str, ActionCategory)> = rows
        .iter()
        .filter(|r| !held_out.contains(&same_text_key(&r.text)))
        .filter_map(|r| Some((r.text.as_str(), r.action_category?)))
        .collect();
    provenance.push(format!(
        "trained on {} coded rows of {file_name} ({} rows left out)",
        training.len(),
        rows.len() - training.len()
    ));
    let checker = Checker::build(&training, &options);
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
