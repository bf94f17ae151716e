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
}
