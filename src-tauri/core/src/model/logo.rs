//! The organisation's logo: a PNG or JPEG image, checked by decoding it whole before it is
//! stored or imported, so that the documents never meet a file they cannot draw and a hostile
//! file is refused with a reason instead of a panic. It is kept (in the store and in the
//! exchange file) as a `data:` URL, the form the window shows it in.

use std::io::Cursor;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat, ImageReader, Limits};
use serde::Serialize;
use ts_rs::TS;

use crate::{Error, Result};

/// The resolution a logo is printed at, at most: what print shops ask for.
pub const PRINT_DPI: f32 = 300.0;

/// The two kinds of image a logo may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LogoKind {
    Png,
    Jpeg,
}

impl LogoKind {
    pub fn mime(self) -> &'static str {
        match self {
            LogoKind::Png => "image/png",
            LogoKind::Jpeg => "image/jpeg",
        }
    }
}

/// How large a logo may be: the file's bytes and the pixels on each side (settings
/// `logo_max_bytes` and `logo_max_pixels`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogoLimits {
    pub max_bytes: u64,
    pub max_pixels: u32,
}

/// A logo that decoded as a whole PNG or JPEG within the limits.
#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    pub kind: LogoKind,
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

impl Logo {
    /// Checks the bytes of a file named `file` (the name only words the refusals): a PNG or
    /// JPEG by its content, whatever its name says, within the limits, and whole.
    pub fn read(file: &str, bytes: Vec<u8>, limits: LogoLimits) -> Result<Logo> {
        let not_an_image = || Error::LogoNotAnImage {
            file: file.to_string(),
        };
        if bytes.len() as u64 > limits.max_bytes {
            return Err(Error::LogoTooLarge {
                file: file.to_string(),
                bytes: bytes.len() as u64,
                limit: limits.max_bytes,
            });
        }
        let kind = match image::guess_format(&bytes) {
            Ok(ImageFormat::Png) => LogoKind::Png,
            Ok(ImageFormat::Jpeg) => LogoKind::Jpeg,
            _ => return Err(not_an_image()),
        };
        let (width, height) = reader(&bytes, kind)
            .into_dimensions()
            .map_err(|_| not_an_image())?;
        if width > limits.max_pixels || height > limits.max_pixels {
            return Err(Error::LogoTooManyPixels {
                file: file.to_string(),
                width,
                height,
                limit: limits.max_pixels,
            });
        }
        let logo = Logo {
            kind,
            bytes,
            width,
            height,
        };
        // Decoded whole once, within the limits, so that a file cut short or damaged past its
        // header is refused here rather than met by a document.
        logo.decoded(limits.max_pixels)
            .map_err(|_| not_an_image())?;
        Ok(logo)
    }

    /// Reads a logo kept as a `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL,
    /// checked as [`Logo::read`] checks a file; the URL's type must be the image's.
    pub fn from_data_url(file: &str, url: &str, limits: LogoLimits) -> Result<Logo> {
        let not_an_image = || Error::LogoNotAnImage {
            file: file.to_string(),
        };
        let (declared, data) = [LogoKind::Png, LogoKind::Jpeg]
            .into_iter()
            .find_map(|kind| {
                url.strip_prefix("data:")
                    .and_then(|rest| rest.strip_prefix(kind.mime()))
                    .and_then(|rest| rest.strip_prefix(";base64,"))
                    .map(|data| (kind, data))
            })
            .ok_or_else(not_an_image)?;
        // Four characters of base64 hold three bytes: a longer text is over the limit
        // before it is decoded.
        let decoded_len = (data.len() as u64 / 4) * 3;
        if decoded_len > limits.max_bytes.saturating_add(3) {
            return Err(Error::LogoTooLarge {
                file: file.to_string(),
                bytes: decoded_len,
                limit: limits.max_bytes,
            });
        }
        let bytes = STANDARD.decode(data).map_err(|_| not_an_image())?;
        let logo = Logo::read(file, bytes, limits)?;
        if logo.kind != declared {
            return Err(not_an_image());
        }
        Ok(logo)
    }

    /// The logo as a `data:` URL, as the store and the exchange file keep it.
    pub fn data_url(&self) -> String {
        format!(
            "data:{};base64,{}",
            self.kind.mime(),
            STANDARD.encode(&self.bytes)
        )
    }

    /// The image's pixels. `max_pixels` bounds what the decoder may allocate, so a file whose
    /// header lies about its size cannot take the memory.
    pub fn decoded(&self, max_pixels: u32) -> std::result::Result<DynamicImage, image::ImageError> {
        let mut limits = Limits::default();
        limits.max_image_width = Some(max_pixels);
        limits.max_image_height = Some(max_pixels);
        let mut reader = reader(&self.bytes, self.kind);
        reader.limits(limits);
        reader.decode()
    }

    /// The image to print `width` × `height` points large: decoded, and scaled down to at
    /// most [`PRINT_DPI`] (a 4000-pixel logo printed 5 cm wide needs about 600 pixels).
    pub fn for_print(
        &self,
        width: f32,
        height: f32,
    ) -> std::result::Result<DynamicImage, image::ImageError> {
        let image = self.decoded(self.width.max(self.height))?;
        let wanted_w = (width / 72.0 * PRINT_DPI).ceil().max(1.0) as u32;
        let wanted_h = (height / 72.0 * PRINT_DPI).ceil().max(1.0) as u32;
        Ok(if image.width() > wanted_w || image.height() > wanted_h {
            image.resize(wanted_w, wanted_h, FilterType::Lanczos3)
        } else {
            image
        })
    }

