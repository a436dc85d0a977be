//! The house design shared by every document: colours, margins, the title block, the header
//! and footer, and the shapes that recur (a list item, a key fact with its source). A
//! document file says what goes on paper; this file says how it looks.

use crate::layout::{mm, Block, BlockStyle, Furniture, Label, PageGeometry};
use crate::layout::{Face, Rgb, Span};
use std::sync::Arc;

use crate::model::{KeyFact, Logo};
use crate::settings::Paper;

use super::pipeline::Preamble;
use super::wording::fill;

/// UN-blue for headings and numbers, near-black for text, grey for what is secondary.
pub const ACCENT: Rgb = Rgb(0, 82, 147);
pub const INK: Rgb = Rgb(28, 28, 30);
pub const MUTED: Rgb = Rgb(96, 99, 104);
pub const RULE: Rgb = Rgb(175, 180, 186);
pub const DRAFT: Rgb = Rgb(190, 30, 45);

/// Margins in millimetres: top, bottom, sides.
const MARGINS: (f32, f32, f32) = (13.0, 11.0, 20.0);

pub fn geometry(paper: Paper) -> PageGeometry {
    PageGeometry::new(paper, MARGINS.0, MARGINS.1, MARGINS.2)
}

/// Header: organisation and document title on the left; State under Review with session,
/// and the date, on the right. Footer: contact on the left, page x of y on the right, the
/// draft mark in the middle.
pub(super) fn furniture(preamble: &Preamble, title: &str, date: &str, draft: bool) -> Furniture {
    let lang = preamble.lang;
    let w = lang.wording();
    let org = preamble.organisation;
    let campaign = preamble.campaign;
    let session = fill(&w.session, &[("ordinal", &lang.ordinal(campaign.session))]);
    let context = fill(
        &w.context_no_date,
        &[
            ("state", &campaign.state_under_review),
            ("session", &session),
        ],
    );
    let contact: Vec<&str> = [&org.contact_email, &org.contact_phone, &org.website]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    let footer_left = if contact.is_empty() {
        Vec::new()
    } else {
        vec![Span::new(
            fill(&w.contact, &[("contact", &lang.separated(&contact))]),
            Face::Regular,
            MUTED,
        )]
    };
    Furniture {
        size: 7.5,
        leading: 10.0,
        header_left: vec![
            Span::new(org.name.clone(), Face::Bold, INK),
            Span::new(title.to_string(), Face::Regular, MUTED),
        ],
        header_right: vec![
            Span::new(context, Face::Regular, MUTED),
            Span::new(date.to_string(), Face::Regular, MUTED),
        ],
        footer_left,
        page_number: Span::new(w.page_number.clone(), Face::Regular, MUTED),
        mark: draft.then(|| Span::new(w.draft.clone(), Face::Bold, DRAFT)),
        rule_color: RULE,
    }
}

/// The box the organisation's logo is fitted into on a letterhead, in millimetres (width,
/// height): as wide as a business card's logo and no taller than the two lines beside it
/// would need, so a tall logo does not push the letter onto its second page.
pub const LOGO_BOX_MM: (f32, f32) = (50.0, 20.0);

/// The organisation's logo fitted into [`LOGO_BOX_MM`], its aspect kept.
pub fn logo(logo: &Arc<Logo>) -> Block {
    let (width, height) = logo.fitted(mm(LOGO_BOX_MM.0), mm(LOGO_BOX_MM.1));
    Block::Image {
        logo: logo.clone(),
        width,
        height,
        space_after: 6.0,
    }
}

/// A paragraph of one span.
pub fn text(text: impl Into<String>, face: Face, color: Rgb, style: BlockStyle) -> Block {
    Block::Text {
        spans: vec![Span::new(text, face, color)],
        style,
        label: None,
    }
}

/// A heading: kept with what follows, never hyphenated.
pub fn heading(spans: Vec<Span>, size: f32, space_before: f32, space_after: f32) -> Block {
    Block::Text {
        spans,
        style: BlockStyle {
            space_before,
            space_after,
            keep_with_next: true,
            keep_together: true,
            hyphenate: false,
            ..BlockStyle::text(size, size * 1.25)
        },
        label: None,
    }
}

/// The first line of every document's title block: what the document is, in capitals in the
/// accent colour ("LOBBYING BRIEF").
pub fn kicker(text: &str, size: f32) -> Block {
    heading(
        vec![Span::new(text.to_uppercase(), Face::Bold, ACCENT)],
        size,
        0.0,
        2.0,
    )
}

/// The second line of the title block: what the document is about, large and bold.
pub fn subject(text: impl Into<String>) -> Block {
    heading(
        vec![Span::new(text.into(), Face::Bold, INK)],
        15.0,
        0.0,
        3.0,
    )
}

/// An item of a list, its label in the hanging indent.
pub fn item(spans: Vec<Span>, label: &str, label_face: Face, style: BlockStyle) -> Block {
    Block::Text {
        spans,
        style,
        label: Some(Label {
            text: label.to_string(),
            face: label_face,
            color: ACCENT,
        }),
    }
}

pub fn rule(space_before: f32, space_after: f32) -> Block {
    Block::Rule {
        thickness: 0.75,
        color: ACCENT,
        space_before,
        space_after,
    }
}

/// The indent of list text: room for "12." at the body size.
pub fn list_indent(size: f32) -> f32 {
    (size * 2.0).max(mm(6.0))
}

/// A key fact followed by its source in muted italics, as `cite` words it ("(UNODC 2024)",
/// " Source: UNODC 2024"); a fact without a source stands alone.
pub fn fact_with_source(fact: &KeyFact, cite: impl Fn(&str) -> String) -> Vec<Span> {
    let mut spans = vec![Span::new(fact.text.clone(), Face::Regular, INK)];
    if !fact.source.trim().is_empty() {
        spans.push(Span::new(cite(fact.source.trim()), Face::Italic, MUTED));
    }
    spans
}
