//! Geneva local time to UTC. The oral-statement sign-up opens at a Geneva hour; calendar files
//! carry it in UTC so that no time-zone definition has to travel with them.
//!
//! Switzerland follows the European summer-time rule (since 1996: from the last Sunday of
//! March to the last Sunday of October, changing at 01:00 UTC), so one rule replaces a whole
//! time-zone database for the one zone the UPR needs.

use chrono::{
    DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc, Weekday,
};

/// The UTC instant of a Geneva wall-clock time.
pub fn geneva_to_utc(local: NaiveDateTime) -> DateTime<Utc> {
    let year = local.year();
    let one_am = NaiveTime::from_hms_opt(1, 0, 0).unwrap_or(NaiveTime::MIN);
    let summer_starts = last_sunday(year, 3).and_time(one_am);
    let summer_ends = last_sunday(year, 10).and_time(one_am);
    // Compare in UTC: winter time is UTC+1, summer time UTC+2. In the repeated hour of
    // October the earlier (summer) reading is taken.
    // At the very first instants chrono can represent there is nothing to subtract from; the
    // local time is kept rather than panic.
    let as_winter = local
        .checked_sub_signed(TimeDelta::hours(1))
        .unwrap_or(local);
    let as_summer = local
        .checked_sub_signed(TimeDelta::hours(2))
        .unwrap_or(local);
    let utc = if as_summer >= summer_starts && as_summer < summer_ends {
        as_summer
    } else {
        as_winter
    };
    utc.and_utc()
}

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    // The last day of the month is the first of the next minus one; months 3 and 10 exist.
    let next_month = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    let mut day = next_month
        .and_then(|d| d.checked_sub_days(Days::new(1)))
        .unwrap_or(NaiveDate::MIN);
    // At most six steps back; bounded so that the first day chrono knows cannot loop forever.
    for _ in 0..6 {
        if day.weekday() == Weekday::Sun {
            break;
        }
        day = day.pred_opt().unwrap_or(day);
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    }

    #[test]
    fn winter_is_one_hour_ahead_and_summer_two() {
        assert_eq!(
            geneva_to_utc(at(2027, 2, 25, 14)).to_rfc3339(),
            "2027-02-25T13:00:00+00:00"
        );
        assert_eq!(
            geneva_to_utc(at(2027, 6, 10, 14)).to_rfc3339(),
            "2027-06-10T12:00:00+00:00"
        );
    }

    #[test]
    fn the_change_days_follow_the_european_rule() {
        // 2027: summer time from Sunday 28 March to Sunday 31 October.
        assert_eq!(
            last_sunday(2027, 3),
            NaiveDate::from_ymd_opt(2027, 3, 28).unwrap()
        );
        assert_eq!(
            last_sunday(2027, 10),
            NaiveDate::from_ymd_opt(2027, 10, 31).unwrap()
        );
        assert_eq!(
            geneva_to_utc(at(2027, 3, 28, 1)).to_rfc3339(),
            "2027-03-28T00:00:00+00:00"
        );
        assert_eq!(
            geneva_to_utc(at(2027, 3, 28, 4)).to_rfc3339(),
            "2027-03-28T02:00:00+00:00"
        );
        assert_eq!(
            geneva_to_utc(at(2027, 10, 31, 4)).to_rfc3339(),
            "2027-10-31T03:00:00+00:00"
        );
    }
}
