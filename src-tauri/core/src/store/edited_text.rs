//! Queries of `edited_text`: a document's text as the user edited it in place of the
//! generated one, one per campaign and editable document (kept under
//! `EditableDocument::key`, the word the exchange file uses too).

use rusqlite::{params, OptionalExtension, Transaction};
use uuid::Uuid;

use super::columns::instant;
use super::Store;
use crate::model::{now, EditableDocument};
use crate::Result;

impl Store {
    /// The campaign's edited text of `document`, if the user edited it.
    pub fn edited_text(
        &mut self,
        campaign_id: Uuid,
        document: EditableDocument,
    ) -> Result<Option<String>> {
        self.read(|tx| get(tx, campaign_id, document.key()))
    }

    /// Keeps `text` as the campaign's text of `document`, replacing any earlier edit.
    pub fn save_edited_text(
        &mut self,
        campaign_id: Uuid,
        document: EditableDocument,
        text: &str,
    ) -> Result<()> {
        self.write(|tx| {
            super::campaign::require(tx, campaign_id)?;
            put(tx, campaign_id, document.key(), text)
        })
    }

    /// Forgets the edit: the document is generated again. Nothing to forget is no error.
    pub fn clear_edited_text(
        &mut self,
        campaign_id: Uuid,
        document: EditableDocument,
    ) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM edited_text WHERE campaign_id = ?1 AND document = ?2",
                params![campaign_id.to_string(), document.key()],
            )?;
            Ok(())
        })
    }
}

/// The campaign's edited texts by document, for the exchange file.
pub(crate) fn list(
    tx: &Transaction,
    campaign_id: Uuid,
) -> Result<std::collections::BTreeMap<String, String>> {
    let mut stmt = tx.prepare("SELECT document, text FROM edited_text WHERE campaign_id = ?1")?;
    let rows = stmt.query_map([campaign_id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn get(tx: &Transaction, campaign_id: Uuid, document: &str) -> Result<Option<String>> {
    Ok(tx
        .query_row(
            "SELECT text FROM edited_text WHERE campaign_id = ?1 AND document = ?2",
            params![campaign_id.to_string(), document],
            |r| r.get(0),
        )
        .optional()?)
}

pub(crate) fn put(tx: &Transaction, campaign_id: Uuid, document: &str, text: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO edited_text (campaign_id, document, text, updated_at)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (campaign_id, document) DO UPDATE SET
            text = excluded.text, updated_at = excluded.updated_at",
        params![
            campaign_id.to_string(),
            document,
            text,
            instant("updated_at", &now())?
        ],
    )?;
    Ok(())
}
