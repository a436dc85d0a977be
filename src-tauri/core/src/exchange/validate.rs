//! Checks an exchange document for what JSON types cannot say: names present, every id
//! unique, and every link (a target State's asks, a meeting's delegation) pointing at a record
//! of the same campaign. Errors name the place as a path, e.g. `campaigns[0].meetings[1]`.

use std::collections::HashSet;

use uuid::Uuid;

use super::Document;

type Problem = (String, String);

pub fn check(doc: &Document) -> Result<(), Problem> {
    let mut ids = HashSet::new();
    let mut unique = |id: Uuid, at: &str| -> Result<(), Problem> {
        if ids.insert(id) {
            Ok(())
        } else {
            Err((at.to_string(), format!("the id {id} is used twice")))
        }
    };
    let not_blank = |text: &str, at: String, what: &str| -> Result<(), Problem> {
        if text.trim().is_empty() {
            Err((at, format!("{what} is empty")))
        } else {
            Ok(())
        }
    };

    if let Some(org) = &doc.organisation {
        unique(org.id, "organisation")?;
        not_blank(
            &org.name,
            "organisation.name".into(),
            "the organisation's name",
        )?;
        for (i, p) in org.partners.iter().enumerate() {
            let at = format!("organisation.partners[{i}]");
            unique(p.id, &at)?;
            not_blank(&p.name, format!("{at}.name"), "the partner's name")?;
        }
    }

    for (c, data) in doc.campaigns.iter().enumerate() {
        let at = format!("campaigns[{c}]");
        unique(data.campaign.id, &at)?;
        not_blank(
            &data.campaign.state_under_review,
            format!("{at}.state_under_review"),
            "the State under Review",
        )?;
        let mut recommendations = HashSet::new();
        for (i, issue) in data.priority_issues.iter().enumerate() {
            let at = format!("{at}.priority_issues[{i}]");
            unique(issue.id, &at)?;
            not_blank(&issue.title, format!("{at}.title"), "the title")?;
            for (j, f) in issue.facts.iter().enumerate() {
                unique(f.id, &format!("{at}.facts[{j}]"))?;
            }
            for (j, q) in issue.questions.iter().enumerate() {
                unique(q.id, &format!("{at}.questions[{j}]"))?;
            }
            for (j, r) in issue.recommendations.iter().enumerate() {
                unique(r.id, &format!("{at}.recommendations[{j}]"))?;
                recommendations.insert(r.id);
            }
        }
        let mut targets = HashSet::new();
        for (i, t) in data.target_states.iter().enumerate() {
            let at = format!("{at}.target_states[{i}]");
            unique(t.id, &at)?;
            targets.insert(t.id);
            not_blank(&t.state, format!("{at}.state"), "the State's name")?;
            for (j, p) in t.contacts.iter().enumerate() {
                unique(p.id, &format!("{at}.contacts[{j}]"))?;
            }
            for (j, ask) in t.asks.iter().enumerate() {
                if !recommendations.contains(ask) {
                    return Err((
                        format!("{at}.asks[{j}]"),
                        format!("{ask} is not a recommendation of this campaign"),
                    ));
                }
            }
        }
        for (i, m) in data.custom_milestones.iter().enumerate() {
            let at = format!("{at}.custom_milestones[{i}]");
            unique(m.id, &at)?;
            not_blank(&m.title, format!("{at}.title"), "the date's title")?;
        }
        for (i, s) in data.submissions.iter().enumerate() {
            let at = format!("{at}.submissions[{i}]");
            unique(s.id, &at)?;
            not_blank(&s.title, format!("{at}.title"), "the submission's title")?;
        }
        let issues: HashSet<Uuid> = data.priority_issues.iter().map(|i| i.id).collect();
        for (i, r) in data.received_recommendations.iter().enumerate() {
            let at = format!("{at}.received_recommendations[{i}]");
            unique(r.id, &at)?;
            not_blank(&r.text, format!("{at}.text"), "the recommendation's text")?;
            if let Some(issue) = r.priority_issue_id {
                if !issues.contains(&issue) {
                    return Err((
                        format!("{at}.priority_issue_id"),
                        format!("{issue} is not a priority issue of this campaign"),
                    ));
                }
            }
            for (j, e) in r.evidence.iter().enumerate() {
                unique(e.id, &format!("{at}.evidence[{j}]"))?;
            }
        }
        for (i, m) in data.meetings.iter().enumerate() {
            let at = format!("{at}.meetings[{i}]");
            unique(m.id, &at)?;
            if let Some(target) = m.target_state_id {
                if !targets.contains(&target) {
                    return Err((
                        format!("{at}.target_state_id"),
                        format!("{target} is not a target State of this campaign"),
                    ));
                }
            }
        }
    }
    Ok(())
}
