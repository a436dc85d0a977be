//! Subcommands over the database of past UPR recommendations: import an export, search it,
//! and rank the States to lobby for the current campaign's priority issues, with the review's
//! list of speakers when the user has it.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::Subcommand;
use upr_core::checker;
use upr_core::language::Language;
use upr_core::model::ActionCategory;
use upr_core::recommendations::{self, LobbyReason, Response, SearchQuery, Speaking};

use super::documents::Lang;
use super::terminal::{counted, shown};
use super::{CliError, Context};

/// Evidence lines shown under each State by `lobby-targets`; the rest are counted.
const EVIDENCE_SHOWN: usize = 3;
/// Characters of a recommendation's text shown in an evidence line.
const EVIDENCE_CHARS: usize = 110;

#[derive(Subcommand)]
pub enum RecommendationsCommand {
    /// Import past recommendations from a UPR Info export (as downloaded: old Mac line ends and
    /// Mac Roman are fine), a UTF-8 CSV, or a CSV saved from OHCHR's Universal Human Rights
    /// Index. Re-importing adds nothing twice; a bad row stops the import with its line number
    /// and nothing is imported.
    ImportRecommendations {
        /// The CSV file.
        file: PathBuf,
    },
    /// Search past recommendations: words in any order, "a phrase", ratif* for any word
    /// beginning so. Prints one per line: State under Review, recommending State, session,
    /// response, action category and text, separated by tabs.
    Search {
        /// Words to find; leave empty ("") to list by filters only.
        #[arg(default_value = "")]
        query: String,
        /// State under Review.
        #[arg(long, value_name = "STATE")]
        sur: Option<String>,
        /// Recommending State.
        #[arg(long, value_name = "STATE")]
        from: Option<String>,
        /// Regional group of the recommending State (African, Asia-Pacific, EEG, GRULAC, WEOG).
        #[arg(long, value_name = "GROUP")]
        group: Option<String>,
        /// One of UPR Info's issues, e.g. "Death penalty".
        #[arg(long, value_name = "NAME")]
        issue: Option<String>,
        /// Working Group session number.
        #[arg(long, value_name = "N")]
        session: Option<u32>,
        /// UPR cycle.
        #[arg(long, value_name = "N")]
        cycle: Option<u32>,
        /// supported (or accepted), noted, or none.
        #[arg(long, value_name = "R")]
        response: Option<Response>,
        /// Action category, 1 (minimal) to 5 (specific).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=5))]
        category: Option<u8>,
        /// At most this many results.
        #[arg(long, value_name = "N", default_value_t = recommendations::search::DEFAULT_LIMIT)]
        limit: usize,
    },
    /// Give recommendations their action category (1 minimal … 5 specific action) with the
    /// words that decided it and, for 1-4, how to make them specific. Reads one recommendation
    /// per line from standard input and writes one line per input line, in order: the
    /// category digit, a tab, the quoted deciding words, a tab, the suggestion (empty for 5).
    /// An input line without words gives an empty output line.
    Classify {
        /// Classify this one recommendation instead of reading standard input.
        #[arg(long, value_name = "RECOMMENDATION")]
        text: Option<String>,
        /// Language of the suggestions (default: English); the output's form is the same.
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
    /// Rank the recommending States to lobby for the current campaign's priority issues, with
    /// the past recommendations behind each.
    LobbyTargets {
        /// Only this issue: a priority issue's title or one of UPR Info's issues.
        #[arg(long, value_name = "NAME")]
        issue: Option<String>,
        /// Show at most this many States.
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: usize,
    },
    /// The review's list of speakers (the States inscribed to speak, published shortly before
    /// the review): given, lobby-targets ranks the inscribed States first.
    #[command(subcommand)]
    Speakers(SpeakersCommand),
}

#[derive(Subcommand)]
pub enum SpeakersCommand {
    /// Print the campaign's list of speakers, one State per line.
    Show,
    /// Keep the list of speakers, replacing the earlier one: States separated by commas or one
    /// per line, by their UN names in any of the six languages or ISO codes (NOR). A name the
    /// app does not know refuses the whole list, naming it.
    Set {
        /// The list, e.g. "Norway, Brazil, Japan".
        #[arg(
            value_name = "LIST",
            required_unless_present = "file",
            conflicts_with = "file"
        )]
        list: Option<String>,
        /// Read the list from this file (- for standard input).
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Forget the list of speakers: lobby-targets ranks from past recommendations alone.
    Clear,
}

