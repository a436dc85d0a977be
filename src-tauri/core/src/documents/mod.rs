//! The six documents an organisation prints for the UPR: the three it takes to the lobbying —
//! the brief for a delegation (`brief`), the pre-session talking points (`talking_points`)
//! and the two-minute oral statement at the Human Rights Council (`oral_statement`) — and the
//! three of the cycle around them: the mid-term implementation report (`midterm_report`),
//! the advocacy factsheets (`factsheet`) and the stakeholder submission as PDF
//! (`submission`).
//!
//! Each document turns the store's data into layout blocks in the chosen language
//! (`wording`), has them laid out (`crate::layout`) and painted (`crate::pdf`), and returns
//! the PDF with a report (pages, words, speaking time) — or, when the content does not fit
//! its limit, an [`Overflow`] saying what overflows, by how much and what to shorten. Nothing
//! is cut and no text is shrunk below a readable size to make it fit.

pub mod brief;
pub(crate) mod cycle_design;
mod design;
pub mod factsheet;
pub mod midterm_report;
pub mod oral_statement;
mod preview;
pub mod speech;
pub mod submission;
pub mod talking_points;

#[cfg(test)]
mod tests;

use std::fmt;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::layout::{missing_characters, Face, Layout};
use crate::model::{Campaign, Organisation, PriorityIssue, TargetState};
use crate::settings::{Paper, Settings};
use crate::store::Store;
use crate::{Error, Result};

pub use crate::language::Language;
pub use brief::PriorRecommendation;
pub use preview::{preview, Preview};
// The wording moved below the documents; the documents' files still name it as their own.
pub(crate) use crate::wording;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Brief,
    TalkingPoints,
    OralStatement,
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DocumentKind::Brief => "brief",
            DocumentKind::TalkingPoints => "talking points",
            DocumentKind::OralStatement => "oral statement",
        })
    }
}

/// What a document is made from: the organisation's data as the store holds it.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub organisation: &'a Organisation,
    pub campaign: &'a Campaign,
    /// In rank order.
    pub issues: &'a [PriorityIssue],
    pub target_states: &'a [TargetState],
    pub settings: &'a Settings,
}

/// The user's choices for one document. Everything left at its default comes from the
/// settings or from the data.
#[derive(Debug, Clone, Default)]
pub struct DocumentOptions {
    /// The settings' document language when `None`.
    pub language: Option<Language>,
    pub paper: Option<Paper>,
    /// The brief and the talking points for this delegation (a target State's name).
    pub target_state: Option<String>,
    /// Titles of the priority issues to include; all of them when empty.
    pub issues: Vec<String>,
    /// Marks every page "draft".
    pub draft: bool,
    /// The date printed in the header; today when `None`.
    pub date: Option<NaiveDate>,
    /// The creation date in the PDF's metadata; now when `None`.
    pub created: Option<DateTime<Utc>>,
    /// What the target State recommended before on these issues, from the database of past
    /// recommendations, when it has any. The brief lists them.
    pub prior_recommendations: Vec<PriorRecommendation>,
}

/// What came out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentReport {
    pub kind: DocumentKind,
    pub pages: usize,
    /// Words of the document; for the speeches, the words read aloud.
    pub words: usize,
    /// The time to say them at the configured speaking rate.
    pub seconds: u32,
    /// The body text size the document was set in, in points.
    pub body_size: f32,
    /// Remarks the user should see (a speech shorter than its slot…).
    pub notes: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub report: DocumentReport,
    /// The pages the PDF was painted from; the app's preview draws the same tree.
    pub layout: Layout,
}

/// Why a document does not fit, by how much, and what the user can shorten.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overflow {
    pub kind: DocumentKind,
    /// "needs 3 pages; its limit is 2".
    pub problem: String,
    /// Words to remove (estimated from lines for the brief).
    pub words_over: usize,
    /// Lines to remove at the smallest readable size, for page-limited documents.
    pub lines_over: Option<usize>,
    /// The longest parts first, with their word counts.
    pub shorten: Vec<String>,
}

impl fmt::Display for Overflow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the {} {}: ", self.kind, self.problem)?;
        match self.lines_over {
            Some(lines) => write!(
                f,
                "about {lines} lines (roughly {} words) do not fit",
                self.words_over
            )?,
            None => write!(f, "{} words too many", self.words_over)?,
        }
        write!(f, ". Nothing was written. Shorten it by that much")?;
        if !self.shorten.is_empty() {
            write!(f, "; the longest parts are:")?;
            for s in &self.shorten {
                write!(f, "\n  - {s}")?;
            }
        }
        Ok(())
    }
}

