//! The lobbying brief: what a delegate reads the night before the review. For a general
//! brief or one target delegation: the organisation and the review it concerns, then per
//! priority issue a short background, key facts with their sources, advance questions and
//! numbered recommendations with their action category. Tailored to a target State, the
//! recommendations we ask that State to make come first and are named at the top, with what
//! that State recommended before on these issues when the database of past recommendations
//! has it. Two pages at most (`Settings::brief_max_pages`), every word the user wrote kept.

use serde::Serialize;

use crate::layout::{Block, BlockStyle, Face, Layout, Span};
use crate::model::{PriorityIssue, Recommendation, TargetState};
use crate::{Error, Result};

use super::advice::longest_parts;
use super::design::{self, ACCENT, INK, MUTED};
use super::pipeline::{Composed, Document, Preamble};
use super::running_text::fill_names;
use super::wording::{fill, Language};
use super::{DocumentKind, DocumentOptions, Overflow, Sources};
use crate::names_in_text::NameInText;

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

/// The brief on the chosen issues, for a delegation when `target` is set.
pub(super) struct Brief<'a> {
    pub sources: &'a Sources<'a>,
    pub options: &'a DocumentOptions,
    pub target: Option<&'a TargetState>,
}

impl Document for Brief<'_> {
    const KIND: DocumentKind = DocumentKind::Brief;
    const BODY_SIZES: &'static [f32] = &self::BODY_SIZES;

    fn compose(&self, preamble: &Preamble, size: f32) -> Result<Composed> {
        let w = &preamble.lang.wording().brief;
        let state = &preamble.campaign.state_under_review;
        Ok(Composed {
            blocks: self.blocks(preamble, size),
            title: w.title.clone(),
            subject: fill(&w.subject, &[("state", state)]),
            keywords: self.keywords(),
            hyphenate: true,
            body_size: size,
            spoken: None,
            notes: Vec::new(),
        })
    }

    fn check(&self, preamble: &Preamble, composed: &Composed, layout: &Layout) -> Result<()> {
        let max_pages = preamble.settings.brief_max_pages as usize;
        if layout.pages.len() <= max_pages {
            return Ok(());
        }
        let size = composed.body_size;
        Err(Error::DocumentTooLong(Box::new(Overflow::of_pages(
            DocumentKind::Brief,
            layout,
            (size, size * LEADING),
            max_pages,
            longest_parts(self.sources.issues),
        ))))
    }
}

/// The brief's paragraph styles at one body size.
#[derive(Clone, Copy)]
struct Styles {
    size: f32,
    body: BlockStyle,
    list: BlockStyle,
}

impl Styles {
    fn at(size: f32) -> Styles {
        let body = BlockStyle {
            space_after: size * 0.35,
            ..BlockStyle::text(size, size * LEADING)
        };
        Styles {
            size,
            body,
            list: BlockStyle {
                indent: design::list_indent(size),
                space_after: size * 0.22,
                ..body
            },
        }
    }

    /// A small heading in muted capitals: "KEY FACTS".
    fn subheading(&self, text: &str) -> Block {
        let size = self.size;
        design::heading(
            vec![Span::new(text.to_uppercase(), Face::Bold, MUTED)],
            size * 0.8,
            size * 0.55,
            size * 0.2,
        )
    }
}

impl Brief<'_> {
    fn keywords(&self) -> Vec<String> {
        let sources = self.sources;
        let mut k = vec![
            "UPR".to_string(),
            sources.campaign.state_under_review.clone(),
        ];
        k.extend(sources.issues.iter().map(|i| i.title.clone()));
        k.extend(self.target.map(|t| t.state.clone()));
        k
    }

    /// The brief's blocks at body size `size`: the title block, the asks of the delegation
    /// and what it recommended before, then each issue.
    fn blocks(&self, preamble: &Preamble, size: f32) -> Vec<Block> {
        let lang = preamble.lang;
        let styles = Styles::at(size);
        let ordered = ordered(self.sources.issues, self.target);
        let mut b = self.title_block(preamble, size);
        if let Some(t) = self.target {
            let delegation = preamble.state(&t.state);
            b.extend(asks(&delegation, &ordered, &styles));
            b.extend(self.prior(&delegation, lang, &styles));
        }
        let mut number = 0;
        for (i, (issue, recs)) in ordered.iter().enumerate() {
            b.extend(issue_blocks(
                i,
                issue,
                recs,
                &mut number,
                lang,
                &styles,
                self.sources.settings.brief_shows_action_category,
            ));
        }
        b
    }

    /// What the brief is, on which review, by whom, for whom.
    fn title_block(&self, preamble: &Preamble, size: f32) -> Vec<Block> {
        let lang = preamble.lang;
        let wording = lang.wording();
        let w = &wording.brief;
        let org = self.sources.organisation;
        let mut who = org.name.clone();
        if !org.acronym.trim().is_empty() {
            who.push_str(&lang.aside(org.acronym.trim()));
        }
        let partners: Vec<String> = org
            .partners
            .iter()
            .map(|p| p.short_name().to_string())
            .collect();
        if !partners.is_empty() {
            who.push_str(&wording.punctuation.comma);
            who.push_str(&fill(
                &wording.with_partners,
                &[("partners", &lang.list(&partners))],
            ));
        }
        let audience = match self.target {
            Some(t) => fill(
                &w.for_delegation,
                &[("state", &preamble.state(&t.state).short)],
            ),
            None => w.general.clone(),
        };
        vec![
            design::kicker(&w.title, 8.5),
            design::subject(lang.context_line(self.sources.campaign)),
            Block::Text {
                spans: vec![Span::new(who, Face::Regular, MUTED)],
                style: BlockStyle {
                    keep_with_next: true,
                    hyphenate: false,
                    ..BlockStyle::text(9.0, 12.0)
                },
                label: None,
            },
            design::heading(
                vec![Span::new(audience, Face::Bold, ACCENT)],
                10.0,
                1.0,
                0.0,
            ),
            design::rule(4.0, size * 0.5),
        ]
    }

    /// What the delegation recommended before on these issues, from the database.
    fn prior(&self, delegation: &NameInText, lang: Language, styles: &Styles) -> Vec<Block> {
        let prior = &self.options.prior_recommendations;
        if prior.is_empty() {
            return Vec::new();
        }
        let wording = lang.wording();
        let mut b = vec![styles.subheading(&fill_names(
            &wording.brief.prior,
            &[("state", delegation)],
            &[],
        ))];
        for p in prior {
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
                    Span::new(lang.aside(&lang.commas(&meta)), Face::Italic, MUTED),
                ],
                "•",
                Face::Bold,
                styles.list,
            ));
        }
        b
    }
}

