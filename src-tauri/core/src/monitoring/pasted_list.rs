//! Recommendations pasted as a list, one per line, as they appear in the Working Group's
//! report: "112.34 Ratify the Optional Protocol to the Convention against Torture (Denmark)
//! (Estonia);". The leading paragraph number becomes the reference and the States in
//! brackets at the end the recommending State; anything else is kept as typed.

use uuid::Uuid;

use super::{ImplementationStatus, ReceivedRecommendation, Response};

/// One recommendation per non-blank line, all with the given response and cycle.
pub fn parse_pasted_list(
    text: &str,
    response: Response,
    cycle: Option<u32>,
) -> Vec<ReceivedRecommendation> {
    let now = crate::model::now();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let (reference, rest) = split_reference(line);
            let (text, states) = split_states(rest);
            ReceivedRecommendation {
                id: Uuid::new_v4(),
                cycle,
                reference: reference.to_string(),
                text: text.to_string(),
                recommending_state: states.join("; "),
                response,
                priority_issue_id: None,
                status: ImplementationStatus::NotStarted,
                responsible: String::new(),
                evidence: Vec::new(),
                created_at: now,
                updated_at: now,
                version: crate::store::UNSAVED,
            }
        })
        .collect()
}

/// "112.34 Ratify…" → ("112.34", "Ratify…"); a line without a number has no reference.
fn split_reference(line: &str) -> (&str, &str) {
    let end = line.find(char::is_whitespace).unwrap_or(line.len());
    let first = line[..end].trim_end_matches(['.', ')']);
    let numeric = !first.is_empty()
        && first.chars().all(|c| c.is_ascii_digit() || c == '.')
        && first.chars().any(|c| c.is_ascii_digit());
    if numeric && end < line.len() {
        (first, line[end..].trim_start())
    } else {
        ("", line)
    }
}

/// Takes "(State)" groups off the end: "Ratify X (Denmark) (Estonia);" → ("Ratify X",
/// ["Denmark", "Estonia"]). Brackets inside the text stay.
fn split_states(text: &str) -> (&str, Vec<String>) {
    let mut rest = text.trim_end().trim_end_matches([';', '.', ',']).trim_end();
    let mut states = Vec::new();
    while rest.ends_with(')') {
        let Some(open) = rest.rfind('(') else { break };
        let inside = rest[open + 1..rest.len() - 1].trim();
        // A State's name starts with a capital letter and is short; "(2019)" or a long
        // clause in brackets belongs to the text.
        let looks_like_state = inside.chars().next().is_some_and(char::is_uppercase)
            && inside.split_whitespace().count() <= 6
            && !inside.chars().any(|c| c.is_ascii_digit());
        if !looks_like_state {
            break;
        }
        states.push(inside.to_string());
        rest = rest[..open].trim_end();
    }
    states.reverse();
    if states.is_empty() {
        (text.trim(), states)
    } else {
        (rest, states)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pasted_report_extract_gives_reference_text_and_states() {
        let pasted = "\
112.34 Ratify the Optional Protocol to the Convention against Torture (Denmark) (Estonia);

112.35 Decriminalize defamation and release detained journalists (Norway);
Adopt a comprehensive law on violence against women (2019 draft) as a priority\n";
        let list = parse_pasted_list(pasted, Response::Supported, Some(3));
        assert_eq!(list.len(), 3);
        assert_eq!(list[0].reference, "112.34");
        assert_eq!(
            list[0].text,
            "Ratify the Optional Protocol to the Convention against Torture"
        );
        assert_eq!(list[0].recommending_state, "Denmark; Estonia");
        assert_eq!(list[1].recommending_state, "Norway");
        assert_eq!(list[2].reference, "");
        assert_eq!(
            list[2].text,
            "Adopt a comprehensive law on violence against women (2019 draft) as a priority"
        );
        assert_eq!(list[2].recommending_state, "");
        assert!(list
            .iter()
            .all(|r| r.response == Response::Supported && r.cycle == Some(3)));
    }
}
