//! Reading one of our versioned JSON files (the exchange document, a coalition's share
//! file): JSON, of our format, of a version this build reads, of the right shape — or the
//! reason it is not, with the place in the file.

use std::ops::RangeInclusive;

use serde::de::DeserializeOwned;

use crate::error::ExchangeProblem;

/// Reads `text` as a file whose `format` is `format` and whose `version` is in `readable`
/// (a higher one is refused as written by a newer version of the app).
pub fn read<T: DeserializeOwned>(
    text: &str,
    format: &str,
    readable: RangeInclusive<u32>,
) -> Result<T, ExchangeProblem> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        if e.is_eof() {
            ExchangeProblem::CutShort { line, column }
        } else {
            ExchangeProblem::NotJson {
                line,
                column,
                detail: e.to_string(),
            }
        }
    })?;
    let found = value.get("format").and_then(|f| f.as_str());
    if found != Some(format) {
        return Err(ExchangeProblem::NotOurs {
            found: found.map(str::to_string),
        });
    }
    let newest = *readable.end();
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if u32::try_from(v).is_ok_and(|v| readable.contains(&v)) => {}
        Some(v) if v > newest as u64 => {
            return Err(ExchangeProblem::NewerVersion {
                found: v,
                known: newest,
            })
        }
        found => return Err(ExchangeProblem::UnknownVersion { found }),
    }
    serde_path_to_error::deserialize(value).map_err(|e| ExchangeProblem::WrongShape {
        path: e.path().to_string(),
        detail: e.into_inner().to_string(),
    })
}
