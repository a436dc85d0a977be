//! The documents made from the demo and from generated content, checked on the page tree
//! (margins, overlaps, order) and read back from the PDF with lopdf.

use proptest::prelude::*;

use super::*;
use crate::demo;
use crate::layout::{Item, Layout, Region};
use crate::model::{
    new_id, now, ActionCategory, Campaign, EditableDocument, KeyFact, Organisation, PriorityIssue,
    Question, Recommendation, TargetState,
};
use crate::settings::Settings;

/// The demo's data, owned.
struct Data {
    organisation: Organisation,
    campaign: Campaign,
    issues: Vec<PriorityIssue>,
    targets: Vec<TargetState>,
    settings: Settings,
    statement: Option<String>,
    talking_points: Option<String>,
}

impl Data {
    fn demo() -> Data {
        let mut store = Store::open_in_memory().unwrap();
        demo::load(&mut store).unwrap();
        let campaign = store.current_campaign().unwrap().unwrap();
        Data {
            organisation: store.organisation().unwrap().unwrap(),
            issues: store.priority_issues(campaign.id).unwrap(),
            targets: store.target_states(campaign.id).unwrap(),
            campaign,
            settings: Settings::default(),
            statement: None,
            talking_points: None,
        }
    }

    fn sources(&self) -> Sources<'_> {
        Sources {
            organisation: &self.organisation,
            campaign: &self.campaign,
            issues: &self.issues,
            target_states: &self.targets,
            settings: &self.settings,
            oral_statement_text: self.statement.as_deref(),
            talking_points_text: self.talking_points.as_deref(),
            custom_names: &[],
        }
    }
}

fn options(lang: &str, paper: Paper, target: Option<&str>) -> DocumentOptions {
    DocumentOptions {
        language: Some(Language::parse(lang).expect("a language code")),
        paper: Some(paper),
        target_state: target.map(String::from),
        date: NaiveDate::from_ymd_opt(2027, 1, 15),
        ..Default::default()
    }
}

/// Text without white space or hyphens: a word hyphenated at a line end reads back whole.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{AD}')
        .collect()
}

fn pdf_text(pdf: &[u8]) -> (usize, String) {
    let doc = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("its text can be extracted");
    (pages.len(), text)
}

/// The invariants every laid-out document keeps.
fn assert_well_laid_out(layout: &Layout) {
    let g = &layout.geometry;
    for (n, page) in layout.pages.iter().enumerate() {
        let texts: Vec<_> = page
            .items
            .iter()
            .filter_map(|p| match &p.item {
                Item::Text(t) => Some((p.region, t)),
                _ => None,
            })
            .collect();
        for p in &page.items {
            let (l, t, r, b) = p.item.bounds();
            // Everything inside the sheet's margins.
            assert!(
                l >= g.margin_left - 0.01 && r <= g.width - g.margin_right + 0.01,
                "page {}: {:?} past a side margin",
                n + 1,
                p.item
            );
            assert!(
                t >= g.margin_top - 0.01 && b <= g.height - g.margin_bottom + 0.01,
                "page {}: {:?} past the top or bottom margin",
                n + 1,
                p.item
            );
            // Body text between header and footer.
            if p.region == Region::Body {
                assert!(
                    t >= g.body_top() - 0.01 && b <= g.body_bottom() + 0.01,
                    "page {}: {:?} outside the body",
                    n + 1,
                    p.item
                );
            }
        }
        // No two runs overlap.
        for (i, (_, a)) in texts.iter().enumerate() {
            for (_, b) in &texts[i + 1..] {
                let apart = a.x + a.width <= b.x + 0.01
                    || b.x + b.width <= a.x + 0.01
                    || a.top + a.height <= b.top + 0.01
                    || b.top + b.height <= a.top + 0.01;
                assert!(apart, "page {}: '{}' overlaps '{}'", n + 1, a.text, b.text);
            }
        }
        // Reading order: body runs go down the page, and left to right on a line.
        let body: Vec<_> = texts
            .iter()
            .filter(|(r, _)| *r == Region::Body)
            .map(|(_, t)| t)
            .collect();
        for w in body.windows(2) {
            assert!(
                w[1].top > w[0].top - 0.01 && (w[1].top > w[0].top + 0.01 || w[1].x >= w[0].x),
                "page {}: '{}' comes before '{}' but is set after it",
                n + 1,
                w[1].text,
                w[0].text
            );
        }
    }
}

#[test]
fn the_demo_brief_holds_every_question_and_recommendation_on_two_pages() {
    let data = Data::demo();
    for lang in ["en", "fr", "es"] {
        for paper in [Paper::A4, Paper::Letter] {
            let rendered = render(
                DocumentKind::Brief,
                &data.sources(),
                &options(lang, paper, None),
            )
            .unwrap();
            let (pages, text) = pdf_text(&rendered.pdf);
            assert!(
                pages <= 2 && rendered.report.pages == pages,
                "{lang} {paper:?}: {pages} pages"
            );
            assert!(rendered.report.body_size >= 9.5);
            let text = squeeze(&text);
            for issue in &data.issues {
                for q in &issue.questions {
                    assert!(
                        text.contains(&squeeze(&q.text)),
                        "{lang} {paper:?}: missing question {}",
                        q.text
                    );
                }
                for r in &issue.recommendations {
                    assert!(
                        text.contains(&squeeze(&r.text)),
                        "{lang} {paper:?}: missing recommendation {}",
                        r.text
                    );
                }
                for f in &issue.facts {
                    assert!(text.contains(&squeeze(&f.text)) && text.contains(&squeeze(&f.source)));
                }
                assert!(text.contains(&squeeze(&issue.background)));
            }
        }
    }
}