/// Makes a document from the data in `sources`.
pub fn render(
    kind: DocumentKind,
    sources: &Sources,
    options: &DocumentOptions,
) -> Result<Rendered> {
    sources.settings.validate()?;
    let issues = select_issues(sources.issues, &options.issues)?;
    let sources = Sources {
        issues: &issues,
        ..*sources
    };
    check_characters(&sources, options)?;
    match kind {
        DocumentKind::Brief => brief::render(&sources, options),
        DocumentKind::TalkingPoints => talking_points::render(&sources, options),
        DocumentKind::OralStatement => oral_statement::render(&sources, options),
    }
}

/// Makes a document from the store's current campaign: what `write` paints and `preview`
/// shows, so that the two can never disagree.
pub(crate) fn render_from_store(
    store: &mut Store,
    kind: DocumentKind,
    options: &DocumentOptions,
) -> Result<Rendered> {
    let organisation = store.organisation()?.ok_or(Error::NotFound {
        what: "organisation",
        id: "(none yet: describe your organisation first, or load the demo)".into(),
    })?;
    let campaign = store.current_campaign()?.ok_or(Error::NotFound {
        what: "campaign",
        id: "(none yet: create one for the State under Review, or load the demo)".into(),
    })?;
    let issues = store.priority_issues(campaign.id)?;
    let target_states = store.target_states(campaign.id)?;
    let settings = store.settings()?;
    let options = &with_prior_recommendations(store, kind, options, &campaign, &issues, &settings)?;
    let sources = Sources {
        organisation: &organisation,
        campaign: &campaign,
        issues: &issues,
        target_states: &target_states,
        settings: &settings,
    };
    render(kind, &sources, options)
}

/// Makes a document from the store's current campaign and writes it to `out`. On any
/// failure, overflow included, nothing is written.
pub fn write(
    store: &mut Store,
    kind: DocumentKind,
    options: &DocumentOptions,
    out: &Path,
) -> Result<DocumentReport> {
    // Refused before any work: never into the data folder, never onto a folder.
    store.check_output(out)?;
    let rendered = render_from_store(store, kind, options)?;
    store.write_output(out, &rendered.pdf)?;
    Ok(rendered.report)
}

/// A brief for a delegation shows what that State recommended before on the chosen issues,
/// when the database of past recommendations has any and the caller gave none.
fn with_prior_recommendations(
    store: &mut Store,
    kind: DocumentKind,
    options: &DocumentOptions,
    campaign: &Campaign,
    issues: &[PriorityIssue],
    settings: &Settings,
) -> Result<DocumentOptions> {
    let mut options = options.clone();
    let Some(state) = options.target_state.clone() else {
        return Ok(options);
    };
    if kind != DocumentKind::Brief || !options.prior_recommendations.is_empty() {
        return Ok(options);
    }
    let mut tags: Vec<String> = Vec::new();
    for issue in issues {
        if options.issues.is_empty() || options.issues.iter().any(|t| t == &issue.title) {
            for tag in &issue.upr_issues {
                if !tags.contains(tag) {
                    tags.push(tag.clone());
                }
            }
        }
    }
    let found = crate::recommendations::prior_recommendations(
        store,
        &state,
        &campaign.state_under_review,
        &tags,
        settings.brief_prior_recommendations as usize,
    )?;
    options.prior_recommendations = found
        .into_iter()
        .map(|r| PriorRecommendation {
            state_under_review: r.state_under_review,
            text: r.text,
            response: r.response_as_recorded,
            session: r.session,
        })
        .collect();
    Ok(options)
}

/// The issues the user chose, in rank order; an unknown title is an error naming the
/// titles there are.
fn select_issues(all: &[PriorityIssue], titles: &[String]) -> Result<Vec<PriorityIssue>> {
    let mut issues: Vec<PriorityIssue> = if titles.is_empty() {
        all.to_vec()
    } else {
        for t in titles {
            if !all
                .iter()
                .any(|i| i.title.trim().eq_ignore_ascii_case(t.trim()))
            {
                let known: Vec<String> = all.iter().map(|i| format!("'{}'", i.title)).collect();
                return Err(Error::invalid(
                    "issue",
                    format!(
                        "no priority issue is called '{t}'; there are {}",
                        known.join(", ")
                    ),
                ));
            }
        }
        all.iter()
            .filter(|i| {
                titles
                    .iter()
                    .any(|t| i.title.trim().eq_ignore_ascii_case(t.trim()))
            })
            .cloned()
            .collect()
    };
    issues.sort_by_key(|i| i.rank);
    Ok(issues)
}