pub fn run(cmd: RecommendationsCommand, ctx: &Context) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match cmd {
        RecommendationsCommand::ImportRecommendations { file } => {
            let mut store = ctx.open_store()?;
            let show_progress = std::io::stderr().is_terminal();
            let mut progress = |done: usize, total: usize| {
                if show_progress {
                    eprint!("\rimporting {done}/{total}");
                }
            };
            let report = recommendations::import_file(&mut store, &file, &mut progress)?;
            if show_progress {
                eprintln!();
            }
            writeln!(
                out,
                "Read {} recommendations from {} ({}): {} added, {} already present.",
                report.read,
                shown(&report.file),
                report.encoding,
                report.added,
                report.already_present
            )?;
            if !report.unknown_columns.is_empty() {
                writeln!(
                    out,
                    "Columns not understood (ignored): {}",
                    shown(&report.unknown_columns.join(", "))
                )?;
            }
        }
        RecommendationsCommand::Search {
            query,
            sur,
            from,
            group,
            issue,
            session,
            cycle,
            response,
            category,
            limit,
        } => {
            let query = SearchQuery {
                text: query,
                state_under_review: sur,
                recommending_state: from,
                regional_group: group,
                issue,
                session,
                cycle,
                response,
                // clap has checked the range 1 to 5.
                action_category: category.and_then(|n| ActionCategory::try_from(n).ok()),
                limit,
            };
            let mut store = ctx.open_store_for_reading()?;
            let found = recommendations::search(&mut store, &query)?;
            for r in &found {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    shown(&r.state_under_review),
                    shown(&r.recommending_state),
                    r.session.map_or("-".to_string(), |s| s.to_string()),
                    r.response,
                    r.action_category.map_or("-".to_string(), |c| c.to_string()),
                    shown(&r.text)
                )?;
            }
            if found.is_empty() {
                eprintln!("No past recommendation matches.");
            }
        }
        RecommendationsCommand::Classify {
            text: Some(text),
            lang,
        } => {
            let language = lang.map_or(Language::En, Language::from).code();
            writeln!(out, "{}", checker::line_for(&text, language))?;
        }
        RecommendationsCommand::Classify { text: None, lang } => {
            let input = std::io::stdin().lock();
            match checker::classify_lines(
                input,
                &mut out,
                lang.map_or(Language::En, Language::from).code(),
            ) {
                // A closed pipe (`| head`) ends the output like any other command's.
                Err(upr_core::Error::WriteFile { source, .. }) => return Err(source.into()),
                other => {
                    other?;
                }
            }
        }
        RecommendationsCommand::Speakers(cmd) => run_speakers(cmd, ctx, &mut out)?,
        RecommendationsCommand::LobbyTargets { issue, limit } => {
            let mut store = ctx.open_store_for_reading()?;
            let ranked = recommendations::lobby_targets(&mut store, issue.as_deref())?;
            let sur = shown(&ranked.state_under_review);
            writeln!(
                out,
                "Whom to lobby for the review of {sur}, on: {}",
                shown(&ranked.issues.join("; "))
            )?;
            if !ranked.list_of_speakers.is_empty() {
                writeln!(
                    out,
                    "With the list of speakers ({}): the States inscribed to speak first.",
                    counted(ranked.list_of_speakers.len(), "State", "States")
                )?;
            }
            if ranked.targets.is_empty() {
                writeln!(out, "No past recommendation on these issues is in the data folder; import UPR Info's export with import-recommendations.")?;
            }
            let topic = match ranked.issues.as_slice() {
                [one] => one.clone(),
                _ => "these issues".to_string(),
            };
            for (rank, t) in ranked.targets.iter().take(limit).enumerate() {
                let why: Vec<String> = t
                    .reasons
                    .iter()
                    .map(|r| {
                        shown(&reason_in_words(r, &ranked.state_under_review, &topic)).to_string()
                    })
                    .collect();
                let listed = match t.speaking {
                    Speaking::Unknown => "",
                    Speaking::Inscribed => " [inscribed to speak]",
                    Speaking::NotInscribed => " [not on the list of speakers]",
                };
                writeln!(
                    out,
                    "{:>2}. {} ({}){listed}, score {:.2}: {}",
                    rank + 1,
                    shown(&t.recommending_state),
                    shown(if t.regional_group.is_empty() {
                        "group unknown"
                    } else {
                        &t.regional_group
                    }),
                    t.score,
                    why.join("; ")
                )?;
                for r in t.evidence.iter().take(EVIDENCE_SHOWN) {
                    let mut text: String = r.text.chars().take(EVIDENCE_CHARS).collect();
                    if text.len() < r.text.len() {
                        text.push('…');
                    }
                    writeln!(
                        out,
                        "      to {}, session {}, {}, category {}: {}",
                        shown(&r.state_under_review),
                        r.session.map_or("?".to_string(), |s| s.to_string()),
                        r.response,
                        r.action_category.map_or("?".to_string(), |c| c.to_string()),
                        shown(&text),
                    )?;
                }
                if t.evidence.len() > EVIDENCE_SHOWN {
                    writeln!(
                        out,
                        "      … and {} more",
                        t.evidence.len() - EVIDENCE_SHOWN
                    )?;
                }
            }
        }
    }
    Ok(())
}

