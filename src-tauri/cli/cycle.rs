//! Subcommands for the UPR cycle around the documents: the calendar of the review, the
//! stakeholder submission, the recommendations the State received with their implementation,
//! the mid-term report and the advocacy factsheets.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use upr_core::calendar::EntryStatus;
use upr_core::documents::{self, DocumentDetails, DocumentKind, DocumentOptions};
use upr_core::language::Language;
use upr_core::monitoring::{ImplementationStatus, NewReceived, Response, Tracking};
use upr_core::submission::{CountedSubmission, SubmissionKind};
use uuid::Uuid;

use super::documents::{Lang, PrintArgs};
use super::terminal::shown;
use super::{CliError, Context};

#[derive(Subcommand)]
pub enum CycleCommand {
    /// Print the milestones of the review (date, what, and whether done, past, under way,
    /// next or late), or write them as an iCalendar file with --ics. Dates follow the
    /// campaign's review date and the offsets in the settings.
    Calendar(CalendarArgs),
    /// Draft, check and export the stakeholder submission to OHCHR.
    #[command(subcommand)]
    Submission(SubmissionCommand),
    /// Record the recommendations the State received and track their implementation.
    #[command(subcommand, name = "received-recommendations")]
    ReceivedRecommendations(ReceivedCommand),
    /// Write the mid-term implementation report (PDF): a table by theme and status, then
    /// each received recommendation with its response, who is responsible and the evidence.
    MidtermReport {
        #[command(flatten)]
        print: PrintArgs,
    },
    /// Write the one-page UPR advocacy factsheet of one priority issue (PDF): coalition,
    /// theme, previous recommendations and their status, challenges, questions,
    /// recommendations.
    Factsheet {
        /// The priority issue, by its title (or the start of it).
        #[arg(long, value_name = "NAME")]
        issue: String,
        #[command(flatten)]
        print: PrintArgs,
    },
}

#[derive(Args)]
pub struct CalendarArgs {
    #[command(subcommand)]
    action: Option<CalendarAction>,
    /// Write the calendar to this file (RFC 5545, for Outlook, Thunderbird, Google Calendar…)
    /// instead of printing it.
    #[arg(long, value_name = "FILE.ics")]
    ics: Option<PathBuf>,
    /// Language of the file's milestones and notes, with --ics (default: the settings'
    /// document language).
    #[arg(long, value_enum)]
    lang: Option<Lang>,
    /// The day to judge what is next and what is late (default: today), as YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD", global = true)]
    today: Option<NaiveDate>,
}

#[derive(Subcommand)]
enum CalendarAction {
    /// Add a date of your own beside the computed milestones.
    Add {
        /// The day, as YYYY-MM-DD.
        date: NaiveDate,
        /// What happens.
        title: String,
        #[arg(long, default_value = "")]
        notes: String,
    },
    /// Mark an entry done: a milestone by its word (e.g. submission_deadline) or one of your
    /// dates by its title.
    Done {
        entry: String,
        /// Mark it not done again.
        #[arg(long)]
        undo: bool,
    },
}

#[derive(Subcommand)]
pub enum SubmissionCommand {
    /// Show the submission section by section with its word count against OHCHR's limit
    /// (footnotes and annexes not counted).
    Show {
        /// Which submission, by the start of its title (default: the first).
        #[arg(long, value_name = "TITLE")]
        which: Option<String>,
    },
    /// Start a submission from the campaign's priority issues (background and key facts as
    /// paragraphs, sources as footnotes, recommendations).
    Draft {
        /// A joint submission with the coalition's partners (limit 5,630 words instead of 2,815).
        #[arg(long)]
        joint: bool,
    },
    /// Write the submission as Word (.docx) or PDF (.pdf). Over the word limit it is refused
    /// with the count, unless --draft.
    Export {
        #[arg(long, value_name = "FILE.docx|FILE.pdf")]
        out: PathBuf,
        #[arg(long, value_name = "TITLE")]
        which: Option<String>,
        /// Language of the fixed wording (default: the settings' document language).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// Write it even over the limit, marked as a draft, for the partners' review.
        #[arg(long)]
        draft: bool,
    },
}

