//! Subcommands that write the documents: `brief`, `talking-points`, `oral-statement` and
//! `press-release` as PDF, `letter` and `written-statement` as PDF or Word. A document that
//! does not fit its limit is not written: the report of what to shorten goes to stderr and
//! the exit code is non-zero. `oral-statement-text` and
//! `talking-points-text` show, keep or reset the speech's text as the user edits it (the
//! window's editor); `oral-statement` and `talking-points` say the edited text when there is
//! one. `briefs --all-targets` is the print run for Geneva: every brief written but those too
//! long, which are named with what to shorten, and exit code 3 says the run is incomplete.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use clap::{Args, Subcommand, ValueEnum};
use upr_core::documents::{
    reset_speech_text, save_speech_text, speech_text, write, write_briefs, write_letter,
    write_press_release, write_written_statement, DocumentKind, DocumentOptions, DocumentReport,
};
use upr_core::language::Language;
use upr_core::model::EditableDocument;
use upr_core::settings::Paper;

use super::terminal::{counted, shown};
use super::{CliError, Context};

#[derive(Subcommand)]
pub enum DocumentsCommand {
    /// Write the lobbying brief (two pages at most) for one delegation or for all.
    Brief(DocumentArgs),
    /// The print run for Geneva: a tailored brief for every target State into FOLDER, named
    /// by State, and one PDF of them all with an agenda page first, for one print job.
    Briefs(BriefsArgs),
    /// Write the pre-session talking points (5–7 minutes spoken).
    TalkingPoints(DocumentArgs),
    /// Write the oral statement for the Human Rights Council (two minutes at most; a joint
    /// statement with the coalition partners, --joint, three).
    OralStatement(OralStatementArgs),
    /// Print the oral statement's text (your edit, else the generated one); keep an edited
    /// text with --set FILE, go back to the generated text with --reset-text.
    OralStatementText(SpeechTextArgs),
    /// Print the talking points' text (your edit, else the generated one); keep an edited
    /// text with --set FILE, go back to the generated text with --reset-text.
    TalkingPointsText(SpeechTextArgs),
    /// Write the press release right after the review (one page), and its plain text for an
    /// e-mail with --text.
    PressRelease(PressReleaseArgs),
    /// Write the letter to the State under Review before the adoption (two pages at most):
    /// its open and noted recommendations on the priority issues, with their references.
    /// A .docx file is written as Word, to edit before signing.
    Letter(LetterArgs),
    /// Write the written statement to the Human Rights Council under item 6: the UN heading
    /// block, then the priority issues. Its word limit follows the organisation's ECOSOC
    /// status; over it nothing is written and the words to cut are said, unless --draft
    /// writes a draft marked as over the limit. A .docx file is written as Word, the form
    /// the Council's secretariat takes.
    WrittenStatement(WrittenStatementArgs),
}

#[derive(Args)]
pub struct WrittenStatementArgs {
    #[command(flatten)]
    print: PrintArgs,
    /// Include only this priority issue (by title); repeat for several. Default: all.
    #[arg(long = "issue", value_name = "TITLE")]
    issues: Vec<String>,
}

#[derive(Args)]
pub struct LetterArgs {
    #[command(flatten)]
    print: PrintArgs,
    /// Include only this priority issue (by title); repeat for several. Default: all.
    #[arg(long = "issue", value_name = "TITLE")]
    issues: Vec<String>,
    /// To whom, as the address block says it ("H.E. Ms Ana Ruiz, Minister of Justice").
    #[arg(long, value_name = "NAME")]
    to: Option<String>,
}

