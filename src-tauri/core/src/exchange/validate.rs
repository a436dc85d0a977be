//! Checks an exchange document for what JSON types cannot say: names present, every id
//! unique, and every link (a target State's asks, a meeting's delegation) pointing at a record
//! of the same campaign, and every date and timestamp within what the app keeps
//! (`model::date_range`), so nothing is imported that could not be read back out. Errors name
//! the place as a path, e.g. `campaigns[0].meetings[1]`.

use std::collections::HashSet;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use uuid::Uuid;

use super::{Document, ExchangeProblem};
use crate::logo;
use crate::model::date_range::{DATE_YEARS, INSTANT_YEARS};
use crate::model::Logo;

type Problem = ExchangeProblem;

/// `value` (a date, or a timestamp when `time`, of year `year`) at `path` must lie within the
/// years the app keeps for it.
fn in_years(path: String, value: String, year: i32, time: bool) -> Result<(), Problem> {
    let (first, last) = if time { INSTANT_YEARS } else { DATE_YEARS };
    if (first..=last).contains(&year) {
        Ok(())
    } else {
        Err(ExchangeProblem::OutOfRange {
            path,
            value,
            time,
            first,
            last,
        })
    }
}

pub fn check(doc: &Document) -> Result<(), Problem> {
    let mut ids = HashSet::new();
    let mut unique = |id: Uuid, at: &str| -> Result<(), Problem> {
        if ids.insert(id) {
            Ok(())
        } else {
            Err(ExchangeProblem::DuplicateId {
                path: at.to_string(),
                id: id.to_string(),
            })
        }
    };
    let not_blank = |text: &str, at: String| -> Result<(), Problem> {
        if text.trim().is_empty() {
            Err(ExchangeProblem::Empty { path: at })
        } else {
            Ok(())
        }
    };

    let date = |at: String, d: Option<NaiveDate>| -> Result<(), Problem> {
        match d {
            Some(d) => in_years(at, d.to_string(), d.year(), false),
            None => Ok(()),
        }
    };
    // Every record carries `created_at` and `updated_at`.
    let stamped = |at: &str, created: DateTime<Utc>, updated: DateTime<Utc>| {
        for (field, t) in [("created_at", created), ("updated_at", updated)] {
            in_years(format!("{at}.{field}"), t.to_string(), t.year(), true)?;
        }
        Ok(())
    };
    in_years(
        "exported_at".into(),
        doc.exported_at.to_string(),
        doc.exported_at.year(),
        true,
    )?;

    if let Some(org) = &doc.organisation {
        unique(org.id, "organisation")?;
        stamped("organisation", org.created_at, org.updated_at)?;
        not_blank(&org.name, "organisation.name".into())?;
        if let Some(url) = &org.logo {
            // Held to the limits the file's own settings name (its sender may have raised
            // them), else to the defaults: a logo that came in is one the documents can draw.
            let settings = doc.settings.clone().unwrap_or_default();
            Logo::from_data_url("the logo", url, logo::limits(&settings)).map_err(|e| {
                ExchangeProblem::WrongShape {
                    path: "organisation.logo".into(),
                    detail: e.to_string(),
                }
            })?;
        }
        for (i, p) in org.partners.iter().enumerate() {
            let at = format!("organisation.partners[{i}]");
            unique(p.id, &at)?;
            stamped(&at, p.created_at, p.updated_at)?;
            not_blank(&p.name, format!("{at}.name"))?;
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
        )?;
        let mut recommendations = HashSet::new();
        for (i, issue) in data.priority_issues.iter().enumerate() {
            let at = format!("{at}.priority_issues[{i}]");
            unique(issue.id, &at)?;
            stamped(&at, issue.created_at, issue.updated_at)?;
            not_blank(&issue.title, format!("{at}.title"))?;
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
            not_blank(&t.state, format!("{at}.state"))?;
            for (j, p) in t.contacts.iter().enumerate() {
                let at = format!("{at}.contacts[{j}]");
                unique(p.id, &at)?;
                stamped(&at, p.created_at, p.updated_at)?;
            }
            for (j, ask) in t.asks.iter().enumerate() {
                if !recommendations.contains(ask) {
                    return Err(ExchangeProblem::UnknownLink {
                        path: format!("{at}.asks[{j}]"),
                        id: ask.to_string(),
                    });
                }
            }
        }
        for (i, m) in data.custom_milestones.iter().enumerate() {
            let at = format!("{at}.custom_milestones[{i}]");
            unique(m.id, &at)?;
            stamped(&at, m.created_at, m.updated_at)?;
            date(format!("{at}.date"), Some(m.date))?;
            not_blank(&m.title, format!("{at}.title"))?;
        }
        for (i, s) in data.submissions.iter().enumerate() {
            let at = format!("{at}.submissions[{i}]");
            unique(s.id, &at)?;
            stamped(&at, s.created_at, s.updated_at)?;
            not_blank(&s.title, format!("{at}.title"))?;
        }
        let issues: HashSet<Uuid> = data.priority_issues.iter().map(|i| i.id).collect();
        for (i, r) in data.received_recommendations.iter().enumerate() {
            let at = format!("{at}.received_recommendations[{i}]");
            unique(r.id, &at)?;
            stamped(&at, r.created_at, r.updated_at)?;
            not_blank(&r.text, format!("{at}.text"))?;
            if let Some(issue) = r.priority_issue_id {
                if !issues.contains(&issue) {
                    return Err(ExchangeProblem::UnknownLink {
                        path: format!("{at}.priority_issue_id"),
                        id: issue.to_string(),
                    });
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
                    return Err(ExchangeProblem::UnknownLink {
                        path: format!("{at}.target_state_id"),
                        id: target.to_string(),
                    });
                }
            }
        }
    }
    Ok(())
}
