//! The organisation's logo from the command line: set from a file the core checks, named by
//! `show`, printed on the letter's letterhead and the factsheet, carried by a backup, removed
//! with a snapshot kept.

use crate::common::{tool, Kit};

/// A logo made with ImageMagick, as a user's would be: 300 × 100 pixels, transparent corners.
fn logo_file(kit: &Kit) -> String {
    let path = kit.file("logo.png").display().to_string();
    tool(
        "convert",
        &[
            "-size",
            "300x100",
            "xc:none",
            "-fill",
            "#005293",
            "-draw",
            "roundrectangle 5,5 295,95 20,20",
            &path,
        ],
    );
    path
}

/// The images `pdfimages -list` finds in a PDF: (type, width, height).
fn images_in(pdf: &str) -> Vec<(String, String, String)> {
    tool("pdfimages", &["-list", pdf])
        .lines()
        .skip(2)
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f[2].to_string(), f[3].to_string(), f[4].to_string())
        })
        .collect()
}

#[test]
fn a_logo_is_set_shown_printed_backed_up_and_removed() {
    let kit = Kit::with_demo();
    let logo = logo_file(&kit);
    let out = kit.ok(&["logo", "set", &logo]);
    assert_eq!(out.trim(), "Logo set: PNG, 300 × 100 pixels.");
    assert!(kit.ok(&["show"]).contains("Logo: PNG, 300 × 100 pixels\n"));

    let letter = kit.file("letter.pdf").display().to_string();
    kit.ok(&["letter", "--out", &letter]);
    tool("qpdf", &["--check", &letter]);
    let images = images_in(&letter);
    let kinds: Vec<&str> = images.iter().map(|(k, _, _)| k.as_str()).collect();
    assert_eq!(kinds, ["image", "smask"], "{images:?}");
    let factsheet = kit.file("factsheet.pdf").display().to_string();
    kit.ok(&["factsheet", "--issue", "Torture", "--out", &factsheet]);
    assert_eq!(images_in(&factsheet).len(), 2, "the logo and its mask");

    let backup = kit.file("backup.json").display().to_string();
    kit.ok(&["export", &backup]);
    let elsewhere = Kit::new();
    elsewhere.ok(&["import", &backup]);
    assert!(elsewhere
        .ok(&["show"])
        .contains("Logo: PNG, 300 × 100 pixels\n"));

    assert!(kit.ok(&["logo", "remove"]).starts_with("Logo removed"));
    assert!(!kit.ok(&["show"]).contains("Logo:"));
    assert!(kit
        .ok(&["snapshots"])
        .contains("before the logo was replaced or removed"));
    kit.ok(&["letter", "--out", &letter]);
    assert!(images_in(&letter).is_empty());
}

#[test]
fn a_file_that_is_not_a_png_or_jpeg_is_refused_by_name_and_the_logo_stays() {
    let kit = Kit::with_demo();
    let logo = logo_file(&kit);
    kit.ok(&["logo", "set", &logo]);
    let fake = kit.file("photo.png");
    std::fs::write(&fake, "GIF89a, renamed").unwrap();
    let err = kit.fails(&["logo", "set", &fake.display().to_string()]);
    assert_eq!(
        err.trim(),
        "upr-kit: photo.png is not a PNG or JPEG image; save the logo as PNG or JPEG and choose it again"
    );
    assert!(kit.ok(&["show"]).contains("Logo: PNG, 300 × 100 pixels\n"));
}
