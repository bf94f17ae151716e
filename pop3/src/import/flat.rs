//! A whole session flattened onto one line, as web pages often show it:
//!
//! ```text
//! S: +OK POP3 ready C: STAT S: +OK 2 320 C: LIST S: +OK 2 messages 1 120 2 200 . C: QUIT S: +OK bye
//! ```
//!
//! [`split`] cuts such a line at its labels. A line counts as flattened only
//! when a label *inside* it is plainly one: a server label followed by `+OK`,
//! `-ERR` or `+`, or a client label followed by a POP3 command; so "copy it to
//! C: drive" in a message stays as it is.
//!
//! [`rebuild`] turns a multi-line reply that lost its line breaks back into
//! lines, from what the command asked for. The heuristics:
//! - a final `.` is the terminator;
//! - LIST and UIDL: the listing is the longest run of `msg value` pairs at the
//!   end whose message numbers rise (LIST values are numbers); what comes
//!   before is the status text (`+OK 2 messages 1 120 2 200 .` gives
//!   `+OK 2 messages`, `1 120`, `2 200`);
//! - CAPA: each capability name (TOP, USER, SASL, … and X- names) starts a
//!   line; `USER` after EXPIRE, LOGIN-DELAY or UTF8 is their argument;
//! - AUTH with no mechanism: the trailing upper-case names, one per line;
//! - RETR and TOP: each header name (`Subject:`) starts a line, placeholders
//!   (`<the POP3 server sends message 1>`) are left out; with no header, text
//!   after `NNN octets` is one body line;
//! - anything else keeps all its words on the status line;
//! - body lines that begin with "." are dot-stuffed again, as on the wire.

use super::Side;
use super::labels::side_of;
use crate::types::Command;

/// A piece of a flattened line: who wrote it and what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Segment<'a> {
    /// The side its label names.
    pub side: Side,
    /// The text up to the next label, trimmed.
    pub text: &'a str,
}

/// A flattened line, cut at its labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Flattened<'a> {
    /// Text before the first label (trimmed; usually empty).
    pub before: &'a str,
    /// The labelled pieces, in order.
    pub segments: Vec<Segment<'a>>,
}

/// POP3 command keywords: a client label followed by one of these is a label.
const COMMANDS: &[&str] = &[
    "USER", "PASS", "APOP", "STAT", "LIST", "RETR", "DELE", "NOOP", "RSET", "QUIT", "TOP", "UIDL",
    "CAPA", "STLS", "AUTH", "UTF8", "LANG", "LAST",
];

/// Capability names (RFC 2449 §6, RFC 2595, RFC 3206, RFC 6856).
const CAPABILITIES: &[&str] = &[
    "TOP",
    "USER",
    "SASL",
    "RESP-CODES",
    "LOGIN-DELAY",
    "PIPELINING",
    "EXPIRE",
    "UIDL",
    "IMPLEMENTATION",
    "STLS",
    "AUTH-RESP-CODE",
    "UTF8",
    "LANG",
];

/// A label found in a line.
struct Label {
    side: Side,
    /// Where the label starts.
    start: usize,
    /// Where the text after it starts.
    text_start: usize,
    /// Whether it is plainly a label (see the module's documentation).
    plain: bool,
}

/// The words of a line with their byte ranges.
fn words(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, line.len()));
    }
    out
}

/// Cuts a flattened line at its labels; `None` when the line is not one.
pub(super) fn split(line: &str) -> Option<Flattened<'_>> {
    let words = words(line);
    let word = |i: usize| words.get(i).map(|&(s, e)| &line[s..e]);
    let mut labels: Vec<Label> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = word(i).unwrap_or_default();
        // "S:" or, French style, "Serveur" ":".
        let found = match w.strip_suffix(':') {
            Some(name) => side_of(name).map(|side| (side, 1)),
            None if word(i + 1) == Some(":") => side_of(w).map(|side| (side, 2)),
            None => None,
        };
        let Some((side, len)) = found else {
            i += 1;
            continue;
        };
        let next = word(i + len);
        let plain = match (side, next) {
            (Side::Server, Some(n)) => is_status_word(n),
            (Side::Client, Some(n)) => COMMANDS.iter().any(|c| c.eq_ignore_ascii_case(n)),
            (_, None) => false,
        };
        labels.push(Label {
            side,
            start: words[i].0,
            text_start: words.get(i + len).map_or(line.len(), |&(s, _)| s),
            plain,
        });
        i += len;
    }
    if !labels.iter().skip(1).any(|l| l.plain) {
        return None;
    }
    let segments = labels
        .iter()
        .enumerate()
        .map(|(k, label)| {
            let end = labels.get(k + 1).map_or(line.len(), |next| next.start);
            Segment {
                side: label.side,
                text: line[label.text_start.min(end)..end].trim(),
            }
        })
        .collect();
    Some(Flattened {
        before: line[..labels[0].start].trim(),
        segments,
    })
}

