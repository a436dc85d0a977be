//! The press release right after the review (stage II: the press conference right after):
//! an embargo or "for immediate release" line, a headline, the dateline (city, date of the
//! review), what the organisation welcomes and regrets, the recommendations the State under
//! Review received on the priority issues (from the received recommendations when recorded,
//! else each issue's strongest recommendation, which the organisation urged), the spokesperson's
//! quote, "Notes to editors" with the organisation and its contacts. One page: what does not
//! fit is reported, never cut or shrunk.
//!
//! The same paragraphs make the PDF and the plain text pasted into an e-mail
//! ([`press_release_text`]), so the two never say different things.

use std::path::Path;

use chrono::{Local, NaiveDateTime};

use crate::checker::strongest;
use crate::layout::{Block, Face, Layout, Span};
use crate::model::{PressDetails, PriorityIssue, ReceivedRecommendation};
use crate::store::Store;
use crate::{Error, Result};

use super::advice::{issues_to_leave_out, within_pages};
use super::cycle_design::{self, BODY, LEADING};
use super::design::{self, INK, MUTED};
use super::pipeline::{self, Composed, Document, Preamble};
use super::running_text::fill_names;
use super::sources::{select_issues, Gathered};
use super::wording::{fill, Language};
use super::{DocumentKind, DocumentOptions, LaidOut, Sources};

/// A press release is one page.
const MAX_PAGES: usize = 1;

/// One part of the press release, in order: what the PDF sets and the text version writes.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    /// "For immediate release", "Embargoed until …".
    Release(String),
    Headline(String),
    /// A paragraph of prose; the first starts with the dateline.
    Paragraph(String),
    /// A heading inside the body (an issue's title, "Notes to editors").
    Heading(String),
    /// One item of a list.
    Item(String),
    /// "– Ends –".
    Ends(String),
}

/// Lays out and checks the press release of the store's current campaign.
pub(super) fn render(
    sources: &Sources,
    received: &[ReceivedRecommendation],
    press: &PressDetails,
    options: &DocumentOptions,
) -> Result<LaidOut> {
    let preamble = sources.preamble(options)?;
    let issues = select_issues(sources.issues, &options.issues)?;
    check_texts(press, received)?;
    let parts = parts(&preamble, &issues, received, press, options);
    pipeline::run(
        &PressRelease {
            parts,
            issues: &issues,
        },
        &preamble,
        options,
    )
}

/// Writes the press release of the current campaign to `pdf` and, when asked, its plain
/// text to `text`. Both are checked first and written only when the press release fits its
/// page: on any failure nothing is written.
pub fn write_press_release(
    store: &mut Store,
    options: &DocumentOptions,
    pdf: &Path,
    text: Option<&Path>,
) -> Result<super::DocumentReport> {
    store.check_output(pdf)?;
    if let Some(text) = text {
        store.check_output(text)?;
    }
    let rendered = super::render_from_store(store, DocumentKind::PressRelease, options)?.paint()?;
    let plain = match text {
        Some(_) => Some(press_release_text(store, options)?),
        None => None,
    };
    store.write_output(pdf, &rendered.pdf)?;
    if let (Some(path), Some(plain)) = (text, plain) {
        store.write_output(path, plain.as_bytes())?;
    }
    Ok(rendered.report)
}

/// Writes the press release of the current campaign as plain text alone (the window's "Save
/// as plain text"): checked against its page first, as the PDF is, so that the text says
/// what a PDF of the same choices would; on any failure nothing is written.
pub(super) fn write_press_release_text(
    store: &mut Store,
    options: &DocumentOptions,
    out: &Path,
) -> Result<super::DocumentReport> {
    store.check_output(out)?;
    let laid = super::render_from_store(store, DocumentKind::PressRelease, options)?;
    let plain = press_release_text(store, options)?;
    store.write_output(out, plain.as_bytes())?;
    Ok(laid.report)
}