#[test]
fn the_brief_reads_back_in_order_with_its_context_line() {
    let data = Data::demo();
    let rendered = render(
        DocumentKind::Brief,
        &data.sources(),
        &options("en", Paper::A4, None),
    )
    .unwrap();
    let (_, text) = pdf_text(&rendered.pdf);
    let text = squeeze(&text);
    let context = squeeze("UPR of Republic of Meridia, 55th session, 10 March 2027");
    let at = |needle: &str| {
        text.find(&squeeze(needle))
            .unwrap_or_else(|| panic!("'{needle}' not found"))
    };
    assert!(text.contains(&context));
    // Issues in rank order, and within each: background, facts, questions, recommendations.
    let order = [
        "Freedom of expression and the safety of journalists",
        "At least 23 journalists",
        "What steps will the Government take",
        "Repeal or amend article 17",
        "Torture and conditions of detention",
        "Violence against women and girls",
        "Establish specialised units",
    ];
    let positions: Vec<usize> = order.iter().map(|s| at(s)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    assert!(text.contains(&squeeze("Page 1 of 2")) && text.contains(&squeeze("Page 2 of 2")));
}

#[test]
fn a_brief_for_a_target_state_puts_its_asks_first_and_names_them() {
    let data = Data::demo();
    let rendered = render(
        DocumentKind::Brief,
        &data.sources(),
        &options("en", Paper::A4, Some("Mexico")),
    )
    .unwrap();
    let (_, text) = pdf_text(&rendered.pdf);
    let text = squeeze(&text);
    // Mexico's asks are both in the torture issue: it comes first, its asks numbered 1 and 2.
    // The delegation is named as running text names it: its formal name with its article.
    assert!(text.contains(&squeeze(
        "We ask the United Mexican States to make recommendations 1 and 2"
    )));
    let torture = text
        .find(&squeeze("Torture and conditions of detention"))
        .unwrap();
    let expression = text
        .find(&squeeze("Freedom of expression and the safety"))
        .unwrap();
    assert!(torture < expression);
    let ask = text
        .find(&squeeze("1.Ratify the Optional Protocol"))
        .expect("the first ask is number 1");
    assert!(ask < expression);
}

#[test]
fn prior_recommendations_of_the_target_state_are_listed_when_given() {
    let data = Data::demo();
    let mut opts = options("en", Paper::A4, Some("Norway"));
    opts.prior_recommendations = vec![PriorRecommendation {
        state_under_review: "Ruritania".into(),
        text: "Adopt a law protecting human rights defenders.".into(),
        response: "Supported".into(),
        session: Some(41),
    }];
    let rendered = render(DocumentKind::Brief, &data.sources(), &opts).unwrap();
    let text = squeeze(&pdf_text(&rendered.pdf).1);
    // Subheadings are set in capitals.
    assert!(text.contains(&squeeze(
        "WHAT THE KINGDOM OF NORWAY RECOMMENDED BEFORE ON THESE ISSUES"
    )));
    assert!(text.contains(&squeeze(
        "Adopt a law protecting human rights defenders. (Ruritania, 41st session, Supported)"
    )));
}

#[test]
fn a_past_recommendation_no_font_can_print_is_named_not_dropped() {
    // Regression: CJK from an imported CSV vanished from a tailored brief silently. Chinese is
    // drawn now; a private-use character is drawn by no font.
    let data = Data::demo();
    let mut opts = options("en", Paper::A4, Some("Norway"));
    opts.prior_recommendations = vec![PriorRecommendation {
        state_under_review: "Ruritania".into(),
        text: "Adopt a law protecting \u{E000} defenders.".into(),
        response: "Supported".into(),
        session: Some(41),
    }];
    let err = render(DocumentKind::Brief, &data.sources(), &opts).unwrap_err();
    assert_eq!(err.code(), "missing_characters");
    let msg = err.to_string();
    assert!(
        msg.contains("U+E000") && msg.contains("first in past recommendation 1 (text)"),
        "{msg}"
    );
}

#[test]
fn a_tailored_brief_finds_what_the_state_recommended_before_in_the_database() {
    let mut store = crate::store::Store::open_in_memory().unwrap();
    crate::demo::load(&mut store).unwrap();
    let excerpt = include_bytes!("../../../../tests/data/upr-info-excerpt.csv");
    crate::recommendations::import_bytes(&mut store, excerpt, "excerpt", &mut |_, _| {}).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("mexico.pdf");
    let opts = options("en", Paper::A4, Some("Mexico"));
    let report = write(&mut store, DocumentKind::Brief, &opts, &out).unwrap();
    assert!(report.pages <= 2);
    let text = squeeze(&pdf_text(&std::fs::read(&out).unwrap()).1);
    assert!(text.contains(&squeeze(
        "WHAT THE UNITED MEXICAN STATES RECOMMENDED BEFORE ON THESE ISSUES"
    )));

    // What the brief lists is what the database holds for Mexico on the demo's issues, the
    // most specific first, as many as the setting allows.
    let campaign = store.current_campaign().unwrap().unwrap();
    let tags: Vec<String> = store
        .priority_issues(campaign.id)
        .unwrap()
        .into_iter()
        .flat_map(|i| i.upr_issues)
        .collect();
    let expected = crate::recommendations::prior_recommendations(
        &mut store,
        "Mexico",
        "Republic of Meridia",
        &tags,
        crate::settings::Settings::default().brief_prior_recommendations as usize,
    )
    .unwrap();
    assert_eq!(
        expected.len(),
        3,
        "the excerpt holds more than three such recommendations"
    );
    assert!(expected.iter().all(|r| r.recommending_state == "Mexico"));
    assert!(expected
        .windows(2)
        .all(|w| w[0].action_category >= w[1].action_category));
    for r in &expected {
        let opening: String = r
            .text
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&squeeze(&opening)), "missing: {}", r.text);
    }

    // The preview shows the same brief.
    match preview(&mut store, DocumentKind::Brief, &opts).unwrap() {
        Preview::Fits {
            report: previewed, ..
        } => assert_eq!(previewed, report),
        Preview::TooLong { .. } => panic!("the brief fits"),
    }
}

