//! The milestones of one review, computed from the campaign's dates and the settings' offsets.
//! The kinds of milestone and the dates a user adds beside them are records of the model
//! (`model/milestone.rs`).

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, NaiveTime, Utc};
use serde::Serialize;

use crate::model::{Campaign, MilestoneKind};
use crate::settings::MilestoneOffsets;
use crate::{Error, Result};

/// One computed milestone. `start..=end` are whole days; `end == start` for a single day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Milestone {
    pub kind: MilestoneKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// A moment inside the day, Geneva time (the oral-statement sign-up), with its UTC instant.
    pub geneva_time: Option<NaiveTime>,
    pub utc: Option<DateTime<Utc>>,
    /// True when the date rests on an estimate (no adoption date or HRC session start yet).
    pub estimated: bool,
}

/// Every milestone of the campaign's review, in date order. Needs the review date; the
/// adoption and the HRC session are estimated from it when the campaign does not have them.
pub fn milestones(campaign: &Campaign, offsets: &MilestoneOffsets) -> Result<Vec<Milestone>> {
    let review = campaign.review_date.ok_or_else(|| {
        Error::invalid(
            "review date",
            format!(
                "the campaign for {} has no review date yet; set it (the Working Group session's day for this State) and the calendar follows",
                campaign.state_under_review
            ),
        )
    })?;
    let out_of_range = || {
        Error::invalid(
            "calendar",
            "a milestone falls outside the calendar; check the review date and the offsets in the settings",
        )
    };
    let months_before = |n: u32| {
        review
            .checked_sub_months(Months::new(n))
            .ok_or_else(out_of_range)
    };
    let months_after = |n: u32| {
        review
            .checked_add_months(Months::new(n))
            .ok_or_else(out_of_range)
    };
    let days_before = |n: u64| {
        review
            .checked_sub_days(Days::new(n))
            .ok_or_else(out_of_range)
    };
    let o = offsets;

    let (adoption, adoption_estimated) = match campaign.adoption_date {
        Some(d) => (d, false),
        None => (months_after(o.adoption_months_after_review)?, true),
    };
    // An HRC session opens on a Monday; the estimate goes back from the adoption to that day.
    let (session_start, session_estimated) = match campaign.hrc_session_start {
        Some(d) => (d, false),
        None => {
            let back = adoption
                .checked_sub_days(Days::new(7 * u64::from(o.adoption_weeks_into_session)))
                .ok_or_else(out_of_range)?;
            (monday_of(back), true)
        }
    };
    let signup_day = monday_of(session_start)
        .checked_sub_days(Days::new(
            7 * u64::from(o.oral_statement_signup_weeks_before_session),
        ))
        .and_then(|monday| {
            monday.checked_add_days(Days::new(u64::from(
                o.oral_statement_signup_weekday.num_days_from_monday(),
            )))
        })
        .ok_or_else(out_of_range)?;
    let signup_local = signup_day.and_time(o.oral_statement_signup_time);

    let day = |kind, date: NaiveDate| Milestone {
        kind,
        start: date,
        end: date,
        geneva_time: None,
        utc: None,
        estimated: false,
    };
    let span = |kind, start: NaiveDate, end: NaiveDate| Milestone {
        start,
        end: end.max(start),
        ..day(kind, start)
    };
    let mut list = vec![
        day(
            MilestoneKind::NationalConsultations,
            months_before(o.consultations_months_before_review)?,
        ),
        day(
            MilestoneKind::SubmissionDeadline,
            months_before(o.submission_months_before_review)?,
        ),
        span(
            MilestoneKind::CapitalsLobbying,
            months_before(o.capitals_lobbying_from_months_before_review)?,
            months_before(o.capitals_lobbying_until_months_before_review)?,
        ),
        day(
            MilestoneKind::DocumentsPublished,
            days_before(7 * u64::from(o.documents_weeks_before_review))?,
        ),
        span(
            MilestoneKind::GenevaLobbying,
            months_before(o.geneva_lobbying_from_months_before_review)?,
            months_before(o.geneva_lobbying_until_months_before_review)?,
        ),
        day(
            MilestoneKind::PreSession,
            days_before(7 * u64::from(o.pre_session_weeks_before_review))?,
        ),
        day(MilestoneKind::Review, review),
        day(
            MilestoneKind::SideEventAndPress,
            review
                .checked_add_days(Days::new(u64::from(o.side_event_days_after_review)))
                .ok_or_else(out_of_range)?,
        ),
        Milestone {
            geneva_time: Some(o.oral_statement_signup_time),
            utc: Some(super::geneva_to_utc(signup_local)),
            estimated: session_estimated,
            ..day(MilestoneKind::OralStatementSignup, signup_day)
        },
        Milestone {
            estimated: adoption_estimated,
            ..day(MilestoneKind::Adoption, adoption)
        },
        day(
            MilestoneKind::MidtermReport,
            months_after(o.midterm_report_months_after_review)?,
        ),
    ];
    // Offsets the user changed may reorder the moments; the list is read by date.
    list.sort_by_key(|m| (m.start, m.kind));
    Ok(list)
}

