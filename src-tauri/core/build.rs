//! Build script of `upr-core`: the checker's shipped model, `assets/checker/model.tsv` (4.5 MB
//! of text), is embedded compressed with zlib (about 1.4 MB). Both programs, `upr-kit` and
//! `upr-kit-window`, carry the core, so this keeps about 6 MB out of the installed package;
//! `checker::Checker::shipped` inflates it once, the first time a recommendation is checked.

use std::error::Error;
use std::io::Write;
use std::path::PathBuf;

/// Where the compressed model is written in `OUT_DIR` (the name `checker/mod.rs` includes).
const COMPRESSED_MODEL: &str = "checker-model.tsv.zlib";

fn main() -> Result<(), Box<dyn Error>> {
    let model =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?).join("../../assets/checker/model.tsv");
    println!("cargo::rerun-if-changed={}", model.display());
    let text = std::fs::read(&model).map_err(|e| {
        format!(
            "the checker's model {} cannot be read: {e}",
            model.display()
        )
    })?;
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    zlib.write_all(&text)?;
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join(COMPRESSED_MODEL);
    std::fs::write(out, zlib.finish()?)?;
    Ok(())
}
