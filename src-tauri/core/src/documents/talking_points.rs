//! Pre-session talking points: the 5–7 minute speech (6 by default) a speaker gives at UPR
//! Info's pre-session, in the structure UPR-FACTS sets out: an update on the previous cycle's
//! recommendations, what has changed since, two or three recommendations, and the advance
//! questions. The word count and the speaking time at the configured rate are printed on it.
//!
//! The recommendations are the target State's asks when one is chosen, else the first of each
//! priority issue, up to `Settings::talking_points_recommendations`; the brief carries the
//! rest, and the report says so.

use crate::layout::{Block, BlockStyle, Face, Layout, Span};
use crate::model::{PriorityIssue, Recommendation, TargetState};
use crate::Result;

use super::design::{self, ACCENT, INK, MUTED};
use super::pipeline::{Composed, Document, Preamble};
use super::running_text::fill_names;
use super::speech::{check_time, seconds, word_count, words_in};
use super::wording::{fill, TalkingPointsWording};
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
        let chosen = self.chosen_recommendations();
        let speech = self.speech(preamble, w, &chosen);
        let words: usize = speech.said.iter().map(|s| word_count(s)).sum();
        let time = seconds(words, settings.speaking_rate_wpm);
        let mut blocks = title_block(preamble, words, time);
        blocks.extend(speech.blocks);
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
            notes: self.notes(preamble, words, time, chosen.len()),
        })
    }

    fn check(&self, preamble: &Preamble, composed: &Composed, _layout: &Layout) -> Result<()> {
        let (words, _) = composed.spoken.unwrap_or_default();
        let settings = preamble.settings;
        let rate = settings.speaking_rate_wpm;
        let slot = settings.talking_points_max_seconds;
        check_time(DocumentKind::TalkingPoints, words, rate, slot, || {
            longest_issues(self.sources.issues)
        })
    }
}

/// What is said, block by block, and the text of each as it is read aloud.
struct Speech {
    blocks: Vec<Block>,
    said: Vec<String>,
}

impl Speech {
    fn say(&mut self, text: &str, block: Block) {
        self.said.push(text.to_string());
        self.blocks.push(block);
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

impl<'a> TalkingPoints<'a> {
    /// The speech in the structure UPR-FACTS sets out: opening, update on the previous
    /// cycle, what has changed, the recommendations, the questions, closing.
    fn speech(
        &self,
        preamble: &Preamble,
        w: &TalkingPointsWording,
        chosen: &[&Recommendation],
    ) -> Speech {
        let opening = opening(preamble, w);
        let mut speech = Speech {
            blocks: Vec::new(),
            said: Vec::new(),
        };
        speech.say(
            &opening,
            design::text(opening.clone(), Face::Regular, INK, body()),
        );
        self.update(&mut speech, w);
        self.changes(&mut speech, w);
        recommendations(&mut speech, w, chosen);
        self.questions(&mut speech, w);
        speech.say(
            &w.closing,
            design::text(
                w.closing.clone(),
                Face::Regular,
                INK,
                BlockStyle {
                    space_before: 6.0,
                    ..body()
                },
            ),
        );
        speech
    }

    /// The update on the previous cycle: the recommendations already made before.
    fn update(&self, speech: &mut Speech, w: &TalkingPointsWording) {
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
        speech.blocks.push(section(&w.update));
        for (title, r) in &previous {
            let block = design::item(
                vec![
                    Span::new(r.text.clone(), Face::Regular, INK),
                    Span::new(
                        format!(" ({}; {})", r.previously_recommended.trim(), title),
                        Face::Italic,
                        MUTED,
                    ),
                ],
                "•",
                Face::Bold,
                list(),
            );
            speech.say(&r.text, block);
        }
    }

    /// What has changed since: each issue's background and key facts.
    fn changes(&self, speech: &mut Speech, w: &TalkingPointsWording) {
        speech.blocks.push(section(&w.changes));
        for issue in self.sources.issues {
            if issue.background.trim().is_empty() && issue.facts.is_empty() {
                continue;
            }
            speech.blocks.push(design::heading(
                vec![Span::new(issue.title.clone(), Face::Bold, INK)],
                BODY,
                6.0,
                2.0,
            ));
            if !issue.background.trim().is_empty() {
                let block = design::text(issue.background.clone(), Face::Regular, INK, body());
                speech.say(&issue.background, block);
            }
            for f in &issue.facts {
                let spans = design::fact_with_source(f, |source| format!(" ({source})"));
                speech.say(&f.text, design::item(spans, "•", Face::Bold, list()));
            }
        }
    }

    /// The advance questions of every issue.
    fn questions(&self, speech: &mut Speech, w: &TalkingPointsWording) {
        let questions: Vec<&str> = self
            .sources
            .issues
            .iter()
            .flat_map(|i| i.questions.iter().map(|q| q.text.as_str()))
            .collect();
        if questions.is_empty() {
            return;
        }
        speech.blocks.push(section(&w.questions));
        for q in &questions {
            let block = design::item(
                vec![Span::new(q.to_string(), Face::Regular, INK)],
                "?",
                Face::Bold,
                list(),
            );
            speech.say(q, block);
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
    /// the brief.
    fn notes(
        &self,
        preamble: &Preamble,
        words: usize,
        time: u32,
        spoken: usize,
    ) -> Vec<DocumentNote> {
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
                    settings.speaking_rate_wpm,
                )
                .saturating_sub(words),
            });
        }
        if spoken < all {
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
fn recommendations(speech: &mut Speech, w: &TalkingPointsWording, chosen: &[&Recommendation]) {
    if chosen.is_empty() {
        return;
    }
    speech.blocks.push(section(&w.recommendations));
    for (n, r) in chosen.iter().enumerate() {
        let block = design::item(
            vec![Span::new(r.text.clone(), Face::Regular, INK)],
            &format!("{}.", n + 1),
            Face::Bold,
            list(),
        );
        speech.say(&r.text, block);
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
            ("rate", &settings.speaking_rate_wpm.to_string()),
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
                format!("{timing} · {slot}"),
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
