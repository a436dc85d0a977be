//! The oral statement at the adoption of the UPR outcome (Human Rights Council, item 6): at
//! most `Settings::oral_statement_seconds` (two minutes) at the configured speaking rate,
//! with the formal opening and closing, numbered paragraphs for the interpreters, and large
//! print for reading at the podium. The estimated reading time is printed on it.
//!
//! Per priority issue it says the first key fact and urges the first recommendation; a
//! statement too long for its slot is refused with the number of words to cut.

use chrono::Local;

use crate::layout::page::{lay_out, Block, BlockStyle};
use crate::layout::{Face, Span};
use crate::pdf::{paint, Metadata};
use crate::{Error, Result};

use super::design::{self, ACCENT, INK, MUTED};
use super::speech::{seconds, word_count, words_in};
use super::wording::fill;
use super::{
    continue_sentence, language, DocumentKind, DocumentOptions, DocumentPart, DocumentReport,
    Overflow, OverflowMeasure, Rendered, Shorten, Sources,
};

/// Large print for the podium: 14 pt at least, with generous leading.
pub const BODY: f32 = 14.0;
const LEADING: f32 = 22.0;

pub(super) fn render(sources: &Sources, options: &DocumentOptions) -> Result<Rendered> {
    let lang = language(sources, options)?;
    let wording = lang.wording();
    let w = &wording.oral_statement;
    let settings = sources.settings;
    let org = sources.organisation;
    let state = sources.campaign.state_under_review.as_str();

    let partners: Vec<String> = org
        .partners
        .iter()
        .map(|p| p.short_name().to_string())
        .collect();
    let who = org.name.clone();
    let intro = if partners.is_empty() {
        fill(&w.intro, &[("organisation", &who), ("state", state)])
    } else {
        fill(
            &w.intro_partners,
            &[
                ("organisation", &who),
                ("partners", &lang.list(&partners)),
                ("state", state),
            ],
        )
    };
    // The catalogue says whether the recommendation continues the sentence ("to repeal…") or
    // follows a colon as written.
    let continues = !w.urge.contains(": {recommendation}");
    let mut paragraphs = vec![intro];
    for issue in sources.issues {
        let mut p = Vec::new();
        if let Some(f) = issue.facts.first() {
            p.push(ensure_stop(f.text.trim()));
        } else if !issue.background.trim().is_empty() {
            p.push(ensure_stop(issue.background.trim()));
        }
        if let Some(r) = issue.recommendations.first() {
            let rec = if continues {
                continue_sentence(&r.text)
            } else {
                r.text.trim().to_string()
            };
            p.push(ensure_stop(&fill(
                &w.urge,
                &[("state", state), ("recommendation", &rec)],
            )));
        }
        if !p.is_empty() {
            paragraphs.push(p.join(" "));
        }
    }
    paragraphs.push(fill(&w.closing, &[("state", state)]));

    let words = word_count(&w.opening) + paragraphs.iter().map(|p| word_count(p)).sum::<usize>();
    let rate = settings.speaking_rate_wpm;
    let limit = settings.oral_statement_seconds;
    let time = seconds(words, rate);
    if time > limit {
        let fits = words_in(limit, rate);
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
        return Err(Error::DocumentTooLong(Box::new(Overflow {
            kind: DocumentKind::OralStatement,
            measure: OverflowMeasure::SpeakingTime {
                words,
                seconds: time,
                rate,
                max_seconds: limit,
                fits,
            },
            words_over: words - fits,
            lines_over: None,
            shorten: parts,
        })));
    }

    let reading = fill(
        &w.reading_time,
        &[
            ("time", &lang.duration(time)),
            ("words", &words.to_string()),
            ("rate", &rate.to_string()),
            ("limit", &lang.duration(limit)),
        ],
    );
    let mut item_line = w.item.clone();
    if !sources.campaign.adoption_session.trim().is_empty() {
        item_line = format!(
            "{} · {}",
            sources.campaign.adoption_session.trim(),
            item_line
        );
    }
    let body = BlockStyle {
        space_after: 12.0,
        ..BlockStyle::text(BODY, LEADING)
    };
    let numbered = BlockStyle {
        indent: design::list_indent(BODY),
        ..body
    };
    let mut blocks: Vec<Block> = vec![
        design::kicker(&w.title, 9.0),
        design::subject(fill(&w.subject, &[("state", state)])),
        design::heading(
            vec![Span::new(item_line, Face::Regular, MUTED)],
            10.0,
            0.0,
            1.0,
        ),
        design::heading(vec![Span::new(reading, Face::Bold, ACCENT)], 10.0, 0.0, 0.0),
        design::rule(5.0, 14.0),
        design::text(w.opening.clone(), Face::Regular, INK, body),
    ];
    for (n, p) in paragraphs.iter().enumerate() {
        blocks.push(design::item(
            vec![Span::new(p.clone(), Face::Regular, INK)],
            &format!("{}.", n + 1),
            Face::Bold,
            numbered,
        ));
    }

    let date = lang.date(options.date.unwrap_or_else(|| Local::now().date_naive()));
    let furniture = design::furniture(sources, lang, &w.title, &date, options.draft);
    let paper = options.paper.unwrap_or(settings.paper);
    // Text read aloud is not hyphenated: a word split across lines trips the speaker.
    let layout = lay_out(&blocks, &furniture, design::geometry(paper), None);
    let meta = Metadata {
        title: format!("{} – {}", w.title, state),
        author: org.name.clone(),
        subject: fill(&w.subject, &[("state", state)]),
        keywords: vec!["UPR".into(), "HRC".into(), state.to_string()],
        language: lang.code().into(),
        created: options.created.unwrap_or_else(chrono::Utc::now),
    };
    Ok(Rendered {
        pdf: paint(&layout, &meta)?,
        report: DocumentReport {
            kind: DocumentKind::OralStatement,
            pages: layout.pages.len(),
            words,
            seconds: time,
            body_size: BODY,
            notes: Vec::new(),
        },
        layout,
    })
}

/// A sentence ends with its full stop (or ?, !, …) so that two texts run together read as
/// two sentences.
fn ensure_stop(text: &str) -> String {
    let t = text.trim_end();
    if t.ends_with(['.', '?', '!', '…']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}
