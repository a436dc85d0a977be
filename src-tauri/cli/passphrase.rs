//! Where the command line gets a passphrase: from the file named by `UPR_KIT_PASSPHRASE_FILE`,
//! from standard input with `--passphrase-stdin`, or typed at a prompt on a terminal (never
//! echoed). Never from an argument: the list of running programs would show it to anyone on
//! the machine. A new passphrase comes from `--new-passphrase-file FILE` or is typed twice.

use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};

use upr_core::passphrase::Passphrase;
use zeroize::Zeroizing;

use super::CliError;

/// The environment variable naming a file that holds the passphrase.
pub const PASSPHRASE_FILE_VAR: &str = "UPR_KIT_PASSPHRASE_FILE";

/// How this run was told to get the current passphrase.
pub struct PassphraseSource {
    /// `--passphrase-stdin`.
    pub stdin: bool,
}

impl PassphraseSource {
    /// The passphrase of `what` (the data file, an encrypted export), from the first source
    /// given; `None` when there is none (no file, no `--passphrase-stdin`, no terminal).
    pub fn current(&self, what: &str) -> Result<Option<Passphrase>, CliError> {
        if self.stdin {
            let mut line = Zeroizing::new(String::new());
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(|e| CliError::Passphrase(format!("cannot read standard input: {e}")))?;
            return Ok(Some(Passphrase::new(std::mem::take(&mut *line))));
        }
        if let Some(file) = std::env::var_os(PASSPHRASE_FILE_VAR) {
            return read_file(Path::new(&file)).map(Some);
        }
        if std::io::stdin().is_terminal() {
            return prompt(&format!("Passphrase of {what}: ")).map(Some);
        }
        Ok(None)
    }

    /// A new passphrase: from `file`, else typed twice at a terminal.
    pub fn new_one(&self, file: Option<&PathBuf>) -> Result<Passphrase, CliError> {
        let text = match file {
            Some(file) => read_file(file)?,
            None => {
                if !std::io::stdin().is_terminal() {
                    return Err(CliError::Usage(
                        "give the new passphrase in a file with --new-passphrase-file FILE, or run the command on a terminal to type it".into(),
                    ));
                }
                let first = prompt("New passphrase (it cannot be recovered if forgotten): ")?;
                let again = prompt("The new passphrase again: ")?;
                if first.as_str() != again.as_str() {
                    return Err(CliError::Passphrase(
                        "the two passphrases typed differ; nothing was changed".into(),
                    ));
                }
                first
            }
        };
        Ok(Passphrase::new_checked(text.as_str().to_string())?)
    }
}

fn read_file(path: &Path) -> Result<Passphrase, CliError> {
    let text = Zeroizing::new(std::fs::read_to_string(path).map_err(|e| {
        CliError::Passphrase(format!(
            "cannot read the passphrase file {}: {e}",
            path.display()
        ))
    })?);
    Ok(Passphrase::new(text.to_string()))
}

fn prompt(text: &str) -> Result<Passphrase, CliError> {
    let typed = rpassword::prompt_password(text)
        .map_err(|e| CliError::Passphrase(format!("cannot read the passphrase: {e}")))?;
    Ok(Passphrase::new(typed))
}
