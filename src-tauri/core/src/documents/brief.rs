//! The lobbying brief: what a delegate reads the night before the review. For a general
//! brief or one target delegation: the organisation and the review it concerns, then per
//! priority issue a short background, key facts with their sources, advance questions and
//! numbered recommendations with their action category. Tailored to a target State, the
//! recommendations we ask that State to make come first and are named at the top, with what
//! that State recommended before on these issues when the database of past recommendations
//! has it. Two pages at most (`Settings::brief_max_pages`), every word the user wrote kept.

use chrono::Local;
use serde::Serialize;

use crate::layout::page::{lay_out, Block, BlockStyle};
use crate::layout::{Face, Layout, Region, Span};
use crate::model::{PriorityIssue, Recommendation, TargetState};
use crate::pdf::{paint, Metadata};
use crate::{Error, Result};

use super::design::{self, ACCENT, INK, MUTED};
use super::speech::word_count;
use super::wording::{fill, Language};
use super::{
    language, target, DocumentKind, DocumentOptions, DocumentPart, DocumentReport, Overflow,
    OverflowMeasure, Rendered, Shorten, Sources,
};

/// A recommendation the target State made before, from the database of past
/// recommendations (`crate::recommendations`), as the brief prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PriorRecommendation {
    /// The State it was made to.
    pub state_under_review: String,
    pub text: String,
    /// "Supported", "Noted", or empty when unknown.
    pub response: String,
    pub session: Option<u32>,
}

/// Body sizes tried in turn until the brief fits its pages. 9.5 pt is the smallest size a
/// delegate reads comfortably on paper; below it the brief reports an overflow instead.
pub const BODY_SIZES: [f32; 3] = [10.0, 9.75, 9.5];
const LEADING: f32 = 1.3;

pub(super) fn render(sources: &Sources, options: &DocumentOptions) -> Result<Rendered> {
    let lang = language(sources, options)?;
    let target = target(sources, options)?;
    let w = &lang.wording().brief;
    let paper = options.paper.unwrap_or(sources.settings.paper);
    let date = lang.date(options.date.unwrap_or_else(|| Local::now().date_naive()));
    let furniture = design::furniture(sources, lang, &w.title, &date, options.draft);
    let max_pages = sources.settings.brief_max_pages as usize;

    let mut attempt = None;
    for size in BODY_SIZES {
        let blocks = blocks(sources, options, target, lang, size);
        let layout = lay_out(
            &blocks,
            &furniture,
            design::geometry(paper),
            Some(lang.hyphenation()),
        );
        if layout.pages.len() <= max_pages {
            let words = body_words(&layout);
            let state = &sources.campaign.state_under_review;
            let meta = Metadata {
                title: format!("{} – {}", w.title, state),
                author: sources.organisation.name.clone(),
                subject: fill(&w.subject, &[("state", state)]),
                keywords: keywords(sources, target),
                language: lang.code().into(),
                created: options.created.unwrap_or_else(chrono::Utc::now),
            };
            return Ok(Rendered {
                pdf: paint(&layout, &meta)?,
                report: DocumentReport {
                    kind: DocumentKind::Brief,
                    pages: layout.pages.len(),
                    words,
                    seconds: 0,
                    body_size: size,
                    notes: Vec::new(),
                },
                layout,
            });
        }
        attempt = Some((layout, size));
    }
    // BODY_SIZES is not empty, so the loop ran and left its last layout.
    let (layout, size) = attempt.expect("at least one size was tried");
    Err(Error::DocumentTooLong(Box::new(overflow(
        sources, &layout, size, max_pages,
    ))))
}

fn keywords(sources: &Sources, target: Option<&TargetState>) -> Vec<String> {
    let mut k = vec![
        "UPR".to_string(),
        sources.campaign.state_under_review.clone(),
    ];
    k.extend(sources.issues.iter().map(|i| i.title.clone()));
    k.extend(target.map(|t| t.state.clone()));
    k
}

/// The issues in the order the brief prints them, each with its recommendations in order and
/// whether each is an ask of the target State.
fn ordered<'a>(
    issues: &'a [PriorityIssue],
    target: Option<&TargetState>,
) -> Vec<(&'a PriorityIssue, Vec<(&'a Recommendation, bool)>)> {
    let is_ask = |r: &Recommendation| target.is_some_and(|t| t.asks.contains(&r.id));
    let mut out: Vec<_> = issues
        .iter()
        .map(|issue| {
            let mut recs: Vec<_> = issue
                .recommendations
                .iter()
                .map(|r| (r, is_ask(r)))
                .collect();
            // Asks first, the rest in the user's order (the sort is stable).
            recs.sort_by_key(|(_, ask)| !ask);
            (issue, recs)
        })
        .collect();
    out.sort_by_key(|(issue, recs)| (!recs.iter().any(|(_, ask)| *ask), issue.rank));
    out
}