    /// The logo's size in `box_width` × `box_height`, its aspect kept: as large as fits.
    pub fn fitted(&self, box_width: f32, box_height: f32) -> (f32, f32) {
        let (w, h) = (self.width.max(1) as f32, self.height.max(1) as f32);
        let scale = (box_width / w).min(box_height / h);
        (w * scale, h * scale)
    }
}

fn reader(bytes: &[u8], kind: LogoKind) -> ImageReader<Cursor<&[u8]>> {
    let format = match kind {
        LogoKind::Png => ImageFormat::Png,
        LogoKind::Jpeg => ImageFormat::Jpeg,
    };
    ImageReader::with_format(Cursor::new(bytes), format)
}

/// A PNG of `w` × `h` pixels for tests, made with the crate that reads it.
#[cfg(test)]
pub(crate) fn test_png(w: u32, h: u32) -> Vec<u8> {
    let image = image::RgbImage::from_fn(w, h, |x, _| image::Rgb([(x % 256) as u8, 40, 90]));
    let mut out = Cursor::new(Vec::new());
    image
        .write_to(&mut out, ImageFormat::Png)
        .expect("a PNG is written to memory");
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        test_png(w, h)
    }

    const LIMITS: LogoLimits = LogoLimits {
        max_bytes: 2_000_000,
        max_pixels: 4000,
    };

    fn jpeg(w: u32, h: u32) -> Vec<u8> {
        let image = image::RgbImage::from_fn(w, h, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        let mut out = Cursor::new(Vec::new());
        image.write_to(&mut out, ImageFormat::Jpeg).unwrap();
        out.into_inner()
    }

    #[test]
    fn a_png_and_a_jpeg_are_read_with_their_size() {
        let logo = Logo::read("logo.png", png(120, 40), LIMITS).unwrap();
        assert_eq!(
            (logo.kind, logo.width, logo.height),
            (LogoKind::Png, 120, 40)
        );
        let logo = Logo::read("logo.jpg", jpeg(30, 60), LIMITS).unwrap();
        assert_eq!(
            (logo.kind, logo.width, logo.height),
            (LogoKind::Jpeg, 30, 60)
        );
    }

    #[test]
    fn what_is_not_a_png_or_jpeg_is_refused_by_its_name() {
        let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec();
        for bytes in [b"hello".to_vec(), gif, Vec::new()] {
            let err = Logo::read("logo.png", bytes, LIMITS).unwrap_err();
            assert_eq!(err.code(), "logo_not_an_image");
            assert_eq!(
                err.to_string(),
                "logo.png is not a PNG or JPEG image; save the logo as PNG or JPEG and choose it again"
            );
        }
    }

    #[test]
    fn a_png_cut_short_is_refused() {
        let mut bytes = png(200, 200);
        bytes.truncate(bytes.len() / 2);
        let err = Logo::read("logo.png", bytes, LIMITS).unwrap_err();
        assert_eq!(err.code(), "logo_not_an_image");
    }

    #[test]
    fn a_file_over_the_limit_is_refused_with_both_sizes() {
        let bytes = vec![0u8; 9_100_000];
        let err = Logo::read("logo.png", bytes, LIMITS).unwrap_err();
        assert_eq!(err.code(), "logo_too_large");
        assert!(
            err.to_string()
                .starts_with("logo.png is 9.1 MB; the limit is 2 MB."),
            "{err}"
        );
    }

    #[test]
    fn an_image_over_the_pixel_limit_is_refused() {
        let limits = LogoLimits {
            max_pixels: 100,
            ..LIMITS
        };
        let err = Logo::read("wide.png", png(150, 20), limits).unwrap_err();
        assert_eq!(err.code(), "logo_too_many_pixels");
        assert!(
            err.to_string()
                .starts_with("wide.png is 150 × 20 pixels; the limit is 100"),
            "{err}"
        );
    }

    #[test]
    fn the_data_url_reads_back_to_the_same_logo() {
        let logo = Logo::read("logo.jpg", jpeg(16, 16), LIMITS).unwrap();
        let url = logo.data_url();
        assert!(url.starts_with("data:image/jpeg;base64,"));
        assert_eq!(Logo::from_data_url("logo", &url, LIMITS).unwrap(), logo);
        let lying = url.replacen("image/jpeg", "image/png", 1);
        assert_eq!(
            Logo::from_data_url("logo", &lying, LIMITS)
                .unwrap_err()
                .code(),
            "logo_not_an_image"
        );
        for bad in [
            "",
            "data:image/gif;base64,R0lG",
            "data:image/png;base64,%%%",
        ] {
            assert_eq!(
                Logo::from_data_url("logo", bad, LIMITS).unwrap_err().code(),
                "logo_not_an_image"
            );
        }
    }

    #[test]
    fn a_logo_fits_its_box_with_its_aspect_kept() {
        let logo = Logo::read("logo.png", png(400, 100), LIMITS).unwrap();
        assert_eq!(logo.fitted(100.0, 50.0), (100.0, 25.0));
        let logo = Logo::read("logo.png", png(100, 400), LIMITS).unwrap();
        assert_eq!(logo.fitted(100.0, 50.0), (12.5, 50.0));
    }
}
