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
    let word_end = body
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(body.len());
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
    // Lower case, with Turkish İ (i + U+0307 once lowered) and ı read as i.
    let word: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|&c| c != '\u{307}')
        .map(|c| if c == 'ı' { 'i' } else { c })
        .collect();
    if CLIENT.contains(&word.as_str()) {
        Some(Side::Client)
    } else if SERVER.contains(&word.as_str()) {
        Some(Side::Server)
    } else {
        None
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
