//! The languages of the playground, and which one the reader gets.

/// A language the playground speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Catalan.
    Ca,
    /// French.
    Fr,
    /// Polish.
    Pl,
    /// Russian.
    Ru,
    /// Turkish.
    Tr,
}

impl Lang {
    /// Every language, in the picker's order.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Ca, Lang::Fr, Lang::Pl, Lang::Ru, Lang::Tr];

    /// The BCP 47 tag, e.g. `pl`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ca => "ca",
            Lang::Fr => "fr",
            Lang::Pl => "pl",
            Lang::Ru => "ru",
            Lang::Tr => "tr",
        }
    }

    /// The language's own name, for the picker.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ca => "Català",
            Lang::Fr => "Français",
            Lang::Pl => "Polski",
            Lang::Ru => "Русский",
            Lang::Tr => "Türkçe",
        }
    }

    /// What separates a number's whole part from its fraction: `1.5` in
    /// English, `1,5` in the others (CLDR).
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Ca | Lang::Fr | Lang::Pl | Lang::Ru | Lang::Tr => ',',
        }
    }

    /// `value` rounded to `places` decimals, written the language's way.
    /// (Integer arithmetic: also keeps the float-to-text tables of `{:.N}` out
    /// of the WebAssembly.)
    pub fn decimal(self, value: f64, places: u32) -> String {
        let scale = 10u64.pow(places);
        // Saturating: negative and NaN become 0, as nothing shown here is negative.
        let scaled = (value * scale as f64 + 0.5) as u64;
        let whole = scaled / scale;
        if places == 0 {
            return whole.to_string();
        }
        let fraction = scaled % scale;
        format!(
            "{whole}{}{fraction:0width$}",
            self.decimal_separator(),
            width = places as usize
        )
    }

    /// The language of a tag such as `pl`, `pl-PL` or `TR` (primary subtag only).
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The reader's language: `?lang=xx`, then what they chose before, then the
    /// browser's languages in order, then English.
    pub fn negotiate(query: Option<&str>, remembered: Option<&str>, browser: &[String]) -> Lang {
        query
            .and_then(Lang::parse)
            .or_else(|| remembered.and_then(Lang::parse))
            .or_else(|| browser.iter().find_map(|t| Lang::parse(t)))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_then_remembered_then_browser_then_english() {
        let browser = vec!["de-DE".to_owned(), "tr-TR".to_owned(), "en".to_owned()];
        assert_eq!(Lang::negotiate(Some("ru"), Some("fr"), &browser), Lang::Ru);
        assert_eq!(Lang::negotiate(Some("xx"), Some("fr"), &browser), Lang::Fr);
        assert_eq!(Lang::negotiate(None, None, &browser), Lang::Tr);
        assert_eq!(Lang::negotiate(None, None, &["de".to_owned()]), Lang::En);
        assert_eq!(Lang::parse("PL-pl"), Some(Lang::Pl));
        assert_eq!(Lang::parse("ca_ES"), Some(Lang::Ca));
    }

    #[test]
    fn decimals_round_and_use_the_language_separator() {
        assert_eq!(Lang::En.decimal(1.25, 1), "1.3");
        assert_eq!(Lang::Fr.decimal(1.24, 1), "1,2");
        assert_eq!(Lang::Ru.decimal(0.0456, 3), "0,046");
        assert_eq!(Lang::En.decimal(9.96, 1), "10.0");
        assert_eq!(Lang::Pl.decimal(1234.5, 0), "1235");
        assert_eq!(Lang::En.decimal(0.05, 3), "0.050");
        assert_eq!(Lang::Tr.decimal(-3.0, 1), "0,0");
    }
}