#[derive(Args)]
pub struct PressReleaseArgs {
    #[command(flatten)]
    print: PrintArgs,
    /// Include only this priority issue (by title); repeat for several. Default: all.
    #[arg(long = "issue", value_name = "TITLE")]
    issues: Vec<String>,
    /// Print "Embargoed until" this day and time, Geneva time (2027-03-10T14:00 or
    /// "2027-03-10 14:00"); without it, "For immediate release".
    #[arg(long, value_name = "DATETIME", value_parser = parse_embargo)]
    embargo: Option<chrono::NaiveDateTime>,
    /// Also write the press release as plain text to this file, for pasting into an e-mail.
    #[arg(long, value_name = "FILE.txt")]
    text: Option<PathBuf>,
}

/// Reads an embargo's day and time as typed.
fn parse_embargo(typed: &str) -> Result<chrono::NaiveDateTime, String> {
    ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
        .iter()
        .find_map(|f| chrono::NaiveDateTime::parse_from_str(typed.trim(), f).ok())
        .ok_or_else(|| format!("'{typed}' is not a day and time like 2027-03-10T14:00"))
}

#[derive(Args)]
pub struct BriefsArgs {
    /// One brief for each target State of the campaign (the only print run there is yet).
    #[arg(long, required = true)]
    all_targets: bool,
    /// The folder to write the briefs into (made when missing; files of the same names in it
    /// are replaced).
    #[arg(long, value_name = "FOLDER")]
    out: PathBuf,
    #[command(flatten)]
    choices: PrintChoices,
    /// Include only this priority issue (by title); repeat for several. Default: all.
    #[arg(long = "issue", value_name = "TITLE")]
    issues: Vec<String>,
}

#[derive(Args)]
pub struct SpeechTextArgs {
    /// Keep the text of FILE ("-" for standard input) as the speech's text, written as the
    /// printed text is: passages separated by blank lines (the statement's first is the
    /// formal opening; in the talking points "# " starts a heading, "- " a point, "1. " a
    /// numbered point, and a closing [note] is printed but not said). The document then says it.
    #[arg(long, value_name = "FILE", conflicts_with = "reset_text")]
    set: Option<PathBuf>,
    /// Forget the edit: the speech is generated from the priority issues again.
    #[arg(long)]
    reset_text: bool,
    /// Language of the generated text printed (default: the settings' document language).
    #[arg(long, value_enum)]
    lang: Option<Lang>,
}

#[derive(Args)]
pub struct OralStatementArgs {
    #[command(flatten)]
    document: DocumentArgs,
    /// A joint statement of the organisation and its coalition partners: timed against the
    /// joint slot (setting joint_oral_statement_seconds, 3 minutes by default).
    #[arg(long)]
    joint: bool,
}

#[derive(Args)]
pub struct DocumentArgs {
    #[command(flatten)]
    print: PrintArgs,
    /// Tailor it to this target State's delegation (its asks first).
    #[arg(long, value_name = "NAME")]
    target_state: Option<String>,
    /// Include only this priority issue (by title); repeat for several. Default: all.
    #[arg(long = "issue", value_name = "TITLE")]
    issues: Vec<String>,
}

/// What every document printed to PDF takes: the file, the language of its fixed wording,
/// the paper and the draft mark.
#[derive(Args)]
pub struct PrintArgs {
    /// The PDF file to write.
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
    #[command(flatten)]
    choices: PrintChoices,
}

impl PrintArgs {
    /// The options these choose; each kind of document adds its own.
    pub fn options(&self) -> DocumentOptions {
        self.choices.options()
    }
}

/// The language of the fixed wording, the paper and the draft mark: the choices every
/// document takes, one file or a print run.
#[derive(Args)]
pub struct PrintChoices {
    /// Language of the fixed wording (default: the settings' document language).
    #[arg(long, value_enum)]
    lang: Option<Lang>,
    /// Paper size (default: the settings' paper).
    #[arg(long, value_enum)]
    paper: Option<PaperArg>,
    /// Mark every page as a draft.
    #[arg(long)]
    draft: bool,
}

impl PrintChoices {
    fn options(&self) -> DocumentOptions {
        DocumentOptions {
            language: self.lang.map(Language::from),
            paper: self.paper.map(Paper::from),
            draft: self.draft,
            ..DocumentOptions::default()
        }
    }
}