fn monday_of(date: NaiveDate) -> NaiveDate {
    // Only the first days chrono can represent have no Monday before them; they stay as they
    // are rather than panic (a review date of -262143-01-01 did).
    date.checked_sub_days(Days::new(u64::from(date.weekday().num_days_from_monday())))
        .unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;
    use uuid::Uuid;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn campaign(review: &str) -> Campaign {
        Campaign {
            id: Uuid::nil(),
            state_under_review: "Republic of Meridia".into(),
            cycle: 4,
            session: 55,
            review_date: Some(date(review)),
            adoption_session: String::new(),
            adoption_date: None,
            hrc_session_start: None,
            created_at: Utc::now(),
            updated_at: Utc::now(),
            version: crate::store::UNSAVED,
        }
    }

    fn find(list: &[Milestone], kind: MilestoneKind) -> &Milestone {
        list.iter().find(|m| m.kind == kind).unwrap()
    }

    #[test]
    fn every_moment_follows_the_review_date_with_the_default_offsets() {
        let list = milestones(&campaign("2027-03-10"), &MilestoneOffsets::default()).unwrap();
        assert_eq!(list.len(), MilestoneKind::ALL.len());
        let on = |k| find(&list, k).start.to_string();
        assert_eq!(on(MilestoneKind::NationalConsultations), "2026-03-10");
        assert_eq!(on(MilestoneKind::SubmissionDeadline), "2026-08-10");
        assert_eq!(on(MilestoneKind::DocumentsPublished), "2027-01-27");
        assert_eq!(on(MilestoneKind::PreSession), "2027-02-10");
        assert_eq!(on(MilestoneKind::Review), "2027-03-10");
        assert_eq!(on(MilestoneKind::SideEventAndPress), "2027-03-10");
        assert_eq!(on(MilestoneKind::Adoption), "2027-07-10");
        assert_eq!(on(MilestoneKind::MidtermReport), "2029-06-10");
        let capitals = find(&list, MilestoneKind::CapitalsLobbying);
        assert_eq!(
            (capitals.start.to_string(), capitals.end.to_string()),
            ("2026-11-10".into(), "2026-12-10".into())
        );
        let geneva = find(&list, MilestoneKind::GenevaLobbying);
        assert_eq!(
            (geneva.start.to_string(), geneva.end.to_string()),
            ("2027-01-10".into(), "2027-02-10".into())
        );
        // Read in date order.
        assert!(list.windows(2).all(|w| w[0].start <= w[1].start));
    }

    #[test]
    fn the_signup_is_thursday_14_00_geneva_time_the_week_before_the_session() {
        let mut c = campaign("2027-03-10");
        // HRC 66 opening on Monday 14 June 2027, adoption on 2 July.
        c.hrc_session_start = Some(date("2027-06-14"));
        c.adoption_date = Some(date("2027-07-02"));
        let list = milestones(&c, &MilestoneOffsets::default()).unwrap();
        let signup = find(&list, MilestoneKind::OralStatementSignup);
        assert_eq!(signup.start, date("2027-06-10"));
        assert_eq!(signup.start.weekday(), Weekday::Thu);
        assert_eq!(signup.geneva_time.unwrap().to_string(), "14:00:00");
        // Summer time: 14:00 in Geneva is 12:00 UTC.
        assert_eq!(
            signup.utc.unwrap().to_rfc3339(),
            "2027-06-10T12:00:00+00:00"
        );
        assert!(!signup.estimated);
        let adoption = find(&list, MilestoneKind::Adoption);
        assert_eq!(
            (adoption.start, adoption.estimated),
            (date("2027-07-02"), false)
        );
    }

    #[test]
    fn without_session_dates_the_signup_is_estimated_from_the_adoption() {
        let list = milestones(&campaign("2027-03-10"), &MilestoneOffsets::default()).unwrap();
        // Adoption estimated 10 July 2027 (a Saturday); three weeks back is 19 June, whose
        // week starts Monday 14 June; the Thursday before is 10 June.
        let signup = find(&list, MilestoneKind::OralStatementSignup);
        assert_eq!(signup.start, date("2027-06-10"));
        assert!(signup.estimated);
        assert!(find(&list, MilestoneKind::Adoption).estimated);
    }

    #[test]
    fn a_review_early_in_january_puts_the_preparation_in_the_year_before() {
        let list = milestones(&campaign("2028-01-05"), &MilestoneOffsets::default()).unwrap();
        let on = |k| find(&list, k).start.to_string();
        assert_eq!(on(MilestoneKind::NationalConsultations), "2027-01-05");
        assert_eq!(on(MilestoneKind::SubmissionDeadline), "2027-06-05");
        assert_eq!(on(MilestoneKind::DocumentsPublished), "2027-11-24");
        assert_eq!(on(MilestoneKind::PreSession), "2027-12-08");
        let geneva = find(&list, MilestoneKind::GenevaLobbying);
        assert_eq!(
            (geneva.start.to_string(), geneva.end.to_string()),
            ("2027-11-05".into(), "2027-12-05".into())
        );
        // Estimated adoption 5 May 2028; its session opens Monday 10 April; sign-up Thursday
        // 6 April, already summer time: 14:00 in Geneva is 12:00 UTC.
        let signup = find(&list, MilestoneKind::OralStatementSignup);
        assert_eq!(signup.start, date("2028-04-06"));
        assert_eq!(signup.utc.unwrap().format("%H:%M").to_string(), "12:00");

        // A session opening in late February gets a winter-time sign-up: 13:00 UTC.
        let mut c = campaign("2027-11-08");
        c.hrc_session_start = Some(date("2028-02-28"));
        let list = milestones(&c, &MilestoneOffsets::default()).unwrap();
        let signup = find(&list, MilestoneKind::OralStatementSignup);
        assert_eq!(signup.start, date("2028-02-24"));
        assert_eq!(
            signup.utc.unwrap().to_rfc3339(),
            "2028-02-24T13:00:00+00:00"
        );
    }

    #[test]
    fn the_end_of_a_month_stays_inside_the_shorter_month() {
        // There is no 29 February 2027: twelve months before falls on the 28th.
        let list = milestones(&campaign("2028-02-29"), &MilestoneOffsets::default()).unwrap();
        assert_eq!(
            find(&list, MilestoneKind::NationalConsultations).start,
            date("2027-02-28")
        );
        assert_eq!(
            find(&list, MilestoneKind::SubmissionDeadline).start,
            date("2027-07-29")
        );
    }

    #[test]
    fn changed_offsets_move_the_milestones() {
        let offsets = MilestoneOffsets {
            submission_months_before_review: 8,
            oral_statement_signup_weekday: Weekday::Wed,
            oral_statement_signup_time: NaiveTime::from_hms_opt(10, 30, 0).unwrap(),
            ..MilestoneOffsets::default()
        };
        let mut c = campaign("2027-03-10");
        c.hrc_session_start = Some(date("2027-06-14"));
        let list = milestones(&c, &offsets).unwrap();
        assert_eq!(
            find(&list, MilestoneKind::SubmissionDeadline).start,
            date("2026-07-10")
        );
        let signup = find(&list, MilestoneKind::OralStatementSignup);
        assert_eq!(signup.start, date("2027-06-09"));
        assert_eq!(
            signup.utc.unwrap().to_rfc3339(),
            "2027-06-09T08:30:00+00:00"
        );
    }

    #[test]
    fn no_review_date_says_what_to_set() {
        let mut c = campaign("2027-03-10");
        c.review_date = None;
        let err = milestones(&c, &MilestoneOffsets::default()).unwrap_err();
        assert!(err.to_string().contains("no review date yet"), "{err}");
    }

    #[test]
    fn kinds_read_back_from_their_words() {
        for kind in MilestoneKind::ALL {
            assert_eq!(MilestoneKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(
            MilestoneKind::parse("Oral-Statement-Signup"),
            Some(MilestoneKind::OralStatementSignup)
        );
        assert_eq!(MilestoneKind::parse("lunch"), None);
    }
}
