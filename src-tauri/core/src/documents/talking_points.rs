//! Pre-session talking points: the 5–7 minute speech (6 by default) a speaker gives at UPR
//! Info's pre-session, in the structure UPR-FACTS sets out: an update on the previous cycle's
//! recommendations, what has changed since, two or three recommendations, and the advance
//! questions. The word count and the speaking time at the configured rate are printed on it.
//!
//! The recommendations are the target State's asks when one is chosen, else the first of each
//! priority issue, up to `Settings::talking_points_recommendations`; the brief carries the
//! rest, and the report says so.

use chrono::Local;

use crate::layout::page::{lay_out, Block, BlockStyle};
use crate::layout::{Face, Span};
use crate::model::Recommendation;
use crate::pdf::{paint, Metadata};
use crate::{Error, Result};

use super::design::{self, ACCENT, INK, MUTED};
use super::speech::{seconds, word_count, words_in};
use super::wording::fill;
use super::{
    language, target, DocumentKind, DocumentNote, DocumentOptions, DocumentPart, DocumentReport,
    Overflow, OverflowMeasure, Rendered, Shorten, Sources,
};

const BODY: f32 = 11.0;
const LEADING: f32 = 15.5;

pub(super) fn render(sources: &Sources, options: &DocumentOptions) -> Result<Rendered> {
    let lang = language(sources, options)?;
    let target = target(sources, options)?;
    let wording = lang.wording();
    let w = &wording.talking_points;
    let settings = sources.settings;
    let org = sources.organisation;
    let state = sources.campaign.state_under_review.as_str();

    // What is said, paragraph by paragraph, grouped under the four headings.
    let who = org.short_name().to_string();
    let partners: Vec<String> = org
        .partners
        .iter()
        .map(|p| p.short_name().to_string())
        .collect();
    let opening = if partners.is_empty() {
        fill(&w.opening, &[("organisation", &who)])
    } else {
        fill(
            &w.opening_partners,
            &[("organisation", &who), ("partners", &lang.list(&partners))],
        )
    };

    let previous: Vec<(&str, &Recommendation)> = sources
        .issues
        .iter()
        .flat_map(|i| i.recommendations.iter().map(move |r| (i.title.as_str(), r)))
        .filter(|(_, r)| !r.previously_recommended.trim().is_empty())
        .collect();

    let limit = settings.talking_points_recommendations.max(1) as usize;
    let chosen: Vec<&Recommendation> = match target {
        Some(t)
            if sources
                .issues
                .iter()
                .any(|i| i.recommendations.iter().any(|r| t.asks.contains(&r.id))) =>
        {
            sources
                .issues
                .iter()
                .flat_map(|i| &i.recommendations)
                .filter(|r| t.asks.contains(&r.id))
                .take(limit)
                .collect()
        }
        _ => sources
            .issues
            .iter()
            .filter_map(|i| i.recommendations.first())
            .take(limit)
            .collect(),
    };
    let all_recs: usize = sources.issues.iter().map(|i| i.recommendations.len()).sum();

    let mut spoken: Vec<String> = vec![opening.clone()];
    let body = BlockStyle {
        space_after: 5.0,
        ..BlockStyle::text(BODY, LEADING)
    };
    let list = BlockStyle {
        indent: design::list_indent(BODY),
        space_after: 4.0,
        ..body
    };
    let section = |text: &str| {
        design::heading(
            vec![Span::new(text.to_string(), Face::Bold, ACCENT)],
            12.5,
            12.0,
            4.0,
        )
    };
    let issue_heading = |text: &str| {
        design::heading(
            vec![Span::new(text.to_string(), Face::Bold, INK)],
            BODY,
            6.0,
            2.0,
        )
    };

    let mut content: Vec<Block> = vec![design::text(opening, Face::Regular, INK, body)];
    if !previous.is_empty() {
        content.push(section(&w.update));
        for (title, r) in &previous {
            spoken.push(r.text.clone());
            content.push(design::item(
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
                list,
            ));
        }
    }
    content.push(section(&w.changes));
    for issue in sources.issues {
        if issue.background.trim().is_empty() && issue.facts.is_empty() {
            continue;
        }
        content.push(issue_heading(&issue.title));
        if !issue.background.trim().is_empty() {
            spoken.push(issue.background.clone());
            content.push(design::text(
                issue.background.clone(),
                Face::Regular,
                INK,
                body,
            ));
        }
        for f in &issue.facts {
            spoken.push(f.text.clone());
            let mut spans = vec![Span::new(f.text.clone(), Face::Regular, INK)];
            if !f.source.trim().is_empty() {
                spans.push(Span::new(
                    format!(" ({})", f.source.trim()),
                    Face::Italic,
                    MUTED,
                ));
            }
            content.push(design::item(spans, "•", Face::Bold, list));
        }
    }
    if !chosen.is_empty() {
        content.push(section(&w.recommendations));
        for (n, r) in chosen.iter().enumerate() {
            spoken.push(r.text.clone());
            content.push(design::item(
                vec![Span::new(r.text.clone(), Face::Regular, INK)],
                &format!("{}.", n + 1),
                Face::Bold,
                list,
            ));
        }
    }
    let questions: Vec<&str> = sources
        .issues
        .iter()
        .flat_map(|i| i.questions.iter().map(|q| q.text.as_str()))
        .collect();
    if !questions.is_empty() {
        content.push(section(&w.questions));
        for q in &questions {
            spoken.push(q.to_string());
            content.push(design::item(
                vec![Span::new(q.to_string(), Face::Regular, INK)],
                "?",
                Face::Bold,
                list,
            ));
        }
    }
    spoken.push(w.closing.clone());
    content.push(design::text(
        w.closing.clone(),
        Face::Regular,
        INK,
        BlockStyle {
            space_before: 6.0,
            ..body
        },
    ));

    let words: usize = spoken.iter().map(|s| word_count(s)).sum();
    let rate = settings.speaking_rate_wpm;
    let time = seconds(words, rate);
    if time > settings.talking_points_max_seconds {
        let fits = words_in(settings.talking_points_max_seconds, rate);
        let mut parts: Vec<Shorten> = sources
            .issues
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
        return Err(Error::DocumentTooLong(Box::new(Overflow {
            kind: DocumentKind::TalkingPoints,
            measure: OverflowMeasure::SpeakingTime {
                words,
                seconds: time,
                rate,
                max_seconds: settings.talking_points_max_seconds,
                fits,
            },
            words_over: words - fits,
            lines_over: None,
            shorten: parts,
        })));
    }
    let mut notes = Vec::new();
    if time < settings.talking_points_min_seconds {
        notes.push(DocumentNote::ShorterThanSlot {
            seconds: time,
            usual_seconds: settings.talking_points_min_seconds,
            more_words: words_in(settings.talking_points_target_seconds, rate)
                .saturating_sub(words),
        });
    }
    if chosen.len() < all_recs {
        notes.push(DocumentNote::SomeRecommendationsSpoken {
            spoken: chosen.len(),
            all: all_recs,
        });
    }

    // Title block with the timing, then the speech.
    let timing = fill(
        &wording.timing,
        &[
            ("words", &words.to_string()),
            ("time", &lang.duration(time)),
            ("rate", &rate.to_string()),
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
    let context = lang.context_line(sources.campaign);
    let mut blocks = vec![
        design::kicker(&w.title, 8.5),
        design::subject(context),
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
    ];
    blocks.extend(content);

    let date = lang.date(options.date.unwrap_or_else(|| Local::now().date_naive()));
    let furniture = design::furniture(sources, lang, &w.title, &date, options.draft);
    let paper = options.paper.unwrap_or(settings.paper);
    // Spoken text is not hyphenated: a word split across lines trips the speaker.
    let layout = lay_out(&blocks, &furniture, design::geometry(paper), None);
    let mut keywords = vec!["UPR".to_string(), state.to_string()];
    keywords.extend(target.map(|t| t.state.clone()));
    let meta = Metadata {
        title: format!("{} – {}", w.title, state),
        author: org.name.clone(),
        subject: fill(&w.subject, &[("state", state)]),
        keywords,
        language: lang.code().into(),
        created: options.created.unwrap_or_else(chrono::Utc::now),
    };
    Ok(Rendered {
        pdf: paint(&layout, &meta)?,
        report: DocumentReport {
            kind: DocumentKind::TalkingPoints,
            pages: layout.pages.len(),
            words,
            seconds: time,
            body_size: BODY,
            notes,
        },
        layout,
    })
}
