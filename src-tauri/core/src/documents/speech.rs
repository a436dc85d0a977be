//! Timing what is read aloud: words counted the way a speaker says them, and the time they
//! take at the configured speaking rate (`Settings::speaking_rate_wpm`), and the check every
//! speech passes against its slot.

use crate::{Error, Result};

use super::{DocumentKind, Overflow, OverflowMeasure, Shorten};

/// The words of `text` as the submission counts them (`submission::count_words`): runs
/// between white space that hold a letter or a digit, so a dash standing alone is not a word
/// and "2,860" is one; in Chinese, each character, the unit Chinese speech is timed in.
pub fn word_count(text: &str) -> usize {
    crate::submission::count_words(text)
}

/// Seconds needed to say `words` at `rate_wpm`, rounded up: a speaker cut off by the
/// President's gavel has been timed too kindly.
pub fn seconds(words: usize, rate_wpm: u32) -> u32 {
    let rate = rate_wpm.max(1) as usize;
    (words * 60).div_ceil(rate) as u32
}

/// How many words fit in `seconds` at `rate_wpm`.
pub fn words_in(seconds: u32, rate_wpm: u32) -> usize {
    (seconds as usize * rate_wpm as usize) / 60
}

/// The check of a speech against its slot: `words` at `rate_wpm` must take at most
/// `limit` seconds. Over it, the overflow says how many words to cut, with the speech's
/// longest parts (`shorten`) to cut them from.
pub(super) fn check_time(
    kind: DocumentKind,
    words: usize,
    rate_wpm: u32,
    limit: u32,
    shorten: impl FnOnce() -> Vec<Shorten>,
) -> Result<()> {
    let time = seconds(words, rate_wpm);
    if time <= limit {
        return Ok(());
    }
    let fits = words_in(limit, rate_wpm);
    Err(Error::DocumentTooLong(Box::new(Overflow {
        kind,
        measure: OverflowMeasure::SpeakingTime {
            words,
            seconds: time,
            rate: rate_wpm,
            max_seconds: limit,
            fits,
        },
        words_over: words - fits,
        lines_over: None,
        shorten: shorten(),
        pages: Vec::new(),
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_speech_is_timed_in_characters_a_minute() {
        let settings = crate::settings::Settings::default();
        let rate = settings.speaking_rate(crate::language::Language::Zh);
        assert_eq!(rate, 180);
        assert_eq!(settings.speaking_rate(crate::language::Language::Ar), 110);
        // 19 characters (the marks are not counted), 90 of them at 180 a minute: half a
        // minute.
        let sentence = "我们敦促该国批准《禁止酷刑公约任择议定书》。";
        assert_eq!(word_count(sentence), 19);
        assert_eq!(seconds(90, rate), 30);
    }

    #[test]
    fn words_are_what_a_speaker_says() {
        assert_eq!(word_count("Thank you, Mr./Madam President."), 4);
        assert_eq!(word_count("2,860 detainees – 61 % awaiting trial"), 5);
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("Правозащитники   Украины"), 2);
    }

    #[test]
    fn two_minutes_at_110_words_a_minute_hold_220_words() {
        assert_eq!(words_in(120, 110), 220);
        assert_eq!(seconds(220, 110), 120);
        assert_eq!(seconds(221, 110), 121);
        assert_eq!(seconds(0, 110), 0);
    }
}
