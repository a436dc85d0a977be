//! The documents' Latin faces for the window's page preview, served from the core's own copy
//! (`upr_core::layout::fonts::Face::bytes`) at `uprfont://localhost/NotoSans-….ttf`
//! (`http://uprfont.localhost/…` on Windows). The preview measures its lines with the very
//! faces the PDF is set in, and the window program carries them once: a second copy bundled
//! with the front-end cost 0.8 MB of the package.

use std::borrow::Cow;

use tauri::http::{header, Request, Response, StatusCode};
use upr_core::layout::fonts::Face;

/// The URI scheme the preview's `@font-face` rules name (`ui/src/screens/documents/preview.css`).
pub const SCHEME: &str = "uprfont";

/// The face a request's path names, by the file name it has in `assets/fonts/`.
fn face_named(path: &str) -> Option<Face> {
    match path.trim_start_matches('/') {
        "NotoSans-Regular.ttf" => Some(Face::Regular),
        "NotoSans-Bold.ttf" => Some(Face::Bold),
        "NotoSans-Italic.ttf" => Some(Face::Italic),
        _ => None,
    }
}

/// The font file the request names, or 404 for any other path.
pub fn serve(request: &Request<Vec<u8>>) -> Response<Cow<'static, [u8]>> {
    let response = match face_named(request.uri().path()) {
        Some(face) => Response::builder()
            .header(header::CONTENT_TYPE, "font/ttf")
            // The page's origin is another scheme's, and fonts are fetched under CORS.
            .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")
            .body(Cow::Borrowed(face.bytes())),
        None => Response::builder()
            .status(StatusCode::NOT_FOUND)
            .body(Cow::Borrowed(&[][..])),
    };
    // The builder fails only on an invalid header name or value; these are constants.
    response.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(path: &str) -> Response<Cow<'static, [u8]>> {
        let request = Request::builder()
            .uri(format!("uprfont://localhost{path}"))
            .body(Vec::new())
            .unwrap_or_default();
        serve(&request)
    }

    #[test]
    fn each_face_of_the_preview_is_served_as_shipped_and_nothing_else() {
        for (path, face) in [
            ("/NotoSans-Regular.ttf", Face::Regular),
            ("/NotoSans-Bold.ttf", Face::Bold),
            ("/NotoSans-Italic.ttf", Face::Italic),
        ] {
            let response = get(path);
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            assert_eq!(response.body().as_ref(), face.bytes(), "{path}");
        }
        assert_eq!(get("/model.tsv").status(), StatusCode::NOT_FOUND);
        assert_eq!(get("/../upr-kit.sqlite3").status(), StatusCode::NOT_FOUND);
    }
}
