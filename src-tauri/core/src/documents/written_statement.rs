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
//! report says how many words to cut and the longest parts. A draft (`options.draft`) is
//! written over it all the same, marked at its top as a draft over the limit with the words
//! to cut, beside the draft mark of every page, and the report carries the same note.
//!
//! A campaign whose organisation has coalition partners makes a joint statement: the
//! partners are named in the UN's words for organisations associated with a statement ("…
//! also share the views expressed in this statement"; counted, as footnotes are), and its
//! limit is `written_statement_words_joint` when set, else that of the submitting
//! organisation's status: the secretariat's limits go by status, and only an organisation in
//! consultative status submits.

use std::path::Path;

use crate::layout::{Block, Face, Layout, Span};
use crate::model::{EcosocStatus, PriorityIssue};
use crate::store::Store;
use crate::submission::count_words;
use crate::{Error, Result};

use super::advice::{longest_parts, DocumentNote, Overflow, OverflowMeasure};
use super::cycle_design::{self, BODY};
use super::design::{self, DRAFT, INK, MUTED};
use super::pipeline::{self, Composed, Document, Preamble};
use super::running_text::fill_names;
use super::sources::select_issues;
use super::wording::fill;
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
    /// The partners of a joint statement, in the UN's words (counted, as footnotes are).
    Sharing(String),
    /// A draft over its limit says so at its top (not counted).
    DraftOverLimit(String),
}

impl StatementPart {
    /// The words this part counts against the limit: all but the heading block.
    fn words(&self) -> usize {
        match self {
            StatementPart::Heading(_) | StatementPart::DraftOverLimit(_) => 0,
            StatementPart::Title(t)
            | StatementPart::Section(t)
            | StatementPart::Paragraph(t)
            | StatementPart::Item(t)
            | StatementPart::Sharing(t) => count_words(t),
        }
    }
}

/// The words a written statement submitted by an organisation in `status` may have (a
/// `joint` one: `written_statement_words_joint` when set); none without consultative status,
/// which cannot submit one.
fn word_limit(
    status: EcosocStatus,
    joint: bool,
    settings: &crate::settings::Settings,
) -> Result<usize> {
    let own = own_word_limit(status, settings)?;
    Ok(match settings.written_statement_words_joint {
        Some(words) if joint => words as usize,
        _ => own,
    })
}

fn own_word_limit(status: EcosocStatus, settings: &crate::settings::Settings) -> Result<usize> {
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
    let statement = statement_parts(sources, options)?;
    let preamble = sources.preamble(options)?;
    pipeline::run(
        &WrittenStatement {
            parts: statement.parts,
            issues: &statement.issues,
            limit: statement.limit,
            draft: options.draft,
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
            let statement = statement_parts(sources, options)?;
            super::written_statement_docx::to_docx(&statement.parts, paper)
        },
    )
}

/// A written statement's parts, the issues it is on and its word limit.
struct Statement {
    parts: Vec<StatementPart>,
    issues: Vec<PriorityIssue>,
    limit: usize,
}

/// The statement's parts and the issues it is on, its user texts checked printable; a draft
/// over its limit marked as such at its top.
fn statement_parts(sources: &Sources, options: &DocumentOptions) -> Result<Statement> {
    let organisation = sources.organisation;
    let joint = !organisation.partners.is_empty();
    let limit = word_limit(organisation.ecosoc_status, joint, sources.settings)?;
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
    let mut parts = parts(&preamble, &issues);
    let words: usize = parts.iter().map(StatementPart::words).sum();
    if options.draft && words > limit {
        let mark = fill(
            &preamble.lang.wording().written_statement.draft_over_limit,
            &[
                ("words", &words.to_string()),
                ("limit", &limit.to_string()),
                ("over", &(words - limit).to_string()),
            ],
        );
        parts.insert(0, StatementPart::DraftOverLimit(mark));
    }
    Ok(Statement {
        parts,
        issues,
        limit,
    })
}

