//! Queries of the `organisation` and `partner` tables. The store holds one organisation: the
//! one whose computer this is.

use rusqlite::{params, OptionalExtension, Transaction};

use super::columns::{get_id, get_instant, get_word, instant};
use super::record_version::advance;
use super::stamping::restamp_children;
use super::Store;
use crate::model::{now, EcosocStatus, Logo, Organisation, Partner};
use crate::{Error, Result};

impl Store {
    pub fn organisation(&mut self) -> Result<Option<Organisation>> {
        self.read(get)
    }

    /// Saves the organisation and its partners as the user edited them. The logo is kept as
    /// stored: only [`Store::save_logo`], which is given a checked [`Logo`], changes it.
    pub fn save_organisation(&mut self, mut org: Organisation) -> Result<Organisation> {
        self.write(|tx| {
            org.logo = get(tx)?.and_then(|o| o.logo);
            save_in(tx, org)
        })
    }
    /// Stores `logo` as the organisation's logo (`None` removes it), in one transaction that
    /// moves the organisation's version; returns the organisation as saved. The caller takes
    /// the snapshot a replacement or removal calls for (`crate::logo`).
    pub fn save_logo(&mut self, logo: Option<&Logo>) -> Result<Organisation> {
        self.write(|tx| {
            let old = get(tx)?.ok_or(Error::NoOrganisation)?;
            let mut org = old.clone();
            org.logo = logo.map(Logo::data_url);
            advance(&mut org, Some(&old), now())?;
            put(tx, &org)?;
            Ok(org)
        })
    }
}

/// Saves the organisation inside the caller's transaction, stamped and versioned as
/// [`Store::save_organisation`] does (a join saves it in the same transaction as the merge).
pub(crate) fn save_in(tx: &Transaction, mut org: Organisation) -> Result<Organisation> {
    if org.name.trim().is_empty() {
        return Err(Error::invalid("organisation name", "must not be empty"));
    }
    let old = get(tx)?;
    if let Some(old) = &old {
        if old.id != org.id {
            return Err(Error::invalid(
                "organisation",
                "this data file already belongs to another organisation",
            ));
        }
    }
    let now = now();
    let old_partners = old.as_ref().map_or(&[][..], |o| &o.partners[..]);
    restamp_children(&mut org.partners, old_partners, |p| p.id, now);
    advance(&mut org, old.as_ref(), now)?;
    put(tx, &org)?;
    Ok(org)
}

pub(crate) fn get(tx: &Transaction) -> Result<Option<Organisation>> {
    let org = tx
        .query_row(
            "SELECT id, name, acronym, contact_email, contact_phone, website, address,
                    ecosoc_status, logo, created_at, updated_at, version
             FROM organisation LIMIT 1",
            [],
            |r| {
                Ok(Organisation {
                    id: get_id(r, 0)?,
                    name: r.get(1)?,
                    acronym: r.get(2)?,
                    contact_email: r.get(3)?,
                    contact_phone: r.get(4)?,
                    website: r.get(5)?,
                    address: r.get(6)?,
                    ecosoc_status: get_word(r, 7, EcosocStatus::parse)?,
                    logo: r.get(8)?,
                    partners: Vec::new(),
                    created_at: get_instant(r, 9)?,
                    updated_at: get_instant(r, 10)?,
                    version: r.get(11)?,
                })
            },
        )
        .optional()?;
    let Some(mut org) = org else { return Ok(None) };
    let mut stmt = tx.prepare(
        "SELECT id, name, acronym, contact_email, created_at, updated_at
         FROM partner WHERE organisation_id = ?1 ORDER BY position",
    )?;
    org.partners = stmt
        .query_map([org.id.to_string()], |r| {
            Ok(Partner {
                id: get_id(r, 0)?,
                name: r.get(1)?,
                acronym: r.get(2)?,
                contact_email: r.get(3)?,
                created_at: get_instant(r, 4)?,
                updated_at: get_instant(r, 5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(org))
}

/// Writes the organisation exactly as given, partners included (those no longer listed are
/// removed).
pub(crate) fn put(tx: &Transaction, org: &Organisation) -> Result<()> {
    let id = org.id.to_string();
    tx.execute(
        "INSERT INTO organisation (id, name, acronym, contact_email, contact_phone, website,
                                   address, ecosoc_status, logo, created_at, updated_at, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (id) DO UPDATE SET
            name = excluded.name, acronym = excluded.acronym,
            contact_email = excluded.contact_email, contact_phone = excluded.contact_phone,
            website = excluded.website, address = excluded.address,
            ecosoc_status = excluded.ecosoc_status, logo = excluded.logo,
            created_at = excluded.created_at, updated_at = excluded.updated_at,
            version = excluded.version",
        params![
            id,
            org.name,
            org.acronym,
            org.contact_email,
            org.contact_phone,
            org.website,
            org.address,
            org.ecosoc_status.as_str(),
            org.logo,
            instant("created_at", &org.created_at)?,
            instant("updated_at", &org.updated_at)?,
            org.version,
        ],
    )?;
    tx.execute("DELETE FROM partner WHERE organisation_id = ?1", [&id])?;
    let mut stmt = tx.prepare(
        "INSERT INTO partner (id, organisation_id, position, name, acronym, contact_email,
                              created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (position, p) in org.partners.iter().enumerate() {
        stmt.execute(params![
            p.id.to_string(),
            id,
            position as i64,
            p.name,
            p.acronym,
            p.contact_email,
            instant("created_at", &p.created_at)?,
            instant("updated_at", &p.updated_at)?,
        ])?;
    }
    Ok(())
}
