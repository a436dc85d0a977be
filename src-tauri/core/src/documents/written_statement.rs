//! The written statement to the Human Rights Council under item 6 (Universal Periodic
//! Review), which an organisation in consultative status with ECOSOC may submit for the
//! session adopting the review's outcome. The UN's heading block (the Council, the session,
//! the agenda item, who submits it and in which status), the title, then the priority issues:
//! background, key facts, and the recommendations the organisation urges the State to accept.
//!
//! Its limit is in words, by ECOSOC status (`written_statement_words_general`, and
//! `written_statement_words_special` for special or roster status), counted as the
//! submission is counted (`submission::count_words`): the title and the text, not the
//! heading block, which the secretariat sets. Over the limit nothing is written; the overflow
//! report says how many words to cut and the longest parts.

use std::path::Path;

use crate::layout::{Block, Face, Layout, Span};
use crate::model::{EcosocStatus, PriorityIssue};
use crate::store::Store;
use crate::submission::count_words;
use crate::{Error, Result};

use super::advice::{longest_parts, Overflow, OverflowMeasure};
use super::cycle_design::{self, BODY};
use super::design::{self, INK, MUTED};
use super::pipeline::{self, Composed, Document, Preamble};
use super::running_text::fill_names;
use super::sources::select_issues;
use super::{continue_sentence, DocumentKind, DocumentOptions, LaidOut, Sources};

/// The written statement's parts in order: what the PDF sets and the Word file writes.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum StatementPart {
    /// A line of the UN heading block (not counted against the limit).
    Heading(String),
    /// The statement's title.
    Title(String),
    /// A priority issue's title.
    Section(String),
    Paragraph(String),
    /// A recommendation urged.
    Item(String),
}

impl StatementPart {
    /// The words this part counts against the limit: all but the heading block.
    fn words(&self) -> usize {
        match self {
            StatementPart::Heading(_) => 0,
            StatementPart::Title(t)
            | StatementPart::Section(t)
            | StatementPart::Paragraph(t)
            | StatementPart::Item(t) => count_words(t),
        }
    }
}

/// The words a written statement of an organisation in `status` may have; none without
/// consultative status, which cannot submit one.
fn word_limit(status: EcosocStatus, settings: &crate::settings::Settings) -> Result<usize> {
    match status {
        EcosocStatus::General => Ok(settings.written_statement_words_general as usize),
        EcosocStatus::Special | EcosocStatus::Roster => {
            Ok(settings.written_statement_words_special as usize)
        }
        EcosocStatus::None => Err(Error::invalid(
            "ECOSOC status",
            "only an organisation in consultative status with ECOSOC can submit a written statement to the Human Rights Council; set its status on the Organisation screen (general, special or roster), or ask a partner in consultative status to submit it jointly",
        )),
    }
}

/// Lays out and checks the written statement of the store's current campaign.
pub(super) fn render(sources: &Sources, options: &DocumentOptions) -> Result<LaidOut> {
    let (parts, issues) = statement_parts(sources, options)?;
    let limit = word_limit(sources.organisation.ecosoc_status, sources.settings)?;
    let preamble = sources.preamble(options)?;
    pipeline::run(
        &WrittenStatement {
            parts,
            issues: &issues,
            limit,
        },
        &preamble,
        options,
    )
}

/// Writes the written statement of the current campaign to `out`: Word for a `.docx` file,
/// else the PDF. Over the word limit, or on any other failure, nothing is written.
pub fn write_written_statement(
    store: &mut Store,
    options: &DocumentOptions,
    out: &Path,
) -> Result<super::DocumentReport> {
    super::write_pdf_or_word(
        store,
        DocumentKind::WrittenStatement,
        options,
        out,
        |_, sources, paper| {
            let (parts, _) = statement_parts(sources, options)?;
            super::written_statement_docx::to_docx(&parts, paper)
        },
    )
}

/// The statement's parts and the issues it is on, its user texts checked printable.
fn statement_parts(
    sources: &Sources,
    options: &DocumentOptions,
) -> Result<(Vec<StatementPart>, Vec<PriorityIssue>)> {
    let issues = select_issues(sources.issues, &options.issues)?;
    let mut texts: Vec<(String, &str)> =
        vec![("the organisation's name".into(), &sources.organisation.name)];
    for issue in &issues {
        let at = format!("issue '{}'", issue.title);
        texts.push((at.clone(), &issue.title));
        texts.push((at.clone(), &issue.background));
        for f in &issue.facts {
            texts.push((at.clone(), &f.text));
            texts.push((at.clone(), &f.source));
        }
        for r in &issue.recommendations {
            texts.push((at.clone(), &r.text));
        }
    }
    super::check_printable(&texts)?;
    let preamble = sources.preamble(options)?;
    Ok((parts(&preamble, &issues), issues))
}

