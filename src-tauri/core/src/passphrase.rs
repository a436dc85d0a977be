//! A passphrase as the user typed it, held so that it leaves no copy behind: the bytes are
//! wiped (`zeroize`) when the value is dropped, it never prints (`Debug` says only that it is
//! one), and it cannot be cloned by accident. Both the encrypted store (`store/encryption.rs`)
//! and encrypted files (`exchange/encrypted_file.rs`) take it.

use zeroize::Zeroizing;

use crate::{Error, Result};

/// The shortest passphrase accepted for a new encryption: long enough that guessing it is not
/// the weak point of a strong key derivation, short enough to type.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// A passphrase as read (a prompt, a file, standard input); one line break at the end,
    /// which files and pipes add, is not part of it.
    pub fn new(mut text: String) -> Passphrase {
        if text.ends_with('\n') {
            text.pop();
            if text.ends_with('\r') {
                text.pop();
            }
        }
        Passphrase(Zeroizing::new(text))
    }

    /// A new passphrase, checked before it encrypts anything: not empty, not too short.
    pub fn new_checked(text: String) -> Result<Passphrase> {
        let passphrase = Passphrase::new(text);
        let chars = passphrase.0.chars().count();
        if chars < MIN_PASSPHRASE_CHARS {
            return Err(Error::PassphraseTooShort {
                chars,
                min: MIN_PASSPHRASE_CHARS,
            });
        }
        Ok(passphrase)
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_break_a_file_adds_is_not_part_of_it() {
        assert_eq!(
            Passphrase::new("open sesame\r\n".into()).as_str(),
            "open sesame"
        );
        assert_eq!(
            Passphrase::new("open sesame\n".into()).as_str(),
            "open sesame"
        );
        assert_eq!(
            Passphrase::new(" spaces kept ".into()).as_str(),
            " spaces kept "
        );
    }

    #[test]
    fn a_short_new_passphrase_is_refused_and_it_never_prints() {
        let err = Passphrase::new_checked("short\n".into()).unwrap_err();
        assert_eq!(err.code(), "passphrase_too_short");
        let p = Passphrase::new("correct horse".into());
        assert_eq!(format!("{p:?}"), "Passphrase(…)");
    }
}
