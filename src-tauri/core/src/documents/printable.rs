//! Every character a document prints must be one the shipped fonts can draw: one they lack
//! is named with where it is, never dropped or drawn as an empty box. Each document lists
//! its texts with their places; this room checks them.

use unicode_script::{Script, UnicodeScript};

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

/// Every character of `texts` (each with the place it comes from) must be printable: those no
/// font draws are grouped by script, each script with its count and first places and
/// characters, never dropped. Shared by every document.
pub(crate) fn check_printable(texts: &[(String, &str)]) -> Result<()> {
    let shown = crate::error::MissingCharacters::SHOWN;
    let mut problems: Vec<(crate::error::MissingCharacters, Vec<char>)> = Vec::new();
    for (place, text) in texts {
        // The scripts this place holds undrawable characters of, each counted once here.
        let mut here: Vec<usize> = Vec::new();
        for face in Face::ALL {
            for m in missing_characters(text, face) {
                let script = script_name(m.character);
                let i = match problems.iter().position(|(p, _)| p.script == script) {
                    Some(i) => i,
                    None => {
                        problems.push((
                            crate::error::MissingCharacters {
                                script,
                                count: 0,
                                places: 0,
                                first_places: Vec::new(),
                                characters: Vec::new(),
                            },
                            Vec::new(),
                        ));
                        problems.len() - 1
                    }
                };
                let (problem, seen) = &mut problems[i];
                if !seen.contains(&m.character) {
                    seen.push(m.character);
                    problem.count += 1;
                    if problem.characters.len() < shown {
                        problem.characters.push(m.name);
                    }
                }
                if !here.contains(&i) {
                    here.push(i);
                    problem.places += 1;
                    if problem.first_places.len() < shown {
                        problem.first_places.push(place.clone());
                    }
                }
            }
        }
    }
    let problems: Vec<crate::error::MissingCharacters> =
        problems.into_iter().map(|(p, _)| p).collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::MissingCharacters { missing: problems })
    }
}

/// "Han", "Arabic"…; "" for a character of no script of its own (an emoji, a symbol, a
/// private-use character).
fn script_name(c: char) -> String {
    match c.script() {
        Script::Common | Script::Inherited | Script::Unknown => String::new(),
        script => script.full_name().replace('_', " "),
    }
}
