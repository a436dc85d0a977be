//! File names made from what the user typed (a State's name in the print run): a name every
//! system the folder may travel to accepts (Linux, Windows, macOS, a USB stick formatted FAT),
//! still readable as the user wrote it, accents and apostrophes kept.

/// The longest name kept, in bytes, before the extension: far below the 255 of every file
/// system, with room for a " (2)" when two names meet.
const MAX_BYTES: usize = 120;

/// Names Windows keeps for devices, whatever their extension.
const RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// `name` made safe to be a file's name (without its extension): the characters a file system
/// refuses (`/ \ : * ? " < > |`, control characters) become a hyphen or go, runs of spaces
/// are one, no leading dot (hidden) or trailing dot or space (Windows drops them), a device
/// name of Windows gets an underscore, and the length is bounded. `fallback` when nothing is
/// left.
pub fn safe_file_name(name: &str, fallback: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let c = match c {
            '/' | '\\' | ':' | '|' => '-',
            '*' | '?' | '"' | '<' | '>' => continue,
            c if c.is_control() => ' ',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    let mut out = out
        .trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' '])
        .to_string();
    if out.len() > MAX_BYTES {
        let mut end = MAX_BYTES;
        // Cut on a character boundary: a byte cut inside a letter is no UTF-8.
        while !out.is_char_boundary(end) {
            end -= 1;
        }
        out.truncate(end);
        out = out.trim_end_matches(['.', ' ']).to_string();
    }
    if out.is_empty() {
        return fallback.to_string();
    }
    let stem = out.split('.').next().unwrap_or_default();
    if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(stem)) {
        out.insert(0, '_');
    }
    out
}

/// `name`, or `name (2)`, `name (3)`… : the first not yet in `taken`, compared without case
/// (Windows and macOS do not tell "Niger" from "NIGER").
pub fn unique_file_name(name: String, taken: &[String]) -> String {
    let is_taken = |candidate: &str| {
        taken
            .iter()
            .any(|t| t.to_lowercase() == candidate.to_lowercase())
    };
    if !is_taken(&name) {
        return name;
    }
    (2..)
        .map(|n| format!("{name} ({n})"))
        .find(|candidate| !is_taken(candidate))
        // The range is endless and `taken` finite: a free name is always found.
        .unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_names_stay_readable_and_become_safe() {
        assert_eq!(safe_file_name("Norway", "x"), "Norway");
        assert_eq!(safe_file_name("Côte d’Ivoire", "x"), "Côte d’Ivoire");
        assert_eq!(
            safe_file_name("Bolivia (Plurinational State of)", "x"),
            "Bolivia (Plurinational State of)"
        );
        assert_eq!(safe_file_name("Türkiye / Turkey", "x"), "Türkiye - Turkey");
        assert_eq!(safe_file_name("a\\b:c*d?e\"f<g>h|i", "x"), "a-b-cdefgh-i");
        assert_eq!(safe_file_name("  ..hidden  \n name. ", "x"), "hidden name");
        assert_eq!(safe_file_name("../../etc/passwd", "x"), "-..-etc-passwd");
        assert_eq!(safe_file_name("???", "State"), "State");
        assert_eq!(safe_file_name("con", "x"), "_con");
        assert_eq!(safe_file_name("LPT1.txt", "x"), "_LPT1.txt");
        assert_eq!(safe_file_name("Console", "x"), "Console");
    }

    #[test]
    fn a_long_name_is_cut_on_a_character_boundary() {
        let long = "é".repeat(200);
        let safe = safe_file_name(&long, "x");
        assert!(safe.len() <= MAX_BYTES, "{}", safe.len());
        assert!(safe.chars().all(|c| c == 'é'));
    }

    #[test]
    fn names_that_meet_without_case_are_numbered() {
        let taken = vec!["Niger".to_string(), "niger (2)".to_string()];
        assert_eq!(unique_file_name("NIGER".into(), &taken), "NIGER (3)");
        assert_eq!(unique_file_name("Nigeria".into(), &taken), "Nigeria");
    }
}