/// The language of the document: the option, else the settings'.
fn language(sources: &Sources, options: &DocumentOptions) -> Result<Language> {
    Ok(options
        .language
        .unwrap_or(sources.settings.document_language))
}

fn target<'a>(sources: &Sources<'a>, options: &DocumentOptions) -> Result<Option<&'a TargetState>> {
    let Some(name) = options.target_state.as_deref() else {
        return Ok(None);
    };
    sources
        .target_states
        .iter()
        .find(|t| t.state.trim().eq_ignore_ascii_case(name.trim()))
        .map(Some)
        .ok_or_else(|| {
            let known: Vec<&str> = sources
                .target_states
                .iter()
                .map(|t| t.state.as_str())
                .collect();
            Error::invalid(
                "target State",
                format!(
                    "'{name}' is not one of the campaign's target States ({}); add it first",
                    if known.is_empty() {
                        "none yet".to_string()
                    } else {
                        known.join(", ")
                    }
                ),
            )
        })
}

/// Every character of the user's text must be printable: one the fonts lack is named with
/// where it is, never dropped or drawn as an empty box. That includes what comes with the
/// options: a delegation's past recommendations, read from an imported CSV, once lost their
/// CJK characters silently.
fn check_characters(sources: &Sources, options: &DocumentOptions) -> Result<()> {
    let org = sources.organisation;
    let mut texts: Vec<(String, &str)> = vec![
        ("the organisation's name".into(), &org.name),
        ("the organisation's acronym".into(), &org.acronym),
        ("the organisation's e-mail".into(), &org.contact_email),
        ("the organisation's phone".into(), &org.contact_phone),
        ("the organisation's website".into(), &org.website),
        (
            "the State under Review".into(),
            &sources.campaign.state_under_review,
        ),
    ];
    for p in &org.partners {
        texts.push((format!("partner '{}'", p.name), &p.name));
        texts.push((format!("partner '{}'", p.name), &p.acronym));
    }
    for t in sources.target_states {
        texts.push(("a target State's name".into(), &t.state));
    }
    for issue in sources.issues {
        let at = |what: String| format!("priority issue '{}', {what}", issue.title);
        texts.push((at("title".into()), &issue.title));
        texts.push((at("background".into()), &issue.background));
        for (n, f) in issue.facts.iter().enumerate() {
            texts.push((at(format!("fact {}", n + 1)), &f.text));
            texts.push((at(format!("source of fact {}", n + 1)), &f.source));
        }
        for (n, q) in issue.questions.iter().enumerate() {
            texts.push((at(format!("question {}", n + 1)), &q.text));
        }
        for (n, r) in issue.recommendations.iter().enumerate() {
            texts.push((at(format!("recommendation {}", n + 1)), &r.text));
            texts.push((
                at(format!("recommendation {} reference", n + 1)),
                &r.previously_recommended,
            ));
        }
    }
    for (n, r) in options.prior_recommendations.iter().enumerate() {
        let at = |what: &str| format!("past recommendation {} ({what})", n + 1);
        texts.push((at("text"), &r.text));
        texts.push((at("State under Review"), &r.state_under_review));
        texts.push((at("response"), &r.response));
    }
    check_printable(&texts)
}

/// Every character of `texts` (each with the place it comes from) must be printable: one the
/// fonts lack is named with where it is, never dropped. Shared by every document.
pub(crate) fn check_printable(texts: &[(String, &str)]) -> Result<()> {
    let mut problems = Vec::new();
    for (place, text) in texts {
        let mut missing: Vec<String> = Vec::new();
        for face in Face::ALL {
            for m in missing_characters(text, face) {
                if !missing.contains(&m.name) {
                    missing.push(m.name);
                }
            }
        }
        if !missing.is_empty() {
            problems.push(format!("{} in {place}", missing.join(", ")));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::MissingCharacters {
            report: problems.join("; "),
        })
    }
}

/// The first letter in lower case when the text starts like a sentence ("Repeal the law"
/// after "We urge Meridia to"), as written otherwise ("ICCPR…", "Meridia…" keep theirs).
fn continue_sentence(text: &str) -> String {
    let mut chars = text.trim().chars();
    match (chars.next(), chars.clone().next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            let rest: String = chars.collect();
            // A proper noun cannot be told from a verb; the catalogue's verbs ("Adopt",
            // "Ratify"…) are what recommendations start with (UPR Info's guidance).
            first.to_lowercase().collect::<String>() + &rest
        }
        _ => text.trim().to_string(),
    }
}
