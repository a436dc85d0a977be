//! Every character a document prints must be one the shipped fonts can draw: one they lack
//! is named with where it is, never dropped or drawn as an empty box. Each document lists
//! its texts with their places; this room checks them.

use crate::layout::{missing_characters, Face};
use crate::{Error, Result};

use super::{DocumentKind, DocumentOptions, Sources};

/// Every character of the user's text must be printable: one the fonts lack is named with
/// where it is, never dropped or drawn as an empty box. That includes what comes with the
/// options: a delegation's past recommendations, read from an imported CSV, once lost their
/// CJK characters silently.
pub(super) fn check_characters(
    kind: DocumentKind,
    sources: &Sources,
    options: &DocumentOptions,
) -> Result<()> {
    let org = sources.organisation;
    let mut texts: Vec<(String, &str)> = vec![
        ("the organisation's name".into(), &org.name),
        ("the organisation's acronym".into(), &org.acronym),
        ("the organisation's e-mail".into(), &org.contact_email),
        ("the organisation's phone".into(), &org.contact_phone),
        ("the organisation's website".into(), &org.website),
        (
            "the State under Review".into(),
            &sources.campaign.state_under_review,
        ),
    ];
    for p in &org.partners {
        texts.push((format!("partner '{}'", p.name), &p.name));
        texts.push((format!("partner '{}'", p.name), &p.acronym));
    }
    for t in sources.target_states {
        texts.push(("a target State's name".into(), &t.state));
    }
    for issue in sources.issues {
        let at = |what: String| format!("priority issue '{}', {what}", issue.title);
        texts.push((at("title".into()), &issue.title));
        texts.push((at("background".into()), &issue.background));
        for (n, f) in issue.facts.iter().enumerate() {
            texts.push((at(format!("fact {}", n + 1)), &f.text));
            texts.push((at(format!("source of fact {}", n + 1)), &f.source));
        }
        for (n, q) in issue.questions.iter().enumerate() {
            texts.push((at(format!("question {}", n + 1)), &q.text));
        }
        for (n, r) in issue.recommendations.iter().enumerate() {
            texts.push((at(format!("recommendation {}", n + 1)), &r.text));
            texts.push((
                at(format!("recommendation {} reference", n + 1)),
                &r.previously_recommended,
            ));
        }
    }
    // The user's edited text is printed only by its own document.
    if let Some(text) = kind.editable().and_then(|d| sources.edited(d)) {
        texts.push((format!("the edited text of the {kind}"), text));
    }
    for (n, r) in options.prior_recommendations.iter().enumerate() {
        let at = |what: &str| format!("past recommendation {} ({what})", n + 1);
        texts.push((at("text"), &r.text));
        texts.push((at("State under Review"), &r.state_under_review));
        texts.push((at("response"), &r.response));
    }
    check_printable(&texts)
}

/// Every character of `texts` (each with the place it comes from) must be printable: one the
/// fonts lack is named with where it is, never dropped. Shared by every document.
pub(crate) fn check_printable(texts: &[(String, &str)]) -> Result<()> {
    let mut problems = Vec::new();
    for (place, text) in texts {
        let mut characters: Vec<String> = Vec::new();
        for face in Face::ALL {
            for m in missing_characters(text, face) {
                if !characters.contains(&m.name) {
                    characters.push(m.name);
                }
            }
        }
        if !characters.is_empty() {
            problems.push(crate::error::MissingCharacters {
                place: place.clone(),
                characters,
            });
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::MissingCharacters { missing: problems })
    }
}