#[test]
fn every_demo_document_is_well_laid_out_in_every_language_and_paper() {
    let data = Data::demo();
    for lang in ["en", "fr", "es"] {
        for paper in [Paper::A4, Paper::Letter] {
            for target in [None, Some("Norway")] {
                for size in brief::BODY_SIZES {
                    // A draft's mark shares the footer with the long contact line.
                    for draft in [false, true] {
                        let options = DocumentOptions {
                            draft,
                            ..options(lang, paper, target)
                        };
                        let layout = brief::layout_for_test(&data.sources(), &options, size);
                        assert_well_laid_out(&layout);
                    }
                }
            }
        }
    }
}

/// The English oral statement made from `data`, with its text read back, squeezed.
fn english_statement(data: &Data) -> (Rendered, String) {
    let rendered = render(
        DocumentKind::OralStatement,
        &data.sources(),
        &options("en", Paper::A4, None),
    )
    .unwrap();
    let text = squeeze(&pdf_text(&rendered.pdf).1);
    (rendered, text)
}

#[test]
fn the_demo_oral_statement_fits_two_minutes_in_large_print() {
    let data = Data::demo();
    for lang in ["en", "fr", "es"] {
        let rendered = render(
            DocumentKind::OralStatement,
            &data.sources(),
            &options(lang, Paper::A4, None),
        )
        .unwrap();
        assert!(
            rendered.report.seconds <= 120,
            "{lang}: {}",
            rendered.report.seconds
        );
        assert!(rendered.report.body_size >= 14.0);
        let (_, text) = pdf_text(&rendered.pdf);
        // The reading time printed on it is the one reported.
        let time = Language::parse(lang)
            .unwrap()
            .duration(rendered.report.seconds);
        assert!(
            squeeze(&text).contains(&squeeze(&time)),
            "{lang}: no '{time}' in the statement"
        );
    }
    let (_, text) = english_statement(&data);
    assert!(
        text.starts_with(&squeeze("The Meridia Coalition"))
            || text.contains(&squeeze("Thank you, Mr./Madam President."))
    );
    assert!(text.contains(&squeeze(
        "1.The Meridia Coalition for Human Rights, with WLAC, PWM and MUJ, welcomes"
    )));
}

/// A recommendation whose category nobody stored: the checker decides.
fn unrated(text: &str) -> Recommendation {
    Recommendation {
        id: new_id(),
        text: text.into(),
        action_category: None,
        previously_recommended: String::new(),
        created_at: now(),
        updated_at: now(),
    }
}

#[test]
fn the_statement_urges_the_strongest_recommendation_not_the_first() {
    let mut data = Data::demo();
    let weak = "Continue efforts to protect journalists";
    let specific = "Amend article 12 of the Press Law by December 2027 to remove prison sentences for defamation";
    data.issues[0].recommendations = vec![unrated(weak), unrated(specific)];
    let text = english_statement(&data).1.to_lowercase();
    assert!(
        text.contains(&squeeze("amend article 12 of the Press Law").to_lowercase()),
        "the specific recommendation is urged: {text}"
    );
    assert!(
        !text.contains(&squeeze("continue efforts to protect journalists")),
        "the weak one is not"
    );

    // A category the user stored counts before the checker's guess; equals keep their order.
    data.issues[0].recommendations[0].action_category = Some(ActionCategory::Specific);
    data.issues[0].recommendations[1].action_category = Some(ActionCategory::Specific);
    let text = english_statement(&data).1.to_lowercase();
    assert!(text.contains(&squeeze("continue efforts to protect journalists")));
}

#[test]
fn the_talking_points_say_each_issues_strongest_recommendation_too() {
    let mut data = Data::demo();
    data.issues[0].recommendations = vec![
        unrated("Continue efforts to protect journalists"),
        unrated("Amend article 12 of the Press Law by December 2027 to remove prison sentences for defamation"),
    ];
    let rendered = render(
        DocumentKind::TalkingPoints,
        &data.sources(),
        &options("en", Paper::A4, None),
    )
    .unwrap();
    let text = squeeze(&pdf_text(&rendered.pdf).1).to_lowercase();
    assert!(
        text.contains(&squeeze("amend article 12 of the Press Law").to_lowercase()),
        "{text}"
    );
    assert!(!text.contains(&squeeze("continue efforts to protect journalists")));
}

#[test]
fn a_statement_too_long_is_refused_with_the_words_to_cut() {
    let mut data = Data::demo();
    data.issues[0].facts[0].text = "word ".repeat(100);
    let err = render(
        DocumentKind::OralStatement,
        &data.sources(),
        &options("en", Paper::A4, None),
    )
    .unwrap_err();
    let Error::DocumentTooLong(overflow) = err else {
        panic!("{err}")
    };
    let ok = Data::demo();
    let fitting = render(
        DocumentKind::OralStatement,
        &ok.sources(),
        &options("en", Paper::A4, None),
    )
    .unwrap();
    // The original first fact has 27 words; 100 replace them.
    let words = fitting.report.words - speech::word_count(&ok.issues[0].facts[0].text) + 100;
    assert_eq!(overflow.words_over, words - 220);
    assert!(overflow
        .to_string()
        .contains(&format!("{} words too many", words - 220)));
}

