//! Subcommands of coalition work: a share file for a partner, merging a partner's file,
//! joining a partner's campaign from an empty data folder, and the conflicts a merge kept.

use std::io::Write;
use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};
use upr_core::coalition::{
    Conflict, FolderFile, Kind, MeetingChoice, MergeOutcome, Sealed, Settlement, ShareChoice,
    SharePreview,
};

use super::terminal::{counted, shown};
use super::{CliError, Context};

#[derive(Subcommand)]
pub enum CoalitionCommand {
    /// Write a share file (.uprshare) of the campaign, or of chosen priority issues, for a
    /// coalition partner. Contact persons never go into it; meetings only with
    /// --include-meetings.
    Share {
        /// The file to write, e.g. for-wlac.uprshare.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Share only this priority issue (by title); repeat for several.
        #[arg(long = "issue", value_name = "TITLE")]
        issues: Vec<String>,
        /// The partner the file is for.
        #[arg(long, value_name = "NAME")]
        partner: Option<String>,
        /// Include the campaign's meetings, with their notes and the people met.
        #[arg(long)]
        include_meetings: bool,
        /// Only list what the file would hold; nothing is written.
        #[arg(long)]
        dry_run: bool,
        /// Encrypt the file with a passphrase, to give the partner apart (age format, as
        /// `export --encrypt`: it opens with this app, or with `age -d`). Always so while the
        /// data folder is encrypted. The passphrase is typed twice on a terminal, or read
        /// from --new-passphrase-file.
        #[arg(long)]
        encrypt: bool,
        /// A file holding the share file's passphrase (its first line); implies --encrypt.
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Merge a partner's share file: their changes are taken where only they changed a
    /// record, and records both sides changed are kept as conflicts (see `conflicts`). An
    /// encrypted file's passphrase is asked as for `import`.
    Merge { file: PathBuf },
    /// Start in an empty data folder as a partner of a campaign: your organisation, and the
    /// campaign of a partner's share file (an encrypted one's passphrase asked as for
    /// `import`).
    Join {
        file: PathBuf,
        /// Your organisation's name.
        #[arg(long, value_name = "NAME")]
        organisation: String,
        /// Your organisation's short name, which partners see.
        #[arg(long, value_name = "ACRONYM")]
        acronym: Option<String>,
    },
    /// List the records changed both here and by a partner, field by field.
    Conflicts,
    /// Set (or with --clear, forget) the passphrase the coalition shares for the exchange
    /// folder: while the data folder is encrypted, the share file written there is
    /// encrypted with it and the partners' files are opened with it. It is kept only inside
    /// the encrypted data folder; typed twice on a terminal, or read from
    /// --new-passphrase-file.
    CoalitionPassphrase {
        /// Forget the coalition passphrase.
        #[arg(long, conflicts_with = "new_passphrase_file")]
        clear: bool,
        /// A file holding the coalition passphrase (its first line).
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// The exchange folder, a folder Syncthing or Nextcloud keeps in step with the partners:
    /// without an option, merge the partners' new share files found there and list them all.
    ExchangeFolder {
        /// Use this folder as the exchange folder from now on.
        #[arg(long, value_name = "DIR", conflicts_with = "write")]
        set: Option<PathBuf>,
        /// Write this organisation's share file there (encrypted with the coalition
        /// passphrase while the data folder is encrypted).
        #[arg(long)]
        write: bool,
    },
    /// Settle a conflict by keeping your version or taking the partner's.
    Resolve {
        /// The record's id, as `conflicts` lists it.
        id: uuid::Uuid,
        #[arg(long, value_enum)]
        take: Take,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Take {
    Mine,
    Theirs,
}

pub fn run(cmd: CoalitionCommand, ctx: &Context) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match cmd {
        CoalitionCommand::Share {
            out: file,
            issues,
            partner,
            include_meetings,
            dry_run,
            encrypt,
            new_passphrase_file,
        } => {
            let choice = ShareChoice {
                issues,
                partner,
                meetings: if include_meetings {
                    MeetingChoice::All
                } else {
                    MeetingChoice::None
                },
            };
            let mut store = ctx.open_store()?;
            let encrypt =
                !dry_run && (encrypt || new_passphrase_file.is_some() || store.is_encrypted());
            let preview = if dry_run {
                upr_core::coalition::preview(&mut store, &choice)?
            } else if encrypt {
                store.check_output(&file)?;
                let passphrase = ctx.passphrase.new_one(new_passphrase_file.as_ref())?;
                upr_core::coalition::share(&mut store, &choice, &file, Some(&passphrase))?
            } else {
                upr_core::coalition::share(&mut store, &choice, &file, None)?
            };
            let heading = if dry_run {
                format!("{} would hold (nothing was written):", file.display())
            } else if encrypt {
                format!(
                    "Wrote {}, encrypted with the passphrase (give it to the partner apart; the file opens with this app, or with `age -d`), which holds:",
                    file.display()
                )
            } else {
                format!("Wrote {}, which holds:", file.display())
            };
            print_preview(&mut out, &heading, &preview)?;
        }
        CoalitionCommand::Merge { file } => {
            let mut store = ctx.open_store()?;
            let passphrase = ctx.file_passphrase(&file)?;
            let outcome = upr_core::coalition::merge_file(&mut store, &file, passphrase.as_ref())?;
            print_outcome(&mut out, &outcome)?;
        }
        CoalitionCommand::Join {
            file,
            organisation,
            acronym,
        } => {
            if organisation.trim().is_empty() {
                return Err(CliError::Usage(
                    "give your organisation's name (--organisation)".into(),
                ));
            }
            let mut org = upr_core::model::Organisation::named(&organisation);
            org.acronym = acronym.unwrap_or_default().trim().to_string();
            let mut store = ctx.open_store()?;
            let passphrase = ctx.file_passphrase(&file)?;
            let outcome =
                upr_core::coalition::join_file(&mut store, org, &file, passphrase.as_ref())?;
            print_outcome(&mut out, &outcome)?;
        }
        CoalitionCommand::Conflicts => {
            let mut store = ctx.open_store_for_reading()?;
            let open = upr_core::coalition::conflicts(&mut store)?;
            if open.is_empty() {
                writeln!(out, "No conflicts: nothing waits to be settled.")?;
            }
            for conflict in &open {
                print_conflict(&mut out, conflict)?;
            }
            if !open.is_empty() {
                writeln!(
                    out,
                    "Settle each with `upr-kit resolve ID --take mine` or `--take theirs`."
                )?;
            }
        }
        CoalitionCommand::CoalitionPassphrase {
            clear,
            new_passphrase_file,
        } => {
            let mut store = ctx.open_store()?;
            if clear {
                store.set_coalition_passphrase(None)?;
                writeln!(out, "The coalition passphrase is forgotten: the exchange folder takes no encrypted share file until it is set again.")?;
            } else {
                let passphrase = ctx.passphrase.new_one(new_passphrase_file.as_ref())?;
                store.set_coalition_passphrase(Some(&passphrase))?;
                writeln!(out, "The coalition passphrase is set: the share file written to the exchange folder is encrypted with it, and the partners' files there are opened with it.")?;
            }
        }
        CoalitionCommand::ExchangeFolder { set, write } => {
            let mut store = ctx.open_store()?;
            if let Some(dir) = set {
                upr_core::coalition::choose_folder(&mut store, Some(&dir))?;
                writeln!(out, "The exchange folder is now {}.", dir.display())?;
            } else if write {
                let (path, preview) = upr_core::coalition::write_to_folder(&mut store)?;
                writeln!(
                    out,
                    "Wrote {}{} ({}).",
                    path.display(),
                    if store.is_encrypted() {
                        ", encrypted with the coalition passphrase"
                    } else {
                        ""
                    },
                    counted(preview.items.len(), "record", "records")
                )?;
            } else {
                let files = upr_core::coalition::pick_up(&mut store)?;
                if files.is_empty() {
                    writeln!(out, "No partner's share file in the exchange folder.")?;
                }
                for file in &files {
                    print_folder_file(&mut out, file)?;
                }
            }
        }
        CoalitionCommand::Resolve { id, take } => {
            let mut store = ctx.open_store()?;
            let settlement = match take {
                Take::Mine => Settlement::Mine,
                Take::Theirs => Settlement::Theirs,
            };
            let settled = upr_core::coalition::settle(&mut store, id, settlement)?;
            let what = format!("{} “{}”", kind_word(settled.kind), shown(&settled.name));
            match take {
                Take::Mine => writeln!(out, "Kept your version of the {what}.")?,
                Take::Theirs => writeln!(
                    out,
                    "Took {}'s version of the {what}.",
                    shown(&settled.theirs_by.name)
                )?,
            }
        }
    }
    Ok(())
}

fn kind_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Campaign => "campaign",
        Kind::PriorityIssue => "priority issue",
        Kind::KeyFact => "key fact",
        Kind::Question => "question",
        Kind::Recommendation => "recommendation",
        Kind::TargetState => "target State",
        Kind::Submission => "submission",
        Kind::ReceivedRecommendation => "received recommendation",
        Kind::CalendarDate => "calendar date",
        Kind::Meeting => "meeting",
    }
}

fn print_preview(out: &mut impl Write, heading: &str, p: &SharePreview) -> std::io::Result<()> {
    writeln!(out, "{heading}")?;
    writeln!(
        out,
        "From {} for {}, the campaign on {}:",
        shown(&p.from.name),
        p.partner
            .as_deref()
            .map_or("any partner".to_string(), |n| shown(n).to_string()),
        shown(&p.state_under_review)
    )?;
    for item in &p.items {
        if item.deleted {
            writeln!(
                out,
                "  deletion of a {} ({})",
                kind_word(item.kind),
                item.id
            )?;
        } else {
            writeln!(out, "  {}: {}", kind_word(item.kind), shown(&item.name))?;
        }
    }
    writeln!(
        out,
        "Left out: {} (never shared) and {}.",
        counted(p.contacts_left_out, "contact person", "contact persons"),
        counted(p.meetings_left_out, "meeting", "meetings")
    )
}

fn print_outcome(out: &mut impl Write, o: &MergeOutcome) -> std::io::Result<()> {
    writeln!(
        out,
        "From {} (campaign on {}, written {}):",
        shown(&o.from.name),
        shown(&o.state_under_review),
        o.written_at.format("%Y-%m-%d %H:%M UTC")
    )?;
    if o.is_empty() {
        writeln!(
            out,
            "Nothing new: this data folder already has everything in the file."
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "{} added, {} updated, {} deleted; {}.",
        counted(o.added.len(), "record", "records"),
        o.updated.len(),
        o.deleted.len(),
        counted(
            o.new_recommendations,
            "new recommendation",
            "new recommendations"
        )
    )?;
    for (word, changes) in [
        ("added", &o.added),
        ("updated", &o.updated),
        ("deleted", &o.deleted),
    ] {
        for c in changes {
            writeln!(out, "  {word}: {} “{}”", kind_word(c.kind), shown(&c.name))?;
        }
    }
    if let Some(partner) = &o.added_partner {
        writeln!(
            out,
            "{} is now among your coalition partners: joint documents name it.",
            shown(partner)
        )?;
    }
    if !o.conflicts.is_empty() {
        writeln!(
            out,
            "{} (changed here and by {}; both versions kept, see `upr-kit conflicts`):",
            counted(o.conflicts.len(), "conflict", "conflicts"),
            shown(&o.from.name)
        )?;
        for c in &o.conflicts {
            writeln!(
                out,
                "  {}  {} “{}”",
                c.id,
                kind_word(c.kind),
                shown(&c.name)
            )?;
        }
    }
    Ok(())
}

fn print_folder_file(out: &mut impl Write, f: &FolderFile) -> std::io::Result<()> {
    let name = shown(&f.file);
    match (f.sealed, &f.problem, &f.outcome) {
        (Some(Sealed::NeedsPassphrase), _, _) => writeln!(
            out,
            "{name}: encrypted; merge it with its passphrase: upr-kit merge {}",
            f.path.display()
        ),
        (Some(Sealed::OtherPassphrase), _, _) => writeln!(
            out,
            "{name}: encrypted with another passphrase than the coalition's; merge it with its own: upr-kit merge {}",
            f.path.display()
        ),
        (None, Some(problem), _) => writeln!(out, "{name}: refused: {}", shown(problem)),
        (None, None, Some(outcome)) => {
            let when = if f.merged_now {
                "merged now"
            } else {
                "merged before"
            };
            writeln!(out, "{name} ({when}):")?;
            print_outcome(out, outcome)
        }
        (None, None, None) => writeln!(out, "{name}"),
    }
}

fn print_conflict(out: &mut impl Write, c: &Conflict) -> std::io::Result<()> {
    writeln!(
        out,
        "{}  {} “{}”, changed here and by {}:",
        c.id,
        kind_word(c.kind),
        shown(&c.name),
        shown(&c.theirs_by.name)
    )?;
    match (&c.mine, &c.theirs) {
        (None, _) => writeln!(
            out,
            "  you deleted it; {} changed it",
            shown(&c.theirs_by.name)
        )?,
        (_, None) => writeln!(
            out,
            "  you changed it; {} deleted it",
            shown(&c.theirs_by.name)
        )?,
        _ => {
            for f in &c.fields {
                writeln!(out, "  {}:", f.field.replace('_', " "))?;
                writeln!(out, "    yours:  {}", shown(&value_text(&f.mine)))?;
                writeln!(out, "    theirs: {}", shown(&value_text(&f.theirs)))?;
            }
        }
    }
    Ok(())
}

/// A field's value as a line: text as it is, lists by their length, the rest as JSON.
fn value_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => counted(items.len(), "item", "items"),
        serde_json::Value::Null => "(none)".into(),
        other => other.to_string(),
    }
}
