//! Renders the three documents of the demo organisation, in every language and on both paper
//! sizes, into a folder, to look at them (`pdftoppm -r 80 -png`) while working on the design.
//!
//! cargo run -p upr-core --example render_demo_documents -- /tmp/documents

use std::path::PathBuf;

use upr_core::documents::{write, DocumentKind, DocumentOptions};
use upr_core::language::Language;
use upr_core::settings::Paper;
use upr_core::{demo, store::Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "documents".into()),
    );
    std::fs::create_dir_all(&dir)?;
    let mut store = Store::open_in_memory()?;
    demo::load(&mut store)?;
    let kinds = [
        (DocumentKind::Brief, "brief"),
        (DocumentKind::TalkingPoints, "talking-points"),
        (DocumentKind::OralStatement, "oral-statement"),
    ];
    for lang in ["en", "fr", "es"] {
        for (paper, paper_name) in [(Paper::A4, "a4"), (Paper::Letter, "letter")] {
            for (kind, name) in kinds {
                for target in [None, Some("Norway")] {
                    if target.is_some() && kind == DocumentKind::OralStatement {
                        continue;
                    }
                    let options = DocumentOptions {
                        language: Some(Language::parse(lang)?),
                        paper: Some(paper),
                        target_state: target.map(String::from),
                        ..Default::default()
                    };
                    let suffix = target.map_or(String::new(), |t| format!("-{}", t.to_lowercase()));
                    let out = dir.join(format!("{name}{suffix}-{lang}-{paper_name}.pdf"));
                    match write(&mut store, kind, &options, &out) {
                        Ok(report) => println!("{}: {report:?}", out.display()),
                        Err(e) => println!("{}: {e}", out.display()),
                    }
                }
            }
        }
    }
    Ok(())
}
