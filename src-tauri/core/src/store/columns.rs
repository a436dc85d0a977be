//! How model values are written to and read from SQLite columns: ids as UUID text, instants
//! as RFC 3339 UTC text with milliseconds, dates as ISO 8601 days.

use chrono::{DateTime, NaiveDate, NaiveTime, SecondsFormat, Utc};
use rusqlite::types::Type;
use rusqlite::Row;
use uuid::Uuid;

/// An instant as stored; one outside the range the store reads back is refused (`what` names
/// it in the error), so a save never writes what `get_instant` could not read.
pub fn instant(what: &str, t: &DateTime<Utc>) -> crate::Result<String> {
    crate::model::date_range::check_instant(what, *t)?;
    Ok(t.to_rfc3339_opts(SecondsFormat::Millis, true))
}

/// A date as stored, refused outside the range the app accepts (see `model::date_range`).
pub fn day(what: &str, d: &NaiveDate) -> crate::Result<String> {
    crate::model::date_range::check_date(what, *d)?;
    Ok(d.format("%Y-%m-%d").to_string())
}

fn conversion(idx: usize, e: impl std::error::Error + Send + Sync + 'static) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e))
}

pub fn get_id(row: &Row, idx: usize) -> rusqlite::Result<Uuid> {
    let s: String = row.get(idx)?;
    Uuid::parse_str(&s).map_err(|e| conversion(idx, e))
}

pub fn get_opt_id(row: &Row, idx: usize) -> rusqlite::Result<Option<Uuid>> {
    let s: Option<String> = row.get(idx)?;
    s.map(|s| Uuid::parse_str(&s).map_err(|e| conversion(idx, e)))
        .transpose()
}

pub fn get_instant(row: &Row, idx: usize) -> rusqlite::Result<DateTime<Utc>> {
    let s: String = row.get(idx)?;
    DateTime::parse_from_rfc3339(&s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| conversion(idx, e))
}

pub fn get_opt_day(row: &Row, idx: usize) -> rusqlite::Result<Option<NaiveDate>> {
    let s: Option<String> = row.get(idx)?;
    s.map(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|e| conversion(idx, e)))
        .transpose()
}

/// A time of day as chrono writes it ("10:30:00", with a fraction when it has one), so that a
/// time read from a file comes back out exactly as it went in.
pub fn get_opt_time(row: &Row, idx: usize) -> rusqlite::Result<Option<NaiveTime>> {
    let s: Option<String> = row.get(idx)?;
    s.map(|s| s.parse::<NaiveTime>().map_err(|e| conversion(idx, e)))
        .transpose()
}

pub fn get_day(row: &Row, idx: usize) -> rusqlite::Result<NaiveDate> {
    let s: String = row.get(idx)?;
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|e| conversion(idx, e))
}

/// A column holding one of a closed set of words (an enum's `as_str`).
pub fn get_word<T>(row: &Row, idx: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let s: String = row.get(idx)?;
    parse(&s).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            Type::Text,
            format!("unknown value '{s}'").into(),
        )
    })
}
