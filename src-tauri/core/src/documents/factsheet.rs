//! The UPR advocacy factsheet: one page per theme, in the format UPR Info's example uses —
//! coalition, theme, the previous recommendations and their implementation status, the
//! challenges (background and key facts with sources), questions and recommendations. What
//! does not fit on one page is reported, never cut or shrunk.

use std::path::Path;

use serde::Serialize;

use crate::layout::page::BlockStyle;
use crate::layout::{Face, Span};
use crate::monitoring::find_issue;
use crate::store::Store;
use crate::{Error, Result};

use super::cycle_design::{self, BODY, LEADING};
use super::design::{self, INK, MUTED};
use super::wording::{fill, Language};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactsheetSummary {
    pub theme: String,
    pub previous_recommendations: usize,
    pub questions: usize,
    pub recommendations: usize,
}

/// Makes the factsheet of the priority issue called `issue` (or whose title starts with it)
/// and writes it to `out`, in `language` (default: the settings' document
/// language). More than one page is refused with what to shorten.
pub fn write(
    store: &mut Store,
    issue: &str,
    out: &Path,
    language: Option<Language>,
    draft: bool,
) -> Result<FactsheetSummary> {
    // Refused before any work: never into the data folder, never onto a folder.
    store.check_output(out)?;
    let organisation = store.organisation()?.ok_or(Error::NotFound {
        what: "organisation",
        id: "(none yet: describe your organisation first, or load the demo)".into(),
    })?;
    let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
    let settings = store.settings()?;
    let lang = cycle_design::language(&settings, language);
    let words = &lang.wording().cycle;
    let (received, issues) = crate::monitoring::received_with_issues(store)?;
    let issue = find_issue(&issues, issue)?;
    let previous: Vec<_> = received
        .iter()
        .filter(|r| r.priority_issue_id == Some(issue.id))
        .collect();

    let mut texts: Vec<(String, &str)> = vec![
        ("the title".into(), &issue.title),
        ("the background".into(), &issue.background),
    ];
    for f in &issue.facts {
        texts.push(("a key fact".into(), &f.text));
        texts.push(("a key fact's source".into(), &f.source));
    }
    for q in &issue.questions {
        texts.push(("a question".into(), &q.text));
    }
    for r in &issue.recommendations {
        texts.push(("a recommendation".into(), &r.text));
    }
    for r in &previous {
        texts.push(("a previous recommendation".into(), &r.text));
        texts.push(("a previous recommendation".into(), &r.recommending_state));
    }
    super::check_printable(&texts)?;

    let session = fill(
        &lang.wording().session,
        &[("ordinal", &lang.ordinal(campaign.session))],
    );
    let context = fill(
        &words.factsheet.context,
        &[
            ("coalition", &cycle_design::coalition(&organisation, lang)),
            ("state", &campaign.state_under_review),
            ("session", &session),
        ],
    );
    let mut blocks =
        cycle_design::title_block(&words.factsheet.title, issue.title.trim(), &context);
    let body = BlockStyle {
        space_after: 3.0,
        ..BlockStyle::text(BODY - 0.5, LEADING - 1.0)
    };
    let listed = BlockStyle {
        indent: design::list_indent(BODY),
        ..body
    };

    if !previous.is_empty() {
        blocks.push(cycle_design::section(&words.factsheet.previous));
        for r in &previous {
            let mut spans = vec![Span::new(r.text.clone(), Face::Regular, INK)];
            let who = [r.recommending_state.as_str(), words.response(r.response)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            spans.push(Span::new(format!(" ({who}) "), Face::Regular, MUTED));
            spans.push(Span::new(
                format!("— {}", words.status(r.status)),
                Face::Bold,
                INK,
            ));
            blocks.push(design::item(spans, "•", Face::Bold, listed));
        }
    }
    let challenges = !issue.background.trim().is_empty() || !issue.facts.is_empty();
    if challenges {
        blocks.push(cycle_design::section(&words.factsheet.challenges));
        if !issue.background.trim().is_empty() {
            blocks.push(design::text(
                issue.background.trim().to_string(),
                Face::Regular,
                INK,
                body,
            ));
        }
        for f in &issue.facts {
            let mut spans = vec![Span::new(f.text.clone(), Face::Regular, INK)];
            if !f.source.trim().is_empty() {
                spans.push(Span::new(
                    format!(" ({})", f.source.trim()),
                    Face::Italic,
                    MUTED,
                ));
            }
            blocks.push(design::item(spans, "•", Face::Bold, listed));
        }
    }
    if !issue.questions.is_empty() {
        blocks.push(cycle_design::section(&words.factsheet.questions));
        for (n, q) in issue.questions.iter().enumerate() {
            blocks.push(design::item(
                vec![Span::new(q.text.clone(), Face::Regular, INK)],
                &format!("{}.", n + 1),
                Face::Bold,
                listed,
            ));
        }
    }
    if !issue.recommendations.is_empty() {
        blocks.push(cycle_design::section(&words.factsheet.recommendations));
        for (n, r) in issue.recommendations.iter().enumerate() {
            blocks.push(design::item(
                vec![Span::new(r.text.clone(), Face::Regular, INK)],
                &format!("{}.", n + 1),
                Face::Bold,
                listed,
            ));
        }
    }
    let subject = fill(
        &words.factsheet.subject,
        &[
            ("issue", issue.title.trim()),
            ("state", &campaign.state_under_review),
        ],
    );
    let (layout, pdf) = cycle_design::lay_out_and_paint(
        &blocks,
        &organisation,
        &campaign,
        &settings,
        &words.factsheet.title,
        &subject,
        lang,
        draft,
        None,
    )?;
    if layout.pages.len() > 1 {
        let spill: usize = layout.pages[1..].iter().map(|p| p.body_text().len()).sum();
        return Err(Error::invalid(
            "factsheet",
            format!(
                "'{}' needs {} pages; a factsheet is one page. About {spill} lines do not fit: shorten the background, the key facts or the previous recommendations. Nothing was written",
                issue.title,
                layout.pages.len()
            ),
        ));
    }
    store.write_output(out, &pdf)?;
    Ok(FactsheetSummary {
        theme: issue.title.clone(),
        previous_recommendations: previous.len(),
        questions: issue.questions.len(),
        recommendations: issue.recommendations.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_theme_too_long_for_one_page_is_reported_and_nothing_is_written() {
        let mut store = Store::open_in_memory().unwrap();
        crate::demo::load(&mut store).unwrap();
        let campaign = store.current_campaign().unwrap().unwrap();
        let mut issue = store.priority_issues(campaign.id).unwrap().remove(1);
        issue.background =
            "Detainees wait years for trial in cells built for a third of them. ".repeat(60);
        store.save_priority_issue(campaign.id, issue).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("torture.pdf");
        let err = write(&mut store, "Torture", &out, None, false).unwrap_err();
        let message = err.to_string();
        assert!(
            message.contains(
                "'Torture and conditions of detention' needs 2 pages; a factsheet is one page"
            ),
            "{message}"
        );
        assert!(message.contains("shorten the background"), "{message}");
        assert!(!out.exists());
        // The other themes still fit.
        write(&mut store, "Violence", &out, None, false).unwrap();
        assert!(out.exists());
    }
}
