//! The oral statement at the adoption of the UPR outcome (Human Rights Council, item 6): at
//! most `Settings::oral_statement_seconds` (two minutes) at the configured speaking rate,
//! with the formal opening and closing, numbered paragraphs for the interpreters, and large
//! print for reading at the podium. The estimated reading time is printed on it.
//!
//! Per priority issue it says the first key fact and urges the strongest recommendation (the
//! highest action category, the stored one else the checker's; the first of equals), so that
//! a weak "continue efforts…" is not what the Council hears when a specific ask exists; a
//! statement too long for its slot is refused with the number of words to cut.
//!
//! A joint statement (`DocumentOptions::joint`, which needs coalition partners) is timed
//! against `Settings::joint_oral_statement_seconds` (three minutes, as some NGOs report)
//! instead of one NGO's two.
//!
//! The user may edit the text in place (`Sources::oral_statement_text`, kept by the store
//! under `EditableDocument::OralStatement`): paragraphs are separated by blank lines, the first is the formal
//! opening (unnumbered), the others are numbered; the same time limit applies to it.

use crate::checker::strongest;
use crate::layout::{Block, BlockStyle, Face, Layout, Span};
use crate::model::PriorityIssue;
use crate::{Error, Result};

use super::design::{self, ACCENT, INK, MUTED};
use super::pipeline::{Composed, Document, Preamble};
use super::running_text::fill_names;
use super::speech::{check_time, seconds, word_count};
use super::wording::{fill, Language, OralStatementWording};
use super::{continue_sentence, DocumentKind, DocumentOptions, DocumentPart, Shorten, Sources};
use crate::names_in_text::NameInText;

/// Large print for the podium: 14 pt at least, with generous leading.
pub const BODY: f32 = 14.0;
const LEADING: f32 = 22.0;

/// The oral statement on the chosen issues.
pub(super) struct OralStatement<'a> {
    pub sources: &'a Sources<'a>,
    /// Its slot in seconds ([`slot`]).
    pub slot: u32,
}

/// The statement's slot: a joint statement's when `options.joint` asks for one, which needs
/// coalition partners to be joint with; else one NGO's.
pub(super) fn slot(sources: &Sources, options: &DocumentOptions) -> Result<u32> {
    if !options.joint {
        return Ok(sources.settings.oral_statement_seconds);
    }
    if sources.organisation.partners.is_empty() {
        return Err(Error::invalid(
            "joint statement",
            "a joint statement is made with coalition partners; add them on the Organisation screen, or make the statement of your organisation alone",
        ));
    }
    Ok(sources.settings.joint_oral_statement_seconds)
}

impl Document for OralStatement<'_> {
    const KIND: DocumentKind = DocumentKind::OralStatement;
    const BODY_SIZES: &'static [f32] = &[BODY];

    fn compose(&self, preamble: &Preamble, _size: f32) -> Result<Composed> {
        let w = &preamble.lang.wording().oral_statement;
        let (opening, paragraphs) = self.spoken(preamble);
        let words = spoken_words(&opening, &paragraphs);
        let time = seconds(words, preamble.settings.speaking_rate(preamble.lang));
        let state = &preamble.campaign.state_under_review;
        let mut blocks = title_block(preamble, words, time, self.slot);
        blocks.extend(statement(&opening, &paragraphs));
        Ok(Composed {
            blocks,
            title: w.title.clone(),
            subject: fill(&w.subject, &[("state", state)]),
            keywords: vec!["UPR".into(), "HRC".into(), state.clone()],
            hyphenate: false,
            body_size: BODY,
            spoken: Some((words, time)),
            notes: Vec::new(),
        })
    }

    fn check(&self, preamble: &Preamble, composed: &Composed, _layout: &Layout) -> Result<()> {
        let (words, _) = composed.spoken.unwrap_or_default();
        let rate = preamble.settings.speaking_rate(preamble.lang);
        let limit = self.slot;
        check_time(DocumentKind::OralStatement, words, rate, limit, || {
            longest_paragraphs(&self.spoken(preamble).1)
        })
    }
}

impl OralStatement<'_> {
    /// The opening and the numbered paragraphs: the user's edited text when there is one,
    /// else the generated statement.
    fn spoken(&self, preamble: &Preamble) -> (String, Vec<String>) {
        match self.sources.oral_statement_text {
            Some(text) => split_edited(text),
            None => (
                preamble.lang.wording().oral_statement.opening.clone(),
                self.paragraphs(preamble),
            ),
        }
    }

    /// The generated statement as the user edits it: the opening and the paragraphs,
    /// separated by blank lines.
    pub(super) fn generated_text(&self, preamble: &Preamble) -> String {
        let opening = preamble.lang.wording().oral_statement.opening.clone();
        std::iter::once(opening)
            .chain(self.paragraphs(preamble))
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// What is said after the formal opening: who speaks, one paragraph per issue (its first
    /// key fact, else its background, and the strongest recommendation urged), the closing.
    fn paragraphs(&self, preamble: &Preamble) -> Vec<String> {
        let lang = preamble.lang;
        let w = &lang.wording().oral_statement;
        let state = preamble.state_under_review();
        let mut paragraphs = vec![introduction(preamble, w, lang)];
        paragraphs.extend(
            self.sources
                .issues
                .iter()
                .filter_map(|issue| issue_paragraph(issue, lang, &state)),
        );
        paragraphs.push(fill_names(&w.closing, &[("state", &state)], &[]));
        paragraphs
    }
}