/// The current campaign's press details, for the Campaign screen's editor.
pub fn press_details(store: &mut Store) -> Result<PressDetails> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    store.press_details(campaign.id)
}

/// Keeps the press details of the current campaign.
pub fn save_press_details(store: &mut Store, details: &PressDetails) -> Result<()> {
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    store.save_press_details(campaign.id, details)
}

/// The press release as plain text, for pasting into an e-mail: the same parts as the PDF,
/// a blank line between paragraphs, list items with a dash.
pub fn press_release_text(store: &mut Store, options: &DocumentOptions) -> Result<String> {
    let gathered = Gathered::from_store(store)?;
    let sources = gathered.sources();
    let received = store.received_recommendations(sources.campaign.id)?;
    let press = store.press_details(sources.campaign.id)?;
    let preamble = sources.preamble(options)?;
    let issues = select_issues(sources.issues, &options.issues)?;
    let mut out = String::new();
    for part in parts(&preamble, &issues, &received, &press, options) {
        match part {
            Part::Release(t) => out.push_str(&format!("{}\n\n", t.to_uppercase())),
            Part::Headline(t) | Part::Paragraph(t) | Part::Heading(t) | Part::Ends(t) => {
                if out.ends_with("\n- ") {
                    out.truncate(out.len() - 2);
                }
                if !out.is_empty() && !out.ends_with("\n\n") {
                    out.push('\n');
                }
                out.push_str(&format!("{t}\n\n"));
            }
            Part::Item(t) => {
                if out.ends_with("\n\n") {
                    out.pop();
                }
                out.push_str(&format!("- {t}\n"));
            }
        }
    }
    Ok(out.trim_end().to_string() + "\n")
}

/// The user's texts the press release prints that the other documents do not.
fn check_texts(press: &PressDetails, received: &[ReceivedRecommendation]) -> Result<()> {
    let mut texts: Vec<(String, &str)> = vec![
        ("the press release's city".into(), &press.city),
        ("the spokesperson".into(), &press.spokesperson),
        ("the spokesperson's role".into(), &press.spokesperson_role),
        ("the quote".into(), &press.quote),
        ("what the organisation welcomes".into(), &press.welcomes),
        ("what the organisation regrets".into(), &press.regrets),
    ];
    for r in received {
        texts.push(("a received recommendation".into(), &r.text));
        texts.push((
            "a received recommendation's State".into(),
            &r.recommending_state,
        ));
    }
    super::check_printable(&texts)
}