/// The languages of the documents' fixed wording.
#[derive(Clone, Copy, ValueEnum)]
pub enum Lang {
    En,
    Fr,
    Es,
    Ar,
    Ru,
    Zh,
}

impl From<Lang> for Language {
    fn from(lang: Lang) -> Language {
        match lang {
            Lang::En => Language::En,
            Lang::Fr => Language::Fr,
            Lang::Es => Language::Es,
            Lang::Ar => Language::Ar,
            Lang::Ru => Language::Ru,
            Lang::Zh => Language::Zh,
        }
    }
}

/// The paper sizes a document is laid out on.
#[derive(Clone, Copy, ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

impl From<PaperArg> for Paper {
    fn from(paper: PaperArg) -> Paper {
        match paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }
    }
}

pub fn run(cmd: DocumentsCommand, ctx: &Context) -> Result<(), CliError> {
    let (kind, args) = match cmd {
        DocumentsCommand::OralStatementText(a) => {
            return edited_text(EditableDocument::OralStatement, a, ctx)
        }
        DocumentsCommand::TalkingPointsText(a) => {
            return edited_text(EditableDocument::TalkingPoints, a, ctx)
        }
        DocumentsCommand::Briefs(a) => return print_run(a, ctx),
        DocumentsCommand::PressRelease(a) => return press_release(a, ctx),
        DocumentsCommand::Letter(a) => return letter(a, ctx),
        DocumentsCommand::WrittenStatement(a) => return written_statement(a, ctx),
        DocumentsCommand::Brief(a) => (DocumentKind::Brief, a),
        DocumentsCommand::TalkingPoints(a) => (DocumentKind::TalkingPoints, a),
        DocumentsCommand::OralStatement(a) => {
            return document(DocumentKind::OralStatement, a.document, a.joint, ctx)
        }
    };
    document(kind, args, false, ctx)
}

/// Writes one of the lobbying documents.
fn document(
    kind: DocumentKind,
    args: DocumentArgs,
    joint: bool,
    ctx: &Context,
) -> Result<(), CliError> {
    let options = DocumentOptions {
        target_state: args.target_state,
        issues: args.issues,
        joint,
        ..args.print.options()
    };
    let mut store = ctx.open_store_for_reading()?;
    let report = write(&mut store, kind, &options, &args.print.out)?;
    print_report(&report, &args.print.out)
}

/// Writes the briefs of every target State and the combined file, saying each file as it
/// is done; a delegation whose brief does not fit is named with what to shorten, and the
/// exit code says the run is incomplete.
fn print_run(args: BriefsArgs, ctx: &Context) -> Result<(), CliError> {
    let options = DocumentOptions {
        issues: args.issues,
        ..args.choices.options()
    };
    let mut store = ctx.open_store_for_reading()?;
    // The terminal's Ctrl+C ends the process between two whole files or inside one, where
    // the file being written is a temporary one: nothing half-written is left either way.
    let never = AtomicBool::new(false);
    let mut stdout = std::io::stdout().lock();
    let mut said = Ok(());
    let run = write_briefs(
        &mut store,
        &options,
        &args.out,
        &mut |p| {
            if said.is_ok() {
                said = match &p.state {
                    Some(state) => writeln!(stdout, "[{}/{}] {}", p.done, p.total, shown(state)),
                    None => writeln!(stdout, "[{}/{}] the combined file", p.done, p.total),
                };
            }
        },
        &never,
    )?;
    said?;
    for brief in &run.written {
        let pages = if brief.pages == 1 { "page" } else { "pages" };
        writeln!(
            stdout,
            "Wrote {}: {} {pages}.",
            brief.file.display(),
            brief.pages
        )?;
    }
    if let Some(combined) = &run.combined {
        writeln!(
            stdout,
            "Wrote {}: the agenda, then {} to print in one go.",
            combined.display(),
            counted(run.written.len(), "brief", "briefs")
        )?;
    }
    if run.too_long.is_empty() {
        return Ok(());
    }
    let mut message = format!(
        "{} of {} written; not written, because they do not fit:",
        counted(run.written.len(), "brief", "briefs"),
        run.written.len() + run.too_long.len()
    );
    for t in &run.too_long {
        message.push_str(&format!(
            "\n- {}: {}",
            t.state,
            super::messages::overflow(&t.overflow)
        ));
    }
    Err(CliError::Incomplete(message))
}

