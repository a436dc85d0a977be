//! Checks an exchange document for what JSON types cannot say: names present, every id
//! unique, and every link (a target State's asks, a meeting's delegation) pointing at a record
//! of the same campaign, and every date and timestamp within what the app keeps
//! (`model::date_range`), so nothing is imported that could not be read back out. Errors name
//! the place as a path, e.g. `campaigns[0].meetings[1]`.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use super::Document;
use crate::model::date_range::{date_problem, instant_problem};

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

    let date = |at: String, d: Option<NaiveDate>| -> Result<(), Problem> {
        match d.and_then(date_problem) {
            Some(problem) => Err((at, problem)),
            None => Ok(()),
        }
    };
    // Every record carries `created_at` and `updated_at`.
    let stamped = |at: &str, created: DateTime<Utc>, updated: DateTime<Utc>| {
        for (field, t) in [("created_at", created), ("updated_at", updated)] {
            if let Some(problem) = instant_problem(t) {
                return Err((format!("{at}.{field}"), problem));
            }
        }
        Ok(())
    };
    if let Some(problem) = instant_problem(doc.exported_at) {
        return Err(("exported_at".into(), problem));
    }

    if let Some(org) = &doc.organisation {
        unique(org.id, "organisation")?;
        stamped("organisation", org.created_at, org.updated_at)?;
        not_blank(
            &org.name,
            "organisation.name".into(),
            "the organisation's name",
        )?;
        for (i, p) in org.partners.iter().enumerate() {
            let at = format!("organisation.partners[{i}]");
            unique(p.id, &at)?;
            stamped(&at, p.created_at, p.updated_at)?;
            not_blank(&p.name, format!("{at}.name"), "the partner's name")?;
        }
    }

    for (c, data) in doc.campaigns.iter().enumerate() {
        let at = format!("campaigns[{c}]");
        unique(data.campaign.id, &at)?;
        let c = &data.campaign;
        stamped(&at, c.created_at, c.updated_at)?;
        date(format!("{at}.review_date"), c.review_date)?;
        date(format!("{at}.adoption_date"), c.adoption_date)?;
        date(format!("{at}.hrc_session_start"), c.hrc_session_start)?;
        not_blank(
            &data.campaign.state_under_review,
            format!("{at}.state_under_review"),
            "the State under Review",
        )?;
        let mut recommendations = HashSet::new();
        for (i, issue) in data.priority_issues.iter().enumerate() {
            let at = format!("{at}.priority_issues[{i}]");
            unique(issue.id, &at)?;
            stamped(&at, issue.created_at, issue.updated_at)?;
            not_blank(&issue.title, format!("{at}.title"), "the title")?;
            for (j, f) in issue.facts.iter().enumerate() {
                let at = format!("{at}.facts[{j}]");
                unique(f.id, &at)?;
                stamped(&at, f.created_at, f.updated_at)?;
            }
            for (j, q) in issue.questions.iter().enumerate() {
                let at = format!("{at}.questions[{j}]");
                unique(q.id, &at)?;
                stamped(&at, q.created_at, q.updated_at)?;
            }
            for (j, r) in issue.recommendations.iter().enumerate() {
                let at = format!("{at}.recommendations[{j}]");
                unique(r.id, &at)?;
                stamped(&at, r.created_at, r.updated_at)?;
                recommendations.insert(r.id);
            }
        }
        let mut targets = HashSet::new();
        for (i, t) in data.target_states.iter().enumerate() {
            let at = format!("{at}.target_states[{i}]");
            unique(t.id, &at)?;
            stamped(&at, t.created_at, t.updated_at)?;
            targets.insert(t.id);
            not_blank(&t.state, format!("{at}.state"), "the State's name")?;
            for (j, p) in t.contacts.iter().enumerate() {
                let at = format!("{at}.contacts[{j}]");
                unique(p.id, &at)?;
                stamped(&at, p.created_at, p.updated_at)?;
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
            stamped(&at, m.created_at, m.updated_at)?;
            date(format!("{at}.date"), Some(m.date))?;
            not_blank(&m.title, format!("{at}.title"), "the date's title")?;
        }
        for (i, s) in data.submissions.iter().enumerate() {
            let at = format!("{at}.submissions[{i}]");
            unique(s.id, &at)?;
            stamped(&at, s.created_at, s.updated_at)?;
            not_blank(&s.title, format!("{at}.title"), "the submission's title")?;
        }
        let issues: HashSet<Uuid> = data.priority_issues.iter().map(|i| i.id).collect();
        for (i, r) in data.received_recommendations.iter().enumerate() {
            let at = format!("{at}.received_recommendations[{i}]");
            unique(r.id, &at)?;
            stamped(&at, r.created_at, r.updated_at)?;
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
                let at = format!("{at}.evidence[{j}]");
                unique(e.id, &at)?;
                stamped(&at, e.created_at, e.updated_at)?;
                date(format!("{at}.date"), Some(e.date))?;
            }
        }
        for (i, m) in data.meetings.iter().enumerate() {
            let at = format!("{at}.meetings[{i}]");
            unique(m.id, &at)?;
            stamped(&at, m.created_at, m.updated_at)?;
            date(format!("{at}.date"), Some(m.date))?;
            date(
                format!("{at}.follow_up.due"),
                m.follow_up.as_ref().and_then(|f| f.due),
            )?;
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
