//! Ordinals spelled out, as the UN's English and French documents name the Council's
//! sessions ("fifty-fifth session", « cinquante-cinquième session »); Spanish, Arabic,
//! Russian and Chinese UN documents write them in figures ("55.º período de sesiones"),
//! which `Language::ordinal` does.

/// "first" … "ninety-ninth"; `None` from 100 on, which the figures then say.
pub(super) fn english(n: u32) -> Option<String> {
    const UNITS: [&str; 10] = [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    const TEENS: [&str; 10] = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    const TENTHS: [&str; 10] = [
        "",
        "",
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    let (tens, units) = ((n / 10) as usize, (n % 10) as usize);
    Some(match n {
        1..=9 => UNITS[units].to_string(),
        10..=19 => TEENS[units].to_string(),
        20..=99 if units == 0 => TENTHS[tens].to_string(),
        20..=99 => format!("{}-{}", TENS[tens], UNITS[units]),
        _ => return None,
    })
}

/// "première" … "quatre-vingt-dix-neuvième", feminine as « session » is, in the spelling the
/// UN keeps (« vingt et unième », « soixante et onzième », « quatre-vingt-unième »); `None`
/// from 100 on.
pub(super) fn french(n: u32) -> Option<String> {
    if n == 1 {
        return Some("première".into());
    }
    let cardinal = french_cardinal(n)?;
    // The ordinal changes the last word only: « cinquante-cinq » → « cinquante-cinquième ».
    let cut = cardinal.rfind(['-', ' ']).map_or(0, |i| i + 1);
    let (head, last) = cardinal.split_at(cut);
    let stem = match last {
        "cinq" => "cinqu".to_string(),
        "neuf" => "neuv".to_string(),
        "vingts" => "vingt".to_string(),
        word => word.strip_suffix('e').unwrap_or(word).to_string(),
    };
    Some(format!("{head}{stem}ième"))
}

/// « un » … « quatre-vingt-dix-neuf », for 1 to 99.
fn french_cardinal(n: u32) -> Option<String> {
    const SMALL: [&str; 20] = [
        "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
        "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    ];
    const TENS: [&str; 7] = [
        "",
        "",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
    ];
    let (tens, units) = ((n / 10) as usize, n % 10);
    Some(match n {
        1..=19 => SMALL[n as usize].to_string(),
        20..=69 => match units {
            0 => TENS[tens].to_string(),
            1 => format!("{} et un", TENS[tens]),
            u => format!("{}-{}", TENS[tens], SMALL[u as usize]),
        },
        71 => "soixante et onze".to_string(),
        70..=79 => format!("soixante-{}", SMALL[(n - 60) as usize]),
        80 => "quatre-vingts".to_string(),
        81..=99 => format!("quatre-vingt-{}", SMALL[(n - 80) as usize]),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_ordinals_as_the_un_spells_its_sessions() {
        let spelled: Vec<String> = [1, 2, 3, 9, 10, 11, 12, 19, 20, 21, 40, 55, 62, 99]
            .map(|n| english(n).unwrap())
            .into();
        assert_eq!(
            spelled,
            [
                "first",
                "second",
                "third",
                "ninth",
                "tenth",
                "eleventh",
                "twelfth",
                "nineteenth",
                "twentieth",
                "twenty-first",
                "fortieth",
                "fifty-fifth",
                "sixty-second",
                "ninety-ninth"
            ]
        );
        assert_eq!(english(0), None);
        assert_eq!(english(100), None);
    }

    #[test]
    fn french_ordinals_as_the_un_spells_its_sessions() {
        for (n, expected) in [
            (1, "première"),
            (2, "deuxième"),
            (5, "cinquième"),
            (9, "neuvième"),
            (11, "onzième"),
            (16, "seizième"),
            (17, "dix-septième"),
            (20, "vingtième"),
            (21, "vingt et unième"),
            (30, "trentième"),
            (41, "quarante et unième"),
            (55, "cinquante-cinquième"),
            (59, "cinquante-neuvième"),
            (70, "soixante-dixième"),
            (71, "soixante et onzième"),
            (72, "soixante-douzième"),
            (80, "quatre-vingtième"),
            (81, "quatre-vingt-unième"),
            (90, "quatre-vingt-dixième"),
            (99, "quatre-vingt-dix-neuvième"),
        ] {
            assert_eq!(french(n).as_deref(), Some(expected), "{n}");
        }
        assert_eq!(french(0), None);
        assert_eq!(french(100), None);
    }
}
