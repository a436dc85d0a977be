//! The print run for Geneva: the night before a round of meetings, one action writes a
//! tailored brief for every target State into a folder, named by State, and one more PDF
//! holding them all, an agenda page first (the meetings with each delegation and what we ask
//! it), so that one print job does it.
//!
//! A brief that does not fit its pages is reported by State with what to shorten, and the
//! others are written all the same. Every file goes through `output_file` (whole or absent);
//! a cancelled run stops between two files, so what it leaves is whole briefs and no
//! combined file. The window runs it on a background task and shows the progress; the CLI
//! prints it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;

use crate::layout::Layout;
use crate::model::{Meeting, TargetState};
use crate::pdf::paint;
use crate::store::Store;
use crate::{Error, Result};

use super::agenda::{self, AgendaEntry};
use super::file_name::{safe_file_name, unique_file_name};
use super::pipeline::{lay_out_pages, metadata};
use super::printable::check_printable;
use super::sources::Gathered;
use super::wording::fill;
use super::{render_from_store, DocumentKind, DocumentOptions, Overflow};

/// What a print run did.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PrintRun {
    /// The briefs written, in the order of the combined file.
    pub written: Vec<WrittenBrief>,
    /// The delegations whose brief does not fit its pages, with what to shorten; their
    /// briefs are not written and not in the combined file.
    pub too_long: Vec<TooLongBrief>,
    /// The file to print: the agenda, then every brief written. `None` when the run was
    /// cancelled.
    pub combined: Option<PathBuf>,
    /// True when the user stopped the run: the briefs written before are whole, the rest
    /// and the combined file were not written.
    pub cancelled: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct WrittenBrief {
    pub state: String,
    pub file: PathBuf,
    pub pages: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct TooLongBrief {
    pub state: String,
    pub overflow: Overflow,
}

/// Where a run is, told after each brief (and after the combined file, `done == total`).
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct PrintProgress {
    /// Files finished, briefs and combined file alike.
    pub done: usize,
    /// The files a run makes: one per target State and the combined file.
    pub total: usize,
    /// The delegation just done; `None` for the combined file.
    pub state: Option<String>,
}

/// Writes a brief for every target State of the current campaign into `folder` (made when
/// missing, inside a folder that exists), then the combined PDF with its agenda page. `options` are the ones every
/// document takes (language, paper, draft, issues, date); the delegation is each target in
/// turn. `progress` hears of every file finished; `cancel` is read before each file.
pub fn write_briefs(
    store: &mut Store,
    options: &DocumentOptions,
    folder: &Path,
    progress: &mut dyn FnMut(&PrintProgress),
    cancel: &AtomicBool,
) -> Result<PrintRun> {
    let gathered = Gathered::from_store(store)?;
    let sources = gathered.sources();
    if sources.target_states.is_empty() {
        return Err(Error::NoTargetStates);
    }
    let preamble = sources.preamble(options)?;
    let lang = preamble.lang;
    let w = &lang.wording().print_run;
    let meetings = store.meetings(sources.campaign.id)?;
    check_meetings_printable(&meetings)?;
    let targets = in_meeting_order(sources.target_states, &meetings);

    let names = file_names(&targets, |state| fill(&w.file, &[("state", state)]));
    let combined_name = safe_file_name(&w.combined_file, "briefs");
    let combined_path = folder.join(format!("{combined_name}.pdf"));
    // Refused before any work: never into the data folder. A missing folder is made, in a
    // folder that exists (a mistyped path is not made whole).
    if !folder.exists() {
        store.check_output(folder)?;
        std::fs::create_dir(folder).map_err(|source| Error::WriteFile {
            path: folder.to_path_buf(),
            source,
        })?;
    }
    store.check_output(&combined_path)?;

    let total = targets.len() + 1;
    let mut run = PrintRun {
        written: Vec::new(),
        too_long: Vec::new(),
        combined: None,
        cancelled: false,
    };
    let mut brief_pages = Vec::new();
    for (n, (target, name)) in targets.iter().zip(&names).enumerate() {
        if cancel.load(Ordering::Relaxed) {
            run.cancelled = true;
            return Ok(run);
        }
        let brief_options = DocumentOptions {
            target_state: Some(target.state.clone()),
            ..options.clone()
        };
        match render_from_store(store, DocumentKind::Brief, &brief_options) {
            Ok(laid_out) => {
                let file = folder.join(format!("{name}.pdf"));
                brief_pages.extend_from_slice(laid_out.pages());
                let rendered = laid_out.paint()?;
                store.write_output(&file, &rendered.pdf)?;
                run.written.push(WrittenBrief {
                    state: target.state.clone(),
                    file,
                    pages: rendered.report.pages,
                });
            }
            Err(Error::DocumentTooLong(overflow)) => run.too_long.push(TooLongBrief {
                state: target.state.clone(),
                overflow: *overflow,
            }),
            Err(other) => return Err(other),
        }
        progress(&PrintProgress {
            done: n + 1,
            total,
            state: Some(target.state.clone()),
        });
    }
    if cancel.load(Ordering::Relaxed) {
        run.cancelled = true;
        return Ok(run);
    }

    let entries: Vec<AgendaEntry> = targets
        .iter()
        .map(|target| AgendaEntry {
            target,
            meetings: meetings
                .iter()
                .filter(|m| m.target_state_id == Some(target.id))
                .collect(),
            brief_included: !run.too_long.iter().any(|t| t.state == target.state),
        })
        .collect();
    let blocks = agenda::blocks(
        &entries,
        sources.issues,
        lang.context_line(sources.campaign),
        lang,
    );
    let agenda = lay_out_pages(&blocks, &w.title, false, &preamble, options);
    let combined = Layout {
        pages: agenda.pages.into_iter().chain(brief_pages).collect(),
        geometry: agenda.geometry,
    };
    let mut keywords = vec![
        "UPR".to_string(),
        sources.campaign.state_under_review.clone(),
    ];
    keywords.extend(run.written.iter().map(|b| b.state.clone()));
    let meta = metadata(
        &w.combined_title,
        fill(
            &w.subject,
            &[("state", &sources.campaign.state_under_review)],
        ),
        keywords,
        &preamble,
        options,
    );
    store.write_output(&combined_path, &paint(&combined, &meta)?)?;
    run.combined = Some(combined_path);
    progress(&PrintProgress {
        done: total,
        total,
        state: None,
    });
    Ok(run)
}

/// The target States in the order the delegate meets them: by the date and time of their
/// first meeting (a meeting without a time after the timed ones of its day), those without a
/// meeting after, each group in the campaign's order.
fn in_meeting_order<'a>(targets: &'a [TargetState], meetings: &[Meeting]) -> Vec<&'a TargetState> {
    let mut ordered: Vec<&TargetState> = targets.iter().collect();
    ordered.sort_by_key(|t| {
        let first = meetings
            .iter()
            .filter(|m| m.target_state_id == Some(t.id))
            .map(|m| (m.date, m.time.is_none(), m.time))
            .min();
        // `None` sorts first; a State without a meeting goes last.
        (first.is_none(), first)
    });
    ordered
}

/// One file name per target State, safe on every file system and different from the others.
fn file_names(targets: &[&TargetState], name: impl Fn(&str) -> String) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(targets.len());
    for target in targets {
        let safe = safe_file_name(&name(&target.state), "brief");
        names.push(unique_file_name(safe, &names));
    }
    names
}

/// The agenda prints where and with whom each meeting is: the fonts must draw every character.
fn check_meetings_printable(meetings: &[Meeting]) -> Result<()> {
    let mut texts: Vec<(String, &str)> = Vec::new();
    for m in meetings.iter().filter(|m| m.target_state_id.is_some()) {
        texts.push((
            format!("the place of the meeting of {}", m.date),
            &m.location,
        ));
        texts.push((
            format!("the people at the meeting of {}", m.date),
            &m.people,
        ));
    }
    check_printable(&texts)
}

#[cfg(test)]
#[path = "print_run_tests.rs"]
mod tests;