fn parts(preamble: &Preamble, issues: &[PriorityIssue]) -> Vec<StatementPart> {
    let lang = preamble.lang;
    let w = &lang.wording().written_statement;
    let state = preamble.state_under_review();
    let org_name = preamble.organisation_in_text();
    let names = [("state", &state), ("organisation", &org_name)];
    let campaign = preamble.campaign;

    let session = match campaign.adoption_session.trim() {
        "" => w.session_unknown.clone(),
        session => fill_names(&w.session, &names, &[("session", session)]),
    };
    let status = match preamble.organisation.ecosoc_status {
        EcosocStatus::General => &w.status_general,
        EcosocStatus::Roster => &w.status_roster,
        // An organisation without status is refused before the parts are read.
        EcosocStatus::Special | EcosocStatus::None => &w.status_special,
    };
    let mut parts = vec![
        StatementPart::Heading(w.council.clone()),
        StatementPart::Heading(session),
        StatementPart::Heading(w.agenda_item.clone()),
        StatementPart::Heading(fill_names(
            &w.submitted_by,
            &names,
            &[
                ("name", preamble.organisation.name.trim()),
                ("status", status),
            ],
        )),
        StatementPart::Title(fill_names(&w.title_line, &names, &[])),
        StatementPart::Paragraph(fill_names(&w.opening, &names, &[])),
    ];
    for issue in issues {
        parts.push(StatementPart::Section(issue.title.trim().to_string()));
        if !issue.background.trim().is_empty() {
            parts.push(StatementPart::Paragraph(
                issue.background.trim().to_string(),
            ));
        }
        for fact in &issue.facts {
            let source = fact.source.trim();
            parts.push(StatementPart::Paragraph(if source.is_empty() {
                fact.text.trim().to_string()
            } else {
                format!("{}{}", fact.text.trim(), lang.aside(source))
            }));
        }
        if !issue.recommendations.is_empty() {
            parts.push(StatementPart::Paragraph(fill_names(
                &w.recommendations,
                &names,
                &[],
            )));
            parts.extend(
                issue
                    .recommendations
                    .iter()
                    .map(|r| StatementPart::Item(continue_sentence(&r.text))),
            );
        }
    }
    parts.push(StatementPart::Paragraph(fill_names(
        &w.closing,
        &names,
        &[],
    )));
    parts
}

struct WrittenStatement<'a> {
    parts: Vec<StatementPart>,
    issues: &'a [PriorityIssue],
    limit: usize,
}

impl WrittenStatement<'_> {
    fn words(&self) -> usize {
        self.parts.iter().map(StatementPart::words).sum()
    }
}