fn blocks(
    sources: &Sources,
    options: &DocumentOptions,
    target: Option<&TargetState>,
    lang: Language,
    size: f32,
) -> Vec<Block> {
    let wording = lang.wording();
    let w = &wording.brief;
    let campaign = sources.campaign;
    let org = sources.organisation;
    let body = BlockStyle {
        space_after: size * 0.35,
        ..BlockStyle::text(size, size * LEADING)
    };
    let indent = design::list_indent(size);
    let list = BlockStyle {
        indent,
        space_after: size * 0.22,
        ..body
    };
    let subheading = |text: &str| {
        design::heading(
            vec![Span::new(text.to_uppercase(), Face::Bold, MUTED)],
            size * 0.8,
            size * 0.55,
            size * 0.2,
        )
    };
    let mut b = Vec::new();

    // Title block.
    b.push(design::kicker(&w.title, 8.5));
    b.push(design::subject(lang.context_line(campaign)));
    let mut who = org.name.clone();
    if !org.acronym.trim().is_empty() {
        who.push_str(&format!(" ({})", org.acronym.trim()));
    }
    let partners: Vec<String> = org
        .partners
        .iter()
        .map(|p| p.short_name().to_string())
        .collect();
    if !partners.is_empty() {
        who.push_str(", ");
        who.push_str(&fill(
            &wording.with_partners,
            &[("partners", &lang.list(&partners))],
        ));
    }
    let audience = match target {
        Some(t) => fill(&w.for_delegation, &[("state", &t.state)]),
        None => w.general.clone(),
    };
    b.push(Block::Text {
        spans: vec![Span::new(who, Face::Regular, MUTED)],
        style: BlockStyle {
            keep_with_next: true,
            hyphenate: false,
            ..BlockStyle::text(9.0, 12.0)
        },
        label: None,
    });
    b.push(design::heading(
        vec![Span::new(audience, Face::Bold, ACCENT)],
        10.0,
        1.0,
        0.0,
    ));
    b.push(design::rule(4.0, size * 0.5));

    let ordered = ordered(sources.issues, target);

    // The asks of the target State, by their numbers in this brief.
    if let Some(t) = target {
        let mut numbers = Vec::new();
        let mut n = 0;
        for (_, recs) in &ordered {
            for (_, ask) in recs {
                n += 1;
                if *ask {
                    numbers.push(n.to_string());
                }
            }
        }
        if !numbers.is_empty() {
            b.push(design::text(
                fill(
                    &w.asks,
                    &[("state", &t.state), ("numbers", &lang.list(&numbers))],
                ),
                Face::Bold,
                INK,
                body,
            ));
        }
        if !options.prior_recommendations.is_empty() {
            b.push(subheading(&fill(&w.prior, &[("state", &t.state)])));
            for p in &options.prior_recommendations {
                let mut meta = vec![p.state_under_review.clone()];
                if let Some(s) = p.session {
                    meta.push(fill(&wording.session, &[("ordinal", &lang.ordinal(s))]));
                }
                if !p.response.trim().is_empty() {
                    meta.push(p.response.clone());
                }
                b.push(design::item(
                    vec![
                        Span::new(p.text.clone(), Face::Regular, INK),
                        Span::new(format!(" ({})", meta.join(", ")), Face::Italic, MUTED),
                    ],
                    "•",
                    Face::Bold,
                    list,
                ));
            }
        }
    }

    let mut number = 0;
    for (i, (issue, recs)) in ordered.iter().enumerate() {
        b.push(design::heading(
            vec![
                Span::new(format!("{}. ", i + 1), Face::Bold, ACCENT),
                Span::new(issue.title.clone(), Face::Bold, ACCENT),
            ],
            size * 1.2,
            if i == 0 { size * 0.4 } else { size * 1.1 },
            size * 0.3,
        ));
        if !issue.background.trim().is_empty() {
            b.push(design::text(
                issue.background.clone(),
                Face::Regular,
                INK,
                body,
            ));
        }
        if !issue.facts.is_empty() {
            b.push(subheading(&w.facts));
            for f in &issue.facts {
                let mut spans = vec![Span::new(f.text.clone(), Face::Regular, INK)];
                if !f.source.trim().is_empty() {
                    spans.push(Span::new(
                        format!(" {}{}", w.source, f.source.trim()),
                        Face::Italic,
                        MUTED,
                    ));
                }
                b.push(design::item(spans, "•", Face::Bold, list));
            }
        }
        if !issue.questions.is_empty() {
            b.push(subheading(&w.questions));
            for q in &issue.questions {
                b.push(design::item(
                    vec![Span::new(q.text.clone(), Face::Regular, INK)],
                    "?",
                    Face::Bold,
                    list,
                ));
            }
        }
        if !recs.is_empty() {
            b.push(subheading(&w.recommendations));
            for (r, ask) in recs {
                number += 1;
                let face = if *ask { Face::Bold } else { Face::Regular };
                let mut spans = vec![Span::new(r.text.clone(), face, INK)];
                let mut notes = Vec::new();
                if let Some(c) = r.action_category {
                    let label = &wording.action_categories[usize::from(c.number()) - 1];
                    notes.push(fill(
                        &wording.category,
                        &[("number", &c.number().to_string()), ("label", label)],
                    ));
                }
                if !r.previously_recommended.trim().is_empty() {
                    notes.push(fill(
                        &wording.previously_recommended,
                        &[("reference", r.previously_recommended.trim())],
                    ));
                }
                if !notes.is_empty() {
                    spans.push(Span::new(
                        format!(" ({})", notes.join("; ")),
                        Face::Italic,
                        MUTED,
                    ));
                }
                b.push(design::item(spans, &format!("{number}."), Face::Bold, list));
            }
        }
    }
    b
}