/// Everything the press release says, in order.
fn parts(
    preamble: &Preamble,
    issues: &[PriorityIssue],
    received: &[ReceivedRecommendation],
    press: &PressDetails,
    options: &DocumentOptions,
) -> Vec<Part> {
    let lang = preamble.lang;
    let w = &lang.wording().press_release;
    let state = preamble.state_under_review();
    let org = preamble.organisation_in_text();
    let names = [("state", &state), ("organisation", &org)];
    let mut parts = vec![Part::Release(match options.embargo {
        Some(at) => embargo_line(lang, at),
        None => w.immediate.clone(),
    })];
    parts.push(Part::Headline(fill_names(&w.headline, &names, &[])));

    let campaign = preamble.campaign;
    let day = campaign
        .review_date
        .or(options.date)
        .unwrap_or_else(|| Local::now().date_naive());
    let city = if press.city.trim().is_empty() {
        w.default_city.clone()
    } else {
        press.city.trim().to_string()
    };
    let session = fill(
        &lang.wording().session,
        &[("ordinal", &lang.ordinal(campaign.session))],
    );
    let dateline = fill(&w.dateline, &[("city", &city), ("date", &lang.date(day))]);
    let lead = fill_names(&w.lead, &names, &[("session", &session)]);
    // No space after the dateline's dash in Chinese ("日内瓦（2027年3月10日）——梅里迪亚…").
    let space = &lang.wording().punctuation.space;
    parts.push(Part::Paragraph(format!("{dateline}{space}{lead}")));
    for own in [&press.welcomes, &press.regrets] {
        if !own.trim().is_empty() {
            parts.push(Part::Paragraph(own.trim().to_string()));
        }
    }

    let on_issues: Vec<(&PriorityIssue, Vec<String>)> = issues
        .iter()
        .map(|issue| {
            // This review's: those of the cycle before are what the mid-term report follows.
            let got: Vec<String> = received
                .iter()
                .filter(|r| r.priority_issue_id == Some(issue.id))
                .filter(|r| r.cycle.map_or(true, |c| c == campaign.cycle))
                .map(|r| {
                    let states = preamble.recommending_states(&r.recommending_state);
                    with_state(&r.text, &states, lang)
                })
                .collect();
            (issue, got)
        })
        .collect();
    let any_received = on_issues.iter().any(|(_, got)| !got.is_empty());
    parts.push(Part::Paragraph(fill_names(
        if any_received { &w.received } else { &w.urged },
        &names,
        &[],
    )));
    for (issue, got) in on_issues {
        // A page holds the strongest recommendation of each issue (the one the oral
        // statement urges), not every one the brief lists.
        let items: Vec<String> = if any_received {
            got
        } else {
            strongest(&issue.recommendations)
                .map(|r| r.text.trim().to_string())
                .filter(|t| !t.is_empty())
                .into_iter()
                .collect()
        };
        if items.is_empty() {
            continue;
        }
        parts.push(Part::Heading(issue.title.trim().to_string()));
        parts.extend(items.into_iter().map(Part::Item));
    }

    if !press.quote.trim().is_empty() && !press.spokesperson.trim().is_empty() {
        let quote = press
            .quote
            .trim()
            .trim_matches(['"', '“', '”', '«', '»'])
            .trim();
        let pattern = if press.spokesperson_role.trim().is_empty() {
            &w.quote_no_role
        } else {
            &w.quote
        };
        parts.push(Part::Paragraph(fill_names(
            pattern,
            &names,
            &[
                ("quote", quote),
                ("spokesperson", press.spokesperson.trim()),
                ("role", press.spokesperson_role.trim()),
            ],
        )));
    }
    parts.push(Part::Ends(w.ends.clone()));
    parts.push(Part::Heading(w.notes.clone()));
    parts.extend(notes_to_editors(preamble));
    parts
}

/// "Repeal the law (Norway)", "废除该法（挪威）".
fn with_state(text: &str, state: &str, lang: Language) -> String {
    if state.trim().is_empty() {
        text.trim().to_string()
    } else {
        format!("{}{}", text.trim(), lang.aside(state.trim()))
    }
}

/// "Embargoed until 10 March 2027, 14:00 Geneva time".
fn embargo_line(lang: Language, at: NaiveDateTime) -> String {
    fill(
        &lang.wording().press_release.embargo,
        &[
            ("date", &lang.date(at.date())),
            ("time", &at.format("%H:%M").to_string()),
        ],
    )
}

/// The organisation (with its partners), its address and contacts, and what the UPR is.
fn notes_to_editors(preamble: &Preamble) -> Vec<Part> {
    let lang = preamble.lang;
    let w = &lang.wording().press_release;
    let org = preamble.organisation;
    let mut about = cycle_design::coalition(org, lang);
    if !org.address.trim().is_empty() {
        about = lang.commas(&[about.as_str(), org.address.trim()]);
    }
    let mut notes = vec![Part::Item(about)];
    let contacts = cycle_design::contacts(org, false);
    if !contacts.is_empty() {
        notes.push(Part::Item(format!(
            "{}{}{}",
            w.contacts,
            lang.wording().punctuation.space,
            lang.separated(&contacts)
        )));
    }
    notes.push(Part::Item(w.about_upr.clone()));
    notes
}

struct PressRelease<'a> {
    parts: Vec<Part>,
    issues: &'a [PriorityIssue],
}

