//! Encrypted files: the age format (age-encryption.org/v1) with a scrypt passphrase
//! recipient, written and read through the `age` crate, so that a partner with the passphrase
//! opens the file with the stock `age` or `rage` tool too, and nothing else opens it. The
//! exchange document uses it for encrypted exports; coalition bundles can wrap themselves the
//! same way. The work factor is age's own choice (about a second on the machine that writes).

use std::io::{Read, Write};

use age::secrecy::SecretString;

use crate::passphrase::Passphrase;
use crate::{Error, Result};

/// How every age file starts (its header's first line).
const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// True when `bytes` are an age file (encrypted), so that a reader asks for a passphrase
/// instead of calling the file damaged.
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

/// `plain` encrypted to `passphrase`, as the bytes of an age file.
pub fn encrypt(plain: &[u8], passphrase: &Passphrase) -> Result<Vec<u8>> {
    let secret = SecretString::from(passphrase.as_str().to_owned());
    let encryptor = age::Encryptor::with_user_passphrase(secret);
    let failed = |e: std::io::Error| Error::invalid("encryption", e.to_string());
    let mut out = Vec::with_capacity(plain.len() + 256);
    let mut writer = encryptor.wrap_output(&mut out).map_err(failed)?;
    writer.write_all(plain).map_err(failed)?;
    writer.finish().map_err(failed)?;
    Ok(out)
}

/// The plain bytes of the age file `bytes` (named `file` in errors). A wrong passphrase is
/// [`Error::WrongPassphrase`]; a file that is not an age file for a passphrase, or damaged,
/// is [`Error::Invalid`].
pub fn decrypt(bytes: &[u8], passphrase: &Passphrase, file: &str) -> Result<Vec<u8>> {
    let unreadable = |problem: String| Error::invalid(file, problem);
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(|e| unreadable(e.to_string()))?;
    if !decryptor.is_scrypt() {
        return Err(unreadable(
            "it is encrypted to a key, not to a passphrase; open it with age and that key".into(),
        ));
    }
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.as_str().to_owned()));
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                Error::WrongPassphrase
            }
            other => unreadable(other.to_string()),
        })?;
    let mut plain = Vec::new();
    reader
        .read_to_end(&mut plain)
        .map_err(|e| unreadable(format!("it is damaged ({e})")))?;
    Ok(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_encrypted_opens_with_the_passphrase_only() {
        let passphrase = Passphrase::new("a long passphrase".into());
        let sealed = encrypt(b"Meridia Coalition", &passphrase).unwrap();
        assert!(is_encrypted(&sealed));
        assert!(!sealed.windows(b"Meridia".len()).any(|w| w == b"Meridia"));
        assert_eq!(
            decrypt(&sealed, &passphrase, "f.age").unwrap(),
            b"Meridia Coalition"
        );
        let wrong = Passphrase::new("another passphrase".into());
        assert_eq!(
            decrypt(&sealed, &wrong, "f.age").unwrap_err().code(),
            "wrong_passphrase"
        );
    }
}