/// `+OK…`, `-ERR…` (any case) or `+`.
fn is_status_word(word: &str) -> bool {
    let starts = |p: &str| {
        word.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    starts("+OK") || starts("-ERR") || word == "+"
}

/// A multi-line reply rebuilt from one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Rebuilt {
    /// The lines as on the wire: status, body (dot-stuffed), terminator.
    pub lines: Vec<String>,
    /// Placeholders that were left out of the body.
    pub placeholders: Vec<String>,
}

/// Rebuilds the lines of a multi-line reply to `command` flattened into `text`
/// (which starts with `+OK`).
pub(super) fn rebuild(command: &Command, text: &str) -> Rebuilt {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 1 && words.last() == Some(&".") {
        words.pop();
    }
    let (status, rest) = words
        .split_first()
        .map_or(("+OK", &[][..]), |(s, r)| (*s, r));
    let mut placeholders = Vec::new();
    let (head, body) = match command {
        Command::List { msg: None } => listing(rest, |size| size.parse::<u64>().is_ok()),
        Command::Uidl { msg: None } => listing(rest, |_| true),
        Command::Capa => capabilities(rest),
        Command::Auth {
            mechanism: None, ..
        } => mechanisms(rest),
        Command::Retr { .. } | Command::Top { .. } => message(rest, &mut placeholders),
        _ => (rest.to_vec(), Vec::new()),
    };
    let mut lines = Vec::with_capacity(body.len() + 2);
    lines.push(if head.is_empty() {
        status.to_owned()
    } else {
        format!("{status} {}", head.join(" "))
    });
    for line in body {
        lines.push(if line.starts_with('.') {
            format!(".{line}")
        } else {
            line
        });
    }
    lines.push(".".to_owned());
    Rebuilt {
        lines,
        placeholders,
    }
}

/// Status words and `msg value` pairs, taken from the end while message
/// numbers fall (reading backwards) and `value` fits.
fn listing<'a>(words: &[&'a str], value: impl Fn(&str) -> bool) -> (Vec<&'a str>, Vec<String>) {
    let mut end = words.len();
    let mut above = u64::MAX;
    while end >= 2 {
        let msg = words[end - 2]
            .parse::<u64>()
            .ok()
            .filter(|&n| n >= 1 && n < above && words[end - 2].bytes().all(|b| b.is_ascii_digit()));
        match msg {
            Some(n) if value(words[end - 1]) => {
                above = n;
                end -= 2;
            }
            _ => break,
        }
    }
    let body = words[end..].chunks(2).map(|pair| pair.join(" ")).collect();
    (words[..end].to_vec(), body)
}

/// Status words, then one line per capability.
fn capabilities<'a>(words: &[&'a str]) -> (Vec<&'a str>, Vec<String>) {
    let mut head = Vec::new();
    let mut body: Vec<Vec<&str>> = Vec::new();
    for &word in words {
        let upper = word.to_ascii_uppercase();
        let argument_user = upper == "USER"
            && body.last().is_some_and(|line| {
                let name = line[0].to_ascii_uppercase();
                (line.len() == 1 && name == "UTF8")
                    || (line.len() == 2 && (name == "EXPIRE" || name == "LOGIN-DELAY"))
            });
        let starts_line =
            !argument_user && (CAPABILITIES.contains(&upper.as_str()) || upper.starts_with("X-"));
        match body.last_mut() {
            _ if starts_line => body.push(vec![word]),
            Some(line) => line.push(word),
            None => head.push(word),
        }
    }
    (head, body.into_iter().map(|l| l.join(" ")).collect())
}

/// Status words, then the trailing mechanism names, one per line.
fn mechanisms<'a>(words: &[&'a str]) -> (Vec<&'a str>, Vec<String>) {
    let is_name = |w: &str| {
        w.bytes().any(|b| b.is_ascii_uppercase())
            && w.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    };
    let start = words.iter().rposition(|w| !is_name(w)).map_or(0, |i| i + 1);
    (
        words[..start].to_vec(),
        words[start..].iter().map(|w| (*w).to_owned()).collect(),
    )
}