fn parts(preamble: &Preamble, issues: &[PriorityIssue]) -> Vec<StatementPart> {
    let lang = preamble.lang;
    let w = &lang.wording().written_statement;
    let state = preamble.state_under_review();
    let org_name = preamble.organisation_in_text();
    let names = [("state", &state), ("organisation", &org_name)];
    let campaign = preamble.campaign;

    // A number is the session the UN's heading names ("Fifty-fifth session"); anything else
    // is said as typed after "Session:".
    let session = match campaign.adoption_session.trim() {
        "" => w.session_unknown.clone(),
        typed if lang.session_name(typed).is_some() => super::adoption_session(lang, typed, true),
        typed => fill_names(&w.session, &names, &[("session", typed)]),
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
    ];
    let partners: Vec<String> = preamble
        .organisation
        .partners
        .iter()
        .map(|p| p.name.trim().to_string())
        .collect();
    if !partners.is_empty() {
        parts.push(StatementPart::Sharing(fill(
            &w.also_share,
            &[("partners", &lang.list(&partners))],
        )));
    }
    parts.push(StatementPart::Paragraph(fill_names(
        &w.opening,
        &names,
        &[],
    )));
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
    /// A draft may go over the limit (and says so at its top).
    draft: bool,
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
                StatementPart::Sharing(t) => {
                    design::text(t.clone(), Face::Italic, MUTED, cycle_design::spaced(6.0))
                }
                StatementPart::DraftOverLimit(t) => {
                    design::text(t.clone(), Face::Bold, DRAFT, cycle_design::spaced(6.0))
                }
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
        let words = self.words();
        composed.spoken = Some((words, 0));
        if words > self.limit {
            // Only a draft gets here over its limit (`check` refuses the rest).
            composed.notes.push(DocumentNote::DraftOverLimit {
                words,
                max_words: self.limit,
            });
        }
        Ok(composed)
    }

    /// The word limit of the organisation's status; over it, the words to cut and the
    /// longest parts.
    fn check(&self, _: &Preamble, _: &Composed, _: &Layout) -> Result<()> {
        let words = self.words();
        if words <= self.limit || self.draft {
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

    /// The store's written statement laid out in `lang`.
    fn statement_in(store: &mut Store, lang: Language) -> LaidOut {
        let options = DocumentOptions {
            language: Some(lang),
            ..DocumentOptions::default()
        };
        super::super::render_from_store(store, DocumentKind::WrittenStatement, &options).unwrap()
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
            let laid = statement_in(&mut store, lang);
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
    fn a_draft_over_the_limit_is_written_marked_as_a_draft_with_the_words_to_cut() {
        let mut store = demo_store();
        let words = super::super::render_from_store(
            &mut store,
            DocumentKind::WrittenStatement,
            &DocumentOptions::default(),
        )
        .unwrap()
        .report
        .words;
        let mut settings = store.settings().unwrap();
        settings.written_statement_words_special = (words - 40) as u32;
        store.save_settings(&settings).unwrap();
        let draft = DocumentOptions {
            language: Some(Language::En),
            draft: true,
            ..DocumentOptions::default()
        };
        let laid =
            super::super::render_from_store(&mut store, DocumentKind::WrittenStatement, &draft)
                .unwrap();
        assert_eq!(laid.report.words, words, "the mark is not counted");
        assert_eq!(
            laid.report.notes,
            vec![DocumentNote::DraftOverLimit {
                words,
                max_words: words - 40
            }]
        );
        let text = text_of(&laid);
        let expected = format!(
            "Draft over the limit: {words} words against {}; cut 40 before it is submitted.",
            words - 40
        );
        assert!(text.contains(&expected), "{expected} not in {text}");

        // The Word file carries the same mark; without --draft nothing is written.
        let dir = tempfile::tempdir().unwrap();
        let docx = dir.path().join("statement.docx");
        write_written_statement(&mut store, &draft, &docx).unwrap();
        let xml = crate::documents::submission_docx::docx_part(
            &std::fs::read(&docx).unwrap(),
            "word/document.xml",
        );
        assert!(xml.contains(&expected), "{xml}");
        let refused = dir.path().join("refused.docx");
        let e =
            write_written_statement(&mut store, &DocumentOptions::default(), &refused).unwrap_err();
        assert_eq!(e.code(), "document_too_long");
        assert!(!refused.exists());
    }

    #[test]
    fn a_joint_statement_names_the_partners_and_takes_the_joint_limit_when_one_is_set() {
        let mut store = demo_store();
        let options = DocumentOptions {
            language: Some(Language::En),
            ..DocumentOptions::default()
        };
        let org = store.organisation().unwrap().unwrap();
        assert!(!org.partners.is_empty(), "the demo works as a coalition");
        let laid =
            super::super::render_from_store(&mut store, DocumentKind::WrittenStatement, &options)
                .unwrap();
        let squeezed: String = text_of(&laid).split_whitespace().collect();
        for partner in &org.partners {
            let name: String = partner.name.split_whitespace().collect();
            assert!(
                squeezed.contains(&name),
                "{} not in {squeezed}",
                partner.name
            );
        }
        assert!(
            squeezed.contains("alsosharetheviewsexpressedinthisstatement."),
            "{squeezed}"
        );
        let words = laid.report.words;

        // By default a joint statement has the limit of the submitting organisation's status.
        let mut settings = store.settings().unwrap();
        settings.written_statement_words_special = words as u32;
        store.save_settings(&settings).unwrap();
        assert!(super::super::render_from_store(
            &mut store,
            DocumentKind::WrittenStatement,
            &options
        )
        .is_ok());
        // A joint limit, when set, is the one a joint statement is held to…
        settings.written_statement_words_joint = Some((words - 10) as u32);
        store.save_settings(&settings).unwrap();
        let e =
            super::super::render_from_store(&mut store, DocumentKind::WrittenStatement, &options)
                .unwrap_err();
        let Error::DocumentTooLong(overflow) = e else {
            panic!("not an overflow: {e}")
        };
        assert_eq!(overflow.words_over, 10);
        // …and not a statement of the organisation alone.
        store
            .save_organisation(crate::model::Organisation {
                partners: Vec::new(),
                ..org
            })
            .unwrap();
        assert!(super::super::render_from_store(
            &mut store,
            DocumentKind::WrittenStatement,
            &options
        )
        .is_ok());
    }

    #[test]
    fn an_adoption_session_typed_as_a_number_is_named_as_the_un_names_it() {
        let mut store = demo_store();
        let campaign = store.current_campaign().unwrap().unwrap();
        store
            .save_campaign(crate::model::Campaign {
                adoption_session: " 55 ".into(),
                ..campaign
            })
            .unwrap();
        for (lang, expected) in [
            (Language::En, "Fifty-fifth session"),
            (Language::Fr, "Cinquante-cinquième session"),
            (Language::Es, "55.º período de sesiones"),
            (Language::Ar, "الدورة 55"),
            (Language::Ru, "55-я сессия"),
            (Language::Zh, "第55届会议"),
        ] {
            let laid = statement_in(&mut store, lang);
            // Its words, in whatever order a right-to-left line is laid out in.
            let words = |line: &str| {
                let mut words: Vec<String> = line.split_whitespace().map(String::from).collect();
                words.sort();
                words
            };
            let lines: Vec<String> = laid.layout.pages[0].body_text();
            assert!(
                lines.iter().any(|l| words(l) == words(expected)),
                "{expected} not a line of {lines:?}"
            );
        }
        // The letter and the oral statement name it alike.
        let en = DocumentOptions {
            language: Some(Language::En),
            ..DocumentOptions::default()
        };
        for (kind, expected) in [
            (DocumentKind::Letter, "Council (fifty-fifth session"),
            (
                DocumentKind::OralStatement,
                "Fifty-fifth session · Human Rights Council",
            ),
        ] {
            let laid = super::super::render_from_store(&mut store, kind, &en).unwrap();
            let text = text_of(&laid);
            assert!(text.contains(expected), "{expected} not in {text}");
        }
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
