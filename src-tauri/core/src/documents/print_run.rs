//! The print run for Geneva: the night before a round of meetings, one action writes a
//! tailored brief for every target State into a folder, named by State, and one more PDF
//! holding them all, an agenda page first (the meetings with each delegation and what we ask
//! it, then every other meeting of the campaign), so that one print job does it.
//!
//! A brief that does not fit its pages is reported by State with what to shorten, and the
//! others are written all the same. Every file goes through `output_file` (whole or absent);
//! a cancelled run stops between two files, so what it leaves is whole briefs and no
//! combined file. The window runs it on a background task and shows the progress; the CLI
//! prints it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;

use crate::layout::{Layout, Page};
use crate::model::{Meeting, TargetState};
use crate::output_file;
use crate::pdf::paint;
use crate::store::Store;
use crate::{Error, Result};

use super::agenda::{self, AgendaEntry};
use super::file_name::{safe_file_name, unique_file_name};
use super::pipeline::{lay_out_pages, metadata};
use super::printable::check_printable;
use super::sources::{with_prior_recommendations, Gathered};
use super::wording::fill;
use super::{lay_out_from_sources, DocumentKind, DocumentOptions, Overflow};

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
/// missing, inside a folder that exists), then the combined PDF with its agenda page:
/// [`plan_briefs`], then [`PrintRunPlan::write`]. `options` are the ones every document takes
/// (language, paper, draft, issues, date); the delegation is each target in turn. `progress`
/// hears of every file finished; `cancel` is read before each file.
pub fn write_briefs(
    store: &mut Store,
    options: &DocumentOptions,
    folder: &Path,
    progress: &mut dyn FnMut(&PrintProgress),
    cancel: &AtomicBool,
) -> Result<PrintRun> {
    plan_briefs(store, options, folder)?.write(progress, cancel)
}

/// A print run with everything read from the store — the campaign, its meetings, each
/// delegation's past recommendations — and its folder checked: the rest needs no store, so
/// the window lets go of it while the briefs are laid out and written, and the user's edits
/// meanwhile are saved at once (they go into the next run, not this one).
pub struct PrintRunPlan {
    gathered: Gathered,
    meetings: Vec<Meeting>,
    options: DocumentOptions,
    /// In print order: the target State (its index in the gathered targets), its brief's
    /// options and its file.
    briefs: Vec<(usize, DocumentOptions, PathBuf)>,
    combined: PathBuf,
    data_dir: Option<PathBuf>,
}

/// Reads what a print run needs from the store and makes its folder ready (see
/// [`write_briefs`]); nothing is written but the folder, made when missing.
pub fn plan_briefs(
    store: &mut Store,
    options: &DocumentOptions,
    folder: &Path,
) -> Result<PrintRunPlan> {
    let gathered = Gathered::from_store(store)?;
    let sources = gathered.sources();
    if sources.target_states.is_empty() {
        return Err(Error::NoTargetStates);
    }
    let preamble = sources.preamble(options)?;
    let w = &preamble.lang.wording().print_run;
    let meetings = store.meetings(sources.campaign.id)?;
    check_meetings_printable(&meetings)?;
    let order = in_meeting_order(sources.target_states, &meetings);
    let targets: Vec<&TargetState> = order.iter().map(|&i| &sources.target_states[i]).collect();
    // Named as the briefs' language names the State: "致挪威的简报", not "致Norway的简报".
    let names = file_names(&targets, |state| {
        fill(&w.file, &[("state", &preamble.state(state).short)])
    });
    let combined = folder.join(format!(
        "{}.pdf",
        safe_file_name(&w.combined_file, "briefs")
    ));
    // Refused before any work: never into the data folder. A missing folder is made, in a
    // folder that exists (a mistyped path is not made whole).
    if !folder.exists() {
        store.check_output(folder)?;
        std::fs::create_dir(folder).map_err(|source| Error::WriteFile {
            path: folder.to_path_buf(),
            source,
        })?;
    }
    store.check_output(&combined)?;
    let mut briefs = Vec::with_capacity(order.len());
    for (&index, name) in order.iter().zip(&names) {
        let brief_options = DocumentOptions {
            target_state: Some(sources.target_states[index].state.clone()),
            ..options.clone()
        };
        let brief_options =
            with_prior_recommendations(store, DocumentKind::Brief, &brief_options, &sources)?;
        briefs.push((index, brief_options, folder.join(format!("{name}.pdf"))));
    }
    Ok(PrintRunPlan {
        meetings,
        options: options.clone(),
        briefs,
        combined,
        data_dir: store.data_dir().map(Path::to_path_buf),
        gathered,
    })
}