impl Document for PressRelease<'_> {
    const KIND: DocumentKind = DocumentKind::PressRelease;
    const BODY_SIZES: &'static [f32] = &[BODY];

    fn compose(&self, preamble: &Preamble, _size: f32) -> Result<Composed> {
        let w = &preamble.lang.wording().press_release;
        let mut blocks: Vec<Block> = Vec::new();
        for part in &self.parts {
            blocks.push(match part {
                Part::Release(t) => design::kicker(t, 9.0),
                Part::Headline(t) => design::subject(t.clone()),
                Part::Paragraph(t) => {
                    design::text(t.clone(), Face::Regular, INK, cycle_design::spaced(5.0))
                }
                Part::Heading(t) => cycle_design::section(t),
                Part::Item(t) => design::item(
                    vec![Span::new(t.clone(), Face::Regular, INK)],
                    "•",
                    Face::Bold,
                    cycle_design::listed(2.0),
                ),
                Part::Ends(t) => design::heading(
                    vec![Span::new(t.clone(), Face::Bold, MUTED)],
                    BODY,
                    4.0,
                    2.0,
                ),
            });
        }
        let subject = fill_names(
            &w.subject,
            &[("state", &preamble.state_under_review())],
            &[],
        );
        Ok(cycle_design::composed(preamble, blocks, &w.title, subject))
    }

    /// One page; over it, the pages it needs, the lines that do not fit, and the issues to
    /// leave out, longest first.
    fn check(&self, _: &Preamble, _: &Composed, layout: &Layout) -> Result<()> {
        within_pages(
            DocumentKind::PressRelease,
            layout,
            (BODY, LEADING),
            MAX_PAGES,
            || issues_to_leave_out(self.issues),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Response;
    use crate::monitoring::{record_received, NewReceived};

    fn demo() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        store
    }

    fn press() -> PressDetails {
        PressDetails {
            city: "Port Meridia".into(),
            spokesperson: "Amina Diallo".into(),
            spokesperson_role: "Director".into(),
            quote: "The State must now turn its promises into law.".into(),
            welcomes: "We welcome the delegation's openness on the safety of journalists.".into(),
            regrets: "We regret the silence on conditions of detention.".into(),
        }
    }

    fn options(lang: Language) -> DocumentOptions {
        DocumentOptions {
            language: Some(lang),
            date: chrono::NaiveDate::from_ymd_opt(2027, 3, 10),
            ..DocumentOptions::default()
        }
    }

    fn pdf_text(store: &mut Store, options: &DocumentOptions) -> (usize, String) {
        let laid =
            super::super::render_from_store(store, DocumentKind::PressRelease, options).unwrap();
        let text = laid
            .layout
            .pages
            .iter()
            .flat_map(|p| p.body_text())
            .collect::<Vec<_>>()
            .join(" ");
        (laid.layout.pages.len(), text)
    }

    #[test]
    fn one_page_with_every_text_of_the_user_and_the_state_with_its_article() {
        let mut store = demo();
        let campaign = store.current_campaign().unwrap().unwrap();
        store.save_press_details(campaign.id, &press()).unwrap();
        let (pages, text) = pdf_text(&mut store, &options(Language::En));
        assert_eq!(pages, 1);
        let plain = press_release_text(&mut store, &options(Language::En)).unwrap();
        for expected in [
            "Port Meridia, 10 March 2027 –",
            "the Republic of Meridia",
            "The Meridia Coalition for Human Rights followed today",
            "We welcome the delegation's openness",
            "We regret the silence",
            "“The State must now turn its promises into law.”, said Amina Diallo, Director of the Meridia Coalition for Human Rights.",
            "Notes to editors",
            "– Ends –",
        ] {
            assert!(plain.contains(expected), "{expected} not in {plain}");
        }
        // The demo's received recommendations are of the review before: the issues' own
        // recommendations are listed, as urged.
        assert!(
            plain.contains("it urged the recommending States"),
            "{plain}"
        );
        for issue in store.priority_issues(campaign.id).unwrap() {
            let urged = strongest(&issue.recommendations).unwrap();
            assert!(
                plain.contains(&format!("- {}", urged.text.trim())),
                "{plain}"
            );
        }
        // The PDF says what the text says (the layout's lines, hyphenated, joined).
        assert!(text.contains("Amina Diallo"), "{text}");
        assert!(
            text.to_lowercase().contains("for immediate release"),
            "{text}"
        );
    }

    #[test]
    fn this_review_s_received_recommendations_are_listed_with_their_state() {
        let mut store = demo();
        let campaign = store.current_campaign().unwrap().unwrap();
        let issue = store.priority_issues(campaign.id).unwrap()[0].title.clone();
        record_received(
            &mut store,
            NewReceived {
                text: "Decriminalise defamation".into(),
                recommending_state: "Norway".into(),
                response: Response::Pending,
                reference: "A/HRC/55/9, 118.34".into(),
                cycle: Some(campaign.cycle),
                issue: Some(issue),
            },
        )
        .unwrap();
        let plain = press_release_text(&mut store, &options(Language::En)).unwrap();
        assert!(
            plain.contains("- Decriminalise defamation (Norway)"),
            "{plain}"
        );
        assert!(
            plain.contains("the Republic of Meridia received these"),
            "{plain}"
        );
        assert!(!plain.contains("urged"), "{plain}");
    }

    #[test]
    fn an_embargo_is_printed_in_the_document_language() {
        let mut store = demo();
        let at = chrono::NaiveDate::from_ymd_opt(2027, 3, 10)
            .unwrap()
            .and_hms_opt(14, 0, 0);
        let fr = DocumentOptions {
            embargo: at,
            ..options(Language::Fr)
        };
        let plain = press_release_text(&mut store, &fr).unwrap();
        assert!(
            plain.starts_with("SOUS EMBARGO JUSQU’AU 10 MARS 2027, 14:00 HEURE DE GENÈVE"),
            "{plain}"
        );
        assert!(plain.contains("Genève, le 10 mars 2027 –"), "{plain}");
        let (pages, _) = pdf_text(&mut store, &fr);
        assert_eq!(pages, 1);
    }

    #[test]
    fn the_chinese_press_release_is_set_as_chinese_releases_are() {
        // The demo's press details are left out: its city and quotes are in English.
        let mut store = demo();
        let plain = press_release_text(&mut store, &options(Language::Zh)).unwrap();
        // The dateline as OHCHR's Chinese releases write it, no space after its dash.
        assert!(plain.contains("日内瓦（2027年3月10日）——"), "{plain}");
        assert!(!plain.contains("—— "), "{plain}");
        // The end mark of Chinese releases; the contacts after the colon, set apart by "｜".
        assert!(plain.contains("\n（完）\n"), "{plain}");
        assert!(plain.contains("新闻联系人：upr@"), "{plain}");
        assert!(!plain.contains(" · "), "{plain}");
    }

    #[test]
    fn a_press_release_over_one_page_is_refused_with_the_issues_to_leave_out() {
        let mut store = demo();
        let campaign = store.current_campaign().unwrap().unwrap();
        let long = PressDetails {
            welcomes: "We welcome the review and every word said in the room today. ".repeat(60),
            ..press()
        };
        store.save_press_details(campaign.id, &long).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("press.pdf");
        let text = dir.path().join("press.txt");
        let err =
            write_press_release(&mut store, &options(Language::En), &out, Some(&text)).unwrap_err();
        assert_eq!(err.code(), "document_too_long", "{err}");
        let Error::DocumentTooLong(overflow) = err else {
            unreachable!("the code says so");
        };
        assert!(matches!(
            overflow.shorten.first().map(|s| &s.part),
            Some(super::super::DocumentPart::WholeIssue { .. })
        ));
        assert!(!out.exists() && !text.exists());
    }
}
