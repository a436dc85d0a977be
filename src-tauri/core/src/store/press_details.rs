//! Queries of `press_details`: what the campaign's press release says beyond the campaign.

use rusqlite::{params, OptionalExtension, Transaction};
use uuid::Uuid;

use super::columns::instant;
use super::Store;
use crate::model::{now, PressDetails};
use crate::Result;

impl Store {
    /// The campaign's press details; all empty until written.
    pub fn press_details(&mut self, campaign_id: Uuid) -> Result<PressDetails> {
        self.read(|tx| Ok(get(tx, campaign_id)?.unwrap_or_default()))
    }

    /// Keeps `details` as the campaign's, replacing the earlier ones.
    pub fn save_press_details(&mut self, campaign_id: Uuid, details: &PressDetails) -> Result<()> {
        self.write(|tx| {
            super::campaign::require(tx, campaign_id)?;
            put(tx, campaign_id, details)
        })
    }
}

pub(crate) fn get(tx: &Transaction, campaign_id: Uuid) -> Result<Option<PressDetails>> {
    Ok(tx
        .query_row(
            "SELECT city, spokesperson, spokesperson_role, quote, welcomes, regrets
             FROM press_details WHERE campaign_id = ?1",
            [campaign_id.to_string()],
            |r| {
                Ok(PressDetails {
                    city: r.get(0)?,
                    spokesperson: r.get(1)?,
                    spokesperson_role: r.get(2)?,
                    quote: r.get(3)?,
                    welcomes: r.get(4)?,
                    regrets: r.get(5)?,
                })
            },
        )
        .optional()?)
}

pub(crate) fn put(tx: &Transaction, campaign_id: Uuid, d: &PressDetails) -> Result<()> {
    tx.execute(
        "INSERT INTO press_details (campaign_id, city, spokesperson, spokesperson_role, quote,
                                    welcomes, regrets, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (campaign_id) DO UPDATE SET
            city = excluded.city, spokesperson = excluded.spokesperson,
            spokesperson_role = excluded.spokesperson_role, quote = excluded.quote,
            welcomes = excluded.welcomes, regrets = excluded.regrets,
            updated_at = excluded.updated_at",
        params![
            campaign_id.to_string(),
            d.city.trim(),
            d.spokesperson.trim(),
            d.spokesperson_role.trim(),
            d.quote.trim(),
            d.welcomes.trim(),
            d.regrets.trim(),
            instant("updated_at", &now())?
        ],
    )?;
    Ok(())
}