/// The asks of the target State, by their numbers in this brief.
fn asks(
    delegation: &NameInText,
    ordered: &[(&PriorityIssue, Vec<(&Recommendation, bool)>)],
    styles: &Styles,
) -> Option<Block> {
    let lang = delegation.language;
    let mut numbers = Vec::new();
    let mut n = 0;
    for (_, recs) in ordered {
        for (_, ask) in recs {
            n += 1;
            if *ask {
                numbers.push(n.to_string());
            }
        }
    }
    (!numbers.is_empty()).then(|| {
        design::text(
            fill_names(
                &lang.wording().brief.asks,
                &[("state", delegation)],
                &[("numbers", &lang.list(&numbers))],
            ),
            Face::Bold,
            INK,
            styles.body,
        )
    })
}

/// One issue: its numbered heading, background, key facts, questions and recommendations
/// (numbered on from `number`).
fn issue_blocks(
    i: usize,
    issue: &PriorityIssue,
    recs: &[(&Recommendation, bool)],
    number: &mut usize,
    lang: Language,
    styles: &Styles,
    show_category: bool,
) -> Vec<Block> {
    let w = &lang.wording().brief;
    let size = styles.size;
    let mut b = vec![design::heading(
        vec![
            Span::new(format!("{}. ", i + 1), Face::Bold, ACCENT),
            Span::new(issue.title.clone(), Face::Bold, ACCENT),
        ],
        size * 1.2,
        if i == 0 { size * 0.4 } else { size * 1.1 },
        size * 0.3,
    )];
    if !issue.background.trim().is_empty() {
        b.push(design::text(
            issue.background.clone(),
            Face::Regular,
            INK,
            styles.body,
        ));
    }
    if !issue.facts.is_empty() {
        b.push(styles.subheading(&w.facts));
        for f in &issue.facts {
            let space = &lang.wording().punctuation.space;
            let spans =
                design::fact_with_source(f, |source| format!("{space}{}{source}", w.source));
            b.push(design::item(spans, "•", Face::Bold, styles.list));
        }
    }
    if !issue.questions.is_empty() {
        b.push(styles.subheading(&w.questions));
        for q in &issue.questions {
            b.push(design::item(
                vec![Span::new(q.text.clone(), Face::Regular, INK)],
                &lang.wording().punctuation.question,
                Face::Bold,
                styles.list,
            ));
        }
    }
    if !recs.is_empty() {
        b.push(styles.subheading(&w.recommendations));
        for (r, ask) in recs {
            *number += 1;
            b.push(recommendation(
                r,
                *ask,
                *number,
                lang,
                styles,
                show_category,
            ));
        }
    }
    b
}

/// A numbered recommendation, in bold when it is an ask of the delegation, with where it was
/// made before and, when the settings ask for it, its action category (a delegation reading
/// "category 2" beside the organisation's own ask learns only that it is weak).
fn recommendation(
    r: &Recommendation,
    ask: bool,
    number: usize,
    lang: Language,
    styles: &Styles,
    show_category: bool,
) -> Block {
    let wording = lang.wording();
    let face = if ask { Face::Bold } else { Face::Regular };
    let mut spans = vec![Span::new(r.text.clone(), face, INK)];
    let mut notes = Vec::new();
    if let Some(c) = r.action_category.filter(|_| show_category) {
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
            lang.aside(&lang.semicolons(&notes)),
            Face::Italic,
            MUTED,
        ));
    }
    design::item(spans, &format!("{number}."), Face::Bold, styles.list)
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

/// The brief laid out at one body size, for the layout tests.
#[cfg(test)]
pub(super) fn layout_for_test(sources: &Sources, options: &DocumentOptions, size: f32) -> Layout {
    let preamble = sources.preamble(options).unwrap();
    let target = super::sources::target(sources, options).unwrap();
    let furniture = design::furniture(&preamble, "Lobbying brief", "1 January 2027", options.draft);
    let paper = options.paper.unwrap_or(sources.settings.paper);
    let brief = Brief {
        sources,
        options,
        target,
    };
    crate::layout::lay_out(
        &brief.blocks(&preamble, size),
        &furniture,
        design::geometry(paper),
        crate::layout::Typesetting {
            hyphenation: preamble.lang.hyphenation(),
            right_to_left: preamble.lang.is_right_to_left(),
        },
    )
}