/// The words said: the formal opening and the paragraphs.
fn spoken_words(opening: &str, paragraphs: &[String]) -> usize {
    word_count(opening) + paragraphs.iter().map(|p| word_count(p)).sum::<usize>()
}

/// An edited text as the opening and the paragraphs: blocks separated by blank lines, the
/// lines of one block joined by a space.
fn split_edited(text: &str) -> (String, Vec<String>) {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                blocks.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        blocks.push(current.join(" "));
    }
    let mut blocks = blocks.into_iter();
    let opening = blocks.next().unwrap_or_default();
    (opening, blocks.collect())
}

/// Who speaks, with their partners, on which review.
fn introduction(preamble: &Preamble, w: &OralStatementWording, lang: Language) -> String {
    let org = preamble.organisation;
    let state = preamble.state_under_review();
    let partners: Vec<String> = org
        .partners
        .iter()
        .map(|p| p.short_name().to_string())
        .collect();
    let who = preamble.organisation_in_text();
    let names = [("organisation", &who), ("state", &state)];
    if partners.is_empty() {
        fill_names(&w.intro, &names, &[])
    } else {
        fill_names(
            &w.intro_partners,
            &names,
            &[("partners", &lang.list(&partners))],
        )
    }
}

/// An issue in one paragraph: its first key fact (else its background), then the strongest
/// recommendation urged on the State; nothing when it has neither.
fn issue_paragraph(issue: &PriorityIssue, lang: Language, state: &NameInText) -> Option<String> {
    let w = &lang.wording().oral_statement;
    let punctuation = &lang.wording().punctuation;
    // The catalogue says whether the recommendation continues the sentence ("to repeal…") or
    // follows a colon as written.
    let continues = !w.urge.contains(": {recommendation}");
    let mut p = Vec::new();
    if let Some(f) = issue.facts.first() {
        p.push(ensure_stop(f.text.trim(), &punctuation.stop));
    } else if !issue.background.trim().is_empty() {
        p.push(ensure_stop(issue.background.trim(), &punctuation.stop));
    }
    if let Some(r) = strongest(&issue.recommendations) {
        let rec = if continues {
            continue_sentence(&r.text)
        } else {
            r.text.trim().to_string()
        };
        p.push(ensure_stop(
            &fill_names(&w.urge, &[("state", state)], &[("recommendation", &rec)]),
            &punctuation.stop,
        ));
    }
    (!p.is_empty()).then(|| p.join(&punctuation.space))
}

/// The kicker, the subject, the session and item, and the reading time against the limit.
fn title_block(preamble: &Preamble, words: usize, time: u32, slot: u32) -> Vec<Block> {
    let lang = preamble.lang;
    let w = &lang.wording().oral_statement;
    let campaign = preamble.campaign;
    let reading = fill(
        &w.reading_time,
        &[
            ("time", &lang.duration(time)),
            ("words", &words.to_string()),
            (
                "rate",
                &preamble.settings.speaking_rate(preamble.lang).to_string(),
            ),
            ("limit", &lang.duration(slot)),
        ],
    );
    let mut item_line = w.item.clone();
    if !campaign.adoption_session.trim().is_empty() {
        let session = super::adoption_session(lang, &campaign.adoption_session, true);
        item_line = lang.separated(&[session, item_line]);
    }
    vec![
        design::kicker(&w.title, 9.0),
        design::subject(fill(&w.subject, &[("state", &campaign.state_under_review)])),
        design::heading(
            vec![Span::new(item_line, Face::Regular, MUTED)],
            10.0,
            0.0,
            1.0,
        ),
        design::heading(vec![Span::new(reading, Face::Bold, ACCENT)], 10.0, 0.0, 0.0),
        design::rule(5.0, 14.0),
    ]
}

/// The formal opening, then the paragraphs numbered for the interpreters.
fn statement(opening: &str, paragraphs: &[String]) -> Vec<Block> {
    let body = BlockStyle {
        space_after: 12.0,
        ..BlockStyle::text(BODY, LEADING)
    };
    let numbered = BlockStyle {
        indent: design::list_indent(BODY),
        ..body
    };
    let mut blocks = vec![design::text(opening.to_string(), Face::Regular, INK, body)];
    for (n, p) in paragraphs.iter().enumerate() {
        blocks.push(design::item(
            vec![Span::new(p.clone(), Face::Regular, INK)],
            &format!("{}.", n + 1),
            Face::Bold,
            numbered,
        ));
    }
    blocks
}

/// What to shorten: the longest paragraphs first.
fn longest_paragraphs(paragraphs: &[String]) -> Vec<Shorten> {
    let mut parts: Vec<Shorten> = paragraphs
        .iter()
        .enumerate()
        .map(|(n, p)| Shorten {
            part: DocumentPart::Paragraph { number: n + 1 },
            words: word_count(p),
        })
        .collect();
    parts.sort_by_key(|p| std::cmp::Reverse(p.words));
    parts.truncate(3);
    parts
}

/// A sentence ends with its full stop (or ?, !, …, in any script) so that two texts run
/// together read as two sentences; `stop` is the language's own when one is added.
fn ensure_stop(text: &str, stop: &str) -> String {
    let t = text.trim_end();
    if t.ends_with(['.', '?', '!', '…', '。', '？', '！', '؟']) {
        t.to_string()
    } else {
        format!("{t}{stop}")
    }
}
