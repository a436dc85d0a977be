//! The flow's page-break rules on synthetic blocks, as typst tests its layout: each test
//! builds blocks of known heights (lines of 10 pt leading on a body that holds exactly ten)
//! and asserts on which page each line falls. No font measurement is involved, so a test
//! fails only when a rule changes.

use super::block::BlockStyle;
use super::flow::Flow;
use super::fonts::{Face, Fonts};
use super::geometry::PageGeometry;
use super::paragraph::{Line, Piece};
use super::prepared::Prepared;
use super::{Item, Page, Rgb};

const LEADING: f32 = 10.0;
/// The body holds ten lines.
const LINES_PER_PAGE: usize = 10;

fn sheet() -> PageGeometry {
    PageGeometry {
        width: 200.0,
        height: LINES_PER_PAGE as f32 * LEADING,
        margin_top: 0.0,
        margin_bottom: 0.0,
        margin_left: 0.0,
        margin_right: 0.0,
        header_height: 0.0,
        footer_height: 0.0,
    }
}

/// Line `n` of block `b`, named "b1l3" so a test can find where it went.
fn line(b: usize, n: usize) -> Line {
    Line {
        pieces: vec![Piece {
            text: format!("b{b}l{n}"),
            face: Face::Regular,
            font: 0,
            rtl: false,
            color: Rgb(0, 0, 0),
            x: 0.0,
            width: 10.0,
            glyphs: Vec::new(),
        }],
        width: 10.0,
    }
}

fn paragraph(style: &BlockStyle, b: usize, lines: usize) -> Prepared<'_> {
    Prepared::Text {
        lines: (0..lines).map(|n| line(b, n)).collect(),
        style,
        label: None,
    }
}

fn plain() -> BlockStyle {
    BlockStyle::text(10.0, LEADING)
}

/// Flows the blocks and returns the pages.
fn flow(blocks: &[Prepared]) -> Vec<Page> {
    let mut flow = Flow::new(sheet(), false);
    for (i, block) in blocks.iter().enumerate() {
        flow.place(block, &blocks[i + 1..], Fonts::get());
    }
    flow.finish()
}