/// The words printed in the body.
fn body_words(layout: &Layout) -> usize {
    layout
        .pages
        .iter()
        .flat_map(|p| p.body_text())
        .map(|l| word_count(&l))
        .sum()
}

/// How far the content runs past the page limit at the smallest size, and what is longest.
fn overflow(sources: &Sources, layout: &Layout, size: f32, max_pages: usize) -> Overflow {
    let leading = size * LEADING;
    let g = &layout.geometry;
    let used = |page: &crate::layout::Page| {
        page.items
            .iter()
            .filter(|p| p.region == Region::Body)
            .map(|p| p.item.bounds().3)
            .fold(g.body_top(), f32::max)
            - g.body_top()
    };
    let over_height: f32 = layout.pages[max_pages..].iter().map(used).sum();
    let lines_over = (over_height / leading).ceil().max(1.0) as usize;
    let lines: usize = layout.pages.iter().map(|p| p.body_text().len()).sum();
    let words_per_line = body_words(layout) as f32 / lines.max(1) as f32;
    let words_over = (lines_over as f32 * words_per_line).ceil() as usize;

    let mut parts: Vec<Shorten> = Vec::new();
    for issue in sources.issues {
        let title = || issue.title.clone();
        let mut total = word_count(&issue.title) + word_count(&issue.background);
        if !issue.background.trim().is_empty() {
            parts.push(Shorten {
                part: DocumentPart::Background { issue: title() },
                words: word_count(&issue.background),
            });
        }
        for (n, f) in issue.facts.iter().enumerate() {
            total += word_count(&f.text) + word_count(&f.source);
            parts.push(Shorten {
                part: DocumentPart::Fact {
                    issue: title(),
                    number: n + 1,
                },
                words: word_count(&f.text) + word_count(&f.source),
            });
        }
        for (n, q) in issue.questions.iter().enumerate() {
            total += word_count(&q.text);
            parts.push(Shorten {
                part: DocumentPart::Question {
                    issue: title(),
                    number: n + 1,
                },
                words: word_count(&q.text),
            });
        }
        for (n, r) in issue.recommendations.iter().enumerate() {
            total += word_count(&r.text);
            parts.push(Shorten {
                part: DocumentPart::Recommendation {
                    issue: title(),
                    number: n + 1,
                },
                words: word_count(&r.text),
            });
        }
        if sources.issues.len() > 1 {
            parts.push(Shorten {
                part: DocumentPart::WholeIssue { issue: title() },
                words: total,
            });
        }
    }
    parts.sort_by_key(|p| std::cmp::Reverse(p.words));
    parts.truncate(5);
    Overflow {
        kind: DocumentKind::Brief,
        measure: OverflowMeasure::Pages {
            pages: layout.pages.len(),
            max_pages,
            smallest_size: size,
        },
        words_over,
        lines_over: Some(lines_over),
        shorten: parts,
    }
}

/// The brief laid out at one body size, for the layout tests.
#[cfg(test)]
pub(super) fn layout_for_test(sources: &Sources, options: &DocumentOptions, size: f32) -> Layout {
    let lang = language(sources, options).unwrap();
    let target = target(sources, options).unwrap();
    let furniture = design::furniture(
        sources,
        lang,
        "Lobbying brief",
        "1 January 2027",
        options.draft,
    );
    let paper = options.paper.unwrap_or(sources.settings.paper);
    lay_out(
        &blocks(sources, options, target, lang, size),
        &furniture,
        design::geometry(paper),
        Some(lang.hyphenation()),
    )
}
