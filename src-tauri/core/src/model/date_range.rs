//! Which dates and instants the app accepts. Every date a user types, a file brings in or a
//! command argument names is checked against these bounds before it is stored, so nothing
//! goes in that the store, the exchange file or the calendar cannot bring back out (a
//! `created_at` in year 10000 was stored, and then `show`, `export` and `import` all failed;
//! a review date in year -262143 made the calendar panic).

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use crate::{Error, Result};

/// The first and last years of a calendar date (a review, a meeting, a deadline). The UPR
/// began in 2008; 1900–2200 leaves room for any past event worth noting and any plan, while
/// keeping every offset the calendar computes (months before, weeks after) far from the
/// limits of date arithmetic.
pub const DATE_YEARS: (i32, i32) = (1900, 2200);

/// The first and last years of a record's timestamp (`created_at`, `updated_at`,
/// `exported_at`). RFC 3339, which the store and the exchange file write, has four-digit
/// years only; nothing the app stamps is older than 1900.
pub const INSTANT_YEARS: (i32, i32) = (1900, 9999);

/// `Ok` when `date` lies within [`DATE_YEARS`]; else an error naming `what`.
pub fn check_date(what: &str, date: NaiveDate) -> Result<()> {
    date_problem(date).map_or(Ok(()), |problem| Err(Error::invalid(what, problem)))
}

/// `Ok` when `instant` lies within [`INSTANT_YEARS`]; else an error naming `what`.
pub fn check_instant(what: &str, instant: DateTime<Utc>) -> Result<()> {
    instant_problem(instant).map_or(Ok(()), |problem| Err(Error::invalid(what, problem)))
}

/// What is wrong with `date`, in words, or `None`.
pub fn date_problem(date: NaiveDate) -> Option<String> {
    let (first, last) = DATE_YEARS;
    (!(first..=last).contains(&date.year()))
        .then(|| format!("the date {date} is outside the years {first} to {last}; check the year"))
}

/// What is wrong with `instant`, in words, or `None`.
pub fn instant_problem(instant: DateTime<Utc>) -> Option<String> {
    let (first, last) = INSTANT_YEARS;
    (!(first..=last).contains(&instant.year())).then(|| {
        format!("the time {instant} is outside the years {first} to {last}; check the year")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_inside_the_range_pass_and_outside_are_named() {
        let ok = NaiveDate::from_ymd_opt(2027, 3, 10).unwrap();
        assert!(check_date("review date", ok).is_ok());
        let far = NaiveDate::from_ymd_opt(-262143, 1, 1).unwrap();
        let e = check_date("review date", far).unwrap_err();
        assert_eq!(e.code(), "invalid_input");
        assert!(e.to_string().starts_with("review date: "), "{e}");
        assert!(e.to_string().contains("1900 to 2200"), "{e}");
        let late: DateTime<Utc> = "+10000-01-01T00:00:00Z".parse().unwrap();
        assert!(check_instant("created_at", late).is_err());
        let fine: DateTime<Utc> = "2026-11-30T00:00:00Z".parse().unwrap();
        assert!(check_instant("created_at", fine).is_ok());
    }
}