#[test]
fn a_brief_too_long_reports_the_overflow_instead_of_a_third_page_or_tiny_text() {
    let mut data = Data::demo();
    for issue in &mut data.issues {
        issue.background = issue.background.repeat(6);
    }
    let err = render(
        DocumentKind::Brief,
        &data.sources(),
        &options("en", Paper::A4, None),
    )
    .unwrap_err();
    let Error::DocumentTooLong(overflow) = err else {
        panic!("{err}")
    };
    assert_eq!(overflow.kind, DocumentKind::Brief);
    let lines = overflow.lines_over.unwrap();
    assert!(lines > 10 && overflow.words_over > 100, "{overflow:?}");
    assert!(
        matches!(overflow.measure, OverflowMeasure::Pages { smallest_size, max_pages: 2, .. } if smallest_size == 9.5),
        "{:?}",
        overflow.measure
    );
    assert!(
        overflow
            .shorten
            .iter()
            .any(|s| matches!(&s.part, DocumentPart::Background { issue } if data.issues.iter().any(|i| i.title == *issue))),
        "{:?}",
        overflow.shorten
    );
    // Written through the store, nothing reaches the disk.
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    demo::load(&mut store).unwrap();
    let mut issue = store.priority_issues(data.campaign.id).unwrap().remove(0);
    issue.background = issue.background.repeat(30);
    store.save_priority_issue(data.campaign.id, issue).unwrap();
    let out = dir.path().join("brief.pdf");
    assert!(write(
        &mut store,
        DocumentKind::Brief,
        &DocumentOptions::default(),
        &out
    )
    .is_err());
    assert!(!out.exists() && std::fs::read_dir(dir.path()).unwrap().next().is_none());
}

#[test]
fn talking_points_follow_the_structure_and_show_their_timing() {
    let data = Data::demo();
    let rendered = render(
        DocumentKind::TalkingPoints,
        &data.sources(),
        &options("en", Paper::A4, None),
    )
    .unwrap();
    let r = &rendered.report;
    assert!((300..=420).contains(&r.seconds), "{}", r.seconds);
    let text = squeeze(&pdf_text(&rendered.pdf).1);
    let at = |s: &str| text.find(&squeeze(s)).unwrap_or_else(|| panic!("no '{s}'"));
    let sections = [
        "Update on the previous cycle’s recommendations",
        "What has changed since the last review",
        "Our recommendations",
        "Advance questions",
    ];
    let pos: Vec<usize> = sections.iter().map(|s| at(s)).collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]));
    assert!(text.contains(&squeeze(&format!(
        "{} words · about {}",
        r.words,
        Language::En.duration(r.seconds)
    ))));
}

#[test]
fn talking_points_longer_than_seven_minutes_are_refused() {
    let mut data = Data::demo();
    data.issues[1].background = "The situation worsened. ".repeat(120);
    let err = render(
        DocumentKind::TalkingPoints,
        &data.sources(),
        &options("fr", Paper::A4, None),
    )
    .unwrap_err();
    assert_eq!(err.code(), "document_too_long");
}

#[test]
fn a_character_no_font_has_is_named_with_where_it_is() {
    let mut data = Data::demo();
    data.issues[1].questions[2].text.push_str(" \u{E000}");
    let err = render(
        DocumentKind::Brief,
        &data.sources(),
        &options("en", Paper::A4, None),
    )
    .unwrap_err();
    assert_eq!(err.code(), "missing_characters");
    let msg = err.to_string();
    assert!(
        msg.contains("Characters of no script: 1 character in 1 place, first in priority issue 'Torture and conditions of detention', question 3 (U+E000)"),
        "{msg}"
    );
}

#[test]
fn unknown_issue_or_target_state_is_named() {
    let data = Data::demo();
    let mut opts = options("en", Paper::A4, Some("Atlantis"));
    let err = render(DocumentKind::Brief, &data.sources(), &opts).unwrap_err();
    assert!(err
        .to_string()
        .contains("'Atlantis' is not one of the campaign's target States"));
    opts.target_state = None;
    opts.issues = vec!["violence against women and girls".into()];
    let one = render(DocumentKind::Brief, &data.sources(), &opts).unwrap();
    let text = squeeze(&pdf_text(&one.pdf).1);
    assert!(
        !text.contains(&squeeze("Torture and conditions"))
            && text.contains(&squeeze("Violence against women"))
    );
}

fn arb_text(max_words: usize) -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-z]{1,12}",
        "[A-Z][a-z]{2,9}",
        "[àâçéèêëîïôûùüÿœñáíóú]{1,8}",
        "[а-яё]{2,12}",
        "[A-Za-z]{25,60}",
        Just("www.example.org/a/very/long/path/that/does/not/end/soon".to_string()),
        Just("2,860".to_string()),
        Just("–".to_string()),
    ];
    prop::collection::vec(word, 0..max_words).prop_map(|w| w.join(" "))
}