fn run_speakers(cmd: SpeakersCommand, ctx: &Context, out: &mut impl Write) -> Result<(), CliError> {
    let mut store = match cmd {
        SpeakersCommand::Show => ctx.open_store_for_reading()?,
        SpeakersCommand::Set { .. } | SpeakersCommand::Clear => ctx.open_store()?,
    };
    match cmd {
        SpeakersCommand::Show => {
            let list = recommendations::list_of_speakers(&mut store)?;
            if list.is_empty() {
                eprintln!("No list of speakers: lobby-targets ranks from past recommendations alone (upr-kit speakers set \"Norway, Brazil, …\" gives it).");
            }
            for state in &list {
                writeln!(out, "{}", shown(state))?;
            }
        }
        SpeakersCommand::Set { list, file } => {
            let text = match (list, file) {
                (Some(list), _) => list,
                (None, Some(file)) => if file.as_os_str() == "-" {
                    std::io::read_to_string(std::io::stdin())
                } else {
                    std::fs::read_to_string(&file)
                }
                .map_err(|source| upr_core::Error::ReadFile { path: file, source })?,
                // clap requires the one or the other.
                (None, None) => String::new(),
            };
            let kept = recommendations::set_list_of_speakers(&mut store, &text)?;
            if kept.is_empty() {
                writeln!(out, "The list of speakers is empty: lobby-targets ranks from past recommendations alone.")?;
            } else {
                writeln!(
                    out,
                    "Kept the list of speakers, {}: {}. lobby-targets ranks them first.",
                    counted(kept.len(), "State", "States"),
                    shown(&kept.join(", "))
                )?;
            }
        }
        SpeakersCommand::Clear => {
            recommendations::clear_list_of_speakers(&mut store)?;
            writeln!(
                out,
                "Forgot the list of speakers: lobby-targets ranks from past recommendations alone."
            )?;
        }
    }
    Ok(())
}

/// One reason a State ranks where it does, in English (the window words the same numbers from
/// its catalogues).
fn reason_in_words(reason: &LobbyReason, sur: &str, topic: &str) -> String {
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    match reason {
        LobbyReason::FollowUp {
            recommendations,
            supported,
            noted,
            followed_up,
            ..
        } => {
            let mut words = format!(
                "{} on {topic} to {sur} before ({supported} supported, {noted} noted)",
                plural(*recommendations, "recommendation", "recommendations")
            );
            if let Some(f) = followed_up {
                words.push_str(&format!(
                    ", followed up {} of its {} from an earlier cycle",
                    f.followed, f.of
                ));
            }
            words
        }
        LobbyReason::Record {
            recommendations,
            specific,
            since_session,
            recent,
            recent_sessions,
            ..
        } => {
            let since = since_session.map_or(String::new(), |s| format!(" since session {s}"));
            format!(
                "{} on {topic}{since} ({specific} specific), {recent} in the last {recent_sessions} sessions",
                plural(*recommendations, "recommendation", "recommendations")
            )
        }
        LobbyReason::RecordInGroup {
            recommendations,
            group,
            ..
        } => format!("{recommendations} of them to States of the {group} group, as {sur} is"),
        LobbyReason::SameGroup { group, .. } => format!("in the {group} group, as {sur} is"),
    }
}