/// The page (from 1) each line of block `b` fell on, in order.
fn pages_of(pages: &[Page], b: usize) -> Vec<usize> {
    let prefix = format!("b{b}l");
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (p, page) in pages.iter().enumerate() {
        for placed in &page.items {
            if let Item::Text(run) = &placed.item {
                if let Some(n) = run.text.strip_prefix(&prefix) {
                    found.push((n.parse().expect("a line number"), p + 1));
                }
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, p)| p).collect()
}

/// No line crosses the body's bottom edge.
fn assert_inside(pages: &[Page]) {
    let g = sheet();
    for page in pages {
        for placed in &page.items {
            let (_, top, _, bottom) = placed.item.bounds();
            assert!(
                top >= g.body_top() - 0.01 && bottom <= g.body_bottom() + 0.01,
                "{placed:?} crosses the body's edges"
            );
        }
    }
}

#[test]
fn blocks_that_fit_stay_on_one_page_and_the_next_line_starts_a_new_one() {
    let style = plain();
    let blocks = [paragraph(&style, 0, 4), paragraph(&style, 1, 6)];
    let pages = flow(&blocks);
    assert_eq!(pages.len(), 1, "ten lines fill one page exactly");
    assert_eq!(pages_of(&pages, 1), [1; 6]);

    let blocks = [
        paragraph(&style, 0, 4),
        paragraph(&style, 1, 6),
        paragraph(&style, 2, 3),
    ];
    let pages = flow(&blocks);
    assert_eq!(pages.len(), 2);
    assert_eq!(pages_of(&pages, 2), [2, 2, 2]);
    assert_inside(&pages);
}

#[test]
fn a_paragraph_breaks_where_the_page_ends() {
    let style = plain();
    // Six lines used: four fit, the other two carry over.
    let blocks = [paragraph(&style, 0, 6), paragraph(&style, 1, 6)];
    let pages = flow(&blocks);
    assert_eq!(pages_of(&pages, 1), [1, 1, 1, 1, 2, 2]);
    assert_inside(&pages);
}

#[test]
fn no_widow_the_last_line_of_a_paragraph_never_stands_alone_at_the_top_of_a_page() {
    let style = plain();
    // Five lines used, five fit: taking them would leave the sixth alone on page 2.
    let blocks = [paragraph(&style, 0, 5), paragraph(&style, 1, 6)];
    let pages = flow(&blocks);
    assert_eq!(pages_of(&pages, 1), [1, 1, 1, 1, 2, 2]);
    assert_inside(&pages);
}

#[test]
fn no_orphan_the_first_line_of_a_paragraph_never_stands_alone_at_the_foot_of_a_page() {
    let style = plain();
    // Nine lines used: one would fit, so the paragraph starts on the next page.
    let blocks = [paragraph(&style, 0, 9), paragraph(&style, 1, 5)];
    let pages = flow(&blocks);
    assert_eq!(pages_of(&pages, 1), [2; 5]);
    // Eight used: two fit, which is allowed.
    let blocks = [paragraph(&style, 0, 8), paragraph(&style, 1, 5)];
    let pages = flow(&blocks);
    assert_eq!(pages_of(&pages, 1), [1, 1, 2, 2, 2]);
    assert_inside(&pages);
}

#[test]
fn a_block_kept_together_moves_whole_to_the_next_page() {
    let kept = BlockStyle {
        keep_together: true,
        ..plain()
    };
    let style = plain();
    let blocks = [paragraph(&style, 0, 8), paragraph(&kept, 1, 4)];
    let pages = flow(&blocks);
    assert_eq!(pages_of(&pages, 1), [2; 4]);
    // The same block not kept together is split.
    let blocks = [paragraph(&style, 0, 8), paragraph(&style, 1, 4)];
    assert_eq!(pages_of(&flow(&blocks), 1), [1, 1, 2, 2]);
}

#[test]
fn a_short_paragraph_of_three_lines_or_fewer_is_never_split() {
    let style = plain();
    let blocks = [paragraph(&style, 0, 8), paragraph(&style, 1, 3)];
    assert_eq!(pages_of(&flow(&blocks), 1), [2, 2, 2]);
}

#[test]
fn a_heading_kept_with_next_goes_to_the_next_page_with_what_follows_it() {
    let heading = BlockStyle {
        keep_with_next: true,
        keep_together: true,
        ..plain()
    };
    let style = plain();
    // The heading would fit on line 9, but the paragraph's first two lines would not.
    let blocks = [
        paragraph(&style, 0, 8),
        paragraph(&heading, 1, 1),
        paragraph(&style, 2, 5),
    ];
    let pages = flow(&blocks);
    assert_eq!(pages_of(&pages, 1), [2]);
    assert_eq!(pages_of(&pages, 2), [2; 5]);
    // With room for the heading and two lines of the paragraph, both stay.
    let blocks = [
        paragraph(&style, 0, 7),
        paragraph(&heading, 1, 1),
        paragraph(&style, 2, 5),
    ];
    let pages = flow(&blocks);
    assert_eq!(pages_of(&pages, 1), [1]);
    assert_eq!(pages_of(&pages, 2), [1, 1, 2, 2, 2]);
}

#[test]
fn space_before_a_block_is_dropped_at_the_top_of_a_page() {
    let spaced = BlockStyle {
        space_before: 5.0,
        ..plain()
    };
    let style = plain();
    let blocks = [paragraph(&style, 0, 10), paragraph(&spaced, 1, 2)];
    let pages = flow(&blocks);
    let first = pages[1]
        .items
        .iter()
        .map(|p| p.item.bounds().1)
        .fold(f32::MAX, f32::min);
    assert_eq!(
        first,
        sheet().body_top(),
        "the paragraph starts at the body's top"
    );
}

#[test]
fn a_paragraph_longer_than_a_page_fills_each_page_and_keeps_two_lines_for_the_last() {
    let style = plain();
    let blocks = [paragraph(&style, 0, 21)];
    let pages = flow(&blocks);
    let on = pages_of(&pages, 0);
    let count = |p: usize| on.iter().filter(|&&x| x == p).count();
    // 10 + 10 would leave one line alone on page 3: page 2 gives one up.
    assert_eq!((count(1), count(2), count(3)), (10, 9, 2));
    assert_inside(&pages);
}

/// A numbered Arabic paragraph and a furniture with both sides, laid out right to left.
#[test]
fn a_right_to_left_document_is_the_mirror_of_a_left_to_right_one() {
    use super::block::{Block, Label};
    use super::furniture::Furniture;
    use super::paragraph::Span;
    use super::{lay_out, Region, TextRun, Typesetting};

    const INK: Rgb = Rgb(0, 0, 0);
    let style = BlockStyle {
        indent: 20.0,
        ..BlockStyle::text(10.0, 14.0)
    };
    let blocks = [Block::Text {
        spans: vec![Span::new("إلغاء المادة 17 من القانون", Face::Regular, INK)],
        style,
        label: Some(Label {
            text: "1.".into(),
            face: Face::Bold,
            color: INK,
        }),
    }];
    let furniture = Furniture {
        size: 8.0,
        leading: 10.0,
        header_left: vec![Span::new("المنظمة", Face::Bold, INK)],
        header_right: vec![Span::new("2027", Face::Regular, INK)],
        footer_left: vec![Span::new("contact@example.org", Face::Regular, INK)],
        page_number: Span::new("{page}/{pages}", Face::Regular, INK),
        mark: None,
        rule_color: INK,
    };
    let sheet = PageGeometry {
        width: 400.0,
        height: 400.0,
        margin_top: 20.0,
        margin_bottom: 20.0,
        margin_left: 30.0,
        margin_right: 30.0,
        header_height: 0.0,
        footer_height: 0.0,
    };
    let rtl = Typesetting {
        hyphenation: None,
        right_to_left: true,
    };
    let layout = lay_out(&blocks, &furniture, sheet, rtl);
    let runs: Vec<(&TextRun, Region)> = layout.pages[0]
        .items
        .iter()
        .filter_map(|p| match &p.item {
            Item::Text(t) => Some((t, p.region)),
            _ => None,
        })
        .collect();
    let find = |needle: &str| {
        runs.iter()
            .find(|(t, _)| t.text.contains(needle))
            .unwrap_or_else(|| panic!("{needle} on the page"))
            .0
    };
    let right = 400.0 - 30.0;
    // The text ends at the body's right edge less the indent; the number ("1." read right to
    // left: its digit and its full stop are two runs) stands in the indent on the right of it.
    let is_label = |t: &TextRun| t.text == "1" || t.text == ".";
    let body = || {
        runs.iter()
            .filter(|(_, r)| *r == Region::Body)
            .map(|(t, _)| *t)
    };
    let text_right = body()
        .filter(|t| !is_label(t))
        .map(|t| t.x + t.width)
        .fold(0.0, f32::max);
    assert!((text_right - (right - 20.0)).abs() < 0.01, "{text_right}");
    let label: Vec<&TextRun> = body().filter(|t| is_label(t)).collect();
    assert_eq!(label.len(), 2);
    assert!(label
        .iter()
        .all(|t| t.x > text_right && t.x + t.width <= right + 0.01));
    // The organisation is in the header's right corner, the page number in the footer's left.
    let org = find("المنظمة");
    assert!((org.x + org.width - right).abs() < 0.01);
    assert!((find("1/1").x - 30.0).abs() < 0.01);
    assert!((find("contact@").x + find("contact@").width - right).abs() < 0.01);
}

/// The logo (an image 40 × 25) at the body's start edge: the left one, or the right one in a
/// right-to-left document; a page without room for it gives it the next page whole.
#[test]
fn an_image_sits_at_the_start_edge_and_moves_whole_to_the_next_page() {
    let logo = std::sync::Arc::new(
        crate::model::Logo::read(
            "logo.png",
            crate::model::test_png(8, 5),
            crate::model::LogoLimits {
                max_bytes: 1_000_000,
                max_pixels: 100,
            },
        )
        .unwrap(),
    );
    let image = Prepared::Image {
        logo: &logo,
        width: 40.0,
        height: 25.0,
        space_after: 0.0,
    };
    let boxes = |pages: &[Page]| -> Vec<(usize, f32, f32)> {
        let mut found = Vec::new();
        for (p, page) in pages.iter().enumerate() {
            for placed in &page.items {
                if let Item::Image { x, top, .. } = &placed.item {
                    found.push((p + 1, *x, *top));
                }
            }
        }
        found
    };
    for (rtl, x) in [(false, 0.0), (true, 160.0)] {
        let mut flow = Flow::new(sheet(), rtl);
        flow.place(&image, &[], Fonts::get());
        assert_eq!(boxes(&flow.finish()), [(1, x, 0.0)], "right to left: {rtl}");
    }
    // Eight lines leave 20 of 100 points: the image goes to the top of page 2.
    let style = plain();
    let blocks = [paragraph(&style, 0, 8), image];
    let pages = flow(&blocks);
    assert_eq!(boxes(&pages), [(2, 0.0, 0.0)]);
    assert_inside(&pages);
}
