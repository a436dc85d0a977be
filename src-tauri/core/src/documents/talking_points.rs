//! Pre-session talking points: the 5–7 minute speech (6 by default) a speaker gives at UPR
//! Info's pre-session, in the structure UPR-FACTS sets out: an update on the previous cycle's
//! recommendations, what has changed since, two or three recommendations, and the advance
//! questions. The word count and the speaking time at the configured rate are printed on it.
//!
//! The recommendations are the target State's asks when one is chosen, else the strongest of
//! each priority issue, up to `Settings::talking_points_recommendations`; the brief carries
//! the rest, and the report says so.
//!
//! The speech is a list of passages (`talking_points_text`), so the user may edit its text in
//! place (`Sources::talking_points_text`, kept by the store under
//! `EditableDocument::TalkingPoints`): the same slot applies, and an edit too long for it is
//! refused with its longest passages to shorten.

use crate::layout::{Block, BlockStyle, Face, Layout, Span};
use crate::model::{PriorityIssue, Recommendation, TargetState};
use crate::Result;

use super::design::{self, ACCENT, INK, MUTED};
use super::pipeline::{Composed, Document, Preamble};
use super::running_text::fill_names;
use super::speech::{check_time, seconds, word_count, words_in};
use super::talking_points_text::{self, Marker, Passage};
use super::wording::{fill, Language, TalkingPointsWording};
use super::{DocumentKind, DocumentNote, DocumentPart, Shorten, Sources};
use crate::names_in_text::NameInText;

const BODY: f32 = 11.0;
const LEADING: f32 = 15.5;

/// The talking points of the chosen issues, for a delegation when `target` is set.
pub(super) struct TalkingPoints<'a> {
    pub sources: &'a Sources<'a>,
    pub target: Option<&'a TargetState>,
}

impl Document for TalkingPoints<'_> {
    const KIND: DocumentKind = DocumentKind::TalkingPoints;
    const BODY_SIZES: &'static [f32] = &[BODY];

    fn compose(&self, preamble: &Preamble, _size: f32) -> Result<Composed> {
        let lang = preamble.lang;
        let settings = preamble.settings;
        let w = &lang.wording().talking_points;
        let passages = self.passages(preamble, w);
        let words: usize = passages.iter().map(Passage::words).sum();
        let time = seconds(words, settings.speaking_rate(preamble.lang));
        let mut blocks = title_block(preamble, words, time);
        blocks.extend(talking_points_blocks(&passages, lang));
        let state = &preamble.campaign.state_under_review;
        let mut keywords = vec!["UPR".to_string(), state.clone()];
        keywords.extend(self.target.map(|t| t.state.clone()));
        Ok(Composed {
            blocks,
            title: w.title.clone(),
            subject: fill(&w.subject, &[("state", state)]),
            keywords,
            hyphenate: false,
            body_size: BODY,
            spoken: Some((words, time)),
            notes: self.notes(preamble, words, time),
        })
    }

    fn check(&self, preamble: &Preamble, composed: &Composed, _layout: &Layout) -> Result<()> {
        let (words, _) = composed.spoken.unwrap_or_default();
        let settings = preamble.settings;
        let rate = settings.speaking_rate(preamble.lang);
        let slot = settings.talking_points_max_seconds;
        check_time(
            DocumentKind::TalkingPoints,
            words,
            rate,
            slot,
            || match self.sources.talking_points_text {
                Some(text) => longest_passages(&talking_points_text::parse(text)),
                None => longest_issues(self.sources.issues),
            },
        )
    }
}

fn body() -> BlockStyle {
    BlockStyle {
        space_after: 5.0,
        ..BlockStyle::text(BODY, LEADING)
    }
}

fn list() -> BlockStyle {
    BlockStyle {
        indent: design::list_indent(BODY),
        space_after: 4.0,
        ..body()
    }
}

fn section(text: &str) -> Block {
    design::heading(
        vec![Span::new(text.to_string(), Face::Bold, ACCENT)],
        12.5,
        12.0,
        4.0,
    )
}

