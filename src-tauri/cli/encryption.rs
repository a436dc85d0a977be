//! Subcommands that turn the data folder's encryption on or off and change its passphrase.
//! Each is one core call that cannot lose data (a snapshot first, the re-keyed copy checked
//! before it replaces the data file).

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;

use super::{CliError, Context};

#[derive(Subcommand)]
pub enum EncryptionCommand {
    /// Encrypt the data folder (the data file and its snapshots) with a new passphrase, typed
    /// twice on a terminal or read from --new-passphrase-file. A forgotten passphrase cannot
    /// be recovered: keep an encrypted export elsewhere (`export FILE --encrypt`).
    Encrypt {
        /// A file holding the new passphrase (its first line).
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Replace the passphrase of the encrypted data folder (the current one is asked as for
    /// any command, the new one as for `encrypt`).
    ChangePassphrase {
        /// A file holding the new passphrase (its first line).
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Remove the encryption: the data file and its snapshots become plain files again.
    Decrypt,
}

pub fn run(cmd: EncryptionCommand, ctx: &Context) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match cmd {
        EncryptionCommand::Encrypt {
            new_passphrase_file,
        } => {
            let mut store = ctx.open_store()?;
            if store.is_encrypted() {
                return Err(upr_core::Error::AlreadyEncrypted.into());
            }
            let new = ctx.passphrase.new_one(new_passphrase_file.as_ref())?;
            store.encrypt(&new)?;
            writeln!(out, "The data folder is encrypted; every command now asks for its passphrase. It cannot be recovered if forgotten: keep an encrypted export somewhere safe (upr-kit export FILE --encrypt).")?;
        }
        EncryptionCommand::ChangePassphrase {
            new_passphrase_file,
        } => {
            let mut store = ctx.open_store()?;
            if !store.is_encrypted() {
                return Err(upr_core::Error::NotEncrypted.into());
            }
            let new = ctx.passphrase.new_one(new_passphrase_file.as_ref())?;
            store.change_passphrase(&new)?;
            writeln!(out, "The passphrase is changed; the old one no longer opens the data folder or its snapshots.")?;
        }
        EncryptionCommand::Decrypt => {
            let mut store = ctx.open_store()?;
            store.decrypt()?;
            writeln!(
                out,
                "The data folder is no longer encrypted: anyone with this computer can read it."
            )?;
        }
    }
    Ok(())
}