#[derive(Subcommand)]
pub enum ReceivedCommand {
    /// Record one recommendation the State received.
    Add {
        /// Its text, as in the Working Group's report.
        text: String,
        /// The recommending State (several: "Denmark; Estonia").
        #[arg(long, value_name = "STATE", default_value = "")]
        state: String,
        #[arg(long, value_enum, default_value_t = ResponseArg::Pending)]
        response: ResponseArg,
        /// Where it stands in the report, e.g. "A/HRC/40/9, 118.52".
        #[arg(long, default_value = "")]
        reference: String,
        /// The UPR cycle of the review that made it.
        #[arg(long)]
        cycle: Option<u32>,
        /// The campaign's priority issue it belongs to (its title).
        #[arg(long, value_name = "NAME")]
        issue: Option<String>,
    },
    /// Record a list pasted into a text file, one recommendation per line as in the report
    /// ("112.34 Ratify … (Denmark) (Estonia);": number, text and States are read apart).
    Import {
        file: PathBuf,
        /// The State's response to all of them (a report lists supported and noted apart).
        #[arg(long, value_enum, default_value_t = ResponseArg::Pending)]
        response: ResponseArg,
        #[arg(long)]
        cycle: Option<u32>,
        #[arg(long, value_name = "NAME")]
        issue: Option<String>,
    },
    /// Record every recommendation the State under Review received at one review, taken from
    /// the database of past recommendations (see `import-recommendations`); those already
    /// recorded are left out.
    FromDatabase {
        /// The UPR Working Group session of the review.
        #[arg(long)]
        session: u32,
        /// Only those made by this recommending State.
        #[arg(long = "from", value_name = "STATE")]
        recommending_state: Option<String>,
        /// Only those on this UPR Info issue.
        #[arg(long, value_name = "NAME")]
        issue: Option<String>,
    },
    /// List them, numbered, with response, status and evidence.
    List,
    /// Update the implementation of one (by its number in `list`): status, who is
    /// responsible, and a piece of evidence with its date and source.
    Track {
        number: usize,
        #[arg(long, value_enum)]
        status: Option<StatusArg>,
        /// Who in government answers for it.
        #[arg(long)]
        responsible: Option<String>,
        /// What shows the state of implementation (needs --evidence-date).
        #[arg(long, requires = "evidence_date")]
        evidence: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD", requires = "evidence")]
        evidence_date: Option<NaiveDate>,
        #[arg(long, default_value = "", requires = "evidence")]
        source: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ResponseArg {
    Supported,
    Noted,
    Pending,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum StatusArg {
    NotStarted,
    Partially,
    Fully,
    Regressed,
}

fn response(r: ResponseArg) -> Response {
    match r {
        ResponseArg::Supported => Response::Supported,
        ResponseArg::Noted => Response::Noted,
        ResponseArg::Pending => Response::Pending,
    }
}

pub fn run(cmd: CycleCommand, ctx: &Context) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match cmd {
        CycleCommand::Calendar(args) => {
            let today = args
                .today
                .unwrap_or_else(|| chrono::Local::now().date_naive());
            let mut store = match args.action {
                None => ctx.open_store_for_reading()?,
                Some(_) => ctx.open_store()?,
            };
            match (args.action, args.ics) {
                (Some(_), Some(_)) => {
                    return Err(CliError::Usage(
                        "--ics writes the calendar; use it without add or done".into(),
                    ))
                }
                (Some(CalendarAction::Add { date, title, notes }), None) => {
                    let added =
                        upr_core::calendar::add_calendar_date(&mut store, date, &title, &notes)?;
                    writeln!(out, "Added {}: {}.", added.date, shown(&added.title))?;
                }
                (Some(CalendarAction::Done { entry, undo }), None) => {
                    let dates = upr_core::calendar::custom_dates(&mut store)?;
                    let entry = upr_core::calendar::entry_named(&entry, &dates)?;
                    let title = upr_core::calendar::mark_calendar_entry(&mut store, entry, !undo)?;
                    let what = if undo { "not done" } else { "done" };
                    writeln!(out, "Marked {what}: {}.", shown(&title))?;
                }
                (None, Some(file)) => {
                    let seen = upr_core::calendar::write_ics(
                        &mut store,
                        today,
                        &file,
                        args.lang.map(Language::from),
                    )?;
                    writeln!(
                        out,
                        "Wrote {} dates of the UPR of {} to {}.",
                        seen.agenda.entries.len(),
                        shown(&seen.campaign.state_under_review),
                        file.display()
                    )?;
                }
                (None, None) => {
                    let seen = upr_core::calendar::current_agenda(&mut store, today)?;
                    writeln!(
                        out,
                        "UPR of {}, review {} (as of {today}):",
                        shown(&seen.campaign.state_under_review),
                        seen.campaign
                            .review_date
                            .map_or("-".into(), |d| d.to_string())
                    )?;
                    for e in &seen.agenda.entries {
                        let when = if e.end > e.start {
                            format!("{} to {}", e.start, e.end)
                        } else if let Some(t) = e.geneva_time {
                            format!("{} {} Geneva", e.start, t.format("%H:%M"))
                        } else {
                            e.start.to_string()
                        };
                        let status = match e.status {
                            EntryStatus::Late => "LATE".to_string(),
                            EntryStatus::Next => "NEXT".to_string(),
                            s => s.as_str().to_string(),
                        };
                        let estimated = if e.estimated { " (estimated)" } else { "" };
                        let key = e
                            .kind
                            .map_or(String::new(), |k| format!(" [{}]", k.as_str()));
                        writeln!(
                            out,
                            "{when:<28} {status:<9} {}{estimated}{key}",
                            shown(&e.title)
                        )?;
                    }
                    let late = seen.agenda.late().count();
                    if late > 0 {
                        writeln!(
                            out,
                            "{late} late: mark what is done with `upr-kit calendar done ENTRY`."
                        )?;
                    }
                }
            }
        }
        CycleCommand::Submission(cmd) => run_submission(cmd, ctx, &mut out)?,
        CycleCommand::ReceivedRecommendations(cmd) => run_received(cmd, ctx, &mut out)?,
        CycleCommand::MidtermReport { print } => {
            let (options, file) = (print.options(), print.out);
            let mut store = ctx.open_store_for_reading()?;
            let report =
                documents::write(&mut store, DocumentKind::MidtermReport, &options, &file)?;
            if let Some(DocumentDetails::MidtermReport(summary)) = report.details {
                writeln!(
                    out,
                    "Wrote the mid-term report to {}: {} pages, {} recommendations in {} themes.",
                    file.display(),
                    summary.pages,
                    summary.recommendations,
                    summary.themes.len()
                )?;
            }
        }
        CycleCommand::Factsheet { issue, print } => {
            let options = DocumentOptions {
                theme: Some(issue),
                ..print.options()
            };
            let file = print.out;
            let mut store = ctx.open_store_for_reading()?;
            let report = documents::write(&mut store, DocumentKind::Factsheet, &options, &file)?;
            if let Some(DocumentDetails::Factsheet(summary)) = report.details {
                writeln!(
                    out,
                    "Wrote the factsheet on {} to {}: {} previous recommendations, {} questions, {} recommendations.",
                    shown(&summary.theme),
                    file.display(),
                    summary.previous_recommendations,
                    summary.questions,
                    summary.recommendations
                )?;
            }
        }
    }
    Ok(())
}

fn run_submission(
    cmd: SubmissionCommand,
    ctx: &Context,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let mut store = match cmd {
        SubmissionCommand::Show { .. } => ctx.open_store_for_reading()?,
        _ => ctx.open_store()?,
    };
    let count_line = |c: &upr_core::submission::WordCount| {
        if c.fits() {
            format!(
                "{} words of {} ({} left); footnotes {} and annexes {} words not counted",
                c.words,
                c.limit,
                c.limit - c.words,
                c.footnote_words,
                c.annex_words
            )
        } else {
            format!(
                "{} words of {}: {} OVER THE LIMIT; footnotes {} and annexes {} words not counted",
                c.words,
                c.limit,
                c.over(),
                c.footnote_words,
                c.annex_words
            )
        }
    };
    match cmd {
        SubmissionCommand::Show { which } => {
            let list = upr_core::submission::counted_submissions(&mut store)?;
            let id = which
                .as_deref()
                .map(|t| submission_titled(&list, t))
                .transpose()?;
            let chosen = upr_core::submission::choose(list, id)?;
            let s = &chosen.submission;
            writeln!(out, "{}", shown(&s.title))?;
            writeln!(
                out,
                "{} submission{}",
                s.kind.as_str(),
                if s.partners.is_empty() {
                    String::new()
                } else {
                    format!(" with {}", shown(&s.partners.join(", ")))
                }
            )?;
            writeln!(out, "Word count: {}", count_line(&chosen.count))?;
            let mut n = 0;
            let summary = s.summary_paragraphs();
            if !summary.is_empty() {
                writeln!(out, "\nSummary")?;
                for p in summary {
                    n += 1;
                    writeln!(out, "  {n}. {}", first_words(p))?;
                }
            }
            for issue in &s.issues {
                writeln!(out, "\n{}", shown(&issue.heading))?;
                for p in &issue.paragraphs {
                    n += 1;
                    writeln!(out, "  {n}. {}", first_words(p))?;
                }
            }
            if !s.recommendations.is_empty() {
                writeln!(out, "\nRecommendations")?;
                for r in &s.recommendations {
                    n += 1;
                    writeln!(out, "  {n}. {}", first_words(r))?;
                }
            }
        }
        SubmissionCommand::Draft { joint } => {
            let kind = if joint {
                SubmissionKind::Joint
            } else {
                SubmissionKind::Individual
            };
            let drafted = upr_core::submission::draft_submission(&mut store, kind)?;
            writeln!(out, "Started: {}", shown(&drafted.submission.title))?;
            writeln!(out, "Word count: {}", count_line(&drafted.count))?;
        }
        SubmissionCommand::Export {
            out: file,
            which,
            lang,
            draft,
        } => {
            let id = match which.as_deref() {
                Some(title) => Some(submission_titled(
                    &upr_core::submission::counted_submissions(&mut store)?,
                    title,
                )?),
                None => None,
            };
            let done = upr_core::documents::export_submission(
                &mut store,
                id,
                &file,
                lang.map(Language::from),
                draft,
            )?;
            writeln!(
                out,
                "Wrote {} ({}).",
                file.display(),
                count_line(&done.count)
            )?;
        }
    }
    Ok(())
}

/// The start of a paragraph, for an overview that fits a terminal line.
fn first_words(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut cut: String = flat.chars().take(90).collect();
    if cut.len() < flat.len() {
        cut.push('…');
    }
    shown(&cut).to_string()
}

fn run_received(cmd: ReceivedCommand, ctx: &Context, out: &mut impl Write) -> Result<(), CliError> {
    let mut store = match cmd {
        ReceivedCommand::List => ctx.open_store_for_reading()?,
        _ => ctx.open_store()?,
    };
    match cmd {
        ReceivedCommand::Add {
            text,
            state,
            response: r,
            reference,
            cycle,
            issue,
        } => {
            let saved = upr_core::monitoring::record_received(
                &mut store,
                NewReceived {
                    text,
                    recommending_state: state,
                    response: response(r),
                    reference,
                    cycle,
                    issue,
                },
            )?;
            writeln!(
                out,
                "Recorded: {} ({}).",
                shown(&saved.text),
                saved.response.label()
            )?;
        }
        ReceivedCommand::Import {
            file,
            response: r,
            cycle,
            issue,
        } => {
            let saved = upr_core::monitoring::import_received_list(
                &mut store,
                &file,
                response(r),
                cycle,
                issue.as_deref(),
            )?;
            writeln!(
                out,
                "Recorded {} recommendations from {}.",
                saved.len(),
                file.display()
            )?;
        }
        ReceivedCommand::FromDatabase {
            session,
            recommending_state,
            issue,
        } => {
            let filter = upr_core::recommendations::SearchQuery {
                recommending_state,
                issue,
                ..Default::default()
            };
            let saved =
                upr_core::monitoring::record_received_from_database(&mut store, session, &filter)?;
            writeln!(
                out,
                "Recorded {} recommendations from session {session} (those already recorded were left out).",
                saved.len()
            )?;
        }
        ReceivedCommand::List => {
            let (list, issues) = upr_core::monitoring::received_with_issues(&mut store)?;
            if list.is_empty() {
                writeln!(out, "No received recommendation is recorded yet.")?;
            }
            for (n, r) in list.iter().enumerate() {
                let theme = r
                    .priority_issue_id
                    .and_then(|id| issues.iter().find(|i| i.id == id))
                    .map_or(upr_core::monitoring::OTHER_THEME, |i| i.title.as_str());
                writeln!(out, "{}. {}", n + 1, shown(&r.text))?;
                let mut about = vec![
                    r.response.label().to_string(),
                    r.status.label().to_string(),
                    theme.to_string(),
                ];
                if !r.recommending_state.is_empty() {
                    about.insert(0, r.recommending_state.clone());
                }
                if !r.reference.is_empty() {
                    about.insert(0, r.reference.clone());
                }
                if !r.responsible.is_empty() {
                    about.push(format!("responsible: {}", r.responsible));
                }
                writeln!(out, "   {}", shown(&about.join(" · ")))?;
                for e in &r.evidence {
                    let source = if e.source.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", shown(&e.source))
                    };
                    writeln!(out, "   - {} {}{source}", e.date, shown(&e.text))?;
                }
            }
        }
        ReceivedCommand::Track {
            number,
            status,
            responsible,
            evidence,
            evidence_date,
            source,
        } => {
            let tracking = Tracking {
                status: status.map(|s| match s {
                    StatusArg::NotStarted => ImplementationStatus::NotStarted,
                    StatusArg::Partially => ImplementationStatus::Partially,
                    StatusArg::Fully => ImplementationStatus::Fully,
                    StatusArg::Regressed => ImplementationStatus::Regressed,
                }),
                responsible,
                // clap requires both or neither.
                evidence: evidence
                    .zip(evidence_date)
                    .map(|(text, date)| (date, text, source)),
            };
            if tracking.status.is_none()
                && tracking.responsible.is_none()
                && tracking.evidence.is_none()
            {
                return Err(CliError::Usage(
                    "say what changed: --status, --responsible, or --evidence with --evidence-date"
                        .into(),
                ));
            }
            let saved = upr_core::monitoring::track_received(&mut store, number, tracking)?;
            writeln!(
                out,
                "{}. {}: {}, {} piece(s) of evidence.",
                number,
                first_words(&saved.text),
                saved.status.label(),
                saved.evidence.len()
            )?;
        }
    }
    Ok(())
}

/// The id of the submission whose title starts with what the user typed (case aside): how a
/// user names a submission on the command line. Several or none is an error that lists them.
fn submission_titled(list: &[CountedSubmission], typed: &str) -> Result<Uuid, CliError> {
    let wanted = typed.trim().to_lowercase();
    let titles = || {
        list.iter()
            .map(|c| format!("'{}'", shown(&c.submission.title)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut found = list
        .iter()
        .filter(|c| c.submission.title.to_lowercase().starts_with(&wanted));
    match (found.next(), found.next()) {
        (Some(one), None) => Ok(one.submission.id),
        (Some(_), Some(_)) => Err(upr_core::Error::invalid(
            "submission",
            format!(
                "several start with '{}': {}; type more of the title",
                shown(typed),
                titles()
            ),
        )
        .into()),
        (None, _) => Err(upr_core::Error::invalid(
            "submission",
            format!(
                "none starts with '{}'; there are {}",
                shown(typed),
                titles()
            ),
        )
        .into()),
    }
}
