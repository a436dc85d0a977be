//! What the documents of the UPR cycle (mid-term report, factsheet, submission) share beyond
//! the house design: their title block, the sources they are made from, and how they are
//! painted. Their fixed wording follows the document language (`assets/wording/`, under
//! `cycle`); the user's text stays as written.

use chrono::{Local, NaiveDate};

use crate::layout::page::{lay_out, Block};
use crate::layout::{Face, Layout, Span};
use crate::model::{Campaign, Organisation};
use crate::pdf::{paint, Metadata};
use crate::settings::Settings;
use crate::Result;

use super::design::{self, ACCENT, MUTED};
use super::wording::Language;
use super::Sources;

pub const BODY: f32 = 10.0;
pub const LEADING: f32 = 13.5;

/// The kicker (small capitals in the accent colour), the subject and a line of context.
pub fn title_block(kicker: &str, subject: &str, context: &str) -> Vec<Block> {
    vec![
        design::kicker(kicker, 9.0),
        design::subject(subject),
        design::heading(
            vec![Span::new(context.to_string(), Face::Regular, MUTED)],
            9.5,
            0.0,
            0.0,
        ),
        design::rule(5.0, 10.0),
    ]
}

/// A section heading in the accent colour.
pub fn section(title: &str) -> Block {
    design::heading(
        vec![Span::new(title.to_string(), Face::Bold, ACCENT)],
        11.5,
        10.0,
        4.0,
    )
}

/// The language a cycle document is written in: the one asked for ("en", "fr", "es"), else
/// the settings' document language.
pub fn language(settings: &Settings, chosen: Option<Language>) -> Language {
    chosen.unwrap_or(settings.document_language)
}

/// The organisation and, when it has any, its coalition partners.
pub fn coalition(org: &Organisation, lang: Language) -> String {
    let partners: Vec<String> = org.partners.iter().map(|p| p.name.clone()).collect();
    if partners.is_empty() {
        org.name.clone()
    } else {
        let with = super::wording::fill(
            &lang.wording().with_partners,
            &[("partners", &lang.list(&partners))],
        );
        format!("{}, {with}", org.name)
    }
}

/// Lays the blocks out with the house header and footer and paints them.
#[allow(clippy::too_many_arguments)]
pub fn lay_out_and_paint(
    blocks: &[Block],
    organisation: &Organisation,
    campaign: &Campaign,
    settings: &Settings,
    title: &str,
    subject: &str,
    lang: Language,
    draft: bool,
    date: Option<NaiveDate>,
) -> Result<(Layout, Vec<u8>)> {
    let sources = Sources {
        organisation,
        campaign,
        issues: &[],
        target_states: &[],
        settings,
    };
    let date = lang.date(date.unwrap_or_else(|| Local::now().date_naive()));
    let furniture = design::furniture(&sources, lang, title, &date, draft);
    let layout = lay_out(
        blocks,
        &furniture,
        design::geometry(settings.paper),
        Some(lang.hyphenation()),
    );
    let meta = Metadata {
        title: format!("{title} – {}", campaign.state_under_review),
        author: organisation.name.clone(),
        subject: subject.to_string(),
        keywords: vec!["UPR".into(), campaign.state_under_review.clone()],
        language: lang.code().into(),
        created: chrono::Utc::now(),
    };
    let pdf = paint(&layout, &meta)?;
    Ok((layout, pdf))
}