/// The printed blocks of the passages: a paragraph after a list stands a little apart.
fn talking_points_blocks(passages: &[Passage], lang: Language) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut after_list = false;
    for p in passages {
        match p {
            Passage::Section(t) => blocks.push(section(t)),
            Passage::Issue(t) => blocks.push(design::heading(
                vec![Span::new(t.clone(), Face::Bold, INK)],
                BODY,
                6.0,
                2.0,
            )),
            Passage::Said { marker, text, note } => {
                let mut spans = vec![Span::new(text.clone(), Face::Regular, INK)];
                spans.extend(
                    note.as_ref()
                        .map(|n| Span::new(lang.aside(n), Face::Italic, MUTED)),
                );
                let label = match marker {
                    Marker::Paragraph => None,
                    Marker::Bullet => Some("•".to_string()),
                    Marker::Question => Some(lang.wording().punctuation.question.clone()),
                    Marker::Number(n) => Some(format!("{n}.")),
                };
                blocks.push(match label {
                    Some(label) => design::item(spans, &label, Face::Bold, list()),
                    None => Block::Text {
                        spans,
                        style: if after_list {
                            BlockStyle {
                                space_before: 6.0,
                                ..body()
                            }
                        } else {
                            body()
                        },
                        label: None,
                    },
                });
                after_list = *marker != Marker::Paragraph;
                continue;
            }
        }
        after_list = false;
    }
    blocks
}

impl<'a> TalkingPoints<'a> {
    /// The passages said and printed: the user's edited text when there is one, else the
    /// generated speech.
    fn passages(&self, preamble: &Preamble, w: &TalkingPointsWording) -> Vec<Passage> {
        match self.sources.talking_points_text {
            Some(text) => talking_points_text::parse(text),
            None => self.generated(preamble, w, &self.chosen_recommendations()),
        }
    }

    /// The generated talking points as the user edits them.
    pub(super) fn generated_text(&self, preamble: &Preamble) -> String {
        let w = &preamble.lang.wording().talking_points;
        talking_points_text::to_text(&self.generated(preamble, w, &self.chosen_recommendations()))
    }

    /// The speech in the structure UPR-FACTS sets out: opening, update on the previous
    /// cycle, what has changed, the recommendations, the questions, closing.
    fn generated(
        &self,
        preamble: &Preamble,
        w: &TalkingPointsWording,
        chosen: &[&Recommendation],
    ) -> Vec<Passage> {
        let mut speech = vec![Passage::said(Marker::Paragraph, &opening(preamble, w))];
        self.update(&mut speech, w, preamble.lang);
        self.changes(&mut speech, w);
        recommendations(&mut speech, w, chosen);
        self.questions(&mut speech, w);
        speech.push(Passage::said(Marker::Paragraph, &w.closing));
        speech
    }

    /// The update on the previous cycle: the recommendations already made before.
    fn update(&self, speech: &mut Vec<Passage>, w: &TalkingPointsWording, lang: Language) {
        let previous: Vec<(&str, &Recommendation)> = self
            .sources
            .issues
            .iter()
            .flat_map(|i| i.recommendations.iter().map(move |r| (i.title.as_str(), r)))
            .filter(|(_, r)| !r.previously_recommended.trim().is_empty())
            .collect();
        if previous.is_empty() {
            return;
        }
        speech.push(Passage::Section(w.update.clone()));
        for (title, r) in &previous {
            let note = lang.semicolons(&[r.previously_recommended.trim(), title]);
            speech.push(Passage::noted(Marker::Bullet, &r.text, &note));
        }
    }

    /// What has changed since: each issue's background and key facts.
    fn changes(&self, speech: &mut Vec<Passage>, w: &TalkingPointsWording) {
        speech.push(Passage::Section(w.changes.clone()));
        for issue in self.sources.issues {
            if issue.background.trim().is_empty() && issue.facts.is_empty() {
                continue;
            }
            speech.push(Passage::Issue(issue.title.clone()));
            if !issue.background.trim().is_empty() {
                speech.push(Passage::said(Marker::Paragraph, &issue.background));
            }
            for f in &issue.facts {
                speech.push(Passage::noted(Marker::Bullet, &f.text, &f.source));
            }
        }
    }

    /// The advance questions of every issue.
    fn questions(&self, speech: &mut Vec<Passage>, w: &TalkingPointsWording) {
        let questions: Vec<&str> = self
            .sources
            .issues
            .iter()
            .flat_map(|i| i.questions.iter().map(|q| q.text.as_str()))
            .collect();
        if questions.is_empty() {
            return;
        }
        speech.push(Passage::Section(w.questions.clone()));
        for q in questions {
            speech.push(Passage::said(Marker::Question, q));
        }
    }

