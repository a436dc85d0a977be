//! What the documents of the UPR cycle (mid-term report, factsheet, submission) share beyond
//! the house design: their title block, section headings, the coalition line, and what their
//! composition tells the pipeline (hyphenated, at one body size). Their fixed wording follows
//! the document language (`assets/wording/`, under `cycle`); the user's text stays as written.

use crate::layout::{Block, BlockStyle, Face, Span};
use crate::model::Organisation;

use super::design::{self, ACCENT, INK, MUTED};
use super::pipeline::{Composed, Preamble};
use super::wording::Language;

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
        lang.commas(&[org.name.as_str(), with.as_str()])
    }
}

/// A cycle document's blocks with what its header and metadata say: set at [`BODY`],
/// hyphenated in the document's language.
pub(super) fn composed(
    preamble: &Preamble,
    blocks: Vec<Block>,
    title: &str,
    subject: String,
) -> Composed {
    Composed {
        blocks,
        title: title.to_string(),
        subject,
        keywords: vec!["UPR".into(), preamble.campaign.state_under_review.clone()],
        hyphenate: true,
        body_size: BODY,
        spoken: None,
        notes: Vec::new(),
    }
}

/// Body text at [`BODY`] with `space_after` points below each paragraph.
pub fn spaced(space_after: f32) -> BlockStyle {
    BlockStyle {
        space_after,
        ..BlockStyle::text(BODY, LEADING)
    }
}

/// A list item at [`BODY`], indented, with `space_after` points below it.
pub fn listed(space_after: f32) -> BlockStyle {
    BlockStyle {
        indent: design::list_indent(BODY),
        ..spaced(space_after)
    }
}

/// The organisation's ways to be reached that it filled in (address when asked, e-mail,
/// phone, website), in that order.
pub fn contacts(org: &Organisation, with_address: bool) -> Vec<&str> {
    let address = if with_address {
        org.address.as_str()
    } else {
        ""
    };
    [
        address,
        &org.contact_email,
        &org.contact_phone,
        &org.website,
    ]
    .into_iter()
    .map(str::trim)
    .filter(|s| !s.is_empty())
    .collect()
}

/// A paragraph of running text, as the letter and the written statement set it.
pub fn paragraph(text: &str) -> Block {
    design::text(text.to_string(), Face::Regular, INK, spaced(6.0))
}

/// A bulleted item of a list (the recommendations asked for or urged).
pub fn bullet(text: &str) -> Block {
    design::item(
        vec![Span::new(text.to_string(), Face::Regular, INK)],
        "•",
        Face::Bold,
        listed(3.0),
    )
}
