//! The organisation's logo as the user changes it: chosen from a file (a PNG or JPEG, checked
//! whole and within the settings' limits before anything is stored), replaced or removed. A
//! replacement or a removal destroys the logo held, so a snapshot of the store is taken
//! first; the first logo destroys nothing and takes none. The logo itself and its checks are
//! `model::Logo`; the documents draw it on their letterhead.

use std::path::Path;

use crate::model::{Logo, LogoLimits, Organisation};
use crate::settings::Settings;
use crate::store::{SnapshotReason, Store};
use crate::{Error, Result};

/// The limits a logo is held to, from the settings.
pub fn limits(settings: &Settings) -> LogoLimits {
    LogoLimits {
        max_bytes: u64::from(settings.logo_max_bytes),
        max_pixels: settings.logo_max_pixels,
    }
}

/// Makes the image in `file` the organisation's logo; returns the organisation as saved.
pub fn set_logo(store: &mut Store, file: &Path) -> Result<Organisation> {
    let limits = limits(&store.settings()?);
    let name = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let read_error = |source| Error::ReadFile {
        path: file.to_path_buf(),
        source,
    };
    // A file far over the limit is refused by its size, before it is read into memory.
    let size = std::fs::metadata(file).map_err(read_error)?.len();
    if size > limits.max_bytes {
        return Err(Error::LogoTooLarge {
            file: name,
            bytes: size,
            limit: limits.max_bytes,
        });
    }
    let bytes = std::fs::read(file).map_err(read_error)?;
    let logo = Logo::read(&name, bytes, limits)?;
    let held = store.organisation()?.ok_or(Error::NoOrganisation)?;
    if held.logo.is_some() {
        store.take_snapshot(SnapshotReason::BeforeLogoChange)?;
    }
    store.save_logo(Some(&logo))
}

/// Removes the organisation's logo; returns the organisation as saved (unchanged when it had
/// none).
pub fn remove_logo(store: &mut Store) -> Result<Organisation> {
    let held = store.organisation()?.ok_or(Error::NoOrganisation)?;
    if held.logo.is_none() {
        return Ok(held);
    }
    store.take_snapshot(SnapshotReason::BeforeLogoChange)?;
    store.save_logo(None)
}

/// The organisation's logo, read back from the store for a document; `None` when there is
/// none. A stored logo was checked when it came in; one that no longer reads (a limit lowered
/// since) is left off the page rather than stopping the document.
pub fn stored_logo(org: &Organisation, settings: &Settings) -> Option<Logo> {
    let url = org.logo.as_deref()?;
    Logo::from_data_url("logo", url, limits(settings)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_png as png;
    use tempfile::TempDir;

    /// A data folder holding the demo, and a folder of files to choose from, with `logo.png`
    /// (`w` × `h` pixels) in it.
    fn demo_and_logo(w: u32, h: u32) -> (TempDir, Store, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_dir(&dir.path().join("data")).unwrap();
        crate::demo::load(&mut store).unwrap();
        let file = dir.path().join("logo.png");
        std::fs::write(&file, png(w, h)).unwrap();
        (dir, store, file)
    }

    #[test]
    fn a_logo_is_stored_replaced_with_a_snapshot_and_removed_with_one() {
        let (dir, mut store, first) = demo_and_logo(60, 20);
        let snapshots = |store: &Store| {
            store
                .snapshots()
                .unwrap()
                .iter()
                .filter(|s| s.reason == SnapshotReason::BeforeLogoChange)
                .count()
        };

        let org = set_logo(&mut store, &first).unwrap();
        let url = org.logo.clone().unwrap();
        assert!(url.starts_with("data:image/png;base64,"));
        assert_eq!(
            store.organisation().unwrap().unwrap().logo,
            Some(url.clone())
        );
        assert_eq!(snapshots(&store), 0, "the first logo destroys nothing");

        let second = dir.path().join("other.png");
        std::fs::write(&second, png(30, 30)).unwrap();
        let replaced = set_logo(&mut store, &second).unwrap();
        assert_ne!(replaced.logo, Some(url));
        assert!(replaced.version > org.version);
        assert_eq!(snapshots(&store), 1);

        let removed = remove_logo(&mut store).unwrap();
        assert_eq!(removed.logo, None);
        assert_eq!(store.organisation().unwrap().unwrap().logo, None);
        assert_eq!(snapshots(&store), 2);
        remove_logo(&mut store).unwrap();
        assert_eq!(snapshots(&store), 2, "nothing to remove, nothing to keep");
    }

    #[test]
    fn a_refused_file_leaves_the_logo_held() {
        let (dir, mut store, good) = demo_and_logo(10, 10);
        let held = set_logo(&mut store, &good).unwrap();

        let text = dir.path().join("logo.png.txt");
        std::fs::write(&text, "not an image").unwrap();
        let err = set_logo(&mut store, &text).unwrap_err();
        assert_eq!(err.code(), "logo_not_an_image");
        let mut settings = store.settings().unwrap();
        settings.logo_max_bytes = 100;
        store.save_settings(&settings).unwrap();
        let err = set_logo(&mut store, &good).unwrap_err();
        assert_eq!(err.code(), "logo_too_large");
        assert_eq!(store.organisation().unwrap().unwrap(), held);
    }

    #[test]
    fn saving_the_organisation_keeps_the_logo_it_holds() {
        let (_dir, mut store, file) = demo_and_logo(10, 10);
        let mut org = set_logo(&mut store, &file).unwrap();
        let logo = org.logo.clone();
        org.logo = Some("data:text/html;base64,PHNjcmlwdD4=".into());
        org.acronym = "MC".into();
        let saved = store.save_organisation(org).unwrap();
        assert_eq!(saved.logo, logo);
        assert_eq!(store.organisation().unwrap().unwrap().logo, logo);
    }

    /// Share files carry campaign records only; the organisation, its logo included, stays
    /// with the organisation (a partner prints its own letterhead).
    #[test]
    fn a_share_file_does_not_carry_the_logo() {
        let (_dir, mut store, file) = demo_and_logo(10, 10);
        let org = set_logo(&mut store, &file).unwrap();
        let encoded = org.logo.unwrap();
        let payload = &encoded["data:image/png;base64,".len()..];
        let json = crate::coalition::bundle(&mut store, &Default::default())
            .unwrap()
            .to_json();
        assert!(!json.contains("data:image"), "a share file holds an image");
        assert!(!json.contains(&payload[..40]));
    }
}
