//! Queries of `custom_name`: the campaign's own words for a name in running text (a fictional
//! or disputed State, the organisation's name), one per name as typed and language.

use rusqlite::{params, Transaction};
use uuid::Uuid;

use super::columns::instant;
use super::Store;
use crate::language::Language;
use crate::model::{now, CustomName};
use crate::{Error, Result};

impl Store {
    /// The campaign's own words for names, in the order they were typed.
    pub fn custom_names(&mut self, campaign_id: Uuid) -> Result<Vec<CustomName>> {
        self.read(|tx| list(tx, campaign_id))
    }

    /// Keeps `name` for the campaign, replacing its earlier words for the same name and
    /// language. A name with no formal form is refused: running text would have nothing to say.
    pub fn save_custom_name(&mut self, campaign_id: Uuid, name: &CustomName) -> Result<()> {
        if name.typed.trim().is_empty() || name.formal.trim().is_empty() {
            return Err(Error::invalid(
                "name in running text",
                "give the name as it is typed and its formal form",
            ));
        }
        self.write(|tx| {
            super::campaign::require(tx, campaign_id)?;
            put(tx, campaign_id, name)
        })
    }

    /// Forgets the campaign's words for `typed` in `language`: the shipped list (or the name
    /// as typed) is used again. Nothing to forget is no error.
    pub fn remove_custom_name(
        &mut self,
        campaign_id: Uuid,
        typed: &str,
        language: Language,
    ) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM custom_name WHERE campaign_id = ?1 AND typed = ?2 AND language = ?3",
                params![campaign_id.to_string(), typed.trim(), language.code()],
            )?;
            Ok(())
        })
    }
}

/// The campaign's own words for names, for the documents and the exchange file.
pub(crate) fn list(tx: &Transaction, campaign_id: Uuid) -> Result<Vec<CustomName>> {
    let mut stmt = tx.prepare(
        "SELECT typed, language, short, formal, article FROM custom_name
         WHERE campaign_id = ?1 ORDER BY rowid",
    )?;
    let rows = stmt.query_map([campaign_id.to_string()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    let mut names = Vec::new();
    for row in rows {
        let (typed, language, short, formal, article) = row?;
        names.push(CustomName {
            typed,
            language: Language::parse(&language)?,
            short,
            formal,
            article,
        });
    }
    Ok(names)
}

pub(crate) fn put(tx: &Transaction, campaign_id: Uuid, name: &CustomName) -> Result<()> {
    tx.execute(
        "INSERT INTO custom_name (campaign_id, typed, language, short, formal, article, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (campaign_id, typed, language) DO UPDATE SET
            short = excluded.short, formal = excluded.formal, article = excluded.article,
            updated_at = excluded.updated_at",
        params![
            campaign_id.to_string(),
            name.typed.trim(),
            name.language.code(),
            name.short.trim(),
            name.formal.trim(),
            name.article.trim(),
            instant("updated_at", &now())?
        ],
    )?;
    Ok(())
}