impl Document for WrittenStatement<'_> {
    const KIND: DocumentKind = DocumentKind::WrittenStatement;
    const BODY_SIZES: &'static [f32] = &[BODY];

    fn compose(&self, preamble: &Preamble, _size: f32) -> Result<Composed> {
        let w = &preamble.lang.wording().written_statement;
        let blocks: Vec<Block> = self
            .parts
            .iter()
            .map(|part| match part {
                StatementPart::Heading(t) => {
                    design::text(t.clone(), Face::Regular, MUTED, cycle_design::spaced(2.0))
                }
                StatementPart::Title(t) => design::heading(
                    vec![Span::new(t.clone(), Face::Bold, INK)],
                    BODY + 3.0,
                    14.0,
                    10.0,
                ),
                StatementPart::Section(t) => cycle_design::section(t),
                StatementPart::Paragraph(t) => cycle_design::paragraph(t),
                StatementPart::Item(t) => cycle_design::bullet(t),
            })
            .collect();
        let subject = fill_names(
            &w.title_line,
            &[
                ("state", &preamble.state_under_review()),
                ("organisation", &preamble.organisation_in_text()),
            ],
            &[],
        );
        let mut composed = cycle_design::composed(preamble, blocks, &w.title, subject);
        // The report gives the words as counted against the limit, not as laid out.
        composed.spoken = Some((self.words(), 0));
        Ok(composed)
    }

    /// The word limit of the organisation's status; over it, the words to cut and the
    /// longest parts.
    fn check(&self, _: &Preamble, _: &Composed, _: &Layout) -> Result<()> {
        let words = self.words();
        if words <= self.limit {
            return Ok(());
        }
        Err(Error::DocumentTooLong(Box::new(Overflow {
            kind: DocumentKind::WrittenStatement,
            measure: OverflowMeasure::WordLimit {
                words,
                max_words: self.limit,
            },
            words_over: words - self.limit,
            lines_over: None,
            shorten: longest_parts(self.issues),
            pages: Vec::new(),
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn demo_store() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        store
    }

    fn set_status(store: &mut Store, status: EcosocStatus) {
        let org = store.organisation().unwrap().unwrap();
        store
            .save_organisation(crate::model::Organisation {
                ecosoc_status: status,
                ..org
            })
            .unwrap();
    }

    /// The body's lines joined, each line's hyphen at its end dropped, so that a sentence
    /// broken across lines reads back whole.
    fn text_of(laid: &LaidOut) -> String {
        laid.layout
            .pages
            .iter()
            .flat_map(|p| p.body_text())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_heading_block_names_the_council_the_item_and_the_status() {
        let mut store = demo_store();
        let options = DocumentOptions {
            language: Some(Language::En),
            ..DocumentOptions::default()
        };
        let laid =
            super::super::render_from_store(&mut store, DocumentKind::WrittenStatement, &options)
                .unwrap();
        let text = text_of(&laid);
        let org = store.organisation().unwrap().unwrap().name;
        for expected in [
            "Human Rights Council",
            "Session: HRC 65",
            "Agenda item 6: Universal Periodic Review",
            "consultative status",
        ] {
            assert!(text.contains(expected), "{expected} not in {text}");
        }
        let squeezed: String = text.split_whitespace().collect();
        let org_squeezed: String = org.split_whitespace().collect();
        assert!(squeezed.contains(&org_squeezed), "{org} not in {text}");
        assert!(
            squeezed.contains("inspecialconsultativestatus"),
            "the demo's status is special: {text}"
        );
        let campaign = store.current_campaign().unwrap().unwrap();
        for issue in store.priority_issues(campaign.id).unwrap() {
            let title: String = issue.title.split_whitespace().collect();
            assert!(squeezed.contains(&title), "{} not in {text}", issue.title);
        }
        assert!(laid.report.words > 100 && laid.report.words <= 1500);
    }

    #[test]
    fn every_language_says_the_heading_block_in_the_un_wording() {
        let mut store = demo_store();
        for (lang, expected) in [
            (Language::Fr, "statut consultatif spécial"),
            (Language::Es, "entidad consultiva especial"),
            (Language::Ru, "Совет по правам человека"),
            (Language::Zh, "人权理事会"),
        ] {
            let options = DocumentOptions {
                language: Some(lang),
                ..DocumentOptions::default()
            };
            let laid = super::super::render_from_store(
                &mut store,
                DocumentKind::WrittenStatement,
                &options,
            )
            .unwrap();
            let text = text_of(&laid);
            assert!(text.contains(expected), "{expected} not in {text}");
        }
    }

    #[test]
    fn over_the_limit_of_its_status_it_is_refused_with_the_words_to_cut() {
        let mut store = demo_store();
        let fits = super::super::render_from_store(
            &mut store,
            DocumentKind::WrittenStatement,
            &DocumentOptions::default(),
        )
        .unwrap();
        let words = fits.report.words;
        let mut settings = store.settings().unwrap();
        // General status keeps its own, larger limit; special status is held to its own.
        settings.written_statement_words_special = (words - 40) as u32;
        settings.written_statement_words_general = words as u32;
        store.save_settings(&settings).unwrap();
        let e = super::super::render_from_store(
            &mut store,
            DocumentKind::WrittenStatement,
            &DocumentOptions::default(),
        )
        .unwrap_err();
        let Error::DocumentTooLong(overflow) = e else {
            panic!("not an overflow: {e}")
        };
        assert_eq!(
            overflow.measure,
            OverflowMeasure::WordLimit {
                words,
                max_words: words - 40
            }
        );
        assert_eq!(overflow.words_over, 40);
        assert!(!overflow.shorten.is_empty());
        set_status(&mut store, EcosocStatus::General);
        assert!(super::super::render_from_store(
            &mut store,
            DocumentKind::WrittenStatement,
            &DocumentOptions::default(),
        )
        .is_ok());
    }

    #[test]
    fn an_organisation_without_consultative_status_is_told_it_cannot_submit_one() {
        let mut store = demo_store();
        set_status(&mut store, EcosocStatus::None);
        let e = super::super::render_from_store(
            &mut store,
            DocumentKind::WrittenStatement,
            &DocumentOptions::default(),
        )
        .unwrap_err();
        assert_eq!(e.code(), "invalid_input");
        assert!(e.to_string().contains("Organisation screen"), "{e}");
    }
}