fn arb_issue() -> impl Strategy<Value = PriorityIssue> {
    (
        arb_text(8),
        arb_text(60),
        prop::collection::vec((arb_text(30), arb_text(8)), 0..4),
        prop::collection::vec(arb_text(30), 0..6),
        prop::collection::vec(arb_text(35), 0..7),
    )
        .prop_map(|(title, background, facts, questions, recs)| {
            let t = now();
            PriorityIssue {
                id: new_id(),
                title: if title.is_empty() {
                    "Issue".into()
                } else {
                    title
                },
                rank: 1,
                upr_issues: vec![],
                background,
                facts: facts
                    .into_iter()
                    .map(|(text, source)| KeyFact {
                        id: new_id(),
                        text,
                        source,
                        created_at: t,
                        updated_at: t,
                    })
                    .collect(),
                questions: questions
                    .into_iter()
                    .map(|text| Question {
                        id: new_id(),
                        text,
                        created_at: t,
                        updated_at: t,
                    })
                    .collect(),
                recommendations: recs
                    .into_iter()
                    .map(|text| Recommendation {
                        id: new_id(),
                        text,
                        action_category: None,
                        previously_recommended: String::new(),
                        created_at: t,
                        updated_at: t,
                    })
                    .collect(),
                created_at: t,
                updated_at: t,
                version: crate::store::UNSAVED,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever the content, the brief's pages keep every item inside the margins, nothing
    /// overlaps, order is kept, and no word is lost.
    #[test]
    fn random_content_is_laid_out_within_margins_without_overlap(
        issues in prop::collection::vec(arb_issue(), 0..4),
        letter in any::<bool>(),
        lang in prop_oneof![Just("en"), Just("fr"), Just("es")],
    ) {
        let mut data = Data::demo();
        data.issues = issues;
        for (n, i) in data.issues.iter_mut().enumerate() {
            i.rank = n as u32 + 1;
        }
        let paper = if letter { Paper::Letter } else { Paper::A4 };
        let opts = options(lang, paper, None);
        let layout = brief::layout_for_test(&data.sources(), &opts, 9.5);
        assert_well_laid_out(&layout);
        let printed: String = layout.pages.iter().flat_map(|p| p.body_text()).collect();
        let printed = squeeze(&printed);
        for issue in &data.issues {
            for r in &issue.recommendations {
                prop_assert!(printed.contains(&squeeze(&r.text)), "lost: {}", r.text);
            }
            prop_assert!(printed.contains(&squeeze(&issue.background)));
        }
    }
}

/// Every document reads its organisation and campaign in one place: without a campaign they
/// all say so with the same coded error (the lobbying documents once said `not_found`, the
/// cycle's `no_campaign`).
#[test]
fn without_a_campaign_every_document_says_so_the_same_way() {
    let mut store = Store::open_in_memory().unwrap();
    demo::load(&mut store).unwrap();
    let campaign = store.current_campaign().unwrap().unwrap();
    store.delete_campaign(campaign.id).unwrap();
    assert!(store.current_campaign().unwrap().is_none());
    let dir = tempfile::tempdir().unwrap();
    for kind in DocumentKind::ALL {
        let out = dir.path().join("out.pdf");
        let err = write(&mut store, kind, &DocumentOptions::default(), &out).unwrap_err();
        assert_eq!(err.code(), "no_campaign", "the {kind}: {err}");
        let err = preview(&mut store, kind, &DocumentOptions::default()).unwrap_err();
        assert_eq!(err.code(), "no_campaign", "the {kind}'s preview: {err}");
        assert!(!out.exists());
    }
}

#[test]
fn the_brief_prints_action_categories_only_when_the_settings_ask_for_it() {
    let mut data = Data::demo();
    assert!(
        data.issues
            .iter()
            .flat_map(|i| &i.recommendations)
            .any(|r| r.action_category.is_some()),
        "the demo's recommendations have categories"
    );
    let brief = |data: &Data| {
        let rendered = render(
            DocumentKind::Brief,
            &data.sources(),
            &options("en", Paper::A4, None),
        )
        .unwrap();
        squeeze(&pdf_text(&rendered.pdf).1)
    };
    assert!(!data.settings.brief_shows_action_category, "off by default");
    let text = brief(&data);
    assert!(!text.contains("(category"), "no category printed: {text}");
    data.settings.brief_shows_action_category = true;
    assert!(brief(&data).contains("(category"));
}

#[test]
fn an_edited_statement_is_said_in_place_of_the_generated_one_under_the_same_limit() {
    let mut data = Data::demo();
    data.statement = Some(
        "Thank you, President.\n\nWe ask Meridia to free the jailed editors\nof the Daily Lantern.\n\nThank you."
            .into(),
    );
    let (rendered, text) = english_statement(&data);
    assert!(text.contains(&squeeze(
        "1.We ask Meridia to free the jailed editors of the Daily Lantern."
    )));
    assert!(text.contains(&squeeze("2.Thank you.")));
    assert!(!text.contains(&squeeze("Meridia Coalition for Human Rights, with WLAC")));
    assert_eq!(rendered.report.words, 3 + 12 + 2);

    // Over the two minutes it is refused as a generated one is, with the words to cut.
    data.statement = Some(format!("Thank you.\n\n{}", "word ".repeat(300)));
    let Err(Error::DocumentTooLong(overflow)) = render(
        DocumentKind::OralStatement,
        &data.sources(),
        &options("en", Paper::A4, None),
    ) else {
        panic!("an edited statement over the limit was accepted")
    };
    assert_eq!(overflow.words_over, 302 - 220);
}

#[test]
fn the_edited_statement_is_kept_used_by_the_pdf_and_reset_to_the_generated_text() {
    let mut store = Store::open_in_memory().unwrap();
    demo::load(&mut store).unwrap();
    let opts = options("en", Paper::A4, None);
    let before = speech_text(&mut store, EditableDocument::OralStatement, &opts).unwrap();
    assert_eq!(before.edited, None);
    assert!(before
        .generated
        .starts_with("Thank you, Mr./Madam President.\n\n"));
    assert_eq!(before.limit_seconds, 120);

    let edited = before.generated.replace("welcomes", "warmly welcomes");
    save_speech_text(&mut store, EditableDocument::OralStatement, &edited).unwrap();
    let after = speech_text(&mut store, EditableDocument::OralStatement, &opts).unwrap();
    assert_eq!(after.edited.as_deref(), Some(edited.as_str()));
    assert_eq!(after.generated, before.generated);
    let laid = render_from_store(&mut store, DocumentKind::OralStatement, &opts)
        .unwrap()
        .paint()
        .unwrap();
    assert!(squeeze(&pdf_text(&laid.pdf).1).contains(&squeeze("warmly welcomes")));

    assert!(save_speech_text(&mut store, EditableDocument::OralStatement, "  \n — ").is_err());
    reset_speech_text(&mut store, EditableDocument::OralStatement).unwrap();
    assert_eq!(
        speech_text(&mut store, EditableDocument::OralStatement, &opts)
            .unwrap()
            .edited,
        None
    );
    let laid = render_from_store(&mut store, DocumentKind::OralStatement, &opts)
        .unwrap()
        .paint()
        .unwrap();
    assert!(!squeeze(&pdf_text(&laid.pdf).1).contains(&squeeze("warmly welcomes")));
}

#[test]
fn the_generated_talking_points_read_back_from_their_text_as_the_same_pdf() {
    let mut store = Store::open_in_memory().unwrap();
    demo::load(&mut store).unwrap();
    let opts = options("en", Paper::A4, None);
    let text = speech_text(&mut store, EditableDocument::TalkingPoints, &opts).unwrap();
    assert_eq!(text.edited, None);
    assert_eq!(
        text.limit_seconds,
        Settings::default().talking_points_max_seconds
    );
    assert!(
        text.generated.contains("\n\n# "),
        "sections are marked: {}",
        text.generated
    );
    let generated = render_from_store(&mut store, DocumentKind::TalkingPoints, &opts)
        .unwrap()
        .paint()
        .unwrap();

    // The generated text kept unchanged as an edit prints the same words, timed the same.
    save_speech_text(&mut store, EditableDocument::TalkingPoints, &text.generated).unwrap();
    let edited = render_from_store(&mut store, DocumentKind::TalkingPoints, &opts)
        .unwrap()
        .paint()
        .unwrap();
    assert_eq!(pdf_text(&edited.pdf).1, pdf_text(&generated.pdf).1);
    assert_eq!(edited.report.words, generated.report.words);
    assert_eq!(edited.report.seconds, generated.report.seconds);
}

#[test]
fn edited_talking_points_are_printed_kept_apart_from_the_statement_and_reset() {
    let mut store = Store::open_in_memory().unwrap();
    demo::load(&mut store).unwrap();
    let opts = options("en", Paper::A4, None);
    let own = "Thank you, Chair.\n\n# Our asks\n\n1. Repeal the cybercrime law by 2028. [asked in 2019]\n\n? When will the detainees be released?\n\nThank you.";
    save_speech_text(&mut store, EditableDocument::TalkingPoints, own).unwrap();
    let kept = speech_text(&mut store, EditableDocument::TalkingPoints, &opts).unwrap();
    assert_eq!(kept.edited.as_deref(), Some(own));
    assert_eq!(
        speech_text(&mut store, EditableDocument::OralStatement, &opts)
            .unwrap()
            .edited,
        None,
        "editing the talking points does not edit the statement"
    );
    let laid = render_from_store(&mut store, DocumentKind::TalkingPoints, &opts)
        .unwrap()
        .paint()
        .unwrap();
    let printed = squeeze(&pdf_text(&laid.pdf).1);
    assert!(printed.contains(&squeeze("Repeal the cybercrime law by 2028.")));
    assert!(printed.contains(&squeeze("(asked in 2019)")));
    assert!(printed.contains(&squeeze("Our asks")));
    // Said: 3 + 6 + 6 + 2 words; the heading and the note are not read aloud.
    assert_eq!(laid.report.words, 17);

    reset_speech_text(&mut store, EditableDocument::TalkingPoints).unwrap();
    let laid = render_from_store(&mut store, DocumentKind::TalkingPoints, &opts)
        .unwrap()
        .paint()
        .unwrap();
    assert!(!squeeze(&pdf_text(&laid.pdf).1).contains(&squeeze("Our asks")));
}

#[test]
fn edited_talking_points_over_the_slot_are_refused_with_the_passages_to_shorten() {
    let mut data = Data::demo();
    let long = "word ".repeat(900);
    data.talking_points = Some(format!(
        "Thank you.\n\n# Asks\n\n- {long}\n\n- Short point."
    ));
    let Err(Error::DocumentTooLong(overflow)) = render(
        DocumentKind::TalkingPoints,
        &data.sources(),
        &options("en", Paper::A4, None),
    ) else {
        panic!("edited talking points over the slot were accepted")
    };
    let settings = Settings::default();
    let fits = crate::documents::speech::words_in(
        settings.talking_points_max_seconds,
        settings.speaking_rate_wpm,
    );
    assert_eq!(overflow.words_over, 2 + 900 + 2 - fits);
    assert_eq!(
        overflow.shorten[0],
        Shorten {
            part: DocumentPart::Passage { number: 2 },
            words: 900
        }
    );
}

/// What the window's Save writes: each file in the format its name asks for, whole, and
/// nothing under a name whose format the document does not have.
#[test]
fn write_file_writes_the_format_the_file_name_asks_for() {
    let mut store = Store::open_in_memory().unwrap();
    demo::load(&mut store).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let options = DocumentOptions {
        language: Some(Language::En),
        to: Some("H.E. Ms Ana Ruiz, Minister of Justice".into()),
        ..DocumentOptions::default()
    };
    let letter = dir.path().join("letter.docx");
    write_file(&mut store, DocumentKind::Letter, &options, &letter).unwrap();
    let xml = submission_docx::docx_part(&std::fs::read(&letter).unwrap(), "word/document.xml");
    assert!(
        xml.contains("H.E. Ms Ana Ruiz, Minister of Justice"),
        "{xml}"
    );

    let statement = dir.path().join("statement.DOCX");
    write_file(
        &mut store,
        DocumentKind::WrittenStatement,
        &options,
        &statement,
    )
    .unwrap();
    let xml = submission_docx::docx_part(&std::fs::read(&statement).unwrap(), "word/document.xml");
    assert!(xml.contains("Agenda item 6"), "{xml}");

    let press = dir.path().join("press.txt");
    let embargoed = DocumentOptions {
        embargo: chrono::NaiveDate::from_ymd_opt(2027, 3, 10)
            .unwrap()
            .and_hms_opt(14, 0, 0),
        ..options.clone()
    };
    let report = write_file(&mut store, DocumentKind::PressRelease, &embargoed, &press).unwrap();
    assert_eq!(report.pages, 1);
    let text = std::fs::read_to_string(&press).unwrap();
    assert!(
        text.starts_with("EMBARGOED UNTIL 10 MARCH 2027, 14:00 GENEVA TIME"),
        "{text}"
    );
    assert!(!text.starts_with("%PDF"));

    let pdf = dir.path().join("press.pdf");
    write_file(&mut store, DocumentKind::PressRelease, &options, &pdf).unwrap();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));

    let brief = dir.path().join("brief.docx");
    let e = write_file(&mut store, DocumentKind::Brief, &options, &brief).unwrap_err();
    assert_eq!(e.code(), "invalid_input", "{e}");
    assert!(!brief.exists());
}

/// A joint oral statement has the joint slot (three minutes by default), one NGO's has two
/// minutes; the speech editor's counter is told the same slot.
#[test]
fn a_joint_oral_statement_is_timed_against_the_joint_slot() {
    let mut store = Store::open_in_memory().unwrap();
    demo::load(&mut store).unwrap();
    // 275 words at 110 a minute: 2:30, over one NGO's two minutes, within three.
    let text = format!(
        "Thank you, Mr./Madam President.\n\n{}",
        vec!["word"; 270].join(" ")
    );
    save_speech_text(&mut store, EditableDocument::OralStatement, &text).unwrap();
    let alone = DocumentOptions::default();
    let e = render_from_store(&mut store, DocumentKind::OralStatement, &alone).unwrap_err();
    assert_eq!(e.code(), "document_too_long", "{e}");
    let joint = DocumentOptions {
        joint: true,
        ..DocumentOptions::default()
    };
    let laid = render_from_store(&mut store, DocumentKind::OralStatement, &joint).unwrap();
    let said: String = laid.layout.pages[0].body_text().join(" ");
    assert!(said.contains("limit 3 min)"), "{said}");
    let counter = speech_text(&mut store, EditableDocument::OralStatement, &joint).unwrap();
    assert_eq!(counter.limit_seconds, 180);
    assert_eq!(
        speech_text(&mut store, EditableDocument::OralStatement, &alone)
            .unwrap()
            .limit_seconds,
        120
    );

    // Joint with nobody is refused, with where to add partners.
    let org = store.organisation().unwrap().unwrap();
    store
        .save_organisation(Organisation {
            partners: Vec::new(),
            ..org
        })
        .unwrap();
    let e = render_from_store(&mut store, DocumentKind::OralStatement, &joint).unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    assert!(e.to_string().contains("Organisation screen"), "{e}");
}

#[test]
fn chinese_and_arabic_documents_put_their_own_punctuation_around_the_users_text() {
    let data = Data::demo();
    let org = &data.organisation;
    let fact = data.issues[0]
        .facts
        .iter()
        .find(|f| !f.source.trim().is_empty())
        .expect("the demo cites a source");
    let body = |kind: DocumentKind, lang: &str| -> Vec<String> {
        let rendered = render(kind, &data.sources(), &options(lang, Paper::A4, None)).unwrap();
        rendered
            .layout
            .pages
            .iter()
            .flat_map(|p| p.body_text())
            .collect()
    };
    // Chinese: full-width brackets and comma, no space before them or before "来源：", a
    // full-width question mark before each question.
    let brief = body(DocumentKind::Brief, "zh");
    let brief_text = squeeze(&brief.concat());
    let who = format!("{}（{}），与", org.name, org.acronym);
    assert!(brief_text.contains(&squeeze(&who)), "{brief:#?}");
    assert!(
        brief.iter().any(|l| l.contains(&who)),
        "no space around: {brief:#?}"
    );
    assert!(brief.iter().any(|l| l.contains('？')), "{brief:#?}");
    assert!(!brief.iter().any(|l| l.contains(" 来源")), "{brief:#?}");
    let points = squeeze(&body(DocumentKind::TalkingPoints, "zh").concat());
    let cited = format!("{}（{}）", fact.text.trim(), fact.source.trim());
    assert!(points.contains(&squeeze(&cited)), "{points}");
    // Arabic: its own comma after the organisation and its question mark.
    let brief = body(DocumentKind::Brief, "ar");
    let who = brief
        .iter()
        .find(|l| l.contains(org.name.as_str()))
        .expect("the organisation is named");
    assert!(who.contains('،') && !who.contains(','), "{who}");
    assert!(brief.iter().any(|l| l.contains('؟')), "{brief:#?}");
    // The languages written in Latin script keep theirs.
    let brief = body(DocumentKind::Brief, "en");
    let who = format!("{} ({}), with", org.name, org.acronym);
    assert!(brief.iter().any(|l| l.contains(&who)), "{brief:#?}");
}

/// A joint submission names its authors joined with the language's own comma, in the PDF
/// and in the Word file alike: "A，B，C" in Chinese, "A، B، C" in Arabic, never ", ".
#[test]
fn a_joint_submission_lists_its_authors_with_the_languages_own_comma() {
    let mut store = Store::open_in_memory().unwrap();
    demo::load(&mut store).unwrap();
    let org = store.organisation().unwrap().unwrap();
    let submission =
        crate::submission::draft_submission(&mut store, crate::model::SubmissionKind::Joint)
            .unwrap()
            .submission;
    let mut authors = vec![org.name.clone()];
    authors.extend(submission.partners.iter().cloned());
    assert!(authors.len() >= 2, "the demo's organisation has partners");
    let dir = tempfile::tempdir().unwrap();
    for (lang, comma) in [(Language::Zh, "，"), (Language::Ar, "، ")] {
        let joined = authors.join(comma);
        // The PDF as written, read back: each name with the mark after it (an Arabic list
        // breaks over two lines, so not the whole list at once).
        let pdf = dir.path().join(format!("{lang:?}.pdf"));
        export_submission(&mut store, Some(submission.id), &pdf, Some(lang), true).unwrap();
        let (_, read_back) = pdf_text(&std::fs::read(&pdf).unwrap());
        let read_back = squeeze(&read_back);
        for pair in authors.windows(2) {
            let ours = squeeze(&format!("{}{comma}", pair[0]));
            assert!(read_back.contains(&ours), "{lang:?}: {ours} in {read_back}");
            let latin = squeeze(&format!("{}, {}", pair[0], pair[1]));
            assert!(!read_back.contains(&latin), "{lang:?}: {read_back}");
        }

        let docx = dir.path().join(format!("{lang:?}.docx"));
        export_submission(&mut store, Some(submission.id), &docx, Some(lang), true).unwrap();
        let xml = submission_docx::docx_part(&std::fs::read(&docx).unwrap(), "word/document.xml");
        // The names as a reader sees them ("Women's", not "Women&apos;s").
        let text = xml
            .replace("&apos;", "'")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
        let byline = text
            .split("</w:p>")
            .find(|p| p.contains(org.name.as_str()) && p.contains(&authors[1]))
            .expect("the Word file names the authors");
        assert!(byline.contains(&joined), "{lang:?}: {byline}");
        assert!(!byline.contains(&authors.join(", ")), "{lang:?}: {byline}");
    }
}

/// The oral statement runs a fact and the recommendation urged into one paragraph: in
/// Chinese with the full stop "。" added to a fact that has none, and no space between the
/// sentences; in English with "." and a space.
#[test]
fn the_oral_statement_ends_and_joins_sentences_in_the_languages_own_way() {
    let mut data = Data::demo();
    let said = |data: &Data, lang: &str| -> String {
        let rendered = render(
            DocumentKind::OralStatement,
            &data.sources(),
            &options(lang, Paper::A4, None),
        )
        .unwrap();
        rendered
            .layout
            .pages
            .iter()
            .flat_map(|p| p.body_text())
            .collect::<Vec<_>>()
            .concat()
    };
    data.issues[0].facts[0].text = "九名记者仍被拘留".into();
    let text = said(&data, "zh");
    assert!(text.contains("九名记者仍被拘留。我们敦促"), "{text}");
    data.issues[0].facts[0].text = "Nine journalists remain in detention".into();
    let text = squeeze(&said(&data, "en"));
    assert!(
        text.contains(&squeeze("Nine journalists remain in detention. We urge")),
        "{text}"
    );
}

#[test]
fn recommending_states_are_named_by_the_un_in_the_documents_language() {
    let d = Data::demo();
    let preamble = |lang| super::pipeline::Preamble {
        organisation: &d.organisation,
        campaign: &d.campaign,
        settings: &d.settings,
        lang,
        names: &[],
    };
    let recorded = "Denmark; Estonia";
    assert_eq!(
        preamble(Language::En).recommending_states(recorded),
        recorded
    );
    assert_eq!(
        preamble(Language::Fr).recommending_states(recorded),
        "Danemark\u{202F}; Estonie"
    );
    assert_eq!(
        preamble(Language::Zh).recommending_states(recorded),
        "丹麦；爱沙尼亚"
    );
    assert_eq!(
        preamble(Language::Ar).recommending_states(recorded),
        "الدانمرك؛ إستونيا"
    );
    assert_eq!(
        preamble(Language::Ru).recommending_states("Norway"),
        "Норвегия"
    );
    // A State the UN's list does not hold is printed as typed.
    assert_eq!(
        preamble(Language::Zh).recommending_states("Republic of Meridia;"),
        "Republic of Meridia"
    );
}