/// Status words, then a message: a line per header, placeholders left out.
fn message<'a>(words: &[&'a str], placeholders: &mut Vec<String>) -> (Vec<&'a str>, Vec<String>) {
    let is_header = |w: &str| {
        w.strip_suffix(':').is_some_and(|name| {
            name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
    };
    let mut head = Vec::new();
    let mut body: Vec<Vec<&str>> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        // A placeholder runs from "<…" to "…>" over several words.
        if word.starts_with('<')
            && !word.ends_with('>')
            && let Some(end) = words[i..].iter().position(|w| w.ends_with('>'))
        {
            placeholders.push(words[i..=i + end].join(" "));
            i += end + 1;
            // What follows a placeholder is body, not status.
            if body.is_empty() {
                body.push(Vec::new());
            }
            continue;
        }
        match body.last_mut() {
            _ if is_header(word) => body.push(vec![word]),
            Some(line) => line.push(word),
            None => head.push(word),
        }
        i += 1;
    }
    // No header: after "+OK 120 octets", the rest is the message.
    if body.is_empty()
        && head.len() > 2
        && head[0].bytes().all(|b| b.is_ascii_digit())
        && ["octets", "bytes"].contains(&head[1].to_ascii_lowercase().as_str())
    {
        body.push(head.split_off(2));
    }
    let body = body
        .into_iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.join(" "))
        .collect();
    (head, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(command: Command, text: &str) -> Vec<String> {
        rebuild(&command, text).lines
    }

    #[test]
    fn splits_at_labels() {
        let flat = split("S: +OK POP3 ready C: STAT S: +OK 2 320 C: QUIT S: +OK bye").unwrap();
        let pieces: Vec<(Side, &str)> = flat.segments.iter().map(|s| (s.side, s.text)).collect();
        assert_eq!(
            pieces,
            [
                (Side::Server, "+OK POP3 ready"),
                (Side::Client, "STAT"),
                (Side::Server, "+OK 2 320"),
                (Side::Client, "QUIT"),
                (Side::Server, "+OK bye"),
            ]
        );
        let french = split("Serveur : +OK prêt Client : STAT Serveur : +OK 1 10").unwrap();
        assert_eq!(french.segments.len(), 3);
        assert_eq!(french.segments[2].text, "+OK 1 10");
        let prefaced = split("Example: S: +OK hi C: QUIT S: +OK").unwrap();
        assert_eq!(prefaced.before, "Example:");
    }

    #[test]
    fn ordinary_lines_are_not_split() {
        assert_eq!(split("S: +OK copy it to C: drive"), None);
        assert_eq!(split("S: +OK POP3 ready"), None);
        assert_eq!(split("C: STAT"), None);
        assert_eq!(split(""), None);
        assert_eq!(split("Server: nginx"), None);
    }

    #[test]
    fn scan_and_unique_id_listings() {
        assert_eq!(
            lines(Command::List { msg: None }, "+OK 2 messages 1 120 2 200 ."),
            ["+OK 2 messages", "1 120", "2 200", "."]
        );
        assert_eq!(
            lines(Command::List { msg: None }, "+OK 2 320 1 120 2 200"),
            ["+OK 2 320", "1 120", "2 200", "."]
        );
        assert_eq!(
            lines(Command::List { msg: None }, "+OK 0 messages ."),
            ["+OK 0 messages", "."]
        );
        assert_eq!(
            lines(
                Command::Uidl { msg: None },
                "+OK unique-id listing follows 1 whqtswO00WBw418f9t5JxYwZ 2 QhdPYR:00WBw1Ph7x7 ."
            ),
            [
                "+OK unique-id listing follows",
                "1 whqtswO00WBw418f9t5JxYwZ",
                "2 QhdPYR:00WBw1Ph7x7",
                "."
            ]
        );
    }

    #[test]
    fn capability_lists() {
        assert_eq!(
            lines(
                Command::Capa,
                "+OK Capability list follows TOP USER SASL PLAIN LOGIN EXPIRE 31 USER UTF8 USER X-GOOGLE-RICO ."
            ),
            [
                "+OK Capability list follows",
                "TOP",
                "USER",
                "SASL PLAIN LOGIN",
                "EXPIRE 31 USER",
                "UTF8 USER",
                "X-GOOGLE-RICO",
                "."
            ]
        );
    }

    #[test]
    fn messages_and_mechanisms() {
        let rebuilt = rebuild(
            &Command::Retr { msg: 1 },
            "+OK 120 octets <the POP3 server sends message 1> .",
        );
        assert_eq!(rebuilt.lines, ["+OK 120 octets", "."]);
        assert_eq!(rebuilt.placeholders, ["<the POP3 server sends message 1>"]);
        assert_eq!(
            lines(
                Command::Retr { msg: 1 },
                "+OK message follows From: a@example.org Subject: hi .hidden ."
            ),
            [
                "+OK message follows",
                "From: a@example.org",
                "Subject: hi .hidden",
                "."
            ]
        );
        assert_eq!(
            lines(Command::Retr { msg: 1 }, "+OK 5 octets .hi ."),
            ["+OK 5 octets", "..hi", "."]
        );
        assert_eq!(
            lines(
                Command::Auth {
                    mechanism: None,
                    initial_response: None
                },
                "+OK list follows PLAIN CRAM-MD5 ."
            ),
            ["+OK list follows", "PLAIN", "CRAM-MD5", "."]
        );
        assert_eq!(lines(Command::Stat, "+OK"), ["+OK", "."]);
    }
}
