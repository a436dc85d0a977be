//! The number before a section heading, as the UN's documents of each language write it:
//! Roman numerals in English, French, Spanish and Russian ("II. Torture…"), the ordinal
//! adverb in Arabic ("ثانياً- …"); in Chinese a Chinese numeral and the enumeration comma
//! ("二、…"), as Chinese typesetting numbers sections (GB/T 15834), until a native speaker
//! says whether the UN's Chinese documents write "二." instead.

use super::{roman, Language};

/// The heading `heading` of section `n` (counted from 1), numbered.
pub(super) fn numbered(lang: Language, n: usize, heading: &str) -> String {
    match lang {
        Language::Ar => match arabic(n) {
            Some(adverb) => format!("{adverb}- {heading}"),
            None => format!("{n}- {heading}"),
        },
        Language::Zh => format!("{}、{heading}", chinese(n)),
        Language::En | Language::Fr | Language::Es | Language::Ru => {
            format!("{}. {heading}", roman(n))
        }
    }
}

/// "أولاً" … "عشرون"; `None` past twenty, which the figures then say.
fn arabic(n: usize) -> Option<&'static str> {
    const ADVERBS: [&str; 20] = [
        "أولاً",
        "ثانياً",
        "ثالثاً",
        "رابعاً",
        "خامساً",
        "سادساً",
        "سابعاً",
        "ثامناً",
        "تاسعاً",
        "عاشراً",
        "حادي عشر",
        "ثاني عشر",
        "ثالث عشر",
        "رابع عشر",
        "خامس عشر",
        "سادس عشر",
        "سابع عشر",
        "ثامن عشر",
        "تاسع عشر",
        "عشرون",
    ];
    n.checked_sub(1).and_then(|i| ADVERBS.get(i)).copied()
}

/// 一 … 九十九, then the figures.
fn chinese(n: usize) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => DIGITS[n].to_string(),
        10..=19 => format!("十{}", DIGITS[n % 10]),
        20..=99 => format!("{}十{}", DIGITS[n / 10], DIGITS[n % 10]),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_numbered_as_each_languages_un_documents_number_them() {
        assert_eq!(numbered(Language::En, 2, "Torture"), "II. Torture");
        assert_eq!(numbered(Language::Ru, 14, "Пытки"), "XIV. Пытки");
        assert_eq!(numbered(Language::Ar, 1, "التعذيب"), "أولاً- التعذيب");
        assert_eq!(numbered(Language::Ar, 12, "التعذيب"), "ثاني عشر- التعذيب");
        assert_eq!(numbered(Language::Ar, 21, "التعذيب"), "21- التعذيب");
        let zh: Vec<String> = [1, 9, 10, 11, 20, 35, 100]
            .map(|n| numbered(Language::Zh, n, "酷刑"))
            .into();
        assert_eq!(
            zh,
            [
                "一、酷刑",
                "九、酷刑",
                "十、酷刑",
                "十一、酷刑",
                "二十、酷刑",
                "三十五、酷刑",
                "100、酷刑"
            ]
        );
    }
}