impl PrintRunPlan {
    /// Lays out, paints and writes every brief, then the combined file; see [`write_briefs`].
    pub fn write(
        self,
        progress: &mut dyn FnMut(&PrintProgress),
        cancel: &AtomicBool,
    ) -> Result<PrintRun> {
        let sources = self.gathered.sources();
        let data_dir = self.data_dir.as_deref();
        let total = self.briefs.len() + 1;
        let mut run = PrintRun {
            written: Vec::new(),
            too_long: Vec::new(),
            combined: None,
            cancelled: false,
        };
        let mut brief_pages = Vec::new();
        for (n, (index, brief_options, file)) in self.briefs.iter().enumerate() {
            if cancel.load(Ordering::Relaxed) {
                run.cancelled = true;
                return Ok(run);
            }
            let state = &sources.target_states[*index].state;
            match lay_out_from_sources(DocumentKind::Brief, &sources, brief_options) {
                Ok(laid_out) => {
                    brief_pages.extend_from_slice(laid_out.pages());
                    let rendered = laid_out.paint()?;
                    output_file::write(file, &rendered.pdf, data_dir)?;
                    run.written.push(WrittenBrief {
                        state: state.clone(),
                        file: file.clone(),
                        pages: rendered.report.pages,
                    });
                }
                Err(Error::DocumentTooLong(overflow)) => run.too_long.push(TooLongBrief {
                    state: state.clone(),
                    overflow: *overflow,
                }),
                Err(other) => return Err(other),
            }
            progress(&PrintProgress {
                done: n + 1,
                total,
                state: Some(state.clone()),
            });
        }
        if cancel.load(Ordering::Relaxed) {
            run.cancelled = true;
            return Ok(run);
        }
        let pdf = self.combined_pdf(&run, brief_pages)?;
        output_file::write(&self.combined, &pdf, data_dir)?;
        run.combined = Some(self.combined.clone());
        progress(&PrintProgress {
            done: total,
            total,
            state: None,
        });
        Ok(run)
    }

    /// The agenda page, then the pages of every brief written, painted as one PDF.
    fn combined_pdf(&self, run: &PrintRun, brief_pages: Vec<Page>) -> Result<Vec<u8>> {
        let sources = self.gathered.sources();
        let preamble = sources.preamble(&self.options)?;
        let lang = preamble.lang;
        let w = &lang.wording().print_run;
        let entries: Vec<AgendaEntry> = self
            .briefs
            .iter()
            .map(|(index, _, _)| {
                let target = &sources.target_states[*index];
                AgendaEntry {
                    target,
                    name: preamble.state(&target.state),
                    meetings: self
                        .meetings
                        .iter()
                        .filter(|m| m.target_state_id == Some(target.id))
                        .collect(),
                    brief_included: !run.too_long.iter().any(|t| t.state == target.state),
                }
            })
            .collect();
        // Every other meeting of the campaign: with nobody of the run, or with no delegation.
        let mut others: Vec<&Meeting> = self
            .meetings
            .iter()
            .filter(|m| {
                !entries
                    .iter()
                    .any(|e| m.target_state_id == Some(e.target.id))
            })
            .collect();
        others.sort_by_key(|m| (m.date, m.time.is_none(), m.time));
        let blocks = agenda::blocks(
            &entries,
            &others,
            sources.issues,
            lang.context_line(sources.campaign),
            lang,
        );
        let agenda = lay_out_pages(&blocks, &w.title, false, &preamble, &self.options);
        let combined = Layout {
            pages: agenda.pages.into_iter().chain(brief_pages).collect(),
            geometry: agenda.geometry,
        };
        let state_under_review = &sources.campaign.state_under_review;
        let mut keywords = vec!["UPR".to_string(), state_under_review.clone()];
        keywords.extend(run.written.iter().map(|b| b.state.clone()));
        let meta = metadata(
            &w.combined_title,
            fill(&w.subject, &[("state", state_under_review)]),
            keywords,
            &preamble,
            &self.options,
        );
        paint(&combined, &meta)
    }
}

/// The target States in the order the delegate meets them, as indices into `targets`: by the
/// date and time of their first meeting (a meeting without a time after the timed ones of its
/// day), those without a meeting after, each group in the campaign's order.
fn in_meeting_order(targets: &[TargetState], meetings: &[Meeting]) -> Vec<usize> {
    let mut ordered: Vec<usize> = (0..targets.len()).collect();
    ordered.sort_by_key(|&i| {
        let first = meetings
            .iter()
            .filter(|m| m.target_state_id == Some(targets[i].id))
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
    for m in meetings {
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
