//! Who wrote a line: `C:`/`S:`, `Client:`/`Server:`, and the same words in the
//! playground's languages and their neighbours.
//!
//! A label is a word, then optional spaces (French puts one before a colon,
//! often a no-break space), then `:`. Case does not matter, Turkish dotted and
//! dotless i included (`İSTEMCİ:`, `istemci:`).

use super::Side;
use super::shape::width;

/// Label words for the client, in lower case.
const CLIENT: &[&str] = &[
    "c",       // RFC 1939 and most books
    "client",  // English, French, Catalan, Italian, German
    "cliente", // Spanish, Portuguese, Italian
    "klient",  // Polish, Czech, Swedish
    "клиент",  // Russian
    "istemci", // Turkish
];

/// Label words for the server, in lower case.
const SERVER: &[&str] = &[
    "s",        // RFC 1939 and most books
    "server",   // English, Italian, German
    "servidor", // Catalan, Spanish, Portuguese
    "serveur",  // French
    "serwer",   // Polish
    "сервер",   // Russian
    "sunucu",   // Turkish
];

/// A label at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Labelled<'a> {
    /// Who wrote the line.
    pub side: Side,
    /// Whether the label is the short `C:` or `S:`.
    pub short: bool,
    /// The text after the colon, untrimmed: inside a message body leading
    /// whitespace is content (folded headers).
    pub rest: &'a str,
    /// The screen column where the text after the label starts: lines written
    /// under it without a label are indented to about there.
    pub column: usize,
}

/// The label a line starts with, if any.
pub(super) fn at_start(line: &str) -> Option<Labelled<'_>> {
    let body = line.trim_start();
    let word_end = body.find(|c: char| !is_letter(c)).unwrap_or(body.len());
    let word = &body[..word_end];
    let side = side_of(word)?;
    let rest = body[word_end..]
        .trim_start_matches([' ', '\t', '\u{a0}', '\u{202f}'])
        .strip_prefix(':')?;
    let text = rest.trim_start();
    let column = if text.is_empty() {
        width(&line[..line.len() - rest.len()]) + 1
    } else {
        width(&line[..line.len() - text.len()])
    };
    Some(Labelled {
        side,
        short: word.chars().count() == 1,
        rest,
        column,
    })
}

/// The side a label word names, if it is one.
pub(super) fn side_of(word: &str) -> Option<Side> {
    if word.is_empty() || word.chars().count() > 12 {
        return None;
    }
    let word: String = word.chars().map(fold).collect();
    if CLIENT.contains(&word.as_str()) {
        Some(Side::Client)
    } else if SERVER.contains(&word.as_str()) {
        Some(Side::Server)
    } else {
        None
    }
}

/// Whether a character can be part of a label word: the Latin and Cyrillic
/// letters of the lists above. (Not `char::is_alphabetic`, whose Unicode tables
/// would cost the browser app far more than these ranges.)
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{c0}'..='\u{24f}' | '\u{400}'..='\u{4ff}') && c != '×' && c != '÷'
}

/// Lower case for the letters of the lists: ASCII, Cyrillic, and Turkish
/// İ and ı read as i. (Not `char::to_lowercase`, for the same reason.)
fn fold(c: char) -> char {
    let shifted = |by: u32| char::from_u32(c as u32 + by).unwrap_or(c);
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'İ' | 'ı' => 'i',
        'А'..='Я' => shifted(0x20),
        'Ѐ'..='Џ' => shifted(0x50),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(line: &str) -> Option<(Side, &str)> {
        at_start(line).map(|l| (l.side, l.rest.trim()))
    }

    #[test]
    fn labels_in_every_language() {
        for (client, server) in [
            ("C:", "S:"),
            ("Client:", "Server:"),
            ("Cliente:", "Servidor:"),
            ("Client :", "Serveur :"),
            ("Client\u{a0}:", "Serveur\u{202f}:"),
            ("Klient:", "Serwer:"),
            ("Клиент:", "Сервер:"),
            ("İstemci:", "Sunucu:"),
            ("ISTEMCI:", "SUNUCU:"),
            ("istemci:", "sunucu:"),
            ("c:", "s:"),
            ("CLIENT:", "server:"),
            ("КЛИЕНТ:", "СЕРВЕР:"),
            ("İSTEMCİ:", "SUNUCU :"),
        ] {
            assert_eq!(
                side(&format!("{client} STAT")),
                Some((Side::Client, "STAT")),
                "{client}"
            );
            assert_eq!(
                side(&format!("  {server}\t+OK")),
                Some((Side::Server, "+OK")),
                "{server}"
            );
        }
    }

    #[test]
    fn not_labels() {
        assert_eq!(side("Subject: hello"), None);
        assert_eq!(side("STAT"), None);
        assert_eq!(side("+OK 2 320"), None);
        assert_eq!(side(": x"), None);
        assert_eq!(side("C STAT"), None);
    }

    #[test]
    fn column_of_the_text() {
        assert_eq!(at_start("S: +OK").unwrap().column, 3);
        assert_eq!(at_start("Server:\t+OK").unwrap().column, 8);
        assert_eq!(at_start("  S:    +OK").unwrap().column, 8);
        assert!(at_start("S:").unwrap().short);
        assert!(!at_start("Serveur : +OK").unwrap().short);
    }
}