/// Writes the letter before the adoption.
fn letter(args: LetterArgs, ctx: &Context) -> Result<(), CliError> {
    let options = DocumentOptions {
        issues: args.issues,
        to: args.to,
        ..args.print.options()
    };
    let mut store = ctx.open_store_for_reading()?;
    let report = write_letter(&mut store, &options, &args.print.out)?;
    print_report(&report, &args.print.out)
}

/// Writes the written statement to the Council.
fn written_statement(args: WrittenStatementArgs, ctx: &Context) -> Result<(), CliError> {
    let options = DocumentOptions {
        issues: args.issues,
        ..args.print.options()
    };
    let mut store = ctx.open_store_for_reading()?;
    let report = write_written_statement(&mut store, &options, &args.print.out)?;
    print_report(&report, &args.print.out)
}

/// Writes the press release, and its plain text when asked.
fn press_release(args: PressReleaseArgs, ctx: &Context) -> Result<(), CliError> {
    let options = DocumentOptions {
        issues: args.issues,
        embargo: args.embargo,
        ..args.print.options()
    };
    let mut store = ctx.open_store_for_reading()?;
    let report = write_press_release(&mut store, &options, &args.print.out, args.text.as_deref())?;
    print_report(&report, &args.print.out)?;
    if let Some(text) = &args.text {
        println!("Wrote {} (plain text).", text.display());
    }
    Ok(())
}

/// Prints, keeps or resets a speech's edited text.
fn edited_text(
    document: EditableDocument,
    args: SpeechTextArgs,
    ctx: &Context,
) -> Result<(), CliError> {
    let (name, command) = match document {
        EditableDocument::OralStatement => ("oral statement is", "oral-statement"),
        EditableDocument::TalkingPoints => ("talking points are", "talking-points"),
    };
    let mut store = ctx.open_store()?;
    if args.reset_text {
        reset_speech_text(&mut store, document)?;
        println!("The {name} generated from the priority issues again.");
        return Ok(());
    }
    if let Some(file) = args.set {
        let text = if file.as_os_str() == "-" {
            std::io::read_to_string(std::io::stdin())
        } else {
            std::fs::read_to_string(&file)
        }
        .map_err(|e| CliError::Usage(format!("cannot read {}: {e}", file.display())))?;
        save_speech_text(&mut store, document, &text)?;
        println!("Kept your text: {command} now says it (--reset-text goes back).");
        return Ok(());
    }
    let options = DocumentOptions {
        language: args.lang.map(Language::from),
        ..DocumentOptions::default()
    };
    let text = speech_text(&mut store, document, &options)?;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{}", text.edited.unwrap_or(text.generated))?;
    Ok(())
}

fn print_report(report: &DocumentReport, out: &std::path::Path) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    let pages = if report.pages == 1 { "page" } else { "pages" };
    write!(
        stdout,
        "Wrote {}: {} {pages}, {} words",
        out.display(),
        report.pages,
        report.words
    )?;
    if report.seconds > 0 {
        write!(
            stdout,
            ", about {} min {} s spoken",
            report.seconds / 60,
            report.seconds % 60
        )?;
    }
    writeln!(stdout, " (body text {} pt).", report.body_size)?;
    for note in &report.notes {
        writeln!(
            stdout,
            "Note: {}.",
            super::terminal::shown(&super::messages::note(note))
        )?;
    }
    Ok(())
}