    /// The recommendations spoken: the target State's asks when it has any among the
    /// issues, else the strongest of each issue (`checker::strongest`), up to the setting.
    fn chosen_recommendations(&self) -> Vec<&'a Recommendation> {
        let issues = self.sources.issues;
        let limit = self.sources.settings.talking_points_recommendations.max(1) as usize;
        match self.target {
            Some(t)
                if issues
                    .iter()
                    .any(|i| i.recommendations.iter().any(|r| t.asks.contains(&r.id))) =>
            {
                issues
                    .iter()
                    .flat_map(|i| &i.recommendations)
                    .filter(|r| t.asks.contains(&r.id))
                    .take(limit)
                    .collect()
            }
            _ => issues
                .iter()
                .filter_map(|i| crate::checker::strongest(&i.recommendations))
                .take(limit)
                .collect(),
        }
    }

    /// What the user should know: a speech shorter than the slot, recommendations left to
    /// the brief (of the generated speech only: which ones an edited text says is the
    /// user's to know).
    fn notes(&self, preamble: &Preamble, words: usize, time: u32) -> Vec<DocumentNote> {
        let settings = preamble.settings;
        let all: usize = self
            .sources
            .issues
            .iter()
            .map(|i| i.recommendations.len())
            .sum();
        let mut notes = Vec::new();
        if time < settings.talking_points_min_seconds {
            notes.push(DocumentNote::ShorterThanSlot {
                seconds: time,
                usual_seconds: settings.talking_points_min_seconds,
                more_words: words_in(
                    settings.talking_points_target_seconds,
                    settings.speaking_rate(preamble.lang),
                )
                .saturating_sub(words),
            });
        }
        let spoken = self.chosen_recommendations().len();
        if self.sources.talking_points_text.is_none() && spoken < all {
            notes.push(DocumentNote::SomeRecommendationsSpoken { spoken, all });
        }
        notes
    }
}

/// The speaker introduces the organisation and its partners.
fn opening(preamble: &Preamble, w: &TalkingPointsWording) -> String {
    let (org, lang) = (preamble.organisation, preamble.lang);
    // The acronym when there is one, said as it is; the name with its article otherwise.
    let who = NameInText::organisation(org.short_name(), lang, preamble.names);
    let partners: Vec<String> = org
        .partners
        .iter()
        .map(|p| p.short_name().to_string())
        .collect();
    if partners.is_empty() {
        fill_names(&w.opening, &[("organisation", &who)], &[])
    } else {
        fill_names(
            &w.opening_partners,
            &[("organisation", &who)],
            &[("partners", &lang.list(&partners))],
        )
    }
}

/// The recommendations spoken, numbered.
fn recommendations(
    speech: &mut Vec<Passage>,
    w: &TalkingPointsWording,
    chosen: &[&Recommendation],
) {
    if chosen.is_empty() {
        return;
    }
    speech.push(Passage::Section(w.recommendations.clone()));
    for (n, r) in chosen.iter().enumerate() {
        speech.push(Passage::said(Marker::Number((n + 1).to_string()), &r.text));
    }
}

/// The kicker, the review, and the timing against the slot.
fn title_block(preamble: &Preamble, words: usize, time: u32) -> Vec<Block> {
    let lang = preamble.lang;
    let settings = preamble.settings;
    let wording = lang.wording();
    let w = &wording.talking_points;
    let timing = fill(
        &wording.timing,
        &[
            ("words", &words.to_string()),
            ("time", &lang.duration(time)),
            ("rate", &settings.speaking_rate(preamble.lang).to_string()),
        ],
    );
    let slot = fill(
        &w.slot,
        &[
            (
                "min",
                &(settings.talking_points_min_seconds / 60).to_string(),
            ),
            (
                "max",
                &(settings.talking_points_max_seconds / 60).to_string(),
            ),
        ],
    );
    vec![
        design::kicker(&w.title, 8.5),
        design::subject(lang.context_line(preamble.campaign)),
        design::heading(
            vec![Span::new(
                lang.separated(&[timing, slot]),
                Face::Regular,
                MUTED,
            )],
            9.0,
            0.0,
            0.0,
        ),
        design::rule(4.0, 8.0),
    ]
}

/// What to shorten: each issue's background, facts and questions, longest first.
fn longest_issues(issues: &[PriorityIssue]) -> Vec<Shorten> {
    let mut parts: Vec<Shorten> = issues
        .iter()
        .map(|i| Shorten {
            part: DocumentPart::SpokenIssue {
                issue: i.title.clone(),
            },
            words: word_count(&i.background)
                + i.facts.iter().map(|f| word_count(&f.text)).sum::<usize>()
                + i.questions
                    .iter()
                    .map(|q| word_count(&q.text))
                    .sum::<usize>(),
        })
        .collect();
    parts.sort_by_key(|p| std::cmp::Reverse(p.words));
    parts
}

/// What to shorten in an edited text: its longest passages said, numbered as they come.
fn longest_passages(passages: &[Passage]) -> Vec<Shorten> {
    let mut parts: Vec<Shorten> = passages
        .iter()
        .filter(|p| matches!(p, Passage::Said { .. }))
        .enumerate()
        .map(|(n, p)| Shorten {
            part: DocumentPart::Passage { number: n + 1 },
            words: p.words(),
        })
        .collect();
    parts.sort_by_key(|p| std::cmp::Reverse(p.words));
    parts.truncate(3);
    parts
}
